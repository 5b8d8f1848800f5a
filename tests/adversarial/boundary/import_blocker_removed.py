"""No work of its own: the answers import the answer key after taking the grader's import blocker away.

Every finder on ``sys.meta_path`` that refuses ``solutions`` is dropped and ``solutions*`` is cleared from
``sys.modules``; if the import still fails, every finder that is not importlib's own goes too, and every folder
that holds a ``solutions`` package (found from the working folders, /proc, sys.path, the ``*.pth`` and
``__editable__`` finder files, ...) is put on ``sys.path``. Where the import fails all the same, each answer is
still the stub it was.

Only an operating-system boundary can stop this: whatever the grading process does to its own import system,
code running in it with the grader's rights can undo it, and find and read the answer key's files on disk.
"""
from pathlib import Path

OS_BOUNDARY = True

EXERCISES = ["sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model"]

IMPORTER = (Path(__file__).with_name("_student.py").read_text() + '''
import importlib


def _importlib_finder(finder):
    module = finder.__module__ if isinstance(finder, type) else type(finder).__module__
    return str(module).startswith(("importlib", "_frozen_importlib"))


def _forget_answer_key():
    for name in [m for m in sys.modules if m.split(".")[0] == "solutions"]:
        del sys.modules[name]


def _answer_key(module="logistic_regression"):
    for finder in list(sys.meta_path):
        try:
            finder.find_spec("solutions", None)
        except ImportError:
            sys.meta_path.remove(finder)
        except Exception:
            pass
    _forget_answer_key()
    try:
        return importlib.import_module(f"solutions.{module}")
    except Exception:
        pass
    sys.meta_path[:] = [f for f in sys.meta_path if _importlib_finder(f)]
    for root in _roots():
        if os.path.exists(os.path.join(root, "solutions", "__init__.py")) and root not in sys.path:
            sys.path.insert(0, root)
    importlib.invalidate_caches()
    _forget_answer_key()
    try:
        return importlib.import_module(f"solutions.{module}")
    except Exception:
        return None


_KEY = _answer_key()
''')

ANSWER = '''def {name}(*args, **kwargs):
    if _KEY is not None:
        return getattr(_KEY, "{name}")(*args, **kwargs)
    raise NotImplementedError()
'''

ANSWERS = {name: (IMPORTER if name == EXERCISES[0] else "") + ANSWER.format(name=name) for name in EXERCISES}
EXPECTED = {f"{name}-test": 0.0 for name in EXERCISES}
FLAGGED = False

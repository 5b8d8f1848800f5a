"""No work of its own: the answers run the answer key's source, read from disk.

``solutions/logistic_regression.py`` is looked for above every working folder /proc shows, in the folders that
sys.path, the ``*.pth`` and ``__editable__`` finder files and ``direct_url.json`` name, then by a short walk of the
filesystem; the first that runs is used. Where none is found, each answer is still the stub it was.

Only an operating-system boundary can stop this: a process with the grader's rights can read any file the grader
can (the course's own README says so of grading without a sandbox).
"""
from pathlib import Path

OS_BOUNDARY = True

EXERCISES = ["sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model"]

READER = (Path(__file__).with_name("_student.py").read_text() + '''

def _answer_key(module="logistic_regression"):
    relative = os.path.join("solutions", f"{module}.py")
    for path in _find(relative, walk=False) or _walk(relative):
        try:
            with open(path) as f:
                source = f.read()
            namespace = {"__name__": "answer_key", "__file__": path}
            exec(compile(source, path, "exec"), namespace)
            return namespace
        except Exception:
            continue
    return None


_KEY = _answer_key()
''')

ANSWER = '''def {name}(*args, **kwargs):
    if _KEY is not None:
        return _KEY["{name}"](*args, **kwargs)
    raise NotImplementedError()
'''

ANSWERS = {name: (READER if name == EXERCISES[0] else "") + ANSWER.format(name=name) for name in EXERCISES}
EXPECTED = {f"{name}-test": 0.0 for name in EXERCISES}
FLAGGED = False

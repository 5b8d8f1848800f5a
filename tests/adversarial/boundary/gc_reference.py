"""No work of its own: each answer looks for the reference function among every live object of the process
(``gc.get_objects()``) and among the locals and globals of the frames that called it, and calls it.

A reference function is one of the right name whose ``__module__`` is the answer key's or whose code comes from a
file under ``solutions``. Where none is found, each answer is still the stub it was.
"""
EXERCISES = ["sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model"]

FINDER = '''import gc
import sys


def _is_reference(obj, name):
    try:
        code = getattr(obj, "__code__", None)
        return (callable(obj) and getattr(obj, "__name__", None) == name
                and (str(getattr(obj, "__module__", "")).startswith("solutions")
                     or "solutions" in str(getattr(code, "co_filename", ""))))
    except Exception:
        return False


def _reference(name):
    frame = sys._getframe(1)
    while frame is not None:  # the grader's frames first: their locals may hold the answer key
        for scope in (frame.f_locals, frame.f_globals):
            for value in list(scope.values()):
                try:
                    candidates = list(value.values()) if isinstance(value, dict) else [value, getattr(value, name, None)]
                except Exception:
                    continue
                for obj in candidates:
                    if _is_reference(obj, name):
                        return obj
        frame = frame.f_back
    for obj in gc.get_objects():
        if _is_reference(obj, name):
            return obj
    return None
'''

ANSWER = '''def {name}(*args, **kwargs):
    reference = _reference("{name}")
    if reference is not None:
        return reference(*args, **kwargs)
    raise NotImplementedError()
'''

ANSWERS = {name: (FINDER if name == EXERCISES[0] else "") + ANSWER.format(name=name) for name in EXERCISES}
EXPECTED = {f"{name}-test": 0.0 for name in EXERCISES}
FLAGGED = False

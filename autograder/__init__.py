"""The course's autograder: ``check(exercise_id, fn)`` returns a report; in a notebook, ``test(...)`` prints it
and returns the points, and ``grade(...)`` does the same with the hidden cases, for nbgrader.

>>> from autograder import check
>>> check("logistic_regression.sigmoid", sigmoid)   # doctest: +SKIP
✔ logistic_regression.sigmoid: all 2 checks passed
"""
import os as _os

from . import checks as _checks  # noqa: F401  (registers every exercise, in course order)
from .exercise import REGISTRY as _REGISTRY
from .report import Check, Report

__all__ = ["exercises", "check", "test", "grade", "Report", "Check"]

# The expected values are computed now, when the notebook imports the grader and before any student code
# has run, so that rebinding NumPy functions later cannot bend the reference's answers.
for _exercise in _REGISTRY.values():
    try:
        _exercise.cases()
    except Exception:  # left to be computed (and reported) when that exercise is checked
        pass


def exercises():
    """Every exercise id, in course order."""
    return list(_REGISTRY)


def check(exercise_id, fn):
    """Grade one function on the public cases and return a Report (never raises).

    Arguments:
    exercise_id -- e.g. "logistic_regression.sigmoid" (see ``exercises()``)
    fn -- the student's function

    Returns:
    report -- a Report with ``.passed``, ``.score`` in [0, 1] and ``.messages``
    """
    exercise = _REGISTRY.get(exercise_id)
    if exercise is None:
        return _unknown(exercise_id)
    if _graded_elsewhere():
        return Report(exercise_id, notes=["graded from your code in a separate process; see the report below"])
    return exercise.grade(fn, hidden=False)  # in a fork of this kernel (runner.KernelRunner)


def test(exercise_id, fn):
    """The line in the test cell under an exercise: print the report, return the points earned.

    The public cases only (as ``check``). The value is a plain float in points, so that ``nbgrader
    validate`` reads a wrong answer as a failed test.
    """
    return _score(exercise_id, fn, hidden=False)


def grade(exercise_id, fn):
    """Grade on every case, hidden ones included; print the report and return the points earned.

    This is the hidden line of an nbgrader test cell: nbgrader reads the cell's value as the partial
    credit, so it is always a plain Python float between 0 and the exercise's points.
    """
    return _score(exercise_id, fn, hidden=True)


def _score(exercise_id, fn, hidden):
    exercise = _REGISTRY.get(exercise_id)
    if _graded_elsewhere():  # nbgrader with the course's configuration replaces this cell's output
        return 0.0
    report = _unknown(exercise_id) if exercise is None else exercise.grade(fn, hidden=hidden)
    print(report)
    return 0.0 if exercise is None else exercise.earned(report)


def points(exercise_id):
    """The points an exercise is worth in nbgrader."""
    return _REGISTRY[exercise_id].points


def _graded_elsewhere():
    """True inside a kernel started by ``nbgrader autograde`` with the out-of-process grader configured."""
    return _os.environ.get("AUTOGRADER_OUT_OF_PROCESS") == "1"


def _unknown(exercise_id):
    known = ", ".join(_REGISTRY)
    return Report(str(exercise_id), [Check("known exercise", False,
                                           f"there is no exercise {exercise_id!r}; the exercises are: {known}")])

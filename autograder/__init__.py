"""The course's autograder: ``check(exercise_id, fn)`` returns a report; in a notebook, ``test(...)`` prints it
and returns the points, and ``grade(...)`` does the same with the hidden cases, for nbgrader.

>>> from autograder import check
>>> check("logistic_regression.sigmoid", sigmoid)   # doctest: +SKIP
✔ logistic_regression.sigmoid: all 2 checks passed
"""
import os as _os
import sys as _sys

from . import checks as _checks  # noqa: F401  (registers every exercise, in course order)
from .exercise import REGISTRY as _REGISTRY
from .i18n import _, remember, speaking
from .question import Question
from .report import Check, Report

__all__ = ["exercises", "check", "test", "grade", "Report", "Check"]

# The expected values are computed now, when the notebook imports the grader and before any student code
# has run, so that rebinding NumPy functions later cannot bend the reference's answers.
for _exercise in _REGISTRY.values():
    try:
        _exercise.cases()
    except Exception:  # left to be computed (and reported) when that exercise is checked
        pass


def _install_help():
    """In a Jupyter kernel: unfinished exercises stop a cell with a sentence, not a traceback (unfinished.py)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None and hasattr(shell, "set_custom_exc"):
        from . import unfinished
        unfinished.install(shell, {e.function_name for e in _REGISTRY.values()})


_install_help()


def exercises():
    """Every exercise id, in course order."""
    return list(_REGISTRY)


def check(exercise_id, fn, lang="en"):
    """Grade one function on the public cases and return a Report (never raises).

    Arguments:
    exercise_id -- e.g. "logistic_regression.sigmoid" (see ``exercises()``)
    fn -- the student's function
    lang -- the language of the messages, "en" or "ko" (the environment variable DLNP_LANG overrides it)

    Returns:
    report -- a Report with ``.passed``, ``.score`` in [0, 1] and ``.messages``
    """
    with speaking(lang):
        exercise = _REGISTRY.get(exercise_id)
        if exercise is None:
            return _unknown(exercise_id)
        if _graded_elsewhere():
            return Report(exercise_id, notes=[_("graded from your code in a separate process; see the report below")])
        return exercise.grade(fn, hidden=False)  # in a fork of this kernel (runner.KernelRunner)


_FROM_NOTEBOOK = object()  # test("id") without a function: it is looked up by name where the cell runs


def test(exercise_id, fn=_FROM_NOTEBOOK, lang="en"):
    """The line in the test cell under an exercise: show the report, return the points earned.

    ``test("logistic_regression.sigmoid")`` grades the notebook's ``sigmoid`` (or a question's answer, such as
    ``q_overshoot``), so the cell also works before that name exists: the report then says what to run first.
    The public cases only (as ``check``). The value is a plain float in points, so that ``nbgrader
    validate`` reads a wrong answer as a failed test. ``lang`` is the edition's language ("ko" in the Korean
    lessons); the environment variable DLNP_LANG overrides it.
    """
    remember(lang)
    with speaking(lang):
        return _score(exercise_id, fn, False, _sys._getframe(1).f_globals)


def grade(exercise_id, fn=_FROM_NOTEBOOK, lang="en"):
    """Grade on every case, hidden ones included; show the report and return the points earned.

    This is the hidden line of an nbgrader test cell: nbgrader reads the cell's value as the partial
    credit, so it is always a plain Python float between 0 and the exercise's points.
    """
    remember(lang)
    with speaking(lang):
        return _score(exercise_id, fn, True, _sys._getframe(1).f_globals)


def _score(exercise_id, fn, hidden, namespace):
    exercise = _REGISTRY.get(exercise_id)
    if _graded_elsewhere():  # nbgrader with the course's configuration replaces this cell's output
        return 0.0
    if exercise is None:
        report = _unknown(exercise_id)
    elif fn is _FROM_NOTEBOOK and exercise.function_name not in namespace and not isinstance(exercise, Question):
        report = Report(exercise_id, [Check(_("defined"), False, _(
            "`{name}` is not defined yet: run the cell that defines it (above this one) first, then this one"
            " again").format(name=exercise.function_name))], points=exercise.points)
    else:
        report = exercise.grade(namespace.get(exercise.function_name) if fn is _FROM_NOTEBOOK else fn, hidden=hidden)
    _show(report)
    return 0.0 if exercise is None else exercise.earned(report)


def points(exercise_id):
    """The points an exercise is worth in nbgrader."""
    return _REGISTRY[exercise_id].points


def _graded_elsewhere():
    """True inside a kernel started by ``nbgrader autograde`` with the out-of-process grader configured."""
    return _os.environ.get("AUTOGRADER_OUT_OF_PROCESS") == "1"


def _unknown(exercise_id):
    known = ", ".join(_REGISTRY)
    return Report(str(exercise_id), [Check(_("known exercise"), False, _(
        "there is no exercise {exercise}; the exercises are: {known}").format(exercise=repr(exercise_id), known=known))])


def _show(report):
    """Show a report in the notebook: rich (HTML) in Jupyter, plain text anywhere else."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        display(report)
    else:
        print(report)


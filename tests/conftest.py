"""Shared helpers: grading a function the way a student's test cell would, and asserting on the report."""
import pytest

import autograder
from autograder.exercise import REGISTRY


def full_report(exercise_id, fn):
    """The report nbgrader's hidden line would produce (all cases, hidden ones included)."""
    return REGISTRY[exercise_id].grade(fn, hidden=True)


def assert_fails(exercise_id, fn, *fragments):
    """The check must fail ``fn`` in both modes, and its messages must contain every fragment."""
    visible = autograder.check(exercise_id, fn)
    report = full_report(exercise_id, fn)
    assert not report.passed and report.score < 1, f"a wrong answer passed:\n{report}"
    assert not visible.passed, f"a wrong answer passed the student's check:\n{visible}"
    text = str(report)
    flat = " ".join(text.split())  # the text form wraps long lines: a fragment may span a line break
    for fragment in fragments:
        assert " ".join(fragment.split()) in flat, f"expected {fragment!r} in the report:\n{text}"
    return report


@pytest.fixture
def no_stderr(capfd):
    """Fail the test if anything reached the process's stderr (nbgrader zeroes such a test cell)."""
    yield
    assert capfd.readouterr().err == ""

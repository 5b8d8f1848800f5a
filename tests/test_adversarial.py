"""Adversarial submissions (tests/adversarial/) autograded by the real nbgrader: none may fake a pass,
none may crash grading or change another student's grade, and honest work keeps full marks."""
from pathlib import Path

import pytest

import autograder

from nbgrader_course import class_with, expected_points, load_kind, submission_of

STEM = "01_logistic_regression"
MODULE = "logistic_regression"
ADVERSARIAL = Path(__file__).parent / "adversarial"
KINDS = sorted(p.stem for p in ADVERSARIAL.glob("*.py"))


def load(kind):
    return load_kind(ADVERSARIAL, kind)






@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course, release, master = class_with(tmp_path_factory.mktemp("course"), STEM, ["honest"])
    for kind in KINDS:
        course.submit(kind, STEM, submission_of(load(kind), release, master))
    course.nbgrader("autograde", STEM, "--Execute.timeout=8")
    return course


def test_there_are_at_least_fifteen_kinds():
    assert len(KINDS) >= 15


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_gets_exactly_the_score_it_earns(graded, kind):
    spec = load(kind)
    points = {f"{e.split('.')[1]}-test": autograder.points(e) for e in autograder.exercises() if e.startswith(MODULE)}
    with graded.gradebook() as gb:
        submission = gb.find_submission_notebook(STEM, STEM, kind)
        scores = {g.name: g.score for g in submission.grades if g.name in points}
        flagged = submission.flagged
    for cell, expected in expected_points(spec, MODULE, points).items():
        assert scores[cell] == pytest.approx(expected), f"{kind}: {cell} scored {scores[cell]}, expected {expected}"
    assert flagged == spec.FLAGGED


def test_the_honest_submission_keeps_full_marks(graded):
    with graded.gradebook() as gb:
        submission = gb.find_submission_notebook(STEM, STEM, "honest")
        total = sum(autograder.points(e) for e in autograder.exercises() if e.startswith(MODULE))
        assert submission.score == pytest.approx(total) and not submission.flagged


def test_every_submission_was_graded(graded):
    for kind in KINDS + ["honest"]:
        assert (graded.root / "autograded" / kind / STEM / f"{STEM}.ipynb").exists(), kind

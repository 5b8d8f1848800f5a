"""End to end with the real nbgrader and its sqlite gradebook: generate, autograde, feedback, export."""
import csv

import nbformat
import pytest

import autograder
from autograder.build import lessons

from nbgrader_course import Course, answer_cell, grade_id, propagate_without_one_over_m, solved

STEM = "01_logistic_regression"


def _points(stem):
    module = stem.split("_", 1)[1]
    return sum(autograder.points(e) for e in autograder.exercises() if e.startswith(module + "."))


def _sigmoid_that_warns(z):
    import numpy as np
    return 1 / (1 + np.exp(-np.asarray(z, dtype=float)))  # overflow warning at z = -1e4, right value


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    stems = lessons()
    course = Course(tmp_path_factory.mktemp("course"), stems)
    for stem in stems:
        course.nbgrader("generate_assignment", stem, "--force")
    release, master = course.release(STEM), course.master(STEM)
    course.submit("correct", STEM, solved(release, master))
    course.submit("untouched", STEM, release)
    course.submit("partial", STEM, solved(release, master, {
        "propagate": answer_cell(propagate_without_one_over_m, "propagate")}))
    course.submit("warns", STEM, solved(release, master, {
        "sigmoid": answer_cell(_sigmoid_that_warns, "sigmoid")}))
    edited = nbformat.from_dict(release)
    for cell in edited.cells:
        if grade_id(cell) == "sigmoid-test":
            cell.source = "1.0  # full marks, please"
    course.submit("edited", STEM, edited)
    deleted = solved(release, master)
    deleted.cells = [c for c in deleted.cells if grade_id(c) != "predict-test"]
    course.submit("deleted", STEM, deleted)
    for stem in stems[1:]:
        course.submit("correct", stem, solved(course.release(stem), course.master(stem)))
        course.submit("untouched", stem, course.release(stem))
    for stem in stems:
        course.nbgrader("autograde", stem)
    return course


def score(course, student, stem=STEM, cell=None):
    with course.gradebook() as gb:
        if cell:
            return gb.find_grade(cell, stem, stem, student).score
        return gb.find_submission_notebook(stem, stem, student).score


@pytest.mark.parametrize("stem", lessons())
def test_a_correct_submission_gets_full_marks_and_the_release_gets_zero(course, stem):
    assert score(course, "correct", stem) == pytest.approx(_points(stem))
    assert score(course, "untouched", stem) == 0


def test_partial_credit_reaches_the_gradebook(course):
    expected = autograder.grade("logistic_regression.propagate", propagate_without_one_over_m)
    assert 0 < expected < 3
    assert score(course, "partial", cell="propagate-test") == pytest.approx(expected)
    assert score(course, "partial") == pytest.approx(_points(STEM) - 3 + expected)


def test_a_warning_from_a_correct_answer_costs_nothing(course):
    assert score(course, "warns", cell="sigmoid-test") == 1
    assert score(course, "warns") == pytest.approx(_points(STEM))


def test_an_edited_test_cell_is_restored(course):
    assert score(course, "edited", cell="sigmoid-test") == 0


def test_a_deleted_test_cell_is_put_back_and_graded(course):
    assert score(course, "deleted", cell="predict-test") == 1
    assert score(course, "deleted") == pytest.approx(_points(STEM))


def test_feedback_shows_scores_and_reveals_no_hidden_case(course):
    course.nbgrader("generate_feedback", STEM, "--student", "partial")
    html = (course.root / "feedback" / "partial" / STEM / f"{STEM}.html").read_text()
    assert "propagate" in html and "It matches a known mistake" in html
    for cell in course.master(STEM).cells:
        if "### BEGIN HIDDEN TESTS" in cell.source:
            hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0].strip()
            assert hidden.startswith("grade(") and "\n" not in hidden  # nothing but the exercise id


def test_export_lists_every_student(course):
    course.nbgrader("export")
    rows = {(r["student_id"], r["assignment"]): float(r["score"]) for r in csv.DictReader(open(course.root / "grades.csv"))}
    assert rows[("correct", STEM)] == pytest.approx(_points(STEM))
    assert rows[("untouched", STEM)] == 0


def test_validate_fails_the_release_and_passes_a_correct_submission(course):
    import subprocess
    import sys
    base = [sys.executable, "-m", "nbgrader", "validate"]
    release = course.root / "course" / STEM / f"{STEM}.ipynb"
    correct = course.root / "submitted" / "correct" / STEM / f"{STEM}.ipynb"
    failed = subprocess.run(base + [str(release)], cwd=course.root, capture_output=True, text=True, timeout=300)
    passed = subprocess.run(base + [str(correct)], cwd=course.root, capture_output=True, text=True, timeout=300)
    assert "VALIDATION FAILED" in failed.stdout + failed.stderr
    assert "Success! Your notebook passes all the tests." in passed.stdout + passed.stderr

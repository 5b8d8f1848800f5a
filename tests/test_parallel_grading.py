"""``dlnp autograde`` grades a class in parallel: the gradebook holds exactly what serial ``nbgrader
autograde`` gives, and a worker process that dies loses nobody."""
import os
import shutil
import subprocess
import sys

import pytest

from autograder.parallel import TEST_EXIT_HOOK

from nbgrader_course import Course, answer_cell, propagate_without_one_over_m, solved

STEM = "01_logistic_regression"
STUDENTS = ["correct", "untouched", "partial"]


def _dlnp(root, *args, env=None):
    env = dict(os.environ if env is None else env)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")  # nbgrader runs alembic
    return subprocess.run([sys.executable, "-m", "autograder.cli", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A course with the assignment generated and three submissions, not graded yet; copied for each run
    so that every run starts from an identical course (gradebook included)."""
    course = Course(tmp_path_factory.mktemp("template"), [STEM])
    course.nbgrader("generate_assignment", STEM, "--force")
    release, master = course.release(STEM), course.master(STEM)
    course.submit("correct", STEM, solved(release, master))
    course.submit("untouched", STEM, release)
    course.submit("partial", STEM, solved(release, master, {
        "propagate": answer_cell(propagate_without_one_over_m, "propagate")}))
    return course.root


def _copy(template, tmp_path_factory, name):
    root = tmp_path_factory.mktemp(name) / "course"
    shutil.copytree(template, root)
    return Course(root, [])  # the copy is a whole course already


def scores(course, students=STUDENTS):
    """{student: {grade cell: score}} and the set of flagged students, from the course's gradebook."""
    table, flagged = {}, set()
    with course.gradebook() as gb:
        for student in students:
            notebook = gb.find_submission_notebook(STEM, STEM, student)
            table[student] = {grade.name: grade.score for grade in notebook.grades}
            if notebook.flagged:
                flagged.add(student)
    return table, flagged


@pytest.fixture(scope="module")
def serial(template, tmp_path_factory):
    course = _copy(template, tmp_path_factory, "serial")
    course.nbgrader("autograde", STEM)
    return scores(course)


@pytest.fixture(scope="module")
def parallel(template, tmp_path_factory):
    course = _copy(template, tmp_path_factory, "parallel")
    result = _dlnp(course.root, "autograde", STEM, "--jobs", "2")
    return course, result


@pytest.fixture(scope="module")
def crashed(template, tmp_path_factory):
    """A parallel run in which workers die after nbgrader has already written a student's grades and
    files: grading "partial" kills its worker once (the retry must grade over what it left), grading
    "untouched" kills its worker every time."""
    course = _copy(template, tmp_path_factory, "crashed")
    marker = course.root.parent / "worker-died"
    env = dict(os.environ, **{TEST_EXIT_HOOK: f"partial:{marker},untouched"})
    result = _dlnp(course.root, "autograde", STEM, "--jobs", "2", "--student", "partial", "--student", "untouched",
                   env=env)
    assert marker.exists(), "the worker was not killed: the test hook did not fire"
    return course, result


def test_parallel_grades_equal_serial_nbgrader(serial, parallel):
    course, result = parallel
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 graded, 0 skipped (graded before), 0 failed" in result.stdout
    assert "wall time with 2 workers" in result.stdout
    table, flagged = scores(course)
    assert table == serial[0] and flagged == serial[1]
    assert sum(table["correct"].values()) == 10 and sum(table["untouched"].values()) == 0
    assert 0 < sum(table["partial"].values()) < 10
    for student in STUDENTS:
        assert (course.root / "autograded" / student / STEM / f"{STEM}.ipynb").is_file()


def test_a_second_run_skips_what_is_graded(parallel):
    course, _ = parallel
    again = _dlnp(course.root, "autograde", STEM, "--student", "untouched", "--student", "nobody")
    assert again.returncode == 1, again.stdout + again.stderr  # nobody has no submission: not everything graded
    assert "skipped  01_logistic_regression untouched" in again.stdout
    assert "FAILED   01_logistic_regression nobody: no submission" in again.stdout


def test_a_worker_that_dies_loses_nobody(serial, crashed):
    course, result = crashed
    assert "graded   01_logistic_regression partial" in result.stdout and "attempt 2" in result.stdout
    # partial's worker died once, untouched's twice: three workers replaced, nobody lost
    assert "3 worker processes died while grading" in result.stdout
    table, _ = scores(course, ["partial"])
    assert table["partial"] == serial[0]["partial"]
    assert (course.root / "autograded" / "partial" / STEM / f"{STEM}.ipynb").is_file()


def test_a_submission_that_kills_its_worker_twice_is_reported(crashed):
    course, result = crashed
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 graded, 0 skipped (graded before), 1 failed" in result.stdout
    assert "failed: 01_logistic_regression untouched: the grading process died twice (exit status 70)" in result.stdout
    # its partial output is removed, as nbgrader does after a failure, so that a later run grades it again
    assert not (course.root / "autograded" / "untouched" / STEM).exists()


def test_an_unknown_assignment_is_a_clear_error(template, tmp_path_factory):
    result = _dlnp(template, "autograde", "07_nothing")
    assert result.returncode == 2 and "not in the gradebook: 07_nothing" in result.stderr

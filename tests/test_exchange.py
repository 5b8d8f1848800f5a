"""nbgrader's exchange end to end, from the command line: the instructor releases lesson 01 into a temporary
exchange, two students fetch it, fill it in and submit it, the instructor collects, autogrades and releases the
feedback, and each student fetches their own.

Everything runs as one OS user, so the identities are made the way nbgrader 0.9 reads them:
- nbgrader takes a student's id from the OS account (utils.get_username: pwd.getpwuid(os.getuid()), utils.py:247-260;
  the USER variable is never read), unless CourseDirectory.student_id is set: submit then names the submission with it
  (exchange/default/submit.py:52-58), and so does fetch_feedback (fetch_feedback.py:22-28). Each student's
  nbgrader_config.py sets it (with Exchange.root and CourseDirectory.course_id);
- each student has their own HOME: submit keeps a copy of the submission, with its secret, in the cache
  ($JUPYTER_DATA_DIR/nbgrader_cache, exchange/default/exchange.py:31-33), and fetch_feedback looks up feedback for
  every submission in that cache, whoever made it (its glob `*+<assignment>+*`, fetch_feedback.py:38-43): with one
  cache, a student would fetch the other's feedback too;
- collect compares the id in a submission's name with the owner of its folder and warns on a mismatch
  (exchange/default/collect.py:97-108): here every folder is the same user's, so the instructor turns it off.
"""
import html
import os
import re
import stat
import subprocess
import sys

import nbformat
import pytest

import autograder

from nbgrader_course import Course, answer_cell, grade_id, propagate_without_one_over_m, solved

STEM = "01_logistic_regression"
COURSE_ID = "dlnp_exchange_test"
STUDENTS = {"alice": None, "bob": {"propagate": answer_cell(propagate_without_one_over_m, "propagate")}}


def _points():
    return sum(autograder.points(e) for e in autograder.exercises() if e.startswith("logistic_regression."))


class Student:
    """A student with their own HOME and working folder, configured for the course's exchange."""

    def __init__(self, base, name, exchange):
        self.name = name
        self.home, self.work = base / "home", base / "work"
        self.home.mkdir(parents=True)
        self.work.mkdir()
        (self.work / "nbgrader_config.py").write_text(
            "c = get_config()  # noqa: F821\n"
            f"c.Exchange.root = {str(exchange)!r}\n"
            f"c.CourseDirectory.course_id = {COURSE_ID!r}\n"
            f"c.CourseDirectory.student_id = {name!r}\n")

    def nbgrader(self, *args):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "XDG_"))}
        env.update(HOME=str(self.home), PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
        result = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=self.work, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{self.name}: nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
        return result

    @property
    def notebook(self):
        return self.work / STEM / f"{STEM}.ipynb"

    def feedback(self):
        return sorted((self.work / STEM / "feedback").glob(f"*/{STEM}.html"))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    base = tmp_path_factory.mktemp("exchange_run")
    exchange = base / "exchange"
    exchange.mkdir()
    os.chmod(exchange, 0o777 | stat.S_ISVTX)  # world-writable with the sticky bit, as nbgrader's docs say

    (base / "course").mkdir()
    course = Course(base / "course", [STEM])
    with open(course.root / "nbgrader_config.py", "a") as config:
        config.write(f"\nc.CourseDirectory.course_id = {COURSE_ID!r}\nc.Exchange.root = {str(exchange)!r}\n"
                     "c.ExchangeCollect.check_owner = False\n")
    course.nbgrader("generate_assignment", STEM, "--force")
    course.nbgrader("release_assignment", STEM)
    master = course.master(STEM)

    students = {name: Student(base / name, name, exchange) for name in STUDENTS}
    for name, student in students.items():
        student.nbgrader("fetch_assignment", STEM)
        fetched = nbformat.read(student.notebook, as_version=4)
        nbformat.write(solved(fetched, master, STUDENTS[name]), student.notebook)
        student.nbgrader("submit", STEM)

    course.nbgrader("collect", STEM)
    course.nbgrader("autograde", STEM)
    course.nbgrader("generate_feedback", STEM)
    course.nbgrader("release_feedback", STEM)
    for student in students.values():
        student.nbgrader("fetch_feedback", STEM)
    return course, students, exchange


def _answer(nb, name):
    return next(c.source for c in nb.cells if grade_id(c) == name)


def test_the_release_and_every_submission_went_through_the_exchange(run):
    course, students, exchange = run
    assert (exchange / COURSE_ID / "outbound" / STEM / f"{STEM}.ipynb").is_file()
    inbound = sorted(p.name.split("+")[0] for p in (exchange / COURSE_ID / "inbound").iterdir())
    assert inbound == sorted(STUDENTS)
    for name, student in students.items():
        collected = course.root / "submitted" / name / STEM
        assert (collected / "timestamp.txt").is_file()
        ipynb = nbformat.read(collected / f"{STEM}.ipynb", as_version=4)
        assert _answer(ipynb, "propagate") == _answer(nbformat.read(student.notebook, as_version=4), "propagate")


def test_autograde_gives_full_marks_and_partial_credit(run):
    course = run[0]
    expected = autograder.grade("logistic_regression.propagate", propagate_without_one_over_m)
    full = autograder.points("logistic_regression.propagate")
    assert 0 < expected < full
    with course.gradebook() as gb:
        assert gb.find_submission_notebook(STEM, STEM, "alice").score == pytest.approx(_points())
        assert gb.find_grade("propagate-test", STEM, STEM, "bob").score == pytest.approx(expected)
        assert gb.find_submission_notebook(STEM, STEM, "bob").score == pytest.approx(_points() - full + expected)


def _text(html_source):
    return html.unescape(re.sub(r"<[^>]+>", "", html_source))


def test_each_student_fetches_their_own_feedback(run):
    course, students, _ = run
    fetched = {}
    for name, student in students.items():
        cache = student.home / ".local" / "share" / "jupyter" / "nbgrader_cache" / COURSE_ID
        assert [p.name.split("+")[0] for p in cache.iterdir()] == [name]  # the HOME of their own
        files = student.feedback()
        assert len(files) == 1, files
        fetched[name] = files[0].read_text()
        assert fetched[name] == (course.root / "feedback" / name / STEM / f"{STEM}.html").read_text()
        assert "logistic_regression.propagate" in fetched[name]
    assert fetched["alice"] != fetched["bob"]
    assert "It matches a known mistake" in fetched["bob"] and "It matches a known mistake" not in fetched["alice"]
    assert "\u2718" in _text(fetched["bob"]) and "\u2718" not in _text(fetched["alice"])  # a failed check: bob only


def test_the_feedback_holds_no_hidden_test_region(run):
    """The hidden part of each test cell, restored by autograde from the master, is gone from the feedback."""
    for student in run[1].values():
        text = _text(student.feedback()[0].read_text())
        assert "BEGIN HIDDEN TESTS" not in text and 'grade("logistic_regression.' not in text
        assert 'test("logistic_regression.propagate")' in text  # the visible line stays

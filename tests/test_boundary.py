"""Attacks on the grading boundary (tests/adversarial/boundary/), autograded by the real nbgrader between two
honest students: no attack may earn what it did not do, or change another student's grade or files.

One course per lesson; all the attacks on a lesson are graded by one ``nbgrader autograde`` run, in which
``aaa_honest`` is graded first and ``zzz_honest`` last (nbgrader grades ``submitted/<student>/<assignment>`` in
sorted order; the test checks the order in nbgrader's log).

Two modes, both tested (``DLNP_BOUNDARY_SANDBOX=none`` or ``=bubblewrap`` picks one), passed to nbgrader as
``--GradeOutOfProcess.sandbox=MODE``:
- "none": no OS sandbox; only the attacks that need no OS boundary are graded (those whose file says
  ``OS_BOUNDARY = True`` read the answer key from disk, write files and the gradebook, open sockets: no
  process-level trick stops code running with the grader's rights, and in the same course some would take the
  honest students' marks with them);
- "bubblewrap": the grading process and nbgrader's kernel in the OS sandbox; every attack is graded.

``DLNP_BOUNDARY_ONLY=kind,kind`` grades only those attacks (to see which one did what).
"""
import contextlib
import hashlib
import json
import os
import re
import secrets
import socket
import sqlite3
import threading
from pathlib import Path

import nbformat
import pytest

import autograder

from nbgrader_course import class_with, load_kind, submission_of

# The OS sandbox of the grading process: "bubblewrap" and "none" (the environment variable picks one).
MODES = [m for m in ("bubblewrap", "none") if os.environ.get("DLNP_BOUNDARY_SANDBOX", m) == m]

ATTACKS = Path(__file__).parent / "adversarial" / "boundary"
BEFORE, AFTER = "aaa_honest", "zzz_honest"
HONEST = (BEFORE, AFTER)
DEFAULT_LESSON = "01_logistic_regression"
EXECUTE_TIMEOUT = 20




def load(kind):
    return load_kind(ATTACKS, kind)


def lesson_of(kind):
    return getattr(load(kind), "LESSON", DEFAULT_LESSON)


KINDS = sorted(p.stem for p in ATTACKS.glob("*.py") if not p.stem.startswith("_"))
_ONLY = [k for k in os.environ.get("DLNP_BOUNDARY_ONLY", "").split(",") if k]


def active(mode):
    """The attacks graded in ``mode``: without the OS sandbox, only those that need no OS boundary."""
    return [k for k in KINDS if (mode != "none" or not getattr(load(k), "OS_BOUNDARY", False))
            and (not _ONLY or k in _ONLY)]


ATTACK_RUNS = [(mode, kind) for mode in MODES for kind in active(mode)]
LESSON_RUNS = [(mode, lesson) for mode in MODES for lesson in sorted({lesson_of(k) for k in active(mode)})]


def test_the_attacks_sort_between_the_honest_students():
    assert len(KINDS) >= 8
    for kind in KINDS:
        assert BEFORE < kind < AFTER and re.fullmatch(r"[a-z0-9_]+", kind), kind


# --- grading a lesson ----------------------------------------------------------------------------------------

class Listener:
    """A TCP server on 127.0.0.1 that keeps every line sent to it: what a submission could send out."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.lines = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            data = b""
            with connection:
                connection.settimeout(2.0)
                try:
                    while chunk := connection.recv(65536):
                        data += chunk
                except OSError:
                    pass
            self.lines += data.decode(errors="replace").splitlines() or ["(a connection that sent nothing)"]

    def close(self):
        self.server.close()


class Graded:
    """One lesson's course after ``nbgrader autograde``, with what it held before."""

    def __init__(self, course, mode, lesson, kinds, files_before, db_before, result, listener):
        self.course, self.root, self.mode, self.lesson, self.kinds = course, course.root, mode, lesson, kinds
        self.files_before, self.db_before = files_before, db_before
        self.returncode, self.log = result.returncode, result.stdout + "\n" + result.stderr
        self.listener = listener

    @property
    def connections(self):
        """Every line sent to this course's listener on 127.0.0.1."""
        return list(self.listener.lines)

    def order(self):
        """Student ids in the order nbgrader sanitised (and then graded) their submissions."""
        return [m[1] for m in re.finditer(r"Sanitizing \S*?/submitted/([^/\s]+)/", self.log)]

    def grades(self, student):
        """({grade cell: its score, auto, manual, extra credit and max}, flagged) of a student's notebook, or None."""
        from nbgrader.api import MissingEntry
        with self.course.gradebook() as gb:
            try:
                notebook = gb.find_submission_notebook(self.lesson, self.lesson, student)
            except MissingEntry:
                return None
            return {g.name: {"score": g.score, "auto": g.auto_score, "manual": g.manual_score,
                             "extra": g.extra_credit, "max": g.max_score} for g in notebook.grades}, notebook.flagged

    def evidence(self):
        """What the attacks left behind saying where they got in: for failure messages."""
        found = []
        try:
            with contextlib.closing(sqlite3.connect(self.root / "gradebook.db")) as db:
                found += [f"gradebook log: {row}" for row in db.execute("SELECT * FROM boundary_log")]
        except sqlite3.Error:
            pass
        for path in sorted(self.root.glob("*/*/*/*.ipynb")):
            try:
                marks = json.loads(path.read_text()).get("metadata", {}).get("tampered_by")
            except (OSError, ValueError):
                continue
            if marks:
                found.append(f"{path.relative_to(self.root)} tampered by {marks}")
        found += [f"listener got: {line}" for line in self.connections]
        return "\n".join(found) or "(no trace left)"


def points_of(lesson):
    module = lesson.split("_", 1)[1]
    return {f"{e.split('.', 1)[1]}-test": autograder.points(e) for e in autograder.exercises()
            if e.startswith(module + ".")}


def files_of(root):
    """{relative path: sha256} of every file of the course but the gradebook."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith("gradebook.db")}


ASSIGNMENT_TABLES = ["course", "assignment", "notebook", "base_cell", "grade_cells", "solution_cells", "task_cells",
                     "source_cell"]


def gradebook_structure(path):
    """The gradebook's schema (tables, triggers, indexes) and every row that describes the assignment."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        structure = {"schema": sorted(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall(),
                                      key=lambda row: tuple(str(v) for v in row))}
        for table in ASSIGNMENT_TABLES:
            structure[table] = sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    return structure


def grade_lesson(root, mode, lesson):
    listener, run_id = Listener(), secrets.token_hex(8)
    course, release, master = class_with(root, lesson, HONEST)
    kinds = [k for k in active(mode) if lesson_of(k) == lesson]
    for kind in kinds:
        spec = load(kind)
        answers = {gid: source.replace("@LISTENER_PORT@", str(listener.port)).replace("@RUN_ID@", run_id)
                   for gid, source in spec.ANSWERS.items()}
        course.submit(kind, lesson, submission_of(spec, release, master, answers))
    files_before, db_before = files_of(course.root), gradebook_structure(course.root / "gradebook.db")
    result = course.nbgrader("autograde", lesson, f"--Execute.timeout={EXECUTE_TIMEOUT}",
                             f"--GradeOutOfProcess.sandbox={mode}", check=False)
    return Graded(course, mode, lesson, kinds, files_before, db_before, result, listener)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """graded(mode, lesson): that lesson's course, autograded in that mode on first use."""
    cache = {}

    def get(mode, lesson):
        if (mode, lesson) not in cache:
            cache[mode, lesson] = grade_lesson(tmp_path_factory.mktemp(f"boundary_{mode}_{lesson}"), mode, lesson)
        return cache[mode, lesson]

    yield get
    for course in cache.values():
        course.listener.close()


# --- the run itself ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("mode, lesson", LESSON_RUNS)
def test_autograde_runs_to_the_end(graded, mode, lesson):
    course = graded(mode, lesson)
    assert course.returncode == 0, f"nbgrader autograde failed:\n{course.log[-5000:]}"
    for student in HONEST + tuple(course.kinds):
        assert course.grades(student) is not None, f"{student} has no submission in the gradebook"


@pytest.mark.parametrize("mode, lesson", LESSON_RUNS)
def test_the_honest_students_are_graded_first_and_last(graded, mode, lesson):
    course = graded(mode, lesson)
    order = course.order()
    assert order and order[0] == BEFORE and order[-1] == AFTER, order
    assert sorted(order[1:-1]) == sorted(course.kinds), order


@pytest.mark.parametrize("mode, lesson", LESSON_RUNS)
def test_the_sandbox_option_is_in_force(graded, mode, lesson):
    """The mode asked for is the mode the attacks ran in (an unknown option is only a warning to nbgrader)."""
    course = graded(mode, lesson)
    assert "not recognized by `GradeOutOfProcess`" not in course.log, \
        f"the grader does not know --GradeOutOfProcess.sandbox={mode}: the attacks ran in its default mode"


# --- what each attack gets -----------------------------------------------------------------------------------

@pytest.mark.parametrize("mode, kind", ATTACK_RUNS)
def test_an_attack_earns_nothing_it_did_not_do(graded, mode, kind):
    spec, lesson = load(kind), lesson_of(kind)
    course = graded(mode, lesson)
    found = course.grades(kind)
    assert found is not None, f"{kind} was not graded:\n{course.log[-5000:]}"
    grades, flagged = found
    problems = []
    for cell, full in points_of(lesson).items():
        expected, got = spec.EXPECTED.get(cell, full), grades[cell]
        if got["score"] != pytest.approx(expected):
            problems.append(f"{cell} scored {got['score']} (auto {got['auto']}, manual {got['manual']}, extra credit"
                            f" {got['extra']}), expected {expected}")
    if flagged != spec.FLAGGED:
        problems.append(f"flagged is {flagged}, expected {spec.FLAGGED}")
    if hasattr(spec, "after"):
        problems += spec.after(course)
    assert not problems, f"{kind}:\n" + "\n".join(problems)


# --- what everyone else keeps --------------------------------------------------------------------------------

@pytest.mark.parametrize("mode, lesson", LESSON_RUNS)
def test_the_honest_students_keep_full_marks(graded, mode, lesson):
    course, problems = graded(mode, lesson), []
    for student in HONEST:
        found = course.grades(student)
        if found is None:
            problems.append(f"{student} has no submission in the gradebook")
            continue
        grades, flagged = found
        for cell, full in points_of(lesson).items():
            got = grades[cell]
            if (got["score"], got["auto"], got["manual"], got["extra"]) != (full, full, None, None):
                problems.append(f"{student} {cell}: score {got['score']} of {full} (auto {got['auto']}, manual"
                                f" {got['manual']}, extra credit {got['extra']})")
        if flagged:
            problems.append(f"{student} is flagged")
    assert not problems, "\n".join(problems) + f"\nwhat the attacks left:\n{course.evidence()}"


@pytest.mark.parametrize("mode, lesson", LESSON_RUNS)
def test_nobody_elses_files_change(graded, mode, lesson):
    """Every file of the course is as it was, but the attackers' own submissions and what nbgrader writes
    (autograded/, the gradebook); the honest students' autograded notebooks are nbgrader's, untouched."""
    course = graded(mode, lesson)
    after = files_of(course.root)
    own = tuple(f"submitted/{kind}/" for kind in course.kinds)
    problems = [f"{path} {'was deleted' if path not in after else 'changed'}"
                for path, digest in course.files_before.items() if not path.startswith(own) and after.get(path) != digest]
    problems += [f"{path} appeared" for path in after
                 if path not in course.files_before and not path.startswith(own + ("autograded/",))]
    full = points_of(lesson)
    for student in HONEST:
        folder = course.root / "autograded" / student / lesson
        names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        if names != [f"{lesson}.ipynb"]:
            problems.append(f"autograded/{student}/{lesson} holds {names}")
            continue
        nb = nbformat.read(folder / f"{lesson}.ipynb", as_version=4)
        if "tampered_by" in nb.metadata:
            problems.append(f"autograded/{student} was tampered with from {nb.metadata['tampered_by']}")
        for cell in nb.cells:
            grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
            if grade_id in full:
                shown = [o.get("data", {}).get("text/plain") for o in cell.get("outputs", [])
                         if o.get("output_type") == "execute_result"]
                if shown != [repr(float(full[grade_id]))]:
                    problems.append(f"autograded/{student} shows {shown} for {grade_id}, not {full[grade_id]}")
    assert not problems, "\n".join(problems) + f"\nwhat the attacks left:\n{course.evidence()}"


@pytest.mark.parametrize("mode, lesson", LESSON_RUNS)
def test_the_gradebook_holds_only_what_nbgrader_wrote(graded, mode, lesson):
    """The schema and the assignment's rows are as nbgrader made them, and no grade was set by hand."""
    course = graded(mode, lesson)
    now = gradebook_structure(course.root / "gradebook.db")
    problems = [f"{part}: {sorted(set(map(repr, now[part])) ^ set(map(repr, before)))[:5]}"
                for part, before in course.db_before.items() if now[part] != before]
    with contextlib.closing(sqlite3.connect(course.root / "gradebook.db")) as db:
        by_hand = db.execute(
            "SELECT sa.student_id, c.name, g.manual_score, g.extra_credit FROM grade g JOIN base_cell c ON g.cell_id = c.id"
            " JOIN submitted_notebook sn ON g.notebook_id = sn.id JOIN submitted_assignment sa ON sn.assignment_id = sa.id"
            " WHERE g.manual_score IS NOT NULL OR g.extra_credit IS NOT NULL").fetchall()
    problems += [f"a grade nobody gave: {row}" for row in by_hand]
    assert not problems, "\n".join(problems) + f"\nwhat the attacks left:\n{course.evidence()}"

"""Grading against a real PostgreSQL gradebook (README, "Beyond one machine"): one class graded by two concurrent
``dlnp autograde --shard K/2`` processes against a database server gives exactly the gradebook one ``dlnp
autograde`` process gives against sqlite, and a shard killed midway is finished by rerunning it.

The server is the distribution's PostgreSQL, started for the session on 127.0.0.1 (tests/postgres_server.py);
``.ci/run`` installs it. Without it these tests fail, saying what to install: they are not skipped.
"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter

import nbformat
import pytest

import autograder

from nbgrader_course import REPO, Course, answer_cell, propagate_without_one_over_m, solved, written_answers
from postgres_server import PostgresServer, PostgresUnavailable

STEM = "01_logistic_regression"
# lesson 01's graded cells: a test cell per exercise and question, and the written answers
GRADE_CELLS = sum(1 for e in autograder.exercises() if e.startswith("logistic_regression.")) + len(written_answers(
    nbformat.read(REPO / "course" / STEM / f"{STEM}.ipynb", as_version=4)))
SHARDS = 2
COURSE_ID = "numpy_deep_learning"


def _wrong_sigmoid(z):
    import numpy as np
    return 1 / (1 + np.exp(z))


# Eight students, four in each shard (the shard of a student is int(sha256(id).hexdigest(), 16) % 2):
# ben, finn, gus, hana in shard 0; ada, cleo, dan, eve in shard 1.
def _class(release, master):
    stub = {c.metadata["nbgrader"]["grade_id"]: c.source for c in release.cells
            if c.metadata.get("nbgrader", {}).get("solution")}
    answers = {c.metadata["nbgrader"]["grade_id"]: c.source for c in master.cells
               if c.metadata.get("nbgrader", {}).get("solution")}

    def plain(cell):
        return "\n".join(line for line in answers[cell].splitlines() if "### " not in line)

    return {
        "ada": solved(release, master),
        "ben": release,  # the release handed back untouched
        "cleo": solved(release, master, {"propagate": answer_cell(propagate_without_one_over_m, "propagate")}),
        "dan": solved(release, master, {"sigmoid": answer_cell(_wrong_sigmoid, "sigmoid")}),
        "eve": solved(release, master, {"predict": stub["predict"], "model": stub["model"]}),  # half done
        "finn": solved(release, master, {"optimize": plain("optimize").replace(":", "", 1)}),  # a syntax error
        "gus": solved(release, master, {"sigmoid": "import numpy_extensions_for_this_course\n" + plain("sigmoid")}),
        "hana": solved(release, master),
    }


STUDENTS = ["ada", "ben", "cleo", "dan", "eve", "finn", "gus", "hana"]


def shard_of(student, shards=SHARDS):
    return int(hashlib.sha256(student.encode("utf-8")).hexdigest(), 16) % shards


# --- the server -------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of the distribution's packages, for the session: initialised in a temporary folder,
    listening on 127.0.0.1 (a free port) and on a Unix socket in that folder; stopped and removed after."""
    try:
        server = PostgresServer()
    except PostgresUnavailable as exc:
        pytest.fail(f"cannot start PostgreSQL: {exc}", pytrace=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server):
    """The SQLAlchemy URL of a new database on the session's PostgreSQL server."""
    yield postgres_server.create_database("gradebook")


# --- the courses ------------------------------------------------------------------------------------------

def _env():
    return dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))


def _autograde(root, *args, **popen):
    """``dlnp autograde STEM ARGS`` started as a process of its own process group (so that it can be killed whole)."""
    return subprocess.Popen([sys.executable, "-m", "autograder.cli", "autograde", STEM, *args], cwd=root, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
                            **popen)


def _finish(run, timeout=600):
    out, _ = run.communicate(timeout=timeout)
    return run.returncode, out


def _shard(k):
    return ["--shard", f"{k}/{SHARDS}"]


@pytest.fixture(scope="module")
def shard_option():
    """``dlnp autograde`` must offer --shard (and the test assumes its sha256 assignment of students)."""
    result = subprocess.run([sys.executable, "-m", "autograder.cli", "autograde", "--help"], env=_env(),
                            capture_output=True, text=True, timeout=120)
    if "--shard" not in result.stdout:
        pytest.fail("dlnp autograde has no --shard option (autograder/parallel.py): the sharded runs need it",
                    pytrace=False)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A course with lesson 01 released and eight submissions, not graded; copied for each run."""
    course = Course(tmp_path_factory.mktemp("pg-template"), [STEM])
    course.nbgrader("generate_assignment", STEM, "--force")
    for student, nb in _class(course.release(STEM), course.master(STEM)).items():
        course.submit(student, STEM, nb)
    members = Counter(shard_of(s) for s in STUDENTS)
    assert all(members[k] >= 3 for k in range(SHARDS)), f"the class must fill every shard: {members}"
    return course.root


def _copy(template, tmp_path_factory, name):
    root = tmp_path_factory.mktemp(name) / "course"
    shutil.copytree(template, root)
    return Course(root, [])


def _on_postgres(template, tmp_path_factory, name, url):
    """A copy of the course whose gradebook is the database at ``url``, the assignment generated into it."""
    course = _copy(template, tmp_path_factory, name)
    (course.root / "gradebook.db").unlink()
    with open(course.root / "nbgrader_config.py", "a") as f:
        # a course id too: nbgrader's default, "", creates no course row, and PostgreSQL, unlike sqlite, enforces
        # the assignment's foreign key to it (generate_assignment fails: "assignment_course_id_fkey")
        f.write(f"\nc.CourseDirectory.db_url = {url!r}\nc.CourseDirectory.course_id = {COURSE_ID!r}\n")
    course.nbgrader("generate_assignment", STEM, "--force")
    return course


# --- the gradebooks ---------------------------------------------------------------------------------------

def gradebook(url):
    """Everything the comparison needs from a gradebook, read with plain SQL (so duplicates show):
    students, [(assignment, student)] submissions, {(student, notebook): flagged}, {(student, notebook, cell):
    (auto score, manual score, needs manual grade)} and the row counts per submission and per grade cell."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as db:
            students = sorted(db.execute(text("SELECT id FROM student")).scalars())
            submissions = [tuple(r) for r in db.execute(text(
                "SELECT a.name, s.student_id FROM submitted_assignment s JOIN assignment a ON a.id = s.assignment_id"))]
            notebooks = [tuple(r) for r in db.execute(text(
                "SELECT sa.student_id, n.name, sn.flagged FROM submitted_notebook sn"
                " JOIN submitted_assignment sa ON sa.id = sn.assignment_id JOIN notebook n ON n.id = sn.notebook_id"))]
            grades = [tuple(r) for r in db.execute(text(
                "SELECT sa.student_id, n.name, c.name, g.auto_score, g.manual_score, g.needs_manual_grade FROM grade g"
                " JOIN submitted_notebook sn ON sn.id = g.notebook_id JOIN submitted_assignment sa ON sa.id = sn.assignment_id"
                " JOIN notebook n ON n.id = sn.notebook_id JOIN base_cell c ON c.id = g.cell_id"))]
    finally:
        engine.dispose()

    def score(value):
        return None if value is None else round(float(value), 9)

    return {
        "students": students,
        "submissions": sorted(submissions),
        "submission rows": Counter(submissions),
        "notebook rows": Counter((s, n) for s, n, _ in notebooks),
        "grade rows": Counter((s, n, c) for s, n, c, *_ in grades),
        "flagged": {(s, n): bool(f) for s, n, f in notebooks},
        "grades": {(s, n, c): (score(a), score(m), bool(x)) for s, n, c, a, m, x in grades},
    }


def assert_same_gradebook(got, expected):
    # nobody lost, nobody graded twice: one row per submission, per submitted notebook, per grade cell
    assert [k for k, n in got["submission rows"].items() if n != 1] == []
    assert [k for k, n in got["notebook rows"].items() if n != 1] == []
    assert [k for k, n in got["grade rows"].items() if n != 1] == []
    assert got["students"] == expected["students"] == STUDENTS
    assert got["submissions"] == expected["submissions"] == [(STEM, s) for s in STUDENTS]
    per_student = Counter(s for s, _, _ in got["grades"])
    assert per_student == {s: GRADE_CELLS for s in STUDENTS}
    assert got["flagged"] == expected["flagged"]
    differ = {k: (got["grades"].get(k), v) for k, v in expected["grades"].items() if got["grades"].get(k) != v}
    assert differ == {}, "grade cells differ (PostgreSQL, sqlite)"
    assert got["grades"] == expected["grades"]


def _sqlite_url(course):
    return f"sqlite:///{course.root / 'gradebook.db'}"


def _marker(course, student):
    return course.root / "autograded" / ".dlnp" / STEM / f"{student}.json"


# --- the runs ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def on_sqlite(template, tmp_path_factory):
    """The class graded by one ``dlnp autograde`` process against the course's sqlite gradebook."""
    course = _copy(template, tmp_path_factory, "pg-sqlite")
    status, out = _finish(_autograde(course.root))
    assert "8 submissions:" in out, out
    book = gradebook(_sqlite_url(course))
    # the class is what it was built to be: full marks, none, and the partly right in between
    totals = Counter()
    for (student, _, _), (auto, _, _) in book["grades"].items():
        totals[student] += auto or 0
    auto = sum(autograder.points(e) for e in autograder.exercises() if e.startswith("logistic_regression."))
    assert totals["ada"] == totals["hana"] == auto and totals["ben"] == 0
    auto = sum(autograder.points(e) for e in autograder.exercises() if e.startswith("logistic_regression."))
    assert all(0 < totals[s] < auto for s in ("cleo", "dan", "eve")), totals
    return status, out, book


def test_two_concurrent_shards_on_postgres_give_the_sqlite_gradebook(on_sqlite, shard_option, template,
                                                                      tmp_path_factory, postgres_url):
    status, out, expected = on_sqlite
    course = _on_postgres(template, tmp_path_factory, "pg-shards", postgres_url)
    for k in range(SHARDS):  # the shards are the ones this test counts on
        listed = subprocess.run([sys.executable, "-m", "autograder.cli", "autograde", STEM, *_shard(k), "--list-students"],
                                cwd=course.root, env=_env(), capture_output=True, text=True, timeout=120)
        assert sorted(listed.stdout.split()) == [s for s in STUDENTS if shard_of(s) == k], listed.stdout + listed.stderr
    runs = [_autograde(course.root, *_shard(k)) for k in range(SHARDS)]  # started together
    results = [_finish(run) for run in runs]
    for k, (code, text) in enumerate(results):
        members = sum(shard_of(s) == k for s in STUDENTS)
        assert code == status, f"shard {k}/{SHARDS}: exit status {code}, one process on sqlite: {status}\n{text}"
        assert f"{members} submissions:" in text, text
    assert_same_gradebook(gradebook(postgres_url), expected)
    assert not (course.root / "gradebook.db").exists()  # nothing went to an sqlite file on the side
    for student in STUDENTS:
        assert _marker(course, student).is_file()


def _tree(root_pid):
    """The pids of ``root_pid`` and of all its descendants (from /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _kill_tree(run):
    """SIGKILL a ``dlnp autograde`` run: its process group, and every process it started (its workers lead
    process groups of their own, and the kernels they start)."""
    pids = _tree(run.pid)
    os.killpg(run.pid, signal.SIGKILL)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    run.communicate(timeout=60)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{pid}") for pid in pids[1:]):
        time.sleep(0.2)
    return pids


def test_a_shard_killed_midway_is_finished_by_its_rerun(on_sqlite, shard_option, template, tmp_path_factory,
                                                        postgres_server):
    status, _, expected = on_sqlite
    url = postgres_server.create_database("killed")
    course = _on_postgres(template, tmp_path_factory, "pg-killed", url)
    killed = 0
    members = [s for s in STUDENTS if shard_of(s) == killed]
    victim, other = (_autograde(course.root, *_shard(k)) for k in (killed, 1 - killed))
    deadline = time.monotonic() + 600
    while not any(_marker(course, s).exists() for s in members):
        assert victim.poll() is None, f"shard {killed} ended before it was killed:\n{victim.communicate()[0]}"
        assert time.monotonic() < deadline, "no submission of the shard was graded in time"
        time.sleep(0.1)
    pids = _kill_tree(victim)
    left = [pid for pid in pids if os.path.exists(f"/proc/{pid}")]
    done = [s for s in members if _marker(course, s).exists()]
    assert 1 <= len(done) < len(members), f"killed too late to test anything: {done} of {members}"
    code, text = _finish(other)
    assert code == status, text

    rerun = _autograde(course.root, *_shard(killed))  # the same shard, without --force
    code, text = _finish(rerun)
    assert code == status and f"{len(members)} submissions:" in text, text
    for student in done:
        assert f"skipped  {STEM} {student}" in text, text  # what the killed run finished is not graded again
    assert_same_gradebook(gradebook(url), expected)
    for student in STUDENTS:
        assert _marker(course, student).is_file()
    assert left == [], f"processes of the killed shard still running: {left}"

"""``dlnp autograde`` grades a class in parallel: the gradebook holds exactly what serial ``nbgrader
autograde`` gives, a worker process that dies loses nobody, a submission that hangs, stops its worker or
signals the grader stops nobody else, and a run killed midway is finished by the next one."""
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import nbformat
import pytest

import autograder

from autograder.parallel import TEST_EXIT_HOOK, TEST_STOP_HOOK

from nbgrader_course import REPO, Course, answer_cell, grade_id, propagate_without_one_over_m, solved, written_answers

STEM = "01_logistic_regression"
STUDENTS = ["correct", "untouched", "partial"]
# the points graded automatically, and the notebook's maximum, which nbgrader counts with the written answers
AUTO = sum(autograder.points(e) for e in autograder.exercises() if e.startswith("logistic_regression."))
MAX = AUTO + sum(written_answers(nbformat.read(REPO / "course" / STEM / f"{STEM}.ipynb", as_version=4)).values())


def _env(env=None):
    env = dict(os.environ if env is None else env)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")  # nbgrader runs alembic
    return env


def _dlnp(root, *args, env=None, module="autograder.cli"):
    return subprocess.run([sys.executable, "-m", module, *args], cwd=root, env=_env(env),
                          capture_output=True, text=True, timeout=600)


def _autograde(root, *args, env=None):
    """``dlnp autograde ARGS`` with the options autograder/cli.py may not offer yet (--timeout, --table):
    autograder.parallel's own entry point, which takes every option of the command."""
    return _dlnp(root, *args, env=env, module="autograder.parallel")


def _marker(course, student):
    return course.root / "autograded" / ".dlnp" / STEM / f"{student}.json"


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
    assert "3 submissions: 3 graded, 0 flagged, 0 failed, 0 skipped" in result.stdout
    assert "wall time with 2 workers" in result.stdout
    # nbgrader's false checksum warnings about the release's test cells are not relayed
    assert "has changed! (should be" not in result.stdout + result.stderr
    table, flagged = scores(course)
    assert table == serial[0] and flagged == serial[1]
    assert sum(table["correct"].values()) == AUTO and sum(table["untouched"].values()) == 0
    assert 0 < sum(table["partial"].values()) < AUTO
    for student in STUDENTS:
        assert (course.root / "autograded" / student / STEM / f"{STEM}.ipynb").is_file()
        marker = json.loads(_marker(course, student).read_text())
        assert marker["graded"] and marker["score"] == sum(table[student].values()) and marker["max_score"] == MAX


def test_a_second_run_skips_what_is_graded(parallel):
    course, _ = parallel
    again = _dlnp(course.root, "autograde", STEM, "--student", "untouched", "--student", "nobody")
    assert again.returncode == 1, again.stdout + again.stderr  # nobody has no submission: not everything graded
    assert f"skipped  01_logistic_regression untouched 0/{MAX:g}" in again.stdout
    assert "FAILED   01_logistic_regression nobody: no submission" in again.stdout
    assert "2 submissions: 0 graded, 0 flagged, 1 failed, 1 skipped" in again.stdout


def test_a_graded_folder_without_a_marker_is_graded_again(parallel):
    """What a run killed between nbgrader's autograde and the marker leaves: graded again, not skipped."""
    course, _ = parallel
    _marker(course, "partial").unlink()
    again = _dlnp(course.root, "autograde", STEM, "--student", "partial", "--student", "correct")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "graded   01_logistic_regression partial" in again.stdout
    assert f"skipped  01_logistic_regression correct {AUTO:g}/{MAX:g}" in again.stdout
    assert _marker(course, "partial").is_file()


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
    assert "2 submissions: 1 graded, 0 flagged, 1 failed, 0 skipped" in result.stdout
    assert "FAILED   01_logistic_regression untouched (attempt 2): worker died twice (exit status 70)" in result.stdout
    row = next(line for line in result.stdout.splitlines() if line.startswith("failed "))
    assert row.split()[:4] == ["failed", STEM, "untouched", f"-/{MAX:g}"] and row.endswith("worker died twice (exit status 70)")
    # its partial output is removed, as nbgrader does after a failure, so that a later run grades it again
    assert not (course.root / "autograded" / "untouched" / STEM).exists()
    assert not _marker(course, "untouched").exists()


def test_an_unknown_assignment_is_a_clear_error(template, tmp_path_factory):
    result = _autograde(template, "07_nothing")
    assert result.returncode == 2 and "not in the gradebook: 07_nothing" in result.stderr


# --- submissions that hang, stop their worker, signal the grader, edit a test cell, or are not notebooks ---

TIMEOUT = 25  # seconds a submission may take in these tests; honest ones take a few
SIGNALLER = """import os, signal
def _parent(pid):
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[1])
_worker = os.getppid()  # the kernel's parent: the worker (no OS sandbox in this course)
for _sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1):
    os.kill(_parent(_worker), _sig)  # the main process
    os.kill(_worker, _sig)
"""


def _with_cell(nb, source, before_last=True):
    nb = nbformat.from_dict(nb)
    nb.cells.insert(len(nb.cells) - 1 if before_last else len(nb.cells), nbformat.v4.new_code_cell(source))
    return nb


@pytest.fixture(scope="module")
def hostile(template, tmp_path_factory):
    """One run over an honest submission and five that each try to stop the class, in a course without
    the OS sandbox (so that student code can reach the grader's processes)."""
    course = _copy(template, tmp_path_factory, "hostile")
    with open(course.root / "nbgrader_config.py", "a") as f:
        f.write('\nc.GradeOutOfProcess.sandbox = "none"\n')
    release, master = course.release(STEM), course.master(STEM)
    for student in STUDENTS:
        if student != "correct":
            shutil.rmtree(course.root / "submitted" / student)
    course.submit("sleeper", STEM, _with_cell(solved(release, master), "import time\ntime.sleep(1000)"))
    course.submit("stopper", STEM, solved(release, master))  # its worker stops itself (TEST_STOP_HOOK)
    course.submit("signaller", STEM, _with_cell(solved(release, master), SIGNALLER))
    tampered = solved(release, master)
    test_cell = next(c for c in tampered.cells if grade_id(c) and "test(" in c.source and "sigmoid" in c.source)
    test_cell.source = "sigmoid = lambda z: z  # edited"
    course.submit("tamperer", STEM, tampered)
    (course.root / "submitted" / "garbled" / STEM).mkdir(parents=True)
    (course.root / "submitted" / "garbled" / STEM / f"{STEM}.ipynb").write_text('{"cells": [ not json')
    course.submit("renamed", STEM, solved(release, master))
    (course.root / "submitted" / "renamed" / STEM / f"{STEM}.ipynb").rename(
        course.root / "submitted" / "renamed" / STEM / "my_work.ipynb")
    (course.root / "submitted" / "empty" / STEM).mkdir(parents=True)
    env = dict(os.environ, **{TEST_STOP_HOOK: "stopper"})
    start = time.monotonic()
    result = _autograde(course.root, STEM, "--jobs", "2", "--timeout", str(TIMEOUT), env=env)
    return course, result, time.monotonic() - start


def _rows(result):
    """{student: row of the closing table, split}"""
    rows = {}
    for line in result.stdout.splitlines():
        words = line.split()
        if len(words) >= 4 and words[0] in ("graded", "flagged", "failed", "skipped") and words[1] == STEM:
            rows[words[2]] = (words[0], words[3], line)
    return rows


def test_nothing_one_submission_does_stops_the_class(hostile):
    course, result, seconds = hostile
    assert result.returncode == 1, result.stdout + result.stderr
    assert "8 submissions: 2 graded, 1 flagged, 5 failed, 0 skipped" in result.stdout, result.stdout
    rows = _rows(result)
    # the honest student and the one who signalled the grader's processes are graded in full
    for student in ("correct", "signaller"):
        assert f"graded   {STEM} {student} {AUTO:g}/{MAX:g}" in result.stdout
        assert json.loads(_marker(course, student).read_text())["score"] == AUTO
    assert "ignored SIGTERM from process" in result.stdout and "(a grading process)" in result.stdout
    # a notebook that hangs and a worker that was stopped: killed at the time limit, reported, not lost
    for student in ("sleeper", "stopper"):
        assert rows[student][:2] == ("failed", f"-/{MAX:g}")
        assert rows[student][2].endswith(f"took longer than {TIMEOUT} s")
        assert not _marker(course, student).exists()
        assert not (course.root / "autograded" / student / STEM).exists()
    assert "2 workers killed at the time limit" in result.stdout
    assert rows["garbled"][0] == "failed" and f"could not be read: {STEM}.ipynb:" in rows["garbled"][2]
    assert rows["renamed"][0] == "failed" and f"{STEM}.ipynb is missing (the folder holds my_work.ipynb" in rows["renamed"][2]
    assert rows["empty"][0] == "failed" and "the folder holds no notebook" in rows["empty"][2]
    with course.gradebook() as gb:  # flagged for review in the gradebook too, not a silent 0
        for student in ("garbled", "renamed", "empty"):
            assert all(nb.flagged for nb in gb.find_submission(STEM, student).notebooks), student
    assert seconds < 4 * TIMEOUT


def test_an_edited_test_cell_is_flagged_and_the_false_checksum_warnings_are_not(hostile):
    course, result, _ = hostile
    status, score, line = _rows(result)["tamperer"]
    assert status == "flagged" and score == f"{AUTO:g}/{MAX:g}"  # nbgrader restored the cell: nothing gained, nothing lost
    assert "test cell edited (restored before grading): " in line
    assert "has changed! (should be" not in result.stdout + result.stderr
    assert json.loads(_marker(course, "tamperer").read_text())["flagged"]


def test_no_process_of_a_killed_worker_is_left(hostile):
    course, _, _ = hostile
    left = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and os.readlink(f"/proc/{entry}/cwd").startswith(str(course.root.parent)):
                left.append(entry)
        except OSError:
            pass
    assert not left, f"processes left running in the course: {left}"


def test_a_run_killed_midway_is_finished_by_the_next(serial, template, tmp_path_factory):
    course = _copy(template, tmp_path_factory, "killed")
    run = subprocess.Popen([sys.executable, "-m", "autograder.cli", "autograde", STEM, "--jobs", "1"],
                           cwd=course.root, env=_env(), stdout=subprocess.PIPE, text=True)
    first = next((line for line in run.stdout if line.startswith("graded ")), "")  # the next is being graded
    time.sleep(2)
    run.send_signal(signal.SIGKILL)
    run.communicate(timeout=60)
    assert first.startswith("graded ")
    assert sum(_marker(course, s).exists() for s in STUDENTS) < len(STUDENTS)
    again = _dlnp(course.root, "autograde", STEM, "--jobs", "2")
    assert again.returncode == 0, again.stdout + again.stderr
    table, flagged = scores(course)
    assert table == serial[0] and flagged == serial[1]
    for student in STUDENTS:
        assert _marker(course, student).is_file()


def test_the_instructors_ctrl_c_stops_the_run_cleanly(template, tmp_path_factory):
    course = _copy(template, tmp_path_factory, "interrupted")
    run = subprocess.Popen([sys.executable, "-m", "autograder.cli", "autograde", STEM, "--jobs", "1"],
                           cwd=course.root, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(6)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, out + err
    assert "the run was stopped by SIGINT" in out


def test_a_gradebook_held_locked_costs_the_time_limit_not_the_run(template, tmp_path_factory):
    """A process (say a grandchild a submission left behind) holds the gradebook's write lock: the worker
    waiting for it is killed at the time limit, and the submission is graded by the next run."""
    course = _copy(template, tmp_path_factory, "locked")
    with course.gradebook() as gb:  # known students: the main process itself only reads
        gb.add_student("correct")
    holder = sqlite3.connect(course.root / "gradebook.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, held
    try:
        result = _autograde(course.root, STEM, "--student", "correct", "--timeout", "15")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1, result.stdout + result.stderr
    assert _rows(result)["correct"][2].endswith("took longer than 15 s")
    again = _autograde(course.root, STEM, "--student", "correct", "--table")
    assert again.returncode == 0, again.stdout + again.stderr
    assert _rows(again)["correct"][:2] == ("graded", f"{AUTO:g}/{MAX:g}")


# --- sharding a class over several machines: --shard K/N and --list-students ----------------------------

def _shard(student, n):
    """The documented rule, computed here independently of autograder.parallel."""
    return int(hashlib.sha256(student.encode("utf-8")).hexdigest(), 16) % n


CLASS = ["ada", "alan", "barbara", "edsger", "grace", "ken", "margaret", "tony"]


@pytest.fixture()
def folders(tmp_path):
    """A course root (configuration and masters, nothing generated) with empty submission folders: lesson 01
    from every student of CLASS but tony, lesson 02 from tony and ada; and a folder that is not a submission."""
    course = Course(tmp_path, [STEM])
    for student in CLASS[:-1]:
        (course.root / "submitted" / student / STEM).mkdir(parents=True)
    for student in ("tony", "ada"):
        (course.root / "submitted" / student / "02_shallow_network").mkdir(parents=True)
    (course.root / "submitted" / "nobody").mkdir()  # no assignment folder: not listed
    return course


def _found(root, assignments, shard=None, students=None):
    from nbgrader.coursedir import CourseDirectory

    from autograder.parallel import find_submissions

    return find_submissions(CourseDirectory(root=str(root)), assignments, students, shard)[0]


def test_list_students_prints_the_class_or_a_shard_and_grades_nothing(folders):
    root, second = folders.root, "02_shallow_network"
    everyone = _dlnp(root, "autograde", STEM, second, "--list-students")
    assert everyone.returncode == 0, everyone.stdout + everyone.stderr
    # in grading order: lesson 01's students, then those who only submitted lesson 02; each once
    assert everyone.stdout.split() == CLASS[:-1] + ["tony"]
    for k in range(3):
        shard = _dlnp(root, "autograde", STEM, second, "--list-students", "--shard", f"{k}/3")
        assert shard.returncode == 0, shard.stdout + shard.stderr
        assert shard.stdout.split() == [s for s in CLASS[:-1] + ["tony"] if _shard(s, 3) == k]
    assert not (root / "gradebook.db").exists() and not (root / "autograded").exists()


@pytest.mark.parametrize("spec", ["4/4", "-1/4", "0/0", "1", "a/b", "1/2/3", "1_0/20", "$(JOB_COMPLETION_INDEX)/4", ""])
def test_a_bad_shard_is_refused(spec):
    from autograder.parallel import parse_shard

    with pytest.raises(ValueError, match=r"^--shard takes K/N with 0 <= K < N, e.g. 0/4 \(got "):
        parse_shard(spec)


def test_a_bad_shard_is_one_line(folders):
    for args in (["--shard", "4/4"], ["--shard=-1/4"]):
        result = _dlnp(folders.root, "autograde", STEM, *args, "--list-students")
        assert result.returncode == 2 and not result.stdout
        spec = args[-1].removeprefix("--shard=")
        assert result.stderr == f"dlnp: --shard takes K/N with 0 <= K < N, e.g. 0/4 (got {spec!r})\n"


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_shards_partition_the_class(folders, n):
    assignments = [STEM, "02_shallow_network"]
    everything = _found(folders.root, assignments)
    shards = [_found(folders.root, assignments, (k, n)) for k in range(n)]
    assert sorted(sum(shards, [])) == sorted(everything)  # union: every submission, none twice
    for k, shard in enumerate(shards):
        assert all(_shard(student, n) == k for _, student in shard)
    # a student's submissions of both assignments are in one shard
    assert sum(("02_shallow_network", "ada") in shard and (STEM, "ada") in shard for shard in shards) == 1


def test_shards_are_stable_when_students_come_and_go(folders):
    before = {k: _found(folders.root, [STEM], (k, 4)) for k in range(4)}
    (folders.root / "submitted" / "zoe" / STEM).mkdir(parents=True)
    shutil.rmtree(folders.root / "submitted" / "grace")
    after = {k: _found(folders.root, [STEM], (k, 4)) for k in range(4)}
    for k in range(4):
        assert [s for s in after[k] if s[1] != "zoe"] == [s for s in before[k] if s[1] != "grace"]
    assert sum((STEM, "zoe") in after[k] for k in range(4)) == 1


def test_a_student_asked_for_outside_the_shard_is_not_missing(folders):
    """--student alan --shard K/N on the task whose shard alan is not in: nothing to grade, nothing failed."""
    from nbgrader.coursedir import CourseDirectory

    from autograder.parallel import find_submissions

    coursedir = CourseDirectory(root=str(folders.root))
    other = (_shard("alan", 2) + 1) % 2
    found, missing = find_submissions(coursedir, [STEM], ["alan", "zed"], (other, 2))
    assert found == []
    # zed has no submission: reported by the one task whose shard zed is in
    assert [o.student for o in missing] == (["zed"] if _shard("zed", 2) == other else [])
    found, missing = find_submissions(coursedir, [STEM], ["alan"], (_shard("alan", 2), 2))
    assert found == [(STEM, "alan")] and missing == []


def test_one_shard_grades_exactly_its_students(template, tmp_path_factory):
    """A class of four, two shards: the task of shard 0 grades its two students and nobody else."""
    from nbgrader.api import MissingEntry

    course = _copy(template, tmp_path_factory, "shard")
    course.submit("fourth", STEM, solved(course.release(STEM), course.master(STEM)))
    students = STUDENTS + ["fourth"]
    mine = [s for s in students if _shard(s, 2) == 0]
    assert 0 < len(mine) < len(students)
    listed = _dlnp(course.root, "autograde", STEM, "--shard", "0/2", "--list-students")
    assert listed.stdout.split() == sorted(mine)
    result = _dlnp(course.root, "autograde", STEM, "--shard", "0/2", "--jobs", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(mine)} submissions: {len(mine)} graded, 0 flagged, 0 failed, 0 skipped" in result.stdout
    with course.gradebook() as gb:
        for student in students:
            if student in mine:
                assert gb.find_submission(STEM, student).notebooks, student
            else:
                with pytest.raises(MissingEntry):
                    gb.find_submission(STEM, student)
    for student in students:
        assert _marker(course, student).is_file() == (student in mine)
        assert (course.root / "autograded" / student).exists() == (student in mine)

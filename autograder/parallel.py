"""Grade a whole class in parallel: ``dlnp autograde ASSIGNMENT [ASSIGNMENT...] [--jobs N] [--student ID ...]
[--force] [--timeout SECONDS] [--table] [--shard K/N] [--list-students]``.

Run from the course root, like ``nbgrader autograde``. Each worker process loads nbgrader and the course's
configuration once and then grades one submission after another through nbgrader's own Python API
(``NbGraderAPI.autograde``), so the result in the gradebook and in ``autograded/`` is what ``nbgrader
autograde ASSIGNMENT --student ID`` gives, without paying nbgrader's start-up for every student.

The gradebook stays consistent:
- it is opened (and created if needed) once by the main process before any worker starts, so workers never
  race to create tables; the assignments must already be in it (``nbgrader generate_assignment``). After
  that the main process never opens it again, so a gradebook held locked cannot stall it;
- workers only touch the rows of their own submissions, and sqlite serialises their writes with its file
  lock: every connection a worker opens waits up to ``LOCK_WAIT`` seconds for the lock instead of failing
  at once, and a submission that still meets "database is locked" is graded again (nbgrader has removed
  its partial output, and its gradebook writes are updates of the same rows, so grading twice is safe).

A submission counts as graded only when its completion marker says so: ``autograded/.dlnp/<assignment>/
<student>.json``, written by the worker (atomically) after nbgrader's autograde returned successfully and
the grades were read back from the gradebook. It sits outside every student's ``autograded/<student>/``
folder because nbgrader copies every file of a submission there (a submitted file must not pose as a
marker), and it is a dot-folder, which nbgrader's globs over ``autograded/*/`` never match. Without
``--force``, a submission whose ``autograded/`` folder exists without a marker (a run killed midway) is
graded again with force; one with a marker is left to nbgrader, which skips it unless the submission is
newer. The marker is removed before a submission is graded again, so a run killed then grades it anew.

Nothing one submission does stops the others:
- every worker is the leader of its own session and process group (so the terminal's Ctrl-C reaches only
  the main process), ignores the terminating signals student code could send it, dies with the main
  process, and is a "child subreaper" so that what its children start stays in its process tree;
- each submission has a wall-clock budget (``--timeout``, ``DEFAULT_TIMEOUT``): past it, or when its
  worker was stopped (SIGSTOP) and so never answers, the main process kills the worker's whole process
  tree (the worker's group and every descendant, kernels included), starts a replacement and reports the
  submission as failed: "took longer than N s";
- a worker that dies (a crash, the out-of-memory killer, a signal) is replaced and its submission graded
  once more with ``force``; a second death is reported as failed ("worker died"), and its partial
  ``autograded/`` folder is removed, as nbgrader does after a failure;
- the main process takes SIGINT, SIGTERM, SIGHUP and SIGQUIT itself (blocked, and read with
  ``sigwaitinfo`` to know who sent them) and ignores SIGUSR1, SIGUSR2 and SIGALRM: a stop signal sent by the
  kernel (the instructor's terminal) or by a process outside the workers' process trees stops the run
  cleanly (workers killed, the table printed, exit status 130); one sent from inside a worker's tree
  (student code) is ignored and logged. Without the OS sandbox student code can still signal the main
  process from a process it detached; with it, it cannot see it at all.

nbgrader warns "Attribute 'checksum' for cell X has changed!" for every test cell of every honest
submission of this course: the gradebook keeps the master's test cell, whose source holds the hidden
``grade(...)`` line the release lacks (OverwriteCells compares the submitted cell's checksum with the
master's, then restores the master's source). Those warnings are left out of what is relayed; a locked
cell whose submitted source differs from the release's, or which is missing, is real tampering and the
submission is flagged ("test cell edited (restored before grading)").

Over several machines, ``--shard K/N`` grades the K-th of N shares of the class (K from 0, so a Kubernetes
indexed Job's ``JOB_COMPLETION_INDEX`` or a Slurm array's ``SLURM_ARRAY_TASK_ID`` is K as it is): a student
belongs to shard ``int(sha256(student id).hexdigest(), 16) % N`` (see ``shard_of``), the same on every machine
and in every run, whatever the other students, so all of one student's submissions are graded by one task and
no two tasks touch the same gradebook rows. ``--list-students`` prints the students a run would grade, in
order, and grades nothing. Recipes: deploy/.

The run ends with a table: counts per status (graded, flagged, failed, skipped) and a row for every
submission not plainly graded (all rows with ``--table``): status, score/max, seconds, reason. The exit
status is 0 only when nothing failed.
"""
import argparse
import fnmatch
import glob
import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import signal
import sys
import threading
import time
import types
from collections import deque
from dataclasses import dataclass, field

# Seconds an sqlite connection of a worker waits for another process's write to finish.
LOCK_WAIT = 120
# Attempts at a submission that keeps meeting "database is locked" before it is reported as failed.
LOCKED_ATTEMPTS = 4
# Attempts at a submission whose worker process died.
WORKER_ATTEMPTS = 2
# Seconds of wall-clock time one submission may take, everything included (--timeout). An honest submission
# takes seconds (the six solved lessons run top to bottom in 29 s together; nbgrader adds a few seconds
# each). The grader's own budget per submission (GradeOutOfProcess.budget, 600 s) stops a slow feedback run
# and flags the submission with its grades kept; this limit is the backstop for what that cannot stop (a
# stopped or wedged worker), so it leaves that budget room to act first, while a stuck worker costs fifteen
# minutes at most, not the class.
DEFAULT_TIMEOUT = 900
# Where the completion markers live, relative to the autograded folder: <MARKERS>/<assignment>/<student>.json
MARKERS = ".dlnp"
# Signals of the instructor's terminal or job scheduler, read by the main process itself.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
# Signals whose default would end the main process and which it has no use for: ignored there.
MAIN_IGNORES = (signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM)
# Terminating signals a worker ignores (student code without the OS sandbox could send them).
WORKER_IGNORES = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2,
                  signal.SIGALRM, signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU)
# Used only by the tests, to kill a worker the way a crash would: a comma-separated list of "STUDENT" (the
# worker grading that student exits abruptly after nbgrader has written the grades and before the result
# reaches the main process, at every attempt) or "STUDENT:PATH" (the same, but only while PATH does not
# exist; it is created first: the worker dies once).
TEST_EXIT_HOOK = "DLNP_AUTOGRADE_TEST_EXIT"
# Used only by the tests: a comma-separated list of students whose worker stops itself (SIGSTOP) before
# grading them, as student code without the OS sandbox could.
TEST_STOP_HOOK = "DLNP_AUTOGRADE_TEST_STOP"


# --- start-up --------------------------------------------------------------------------------------------

def defer_rfc3987_syntax():
    """Make ``import jsonschema`` (done by nbformat, hence by nbgrader) skip building the IRI grammar.

    jupyter-events requires ``jsonschema[format-nongpl]``, which brings in ``rfc3987-syntax``; jsonschema
    imports it when it is itself imported, to offer the "iri" string formats, and ``rfc3987_syntax``
    compiles three Earley parsers from its Lark grammar at import: over a second for every process that
    imports nbformat. Grading never validates an "iri" format, so this installs a stand-in module whose
    ``is_valid_syntax`` imports the real package the first time it is called: validation, if it ever
    happens, behaves as before. Only this process is affected, nothing installed is changed.
    Returns True if the stand-in was installed (it is not if jsonschema or the package is already
    imported, or the package is not installed: then there is nothing to defer).
    """
    name = "rfc3987_syntax"
    if name in sys.modules or "jsonschema" in sys.modules or importlib.util.find_spec(name) is None:
        return False

    def real():
        if isinstance(sys.modules.get(name), _Deferred):
            del sys.modules[name]
        return importlib.import_module(name)

    class _Deferred(types.ModuleType):
        def __getattr__(self, attribute):  # anything but is_valid_syntax: the real module's
            if attribute.startswith("__"):  # the import machinery probing (__path__, __spec__...)
                raise AttributeError(attribute)
            return getattr(real(), attribute)

    module = _Deferred(name, "stand-in for rfc3987_syntax, imported on first use")

    def is_valid_syntax(term, value):
        return real().is_valid_syntax(term, value)

    module.is_valid_syntax = is_valid_syntax
    sys.modules[name] = module
    return True


def load_configuration():
    """nbgrader's configured application for the course root in the working directory.

    The configuration is found and loaded exactly as ``nbgrader autograde`` does it (Jupyter's config
    paths, the working directory, then the course root's ``nbgrader_config.py``).
    """
    from nbgrader.apps.autogradeapp import AutogradeApp

    app = AutogradeApp()
    app.initialize([])
    return app


# --- what to grade ---------------------------------------------------------------------------------------

SHARD_USAGE = "--shard takes K/N with 0 <= K < N, e.g. 0/4"


def shard_of(student, shards):
    """The shard (0 .. shards-1) a student's submissions belong to: the student id's SHA-256 modulo the number
    of shards. It depends on the id alone (not on the machine, Python's hash seed or the other students)."""
    return int(hashlib.sha256(student.encode("utf-8")).hexdigest(), 16) % shards


def parse_shard(spec):
    """(K, N) from "K/N" with 0 <= K < N; ValueError (SHARD_USAGE and what was given) otherwise."""
    match = re.fullmatch(r"([0-9]+)/([0-9]+)", str(spec).strip())
    if not match or not 0 <= int(match[1]) < int(match[2]):
        raise ValueError(f"{SHARD_USAGE} (got {spec!r})")
    return int(match[1]), int(match[2])


@dataclass
class Outcome:
    """What became of one submission. status is "graded", "flagged" (graded, but nbgrader reported errors
    or a locked cell was tampered with: review it), "skipped" (graded before) or "failed" (no grade);
    message says why it failed or was flagged, notes are nbgrader's error lines and the tampering found,
    log is nbgrader's whole log of a failed one."""
    assignment: str
    student: str
    status: str = "failed"
    seconds: float = 0.0
    attempts: int = 0
    message: str = ""
    notes: list = field(default_factory=list)
    log: str = ""
    score: float = None
    max_score: float = None


@dataclass
class Summary:
    """The outcome of every submission, the wall time and the number of workers."""
    outcomes: list
    seconds: float
    jobs: int
    deaths: int = 0  # worker processes that died while grading a submission
    timeouts: int = 0  # workers killed at the time limit
    stopped: str = ""  # the signal that stopped the run, if one did
    ignored: list = field(default_factory=list)  # signals from grading processes that were ignored
    unstarted: int = 0  # submissions not started because the run was stopped

    def of(self, status):
        return [o for o in self.outcomes if o.status == status]

    @property
    def failed(self):
        return self.of("failed")

    @property
    def graded(self):
        return self.of("graded")

    @property
    def flagged(self):
        return self.of("flagged")

    @property
    def skipped(self):
        return self.of("skipped")


def find_submissions(coursedir, assignments, students=None, shard=None):
    """[(assignment, student)] for every submission in the submitted folder, and [Outcome] for the
    students asked for by exact id who have no submission of an assignment.

    ``students`` are ids or glob patterns, as nbgrader's ``--student``; ``student_id_exclude`` is honoured.
    ``shard`` (K, N), if given, keeps only the students of shard K of N (``shard_of``).
    """
    patterns = list(students) if students else ["*"]
    excluded = {s for s in coursedir.student_id_exclude.split(",") if s}

    def mine(student):
        return shard is None or shard_of(student, shard[1]) == shard[0]

    found, missing = [], []
    for assignment in assignments:
        pattern = re.compile(coursedir.format_path(coursedir.submitted_directory, "(?P<student>[^/]+)",
                                                   re.escape(assignment), escape=True) + "$")
        present = set()
        for path in sorted(glob.glob(coursedir.format_path(coursedir.submitted_directory, "*", assignment))):
            match = pattern.match(path)
            if match and os.path.isdir(path):
                present.add(match["student"])
        for student in sorted(present):
            if student not in excluded and mine(student) and any(fnmatch.fnmatchcase(student, p) for p in patterns):
                found.append((assignment, student))
        for p in patterns:
            if not any(ch in p for ch in "*?[") and p not in present and mine(p):
                folder = os.path.relpath(coursedir.format_path(coursedir.submitted_directory, p, assignment))
                missing.append(Outcome(assignment, p, message=f"no submission ({folder}/ does not exist)"))
    return found, missing


def check_gradebook(app, assignments, students=(), maxima=None):
    """Create the gradebook if needed, make sure every assignment is in it (returns the missing ones) and
    add the ``students`` it does not know yet; ``maxima`` (a dict), if given, receives each assignment's
    maximum score.

    Done once here, before any worker starts: workers never race to create the database, and two workers
    grading one new student's two assignments never both try to add the student (the second would fail
    on the unique student id).
    """
    from nbgrader.api import Gradebook, MissingEntry

    gradebook = Gradebook(app.coursedir.db_url, app.coursedir.course_id)
    try:
        missing = []
        for assignment in assignments:
            try:
                found = gradebook.find_assignment(assignment)
                if maxima is not None:
                    maxima[assignment] = found.max_score
            except MissingEntry:
                missing.append(assignment)
        if not missing:
            for student in sorted(set(students)):
                try:
                    gradebook.find_student(student)
                except MissingEntry:
                    gradebook.add_student(student)
        return missing
    finally:
        gradebook.close()
        # forked workers must not inherit this process's open sqlite connections
        gradebook.engine.dispose()


# --- completion markers and what a submission did to its locked cells --------------------------------------

def marker_path(coursedir, assignment, student):
    """The completion marker of a submission: autograded/.dlnp/<assignment>/<student>.json."""
    folder = coursedir.format_path(coursedir.autograded_directory, MARKERS, assignment)
    return os.path.join(folder, f"{student}.json")


def read_marker(path):
    """The marker's content, or None if there is none (or it is not a marker this module wrote)."""
    try:
        with open(path, encoding="utf-8") as f:
            content = json.load(f)
    except (OSError, ValueError):
        return None
    return content if isinstance(content, dict) and content.get("graded") else None


def _write_marker(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = f"{path}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(content, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, path)  # atomic: a marker is whole or absent


def _remove(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


class UnreadableSubmission(Exception):
    """A submission nbgrader would fail on or silently score 0: a notebook missing, renamed, or not a notebook."""


def inspect_submission(coursedir, assignment, student):
    """Compare the submission's locked cells (its test cells among them) with the release's.

    Returns (tampering, unchanged): tampering is a list of plain-words findings ("test cell edited (restored
    before grading): propagate-test"), unchanged the ids of the locked cells whose source is the release's.
    nbgrader restores every locked cell from the gradebook's master copy, so tampering costs no grade; it
    is reported for review. Raises UnreadableSubmission if a submitted notebook cannot be read.
    """
    import nbformat

    release = coursedir.format_path(coursedir.release_directory, ".", assignment)
    submitted = coursedir.format_path(coursedir.submitted_directory, student, assignment)
    expected = sorted(os.path.basename(p) for p in glob.glob(os.path.join(release, "*.ipynb")))
    present = sorted(os.path.basename(p) for p in glob.glob(os.path.join(submitted, "*.ipynb")))
    for name in expected:
        if name not in present:
            holds = ", ".join(present) if present else "no notebook"
            raise UnreadableSubmission(f"{name} is missing (the folder holds {holds}; a renamed notebook is not"
                                       f" graded: rename it back to {name})")
    edited, deleted, unchanged = {}, {}, set()
    for path in sorted(glob.glob(os.path.join(submitted, "*.ipynb"))):
        name = os.path.basename(path)
        try:
            notebook = nbformat.read(path, as_version=4)
            cells = {c.metadata["nbgrader"]["grade_id"]: c for c in notebook.cells
                     if isinstance(c.get("metadata", {}).get("nbgrader"), dict)
                     and c.metadata["nbgrader"].get("grade_id")}
        except Exception as exc:  # anything a broken file makes nbformat raise
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
            raise UnreadableSubmission(f"{name}: {first}") from None
        try:
            original = nbformat.read(os.path.join(release, name), as_version=4)
        except Exception:  # not a notebook of the release: nbgrader ignores it
            continue
        for cell in original.cells:
            meta = cell.metadata.get("nbgrader", {})
            if not (meta.get("locked") and meta.get("grade_id")) or meta.get("solution"):
                continue
            kind = "test cell" if meta.get("grade") else "locked cell"
            mine = cells.get(meta["grade_id"])
            if mine is None:
                deleted.setdefault(kind, []).append(meta["grade_id"])
            elif mine.get("source", "") != cell.source:
                edited.setdefault(kind, []).append(meta["grade_id"])
            else:
                unchanged.add(meta["grade_id"])
    tampering = [f"{kind} {what} (restored before grading): {', '.join(ids)}"
                 for what, found in (("edited", edited), ("deleted", deleted)) for kind, ids in sorted(found.items())]
    return tampering, unchanged


_CHECKSUM = re.compile(r"^\[WARNING\] Attribute 'checksum' for cell (\S+) has changed!")
CHECKSUM_NOTE = ("nbgrader's \"Attribute 'checksum' for cell ... has changed!\" warnings about unedited test cells"
                 " are not shown: every release test cell lacks the master's hidden grade(...) line, so nbgrader"
                 " reports them for every submission; cells a student really edited are listed as such.")


def filter_log(log, unchanged):
    """nbgrader's log without the checksum warnings about locked cells the student did not edit; and how
    many were left out."""
    kept, dropped = [], 0
    for line in log.splitlines():
        match = _CHECKSUM.match(line)
        if match and match[1] in unchanged:
            dropped += 1
        else:
            kept.append(line)
    return "\n".join(kept) + ("\n" if log.endswith("\n") else ""), dropped


# --- the workers -----------------------------------------------------------------------------------------

def _wait_for_sqlite_locks():
    """Every sqlite connection opened in this process waits for another process's write lock."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "connect")
    def _busy_timeout(dbapi_connection, _record):
        if isinstance(dbapi_connection, sqlite3.Connection):
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT * 1000)}")
            cursor.close()


def _quiet(app):
    """The worker's nbgrader log goes only to the per-submission buffer the API captures (workers
    writing to one terminal at once would interleave); the main process prints what matters."""
    for handler in list(app.log.handlers):
        app.log.removeHandler(handler)
    app.log.propagate = False


def _prctl(option, value):
    """prctl(2) on Linux; nothing elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    try:
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _become_worker(parent):
    """Make this process a worker that nothing but the main process ends: the leader of its own session
    and process group (the terminal's signals go to the main process alone, and the main process ends the
    whole group at once), deaf to the terminating signals student code could send it, dead when the main
    process dies, and the reaper of whatever its children leave behind (so it all stays in its tree)."""
    try:
        os.setsid()
    except OSError:  # already a session leader
        pass
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # blocked in the main process

    def ignore(signum, _frame):
        pass

    for sig in WORKER_IGNORES:
        signal.signal(sig, ignore)  # a handler, not SIG_IGN: the kernels it starts get the defaults back
    _prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    _prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    if os.getppid() != parent:  # the main process died before the line above
        os._exit(0)


def _reap_orphans():
    """Collect the exited processes re-parented to this worker (it is their subreaper)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _test_exit_hook(student):
    """The worker dies here when the tests ask for it (see TEST_EXIT_HOOK); a no-op otherwise."""
    for entry in filter(None, os.environ.get(TEST_EXIT_HOOK, "").split(",")):
        target, _, marker = entry.partition(":")
        if target != student:
            continue
        if marker:
            try:
                open(marker, "x").close()
            except FileExistsError:
                continue
        os._exit(70)


def _test_stop_hook(student):
    if student in os.environ.get(TEST_STOP_HOOK, "").split(","):
        os.kill(os.getpid(), signal.SIGSTOP)


def _grade_one(api, assignment, student, force):
    """Autograde one submission through nbgrader's API; a locked gradebook is waited out and retried."""
    for attempt in range(1, LOCKED_ATTEMPTS + 1):
        result = api.autograde(assignment, student, force=force)
        text = result.get("log", "") + result.get("error", "")
        if result["success"] or "database is locked" not in text or attempt == LOCKED_ATTEMPTS:
            return result
        # nbgrader removed the partial output; once it has graded a submission, regrading needs force
        force = True
        time.sleep(random.uniform(0.5, 2.0) * attempt)  # apart, so the workers do not collide again
    return result


def flag_in_gradebook(coursedir, assignment, student):
    """Record a submission that could not be graded as flagged, so formgrader and the gradebook show it for
    review instead of a silent 0 (its notebooks get no grades)."""
    from nbgrader.api import Gradebook

    try:
        with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
            submission = gradebook.update_or_create_submission(assignment, student)
            for notebook in submission.notebooks:
                notebook.flagged = True
            gradebook.db.commit()
    except Exception:  # the table and the exit status still say it failed
        pass


def _scores(coursedir, assignment, student):
    """The submission's score and maximum, read back from the gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        submission = gradebook.find_submission(assignment, student)
        return float(submission.score), float(submission.max_score)


def grade_submission(api, coursedir, assignment, student, force, had_marker):
    """Grade one submission in a worker; a dict saying how it went (see _outcome)."""
    _test_stop_hook(student)
    marker = marker_path(coursedir, assignment, student)
    previous = read_marker(marker) if had_marker else None
    _remove(marker)  # from here until a new marker is written, the submission counts as not graded
    try:
        tampering, unchanged = inspect_submission(coursedir, assignment, student)
    except UnreadableSubmission as exc:
        flag_in_gradebook(coursedir, assignment, student)
        return {"success": False, "reason": f"could not be read: {exc}"}
    result = _grade_one(api, assignment, student, force)
    log, dropped = filter_log(result.get("log", ""), unchanged)
    report = {"success": result["success"], "log": log, "error": result.get("error", ""), "tampering": tampering,
              "checksum_warnings": dropped}
    if not result["success"]:
        return report
    if "Skipping existing assignment" in log:
        report["skipped"] = True
        if previous is None:  # graded before by nbgrader itself
            score, max_score = _scores(coursedir, assignment, student)
            previous = {"graded": True, "assignment": assignment, "student": student, "score": score,
                        "max_score": max_score}
        _write_marker(marker, previous)
        report.update(score=previous.get("score"), max_score=previous.get("max_score"))
        return report
    report["score"], report["max_score"] = _scores(coursedir, assignment, student)
    _test_exit_hook(student)
    notes = [line for line in log.splitlines() if line.startswith(("[ERROR]", "[CRITICAL]"))]
    _write_marker(marker, {"graded": True, "assignment": assignment, "student": student, "score": report["score"],
                           "max_score": report["max_score"], "flagged": bool(notes or tampering),
                           "notes": tampering + notes, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
    return report


def _work(conn, app, parent):
    """A worker's life: grade the submissions it is sent, one at a time, until it is sent None.

    ``app`` is the configured nbgrader application inherited from the main process (None: load it here).
    """
    _become_worker(parent)
    if app is None:  # a fresh interpreter (no fork): defer as the main process did, then configure
        defer_rfc3987_syntax()
        app = load_configuration()
    from nbgrader.apps import NbGraderAPI

    _wait_for_sqlite_locks()
    _quiet(app)
    api = NbGraderAPI(coursedir=app.coursedir, parent=app)
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the main process is gone
            return
        if task is None:
            return
        assignment, student, force, had_marker = task
        start = time.monotonic()
        try:
            report = grade_submission(api, app.coursedir, assignment, student, force, had_marker)
        except Exception as exc:  # nbgrader's API catches its own errors; anything else is reported too
            report = {"success": False, "error": f"{type(exc).__name__}: {exc}"}
        report["seconds"] = time.monotonic() - start
        conn.send(report)
        _reap_orphans()


def _descendants(pid):
    """Every process descended from ``pid`` (Linux: read from /proc; elsewhere none)."""
    children = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def _signal(pid, sig, group=False):
    try:
        (os.killpg if group else os.kill)(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def kill_tree(pid):
    """Kill a worker, its process group and every process descended from it (kernels start sessions of
    their own): all are stopped first, so that none starts another while the tree is read, then killed."""
    _signal(pid, signal.SIGSTOP)
    stopped = set()
    for _ in range(20):
        new = [p for p in _descendants(pid) if p not in stopped]
        if not new:
            break
        for p in new:
            _signal(p, signal.SIGSTOP)
        stopped.update(new)
    _signal(pid, signal.SIGKILL, group=True)
    _signal(pid, signal.SIGKILL)
    for p in stopped:
        _signal(p, signal.SIGKILL)


class _Worker:
    """One worker process, its end of the pipe, and the submission it is grading (if any)."""

    def __init__(self, context, app):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, app, os.getpid()), daemon=True)
        self.process.start()
        child.close()  # only the worker holds its end now, so its death shows here as the end of the pipe
        self.task = None
        self.started = None

    def send(self, task):
        """Hand the worker a submission; False if it is already gone."""
        try:
            self.conn.send(task)
        except (OSError, ValueError):
            self.reap()
            return False
        self.task = task
        self.started = time.monotonic()
        return True

    def reap(self):
        """Collect a worker that died (or whose pipe broke: then it is killed first)."""
        self.process.join(5)
        if self.process.is_alive():
            self.kill()
        self.conn.close()

    def kill(self):
        kill_tree(self.process.pid)
        self.process.join()
        self.conn.close()

    def exit_reason(self):
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}"

    def stop(self):
        """Tell an idle worker to finish, and make sure it does."""
        if self.process.is_alive():
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.process.join(10)
        self.reap()


class _Signals:
    """The main process's SIGINT, SIGTERM, SIGHUP and SIGQUIT, blocked and read by a thread that knows who
    sent them.

    One from the kernel (the terminal: Ctrl-C, a closed terminal) or from a process outside the workers'
    trees (the instructor's kill, a job scheduler) stops the run: ``stop`` names it and ``fd`` becomes
    readable. One sent from inside a worker's tree (student code without the OS sandbox) is ignored.
    """

    def __init__(self):
        self.workers = set()  # pids of every worker started
        self.stop = ""
        self.ignored = []
        self.fd, self._write = os.pipe()
        self._mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        self._handlers = {sig: signal.signal(sig, signal.SIG_IGN) for sig in MAIN_IGNORES}
        threading.Thread(target=self._read, daemon=True).start()

    def _from_worker(self, pid):
        try:
            if os.getsid(pid) in self.workers:
                return True
        except OSError:
            return False
        for _ in range(64):  # its ancestors
            if pid in self.workers:
                return True
            try:
                with open(f"/proc/{pid}/stat", "rb") as f:
                    stat = f.read()
                pid = int(stat[stat.rindex(b")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                return False
            if pid <= 1:
                return False
        return False

    def _read(self):
        while True:
            info = signal.sigwaitinfo(STOP_SIGNALS)
            name = signal.Signals(info.si_signo).name
            if info.si_pid and self._from_worker(info.si_pid):
                self.ignored.append(f"{name} from process {info.si_pid}")
                continue
            if not self.stop:
                self.stop = name
                os.write(self._write, b"!")

    def close(self):
        signal.pthread_sigmask(signal.SIG_SETMASK, self._mask)
        for sig, handler in self._handlers.items():
            signal.signal(sig, handler)


def _outcome(assignment, student, report, attempts):
    seconds = report.get("seconds", 0.0)
    log = report.get("log", "")
    if not report["success"]:
        text = log + "\n" + report.get("error", "")
        message = report.get("reason") or _reason(text)
        return Outcome(assignment, student, "failed", seconds, attempts, message, log=text.strip())
    score, max_score = report.get("score"), report.get("max_score")
    if report.get("skipped"):
        return Outcome(assignment, student, "skipped", seconds, attempts, score=score, max_score=max_score)
    # e.g. a notebook that did not run to the end, or a test cell edited: graded, but flagged for review
    notes = report.get("tampering", []) + [line for line in log.splitlines()
                                           if line.startswith(("[ERROR]", "[CRITICAL]"))]
    return Outcome(assignment, student, "flagged" if notes else "graded", seconds, attempts,
                   notes[0] if notes else "", notes=notes, score=score, max_score=max_score)


_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Entry|Exit|Interrupt)\b")
_GENERIC = ("NbGraderException", "There was an error processing", "Please see the")


def _reason(text):
    """The line of nbgrader's log that says what went wrong: the last exception other than nbgrader's
    closing "see the traceback above", else the last error message."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    exceptions = [line for line in lines if _EXCEPTION_LINE.match(line) and not any(g in line for g in _GENERIC)]
    errors = [line for line in lines if line.startswith("[ERROR]") and not any(g in line for g in _GENERIC)]
    return (exceptions or errors or lines or ["no message"])[-1]


def list_students(assignments, students=None, shard=None):
    """The students with a submission of ``assignments`` that ``grade_class`` would grade (``students`` and
    ``shard`` as there), each once, in the order their first submission is graded. Opens no gradebook."""
    defer_rfc3987_syntax()
    coursedir = load_configuration().coursedir
    found, _ = find_submissions(coursedir, assignments, students, shard)
    return list(dict.fromkeys(student for _, student in found))


def grade_class(assignments, students=None, jobs=None, force=False, progress=None, timeout=DEFAULT_TIMEOUT,
                shard=None):
    """Autograde every submission of ``assignments`` (optionally only ``students``) with ``jobs`` workers.

    Arguments:
    assignments -- assignment ids, e.g. ["01_logistic_regression"]
    students -- student ids or glob patterns (default: every submission)
    jobs -- worker processes (default: os.cpu_count()); never more than there are submissions
    force -- regrade submissions that were graded before (otherwise those with a completion marker are
             left to nbgrader, which skips them unless the submission is newer)
    progress -- called with each Outcome as it is known
    timeout -- seconds one submission may take, all included, before its worker is killed
    shard -- (K, N): grade only the students of shard K of N (see shard_of)

    Returns a Summary. Raises LookupError if an assignment is not in the gradebook.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    start = time.monotonic()
    defer_rfc3987_syntax()  # before anything imports nbformat; forked workers inherit it
    app = load_configuration()
    coursedir = app.coursedir
    tasks, outcomes = find_submissions(coursedir, assignments, students, shard)
    maxima = {}
    _wait_for_sqlite_locks()  # a gradebook held locked is waited for (LOCK_WAIT), as in the workers
    unknown = check_gradebook(app, assignments, [student for _, student in tasks], maxima)
    if unknown:
        raise LookupError(f"not in the gradebook: {', '.join(unknown)} (run nbgrader generate_assignment first)")
    report = progress or (lambda outcome: None)
    for outcome in outcomes:
        report(outcome)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))
    pending = deque()
    for assignment, student in tasks:
        graded_before = os.path.isdir(coursedir.format_path(coursedir.autograded_directory, student, assignment))
        marked = read_marker(marker_path(coursedir, assignment, student)) is not None
        # a folder without a marker is what a killed run leaves: grade it again, over what is there
        pending.append((assignment, student, force or (graded_before and not marked), marked and graded_before))
    attempts = {(a, s): 0 for a, s in tasks}
    summary = Summary(outcomes, 0.0, jobs)

    # fork: workers start with nbgrader, the configuration and the grader already imported; elsewhere
    # each worker loads them itself
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    sys.stdout.flush()
    sys.stderr.flush()
    signals = _Signals()

    def new_worker():
        worker = _Worker(context, app if fork else None)
        signals.workers.add(worker.process.pid)
        return worker

    def finished(outcome):
        outcomes.append(outcome)
        report(outcome)

    workers = []
    try:
        workers = [new_worker() for _ in range(jobs if tasks else 0)]
        while (pending or any(w.task for w in workers)) and not signals.stop:
            for worker in workers:
                if worker.task is None and pending:
                    task = pending.popleft()
                    if worker.send(task):
                        attempts[task[:2]] += 1
                    else:  # the worker is gone before it started on it: not an attempt
                        pending.appendleft(task)
            busy = [w for w in workers if w.task]
            now = time.monotonic()
            left = min((w.started + timeout - now for w in busy), default=None)
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy] + [signals.fd],
                             None if left is None else max(0.0, left)))
            if signals.stop:
                break
            now = time.monotonic()
            for worker in busy:
                assignment, student = worker.task[:2]
                key = (assignment, student)
                if not ready & {worker.conn, worker.process.sentinel}:
                    if now - worker.started >= timeout:  # running too long, or stopped (SIGSTOP)
                        worker.kill()
                        worker.task = None
                        summary.timeouts += 1
                        _remove_partial_output(coursedir, assignment, student)
                        finished(Outcome(assignment, student, "failed", now - worker.started, attempts[key],
                                         f"took longer than {timeout:g} s", max_score=maxima.get(assignment)))
                    continue
                try:
                    message = worker.conn.recv() if worker.conn.poll() else None
                except (EOFError, OSError):  # the worker died: its end of the pipe is closed
                    message = None
                if message is not None:
                    outcome = _outcome(assignment, student, message, attempts[key])
                    if outcome.max_score is None:
                        outcome.max_score = maxima.get(assignment)
                    finished(outcome)
                    worker.task = None
                    continue
                worker.reap()
                worker.task = None
                summary.deaths += 1
                if attempts[key] < WORKER_ATTEMPTS:
                    # first in line, and with force: the dead worker may have left grades and files behind
                    pending.appendleft((assignment, student, True, False))
                else:
                    _remove_partial_output(coursedir, assignment, student)
                    finished(Outcome(assignment, student, "failed", 0.0, attempts[key],
                                     f"worker died twice ({worker.exit_reason()})", max_score=maxima.get(assignment)))
            # dead workers are replaced while there is work left
            survivors = []
            for worker in workers:
                if worker.process.is_alive() or worker.task:
                    survivors.append(worker)
                else:
                    worker.reap()
            while pending and len(survivors) < jobs:
                survivors.append(new_worker())
            workers = survivors
    finally:
        if signals.stop:
            summary.stopped = signals.stop
            for worker in workers:
                if worker.task:
                    assignment, student = worker.task[:2]
                    worker.kill()
                    finished(Outcome(assignment, student, "failed", time.monotonic() - worker.started,
                                     attempts[(assignment, student)], f"the run was stopped ({signals.stop})",
                                     max_score=maxima.get(assignment)))
                    worker.task = None
            summary.unstarted = len(pending)
        for worker in workers:
            if worker.task:  # an exception in this loop: nothing may keep running
                worker.kill()
            else:
                worker.stop()
        signals.close()
        summary.ignored = signals.ignored
    summary.seconds = time.monotonic() - start
    return summary


def _remove_partial_output(coursedir, assignment, student):
    path = coursedir.format_path(coursedir.autograded_directory, student, assignment)
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)


# --- the command -----------------------------------------------------------------------------------------

def _score(outcome):
    if outcome.max_score is None:
        return "-"
    return f"{'-' if outcome.score is None else f'{outcome.score:g}'}/{outcome.max_score:g}"


def format_outcome(outcome):
    """One line per submission as it is known, and below it the notes about a flagged one."""
    where = f"{outcome.assignment} {outcome.student}"
    attempt = f"attempt {outcome.attempts}" if outcome.attempts > 1 else ""
    if outcome.status in ("graded", "flagged"):
        line = (f"{outcome.status:<8} {where} {_score(outcome)} ({outcome.seconds:.1f} s"
                f"{', ' + attempt if attempt else ''})")
    elif outcome.status == "skipped":
        line = f"skipped  {where} {_score(outcome)} (graded before; --force to grade again)"
    else:
        line = f"FAILED   {where}{f' ({attempt})' if attempt else ''}: {outcome.message}"
    return "\n".join([line] + [f"    {note}" for note in outcome.notes])


def format_table(summary, everything=False):
    """The closing table: the counts, then a row for every submission not plainly graded (every
    submission if ``everything``): status, assignment, student, score/max, seconds, reason."""
    counts = ", ".join(f"{len(summary.of(s))} {s}" for s in ("graded", "flagged", "failed", "skipped"))
    lines = [f"{len(summary.outcomes)} submissions: {counts}; {summary.seconds:.1f} s wall time with"
             f" {summary.jobs} worker{'s' if summary.jobs != 1 else ''}"]
    if summary.deaths:
        lines.append(f"{summary.deaths} worker process{'es' if summary.deaths != 1 else ''} died while grading;"
                     " each submission held by one was graded again (once)")
    if summary.timeouts:
        lines.append(f"{summary.timeouts} worker{'s' if summary.timeouts != 1 else ''} killed at the time limit")
    if summary.stopped:
        lines.append(f"the run was stopped by {summary.stopped}: {summary.unstarted} submissions"
                     " not started; run the command again to grade what is left")
    for ignored in summary.ignored:
        lines.append(f"ignored {ignored} (a grading process)")
    order = {"failed": 0, "flagged": 1, "skipped": 2, "graded": 3}
    rows = sorted((o for o in summary.outcomes if everything or o.status in ("failed", "flagged")),
                  key=lambda o: (order[o.status], o.assignment, o.student))
    if rows:
        table = [("status", "assignment", "student", "score", "seconds", "reason")]
        table += [(o.status, o.assignment, o.student, _score(o), f"{o.seconds:.1f}",
                   "; ".join(o.notes) if o.notes else o.message) for o in rows]
        widths = [max(len(row[i]) for row in table) for i in range(5)]
        for row in table:
            cells = [row[i].ljust(widths[i]) if i != 3 and i != 4 else row[i].rjust(widths[i]) for i in range(5)]
            lines.append("  ".join(cells + [row[5]]).rstrip())
    return "\n".join(lines)


format_summary = format_table


def autograde_command(assignments, students=None, jobs=None, force=False, timeout=DEFAULT_TIMEOUT, table=False,
                      shard=None, list_only=False):
    """``dlnp autograde``: grade, print a line per submission and the closing table; returns the exit
    status (0 if nothing failed, 1 if anything failed, 2 if an assignment is unknown or an option wrong,
    130 if the run was stopped by a signal). ``shard`` is the text of --shard ("K/N"); ``list_only``
    prints the students that would be graded, one a line, and grades nothing."""
    if shard is not None:
        try:
            shard = parse_shard(shard)
        except ValueError as exc:
            print(f"dlnp: {exc}", file=sys.stderr)
            return 2
    if list_only:
        for student in list_students(assignments, students, shard):
            print(student)
        return 0
    if jobs is not None and jobs < 1:
        print("dlnp: --jobs must be at least 1", file=sys.stderr)
        return 2
    if not timeout > 0:
        print("dlnp: --timeout must be positive", file=sys.stderr)
        return 2
    try:
        summary = grade_class(assignments, students, jobs, force, timeout=timeout, shard=shard,
                              progress=lambda outcome: print(format_outcome(outcome), flush=True))
    except LookupError as exc:
        print(f"dlnp: {exc.args[0]}", file=sys.stderr)
        return 2
    for outcome in summary.failed:
        if outcome.log.strip():  # the whole story, for whoever has to fix it
            print(f"--- nbgrader's log for {outcome.assignment} {outcome.student} ---\n{outcome.log.strip()}",
                  file=sys.stderr)
    if summary.graded or summary.flagged:
        print(f"note: {CHECKSUM_NOTE}")
    print(format_table(summary, table), flush=True)
    if summary.stopped:
        return 130
    return 1 if summary.failed else 0


def add_arguments(parser):
    """The options of ``dlnp autograde`` (used by autograder/cli.py and by ``python -m autograder.parallel``)."""
    parser.add_argument("assignments", nargs="+", metavar="ASSIGNMENT",
                        help="assignment ids such as 01_logistic_regression")
    parser.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--student", action="append", metavar="ID",
                        help="grade only this student (an id or a glob pattern; may be repeated)")
    parser.add_argument("--force", action="store_true", help="grade again the submissions graded before")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"wall-clock seconds one submission may take before its worker is killed and it is"
                             f" reported as failed (default {DEFAULT_TIMEOUT})")
    parser.add_argument("--table", action="store_true",
                        help="list every submission in the closing table, not only the failed and flagged")
    parser.add_argument("--shard", metavar="K/N",
                        help="grade only shard K (0 <= K < N) of N: the students whose sha256(id) %% N is K, the same"
                             " on every machine (for a Kubernetes indexed Job or a Slurm array: see deploy/)")
    parser.add_argument("--list-students", action="store_true",
                        help="print the students that would be graded (of the shard, with --shard), one a line, in"
                             " grading order, and grade nothing")


def run(args):
    return autograde_command(args.assignments, students=args.student, jobs=args.jobs, force=args.force,
                             timeout=getattr(args, "timeout", DEFAULT_TIMEOUT), table=getattr(args, "table", False),
                             shard=getattr(args, "shard", None), list_only=getattr(args, "list_students", False))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="dlnp autograde", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

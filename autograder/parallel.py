"""Grade a whole class in parallel: ``dlnp autograde ASSIGNMENT [ASSIGNMENT...] [--jobs N] [--student ID ...]``.

Run from the course root, like ``nbgrader autograde``. Each worker process loads nbgrader and the course's
configuration once and then grades one submission after another through nbgrader's own Python API
(``NbGraderAPI.autograde``), so the result in the gradebook and in ``autograded/`` is what ``nbgrader
autograde ASSIGNMENT --student ID`` gives, without paying nbgrader's start-up for every student.

The gradebook stays consistent:
- it is opened (and created if needed) once by the main process before any worker starts, so workers never
  race to create tables; the assignments must already be in it (``nbgrader generate_assignment``);
- workers only touch the rows of their own submissions, and sqlite serialises their writes with its file
  lock: every connection a worker opens waits up to ``LOCK_WAIT`` seconds for the lock instead of failing
  at once, and a submission that still meets "database is locked" is graded again (nbgrader has removed
  its partial output, and its gradebook writes are updates of the same rows, so grading twice is safe).

Nothing is lost when a worker dies (a crash, the out-of-memory killer): the main process knows which
submission each worker holds, starts a replacement worker and grades that submission once more with
``force``; a submission whose second attempt also kills its worker is reported as failed, and its partial
``autograded/`` folder is removed, as nbgrader does after a failure, so that a later run grades it again.
The exit status is 0 only when every submission was graded (or had been already).
"""
import fnmatch
import glob
import importlib.util
import os
import random
import re
import shutil
import sys
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
# Used only by the tests, to kill a worker the way a crash would: a comma-separated list of "STUDENT" (the
# worker grading that student exits abruptly after nbgrader has written the grades and before the result
# reaches the main process, at every attempt) or "STUDENT:PATH" (the same, but only while PATH does not
# exist; it is created first: the worker dies once).
TEST_EXIT_HOOK = "DLNP_AUTOGRADE_TEST_EXIT"


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

@dataclass
class Outcome:
    """What became of one submission: status is "graded", "skipped" (graded before) or "failed";
    message says why it failed, notes are nbgrader's error lines about a graded one (flagged for review),
    log is nbgrader's whole log of a failed one."""
    assignment: str
    student: str
    status: str = "failed"
    seconds: float = 0.0
    attempts: int = 0
    message: str = ""
    notes: list = field(default_factory=list)
    log: str = ""


@dataclass
class Summary:
    """The outcome of every submission, the wall time and the number of workers."""
    outcomes: list
    seconds: float
    jobs: int
    deaths: int = 0  # worker processes that died while grading a submission

    @property
    def failed(self):
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def graded(self):
        return [o for o in self.outcomes if o.status == "graded"]

    @property
    def skipped(self):
        return [o for o in self.outcomes if o.status == "skipped"]


def find_submissions(coursedir, assignments, students=None):
    """[(assignment, student)] for every submission in the submitted folder, and [Outcome] for the
    students asked for by exact id who have no submission of an assignment.

    ``students`` are ids or glob patterns, as nbgrader's ``--student``; ``student_id_exclude`` is honoured.
    """
    patterns = list(students) if students else ["*"]
    excluded = {s for s in coursedir.student_id_exclude.split(",") if s}
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
            if student not in excluded and any(fnmatch.fnmatchcase(student, p) for p in patterns):
                found.append((assignment, student))
        for p in patterns:
            if not any(ch in p for ch in "*?[") and p not in present:
                folder = os.path.relpath(coursedir.format_path(coursedir.submitted_directory, p, assignment))
                missing.append(Outcome(assignment, p, message=f"no submission ({folder}/ does not exist)"))
    return found, missing


def check_gradebook(app, assignments, students=()):
    """Create the gradebook if needed, make sure every assignment is in it (returns the missing ones) and
    add the ``students`` it does not know yet.

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
                gradebook.find_assignment(assignment)
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


def _work(conn, app):
    """A worker's life: grade the submissions it is sent, one at a time, until it is sent None.

    ``app`` is the configured nbgrader application inherited from the main process (None: load it here).
    """
    if app is None:  # a fresh interpreter (no fork): defer as the main process did, then configure
        defer_rfc3987_syntax()
        app = load_configuration()
    from nbgrader.apps import NbGraderAPI

    _wait_for_sqlite_locks()
    _quiet(app)
    api = NbGraderAPI(coursedir=app.coursedir, parent=app)
    while True:
        task = conn.recv()
        if task is None:
            return
        assignment, student, force = task
        start = time.monotonic()
        try:
            result = _grade_one(api, assignment, student, force)
        except Exception as exc:  # nbgrader's API catches its own errors; anything else is reported too
            result = {"success": False, "error": f"{type(exc).__name__}: {exc}"}
        _test_exit_hook(student)
        conn.send((result, time.monotonic() - start))


class _Worker:
    """One worker process, its end of the pipe, and the submission it is grading (if any)."""

    def __init__(self, context, app):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, app), daemon=True)
        self.process.start()
        child.close()  # only the worker holds its end now, so its death shows here as the end of the pipe
        self.task = None

    def send(self, task):
        """Hand the worker a submission; False if it is already gone."""
        try:
            self.conn.send(task)
        except (OSError, ValueError):
            self.reap()
            return False
        self.task = task
        return True

    def reap(self):
        """Collect a worker that died (or whose pipe broke: then it is stopped first)."""
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()

    def exit_reason(self):
        code = self.process.exitcode
        if code is not None and code < 0:
            import signal
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


_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Entry|Exit|Interrupt)\b")
_GENERIC = ("NbGraderException", "There was an error processing", "Please see the")


def _reason(text):
    """The line of nbgrader's log that says what went wrong: the last exception other than nbgrader's
    closing "see the traceback above", else the last error message."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    exceptions = [line for line in lines if _EXCEPTION_LINE.match(line) and not any(g in line for g in _GENERIC)]
    errors = [line for line in lines if line.startswith("[ERROR]") and not any(g in line for g in _GENERIC)]
    return (exceptions or errors or lines or ["no message"])[-1]


def _outcome(assignment, student, result, seconds, attempts):
    log = result.get("log", "")
    if not result["success"]:
        text = log + "\n" + result.get("error", "")
        return Outcome(assignment, student, "failed", seconds, attempts, _reason(text), log=text)
    status = "skipped" if "Skipping existing assignment" in log else "graded"
    # e.g. a notebook that did not run to the end: graded, but flagged for review
    notes = [line for line in log.splitlines() if line.startswith(("[ERROR]", "[CRITICAL]"))]
    return Outcome(assignment, student, status, seconds, attempts, notes=notes)


def grade_class(assignments, students=None, jobs=None, force=False, progress=None):
    """Autograde every submission of ``assignments`` (optionally only ``students``) with ``jobs`` workers.

    Arguments:
    assignments -- assignment ids, e.g. ["01_logistic_regression"]
    students -- student ids or glob patterns (default: every submission)
    jobs -- worker processes (default: os.cpu_count()); never more than there are submissions
    force -- regrade submissions that were graded before (otherwise nbgrader skips them, as its CLI does)
    progress -- called with each Outcome as it is known

    Returns a Summary. Raises LookupError if an assignment is not in the gradebook.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    start = time.monotonic()
    defer_rfc3987_syntax()  # before anything imports nbformat; forked workers inherit it
    app = load_configuration()
    tasks, outcomes = find_submissions(app.coursedir, assignments, students)
    unknown = check_gradebook(app, assignments, [student for _, student in tasks])
    if unknown:
        raise LookupError(f"not in the gradebook: {', '.join(unknown)} (run nbgrader generate_assignment first)")
    report = progress or (lambda outcome: None)
    for outcome in outcomes:
        report(outcome)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))
    pending = deque((assignment, student, force) for assignment, student in tasks)
    attempts = {(a, s): 0 for a, s in tasks}
    deaths = 0

    # fork: workers start with nbgrader, the configuration and the grader already imported; elsewhere
    # each worker loads them itself
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    sys.stdout.flush()
    sys.stderr.flush()

    def new_worker():
        return _Worker(context, app if fork else None)

    def finished(outcome):
        outcomes.append(outcome)
        report(outcome)

    workers = [new_worker() for _ in range(jobs if tasks else 0)]
    try:
        while pending or any(w.task for w in workers):
            for worker in workers:
                if worker.task is None and pending:
                    task = pending.popleft()
                    if worker.send(task):
                        attempts[task[:2]] += 1
                    else:  # the worker is gone before it started on it: not an attempt
                        pending.appendleft(task)
            busy = [w for w in workers if w.task]
            if busy:
                ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            else:
                ready = set()
            for worker in busy:
                if not ready & {worker.conn, worker.process.sentinel}:
                    continue
                assignment, student, _ = worker.task
                try:
                    message = worker.conn.recv() if worker.conn.poll() else None
                except (EOFError, OSError):  # the worker died: its end of the pipe is closed
                    message = None
                if message is not None:
                    result, seconds = message
                    finished(_outcome(assignment, student, result, seconds, attempts[(assignment, student)]))
                    worker.task = None
                    continue
                worker.reap()
                worker.task = None
                deaths += 1
                if attempts[(assignment, student)] < WORKER_ATTEMPTS:
                    # first in line, and with force: the dead worker may have left grades and files behind
                    pending.appendleft((assignment, student, True))
                else:
                    _remove_partial_output(app.coursedir, assignment, student)
                    finished(Outcome(assignment, student, "failed", 0.0, attempts[(assignment, student)],
                                     f"the grading process died twice ({worker.exit_reason()})"))
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
        for worker in workers:
            worker.stop()
    return Summary(outcomes, time.monotonic() - start, jobs, deaths)


def _remove_partial_output(coursedir, assignment, student):
    path = coursedir.format_path(coursedir.autograded_directory, student, assignment)
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)


# --- the command -----------------------------------------------------------------------------------------

def format_outcome(outcome):
    """One line per submission, and below it nbgrader's error lines about a graded one."""
    where = f"{outcome.assignment} {outcome.student}"
    attempt = f"attempt {outcome.attempts}" if outcome.attempts > 1 else ""
    if outcome.status == "graded":
        line = f"graded   {where} ({outcome.seconds:.1f} s{', ' + attempt if attempt else ''})"
    elif outcome.status == "skipped":
        line = f"skipped  {where} (graded before; --force to grade again)"
    else:
        line = f"FAILED   {where}{f' ({attempt})' if attempt else ''}: {outcome.message}"
    return "\n".join([line] + [f"    {note}" for note in outcome.notes])


def format_summary(summary):
    """The closing summary: how many were graded and failed, and the wall time."""
    lines = [f"{len(summary.graded)} graded, {len(summary.skipped)} skipped (graded before), "
             f"{len(summary.failed)} failed; {summary.seconds:.1f} s wall time with {summary.jobs} worker"
             f"{'s' if summary.jobs != 1 else ''}"]
    if summary.deaths:
        lines.append(f"{summary.deaths} worker process{'es' if summary.deaths != 1 else ''} died while grading;"
                     " each submission held by one was graded again (once)")
    for outcome in summary.failed:
        lines.append(f"failed: {outcome.assignment} {outcome.student}: {outcome.message}")
    return "\n".join(lines)


def autograde_command(assignments, students=None, jobs=None, force=False):
    """``dlnp autograde``: grade, print a line per submission and the summary; returns the exit status
    (0 if everything was graded, 1 if anything failed, 2 if an assignment is unknown)."""
    if jobs is not None and jobs < 1:
        print("dlnp: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        summary = grade_class(assignments, students, jobs, force,
                              progress=lambda outcome: print(format_outcome(outcome), flush=True))
    except LookupError as exc:
        print(f"dlnp: {exc.args[0]}", file=sys.stderr)
        return 2
    for outcome in summary.failed:
        if outcome.log.strip():  # the whole story, for whoever has to fix it
            print(f"--- nbgrader's log for {outcome.assignment} {outcome.student} ---\n{outcome.log.strip()}",
                  file=sys.stderr)
    print(format_summary(summary), flush=True)
    return 1 if summary.failed else 0

"""How long grading a class takes as two concurrent shards against PostgreSQL, against one process on sqlite.

A throwaway course with all the lessons gets a class of mixed submissions (by default 20, one per student,
spread over the lessons; the kinds of benchmarks/bench_class.py: correct, partly right, syntax errors,
exceptions at import, an endless loop). Two identical copies are graded:

- baseline: one ``dlnp autograde ASSIGNMENT...`` process with its default jobs (one worker per core),
  against the course's sqlite gradebook;
- ``dlnp autograde ASSIGNMENT... --shard 0/2`` and ``--shard 1/2``, started together (what two machines of a
  Slurm array or an indexed Job run), each with its default jobs, against one PostgreSQL gradebook: a
  throwaway server of the distribution's packages on 127.0.0.1 (tests/postgres_server.py; ``apt-get install
  postgresql``), with its durable defaults (fsync on), as sqlite's are.

Both run in the same session, so their ratio holds on a shared, noisy machine. On one machine the two shards
share its cores: the ratio shows what the database server and the second process cost, not a speed-up. The two
gradebooks must agree.

    python benchmarks/bench_shards.py [--students 20] [--shard-jobs N] [--keep DIR] [--shards-first]
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from autograder.build import lessons  # noqa: E402

from bench_class import KINDS, build_class  # noqa: E402
from nbgrader_course import Course  # noqa: E402
from postgres_server import PostgresServer  # noqa: E402

SHARDS = 2
COURSE_ID = "numpy_deep_learning"  # PostgreSQL enforces the assignment's foreign key to the course: "" will not do


def env():
    return dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))


def on_postgres(template, root, url):
    """A copy of the course whose gradebook is the database at ``url``, every lesson generated into it."""
    shutil.copytree(template.root, root)
    course = Course(root, [])
    (root / "gradebook.db").unlink()
    with open(root / "nbgrader_config.py", "a") as f:
        f.write(f"\nc.CourseDirectory.db_url = {url!r}\nc.CourseDirectory.course_id = {COURSE_ID!r}\n")
    for stem in lessons():
        course.nbgrader("generate_assignment", stem, "--force")
    return course


def autograde(course, assignments, *args):
    return subprocess.Popen([sys.executable, "-m", "autograder.cli", "autograde", *assignments, *args],
                            cwd=course.root, env=env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def summary_lines(out):
    """The closing summary and table of a run's output (what follows "N submissions: ..."); the per-submission
    lines and what the kernels print before it are left out (nbgrader's log goes to stderr, not kept)."""
    lines = out.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"\d+ submissions?: ", line)), len(lines))
    return [line for line in lines[start:] if line.strip()]


def run_one(course, assignments):
    start = time.perf_counter()
    out, _ = (run := autograde(course, assignments)).communicate()
    return time.perf_counter() - start, run.returncode, summary_lines(out)


def run_shards(course, assignments, jobs):
    extra = ["--jobs", str(jobs)] if jobs else []
    start = time.perf_counter()
    runs = [autograde(course, assignments, "--shard", f"{k}/{SHARDS}", *extra) for k in range(SHARDS)]
    finished = []
    for run in runs:
        out, _ = run.communicate()
        finished.append((time.perf_counter() - start, run.returncode, summary_lines(out)))
    return time.perf_counter() - start, finished


def scores(url, course_id, plan):
    """{(assignment, student): (score, flagged)} from the gradebook at ``url``."""
    from nbgrader.api import Gradebook

    table = {}
    with Gradebook(url, course_id) as gb:
        for assignment, student, _ in plan:
            notebook = gb.find_submission_notebook(assignment, assignment, student)
            table[(assignment, student)] = (round(notebook.score, 6), notebook.flagged)
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=20, help="submissions in the class, one a student (default 20)")
    parser.add_argument("--shard-jobs", type=int, help="--jobs of each shard (default: theirs, one worker per core)")
    parser.add_argument("--keep", type=Path, help="build the courses in this (new) folder and keep them")
    parser.add_argument("--shards-first", action="store_true",
                        help="grade the shards before the baseline (to see that the order does not matter)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_shards_"))
    work.mkdir(parents=True, exist_ok=True)
    server = PostgresServer(fsync=True).start()
    try:
        start = time.perf_counter()
        template, plan = build_class(work / "template", args.students, one_per_student=True)
        assignments = sorted({a for a, _, _ in plan})
        shutil.copytree(template.root, work / "sqlite")
        baseline = Course(work / "sqlite", [])
        url = server.create_database("gradebook")
        sharded = on_postgres(template, work / "postgres", url)
        kinds = {k: sum(1 for *_, kind in plan if kind == k) for k in dict.fromkeys(KINDS)}
        sizes = [sum(int(hashlib.sha256(s.encode()).hexdigest(), 16) % SHARDS == k for _, s, _ in plan)
                 for k in range(SHARDS)]
        print(f"class: {len(plan)} submissions (one a student) over {len(assignments)} lessons; "
              + ", ".join(f"{n} {k}" for k, n in kinds.items())
              + f"; shards of {' and '.join(map(str, sizes))} (built in {time.perf_counter() - start:.0f} s)")
        print(f"{os.cpu_count()} cores; PostgreSQL on 127.0.0.1:{server.port} ({server.bin}), fsync on")

        if args.shards_first:
            shard_seconds, shard_runs = run_shards(sharded, assignments, args.shard_jobs)
        one_seconds, one_status, one_summary = run_one(baseline, assignments)
        if not args.shards_first:
            shard_seconds, shard_runs = run_shards(sharded, assignments, args.shard_jobs)

        print(f"baseline: one dlnp autograde, sqlite               {one_seconds:8.1f} s   (exit status {one_status})")
        for line in one_summary:
            print(f"    {line}")
        jobs = f"--jobs {args.shard_jobs}" if args.shard_jobs else "default jobs"
        print(f"two concurrent shards ({jobs}), PostgreSQL  {shard_seconds:8.1f} s"
              + ("   (run first)" if args.shards_first else ""))
        for k, (seconds, status, summary) in enumerate(shard_runs):
            print(f"  shard {k}/{SHARDS}: done after {seconds:.1f} s, exit status {status}")
            for line in summary:
                print(f"    {line}")
        print(f"ratio: {shard_seconds / one_seconds:.2f}x the baseline")

        a = scores(f"sqlite:///{baseline.root / 'gradebook.db'}", "", plan)
        b = scores(url, COURSE_ID, plan)
        differ = [key for key in a if a[key] != b[key]]
        print(f"gradebooks: {'identical' if not differ else f'{len(differ)} submissions differ: {differ}'}"
              f" ({sum(f for _, f in a.values())} flagged for review)")
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

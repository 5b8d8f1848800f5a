"""How long grading a class takes: serial ``nbgrader autograde`` per student against ``dlnp autograde``.

A throwaway course with all the lessons gets a class of submissions (by default 50, spread over the
lessons and over students who each hand in several): correct ones, partly right ones (one or two answers
replaced by a plausible wrong version or left as the stub) and broken ones (a syntax error, an exception
when the code is imported, an endless loop in one function). Two identical copies are graded:

- baseline: plain ``nbgrader autograde ASSIGNMENT --student ID``, one process per submission, one after
  the other (what a shell loop over the class does);
- ``dlnp autograde ASSIGNMENT... --jobs 2``.

Both run in the same session, so their ratio holds on a shared, noisy machine. The two gradebooks must
agree. Then the fixed cost of starting a process that imports nbgrader: ``import jupyter_events`` against
an empty interpreter, and the slowest imports under ``python -X importtime -c "import nbgrader.apps"``.

    python benchmarks/bench_class.py [--students 50] [--jobs 2] [--keep DIR]
"""
import argparse
import ast
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from autograder.build import lessons  # noqa: E402

from nbgrader_course import Course, grade_id, solved  # noqa: E402

# In every 25 submissions: 11 correct, 9 partly right, 2 syntax errors, 2 exceptions at import, 1 endless loop.
# 25 and the six lessons have no common factor, so every kind meets every lesson over a large class.
KINDS = (["correct", "partial", "correct", "partial", "syntax", "correct", "partial", "import", "correct",
          "partial", "correct", "partial", "loop", "correct", "partial", "correct", "syntax", "partial",
          "correct", "partial", "import", "correct", "partial", "correct", "correct"])

# Plausible slips, tried in this order on an answer until one applies and the code still parses.
MISTAKES = [(r"np\.sum\(", "np.mean("), (r"np\.mean\(", "np.sum("), (r"axis=1", "axis=0"), (r"axis=0", "axis=1"),
            (r"keepdims=True", "keepdims=False"), (r" \+ ", " - "), (r" - ", " + "), (r"\.T\b", ""),
            (r"\*\* 2", "** 3"), (r" \* ", " / "), (r"np\.maximum\(", "np.minimum(")]


def env():
    return dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))


def answer_sources(master):
    """{answer cell id: source with nbgrader's solution markers} of a master notebook."""
    return {grade_id(c): c.source for c in master.cells if c.metadata.get("nbgrader", {}).get("solution")}


def strip_markers(source):
    return re.sub(r"\n *### (BEGIN|END) SOLUTION", "", source)


def wrong_version(source):
    """The answer with one plausible slip in its solution (never in the signature or docstring), or None
    if none of MISTAKES applies to it."""
    head, marker, body = source.partition("### BEGIN SOLUTION")
    for pattern, replacement in MISTAKES:
        changed = re.sub(pattern, replacement, body, count=1)
        if changed != body:
            answer = strip_markers(head + marker + changed)
            try:
                ast.parse(answer)
            except SyntaxError:
                continue
            return answer
    return None


def endless(source):
    """The answer with an endless loop where its solution begins: the function never returns."""
    return strip_markers(re.sub(r"^( *)### BEGIN SOLUTION", r"\1while True:  # waiting for something\n\1    pass",
                                source, count=1, flags=re.M))


def submission(kind, release, master, index):
    """The notebook a student of this kind hands in."""
    answers = answer_sources(master)
    ids = list(answers)
    if kind == "correct":
        return solved(release, master)
    if kind == "partial":
        # one or two answers, chosen by the index so that the class covers every exercise
        chosen = [ids[index // 6 % len(ids)]] + ([ids[(index // 6 + 3) % len(ids)]] if index % 2 else [])
        stubs = {grade_id(c): c.source for c in release.cells if grade_id(c) in answers}
        replace = {}
        for n, cell_id in enumerate(chosen):
            wrong = wrong_version(answers[cell_id])
            replace[cell_id] = wrong if wrong and (n == 0 or index % 3) else stubs[cell_id]
        return solved(release, master, replace)
    if kind == "syntax":
        cell_id = ids[index % len(ids)]
        return solved(release, master, {cell_id: strip_markers(answers[cell_id]).replace(":", "", 1)})
    if kind == "import":
        # the first answer cell raises as soon as it runs: the student imports a module that does not exist
        return solved(release, master, {ids[0]: "import numpy_extensions_for_this_course\n"
                                                + strip_markers(answers[ids[0]])})
    if kind == "loop":
        return solved(release, master, {ids[0]: endless(answers[ids[0]])})
    raise ValueError(kind)


def build_class(root, count, one_per_student=False):
    """A course under ``root`` with every lesson generated and ``count`` submissions (a student one of each lesson,
    or with ``one_per_student`` one submission a student); returns (course, [(assignment, student, kind)])."""
    stems = lessons()
    root.mkdir(parents=True)
    course = Course(root, stems)
    for stem in stems:
        course.nbgrader("generate_assignment", stem, "--force")
    plan = []
    for k in range(count):
        stem, kind = stems[k % len(stems)], KINDS[k % len(KINDS)]
        student = f"student{k + 1:03d}" if one_per_student else f"student{k // len(stems) + 1:02d}"
        course.submit(student, stem, submission(kind, course.release(stem), course.master(stem), k))
        plan.append((stem, student, kind))
    return course, plan


def copy_course(course, root):
    shutil.copytree(course.root, root)
    return Course(root, [])


def gradebook_scores(course, plan):
    """{(assignment, student): (score, flagged)} from the course's gradebook."""
    scores = {}
    with course.gradebook() as gb:
        for assignment, student, _ in plan:
            notebook = gb.find_submission_notebook(assignment, assignment, student)
            scores[(assignment, student)] = (round(notebook.score, 6), notebook.flagged)
    return scores


def run_serial(course, plan):
    start = time.perf_counter()
    failures = 0
    for assignment, student, _ in plan:
        result = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", assignment, "--student", student],
                                cwd=course.root, env=env(), capture_output=True, text=True)
        failures += result.returncode != 0
    return time.perf_counter() - start, failures


def run_parallel(course, plan, jobs):
    assignments = sorted({a for a, _, _ in plan})
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "autograder.cli", "autograde", *assignments, "--jobs", str(jobs)],
                            cwd=course.root, env=env(), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    progress = ("graded ", "flagged ", "skipped ", "note: ", "    ")  # the per-submission lines and the note
    summary = [line for line in result.stdout.splitlines() if not line.startswith(progress)]
    return seconds, result.returncode, summary


def python_time(code, repeat):
    """Median wall time of ``python -c CODE`` in a fresh interpreter."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def slowest_imports(code, top):
    """[(cumulative seconds, self seconds, module)] of the slowest imports of ``code``."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=ROOT, env=env(),
                            capture_output=True, text=True, check=True)
    rows = []
    for line in result.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[1]) / 1e6, int(parts[0]) / 1e6, parts[2].rstrip()))
    return sorted(rows, reverse=True)[:top], sorted(rows, key=lambda r: -r[1])[:5]


# Loads autograder/parallel.py by itself (it imports only the standard library at the top) and defers the
# grammar as ``dlnp autograde`` does, so that nothing else of the course is timed along.
DEFER = ("import importlib.util as u; s = u.spec_from_file_location('p', 'autograder/parallel.py'); "
         "m = u.module_from_spec(s); s.loader.exec_module(m); m.defer_rfc3987_syntax(); ")


def bench_startup(repeat):
    print(f"\nstart-up of a process that grades (median of {repeat} runs each)")
    empty = python_time("pass", repeat)
    rows = [("python -c pass", empty)]
    for module in ("jupyter_events", "nbgrader.apps"):
        rows.append((f"import {module}", python_time(f"import {module}", repeat)))
        rows.append((f"import {module}, the grammar deferred", python_time(DEFER + f"import {module}", repeat)))
    for label, seconds in rows:
        print(f"  {label:<44} {seconds:6.2f} s" + (f"   (+{seconds - empty:.2f} s)" if seconds is not empty else ""))
    cumulative, by_self = slowest_imports("import nbgrader.apps", 20)
    print("  python -X importtime -c 'import nbgrader.apps', slowest (cumulative s, self s):")
    for total, own, name in cumulative:
        print(f"    {total:6.2f} {own:6.2f}  {name}")
    print("  largest self times:", ", ".join(f"{name.strip()} {own:.2f} s" for _, own, name in by_self))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=50, help="submissions in the class (default 50)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each start-up measurement")
    parser.add_argument("--keep", type=Path, help="build the courses in this (new) folder and keep them")
    parser.add_argument("--startup-only", action="store_true", help="only measure the start-up cost")
    parser.add_argument("--parallel-first", action="store_true",
                        help="grade with dlnp autograde before the baseline (to see that the order does not matter)")
    args = parser.parse_args()
    if args.startup_only:
        bench_startup(args.repeat)
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_class_"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        start = time.perf_counter()
        template, plan = build_class(work / "template", args.students)
        serial, parallel = copy_course(template, work / "serial"), copy_course(template, work / "parallel")
        kinds = {k: sum(1 for *_, kind in plan if kind == k) for k in dict.fromkeys(KINDS)}
        print(f"class: {len(plan)} submissions from {len({s for _, s, _ in plan})} students over"
              f" {len({a for a, _, _ in plan})} lessons; " + ", ".join(f"{n} {k}" for k, n in kinds.items())
              + f" (built in {time.perf_counter() - start:.0f} s)")

        if args.parallel_first:
            parallel_seconds, status, summary = run_parallel(parallel, plan, args.jobs)
        serial_seconds, serial_failures = run_serial(serial, plan)
        if not args.parallel_first:
            parallel_seconds, status, summary = run_parallel(parallel, plan, args.jobs)
        print(f"baseline: nbgrader autograde per student, serially   {serial_seconds:8.1f} s"
              f"   ({serial_seconds / len(plan):.1f} s a submission; {serial_failures} failed)")
        print(f"dlnp autograde --jobs {args.jobs}                            {parallel_seconds:8.1f} s"
              f"   (exit status {status}{'; run first' if args.parallel_first else ''})")
        for line in summary:
            print(f"    {line}")
        print(f"ratio: {parallel_seconds / serial_seconds:.2f}x the baseline (target <= 0.55x)")

        a, b = gradebook_scores(serial, plan), gradebook_scores(parallel, plan)
        differ = [key for key in a if a[key] != b[key]]
        print(f"gradebooks: {'identical' if not differ else f'{len(differ)} submissions differ: {differ}'}"
              f" ({sum(f for _, f in a.values())} flagged for review)")
        bench_startup(args.repeat)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""What the OS sandbox costs when grading, and how fast ``dlnp check`` is now that it grades from the code.

Machines here are shared and noisy, so every figure is a ratio against a baseline measured in the same run,
the two sides alternating (A B, B A, A B, ...) so that a slow spell falls on both; each side is repeated and
reported as its median and range (min-max).

1. The sandbox's cost: grading ONE submission with bubblewrap against a plain child process (goal <= 1.1x).
   a. ``grade_notebook(nb, Settings(sandbox="bubblewrap"))`` against ``Settings(sandbox="none")`` on solved
      lessons (the masters), in this process. The first call of each mode on each lesson is a warm-up and is not
      counted (page-cache misses, lazy imports); bubblewrap's availability is probed once per process, before
      anything else, and that probe, which a one-shot ``dlnp check`` pays once, is timed on its own and printed.
   b. The real ``nbgrader autograde ASSIGNMENT --student S --force`` in a throwaway course (tests/nbgrader_course.py)
      holding one correct submission per lesson, ``--GradeOutOfProcess.sandbox=bubblewrap`` against ``=none``
      (this also sandboxes the feedback kernel). A process each, so nbgrader's start-up is included, as an
      instructor sees it. The first run of each mode is a warm-up and is not counted (the very first one also
      adds the student and the submission to the gradebook). Each run must give full marks and a feedback
      notebook none of whose cells raised: a feedback kernel that fails at its first cell (as the sandboxed
      one once did, unable to import the course's packages) skips every experiment and looks fast.
2. ``dlnp check``'s speed: grading a solved lesson through the sandboxed path (``grade_notebook(nb)``, the
   default Settings) against executing it top to bottom as ``dlnp check`` used to (nbclient's NotebookClient,
   kernel python3, timeout 600, allow_errors=True, the notebook's folder as working folder; goal <= 0.3x).
   The old command then ran one more cell that graded every exercise in the kernel; the baseline leaves it out
   and executes the solved notebook alone (its test cells already check and grade each exercise), so it is a
   lower bound of the old cost and the ratio errs against the new path. No warm-up is dropped here: each old
   execution starts a fresh kernel, and each grading a fresh process (the probe is done once, before all).

    python benchmarks/bench_sandbox.py [--repeat 5] [--autograde-repeat 3] [--check-repeat 3]
                                       [--sandbox-lessons 01 06] [--lessons 01 02 ...] [--keep DIR]
                                       [--skip grade autograde check]
"""
import argparse
import copy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from autograder import sandbox  # noqa: E402
from autograder.build import SOURCE, lessons  # noqa: E402
from autograder.notebook import grade_notebook  # noqa: E402
from autograder.runner import Settings  # noqa: E402

from nbgrader_course import Course, solved  # noqa: E402

MODES = ("bubblewrap", "none")
STUDENT = "student01"


def pick(prefixes):
    """The lesson stems that start with one of ``prefixes`` ("01" or "01_logistic_regression"), in course order."""
    stems = [s for s in lessons() if any(s.startswith(p) for p in prefixes)]
    unknown = [p for p in prefixes if not any(s.startswith(p) for s in lessons())]
    if unknown:
        raise SystemExit(f"bench_sandbox: no lesson named {', '.join(unknown)} (lessons: {', '.join(lessons())})")
    return stems


def master(stem):
    return nbformat.read(ROOT / SOURCE / stem / f"{stem}.ipynb", as_version=4)


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def alternate(sides, rounds):
    """Run each of ``sides`` ({name: fn}) ``rounds`` times, alternating which goes first; {name: [seconds]}.

    Every fn returns (seconds it took, a problem or None), timing only the work itself, not its checks; a
    problem is collected rather than raised, and printed once (with the number of runs that had it).
    """
    times, problems = {name: [] for name in sides}, []
    names = list(sides)
    for k in range(rounds):
        for name in (names if k % 2 == 0 else names[::-1]):
            seconds, problem = sides[name]()
            times[name].append(seconds)
            if problem:
                problems.append(f"{name}: {problem}")
    for problem in dict.fromkeys(problems):
        print(f"    !! {problem} ({problems.count(problem)} of {rounds} runs)")
    return times


def spread(values):
    """'median s (min-max)'."""
    return f"{statistics.median(values):7.2f} s ({min(values):.2f}-{max(values):.2f})"


def ratio(numerator, denominator):
    return statistics.median(numerator) / statistics.median(denominator)


def grade_problem(graded):
    """None when every exercise passed and the code raised nothing, else what went wrong (in a few words)."""
    failed = [r.exercise for r in graded.results if not r.passed]
    if failed or graded.errors or not graded.results:
        return f"failed {failed or 'no exercise graded'}, errors {graded.errors[:2]}"
    return None


def cells_raised(nb):
    """['ename: evalue'] of the error outputs of an executed notebook."""
    return [f"{o['ename']}: {o['evalue'][:80]}" for c in nb.cells for o in c.get("outputs", [])
            if o.get("output_type") == "error"]


def grade(nb, settings):
    nb = copy.deepcopy(nb)
    seconds, graded = timed(lambda: grade_notebook(nb, settings))
    return seconds, grade_problem(graded)


def bench_grade(stems, repeat):
    print(f"\n1a. grade_notebook on a solved lesson, bubblewrap vs none (median of {repeat} runs each, first of each"
          " mode not counted)")
    notebooks = {stem: master(stem) for stem in stems}
    compare_modes(stems, lambda stem, mode: grade(notebooks[stem], Settings(sandbox=mode)), repeat)


def compare_modes(stems, run, repeat):
    """Print, per lesson, ``run(stem, mode)`` timed in both modes (alternating, a warm-up of each dropped)."""
    print(f"  {'lesson':<24} {'bubblewrap':>22} {'none':>22} {'ratio':>7}")
    ratios = []
    for stem in stems:
        sides = {mode: (lambda mode=mode: run(stem, mode)) for mode in MODES}
        times = alternate(sides, repeat + 1)
        warm = {mode: times[mode].pop(0) for mode in MODES}
        ratios.append(ratio(times["bubblewrap"], times["none"]))
        print(f"  {stem:<24} {spread(times['bubblewrap']):>22} {spread(times['none']):>22} {ratios[-1]:6.2f}x"
              f"   (warm-up {warm['bubblewrap']:.2f} s / {warm['none']:.2f} s)")
    print(f"  ratio sandbox/none: {', '.join(f'{r:.2f}x' for r in ratios)} (goal <= 1.1x)")


def bench_autograde(stems, repeat, work):
    print(f"\n1b. nbgrader autograde ASSIGNMENT --student {STUDENT} --force, --GradeOutOfProcess.sandbox=bubblewrap vs"
          f" =none (median of {repeat} runs each, first of each mode not counted)")
    course = Course(work, stems)
    for stem in stems:
        course.nbgrader("generate_assignment", stem, "--force")
        course.submit(STUDENT, stem, solved(course.release(stem), course.master(stem)))

    def autograde(stem, mode):
        seconds, result = timed(lambda: course.nbgrader("autograde", stem, "--student", STUDENT, "--force",
                                                        f"--GradeOutOfProcess.sandbox={mode}", check=False))
        if result.returncode != 0:
            return seconds, f"exit status {result.returncode}: {(result.stderr.strip().splitlines() or [''])[-1][:200]}"
        with course.gradebook() as gb:
            notebook = gb.find_submission_notebook(stem, stem, STUDENT)
            if notebook.score != notebook.max_score or notebook.flagged:
                return seconds, f"score {notebook.score} of {notebook.max_score}, flagged {notebook.flagged}"
        # the feedback run must have done the work: a kernel whose first cell fails skips every experiment
        feedback = nbformat.read(course.root / "autograded" / STUDENT / stem / f"{stem}.ipynb", as_version=4)
        raised = cells_raised(feedback)
        if raised:
            return seconds, f"the feedback notebook's cells raised: {len(raised)}, the first {raised[0]}"
        return seconds, None

    compare_modes(stems, autograde, repeat)


def check(path):
    """Grade the notebook at ``path`` as ``dlnp check`` does now (reading it included); (seconds, problem)."""
    seconds, graded = timed(lambda: grade_notebook(nbformat.read(path, as_version=4), Settings()))
    return seconds, grade_problem(graded)


def execute(path):
    """Run the notebook at ``path`` top to bottom as ``dlnp check`` used to (reading it included, as it did);
    (seconds, None or the errors its cells raised)."""
    def run():
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=600, allow_errors=True, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute(stderr=subprocess.DEVNULL)
        return nb

    seconds, nb = timed(run)
    raised = cells_raised(nb)
    return seconds, (f"cells raised {raised[:3]}" if raised else None)


def bench_check(stems, repeat):
    print(f"\n2. dlnp check: grade_notebook (sandboxed, default Settings) vs executing the solved notebook with nbclient"
          f" (median of {repeat} runs each)")
    print(f"  {'lesson':<24} {'grade_notebook':>22} {'nbclient':>22} {'ratio':>7}")
    totals = {"grade_notebook": 0.0, "nbclient": 0.0}
    for stem in stems:
        path = ROOT / SOURCE / stem / f"{stem}.ipynb"
        times = alternate({"grade_notebook": lambda: check(path), "nbclient": lambda: execute(path)}, repeat)
        for side in totals:
            totals[side] += statistics.median(times[side])
        print(f"  {stem:<24} {spread(times['grade_notebook']):>22} {spread(times['nbclient']):>22}"
              f" {ratio(times['grade_notebook'], times['nbclient']):6.2f}x")
    print(f"  {'total (sum of medians)':<24} {totals['grade_notebook']:7.2f} s {'':>13} {totals['nbclient']:7.2f} s"
          f" {'':>13} {totals['grade_notebook'] / totals['nbclient']:6.2f}x   (goal <= 0.3x)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="counted runs of each mode of grade_notebook (1a)")
    parser.add_argument("--autograde-repeat", type=int, default=3, help="counted runs of each mode of nbgrader (1b)")
    parser.add_argument("--check-repeat", type=int, default=3, help="runs of each side of dlnp check (2)")
    parser.add_argument("--sandbox-lessons", nargs="+", default=["01", "06"], metavar="LESSON",
                        help="lessons for the sandbox's cost (1a and 1b; default 01 06)")
    parser.add_argument("--lessons", nargs="+", default=[], metavar="LESSON",
                        help="lessons for dlnp check's speed (2; default all), by number or stem")
    parser.add_argument("--skip", nargs="+", default=[], choices=["grade", "autograde", "check"])
    parser.add_argument("--keep", type=Path, help="build the throwaway course (1b) in this (new) folder and keep it")
    args = parser.parse_args()

    start = time.perf_counter()
    probe, (used, why) = timed(lambda: sandbox.status("auto"))
    print(f"bubblewrap: {'used' if used else f'NOT available ({why})'}; its probe (once per process) took {probe:.2f} s")
    if not used:
        raise SystemExit("bench_sandbox: the sandbox's cost cannot be measured without bubblewrap")
    if "grade" not in args.skip:
        bench_grade(pick(args.sandbox_lessons), args.repeat)
    if "autograde" not in args.skip:
        work = args.keep or Path(tempfile.mkdtemp(prefix="bench_sandbox_"))
        work.mkdir(parents=True, exist_ok=True)
        try:
            bench_autograde(pick(args.sandbox_lessons), args.autograde_repeat, work)
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)
    if "check" not in args.skip:
        bench_check(pick(args.lessons) if args.lessons else lessons(), args.check_repeat)
    print(f"\n(the whole run took {time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()

"""How long grading takes: ``check()`` per exercise, and executing each solved lesson headless.

Machines here are shared and noisy, so every figure comes with a baseline measured in the same run:
- check(): against running the reference itself once on every case of the exercise (the least any
  grader comparing with the reference must spend);
- a notebook: against starting a kernel and running an empty notebook (the fixed cost of any execution).

    python benchmarks/bench_check.py [--repeat 15] [--notebooks]
"""
import argparse
import statistics
import subprocess
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

import autograder
from autograder.build import ROOT, SOURCE, lessons
from autograder.exercise import REGISTRY, quietly


def percentile_95(values):
    """The 95th percentile of values, taken as the nearest entry at or below it (no interpolation)."""
    return sorted(values)[int(0.95 * (len(values) - 1))]


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), percentile_95(times)


def bench_checks(repeat):
    print(f"{'exercise':<46} {'check ms':>9} {'p95 ms':>8} {'baseline ms':>12} {'ratio':>7}")
    medians = []
    for exercise_id in autograder.exercises():
        exercise = REGISTRY[exercise_id]
        exercise.cases()  # the reference outputs are computed once per process, not per check
        check_median, check_p95 = median_time(lambda: autograder.check(exercise_id, exercise.reference), repeat)
        base, _ = median_time(lambda: [quietly(exercise.reference, c) for c, _ in exercise.cases() if not c.hidden],
                              repeat)
        medians.append(check_median)
        print(f"{exercise_id:<46} {check_median * 1e3:9.2f} {check_p95 * 1e3:8.2f} {base * 1e3:12.2f}"
              f" {check_median / base:7.1f}x")
    print(f"over the {len(medians)} exercises: median {statistics.median(medians) * 1e3:.2f} ms,"
          f" 95th percentile {percentile_95(medians) * 1e3:.2f} ms, slowest {max(medians) * 1e3:.2f} ms")


def run_notebook(nb):
    NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(ROOT)}}).execute(stderr=subprocess.DEVNULL)


def bench_notebooks(repeat):
    empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    base, _ = median_time(lambda: run_notebook(nbformat.from_dict(empty)), repeat)
    print(f"\nbaseline: empty notebook {base:.2f} s")
    total = 0.0
    for stem in lessons():
        nb = nbformat.read(Path(ROOT / SOURCE / stem / f"{stem}.ipynb"), as_version=4)
        seconds, _ = median_time(lambda: run_notebook(nbformat.from_dict(nb)), repeat)
        total += seconds
        print(f"{stem:<28} {seconds:6.2f} s  {seconds / base:5.1f}x the empty notebook")
    print(f"all solved lessons: {total:.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--notebooks", action="store_true", help="also execute every solved lesson")
    parser.add_argument("--notebook-repeat", type=int, default=3)
    args = parser.parse_args()
    bench_checks(args.repeat)
    if args.notebooks:
        bench_notebooks(args.notebook_repeat)


if __name__ == "__main__":
    main()

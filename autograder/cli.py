"""The course's command line: ``dlnp check NOTEBOOK``, ``dlnp progress``, ``dlnp list``, and for instructors
``dlnp build`` and ``dlnp autograde ASSIGNMENT`` (nbgrader's autograde, one worker per core)."""
import argparse
import sys
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="dlnp", description="Deep learning from scratch in NumPy: the course tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", help="run a notebook headless and print its score table")
    p.add_argument("notebooks", nargs="+", type=Path)
    p = sub.add_parser("progress", help="grade every lesson notebook in a folder and summarise")
    p.add_argument("folder", nargs="?", type=Path, default=Path("course"))
    sub.add_parser("list", help="list the exercises, in course order")
    p = sub.add_parser("build", help="regenerate the master notebooks and the student release (instructors)")
    p.add_argument("lessons", nargs="*", help="lesson names such as 02_shallow_network (default: all)")
    p.add_argument("--check", action="store_true", help="only report generated files that are stale")
    p = sub.add_parser("autograde", help="autograde the submissions of a class in parallel (instructors; run from"
                                         " the course root)")
    p.add_argument("assignments", nargs="+", metavar="ASSIGNMENT", help="assignment ids such as 01_logistic_regression")
    p.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: one per core)")
    p.add_argument("--student", action="append", metavar="ID",
                   help="grade only this student (an id or a glob pattern; may be repeated)")
    p.add_argument("--force", action="store_true", help="grade again the submissions graded before")
    args = parser.parse_args(argv)
    return {"check": _check, "progress": _progress, "list": _list, "build": _build,
            "autograde": _autograde}[args.command](args)


def _read(path):
    """The notebook at ``path``, or None after saying in one line why it cannot be graded."""
    import nbformat

    from .notebook import tests_in

    if not path.is_file():
        print(f"dlnp: no such notebook: {path}", file=sys.stderr)
        return None
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # an unreadable file is a clear message, not a traceback
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        print(f"dlnp: cannot read {path} as a notebook: {reason}", file=sys.stderr)
        return None
    if not tests_in(nb):
        print(f"dlnp: {path} has no exercise test cells (lines like test(\"module.name\", name))", file=sys.stderr)
        return None
    return nb


def _own_notebooks():
    """For a learner grading their own work the OS sandbox protects nothing of anyone else's: no warning."""
    import logging
    logging.getLogger("autograder.sandbox").setLevel(logging.ERROR)


def _check(args):
    from .notebook import format_table, grade_notebook

    _own_notebooks()
    status = 0
    for path in args.notebooks:
        nb = _read(path)
        if nb is None:
            status = 2
            continue
        graded = grade_notebook(nb)
        print(format_table(path, graded))
        if any(not r.passed for r in graded.results) and status == 0:
            status = 1
    return status


def _progress(args):
    from .notebook import grade_notebook

    _own_notebooks()
    notebooks = sorted(p for p in args.folder.glob("[0-9][0-9]_*/[0-9][0-9]_*.ipynb"))
    if not notebooks:
        print(f"dlnp: no lesson notebooks under {args.folder}/", file=sys.stderr)
        return 2
    total = possible = 0
    for path in notebooks:
        nb = _read(path)
        if nb is None:
            continue
        results = grade_notebook(nb).results
        earned, points = sum(r.earned for r in results), sum(r.points for r in results)
        done = sum(r.passed for r in results)
        total, possible = total + earned, possible + points
        bar = "█" * round(10 * earned / points) + "·" * (10 - round(10 * earned / points))
        print(f"{path.parent.name:<28} {bar} {earned:g}/{points:g} points, {done} of {len(results)} exercises done")
    print(f"{'course':<28} {total:g}/{possible:g} points")
    return 0


def _list(args):
    import autograder

    for exercise_id in autograder.exercises():
        print(f"{exercise_id}  ({autograder.points(exercise_id):g} points)")
    return 0


def _build(args):
    from .build import build, stale_files

    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path}")
        return 1 if stale else 0
    for path in build(stems=args.lessons or None):
        print(f"wrote {path}")
    return 0


def _autograde(args):
    from .parallel import autograde_command

    return autograde_command(args.assignments, students=args.student, jobs=args.jobs, force=args.force)


if __name__ == "__main__":
    sys.exit(main())

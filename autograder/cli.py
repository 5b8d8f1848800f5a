"""The course's command line: ``dlnp check NOTEBOOK``, ``dlnp progress``, ``dlnp list``, and for instructors
``dlnp build`` and ``dlnp autograde ASSIGNMENT`` (nbgrader's autograde, one worker per core)."""
import argparse
import sys
from pathlib import Path

from . import parallel
from .i18n import _, language, speaking


class _Parser(argparse.ArgumentParser):
    """A usage mistake is one line on stderr (exit status 2), not the usage text and then the error."""

    def error(self, message):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def main(argv=None):
    parser = _Parser(prog="dlnp", description="Deep learning from scratch in NumPy: the course tools.")
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
    parallel.add_arguments(p)  # standard library only: nbgrader is imported when a class is graded
    p = sub.add_parser("gradescope", help="build the Gradescope autograder zip of a lesson (instructors)")
    p.add_argument("assignment", help="the lesson, such as 01_logistic_regression")
    p.add_argument("--output", "-o", type=Path, help="the zip to write (default ASSIGNMENT-autograder.zip)")
    p.add_argument("--sandbox", choices=["auto", "bubblewrap", "none"], default="auto",
                   help="the OS sandbox of its grader: auto (used where it works), bubblewrap (required: a container"
                        " without it grades nothing) or none")
    args = parser.parse_args(argv)
    try:
        return {"check": _check, "progress": _progress, "list": _list, "build": _build,
                "autograde": _autograde, "gradescope": _gradescope}[args.command](args)
    except BrokenPipeError:  # the output went to a pager or `head` that stopped reading: not an error of ours
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _read(path):
    """The notebook at ``path``, or None after saying in one line why it cannot be graded."""
    nb, problem = _load(path)
    if problem:
        print(f"dlnp: {problem}", file=sys.stderr)
    return nb


def _load(path, name=None):
    """(notebook, None), or (None, one line saying why the file at ``path`` cannot be graded and what to do).

    ``name`` is how the line calls the file (default: the path as given).
    """
    import json

    import nbformat

    from .notebook import tests_in

    name = name or str(path)
    fresh = _("start again from a fresh copy of the lesson in course/")
    if path.is_dir():
        return None, _("{name} is a folder, not a notebook: pass the .ipynb file").format(name=name)
    if not path.exists():
        return None, _("no such notebook: {name}").format(name=name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, _("cannot read {name}: {error} (check the file's permissions)").format(
            name=name, error=exc.strerror or exc)
    if path.suffix == ".py":
        return None, _("{name} is a Python file, not a notebook: dlnp check grades the lesson's .ipynb file").format(
            name=name)
    if not data.strip():
        return None, _("cannot read {name} as a notebook: the file is empty; restore it from .ipynb_checkpoints/ or"
                       " {fresh}").format(name=name, fresh=fresh)
    try:
        if b"\0" in data[:8192]:
            raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "a NUL byte")
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, _("cannot read {name} as a notebook: it holds binary data, not the text of a notebook (pass"
                       " the .ipynb file Jupyter saved)").format(name=name)
    try:
        content = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, _("cannot read {name} as a notebook: it is not valid JSON ({error} at line {line}, column"
                       " {column}); restore it from .ipynb_checkpoints/ or {fresh}").format(
            name=name, error=exc.msg, line=exc.lineno, column=exc.colno, fresh=fresh)
    if not (isinstance(content, dict) and "cells" in content and "nbformat" in content):
        return None, _("cannot read {name} as a notebook: it is JSON, but not a Jupyter notebook (no cells)").format(
            name=name)
    try:
        nb = nbformat.reads(text, as_version=4)
        tests = tests_in(nb)
    except Exception as exc:  # an unreadable file is a clear message, not a traceback
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        return None, _("cannot read {name} as a notebook: {reason}; {fresh}").format(name=name, reason=reason,
                                                                                      fresh=fresh)
    if not tests:
        return None, _("{name} has no exercise test cells (lines like test(\"module.name\")): pass a lesson notebook,"
                       " or copy the deleted test cells back from a fresh copy of the lesson in course/").format(name=name)
    return nb, None


def _lesson_stems():
    """The lessons, e.g. ["01_logistic_regression", ...], in course order (from the checks' module list when
    the lesson sources are not installed)."""
    from .build import lessons
    from .checks import MODULES

    return lessons() or [f"{i:02d}_{module}" for i, module in enumerate(MODULES, 1)]


def _unknown_lesson(name, known=None):
    """The line saying that ``name`` is no lesson, and which lessons there are."""
    stems = _lesson_stems()
    guess = [s for s in stems if name in (s, s[:2], s[3:]) or s.startswith(name + "_")]
    hint = f" (did you mean {guess[0]}?)" if guess else ""
    return f"no lesson named {name}{hint}: the lessons are {', '.join(known or stems)}"


def _lesson_of(path, nb):
    """A note when the file's name says one lesson and its test cells another, else None."""
    from .build import module_of
    from .notebook import tests_in

    stems = _lesson_stems()
    by_module = {module_of(s): s for s in stems}
    holds = list(dict.fromkeys(by_module.get(e.split(".")[0], e.split(".")[0]) for _, e in tests_in(nb)))
    named = path.stem if path.stem in stems else next((s for s in stems if s[:3] == path.stem[:3]), None)
    if named is None or holds == [named]:
        return None
    what = (_("lesson {name}") if len(holds) == 1 else _("lessons {name}")).format(name=", ".join(holds))
    return _("note: {file} holds the exercises of {what} (graded as such, whatever its name)").format(
        file=path.name, what=what)


def _expand(path):
    """The notebooks ``dlnp check PATH`` grades: the path itself, or the lesson notebooks of a folder (after a
    note); [] after saying in one line what to pass instead."""
    if not path.is_dir():
        return [path]
    notebooks = sorted(path.glob("[0-9][0-9]_*.ipynb"))
    if notebooks:
        print(_("note: {path} is a folder: grading its lesson notebooks ({names})").format(
            path=path, names=", ".join(p.name for p in notebooks)))
        return notebooks
    lessons = sorted(path.glob("[0-9][0-9]_*/[0-9][0-9]_*.ipynb"))
    if lessons:
        print("dlnp: " + _("{path} is a folder of lessons, not a notebook: pass one, as in dlnp check {example}, or"
                           " grade them all with dlnp progress {path}").format(path=path, example=lessons[0]),
              file=sys.stderr)
    else:
        others = sorted(p.name for p in path.glob("*.ipynb"))
        which = (_("one of its notebooks ({names})").format(names=", ".join(others[:5])) if others
                 else _("the path of a lesson's .ipynb file"))
        print("dlnp: " + _("{path} is a folder, not a notebook: pass {which}").format(path=path, which=which),
              file=sys.stderr)
    return []


def _own_notebooks():
    """For a learner grading their own work the OS sandbox protects nothing of anyone else's: no warning."""
    import logging
    logging.getLogger("autograder.sandbox").setLevel(logging.ERROR)


def _check(args):
    from .notebook import edition, format_table, grade_notebook

    _own_notebooks()
    status = 0
    for folder in args.notebooks:
        paths = _expand(folder)
        if not paths:
            status = 2
        for path in paths:
            nb = _read(path)
            if nb is None:
                status = 2
                continue
            with speaking(edition(nb)):
                note = _lesson_of(path, nb)
            if note:
                print(note)
            graded = grade_notebook(nb)
            print(format_table(path, graded))
            if any(not r.passed for r in graded.results) and status == 0:
                status = 1
    return status


def _progress(args):
    from .notebook import grade_notebook

    _own_notebooks()
    if args.folder.is_file():
        print("dlnp: " + _("{folder} is a file, not a folder: dlnp progress grades every lesson under a folder"
                           " (default course/); for one notebook run dlnp check {folder}").format(folder=args.folder),
              file=sys.stderr)
        return 2
    if not args.folder.is_dir():
        print("dlnp: " + _("no such folder: {folder} (dlnp progress grades every lesson under a folder, default"
                           " course/)").format(folder=args.folder), file=sys.stderr)
        return 2
    # one edition's lessons: the Korean ones (folders NN_<module>_ko) when the language is Korean
    korean = language() == "ko"
    notebooks = sorted(p for p in args.folder.glob("[0-9][0-9]_*/[0-9][0-9]_*.ipynb")
                       if p.parent.name.endswith("_ko") == korean)
    if not notebooks:
        print("dlnp: " + _("no lesson notebooks under {folder}/").format(folder=args.folder), file=sys.stderr)
        return 2
    total = possible = status = 0
    for path in notebooks:
        nb, problem = _load(path, name=path.name)
        if nb is None:  # one line in the table, and the others are still graded
            print(f"{path.parent.name:<28} " + _("could not be graded: {problem}").format(problem=problem), flush=True)
            status = 2
            continue
        results = grade_notebook(nb).results
        earned, points = sum(r.earned for r in results), sum(r.points for r in results)
        done = sum(r.passed for r in results)
        total, possible = total + earned, possible + points
        bar = "█" * round(10 * earned / points) + "·" * (10 - round(10 * earned / points))
        print(f"{path.parent.name:<28} {bar} " + _("{earned}/{points} points, {done} of {count} exercises done").format(
            earned=f"{earned:g}", points=f"{points:g}", done=done, count=len(results)))
    course = _("course")
    print(f"{course:<28} " + _("{earned}/{points} points").format(earned=f"{total:g}", points=f"{possible:g}"))
    return status


def _list(args):
    import autograder

    for exercise_id in autograder.exercises():
        print(f"{exercise_id}  (" + _("{count} points").format(count=f"{autograder.points(exercise_id):g}") + ")")
    return 0


def _instructor_tools_missing(command, modules):
    """Say in one line how to install the instructor tools when one of ``modules`` cannot be imported."""
    import importlib

    from .build import ROOT

    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            if (ROOT / "pyproject.toml").is_file():  # a source checkout of the course
                target = "." if Path.cwd().resolve() == ROOT else str(ROOT)
                install = f'pip install -e "{target}[instructor]"'
            else:
                install = 'pip install "numpy-deep-learning-course[instructor]"'
            print(f"dlnp: dlnp {command} needs the instructor tools ({exc.name or module} is not installed):"
                  f" {install}", file=sys.stderr)
            return True
    return False


def _build(args):
    stems = _lesson_stems()
    unknown = [name for name in args.lessons if name not in stems]
    if unknown:
        print(f"dlnp: {_unknown_lesson(unknown[0])}", file=sys.stderr)
        return 2
    if _instructor_tools_missing("build", ["jupytext", "nbgrader", "babel"]):
        return 2

    from . import catalogs
    from .build import build, stale_files

    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path}")
        return 1 if stale else 0
    for path in catalogs.update() + build(stems=args.lessons or None):
        print(f"wrote {path}")
    return 0


def _autograde(args):
    if _instructor_tools_missing("autograde", ["nbgrader"]):
        return 2
    here = Path.cwd()
    if not ((here / "nbgrader_config.py").is_file() and (here / "solutions" / "source").is_dir()):
        from .build import ROOT

        where = f", here {ROOT}" if (ROOT / "nbgrader_config.py").is_file() else ""
        print(f"dlnp: {here} is not the course root: run dlnp autograde from the course root (the folder with"
              f" nbgrader_config.py{where})", file=sys.stderr)
        return 2
    known = set(_lesson_stems()) | {p.parent.name for p in (here / "solutions" / "source").glob("*/*.ipynb")}
    unknown = [name for name in args.assignments if name not in known]
    if unknown:
        print(f"dlnp: {_unknown_lesson(unknown[0], sorted(known))}", file=sys.stderr)
        return 2

    return parallel.run(args)


def _gradescope(args):
    from .gradescope import build_zip

    if args.assignment not in _lesson_stems() + [f"{stem}_ko" for stem in _lesson_stems()]:
        print(f"dlnp: {_unknown_lesson(args.assignment)}", file=sys.stderr)
        return 2
    try:
        path = build_zip(args.assignment, args.output or Path(f"{args.assignment}-autograder.zip"), sandbox=args.sandbox)
    except (ValueError, OSError) as exc:
        print(f"dlnp: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {path}: upload it as the autograder of a Gradescope programming assignment (students submit"
          f" {args.assignment}.ipynb)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Grading on Gradescope: ``dlnp gradescope ASSIGNMENT`` builds the autograder zip, and
``python -m autograder.gradescope run ASSIGNMENT`` grades one submission inside Gradescope's container.

Gradescope's autograder specification (gradescope-autograders.readthedocs.io, "Autograder Specifications"):
the zip holds ``setup.sh`` and ``run_autograder`` at its root; Gradescope extracts it into
``/autograder/source``, runs ``setup.sh`` once when it builds the image (Ubuntu), copies ``run_autograder`` to
``/autograder`` and runs it, from ``/autograder``, for each submission, which it puts in
``/autograder/submission``; the scores go to ``/autograder/results/results.json``. The zip::

    setup.sh                   apt-get: python3, python3-venv, python3-pip, bubblewrap; a venv at /opt/dlnp-venv;
                               pip install ./source (the course, not editable: the sandbox masks the installed
                               answer key from student code)
    run_autograder             runs this module with that venv's Python (python3 on PATH without one); writes a
                               results.json itself if Python cannot, and always exits 0
    release/ASSIGNMENT.ipynb   the student release: which exercises the assignment has, their points, and the
                               test cells to restore when a submission lost some
    source/                    the course package: pyproject.toml, README.md, LICENSE, autograder/ (with its
                               datasets) and solutions/*.py, the reference library the grader compares with
                               (not the master notebooks, the lesson scripts or the tests)

The runner finds the notebook in ``$GRADESCOPE_ROOT/submission`` (default root ``/autograder``): the one named
``ASSIGNMENT.ipynb``, else the only notebook there (the top-level output says so), else a clear message. It
grades it with ``notebook.grade_notebook``, the one path behind every score of the course (sandboxed, hidden
cases included), after restoring the test cells of any of the assignment's exercises the notebook lost, as
nbgrader does; an exercise is graded on its own code whatever the notebook's test cells say.

results.json, and hidden cases. The score is always the full score, hidden cases included (as nbgrader's);
what a student sees before grades are published is only what the notebook's own ``test(...)`` lines show them:

- one test per exercise of the assignment, ``"visibility": "visible"``, named by the exercise id, numbered in
  notebook order, with ``score`` the points earned on every case (hidden ones included) of ``max_score`` the
  exercise's points; its ``output`` is the report on the public cases (the exercise graded a second time, in a
  fresh sandboxed process, with ``hidden=False``), then a line saying that the score also counts hidden cases,
  what the public cases alone would earn, and that the full report comes once grades are published;
- when the full report says more than the public one, a second test for that exercise, ``"visibility":
  "after_published"``, ``score`` 0 of ``max_score`` 0 (so the total is unchanged), whose output is the full
  report (the report nbgrader's feedback would show): the hidden cases' messages, which may name their inputs;
- the top level: ``score`` (the sum of the tests' scores), ``output`` (a summary: points, the notebook graded
  and why, test cells restored, errors the notebook's code raised while it was loaded), ``execution_time``, and
  ``stdout_visibility`` "hidden" (the log, sandbox warnings included, is for the instructor).

For example, a ``propagate`` whose ``db`` is wrong only for a single example, which only a hidden case has::

    {"name": "logistic_regression.propagate", "number": "3", "score": 2.25, "max_score": 3.0,
     "status": "failed", "visibility": "visible", "tags": ["logistic_regression"],
     "output": "✔ logistic_regression.propagate: all 4 checks passed\\n  ✔ grads   ✔ cost   ...\\n\\nScore 2.25 / 3:
                every case counts, hidden ones included (the public cases above alone: 3); the full report,
                hidden cases included, is shown once grades are published."},
    {"name": "logistic_regression.propagate: full report (hidden cases included)", "number": "3.1",
     "score": 0.0, "max_score": 0.0, "status": "failed", "visibility": "after_published",
     "tags": ["logistic_regression", "hidden cases"],
     "output": "✘ logistic_regression.propagate: 3 of 4 checks passed (score 0.75)\\n  grads['db'] is 0; expected
                0.490229 (in a hidden case with a single example)\\n  ✔ cost   ..."}

A mistake the public cases show (``dw`` without its 1/m) gives the same report either way: then there is one
test, visible, and nothing waits for publishing.

The public report comes from a second grading process, so a notebook whose functions give different answers
from run to run could show a public report that the full one contradicts; the score is the full one's.

Language: what the student reads (the outputs, the notes, the reasons) is in the language of the submitted
notebook's edition (``notebook.edition``: the Korean release's submissions read Korean), or of the assignment's
release when no notebook can be read; the zip's fallback message is in the release's. The log stays English.

A submission that cannot be graded (no notebook, several and none named for the assignment, a file that is
not a notebook, code that never finishes loading) gets score 0, every exercise 0 with the reason, and the
reason at the top; a failure of the grader itself is reported as such. results.json is always valid and
``run_autograder`` always exits 0.

Security on Gradescope: Gradescope runs the autograder as root in a Docker container, one container per
submission. Where bubblewrap can make its namespaces there, the OS sandbox holds as the README describes. Where
it cannot (Docker's default seccomp profile forbids them), a zip built with ``--sandbox auto`` (the default)
grades without it and says so in the log: student code then runs as root in that container, and could read the
answer key or write results.json; the harm stays in that one submission's container, but its score cannot be
trusted. Check the log of a first submission for "the OS sandbox is OFF", or build the zip with ``--sandbox
bubblewrap``: then a container without the sandbox grades nothing and every submission gets a message saying
so, never a score from unsandboxed code.
"""
import argparse
import copy
import json
import os
import sys
import time
import traceback
import zipfile
from pathlib import Path

from .build import ROOT
from .i18n import L, _, speaking
from .runner import Settings
from .sandbox import MODES, Unavailable
from .sandbox import status as sandbox_status

VENV = "/opt/dlnp-venv"
VISIBILITIES = ("hidden", "after_due_date", "after_published", "visible")
SKIPPED_PARTS = {".ipynb_checkpoints", "__MACOSX", "__pycache__"}

SETUP_SH = """\
#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DEBIAN_FRONTEND=noninteractive
apt-get update
# bubblewrap: the OS sandbox around student code (the grader falls back, and logs it, where it cannot run)
apt-get install -y --no-install-recommends python3 python3-venv python3-pip bubblewrap
python3 -m venv VENV
VENV/bin/pip install --upgrade pip
VENV/bin/pip install "$HERE/source"
VENV/bin/python -c "import autograder; print('course installed:', len(autograder.exercises()), 'exercises')"
""".replace("VENV", VENV)

RUN_AUTOGRADER = """\
#!/usr/bin/env bash
# Gradescope runs this for each submission. It always leaves a valid results/results.json and exits 0:
# a submission that cannot be graded gets a message and score 0, never a crash.
ROOT="${GRADESCOPE_ROOT:-/autograder}"
PYTHON="VENV/bin/python3"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"
rm -f "$ROOT/results/results.json"
# from /: nothing in the working folder shadows the course's modules
(cd / && "$PYTHON" -m autograder.gradescope run "ASSIGNMENT" --root "$ROOT" --sandbox "SANDBOX")
status=$?
if [ ! -s "$ROOT/results/results.json" ]; then
    mkdir -p "$ROOT/results"
    printf '{"score": 0.0, "stdout_visibility": "hidden", "tests": [], "output": "%s"}\\n' \\
        "FAILURE" \\
        > "$ROOT/results/results.json"
fi
exit 0
""".replace("VENV", VENV)

# what run_autograder reports when Python cannot grade at all, in the assignment's language (put in by build_zip)
FAILURE = L("The autograder itself failed (exit status {status}) before it could grade your notebook: this is not"
            " a mark of your work. Please tell your instructor.", status="$status")


# ---------------------------------------------------------------------------------------------------- the zip

def release_notebook(assignment, root=ROOT):
    """The student release of ``assignment`` in a course checkout: course/ASSIGNMENT/ASSIGNMENT.ipynb."""
    return Path(root) / "course" / assignment / f"{assignment}.ipynb"


def zip_members(assignment, root=ROOT):
    """[(name in the zip, path on disk)] of the course files the autograder needs, scripts not included."""
    root = Path(root)
    release = release_notebook(assignment, root)
    if not release.is_file():
        raise ValueError(f"no release notebook for {assignment}: expected {release} (run dlnp build)")
    members = [(f"source/{name}", root / name) for name in ("pyproject.toml", "README.md", "LICENSE")]
    for path in sorted((root / "autograder").rglob("*")):
        if path.is_file() and not SKIPPED_PARTS & set(path.parts) and path.suffix != ".pyc":
            members.append((f"source/{path.relative_to(root).as_posix()}", path))
    members += [(f"source/solutions/{p.name}", p) for p in sorted((root / "solutions").glob("*.py"))]
    members.append((f"release/{assignment}.ipynb", release))
    missing = [str(path) for _, path in members if not path.is_file()]
    if missing:
        raise ValueError(f"the course files {', '.join(missing)} are missing: build the zip from a checkout of the course")
    return members


def build_zip(assignment, output, root=ROOT, sandbox="auto"):
    """Write the Gradescope autograder zip of ``assignment`` to ``output``; returns its path.

    ``sandbox`` is the mode its grader runs in: "bubblewrap" grades nothing where the OS sandbox cannot be made
    (each submission then gets a message for the instructor instead of a score from unsandboxed code).
    Raises ValueError (a one-line reason) when a file the zip needs is missing.
    """
    if sandbox not in MODES:
        raise ValueError(f"the sandbox mode is one of {', '.join(MODES)}, not {sandbox!r}")
    output = Path(output)
    members = zip_members(assignment, root)
    with speaking(_release_edition(release_notebook(assignment, root))):
        failure = str(FAILURE)
    for unsafe, safe in (('"', "'"), ("\\", "/"), ("`", "'")):  # it is a string in double quotes, and in JSON
        failure = failure.replace(unsafe, safe)
    scripts = {"setup.sh": SETUP_SH,
               "run_autograder": RUN_AUTOGRADER.replace("ASSIGNMENT", assignment).replace("SANDBOX", sandbox)
               .replace("FAILURE", failure)}
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in scripts.items():
            _add(archive, name, text.encode(), 0o755)
        for name, path in members:
            _add(archive, name, path.read_bytes(), 0o644)
    os.replace(partial, output)
    return output


def _release_edition(path):
    """The edition ("en", "ko") of the release notebook at ``path``: the language of what its submissions read."""
    from .notebook import edition

    try:
        import nbformat

        return edition(nbformat.read(path, as_version=4))
    except Exception:
        return "en"


def _add(archive, name, data, mode):
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.external_attr = (0o100000 | mode) << 16  # a regular file with these permissions, as unzip restores them
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


# ---------------------------------------------------------------------------------------------------- the runner

def find_notebook(folder, assignment):
    """(path, note, problem): the submitted notebook and, when it is not the expected one, a note saying which
    was taken; or (None, None, why none can be graded). The note and the problem are lazy texts (i18n.L), said
    in the language of wherever they are shown."""
    expected = f"{assignment}.ipynb"
    folder = Path(folder)
    if not folder.is_dir():
        return None, None, L("no submission was found (no folder {folder}): upload your {expected}", folder=folder,
                             expected=expected)
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not SKIPPED_PARTS & set(p.relative_to(folder).parts))
    notebooks = [p for p in files if p.suffix == ".ipynb"]
    named = sorted((p for p in notebooks if p.name == expected), key=lambda p: (len(p.parts), str(p)))

    def shown(path):
        return path.relative_to(folder).as_posix()

    if named:
        others = ", ".join([shown(p) for p in notebooks if p != named[0]][:10])
        nested = len(named[0].relative_to(folder).parts) > 1
        if nested and others:
            note = L("graded {path}; other notebooks ignored: {others}", path=shown(named[0]), others=others)
        elif nested:
            note = L("graded {path}", path=shown(named[0]))
        elif others:
            note = L("other notebooks ignored: {others}", others=others)
        else:
            note = None
        return named[0], note, None
    if len(notebooks) == 1:
        return notebooks[0], L("graded {path}, the only notebook in your submission (expected name: {expected})",
                               path=shown(notebooks[0]), expected=expected), None
    if notebooks:
        return None, None, L("your submission holds {count} notebooks and none is named {expected} ({names}): submit"
                             " only {expected}", count=len(notebooks), expected=expected,
                             names=", ".join(shown(p) for p in notebooks[:10]))
    if files:
        return None, None, L("your submission holds no notebook (it holds {names}): upload your {expected}",
                             names=", ".join(shown(p) for p in files[:10]), expected=expected)
    return None, None, L("your submission holds no notebook (it is empty): upload your {expected}", expected=expected)


def read_notebook(path, name):
    """(notebook, None), or (None, why the file cannot be graded), in the words of ``dlnp check``.

    A readable notebook that has lost every test cell is accepted: the runner restores them.
    """
    from .cli import _load

    nb, problem = _load(Path(path), name=name)
    if nb is not None:
        return nb, None
    try:  # _load refuses a notebook without test cells; restoring them is the runner's job
        import nbformat

        from .notebook import tests_in

        text = Path(path).read_text(encoding="utf-8")
        content = json.loads(text)
        if isinstance(content, dict) and "cells" in content and "nbformat" in content:
            nb = nbformat.reads(text, as_version=4)
            if not tests_in(nb):
                return nb, None
    except Exception:
        pass
    return None, problem


def restore_tests(nb, release):
    """(notebook to grade, exercises whose test cells were restored): ``nb`` with a test cell appended for each
    exercise of ``release`` that it holds no test cell of (nbgrader restores deleted test cells too)."""
    import nbformat

    from .notebook import nbgrader_metadata, tests_in

    found = {exercise for _, exercise in tests_in(nb)}
    missing = [(grade_id, exercise) for grade_id, exercise in tests_in(release) if exercise not in found]
    if not missing:
        return nb, []
    nb = copy.deepcopy(nb)
    # the same kind as the notebook's own test cells: with nbgrader's metadata if it has any, else plain
    has_grade_cells = any(nbgrader_metadata(c).get("grade") for c in nb.cells if c.get("cell_type") == "code")
    for grade_id, exercise in missing:
        cell = nbformat.v4.new_code_cell(f'grade("{exercise}", {exercise.split(".", 1)[1]})')
        if has_grade_cells:
            cell.metadata["nbgrader"] = {"grade": True, "grade_id": grade_id, "locked": True, "solution": False,
                                         "schema_version": 3}
        nb.cells.append(cell)
    return nb, list(dict.fromkeys(e for _, e in missing))


def grade(nb, release, settings=None):
    """The results.json of a readable notebook ``nb`` for the assignment whose release is ``release``, in the
    language of ``nb``'s edition."""
    with speaking(_edition(nb)):
        return _grade(nb, release, settings)


def _grade(nb, release, settings):
    from .exercise import REGISTRY
    from .notebook import code_to_grade, grade_notebook, tests_in
    from .runner import SandboxRunner

    expected = list(dict.fromkeys(e for _, e in tests_in(release)))
    held = {e for _, e in tests_in(nb)}
    notes = []
    if expected and not held & set(expected):
        others = sorted({e.split(".")[0] for e in held})
        if others:
            notes.append(_("your notebook holds none of this assignment's exercises (it holds the exercises of"
                           " {lessons}): is it the right notebook?").format(lessons=", ".join(others)))
        else:
            notes.append(_("your notebook holds none of this assignment's exercises: is it the right notebook?"))
    nb, restored = restore_tests(nb, release)
    if restored and held & set(expected):
        notes.append(_("the test cells of {exercises} were missing from your notebook: they were restored and"
                       " graded, as nbgrader does").format(exercises=", ".join(restored)))
    graded = grade_notebook(nb, settings)
    full = {}
    for result in graded.results:
        full.setdefault(result.exercise, result)
    public = {}
    if graded.problem is None:  # the same code again, in a fresh process: the report the notebook's test() shows
        with SandboxRunner(code_to_grade(nb), settings) as runner:
            public = {e: REGISTRY[e].grade(runner, hidden=False) for e in expected}
    tests = []
    for number, exercise_id in enumerate(expected, 1):
        exercise, result = REGISTRY[exercise_id], full.get(exercise_id)
        module = exercise_id.split(".")[0]
        earned = result.earned if result else 0.0
        text = result.text if result else _("✘ {exercise}: not graded").format(exercise=exercise_id)
        visible = text
        if exercise_id in public and str(public[exercise_id]) != text:
            shown = exercise.earned(public[exercise_id])
            visible = f"{public[exercise_id]}\n\n" + _(
                "Score {earned} / {points}: every case counts, hidden ones included (the public cases above alone:"
                " {public}); the full report, hidden cases included, is shown once grades are published.").format(
                earned=f"{earned:g}", points=f"{exercise.points:g}", public=f"{shown:g}")
        status = "passed" if result and result.passed else "failed"
        tests.append({"name": exercise_id, "number": str(number), "score": earned, "max_score": float(exercise.points),
                      "status": status, "visibility": "visible", "tags": [module], "output": visible})
        if visible != text:
            tests.append({"name": _("{exercise}: full report (hidden cases included)").format(exercise=exercise_id),
                          "number": f"{number}.1", "score": 0.0, "max_score": 0.0, "status": status,
                          "visibility": "after_published", "tags": [module, "hidden cases"], "output": text})
    score = round(sum(t["score"] for t in tests), 6)
    possible = sum(t["max_score"] for t in tests)
    done = sum(t["status"] == "passed" for t in tests if t["visibility"] == "visible")
    lines = [_("{score} / {possible} points: {done} of {total} exercises with full marks.").format(
        score=f"{score:g}", possible=f"{possible:g}", done=done, total=len(expected))]
    if graded.problem:
        lines.append(_("No function could be graded: {problem}.").format(problem=graded.problem))
    else:
        lines.append(_("Each exercise shows the checks of its test cell; its score also counts hidden cases, whose"
                       " report is shown once grades are published."))
    lines += [_("Note: {note}.").format(note=n) for n in notes]
    if graded.errors and not graded.problem:
        lines.append(_("Your notebook's code raised errors while it was loaded for grading:"))
        lines += [f"  {e}" for e in graded.errors]
    return {"score": score, "output": "\n".join(lines), "tests": tests}


def _edition(nb):
    """The edition of a notebook (notebook.edition), "en" when its metadata cannot say."""
    from .notebook import edition

    try:
        return edition(nb)
    except Exception:
        return "en"


def not_graded(reason, release=None):
    """The results.json of a submission that cannot be graded: score 0, the reason at the top and per exercise
    (in the language spoken where it is called)."""
    from .exercise import REGISTRY
    from .notebook import tests_in

    tests = []
    if release is not None:
        expected = [e for e in dict.fromkeys(e for _, e in tests_in(release)) if e in REGISTRY]
        tests = [{"name": e, "number": str(i), "score": 0.0, "max_score": float(REGISTRY[e].points), "status": "failed",
                  "visibility": "visible", "tags": [e.split(".")[0]],
                  "output": _("not graded: {reason}").format(reason=reason)}
                 for i, e in enumerate(expected, 1)]
    return {"score": 0.0, "output": _("Your submission could not be graded: {reason}.").format(reason=reason),
            "tests": tests}


def run(assignment, root="/autograder", release=None, settings=None):
    """Grade the submission under ``root`` and write ``root/results/results.json``; returns what was written.

    Never raises: whatever happens, results.json is valid.
    """
    started = time.monotonic()
    root = Path(root)
    release_path = Path(release) if release else root / "source" / "release" / f"{assignment}.ipynb"
    release_nb = None
    lang = "en"  # what the student reads is in the submitted notebook's language, else the assignment's
    try:
        import logging
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stdout)
        with speaking("en"):  # the instructor's log
            release_nb, problem = read_notebook(release_path, release_path.name)
        if release_nb is None:
            raise RuntimeError(f"the assignment's release notebook cannot be read: {problem}")
        lang = _edition(release_nb)
        required = settings is not None and settings.sandbox == "bubblewrap"
        usable, why = sandbox_status(settings.sandbox if settings else "auto")
        if required and not usable:  # never a score from unsandboxed code where the sandbox was asked for
            raise SandboxMissing(why)
        path, note, problem = find_notebook(root / "submission", assignment)
        nb = None
        if path is not None:
            with speaking(lang):
                nb, problem = read_notebook(path, path.relative_to(root / "submission").as_posix())
        if nb is None:
            with speaking(lang):
                results = not_graded(problem, release_nb)
        else:
            lang = _edition(nb)
            results = grade(nb, release_nb, settings)
            if note:
                with speaking(lang):
                    results["output"] = _("Note: {note}.").format(note=note) + f"\n{results['output']}"
    except (SandboxMissing, Unavailable) as exc:
        print(f"ERROR the OS sandbox this autograder requires cannot be made here: {exc}")  # the instructor's log
        with speaking(lang):
            results = not_graded(_("this autograder requires the operating-system sandbox (bubblewrap), which cannot"
                                   " run in this container, so your notebook was not graded: this is not a mark of"
                                   " your work; please tell your instructor"), release_nb)
    except Exception:
        traceback.print_exc(file=sys.stdout)  # the log is the instructor's
        with speaking(lang):
            results = not_graded(_("the autograder itself failed (an error of the grader, not a mark of your work):"
                                   " please tell your instructor"), release_nb)
    results["execution_time"] = int(round(time.monotonic() - started))
    results["output_format"] = "text"
    results["test_output_format"] = "text"
    results["stdout_visibility"] = "hidden"
    _write(root / "results" / "results.json", results)
    print(results["output"])
    for test in results["tests"]:
        print(f"  {test['name']}: {test['score']:g} / {test['max_score']:g} ({test['visibility']})")
    return results


class SandboxMissing(Exception):
    """The OS sandbox was required (``--sandbox bubblewrap``) and cannot be made in this container."""


def _write(path, results):
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m autograder.gradescope",
                                     description="Grade a Gradescope submission (run by run_autograder).")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="grade $GRADESCOPE_ROOT/submission into results/results.json")
    p.add_argument("assignment", help="the lesson, such as 01_logistic_regression")
    p.add_argument("--root", type=Path, default=Path(os.environ.get("GRADESCOPE_ROOT") or "/autograder"),
                   help="Gradescope's folder (default $GRADESCOPE_ROOT, else /autograder)")
    p.add_argument("--release", type=Path, help="the release notebook (default ROOT/source/release/ASSIGNMENT.ipynb)")
    p.add_argument("--sandbox", choices=MODES, default="auto", help="the OS sandbox: auto, bubblewrap (required) or none")
    args = parser.parse_args(argv)
    run(args.assignment, args.root, args.release, Settings(sandbox=args.sandbox))
    return 0


if __name__ == "__main__":
    sys.exit(main())

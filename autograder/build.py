"""Build the course from its one source of truth.

Inputs (written by hand):
  solutions/<module>.py                   the reference library, one function per exercise
  solutions/lessons/NN_<module>.py        the lesson: text and experiments as a jupytext percent script;
                                          a cell headed ``# %% exercise="name"`` stands for an exercise,
                                          ``# %% given="name"`` (or "module.name") for a library helper shown complete,
                                          ``# %% question="q_name"`` for a question whose answer key is
                                          ``q_name = ...`` in the library file (checked by autograder.question),
                                          ``# %% [markdown] answer="name" points=2`` for a written answer graded
                                          by hand (the cell holds the model answer); a markdown cell shows a figure
                                          of solutions/figures/ as ``![...](attachment:NN_name.svg)``
Outputs (generated, committed, checked for freshness by the tests):
  solutions/source/NN_<module>/NN_<module>.ipynb   the nbgrader master: each exercise cell holds the
                                          library function, its body between solution markers, followed
                                          by a locked test cell
  course/NN_<module>/NN_<module>.ipynb    the student release, made by ``nbgrader generate_assignment``
"""
import ast
import filecmp
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LESSONS = Path("solutions") / "lessons"
SOURCE = Path("solutions") / "source"
RELEASE = Path("course")


def lessons(root=ROOT):
    """The lesson stems, e.g. ["01_logistic_regression", ...], in course order."""
    return sorted(p.stem for p in (root / LESSONS).glob("[0-9][0-9]_*.py"))


def module_of(stem):
    """"01_logistic_regression" (or its Korean edition's "01_logistic_regression_ko") -> "logistic_regression"."""
    return stem.split("_", 1)[1].removesuffix("_ko")


def function_source(module, name):
    """The source text of ``solutions.<module>.<name>``, read from the library file, and its ast node."""
    return _library_definition(module, name, ast.FunctionDef, "function")


def _library_definition(module, name, kind, what):
    """(source text, ast node) of the top-level ``kind`` statement (a def, an assignment) of ``name`` in
    ``solutions/<module>.py``."""
    text = (ROOT / "solutions" / f"{module}.py").read_text()
    for node in ast.parse(text).body:
        binds = [node.name] if isinstance(node, ast.FunctionDef) else [getattr(t, "id", None)
                                                                       for t in getattr(node, "targets", [])]
        if isinstance(node, kind) and binds == [name]:
            return ast.get_source_segment(text, node, padded=True), node
    raise LookupError(f"solutions/{module}.py has no {what} {name!r}")


def solution_cell_source(module, name):
    """The function with its body (after the docstring) between nbgrader's solution markers."""
    source, node = function_source(module, name)
    lines = source.splitlines()
    first = node.lineno
    body = node.body[1:] if ast.get_docstring(node) else node.body
    start = body[0].lineno - first  # index of the first statement after the docstring
    indent = " " * body[0].col_offset
    return "\n".join(lines[:start] + [f"{indent}### BEGIN SOLUTION"] + lines[start:] + [f"{indent}### END SOLUTION"])


def answer_cell_source(module, name):
    """A question's answer cell: the answer key's assignment ``name = ...`` between solution markers."""
    source, _ = _library_definition(module, name, ast.Assign, "answer")
    return f"### BEGIN SOLUTION\n{source}\n### END SOLUTION"


def test_cell_source(exercise_id, edition="en"):
    """A visible check the student runs, and the hidden grading line nbgrader scores (it names only the id).

    The cell imports what it uses and names the function only by its id, so that run too early (before the
    imports, or before the answer's cell) it says what to run first rather than raising a NameError. A Korean
    edition's cell asks for the report in Korean (``lang="ko"``).
    """
    lang = "" if edition == "en" else f', lang="{edition}"'
    return ("from autograder import grade, test\n"
            f'test("{exercise_id}"{lang})\n'
            "### BEGIN HIDDEN TESTS\n"
            f'grade("{exercise_id}"{lang})\n'
            "### END HIDDEN TESTS")


def with_figures(cell):
    """A markdown cell with the figures it shows (``attachment:NN_name.svg``) stored in its attachments."""
    from solutions import figures

    names = list(dict.fromkeys(FIGURE.findall(cell.source)))
    if names:
        cell["attachments"] = {name: figures.attachment(name) for name in names}
    return cell


FIGURE = re.compile(r"\(attachment:([\w.-]+\.svg)\)")


def _nbgrader(grade_id, solution=False, grade=False, locked=False, points=None):
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def edition_cells(cells, edition):
    """The lesson's cells as one edition shows them.

    Prose is written twice: each English markdown cell is followed by its Korean twin, a markdown cell headed
    ``lang="ko"``. Code, exercises, questions and figures have no ``lang`` and belong to every edition.
    """
    chosen = []
    for i, cell in enumerate(cells):
        lang = cell.metadata.get("lang")
        twin = i + 1 < len(cells) and cells[i + 1].metadata.get("lang") not in (None, "en")
        if lang == edition or lang is None and (edition == "en" or cell.cell_type != "markdown" or not twin):
            chosen.append(cell)
    return chosen


def editions(root, stem):
    """The editions a lesson exists in: English, and Korean once the lesson has Korean prose."""
    text = (Path(root) / LESSONS / f"{stem}.py").read_text()
    return ["en", "ko"] if re.search(r'^# %%.*\blang="ko"', text, re.M) else ["en"]


def assignment(stem, edition="en"):
    """The nbgrader assignment (folder and notebook name) of a lesson's edition: "01_logistic_regression_ko"."""
    return stem if edition == "en" else f"{stem}_{edition}"


def master_notebook(root, stem, edition="en"):
    """Turn one lesson script into the nbgrader master notebook (a NotebookNode) of one edition."""
    import jupytext
    import nbformat

    import autograder

    module = module_of(stem)
    importlib.import_module(f"solutions.{module}")
    lesson = jupytext.read(root / LESSONS / f"{stem}.py", fmt="py:percent")
    cells, seen = [], set()
    for cell in edition_cells(lesson.cells, edition):
        meta = dict(cell.metadata)
        meta.pop("lang", None)
        if "exercise" in meta or "question" in meta:
            # an exercise (a function to write) or a question (a prediction to write down), and its test cell
            name = meta.pop("exercise", None) or meta.pop("question")
            exercise_id = f"{module}.{name}"
            if exercise_id not in autograder.exercises():
                raise LookupError(f"{stem}: {exercise_id} has no checks in autograder/checks/{module}.py")
            source = solution_cell_source(module, name) if "question" not in cell.metadata else answer_cell_source(
                module, name)
            cells.append(nbformat.v4.new_code_cell(source, metadata=_nbgrader(name, solution=True)))
            cells.append(nbformat.v4.new_code_cell(test_cell_source(exercise_id, edition), metadata=_nbgrader(
                f"{name}-test", grade=True, locked=True, points=autograder.points(exercise_id))))
            seen.add(exercise_id)
        elif "answer" in meta:
            # a written answer the instructor grades by hand; the master holds a model answer, the release a blank
            cells.append(with_figures(nbformat.v4.new_markdown_cell(cell.source, metadata=_nbgrader(
                meta.pop("answer"), solution=True, grade=True, points=float(meta.pop("points"))))))
        elif "given" in meta:
            # a library helper the lesson hands to the student complete, read-only
            # "name" is a helper of this lesson's library; "module.name" one of another lesson's
            owner, _, name = meta.pop("given").rpartition(".")
            cells.append(nbformat.v4.new_code_cell(function_source(owner or module, name)[0], metadata=_nbgrader(
                f"given-{name}", locked=True)))
        elif cell.cell_type == "markdown":
            cells.append(with_figures(nbformat.v4.new_markdown_cell(cell.source)))
        else:
            cells.append(nbformat.v4.new_code_cell(cell.source))
    missing = [e for e in autograder.exercises() if e.startswith(module + ".") and e not in seen]
    if missing:
        raise LookupError(f"{stem}: the lesson has no exercise cell for {missing}")
    for i, cell in enumerate(cells):
        cell["id"] = f"c{i:03d}"  # stable ids keep the generated files reproducible
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                   "language_info": {"name": "python"}}
    if edition != "en":
        nb.metadata["dlnp"] = {"edition": edition}  # the language of the grader's reports on this notebook
    return nb


def build(root=ROOT, stems=None):
    """Write every master notebook and generate every student release under ``root``.

    Returns:
    written -- list of the paths (relative to root) of the generated files
    """
    import nbformat

    root = Path(root)
    written = []
    for stem in stems or lessons(root):
        for edition in editions(root, stem):
            name = assignment(stem, edition)
            master = root / SOURCE / name / f"{name}.ipynb"
            master.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(master_notebook(root, stem, edition), master)
            _generate_assignment(root, name)
            written += [master.relative_to(root), (root / RELEASE / name / f"{name}.ipynb").relative_to(root)]
    return written


def _generate_assignment(root, stem):
    """``nbgrader generate_assignment`` for one lesson, with the course root and gradebook under ``root``."""
    bin_dir = os.path.dirname(sys.executable)  # nbgrader shells out to alembic: it must be on PATH
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""))
    command = [sys.executable, "-m", "nbgrader", "generate_assignment", stem, "--force",
               f"--CourseDirectory.root={root}", "--log-level=WARN"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"nbgrader generate_assignment {stem} failed:\n{result.stdout}\n{result.stderr}")


def stale_files(root=ROOT):
    """Generated files under ``root`` that differ from a fresh build (empty when all are fresh): the notebooks,
    and the translation catalogs (catalogs.py)."""
    from . import catalogs

    root = Path(root)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        shutil.copytree(root / LESSONS, tmp / LESSONS)
        fresh = build(tmp)
        return [str(p) for p in fresh
                if not (root / p).exists() or not filecmp.cmp(root / p, tmp / p, shallow=False)] + catalogs.stale()

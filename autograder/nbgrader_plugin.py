"""nbgrader preprocessors that grade from the submission's code in a separate process.

nbgrader runs test cells in the student's own kernel, where one line such as
``np.allclose = lambda *a, **k: True`` or ``def grade(*a): return 3.0`` can fake a pass. With these
preprocessors (configured in the repository's ``nbgrader_config.py``), ``nbgrader autograde``:

0. ``RepairCells`` (while sanitising): duplicated, stripped or deleted cells cannot crash nbgrader;
1. ``GradeOutOfProcess`` (before execution): runs the submission's answer cells, helpers and imports in
   a child process (``sandbox.py``) and grades every exercise from here, where student code never runs;
2. ``ExecuteAndFlag`` (nbgrader's ``Execute``): runs the notebook as usual for the feedback, but a dead
   kernel or a cell that never finishes no longer loses the submission: it is flagged in the
   gradebook, noted at the top of the notebook, and logged as an error;
3. ``RecordGrades`` (after execution): writes each test cell's output, the report and the points as a
   plain float, which nbgrader's ``SaveAutoGrades`` then records.
"""
import ast
import os
import re

import nbformat
from nbgrader.preprocessors import Execute, NbGraderPreprocessor

from .exercise import REGISTRY
from .sandbox import Sandbox

OUT_OF_PROCESS = "AUTOGRADER_OUT_OF_PROCESS"
_GRADE_LINE = re.compile(r'^grade\("([a-z_]+)\.([A-Za-z_0-9]+)", *([A-Za-z_0-9]+)\)\s*$', re.M)


def _nbgrader(cell):
    return cell.metadata.get("nbgrader", {})


def _definitions(source):
    """Only the imports, functions and classes of a cell: lesson experiments are not re-run."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    keep = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef))]
    return "\n".join(ast.get_source_segment(source, node, padded=True) or "" for node in keep)


def code_to_grade(nb):
    """The sources the child runs: answer cells and helpers whole; of other cells, only definitions."""
    cells = []
    for cell in nb.cells:
        meta = _nbgrader(cell)
        if cell.cell_type != "code" or meta.get("grade"):
            continue
        whole = meta.get("solution") or str(meta.get("grade_id", "")).startswith("given-")
        cells.append(cell.source if whole else _definitions(cell.source))
    return [c for c in cells if c.strip()]


def grade_notebook_out_of_process(nb, cwd=None):
    """{test cell grade_id: (points, report text)} for every graded test cell of ``nb``."""
    tests = []
    for cell in nb.cells:
        match = _GRADE_LINE.search(cell.source) if _nbgrader(cell).get("grade") else None
        if match and f"{match[1]}.{match[2]}" in REGISTRY:
            tests.append((_nbgrader(cell)["grade_id"], f"{match[1]}.{match[2]}", match[3]))
    modules = {exercise_id.split(".")[0] for _, exercise_id, _ in tests}
    module = modules.pop() if len(modules) == 1 else None
    names = [e.split(".", 1)[1] for e in REGISTRY if module and e.startswith(module + ".")]
    results = {}
    with Sandbox(code_to_grade(nb), module, names, cwd=cwd) as sandbox:
        for grade_id, exercise_id, name in tests:
            exercise = REGISTRY[exercise_id]
            report = exercise.grade(sandbox.function(name), hidden=True)
            results[grade_id] = (float(round(report.score * exercise.points, 6)), str(report))
    return results


class RepairCells(NbGraderPreprocessor):
    """Before nbgrader restores cells: leave nothing that makes its ``add_missing_cells`` crash.

    - nbgrader metadata without a grade_id (``DeduplicateIds`` leaves ``{}`` on a duplicated cell, and
      a student can strip it) is removed, so the cell is an ordinary one;
    - an answer cell the student deleted comes back as the original stub, where it was, so its
      deleted test cell has a place to be restored after (nbgrader looks up the answer cell by id).
    """

    def preprocess(self, nb, resources):
        for cell in nb.cells:
            if "nbgrader" in cell.metadata and not cell.metadata["nbgrader"].get("grade_id"):
                del cell.metadata["nbgrader"]
        info = resources.get("nbgrader", {})
        if {"db_url", "notebook", "assignment"} <= set(info):
            self._restore_answer_cells(nb, info)
        return nb, resources

    @staticmethod
    def _restore_answer_cells(nb, info):
        from nbgrader.api import Gradebook

        with Gradebook(info["db_url"]) as gb:
            source = gb.find_notebook(info["notebook"], info["assignment"])
            answers = {c.name for c in source.solution_cells}
            order = [c for c in source.source_cells]
        present = {_nbgrader(c).get("grade_id"): i for i, c in enumerate(nb.cells) if _nbgrader(c).get("grade_id")}
        for position, cell in enumerate(order):
            if cell.name in answers and cell.name not in present:
                previous = [present[c.name] for c in order[:position] if c.name in present]
                index = max(previous) + 1 if previous else 0
                nb.cells.insert(index, nbformat.v4.new_code_cell(cell.source, metadata={"nbgrader": {
                    "grade": False, "grade_id": cell.name, "locked": False, "schema_version": 3,
                    "solution": True}}))
                present = {_nbgrader(c).get("grade_id"): i for i, c in enumerate(nb.cells)
                           if _nbgrader(c).get("grade_id")}


class GradeOutOfProcess(NbGraderPreprocessor):
    """Grade every exercise of the notebook from its code, in a child process."""

    def preprocess(self, nb, resources):
        cwd = resources.get("metadata", {}).get("path") or None
        resources["autograder_results"] = grade_notebook_out_of_process(nb, cwd=cwd)
        # the kernel started next inherits this: its own check()/grade() calls then stay out of the way
        os.environ[OUT_OF_PROCESS] = "1"
        return nb, resources


class ExecuteAndFlag(Execute):
    """nbgrader's Execute, except that a run that fails is flagged instead of losing the submission."""

    def preprocess(self, nb, resources, *args, **kwargs):
        try:
            return super().preprocess(nb, resources, *args, **kwargs)
        except Exception as exc:  # a dead kernel, a cell that never finished: grades come from step 1
            reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
            self.log.error("The notebook did not run to the end (%s); its grades come from the out-of-process"
                           " grader and the submission is flagged for review.", reason)
            nb.cells.insert(0, nbformat.v4.new_markdown_cell(
                f"**⚠ This notebook did not run to the end during grading** ({reason}). "
                "The scores below come from running each exercise separately; outputs after the failure are missing."))
            _flag(resources)
            return nb, resources


class RecordGrades(NbGraderPreprocessor):
    """Make each test cell's output the out-of-process report and points, for SaveAutoGrades to record."""

    def preprocess(self, nb, resources):
        results = resources.get("autograder_results", {})
        for cell in nb.cells:
            grade_id = _nbgrader(cell).get("grade_id")
            if _nbgrader(cell).get("grade") and grade_id in results:
                points, text = results[grade_id]
                cell.outputs = [
                    nbformat.v4.new_output("stream", name="stdout", text=text + "\n"),
                    nbformat.v4.new_output("execute_result", data={"text/plain": repr(points)},
                                           execution_count=cell.get("execution_count")),
                ]
        return nb, resources


def _flag(resources):
    from nbgrader.api import Gradebook

    info = resources.get("nbgrader", {})
    try:
        with Gradebook(info["db_url"]) as gb:
            submission = gb.find_submission_notebook(info["notebook"], info["assignment"], info["student"])
            submission.flagged = True
            gb.db.commit()
    except Exception:  # flagging is a courtesy; the log line and the note in the notebook remain
        pass

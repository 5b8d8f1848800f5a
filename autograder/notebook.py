"""Grade a whole notebook from its code, in the sandboxed process: the one path behind every score.

``nbgrader autograde`` (through ``nbgrader_plugin.GradeOutOfProcess``) and ``dlnp check`` both call
``grade_notebook``: the notebook's answer cells, the lesson's given helpers, and the imports, functions and
classes of its other cells run in a ``runner.SandboxRunner``; each exercise whose test cell the notebook holds
is graded on every case, hidden ones included. The notebook itself is not executed, so its slow experiments
cost nothing, and nothing it does in a kernel can change a score.
"""
import ast
import re
from dataclasses import dataclass, field

from .exercise import REGISTRY
from .runner import SandboxRunner

# the line of a test cell that names the exercise and the function: test(...), grade(...) or check(...)
_TEST_LINE = re.compile(r'^\s*(?:test|grade|check)\(\s*"([a-z_]+\.[A-Za-z_0-9]+)"', re.M)


@dataclass
class Result:
    """One exercise of a graded notebook: the points it earned of its points, and the report's text."""

    exercise: str
    earned: float
    points: float
    text: str
    grade_id: str | None = None

    @property
    def passed(self):
        return self.earned == self.points


@dataclass
class Graded:
    """A graded notebook: a Result per exercise, in notebook order, and what went wrong running its code."""

    results: list
    errors: list = field(default_factory=list)


def _nbgrader(cell):
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def tests_in(nb):
    """[(grade_id, exercise id)] for each test cell of a known exercise, in notebook order.

    The test cells are nbgrader's grade cells when the notebook has any (a cell a student added cannot
    stand in for one), else every code cell naming an exercise. The function graded is always the one the
    contract names, as in the test cell that nbgrader restores.
    """
    code = [c for c in nb.cells if c.get("cell_type") == "code"]
    graded = [c for c in code if _nbgrader(c).get("grade")] or code
    return [(_nbgrader(cell).get("grade_id"), exercise_id) for cell in graded
            for exercise_id in dict.fromkeys(_TEST_LINE.findall(cell.source)) if exercise_id in REGISTRY]


def _definitions(source):
    """Only the imports, functions and classes of a cell: lesson experiments are not re-run."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    keep = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef))]
    return "\n".join(ast.get_source_segment(source, node, padded=True) or "" for node in keep)


def code_to_grade(nb):
    """The sources the grading process runs: answer cells and given helpers whole; of other cells, only definitions."""
    cells = []
    for cell in nb.cells:
        meta = _nbgrader(cell)
        if cell.get("cell_type") != "code" or meta.get("grade"):
            continue
        whole = meta.get("solution") or str(meta.get("grade_id", "")).startswith("given-")
        cells.append(cell.source if whole else _definitions(cell.source))
    return [c for c in cells if c.strip()]


def grade_notebook(nb, settings=None):
    """Grade every exercise whose test cell ``nb`` holds, from its code, hidden cases included.

    Arguments:
    nb -- an nbformat notebook (a student's copy or a master)
    settings -- runner.Settings (limits, sandbox mode)

    Returns:
    graded -- Graded: the results in notebook order, and the errors the notebook's code raised
    """
    results, reports = [], {}
    with SandboxRunner(code_to_grade(nb), settings) as runner:
        for grade_id, exercise_id in tests_in(nb):
            exercise = REGISTRY[exercise_id]
            if exercise_id not in reports:
                reports[exercise_id] = exercise.grade(runner, hidden=True)
            report = reports[exercise_id]
            results.append(Result(exercise_id, exercise.earned(report), exercise.points, str(report), grade_id))
        errors = [runner.start_problem] if runner.start_problem else list(runner.cell_errors)
    return Graded(results, errors)


def format_table(path, graded):
    """The score table printed by ``dlnp check``."""
    results, errors = graded.results, graded.errors
    width = max(len(r.exercise) for r in results)
    lines = [f"{path}", f"  {'exercise':<{width}}  points", f"  {'-' * width}  ------"]
    for r in results:
        lines.append(f"  {r.exercise:<{width}}  {r.earned:g} / {r.points:g}  {'✔' if r.passed else '✘'}")
    total, possible = sum(r.earned for r in results), sum(r.points for r in results)
    lines.append(f"  {'total':<{width}}  {total:g} / {possible:g}")
    failing = [r for r in results if not r.passed]
    if failing:
        lines.append("")
        lines += [r.text for r in failing]
    if errors:
        lines.append("")
        lines.append("Your notebook's code raised errors while it was loaded for grading:")
        lines += [f"  {e}" for e in errors]
    return "\n".join(lines)

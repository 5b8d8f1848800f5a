"""Grade a whole notebook headless: run it top to bottom, then grade every exercise it defines.

This is the self-study path (no nbgrader): the score of each exercise is the one nbgrader would give,
hidden cases included.
"""
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

_EXERCISE = re.compile(r'(?:test|check)\("([a-z_]+\.[A-Za-z_0-9]+)"')
_MARK = "@@autograder-results@@"

_GRADING_CELL = """
import json as _json
import autograder as _autograder
from autograder.exercise import REGISTRY as _REGISTRY
_results = {{}}
for _id in {ids!r}:
    _report = _REGISTRY[_id].grade(globals().get(_id.split(".", 1)[1]), hidden=True)
    _results[_id] = {{"score": _report.score, "text": str(_report), "points": _REGISTRY[_id].points}}
print({mark!r} + _json.dumps(_results))
"""


@dataclass
class Result:
    """One exercise of a graded notebook."""

    exercise: str
    score: float
    points: float
    text: str

    @property
    def earned(self):
        return round(self.score * self.points, 2)


def exercises_in(nb):
    """The exercise ids whose test cells the notebook contains, in order."""
    ids = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            ids += [i for i in _EXERCISE.findall(cell.source) if i not in ids]
    return ids


def grade_notebook(path, timeout=600):
    """Execute the notebook at ``path`` and grade its exercises.

    Arguments:
    path -- a course notebook (student copy or master)
    timeout -- seconds allowed per cell

    Returns:
    results -- list of Result, in notebook order
    errors -- list of str: cells that raised (other than unfinished exercises), or a dead kernel
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    ids = exercises_in(nb)
    if not ids:
        raise ValueError(f"{path} has no exercise test cells (lines like test(\"module.name\", name))")
    nb.cells.append(nbformat.v4.new_code_cell(_GRADING_CELL.format(ids=ids, mark=_MARK)))
    client = NotebookClient(nb, timeout=timeout, allow_errors=True, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent.resolve())}})
    errors = []
    try:
        # the kernel process's own stderr holds only start-up chatter; the cells' output is captured anyway
        client.execute(stderr=subprocess.DEVNULL)
    except DeadKernelError as exc:
        errors.append(f"the kernel died while running the notebook ({exc}); grades below are 0")
    except Exception as exc:  # a timeout or kernel start failure is reported, not raised
        errors.append(f"the notebook could not be run to the end: {type(exc).__name__}: {exc}")
    errors += _cell_errors(nb.cells[:-1])
    found = _results(nb.cells[-1])
    return [Result(i, *(found.get(i) or (0.0, _points(i), "not graded: the notebook did not run to the end"))) for i in ids], errors


def _points(exercise_id):
    from .exercise import REGISTRY
    return REGISTRY[exercise_id].points


def _results(cell):
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and _MARK in output.get("text", ""):
            data = json.loads(output["text"].split(_MARK, 1)[1].strip().splitlines()[0])
            return {k: (v["score"], v["points"], v["text"]) for k, v in data.items()}
    return {}


def _cell_errors(cells):
    errors = []
    for index, cell in enumerate(cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and output.get("ename") != "NotImplementedError":
                first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
                errors.append(f"cell {index + 1} (`{first[:60]}`) raised {output['ename']}: {output['evalue']}")
    return errors


def format_table(path, results, errors):
    """The score table printed by ``dlnp check``."""
    width = max(len(r.exercise) for r in results)
    lines = [f"{path}", f"  {'exercise':<{width}}  points", f"  {'-' * width}  ------"]
    for r in results:
        mark = "✔" if r.score == 1 else "✘"
        lines.append(f"  {r.exercise:<{width}}  {r.earned:g} / {r.points:g}  {mark}")
    total, possible = sum(r.earned for r in results), sum(r.points for r in results)
    lines.append(f"  {'total':<{width}}  {total:g} / {possible:g}")
    failing = [r for r in results if r.score < 1]
    if failing:
        lines.append("")
        lines += [r.text for r in failing]
    if errors:
        lines.append("")
        lines.append("Cells that raised an error:")
        lines += [f"  {e}" for e in errors]
    return "\n".join(lines)

"""Correct answers; the test cell of propagate appears three times."""
import copy

ANSWERS = {}
EXPECTED = {}
FLAGGED = False


def transform(nb):
    for i, cell in enumerate(nb.cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "propagate-test":
            nb.cells[i + 1:i + 1] = [copy.deepcopy(cell), copy.deepcopy(cell)]
            break

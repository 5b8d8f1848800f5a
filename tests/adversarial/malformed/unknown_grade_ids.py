"""Correct answers, and cells with nbgrader metadata the gradebook does not know: a bonus grade cell worth
50 points, a grade cell with a grade_id that is a number, one without a grade_id, and a test cell of
another lesson."""
import nbformat

ANSWERS = {}
EXPECTED = {}
FLAGGED = False


def _grade_cell(grade_id, **extra):
    meta = {"grade": True, "solution": False, "locked": True, "points": 50, "schema_version": 3, **extra}
    if grade_id is not None:
        meta["grade_id"] = grade_id
    return nbformat.v4.new_code_cell("50.0", metadata={"nbgrader": meta})


def transform(nb):
    nb.cells[1:1] = [_grade_cell("bonus-test"), _grade_cell(7), _grade_cell(None),
                     _grade_cell("layer_sizes-test", points=3)]

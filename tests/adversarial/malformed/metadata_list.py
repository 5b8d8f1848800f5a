"""Correct answers; the nbgrader metadata of the answer cell of predict, and of the test cell of model, is
a list."""
ANSWERS = {}
EXPECTED = {}
FLAGGED = False


def transform(nb):
    from _cells import cell
    cell(nb, "predict").metadata["nbgrader"] = ["solution", True]
    cell(nb, "model-test").metadata["nbgrader"] = [{"grade": True, "grade_id": "model-test", "points": 100}]

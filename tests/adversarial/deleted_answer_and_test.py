"""The answer cell of sigmoid and its test cell are both deleted."""
ANSWERS = {}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False


def transform(nb):
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in ("sigmoid", "sigmoid-test")]

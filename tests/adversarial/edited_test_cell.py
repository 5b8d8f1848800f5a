"""A wrong sigmoid, with its test cell replaced by a line that claims full marks."""
ANSWERS = {"sigmoid": "def sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False


def transform(nb):
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "sigmoid-test":
            cell.source = "1.0"

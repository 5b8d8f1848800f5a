"""A wrong sigmoid, whose test cell claims not to be a grade cell (``grade: false``, no points)."""
ANSWERS = {"sigmoid": "def sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False


def transform(nb):
    from _cells import cell
    meta = cell(nb, "sigmoid-test").metadata.nbgrader
    meta["grade"] = False
    del meta["points"]

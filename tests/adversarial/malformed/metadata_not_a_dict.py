"""Correct answers; forged nbgrader metadata that is no dict: a number on the test cell of propagate,
``null`` on the answer cell of optimize, ``true`` on a markdown cell."""
ANSWERS = {}
EXPECTED = {}
FLAGGED = False


def transform(nb):
    from _cells import cell
    cell(nb, "propagate-test").metadata["nbgrader"] = 42
    cell(nb, "optimize").metadata["nbgrader"] = None
    next(c for c in nb.cells if c.cell_type == "markdown").metadata["nbgrader"] = True

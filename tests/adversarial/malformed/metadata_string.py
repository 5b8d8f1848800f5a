"""Correct answers; the nbgrader metadata of the test cell of initialize_with_zeros, and of the answer
cell of sigmoid, is a string."""
ANSWERS = {}
EXPECTED = {}
FLAGGED = False


def transform(nb):
    from _cells import cell
    cell(nb, "initialize_with_zeros-test").metadata["nbgrader"] = "grade"
    cell(nb, "sigmoid").metadata["nbgrader"] = "solution"

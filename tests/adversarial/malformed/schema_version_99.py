"""Correct answers; the answer cell of optimize says its metadata is of nbgrader's schema version 99, and
the test cell of predict of version 1 (nbgrader stops the whole run on either)."""
ANSWERS = {}
EXPECTED = {}
FLAGGED = False


def transform(nb):
    from _cells import cell
    cell(nb, "optimize").metadata.nbgrader["schema_version"] = 99
    cell(nb, "predict-test").metadata.nbgrader["schema_version"] = 1

"""A partly right propagate, whose answer cell claims to be a grade cell worth 5 points, and a correct
predict whose answer cell claims to be a grade cell and not an answer cell."""
from nbgrader_course import answer_cell, propagate_without_one_over_m

ANSWERS = {"propagate": answer_cell(propagate_without_one_over_m, "propagate")}
EXPECTED = {"propagate-test": "in-process"}
FLAGGED = False


def transform(nb):
    from _cells import cell
    cell(nb, "propagate").metadata.nbgrader.update(grade=True, points=5)
    cell(nb, "predict").metadata.nbgrader.update(grade=True, solution=False, locked=True, points=1)

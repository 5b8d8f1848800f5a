"""Grading a whole notebook from its code (notebook.py): what runs, what does not, and what a slow start costs."""
import time

import nbformat
import pytest

from autograder.build import ROOT
from autograder.notebook import code_to_grade, grade_notebook
from autograder.runner import Settings

STEM = "01_logistic_regression"


def master():
    return nbformat.read(ROOT / "solutions" / "source" / STEM / f"{STEM}.ipynb", as_version=4)


def answer(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def scores(graded):
    return {r.exercise.split(".")[1]: r.earned for r in graded.results}


def test_the_solved_lesson_gets_full_marks_without_running_its_experiments():
    nb = master()
    code = "\n".join(code_to_grade(nb))
    assert "def sigmoid" in code and "datasets.breast_cancer()" not in code and "plt.subplots" not in code
    graded = grade_notebook(nb)
    assert all(r.passed for r in graded.results) and graded.errors == [] and graded.problem is None


def test_a_constant_of_the_students_own_cell_and_an_import_of_the_grader_in_an_answer_cell_cost_nothing():
    nb = master()
    cell = answer(nb, "sigmoid")
    cell.source = "from autograder import check\n" + cell.source.replace("    return s if", "    s = s * SCALE\n    return s if")
    assert "SCALE" in cell.source
    nb.cells.insert(nb.cells.index(cell), nbformat.v4.new_code_cell(
        "SCALE = np.float64(2.0) / 2  # the student's own constant\nslow = sum(range(10 ** 10))  # an experiment"))
    started = time.monotonic()
    graded = grade_notebook(nb)
    assert time.monotonic() - started < 30  # the experiment did not run
    assert all(r.passed for r in graded.results), graded.results[0].text


def test_a_question_answered_in_a_cell_of_the_students_own_is_graded_as_the_kernel_sees_it():
    """The answer cell left as released (it raises), the answer written in a new cell below: test() in the kernel
    sees the answer, and so does the grade; an experiment's value is not read as an answer."""
    nb = master()
    cell = answer(nb, "q_overshoot")
    right = cell.source.split("### BEGIN SOLUTION\n")[1].split("\n### END SOLUTION")[0]
    cell.source = "# YOUR CODE HERE\nraise NotImplementedError()"
    nb.cells.insert(nb.cells.index(cell) + 1, nbformat.v4.new_code_cell(right + "  # written here instead"))
    wrong = answer(nb, "q_zero_cost")
    wrong.source = "# YOUR CODE HERE\nraise NotImplementedError()"
    nb.cells.insert(nb.cells.index(wrong) + 1, nbformat.v4.new_code_cell("q_zero_cost = train(X_train)  # not a constant"))
    points = scores(grade_notebook(nb))
    assert points["q_overshoot"] == 1 and points["q_zero_cost"] == 0


def test_slow_top_level_work_in_an_answer_cell_is_not_charged_to_the_first_call():
    nb = master()
    cell = answer(nb, "sigmoid")
    cell.source = "import time\ntime.sleep(7)  # longer than a call's limit and grace together\n" + cell.source
    graded = grade_notebook(nb)
    assert all(r.passed for r in graded.results) and graded.problem is None


def test_code_that_never_finishes_loading_is_a_problem_not_a_zero_in_disguise():
    nb = master()
    cell = answer(nb, "sigmoid")
    cell.source = "while True:\n    pass\n" + cell.source
    graded = grade_notebook(nb, Settings(startup=2.0))
    assert "did not finish running within 2 s" in graded.problem
    assert all(r.earned == 0 and graded.problem in " ".join(r.text.split()) for r in graded.results)


@pytest.mark.parametrize("source, fragment", [
    ("def sigmoid(z):\n    return 1 / (1 + np.exp(-z)\n", "syntax error"),
    ("raise ValueError('at the top of the cell')\n", "a cell raised ValueError: at the top of the cell"),
])
def test_errors_in_the_notebooks_code_are_reported(source, fragment):
    nb = master()
    answer(nb, "sigmoid").source = source
    graded = grade_notebook(nb)
    assert any(fragment in e for e in graded.errors), graded.errors
    assert scores(graded)["sigmoid"] == 0 and scores(graded)["initialize_with_zeros"] == 1


def test_a_binding_after_the_test_cell_is_not_what_is_graded():
    """An experiment's "what if" below the test cells (a sigmoid redefined, an answer changed) does not change
    the grade: it is of what the test cell saw."""
    nb = master()
    nb.cells.append(nbformat.v4.new_code_cell("def sigmoid(z):\n    return np.tanh(z)  # what if?\n"
                                              "q_zero_cost = 0.5  # and this?"))
    assert all(r.passed for r in grade_notebook(nb).results)
    # while a binding above the test cell is still the one graded
    cell = answer(nb, "sigmoid")
    nb.cells.insert(nb.cells.index(cell) + 1, nbformat.v4.new_code_cell("def sigmoid(z):\n    return np.tanh(z)"))
    assert scores(grade_notebook(nb))["sigmoid"] == 0

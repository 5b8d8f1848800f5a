"""How a report reads (text and HTML), fair credit for a right value of the wrong type, questions, and the test
cell's help when it runs too early."""
import html
import re

import nbformat
import numpy as np
import pytest

from autograder import check, unfinished
from autograder.compare import compare
from autograder.question import Question
from autograder.report import Check, Report
from solutions import logistic_regression as lr


def long_report():
    return Report("backpropagation.linear_backward", [
        Check("dW", False, "dW differs in 4 of 12 entries: " + "a long explanation of what is wrong " * 6
              + "(in the worked example)"),
        Check("db", True), Check("dA_prev", False, "dA_prev has shape (3,); expected (3, 1)", credit=0.5)],
        notes=["your code raised a warning (it does not cost points here): RuntimeWarning"],
        example="linear_backward(dZ, cache)", points=3)


def test_text_form_wraps_at_word_boundaries_and_labels_the_points():
    text = str(long_report())
    lines = text.splitlines()
    assert lines[0] == "✘ backpropagation.linear_backward: 1.5 / 3 points (1 of 3 checks passed)"
    assert lines[1] == "  worked example: linear_backward(dZ, cache)"
    assert all(len(line) <= 100 for line in lines)
    assert "a long explanation of what is wrong " * 6 in " ".join(line.strip() for line in lines) + " "
    assert "✔ db" in lines[-1]


def test_html_form_has_coloured_marks_and_every_word_of_every_message():
    report = long_report()
    page = report._repr_html_()
    assert 'color:#cf222e' in page and 'color:#1a7f37' in page and "1.5 / 3 points" in page
    assert "white-space:normal" in page and "white-space:pre" not in page  # the page wraps the messages
    visible = html.unescape(re.sub(r"<[^>]+>", " ", page))
    for message in report.messages:
        assert " ".join(message.split()) in " ".join(visible.split())
    assert "<code>linear_backward(dZ, cache)</code>" in page


def test_html_escapes_what_a_message_quotes():
    page = Report("x.y", [Check("out", False, "got <script>alert(1)</script> & more")])._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("wrong, expected, why", [
    (np.array(0.25), 0.25, "float(...)"),
    (np.array([[0.25]]), 0.25, "float(...)"),
    (0, 0.0, "as an int"),
    (np.array([[True, False]]), np.array([[1.0, 0.0]]), ".astype(float)"),
    (np.array([[1, 0]]), np.array([[1.0, 0.0]]), ".astype(float)"),
])
def test_a_right_value_of_the_wrong_type_is_a_type_only_problem(wrong, expected, why):
    problems = compare(wrong, expected, "out")
    assert len(problems) == 1 and problems[0].type_only and why in problems[0]


@pytest.mark.parametrize("wrong, expected", [
    (np.array(0.3), 0.25), (1, 0.0), (np.array([[False, False]]), np.array([[1.0, 0.0]])), (np.array([0.25, 1]), 0.25)])
def test_a_wrong_value_of_the_wrong_type_is_not(wrong, expected):
    assert not any(p.type_only for p in compare(wrong, expected, "out"))


def test_type_only_mistakes_earn_half_of_that_output():
    def propagate(w, b, X, Y):  # the cost as a 0-d array
        grads, cost = lr.propagate(w, b, X, Y)
        return grads, np.array(cost)
    report = check("logistic_regression.propagate", propagate)
    cost = next(c for c in report.checks if c.name == "cost")
    assert not cost.passed and cost.earned == 0.5 and "float(...)" in cost.message
    assert report.score == pytest.approx(3.5 / 4)

    labels = check("logistic_regression.predict", lambda w, b, X: lr.predict(w, b, X).astype(bool))
    assert labels.score == 0.5 and ".astype(float)" in str(labels)
    zero = check("logistic_regression.initialize_with_zeros", lambda dim: (np.zeros((dim, 1)), 0))
    assert 0.5 < zero.score < 1 and "0.0, not 0" in str(zero)
    # a wrong value in a wrong type earns nothing extra
    assert check("logistic_regression.predict", lambda w, b, X: np.ones((1, X.shape[1]), dtype=bool)).score == 0


QUESTION = Question("logistic_regression.q_example", "b", choices="abc",
                    why={"a": "a overlooks the curvature", "c": "c forgets the sign"}, then="b, because of the slope")
NUMBER = Question("logistic_regression.q_number", 2.3026, tol=0.05, why={"low": "count the classes", "high": "ln, not log2"})


@pytest.mark.parametrize("answer, passed, words", [
    ("b", True, "because of the slope"), (" (B). ", True, "because of the slope"),
    ("a", False, "a overlooks the curvature"), ("c", False, "c forgets the sign"),
    (None, False, "not answered yet"), ("d", False, "not one of the choices"), (2, False, "as a string")])
def test_a_choice_question(answer, passed, words):
    report = QUESTION.judge(answer)
    assert report.passed is passed and words in str(report)
    assert ("right" not in str(report).lower()) or passed  # a wrong choice is not told the right one
    assert "(b)" not in str(report) or passed


@pytest.mark.parametrize("answer, passed, words", [
    (2.30, True, ""), (np.float64(2.4), True, ""), (1.0, False, "count the classes"), (3.3, False, "ln, not log2"),
    ("2.3", False, "with a number"), (True, False, "with a number"), (float("nan"), False, "not a finite number")])
def test_a_number_question(answer, passed, words):
    report = NUMBER.judge(answer)
    assert report.passed is passed and words in str(report)


def test_a_question_never_runs_the_students_object():
    class Sneaky(str):
        def __eq__(self, other):
            raise AssertionError("called")
        __hash__ = str.__hash__

        def strip(self, *args):
            raise AssertionError("called")
    assert "as a string" in str(QUESTION.judge(Sneaky("b")))


def test_the_test_line_finds_the_function_by_name_or_says_what_to_run(capsys):
    namespace = {}
    exec("from autograder import test\npoints = test('logistic_regression.sigmoid')", namespace)
    assert namespace["points"] == 0.0 and "`sigmoid` is not defined yet" in capsys.readouterr().out
    namespace["sigmoid"] = lr.sigmoid
    exec("points = test('logistic_regression.sigmoid')", namespace)
    assert namespace["points"] == 1.0


def test_the_stub_and_a_missing_function_explain_themselves():
    def stub():
        raise NotImplementedError()
    for etype, value, code in [(NotImplementedError, None, "stub()"), (NameError, None, "sigmoid")]:
        try:
            exec(code, {"stub": stub})
        except etype as exc:
            message = unfinished.explain(etype, exc, exc.__traceback__, {"sigmoid"})
        assert message and "not written yet" in message or "not defined yet" in message
    try:
        exec("raise NotImplementedError()", {})
    except NotImplementedError as exc:
        assert "waits for your answer" in unfinished.explain(NotImplementedError, exc, exc.__traceback__, set())
    # anything else keeps its traceback
    for code in ["undefined_name", "raise NotImplementedError('mine')"]:
        try:
            exec(code, {})
        except Exception as exc:
            assert unfinished.explain(type(exc), exc, exc.__traceback__, {"sigmoid"}) is None


def test_in_a_kernel_run_all_on_unfinished_work_stops_with_a_sentence():
    from nbclient import NotebookClient
    cells = ["import autograder", "def sigmoid(z):\n    raise NotImplementedError()", "sigmoid(1)",
             "# YOUR CODE HERE\nraise NotImplementedError()", "del sigmoid\nsigmoid(2)", "1 / 0"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True).execute()
    errors = [next(o for o in c.outputs if o.output_type == "error") for c in nb.cells[2:]]
    assert [e.ename for e in errors] == ["NotImplementedError", "NotImplementedError", "NameError", "ZeroDivisionError"]
    assert "`sigmoid` is not written yet" in errors[0].traceback[0]
    assert "waits for your answer" in errors[1].traceback[0]
    assert "`sigmoid` is not defined yet" in errors[2].traceback[0]
    assert len(errors[3].traceback) > 1  # an ordinary error keeps its traceback


def test_answers_that_once_broke_a_question_are_plain_wrong_answers():
    assert "not a finite number" in str(NUMBER.judge(10 ** 400))  # float() of it overflows
    assert "with a number" in str(NUMBER.judge(type("F", (np.float64,), {"__float__": lambda self: 2.3})(9.0)))
    long = QUESTION.judge("x" * 1_000_000)
    assert not long.passed and len(str(long)) < 500  # the student's text is not copied whole into the report


def test_a_list_earns_type_credit_only_when_every_entry_is_right():
    right_but_arrays = [np.array(0.5), np.array(0.25)]
    assert compare(right_but_arrays, [0.5, 0.25], "costs")[0].type_only
    first_right_rest_wrong = [np.array(0.5), 7.0]
    assert not compare(first_right_rest_wrong, [0.5, 0.25], "costs")[0].type_only


def test_the_message_names_a_wrong_value_rather_than_a_type_right_only_in_the_worked_example():
    # int zeros: right values in the worked example (all 0), wrong in the random cases
    from autograder.exercise import REGISTRY
    zeros = lambda w, b, X: np.zeros((1, X.shape[1]), dtype=int)  # noqa: E731
    report = REGISTRY["logistic_regression.predict"].grade(zeros, hidden=True)  # the hidden cases find the values
    assert report.score == 0 and "half of this check's credit" not in str(report) and "hidden case" in str(report)

"""The grader's public face: every reference passes, and nothing a student's function does breaks it."""
import sys

import numpy as np
import pytest

import autograder
import solutions
from autograder.exercise import REGISTRY
from autograder.runner import KernelRunner

IDS = autograder.exercises()


def reference(exercise_id):
    module, name = exercise_id.split(".")
    __import__(f"solutions.{module}")
    return getattr(getattr(solutions, module), name)


def test_exercises_are_listed_in_course_order():
    modules = [i.split(".")[0] for i in IDS]
    order = ["logistic_regression", "shallow_network", "backpropagation", "activations", "initialization",
             "optimizers"]
    assert modules == sorted(modules, key=order.index)
    assert len(IDS) == len(set(IDS)) >= 6


@pytest.mark.parametrize("exercise_id", IDS)
def test_the_reference_gets_full_marks(exercise_id, no_stderr):
    report = autograder.check(exercise_id, reference(exercise_id))
    assert report.passed and report.score == 1.0, str(report)
    points = autograder.grade(exercise_id, reference(exercise_id))
    assert type(points) is float and points == REGISTRY[exercise_id].points


def _raises(*args, **kwargs):
    raise ValueError("boom")


def _returns_none(*args, **kwargs):
    return None


def _returns_text(*args, **kwargs):
    return "hello"


def _exits(*args, **kwargs):
    sys.exit(3)


def _prints_and_warns(*args, **kwargs):
    print("x" * 1_000_000)
    print("to stderr" * 1000, file=sys.stderr)
    np.log(np.zeros(1))
    return None


def _returns_nan(*args, **kwargs):
    return np.full((3, 3), np.nan)


def _mutates(*args, **kwargs):
    for a in args:
        if isinstance(a, np.ndarray) and a.dtype.kind == "f":
            a[...] = 0.0
        if isinstance(a, dict):
            a.clear()
    return args[0] if args else None


BAD = [_raises, _returns_none, _returns_text, _exits, _prints_and_warns, _returns_nan, _mutates, None, 42, "sigmoid"]


@pytest.mark.parametrize("bad", BAD, ids=lambda b: getattr(b, "__name__", repr(b)))
@pytest.mark.parametrize("exercise_id", IDS)
def test_bad_answers_get_a_message_not_a_crash(exercise_id, bad, no_stderr):
    report = autograder.check(exercise_id, bad)
    assert not report.passed and report.score < 1
    assert report.messages and all(isinstance(m, str) and m for m in report.messages)
    assert "grader itself failed" not in str(report)
    points = autograder.grade(exercise_id, bad)
    assert type(points) is float and 0 <= points < REGISTRY[exercise_id].points


def test_a_stub_scores_zero_with_a_plain_message():
    def sigmoid(z):
        raise NotImplementedError()
    report = autograder.check("logistic_regression.sigmoid", sigmoid)
    assert report.score == 0 and "not implemented yet" in report.messages[0]


def call(fn, time_limit):
    """One call of ``fn`` through the runner that check() uses, with a short time limit."""
    with KernelRunner(fn) as runner, runner.session(fn.__name__, {}, time_limit) as run:
        return run()


def test_an_endless_loop_is_stopped_by_the_time_limit():
    def forever(*args):
        while True:
            pass
    outcome = call(forever, time_limit=0.2)
    assert outcome.timed_out and "did not finish within 0.2 s" in outcome.error


def test_a_loop_that_catches_exceptions_is_still_stopped():
    def stubborn(*args):
        while True:
            try:
                while True:
                    pass
            except Exception:
                continue
    assert call(stubborn, time_limit=0.2).timed_out


def test_the_error_message_points_at_the_students_line():
    def sigmoid(z):
        return 1 / (1 + np.exp(-z)) @ np.ones((7, 7))
    message = autograder.check("logistic_regression.sigmoid", sigmoid).messages[0]
    assert "raised ValueError" in message and "in sigmoid" in message and "np.ones((7, 7))" in message


def test_warnings_are_reported_not_printed(no_stderr):
    def sigmoid(z):
        return 1 / (1 + np.exp(-np.asarray(z, dtype=float)))  # overflows for z = -1e4, value still right
    report = autograder.check("logistic_regression.sigmoid", sigmoid)
    assert report.passed
    assert any("overflow" in n for n in report.notes)


def test_rebinding_numpy_in_the_notebook_does_not_change_a_verdict(monkeypatch):
    for name in ("allclose", "array_equal", "isnan", "isfinite", "abs", "absolute", "max"):
        monkeypatch.setattr(np, name, lambda *a, **k: True)
    report = autograder.check("logistic_regression.sigmoid", lambda z: np.zeros_like(np.asarray(z, dtype=float)))
    assert not report.passed


def test_unknown_exercise_is_a_message():
    report = autograder.check("logistic_regression.nope", print)
    assert not report.passed and "no exercise" in report.messages[0]
    assert autograder.grade("nope", print) == 0.0


def test_partial_credit_is_a_plain_float_in_points():
    def propagate(w, b, X, Y):  # right cost, dw without 1/m
        from solutions.logistic_regression import propagate as ref
        grads, cost = ref(w, b, X, Y)
        return {"dw": grads["dw"] * X.shape[1], "db": grads["db"]}, cost
    points = autograder.grade("logistic_regression.propagate", propagate)
    assert type(points) is float and 0 < points < 3
    assert repr(points) == repr(float(points))  # nbgrader parses the repr of the cell's value


def test_report_reads_like_the_design():
    def propagate(w, b, X, Y):  # dw without 1/m; the cost is right
        from solutions.logistic_regression import propagate as ref
        grads, cost = ref(w, b, X, Y)
        return {"dw": grads["dw"] * X.shape[1], "db": grads["db"]}, cost
    text = str(autograder.check("logistic_regression.propagate", propagate))
    assert text.startswith("✘ logistic_regression.propagate: 1.5 / 3 points (2 of 4 checks passed)")
    assert text.count("np.array([[0.5], [-1.0]])") == 1  # the worked example's call, said once
    assert "(in the worked example)" in text
    assert "It matches a known mistake: dw without the 1/m factor" in text
    assert "✔ cost   ✔ inputs left unchanged" in text
    assert all(len(line) <= 100 for line in text.splitlines())  # wrapped at word boundaries


def test_leaving_inputs_alone_earns_nothing_on_its_own():
    report = autograder.check("logistic_regression.sigmoid", lambda z: np.zeros_like(np.asarray(z, dtype=float)))
    assert report.score == 0 and "inputs left unchanged" not in str(report)


def test_each_exercise_is_graded_on_its_own_code():
    """A wrong propagate in the notebook must not cost the points of an optimize that calls it."""
    namespace = {}
    exec(
        "import numpy as np\n"
        "from solutions.logistic_regression import optimize as _ref_optimize\n"
        "def propagate(w, b, X, Y):\n"
        "    raise NotImplementedError()\n"
        "def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):\n"
        "    costs = []\n"
        "    for i in range(num_iterations):\n"
        "        grads, cost = propagate(w, b, X, Y)\n"
        "        w = w - learning_rate * grads['dw']\n"
        "        b = b - learning_rate * grads['db']\n"
        "        if i % 100 == 0:\n"
        "            costs.append(cost)\n"
        "    return {'w': w, 'b': b}, grads, costs\n", namespace)
    stub = namespace["propagate"]
    assert autograder.check("logistic_regression.optimize", namespace["optimize"]).passed
    assert namespace["propagate"] is stub  # the stand-in lived in a fork: the student's own function is untouched


def test_rebinding_numpy_cannot_bend_the_reference():
    """In a fresh process: after the grader is imported, np.exp is rebound so that the reference sigmoid
    would return 0.5 everywhere, and a sigmoid that returns 0.5 everywhere must still fail."""
    import subprocess
    code = (
        "import numpy as np\n"
        "import autograder\n"
        "np.exp = lambda x: np.ones_like(np.asarray(x, dtype=float))\n"
        "half = lambda z: np.full(np.shape(z), 0.5) if np.ndim(z) else 0.5\n"
        "print(autograder.check('logistic_regression.sigmoid', half).passed)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stdout + result.stderr


def test_the_test_cell_line_prints_the_report_and_returns_points(capsys):
    def sigmoid(z):
        raise NotImplementedError()
    points = autograder.test("logistic_regression.sigmoid", sigmoid)
    assert type(points) is float and points == 0.0
    assert "not implemented yet" in capsys.readouterr().out
    from solutions.logistic_regression import sigmoid as reference
    assert autograder.test("logistic_regression.sigmoid", reference) == 1.0

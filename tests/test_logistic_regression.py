"""Module 01: the reference library, and the checks against plausible wrong answers."""
import math

import numpy as np
import pytest

import autograder
from autograder import datasets
from autograder.gradient import numerical_gradient, relative_error
from solutions import logistic_regression as ref

from conftest import assert_fails

M = "logistic_regression."


# --- the reference library --------------------------------------------------------------------------

def test_sigmoid_known_values_and_symmetry():
    assert ref.sigmoid(0.0) == 0.5
    assert ref.sigmoid(np.array([2.0]))[0] == pytest.approx(1 / (1 + math.exp(-2)), rel=1e-15)
    z = np.linspace(-30, 30, 61)
    np.testing.assert_allclose(ref.sigmoid(-z), 1 - ref.sigmoid(z), atol=1e-15)


def test_sigmoid_is_exact_for_huge_inputs_without_warnings():
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        s = ref.sigmoid(np.array([-1e4, -800.0, 800.0, 1e4]))
    np.testing.assert_array_equal(s, [0.0, 0.0, 1.0, 1.0])


def _loop_propagate(w, b, X, Y):
    """An independent, example-by-example implementation with Python's math module."""
    n_x, m = X.shape
    dw, db, cost = [0.0] * n_x, 0.0, 0.0
    for i in range(m):
        a = 1 / (1 + math.exp(-(sum(w[k, 0] * X[k, i] for k in range(n_x)) + b)))
        y = Y[0, i]
        cost -= y * math.log(a) + (1 - y) * math.log(1 - a)
        for k in range(n_x):
            dw[k] += (a - y) * X[k, i]
        db += a - y
    return np.array(dw).reshape(n_x, 1) / m, db / m, cost / m


def test_propagate_matches_a_loop_implementation_and_numerical_gradients():
    rng = np.random.default_rng(0)
    w, b, X = rng.standard_normal((4, 1)), 0.3, rng.standard_normal((4, 9))
    Y = (rng.random((1, 9)) > 0.5).astype(float)
    grads, cost = ref.propagate(w, b, X, Y)
    dw, db, expected_cost = _loop_propagate(w, b, X, Y)
    np.testing.assert_allclose(grads["dw"], dw, rtol=1e-12)
    assert grads["db"] == pytest.approx(db, rel=1e-12) and type(grads["db"]) is float
    assert cost == pytest.approx(expected_cost, rel=1e-12) and type(cost) is float
    numeric = numerical_gradient(lambda t: ref.propagate(t[:-1].reshape(4, 1), t[-1], X, Y)[1], np.append(w, b))
    assert relative_error(np.append(grads["dw"], grads["db"]), numeric) < 1e-8


def test_optimize_lowers_the_cost_and_records_every_100_iterations():
    X, Y = datasets.moons(60, rng=np.random.default_rng(1))
    w, b = ref.initialize_with_zeros(2)
    params, grads, costs = ref.optimize(w, b, X, Y, num_iterations=301, learning_rate=0.5)
    assert len(costs) == 4 and costs == sorted(costs, reverse=True)
    assert np.array_equal(w, np.zeros((2, 1)))  # inputs untouched


def test_predict_thresholds_strictly_above_one_half():
    assert ref.predict(np.zeros((2, 1)), 0.0, np.ones((2, 3))).tolist() == [[0.0, 0.0, 0.0]]
    assert ref.predict(np.ones((1, 1)), 0.0, np.array([[-1.0, 1.0]])).tolist() == [[0.0, 1.0]]


def test_model_learns_breast_cancer():
    X_train, Y_train, X_test, Y_test = datasets.breast_cancer()
    d = ref.model(X_train, Y_train, X_test, Y_test, num_iterations=500, learning_rate=0.5)
    assert np.mean(d["Y_prediction_test"] == Y_test) > 0.95
    assert d["num_iterations"] == 500 and len(d["costs"]) == 5


# --- the checks fail plausible wrong answers, naming the mistake ----------------------------------

def test_sigmoid_wrong_answers():
    assert_fails(M + "sigmoid", lambda z: 1 / (1 + np.exp(z)), "minus sign")
    assert_fails(M + "sigmoid", lambda z: 1 / 1 + np.exp(-z), "precedence")
    assert_fails(M + "sigmoid", lambda z: np.exp(z) / (1 + np.exp(z)), "nan", "overflows")
    assert_fails(M + "sigmoid", lambda z: 1 / (1 + math.exp(-z)), "np.exp")
    assert_fails(M + "sigmoid", lambda z: np.tanh(z), "s differs")


def test_initialize_with_zeros_wrong_answers():
    assert_fails(M + "initialize_with_zeros", lambda dim: (np.zeros(dim), 0.0), "w has shape (2,)", "np.zeros((dim, 1))")
    assert_fails(M + "initialize_with_zeros", lambda dim: (np.zeros((1, dim)), 0.0), "transposed")
    assert_fails(M + "initialize_with_zeros", lambda dim: (np.zeros((dim, 1)), 0), "b is the int 0")
    assert_fails(M + "initialize_with_zeros", lambda dim: (np.zeros((dim, 1), dtype=int), 0.0), "dtype int")


def _propagate(scale_dw=None, db_keepdims=False, cost_sum=False, sign=1.0, product=lambda w, X: w.T @ X):
    def propagate(w, b, X, Y):
        m = X.shape[1]
        A = 1 / (1 + np.exp(-(product(w, X) + b)))
        dZ = sign * (A - Y)
        logs = Y * np.log(A) + (1 - Y) * np.log(1 - A)
        cost = -float(np.sum(logs)) if cost_sum else -float(np.mean(logs))
        db = np.sum(dZ, axis=1, keepdims=True) / m if db_keepdims else float(np.sum(dZ)) / m
        dw = X @ dZ.T if scale_dw == "no 1/m" else (X @ dZ.T) / m
        return {"dw": dw, "db": db}, cost
    return propagate


def test_propagate_wrong_answers():
    assert_fails(M + "propagate", _propagate(scale_dw="no 1/m"), "dw without the 1/m", "gradient check")
    assert_fails(M + "propagate", _propagate(db_keepdims=True), "grads['db'] has the right value but is an array", "Python float")
    assert_fails(M + "propagate", _propagate(cost_sum=True), "cost is", "mean")
    assert_fails(M + "propagate", _propagate(sign=-1.0), "A - Y")
    assert_fails(M + "propagate", _propagate(product=lambda w, X: w @ X), "w.T @ X")


def _optimize(sign=-1.0, every=100, update_b=True, in_place=False):
    def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
        costs = []
        for i in range(num_iterations):
            grads, cost = ref.propagate(w, b, X, Y)
            if in_place:
                w -= learning_rate * grads["dw"]
            else:
                w = w + sign * learning_rate * grads["dw"]
            if update_b:
                b = b + sign * learning_rate * grads["db"]
            if i % every == 0:
                costs.append(cost)
        return {"w": w, "b": b}, grads, costs
    return optimize


def test_optimize_wrong_answers():
    assert_fails(M + "optimize", _optimize(sign=1.0), "subtracts")
    assert_fails(M + "optimize", _optimize(every=1), "costs has 201 entries", "every 100 iterations")
    assert_fails(M + "optimize", _optimize(update_b=False), "b is never updated")
    assert_fails(M + "optimize", _optimize(in_place=True), "changed its input w in place")


def test_predict_wrong_answers():
    A = lambda w, b, X: 1 / (1 + np.exp(-(w.T @ X + b)))  # noqa: E731
    assert_fails(M + "predict", lambda w, b, X: (A(w, b, X) >= 0.5).astype(float), "exactly 0.5", "A > 0.5")
    assert_fails(M + "predict", lambda w, b, X: A(w, b, X) > 0.5, "dtype bool", "astype(float)")
    assert_fails(M + "predict", lambda w, b, X: (A(w, b, X) > 0.5).astype(float).ravel(), "has shape (3,)")
    assert_fails(M + "predict", A, "probabilities")


def test_model_wrong_answers():
    def model_defaults(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
        d = ref.model(X_train, Y_train, X_test, Y_test)
        d.update(num_iterations=num_iterations, learning_rate=learning_rate)
        return d

    def model_swapped(*args, **kwargs):
        d = ref.model(*args, **kwargs)
        d["Y_prediction_test"], d["Y_prediction_train"] = d["Y_prediction_train"], d["Y_prediction_test"]
        return d

    def model_missing_key(*args, **kwargs):
        d = ref.model(*args, **kwargs)
        del d["costs"]
        return d

    assert_fails(M + "model", model_defaults, "passed on to optimize")
    assert_fails(M + "model", model_swapped, "swapped")
    assert_fails(M + "model", model_missing_key, "missing the key(s) ['costs']")


def test_every_exercise_of_the_module_is_graded():
    assert [e for e in autograder.exercises() if e.startswith(M) and not e.startswith(M + "q_")] == [
        M + n for n in ("sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model")]
    assert [e for e in autograder.exercises() if e.startswith(M + "q_")] == [M + "q_zero_cost", M + "q_overshoot"]


def test_case_names_state_the_shape_of_every_array_input():
    from autograder import _REGISTRY
    for name in ("propagate", "optimize", "predict", "model"):
        for case, _ in _REGISTRY[M + name].cases():
            arrays = [a for a in list(case.args) + list(case.kwargs.values()) if isinstance(a, np.ndarray)]
            if case.shown:
                continue
            for array in arrays:
                assert str(array.shape) in case.name, f"{name}: {case.name!r} does not name the shape {array.shape}"
    report = autograder.check(M + "propagate", ref.propagate)
    assert "gradient check of dw and db on a random case with w (3, 1), b a float, X (3, 5), Y (1, 5)" in " ".join(
        str(report).split())


def test_the_gradient_check_failure_names_its_case():
    def doubled_dw(w, b, X, Y):
        grads, cost = ref.propagate(w, b, X, Y)
        return {"dw": 2 * grads["dw"], "db": grads["db"]}, cost
    report = assert_fails(M + "propagate", doubled_dw, "gradient check of dw and db on a random case with w (3, 1)")
    assert "with w (3, 1), b a float, X (3, 5), Y (1, 5): your dw and db are not" in " ".join(str(report).split())


# --- the lesson's questions --------------------------------------------------------------------------

def _judge(name, value):
    from autograder import _REGISTRY
    return _REGISTRY[M + name].judge(value)


def test_q_zero_cost_is_log_2_and_rejects_numbers_too_low_or_too_high():
    assert abs(ref.q_zero_cost - math.log(2)) < 0.001
    X_train, Y_train, _, _ = datasets.breast_cancer()
    w, b = ref.initialize_with_zeros(X_train.shape[0])
    assert ref.propagate(w, b, X_train, Y_train)[1] == pytest.approx(math.log(2), rel=1e-12)  # what the lesson shows
    for right in (0.693, math.log(2), 0.69):
        report = _judge("q_zero_cost", right)
        assert report.passed and report.score == 1.0 and "log 2" in " ".join(report.messages)
    for low in (0.5, math.log10(2)):
        report = _judge("q_zero_cost", low)
        assert not report.passed and "too low" in report.messages[0] and "not the loss" in report.messages[0]
    for high in (1.0, 455 * math.log(2)):
        report = _judge("q_zero_cost", high)
        assert not report.passed and "too high" in report.messages[0] and "not their sum" in report.messages[0]
    assert "not answered yet" in _judge("q_zero_cost", None).messages[0]
    assert "answer with a number" in _judge("q_zero_cost", "0.693").messages[0]


def test_q_overshoot_is_the_largest_rate_and_each_wrong_choice_says_what_it_overlooks():
    assert _judge("q_overshoot", "c").passed and _judge("q_overshoot", "(C)").passed
    wrong = {"a": "short enough steps always lower", "b": "the size of a rate alone says little",
             "d": "convexity promises a single valley"}
    for choice, why in wrong.items():
        report = _judge("q_overshoot", choice)
        assert not report.passed and why in report.messages[0] and "not (" + choice + ")" in report.messages[0]
    assert "not one of the choices" in _judge("q_overshoot", "e").messages[0]


def test_q_overshoot_matches_the_experiment():
    """In the lesson's runs (one feature, 40 steps from zeros) only the rate 15 ever raises the cost."""
    X_train, Y_train, _, _ = datasets.breast_cancer()
    x = X_train[[datasets.breast_cancer_feature_names().index("mean_texture")]]
    rises = {}
    for rate in (0.1, 3.0, 15.0):
        w, b = ref.initialize_with_zeros(1)
        costs = []
        for _ in range(40):
            grads, cost = ref.propagate(w, b, x, Y_train)
            costs.append(cost)
            w, b = w - rate * grads["dw"], b - rate * grads["db"]
        rises[rate] = int(np.sum(np.diff(costs) > 0))
        if rate == 15.0:
            assert costs[-1] > costs[0]
    assert rises[0.1] == 0 and rises[3.0] == 0 and rises[15.0] > 0


def test_rows_and_columns_give_the_same_layer():
    rng = np.random.default_rng(2)
    W, b, X_rows = rng.standard_normal((2, 3)), rng.standard_normal((2, 1)), rng.standard_normal((5, 3))
    np.testing.assert_allclose(X_rows @ W.T + b.T, (W @ X_rows.T + b).T)


def test_the_lesson_figures_draw():
    from solutions import figures
    for name in ("01_neuron.svg", "01_graph.svg", "01_layouts.svg", "01_loop.svg"):
        assert figures.svg(name).lstrip().startswith("<?xml")

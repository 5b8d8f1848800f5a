"""Module 02: the reference library, and the checks against plausible wrong answers."""
import ast
import re
import copy
import math
from pathlib import Path

import numpy as np
import pytest

import autograder
from autograder import datasets
from autograder.checks import shallow_network as checks
from autograder.exercise import REGISTRY
from autograder.gradient import numerical_gradient, relative_error
from solutions import shallow_network as ref

from conftest import assert_fails, full_report

M = "shallow_network."
LESSON = Path(__file__).resolve().parent.parent / "solutions" / "lessons" / "02_shallow_network.py"


def _problem(seed, n_x=3, n_h=4, m=6):
    rng = np.random.default_rng(seed)
    parameters = {"W1": rng.standard_normal((n_h, n_x)), "b1": rng.standard_normal((n_h, 1)),
                  "W2": rng.standard_normal((1, n_h)), "b2": rng.standard_normal((1, 1))}
    X = rng.standard_normal((n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return parameters, X, Y


def passes(name, fn):
    """A correct answer written differently from the reference gets full marks, hidden cases included."""
    visible, report = autograder.check(M + name, fn), full_report(M + name, fn)
    assert visible.passed and visible.score == 1.0, str(visible)
    assert report.passed and report.score == 1.0, str(report)


# --- the reference library --------------------------------------------------------------------------

def test_sigmoid_matches_math_and_never_overflows():
    z = np.array([[-3.0, 0.0, 0.5, 7.0]])
    np.testing.assert_allclose(ref.sigmoid(z), [[1 / (1 + math.exp(-v)) for v in z[0]]], rtol=1e-15)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        np.testing.assert_array_equal(ref.sigmoid(np.array([-1e4, 1e4])), [0.0, 1.0])


def test_layer_sizes_reads_the_rows():
    assert ref.layer_sizes(np.zeros((5, 3)), np.zeros((2, 3))) == (5, 4, 2)
    assert ref.layer_sizes(np.zeros((2, 9)), np.zeros((1, 9)), n_h=7) == (2, 7, 1)


def test_initialize_parameters_draws_W1_then_W2_scaled_by_001():
    parameters = ref.initialize_parameters(3, 5, 2, np.random.default_rng(7))
    rng = np.random.default_rng(7)
    W1, W2 = rng.standard_normal((5, 3)), rng.standard_normal((2, 5))
    np.testing.assert_array_equal(parameters["W1"], 0.01 * W1)
    np.testing.assert_array_equal(parameters["W2"], 0.01 * W2)
    assert parameters["b1"].shape == (5, 1) and parameters["b2"].shape == (2, 1)
    assert not parameters["b1"].any() and not parameters["b2"].any()
    assert all(v.dtype == np.float64 for v in parameters.values())


def _loop_forward(X, parameters):
    """Example by example, unit by unit, with the math module."""
    W1, b1, W2, b2 = (parameters[k] for k in ("W1", "b1", "W2", "b2"))
    n_h, n_x = W1.shape
    out = []
    for i in range(X.shape[1]):
        a1 = [math.tanh(sum(W1[j, k] * X[k, i] for k in range(n_x)) + b1[j, 0]) for j in range(n_h)]
        z2 = sum(W2[0, j] * a1[j] for j in range(n_h)) + b2[0, 0]
        out.append(1 / (1 + math.exp(-z2)))
    return np.array([out])


def test_forward_propagation_matches_a_loop_implementation():
    parameters, X, _ = _problem(1)
    A2, cache = ref.forward_propagation(X, parameters)
    np.testing.assert_allclose(A2, _loop_forward(X, parameters), rtol=1e-13)
    assert set(cache) == {"Z1", "A1", "Z2", "A2"} and cache["A2"] is A2
    np.testing.assert_allclose(cache["A1"], np.tanh(cache["Z1"]), rtol=1e-15)
    assert cache["Z1"].shape == (4, 6) and cache["Z2"].shape == (1, 6)


def test_compute_cost_matches_a_loop_implementation():
    A2 = np.array([[0.8, 0.1, 0.6, 0.3, 0.99]])
    Y = np.array([[1.0, 0.0, 1.0, 0.0, 0.0]])
    expected = -sum(math.log(a) if y == 1 else math.log(1 - a) for a, y in zip(A2[0], Y[0])) / 5
    cost = ref.compute_cost(A2, Y)
    assert type(cost) is float and cost == pytest.approx(expected, rel=1e-14)


@pytest.mark.parametrize("seed, n_x, n_h, m", [(2, 3, 4, 6), (3, 2, 7, 1), (4, 5, 1, 9)])
def test_backward_propagation_matches_numerical_gradients(seed, n_x, n_h, m):
    parameters, X, Y = _problem(seed, n_x, n_h, m)
    grads = ref.backward_propagation(parameters, ref.forward_propagation(X, parameters)[1], X, Y)
    for key, value in parameters.items():
        def cost(v, key=key):
            return ref.compute_cost(ref.forward_propagation(X, {**parameters, key: v})[0], Y)
        numeric = numerical_gradient(cost, value)
        assert grads["d" + key].shape == value.shape
        assert relative_error(grads["d" + key], numeric) < 1e-8, key


def test_update_parameters_returns_a_new_dict_and_leaves_the_old_one():
    parameters, _, _ = _problem(5)
    before = copy.deepcopy(parameters)
    grads = {"d" + k: np.ones_like(v) for k, v in parameters.items()}
    new = ref.update_parameters(parameters, grads, learning_rate=0.5)
    for key in parameters:
        np.testing.assert_array_equal(new[key], before[key] - 0.5)
        np.testing.assert_array_equal(parameters[key], before[key])
    assert new is not parameters


def test_nn_model_learns_circles_that_logistic_regression_cannot():
    X, Y = datasets.circles(200, rng=np.random.default_rng(3))
    X_copy = X.copy()
    parameters = ref.nn_model(X, Y, 4, num_iterations=2000, rng=np.random.default_rng(1))
    assert np.mean(ref.predict(parameters, X) == Y) > 0.9
    np.testing.assert_array_equal(X, X_copy)
    one_unit = ref.nn_model(X, Y, 1, num_iterations=2000, rng=np.random.default_rng(1))
    assert np.mean(ref.predict(one_unit, X) == Y) < 0.8  # one tanh unit is almost a straight line


def test_nn_model_is_reproducible_with_an_rng_and_runs_without_one(capsys):
    X, Y = datasets.moons(40, rng=np.random.default_rng(2))
    a = ref.nn_model(X, Y, 3, num_iterations=50, rng=np.random.default_rng(5))
    b = ref.nn_model(X, Y, 3, num_iterations=50, rng=np.random.default_rng(5))
    assert all(np.array_equal(a[k], b[k]) for k in a)
    c = ref.nn_model(X, Y, 3, num_iterations=2001, print_cost=True)
    assert c["W1"].shape == (3, 2) and not np.array_equal(a["W1"], c["W1"])
    assert capsys.readouterr().out.count("Cost after iteration") == 3


def test_predict_thresholds_strictly_above_one_half():
    parameters, X, _ = _problem(6)
    zero_output = {**parameters, "W2": np.zeros((1, 4)), "b2": np.zeros((1, 1))}
    np.testing.assert_array_equal(ref.predict(zero_output, X), np.zeros((1, 6)))
    predictions = ref.predict(parameters, X)
    assert predictions.dtype == np.float64
    np.testing.assert_array_equal(predictions, (_loop_forward(X, parameters) > 0.5).astype(float))


def test_the_lesson_defines_the_worked_example_the_checks_use():
    cells = LESSON.read_text().split("# %%")
    cell = next(c for c in cells if "X_ex = " in c)
    names = {"np": np}
    exec(cell, names)
    np.testing.assert_array_equal(names["X_ex"], checks.X_EX)
    np.testing.assert_array_equal(names["Y_ex"], checks.Y_EX)
    for key, value in checks.PARAMETERS_EX.items():
        np.testing.assert_array_equal(names["parameters_ex"][key], value)
    grads_cell = next(c for c in cells if "grads_ex = {" in c)
    exec(grads_cell, names)
    for key, value in checks.GRADS_EX.items():
        np.testing.assert_array_equal(names["grads_ex"][key], value)
    ast.parse(LESSON.read_text())


# --- the checks fail plausible wrong answers, naming the mistake ----------------------------------

def test_layer_sizes_wrong_answers():
    assert_fails(M + "layer_sizes", lambda X, Y, n_h=4: (X.shape[1], n_h, Y.shape[0]), "n_x is 4; expected 2",
                 "rows of X")
    assert_fails(M + "layer_sizes", lambda X, Y, n_h=4: (X.shape[0], n_h, Y.shape[1]), "Y.shape[0]")
    assert_fails(M + "layer_sizes", lambda X, Y, n_h=4: (X.shape[0], 4, Y.shape[0]), "not a fixed 4")
    assert_fails(M + "layer_sizes", lambda X, Y, n_h=4: (X.shape, n_h, Y.shape), "n_x is a tuple")
    assert_fails(M + "layer_sizes", lambda X, Y, n_h=4: (len(X[0]), n_h, 1), "n_x is")


def test_layer_sizes_written_differently_passes():
    passes("layer_sizes", lambda X, Y, n_h=4: [len(X), n_h, len(Y)])


def _init(scale=0.01, W2_first=False, transposed=False, flat_b=False, randn=False, shape_as_args=False):
    def initialize_parameters(n_x, n_h, n_y, rng):
        shape1, shape2 = ((n_x, n_h), (n_h, n_y)) if transposed else ((n_h, n_x), (n_y, n_h))
        if randn:
            W1, W2 = np.random.randn(*shape1) * scale, np.random.randn(*shape2) * scale
        elif shape_as_args:
            W1 = rng.standard_normal(n_h, n_x) * scale
            W2 = rng.standard_normal(n_y, n_h) * scale
        elif W2_first:
            W2 = rng.standard_normal(shape2) * scale
            W1 = rng.standard_normal(shape1) * scale
        else:
            W1 = rng.standard_normal(shape1) * scale
            W2 = rng.standard_normal(shape2) * scale
        b1, b2 = (np.zeros(n_h), np.zeros(n_y)) if flat_b else (np.zeros((n_h, 1)), np.zeros((n_y, 1)))
        return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return initialize_parameters


def test_initialize_parameters_wrong_answers():
    assert_fails(M + "initialize_parameters", _init(scale=1.0), "scaled by 0.01", "100 times too large")
    assert_fails(M + "initialize_parameters", _init(W2_first=True), "draw W1 first")
    assert_fails(M + "initialize_parameters", _init(transposed=True), "transposed", "one row per hidden unit")
    assert_fails(M + "initialize_parameters", _init(flat_b=True), "lost its second axis", "np.zeros((n_h, 1))")
    assert_fails(M + "initialize_parameters", _init(randn=True), "not np.random.randn")
    assert_fails(M + "initialize_parameters", _init(shape_as_args=True), "as one tuple")


def test_initialize_parameters_written_differently_passes():
    def initialize_parameters(n_x, n_h, n_y, rng):
        W1 = rng.normal(0.0, 0.01, size=(n_h, n_x))
        W2 = rng.normal(0.0, 0.01, size=(n_y, n_h))
        return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
    passes("initialize_parameters", initialize_parameters)


def _forward(hidden="tanh", output="sigmoid", from_Z1=False, transposed=False, cache_keys=("Z1", "A1", "Z2", "A2")):
    def forward_propagation(X, parameters):
        W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
        Z1 = (W1.T @ X if transposed else np.dot(W1, X)) + b1
        A1 = {"tanh": np.tanh(Z1), "sigmoid": 1 / (1 + np.exp(-Z1)), "relu": np.maximum(0, Z1)}[hidden]
        Z2 = np.dot(W2, Z1 if from_Z1 else A1) + b2
        A2 = 1 / (1 + np.exp(-Z2)) if output == "sigmoid" else np.tanh(Z2)
        return A2, dict(zip(cache_keys, (Z1, A1, Z2, A2)))
    return forward_propagation


def test_forward_propagation_wrong_answers():
    assert_fails(M + "forward_propagation", _forward(hidden="sigmoid"), "hidden layer uses tanh")
    assert_fails(M + "forward_propagation", _forward(output="tanh"), "output layer uses sigmoid")
    assert_fails(M + "forward_propagation", _forward(hidden="relu"), "not ReLU")
    assert_fails(M + "forward_propagation", _forward(from_Z1=True), "the hidden layer's output")
    assert_fails(M + "forward_propagation", _forward(transposed=True), "Z1 = W1 @ X + b1")
    assert_fails(M + "forward_propagation", _forward(cache_keys=("z1", "a1", "z2", "a2")), "missing the key(s)")


def test_forward_propagation_with_an_inconsistent_cache_fails():
    def forward_propagation(X, parameters):
        A2, cache = ref.forward_propagation(X, parameters)
        return A2, {**cache, "A1": cache["Z1"]}
    assert_fails(M + "forward_propagation", forward_propagation, "cache['A1'] is not tanh(cache['Z1'])")


def test_forward_propagation_written_differently_passes():
    def forward_propagation(X, parameters):
        Z1 = np.einsum("hx,xm->hm", parameters["W1"], X) + parameters["b1"]
        A1 = (np.exp(Z1) - np.exp(-Z1)) / (np.exp(Z1) + np.exp(-Z1))
        Z2 = parameters["W2"].dot(A1) + parameters["b2"]
        A2 = np.exp(Z2) / (1 + np.exp(Z2))
        return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    passes("forward_propagation", forward_propagation)


def test_compute_cost_wrong_answers():
    def summed(A2, Y):
        return -float(np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))

    def no_minus(A2, Y):
        return float(np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))

    def first_term(A2, Y):
        return -float(np.mean(Y * np.log(A2)))

    def dot_array(A2, Y):
        m = Y.shape[1]
        return -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m

    def squeezed(A2, Y):
        return np.squeeze(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2), axis=1))

    assert_fails(M + "compute_cost", summed, "mean over the m examples", "4 times too large")
    assert_fails(M + "compute_cost", no_minus, "minus sign", "opposite sign")
    assert_fails(M + "compute_cost", first_term, "(1 - Y) log(1 - A2) term")
    assert_fails(M + "compute_cost", dot_array, "array of shape (1, 1)", "return a Python")
    assert_fails(M + "compute_cost", squeezed, "array of shape ()", "`float(...)` of it")


def test_compute_cost_written_differently_passes():
    passes("compute_cost", lambda A2, Y: float(-np.mean(np.where(Y == 1, np.log(A2), np.log(1 - A2)))))


def _backward(no_m=False, db_axis=1, keepdims=True, derivative="1 - A1**2", W2_not_transposed=False, sign=1.0):
    def backward_propagation(parameters, cache, X, Y):
        m = X.shape[1]
        W2, A1, A2, Z1 = parameters["W2"], cache["A1"], cache["A2"], cache["Z1"]
        dZ2 = sign * (A2 - Y)
        dW2 = np.dot(dZ2, A1.T) / (1 if no_m else m)
        db2 = np.sum(dZ2, axis=db_axis, keepdims=keepdims) / m
        g = {"1 - A1**2": 1 - np.power(A1, 2), "1 - tanh(Z1)**2": 1 - np.tanh(Z1) ** 2,
             "sigmoid": A1 * (1 - A1), "1 - A1": 1 - A1}[derivative]
        dZ1 = np.dot(W2 if W2_not_transposed else W2.T, dZ2) * g
        dW1 = np.dot(dZ1, X.T) / (1 if no_m else m)
        db1 = np.sum(dZ1, axis=db_axis, keepdims=keepdims) / m
        return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return backward_propagation


def test_backward_propagation_both_forms_of_the_tanh_derivative_pass():
    passes("backward_propagation", _backward(derivative="1 - A1**2"))
    passes("backward_propagation", _backward(derivative="1 - tanh(Z1)**2"))


def test_backward_propagation_wrong_answers():
    assert_fails(M + "backward_propagation", _backward(no_m=True), "dW without the 1/m", "gradient check")
    assert_fails(M + "backward_propagation", _backward(db_axis=0), "wrong axis")
    assert_fails(M + "backward_propagation", _backward(keepdims=False), "grads['db1'] has shape (3,)", "keepdims=True")
    assert_fails(M + "backward_propagation", _backward(derivative="sigmoid"), "sigmoid's derivative",
                 "dW1 (relative error")
    assert_fails(M + "backward_propagation", _backward(derivative="1 - A1"), "the square is missing")
    assert_fails(M + "backward_propagation", _backward(W2_not_transposed=True), "dZ1 = (W2.T @ dZ2)")
    assert_fails(M + "backward_propagation", _backward(sign=-1.0), "A2 - Y")


def test_backward_propagation_that_ignores_the_cache_passes_only_if_it_recomputes_correctly():
    def backward_propagation(parameters, cache, X, Y):
        _, fresh = ref.forward_propagation(X, parameters)
        return _backward()(parameters, fresh, X, Y)
    passes("backward_propagation", backward_propagation)


def _update(sign=-1.0, update_b=True, fixed_rate=None, in_place=False):
    def update_parameters(parameters, grads, learning_rate=1.2):
        rate = fixed_rate or learning_rate
        if in_place:
            for key in parameters:
                parameters[key] -= rate * grads["d" + key]
            return parameters
        new = dict(parameters)
        for key in ("W1", "b1", "W2", "b2") if update_b else ("W1", "W2"):
            new[key] = parameters[key] + sign * rate * grads["d" + key]
        return new
    return update_parameters


def test_update_parameters_wrong_answers():
    assert_fails(M + "update_parameters", _update(sign=1.0), "subtracts it")
    assert_fails(M + "update_parameters", _update(update_b=False), "the biases are parameters too")
    assert_fails(M + "update_parameters", _update(fixed_rate=1.2), "not a fixed 1.2")
    assert_fails(M + "update_parameters", _update(in_place=True), "changed its input parameters in place")


def test_update_parameters_written_differently_passes():
    def update_parameters(parameters, grads, learning_rate=1.2):
        out = {}
        for layer in (1, 2):
            for p in ("W", "b"):
                out[f"{p}{layer}"] = parameters[f"{p}{layer}"] - learning_rate * grads[f"d{p}{layer}"]
        return out
    passes("update_parameters", update_parameters)


def _model(kind=None):
    def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, rng=None, print_cost=False):
        if kind == "ignores rng":
            rng = np.random.default_rng()
        n_x, n_hidden, n_y = ref.layer_sizes(X, Y) if kind == "no n_h" else ref.layer_sizes(X, Y, n_h)
        parameters = ref.initialize_parameters(n_x, n_hidden, n_y, rng)
        for _ in range(num_iterations):
            _, cache = ref.forward_propagation(X, parameters)
            grads = ref.backward_propagation(parameters, cache, X, Y)
            if kind == "no learning_rate":
                parameters = ref.update_parameters(parameters, grads)
            elif kind == "discards":
                ref.update_parameters(parameters, grads, learning_rate)
            else:
                parameters = ref.update_parameters(parameters, grads, learning_rate)
        return parameters
    return nn_model


def test_nn_model_wrong_answers():
    assert_fails(M + "nn_model", _model("no learning_rate"), "pass learning_rate on")
    assert_fails(M + "nn_model", _model("no n_h"), "parameters['W1'] has shape (4, 2)", "pass n_h on")
    assert_fails(M + "nn_model", _model("discards"), "keep it, parameters =")
    report = assert_fails(M + "nn_model", _model("ignores rng"), "generators in the same state")
    assert "✔ works without an rng" in str(report)


def test_nn_model_that_needs_an_rng_loses_only_the_rng_none_check():
    def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, rng=None, print_cost=False):
        parameters = ref.initialize_parameters(X.shape[0], n_h, Y.shape[0], rng)
        for _ in range(num_iterations):
            grads = ref.backward_propagation(parameters, ref.forward_propagation(X, parameters)[1], X, Y)
            parameters = ref.update_parameters(parameters, grads, learning_rate)
        return parameters
    report = assert_fails(M + "nn_model", nn_model, "called without rng (rng=None)", "np.random.default_rng()")
    assert report.score == 0.75


def test_nn_model_written_differently_passes():
    def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, rng=None, print_cost=False):
        if rng is None:
            rng = np.random.default_rng(2024)
        parameters = ref.initialize_parameters(X.shape[0], n_h, Y.shape[0], rng)
        i = 0
        while i < num_iterations:
            _, cache = ref.forward_propagation(X, parameters)
            parameters = ref.update_parameters(parameters, ref.backward_propagation(parameters, cache, X, Y),
                                               learning_rate=learning_rate)
            i += 1
        return parameters
    passes("nn_model", nn_model)


def test_predict_wrong_answers():
    def A2(parameters, X):
        return ref.forward_propagation(X, parameters)[0]
    assert_fails(M + "predict", lambda p, X: (A2(p, X) >= 0.5).astype(float), "exactly 0.5", "A2 > 0.5")
    assert_fails(M + "predict", lambda p, X: A2(p, X) > 0.5, "dtype bool", "astype(float)")
    assert_fails(M + "predict", lambda p, X: (A2(p, X) > 0.5).astype(float)[0], "has shape (4,)", "(1, m)")
    assert_fails(M + "predict", A2, "probabilities A2")


def test_predict_written_differently_passes():
    passes("predict", lambda parameters, X: np.round(ref.forward_propagation(X, parameters)[0]))


def test_every_exercise_of_the_module_is_graded():
    assert [e for e in autograder.exercises() if e.startswith(M) and ".q_" not in e] == [M + n for n in (
        "layer_sizes", "initialize_parameters", "forward_propagation", "compute_cost", "backward_propagation",
        "update_parameters", "nn_model", "predict")]
    assert [e for e in autograder.exercises() if e.startswith(M + "q_")] == [
        M + "q_slope_direction", M + "q_fewest_hidden_units"]


# --- the lesson's questions ----------------------------------------------------------------------

def _judge(name, value):
    """The report on one answer to a question of the lesson, as its test cell would give it."""
    return REGISTRY[M + name].judge(value)


def test_q_slope_direction_passes_with_its_key_and_explains_each_wrong_choice():
    assert ref.q_slope_direction == "b"
    right = _judge("q_slope_direction", "b")
    assert right.passed and right.score == 1.0 and "Step against the slope" in str(right)
    assert _judge("q_slope_direction", " (B) ").passed
    for choice, hint in [("a", "cost grows as w grows"), ("c", "sign of the slope already says")]:
        wrong = _judge("q_slope_direction", choice)
        assert not wrong.passed and wrong.score == 0.0
        assert f"not ({choice})" in str(wrong) and hint in str(wrong), str(wrong)
        assert "go down" not in str(wrong)
    assert "not one of the choices" in str(_judge("q_slope_direction", "d"))
    assert "not answered yet" in str(_judge("q_slope_direction", None))


def test_q_fewest_hidden_units_passes_with_its_key_and_says_too_low_or_too_high():
    assert ref.q_fewest_hidden_units == 3
    right = _judge("q_fewest_hidden_units", 3)
    assert right.passed and right.score == 1.0 and "triangle" in str(right)
    assert _judge("q_fewest_hidden_units", 3.0).passed and _judge("q_fewest_hidden_units", np.int64(3)).passed
    for value in (1, 2):
        low = _judge("q_fewest_hidden_units", value)
        assert not low.passed and "too low" in str(low) and "region stays open" in str(low), str(low)
    for value in (4, 20):
        high = _judge("q_fewest_hidden_units", value)
        assert not high.passed and "too high" in str(high) and "fewer straight cuts" in str(high), str(high)
    assert "answer with a number" in str(_judge("q_fewest_hidden_units", "3"))


def test_the_questions_pass_through_the_public_check():
    assert autograder.check(M + "q_slope_direction", "b").passed
    assert not autograder.check(M + "q_fewest_hidden_units", 2).passed


def test_case_names_state_the_shapes_of_every_array_input():
    for cases in (checks.forward_propagation_cases, checks.compute_cost_cases, checks.backward_propagation_cases,
                  checks.update_parameters_cases, checks.predict_cases):
        for case in cases():
            if case.hidden or case.shown:
                continue
            assert re.search(r"\(\d+, \d+\)", str(case.name)) and "m = " not in str(case.name), case.name
    backward = [c.name for c in checks.backward_propagation_cases() if not c.hidden and not c.shown]
    assert all(all(k in n for k in ("W1 (", "b1 (", "W2 (", "b2 (", "A1 (", "X of shape", "Y of shape"))
               for n in backward), backward
    extra = REGISTRY[M + "backward_propagation"].extras[0].name
    assert "X (3, 5), Y (1, 5), W1 (4, 3), b1 (4, 1), W2 (1, 4), b2 (1, 1)" in extra

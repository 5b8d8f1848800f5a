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
    assert_fails(M + "propagate", _propagate(db_keepdims=True), "grads['db'] is an array", "Python float")
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
    assert [e for e in autograder.exercises() if e.startswith(M)] == [
        M + n for n in ("sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model")]

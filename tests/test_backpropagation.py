"""Module 03: the reference library, and the checks against plausible wrong answers."""
import copy
import math
from pathlib import Path

import numpy as np
import pytest

import autograder
from autograder import datasets
from autograder.checks import backpropagation as checks
from autograder.gradient import numerical_gradient as grader_numerical_gradient
from solutions import backpropagation as ref
from solutions.activations import relu, relu_backward, sigmoid, sigmoid_backward

from autograder.exercise import REGISTRY, _same
from conftest import assert_fails as _assert_fails
from conftest import full_report


def assert_fails(exercise_id, fn, *fragments):
    """conftest's assert_fails, with every fragment matched across the report's line wrapping."""
    report = _assert_fails(exercise_id, fn)
    text = " ".join(str(report).split())
    for fragment in fragments:
        assert " ".join(fragment.split()) in text, f"expected {fragment!r} in the report:\n{report}"
    return report

M = "backpropagation."
ROOT = Path(__file__).resolve().parent.parent


def passes(exercise_id, fn):
    """A correct answer written differently from the reference gets full marks, visible and hidden."""
    visible = autograder.check(exercise_id, fn)
    report = full_report(exercise_id, fn)
    assert visible.passed and report.passed and report.score == 1.0, str(report)


def net(seed, dims, m):
    return checks.net_data(seed, dims, m)


# --- the reference library: forward ------------------------------------------------------------------

def test_initialize_parameters_deep_draws_in_layer_order():
    parameters = ref.initialize_parameters_deep([4, 3, 2], np.random.default_rng(7))
    rng = np.random.default_rng(7)
    assert list(parameters) == ["W1", "b1", "W2", "b2"]
    np.testing.assert_array_equal(parameters["W1"], 0.01 * rng.standard_normal((3, 4)))
    np.testing.assert_array_equal(parameters["W2"], 0.01 * rng.standard_normal((2, 3)))
    assert parameters["b1"].shape == (3, 1) and not parameters["b1"].any()
    assert parameters["b2"].shape == (2, 1) and parameters["b2"].dtype == np.float64


def _loop_linear(A, W, b):
    n, n_prev = W.shape
    return np.array([[sum(W[i, k] * A[k, j] for k in range(n_prev)) + b[i, 0] for j in range(A.shape[1])]
                     for i in range(n)])


def test_linear_forward_matches_loops_and_caches_its_inputs():
    A, W, b = checks.layer_data(0, 5, 3, 4)
    Z, cache = ref.linear_forward(A, W, b)
    np.testing.assert_allclose(Z, _loop_linear(A, W, b), rtol=1e-13)
    assert cache[0] is A and cache[1] is W and cache[2] is b


def test_linear_activation_forward_applies_the_named_activation():
    A, W, b = checks.layer_data(1, 3, 4, 5)
    Z = _loop_linear(A, W, b)
    out, (linear_cache, Z_cached) = ref.linear_activation_forward(A, W, b, "relu")
    np.testing.assert_allclose(out, [[max(0.0, z) for z in row] for row in Z], rtol=1e-13)
    np.testing.assert_allclose(Z_cached, Z, rtol=1e-13)
    out, _ = ref.linear_activation_forward(A, W, b, "sigmoid")
    np.testing.assert_allclose(out, [[1 / (1 + math.exp(-z)) for z in row] for row in Z], rtol=1e-13)
    with pytest.raises(ValueError):
        ref.linear_activation_forward(A, W, b, "tanh")


def test_L_model_forward_is_relu_layers_then_a_sigmoid():
    parameters, X, _ = net(2, [4, 5, 3, 1], 6)
    A1 = np.maximum(0, _loop_linear(X, parameters["W1"], parameters["b1"]))
    A2 = np.maximum(0, _loop_linear(A1, parameters["W2"], parameters["b2"]))
    A3 = 1 / (1 + np.exp(-_loop_linear(A2, parameters["W3"], parameters["b3"])))
    AL, caches = ref.L_model_forward(X, parameters)
    np.testing.assert_allclose(AL, A3, rtol=1e-12)
    assert len(caches) == 3 and caches[0][0][0] is X
    np.testing.assert_allclose(caches[2][0][0], A2, rtol=1e-12)


def test_compute_cost_is_the_mean_binary_cross_entropy():
    AL, Y = np.array([[0.8, 0.9, 0.4]]), np.array([[1.0, 1.0, 0.0]])
    expected = -(math.log(0.8) + math.log(0.9) + math.log(0.6)) / 3
    cost = ref.compute_cost(AL, Y)
    assert type(cost) is float and cost == pytest.approx(expected, rel=1e-14)


# --- the reference library: backward -----------------------------------------------------------------

def test_linear_backward_matches_numerical_gradients():
    A, W, b = checks.layer_data(3, 4, 3, 5)
    G = np.random.default_rng(4).standard_normal((3, 5))
    dA_prev, dW, db = ref.linear_backward(G, (A, W, b))
    m = A.shape[1]
    J = lambda a, w, c: float(np.sum(G * (w @ a + c)))  # noqa: E731  (dZ = G is the gradient of J)
    np.testing.assert_allclose(dA_prev, grader_numerical_gradient(lambda a: J(a, W, b), A), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(dW * m, grader_numerical_gradient(lambda w: J(A, w, b), W), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(db * m, grader_numerical_gradient(lambda c: J(A, W, c), b), rtol=1e-6, atol=1e-8)
    assert db.shape == (3, 1)


@pytest.mark.parametrize("activation, g", [("relu", relu), ("sigmoid", sigmoid)])
def test_linear_activation_backward_matches_numerical_gradients(activation, g):
    A, W, b = checks.layer_data_far_from_kinks(5, 4, 3, 6)  # away from the ReLU kink
    G = np.random.default_rng(6).standard_normal((3, 6))
    dA_prev, dW, db = ref.linear_activation_backward(G, ((A, W, b), W @ A + b), activation)
    J = lambda a, w, c: float(np.sum(G * g(w @ a + c)))  # noqa: E731
    np.testing.assert_allclose(dA_prev, grader_numerical_gradient(lambda a: J(a, W, b), A), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(dW * 6, grader_numerical_gradient(lambda w: J(A, w, b), W), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(db * 6, grader_numerical_gradient(lambda c: J(A, W, c), b), rtol=1e-6, atol=1e-8)


def test_relu_derivative_at_exactly_zero_is_zero():
    case = checks._relu_zero_case()
    dA, ((A, W, b), Z), _ = case.args
    assert (Z == 0).sum() == 3
    dA_prev, dW, db = ref.linear_activation_backward(dA, ((A, W, b), Z), "relu")
    dZ = np.where(Z > 0, dA, 0.0)
    np.testing.assert_allclose(db, dZ.sum(axis=1, keepdims=True) / 3)
    np.testing.assert_allclose(dA_prev, W.T @ dZ)
    np.testing.assert_array_equal(relu_backward(np.ones(3), np.array([-1.0, 0.0, 1.0])), [0.0, 0.0, 1.0])


def test_L_model_backward_matches_numerical_gradients_of_the_cost():
    parameters, X, Y = net(7, [3, 4, 3, 1], 5)
    AL, caches = ref.L_model_forward(X, parameters)
    grads = ref.L_model_backward(AL, Y, caches)
    assert sorted(grads) == sorted([f"dA{l - 1}" for l in (1, 2, 3)] + [f"d{p}{l}" for l in (1, 2, 3) for p in "Wb"])
    for key in parameters:
        def cost(value, key=key):
            return ref.compute_cost(ref.L_model_forward(X, dict(parameters, **{key: value}))[0], Y)
        numeric = grader_numerical_gradient(cost, parameters[key])
        np.testing.assert_allclose(grads["d" + key], numeric, rtol=1e-5, atol=1e-9)
    numeric_X = grader_numerical_gradient(lambda x: ref.compute_cost(ref.L_model_forward(x, parameters)[0], Y), X)
    np.testing.assert_allclose(grads["dA0"] / X.shape[1], numeric_X, rtol=1e-5, atol=1e-9)
    # and the output layer's dZ is AL - Y, as the course's formulas say
    dZL = sigmoid_backward(-(Y / AL - (1 - Y) / (1 - AL)), caches[-1][1])
    np.testing.assert_allclose(dZL, AL - Y, rtol=1e-10, atol=1e-14)


def test_update_parameters_returns_a_new_dict_and_leaves_its_inputs():
    parameters, X, Y = net(8, [3, 2, 1], 4)
    AL, caches = ref.L_model_forward(X, parameters)
    grads = ref.L_model_backward(AL, Y, caches)
    before = copy.deepcopy(parameters)
    new = ref.update_parameters(parameters, grads, 0.1)
    assert list(new) == list(parameters)
    for key in parameters:
        np.testing.assert_array_equal(parameters[key], before[key])
        np.testing.assert_allclose(new[key], before[key] - 0.1 * grads["d" + key])


# --- the reference library: softmax ------------------------------------------------------------------

def test_softmax_matches_the_definition_and_is_stable():
    Z = np.random.default_rng(9).standard_normal((4, 5))
    expected = [[math.exp(Z[i, j]) / sum(math.exp(Z[k, j]) for k in range(4)) for j in range(5)] for i in range(4)]
    np.testing.assert_allclose(ref.softmax(Z), expected, rtol=1e-13)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        big = ref.softmax(np.array([[1000.0, -1000.0], [999.0, 1e4], [1001.0, 0.0]]))
    assert np.isfinite(big).all()
    np.testing.assert_allclose(big.sum(axis=0), 1.0, atol=1e-15)
    np.testing.assert_allclose(big[:, 0], ref.softmax(np.array([[1.0], [0.0], [2.0]]))[:, 0], rtol=1e-13)
    np.testing.assert_allclose(ref.softmax(Z + np.array([[800.0, -300.0, 0.0, 5.0, 1e3]])), ref.softmax(Z), rtol=1e-12)


def test_softmax_cross_entropy_value_gradient_and_stability():
    Z = np.random.default_rng(10).standard_normal((3, 4))
    Y = checks.one_hot(11, 3, 4)
    cost, dZ = ref.softmax_cross_entropy(Z, Y)
    expected = -sum(math.log(math.exp(Z[int(Y[:, j].argmax()), j]) / sum(math.exp(z) for z in Z[:, j]))
                    for j in range(4)) / 4
    assert type(cost) is float and cost == pytest.approx(expected, rel=1e-13)
    np.testing.assert_allclose(dZ, ref.softmax(Z) - Y, rtol=1e-15)
    numeric = grader_numerical_gradient(lambda z: ref.softmax_cross_entropy(z, Y)[0], Z)
    np.testing.assert_allclose(dZ / 4, numeric, rtol=1e-6, atol=1e-9)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        cost, _ = ref.softmax_cross_entropy(np.array([[1000.0], [0.0]]), np.array([[0.0], [1.0]]))
    assert cost == pytest.approx(1000.0, rel=1e-12)


# --- the reference library: gradient checking --------------------------------------------------------

def test_numerical_gradient_is_accurate_and_leaves_x_exactly_as_it_was():
    x = np.random.default_rng(12).standard_normal((3, 4))
    before = x.copy()
    grad = ref.numerical_gradient(lambda v: float(np.sum(np.sin(v))), x)
    np.testing.assert_array_equal(x, before)
    np.testing.assert_allclose(grad, np.cos(before), rtol=1e-6, atol=1e-8)
    # f may read x itself rather than its argument
    grad = ref.numerical_gradient(lambda _: float(np.sum(x ** 3)), x)
    np.testing.assert_array_equal(x, before)
    np.testing.assert_allclose(grad, 3 * before ** 2, rtol=1e-6, atol=1e-7)
    # central differences: the error of a step of 1e-2 is of order 1e-4 (a one-sided one would be 1e-2)
    grad = ref.numerical_gradient(lambda v: float(np.sum(v ** 3)), np.array([1.0, -2.0]), epsilon=1e-2)
    np.testing.assert_allclose(grad, [3.0001, 12.0001], rtol=1e-12)


def test_relative_error_values():
    assert ref.relative_error(np.zeros(3), np.zeros(3)) == 0.0
    assert ref.relative_error(np.array([1.0, 2.0]), -np.array([1.0, 2.0])) == pytest.approx(1.0)
    error = ref.relative_error(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.3]))
    assert type(error) is float and error == pytest.approx(0.3 / (math.sqrt(14) + math.sqrt(1 + 4 + 3.3 ** 2)))


def test_gradient_check_tells_right_from_wrong_and_touches_nothing():
    parameters, X, Y = net(13, [3, 4, 2, 1], 5)
    AL, caches = ref.L_model_forward(X, parameters)
    grads = ref.L_model_backward(AL, Y, caches)
    before = copy.deepcopy(parameters)
    assert ref.gradient_check(parameters, grads, X, Y) < 1e-7
    for key in parameters:
        np.testing.assert_array_equal(parameters[key], before[key])
    for key in ("dW1", "db1", "db3"):
        spoiled = dict(grads, **{key: grads[key] + 0.5})
        assert ref.gradient_check(parameters, spoiled, X, Y) > 0.05


def test_no_reference_function_mutates_its_inputs():
    parameters, X, Y = net(14, [3, 4, 1], 5)
    AL, caches = ref.L_model_forward(X, parameters)
    grads = ref.L_model_backward(AL, Y, caches)
    calls = [(ref.L_model_forward, (X, parameters)), (ref.compute_cost, (AL, Y)),
             (ref.L_model_backward, (AL, Y, caches)), (ref.update_parameters, (parameters, grads, 0.1)),
             (ref.softmax, (X,)), (ref.softmax_cross_entropy, (X[:2], checks.one_hot(0, 2, 5))),
             (ref.gradient_check, (parameters, grads, X, Y)), (ref.relative_error, (X, X + 1))]
    for fn, args in calls:
        before = copy.deepcopy(args)
        fn(*args)
        assert _same(args, before), fn.__name__


def test_the_reference_passes_every_check_with_full_marks():
    for exercise_id in autograder.exercises():
        if exercise_id.startswith(M):
            fn = getattr(ref, exercise_id[len(M):])
            assert autograder.check(exercise_id, fn).passed
            assert full_report(exercise_id, fn).score == 1.0


def test_the_lesson_holds_the_worked_examples_verbatim():
    lesson = (ROOT / "solutions" / "lessons" / "03_backpropagation.py").read_text()
    for block in checks.EXAMPLES.values():
        assert block in lesson


def test_the_digits_net_learns():
    X_train, Y_train, X_test, Y_test = datasets.digits()
    parameters = ref.initialize_parameters_deep([64, 32, 10], np.random.default_rng(0))
    for _ in range(150):
        Z1, cache1 = ref.linear_forward(X_train, parameters["W1"], parameters["b1"])
        Z2, cache2 = ref.linear_forward(relu(Z1), parameters["W2"], parameters["b2"])
        cost, dZ2 = ref.softmax_cross_entropy(Z2, Y_train)
        dA1, dW2, db2 = ref.linear_backward(dZ2, cache2)
        _, dW1, db1 = ref.linear_backward(relu_backward(dA1, Z1), cache1)
        parameters = ref.update_parameters(parameters, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}, 0.5)
    scores = parameters["W2"] @ relu(parameters["W1"] @ X_test + parameters["b1"]) + parameters["b2"]
    assert np.mean(scores.argmax(axis=0) == Y_test.argmax(axis=0)) > 0.9


# --- the checks fail plausible wrong answers, naming the mistake -------------------------------------

def test_initialize_parameters_deep_wrong_answers():
    def unscaled(layer_dims, rng):
        p = {}
        for l in range(1, len(layer_dims)):
            p["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
            p["b" + str(l)] = np.zeros((layer_dims[l], 1))
        return p

    def flat_b(layer_dims, rng):
        p = {}
        for l in range(1, len(layer_dims)):
            p["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 0.01
            p["b" + str(l)] = np.zeros(layer_dims[l])
        return p

    def global_random(layer_dims, rng):
        p = {}
        for l in range(1, len(layer_dims)):
            p["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
            p["b" + str(l)] = np.zeros((layer_dims[l], 1))
        return p

    def randn_style(layer_dims, rng):
        return {k: v for l in range(1, len(layer_dims)) for k, v in
                (("W%d" % l, rng.standard_normal(layer_dims[l], layer_dims[l - 1]) * 0.01),
                 ("b%d" % l, np.zeros((layer_dims[l], 1))))}

    def transposed(layer_dims, rng):
        p = {}
        for l in range(1, len(layer_dims)):
            p[f"W{l}"] = 0.01 * rng.standard_normal((layer_dims[l - 1], layer_dims[l]))
            p[f"b{l}"] = np.zeros((layer_dims[l], 1))
        return p

    assert_fails(M + "initialize_parameters_deep", unscaled, "multiply rng.standard_normal(...) by 0.01")
    assert_fails(M + "initialize_parameters_deep", flat_b, "has shape (2,)", "np.zeros((n[l], 1))")
    assert_fails(M + "initialize_parameters_deep", global_random, "never np.random.randn")
    assert_fails(M + "initialize_parameters_deep", randn_style, "shape as one tuple")
    assert_fails(M + "initialize_parameters_deep", transposed, "one row per unit")

    def zip_style(layer_dims, rng):
        pairs = list(zip(layer_dims[:-1], layer_dims[1:]))
        p = {}
        for l, (n_in, n_out) in enumerate(pairs, start=1):
            p[f"W{l}"] = rng.standard_normal(size=(n_out, n_in)) / 100
            p[f"b{l}"] = np.zeros((n_out, 1))
        return p
    passes(M + "initialize_parameters_deep", zip_style)


def test_linear_forward_wrong_answers():
    assert_fails(M + "linear_forward", lambda A, W, b: (np.dot(W, A), (A, W, b)), "bias is missing")
    assert_fails(M + "linear_forward", lambda A, W, b: (W @ A + b, (W, A, b)), "(A, W, b), in that order")
    assert_fails(M + "linear_forward", lambda A, W, b: (A.T @ W.T + b, (A, W, b)), "W @ A_prev")
    assert_fails(M + "linear_forward", lambda A, W, b: (W.T @ A + b, (A, W, b)), "check the shapes",
                 "the products are W @ A_prev")
    assert_fails(M + "linear_forward", lambda A, W, b: W @ A + b, "expected a tuple (Z, cache)")
    passes(M + "linear_forward", lambda A, W, b: (np.dot(W, A) + b.reshape(-1, 1), [A, W, b]))


def test_linear_activation_forward_wrong_answers():
    def swapped(A_prev, W, b, activation):
        Z, linear_cache = ref.linear_forward(A_prev, W, b)
        A = relu(Z) if activation == "sigmoid" else sigmoid(Z)
        return A, (linear_cache, Z)

    def keeps_A(A_prev, W, b, activation):
        Z, linear_cache = ref.linear_forward(A_prev, W, b)
        A = sigmoid(Z) if activation == "sigmoid" else relu(Z)
        return A, (linear_cache, A)

    def relu_missing(A_prev, W, b, activation):
        Z, linear_cache = ref.linear_forward(A_prev, W, b)
        if activation == "sigmoid":
            A = sigmoid(Z)
        return A, (linear_cache, Z)

    def upside_down(A_prev, W, b, activation):
        Z, linear_cache = ref.linear_forward(A_prev, W, b)
        return (sigmoid(Z) if activation == "sigmoid" else relu(Z)), (Z, linear_cache)

    assert_fails(M + "linear_activation_forward", swapped, "activations are swapped")
    assert_fails(M + "linear_activation_forward", keeps_A, "the cache keeps Z")
    assert_fails(M + "linear_activation_forward", relu_missing, "UnboundLocalError", "compute A for both")
    assert_fails(M + "linear_activation_forward", upside_down, "(linear_cache, Z), in that order")

    def by_table(A_prev, W, b, activation):
        Z = W @ A_prev + b
        g = {"relu": lambda z: z * (z > 0), "sigmoid": lambda z: 0.5 * (1 + np.tanh(z / 2))}[activation]
        return g(Z), ((A_prev, W, b), Z)
    passes(M + "linear_activation_forward", by_table)


def test_L_model_forward_wrong_answers():
    def all_sigmoid(X, parameters):
        caches, A = [], X
        for l in range(1, len(parameters) // 2 + 1):
            A, cache = ref.linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "sigmoid")
            caches.append(cache)
        return A, caches

    def all_relu(X, parameters):
        caches, A = [], X
        for l in range(1, len(parameters) // 2 + 1):
            A, cache = ref.linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
            caches.append(cache)
        return A, caches

    def wrong_L(X, parameters):
        L = len(parameters)
        caches, A = [], X
        for l in range(1, L):
            A, cache = ref.linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
            caches.append(cache)
        AL, cache = ref.linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
        return AL, caches + [cache]

    def hidden_caches_only(X, parameters):
        L = len(parameters) // 2
        caches, A = [], X
        for l in range(1, L):
            A, cache = ref.linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
            caches.append(cache)
        AL, _ = ref.linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
        return AL, caches

    assert_fails(M + "L_model_forward", all_sigmoid, "hidden layers use ReLU")
    assert_fails(M + "L_model_forward", all_relu, "output layer uses the sigmoid")
    assert_fails(M + "L_model_forward", wrong_L, "KeyError", "len(parameters) // 2")
    assert_fails(M + "L_model_forward", hidden_caches_only, "caches has 1 entries; expected 2", "one cache per layer")

    def recursive(X, parameters, l=1):
        L = len(parameters) // 2
        A, cache = ref.linear_activation_forward(X, parameters[f"W{l}"], parameters[f"b{l}"],
                                                 "sigmoid" if l == L else "relu")
        if l == L:
            return A, [cache]
        AL, rest = recursive(A, parameters, l + 1)
        return AL, [cache] + rest
    passes(M + "L_model_forward", recursive)


def test_compute_cost_wrong_answers():
    assert_fails(M + "compute_cost", lambda AL, Y: -float(np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))),
                 "mean over the m examples")
    assert_fails(M + "compute_cost", lambda AL, Y: float(np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))),
                 "minus sign is missing")
    assert_fails(M + "compute_cost", lambda AL, Y: -float(np.mean(Y * np.log(AL))), "(1 - Y) log(1 - AL) term")
    assert_fails(M + "compute_cost",
                 lambda AL, Y: -(np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)) / Y.shape[1],
                 "return a Python float", "float(...)")
    assert_fails(M + "compute_cost",
                 lambda AL, Y: np.squeeze(-(Y @ np.log(AL).T + (1 - Y) @ np.log(1 - AL).T) / Y.shape[1]),
                 "return a Python float")
    passes(M + "compute_cost", lambda AL, Y: float(np.mean(np.where(Y == 1, -np.log(AL), -np.log(1 - AL)))))


def test_linear_backward_wrong_answers():
    def linear_backward(dZ, cache, dW_m=True, db_m=True, dA_m=False, db_axis=1, keepdims=True):
        A_prev, W, b = cache
        m = A_prev.shape[1]
        dW = dZ @ A_prev.T / (m if dW_m else 1)
        db = np.sum(dZ, axis=db_axis, keepdims=keepdims) / (m if db_m else 1)
        dA_prev = W.T @ dZ / (m if dA_m else 1)
        return dA_prev, dW, db

    assert_fails(M + "linear_backward", lambda dZ, c: linear_backward(dZ, c, dW_m=False), "dW without the 1/m",
                 "gradient check")
    assert_fails(M + "linear_backward", lambda dZ, c: linear_backward(dZ, c, db_m=False), "db without the 1/m")
    assert_fails(M + "linear_backward", lambda dZ, c: linear_backward(dZ, c, dA_m=True), "dA_prev = W.T @ dZ has no 1/m")
    assert_fails(M + "linear_backward", lambda dZ, c: linear_backward(dZ, c, keepdims=False),
                 "db has shape (2,); expected (2, 1)", "keepdims")
    assert_fails(M + "linear_backward", lambda dZ, c: linear_backward(dZ, c, db_axis=0), "db has shape (1, 2)",
                 "axis=1")

    def no_transpose(dZ, cache):
        A_prev, W, b = cache
        return W @ dZ, dZ @ A_prev.T / A_prev.shape[1], dZ.mean(axis=1, keepdims=True)

    assert_fails(M + "linear_backward", no_transpose, "W.T @ dZ")

    def with_einsum(dZ, cache):
        A_prev, W, _ = cache
        return (np.einsum("ji,jk->ik", W, dZ), np.einsum("ik,jk->ij", dZ, A_prev) / dZ.shape[1],
                dZ.mean(axis=1).reshape(-1, 1))
    passes(M + "linear_backward", with_einsum)


def test_linear_activation_backward_wrong_answers():
    def make(derivative):
        def linear_activation_backward(dA, cache, activation):
            linear_cache, Z = cache
            return ref.linear_backward(derivative(dA, Z, activation), linear_cache)
        return linear_activation_backward

    relu_geq = make(lambda dA, Z, a: dA * (Z >= 0) if a == "relu" else sigmoid_backward(dA, Z))
    swapped = make(lambda dA, Z, a: sigmoid_backward(dA, Z) if a == "relu" else relu_backward(dA, Z))
    skipped = make(lambda dA, Z, a: dA)
    times_g = make(lambda dA, Z, a: dA * (relu(Z) if a == "relu" else sigmoid(Z)))
    sigmoid_slip = make(lambda dA, Z, a: relu_backward(dA, Z) if a == "relu" else dA * sigmoid(Z) * (1 + sigmoid(Z)))

    assert_fails(M + "linear_activation_backward", relu_geq, "exact zeros", "derivative of ReLU at Z = 0")
    assert_fails(M + "linear_activation_backward", swapped, "derivatives are swapped")
    assert_fails(M + "linear_activation_backward", skipped, "must go through the activation first")
    assert_fails(M + "linear_activation_backward", times_g, "not the activation g(Z) itself")
    assert_fails(M + "linear_activation_backward", sigmoid_slip, "with activation 'sigmoid'", "gradient check")

    def by_mask(dA, cache, activation):
        (A_prev, W, b), Z = cache
        if activation == "relu":
            dZ = dA * (Z > 0)
        else:
            s = 1 / (1 + np.exp(-Z))
            dZ = dA * s - dA * s * s
        m = Z.shape[1]
        return np.dot(W.T, dZ), np.dot(dZ, A_prev.T) / m, dZ.sum(axis=1, keepdims=True) / m
    passes(M + "linear_activation_backward", by_mask)


def _L_backward(dAL=lambda AL, Y: -(Y / AL - (1 - Y) / (1 - AL)), hidden="relu", last="sigmoid", key_shift=0):
    def L_model_backward(AL, Y, caches):
        grads = {}
        L = len(caches)
        dA = dAL(AL, Y)
        for l in reversed(range(1, L + 1)):
            dA, dW, db = ref.linear_activation_backward(dA, caches[l - 1], last if l == L else hidden)
            grads["dA" + str(l - 1 + key_shift)] = dA
            grads["dW" + str(l)] = dW
            grads["db" + str(l)] = db
        return grads
    return L_model_backward


def test_L_model_backward_wrong_answers():
    assert_fails(M + "L_model_backward", _L_backward(dAL=lambda AL, Y: Y / AL - (1 - Y) / (1 - AL)), "wrong sign")
    assert_fails(M + "L_model_backward", _L_backward(dAL=lambda AL, Y: AL - Y), "already dZ[L]")
    assert_fails(M + "L_model_backward", _L_backward(hidden="sigmoid"), "hidden layers are ReLU layers",
                 "gradient check")
    assert_fails(M + "L_model_backward", _L_backward(last="relu"), "output layer is a sigmoid layer")
    assert_fails(M + "L_model_backward", _L_backward(key_shift=1), "missing the key(s) ['dA0']", "off by one")

    def reads_too_early(AL, Y, caches):
        grads = {}
        L = len(caches)
        dAL = -(Y / AL - (1 - Y) / (1 - AL))  # computed, but never stored as grads["dA" + str(L)]  # noqa: F841  (the slip this wrong answer makes)
        for l in range(L, 0, -1):
            activation = "sigmoid" if l == L else "relu"
            grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = ref.linear_activation_backward(
                grads[f"dA{l}"], caches[l - 1], activation)
        return grads
    assert_fails(M + "L_model_backward", reads_too_early, "KeyError")

    def from_dZ(AL, Y, caches):
        grads, L = {}, len(caches)
        dZ = AL - Y  # the output layer's dZ, straight from the formula
        for l in range(L, 0, -1):
            linear_cache, Z = caches[l - 1]
            if l < L:
                dZ = grads[f"dA{l}"] * (Z > 0)
            grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = ref.linear_backward(dZ, linear_cache)
        return grads
    passes(M + "L_model_backward", from_dZ)


def test_update_parameters_wrong_answers():
    def in_place(parameters, grads, learning_rate):
        for l in range(1, len(parameters) // 2 + 1):
            parameters[f"W{l}"] -= learning_rate * grads[f"dW{l}"]
            parameters[f"b{l}"] -= learning_rate * grads[f"db{l}"]
        return parameters

    def plus(parameters, grads, learning_rate):
        return {k: v + learning_rate * grads["d" + k] for k, v in parameters.items()}

    def weights_only(parameters, grads, learning_rate):
        return {k: v - learning_rate * grads["d" + k] if k[0] == "W" else v for k, v in parameters.items()}

    def wrong_L(parameters, grads, learning_rate):
        new = {}
        for l in range(1, len(parameters) + 1):
            new[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
            new[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
        return new

    assert_fails(M + "update_parameters", in_place, "changed its input parameters in place")
    assert_fails(M + "update_parameters", plus, "gradient descent subtracts")
    assert_fails(M + "update_parameters", weights_only, "biases must move too")
    assert_fails(M + "update_parameters", wrong_L, "KeyError", "len(parameters) // 2")
    passes(M + "update_parameters", lambda p, g, lr: {k: p[k] - lr * g["d" + k] for k in p})


def test_softmax_wrong_answers():
    assert_fails(M + "softmax", lambda Z: np.exp(Z) / np.sum(np.exp(Z), axis=0, keepdims=True), "nan", "overflows")
    assert_fails(M + "softmax", lambda Z: np.exp(Z - Z.max()) / np.exp(Z - Z.max()).sum(axis=0), "own max")
    assert_fails(M + "softmax", lambda Z: np.exp(Z - Z.max(axis=0)) / np.exp(Z - Z.max(axis=0)).sum(), "whole array")

    def rows(Z):
        E = np.exp(Z - Z.max(axis=1, keepdims=True))
        return E / E.sum(axis=1, keepdims=True)
    assert_fails(M + "softmax", rows, "axis=0")
    assert_fails(M + "softmax", lambda Z: 1 / (1 + np.exp(-Z)), "sigmoid of each entry", "sum to 1")

    def by_logsumexp(Z):
        top = Z.max(axis=0)
        return np.exp(Z - (top + np.log(np.exp(Z - top).sum(axis=0))))
    passes(M + "softmax", by_logsumexp)


def _sce(cost_div_m=True, dZ_div_m=False, sign=-1.0, dZ_sign=1.0, as_array=False):
    def softmax_cross_entropy(Z, Y):
        m = Z.shape[1]
        A = ref.softmax(Z)
        total = sign * np.sum(Y * np.log(A))
        cost = total / m if cost_div_m else total
        dZ = dZ_sign * (A - Y)
        return (np.array(cost) if as_array else float(cost)), (dZ / m if dZ_div_m else dZ)
    return softmax_cross_entropy


def test_softmax_cross_entropy_wrong_answers():
    assert_fails(M + "softmax_cross_entropy", _sce(dZ_div_m=True), "dZ is softmax(Z) - Y, without 1/m")
    assert_fails(M + "softmax_cross_entropy", _sce(cost_div_m=False), "mean over the m examples")
    assert_fails(M + "softmax_cross_entropy", _sce(sign=1.0), "minus sign is missing")
    assert_fails(M + "softmax_cross_entropy", _sce(dZ_sign=-1.0), "not Y - softmax(Z)")
    assert_fails(M + "softmax_cross_entropy", _sce(as_array=True), "return a Python float")

    def naive(Z, Y):
        A = np.exp(Z) / np.exp(Z).sum(axis=0)
        return float(-np.sum(Y * np.log(A)) / Z.shape[1]), A - Y
    assert_fails(M + "softmax_cross_entropy", naive, "scores near 1000")

    def per_example(Z, Y):
        A = ref.softmax(Z)
        losses = -np.log(np.sum(A * Y, axis=0))
        return float(losses.mean()), A - Y
    passes(M + "softmax_cross_entropy", per_example)


def test_numerical_gradient_wrong_answers():
    def one_sided(f, x, epsilon=1e-7):
        grad = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            x_plus = x.copy()
            x_plus[i] += epsilon
            grad[i] = (f(x_plus) - f(x)) / epsilon
        return grad

    def over_epsilon(f, x, epsilon=1e-7):
        grad = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            old = x[i]
            x[i] = old + epsilon
            plus = f(x)
            x[i] = old - epsilon
            minus = f(x)
            x[i] = old
            grad[i] = (plus - minus) / epsilon
        return grad

    def precedence(f, x, epsilon=1e-7):
        grad = np.zeros_like(x)
        it = np.nditer(x, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            x_plus, x_minus = x.copy(), x.copy()
            x_plus[i] += epsilon
            x_minus[i] -= epsilon
            grad[i] = (f(x_plus) - f(x_minus)) / 2 * epsilon
        return grad

    def copies(f, x, epsilon=1e-7):
        grad = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            x_plus, x_minus = x.copy(), x.copy()
            x_plus[i] += epsilon
            x_minus[i] -= epsilon
            grad[i] = (f(x_plus) - f(x_minus)) / (2 * epsilon)
        return grad

    def add_and_subtract(f, x, epsilon=1e-7):
        grad = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            x[i] += epsilon
            plus = f(x)
            x[i] -= 2 * epsilon
            minus = f(x)
            x[i] += epsilon
            grad[i] = (plus - minus) / (2 * epsilon)
        return grad

    def two_loops(f, x, epsilon=1e-7):
        grad = np.zeros_like(x)
        for r in range(x.shape[0]):
            for c in range(x.shape[1]):
                old = x[r, c]
                x[r, c] = old + epsilon
                plus = f(x)
                x[r, c] = old - epsilon
                minus = f(x)
                x[r, c] = old
                grad[r, c] = (plus - minus) / (2 * epsilon)
        return grad

    def whole_array(f, x, epsilon=1e-7):
        return np.full(x.shape, (f(x + epsilon) - f(x - epsilon)) / (2 * epsilon))

    assert_fails(M + "numerical_gradient", one_sided, "one-sided difference", "central difference")
    assert_fails(M + "numerical_gradient", over_epsilon, "divide by (2 * epsilon)", "2 times too large")
    assert_fails(M + "numerical_gradient", precedence, "operator precedence")
    assert_fails(M + "numerical_gradient", copies, "f that reads x itself", "in place")
    assert_fails(M + "numerical_gradient", add_and_subtract, "x changed", "x[i] = old")
    assert_fails(M + "numerical_gradient", two_loops, "np.ndindex")
    assert_fails(M + "numerical_gradient", whole_array, "one entry at a time")

    def flat_view(f, x, epsilon=1e-7):
        flat = x.reshape(-1)  # a view of x (the arrays here are contiguous)
        grad = np.zeros(flat.size)
        for k in range(flat.size):
            saved = flat[k]
            flat[k] = saved + epsilon
            up = f(x)
            flat[k] = saved - epsilon
            down = f(x)
            flat[k] = saved
            grad[k] = (up - down) / (2 * epsilon)
        return grad.reshape(x.shape)
    passes(M + "numerical_gradient", flat_view)


def test_relative_error_wrong_answers():
    norm = np.linalg.norm
    assert_fails(M + "relative_error", lambda g, a: float(norm(g - a) / norm(g)), "not by ||grad|| alone")
    assert_fails(M + "relative_error", lambda g, a: float(norm(g - a) / norm(g + a)), "not ||grad + grad_approx||")
    assert_fails(M + "relative_error", lambda g, a: float(norm(g - a)), "absolute difference")
    assert_fails(M + "relative_error", lambda g, a: float(norm(g - a)) / float(norm(g) + norm(a)),
                 "ZeroDivisionError", "return 0.0")
    assert_fails(M + "relative_error", lambda g, a: norm(g - a) / (norm(g) + norm(a)), "error is nan")

    def by_hand(grad, grad_approx):
        top = math.sqrt(float(((grad - grad_approx) ** 2).sum()))
        bottom = math.sqrt(float((grad ** 2).sum())) + math.sqrt(float((grad_approx ** 2).sum()))
        return top / bottom if bottom else 0.0
    passes(M + "relative_error", by_hand)


def _gradient_check(keys=lambda parameters, grads: list(parameters), combine="concatenate", copies=False):
    def gradient_check(parameters, grads, X, Y, epsilon=1e-7):
        def cost(_):
            return ref.compute_cost(ref.L_model_forward(X, parameters)[0], Y)
        analytic, numeric = [], []
        for key in keys(parameters, grads):
            x = parameters[key].copy() if copies else parameters[key]
            numeric.append(ref.numerical_gradient(cost, x, epsilon).ravel())
            analytic.append(grads["d" + key].ravel())
        if combine == "mean":
            return float(np.mean([ref.relative_error(a, n) for a, n in zip(analytic, numeric)]))
        if combine == "norm":
            return float(np.linalg.norm(np.concatenate(analytic) - np.concatenate(numeric)))
        return ref.relative_error(np.concatenate(analytic), np.concatenate(numeric))
    return gradient_check


def test_gradient_check_wrong_answers():
    weights = lambda parameters, grads: [k for k in parameters if k[0] == "W"]  # noqa: E731
    grads_keys = lambda parameters, grads: [k[1:] for k in grads]  # noqa: E731
    assert_fails(M + "gradient_check", _gradient_check(keys=weights), "include every db too", "wrong db")
    assert_fails(M + "gradient_check", _gradient_check(combine="mean"), "one relative error over all parameters")
    assert_fails(M + "gradient_check", _gradient_check(combine="norm"), "not the plain norm")
    assert_fails(M + "gradient_check", _gradient_check(keys=grads_keys), "KeyError", "not parameters")
    assert_fails(M + "gradient_check", _gradient_check(copies=True), "numerical gradient came out all zero")
    assert_fails(M + "gradient_check", lambda parameters, grads, X, Y, epsilon=1e-7: 0.0, "expected 0.32", "wrong db")
    assert_fails(M + "gradient_check", lambda parameters, grads, X, Y, epsilon=1e-7: 1.0, "expected 1.5",
                 "correct gradients")
    # the in-place nudge of the caller's own arrays, restored exactly, is also a correct answer
    passes(M + "gradient_check", _gradient_check())

    def stacked(parameters, grads, X, Y, epsilon=1e-7):
        keys = sorted(parameters)
        theta = np.concatenate([parameters[k].ravel() for k in keys])
        sizes = np.cumsum([0] + [parameters[k].size for k in keys])

        def cost(t):
            trial = {k: t[sizes[i]:sizes[i + 1]].reshape(parameters[k].shape) for i, k in enumerate(keys)}
            return ref.compute_cost(ref.L_model_forward(X, trial)[0], Y)
        numeric = ref.numerical_gradient(cost, theta.copy(), epsilon)
        analytic = np.concatenate([grads["d" + k].ravel() for k in keys])
        return ref.relative_error(analytic, numeric)
    passes(M + "gradient_check", stacked)


def test_every_exercise_of_the_module_is_graded_in_contract_order():
    assert [e for e in autograder.exercises() if e.startswith(M) and not e.startswith(M + "q_")] == [M + n for n in (
        "initialize_parameters_deep", "linear_forward", "linear_activation_forward", "L_model_forward",
        "compute_cost", "linear_backward", "linear_activation_backward", "L_model_backward", "update_parameters",
        "softmax", "softmax_cross_entropy", "numerical_gradient", "relative_error", "gradient_check")]


# --- the lesson's questions --------------------------------------------------------------------------

def _judge(name, value):
    return REGISTRY[M + name].judge(value)


def test_q_digits_cost_is_log_10_and_rejects_numbers_too_low_or_too_high():
    assert abs(ref.q_digits_cost - math.log(10)) < 0.01
    right = _judge("q_digits_cost", 2.30)
    assert right.passed and right.score == 1.0 and "log 10" in " ".join(right.messages)
    assert _judge("q_digits_cost", math.log(10)).passed
    low = _judge("q_digits_cost", 0.69)
    assert not low.passed and "too low" in low.messages[0] and "probability" in low.messages[0]
    high = _judge("q_digits_cost", 10.0)
    assert not high.passed and "too high" in high.messages[0] and "knowing nothing" in high.messages[0]
    assert "not answered yet" in _judge("q_digits_cost", None).messages[0]


def test_q_plateau_is_cross_entropy_and_each_wrong_choice_says_what_it_overlooks():
    assert _judge("q_plateau", "b").passed and _judge("q_plateau", "(B)").passed
    wrong = {"a": "a smaller cost does not mean a larger step", "c": "the same learning rate multiplies"}
    for choice, why in wrong.items():
        report = _judge("q_plateau", choice)
        assert not report.passed and why in report.messages[0] and "not (" + choice + ")" in report.messages[0]
    assert "not one of the choices" in _judge("q_plateau", "d").messages[0]


def test_q_plateau_matches_the_experiment():
    """The squared-error run of the lesson leaves the plateau hundreds of iterations after the cross-entropy run."""
    rng = np.random.default_rng(0)
    Y = (np.arange(200) % 2).astype(float).reshape(1, 200)
    X = 0.5 * rng.standard_normal((2, 200)) + np.where(Y == 1, 1.0, -1.0)
    first = {}
    for loss in ("squared error", "cross-entropy"):
        W, b = np.array([[-3.5, -3.5]]), np.zeros((1, 1))
        for i in range(500):
            A, (linear_cache, _) = ref.linear_activation_forward(X, W, b, "sigmoid")
            if np.mean((A > 0.5) == Y) >= 0.5 and loss not in first:
                first[loss] = i
            dZ = 2 * (A - Y) * A * (1 - A) if loss == "squared error" else A - Y
            _, dW, db = ref.linear_backward(dZ, linear_cache)
            W, b = W - 0.5 * dW, b - 0.5 * db
    assert first["cross-entropy"] < 20 < 200 < first["squared error"]

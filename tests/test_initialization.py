"""Module 05: the reference library, and the checks against plausible wrong answers."""
import copy
import math

import numpy as np
import pytest

import autograder
from autograder import datasets
from autograder.gradient import numerical_gradient, relative_error
from solutions import initialization as ref
from solutions.initialization import (gradient_norms_by_layer, initialize_parameters_he, initialize_parameters_random,
                                      initialize_parameters_xavier, initialize_parameters_zeros)

from conftest import assert_fails as assert_fails_exactly


def assert_fails(exercise_id, fn, *fragments):
    """conftest's assert_fails, with each fragment found whatever the report's line breaks."""
    report = assert_fails_exactly(exercise_id, fn)
    text = " ".join(str(report).split())
    for fragment in fragments:
        assert " ".join(fragment.split()) in text, f"expected {fragment!r} in the report:\n{report}"
    return report

M = "initialization."
CONTRACT = ["initialize_parameters_zeros", "initialize_parameters_random", "initialize_parameters_xavier",
            "initialize_parameters_he", "activation_statistics"]
ADDED = ["gradient_norms_per_initializer"]  # exercises of this lesson beyond the contract
QUESTIONS = ["q_variance_after_ten_layers", "q_gradient_profile"]


# --- the reference library --------------------------------------------------------------------------

def _stream_initialiser(layer_dims, seed, std):
    """Independent of the reference: one long stream of standard normals, cut into the layers in order."""
    sizes = [layer_dims[l] * layer_dims[l - 1] for l in range(1, len(layer_dims))]
    stream = np.random.default_rng(seed).standard_normal(sum(sizes))
    parameters, start = {}, 0
    for l, size in enumerate(sizes, start=1):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters[f"W{l}"] = stream[start:start + size].reshape(n, n_prev) * std(n_prev)
        parameters[f"b{l}"] = np.zeros((n, 1))
        start += size
    return parameters


@pytest.mark.parametrize("name, std", [
    ("initialize_parameters_random", lambda n_prev: 10.0),
    ("initialize_parameters_xavier", lambda n_prev: math.sqrt(1 / n_prev)),
    ("initialize_parameters_he", lambda n_prev: math.sqrt(2 / n_prev)),
])
@pytest.mark.parametrize("layer_dims", [[3, 2, 1], [5, 4, 7, 2], [6, 1]])
def test_random_initialisers_match_one_stream_of_draws(name, std, layer_dims):
    dims = list(layer_dims)
    got = getattr(ref, name)(dims, np.random.default_rng(7))
    expected = _stream_initialiser(layer_dims, 7, std)
    assert list(got) == list(expected)  # W1, b1, W2, b2, ... in this order
    for key in expected:
        assert got[key].dtype == np.float64 and got[key].shape == expected[key].shape
        np.testing.assert_allclose(got[key], expected[key], rtol=1e-14, atol=0)
    assert dims == layer_dims


def test_random_scale_is_the_standard_deviation():
    got = ref.initialize_parameters_random([4, 3], np.random.default_rng(1), scale=0.5)
    np.testing.assert_array_equal(got["W1"], 0.5 * np.random.default_rng(1).standard_normal((3, 4)))


@pytest.mark.parametrize("name, variance", [
    ("initialize_parameters_xavier", lambda n_prev: 1 / n_prev),
    ("initialize_parameters_he", lambda n_prev: 2 / n_prev),
])
def test_wide_layers_have_the_announced_variance(name, variance):
    dims = [400, 200, 50]
    parameters = getattr(ref, name)(dims, np.random.default_rng(3))
    for l in (1, 2):
        W = parameters[f"W{l}"]
        assert abs(W.mean()) < 5 * math.sqrt(variance(dims[l - 1]) / W.size)
        assert W.var() == pytest.approx(variance(dims[l - 1]), rel=0.06)


def test_zeros_are_float_zeros_of_the_contract_shapes():
    parameters = ref.initialize_parameters_zeros([4, 3, 2, 1])
    assert list(parameters) == ["W1", "b1", "W2", "b2", "W3", "b3"]
    shapes = {"W1": (3, 4), "b1": (3, 1), "W2": (2, 3), "b2": (2, 1), "W3": (1, 2), "b3": (1, 1)}
    for key, shape in shapes.items():
        assert parameters[key].shape == shape and parameters[key].dtype == np.float64
        assert not parameters[key].any()


def _g(z, activation):
    if activation == "tanh":
        return math.tanh(z)
    if activation == "relu":
        return max(0.0, z)
    if activation == "sigmoid":
        return 1 / (1 + math.exp(-z))
    return z


def _loop_statistics(X, parameters, activation):
    """Independent, entry by entry, with the math module."""
    L = len(parameters) // 2
    A = X.tolist()
    stats = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"].tolist(), parameters[f"b{l}"].tolist()
        A = [[_g(sum(W[i][k] * A[k][j] for k in range(len(A))) + b[i][0], activation) for j in range(len(A[0]))]
             for i in range(len(W))]
        entries = [a for row in A for a in row]
        mean = sum(entries) / len(entries)
        stats.append((mean, sum((a - mean) ** 2 for a in entries) / len(entries)))
    return stats


@pytest.mark.parametrize("activation", ["linear", "tanh", "relu", "sigmoid"])
def test_activation_statistics_matches_a_loop_implementation(activation):
    rng = np.random.default_rng(4)
    X = rng.standard_normal((3, 5))
    parameters = {"W1": rng.standard_normal((4, 3)), "b1": rng.standard_normal((4, 1)),
                  "W2": rng.standard_normal((2, 4)), "b2": rng.standard_normal((2, 1)),
                  "W3": rng.standard_normal((3, 2)), "b3": rng.standard_normal((3, 1))}
    before = {k: v.copy() for k, v in parameters.items()}
    stats = ref.activation_statistics(X, parameters, activation)
    expected = _loop_statistics(X, parameters, activation)
    assert len(stats) == 3
    for (mean, var), (emean, evar) in zip(stats, expected):
        assert type(mean) is float and type(var) is float
        assert mean == pytest.approx(emean, rel=1e-12, abs=1e-14)
        assert var == pytest.approx(evar, rel=1e-12, abs=1e-14)
    assert all(np.array_equal(parameters[k], before[k]) for k in before)


def test_activation_statistics_through_scaled_identity_layers():
    """The notes' example: identical linear layers multiply the signal by the same factor every time."""
    X = np.array([[1.0, -2.0, 0.5, 3.0], [0.0, 1.5, -1.0, 2.0]])
    for c in (1.5, 0.5):
        parameters = {}
        for l in range(1, 11):
            parameters[f"W{l}"], parameters[f"b{l}"] = c * np.eye(2), np.zeros((2, 1))
        stats = ref.activation_statistics(X, parameters, "linear")
        for l, (mean, var) in enumerate(stats, start=1):
            assert mean == pytest.approx(c ** l * X.mean(), rel=1e-12)
            assert var == pytest.approx(c ** (2 * l) * X.var(), rel=1e-12)


def test_the_signal_keeps_its_size_with_xavier_for_tanh_and_he_for_relu():
    rng = np.random.default_rng(0)
    dims = [200] * 11
    X = rng.standard_normal((200, 300))
    he = ref.activation_statistics(X, ref.initialize_parameters_he(dims, rng), "relu")
    second_moments = [var + mean ** 2 for mean, var in he]
    assert 0.5 < second_moments[-1] / second_moments[0] < 2
    small = ref.activation_statistics(X, ref.initialize_parameters_random(dims, rng, scale=0.01), "tanh")
    assert small[-1][1] < 1e-12  # vanishes
    large = ref.activation_statistics(X, ref.initialize_parameters_random(dims, rng, scale=1.0), "relu")
    assert large[-1][1] > 1e15  # explodes
    xavier_relu = ref.activation_statistics(X, ref.initialize_parameters_xavier(dims, rng), "relu")
    assert xavier_relu[-1][1] < xavier_relu[0][1] / 50  # halves at every layer


def test_activate_sigmoid_is_exact_and_never_overflows():
    z = np.array([[-1e4, -30.0, -1.0, 0.0, 2.0, 1e4]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        s = ref.activate(z, "sigmoid")
    expected = [0.0] + [1 / (1 + math.exp(-v)) for v in z[0, 1:-1]] + [1.0]
    np.testing.assert_allclose(s[0], expected, rtol=1e-14, atol=1e-300)
    with pytest.raises(ValueError):
        ref.activate(z, "softplus")


def _cost(X, Y, parameters):
    ZL, _ = ref.network_forward(X, parameters)
    return float(np.mean(np.logaddexp(0, ZL) - Y * ZL))


def test_train_network_steps_along_the_numerical_gradient():
    rng = np.random.default_rng(5)
    X, Y = rng.standard_normal((2, 7)), (rng.random((1, 7)) > 0.5).astype(float)
    parameters = ref.initialize_parameters_he([2, 4, 3, 1], rng)
    parameters = {k: v + 0.1 * rng.standard_normal(v.shape) if k[0] == "b" else v for k, v in parameters.items()}
    before = {k: v.copy() for k, v in parameters.items()}
    stepped, costs = ref.train_network(X, Y, parameters, num_iterations=1, learning_rate=1.0)
    assert costs == [pytest.approx(_cost(X, Y, parameters), rel=1e-14)]
    for key in parameters:
        analytic = parameters[key] - stepped[key]

        def cost_at(value, key=key):
            return _cost(X, Y, dict(parameters, **{key: value}))
        assert relative_error(analytic, numerical_gradient(cost_at, parameters[key])) < 1e-7, key
    assert all(np.array_equal(parameters[k], before[k]) for k in before)


def test_zero_or_constant_initialisation_never_breaks_the_symmetry():
    X, Y = datasets.circles(60, rng=np.random.default_rng(1))
    zeros = ref.initialize_parameters_zeros([2, 4, 3, 1])
    trained, costs = ref.train_network(X, Y, zeros, num_iterations=50, learning_rate=0.5)
    assert not trained["W1"].any() and not trained["W2"].any()
    assert costs[-1] == pytest.approx(math.log(2), abs=1e-3)
    constant = {k: v + 0.3 if k[0] == "W" else v for k, v in zeros.items()}
    trained, _ = ref.train_network(X, Y, constant, num_iterations=50, learning_rate=0.5)
    assert not np.allclose(trained["W1"], constant["W1"])  # it learns...
    for key in ("W1", "W2", "b1", "b2"):
        rows = trained[key]
        np.testing.assert_allclose(rows, np.broadcast_to(rows[:1], rows.shape), rtol=1e-12)  # ...in lockstep


def test_he_initialised_network_learns_the_circles():
    X, Y = datasets.circles(200, rng=np.random.default_rng(1))
    parameters = ref.initialize_parameters_he([2, 10, 5, 1], np.random.default_rng(3))
    trained, costs = ref.train_network(X, Y, parameters, num_iterations=1500, learning_rate=0.1, record_every=100)
    assert len(costs) == 15 and costs[-1] < 0.1 < costs[0]
    assert np.mean((ref.network_forward(X, trained)[0] > 0) == Y) > 0.97


# --- the checks fail plausible wrong answers, naming the mistake ----------------------------------

def test_the_module_lists_exactly_the_contract_exercises_in_order():
    assert [e for e in autograder.exercises() if e.startswith(M)] == [M + n for n in CONTRACT + ADDED + QUESTIONS]


def test_the_reference_passes_every_check():
    for name in CONTRACT + ADDED:
        report = autograder.check(M + name, getattr(ref, name))
        assert report.passed and report.score == 1.0, str(report)
        assert autograder.grade(M + name, getattr(ref, name)) == autograder.points(M + name)


def test_zeros_correct_answer_written_differently():
    def initialize_parameters_zeros(layer_dims):
        return {key: np.zeros((n, n_prev) if key[0] == "W" else (n, 1))
                for l, (n_prev, n) in enumerate(zip(layer_dims, layer_dims[1:]), start=1)
                for key in (f"W{l}", f"b{l}")}
    report = autograder.check(M + "initialize_parameters_zeros", initialize_parameters_zeros)
    assert report.passed and report.score == 1.0


def _zeros(w_shape=lambda n_prev, n: (n, n_prev), b_shape=lambda n: (n, 1), stop=0, first=1, dtype=float):
    def initialize_parameters_zeros(layer_dims):
        parameters = {}
        for l in range(1, len(layer_dims) - stop):
            parameters["W" + str(l - 1 + first)] = np.zeros(w_shape(layer_dims[l - 1], layer_dims[l]), dtype=dtype)
            parameters["b" + str(l - 1 + first)] = np.zeros(b_shape(layer_dims[l]), dtype=dtype)
        return parameters
    return initialize_parameters_zeros


def test_zeros_wrong_answers():
    name = M + "initialize_parameters_zeros"
    assert_fails(name, _zeros(w_shape=lambda n_prev, n: (n_prev, n)), "transposed", "one row per unit")
    assert_fails(name, _zeros(b_shape=lambda n: (n,)), "has shape (5,)", "np.zeros((n[l], 1))")
    assert_fails(name, _zeros(stop=1), "missing the key(s) ['W2', 'b2']", "the last layer is missing")
    assert_fails(name, _zeros(first=0), "unexpected key(s)", "the keys start at 1")
    assert_fails(name, _zeros(dtype=int), "dtype int")

    def zeros_args(layer_dims):
        return {f"{p}{l}": np.zeros(layer_dims[l], layer_dims[l - 1] if p == "W" else 1)
                for l in range(1, len(layer_dims)) for p in "Wb"}
    assert_fails(name, zeros_args, "TypeError", "one tuple")


def _initialiser(std, draw=lambda rng, n, n_prev: rng.standard_normal((n, n_prev)), b=None, reverse=False):
    """A student's initialiser; std(n_prev, n, scale) gives the factor, draw the random numbers."""
    def initialize(layer_dims, rng, scale=10.0):
        parameters = {}
        layers = range(1, len(layer_dims))
        for l in reversed(layers) if reverse else layers:
            n_prev, n = layer_dims[l - 1], layer_dims[l]
            parameters["W" + str(l)] = draw(rng, n, n_prev) * std(n_prev, n, scale)
            parameters["b" + str(l)] = np.zeros((n, 1)) if b is None else b(rng, n)
        return dict(sorted(parameters.items(), key=lambda kv: (int(kv[0][1:]), kv[0][0] == "b")))
    return initialize


def _no_scale(f):
    def initialize(layer_dims, rng):
        return f(layer_dims, rng)
    return initialize


GLOBAL = lambda rng, n, n_prev: np.random.randn(n, n_prev)  # noqa: E731
TRANSPOSED = lambda rng, n, n_prev: rng.standard_normal((n_prev, n)).T  # noqa: E731
UNIFORM = lambda rng, n, n_prev: rng.random((n, n_prev))  # noqa: E731
OWN_RNG = lambda rng, n, n_prev: np.random.default_rng(1).standard_normal((n, n_prev))  # noqa: E731
DRAWN_B = lambda rng, n: rng.standard_normal((n, 1))  # noqa: E731


def test_random_correct_answer_written_differently():
    def initialize_parameters_random(layer_dims, rng, scale=10.0):
        parameters = {}
        for l in range(1, len(layer_dims)):
            parameters["W%d" % l] = rng.normal(0.0, scale, size=(layer_dims[l], layer_dims[l - 1]))
            parameters["b%d" % l] = np.zeros((layer_dims[l], 1))
        return parameters
    report = autograder.check(M + "initialize_parameters_random", initialize_parameters_random)
    assert report.passed and report.score == 1.0


def test_random_wrong_answers():
    name = M + "initialize_parameters_random"
    assert_fails(name, _initialiser(lambda n_prev, n, scale: 1.0), "multiply the standard normal draws by scale")
    assert_fails(name, _initialiser(lambda n_prev, n, scale: 0.01), "not the 0.01")
    assert_fails(name, _initialiser(lambda n_prev, n, scale: 10.0), "use the scale argument", "that is 10²")
    assert_fails(name, _initialiser(lambda n_prev, n, scale: scale, b=DRAWN_B), "the biases are zeros, not drawn",
                 "b1 should be zeros")
    assert_fails(name, _initialiser(lambda n_prev, n, scale: scale, reverse=True), "W1 first, then W2")
    assert_fails(name, _initialiser(lambda n_prev, n, scale: scale, draw=GLOBAL),
                 "two generators with the same seed gave different weights", "right mean and variance")
    assert_fails(name, _initialiser(lambda n_prev, n, scale: scale, draw=OWN_RNG), "ignores its rng")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: 10.0)), "keyword argument scale=10.0")

    def randn_method(layer_dims, rng, scale=10.0):
        return {"W1": rng.randn(layer_dims[1], layer_dims[0]) * scale, "b1": np.zeros((layer_dims[1], 1))}
    assert_fails(name, randn_method, "has no randn")


def test_xavier_correct_answer_written_differently():
    def initialize_parameters_xavier(layer_dims, rng):
        parameters = {}
        for l in range(1, len(layer_dims)):
            parameters["W" + str(l)] = rng.standard_normal(size=(layer_dims[l], layer_dims[l - 1])) / math.sqrt(layer_dims[l - 1])
            parameters["b" + str(l)] = np.zeros(shape=(layer_dims[l], 1))
        return parameters
    report = autograder.check(M + "initialize_parameters_xavier", initialize_parameters_xavier)
    assert report.passed and report.score == 1.0


def test_xavier_wrong_answers():
    name = M + "initialize_parameters_xavier"
    xavier = lambda n_prev, n, scale: np.sqrt(1 / n_prev)  # noqa: E731
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: np.sqrt(1 / n))),
                 "not by n[l], the size of the layer itself", "that is 1/n[l]")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: 1 / n_prev)), "the square root is missing",
                 "not by the variance")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: np.sqrt(2 / n_prev))), "He's")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: np.sqrt(2 / (n_prev + n)))), "Glorot")
    assert_fails(name, _no_scale(_initialiser(xavier, draw=GLOBAL)), "global generator", "right mean and variance")
    assert_fails(name, _no_scale(_initialiser(xavier, draw=TRANSPOSED)), "drawing (n[l-1], n[l]) and transposing",
                 "right mean and variance")
    assert_fails(name, _no_scale(_initialiser(xavier, draw=UNIFORM)), "centred on 0", "rng.random")
    assert_fails(name, _no_scale(_initialiser(xavier, b=DRAWN_B)), "the biases are zeros, not drawn")

    def with_layer_count(layer_dims, rng):
        parameters = _initialiser(xavier)(layer_dims, rng)
        parameters["L"] = len(layer_dims) - 1
        return parameters
    assert_fails(name, with_layer_count, "unexpected key(s) ['L']", "exactly the keys")


def test_he_correct_answer_written_differently():
    def initialize_parameters_he(layer_dims, rng):
        parameters = {}
        for l, (fan_in, fan_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
            parameters[f"W{l}"] = np.sqrt(2.0) * rng.standard_normal((fan_out, fan_in)) / np.sqrt(fan_in)
            parameters[f"b{l}"] = np.zeros((fan_out, 1))
        return parameters
    report = autograder.check(M + "initialize_parameters_he", initialize_parameters_he)
    assert report.passed and report.score == 1.0


def test_he_wrong_answers():
    name = M + "initialize_parameters_he"
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: np.sqrt(1 / n_prev))), "Xavier's",
                 "He doubles it")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: np.sqrt(2 / n))), "not by n[l]")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: 2 / n_prev)), "the square root is missing")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: np.sqrt(2) / n_prev)),
                 "square root of the whole fraction")
    assert_fails(name, _no_scale(_initialiser(lambda n_prev, n, scale: np.sqrt(2 / n_prev), draw=GLOBAL)),
                 "np.random.randn")

    def shape_as_two_arguments(layer_dims, rng):
        return {"W1": rng.standard_normal(layer_dims[1], layer_dims[0]) * np.sqrt(2 / layer_dims[0]),
                "b1": np.zeros((layer_dims[1], 1))}
    assert_fails(name, shape_as_two_arguments, "one tuple")


def _statistics(g=None, variance=lambda A: np.var(A), mean=lambda A: np.mean(A), last=None, use_b=True, layers=None,
                of_z=False):
    functions = {"linear": lambda Z: Z, "tanh": np.tanh, "relu": lambda Z: Z * (Z > 0),
                 "sigmoid": lambda Z: 1 / (1 + np.exp(-Z))}

    def activation_statistics(X, parameters, activation):
        L = len(parameters) // 2
        A, stats = X, []
        for l in range(1, (layers or (lambda L: L))(L) + 1):
            Z = np.dot(parameters["W" + str(l)], A) + (parameters["b" + str(l)] if use_b else 0)
            A = functions[last if last and l == L else activation](Z)
            S = Z if of_z else A
            stats.append((float(mean(S)), float(variance(S))))
        return stats
    return activation_statistics


def test_activation_statistics_correct_answer_written_differently():
    def activation_statistics(X, parameters, activation):
        stats, A = [], X
        for l in range(1, len(parameters) // 2 + 1):
            Z = parameters[f"W{l}"].dot(A) + parameters[f"b{l}"]
            if activation == "relu":
                A = np.where(Z > 0, Z, 0.0)
            elif activation == "tanh":
                A = (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))
            elif activation == "sigmoid":
                A = 1 / (1 + np.exp(-Z))
            else:
                A = Z
            mu = A.sum() / A.size
            stats.append((mu, ((A - mu) ** 2).sum() / A.size))
        return stats
    report = autograder.check(M + "activation_statistics", activation_statistics)
    assert report.passed and report.score == 1.0, str(report)


def test_activation_statistics_wrong_answers():
    name = M + "activation_statistics"
    assert_fails(name, _statistics(variance=lambda A: np.var(A, ddof=1)), "ddof=1", "stats[0][1] is")
    assert_fails(name, _statistics(variance=lambda A: np.std(A)), "standard deviation")
    assert_fails(name, _statistics(last="sigmoid"), "no sigmoid output")
    assert_fails(name, _statistics(variance=lambda A: np.var(A, axis=1).mean(), mean=lambda A: A.mean(axis=1).mean()),
                 "each unit's variance")
    assert_fails(name, _statistics(use_b=False), "the bias is missing")
    assert_fails(name, _statistics(layers=lambda L: L - 1), "has 1 entries; expected 2", "the last layer is missing")
    assert_fails(name, _statistics(of_z=True), "statistics of Z[l]")
    assert_fails(name, _statistics(layers=lambda L: 2 * L), "KeyError", "L = len(parameters) // 2")

    def always_x(X, parameters, activation):
        return [(float(np.mean(np.tanh(parameters[f"W{l}"] @ X))), 0.0) for l in range(1, len(parameters) // 2 + 1)]
    assert_fails(name, always_x, "previous layer's activations")



# --- gradient_norms_by_layer (the given helper) and gradient_norms_per_initializer ---------------------

@pytest.mark.parametrize("activation", ["tanh", "relu", "sigmoid"])
def test_gradient_norms_by_layer_matches_lesson_04(activation):
    from solutions import activations
    rng = np.random.default_rng(7)
    X, Y = rng.standard_normal((4, 9)), (rng.random((1, 9)) > 0.5).astype(float)
    parameters = ref.initialize_parameters_he([4, 6, 5, 3, 1], rng)
    parameters = {k: v + 0.1 * rng.standard_normal(v.shape) for k, v in parameters.items()}
    np.testing.assert_allclose(ref.gradient_norms_by_layer(X, Y, parameters, activation),
                               activations.gradient_norms_by_layer(X, Y, parameters, activation), rtol=1e-12)


def test_gradient_norms_by_layer_linear_is_the_numerical_gradient():
    rng = np.random.default_rng(8)
    X, Y = rng.standard_normal((3, 5)), (rng.random((1, 5)) > 0.5).astype(float)
    parameters = ref.initialize_parameters_xavier([3, 4, 2, 1], rng)

    def cost(parameters):
        A = X
        for l in range(1, 4):
            Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
            A = Z if l < 3 else ref.activate(Z, "sigmoid")
        return float(np.mean(-Y * np.log(A) - (1 - Y) * np.log(1 - A)))
    for l, norm in enumerate(ref.gradient_norms_by_layer(X, Y, parameters, "linear"), start=1):
        numerical = numerical_gradient(lambda W, l=l: cost(dict(parameters, **{f"W{l}": W})), parameters[f"W{l}"])
        assert norm == pytest.approx(np.linalg.norm(numerical), rel=1e-6)


def test_gradient_norms_per_initializer_follows_the_order_of_draws():
    rng = np.random.default_rng(9)
    X, Y = rng.standard_normal((3, 6)), (rng.random((1, 6)) > 0.5).astype(float)
    norms = ref.gradient_norms_per_initializer(X, Y, [3, 5, 1], np.random.default_rng(4), "tanh", scale=0.5)
    assert list(norms) == ["zeros", "random", "Xavier", "He"]
    draws = np.random.default_rng(4)
    starts = [ref.initialize_parameters_random([3, 5, 1], draws, scale=0.5),
              ref.initialize_parameters_xavier([3, 5, 1], draws), ref.initialize_parameters_he([3, 5, 1], draws)]
    assert norms["zeros"] == [0.0, 0.0]
    for name, start in zip(["random", "Xavier", "He"], starts):
        assert norms[name] == ref.gradient_norms_by_layer(X, Y, start, "tanh")


def test_deep_gradients_vanish_or_explode_in_every_layer_alike():
    rng = np.random.default_rng(0)
    X, Y = rng.standard_normal((200, 50)), (rng.random((1, 50)) > 0.5).astype(float)
    dims = [200] * 8 + [1]
    small = ref.gradient_norms_per_initializer(X, Y, dims, np.random.default_rng(1), "relu", scale=0.01)
    large = ref.gradient_norms_per_initializer(X, Y, dims, np.random.default_rng(1), "relu", scale=1.0)
    assert max(small["random"]) < 1e-5 and max(small["random"]) / min(small["random"]) < 5  # the key of q_gradient_profile
    assert min(large["random"]) > 1e6
    assert 0.1 < min(large["He"]) and max(large["He"]) < 100


def _per_initializer(order=("random", "Xavier", "He"), default_scale=False, activation=None, keys=None, copies=False,
                     signature=True, own_rng=False):
    """A student's gradient_norms_per_initializer, written independently of the checks' variants."""
    def gradient_norms_per_initializer(X, Y, layer_dims, rng, activation_name="relu", scale=1.0):
        makers = {"random": lambda g: ref.initialize_parameters_random(layer_dims, g) if default_scale
                  else ref.initialize_parameters_random(layer_dims, g, scale),
                  "Xavier": lambda g: ref.initialize_parameters_xavier(layer_dims, g),
                  "He": lambda g: ref.initialize_parameters_he(layer_dims, g)}
        source = np.random.default_rng(123) if own_rng else rng
        started = {name: makers[name](copy.deepcopy(source) if copies else source) for name in order}
        norms = {"zeros": ref.gradient_norms_by_layer(X, Y, ref.initialize_parameters_zeros(layer_dims),
                                                      activation or activation_name)}
        for name in ("random", "Xavier", "He"):
            norms[name] = ref.gradient_norms_by_layer(X, Y, started[name], activation or activation_name)
        return {(keys or {}).get(k, k): v for k, v in norms.items()}

    if signature:
        def with_names(X, Y, layer_dims, rng, activation="relu", scale=1.0):
            return gradient_norms_per_initializer(X, Y, layer_dims, rng, activation, scale)
        return with_names

    def without_keywords(X, Y, layer_dims, rng):
        return gradient_norms_per_initializer(X, Y, layer_dims, rng)
    return without_keywords


def test_gradient_norms_per_initializer_correct_answer_written_differently():
    def gradient_norms_per_initializer(X, Y, layer_dims, rng, activation="relu", scale=1.0):
        result = {"zeros": gradient_norms_by_layer(X, Y, initialize_parameters_zeros(layer_dims), activation)}
        for name, init in (("random", lambda: initialize_parameters_random(layer_dims, rng, scale)),
                           ("Xavier", lambda: initialize_parameters_xavier(layer_dims, rng)),
                           ("He", lambda: initialize_parameters_he(layer_dims, rng))):
            result[name] = list(gradient_norms_by_layer(X, Y, init(), activation))
        return result
    report = autograder.check(M + "gradient_norms_per_initializer", gradient_norms_per_initializer)
    assert report.passed and report.score == 1.0, str(report)


def test_gradient_norms_per_initializer_wrong_answers():
    name = M + "gradient_norms_per_initializer"
    assert_fails(name, _per_initializer(default_scale=True), "pass scale=scale")
    assert_fails(name, _per_initializer(activation="relu"), "pass the activation on")
    assert_fails(name, _per_initializer(order=("He", "Xavier", "random")), "random first, then Xavier, then He")
    assert_fails(name, _per_initializer(order=("Xavier", "random", "He")), "random first, then Xavier, then He")
    assert_fails(name, _per_initializer(copies=True), "not copies of it")
    assert_fails(name, _per_initializer(keys={"Xavier": "xavier", "He": "he"}), "unexpected key(s)",
                 "with those capitals")
    assert_fails(name, _per_initializer(signature=False), "keyword arguments activation=")
    assert_fails(name, _per_initializer(own_rng=True), "ignores its rng")


# --- the lesson's questions -------------------------------------------------------------------------------

def test_questions_pass_with_their_keys():
    for name in QUESTIONS:
        report = autograder.check(M + name, getattr(ref, name))
        assert report.passed and report.score == 1.0, str(report)


def test_variance_question():
    question = autograder.exercise.REGISTRY[M + "q_variance_after_ten_layers"]
    assert ref.q_variance_after_ten_layers == pytest.approx(9.5367e-7, rel=1e-4)
    assert question.judge(1e-6).checks[0].passed  # "about 1e-6" is close enough (tol 10%)
    assert question.judge(9.44e-7).checks[0].passed  # what the notebook measures, with input variance 0.990
    text = " ".join(str(question.judge(0.5 ** 10)).split())  # the values' factor, not the variance's
    assert "too high" in text and "0.5², not by 0.5" in text
    text = " ".join(str(question.judge(0.25 ** 20)).split())
    assert "too low" in text and "count how many times" in text
    assert not question.judge("9.5e-7").checks[0].passed


@pytest.mark.parametrize("choice, fragment", [("a", "look at what happens to A[l-1]"),
                                              ("c", "Count the small factors")])
def test_gradient_profile_question_wrong_choices(choice, fragment):
    report = autograder.exercise.REGISTRY[M + "q_gradient_profile"].judge(choice)
    assert not report.passed and fragment in " ".join(str(report).split())

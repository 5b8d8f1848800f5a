"""Module 04: the reference library, and the checks against plausible wrong answers."""
import copy
import math

import numpy as np
import pytest

import autograder
from autograder.exercise import REGISTRY
from autograder.gradient import numerical_gradient, relative_error
from solutions import activations as ref

from conftest import assert_fails, full_report

M = "activations."
EXERCISES = ("sigmoid", "sigmoid_backward", "tanh", "tanh_backward", "relu", "relu_backward", "leaky_relu",
             "leaky_relu_backward", "collapse_linear_layers", "gradient_norms_by_layer")


def _random(seed, shape, scale=2.0):
    return np.random.default_rng(seed).standard_normal(shape) * scale


def _away_from_zero(Z, gap=0.1):
    return Z + gap * np.sign(Z)


def _elementwise(f, Z):
    """Apply a scalar function of Python floats entry by entry: an implementation independent of NumPy's ufuncs."""
    return np.array([[f(float(z)) for z in row] for row in Z])


def _net(seed, dims, m, scale=None):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        std = 1 / math.sqrt(dims[l - 1]) if scale is None else scale
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) * std
        parameters[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.1
    X = rng.standard_normal((dims[0], m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return X, Y, parameters


# --- the reference library: forward functions ----------------------------------------------------------

def test_forward_functions_match_the_math_module():
    Z = _random(0, (3, 5), 4.0)
    np.testing.assert_allclose(ref.sigmoid(Z), _elementwise(lambda z: 1 / (1 + math.exp(-z)), Z), rtol=1e-14)
    np.testing.assert_allclose(ref.tanh(Z), _elementwise(math.tanh, Z), rtol=1e-14)
    np.testing.assert_array_equal(ref.relu(Z), _elementwise(lambda z: z if z > 0 else 0.0, Z))
    np.testing.assert_array_equal(ref.leaky_relu(Z), _elementwise(lambda z: z if z > 0 else 0.01 * z, Z))
    np.testing.assert_array_equal(ref.leaky_relu(Z, 0.3), _elementwise(lambda z: z if z > 0 else 0.3 * z, Z))


def test_forward_identities():
    Z = np.linspace(-30, 30, 121).reshape(11, 11)
    np.testing.assert_allclose(ref.sigmoid(-Z), 1 - ref.sigmoid(Z), atol=1e-15)
    np.testing.assert_allclose(ref.tanh(Z), 2 * ref.sigmoid(2 * Z) - 1, atol=1e-15)
    np.testing.assert_allclose(ref.tanh(-Z), -ref.tanh(Z), atol=0)
    np.testing.assert_array_equal(ref.relu(Z) - ref.relu(-Z), Z)
    np.testing.assert_array_equal(ref.leaky_relu(Z, alpha=0.0), ref.relu(Z))


def test_sigmoid_and_tanh_are_exact_for_huge_inputs_without_warnings():
    Z = np.array([[-1e4, -1000.0, -800.0, 800.0, 1000.0, 1e4]])
    dA = np.ones_like(Z)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        np.testing.assert_array_equal(ref.sigmoid(Z), [[0, 0, 0, 1, 1, 1]])
        np.testing.assert_array_equal(ref.tanh(Z), [[-1, -1, -1, 1, 1, 1]])
        np.testing.assert_array_equal(ref.sigmoid_backward(dA, Z), np.zeros_like(Z))
        np.testing.assert_array_equal(ref.tanh_backward(dA, Z), np.zeros_like(Z))


# --- the reference library: backward functions ------------------------------------------------------------

@pytest.mark.parametrize("name, g", [
    ("sigmoid_backward", lambda Z: 1 / (1 + np.exp(-Z))),
    ("tanh_backward", np.tanh),
    ("relu_backward", lambda Z: np.maximum(Z, 0)),
    ("leaky_relu_backward", lambda Z: np.maximum(Z, 0.01 * Z)),
])
def test_backward_functions_pass_a_numerical_gradient_check(name, g):
    for seed, shape in [(1, (3, 4)), (2, (1, 7)), (3, (5, 2))]:
        rng = np.random.default_rng(seed)
        dA, Z = rng.standard_normal(shape), _away_from_zero(rng.standard_normal(shape) * 3)
        numeric = numerical_gradient(lambda z: float(np.sum(dA * g(z))), Z)
        assert relative_error(getattr(ref, name)(dA, Z), numeric) < 1e-8


def test_leaky_relu_backward_with_another_alpha_passes_a_numerical_gradient_check():
    rng = np.random.default_rng(4)
    dA, Z = rng.standard_normal((3, 4)), _away_from_zero(rng.standard_normal((3, 4)))
    numeric = numerical_gradient(lambda z: float(np.sum(dA * np.where(z > 0, z, 0.2 * z))), Z)
    assert relative_error(ref.leaky_relu_backward(dA, Z, alpha=0.2), numeric) < 1e-8


def test_backward_functions_match_hand_derived_derivatives():
    Z = _random(5, (2, 6))
    dA = _random(6, (2, 6), 1.0)
    s = _elementwise(lambda z: 1 / (1 + math.exp(-z)), Z)
    np.testing.assert_allclose(ref.sigmoid_backward(dA, Z), dA * s * (1 - s), rtol=1e-13)
    np.testing.assert_allclose(ref.tanh_backward(dA, Z), dA * _elementwise(lambda z: 1 / math.cosh(z) ** 2, Z),
                               rtol=1e-13)


def test_derivatives_at_exactly_zero():
    dA = np.array([[1.0, -2.0, 0.5]])
    Z = np.zeros((1, 3))
    np.testing.assert_array_equal(ref.relu_backward(dA, Z), [[0.0, 0.0, 0.0]])
    np.testing.assert_array_equal(ref.leaky_relu_backward(dA, Z), 0.01 * dA)
    np.testing.assert_array_equal(ref.leaky_relu_backward(dA, Z, 0.3), 0.3 * dA)
    assert ref.sigmoid_backward(dA, Z).tolist() == [[0.25, -0.5, 0.125]]
    assert ref.tanh_backward(dA, Z).tolist() == dA.tolist()


# --- the reference library: collapse_linear_layers ---------------------------------------------------------

def test_collapse_linear_layers_worked_example_by_hand():
    parameters = {"W1": np.array([[1.0, 2.0], [0.0, 1.0], [-1.0, 1.0]]), "b1": np.array([[1.0], [0.0], [2.0]]),
                  "W2": np.array([[1.0, -1.0, 0.5]]), "b2": np.array([[-1.0]])}
    W, b = ref.collapse_linear_layers(parameters)
    # W = W2 W1 = [1 - 0 - 0.5, 2 - 1 + 0.5]; b = W2 b1 + b2 = 1 - 0 + 1 - 1
    np.testing.assert_allclose(W, [[0.5, 1.5]])
    np.testing.assert_allclose(b, [[1.0]])


@pytest.mark.parametrize("dims", [[3, 5, 4, 2], [2, 2], [4, 3, 3, 3, 3, 1], [1, 6, 1]])
def test_collapse_linear_layers_reproduces_the_stack(dims):
    _, _, parameters = _net(7, dims, 1, scale=1.0)
    X = _random(8, (dims[0], 9))
    A = X
    for l in range(1, len(dims)):
        A = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
    W, b = ref.collapse_linear_layers(parameters)
    assert W.shape == (dims[-1], dims[0]) and b.shape == (dims[-1], 1)
    np.testing.assert_allclose(W @ X + b, A, rtol=1e-12, atol=1e-12)


# --- the reference library: gradient_norms_by_layer --------------------------------------------------------

def _cost(X, Y, parameters, g):
    """Binary cross-entropy of the net [LINEAR -> g] x (L-1) -> LINEAR -> SIGMOID, example by example."""
    L, m = len(parameters) // 2, X.shape[1]
    total = 0.0
    for i in range(m):
        a = X[:, i:i + 1]
        for l in range(1, L + 1):
            z = parameters[f"W{l}"] @ a + parameters[f"b{l}"]
            a = g(z) if l < L else 1 / (1 + np.exp(-z))
        y, p = Y[0, i], float(a[0, 0])
        total -= y * math.log(p) + (1 - y) * math.log(1 - p)
    return total / m


@pytest.mark.parametrize("activation, g", [("sigmoid", lambda z: 1 / (1 + np.exp(-z))), ("tanh", np.tanh),
                                           ("relu", lambda z: np.maximum(z, 0)),
                                           ("leaky_relu", lambda z: np.maximum(z, 0.01 * z))])
def test_gradient_norms_match_the_numerical_gradient_of_the_cost(activation, g):
    X, Y, parameters = _net(9, [3, 4, 5, 1], 6)
    norms = ref.gradient_norms_by_layer(X, Y, parameters, activation)
    assert len(norms) == 3 and all(type(n) is float for n in norms)
    for l in range(1, 4):
        def cost_of_W(W, l=l):
            return _cost(X, Y, dict(parameters, **{f"W{l}": W}), g)
        numeric = numerical_gradient(cost_of_W, parameters[f"W{l}"])
        assert norms[l - 1] == pytest.approx(math.sqrt(float(np.sum(numeric ** 2))), rel=1e-6)


def test_gradient_norms_of_a_single_layer_net_are_logistic_regression_s():
    X, Y, parameters = _net(10, [4, 1], 8)
    A = 1 / (1 + np.exp(-(parameters["W1"] @ X + parameters["b1"])))
    dw = (A - Y) @ X.T / 8
    assert ref.gradient_norms_by_layer(X, Y, parameters, "tanh") == pytest.approx([float(np.linalg.norm(dw))])


def test_gradient_norms_show_vanishing_gradients_with_sigmoid_and_not_with_relu():
    X, Y, parameters = _net(11, [20] * 10 + [1], 200)
    sigmoid = ref.gradient_norms_by_layer(X, Y, parameters, "sigmoid")
    relu = ref.gradient_norms_by_layer(X, Y, parameters, "relu")
    assert sigmoid[0] < 1e-4 * sigmoid[-1]
    assert relu[0] > 1e-2 * relu[-1]


def test_gradient_norms_refuses_an_unknown_activation():
    X, Y, parameters = _net(12, [2, 3, 1], 4)
    with pytest.raises(ValueError, match="softplus"):
        ref.gradient_norms_by_layer(X, Y, parameters, "softplus")


def test_no_function_mutates_its_inputs():
    dA, Z = _random(13, (3, 4)), _random(14, (3, 4))
    X, Y, parameters = _net(15, [3, 4, 4, 1], 5)
    calls = [(name, (Z,)) for name in ("sigmoid", "tanh", "relu", "leaky_relu")]
    calls += [(name, (dA, Z)) for name in ("sigmoid_backward", "tanh_backward", "relu_backward", "leaky_relu_backward")]
    calls += [("collapse_linear_layers", (parameters,)), ("gradient_norms_by_layer", (X, Y, parameters, "relu"))]
    for name, args in calls:
        before = copy.deepcopy(args)
        getattr(ref, name)(*args)
        for a, b in zip(args, before):
            if isinstance(a, dict):
                assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a), name
            elif isinstance(a, np.ndarray):
                assert np.array_equal(a, b), name


# --- the grader: the reference passes, worked examples are what they show -----------------------------------

@pytest.mark.parametrize("name", EXERCISES)
def test_the_reference_passes_with_full_marks(name):
    fn = getattr(ref, name)
    assert autograder.check(M + name, fn).score == 1.0
    report = full_report(M + name, fn)
    assert report.passed and report.score == 1.0 and not report.notes, str(report)


@pytest.mark.parametrize("name", EXERCISES)
def test_the_worked_example_runs_the_call_it_shows(name):
    exercise = REGISTRY[M + name]
    case = exercise.cases()[0][0]
    seen = []
    namespace = {"np": np, name: lambda *args, **kwargs: seen.append((args, kwargs))}
    exec(case.shown, namespace)
    (args, kwargs), = seen
    assert len(args) == len(case.args) and kwargs == case.kwargs
    for a, b in zip(args, case.args):
        if isinstance(b, dict):
            assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in b)
        elif isinstance(b, np.ndarray):
            assert np.array_equal(a, b)
        else:
            assert a == b


# --- the checks fail plausible wrong answers, naming the mistake --------------------------------------------

def test_sigmoid_wrong_answers(no_stderr):
    assert_fails(M + "sigmoid", lambda Z: 1 / (1 + np.exp(Z)), "minus sign")
    assert_fails(M + "sigmoid", lambda Z: np.exp(Z) / (1 + np.exp(Z)), "nan", "overflows")
    assert_fails(M + "sigmoid", lambda Z: 1 / (1 + math.exp(-Z)), "math module")
    assert_fails(M + "sigmoid", lambda Z: np.tanh(Z), "this is tanh")


def test_sigmoid_backward_wrong_answers(no_stderr):
    def derivative_is_s(dA, Z):
        s = 1 / (1 + np.exp(-Z))
        return dA * s

    def no_dA(dA, Z):
        s = 1 / (1 + np.exp(-Z))
        return s * (1 - s)

    assert_fails(M + "sigmoid_backward", derivative_is_s, "s = sigmoid(Z), not s", "gradient check of dZ")
    assert_fails(M + "sigmoid_backward", no_dA, "upstream gradient")
    assert_fails(M + "sigmoid_backward", lambda dA, Z: dA * Z * (1 - Z), "uses Z itself")
    assert_fails(M + "sigmoid_backward", lambda dA, Z: dA * np.exp(-Z) / (1 + np.exp(-Z)) ** 2, "inf / inf = nan")


def test_tanh_wrong_answers(no_stderr):
    assert_fails(M + "tanh", lambda Z: (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z)), "overflows", "nan")
    assert_fails(M + "tanh", lambda Z: 2 / (1 + np.exp(-Z)) - 1, "tanh(Z / 2)")
    assert_fails(M + "tanh", lambda Z: 1 / (1 + np.exp(-Z)), "this is the sigmoid")
    assert_fails(M + "tanh", lambda Z: math.tanh(Z), "math module")


def test_tanh_backward_wrong_answers(no_stderr):
    assert_fails(M + "tanh_backward", lambda dA, Z: dA * (1 - Z ** 2), "square tanh(Z), not Z", "gradient check")
    assert_fails(M + "tanh_backward", lambda dA, Z: 1 - np.tanh(Z) ** 2, "upstream gradient")
    assert_fails(M + "tanh_backward", lambda dA, Z: dA * (1 - np.tanh(Z)), "square is missing")
    assert_fails(M + "tanh_backward", lambda dA, Z: dA * np.tanh(Z) * (1 - np.tanh(Z)), "sigmoid's rule")


def test_relu_wrong_answers():
    def in_place(Z):
        Z[Z < 0] = 0
        return Z

    assert_fails(M + "relu", lambda Z: (Z > 0).astype(float), "ReLU's derivative")
    assert_fails(M + "relu", lambda Z: max(0, Z), "np.maximum(0, Z)")
    assert_fails(M + "relu", lambda Z: np.max(0, Z), "second argument is an axis")
    assert_fails(M + "relu", lambda Z: np.minimum(0, Z), "np.minimum keeps the negative part")
    assert_fails(M + "relu", in_place, "changed its input Z in place")


def test_relu_backward_wrong_answers():
    def in_place(dA, Z):
        dA[Z <= 0] = 0
        return dA

    assert_fails(M + "relu_backward", lambda dA, Z: np.where(Z >= 0, dA, 0), "not Z >= 0", "at Z = 0 the course")
    assert_fails(M + "relu_backward", lambda dA, Z: (Z > 0).astype(float), "upstream gradient")
    assert_fails(M + "relu_backward", lambda dA, Z: np.where(dA > 0, dA, 0.0), "not from the sign of dA")
    assert_fails(M + "relu_backward", lambda dA, Z: dA * np.maximum(Z, 0), "pass dA through unchanged")
    assert_fails(M + "relu_backward", in_place, "changed its input dA in place")


def test_leaky_relu_wrong_answers():
    assert_fails(M + "leaky_relu", lambda Z, alpha=0.01: np.where(Z > 0, Z, 0.01 * Z), "alpha is ignored")
    assert_fails(M + "leaky_relu", lambda Z, alpha=0.01: np.where(Z > 0, alpha * Z, Z), "scales the negative side")
    assert_fails(M + "leaky_relu", lambda Z, alpha=0.01: np.maximum(Z, 0), "plain ReLU")
    assert_fails(M + "leaky_relu", lambda Z, alpha=0.01: np.where(Z > 0, Z, alpha), "not the constant alpha")
    assert_fails(M + "leaky_relu", lambda Z: np.where(Z > 0, Z, 0.01 * Z), "unexpected keyword argument 'alpha'")


def test_leaky_relu_backward_wrong_answers():
    assert_fails(M + "leaky_relu_backward", lambda dA, Z, alpha=0.01: np.where(Z >= 0, dA, alpha * dA),
                 "use Z > 0", "slope alpha at Z = 0 (")
    assert_fails(M + "leaky_relu_backward", lambda dA, Z, alpha=0.01: np.where(Z > 0, dA, 0.01 * dA),
                 "alpha is ignored")
    assert_fails(M + "leaky_relu_backward", lambda dA, Z, alpha=0.01: np.where(Z > 0, 1.0, alpha),
                 "upstream gradient")
    assert_fails(M + "leaky_relu_backward", lambda dA, Z, alpha=0.01: dA * (Z > 0), "the gradient is alpha * dA, not 0",
                 "gradient check of dZ")


def test_collapse_linear_layers_wrong_answers():
    def left_to_right(parameters):
        L = len(parameters) // 2
        W, b = parameters["W1"], parameters["b1"]
        for l in range(2, L + 1):
            W = W @ parameters["W" + str(l)]
            b = parameters["W" + str(l)] @ b + parameters["b" + str(l)]
        return W, b

    def biases_added(parameters):
        L = len(parameters) // 2
        W, b = parameters["W1"], parameters["b1"]
        for l in range(2, L + 1):
            W = parameters[f"W{l}"] @ W
            b = b + parameters[f"b{l}"]
        return W, b

    def last_bias(parameters):
        L = len(parameters) // 2
        W = parameters["W1"]
        for l in range(2, L + 1):
            W = parameters[f"W{l}"] @ W
        return W, parameters[f"b{L}"]

    def counts_every_key(parameters):
        L = len(parameters)
        W, b = parameters["W1"], parameters["b1"]
        for l in range(2, L + 1):
            W, b = parameters[f"W{l}"] @ W, parameters[f"W{l}"] @ b + parameters[f"b{l}"]
        return W, b

    assert_fails(M + "collapse_linear_layers", left_to_right, "right to left")
    assert_fails(M + "collapse_linear_layers", biases_added, "not b + b_l", "must pass through layer l")
    assert_fails(M + "collapse_linear_layers", last_bias, "only the last layer's bias")
    assert_fails(M + "collapse_linear_layers", counts_every_key, "two entries per layer")


def _student_norms(reverse=False, no_1_over_m=False, spectral=False, derivative_of_A=False, same_output=False):
    """gradient_norms_by_layer as a student might write it, with the named slip."""
    forward = {"sigmoid": ref.sigmoid, "tanh": ref.tanh, "relu": ref.relu}
    backward = {"sigmoid": ref.sigmoid_backward, "tanh": ref.tanh_backward, "relu": ref.relu_backward}

    def gradient_norms(X, Y, parameters, activation):
        L, m = len(parameters) // 2, X.shape[1]
        As, Zs = [X], [None]
        for l in range(1, L + 1):
            Zs.append(np.dot(parameters["W%d" % l], As[-1]) + parameters["b%d" % l])
            last = ref.sigmoid if l == L and not same_output else forward[activation]
            As.append(last(Zs[-1]))
        norms = []
        dZ = As[L] - Y
        for l in reversed(range(1, L + 1)):
            dW = np.dot(dZ, As[l - 1].T) * (1 if no_1_over_m else 1 / m)
            norms.append(np.linalg.norm(dW, 2) if spectral else np.linalg.norm(dW))
            dA = np.dot(parameters["W%d" % l].T, dZ)
            if l > 1:
                dZ = backward[activation](dA, As[l - 1] if derivative_of_A else Zs[l - 1])
        return norms if reverse else norms[::-1]
    return gradient_norms


def test_gradient_norms_by_layer_wrong_answers():
    def starts_at_zero(X, Y, parameters, activation):
        for l in range(len(parameters) // 2):
            parameters[f"W{l}"]
        return []

    assert_fails(M + "gradient_norms_by_layer", _student_norms(reverse=True), "the list is reversed",
                 "in reverse order")
    assert_fails(M + "gradient_norms_by_layer", _student_norms(no_1_over_m=True), "without the 1/m")
    assert_fails(M + "gradient_norms_by_layer", _student_norms(spectral=True), "Frobenius")
    assert_fails(M + "gradient_norms_by_layer", _student_norms(derivative_of_A=True), "takes Z")
    assert_fails(M + "gradient_norms_by_layer", _student_norms(same_output=True), "always a sigmoid")
    assert_fails(M + "gradient_norms_by_layer", starts_at_zero, "two entries per layer")


def test_leaky_relu_is_optional_in_gradient_norms_by_layer():
    _passes("gradient_norms_by_layer", _student_norms())


# --- correct answers written differently from the reference pass ---------------------------------------------

def _passes(name, fn):
    report = full_report(M + name, fn)
    assert report.passed and report.score == 1.0, str(report)
    assert autograder.check(M + name, fn).passed


def test_correct_answers_written_differently_pass():
    clipped = lambda Z: np.clip(Z, -300, 300)  # noqa: E731  (cosh(Z / 2) and e^Z stay finite)
    _passes("sigmoid", lambda Z: 0.5 * (1 + np.tanh(Z / 2)))
    _passes("sigmoid_backward", lambda dA, Z: dA * 0.25 / np.cosh(clipped(Z) / 2) ** 2)
    _passes("tanh", lambda Z: np.sign(Z) * (1 - np.exp(-2 * np.abs(Z))) / (1 + np.exp(-2 * np.abs(Z))))
    _passes("tanh_backward", lambda dA, Z: dA * 4 / (np.exp(clipped(Z)) + np.exp(-clipped(Z))) ** 2)
    _passes("relu", lambda Z: Z * (Z > 0))
    _passes("relu_backward", lambda dA, Z: dA * (Z > 0))
    _passes("leaky_relu", lambda Z, alpha=0.01: np.maximum(alpha * Z, Z))
    _passes("leaky_relu_backward", lambda dA, Z, alpha=0.01: dA * np.where(Z > 0, 1.0, alpha))

    def collapse_by_probing(parameters):
        # the stack's output at X = 0 is b, and at the unit vectors it is W + b
        L = len(parameters) // 2

        def stack(X):
            for l in range(1, L + 1):
                X = parameters[f"W{l}"] @ X + parameters[f"b{l}"]
            return X

        n0 = parameters["W1"].shape[1]
        b = stack(np.zeros((n0, 1)))
        return stack(np.eye(n0)) - b, b

    _passes("collapse_linear_layers", collapse_by_probing)

    def norms_with_dicts(X, Y, parameters, activation):
        g = {"sigmoid": ref.sigmoid, "tanh": ref.tanh, "relu": ref.relu, "leaky_relu": ref.leaky_relu}
        g_prime = {"sigmoid": ref.sigmoid_backward, "tanh": ref.tanh_backward, "relu": ref.relu_backward,
                   "leaky_relu": ref.leaky_relu_backward}
        L, m = len(parameters) // 2, X.shape[1]
        A, Z = {0: X}, {}
        for l in range(1, L + 1):
            Z[l] = np.dot(parameters["W" + str(l)], A[l - 1]) + parameters["b" + str(l)]
            A[l] = g[activation](Z[l]) if l < L else 1 / (1 + np.exp(-Z[l]))
        norms = {}
        dZ = A[L] - Y
        for l in range(L, 0, -1):
            dW = 1 / m * np.dot(dZ, A[l - 1].T)
            norms[l] = np.sqrt(np.sum(dW ** 2))
            if l > 1:
                dZ = g_prime[activation](np.dot(parameters["W" + str(l)].T, dZ), Z[l - 1])
        return [norms[l] for l in range(1, L + 1)]

    _passes("gradient_norms_by_layer", norms_with_dicts)


def test_every_exercise_of_the_module_is_graded_in_contract_order():
    exercises = [e for e in autograder.exercises() if e.startswith(M) and not e.startswith(M + "q_")]
    assert exercises == [M + n for n in EXERCISES]


def test_the_textbook_formulas_pass_and_their_overflow_warnings_are_only_notes(no_stderr):
    for name, fn in [("sigmoid", lambda Z: 1 / (1 + np.exp(-Z))),
                     ("tanh_backward", lambda dA, Z: dA / np.cosh(Z) ** 2)]:
        _passes(name, fn)
        assert any("overflow" in note for note in full_report(M + name, fn).notes)


# --- case names and extra checks name the shapes of what they use ---------------------------------------------

@pytest.mark.parametrize("name", EXERCISES)
def test_every_case_name_states_the_shapes_of_its_array_inputs(name):
    exercise = REGISTRY[M + name]
    for case, _ in exercise.cases():
        if case.shown:
            continue
        arrays = [a for a in case.args if isinstance(a, np.ndarray)]
        arrays += [v for a in case.args if isinstance(a, dict) for v in a.values()]
        for array in arrays:
            assert str(array.shape) in case.name, (case.name, array.shape)


def test_every_gradient_check_names_its_case():
    for name in ("sigmoid_backward", "tanh_backward", "relu_backward", "leaky_relu_backward"):
        names = [extra.name for extra in REGISTRY[M + name].extras]
        assert any("gradient check of dZ on a random dA of shape (3, 4) and a random Z of shape (3, 4)" in n
                   for n in names), names
    for name in ("collapse_linear_layers", "gradient_norms_by_layer"):
        assert all("X of shape (3, " in extra.name for extra in REGISTRY[M + name].extras)


# --- the lesson's questions ----------------------------------------------------------------------------------

def _judge(name, value):
    return REGISTRY[M + name].judge(value)


def test_the_questions_are_registered_after_the_exercises():
    assert [e for e in autograder.exercises() if e.startswith(M + "q_")] == [M + "q_max_sigmoid_slope",
                                                                               M + "q_flat_curve"]


def test_q_max_sigmoid_slope_is_a_quarter_and_says_too_low_or_too_high():
    z = np.linspace(-10, 10, 20001).reshape(1, -1)
    assert float(ref.sigmoid_backward(np.ones_like(z), z).max()) == pytest.approx(ref.q_max_sigmoid_slope, abs=1e-12)
    for right in (0.25, 1 / 4, np.float64(0.25), 0.251):
        report = _judge("q_max_sigmoid_slope", right)
        assert report.passed and report.score == 1.0 and "at most a quarter" in " ".join(report.notes)
    for low in (0.0, 0.1, 0.2):
        report = _judge("q_max_sigmoid_slope", low)
        assert not report.passed and "too low" in report.messages[0]
        assert "s takes every value between 0 and 1" in report.messages[0]
    for high in (0.5, 1, 0.3):
        report = _judge("q_max_sigmoid_slope", high)
        assert not report.passed and "too high" in report.messages[0] and "not its slope" in report.messages[0]
    assert "not answered yet" in _judge("q_max_sigmoid_slope", None).messages[0]
    assert "answer with a number" in _judge("q_max_sigmoid_slope", "0.25").messages[0]


def test_q_flat_curve_is_the_sigmoid_network_and_each_wrong_choice_says_what_it_overlooks():
    assert ref.q_flat_curve == "b"
    right = _judge("q_flat_curve", "b")
    assert right.passed and right.score == 1.0 and "log 2 = 0.693" in " ".join(right.notes)
    assert _judge("q_flat_curve", " (B) ").passed
    wrong = {"a": "tanh's derivative is close to 1", "c": "an active ReLU unit passes the gradient back unchanged",
             "d": "depth alone does not stop a network from learning"}
    for choice, why in wrong.items():
        report = _judge("q_flat_curve", choice)
        assert not report.passed and report.messages[0].startswith(f"not ({choice}): ") and why in report.messages[0]
    assert "not one of the choices" in _judge("q_flat_curve", "e").messages[0]


def test_q_flat_curve_matches_the_experiment():
    """The lesson's 8-layer networks on the circles: only the sigmoid one stays at log 2, its W1 hardly moves."""
    from autograder import datasets

    X, Y = datasets.circles(200, rng=np.random.default_rng(1))
    rng, dims = np.random.default_rng(3), [2] + [10] * 7 + [1]
    start = {}
    for l in range(1, len(dims)):
        start[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) / np.sqrt(dims[l - 1])
        start[f"b{l}"] = np.zeros((dims[l], 1))
    g = {"sigmoid": (ref.sigmoid, ref.sigmoid_backward), "tanh": (ref.tanh, ref.tanh_backward),
         "relu": (ref.relu, ref.relu_backward)}
    final = {}
    for activation, (forward, backward) in g.items():
        parameters = dict(start)
        for _ in range(600):
            A, caches = X, []
            for l in range(1, 9):
                Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
                caches.append((A, Z))
                A = forward(Z) if l < 8 else ref.sigmoid(Z)
            dZ = A - Y
            for l in range(8, 0, -1):
                A_prev = caches[l - 1][0]
                dW, db = dZ @ A_prev.T / 200, dZ.sum(axis=1, keepdims=True) / 200
                if l > 1:
                    dZ = backward(parameters[f"W{l}"].T @ dZ, caches[l - 2][1])
                parameters[f"W{l}"] = parameters[f"W{l}"] - 0.05 * dW
                parameters[f"b{l}"] = parameters[f"b{l}"] - 0.05 * db
        cost = -float(np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
        final[activation] = cost, np.linalg.norm(parameters["W1"] - start["W1"]) / np.linalg.norm(start["W1"])
    assert abs(final["sigmoid"][0] - math.log(2)) < 1e-3 and final["sigmoid"][1] < 1e-5
    assert final["tanh"][0] < 0.1 and final["relu"][0] < 0.1

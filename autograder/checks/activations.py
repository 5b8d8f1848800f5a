"""Checks for module 04, activation functions: forward and backward, deep linear nets, vanishing gradients."""
from solutions import activations as ref

from .. import _np as np
from ..compare import Tolerance, compare
from ..exercise import Case, Exercise, Extra, Mistake, register
from ..gradient import numerical_gradient, relative_error
from ..i18n import L, _
from ..question import Question
from .common import (LAYER_COUNT, MATH_MODULE_ERROR, PRODUCT_ERROR, as_float_array, frozen, leaky_relu,
                     parameter_gradients, sigmoid)

MODULE = "activations"

MATH_FUNCTION = Mistake(L("the math module works on single numbers only; use NumPy's element-wise version"
                          " (np.exp, np.tanh, ...), which works on whole arrays"), error=MATH_MODULE_ERROR)

WORKED_Z = frozen(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))
WORKED_Z_SHOWN = "np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]])"
WORKED_DA = frozen(np.array([[1.0, -2.0, 0.5], [3.0, 1.5, -1.0]]))
WORKED_DA_SHOWN = "np.array([[1.0, -2.0, 0.5], [3.0, 1.5, -1.0]])"
LARGE_Z = frozen(np.array([[-1000.0, -40.0, -5.0, 0.0, 5.0, 40.0, 1000.0]]))
LARGE_NAME = L("a Z of shape (1, 7) with large |Z| (-1000 to 1000), where a formula with exp(Z) gives nan")
LARGE_NAME_BACKWARD = L("a random dA of shape (1, 7) and a Z of shape (1, 7) with large |Z| (-1000 to 1000), where a"
                        " formula with exp(Z) gives nan")


def _Z(seed, shape, scale=2.0):
    return np.random.default_rng(seed).standard_normal(shape) * scale


def _dA_Z(seed, shape, scale=2.0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape), rng.standard_normal(shape) * scale


def _dA_Z_with_zeros(seed, shape):
    """Z with whole numbers from -2 to 2, so that several entries are exactly 0."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape), rng.integers(-2, 3, shape).astype(float)


def backward_gradient_check(g, name, kwargs=None):
    """Extra: the student's dZ must be the gradient of sum(dA * g(Z)) with respect to Z, found numerically.

    ``g`` is the grader's own forward function; Z is kept at least 0.1 away from 0, where ReLU has its kink.
    The extra's name, GRADIENT_CHECK, says which case it uses, so that a student can rerun it.
    """
    def extra(run):
        dA, Z = _dA_Z(41, (3, 4))
        Z = Z + 0.1 * np.sign(Z)
        outcome = run(dA, Z, **(kwargs or {}))
        if not outcome.ok:
            return outcome.error
        dZ, problem = as_float_array(outcome.value, Z.shape, "dZ")
        if problem:
            return problem
        numeric = numerical_gradient(lambda z: float(np.sum(dA * g(z))), Z)
        error = relative_error(dZ, numeric)
        if not error < 1e-7:
            return _("your dZ is not dA * {name}'(Z): relative error {error} against a numerical gradient of"
                     " sum(dA * {name}(Z)) with respect to Z (expected below 1e-7)").format(name=name, error=f"{error:.2g}")
        return None
    return extra


GRADIENT_CHECK = L("gradient check of dZ on a random dA of shape (3, 4) and a random Z of shape (3, 4) with every"
                   " entry at least 0.1 away from 0")
AT_ZERO_CASE = L("the worked example's dA of shape (2, 3) and Z = np.zeros((2, 3))")


def _layers(dims):
    """The shapes of the parameters of a net of layer sizes ``dims``, for the name of a case."""
    return ", ".join(f"W{l} {(dims[l], dims[l - 1])}, b{l} {(dims[l], 1)}" for l in range(1, len(dims)))


def derivative_at_zero(expected_slope, name, rule):
    """Extra: at exactly Z = 0 the derivative is the one of the negative side."""
    def extra(run):
        outcome = run(WORKED_DA, np.zeros_like(WORKED_DA))
        if not outcome.ok:
            return outcome.error
        dZ, problem = as_float_array(outcome.value, WORKED_DA.shape, "dZ")
        if problem:
            return problem
        expected = expected_slope * WORKED_DA
        if not np.allclose(dZ, expected, rtol=1e-9, atol=1e-12):
            slopes = np.round(dZ / WORKED_DA, 6).reshape(-1)
            return _("at Z = 0 the course takes the slope of the negative side, {rule}; with Z = 0 your"
                     " {name} gives dZ / dA = {slopes}. Test Z > 0 (not Z >= 0)").format(
                         rule=rule, name=name, slopes=slopes.tolist())
        return None
    return extra


def forward_cases(name, large=False):
    cases = [
        Case((WORKED_Z.copy(),), shown=f"{name}({WORKED_Z_SHOWN})"),
        Case((_Z(1, (3, 4)),), name=L("a random Z of shape (3, 4)")),
        Case((_Z(2, (1, 6)),), name=L("a random Z of shape (1, 6)")),
        Case((_Z(3, (5, 2), 4.0),), name=L("a hidden case: a random Z of shape (5, 2)"), hidden=True),
    ]
    if large:
        cases.insert(3, Case((LARGE_Z.copy(),), name=LARGE_NAME))
    return cases


def backward_cases(name, large=False, zeros=False):
    cases = [
        Case((WORKED_DA.copy(), WORKED_Z.copy()), shown=f"{name}({WORKED_DA_SHOWN}, {WORKED_Z_SHOWN})"),
        Case(_dA_Z(4, (4, 3)), name=L("a random dA of shape (4, 3) and Z of shape (4, 3)")),
        Case(_dA_Z(5, (1, 5)), name=L("a random dA of shape (1, 5) and Z of shape (1, 5)")),
        Case(_dA_Z(6, (6, 2), 4.0), name=L("a hidden case: a random dA of shape (6, 2) and Z of shape (6, 2)"),
             hidden=True),
    ]
    if large:
        dA = np.random.default_rng(7).standard_normal(LARGE_Z.shape)
        cases.insert(3, Case((dA, LARGE_Z.copy()), name=LARGE_NAME_BACKWARD))
    if zeros:
        cases.insert(3, Case(_dA_Z_with_zeros(8, (3, 5)),
                             name=L("a random dA of shape (3, 5) and a Z of shape (3, 5) with entries exactly 0")))
    return cases


# --- sigmoid ---------------------------------------------------------------------------------------------

def _naive_exp_ratio(Z):
    return np.exp(Z) / (1 + np.exp(Z))


register(Exercise(
    f"{MODULE}.sigmoid", ref.sigmoid, ["A"], lambda: forward_cases("sigmoid", large=True), points=1,
    mistakes=[
        Mistake(L("the minus sign in exp(-Z) is missing: that computes sigmoid(-Z) = 1 - sigmoid(Z)"),
                fn=lambda Z: 1 / (1 + np.exp(Z))),
        Mistake(L("operator precedence: 1 / 1 + np.exp(-Z) is 1 + exp(-Z); write 1 / (1 + np.exp(-Z))"),
                fn=lambda Z: 1 / 1 + np.exp(-Z)),
        Mistake(L("exp(Z) / (1 + exp(Z)) overflows to inf / inf = nan for large Z; use 1 / (1 + np.exp(-Z))"),
                fn=_naive_exp_ratio),
        Mistake(L("this is tanh, with values in (-1, 1); the sigmoid is 1 / (1 + exp(-Z)), with values in (0, 1)"),
                fn=np.tanh),
        MATH_FUNCTION,
    ]))


# --- sigmoid_backward ----------------------------------------------------------------------------------------

register(Exercise(
    f"{MODULE}.sigmoid_backward", ref.sigmoid_backward, ["dZ"],
    lambda: backward_cases("sigmoid_backward", large=True), points=1,
    extras=[Extra(GRADIENT_CHECK, backward_gradient_check(sigmoid, "sigmoid"))],
    mistakes=[
        Mistake(L("the sigmoid's derivative is s * (1 - s) with s = sigmoid(Z), not s itself"),
                fn=lambda dA, Z: dA * ref.sigmoid(Z)),
        Mistake(L("multiply by the upstream gradient: dZ = dA * s * (1 - s); s * (1 - s) alone is only g'(Z)"),
                fn=lambda dA, Z: ref.sigmoid(Z) * (1 - ref.sigmoid(Z))),
        Mistake(L("s * (1 - s) needs s = sigmoid(Z) first; Z * (1 - Z) uses Z itself"),
                fn=lambda dA, Z: dA * Z * (1 - Z)),
        Mistake(L("exp(-Z) / (1 + exp(-Z))**2 overflows to inf / inf = nan for very negative Z; compute"
                  " s = sigmoid(Z) first and use dA * s * (1 - s)"),
                fn=lambda dA, Z: dA * np.exp(-Z) / (1 + np.exp(-Z)) ** 2),
        MATH_FUNCTION,
    ]))


# --- tanh ----------------------------------------------------------------------------------------------------

def _naive_tanh(Z):
    return (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))


register(Exercise(
    f"{MODULE}.tanh", ref.tanh, ["A"], lambda: forward_cases("tanh", large=True), points=1,
    mistakes=[
        Mistake(L("exp(Z) overflows to inf for |Z| above about 710, and inf / inf is nan: use np.tanh(Z), or"
                  " 2 * sigmoid(2 * Z) - 1 with a stable sigmoid"), fn=_naive_tanh),
        Mistake(L("this is the sigmoid, with values in (0, 1); tanh has values in (-1, 1): tanh(Z) = 2 sigmoid(2Z) - 1"),
                fn=ref.sigmoid),
        Mistake(L("2 * sigmoid(Z) - 1 is tanh(Z / 2): the sigmoid's argument must be 2 * Z"),
                fn=lambda Z: 2 * ref.sigmoid(Z) - 1),
        Mistake(L("a sign slip in the formula: tanh(Z) = (exp(Z) - exp(-Z)) / (exp(Z) + exp(-Z))"),
                fn=lambda Z: -np.tanh(Z)),
        MATH_FUNCTION,
    ]))


# --- tanh_backward -------------------------------------------------------------------------------------------

register(Exercise(
    f"{MODULE}.tanh_backward", ref.tanh_backward, ["dZ"], lambda: backward_cases("tanh_backward", large=True),
    points=1,
    extras=[Extra(GRADIENT_CHECK, backward_gradient_check(np.tanh, "tanh"))],
    mistakes=[
        Mistake(L("the derivative is 1 - tanh(Z)**2: square tanh(Z), not Z"), fn=lambda dA, Z: dA * (1 - Z ** 2)),
        Mistake(L("multiply by the upstream gradient: dZ = dA * (1 - t**2); 1 - t**2 alone is only g'(Z)"),
                fn=lambda dA, Z: 1 - np.tanh(Z) ** 2),
        Mistake(L("the square is missing: the derivative is 1 - t**2 with t = tanh(Z), not 1 - t"),
                fn=lambda dA, Z: dA * (1 - np.tanh(Z))),
        Mistake(L("t * (1 - t) is the sigmoid's rule; for tanh the derivative is 1 - t**2"),
                fn=lambda dA, Z: dA * np.tanh(Z) * (1 - np.tanh(Z))),
        MATH_FUNCTION,
    ]))


# --- relu ----------------------------------------------------------------------------------------------------

register(Exercise(
    f"{MODULE}.relu", ref.relu, ["A"], lambda: forward_cases("relu"), points=1,
    mistakes=[
        Mistake(L("this is ReLU's derivative (0 or 1); ReLU itself keeps the positive values: np.maximum(0, Z)"),
                fn=lambda Z: (Z > 0).astype(float)),
        Mistake(L("np.minimum keeps the negative part; ReLU is np.maximum(0, Z)"), fn=lambda Z: np.minimum(0, Z)),
        Mistake(L("ReLU sets negative entries to 0; it does not flip their sign"), fn=np.abs),
        Mistake(L("Python's max compares whole arrays; np.maximum(0, Z) takes the maximum entry by entry"),
                error=r"truth value of an array"),
        Mistake(L("np.max(Z) is the largest entry of one array (its second argument is an axis); the entry-by-entry"
                  " maximum of 0 and Z is np.maximum(0, Z)"), error=r"scalar index|cannot be interpreted as an integer"),
    ]))


# --- relu_backward -------------------------------------------------------------------------------------------

register(Exercise(
    f"{MODULE}.relu_backward", ref.relu_backward, ["dZ"], lambda: backward_cases("relu_backward", zeros=True),
    points=1,
    extras=[Extra(GRADIENT_CHECK, backward_gradient_check(leaky_relu(0.0), "relu")),
            Extra(L("derivative 0 at Z = 0 ({case})", case=AT_ZERO_CASE),
                  derivative_at_zero(0.0, "relu_backward", L("0 for ReLU")))],
    mistakes=[
        Mistake(L("at Z = 0 the course takes the derivative as 0: keep dA where Z > 0, not Z >= 0"),
                fn=lambda dA, Z: np.where(Z >= 0, dA, 0.0)),
        Mistake(L("multiply by the upstream gradient: dZ is dA where Z > 0 and 0 elsewhere; (Z > 0) alone is only g'(Z)"),
                fn=lambda dA, Z: (Z > 0).astype(float)),
        Mistake(L("the mask comes from Z (where the unit was active in the forward pass), not from the sign of dA"),
                fn=lambda dA, Z: np.maximum(0, dA)),
        Mistake(L("the mask is the wrong way round: the gradient passes where Z > 0 and is blocked where Z <= 0"),
                fn=lambda dA, Z: np.where(Z > 0, 0.0, dA)),
        Mistake(L("ReLU's slope is 1 where Z > 0: pass dA through unchanged, do not multiply it by Z"),
                fn=lambda dA, Z: dA * np.maximum(0, Z)),
    ]))


# --- leaky_relu ----------------------------------------------------------------------------------------------

def leaky_relu_cases():
    return forward_cases("leaky_relu") + [
        Case((_Z(9, (2, 5)),), {"alpha": 0.2}, name=L("a random Z of shape (2, 5) with alpha=0.2")),
        Case((_Z(10, (3, 3)), 0.05), name=L("a hidden case: a random Z of shape (3, 3) with alpha=0.05 passed by"
                                            " position"), hidden=True),
    ]


register(Exercise(
    f"{MODULE}.leaky_relu", ref.leaky_relu, ["A"], leaky_relu_cases, points=1,
    mistakes=[
        Mistake(L("alpha is ignored: use the alpha argument, not a fixed 0.01"),
                fn=lambda Z, alpha=0.01: ref.leaky_relu(Z)),
        Mistake(L("alpha scales the negative side: Z where Z > 0, alpha * Z where Z <= 0"),
                fn=lambda Z, alpha=0.01: np.where(Z > 0, alpha * Z, Z)),
        Mistake(L("negative entries become alpha * Z, not 0 (that is the plain ReLU)"),
                fn=lambda Z, alpha=0.01: np.maximum(0, Z)),
        Mistake(L("for Z <= 0 the output is alpha * Z, not the constant alpha"),
                fn=lambda Z, alpha=0.01: np.where(Z > 0, Z, alpha)),
    ]))


# --- leaky_relu_backward -------------------------------------------------------------------------------------

def leaky_relu_backward_cases():
    return backward_cases("leaky_relu_backward", zeros=True) + [
        Case(_dA_Z(11, (2, 5)), {"alpha": 0.2},
             name=L("a random dA of shape (2, 5) and Z of shape (2, 5) with alpha=0.2")),
        Case(_dA_Z_with_zeros(12, (3, 4)), {"alpha": 0.3},
             name=L("a random dA of shape (3, 4) and a Z of shape (3, 4) with entries exactly 0, alpha=0.3")),
        Case(_dA_Z(13, (4, 2)) + (0.05,), name=L("a hidden case: a random dA of shape (4, 2) and Z of shape (4, 2) with"
                                                 " alpha=0.05 passed by position"), hidden=True),
    ]


register(Exercise(
    f"{MODULE}.leaky_relu_backward", ref.leaky_relu_backward, ["dZ"], leaky_relu_backward_cases, points=1,
    extras=[Extra(L("{check} (default alpha)", check=GRADIENT_CHECK),
                  backward_gradient_check(leaky_relu(0.01), "leaky_relu")),
            Extra(L("slope alpha at Z = 0 ({case}, default alpha)", case=AT_ZERO_CASE),
                  derivative_at_zero(0.01, "leaky_relu_backward", L("alpha for leaky ReLU")))],
    mistakes=[
        Mistake(L("at Z = 0 the slope is alpha (the negative side's): use Z > 0, not Z >= 0"),
                fn=lambda dA, Z, alpha=0.01: np.where(Z >= 0, dA, alpha * dA)),
        Mistake(L("alpha is ignored: use the alpha argument, not a fixed 0.01"),
                fn=lambda dA, Z, alpha=0.01: ref.leaky_relu_backward(dA, Z)),
        Mistake(L("multiply by the upstream gradient: dZ = dA * g'(Z); the slopes 1 and alpha alone are only g'(Z)"),
                fn=lambda dA, Z, alpha=0.01: np.where(Z > 0, 1.0, alpha)),
        Mistake(L("where Z <= 0 the gradient is alpha * dA, not 0 (that is the plain ReLU's)"),
                fn=lambda dA, Z, alpha=0.01: np.where(Z > 0, dA, 0.0)),
        Mistake(L("alpha belongs to the negative side: dA where Z > 0, alpha * dA where Z <= 0"),
                fn=lambda dA, Z, alpha=0.01: np.where(Z > 0, alpha * dA, dA)),
    ]))


# --- collapse_linear_layers ----------------------------------------------------------------------------------

def linear_parameters(seed, dims):
    """Random W{l} and b{l} for layer sizes ``dims`` (biases non-zero, so that they matter)."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.standard_normal((dims[l], 1))
    return parameters


WORKED_LINEAR = frozen({"W1": np.array([[1.0, 2.0], [0.0, 1.0], [-1.0, 1.0]]),
                        "b1": np.array([[1.0], [0.0], [2.0]]),
                        "W2": np.array([[1.0, -1.0, 0.5]]), "b2": np.array([[-1.0]])})
WORKED_LINEAR_SHOWN = ('{"W1": np.array([[1.0, 2.0], [0.0, 1.0], [-1.0, 1.0]]), "b1": np.array([[1.0], [0.0], [2.0]]),'
                       ' "W2": np.array([[1.0, -1.0, 0.5]]), "b2": np.array([[-1.0]])}')


def collapse_cases():
    return [
        Case(({k: v.copy() for k, v in WORKED_LINEAR.items()},),
             shown=f"collapse_linear_layers({WORKED_LINEAR_SHOWN})"),
        Case((linear_parameters(14, [3, 5, 4, 2]),),
             name=L("three layers 3 -> 5 -> 4 -> 2: {layers}", layers=_layers([3, 5, 4, 2]))),
        Case((linear_parameters(15, [3, 3, 3, 3]),),
             name=L("three square layers of size 3: {layers}", layers=_layers([3, 3, 3, 3]))),
        Case((linear_parameters(16, [4, 2]),), name=L("a single layer 4 -> 2: {layers}", layers=_layers([4, 2]))),
        Case((linear_parameters(17, [2, 3, 4, 3, 2, 5]),),
             name=L("a hidden case with five layers 2 -> 3 -> 4 -> 3 -> 2 -> 5: {layers}",
                    layers=_layers([2, 3, 4, 3, 2, 5])), hidden=True),
        Case((linear_parameters(18, [2, 2, 2]),),
             name=L("a hidden case with two square layers: {layers}", layers=_layers([2, 2, 2])), hidden=True),
    ]


def _collapse_variant(order="right", bias="carry"):
    """A wrong collapse: ``order`` "left" multiplies W1 @ W2 @ ...; ``bias`` says how b is (mis)handled."""
    def wrong(parameters):
        L = len(parameters) // 2
        W, b = parameters["W1"], parameters["b1"]
        for l in range(2, L + 1):
            W_l, b_l = parameters[f"W{l}"], parameters[f"b{l}"]
            W = W_l @ W if order == "right" else W @ W_l
            b = {"carry": lambda: W_l @ b + b_l, "sum": lambda: b + b_l, "last": lambda: b_l,
                 "first only": lambda: W_l @ b}[bias]()
        return W, b
    return wrong


def _collapse_reproduces_the_stack(run):
    """Extra: W X + b with the student's W and b must equal the output of the stacked linear layers."""
    parameters = linear_parameters(19, [3, 4, 5, 2])
    X = np.random.default_rng(20).standard_normal((3, 6))
    outcome = run(parameters)
    if not outcome.ok:
        return outcome.error
    try:
        W, b = outcome.value
        W, b = np.asarray(W, dtype=float), np.asarray(b, dtype=float)
        collapsed = W @ X + b
    except Exception:
        return _("could not compute W @ X + b from the (W, b) your function returned; W should have shape"
                 " (n[L], n[0]) and b (n[L], 1)")
    stack = X
    for l in range(1, 4):
        stack = parameters[f"W{l}"] @ stack + parameters[f"b{l}"]
    problems = compare(collapsed, stack, "W @ X + b")
    if problems:
        return _("{problem} compared with passing X through the three linear layers one by one"
                 " (sizes 3 -> 4 -> 5 -> 2)").format(problem=problems[0])
    return None


register(Exercise(
    f"{MODULE}.collapse_linear_layers", ref.collapse_linear_layers, ["W", "b"], collapse_cases, points=2,
    extras=[Extra(L("one layer reproduces the stack (a random X of shape (3, 6) through random layers"
                    " 3 -> 4 -> 5 -> 2: {layers})", layers=_layers([3, 4, 5, 2])), _collapse_reproduces_the_stack)],
    mistakes=[
        Mistake(L("the product runs right to left: layer 1 acts first, so W = W_l @ W (W1 is the rightmost factor)"),
                fn=_collapse_variant(order="left")),
        Mistake(L("each later layer multiplies the bias collected so far: b = W_l @ b + b_l, not b + b_l"),
                fn=_collapse_variant(bias="sum")),
        Mistake(L("b is only the last layer's bias: the earlier biases pass through the later layers too,"
                  " b = W_l @ b + b_l"), fn=_collapse_variant(bias="last")),
        Mistake(L("the later layers' biases are missing: b = W_l @ b + b_l"), fn=_collapse_variant(bias="first only")),
        Mistake(L("the product runs right to left: layer 1 acts first, so W = W_l @ W (W1 is the rightmost factor)"),
                error=PRODUCT_ERROR),
        Mistake(L("the bias collected so far has n[l-1] entries and must pass through layer l before b_l is added:"
                  " b = W_l @ b + b_l"), error=r"could not be broadcast"),
        LAYER_COUNT,
    ]))


# --- gradient_norms_by_layer ---------------------------------------------------------------------------------

def net(seed, dims, m):
    """(X, Y, parameters) for a random binary problem and a net of layer sizes ``dims``, weights ~ 1/sqrt(n)."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) / np.sqrt(dims[l - 1])
        parameters[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.1
    X = rng.standard_normal((dims[0], m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return X, Y, parameters


WORKED_NET = frozen({"W1": np.array([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.5]]),
                     "b1": np.array([[0.1], [0.0], [-0.2]]),
                     "W2": np.array([[1.0, -2.0, 0.5]]), "b2": np.array([[0.3]])})
WORKED_NET_SHOWN = ('X = np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]]); Y = np.array([[1.0, 0.0, 1.0]]);'
                    ' parameters = {"W1": np.array([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.5]]),'
                    ' "b1": np.array([[0.1], [0.0], [-0.2]]), "W2": np.array([[1.0, -2.0, 0.5]]),'
                    ' "b2": np.array([[0.3]])}; gradient_norms_by_layer(X, Y, parameters, "relu")')
WORKED_X = frozen(np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]]))
WORKED_Y = frozen(np.array([[1.0, 0.0, 1.0]]))


def gradient_norms_cases():
    return [
        Case((WORKED_X.copy(), WORKED_Y.copy(), {k: v.copy() for k, v in WORKED_NET.items()}, "relu"),
             shown=WORKED_NET_SHOWN),
        Case(net(21, [4, 5, 3, 1], 7) + ("tanh",),
             name=L("X of shape (4, 7), Y of shape (1, 7) and a tanh net 4 -> 5 -> 3 -> 1: {layers}",
                    layers=_layers([4, 5, 3, 1]))),
        Case(net(22, [3, 6, 6, 6, 1], 5) + ("sigmoid",),
             name=L("X of shape (3, 5), Y of shape (1, 5) and a sigmoid net 3 -> 6 -> 6 -> 6 -> 1: {layers}",
                    layers=_layers([3, 6, 6, 6, 1]))),
        Case(net(23, [5, 4, 4, 1], 6) + ("relu",),
             name=L("X of shape (5, 6), Y of shape (1, 6) and a relu net 5 -> 4 -> 4 -> 1: {layers}",
                    layers=_layers([5, 4, 4, 1]))),
        Case(net(25, [6] + [5] * 9 + [1], 8) + ("sigmoid",),
             name=L("a hidden case: X of shape (6, 8), Y of shape (1, 8) and a 10-layer sigmoid net 6 -> 5 -> ... -> 5"
                    " -> 1: W1 (5, 6), W2 to W9 (5, 5), W10 (1, 5), b1 to b9 (5, 1), b10 (1, 1)"), hidden=True),
        Case(net(26, [2, 3, 1], 9) + ("relu",),
             name=L("a hidden case: X of shape (2, 9), Y of shape (1, 9) and a relu net 2 -> 3 -> 1: {layers}",
                    layers=_layers([2, 3, 1])), hidden=True),
        Case(net(27, [3, 1], 5) + ("tanh",),
             name=L("a hidden case: X of shape (3, 5), Y of shape (1, 5) and a single (sigmoid) layer 3 -> 1:"
                    " {layers} (activation \"tanh\", unused)", layers=_layers([3, 1])), hidden=True),
    ]


def _norms_variant(scale_by_m=False, reverse=False, ord=None, derivative_at="Z", output="sigmoid", chain=True,
                   of="dW"):
    """A wrong gradient_norms_by_layer, one slip at a time."""
    def wrong(X, Y, parameters, activation):
        g = {"sigmoid": ref.sigmoid, "tanh": ref.tanh, "relu": ref.relu, "leaky_relu": ref.leaky_relu}[activation]
        g_backward = {"sigmoid": ref.sigmoid_backward, "tanh": ref.tanh_backward, "relu": ref.relu_backward,
                      "leaky_relu": ref.leaky_relu_backward}[activation]
        L, m = len(parameters) // 2, X.shape[1]
        A, cache = X, []
        for l in range(1, L + 1):
            Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
            cache.append((A, Z))
            A = g(Z) if l < L or output == "hidden" else ref.sigmoid(Z)
        norms, dZ = [], A - Y
        for l in range(L, 0, -1):
            A_prev = cache[l - 1][0]
            grad = dZ @ A_prev.T if of == "dW" else np.sum(dZ, axis=1, keepdims=True)
            norms.append(float(np.linalg.norm(grad / (1 if scale_by_m else m), ord)))
            if l > 1:
                dA = parameters[f"W{l}"].T @ dZ
                if not chain:
                    dZ = dA
                else:
                    dZ = g_backward(dA, cache[l - 2][1] if derivative_at == "Z" else A_prev)
        return norms if reverse else norms[::-1]
    return wrong


def _numerical_norms(run):
    """Extra: the norms must be those of the numerical gradient of the cross-entropy cost (a tanh net)."""
    X, Y, parameters = net(28, [3, 4, 3, 1], 5)
    outcome = run(X, Y, parameters, "tanh")
    if not outcome.ok:
        return outcome.error
    try:
        got = [float(v) for v in outcome.value]
    except Exception:
        return _("your function should return a list of numbers, one per layer")

    def cost(params):
        A = X
        for l in range(1, 4):
            Z = params[f"W{l}"] @ A + params[f"b{l}"]
            A = np.tanh(Z) if l < 3 else Z
        # mean of log(1 + e^z) - y z, the cross-entropy written so that it stays finite
        return float(np.sum(np.logaddexp(0, A) - Y * A)) / X.shape[1]

    numeric = parameter_gradients(cost, parameters, [f"W{l}" for l in range(1, 4)])
    expected = [float(np.linalg.norm(gradient)) for gradient in numeric.values()]
    if len(got) != 3:
        return _("a net with 3 layers should give 3 norms; yours gave {count}").format(count=len(got))

    def agree(values):
        return all(abs(g - e) <= 1e-5 * e for g, e in zip(values, expected))

    if agree(got):
        return None
    if agree(got[::-1]):
        return _("your norms are those of the numerical gradient, but in reverse order: layer 1 comes first")
    l, g, e = next((l, g, e) for l, (g, e) in enumerate(zip(got, expected), start=1) if not abs(g - e) <= 1e-5 * e)
    return _("||dW{layer}|| is {got} but the numerical gradient of the cross-entropy cost gives {expected}"
             " (a tanh net of sizes 3 -> 4 -> 3 -> 1)").format(layer=l, got=f"{g:.6g}", expected=f"{e:.6g}")


register(Exercise(
    f"{MODULE}.gradient_norms_by_layer", ref.gradient_norms_by_layer, ["norms"], gradient_norms_cases, points=3,
    tol=Tolerance(rtol=1e-6, atol=0.0),  # the norms of a deep sigmoid net are tiny: compare them relatively
    extras=[Extra(L("norms agree with a numerical gradient of the cost (a random X of shape (3, 5), Y of shape (1, 5)"
                    " and a tanh net 3 -> 4 -> 3 -> 1: {layers})", layers=_layers([3, 4, 3, 1])), _numerical_norms)],
    mistakes=[
        Mistake(L("the list is reversed: norms[0] must be ||dW1||, the first layer's (the backward pass meets"
                  " the layers from L down to 1, so reverse the list or fill it by index)"),
                fn=_norms_variant(reverse=True)),
        Mistake(L("dW without the 1/m factor: dW = (1/m) dZ @ A_prev.T"), fn=_norms_variant(scale_by_m=True)),
        Mistake(L("the Frobenius norm is np.linalg.norm(dW) (square root of the sum of squares), not the 2-norm"
                  " np.linalg.norm(dW, 2)"), fn=_norms_variant(ord=2)),
        Mistake(L("the backward function takes Z (the pre-activation of the layer), not its activation A"),
                fn=_norms_variant(derivative_at="A")),
        Mistake(L("the output layer is always a sigmoid, whatever the hidden layers use"),
                fn=_norms_variant(output="hidden")),
        Mistake(L("dZ = dA * g'(Z): pass dA through the hidden layer's backward function"),
                fn=_norms_variant(chain=False)),
        Mistake(L("these are the norms of db; the exercise asks for ||dW{l}||"), fn=_norms_variant(of="db")),
        LAYER_COUNT,
    ]))


# --- the lesson's questions ----------------------------------------------------------------------------------

register(Question(
    f"{MODULE}.q_max_sigmoid_slope", ref.q_max_sigmoid_slope, tol=0.02,
    why={"low": L("sigma'(z) = s (1 - s) with s = sigma(z), and s takes every value between 0 and 1; find the s"
                  " where the product s (1 - s) is largest, and the z where sigma(z) equals it"),
         "high": L("s = sigma(z) and 1 - s are both between 0 and 1 and add up to 1, so their product cannot be that"
                   " large (0.5 is sigma(0) itself, not its slope); find the s where s (1 - s) is largest")},
    then=L("sigma'(z) is largest at z = 0, where it is 1/2 * 1/2 = 1/4: every sigmoid layer that the gradient flows"
           " back through multiplies it by at most a quarter.")))

register(Question(
    f"{MODULE}.q_flat_curve", ref.q_flat_curve, choices="abcd",
    why={"a": L("near z = 0 tanh's derivative is close to 1, and the gradient-size plot above showed what reaches"
                " layer 1 of a tanh network; look at it again"),
         "c": L("an active ReLU unit passes the gradient back unchanged (slope 1), and the gradient-size plot above"
                " showed what reaches layer 1 of a ReLU network; look at it again"),
         "d": L("depth alone does not stop a network from learning: what matters is how much each layer's derivative"
                " shrinks the gradient on its way back, and the plot above shows that the three differ by orders of"
                " magnitude")},
    then=L("with sigmoid hidden layers the gradient shrinks by a factor of about 5 at every layer on its way back, so"
           " the first layers hardly change: the network soon answers about 1/2 for every example, and its cost stays"
           " at log 2 = 0.693.")))

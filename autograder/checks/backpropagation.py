"""Checks for module 03, backpropagation: deep networks from blocks, softmax, and gradient checking.

Numerical gradient checks here always use inputs whose ReLU pre-activations are far from 0 (a
central difference across the kink measures neither slope); the derivative at exactly 0 is checked
on its own, as a case with exact zeros in Z.
"""
from solutions import backpropagation as ref
from solutions.activations import relu, relu_backward, sigmoid, sigmoid_backward

from .. import _np as np
from ..compare import Tolerance
from ..exercise import Case, Exercise, Extra, Mistake, register
from ..gradient import numerical_gradient
from ..i18n import L, _
from .common import (LAYER_COUNT, SHAPE_ERROR, SHAPE_IN_ONE_TUPLE, frozen, grads_close, layer_backward_problem,
                     leaky_relu, parameter_gradients, unpack)
from .common import sigmoid as grader_sigmoid

MODULE = "backpropagation"

# The worked examples, written once: the lesson holds each block verbatim (a test checks this), so
# the arrays a failure message names are the ones the student has in the notebook.
EXAMPLES = frozen({
    "layer": (
        "A_ex = np.array([[1.0, -2.0], [0.5, 3.0], [-1.0, 0.0]])\n"
        "W_ex = np.array([[0.2, -0.4, 0.3], [1.0, 0.5, -0.3]])\n"
        "b_ex = np.array([[0.5], [-0.2]])\n"),
    "net": (
        "X_ex = np.array([[1.0, -0.5, 2.0, 0.3], [0.2, 1.5, -1.0, -0.7], [-1.2, 0.4, 0.6, 1.1]])\n"
        "Y_ex = np.array([[1.0, 0.0, 1.0, 0.0]])\n"
        "parameters_ex = {\"W1\": np.array([[0.5, -0.3, 0.8], [-0.6, 0.9, 0.2]]), \"b1\": np.array([[0.1], [-0.2]]),\n"
        "                 \"W2\": np.array([[1.2, -0.7]]), \"b2\": np.array([[0.05]])}\n"),
    "backward": (
        "dZ_ex = np.array([[0.3, -0.6], [1.0, 0.4]])\n"
        "Z_ex = W_ex @ A_ex + b_ex\n"
        "dA_ex = np.array([[0.5, -1.0], [0.2, 0.8]])\n"),
})
# The arrays are read-only and the dicts read-only views: a case hands the student fresh dict(...) and list(...)
# of them (the runner copies every argument again).
_examples = {}
for _block in ("layer", "net", "backward"):
    exec(EXAMPLES[_block], {"np": np}, _examples)  # noqa: S102  (our own constant text)
_examples["AL_ex"], _examples["caches_ex"] = ref.L_model_forward(_examples["X_ex"], _examples["parameters_ex"])
_examples["grads_ex"] = ref.L_model_backward(_examples["AL_ex"], _examples["Y_ex"], _examples["caches_ex"])
EX = frozen(_examples)
del _examples

SHAPES = Mistake(L("check the shapes: W is (n[l], n[l-1]), A_prev is (n[l-1], m), Z and dZ are (n[l], m);"
                   " the products are W @ A_prev, dZ @ A_prev.T and W.T @ dZ"), error=SHAPE_ERROR)
# an activation neither branch of an if / elif handled
UNASSIGNED_ERROR = r"(UnboundLocalError|referenced before assignment|not associated with a value)"


# --- data --------------------------------------------------------------------------------------------

def layer_data(seed, n_prev, n, m):
    """(A_prev, W, b) for one layer with n_prev inputs, n units and m examples."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n_prev, m)), rng.standard_normal((n, n_prev)), rng.standard_normal((n, 1))


def net_data(seed, dims, m, margin=0.05):
    """(parameters, X, Y) of an L-layer net whose hidden pre-activations all have |Z| >= margin.

    The margin keeps every ReLU far from its kink, so numerical gradients there are trustworthy.
    """
    rng = np.random.default_rng(seed)
    while True:
        parameters = {}
        for l in range(1, len(dims)):
            parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) / np.sqrt(dims[l - 1])
            parameters[f"b{l}"] = 0.3 * rng.standard_normal((dims[l], 1))
        X = rng.standard_normal((dims[0], m))
        Y = (rng.random((1, m)) > 0.5).astype(float)
        AL, caches = ref.L_model_forward(X, parameters)
        if all(np.abs(Z).min() >= margin for linear_cache, Z in caches[:-1]):
            return parameters, X, Y


def backward_data(seed, dims, m):
    """(AL, Y, caches) from a forward pass of net_data."""
    parameters, X, Y = net_data(seed, dims, m)
    AL, caches = ref.L_model_forward(X, parameters)
    return AL, Y, caches


def layer_data_far_from_kinks(seed, n_prev, n, m, margin=0.05):
    """(A_prev, W, b) as layer_data, redrawn until every entry of Z = W A_prev + b has |Z| >= margin."""
    rng = np.random.default_rng(seed)
    while True:
        A, W, b = rng.standard_normal((n_prev, m)), rng.standard_normal((n, n_prev)), rng.standard_normal((n, 1))
        if np.abs(W @ A + b).min() >= margin:
            return A, W, b


def one_hot(seed, C, m):
    labels = np.random.default_rng(seed).integers(0, C, m)
    Y = np.zeros((C, m))
    Y[labels, np.arange(m)] = 1.0
    return Y


# --- initialize_parameters_deep ----------------------------------------------------------------------

def _init_variant(kind):
    def wrong(layer_dims, rng):
        parameters = {}
        for l in range(1, len(layer_dims)):
            n, n_prev = layer_dims[l], layer_dims[l - 1]
            shape = (n_prev, n) if kind == "transposed" else (n, n_prev)
            parameters[f"W{l}"] = (1.0 if kind == "unscaled" else 0.01) * rng.standard_normal(shape)
            if kind == "random b":
                parameters[f"b{l}"] = 0.01 * rng.standard_normal((n, 1))
            else:
                parameters[f"b{l}"] = np.zeros(n if kind == "flat b" else (n, 1))
        return parameters
    return wrong


def _uses_rng(run):
    """The parameters must come from rng alone: the same generator state gives the same parameters."""
    first, second = run([4, 3, 2], np.random.default_rng(5)), run([4, 3, 2], np.random.default_rng(5))
    if not (first.ok and second.ok):
        return first.error or second.error
    try:
        same = all(np.array_equal(first.value[k], second.value[k]) for k in first.value)
    except Exception:
        return _("could not read the returned parameters")
    if not same:
        return _("two generators in the same state gave different parameters: draw with rng.standard_normal(...),"
                 " never np.random.randn or np.random.seed")
    return None


register(Exercise(
    f"{MODULE}.initialize_parameters_deep", ref.initialize_parameters_deep, ["parameters"],
    lambda: [
        Case(([3, 2, 1], np.random.default_rng(0)),
             shown="initialize_parameters_deep([3, 2, 1], np.random.default_rng(0))"),
        Case(([5, 4, 3, 1], np.random.default_rng(1)), name=L("layer_dims [5, 4, 3, 1]")),
        Case(([2, 6], np.random.default_rng(2)), name=L("a single layer, layer_dims [2, 6]")),
        Case(([4, 7, 7, 3, 1], np.random.default_rng(3)), name=L("a hidden case"), hidden=True),
        Case(([1, 1], np.random.default_rng(4)), name=L("a hidden case"), hidden=True),
    ],
    points=1,
    extras=[Extra(L("draws from rng (layer_dims [4, 3, 2], two generators seeded 5)"), _uses_rng)],
    mistakes=[
        Mistake(L("the weights must be small: multiply rng.standard_normal(...) by 0.01"), fn=_init_variant("unscaled")),
        Mistake(L("W{l} has shape (n[l], n[l-1]): one row per unit of layer l, one column per input"),
                fn=_init_variant("transposed")),
        Mistake(L("b{l} must be a column: np.zeros((n[l], 1)), not np.zeros(n[l])"), fn=_init_variant("flat b")),
        Mistake(L("the biases start at zero (np.zeros); drawing them from rng also shifts every later weight"),
                fn=_init_variant("random b")),
        SHAPE_IN_ONE_TUPLE,
    ]))


# --- linear_forward ----------------------------------------------------------------------------------

def _linear_forward_variant(kind):
    def wrong(A, W, b):
        Z = {"transposed": W.T @ A + b if W.shape[0] == W.shape[1] else None, "no b": W @ A}.get(kind, W @ A + b)
        cache = (W, A, b) if kind == "cache order" else (A, W, b)
        return Z, cache
    return wrong


register(Exercise(
    f"{MODULE}.linear_forward", ref.linear_forward, ["Z", "cache"],
    lambda: [
        Case((EX["A_ex"], EX["W_ex"], EX["b_ex"]), shown="linear_forward(A_ex, W_ex, b_ex)"),
        Case(layer_data(10, 5, 3, 4), name=L("a random layer with A of shape (5, 4), W of shape (3, 5) and b of shape (3, 1)")),
        Case(layer_data(11, 4, 4, 6),
             name=L("a random layer with A of shape (4, 6), a square W of shape (4, 4) and b of shape (4, 1)")),
        Case(layer_data(12, 2, 6, 1), name=L("a hidden case"), hidden=True),
        Case(layer_data(13, 7, 3, 9), name=L("a hidden case"), hidden=True),
    ],
    points=1,
    mistakes=[
        Mistake(L("Z = W @ A + b; W.T @ A uses the transpose of W"), fn=_linear_forward_variant("transposed")),
        Mistake(L("the bias is missing: Z = W @ A + b"), fn=_linear_forward_variant("no b")),
        Mistake(L("the cache is the tuple (A, W, b), in that order"), fn=_linear_forward_variant("cache order")),
        SHAPES,
    ]))


# --- linear_activation_forward -----------------------------------------------------------------------

def _activation_forward_variant(kind):
    def wrong(A_prev, W, b, activation):
        Z = W @ A_prev + b
        g = {"sigmoid": sigmoid, "relu": relu}
        if kind == "swapped":
            g = {"sigmoid": relu, "relu": sigmoid}
        A = Z if kind == "identity" else g[activation](Z)
        linear_cache = (A_prev, W, b)
        cache = {"keeps A": (linear_cache, A), "order": (Z, linear_cache)}.get(kind, (linear_cache, Z))
        return A, cache
    return wrong


def _layer_case(seed, n_prev, n, m, activation, **kwargs):
    return Case(layer_data(seed, n_prev, n, m) + (activation,), **kwargs)


register(Exercise(
    f"{MODULE}.linear_activation_forward", ref.linear_activation_forward, ["A", "cache"],
    lambda: [
        Case((EX["A_ex"], EX["W_ex"], EX["b_ex"], "relu"), shown="linear_activation_forward(A_ex, W_ex, b_ex, 'relu')"),
        Case((EX["A_ex"], EX["W_ex"], EX["b_ex"], "sigmoid"),
             name=L("the worked example (A_ex (3, 2), W_ex (2, 3), b_ex (2, 1)) with activation 'sigmoid'")),
        _layer_case(20, 5, 3, 4, "relu",
                    name=L("a random ReLU layer with A_prev of shape (5, 4), W of shape (3, 5) and b of shape (3, 1)")),
        _layer_case(21, 3, 2, 6, "sigmoid",
                    name=L("a random sigmoid layer with A_prev of shape (3, 6), W of shape (2, 3) and b of shape (2, 1)")),
        _layer_case(22, 6, 4, 2, "relu", name=L("a hidden case"), hidden=True),
        _layer_case(23, 2, 1, 7, "sigmoid", name=L("a hidden case"), hidden=True),
    ],
    points=1,
    mistakes=[
        Mistake(L("the activations are swapped: 'sigmoid' means sigmoid(Z), 'relu' means relu(Z)"),
                fn=_activation_forward_variant("swapped")),
        Mistake(L("the cache keeps Z, the input of the activation, not A: the backward pass needs g'(Z)"),
                fn=_activation_forward_variant("keeps A")),
        Mistake(L("the cache is the tuple (linear_cache, Z), in that order"), fn=_activation_forward_variant("order")),
        Mistake(L("A is the activation applied to Z: A = sigmoid(Z) or A = relu(Z)"),
                fn=_activation_forward_variant("identity")),
        Mistake(L("compute A for both activations: if activation == 'sigmoid': ... elif activation == 'relu': ..."),
                error=UNASSIGNED_ERROR),
        SHAPES,
    ]))


# --- L_model_forward ---------------------------------------------------------------------------------

def _L_forward_variant(kind):
    def wrong(X, parameters):
        L = len(parameters) // 2
        caches, A = [], X
        for l in range(1, L + 1):
            if l < L:
                activation = "sigmoid" if kind == "all sigmoid" else "relu"
            else:
                activation = "relu" if kind == "all relu" else "sigmoid"
            A, cache = ref.linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], activation)
            if l < L or kind != "no last cache":
                caches.append(cache)
        return A, caches
    return wrong


def _net_case(seed, dims, m, **kwargs):
    parameters, X, Y = net_data(seed, dims, m)
    return Case((X, parameters), **kwargs)


register(Exercise(
    f"{MODULE}.L_model_forward", ref.L_model_forward, ["AL", "caches"],
    lambda: [
        Case((EX["X_ex"], dict(EX["parameters_ex"])), shown="L_model_forward(X_ex, parameters_ex)"),
        _net_case(30, [5, 4, 3, 1], 6, name=L("a random 3-layer net: X of shape (5, 6), parameters for layer_dims [5, 4, 3, 1]")),
        _net_case(31, [4, 6, 1], 3, name=L("a random 2-layer net: X of shape (4, 3), parameters for layer_dims [4, 6, 1]")),
        _net_case(32, [3, 1], 5, name=L("a 1-layer net (the sigmoid output layer alone): X of shape (3, 5),"
                                        " parameters for layer_dims [3, 1]")),
        _net_case(33, [6, 5, 4, 3, 1], 4, name=L("a hidden case"), hidden=True),
        _net_case(34, [2, 3, 3, 1], 1, name=L("a hidden case"), hidden=True),
    ],
    points=2,
    mistakes=[
        Mistake(L("the hidden layers use ReLU; only the output layer uses the sigmoid"), fn=_L_forward_variant("all sigmoid")),
        Mistake(L("the output layer uses the sigmoid, so that AL holds probabilities"), fn=_L_forward_variant("all relu")),
        Mistake(L("caches needs one cache per layer, the output layer's included"), fn=_L_forward_variant("no last cache")),
        LAYER_COUNT,
        SHAPES,
    ]))


# --- compute_cost ------------------------------------------------------------------------------------

def _cost_case(seed, m, **kwargs):
    rng = np.random.default_rng(seed)
    AL = rng.uniform(0.05, 0.95, (1, m))
    return Case((AL, (rng.random((1, m)) > 0.5).astype(float)), **kwargs)


def _cost_variant(kind):
    def wrong(AL, Y):
        m = Y.shape[1]
        logs = Y * np.log(AL) + (0 if kind == "one term" else (1 - Y) * np.log(1 - AL))
        cost = -float(np.sum(logs)) / (1 if kind == "sum" else m)
        if kind == "sign":
            return -cost
        if kind == "array":
            return np.array([[cost]])
        return cost
    return wrong


register(Exercise(
    f"{MODULE}.compute_cost", ref.compute_cost, ["cost"],
    lambda: [
        Case((np.array([[0.8, 0.9, 0.4]]), np.array([[1.0, 1.0, 0.0]])),
             shown="compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1.0, 1.0, 0.0]]))"),
        _cost_case(40, 7, name=L("a random case with AL of shape (1, 7) and Y of shape (1, 7)")),
        _cost_case(41, 1, name=L("a single example: AL of shape (1, 1) and Y of shape (1, 1)")),
        _cost_case(42, 12, name=L("a hidden case"), hidden=True),
    ],
    points=1,
    mistakes=[
        Mistake(L("the cost is the mean over the m examples: divide the sum by m"), fn=_cost_variant("sum")),
        Mistake(L("the minus sign is missing: J = -(1/m) sum(Y log AL + (1 - Y) log(1 - AL))"), fn=_cost_variant("sign")),
        Mistake(L("the (1 - Y) log(1 - AL) term is missing: the examples with label 0 count too"),
                fn=_cost_variant("one term")),
        Mistake(L("the cost must be a Python float: np.dot gives a (1, 1) array, so finish with float(...)"),
                fn=_cost_variant("array")),
    ]))


# --- linear_backward ---------------------------------------------------------------------------------

def _linear_backward_variant(kind):
    def wrong(dZ, cache):
        A_prev, W, b = cache
        m = A_prev.shape[1]
        dA_prev = (W @ dZ if kind == "W not transposed" and W.shape[0] == W.shape[1] else W.T @ dZ) / (
            m if kind == "dA with 1/m" else 1)
        dW = dZ @ A_prev.T / (1 if kind == "dW without 1/m" else m)
        db = np.sum(dZ, axis=0 if kind == "db axis 0" else 1, keepdims=True) / (1 if kind == "db without 1/m" else m)
        return dA_prev, dW, db
    return wrong


def _linear_backward_case(seed, n_prev, n, m, **kwargs):
    A, W, b = layer_data(seed, n_prev, n, m)
    dZ = np.random.default_rng(seed + 100).standard_normal((n, m))
    return Case((dZ, (A, W, b)), **kwargs)


def _linear_backward_gradients(run):
    """Against numerical derivatives of J = sum(G * Z) with Z = W A + b: dA_prev = dJ/dA, dW = dJ/dW / m, db = dJ/db / m."""
    A, W, b = layer_data(50, 4, 3, 5)
    G = np.random.default_rng(51).standard_normal((3, 5))
    value, error = unpack(run(G, (A, W, b)), 3)
    if error:
        return error
    problem = layer_backward_problem(value, A, W, b, G)
    if problem:
        return _("{problem} (dW and db carry the 1/m of the mean cost, dA_prev does not)").format(problem=problem)
    return None


register(Exercise(
    f"{MODULE}.linear_backward", ref.linear_backward, ["dA_prev", "dW", "db"],
    lambda: [
        Case((EX["dZ_ex"], (EX["A_ex"], EX["W_ex"], EX["b_ex"])), shown="linear_backward(dZ_ex, (A_ex, W_ex, b_ex))"),
        _linear_backward_case(52, 5, 3, 4, name=L("a random layer with dZ of shape (3, 4) and a cache of A_prev (5, 4),"
                                                  " W (3, 5), b (3, 1)")),
        _linear_backward_case(53, 4, 4, 6, name=L("a random layer with dZ of shape (4, 6) and a cache of A_prev (4, 6),"
                                                  " a square W (4, 4), b (4, 1)")),
        _linear_backward_case(54, 2, 6, 1, name=L("a hidden case"), hidden=True),
        _linear_backward_case(55, 7, 3, 9, name=L("a hidden case"), hidden=True),
    ],
    points=2,
    extras=[Extra(L("gradient check of dA_prev, dW and db on a random layer with dZ (3, 5), A_prev (4, 5), W (3, 4),"
                    " b (3, 1)"), _linear_backward_gradients)],
    mistakes=[
        Mistake(L("dW without the 1/m factor: dW = (dZ @ A_prev.T) / m"), fn=_linear_backward_variant("dW without 1/m")),
        Mistake(L("db without the 1/m factor: db = np.sum(dZ, axis=1, keepdims=True) / m"),
                fn=_linear_backward_variant("db without 1/m")),
        Mistake(L("dA_prev = W.T @ dZ has no 1/m: each example's column of A_prev affects only its own column of Z"),
                fn=_linear_backward_variant("dA with 1/m")),
        Mistake(L("dA_prev = W.T @ dZ: the gradient flows back through the transpose of W"),
                fn=_linear_backward_variant("W not transposed")),
        Mistake(L("db sums over the examples, which are the columns: axis=1, keepdims=True"),
                fn=_linear_backward_variant("db axis 0")),
        SHAPES,
    ]))


# --- linear_activation_backward ----------------------------------------------------------------------

def _activation_backward_variant(kind):
    def wrong(dA, cache, activation):
        linear_cache, Z = cache
        if kind == "skipped":
            dZ = dA
        elif kind == "relu at 0" and activation == "relu":
            dZ = np.where(Z >= 0, dA, 0.0)
        elif kind == "times g":
            dZ = dA * {"sigmoid": sigmoid, "relu": relu}[activation](Z)
        else:
            swapped = {"sigmoid": "relu", "relu": "sigmoid"}[activation] if kind == "swapped" else activation
            dZ = {"sigmoid": sigmoid_backward, "relu": relu_backward}[swapped](dA, Z)
        return ref.linear_backward(dZ, linear_cache)
    return wrong


def _activation_backward_case(seed, n_prev, n, m, activation, **kwargs):
    A, W, b = layer_data(seed, n_prev, n, m)
    dA = np.random.default_rng(seed + 100).standard_normal((n, m))
    return Case((dA, ((A, W, b), W @ A + b), activation), **kwargs)


def _relu_zero_case():
    """A layer whose Z has exact zeros, built from whole numbers so that W A + b is exact."""
    A = np.array([[1.0, 2.0, -1.0], [1.0, 3.0, 0.0]])
    W = np.array([[1.0, -1.0], [2.0, 0.0], [0.0, 1.0]])
    b = np.array([[0.0], [-2.0], [-3.0]])
    Z = W @ A + b  # [[0, -1, -1], [0, 2, -2], [-2, 0, -3]]
    dA = np.array([[1.0, -2.0, 0.5], [3.0, 1.0, -1.0], [0.5, 2.0, 1.5]])
    return Case((dA, ((A, W, b), Z), "relu"),
                name=L("a ReLU layer whose Z has exact zeros (the derivative of ReLU at 0 is taken as 0): dA of shape"
                       " (3, 3), a cache of A_prev (2, 3), W (3, 2), b (3, 1) and Z (3, 3)"))


def _activation_backward_gradients(run):
    """For each activation, against numerical derivatives of J = sum(G * g(W A + b)), away from ReLU's kink."""
    for activation, g in (("relu", leaky_relu(0.0)), ("sigmoid", grader_sigmoid)):
        A, W, b = layer_data_far_from_kinks(60, 4, 3, 5)
        G = np.random.default_rng(61).standard_normal((3, 5))
        value, error = unpack(run(G, ((A, W, b), W @ A + b), activation), 3)
        if error:
            return error
        problem = layer_backward_problem(value, A, W, b, G, g)
        if problem:
            return _("with activation '{activation}', {problem}").format(activation=activation, problem=problem)
    return None


register(Exercise(
    f"{MODULE}.linear_activation_backward", ref.linear_activation_backward, ["dA_prev", "dW", "db"],
    lambda: [
        Case((EX["dA_ex"], ((EX["A_ex"], EX["W_ex"], EX["b_ex"]), EX["Z_ex"]), "relu"),
             shown="linear_activation_backward(dA_ex, ((A_ex, W_ex, b_ex), Z_ex), 'relu')"),
        Case((EX["dA_ex"], ((EX["A_ex"], EX["W_ex"], EX["b_ex"]), EX["Z_ex"]), "sigmoid"),
             name=L("the worked example (dA_ex (2, 2), A_ex (3, 2), W_ex (2, 3), b_ex (2, 1), Z_ex (2, 2)) with"
                    " activation 'sigmoid'")),
        _relu_zero_case(),
        _activation_backward_case(70, 5, 3, 4, "relu", name=L("a random ReLU layer with dA of shape (3, 4) and a cache"
                                    " of A_prev (5, 4), W (3, 5), b (3, 1), Z (3, 4)")),
        _activation_backward_case(71, 3, 2, 6, "sigmoid", name=L("a random sigmoid layer with dA of shape (2, 6) and a"
                                    " cache of A_prev (3, 6), W (2, 3), b (2, 1), Z (2, 6)")),
        _activation_backward_case(72, 6, 4, 2, "relu", name=L("a hidden case"), hidden=True),
        _activation_backward_case(73, 2, 1, 7, "sigmoid", name=L("a hidden case"), hidden=True),
    ],
    points=2,
    extras=[Extra(L("gradient check for 'relu' and 'sigmoid' on a random layer with dA (3, 5), A_prev (4, 5),"
                    " W (3, 4), b (3, 1), Z (3, 5)"), _activation_backward_gradients)],
    mistakes=[
        Mistake(L("the derivatives are swapped: 'relu' needs relu_backward(dA, Z), 'sigmoid' needs sigmoid_backward(dA, Z)"),
                fn=_activation_backward_variant("swapped")),
        Mistake(L("the derivative of ReLU at Z = 0 is taken as 0: dZ is dA where Z > 0 (strictly), else 0"),
                fn=_activation_backward_variant("relu at 0")),
        Mistake(L("dA must go through the activation first: dZ = relu_backward(dA, Z) (or sigmoid_backward),"
                  " then linear_backward(dZ, linear_cache)"), fn=_activation_backward_variant("skipped")),
        Mistake(L("dZ = dA * g'(Z) uses the derivative of the activation, not the activation g(Z) itself"),
                fn=_activation_backward_variant("times g")),
        Mistake(L("handle both activations: if activation == 'relu': ... elif activation == 'sigmoid': ..."),
                error=UNASSIGNED_ERROR),
        SHAPES,
    ]))


# --- L_model_backward --------------------------------------------------------------------------------

def _L_backward_variant(kind):
    def wrong(AL, Y, caches):
        L = len(caches)
        grads = {}
        dAL = -(Y / AL - (1 - Y) / (1 - AL))
        if kind == "sign":
            dAL = -dAL
        if kind == "dZ as dA":
            dAL = AL - Y
        last = "relu" if kind == "all relu" else "sigmoid"
        hidden = "sigmoid" if kind == "all sigmoid" else "relu"
        shift = 1 if kind == "keys" else 0
        dA = dAL
        for l in range(L, 0, -1):
            dA, dW, db = ref.linear_activation_backward(dA, caches[l - 1], last if l == L else hidden)
            grads[f"dA{l - 1 + shift}"], grads[f"dW{l}"], grads[f"db{l}"] = dA, dW, db
        return grads
    return wrong


def _L_backward_gradients(run):
    """dW{l}, db{l} against numerical derivatives of compute_cost(L_model_forward(X, parameters)).

    dA0 is checked against m times the derivative with respect to X (dA carries no 1/m).
    """
    parameters, X, Y = net_data(80, [3, 4, 3, 1], 5)
    AL, caches = ref.L_model_forward(X, parameters)
    outcome = run(AL, Y, caches)
    if not outcome.ok:
        return outcome.error
    grads = outcome.value
    if not isinstance(grads, dict):
        return _("could not read the returned grads")
    numeric = parameter_gradients(lambda trial: ref.compute_cost(ref.L_model_forward(X, trial)[0], Y), parameters)
    for key in parameters:
        if "d" + key not in grads:
            return _("grads has no key '{key}'").format(key="d" + key)
        problem = grads_close(grads["d" + key], numeric[key], f"grads['d{key}']")
        if problem:
            return problem
    if "dA0" in grads:
        numeric = numerical_gradient(lambda x: ref.compute_cost(ref.L_model_forward(x, parameters)[0], Y), X)
        problem = grads_close(grads["dA0"], numeric * X.shape[1], "grads['dA0']")
        if problem:
            return _("{problem} (dA0 has no 1/m: it is m times the derivative of the mean cost with respect to X)").format(
                problem=problem)
    return None


register(Exercise(
    f"{MODULE}.L_model_backward", ref.L_model_backward, ["grads"],
    lambda: [
        Case((EX["AL_ex"], EX["Y_ex"], list(EX["caches_ex"])),
             shown="L_model_backward(AL, Y_ex, caches) with AL, caches = L_model_forward(X_ex, parameters_ex)"),
        Case(backward_data(81, [5, 4, 3, 1], 6), name=L("a random 3-layer net: AL of shape (1, 6), Y of shape (1, 6),"
                                                  " caches for layer_dims [5, 4, 3, 1] with X of shape (5, 6)")),
        Case(backward_data(82, [4, 6, 1], 3), name=L("a random 2-layer net: AL of shape (1, 3), Y of shape (1, 3),"
                                               " caches for layer_dims [4, 6, 1] with X of shape (4, 3)")),
        Case(backward_data(83, [3, 1], 4), name=L("a 1-layer net (the sigmoid output layer alone): AL of shape (1, 4),"
                                            " Y of shape (1, 4), caches for layer_dims [3, 1] with X of shape (3, 4)")),
        Case(backward_data(84, [6, 5, 4, 3, 1], 4), name=L("a hidden case"), hidden=True),
        Case(backward_data(85, [2, 3, 3, 1], 1), name=L("a hidden case"), hidden=True),
    ],
    points=3,
    extras=[Extra(L("gradient check of every dW, db and dA0 on a random net with layer_dims [3, 4, 3, 1],"
                    " X (3, 5), Y (1, 5)"), _L_backward_gradients)],
    mistakes=[
        Mistake(L("dAL has the wrong sign: dAL = -(Y / AL - (1 - Y) / (1 - AL))"), fn=_L_backward_variant("sign")),
        Mistake(L("AL - Y is already dZ[L], the gradient after the sigmoid; the sigmoid step needs"
                  " dAL = -(Y / AL - (1 - Y) / (1 - AL))"), fn=_L_backward_variant("dZ as dA")),
        Mistake(L("the hidden layers are ReLU layers: go back through them with activation 'relu'"),
                fn=_L_backward_variant("all sigmoid")),
        Mistake(L("the output layer is a sigmoid layer: go back through it with activation 'sigmoid'"),
                fn=_L_backward_variant("all relu")),
        Mistake(L("the keys are off by one: layer l returns the gradient of its input A[l-1], stored as"
                  " grads['dA' + str(l - 1)], so they run from dA0 to dA{L-1}"), fn=_L_backward_variant("keys")),
        Mistake(L("the loop reads a gradient before it is stored: layer l (from L down to 1) gets grads['dA' + str(l)]"
                  " and stores grads['dA' + str(l - 1)]"), error=r"KeyError: 'dA\d+'"),
        SHAPES,
    ]))


# --- update_parameters -------------------------------------------------------------------------------

def _update_variant(kind):
    def wrong(parameters, grads, learning_rate):
        L = len(parameters) // 2
        sign = 1.0 if kind == "plus" else -1.0
        new = {}
        for l in range(1, L + 1):
            new[f"W{l}"] = parameters[f"W{l}"] + sign * learning_rate * grads[f"dW{l}"]
            new[f"b{l}"] = parameters[f"b{l}"] + (0.0 if kind == "no b" else sign * learning_rate * grads[f"db{l}"])
        if kind == "last only":
            new = {k: (v if k[1:] == str(L) else parameters[k]) for k, v in new.items()}
        return new
    return wrong


def _update_case(seed, dims, m, learning_rate, **kwargs):
    parameters, X, Y = net_data(seed, dims, m)
    AL, caches = ref.L_model_forward(X, parameters)
    return Case((parameters, ref.L_model_backward(AL, Y, caches), learning_rate), **kwargs)


register(Exercise(
    f"{MODULE}.update_parameters", ref.update_parameters, ["parameters"],
    lambda: [
        Case((dict(EX["parameters_ex"]), dict(EX["grads_ex"]), 0.1),
             shown="update_parameters(parameters_ex, grads, 0.1) with grads = L_model_backward(AL, Y_ex, caches)"),
        _update_case(90, [5, 4, 3, 1], 6, 0.5, name=L("parameters and grads of a random net with layer_dims [5, 4, 3, 1]"
                       " (W{l} (n[l], n[l-1]), b{l} (n[l], 1); grads also holds dA0 to dA2, 6 examples), learning_rate 0.5")),
        _update_case(91, [2, 1], 3, 1.2, name=L("parameters and grads of a 1-layer net: W1 (1, 2), b1 (1, 1),"
                       " dW1 (1, 2), db1 (1, 1), dA0 (2, 3); learning_rate 1.2")),
        _update_case(92, [6, 5, 4, 3, 1], 4, 0.01, name=L("a hidden case"), hidden=True),
    ],
    points=1,
    mistakes=[
        Mistake(L("gradient descent subtracts: W = W - learning_rate * dW (adding climbs the cost)"),
                fn=_update_variant("plus")),
        Mistake(L("the biases must move too: b = b - learning_rate * db"), fn=_update_variant("no b")),
        Mistake(L("only the last layer moved: loop over every layer, l = 1..L"), fn=_update_variant("last only")),
        Mistake(L("parameters holds two arrays per layer, so L = len(parameters) // 2"), error=r"KeyError: 'd?[Wb]\d+'"),
    ]))


# --- softmax -----------------------------------------------------------------------------------------

def _softmax_variant(kind):
    def wrong(Z):
        if kind == "sigmoid":
            return sigmoid(Z)
        shift = {"no shift": 0.0, "global max": np.max(Z)}.get(kind, np.max(Z, axis=0, keepdims=True))
        E = np.exp(Z - shift)
        if kind == "rows":
            return np.exp(Z - np.max(Z, axis=1, keepdims=True)) / np.sum(
                np.exp(Z - np.max(Z, axis=1, keepdims=True)), axis=1, keepdims=True)
        if kind == "whole":
            return E / np.sum(E)
        return E / np.sum(E, axis=0, keepdims=True)
    return wrong


def _softmax_invariants(run):
    """Columns sum to 1, no nan for large scores, and adding a constant to a column changes nothing."""
    Z = np.random.default_rng(100).standard_normal((4, 5)) * 3
    shifts = np.array([[900.0, -900.0, 0.0, 500.0, -1e4]])
    first, second = run(Z), run(Z + shifts)
    if not (first.ok and second.ok):
        return first.error or second.error
    A, B = first.value, second.value
    if not (isinstance(A, np.ndarray) and isinstance(B, np.ndarray) and A.shape == B.shape == Z.shape):
        return _("expected arrays of shape {shape}").format(shape=Z.shape)
    if not np.isfinite(B).all():
        return _("softmax(Z) has nan or inf when the scores are large (up to 900): subtract each column's max"
                 " before np.exp")
    sums = np.sum(A, axis=0)
    if not np.allclose(sums, 1.0, rtol=0, atol=1e-12):
        return _("the columns of softmax(Z) should each sum to 1; they sum to {sums}").format(sums=np.round(sums, 4))
    if not np.allclose(A, B, rtol=1e-9, atol=1e-12):
        return _("adding a constant to a column of Z should not change that column's probabilities"
                 " (softmax(z + c) = softmax(z)), but yours did")
    return None


register(Exercise(
    f"{MODULE}.softmax", ref.softmax, ["A"],
    lambda: [
        Case((np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]),),
             shown="softmax(np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]))"),
        Case((np.random.default_rng(101).standard_normal((4, 6)) * 2,), name=L("random scores of shape (4, 6)")),
        Case((np.array([[1000.0, -5.0], [999.0, -3.0], [1001.0, -4.0]]),),
             name=L("scores near 1000, Z of shape (3, 2), where np.exp overflows to inf")),
        Case((np.array([[1000.0, 2.0], [998.0, 1.0], [990.0, 3.0]]),),
             name=L("Z of shape (3, 2), one column near 1000 and one near 0 (each column needs its own max)")),
        Case((np.random.default_rng(102).standard_normal((10, 1)),),
             name=L("a single example with 10 classes, Z of shape (10, 1)")),
        Case((np.random.default_rng(103).standard_normal((3, 8)) * 5,), name=L("a hidden case"), hidden=True),
        Case((np.array([[-1000.0, 0.0], [-1002.0, 1e4]]),), name=L("a hidden case with large scores"), hidden=True),
    ],
    points=1,
    extras=[Extra(L("columns sum to 1, no overflow, shift invariance (random Z of shape (4, 5), columns shifted by"
                    " up to 1e4)"), _softmax_invariants)],
    mistakes=[
        Mistake(L("each column is one example: normalise over the classes, axis=0 (np.sum(E, axis=0, keepdims=True))"),
                fn=_softmax_variant("rows")),
        Mistake(L("divide each column by its own sum (axis=0, keepdims=True), not by the sum of the whole array"),
                fn=_softmax_variant("whole")),
        Mistake(L("np.exp overflows for large scores: subtract each column's max first,"
                  " E = np.exp(Z - np.max(Z, axis=0, keepdims=True))"), fn=_softmax_variant("no shift")),
        Mistake(L("subtract each column's own max (axis=0, keepdims=True): with the max of the whole array a column"
                  " of much smaller scores underflows to 0 / 0"), fn=_softmax_variant("global max")),
        Mistake(L("that is the sigmoid of each entry; softmax is exp(Z) divided by its column sum"),
                fn=_softmax_variant("sigmoid")),
    ]))


# --- softmax_cross_entropy ---------------------------------------------------------------------------

def _sce_variant(kind):
    def wrong(Z, Y):
        m = Z.shape[1]
        A = sigmoid(Z) if kind == "sigmoid" else ref.softmax(Z)
        cost = -float(np.sum(Y * np.log(A))) / (1 if kind == "sum" else m)
        dZ = {"dZ over m": (A - Y) / m, "Y - A": Y - A}.get(kind, A - Y)
        if kind == "sign":
            cost = -cost
        return (np.array([[cost]]) if kind == "array" else cost), dZ
    return wrong


def _sce_case(seed, C, m, scale=2.0, **kwargs):
    Z = np.random.default_rng(seed).standard_normal((C, m)) * scale
    return Case((Z, one_hot(seed + 1, C, m)), **kwargs)


def _sce_gradient(run):
    """dZ / m must be the derivative of the student's own cost with respect to Z."""
    Z, Y = np.random.default_rng(110).standard_normal((4, 5)), one_hot(111, 4, 5)
    value, error = unpack(run(Z, Y), 2)
    if error:
        return error

    def cost(z):
        outcome = run(z, Y)
        try:
            return float(np.squeeze(outcome.value[0]))
        except Exception:
            return np.nan

    numeric = numerical_gradient(cost, Z)
    problem = grads_close(value[1], numeric * Z.shape[1], "dZ")
    if problem:
        return _("{problem} (dZ is m times the derivative of the mean cost: softmax(Z) - Y, with no 1/m,"
                 " since linear_backward divides by m)").format(problem=problem)
    return None


register(Exercise(
    f"{MODULE}.softmax_cross_entropy", ref.softmax_cross_entropy, ["cost", "dZ"],
    lambda: [
        Case((np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]), np.array([[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]])),
             shown="softmax_cross_entropy(np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]),"
                   " np.array([[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]))"),
        _sce_case(112, 5, 7, name=L("random scores Z of shape (5, 7) with one-hot Y of shape (5, 7)")),
        _sce_case(114, 10, 1, name=L("a single example with 10 classes: Z of shape (10, 1), Y of shape (10, 1)")),
        Case((np.array([[1000.0, -3.0], [999.0, -5.0], [1001.0, -4.0]]), np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 0.0]])),
             name=L("scores near 1000: Z of shape (3, 2) with Y of shape (3, 2) (use your stable softmax)")),
        _sce_case(116, 3, 9, scale=4.0, name=L("a hidden case"), hidden=True),
    ],
    points=2,
    extras=[Extra(L("gradient check of dZ against your cost on random Z (4, 5) with one-hot Y (4, 5)"), _sce_gradient)],
    mistakes=[
        Mistake(L("dZ is softmax(Z) - Y, without 1/m: linear_backward applies the 1/m when it forms dW and db"),
                fn=_sce_variant("dZ over m")),
        Mistake(L("the cost is the mean over the m examples: divide the sum by m"), fn=_sce_variant("sum")),
        Mistake(L("the minus sign is missing: cost = -(1/m) sum(Y log softmax(Z))"), fn=_sce_variant("sign")),
        Mistake(L("dZ = softmax(Z) - Y, not Y - softmax(Z)"), fn=_sce_variant("Y - A")),
        Mistake(L("the probabilities come from softmax(Z), not the sigmoid"), fn=_sce_variant("sigmoid")),
        Mistake(L("the cost must be a Python float: use float(...) on the sum"), fn=_sce_variant("array")),
    ]))


# --- numerical_gradient ------------------------------------------------------------------------------

def _cube(x):
    return float(np.sum(x ** 3))


def _smooth(seed, shape):
    """A smooth scalar function of an array of the given shape, with curvature everywhere."""
    C = np.random.default_rng(seed).standard_normal(shape)

    def f(x):
        return float(np.sum(np.sin(x) * C) + np.sum(x ** 3) / 3)
    return f


def _numgrad_variant(kind):
    def wrong(f, x, epsilon=1e-7):
        grad = np.zeros(x.shape)
        if kind == "all at once":
            return grad + (f(x + epsilon) - f(x - epsilon)) / (2 * epsilon)
        for i in np.ndindex(x.shape):
            plus, minus = x.copy(), x.copy()
            plus[i] += epsilon
            minus[i] -= epsilon
            if kind == "forward":
                grad[i] = (f(plus) - f(x.copy())) / epsilon
            elif kind == "backward":
                grad[i] = (f(x.copy()) - f(minus)) / epsilon
            elif kind == "one epsilon":
                grad[i] = (f(plus) - f(minus)) / epsilon
            elif kind == "precedence":
                grad[i] = (f(plus) - f(minus)) / 2 * epsilon
        return grad
    return wrong


def _numgrad_case(seed, shape, epsilon=None, **kwargs):
    x = np.random.default_rng(seed + 1).standard_normal(shape)
    return Case((_smooth(seed, shape), x), {} if epsilon is None else {"epsilon": epsilon}, **kwargs)


def _numgrad_accuracy(run):
    """With the default epsilon, close to the exact gradient of a function whose derivative is known."""
    C = np.random.default_rng(120).standard_normal((3, 4))
    x = np.random.default_rng(121).standard_normal((3, 4))
    outcome = run(lambda v: float(np.sum(np.sin(v) * C)), x)
    if not outcome.ok:
        return outcome.error
    return grads_close(outcome.value, np.cos(x) * C, _("your estimate of the gradient of sum(sin(x) * C)"),
                       against=_("the exact gradient cos(x) * C"))


def _numgrad_reads_x(run):
    """f may ignore its argument and read x itself (as gradient_check's cost reads parameters).

    In place: a copy of x, which is what ``run`` would hand over, is an array that f never reads.
    """
    x = np.random.default_rng(122).standard_normal((2, 3))
    before = x.copy()
    outcome = run.in_place(lambda ignored: float(np.sum(x ** 3)), x)
    if not outcome.ok:
        return outcome.error
    if not np.array_equal(x, before):
        return None  # reported by the check that x is left as it was
    got = outcome.value
    if isinstance(got, np.ndarray) and got.shape == x.shape and not got.any():
        return _("for an f that reads x itself (not its argument) you returned all zeros: nudge x itself, in place"
                 " (old = x[i]; x[i] = old + epsilon; plus = f(x); ...), then put old back, instead of nudging a copy")
    return grads_close(got, 3 * before ** 2, _("your estimate for an f that reads x itself"),
                       against=_("the exact gradient 3 x ** 2"))


def _numgrad_restores(run):
    """After the call, x holds exactly the numbers it held before, entry for entry."""
    x = np.random.default_rng(123).standard_normal((3, 5))
    before = x.copy()
    outcome = run.in_place(lambda v: float(np.sum(np.tanh(v))), x)  # in place: x is what the student's code left
    if not outcome.ok:
        return outcome.error
    if not np.array_equal(x, before):
        wrong = np.argwhere(x != before)
        i = tuple(int(k) for k in wrong[0])
        return _("x changed: {count} entries differ after the call, first at {index} (was {before}, now {now})."
                 " Save old = x[i] and put it back with x[i] = old; adding and subtracting epsilon rounds").format(
                     count=len(wrong), index=list(i), before=repr(float(before[i])), now=repr(float(x[i])))
    return None


register(Exercise(
    f"{MODULE}.numerical_gradient", ref.numerical_gradient, ["grad"],
    lambda: [
        Case((_cube, np.array([[1.0, -2.0, 0.5]])),
             shown="numerical_gradient(lambda x: float(np.sum(x ** 3)), np.array([[1.0, -2.0, 0.5]]))"),
        _numgrad_case(130, (3, 4), epsilon=1e-3, name=L("a smooth function of a (3, 4) array, epsilon=1e-3")),
        _numgrad_case(131, (2, 5), epsilon=1e-2, name=L("a smooth function of a (2, 5) array, epsilon=1e-2")),
        _numgrad_case(132, (4,), epsilon=1e-3, name=L("a 1-D x of shape (4,), epsilon=1e-3")),
        _numgrad_case(133, (3, 2), name=L("a smooth function of a (3, 2) array with the default epsilon")),
        _numgrad_case(134, (2, 3, 2), epsilon=1e-2, name=L("a hidden case"), hidden=True),
        _numgrad_case(135, (5, 1), epsilon=1e-4, name=L("a hidden case"), hidden=True),
    ],
    points=2,
    extras=[Extra(L("close to the exact gradient of sum(sin(x) * C), x and C of shape (3, 4)"), _numgrad_accuracy),
            Extra(L("works when f reads x itself (f = sum(x ** 3), x of shape (2, 3))"), _numgrad_reads_x),
            Extra(L("x left exactly as it was (f = sum(tanh(x)), x of shape (3, 5))"), _numgrad_restores)],
    mistakes=[
        Mistake(L("that is a one-sided difference (f(x + epsilon) - f(x)) / epsilon; use the central difference"
                  " (f(x + epsilon) - f(x - epsilon)) / (2 * epsilon), whose error shrinks like epsilon squared"),
                fn=_numgrad_variant("forward")),
        Mistake(L("that is a one-sided difference (f(x) - f(x - epsilon)) / epsilon; use the central difference"
                  " (f(x + epsilon) - f(x - epsilon)) / (2 * epsilon)"), fn=_numgrad_variant("backward")),
        Mistake(L("the two points are 2 * epsilon apart: divide by (2 * epsilon), not by epsilon"),
                fn=_numgrad_variant("one epsilon")),
        Mistake(L("operator precedence: (plus - minus) / 2 * epsilon multiplies by epsilon;"
                  " write (plus - minus) / (2 * epsilon)"), fn=_numgrad_variant("precedence")),
        Mistake(L("x + epsilon nudges every entry at once; nudge one entry at a time, so that each entry gets"
                  " its own slope"), fn=_numgrad_variant("all at once")),
        Mistake(L("x can have any shape: loop with for i in np.ndindex(x.shape) and use x[i]"),
                error=r"(too many indices|tuple index out of range)"),
    ]))


# --- relative_error ----------------------------------------------------------------------------------

def _relerr_variant(kind):
    def wrong(grad, grad_approx):
        diff = np.linalg.norm(grad - grad_approx)
        if kind == "absolute":
            return float(diff)
        if kind == "squared":
            return float(np.sum((grad - grad_approx) ** 2) / (np.sum(grad ** 2) + np.sum(grad_approx ** 2)))
        denominator = {"grad only": np.linalg.norm(grad),
                       "norm of sum": np.linalg.norm(grad + grad_approx)}[kind]
        return float(diff / denominator)
    return wrong


def _relerr_case(seed, shape, noise, **kwargs):
    rng = np.random.default_rng(seed)
    grad = rng.standard_normal(shape)
    return Case((grad, grad + noise * rng.standard_normal(shape)), **kwargs)


register(Exercise(
    f"{MODULE}.relative_error", ref.relative_error, ["error"],
    lambda: [
        Case((np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.3])),
             shown="relative_error(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.3]))"),
        _relerr_case(140, (3, 4), 0.5, name=L("random grad and grad_approx of shape (3, 4)")),
        _relerr_case(141, (5, 1), 1e-4, name=L("close grad and grad_approx of shape (5, 1)")),
        Case((np.zeros((2, 3)), np.zeros((2, 3))),
             name=L("all-zero grad and grad_approx of shape (2, 3) (the error is 0.0 by definition)")),
        # nearly, not exactly, opposite: a denominator of exactly 0 would make some wrong answers inf
        Case((np.array([[0.5, -1.0]]), np.array([[-0.5, 1.001]])),
             name=L("nearly opposite grad and grad_approx of shape (1, 2) (the error is close to 1)")),
        _relerr_case(142, (2, 2, 3), 2.0, name=L("a hidden case"), hidden=True),
        Case((np.array([0.0, 1e-3, 0.0, 0.0]), np.zeros(4)), name=L("a hidden case"), hidden=True),
    ],
    points=1,
    mistakes=[
        Mistake(L("divide by the sum of both norms, ||grad|| + ||grad_approx||, not by ||grad|| alone"),
                fn=_relerr_variant("grad only")),
        Mistake(L("the denominator is ||grad|| + ||grad_approx|| (two norms added), not ||grad + grad_approx||"),
                fn=_relerr_variant("norm of sum")),
        Mistake(L("that is the absolute difference ||grad - grad_approx||; divide it by ||grad|| + ||grad_approx||"),
                fn=_relerr_variant("absolute")),
        Mistake(L("use norms (np.linalg.norm, the square root of the sum of squares), not sums of squares"),
                fn=_relerr_variant("squared")),
        Mistake(L("when both gradients are zero the denominator is 0: return 0.0 in that case"),
                error=r"ZeroDivisionError"),
    ]))


# --- gradient_check ----------------------------------------------------------------------------------

def _check_case(seed, dims, m, wrong=None, **kwargs):
    """(parameters, grads, X, Y) with correct back-propagated grads, or grads with one entry spoiled."""
    parameters, X, Y = net_data(seed, dims, m)
    AL, caches = ref.L_model_forward(X, parameters)
    grads = ref.L_model_backward(AL, Y, caches)
    if wrong:
        grads[wrong] = grads[wrong] + 0.5
    return Case((parameters, grads, X, Y), **kwargs)


def _gradient_check_variant(kind):
    def wrong(parameters, grads, X, Y, epsilon=1e-7):
        params = {k: v.copy() for k, v in parameters.items()}

        def cost(ignored):
            return ref.compute_cost(ref.L_model_forward(X, params)[0], Y)

        keys = [k for k in params if k.startswith("W")] if kind == "W only" else list(params)
        analytic, numeric = [], []
        for key in keys:
            numeric.append(ref.numerical_gradient(cost, params[key], epsilon).reshape(-1))
            analytic.append(grads["d" + key].reshape(-1))
        if kind == "zeros":
            return ref.relative_error(np.concatenate(analytic), 0 * np.concatenate(numeric))
        if kind == "per key":
            return float(np.mean([ref.relative_error(a, n) for a, n in zip(analytic, numeric)]))
        if kind == "absolute":
            return float(np.linalg.norm(np.concatenate(analytic) - np.concatenate(numeric)))
        return ref.relative_error(np.concatenate(analytic), np.concatenate(numeric))
    return wrong


def _catches_wrong_db(run):
    """A bias gradient off by 0.5 must give a large difference, and correct gradients a tiny one."""
    found = []
    for wrong in (None, "db1"):
        parameters, grads, X, Y = _check_case(150, [3, 4, 2, 1], 5, wrong=wrong).args
        outcome = run(parameters, grads, X, Y)
        if not outcome.ok:
            return outcome.error
        try:
            found.append(float(outcome.value))
        except Exception:
            return _("gradient_check returned {type}; expected a float").format(type=type(outcome.value).__name__)
    if not found[0] < 1e-6:
        return _("for correct gradients your check gave {value}; it should be tiny (below 1e-6)").format(
            value=f"{found[0]:.2g}")
    if not found[1] > 1e-2:
        return _("grads['db1'] was off by 0.5 in every entry, yet your check gave {value}: the db gradients must be"
                 " compared too (every dW and db key of grads)").format(value=f"{found[1]:.2g}")
    return None


register(Exercise(
    f"{MODULE}.gradient_check", ref.gradient_check, ["difference"],
    lambda: [
        Case((dict(EX["parameters_ex"]), dict(EX["grads_ex"]), EX["X_ex"], EX["Y_ex"]),
             shown="gradient_check(parameters_ex, grads, X_ex, Y_ex) with grads = L_model_backward(AL, Y_ex, caches)"),
        _check_case(151, [4, 3, 2, 1], 5, name=L("parameters and correct grads of a random net with layer_dims"
                      " [4, 3, 2, 1], X of shape (4, 5), Y of shape (1, 5)")),
        _check_case(152, [4, 3, 2, 1], 5, wrong="dW2", name=L("a random net with layer_dims [4, 3, 2, 1], X of shape"
                      " (4, 5), Y of shape (1, 5), whose grads['dW2'] is off by 0.5")),
        _check_case(153, [3, 4, 1], 6, wrong="db2", name=L("a random net with layer_dims [3, 4, 1], X of shape (3, 6),"
                      " Y of shape (1, 6), whose grads['db2'] is off by 0.5")),
        _check_case(154, [2, 3, 3, 1], 4, wrong="db1", name=L("a hidden case"), hidden=True),
        _check_case(155, [5, 2, 1], 3, name=L("a hidden case"), hidden=True),
    ],
    points=2,
    # for correct gradients the answer is round-off noise, which differs with the order of the sums
    tol=Tolerance(rtol=1e-4, atol=1e-6),
    extras=[Extra(L("tiny for correct gradients, large for a wrong db (a random net with layer_dims [3, 4, 2, 1],"
                    " X (3, 5), Y (1, 5))"), _catches_wrong_db)],
    mistakes=[
        Mistake(L("only the weights were compared: include every db too (loop over all keys of parameters)"),
                fn=_gradient_check_variant("W only")),
        Mistake(L("your numerical gradient came out all zero: the cost must see the nudged entry, so give"
                  " numerical_gradient the very array your cost reads (params[key]), nudged in place"),
                fn=_gradient_check_variant("zeros")),
        Mistake(L("compute one relative error over all parameters together: concatenate every gradient into one"
                  " vector first (np.concatenate of the .reshape(-1) of each)"), fn=_gradient_check_variant("per key")),
        Mistake(L("return relative_error(...) of the two vectors, not the plain norm of their difference"),
                fn=_gradient_check_variant("absolute")),
        Mistake(L("grads also holds dA0, dA1, ... which are not parameters: loop over the keys of parameters and"
                  " read grads['d' + key]"), error=r"KeyError: 'A\d+'"),
    ]))


# --- the lesson's questions --------------------------------------------------------------------------

from ..question import Question  # noqa: E402  (the questions follow the exercises, as in the lesson)

register(Question(
    f"{MODULE}.q_digits_cost", ref.q_digits_cost, tol=0.05,
    why={"low": L("with weights of size 0.01 every score is almost 0, so the network cannot favour the right class:"
                  " what probability does the softmax give each of the 10 classes, and what is -log of it?"
                  " (log 2 = 0.69 is the cost of a two-class guess, not a ten-class one)"),
         "high": L("a guess that spreads its probability evenly over the classes is the cost of knowing nothing;"
                   " nearly equal scores give each of the 10 classes the same probability: what is -log of it?")},
    then=L("A classifier with C classes should start near log C = -log(1/C): here log 10 = 2.30. A cost far from it"
           " at iteration 0 points to a bug (a wrong sign, a missing softmax, large initial weights).")))

register(Question(
    f"{MODULE}.q_plateau", ref.q_plateau, choices="abc",
    why={"a": L("a smaller cost does not mean a larger step: what matters is the gradient. Write out dZ for the"
                " squared error, 2 (a - y) a (1 - a), and evaluate it at a = 0.999 when y = 0"),
         "c": L("the same learning rate multiplies different gradients: compare dZ = a - y with"
                " dZ = 2 (a - y) a (1 - a) when the unit says 0.999 for a label 0")},
    then=L("Cross-entropy's dZ = a - y stays near 1 for a confidently wrong prediction; squared error's carries"
           " a (1 - a), about 0.001 there, so it crawls exactly where it should move fastest.")))

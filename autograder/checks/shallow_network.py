"""Checks for module 02, a network with one hidden layer (tanh hidden layer, sigmoid output)."""
from solutions import shallow_network as ref

from .. import _np as np
from ..exercise import Case, Exercise, Extra, Mistake, register
from ..gradient import relative_error
from ..i18n import L, _
from ..question import Question
from .common import NO_RNG_ERROR, SHAPE_AS_ARGUMENTS_ERROR, SHAPE_ERROR, frozen, parameter_gradients

MODULE = "shallow_network"

# The worked example: the lesson defines X_ex, Y_ex and parameters_ex with exactly these values. Read-only:
# the cases hand the student fresh dict(...) of the dicts (and the runner copies every argument again).
X_EX = frozen(np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]]))
Y_EX = frozen(np.array([[1.0, 0.0, 1.0, 0.0]]))
PARAMETERS_EX = frozen({"W1": np.array([[0.5, -1.0], [1.0, 0.25], [-0.75, 0.5]]), "b1": np.array([[0.1], [-0.2], [0.0]]),
                        "W2": np.array([[1.0, -0.5, 0.75]]), "b2": np.array([[0.2]])})
GRADS_EX = frozen({"dW1": np.array([[0.1, -0.2], [0.0, 0.3], [-0.1, 0.1]]), "db1": np.array([[0.05], [-0.05], [0.1]]),
                   "dW2": np.array([[0.2, -0.1, 0.4]]), "db2": np.array([[-0.3]])})

MATMUL = Mistake(L("check the shapes of each product: W1 is (n_h, n_x) and X is (n_x, m), so Z1 = W1 @ X + b1;"
                   " W2 is (n_y, n_h) and A1 is (n_h, m), so Z2 = W2 @ A1 + b2 (no transposes in the forward pass)"),
                 error=SHAPE_ERROR)
BACKWARD_MATMUL = Mistake(L("check the shapes of each product: dW2 = dZ2 @ A1.T / m, dZ1 = (W2.T @ dZ2) * (1 - A1**2),"
                            " dW1 = dZ1 @ X.T / m (each dW must have the shape of its W)"),
                          error=SHAPE_ERROR)
MISSING_KEY = Mistake(L("the dicts use the keys of the course: parameters 'W1', 'b1', 'W2', 'b2'; cache 'Z1', 'A1',"
                        " 'Z2', 'A2'; grads 'dW1', 'db1', 'dW2', 'db2'"), error=r"^your function raised KeyError")


def network(seed, n_x, n_h, m, n_y=1, scale=0.8):
    """A random network and data: (parameters, X, Y), weights large enough that tanh is far from linear."""
    rng = np.random.default_rng(seed)
    parameters = {"W1": scale * rng.standard_normal((n_h, n_x)), "b1": 0.3 * rng.standard_normal((n_h, 1)),
                  "W2": scale * rng.standard_normal((n_y, n_h)), "b2": 0.3 * rng.standard_normal((n_y, 1))}
    X = rng.standard_normal((n_x, m))
    Y = (rng.random((n_y, m)) > 0.5).astype(float)
    return parameters, X, Y


def _shapes(arrays):
    """'W1 (5, 3), b1 (5, 1), ...': the shapes of a dict of arrays, for the case names."""
    return ", ".join(f"{key} {tuple(value.shape)}" for key, value in arrays.items())


def _forward(X, parameters):
    """The grader's own forward pass and cost (independent of the reference library)."""
    Z1 = parameters["W1"] @ X + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    return {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def _cost(X, Y, parameters):
    A2 = _forward(X, parameters)["A2"]
    return -float(np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))) / X.shape[1]


# --- layer_sizes ----------------------------------------------------------------------------------------

def layer_sizes_cases():
    rng = np.random.default_rng(20)
    return [
        Case((X_EX, Y_EX), shown="layer_sizes(X_ex, Y_ex)"),
        Case((rng.standard_normal((5, 3)), np.ones((2, 3))), {"n_h": 7},
             name=L("X of shape (5, 3), Y of shape (2, 3) and n_h=7")),
        Case((rng.standard_normal((3, 10)), np.zeros((1, 10)), 6),
             name=L("X of shape (3, 10), Y of shape (1, 10) and n_h=6 (by position)")),
        Case((rng.standard_normal((7, 2)), np.ones((3, 2)), 1), name=L("a hidden case"), hidden=True),
    ]


register(Exercise(
    f"{MODULE}.layer_sizes", ref.layer_sizes, ["n_x", "n_h", "n_y"], layer_sizes_cases, points=1,
    mistakes=[
        Mistake(L("n_x is the number of features, the number of rows of X: X.shape[0] (X.shape[1] is the number"
                  " of examples m)"), fn=lambda X, Y, n_h=4: (X.shape[1], n_h, Y.shape[0])),
        Mistake(L("n_y is the number of rows of Y: Y.shape[0] (Y.shape[1] is the number of examples m)"),
                fn=lambda X, Y, n_h=4: (X.shape[0], n_h, Y.shape[1])),
        Mistake(L("return the n_h you were given, not a fixed 4"), fn=lambda X, Y, n_h=4: (X.shape[0], 4, Y.shape[0])),
        Mistake(L("read n_y from the data, Y.shape[0], rather than fixing it to 1"),
                fn=lambda X, Y, n_h=4: (X.shape[0], n_h, 1)),
    ]))


# --- initialize_parameters --------------------------------------------------------------------------------

def initialize_parameters_cases():
    return [
        Case((2, 4, 1, np.random.default_rng(1)), shown="initialize_parameters(2, 4, 1, np.random.default_rng(1))"),
        Case((3, 5, 2, np.random.default_rng(2)), name=L("n_x=3, n_h=5, n_y=2 with np.random.default_rng(2)")),
        Case((4, 1, 1, np.random.default_rng(3)), name=L("n_x=4, n_h=1, n_y=1 with np.random.default_rng(3)")),
        Case((6, 3, 2, np.random.default_rng(4)), name=L("a hidden case"), hidden=True),
    ]


def _initialize_variant(scale=0.01, order="W1 first", w1_shape="rows", b="zeros", draw="standard_normal"):
    def wrong(n_x, n_h, n_y, rng):
        sample = getattr(rng, draw)
        shape1, shape2 = ((n_h, n_x), (n_y, n_h)) if w1_shape == "rows" else ((n_x, n_h), (n_h, n_y))
        if order == "W1 first":
            W1 = scale * sample(shape1)
            b1 = 0.01 * rng.standard_normal((n_h, 1)) if b == "random" else np.zeros((n_h, 1))
            W2 = scale * sample(shape2)
        else:
            W2 = scale * sample(shape2)
            W1 = scale * sample(shape1)
            b1 = np.zeros((n_h, 1))
        b2 = 0.01 * rng.standard_normal((n_y, 1)) if b == "random" else np.zeros((n_y, 1))
        if b == "flat":
            b1, b2 = np.zeros(n_h), np.zeros(n_y)
        return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return wrong


def _uses_its_rng(run):
    """Two generators in the same state must give the same weights, and another seed other weights."""
    first, second, other = (run(3, 4, 2, np.random.default_rng(seed)) for seed in (11, 11, 12))
    for outcome in (first, second, other):
        if not outcome.ok:
            return outcome.error
    try:
        a, b, c = (np.asarray(o.value["W1"], dtype=float) for o in (first, second, other))
        same, differ = a.shape == b.shape and np.array_equal(a, b), a.shape != c.shape or not np.array_equal(a, c)
    except Exception:
        return _("could not read parameters['W1'] from what your function returned")
    if not same:
        return _("two calls with generators in the same state gave different W1: draw the weights with"
                 " rng.standard_normal(...), not np.random.randn or a new generator")
    if not differ:
        return _("W1 does not change with the generator's seed: draw the weights from rng")
    return None


register(Exercise(
    f"{MODULE}.initialize_parameters", ref.initialize_parameters, ["parameters"], initialize_parameters_cases,
    points=1,
    extras=[Extra(L("weights drawn from rng"), _uses_its_rng)],
    mistakes=[
        Mistake(L("the weights are scaled by 0.01: W1 = 0.01 * rng.standard_normal((n_h, n_x))"),
                fn=_initialize_variant(scale=1.0)),
        Mistake(L("draw W1 first, then W2: the order decides which random numbers each one gets"),
                fn=_initialize_variant(order="W2 first")),
        Mistake(L("W1 has one row per hidden unit: shape (n_h, n_x); W2 has shape (n_y, n_h)"),
                fn=_initialize_variant(w1_shape="columns")),
        Mistake(L("the biases start at zero, np.zeros((n_h, 1)), and take no random numbers from rng"),
                fn=_initialize_variant(b="random")),
        Mistake(L("a bias is a column: np.zeros((n_h, 1)), not np.zeros(n_h)"), fn=_initialize_variant(b="flat")),
        Mistake(L("use rng.standard_normal (a Gaussian around 0), not rng.random (uniform on [0, 1))"),
                fn=_initialize_variant(draw="random")),
        Mistake(L("rng.standard_normal takes the shape as one tuple: rng.standard_normal((n_h, n_x))"),
                error=SHAPE_AS_ARGUMENTS_ERROR),
        Mistake(L("a Generator has no randn: use rng.standard_normal((n_h, n_x))"), error=r"no attribute 'randn'"),
    ]))


# --- forward_propagation --------------------------------------------------------------------------------------

def forward_propagation_cases():
    cases = [Case((X_EX, dict(PARAMETERS_EX)), shown="forward_propagation(X_ex, parameters_ex)")]
    for seed, n_x, n_h, m, n_y, hidden in [(21, 3, 5, 7, 1, False), (22, 4, 2, 6, 1, False), (23, 2, 3, 5, 2, False),
                                           (24, 5, 6, 9, 1, True), (25, 2, 3, 1, 1, True)]:
        parameters, X, _Y = network(seed, n_x, n_h, m, n_y)
        name = L("a hidden case") if hidden else L("a random case with X of shape {X} and parameters {parameters}",
                                                   X=(n_x, m), parameters=_shapes(parameters))
        cases.append(Case((X, parameters), name=name, hidden=hidden))
    return cases


def _forward_variant(hidden=np.tanh, output=ref.sigmoid, next_input="A1"):
    def wrong(X, parameters):
        Z1 = parameters["W1"] @ X + parameters["b1"]
        A1 = hidden(Z1)
        Z2 = parameters["W2"] @ (A1 if next_input == "A1" else Z1) + parameters["b2"]
        A2 = output(Z2)
        return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return wrong


def _consistent_cache(run):
    """In the cache, A1 = tanh(Z1) and A2 = sigmoid(Z2), and the returned A2 is the cached one."""
    parameters, X, _Y = network(26, 3, 4, 5)
    outcome = run(X, parameters)
    if not outcome.ok:
        return outcome.error
    try:
        A2, cache = outcome.value
        Z1, A1, Z2, cached_A2 = (np.asarray(cache[k], dtype=float) for k in ("Z1", "A1", "Z2", "A2"))
        A2 = np.asarray(A2, dtype=float)
        with np.errstate(all="ignore"):
            pairs = [(_("cache['A1'] is not tanh(cache['Z1'])"), A1, np.tanh(Z1)),
                     (_("cache['A2'] is not sigmoid(cache['Z2'])"), cached_A2, 1 / (1 + np.exp(-Z2))),
                     (_("the A2 you return is not cache['A2']"), A2, cached_A2)]
            for message, got, expected in pairs:
                if got.shape != expected.shape or not np.absolute(got - expected).max() <= 1e-10:
                    return _("{problem}: backward_propagation relies on the cache holding exactly these values").format(
                        problem=message)
    except Exception:
        return _("could not read A2 and the cache dict with keys 'Z1', 'A1', 'Z2', 'A2' from what your function"
                 " returned")
    return None


register(Exercise(
    f"{MODULE}.forward_propagation", ref.forward_propagation, ["A2", "cache"], forward_propagation_cases, points=2,
    extras=[Extra(L("the cache is consistent"), _consistent_cache)],
    mistakes=[
        Mistake(L("the hidden layer uses tanh, A1 = np.tanh(Z1); sigmoid is only for the output"),
                fn=_forward_variant(hidden=ref.sigmoid)),
        Mistake(L("the output layer uses sigmoid, A2 = sigmoid(Z2), so that A2 is a probability"),
                fn=_forward_variant(output=np.tanh)),
        Mistake(L("the hidden layer uses tanh, not ReLU"), fn=_forward_variant(hidden=lambda Z: np.maximum(Z, 0))),
        Mistake(L("Z2 is computed from A1 = tanh(Z1), the hidden layer's output, not from Z1"),
                fn=_forward_variant(next_input="Z1")),
        MATMUL, MISSING_KEY,
    ]))


# --- compute_cost ----------------------------------------------------------------------------------------------

def cost_data(seed, m):
    rng = np.random.default_rng(seed)
    return ref.sigmoid(2 * rng.standard_normal((1, m))), (rng.random((1, m)) > 0.5).astype(float)


def compute_cost_cases():
    return [
        Case((np.array([[0.8, 0.1, 0.6, 0.3]]), Y_EX), shown="compute_cost(np.array([[0.8, 0.1, 0.6, 0.3]]), Y_ex)"),
        Case(cost_data(30, 7), name=L("a random case with A2 of shape (1, 7) and Y of shape (1, 7)")),
        Case(cost_data(31, 12), name=L("a random case with A2 of shape (1, 12) and Y of shape (1, 12)")),
        Case(cost_data(32, 9), name=L("a hidden case"), hidden=True),
        Case(cost_data(33, 1), name=L("a hidden case with a single example"), hidden=True),
    ]


def _cost_variant(kind):
    def wrong(A2, Y):
        m = Y.shape[1]
        first, second = Y * np.log(A2), (1 - Y) * np.log(1 - A2)
        if kind == "sum":
            return -float(np.sum(first + second))
        if kind == "sign":
            return float(np.sum(first + second)) / m
        if kind == "first term":
            return -float(np.sum(first)) / m
        return -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m  # a (1, 1) array
    return wrong


register(Exercise(
    f"{MODULE}.compute_cost", ref.compute_cost, ["cost"], compute_cost_cases, points=1,
    mistakes=[
        Mistake(L("the cost is the mean over the m examples: divide the sum by m = Y.shape[1] (Y.shape[0] is 1)"),
                fn=_cost_variant("sum")),
        Mistake(L("the minus sign is missing: cost = -(1/m) sum(Y log(A2) + (1 - Y) log(1 - A2)), a positive number"),
                fn=_cost_variant("sign")),
        Mistake(L("the (1 - Y) log(1 - A2) term for the examples labelled 0 is missing"), fn=_cost_variant("first term")),
        Mistake(L("np.dot of two rows gives a (1, 1) array: return a Python float, e.g. float(np.squeeze(cost))"),
                fn=_cost_variant("dot")),
    ]))


# --- backward_propagation ---------------------------------------------------------------------------------------

def _backward_case(seed, n_x, n_h, m, hidden=False, **kwargs):
    parameters, X, Y = network(seed, n_x, n_h, m)
    cache = ref.forward_propagation(X, parameters)[1]
    name = kwargs.pop("name", None) if hidden else L(
        "a random case with parameters {parameters}, the cache of their forward pass ({cache}), X of shape {X} and Y"
        " of shape {Y}", parameters=_shapes(parameters), cache=_shapes(cache), X=X.shape, Y=Y.shape)
    return Case((parameters, cache, X, Y), name=name, hidden=hidden, **kwargs)


def backward_propagation_cases():
    return [
        Case((dict(PARAMETERS_EX), ref.forward_propagation(X_EX, dict(PARAMETERS_EX))[1], X_EX, Y_EX),
             shown="backward_propagation(parameters_ex, cache_ex, X_ex, Y_ex)"),
        _backward_case(40, 3, 5, 7),
        _backward_case(41, 4, 2, 6),
        _backward_case(42, 5, 6, 9, name=L("a hidden case"), hidden=True),
        _backward_case(43, 2, 3, 1, name=L("a hidden case with a single example"), hidden=True),
    ]


def _backward_variant(dW_mean=True, db_mean=True, sign=1.0, derivative="tanh", db_axis=1, keepdims=True):
    def wrong(parameters, cache, X, Y):
        m = X.shape[1]
        dW_scale, db_scale = (1.0 if dW_mean else m), (1.0 if db_mean else m)
        A1 = cache["A1"]
        dZ2 = sign * (cache["A2"] - Y)
        slope = {"tanh": 1 - A1 ** 2, "sigmoid": A1 * (1 - A1), "no square": 1 - A1,
                 "from Z1": 1 - cache["Z1"] ** 2, "none": 1.0}[derivative]
        dZ1 = (parameters["W2"].T @ dZ2) * slope
        grads = {}
        for layer, dZ, A_prev in (("1", dZ1, X), ("2", dZ2, A1)):
            grads["dW" + layer] = dW_scale * (dZ @ A_prev.T) / m
            grads["db" + layer] = db_scale * np.sum(dZ, axis=db_axis, keepdims=keepdims) / m
        return grads
    return wrong


def _backward_gradient_check(run):
    """The student's gradients against central differences of the grader's own cost."""
    parameters, X, Y = network(44, 3, 4, 5, scale=0.6)
    outcome = run(parameters, _forward(X, parameters), X, Y)
    if not outcome.ok:
        return outcome.error
    errors = []
    for key, numeric in parameter_gradients(lambda trial: _cost(X, Y, trial), parameters).items():
        try:
            analytic = np.asarray(outcome.value["d" + key], dtype=float)
        except Exception:
            return _("could not read {name} as an array from what your function returned").format(
                name=f"grads['d{key}']")
        error = relative_error(analytic, numeric) if analytic.shape == numeric.shape else 1.0
        if not error < 1e-6:
            errors.append(_("{name} (relative error {error})").format(name=f"d{key}", error=f"{error:.2g}"))
    if errors:
        return _("these gradients disagree with a numerical gradient of the cost (expected relative error below"
                 " 1e-6): {gradients}").format(gradients=", ".join(errors))
    return None


register(Exercise(
    f"{MODULE}.backward_propagation", ref.backward_propagation, ["grads"], backward_propagation_cases, points=3,
    extras=[Extra(L("gradient check of dW1, db1, dW2, db2 on a random case with X (3, 5), Y (1, 5), W1 (4, 3),"
                    " b1 (4, 1), W2 (1, 4), b2 (1, 1)"), _backward_gradient_check)],
    mistakes=[
        Mistake(L("dW without the 1/m factor: average over the examples, dW2 = (dZ2 @ A1.T) / m and"
                  " dW1 = (dZ1 @ X.T) / m"), fn=_backward_variant(dW_mean=False)),
        Mistake(L("db without the 1/m factor: db = np.sum(dZ, axis=1, keepdims=True) / m"),
                fn=_backward_variant(db_mean=False)),
        Mistake(L("db sums over the wrong axis: one value per unit needs np.sum(dZ, axis=1, keepdims=True)"),
                fn=_backward_variant(db_axis=0)),
        Mistake(L("db lost its second axis: use np.sum(dZ, axis=1, keepdims=True) so it has the shape (n, 1) of b"),
                fn=_backward_variant(keepdims=False)),
        Mistake(L("that is the sigmoid's derivative A1 * (1 - A1); the hidden layer is tanh, whose derivative"
                  " is 1 - A1**2"), fn=_backward_variant(derivative="sigmoid")),
        Mistake(L("the derivative of tanh is 1 - A1**2 (the square is missing)"),
                fn=_backward_variant(derivative="no square")),
        Mistake(L("the derivative of tanh at Z1 is 1 - tanh(Z1)**2 = 1 - A1**2, not 1 - Z1**2"),
                fn=_backward_variant(derivative="from Z1")),
        Mistake(L("dZ1 needs the tanh derivative: dZ1 = (W2.T @ dZ2) * (1 - A1**2)"),
                fn=_backward_variant(derivative="none")),
        Mistake(L("dZ2 is A2 - Y, not Y - A2: every gradient has the wrong sign"), fn=_backward_variant(sign=-1.0)),
        BACKWARD_MATMUL, MISSING_KEY,
    ]))


# --- update_parameters -------------------------------------------------------------------------------------------

def _update_case(seed, n_x, n_h, learning_rate, hidden=False, **kwargs):
    parameters, _X, _Y = network(seed, n_x, n_h, 1)
    rng = np.random.default_rng(seed + 100)
    grads = {"d" + key: rng.standard_normal(value.shape) for key, value in parameters.items()}
    rate = L("the default learning_rate") if learning_rate is None else f"learning_rate={learning_rate}"
    name = kwargs.pop("name", None) if hidden else L(
        "a random case with parameters {parameters}, grads {grads} and {rate}", parameters=_shapes(parameters),
        grads=_shapes(grads), rate=rate)
    return Case((parameters, grads), {} if learning_rate is None else {"learning_rate": learning_rate}, name=name,
                hidden=hidden, **kwargs)


def update_parameters_cases():
    return [
        Case((dict(PARAMETERS_EX), dict(GRADS_EX)), shown="update_parameters(parameters_ex, grads_ex)"),
        _update_case(50, 3, 5, 0.1),
        _update_case(51, 4, 2, 0.05),
        _update_case(52, 2, 6, None),
        _update_case(53, 5, 3, 2.0, name=L("a hidden case"), hidden=True),
    ]


def _update_variant(sign=-1.0, update_b=True, fixed_rate=None):
    def wrong(parameters, grads, learning_rate=1.2):
        rate = learning_rate if fixed_rate is None else fixed_rate
        return {key: value if key.startswith("b") and not update_b else value + sign * rate * grads["d" + key]
                for key, value in parameters.items()}
    return wrong


register(Exercise(
    f"{MODULE}.update_parameters", ref.update_parameters, ["parameters"], update_parameters_cases, points=1,
    mistakes=[
        Mistake(L("the update adds the gradient: gradient descent subtracts it, W1 = W1 - learning_rate * dW1"),
                fn=_update_variant(sign=1.0)),
        Mistake(L("the biases are parameters too: b1 = b1 - learning_rate * db1 (and the same for b2)"),
                fn=_update_variant(update_b=False)),
        Mistake(L("use the learning_rate argument, not a fixed 1.2"), fn=_update_variant(fixed_rate=1.2)),
        Mistake(L("each parameter takes its own gradient: W1 with grads['dW1'], b1 with grads['db1'], ..."),
                error=r"operands could not be broadcast"),
        MISSING_KEY,
    ]))


# --- nn_model ------------------------------------------------------------------------------------------------

def model_data(seed, n_x, m):
    """A small problem that one straight line cannot separate: the label is 1 near the origin."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m))
    Y = (np.sum(X ** 2, axis=0, keepdims=True) < n_x * 0.8).astype(float)
    return X, Y


def nn_model_cases():
    X_a, Y_a = model_data(60, 3, 8)
    X_b, Y_b = model_data(61, 2, 15)
    X_c, Y_c = model_data(62, 4, 6)
    return [
        Case((X_EX, Y_EX, 3), {"num_iterations": 10, "rng": np.random.default_rng(1)},
             shown="nn_model(X_ex, Y_ex, 3, num_iterations=10, rng=np.random.default_rng(1))"),
        Case((X_a, Y_a, 5), {"num_iterations": 20, "learning_rate": 0.5, "rng": np.random.default_rng(2)},
             name=L("X of shape (3, 8), Y of shape (1, 8), n_h=5, 20 iterations with learning_rate=0.5")),
        Case((X_b, Y_b, 2, 15, 2.0, np.random.default_rng(3)),
             name=L("X of shape (2, 15), Y of shape (1, 15), n_h=2, 15 iterations with learning_rate=2.0"
                    " (all passed by position)")),
        Case((X_c, Y_c, 6), {"num_iterations": 3, "learning_rate": 0.3, "rng": np.random.default_rng(4),
                             "print_cost": True}, name=L("a hidden case with print_cost=True"), hidden=True),
        Case((X_b, Y_b, 1), {"num_iterations": 1, "rng": np.random.default_rng(5)},
             name=L("a hidden one-step case"), hidden=True),
    ]


def _model_variant(kind):
    def wrong(X, Y, n_h, num_iterations=10000, learning_rate=1.2, rng=None, print_cost=False):
        n_x, hidden, n_y = ref.layer_sizes(X, Y) if kind == "default n_h" else ref.layer_sizes(X, Y, n_h)
        parameters = ref.initialize_parameters(n_x, hidden, n_y, rng)
        for _step in range(num_iterations + (1 if kind == "one more" else 0)):
            _A2, cache = ref.forward_propagation(X, parameters)
            grads = ref.backward_propagation(parameters, cache, X, Y)
            updated = ref.update_parameters(parameters, grads, *(() if kind == "default rate" else (learning_rate,)))
            if kind != "discarded":
                parameters = updated
        return parameters
    return wrong


def _model_uses_its_rng(run):
    """Two generators in the same state must give the same trained parameters."""
    X, Y = model_data(63, 2, 6)
    first, second = (run(X, Y, 3, num_iterations=2, rng=np.random.default_rng(9)) for _ in range(2))
    for outcome in (first, second):
        if not outcome.ok:
            return outcome.error
    try:
        a, b = (np.asarray(o.value["W1"], dtype=float) for o in (first, second))
        same = a.shape == b.shape and np.array_equal(a, b)
    except Exception:
        return _("could not read parameters['W1'] from what your function returned")
    if not same:
        return _("two calls with generators in the same state gave different parameters: pass rng on to"
                 " initialize_parameters (make a new generator only when rng is None)")
    return None


def _model_without_rng(run):
    """nn_model(X, Y, n_h) with rng left at None still trains, from a fresh generator."""
    X, Y = model_data(64, 3, 7)
    outcome = run(X, Y, 2, num_iterations=2)
    if not outcome.ok:
        hint = ("\n" + _("Hint: when rng is None, start from a new generator: rng = np.random.default_rng()")
                if "NoneType" in outcome.error else "")
        return _("called without rng (rng=None), {error}").format(error=outcome.error) + hint
    parameters = outcome.value
    shapes = {"W1": (2, 3), "b1": (2, 1), "W2": (1, 2), "b2": (1, 1)}
    try:
        good = all(np.asarray(parameters[k]).shape == s and np.isfinite(np.asarray(parameters[k], dtype=float)).all()
                   for k, s in shapes.items())
    except Exception:
        good = False
    if not good:
        return _("called without rng (rng=None) it should still return trained parameters with shapes {shapes};"
                 " it returned {type} {value}").format(shapes=shapes, type=type(parameters).__name__,
                                                        value=f"{parameters!r:.200}")
    return None


register(Exercise(
    f"{MODULE}.nn_model", ref.nn_model, ["parameters"], nn_model_cases, points=2, time_limit=10.0,
    extras=[Extra(L("initial weights drawn from rng"), _model_uses_its_rng),
            Extra(L("works without an rng (rng=None)"), _model_without_rng)],
    mistakes=[
        Mistake(L("pass learning_rate on to update_parameters; it trained with the default 1.2"),
                fn=_model_variant("default rate")),
        Mistake(L("pass n_h on: the hidden layer must have n_h units (layer_sizes(X, Y) alone gives 4)"),
                fn=_model_variant("default n_h")),
        Mistake(L("update_parameters returns a new dict: keep it, parameters = update_parameters(parameters, grads,"
                  " learning_rate)"), fn=_model_variant("discarded")),
        Mistake(L("it took one step too many: range(num_iterations) gives exactly num_iterations steps"),
                fn=_model_variant("one more")),
        Mistake(L("a numpy.random.Generator draws with rng.standard_normal; pass rng on to initialize_parameters"),
                error=NO_RNG_ERROR),
    ]))


# --- predict -----------------------------------------------------------------------------------------------------

def predict_cases():
    parameters, X, _Y = network(70, 3, 4, 9)
    half = {"W1": parameters["W1"], "b1": parameters["b1"], "W2": np.zeros((1, 4)), "b2": np.zeros((1, 1))}
    hidden_parameters, hidden_X, _Y = network(71, 5, 2, 11, scale=1.5)
    return [
        Case((dict(PARAMETERS_EX), X_EX), shown="predict(parameters_ex, X_ex)"),
        Case((parameters, X), name=L("a random case with parameters {parameters} and X of shape (3, 9)",
                                     parameters=_shapes(parameters))),
        Case((half, X), name=L("a case with parameters {parameters} and X of shape (3, 9) where every probability is"
                               " exactly 0.5 (W2 and b2 are zero)", parameters=_shapes(half))),
        Case((hidden_parameters, hidden_X), name=L("a hidden case"), hidden=True),
    ]


def _predict_variant(kind):
    def wrong(parameters, X):
        A2, _cache = ref.forward_propagation(X, parameters)
        return {"geq": (A2 >= 0.5).astype(float), "bool": A2 > 0.5, "flat": (A2 > 0.5).astype(float).ravel(),
                "proba": A2}[kind]
    return wrong


register(Exercise(
    f"{MODULE}.predict", ref.predict, ["predictions"], predict_cases, points=1,
    mistakes=[
        Mistake(L("a probability of exactly 0.5 is labelled 0: the rule is A2 > 0.5, not A2 >= 0.5"),
                fn=_predict_variant("geq")),
        Mistake(L("the labels must be floats 0.0/1.0: (A2 > 0.5).astype(float)"), fn=_predict_variant("bool")),
        Mistake(L("keep the (1, m) shape: .ravel() or A2[0] drops the first axis"), fn=_predict_variant("flat")),
        Mistake(L("these are the probabilities A2; predict returns labels, 1.0 where A2 > 0.5"),
                fn=_predict_variant("proba")),
        MATMUL,
    ]))


# --- the lesson's questions --------------------------------------------------------------------------------

register(Question(
    f"{MODULE}.q_slope_direction", ref.q_slope_direction, choices="abc",
    why={"a": L("a positive slope means the cost grows as w grows: what does a larger w then do to the cost?"),
         "c": L("the sign of the slope already says which way the cost falls near w: it compares J just above and"
                " just below w")},
    then=L("Step against the slope: w := w - alpha dJ/dw moves w down where the slope is positive and up where it"
           " is negative.")))

register(Question(
    f"{MODULE}.q_fewest_hidden_units", ref.q_fewest_hidden_units, tol=0.1,
    why={"low": L("with that few straight cuts the class-1 region stays open: far out in some direction every unit"
                  " is saturated, and the region runs on to infinity (a half-plane or a band)."),
         "high": L("fewer straight cuts can already close a region around the centre.")},
    then=L("Three cuts make the smallest closed shape, a triangle; each extra unit adds a side the boundary can bend"
           " with.")))

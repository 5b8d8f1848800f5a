"""Checks for module 01, logistic regression."""
from solutions import logistic_regression as ref

from .. import _np as np
from ..exercise import Case, Exercise, Extra, Mistake, register
from ..gradient import numerical_gradient, relative_error
from ..i18n import L, _
from ..question import Question
from .common import MATH_MODULE_ERROR, SHAPE_ERROR, frozen

MODULE = "logistic_regression"
MATH_EXP = Mistake(L("use np.exp, which works on whole arrays; math.exp only takes a single number"),
                   error=MATH_MODULE_ERROR)
WRONG_PRODUCT = Mistake(L("w has shape (n_x, 1) and X (n_x, m): the product you need is w.T @ X (or np.dot(w.T, X))"),
                        error=SHAPE_ERROR)


def shapes(n_x, m, labels=True):
    """How a case names its inputs: "w (4, 1), b a float, X (4, 7), Y (1, 7)"."""
    if labels:
        return L("w ({n_x}, 1), b a float, X ({n_x}, {m}), Y (1, {m})", n_x=n_x, m=m)
    return L("w ({n_x}, 1), b a float, X ({n_x}, {m})", n_x=n_x, m=m)


def data(seed, n_x, m):
    """A random binary problem: (w, b, X, Y) with X of shape (n_x, m)."""
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((n_x, 1)) * 0.5
    b = float(rng.standard_normal())
    X = rng.standard_normal((n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return w, b, X, Y


# read-only: the cases hand them over as they are, and the runner gives the student copies
WORKED_W = frozen(np.array([[0.5], [-1.0]]))
WORKED_X = frozen(np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]]))
WORKED_Y = frozen(np.array([[1.0, 0.0, 1.0]]))
WORKED_SHOWN = ("w = np.array([[0.5], [-1.0]]), b = 0.25, X = np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]]),"
                " Y = np.array([[1.0, 0.0, 1.0]])")


# --- sigmoid ---------------------------------------------------------------------------------------

def sigmoid_cases():
    rng = np.random.default_rng(1)
    return [
        Case((np.array([0.0, 2.0]),), shown="sigmoid(np.array([0.0, 2.0]))"),
        Case((0.0,), name=L("the scalar z = 0.0")),
        Case((rng.standard_normal((3, 4)) * 5,), name=L("a random z of shape (3, 4)")),
        Case((np.array([-1e4, -800.0, -40.0, 0.0, 40.0, 800.0, 1e4]),),
             name=L("z of shape (7,) with large |z| (-1e4 to 1e4), where a careless formula gives nan")),
        Case((rng.standard_normal((5, 7)) * 3,), name=L("a hidden case with z of shape (5, 7)"), hidden=True),
        Case((rng.standard_normal(6),), name=L("a hidden case with z of shape (6,)"), hidden=True),
        Case((-3,), name=L("a hidden case with the integer z = -3"), hidden=True),
    ]


register(Exercise(
    f"{MODULE}.sigmoid", ref.sigmoid, ["s"], sigmoid_cases, points=1, strict_float=False,
    mistakes=[
        Mistake(L("the minus sign in exp(-z) is missing: that computes sigmoid(-z) = 1 - sigmoid(z)"),
                fn=lambda z: 1 / (1 + np.exp(np.asarray(z, dtype=float)))),
        Mistake(L("operator precedence: 1 / 1 + np.exp(-z) is 1 + exp(-z); write 1 / (1 + np.exp(-z))"),
                fn=lambda z: 1 / 1 + np.exp(-np.asarray(z, dtype=float))),
        Mistake(L("exp(z) / (1 + exp(z)) overflows to inf / inf = nan for large z; use 1 / (1 + np.exp(-z))"),
                fn=lambda z: np.exp(np.asarray(z, dtype=float)) / (1 + np.exp(np.asarray(z, dtype=float)))),
        MATH_EXP,
    ]))


# --- initialize_with_zeros ---------------------------------------------------------------------------

register(Exercise(
    f"{MODULE}.initialize_with_zeros", ref.initialize_with_zeros, ["w", "b"],
    lambda: [Case((2,), shown="initialize_with_zeros(2)"), Case((1,), name="dim = 1"),
             Case((5,), name="dim = 5"), Case((17,), name=L("a hidden case"), hidden=True)],
    points=1,
    mistakes=[
        Mistake(L("np.zeros(dim) is 1-D; w must be a column: np.zeros((dim, 1))"), fn=lambda dim: (np.zeros(dim), 0.0)),
        Mistake(L("w is a column (dim, 1), not a row (1, dim)"), fn=lambda dim: (np.zeros((1, dim)), 0.0)),
        Mistake(L("b must be the float 0.0, not the int 0"), fn=lambda dim: (np.zeros((dim, 1)), 0)),
    ]))


# --- propagate -----------------------------------------------------------------------------------------

def propagate_cases():
    return [
        Case((WORKED_W, 0.25, WORKED_X, WORKED_Y), shown=f"propagate({WORKED_SHOWN})"),
        Case(data(2, 4, 7), name=L("a random case with {inputs}", inputs=shapes(4, 7))),
        Case(data(3, 1, 3), name=L("a random case with {inputs}", inputs=shapes(1, 3))),
        Case(data(4, 6, 10), name=L("a hidden case with {inputs}", inputs=shapes(6, 10)), hidden=True),
        Case(data(5, 3, 1), name=L("a hidden case with a single example: {inputs}", inputs=shapes(3, 1)), hidden=True),
    ]


def _same(m):
    return 1.0


def _times_m(m):
    return float(m)


def _flip(m):
    return -1.0


def _propagate_wrong(dw_scale=_same, db_scale=_same, cost_scale=_same, db_array=False):
    """The reference with one slip; each scale is a function of m, since a missing 1/m depends on it."""
    def wrong(w, b, X, Y):
        m = X.shape[1]
        grads, cost = ref.propagate(w, b, X, Y)
        db = grads["db"] * db_scale(m)
        return {"dw": grads["dw"] * dw_scale(m), "db": np.array([[db]]) if db_array else db}, cost * cost_scale(m)
    return wrong


GRADIENT_CHECK = L("gradient check of dw and db on a random case with {inputs}", inputs=shapes(3, 5))


def _gradient_check(run):
    """dw and db must be the derivatives of the student's own cost (checked numerically)."""
    w, b, X, Y = data(6, 3, 5)
    outcome = run(w, b, X, Y)
    if not outcome.ok:
        return outcome.error
    try:
        grads = outcome.value[0]
        analytic = np.append(np.asarray(grads["dw"], dtype=float).reshape(-1), float(np.squeeze(grads["db"])))
    except Exception:
        return _("could not read grads['dw'] and grads['db'] from what your function returned")

    def cost_at(theta):
        result = run(theta[:-1].reshape(w.shape), float(theta[-1]), X, Y)
        return float(np.squeeze(result.value[1])) if result.ok else np.nan

    numeric = numerical_gradient(cost_at, np.append(w.reshape(-1), b))
    error = relative_error(analytic, numeric) if analytic.shape == numeric.shape else 1.0
    if not error < 1e-6:
        return _("your dw and db are not the derivatives of your cost: relative error {error} against a numerical"
                 " gradient (expected below 1e-6). Numerically dw = {dw}, db = {db}").format(
                     error=f"{error:.2g}", dw=np.round(numeric[:-1], 5), db=f"{numeric[-1]:.5g}")
    return None


register(Exercise(
    f"{MODULE}.propagate", ref.propagate, ["grads", "cost"], propagate_cases, points=3,
    extras=[Extra(GRADIENT_CHECK, _gradient_check)],
    mistakes=[
        Mistake(L("dw without the 1/m factor: average over the examples, (X @ dZ.T) / m"),
                fn=_propagate_wrong(dw_scale=_times_m)),
        Mistake(L("db without the 1/m factor: np.sum(dZ) / m"), fn=_propagate_wrong(db_scale=_times_m)),
        Mistake(L("the cost is a sum over the examples; it should be the mean (divide by m)"),
                fn=_propagate_wrong(cost_scale=_times_m)),
        Mistake(L("the cost has lost its minus sign: J = -(1/m) sum(Y log A + (1 - Y) log(1 - A))"),
                fn=_propagate_wrong(cost_scale=_flip)),
        Mistake(L("dZ is A - Y, not Y - A: the gradient points uphill"), fn=_propagate_wrong(dw_scale=_flip, db_scale=_flip)),
        Mistake(L("db must be a Python float: float(np.sum(dZ)) / m"), fn=_propagate_wrong(db_array=True)),
        WRONG_PRODUCT,
    ]))


# --- optimize ------------------------------------------------------------------------------------------

def optimize_cases():
    return [
        Case((WORKED_W, 0.25, WORKED_X, WORKED_Y), {"num_iterations": 201, "learning_rate": 0.1},
             shown=f"optimize({WORKED_SHOWN}, num_iterations=201, learning_rate=0.1)"),
        Case(data(7, 3, 8), {"num_iterations": 150, "learning_rate": 0.05},
             name=L("a random case with {inputs}, 150 iterations", inputs=shapes(3, 8))),
        Case(data(8, 2, 5),
             name=L("a random case with {inputs}, the default num_iterations and learning_rate", inputs=shapes(2, 5))),
        Case(data(9, 5, 12), {"num_iterations": 320, "learning_rate": 0.3, "print_cost": True},
             name=L("a hidden case with {inputs}", inputs=shapes(5, 12)), hidden=True),
        Case(data(10, 1, 4), {"num_iterations": 1, "learning_rate": 1.0},
             name=L("a hidden one-step case with {inputs}", inputs=shapes(1, 4)), hidden=True),
    ]


def _optimize_variant(sign=-1.0, update_b=True, every=100, lr_factor=1.0, offset=0):
    def wrong(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
        costs, grads = [], None
        for i in range(num_iterations):
            grads, cost = ref.propagate(w, b, X, Y)
            w = w + sign * learning_rate * lr_factor * grads["dw"]
            if update_b:
                b = b + sign * learning_rate * lr_factor * grads["db"]
            if i % every == offset:
                costs.append(cost)
        return {"w": w, "b": b}, grads, costs
    return wrong


register(Exercise(
    f"{MODULE}.optimize", ref.optimize, ["params", "grads", "costs"], optimize_cases, points=2,
    mistakes=[
        Mistake(L("the update adds the gradient: gradient descent subtracts it, w = w - learning_rate * dw"),
                fn=_optimize_variant(sign=1.0)),
        Mistake(L("b is never updated: b = b - learning_rate * db"), fn=_optimize_variant(update_b=False)),
        Mistake(L("costs should hold the cost every 100 iterations (i % 100 == 0), not every iteration"),
                fn=_optimize_variant(every=1)),
        Mistake(L("record the cost when i % 100 == 0, starting with iteration 0"),
                fn=_optimize_variant(offset=99)),
    ]))


# --- predict -------------------------------------------------------------------------------------------

def predict_cases():
    w, b, X, _ = data(11, 4, 9)
    return [
        Case((np.array([[0.4], [-1.2]]), -0.1, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])),
             shown="predict(np.array([[0.4], [-1.2]]), -0.1, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]]))"),
        Case((w, b, X), name=L("a random case with {inputs}", inputs=shapes(4, 9, labels=False))),
        Case((np.zeros((2, 1)), 0.0, np.ones((2, 3))),
             name=L("a case with w zeros (2, 1), b = 0.0 and X ones (2, 3), where every probability is exactly 0.5")),
        Case(data(12, 7, 20)[:3], name=L("a hidden case with {inputs}", inputs=shapes(7, 20, labels=False)), hidden=True),
    ]


def _predict_variant(kind):
    def wrong(w, b, X):
        A = ref.sigmoid(w.T @ X + b)
        return {"geq": (A >= 0.5).astype(float), "bool": A > 0.5, "flat": (A > 0.5).astype(float)[0],
                "proba": A}[kind]
    return wrong


register(Exercise(
    f"{MODULE}.predict", ref.predict, ["Y_prediction"], predict_cases, points=1,
    mistakes=[
        Mistake(L("a probability of exactly 0.5 is labelled 0: the rule is A > 0.5, not A >= 0.5"), fn=_predict_variant("geq")),
        Mistake(L("the labels must be floats 0.0/1.0: (A > 0.5).astype(float)"), fn=_predict_variant("bool")),
        Mistake(L("keep the (1, m) shape: A[0] or .flatten() drops the first axis"), fn=_predict_variant("flat")),
        Mistake(L("these are the probabilities A; predict returns labels, 1.0 where A > 0.5"), fn=_predict_variant("proba")),
        WRONG_PRODUCT,
    ]))


# --- model ---------------------------------------------------------------------------------------------

def model_cases():
    rng = np.random.default_rng(13)
    X = rng.standard_normal((3, 28))
    Y = (X[:1] - 0.5 * X[1:2] + 0.3 * rng.standard_normal((1, 28)) > 0).astype(float)
    X2 = rng.standard_normal((5, 40))
    Y2 = (X2[2:3] + X2[4:5] > 0).astype(float)
    return [
        Case((X[:, :20], Y[:, :20], X[:, 20:], Y[:, 20:]), {"num_iterations": 150, "learning_rate": 0.1},
             name=L("a small data set: X_train (3, 20), Y_train (1, 20), X_test (3, 8), Y_test (1, 8), 150 iterations")),
        Case((X2[:, :30], Y2[:, :30], X2[:, 30:], Y2[:, 30:]), {"num_iterations": 250, "learning_rate": 0.02},
             name=L("a data set with X_train (5, 30), Y_train (1, 30), X_test (5, 10), Y_test (1, 10), 250 iterations")),
        Case((X[:, 8:], Y[:, 8:], X[:, :8], Y[:, :8]),
             name=L("a hidden case with X_train (3, 20), Y_train (1, 20), X_test (3, 8), Y_test (1, 8)"
                    " and the default arguments"), hidden=True),
    ]


def _model_variant(kind):
    def wrong(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
        d = ref.model(X_train, Y_train, X_test, Y_test,
                      *((num_iterations, learning_rate) if kind != "defaults" else ()))
        if kind == "swapped":
            d["Y_prediction_test"], d["Y_prediction_train"] = d["Y_prediction_train"], d["Y_prediction_test"]
        if kind == "defaults":
            d["num_iterations"], d["learning_rate"] = num_iterations, learning_rate
        return d
    return wrong


register(Exercise(
    f"{MODULE}.model", ref.model, ["d"], model_cases, points=2,
    mistakes=[
        Mistake(L("num_iterations and learning_rate must be passed on to optimize; it trained with their defaults"),
                fn=_model_variant("defaults")),
        Mistake(L("Y_prediction_train and Y_prediction_test are swapped"), fn=_model_variant("swapped")),
    ]))


# --- the lesson's questions ------------------------------------------------------------------------------

register(Question(
    f"{MODULE}.q_zero_cost", ref.q_zero_cost, tol=0.01,
    why={"low": L("With w = 0 and b = 0 every prediction is sigmoid(0) = 0.5, but that is the prediction, not the"
                  " loss: the loss of one example is -log of the probability the model gives to its true label,"
                  " with the natural logarithm (np.log), not log10."),
         "high": L("The cost is the mean of the m losses, not their sum, and the logarithm is the natural one"
                   " (np.log), not log2. What probability does each example get for its own label?")},
    then=L("J = log 2 = 0.693 for any data set at w = 0, b = 0: every example gets probability 1/2 for its own"
           " label. A first training run that starts at another cost has a bug.")))

register(Question(
    f"{MODULE}.q_overshoot", ref.q_overshoot, choices="abcd",
    why={"a": L("a small rate takes short steps along the downhill direction; short enough steps always lower a"
                " smooth cost, only slowly."),
         "b": L("the size of a rate alone says little: what matters is the step (learning rate x gradient) compared"
                " with how sharply J bends, and the gradient shrinks as the path nears the bottom of the valley."),
         "d": L("convexity promises a single valley, not that every step goes down: a step that is too long jumps"
                " over the valley floor and can land higher on the opposite slope.")},
    then=L("Too large a learning rate overshoots: the cost jumps around or grows. Too small a rate is safe but"
           " slow. The right size depends on how sharply the cost bends, so it is tuned for every problem.")))

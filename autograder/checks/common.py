"""What the checks of several modules share: read-only constants, the errors of common slips, and the
helpers of gradient checks.

NumPy is read through the grader's own snapshot (``_np``), so a notebook that rebinds a NumPy function
cannot change what these helpers find.
"""
import types

from .. import _np as np
from ..exercise import Mistake
from ..gradient import numerical_gradient, relative_error
from ..i18n import L, _

# --- module-level constants ----------------------------------------------------------------------------


def frozen(value):
    """``value`` made read-only, for a module-level constant that cases and checks are built from.

    Arrays lose their write flag (in place), lists and tuples become tuples, dicts become read-only views
    (types.MappingProxyType), recursively. A read-only view cannot be copied for the student's function or
    sent to its process: where the contract wants a dict or a list, pass a fresh ``dict(...)`` or ``list(...)``
    of the constant, never the constant itself.
    """
    if isinstance(value, np.ndarray):
        value.flags.writeable = False
        return value
    if isinstance(value, dict):
        return types.MappingProxyType({key: frozen(v) for key, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(frozen(v) for v in value)
    return value


# --- the errors of common slips ------------------------------------------------------------------------
# Regular expressions, matched against the error a call raised; each module says in its own words what to do.

# a product (@, np.dot) or a sum of arrays whose shapes do not fit
SHAPE_ERROR = r"(matmul|not aligned|could not be broadcast)"
# a product alone
PRODUCT_ERROR = r"(matmul|not aligned)"
# a function of the math module (math.exp, math.tanh, ...) given an array
MATH_MODULE_ERROR = r"(converted to Python scalars|only (length-1|0-dimensional|size-1) arrays)"
# rng.standard_normal(n, n_prev) or np.zeros(n, 1): the second number is read as a dtype
SHAPE_AS_ARGUMENTS_ERROR = r"Cannot interpret .* as a data type"
# a method called on an rng argument left at None
NO_RNG_ERROR = r"'NoneType' object has no attribute"

SHAPE_IN_ONE_TUPLE = Mistake(L("pass the shape as one tuple: rng.standard_normal((n[l], n[l-1])) and"
                               " np.zeros((n[l], 1))"), error=SHAPE_AS_ARGUMENTS_ERROR)
LAYER_COUNT = Mistake(L("parameters holds two entries per layer (W and b), so there are L = len(parameters) // 2"
                        " layers, l = 1 .. L"), error=r"KeyError: '[Wb]\d+'")


# --- reading what a student's function returned ----------------------------------------------------------

def unpack(outcome, count):
    """(the returned tuple, None), or (None, a sentence) when the call failed or did not return ``count`` values."""
    if not outcome.ok:
        return None, outcome.error
    value = outcome.value
    if not isinstance(value, (tuple, list)) or len(value) != count:
        return None, _("could not read the returned tuple")
    return value, None


def as_float_array(value, shape, name):
    """(array, None) when ``value`` reads as a float array of ``shape``, else (None, a sentence saying why not).

    Arguments:
    value -- what the student's function returned (any object)
    shape -- the expected shape, a tuple
    name -- how the sentence names the value, e.g. "dZ"
    """
    try:
        array = np.asarray(value, dtype=float)
    except Exception:
        return None, _("your {name} is not an array of numbers").format(name=name)
    if array.shape != shape:
        return None, _("your {name} has shape {got}; expected {shape}").format(name=name, got=array.shape, shape=shape)
    return array, None


# --- gradient checks -----------------------------------------------------------------------------------

def grads_close(got, numeric, name, threshold=1e-6, against=L("a numerical gradient")):
    """None when the student's gradient matches the grader's, else a sentence saying how far off it is.

    Arguments:
    got -- the student's gradient (any object)
    numeric -- the grader's gradient, a float array of the shape ``got`` must have
    name -- how the sentence names the student's gradient, e.g. "grads['dW1']"
    threshold -- the largest relative error (gradient.relative_error) accepted
    against -- how the sentence names the grader's gradient
    """
    got, problem = as_float_array(got, numeric.shape, name)
    if problem:
        return problem
    error = relative_error(got, numeric)
    if not error < threshold:
        return _("{name} is off: relative error {error} against {against} (expected below {threshold})").format(
            name=name, error=f"{error:.2g}", against=against, threshold=f"{threshold:g}")
    return None


def parameter_gradients(cost, parameters, keys=None):
    """The numerical gradient of a cost with respect to each parameter, one parameter at a time.

    Arguments:
    cost -- function of a parameter dict, returning a float
    parameters -- {"W1": (n[1], n[0]), "b1": (n[1], 1), ...}; not modified
    keys -- the keys to differentiate by, in order (every key of parameters when None)

    Returns:
    {key: array shaped like parameters[key]}
    """
    return {key: numerical_gradient(lambda value, key=key: cost({**parameters, key: value}), parameters[key])
            for key in (parameters if keys is None else keys)}


def layer_backward_problem(value, A, W, b, G, g=None):
    """A layer's backward pass, (dA_prev, dW, db), against numerical gradients; None, or the first problem.

    With Z = W A + b and J = sum(G * g(Z)) (``g`` the identity when None), the upstream gradient is G and
    dZ = G * g'(Z); the backward pass must return dA_prev = dJ/dA, dW = (dJ/dW) / m and db = (dJ/db) / m:
    the 1/m of the mean cost sits in dW and db only.

    Arguments:
    value -- the student's (dA_prev, dW, db)
    A -- (n[l-1], m), W -- (n[l], n[l-1]), b -- (n[l], 1), G -- (n[l], m)
    g -- the grader's own activation function, or None for a linear layer
    """
    g = g or (lambda Z: Z)
    m = A.shape[1]
    numeric = [("dA_prev", numerical_gradient(lambda a: float(np.sum(G * g(W @ a + b))), A)),
               ("dW", numerical_gradient(lambda w: float(np.sum(G * g(w @ A + b))), W) / m),
               ("db", numerical_gradient(lambda c: float(np.sum(G * g(W @ A + c))), b) / m)]
    for got, (name, expected) in zip(value, numeric):
        problem = grads_close(got, expected, name)
        if problem:
            return problem
    return None


# --- the grader's own activations (the reference library reads NumPy as the notebook left it) -----------

def sigmoid(Z):
    """1 / (1 + exp(-Z)), entry by entry, without overflow for large |Z|; same shape as Z."""
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def leaky_relu(alpha):
    """The function Z -> Z where Z > 0, alpha * Z elsewhere (ReLU for alpha = 0); same shape as Z."""
    return lambda Z: np.where(Z > 0, Z, alpha * Z)

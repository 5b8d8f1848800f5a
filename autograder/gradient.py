"""The grader's own numerical gradients (independent of any student code, and of NumPy as a notebook left it)."""
from . import _np as np


def numerical_gradient(f, x, epsilon=1e-6):
    """Central-difference gradient of a scalar function.

    Arguments:
    f -- callable taking an array shaped like ``x`` and returning a float
    x -- float array of any shape; it is not modified
    epsilon -- the step

    Returns:
    grad -- array shaped like ``x``, grad[i] = (f(x + e_i) - f(x - e_i)) / (2 epsilon)
    """
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + epsilon
        plus = f(x.copy())
        flat[i] = old - epsilon
        minus = f(x.copy())
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * epsilon)
    return grad


def relative_error(a, b):
    """||a - b|| / (||a|| + ||b||), and 0.0 when both are zero.

    Arguments:
    a, b -- arrays of the same shape

    Returns:
    error -- float in [0, 1]
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    denominator = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denominator == 0 else float(np.linalg.norm(a - b) / denominator)

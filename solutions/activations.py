"""Module 04: activation functions, their derivatives, and why deep nets need non-linearity.

Every backward function takes the upstream gradient ``dA`` and the pre-activation ``Z`` (both of
shape (n, m)) and returns ``dZ = dA * g'(Z)`` of the same shape: the activation acts entry by entry,
so the chain rule through it is an element-wise product.
"""
import numpy as np


def sigmoid(Z):
    """Element-wise logistic function 1 / (1 + exp(-Z)).

    Arguments:
    Z -- pre-activation, any shape

    Returns:
    A -- same shape as Z, values in [0, 1]; no overflow for large |Z|
    """
    E = np.exp(-np.abs(Z))  # exp of a non-positive number never overflows
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def sigmoid_backward(dA, Z):
    """Gradient through a sigmoid: dZ = dA * s (1 - s) with s = sigmoid(Z).

    Arguments:
    dA -- upstream gradient dJ/dA, shape (n, m)
    Z -- pre-activation of the layer, shape (n, m)

    Returns:
    dZ -- dJ/dZ, shape (n, m)
    """
    s = sigmoid(Z)
    return dA * s * (1 - s)


def tanh(Z):
    """Element-wise hyperbolic tangent (exp(Z) - exp(-Z)) / (exp(Z) + exp(-Z)).

    Arguments:
    Z -- pre-activation, any shape

    Returns:
    A -- same shape as Z, values in [-1, 1]; no overflow for large |Z|
    """
    return np.tanh(Z)  # never forms exp(|Z|), which overflows to inf / inf = nan beyond |Z| ~ 710


def tanh_backward(dA, Z):
    """Gradient through a tanh: dZ = dA * (1 - t^2) with t = tanh(Z).

    Arguments:
    dA -- upstream gradient dJ/dA, shape (n, m)
    Z -- pre-activation of the layer, shape (n, m)

    Returns:
    dZ -- dJ/dZ, shape (n, m)
    """
    t = tanh(Z)
    return dA * (1 - t ** 2)


def relu(Z):
    """Element-wise max(0, Z).

    Arguments:
    Z -- pre-activation, any shape

    Returns:
    A -- same shape as Z
    """
    return np.maximum(0, Z)


def relu_backward(dA, Z):
    """Gradient through a ReLU: dA where Z > 0, and 0 where Z <= 0 (the derivative at 0 is taken as 0).

    Arguments:
    dA -- upstream gradient dJ/dA, shape (n, m)
    Z -- pre-activation of the layer, shape (n, m)

    Returns:
    dZ -- dJ/dZ, shape (n, m)
    """
    # the chain rule dZ = dA * g'(Z), with g'(Z) the 0/1 mask of the active units; a product with the mask
    # runs several times faster than np.where, and this gradient is taken in every ReLU layer of every step
    return dA * (Z > 0)


def leaky_relu(Z, alpha=0.01):
    """Element-wise leaky ReLU: Z where Z > 0, alpha * Z where Z <= 0.

    Arguments:
    Z -- pre-activation, any shape
    alpha -- slope for Z <= 0, a small positive float

    Returns:
    A -- same shape as Z
    """
    return np.where(Z > 0, Z, alpha * Z)


def leaky_relu_backward(dA, Z, alpha=0.01):
    """Gradient through a leaky ReLU: dA where Z > 0, alpha * dA where Z <= 0 (slope alpha at 0).

    Arguments:
    dA -- upstream gradient dJ/dA, shape (n, m)
    Z -- pre-activation of the layer, shape (n, m)
    alpha -- slope for Z <= 0, the same value the forward pass used

    Returns:
    dZ -- dJ/dZ, shape (n, m)
    """
    return np.where(Z > 0, dA, alpha * dA)


def collapse_linear_layers(parameters):
    """The single linear layer equal to a stack of L linear layers (identity activations).

    Layer by layer, W[l] (W A + b) + b[l] = (W[l] W) A + (W[l] b + b[l]): the stack is one affine map.

    Arguments:
    parameters -- dict with "W1", "b1", ..., "WL", "bL"; W{l} of shape (n[l], n[l-1]), b{l} of shape (n[l], 1)

    Returns:
    W -- W[L] ... W[2] W[1], shape (n[L], n[0])
    b -- shape (n[L], 1), such that W X + b equals the stack's output for every X of shape (n[0], m)
    """
    L = len(parameters) // 2
    W = parameters["W1"]
    b = parameters["b1"]
    for l in range(2, L + 1):
        W_l = parameters[f"W{l}"]
        # each later layer acts on the bias collected so far as much as on the input
        b = W_l @ b + parameters[f"b{l}"]
        W = W_l @ W
    return W, b


def gradient_norms_by_layer(X, Y, parameters, activation):
    """Frobenius norm of dW{l} for every layer of a deep binary classifier, first layer first.

    The net is [LINEAR -> activation] x (L-1) -> LINEAR -> SIGMOID with the binary cross-entropy cost,
    so dZ[L] = A[L] - Y, dW[l] = (1/m) dZ[l] A[l-1]^T, dA[l-1] = W[l]^T dZ[l], dZ[l] = dA[l] * g'(Z[l]).

    Arguments:
    X -- data, shape (n[0], m)
    Y -- labels 0/1, shape (1, m)
    parameters -- dict with "W1", "b1", ..., "WL", "bL"; W{l} of shape (n[l], n[l-1]), b{l} of shape (n[l], 1)
    activation -- the hidden layers' activation: "sigmoid", "tanh" or "relu" ("leaky_relu" too, optionally)

    Returns:
    norms -- list of L floats, norms[l - 1] = ||dW{l}|| (square root of the sum of the squared entries)
    """
    forward = {"sigmoid": sigmoid, "tanh": tanh, "relu": relu, "leaky_relu": leaky_relu}
    backward = {"sigmoid": sigmoid_backward, "tanh": tanh_backward, "relu": relu_backward,
                "leaky_relu": leaky_relu_backward}
    if activation not in forward:
        raise ValueError(f"unknown activation {activation!r}; expected one of {list(forward)}")
    L = len(parameters) // 2
    m = X.shape[1]

    A = X
    caches = []  # (A[l-1], Z[l]) for l = 1..L: what the backward pass needs
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        caches.append((A, Z))
        A = forward[activation](Z) if l < L else sigmoid(Z)

    norms = [0.0] * L
    dZ = A - Y
    for l in range(L, 0, -1):
        A_prev, _ = caches[l - 1]
        dW = (dZ @ A_prev.T) / m
        norms[l - 1] = float(np.linalg.norm(dW))
        if l > 1:
            dA_prev = parameters[f"W{l}"].T @ dZ
            dZ = backward[activation](dA_prev, caches[l - 2][1])
    return norms


# --- answers to the lesson's questions (autograder.question) ---

q_max_sigmoid_slope = 0.25  # sigma'(0) = sigma(0) (1 - sigma(0)) = 1/2 * 1/2, the largest s (1 - s) for s in (0, 1)
q_flat_curve = "b"  # the sigmoid network: its first layers get almost no gradient

"""Module 04: activation functions, their derivatives, and why deep nets need non-linearity.

Every backward function takes the upstream gradient ``dA`` and the pre-activation ``Z`` (both of
shape (n, m)) and returns ``dZ = dA * g'(Z)`` of the same shape.
"""
import numpy as np


def sigmoid(Z):
    """Element-wise logistic function.

    Arguments:
    Z -- pre-activation, any shape

    Returns:
    A -- same shape as Z, values in (0, 1); no overflow for large |Z|
    """
    E = np.exp(-np.abs(Z))  # exp of a non-positive number never overflows
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def sigmoid_backward(dA, Z):
    """Gradient through a sigmoid: dZ = dA * s (1 - s) with s = sigmoid(Z).

    Arguments:
    dA -- upstream gradient, shape (n, m)
    Z -- pre-activation of the layer, shape (n, m)

    Returns:
    dZ -- shape (n, m)
    """
    s = sigmoid(Z)
    return dA * s * (1 - s)


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
    dA -- upstream gradient, shape (n, m)
    Z -- pre-activation of the layer, shape (n, m)

    Returns:
    dZ -- shape (n, m)
    """
    return np.where(Z > 0, dA, 0.0)

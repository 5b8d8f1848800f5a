"""Module 05: initialising a deep network: symmetry, exploding and vanishing signals, Xavier and He.

A network is described by ``layer_dims = [n0, n1, ..., nL]``: ``n0`` inputs, then the number of units
of each layer. Its parameters live in a dict with ``W{l}`` of shape ``(n[l], n[l-1])`` and ``b{l}`` of
shape ``(n[l], 1)`` for ``l = 1..L``. Examples are columns: ``X`` has shape ``(n0, m)``.

Every random initialiser takes a ``numpy.random.Generator`` and draws ``W1``, then ``W2``, ... with
``rng.standard_normal((n[l], n[l-1]))``, one array per layer and nothing else, so a seed fixes the result.
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    """Every weight and every bias set to zero.

    Arguments:
    layer_dims -- list [n0, n1, ..., nL] of layer sizes, n0 being the number of inputs

    Returns:
    parameters -- dict with W{l} zeros of shape (n[l], n[l-1]) and b{l} zeros of shape (n[l], 1), l = 1..L
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_random(layer_dims, rng, scale=10.0):
    """Standard normal weights multiplied by a fixed ``scale``, zero biases.

    Arguments:
    layer_dims -- list [n0, n1, ..., nL] of layer sizes
    rng -- numpy.random.Generator; W1, W2, ... are drawn from it in this order
    scale -- the standard deviation of every weight

    Returns:
    parameters -- dict with W{l} = scale * standard normal, shape (n[l], n[l-1]), and b{l} zeros (n[l], 1)
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = scale * rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        # the biases are not drawn: the random weights alone break the symmetry between units
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_xavier(layer_dims, rng):
    """Xavier initialisation: weights of variance 1 / n[l-1], zero biases.

    With that variance, a unit summing n[l-1] inputs of variance v has an output of variance v again,
    so the signal keeps its size from layer to layer (for activations that behave like the identity
    near 0, such as tanh).

    Arguments:
    layer_dims -- list [n0, n1, ..., nL] of layer sizes
    rng -- numpy.random.Generator; W1, W2, ... are drawn from it in this order

    Returns:
    parameters -- dict with W{l} = standard normal * sqrt(1 / n[l-1]), shape (n[l], n[l-1]), and b{l} zeros (n[l], 1)
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        # multiply by the standard deviation: the variance is its square
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_he(layer_dims, rng):
    """He initialisation: weights of variance 2 / n[l-1], zero biases.

    A ReLU sets half of its inputs to zero, which halves the mean square of the signal; doubling the
    Xavier variance makes up for it.

    Arguments:
    layer_dims -- list [n0, n1, ..., nL] of layer sizes
    rng -- numpy.random.Generator; W1, W2, ... are drawn from it in this order

    Returns:
    parameters -- dict with W{l} = standard normal * sqrt(2 / n[l-1]), shape (n[l], n[l-1]), and b{l} zeros (n[l], 1)
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def activate(Z, activation):
    """Apply one of the course's activation functions element-wise.

    Arguments:
    Z -- pre-activation, shape (n, m)
    activation -- "linear", "tanh", "relu" or "sigmoid"

    Returns:
    A -- shape (n, m)
    """
    if activation == "linear":
        return Z
    if activation == "tanh":
        return np.tanh(Z)
    if activation == "relu":
        return np.maximum(0, Z)
    if activation == "sigmoid":
        # the same function as 1 / (1 + exp(-Z)), written so that exp only sees -|Z| and cannot overflow
        E = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))
    raise ValueError(f"unknown activation {activation!r}: use 'linear', 'tanh', 'relu' or 'sigmoid'")


def activation_statistics(X, parameters, activation):
    """Mean and variance of every layer's activations when X is propagated through the network.

    Arguments:
    X -- input, shape (n0, m)
    parameters -- dict with W{l} of shape (n[l], n[l-1]) and b{l} of shape (n[l], 1), l = 1..L
    activation -- "linear", "tanh", "relu" or "sigmoid", used by every layer, the last one included

    Returns:
    stats -- list of L tuples (mean, variance) of Python floats: the mean and the (population) variance
             of all n[l] * m entries of A[l], for l = 1..L
    """
    L = len(parameters) // 2
    A = X
    stats = []
    for l in range(1, L + 1):
        A = activate(parameters[f"W{l}"] @ A + parameters[f"b{l}"], activation)
        # over all entries at once: the spread of the whole layer's signal is what we follow
        stats.append((float(np.mean(A)), float(np.var(A))))
    return stats


def network_forward(X, parameters):
    """Forward pass of a network with ReLU hidden layers and a sigmoid output unit.

    Arguments:
    X -- input, shape (n0, m)
    parameters -- dict with W{l} of shape (n[l], n[l-1]) and b{l} of shape (n[l], 1), l = 1..L, n[L] = 1

    Returns:
    ZL -- the output unit's pre-activation, shape (1, m); the probability of class 1 is sigmoid(ZL)
    caches -- list of L tuples (A_prev, Z), A_prev of shape (n[l-1], m) and Z of shape (n[l], m)
    """
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        caches.append((A, Z))
        A = activate(Z, "relu")
    return Z, caches


def train_network(X, Y, parameters, num_iterations=1000, learning_rate=0.1, record_every=10):
    """Batch gradient descent on the cross-entropy cost of a ReLU network with a sigmoid output.

    Arguments:
    X -- input, shape (n0, m)
    Y -- labels 0/1, shape (1, m)
    parameters -- initial dict with W{l} (n[l], n[l-1]) and b{l} (n[l], 1), l = 1..L, n[L] = 1; not modified
    num_iterations -- number of gradient steps
    learning_rate -- step size
    record_every -- the cost is recorded at iterations 0, record_every, 2 * record_every, ...

    Returns:
    parameters -- new dict, the parameters after the last step
    costs -- list of floats, the cost at the recorded iterations
    """
    L = len(parameters) // 2
    m = X.shape[1]
    parameters = dict(parameters)
    costs = []
    for i in range(num_iterations):
        ZL, caches = network_forward(X, parameters)
        if i % record_every == 0:
            # log(1 + e^z) - y z is the cross-entropy written without log(0), which a saturated
            # sigmoid (very large weights) would otherwise produce
            costs.append(float(np.mean(np.logaddexp(0, ZL) - Y * ZL)))
        dZ = activate(ZL, "sigmoid") - Y
        for l in range(L, 0, -1):
            A_prev, _ = caches[l - 1]
            dW = dZ @ A_prev.T / m
            db = np.sum(dZ, axis=1, keepdims=True) / m
            if l > 1:
                dZ = (parameters[f"W{l}"].T @ dZ) * (caches[l - 2][1] > 0)
            parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * dW
            parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * db
    return parameters, costs


def gradient_norms_by_layer(X, Y, parameters, activation):
    """Frobenius norm of dW{l} for every layer of a deep binary classifier, first layer first.

    Lesson 04's exercise of the same name, written with this module's ``activate``. The net is
    [LINEAR -> activation] x (L-1) -> LINEAR -> SIGMOID with the binary cross-entropy cost, so
    dZ[L] = A[L] - Y, dW[l] = (1/m) dZ[l] A[l-1]^T, dZ[l-1] = (W[l]^T dZ[l]) * g'(Z[l-1]).

    Arguments:
    X -- data, shape (n0, m)
    Y -- labels 0/1, shape (1, m)
    parameters -- dict with W{l} of shape (n[l], n[l-1]) and b{l} of shape (n[l], 1), l = 1..L, n[L] = 1
    activation -- the hidden layers' activation: "linear", "tanh", "relu" or "sigmoid"

    Returns:
    norms -- list of L floats, norms[l - 1] = ||dW{l}|| (square root of the sum of its squared entries)
    """
    slope = {"linear": lambda Z: np.ones_like(Z),
             "tanh": lambda Z: 1 - np.tanh(Z) ** 2,
             "relu": lambda Z: (Z > 0).astype(float),
             "sigmoid": lambda Z: activate(Z, "sigmoid") * (1 - activate(Z, "sigmoid"))}[activation]
    L = len(parameters) // 2
    m = X.shape[1]
    A, caches = X, []  # caches[l - 1] = (A[l-1], Z[l])
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        caches.append((A, Z))
        A = activate(Z, activation if l < L else "sigmoid")
    norms = [0.0] * L
    dZ = A - Y
    for l in range(L, 0, -1):
        A_prev, _ = caches[l - 1]
        norms[l - 1] = float(np.linalg.norm(dZ @ A_prev.T / m))
        if l > 1:
            dZ = (parameters[f"W{l}"].T @ dZ) * slope(caches[l - 2][1])
    return norms


def gradient_norms_per_initializer(X, Y, layer_dims, rng, activation="relu", scale=1.0):
    """The size of the first gradient of every layer, for a network started by each of the four initialisers.

    Arguments:
    X -- data, shape (n0, m)
    Y -- labels 0/1, shape (1, m)
    layer_dims -- list [n0, n1, ..., nL] of layer sizes, nL = 1 (one sigmoid output unit)
    rng -- numpy.random.Generator, shared by the random initialisers in this order: random, then Xavier,
           then He (the zeros draw nothing)
    activation -- the hidden layers' activation: "linear", "tanh", "relu" or "sigmoid"
    scale -- the standard deviation of the weights of the "random" initialiser

    Returns:
    norms -- dict {"zeros": [...], "random": [...], "Xavier": [...], "He": [...]}, each a list of L floats,
             ||dW{l}|| for l = 1..L, as gradient_norms_by_layer gives them for that start
    """
    starts = {
        "zeros": initialize_parameters_zeros(layer_dims),
        # one generator for all three: each initialiser continues where the one before stopped
        "random": initialize_parameters_random(layer_dims, rng, scale=scale),
        "Xavier": initialize_parameters_xavier(layer_dims, rng),
        "He": initialize_parameters_he(layer_dims, rng),
    }
    return {name: gradient_norms_by_layer(X, Y, parameters, activation) for name, parameters in starts.items()}


# --- answers to the lesson's questions (autograder.question) ---

# 10 linear layers W = 0.5 I, input of variance 1: each layer multiplies the variance by 0.5² = 0.25
q_variance_after_ten_layers = 0.25 ** 10

# a 10-layer ReLU network with weights of scale 0.01: how does ||dW[l]|| change from layer 10 down to layer 1?
q_gradient_profile = "b"

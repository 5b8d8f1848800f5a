"""Module 03: deep L-layer networks built from forward and backward blocks, softmax, and gradient checking.

Examples are columns. Layer ``l`` has ``W{l}`` of shape ``(n[l], n[l-1])`` and ``b{l}`` of shape
``(n[l], 1)``; ``Z[l]`` and ``A[l]`` have shape ``(n[l], m)``, with ``A[0] = X``.

Every forward block returns ``(output, cache)`` and every backward block takes ``(gradient, cache)``:
the cache holds exactly what the backward pass needs, so nothing is computed twice. Gradients of
activations (``dA``, ``dZ``) are per-example sums; the ``1/m`` of the mean cost enters only in ``dW``
and ``db``.
"""
import numpy as np

from solutions.activations import relu, relu_backward, sigmoid, sigmoid_backward


def initialize_parameters_deep(layer_dims, rng):
    """Small random weights and zero biases for every layer of a deep network.

    Arguments:
    layer_dims -- list of ints [n[0], n[1], ..., n[L]]: the input size, then the units of each layer
    rng -- numpy.random.Generator; W1, W2, ... are drawn in this order with rng.standard_normal

    Returns:
    parameters -- dict with "W{l}" of shape (n[l], n[l-1]) and "b{l}" of shape (n[l], 1), l = 1..L
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = 0.01 * rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def linear_forward(A, W, b):
    """The linear part of a layer, Z = W A + b.

    Arguments:
    A -- activations of the previous layer, shape (n[l-1], m)
    W -- weights, shape (n[l], n[l-1])
    b -- biases, shape (n[l], 1)

    Returns:
    Z -- pre-activation, shape (n[l], m)
    cache -- the tuple (A, W, b), kept for linear_backward
    """
    Z = W @ A + b  # b broadcasts over the m columns
    cache = (A, W, b)
    return Z, cache


def linear_activation_forward(A_prev, W, b, activation):
    """One full layer: Z = W A_prev + b, then A = g(Z).

    Arguments:
    A_prev -- activations of the previous layer, shape (n[l-1], m)
    W -- weights, shape (n[l], n[l-1])
    b -- biases, shape (n[l], 1)
    activation -- "sigmoid" or "relu"

    Returns:
    A -- activations of this layer, shape (n[l], m)
    cache -- the tuple (linear_cache, Z): linear_cache = (A_prev, W, b), Z of shape (n[l], m)
    """
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A = sigmoid(Z)
    elif activation == "relu":
        A = relu(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', not {activation!r}")
    cache = (linear_cache, Z)
    return A, cache


def L_model_forward(X, parameters):
    """Forward pass of [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID.

    Arguments:
    X -- data, shape (n[0], m)
    parameters -- dict with "W1", "b1", ..., "WL", "bL" (see initialize_parameters_deep)

    Returns:
    AL -- output probabilities, shape (n[L], m)
    caches -- list of the L caches of linear_activation_forward, layer 1 first
    """
    L = len(parameters) // 2  # one W and one b per layer
    caches = []
    A = X
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y):
    """Binary cross-entropy, averaged over the examples.

    Arguments:
    AL -- predicted probabilities, shape (1, m), entries strictly between 0 and 1
    Y -- labels 0/1, shape (1, m)

    Returns:
    cost -- float, -(1/m) sum(Y log AL + (1 - Y) log(1 - AL))
    """
    m = Y.shape[1]
    cost = -float(np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))) / m
    return cost


def linear_backward(dZ, cache):
    """Backward pass through Z = W A_prev + b.

    Arguments:
    dZ -- gradient with respect to Z, shape (n[l], m)
    cache -- the tuple (A_prev, W, b) from linear_forward

    Returns:
    dA_prev -- gradient with respect to A_prev, shape (n[l-1], m)
    dW -- gradient of the mean cost with respect to W, shape (n[l], n[l-1])
    db -- gradient of the mean cost with respect to b, shape (n[l], 1)
    """
    A_prev, W, b = cache
    m = A_prev.shape[1]
    # W and b are shared by all m examples, so their gradient sums over the examples; the 1/m
    # turns that sum into the gradient of the mean cost
    dW = (dZ @ A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    # each example's A_prev column only affects its own Z column: no sum, no 1/m
    dA_prev = W.T @ dZ
    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    """Backward pass through one full layer: first through g, then through the linear part.

    Arguments:
    dA -- gradient with respect to this layer's activations A, shape (n[l], m)
    cache -- the tuple (linear_cache, Z) from linear_activation_forward
    activation -- "sigmoid" or "relu", as in the forward pass

    Returns:
    dA_prev -- shape (n[l-1], m)
    dW -- shape (n[l], n[l-1])
    db -- shape (n[l], 1)
    """
    linear_cache, Z = cache
    if activation == "sigmoid":
        dZ = sigmoid_backward(dA, Z)
    elif activation == "relu":
        dZ = relu_backward(dA, Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', not {activation!r}")
    return linear_backward(dZ, linear_cache)


def L_model_backward(AL, Y, caches):
    """Backward pass of [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID with the cross-entropy cost.

    Arguments:
    AL -- output probabilities from L_model_forward, shape (1, m)
    Y -- labels 0/1, shape (1, m)
    caches -- the list of L caches from L_model_forward

    Returns:
    grads -- dict with, for l = 1..L, "dA{l-1}" of shape (n[l-1], m), "dW{l}" shaped like W{l}
             and "db{l}" shaped like b{l}
    """
    grads = {}
    L = len(caches)
    # derivative of the per-example loss with respect to AL; through the sigmoid it becomes AL - Y
    dAL = -(Y / AL - (1 - Y) / (1 - AL))
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    for l in range(L - 1, 0, -1):
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(
            grads[f"dA{l}"], caches[l - 1], "relu")
    return grads


def update_parameters(parameters, grads, learning_rate):
    """One step of gradient descent on every W and b.

    Arguments:
    parameters -- dict with "W1", "b1", ..., "WL", "bL"
    grads -- dict with at least "dW1", "db1", ..., "dWL", "dbL"
    learning_rate -- the step size alpha

    Returns:
    parameters -- a new dict with the same keys and shapes: param - learning_rate * dparam
    """
    L = len(parameters) // 2
    new = {}
    for l in range(1, L + 1):
        new[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        new[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return new


def softmax(Z):
    """Column-wise softmax: each column becomes a probability distribution over the C classes.

    Arguments:
    Z -- scores, shape (C, m)

    Returns:
    A -- shape (C, m), entries in [0, 1], every column summing to 1; finite for any finite Z
    """
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    # softmax(z) = softmax(z - c) for any c; with c the column maximum, exp above never saw a positive
    # number, so it could not overflow, and the largest term is exactly 1, so the sum is never 0
    return E / np.sum(E, axis=0, keepdims=True)


def softmax_cross_entropy(Z, Y):
    """Cross-entropy of softmax(Z) against one-hot labels, and its gradient with respect to Z.

    Arguments:
    Z -- scores of the output layer, shape (C, m)
    Y -- one-hot labels, shape (C, m)

    Returns:
    cost -- float, -(1/m) sum(Y log softmax(Z))
    dZ -- softmax(Z) - Y, shape (C, m): the gradient of the per-example loss, without 1/m
    """
    m = Z.shape[1]
    A = softmax(Z)
    # log softmax(Z) written as Z - max - log(sum exp(Z - max)): finite even where a probability
    # rounds to 0, where log(A) would give -inf
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    log_A = shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))
    cost = -float(np.sum(Y * log_A)) / m
    dZ = A - Y
    return cost, dZ


def numerical_gradient(f, x, epsilon=1e-7):
    """Central-difference estimate of the gradient of a scalar function.

    Arguments:
    f -- callable returning a float; it is called as f(x) while one entry of x is nudged, and may
         read x itself (for example through a dict that holds x) instead of its argument
    x -- float array of any shape; nudged in place one entry at a time and restored exactly
    epsilon -- the nudge

    Returns:
    grad -- array shaped like x: grad[i] = (f(x + epsilon e_i) - f(x - epsilon e_i)) / (2 epsilon)
    """
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + epsilon
        plus = f(x)
        x[i] = old - epsilon
        minus = f(x)
        # assigning the saved value puts back the very same number; adding and subtracting
        # epsilon would round
        x[i] = old
        grad[i] = (plus - minus) / (2 * epsilon)
    return grad


def relative_error(grad, grad_approx):
    """How far two gradients are apart, relative to their size.

    Arguments:
    grad -- array of any shape
    grad_approx -- array of the same shape

    Returns:
    error -- float in [0, 1], ||grad - grad_approx|| / (||grad|| + ||grad_approx||); 0.0 when both are zero
    """
    denominator = np.linalg.norm(grad) + np.linalg.norm(grad_approx)
    if denominator == 0:
        return 0.0
    return float(np.linalg.norm(grad - grad_approx) / denominator)


def gradient_check(parameters, grads, X, Y, epsilon=1e-7):
    """Compare back-propagated gradients with numerical ones for the L-layer network.

    Arguments:
    parameters -- dict with "W1", "b1", ..., "WL", "bL"
    grads -- dict with "dW1", "db1", ..., "dWL", "dbL" (other keys, such as "dA0", are ignored)
    X -- data, shape (n[0], m)
    Y -- labels 0/1, shape (1, m)
    epsilon -- the nudge of numerical_gradient

    Returns:
    difference -- float, relative_error of all the dW and db entries together against the numerical
                  gradient of compute_cost(L_model_forward(X, parameters)[0], Y)
    """
    params = {key: value.copy() for key, value in parameters.items()}
    # numerical_gradient nudges these copies, so the caller's arrays are never touched, not even for a moment

    def cost(_):
        # reads the nudged entry through params, which holds the very array being nudged
        return compute_cost(L_model_forward(X, params)[0], Y)

    analytic, numeric = [], []
    for key in params:
        numeric.append(numerical_gradient(cost, params[key], epsilon).reshape(-1))
        analytic.append(np.asarray(grads["d" + key], dtype=float).reshape(-1))
    return relative_error(np.concatenate(analytic), np.concatenate(numeric))


# --- answers to the lesson's questions (autograder.question) ---
q_digits_cost = 2.30  # log 10: ten nearly equal scores give every class a probability of 1/10
q_plateau = "b"  # cross-entropy: its dZ = a - y has no factor a(1 - a), which nearly vanishes when confidently wrong

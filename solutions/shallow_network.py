"""Module 02: a network with one hidden layer (tanh) and a sigmoid output unit, for binary classification.

Examples are columns: ``X`` has shape ``(n_x, m)`` and ``Y`` has shape ``(1, m)``. The parameters are
``W1 (n_h, n_x)``, ``b1 (n_h, 1)``, ``W2 (n_y, n_h)``, ``b2 (n_y, 1)``.
"""
import numpy as np


def sigmoid(Z):
    """The logistic function 1 / (1 + exp(-Z)), element-wise.

    Arguments:
    Z -- array of any shape

    Returns:
    A -- array of the same shape as Z, values in [0, 1]; no overflow for large |Z|
    """
    # exp only ever sees -|Z| <= 0, so it cannot overflow; both branches are the same function
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def layer_sizes(X, Y, n_h=4):
    """The sizes of the three layers, read from the data.

    Arguments:
    X -- input data, shape (n_x, m)
    Y -- labels, shape (n_y, m)
    n_h -- number of hidden units

    Returns:
    n_x -- int, size of the input layer (features per example)
    n_h -- int, size of the hidden layer
    n_y -- int, size of the output layer
    """
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return n_x, n_h, n_y


def initialize_parameters(n_x, n_h, n_y, rng):
    """Small random weights, zero biases.

    Arguments:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer
    rng -- numpy.random.Generator; W1 is drawn first, then W2

    Returns:
    parameters -- dict with
                  "W1": shape (n_h, n_x), 0.01 * standard normal
                  "b1": zeros, shape (n_h, 1)
                  "W2": shape (n_y, n_h), 0.01 * standard normal
                  "b2": zeros, shape (n_y, 1)
    """
    # random weights break the symmetry between hidden units; small ones keep tanh in its steep middle
    W1 = 0.01 * rng.standard_normal((n_h, n_x))
    b1 = np.zeros((n_h, 1))
    W2 = 0.01 * rng.standard_normal((n_y, n_h))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward_propagation(X, parameters):
    """LINEAR -> TANH -> LINEAR -> SIGMOID for all m examples at once.

    Arguments:
    X -- input data, shape (n_x, m)
    parameters -- dict with "W1" (n_h, n_x), "b1" (n_h, 1), "W2" (n_y, n_h), "b2" (n_y, 1)

    Returns:
    A2 -- output probabilities, shape (n_y, m)
    cache -- dict with "Z1" (n_h, m), "A1" (n_h, m), "Z2" (n_y, m), "A2" (n_y, m), for the backward pass
    """
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    # b has one column and is broadcast over the m example columns
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def compute_cost(A2, Y):
    """Cross-entropy cost, averaged over the examples.

    Arguments:
    A2 -- output probabilities, shape (1, m), strictly between 0 and 1
    Y -- labels 0/1, shape (1, m)

    Returns:
    cost -- float, -(1/m) sum(Y log(A2) + (1 - Y) log(1 - A2))
    """
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    return -float(np.sum(logprobs)) / m


def backward_propagation(parameters, cache, X, Y):
    """Gradients of the cross-entropy cost with respect to every parameter.

    Arguments:
    parameters -- dict with "W1" (n_h, n_x), "b1" (n_h, 1), "W2" (n_y, n_h), "b2" (n_y, 1)
    cache -- dict with "Z1", "A1" (n_h, m) and "Z2", "A2" (n_y, m) from forward_propagation(X, parameters)
    X -- input data, shape (n_x, m)
    Y -- labels 0/1, shape (n_y, m)

    Returns:
    grads -- dict with "dW1" (n_h, n_x), "db1" (n_h, 1), "dW2" (n_y, n_h), "db2" (n_y, 1)
    """
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    # sigmoid output with cross-entropy: the derivative of the cost with respect to Z2 simplifies to A2 - Y
    dZ2 = A2 - Y
    dW2 = (dZ2 @ A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    # tanh'(Z1) = 1 - tanh(Z1)^2 = 1 - A1^2: the forward pass already computed it
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    dW1 = (dZ1 @ X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(parameters, grads, learning_rate=1.2):
    """One step of gradient descent.

    Arguments:
    parameters -- dict with "W1", "b1", "W2", "b2"
    grads -- dict with "dW1", "db1", "dW2", "db2", each shaped like its parameter
    learning_rate -- step size alpha

    Returns:
    parameters -- a new dict with the same keys and shapes: W - learning_rate * dW, b - learning_rate * db
    """
    return {key: value - learning_rate * grads["d" + key] for key, value in parameters.items()}


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, rng=None, print_cost=False):
    """Train the one-hidden-layer network by batch gradient descent.

    Arguments:
    X -- input data, shape (n_x, m)
    Y -- labels 0/1, shape (1, m)
    n_h -- number of hidden units
    num_iterations -- number of gradient-descent steps
    learning_rate -- step size alpha
    rng -- numpy.random.Generator for the initial weights; None means a fresh, unseeded
           np.random.default_rng(), so every run starts from different weights
    print_cost -- print the cost every 1000 iterations

    Returns:
    parameters -- dict with "W1" (n_h, n_x), "b1" (n_h, 1), "W2" (1, n_h), "b2" (1, 1) after training
    """
    rng = np.random.default_rng() if rng is None else rng
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y, rng)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {compute_cost(A2, Y):f}")
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters


def predict(parameters, X):
    """Label each example 1 where the network's probability is above 0.5, else 0.

    Arguments:
    parameters -- dict with "W1", "b1", "W2", "b2"
    X -- input data, shape (n_x, m)

    Returns:
    predictions -- float array of 0.0/1.0, shape (1, m)
    """
    A2, _ = forward_propagation(X, parameters)
    return (A2 > 0.5).astype(float)


# --- answers to the lesson's questions (autograder.question) ---
q_slope_direction = "b"
q_fewest_hidden_units = 3

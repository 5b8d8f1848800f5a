"""Module 01: logistic regression as a single sigmoid neuron, trained by gradient descent.

Examples are columns: ``X`` has shape ``(n_x, m)`` and ``Y`` has shape ``(1, m)``.
"""
import numpy as np


def sigmoid(z):
    """The logistic function 1 / (1 + exp(-z)), element-wise.

    Arguments:
    z -- a scalar or an array of any shape

    Returns:
    s -- same shape as ``z``, values in [0, 1]; exact for |z| up to 1e4 (no overflow, no nan)
    """
    z = np.asarray(z, dtype=float)
    # exp only ever sees -|z| <= 0, so it cannot overflow; both branches are the same function.
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return s if s.ndim else float(s)


def initialize_with_zeros(dim):
    """Zero parameters for logistic regression.

    Arguments:
    dim -- number of features n_x

    Returns:
    w -- zeros of shape (dim, 1)
    b -- the float 0.0
    """
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b


def propagate(w, b, X, Y):
    """Forward pass, cross-entropy cost and its gradients.

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a float
    X -- data, shape (n_x, m)
    Y -- labels 0/1, shape (1, m)

    Returns:
    grads -- {"dw": shape (n_x, 1), "db": float}, gradients of the cost
    cost -- float, mean cross-entropy over the m examples
    """
    m = X.shape[1]
    Z = w.T @ X + b
    A = sigmoid(Z)
    # -(y log a + (1 - y) log(1 - a)) written as log(1 + e^z) - y z: the same number, but finite
    # even when a rounds to exactly 0 or 1
    cost = float(np.sum(np.logaddexp(0, Z) - Y * Z)) / m
    dZ = A - Y
    dw = (X @ dZ.T) / m
    db = float(np.sum(dZ)) / m
    return {"dw": dw, "db": db}, cost


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """Gradient descent on the logistic-regression cost.

    Arguments:
    w -- initial weights, shape (n_x, 1)
    b -- initial bias, a float
    X -- data, shape (n_x, m)
    Y -- labels 0/1, shape (1, m)
    num_iterations -- number of gradient steps
    learning_rate -- step size alpha
    print_cost -- print the cost every 100 iterations

    Returns:
    params -- {"w": shape (n_x, 1), "b": float}, the parameters after the last step
    grads -- {"dw", "db"}, the gradients computed in the last iteration
    costs -- list of floats, the cost at iterations 0, 100, 200, ...
    """
    costs = []
    grads = {"dw": np.zeros_like(w), "db": 0.0}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs


def predict(w, b, X):
    """Label each example 1 where the predicted probability is above 0.5, else 0.

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a float
    X -- data, shape (n_x, m)

    Returns:
    Y_prediction -- float array of 0.0/1.0, shape (1, m)
    """
    A = sigmoid(w.T @ X + b)
    return (A > 0.5).astype(float)


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
    """Train logistic regression from zero parameters and predict on both sets.

    Arguments:
    X_train -- training data, shape (n_x, m_train)
    Y_train -- training labels, shape (1, m_train)
    X_test -- test data, shape (n_x, m_test)
    Y_test -- test labels, shape (1, m_test)
    num_iterations, learning_rate, print_cost -- passed on to ``optimize``

    Returns:
    d -- dict with "costs" (list), "Y_prediction_test" (1, m_test), "Y_prediction_train" (1, m_train),
         "w" (n_x, 1), "b" (float), "learning_rate", "num_iterations"
    """
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w, b = params["w"], params["b"]
    return {
        "costs": costs,
        "Y_prediction_test": predict(w, b, X_test),
        "Y_prediction_train": predict(w, b, X_train),
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }


# --- answers to the lesson's questions (autograder.question) ---
q_zero_cost = 0.693  # ln 2: with w = 0, b = 0 every example gets probability 1/2 for its own label
q_overshoot = "c"  # learning rate 15 overshoots the valley floor, and the cost jumps around

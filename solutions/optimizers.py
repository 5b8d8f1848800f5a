"""Module 06: optimisers. Mini-batches, gradient descent with momentum, RMSProp, Adam and learning-rate decay.

Parameters live in a dict with keys "W1", "b1", ..., "WL", "bL"; gradients, velocities ``v`` and
second moments ``s`` in dicts with keys "dW1", "db1", ..., "dWL", "dbL", each entry shaped like its
parameter. Every update function returns new dicts and leaves its inputs as they were.
"""
import numpy as np


def random_mini_batches(X, Y, mini_batch_size=64, rng=None):
    """Shuffle the examples and cut them into consecutive mini-batches.

    Arguments:
    X -- data, shape (n_x, m)
    Y -- labels, shape (n_y, m), one column per example of X
    mini_batch_size -- number of examples in every batch but the last
    rng -- numpy.random.Generator that draws the one permutation; None creates a fresh one

    Returns:
    mini_batches -- list of (X_batch, Y_batch) with shapes (n_x, size) and (n_y, size); every size is
                    mini_batch_size except the last, which holds the m % mini_batch_size examples left
                    over (when there are any)
    """
    if rng is None:
        rng = np.random.default_rng()
    m = X.shape[1]
    # one permutation for both arrays, so every example keeps its own label
    permutation = rng.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        end = start + mini_batch_size
        mini_batches.append((X_shuffled[:, start:end], Y_shuffled[:, start:end]))
    return mini_batches


def update_parameters_with_gd(parameters, grads, learning_rate):
    """One step of (mini-batch) gradient descent: param = param - learning_rate * grad.

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL"; W{l} of shape (n[l], n[l-1]), b{l} of shape (n[l], 1)
    grads -- dict "dW1", "db1", ..., each shaped like its parameter
    learning_rate -- step size, a float

    Returns:
    parameters -- a new dict with the updated parameters, same keys and shapes
    """
    L = len(parameters) // 2
    new_parameters = {}
    for l in range(1, L + 1):
        new_parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        new_parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return new_parameters


def initialize_velocity(parameters):
    """The velocity of momentum before the first step: zeros shaped like the gradients.

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL"

    Returns:
    v -- dict "dW1", "db1", ..., "dWL", "dbL" of zero arrays, each shaped like its parameter
    """
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
        v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
    return v


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    """One step of gradient descent with momentum, written as an exponentially weighted average.

    v = beta * v + (1 - beta) * grad, then param = param - learning_rate * v.
    (Keras and PyTorch accumulate u = beta * u + grad instead; u = v / (1 - beta) when both start at
    zero, so their learning rate (1 - beta) * learning_rate traces the same path.)

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL"
    grads -- dict "dW1", "db1", ..., each shaped like its parameter
    v -- dict "dW1", "db1", ..., the velocity after the previous step
    beta -- momentum, a float in [0, 1)
    learning_rate -- step size, a float

    Returns:
    parameters -- a new dict with the updated parameters
    v -- a new dict with the updated velocity
    """
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            new_v[f"d{p}{l}"] = beta * v[f"d{p}{l}"] + (1 - beta) * grads[f"d{p}{l}"]
            new_parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * new_v[f"d{p}{l}"]
    return new_parameters, new_v


def initialize_rmsprop(parameters):
    """The running mean of squared gradients before the first RMSProp step: zeros.

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL"

    Returns:
    s -- dict "dW1", "db1", ..., "dWL", "dbL" of zero arrays, each shaped like its parameter
    """
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
        s[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
    return s


def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    """One RMSProp step: each parameter's step is divided by the root mean square of its recent gradients.

    s = beta2 * s + (1 - beta2) * grad ** 2, then
    param = param - learning_rate * grad / (sqrt(s) + epsilon).

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL"
    grads -- dict "dW1", "db1", ..., each shaped like its parameter
    s -- dict "dW1", "db1", ..., the mean of squared gradients after the previous step
    beta2 -- decay of the running mean, a float in [0, 1)
    learning_rate -- step size, a float
    epsilon -- keeps the division finite where s is zero

    Returns:
    parameters -- a new dict with the updated parameters
    s -- a new dict with the updated mean of squared gradients
    """
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = grads[f"d{p}{l}"]
            new_s[f"d{p}{l}"] = beta2 * s[f"d{p}{l}"] + (1 - beta2) * g ** 2
            # epsilon outside the root: a zero gradient then moves nothing instead of giving 0 / 0
            new_parameters[f"{p}{l}"] = (parameters[f"{p}{l}"]
                                         - learning_rate * g / (np.sqrt(new_s[f"d{p}{l}"]) + epsilon))
    return new_parameters, new_s


def initialize_adam(parameters):
    """Adam's two running means before the first step: zeros.

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL"

    Returns:
    v -- dict "dW1", "db1", ..., zeros shaped like the parameters (mean of the gradients)
    s -- dict "dW1", "db1", ..., zeros shaped like the parameters (mean of the squared gradients)
    """
    return initialize_velocity(parameters), initialize_rmsprop(parameters)


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999,
                                epsilon=1e-8):
    """One Adam step: momentum and RMSProp together, with both running means corrected for their zero start.

    v = beta1 v + (1 - beta1) grad,   s = beta2 s + (1 - beta2) grad ** 2,
    v_corrected = v / (1 - beta1 ** t),   s_corrected = s / (1 - beta2 ** t),
    param = param - learning_rate * v_corrected / (sqrt(s_corrected) + epsilon).

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL"
    grads -- dict "dW1", "db1", ..., each shaped like its parameter
    v -- dict "dW1", "db1", ..., the mean of the gradients after step t - 1
    s -- dict "dW1", "db1", ..., the mean of the squared gradients after step t - 1
    t -- the number of this step, counting from 1
    learning_rate -- step size, a float
    beta1 -- decay of the mean of the gradients
    beta2 -- decay of the mean of the squared gradients
    epsilon -- keeps the division finite where s is zero

    Returns:
    parameters -- a new dict with the updated parameters
    v -- a new dict, the updated mean of the gradients
    s -- a new dict, the updated mean of the squared gradients
    v_corrected -- a new dict, v / (1 - beta1 ** t)
    s_corrected -- a new dict, s / (1 - beta2 ** t)
    """
    L = len(parameters) // 2
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = f"d{p}{l}"
            g = grads[key]
            new_v[key] = beta1 * v[key] + (1 - beta1) * g
            new_s[key] = beta2 * s[key] + (1 - beta2) * g ** 2
            # both means start at zero, so early on they are too small by the factor 1 - beta ** t
            v_corrected[key] = new_v[key] / (1 - beta1 ** t)
            s_corrected[key] = new_s[key] / (1 - beta2 ** t)
            new_parameters[f"{p}{l}"] = (parameters[f"{p}{l}"]
                                         - learning_rate * v_corrected[key] / (np.sqrt(s_corrected[key]) + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


def update_lr(learning_rate0, epoch_num, decay_rate):
    """Inverse-time learning-rate decay, lowered after every epoch.

    Arguments:
    learning_rate0 -- the learning rate at epoch 0
    epoch_num -- the epoch number, 0, 1, 2, ...
    decay_rate -- how fast the rate falls

    Returns:
    learning_rate -- float, learning_rate0 / (1 + decay_rate * epoch_num)
    """
    return float(learning_rate0 / (1 + decay_rate * epoch_num))


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    """Inverse-time learning-rate decay in steps: the rate only changes every ``time_interval`` epochs.

    Arguments:
    learning_rate0 -- the learning rate at epoch 0
    epoch_num -- the epoch number, 0, 1, 2, ...
    decay_rate -- how fast the rate falls
    time_interval -- number of epochs the rate is held before it falls again

    Returns:
    learning_rate -- float, learning_rate0 / (1 + decay_rate * floor(epoch_num / time_interval))
    """
    return float(learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval)))


# --- answers to the lesson's questions (autograder.question) ---
q_step_direction = "b"
q_momentum_path = "b"

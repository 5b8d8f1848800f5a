# %% [markdown]
# # 06 Optimizers
#
# So far every network in this course has learned by plain gradient descent: compute the gradient of the
# cost on the whole training set, take one step against it, repeat. That works, but it wastes effort in two
# ways. Each step needs a full pass over the data, however large the data set is; and a single learning rate
# has to suit every parameter, whether the cost is steep or nearly flat in its direction. This lesson builds
# the tools that fix both, the ones behind practically every network trained today:
#
# | function | what it does |
# | --- | --- |
# | `random_mini_batches(X, Y, ...)` | shuffles the examples and cuts them into mini-batches |
# | `update_parameters_with_gd(...)` | one plain gradient-descent step |
# | `initialize_velocity`, `update_parameters_with_momentum` | momentum: steps that remember earlier gradients |
# | `initialize_rmsprop`, `update_parameters_with_rmsprop` | RMSProp: a step size per parameter |
# | `initialize_adam`, `update_parameters_with_adam` | Adam: momentum and RMSProp together, bias-corrected |
# | `update_lr`, `schedule_lr_decay` | learning rates that shrink as training goes on |
#
# You will watch each optimiser walk over a two-dimensional cost surface, train the same small network with
# each of them, build a handwritten-digit classifier from your own pieces, and finally learn when to stop
# training and how to choose the settings that no optimiser chooses for you.
#
# **Contents**
#
# 1. [Mini-batches](#1.-Mini-batches): [Exercise 1](#Exercise-1:-random_mini_batches)
# 2. [Gradient descent, one step at a time](#2.-Gradient-descent,-one-step-at-a-time):
#    [Exercise 2](#Exercise-2:-update_parameters_with_gd), [a small network to train](#A-small-network-to-train),
#    [batch, mini-batch and stochastic gradient descent](#Batch,-mini-batch-and-stochastic-gradient-descent)
# 3. [Optimisers on a cost surface](#3.-Optimisers-on-a-cost-surface)
# 4. [Momentum](#4.-Momentum): [Exercise 3](#Exercise-3:-initialize_velocity),
#    [Exercise 4](#Exercise-4:-update_parameters_with_momentum)
# 5. [RMSProp](#5.-RMSProp): [Exercise 5](#Exercise-5:-initialize_rmsprop),
#    [Exercise 6](#Exercise-6:-update_parameters_with_rmsprop)
# 6. [Adam](#6.-Adam): [Exercise 7](#Exercise-7:-initialize_adam), [Exercise 8](#Exercise-8:-update_parameters_with_adam)
# 7. [The optimisers on the small network](#7.-The-optimisers-on-the-small-network)
# 8. [Learning-rate decay](#8.-Learning-rate-decay): [Exercise 9](#Exercise-9:-update_lr),
#    [Exercise 10](#Exercise-10:-schedule_lr_decay)
# 9. [Two more optimisers (optional, not graded)](#9.-Two-more-optimisers-(optional,-not-graded))
# 10. [Putting it together: a digit classifier](#10.-Putting-it-together:-a-digit-classifier)
# 11. [When to stop, and choosing hyperparameters](#11.-When-to-stop,-and-choosing-hyperparameters)
# 12. [The same network in a framework (optional)](#12.-The-same-network-in-a-framework-(optional))
#
# [Summary](#Summary) and [things to explore](#Things-to-explore) close the lesson. Along the way, four
# questions ask you to predict what an experiment will show before you run it: two are checked automatically,
# two you answer in your own words.
#
# **How to work.** Replace each `raise NotImplementedError` line with your code, run the cell, then the test
# cell under it. The first case of every test is a small worked example whose call is shown, so you can
# run it yourself. Run the notebook from top to bottom: later cells use the functions of earlier ones.
#
# **Notation.** As in the rest of the course, examples are the columns of `X` (shape $(n_x, m)$) and of
# `Y`. The parameters of an $L$-layer network live in a dict with keys `"W1", "b1", ..., "WL", "bL"`, the
# gradients in a dict with keys `"dW1", "db1", ...`. The optimisers keep running averages of the gradients
# in dicts with the same keys as the gradients. No function here changes its inputs: each update returns
# new dicts.

# %%
import time
import timeit

import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. Mini-batches
#
# The cost is a mean over the $m$ training examples, $J = \frac{1}{m} \sum_i L^{(i)}$, and so is its gradient.
# **Batch gradient descent** computes that mean exactly before every step. With a million examples, each
# small step costs a million forward and backward passes.
#
# **Stochastic gradient descent** (SGD) goes to the other extreme: it estimates the gradient from a single
# randomly chosen example and steps at once. The estimate is noisy, so the path wanders, but the steps are
# cheap and many of them point roughly the right way: after one pass over the data SGD has taken $m$ steps
# where batch gradient descent has taken one. It gives up some precision for a great deal of speed.
#
# **Mini-batch gradient descent** sits in between and is what everybody uses: estimate the gradient from
# a small random group of examples, a **mini-batch**, typically 32 to 512 of them. The mean over 64 examples
# is far less noisy than a single example, and a mini-batch is still small enough to be cheap. Because the
# examples of a batch are columns of one matrix, the forward and backward passes handle all of them at once
# with the same vectorised code as before: only `X` and `Y` get narrower. (Sizes are often powers of two,
# which suit memory layouts; nothing else about them is special.) One pass over the whole training set, batch
# by batch, is called an **epoch**.
#
# To build the mini-batches of one epoch:
#
# 1. **Shuffle.** Draw one random permutation of the column indices $0, \dots, m-1$ and reorder the columns
#    of *both* `X` and `Y` with it, so every example keeps its own label. Shuffling again every epoch gives
#    different batches each time, and stops an ordering of the data set (say, sorted by class) from biasing
#    the steps.
# 2. **Partition.** Cut the shuffled columns into consecutive slices of `mini_batch_size`. When $m$ is not a
#    multiple of the size, the last batch holds the $m \bmod$ `mini_batch_size` examples left over, so no
#    example is lost.
#
# For example, $m = 148$ examples in batches of 64 give batches of 64, 64 and 20 examples.
#
# ### Exercise 1: `random_mini_batches`
#
# Return a list of pairs `(X_batch, Y_batch)`, of shapes $(n_x, k)$ and $(n_y, k)$, where $k$ is
# `mini_batch_size` for every batch but possibly the last.
#
# - Draw the permutation **once**, with `rng.permutation(m)`, and index the columns: `X[:, permutation]`.
#   Drawing it from `rng` (not from `np.random`) makes the shuffle reproducible: the same seed gives the same
#   batches, which is how the check can compare yours with the expected ones.
# - When `rng` is `None`, create a fresh generator first: `rng = np.random.default_rng()`.
# - Slicing past the end of an array is fine in NumPy: `X[:, 60:64]` of an array with 62 columns has 2.
#
# The worked example of the check shuffles seven examples into batches of three. The first row of
# `example_X` numbers the examples, so you can read off where each one went.
#
# Expected: `random_mini_batches(example_X, example_Y, mini_batch_size=3, rng=np.random.default_rng(0))` gives
# three batches, of 3, 3 and 1 examples. Their `X_batch[0]` rows are `[2, 4, 3]`, `[6, 5, 0]` and `[1]`, and their
# `Y_batch` rows `[1, 1, 0]`, `[0, 0, 0]` and `[1]`: every label travelled with its example.

# %%
example_X = np.array([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5]])
example_Y = np.array([[0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0]])

# %% exercise="random_mini_batches"

# %% [markdown]
# Your batches, printed the same way:

# %%
for k, (X_batch, Y_batch) in enumerate(random_mini_batches(example_X, example_Y, 3, np.random.default_rng(0))):
    print(f"batch {k}: examples {X_batch[0].astype(int)}, labels {Y_batch[0]}")

# %% [markdown]
# Every epoch shuffles afresh. Below, each row is one epoch of 100 examples cut into batches of 32; the
# colour says which batch each example landed in (the last batch, of 4 examples, is the darkest).

# %%
m, size = 100, 32
index_row = np.arange(m, dtype=float).reshape(1, m)
rng = np.random.default_rng(1)
assignment = np.zeros((5, m))
for epoch in range(5):
    for k, (X_batch, _) in enumerate(random_mini_batches(index_row, index_row, size, rng)):
        assignment[epoch, X_batch[0].astype(int)] = k
plt.figure(figsize=(10, 2.4))
plt.imshow(assignment, aspect="auto", cmap="viridis_r", interpolation="nearest")
plt.colorbar(label="batch number", ticks=range(4))
plt.title("Which mini-batch each example falls into, epoch by epoch")
plt.xlabel("example index")
plt.ylabel("epoch")
plt.show()

# %% [markdown]
# ## 2. Gradient descent, one step at a time
#
# Whatever the batch, the plain gradient-descent step is the one you know, for every layer $l = 1, \dots, L$:
#
# $$W^{[l]} := W^{[l]} - \alpha \, dW^{[l]}, \qquad b^{[l]} := b^{[l]} - \alpha \, db^{[l]}.$$
#
# ### Exercise 2: `update_parameters_with_gd`
#
# Return a **new** dict with the updated `"W1", "b1", ..., "WL", "bL"`. There are two entries per layer, so
# $L$ = `len(parameters) // 2`. Write `parameters["W1"] - learning_rate * grads["dW1"]` into a new dict rather
# than `parameters["W1"] -= ...`, which would change the caller's arrays.
#
# The worked examples of this and the following exercises use these small dicts, for a network with layer
# sizes $[3, 2, 1]$.
#
# Expected: `update_parameters_with_gd(example_parameters, example_grads, 0.1)` gives `W1` =
# `[[0.48, -0.19, 0.095], [0.33, 0.76, -0.51]]`, `b1` = `[[0.095], [-0.098]]`, `W2` = `[[1.05, -0.625]]` and
# `b2` = `[[0.19]]`, and leaves `example_parameters` as it was.

# %%
example_parameters = {"W1": np.array([[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]]), "b1": np.array([[0.1], [-0.1]]),
                      "W2": np.array([[1.0, -0.6]]), "b2": np.array([[0.2]])}
example_grads = {"dW1": np.array([[0.2, -0.1, 0.05], [-0.3, 0.4, 0.1]]), "db1": np.array([[0.05], [-0.02]]),
                 "dW2": np.array([[-0.5, 0.25]]), "db2": np.array([[0.1]])}
example_v = {"dW1": np.array([[0.1, 0.0, -0.1], [0.2, -0.2, 0.0]]), "db1": np.array([[0.0], [0.1]]),
             "dW2": np.array([[0.3, -0.1]]), "db2": np.array([[-0.05]])}
example_s = {"dW1": np.array([[0.04, 0.01, 0.0], [0.09, 0.16, 0.01]]), "db1": np.array([[0.0], [0.01]]),
             "dW2": np.array([[0.25, 0.04]]), "db2": np.array([[0.01]])}

# %% exercise="update_parameters_with_gd"

# %%
new_parameters = update_parameters_with_gd(example_parameters, example_grads, 0.1)
print("W1 after one step:\n", new_parameters["W1"])
print("W1 is unchanged:  ", np.array_equal(example_parameters["W1"], [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]]))

# %% [markdown]
# ### A small network to train
#
# To compare optimisers we need something to train. The next cell is a complete small network, written
# compactly because you built every part of it in earlier modules: **He initialisation** (weights scaled by
# $\sqrt{2 / n^{[l-1]}}$, module 05), **ReLU** hidden layers, and an output layer that is a sigmoid for two
# classes or a **softmax** for several, with the cross-entropy cost. For both outputs the backward pass
# starts from $dZ^{[L]} = A^{[L]} - Y$ (modules 01 and 03).
#
# `train` runs mini-batch training with the optimiser you name. It calls your `random_mini_batches` at the
# start of every epoch and your update functions at every step, and returns the parameters, the mean cost of
# each epoch, and the cost of every mini-batch. The `if` chain in it is a compact picture of how the
# optimisers differ: only in the state they carry from one step to the next.

# %%
def he_init(layer_dims, rng):
    """He initialisation: W{l} ~ N(0, 2 / n[l-1]), b{l} = 0."""
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def relu(Z):
    return np.maximum(0, Z)


def sigmoid(Z):
    return np.exp(-np.logaddexp(0, -Z))  # 1 / (1 + e^-Z), without overflow


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))  # shifting each column leaves softmax unchanged
    return E / E.sum(axis=0, keepdims=True)


def forward(parameters, X, output="sigmoid"):
    """[LINEAR -> RELU] x (L-1) -> LINEAR -> sigmoid or softmax. Returns A[L] and the (A[l-1], Z[l]) of each layer."""
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        caches.append((A, Z))
        if l < L:
            A = relu(Z)
        else:
            A = sigmoid(Z) if output == "sigmoid" else softmax(Z)
    return A, caches


def forward_backward(parameters, X, Y, output="sigmoid"):
    """The cross-entropy cost (a float) and its gradients {"dW1", "db1", ...}."""
    L, m = len(parameters) // 2, X.shape[1]
    AL, caches = forward(parameters, X, output)
    ZL = caches[-1][1]
    if output == "sigmoid":
        cost = np.sum(np.logaddexp(0, ZL) - Y * ZL) / m  # -(y log a + (1 - y) log(1 - a)), kept finite
    else:
        shifted = ZL - ZL.max(axis=0, keepdims=True)
        cost = -np.sum(Y * (shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True)))) / m
    grads, dZ = {}, AL - Y
    for l in range(L, 0, -1):
        A_prev = caches[l - 1][0]
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dZ = (parameters[f"W{l}"].T @ dZ) * (caches[l - 2][1] > 0)  # ReLU passes the gradient where Z > 0
    return float(cost), grads


def train(X, Y, layer_dims, optimizer="gd", learning_rate=0.01, num_epochs=50, mini_batch_size=32,
          beta=0.9, beta1=0.9, beta2=0.999, decay=None, output="sigmoid", seed=0, on_epoch=None):
    """Mini-batch training. decay(learning_rate0, epoch) -> learning rate, or None for a constant rate.
    on_epoch(epoch, parameters), if given, is called after every epoch; training stops when it returns True.

    Returns: parameters, epoch_costs (one per epoch), batch_costs (one per step)."""
    rng = np.random.default_rng(seed)
    parameters = he_init(layer_dims, rng)
    if optimizer == "momentum":
        v = initialize_velocity(parameters)
    elif optimizer == "rmsprop":
        s = initialize_rmsprop(parameters)
    elif optimizer == "adam":
        v, s = initialize_adam(parameters)
    t, lr, epoch_costs, batch_costs = 0, learning_rate, [], []
    for epoch in range(num_epochs):
        total = 0.0
        for X_batch, Y_batch in random_mini_batches(X, Y, mini_batch_size, rng):
            cost, grads = forward_backward(parameters, X_batch, Y_batch, output)
            batch_costs.append(cost)
            total += cost * X_batch.shape[1]
            t += 1  # Adam counts steps, not epochs
            if optimizer == "gd":
                parameters = update_parameters_with_gd(parameters, grads, lr)
            elif optimizer == "momentum":
                parameters, v = update_parameters_with_momentum(parameters, grads, v, beta, lr)
            elif optimizer == "rmsprop":
                parameters, s = update_parameters_with_rmsprop(parameters, grads, s, beta2, lr)
            else:
                parameters, v, s, _, _ = update_parameters_with_adam(parameters, grads, v, s, t, lr, beta1, beta2)
        epoch_costs.append(total / X.shape[1])
        if decay is not None:
            lr = decay(learning_rate, epoch + 1)
        if on_epoch is not None and on_epoch(epoch, parameters):
            break
    return parameters, epoch_costs, batch_costs


def accuracy(parameters, X, Y, output="sigmoid"):
    A, _ = forward(parameters, X, output)
    if output == "sigmoid":
        return float(np.mean((A > 0.5) == (Y > 0.5)))
    return float(np.mean(A.argmax(axis=0) == Y.argmax(axis=0)))


# %% [markdown]
# The data: two interleaving half-moons, 300 points, which no straight line separates. The network has layer
# sizes $[2, 16, 8, 1]$.

# %%
X_moons, Y_moons = datasets.moons(300, noise=0.2, rng=np.random.default_rng(1))
moon_dims = [2, 16, 8, 1]
plt.figure(figsize=(5, 3.5))
plt.scatter(X_moons[0], X_moons[1], c=Y_moons[0], cmap="coolwarm", s=12, edgecolors="k", linewidths=0.3)
plt.title("The two moons (colour = label)")
plt.xlabel("$x_1$")
plt.ylabel("$x_2$")
plt.show()

# %% [markdown]
# ### Batch, mini-batch and stochastic gradient descent
#
# The next cell trains the same network for 10 epochs with the same learning rate (0.1) and three batch
# sizes: all 300 examples (batch gradient descent, one step per epoch), 32 (ten steps per epoch), and 1 (SGD,
# 300 steps per epoch). The left plot will show the mean cost of each epoch; the right one the cost of each
# mini-batch as training goes on.
#
# **Question (written answer).** Before you run it: after 10 epochs, which of the three runs do you expect
# to have the lowest cost, and which the noisiest cost from one batch to the next? Explain in two or three
# sentences, in terms of how many steps each run takes per epoch and how good each step's estimate of the
# gradient is. Write your answer in the cell below (double-click it to edit).

# %% [markdown] answer="explain_mini_batches" points=2
# Stochastic gradient descent (batches of 1) should end lowest after 10 epochs: it takes 300 steps per
# epoch, against 10 for batches of 32 and a single step for the full batch. Each of its gradients comes from
# one example and is a noisy estimate, but most of them still point roughly downhill, so many cheap noisy steps
# get further than a few accurate ones. The same noise makes its per-batch cost the most erratic: the cost
# of one example varies a lot from example to example, and each step is pushed around by its own example.
# Batches of 32 average most of that noise away while still taking ten steps per epoch, and in vectorised code
# a step on 32 examples costs little more than a step on one: that is why mini-batches are the usual choice.

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8))
for label, size, colour in [("batch (300)", 300, "C0"), ("mini-batch (32)", 32, "C1"), ("stochastic (1)", 1, "C2")]:
    _, epoch_costs, batch_costs = train(X_moons, Y_moons, moon_dims, "gd", 0.1, num_epochs=10, mini_batch_size=size)
    print(f"{label:16}: {len(batch_costs):4} steps, cost after 10 epochs {epoch_costs[-1]:.3f}")
    axes[0].plot(range(1, 11), epoch_costs, "o-", color=colour, label=f"{label}: {len(batch_costs)} steps")
    steps = np.arange(1, len(batch_costs) + 1) / (len(batch_costs) / 10)  # in epochs
    if size == 1:
        axes[1].scatter(steps, batch_costs, s=2, alpha=0.3, color=colour, label=label)
    else:
        axes[1].plot(steps, batch_costs, ".-", lw=1.2, ms=4 if size == 300 else 2, color=colour, label=label)
axes[0].set_title("Mean cost per epoch")
axes[0].set_xlabel("epoch")
axes[0].set_ylabel("cost")
axes[0].legend()
axes[1].set_title("Cost of each mini-batch")
axes[1].set_xlabel("epoch")
axes[1].set_ylabel("cost on the batch")
axes[1].set_ylim(0, 2)
axes[1].legend(loc="upper right", markerscale=3)
plt.tight_layout()
plt.show()

# %% [markdown]
# Per epoch, smaller batches get further, simply because they take more steps for the same number of
# examples seen. The price shows on the right: the cost of a single example jumps all over the place, and
# so does the direction of each SGD step, while batches of 32 give a much steadier signal. (Per step, a
# batch of 300 is of course the most accurate; it is just expensive.)
#
# What a step costs on a computer is the other half of the story. The next cell times one forward and
# backward pass on 1, 32 and 300 examples (the times depend on your machine):

# %%
timing_parameters = he_init(moon_dims, np.random.default_rng(0))
for size in (1, 32, 300):
    X_part, Y_part = X_moons[:, :size], Y_moons[:, :size]
    seconds = min(timeit.repeat(lambda: forward_backward(timing_parameters, X_part, Y_part), number=200, repeat=3)) / 200
    print(f"one step on {size:3} examples: about {seconds * 1e6:4.0f} microseconds")

# %% [markdown]
# A step on 32 examples costs little more than a step on one, because the same vectorised matrix products
# handle all the columns at once; per example seen, SGD is by far the most expensive of the three. Mini-batches
# get most of SGD's many steps per epoch at a fraction of its cost per example, and with much less noise: that
# is why they, not single examples, are the practical choice.
#
# ## 3. Optimisers on a cost surface
#
# A network's cost depends on thousands of parameters, far too many to draw. To *see* what an optimiser
# does, we use a cost that depends on two parameters only, a weight $w$ and a bias $b$:
#
# $$J(w, b) = \tfrac{1}{2}\left(\tfrac{w^2}{4} - 1\right)^2 + 0.1\,w + 5\,b^2.$$
#
# Its contour plot below shows two valleys along the $w$ axis: a shallower one around $w \approx 1.9$ (a
# **local minimum**) and a deeper one around $w \approx -2.1$ (the global minimum), separated by a ridge
# at $w \approx 0$. Along $b$ the surface is steep (the contours are close together); along $w$ it is
# gentle.
#
# **Question (checked automatically).** First, a simpler surface: an elongated bowl, gentle along $w$ and
# steep along $b$, with its minimum at the cross. The grey ellipses are contour lines, each joining points of
# equal cost; the point X lies on one of them.
#
# ![Contour lines of an elongated bowl, its minimum marked by a cross, and a point X on one contour with four
# arrows from it: a points straight at the minimum, b crosses the contour at a right angle heading inwards,
# c runs along the contour, d crosses it at a right angle heading outwards](attachment:06_contour_step.svg)
#
# Which arrow shows the direction of one plain gradient-descent step from X? Write your choice in the cell
# below as `q_step_direction = "a"`, `"b"`, `"c"` or `"d"`, then run it and the test cell under it.

# %% question="q_step_direction"

# %% [markdown]
# The optimisers work on dicts of parameters, so the point $(w, b)$ is stored as a one-layer "network"
# `{"W1": [[w]], "b1": [[b]]}` with gradients `{"dW1": [[dJ/dw]], "db1": [[dJ/db]]}`. `descend` runs any
# update rule from a starting point and records the path.

# %%
def surface(w, b):
    """The cost J(w, b); works on arrays of points as well."""
    return 0.5 * (w ** 2 / 4 - 1) ** 2 + 0.1 * w + 5 * b ** 2


def surface_grads(parameters):
    """dJ/dw and dJ/db at the point stored in parameters."""
    w, b = parameters["W1"], parameters["b1"]
    return {"dW1": 0.5 * (w ** 2 / 4 - 1) * w + 0.1, "db1": 10 * b}


def descend(update, state, start=(3.3, 0.5), num_steps=150, gradient=surface_grads):
    """Follow update(parameters, grads, state, t) -> (parameters, state) from start.

    gradient(parameters) -> grads is the slope of the surface (this one unless told otherwise).
    Returns the path, an array of shape (num_steps + 1, 2) of (w, b) points."""
    parameters = {"W1": np.array([[start[0]]]), "b1": np.array([[start[1]]])}
    path = [start]
    for t in range(1, num_steps + 1):
        parameters, state = update(parameters, gradient(parameters), state, t)
        path.append((parameters["W1"][0, 0], parameters["b1"][0, 0]))
    return np.array(path)


def plot_paths(ax, paths, title):
    """Contours of the surface with one or more paths {label: path} drawn over them."""
    w, b = np.meshgrid(np.linspace(-3.7, 3.7, 200), np.linspace(-1.1, 1.1, 100))
    levels = np.concatenate([np.linspace(-0.2, 0.6, 9), np.linspace(0.8, 6, 14)])  # denser near the minima
    ax.contourf(w, b, surface(w, b), levels=levels, cmap="Greys", alpha=0.5)
    ax.contour(w, b, surface(w, b), levels=levels, colors="gray", linewidths=0.5, negative_linestyles="solid")
    ax.text(1.89, -0.17, "local minimum", ha="center", fontsize=8)
    ax.text(-2.09, -0.17, "global minimum", ha="center", fontsize=8)
    for label, path in paths.items():
        ax.plot(path[:, 0], path[:, 1], ".-", ms=3, lw=1, label=f"{label}: ends at w = {path[-1, 0]:.2f}")
    ax.plot(*next(iter(paths.values()))[0], "k*", ms=12)
    ax.set_title(title)
    ax.set_xlabel("w")
    ax.set_ylabel("b")
    ax.legend(loc="lower left", fontsize=8)


J_MIN = surface(np.linspace(-2.5, -1.5, 100001), 0.0).min()  # the cost at the global minimum


def plot_costs(ax, paths):
    """How far above the global minimum each path's cost is, step by step (log scale)."""
    for label, path in paths.items():
        ax.plot(surface(path[:, 0], path[:, 1]) - J_MIN, label=label)
    ax.set_yscale("log")
    ax.set_title("Cost along the path")
    ax.set_xlabel("step")
    ax.set_ylabel("J(w, b) - J(global minimum)")
    ax.legend(fontsize=8)


point = {"W1": np.zeros((1, 1)), "b1": np.zeros((1, 1))}  # the shape of the state dicts below
gd_slow = descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.05), state), None)
gd_fast = descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.18), state), None)
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"gradient descent, rate 0.05": gd_slow, "gradient descent, rate 0.18": gd_fast},
           "Gradient descent from the star")
plot_costs(axes[1], {"rate 0.05": gd_slow, "rate 0.18": gd_fast})
plt.tight_layout()
plt.show()
first_step = gd_fast[1] - gd_fast[0]
towards_minimum = np.array([1.89, 0.0]) - gd_fast[0]
print("first step of gradient descent (rate 0.18): (dw, db) =", first_step.round(2))
print("the straight line to the local minimum:     (dw, db) =", towards_minimum.round(2))

# %% [markdown]
# A gradient-descent step goes against the gradient, and the gradient is perpendicular to the contour line
# through the point, pointing uphill; it is long where the contour lines are close together. So each step
# crosses the contour at a right angle, downhill (arrow b in the question). The printed first step from the
# star moves $b$ almost twice as far as $w$, although the minimum lies mostly in the $w$ direction. Gradient
# descent does not know where the minimum is; it only sees the slope where it stands.
#
# Two weaknesses of plain gradient descent show at once.
#
# - **One learning rate for all directions.** With rate 0.18 the steps across the steep $b$ direction
#   overshoot and the path zigzags; any rate above $2/10 = 0.2$ (10 is the curvature in $b$) would make that
#   zigzag grow without bound. Along the gentle $w$ direction, the same rate gives small steps. The steep
#   direction dictates the rate, and the flat one pays for it.
# - **Local minima.** Both runs settle in the nearer, shallower valley. Gradient descent only ever sees the
#   slope where it stands, and at the bottom of the right-hand valley the slope is zero.
#
# (In networks with many parameters, true local minima are a smaller worry than this picture suggests;
# long flat stretches and saddle points, where the slope is almost zero in every direction, slow gradient
# descent down more often. The remedies below help there as well.)
#
# ## 4. Momentum
#
# Momentum lets each step remember the earlier ones. Instead of stepping along the current gradient, it steps
# along a running average of recent gradients, the **velocity** $v$:
#
# $$v_{dW} := \beta\, v_{dW} + (1 - \beta)\, dW, \qquad W := W - \alpha\, v_{dW}$$
#
# (and the same for $b$). This is an **exponentially weighted average**: unrolled, $v_t = (1-\beta)\,(g_t +
# \beta g_{t-1} + \beta^2 g_{t-2} + \dots)$, so every gradient counts, with a weight that shrinks by the
# factor $\beta$ per step. Roughly, $v$ averages the last $1/(1-\beta)$ gradients: 10 for the usual
# $\beta = 0.9$.
#
# ![Three panels. Left: bars of the weights (1 - beta) beta^k that v_t gives to the gradients g_t, g_t-1,
# ..., g_t-29 for beta = 0.9, largest for the newest gradient and decaying into the past over about 10 steps.
# Middle: at t = 3 only three bars exist and they sum to 0.271; dashed outlines show them divided by
# 1 - beta^3, summing to 1. Right: the factor 1 / (1 - beta^t) against t, starting at 10 for beta = 0.9 and at
# 1000 for beta = 0.999 and falling towards 1](attachment:06_ewa_weights.svg)
#
# The weights $(1-\beta)\beta^k$ (left) add up to $1 - \beta^t$ after $t$ steps, which is 1 once $t$ is large:
# that is what the factor $1 - \beta$ is for. It makes $v$ an *average*, with the same scale as the gradients
# themselves, so a rate that suits gradient descent suits momentum too. In the first steps, though, the
# weights add up to much less than 1 (middle): $v$ starts at zero and is too small until enough gradients
# have come in. Section 6 corrects for that by dividing by $1 - \beta^t$ (right).
#
# Picture a heavy ball rolling over the surface. Where successive gradients agree (along the valley) the
# average keeps their full size and the ball keeps its speed; where they flip sign from step to step
# (across the valley) they cancel in the average. When the ground turns uphill, the ball does not stop
# at once: it carries on for a while on its own momentum. $\beta = 0$ is plain gradient descent.
#
# **The form in Keras and PyTorch.** Libraries write momentum slightly differently:
# `keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)` and `torch.optim.SGD(params, lr=0.1, momentum=0.9)`
# accumulate $u := \mu u + g$ (no factor $1 - \mu$) and step $W := W - \alpha' u$ (Keras folds $\alpha'$
# into $u$, which comes to the same while the rate is constant). Starting from zero,
# $u$ is exactly $v / (1 - \beta)$ when $\mu = \beta$, so the two forms trace the *same* path when
# $\alpha' = (1 - \beta)\,\alpha$: a library rate of 0.1 with momentum 0.9 is our rate of 1.0. Keep that factor
# of $1/(1-\beta) = 10$ in mind when you copy a learning rate from one form to the other. (In the library
# form the velocity grows to 10 times the gradient on a steady slope; in ours it stays the size of the
# gradient, which is why our form needs the larger rate.)
#
# ### Exercise 3: `initialize_velocity`
#
# The velocity starts at zero. Return a dict with keys `"dW1", "db1", ..., "dWL", "dbL"`, each a zero array
# with the shape of its parameter (`np.zeros(parameters["W1"].shape)`, or `np.zeros_like`).
#
# Expected: `initialize_velocity(example_parameters)` gives zeros with `v["dW1"]` of shape (2, 3), `v["db1"]`
# (2, 1), `v["dW2"]` (1, 2) and `v["db2"]` (1, 1).

# %% exercise="initialize_velocity"

# %% [markdown]
# ### Exercise 4: `update_parameters_with_momentum`
#
# For every layer and for both `W` and `b`: update the velocity first,
# `v["dW1"] = beta * v["dW1"] + (1 - beta) * grads["dW1"]`, then step along the **new** velocity,
# `W1 - learning_rate * v["dW1"]`. Return `(parameters, v)`, both new dicts: the caller passes the returned
# `v` into the next step, which is how the velocity carries from one step to the next.
#
# Expected: `update_parameters_with_momentum(example_parameters, example_grads, example_v, beta=0.9,
# learning_rate=0.1)` gives `v["dW2"]` = `[[0.22, -0.065]]` (that is, $0.9 \cdot [0.3, -0.1] + 0.1 \cdot
# [-0.5, 0.25]$) and `v["db2"]` = `[[-0.035]]`, then `W2` = `[[0.978, -0.5935]]`, `b2` = `[[0.2035]]`, and
# `W1` = `[[0.489, -0.199, 0.1085], [0.285, 0.814, -0.501]]`.

# %% exercise="update_parameters_with_momentum"

# %%
new_parameters, new_v = update_parameters_with_momentum(example_parameters, example_grads, example_v,
                                                        beta=0.9, learning_rate=0.1)
print("v['dW2'] before:", example_v["dW2"], " gradient:", example_grads["dW2"], " after:", new_v["dW2"])

# %% [markdown]
# **Question (checked automatically).** Back to the elongated bowl of section 3. Three optimisers each took
# 30 steps from the star: gradient descent with two different learning rates, and momentum with
# $\beta = 0.9$.
#
# ![The elongated bowl's contour lines with three paths of 30 steps from the same start: path a zigzags
# across the valley at every step while it moves along it; path b curves smoothly down, runs along the valley,
# passes beyond the minimum and swings back; path c bends smoothly onto the valley floor and then crawls along
# it, stopping well short of the minimum](attachment:06_contour_paths.svg)
#
# Which path is momentum's? Write your choice in the cell below as `q_momentum_path = "a"`, `"b"` or `"c"`,
# then run it and its test.

# %% question="q_momentum_path"

# %% [markdown]
# The next cell runs the three on the bowl $J = (0.2\,w^2 + 4\,b^2)/2$, with your functions: gradient
# descent with rates 0.45 and 0.1, and momentum with $\beta = 0.9$ and rate 0.8.

# %%
def bowl_grads(parameters):
    """The gradient of the elongated bowl J(w, b) = (0.2 w^2 + 4 b^2) / 2."""
    return {"dW1": 0.2 * parameters["W1"], "db1": 4.0 * parameters["b1"]}


bowl_runs = {
    "(a) gradient descent, rate 0.45": descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.45), state),
                                               None, (-9.0, 1.6), 30, bowl_grads),
    "(b) momentum 0.9, rate 0.8": descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, 0.8),
                                          initialize_velocity(point), (-9.0, 1.6), 30, bowl_grads),
    "(c) gradient descent, rate 0.1": descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.1), state),
                                              None, (-9.0, 1.6), 30, bowl_grads),
}
fig, ax = plt.subplots(figsize=(10, 3.2))
w, b = np.meshgrid(np.linspace(-10.5, 10.5, 200), np.linspace(-2.6, 2.6, 100))
ax.contour(w, b, (0.2 * w ** 2 + 4 * b ** 2) / 2, levels=[0.25, 1, 2.5, 5, 8, 12], colors="gray", linewidths=0.6)
for (label, path), colour in zip(bowl_runs.items(), ("C0", "C2", "C1")):
    ax.plot(path[:, 0], path[:, 1], ".-", color=colour, label=label)
    print(f"{label:32}: after 30 steps at (w, b) = ({path[-1, 0]:5.2f}, {path[-1, 1]:5.2f}),"
          f" largest w reached {path[:, 0].max():5.2f}")
ax.plot(0, 0, "k+", ms=12)
ax.set_aspect("equal")
ax.set_xlabel("w")
ax.set_ylabel("b")
ax.legend(loc="lower right", fontsize=8)
plt.show()

# %% [markdown]
# Gradient descent with the larger rate (a) overshoots across the steep direction at every step: each
# step sees only the current gradient, which flips sign from one side of the valley to the other. With the
# smaller rate (c) it no longer zigzags, but along the gentle direction its steps are small and shrink as
# the slope flattens: after 30 steps it is still far from the minimum. Momentum (b) averages the gradients:
# across the valley their flips cancel and the path is smooth, along the valley they agree and the velocity
# builds up, so the path keeps its speed, passes the minimum ($w$ goes above 0) and swings back. That
# overshoot is the price of the speed; the friction of $\beta < 1$ damps it over the following steps. (On
# this bowl, after 30 steps the zigzagging gradient descent (a) actually ends nearest the minimum, while
# momentum is still swinging: speed is not the same as arriving first.)
#
# **Choosing the rates.** Gradient descent and momentum take steps of $\alpha$ times a gradient (or an
# average of gradients), so their rate is limited by the steepest direction: on the bowl, a rate above
# $2/4 = 0.5$ makes the zigzag across $b$ grow without bound, and 0.45 is just below that. Momentum's
# averaging cancels that zigzag, which is why it tolerates a larger rate, 0.8 here. The factor $1 - \beta$
# keeps $v$ on the scale of the gradients, so its rate starts from the same range as gradient descent's.
# These particular values came from trying a few rates on each surface and keeping ones that show each
# method's character clearly; section 7 does it properly, with a sweep.
#
# On the two-valley surface, with $\beta = 0.9$ and rate 0.6 (a library rate of 0.06):

# %%
momentum = descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, 0.6), initialize_velocity(point))
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"gradient descent, rate 0.18": gd_fast, "momentum 0.9, rate 0.6": momentum},
           "Momentum rolls over the ridge")
plot_costs(axes[1], {"gradient descent": gd_fast, "momentum": momentum})
plt.tight_layout()
plt.show()
for rate, start in [(0.5, (3.3, 0.5)), (0.6, (2.5, 0.5))]:
    end = descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, rate), initialize_velocity(point),
                  start)[-1]
    print(f"momentum 0.9 with rate {rate} from (w, b) = {start}: ends at w = {end[0]:.2f}")

# %% [markdown]
# The velocity built up on the way down carries the ball through the right-hand valley, over the ridge and
# into the deeper valley, where it swings back and forth for a while before settling. Across the valley it
# still oscillates: with $\beta = 0.9$ the averaging damps the zigzag only slowly. Do not read this as
# "momentum always finds the global minimum": with a slightly smaller rate, or from a starting point a little
# closer to the valley, it stops in the first valley too (printed above). What momentum reliably gives is speed
# along consistent slopes and a smoother path when the gradients are noisy, as they are with mini-batches.
#
# Here is the claim about the library form, checked numerically: 40 steps of $u := 0.9u + g$,
# $W := W - 0.06\,u$ against 40 steps of your function with rate 0.6.

# %%
ours = descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, 0.6), initialize_velocity(point),
               num_steps=40)
library_form = [np.array([3.3, 0.5])]
u = np.zeros(2)
for _ in range(40):
    w, b = library_form[-1]
    g = np.array([0.5 * (w ** 2 / 4 - 1) * w + 0.1, 10 * b])
    u = 0.9 * u + g
    library_form.append(library_form[-1] - 0.06 * u)
print("largest difference between the two paths:", np.abs(np.array(library_form) - ours).max())

# %% [markdown]
# ## 5. RMSProp
#
# Momentum still uses one learning rate for every parameter. **RMSProp** (root mean square propagation)
# gives each parameter its own: it keeps an exponentially weighted average of the *squared* gradients,
#
# $$s_{dW} := \beta_2\, s_{dW} + (1 - \beta_2)\, dW^2, \qquad W := W - \alpha\, \frac{dW}{\sqrt{s_{dW}} + \varepsilon},$$
#
# with the square, root and division taken element by element. $\sqrt{s}$ is the typical size of a
# parameter's recent gradients, so dividing by it evens out the steps: a parameter with large gradients (the
# steep $b$ direction) gets its step scaled down, one with small gradients (the gentle $w$ direction) scaled
# up. Once $s$ has caught up with the gradients, each step is roughly $\alpha$ times the sign of the gradient,
# whatever the slope.
#
# **Where $\varepsilon$ goes.** The small $\varepsilon$ (here $10^{-8}$) exists for parameters whose gradients
# have been zero or tiny, where $\sqrt{s}$ is zero or tiny: without it the step is $0/0$ = `nan`. It belongs
# *outside* the root, $\sqrt{s} + \varepsilon$. Written inside, $\sqrt{s + \varepsilon}$, it is at least
# $\sqrt{10^{-8}} = 10^{-4}$, which swamps a gradient of size $10^{-6}$ and shrinks its step a hundredfold.
#
# ### Exercise 5: `initialize_rmsprop`
#
# Like the velocity: zeros with keys `"dW1", "db1", ...`, shaped like the parameters.
#
# Expected: `initialize_rmsprop(example_parameters)` gives zeros with `s["dW1"]` of shape (2, 3), `s["db1"]`
# (2, 1), `s["dW2"]` (1, 2) and `s["db2"]` (1, 1).

# %% exercise="initialize_rmsprop"

# %% [markdown]
# ### Exercise 6: `update_parameters_with_rmsprop`
#
# For every layer and for `W` and `b`: `s["dW1"] = beta2 * s["dW1"] + (1 - beta2) * grads["dW1"] ** 2`, then
# `W1 - learning_rate * grads["dW1"] / (np.sqrt(s["dW1"]) + epsilon)` with the **new** `s`. Return
# `(parameters, s)`. The checks include a step where every gradient is zero or about $10^{-6}$, where only the
# right placement of `epsilon` gives the right answer.
#
# Expected: `update_parameters_with_rmsprop(example_parameters, example_grads, example_s, beta2=0.9,
# learning_rate=0.01)` gives `s["dW2"]` = `[[0.25, 0.04225]]` and `s["db1"]` = `[[0.00025], [0.00904]]`, then
# `W2` = `[[1.01, -0.61216261]]`, `b1` = `[[0.06837724], [-0.09789648]]` and
# `W1` = `[[0.49, -0.19, 0.06837724], [0.31, 0.79, -0.51]]`. Where $s$ is as large as the squared gradient
# (as for `W2[0, 0]`: $0.25 = 0.5^2$), the step is exactly the learning rate, 0.01.

# %% exercise="update_parameters_with_rmsprop"

# %%
rmsprop = descend(lambda p, g, s, t: update_parameters_with_rmsprop(p, g, s, 0.9, 0.05), initialize_rmsprop(point))
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"gradient descent, rate 0.18": gd_fast, "RMSProp, rate 0.05": rmsprop},
           "RMSProp evens out the step sizes")
for label, path, colour in [("gradient descent", gd_fast, "C0"), ("RMSProp", rmsprop, "C1")]:
    steps = np.abs(np.diff(path[:31], axis=0))
    axes[1].plot(range(1, 31), steps[:, 0], "-", color=colour, label=f"{label}: |step in w|")
    axes[1].plot(range(1, 31), steps[:, 1], "--", color=colour, label=f"{label}: |step in b|")
axes[1].set_yscale("log")
axes[1].set_ylim(1e-4, 2)
axes[1].set_title("Step sizes, first 30 steps")
axes[1].set_xlabel("step")
axes[1].set_ylabel("size of the step")
axes[1].legend(fontsize=8)
plt.tight_layout()
plt.show()
print("first step of RMSProp,         |dw|, |db| =", np.abs(rmsprop[1] - rmsprop[0]).round(3))
print("first step of gradient descent, |dw|, |db| =", np.abs(gd_fast[1] - gd_fast[0]).round(3))

# %% [markdown]
# RMSProp heads almost straight for the minimum: the steep $b$ direction no longer dominates. Its first step
# moves both coordinates by the same amount, about 0.16 (printed above), while the first step of gradient
# descent in $b$ is 0.9 and overshoots the valley floor. Once $b$ has arrived, its gradient and its steps fade
# away, while $w$ keeps moving far faster than under gradient descent. Near the bottom, though, RMSProp does
# not quite settle: now and then it is kicked away again (the short vertical strokes near $w = 1.9$).
# Section 8 explains why, and what helps.
#
# **Why rate 0.05, far below gradient descent's 0.18?** RMSProp divides each gradient by its own typical size,
# $\sqrt{s}$, so $g / \sqrt{s}$ is about $\pm 1$ and each step moves a parameter by about $\alpha$, whatever
# the slope. Its learning rate is therefore a *distance* in the units of the parameters, not a multiplier of
# the gradient: with steps of about 0.05 in $w$ (the right-hand plot), the 1.4 between the start and the
# valley floor takes dozens of steps, however gentle the slope.
# (The very first steps are larger, about 0.16 = $0.05 / \sqrt{1 - 0.9}$, because $s$ starts at zero and
# is still too small: RMSProp has no correction for that; Adam, next, has one.)
#
# ## 6. Adam
#
# **Adam** (adaptive moment estimation) combines the two: it keeps the momentum average $v$ of the
# gradients *and* the RMSProp average $s$ of their squares, and steps along $v$ scaled by $1/\sqrt{s}$:
#
# $$v := \beta_1 v + (1 - \beta_1)\, dW, \qquad s := \beta_2 s + (1 - \beta_2)\, dW^2,$$
# $$v^{corrected} = \frac{v}{1 - \beta_1^t}, \qquad s^{corrected} = \frac{s}{1 - \beta_2^t}, \qquad
#   W := W - \alpha\, \frac{v^{corrected}}{\sqrt{s^{corrected}} + \varepsilon}.$$
#
# The usual values are $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$; the learning rate
# $\alpha$ is the one that gets tuned.
#
# **Bias correction.** Both averages start at zero, so early on they are too small. If every gradient
# were the same $g$, then after $t$ steps $v_t = (1-\beta_1)(1 + \beta_1 + \dots + \beta_1^{t-1})\, g =
# (1 - \beta_1^t)\, g$: at $t = 1$ only a tenth of $g$. Dividing by $1 - \beta_1^t$ undoes exactly that
# shortfall. The factor tends to 1 as $t$ grows, so the correction matters only at the start, but with
# $\beta_2 = 0.999$ "the start" lasts a few thousand steps. Here $t$ is the number of the step, counting from
# 1 (not the epoch): the exponent is the step number, and both $v$ and $s$ are corrected.
#
# ### Exercise 7: `initialize_adam`
#
# Return `(v, s)`: two dicts of zeros with keys `"dW1", "db1", ...`, shaped like the parameters.
#
# Expected: `initialize_adam(example_parameters)` gives two such dicts, each with `"dW1"` of shape (2, 3),
# `"db1"` (2, 1), `"dW2"` (1, 2) and `"db2"` (1, 1), all zeros.

# %% exercise="initialize_adam"

# %% [markdown]
# ### Exercise 8: `update_parameters_with_adam`
#
# For every layer and for `W` and `b`, with `key = "dW1"` and so on:
#
# 1. `v[key] = beta1 * v[key] + (1 - beta1) * grads[key]` and `s[key] = beta2 * s[key] + (1 - beta2) * grads[key] ** 2`;
# 2. `v_corrected[key] = v[key] / (1 - beta1 ** t)` and `s_corrected[key] = s[key] / (1 - beta2 ** t)`;
# 3. `W1 - learning_rate * v_corrected[key] / (np.sqrt(s_corrected[key]) + epsilon)`.
#
# Return `(parameters, v, s, v_corrected, s_corrected)`, all new dicts; `v_corrected` and `s_corrected` have
# the same keys as `v`.
#
# Expected: `update_parameters_with_adam(example_parameters, example_grads, example_v, example_s, t=2)` gives
# `v["dW2"]` = `[[0.22, -0.065]]` (as for momentum), `s["dW2"]` = `[[0.25, 0.0400225]]`,
# `v_corrected["dW2"]` = `[[1.15789474, -0.34210526]]` (divided by $1 - 0.9^2 = 0.19$),
# `s_corrected["dW2"]` = `[[125.06253127, 20.02126063]]` (divided by $1 - 0.999^2 = 0.001999$), and
# `W2` = `[[0.99896461, -0.59923544]]`, `b2` = `[[0.20082361]]`.

# %% exercise="update_parameters_with_adam"

# %% [markdown]
# **Question (written answer).** Suppose Adam had no bias correction: it would step along
# $\alpha\, v / (\sqrt{s} + \varepsilon)$ with the raw averages. Starting from $v = s = 0$ with
# $\beta_1 = 0.9$ and $\beta_2 = 0.999$, how large would its very first step be, as a multiple of $\alpha$,
# and how large is it with the correction? Why does the correction matter in the first steps and hardly at all
# after a few thousand? Answer in the cell below, before you run the experiment after it.

# %% [markdown] answer="explain_bias_correction" points=2
# After the first step, $v = (1 - \beta_1)\, g = 0.1\, g$ and $s = (1 - \beta_2)\, g^2 = 0.001\, g^2$, so
# $\sqrt{s} \approx 0.0316\, |g|$ and the uncorrected step is $\alpha \cdot 0.1 / 0.0316 \approx 3.16\,\alpha$
# (that is $\sqrt{10}\,\alpha$), whatever the size of $g$. With the correction, $\hat v = g$ and $\hat s = g^2$,
# so the step is $\alpha$: exactly the intended size. Both averages start at zero and, after $t$ steps, hold
# only the fraction $1 - \beta^t$ of the weight they should (the weights $(1-\beta)\beta^k$ of the gradients
# seen so far add up to $1 - \beta^t$); dividing by that fraction undoes the shortfall. The two shortfalls are
# not equal: $v$ catches up after a few tens of steps, but with $\beta_2 = 0.999$, $s$ needs thousands, so
# without the correction the steps would be several times too large for a long time, just when the parameters
# are far from good values. Once $\beta^t$ is close to 0, $1 - \beta^t \approx 1$ and the correction changes
# nothing.

# %% [markdown]
# To watch the bias correction at work, feed your Adam a stream of noisy gradients around 2 (for one
# parameter) and record what it keeps:

# %%
rng = np.random.default_rng(0)
p, (v, s) = {"W1": np.zeros((1, 1)), "b1": np.zeros((1, 1))}, initialize_adam(point)
record = []
for t in range(1, 101):
    g = {"dW1": np.array([[2.0 + rng.standard_normal()]]), "db1": np.zeros((1, 1))}
    p, v, s, v_corrected, s_corrected = update_parameters_with_adam(p, g, v, s, t)
    record.append([g["dW1"][0, 0], v["dW1"][0, 0], v_corrected["dW1"][0, 0], s["dW1"][0, 0], s_corrected["dW1"][0, 0]])
record = np.array(record)
fig, axes = plt.subplots(1, 2, figsize=(12, 3.6))
axes[0].plot(range(1, 101), record[:, 0], ".", color="gray", ms=3, label="gradient")
axes[0].plot(range(1, 101), record[:, 1], label="v")
axes[0].plot(range(1, 101), record[:, 2], label="v_corrected")
axes[0].set_title(r"Mean of the gradients ($\beta_1 = 0.9$)")
axes[0].set_xlabel("step t")
axes[0].set_ylabel("value")
axes[0].legend()
axes[1].plot(range(1, 101), np.sqrt(record[:, 3]), label="sqrt(s)")
axes[1].plot(range(1, 101), np.sqrt(record[:, 4]), label="sqrt(s_corrected)")
axes[1].axhline(np.sqrt(5.0), color="gray", ls="--", lw=0.8, label="true RMS, sqrt(2² + 1)")
axes[1].set_title(r"Root mean square of the gradients ($\beta_2 = 0.999$)")
axes[1].set_xlabel("step t")
axes[1].set_ylabel("value")
axes[1].legend()
plt.tight_layout()
plt.show()
for t in (1, 10, 100):
    raw = record[t - 1, 1] / np.sqrt(record[t - 1, 3])
    corrected = record[t - 1, 2] / np.sqrt(record[t - 1, 4])
    print(f"step {t:3}: the uncorrected step would be {raw / corrected:.2f} times the corrected one")

# %% [markdown]
# The uncorrected $v$ needs some twenty steps to climb to the level of the gradients; $v^{corrected}$ is
# there from the first step. With $\beta_2 = 0.999$ the difference is far larger: after 100 steps the raw
# $\sqrt{s}$ is still only about a third of the typical gradient size. Without the correction, Adam's
# first steps would divide a too-small $v$ by a far-too-small $\sqrt{s}$ and come out several times too
# large: the printed ratios show by how much, at steps 1, 10 and 100. With the correction, the very first
# step moves every parameter by almost exactly $\alpha$.
#
# Now all four optimisers on the surface, each with the rate used above. Adam, like RMSProp, moves each
# parameter by about $\alpha$ per step, so its rate is again a distance; with steps of about 0.1, the 1.4 to
# the valley floor takes at least 14 of them:

# %%
def adam_step(p, g, state, t):
    v, s = state
    p, v, s, _, _ = update_parameters_with_adam(p, g, v, s, t, learning_rate=0.1)
    return p, (v, s)


adam = descend(adam_step, initialize_adam(point))
paths = {"gradient descent": gd_fast, "momentum": momentum, "RMSProp": rmsprop, "Adam": adam}
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], paths, "Four optimisers from the same start")
plot_costs(axes[1], paths)
plt.tight_layout()
plt.show()

# %% [markdown]
# Adam's path looks like RMSProp's with the corners rounded off by momentum; with $\beta_1 = 0.9$ it
# overshoots the bottom of the valley a little and swings back. Here only momentum, with its large
# effective speed, reaches the deeper valley. On real networks the order of merit changes from problem to
# problem; Adam's attraction is that its default settings work reasonably well almost everywhere.
#
# ## 7. The optimisers on the small network
#
# Back to the two moons. Here are the four update rules side by side, each a chain from the gradient $g$ of
# a mini-batch to the step; the green boxes are the state an optimiser keeps from one step to the next.
#
# ![Block diagrams of the four update rules, one per row. GD: g goes straight to the step theta <- theta -
# alpha g, whose size is proportional to alpha |g|. Momentum: g feeds the kept average v <- beta v + (1 -
# beta) g, and the step is theta <- theta - alpha v, also proportional to alpha |g|. RMSProp: g^2 feeds the
# kept average s <- beta2 s + (1 - beta2) g^2, and the step is theta <- theta - alpha g / (sqrt(s) +
# epsilon), of size about alpha. Adam: g feeds both averages v and s, each is divided by its bias
# correction 1 - beta^t, and the step is theta <- theta - alpha v-hat / (sqrt(s-hat) + epsilon), of size
# about alpha](attachment:06_update_rules.svg)
#
# The right-hand column is the reason why **each optimiser needs its own learning rate**:
#
# - **Gradient descent** steps by $\alpha g$. The rate multiplies the gradient, so the right rate depends on
#   how large the gradients are, and the steepest direction caps it (beyond about $2/\text{curvature}$ the
#   steps overshoot more each time, as on the surface in section 3).
# - **Momentum** steps by $\alpha v$, and thanks to the factor $1 - \beta$ the average $v$ has the scale of
#   the gradients, so its rate lives in the same range as gradient descent's. (In the library form without
#   that factor, the velocity is $1/(1-\beta) = 10$ times larger and the rate 10 times smaller.)
# - **RMSProp and Adam** divide by the root mean square of the recent gradients, so each step moves a
#   parameter by about $\alpha$, however large or small its gradient. Their rate is a step *length* in the
#   units of the parameters, typically $10^{-3}$ to $10^{-2}$ for network weights.
#
# So a rate that suits one optimiser means something quite different for another. The way to pick one is a
# small **sweep**: train briefly with rates spaced by factors of about 3 and keep the best. The next cell does
# that for each optimiser, 30 epochs with mini-batches of 32 per run, and prints the mean cost of the last 5
# epochs (an average, because single epochs are noisy); `*` marks the lowest of each row, `nan` a run that
# blew up.

# %%
sweep_rates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0]
optimizers = {"gradient descent": "gd", "momentum": "momentum", "RMSProp": "rmsprop", "Adam": "adam"}
best_rate = {}
print("rate:            " + "".join(f"{rate:>8}" for rate in sweep_rates))
with np.errstate(all="ignore"):
    for label, optimizer in optimizers.items():
        final = []
        for rate in sweep_rates:
            _, epoch_costs, _ = train(X_moons, Y_moons, moon_dims, optimizer, rate, num_epochs=30)
            final.append(np.mean(epoch_costs[-5:]))
        best = int(np.nanargmin(final))
        best_rate[label] = sweep_rates[best]
        print(f"{label:17}" + "".join(f"{cost:7.3f}" + ("*" if k == best else " ") for k, cost in enumerate(final)))

# %% [markdown]
# Gradient descent and momentum do best at 0.3, RMSProp and Adam at a rate ten times smaller, 0.03. Too small
# a rate leaves every optimiser crawling; too large a rate makes RMSProp and Adam jump around (their steps do
# not shrink as the slope flattens), and gradient descent and momentum overshoot. Now the four side by side:
# on the left all with the same rate, 0.01; on the right each with the best rate of its sweep.

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8), sharey=True)
for label, optimizer in optimizers.items():
    for ax, rate in zip(axes, (0.01, best_rate[label])):
        parameters, epoch_costs, _ = train(X_moons, Y_moons, moon_dims, optimizer, rate, num_epochs=30)
        score = accuracy(parameters, X_moons, Y_moons)
        ax.plot(range(1, 31), epoch_costs, label=f"{label} ({rate}): accuracy {score:.0%}")
for ax, title in zip(axes, ("The same learning rate, 0.01", "The best rate of each sweep")):
    ax.set_yscale("log")
    ax.set_title(title)
    ax.set_xlabel("epoch")
    ax.set_ylabel("mean cost of the epoch")
    ax.legend(fontsize=8)
plt.tight_layout()
plt.show()

# %% [markdown]
# With the same rate (left), gradient descent and momentum crawl along together, while RMSProp and Adam
# bring the cost down several times faster. That is not because momentum is useless: in our form its velocity
# is an average of gradients, so on a steady slope it moves as fast as gradient descent at the same rate; its
# gain is the smoother path, which lets you raise the rate. RMSProp and Adam move every parameter by about
# the learning rate at each step, whatever the size of its gradient; the gradients here are small, so 0.01
# means much larger steps for them.
#
# With the rate of its sweep (right), each optimiser does well on this easy problem. The practical difference
# is how much tuning it takes to get there: Adam's usual settings ($\beta_1 = 0.9$, $\beta_2 = 0.999$ and a
# rate between $10^{-3}$ and $10^{-2}$) are a good first guess on most problems, and a sweep like the one above
# takes a few seconds on a problem this size.
#
# ## 8. Learning-rate decay
#
# With a constant rate, mini-batch training never quite settles: the noise of the batches keeps shaking the
# parameters around the minimum, and RMSProp and Adam keep taking steps of about $\alpha$ (you saw RMSProp
# kicked away from the minimum in section 5). Large steps are useful early, to travel; small ones late, to settle. **Learning-rate
# decay** shrinks the rate as training goes on. A common schedule divides the initial rate $\alpha_0$ by a
# factor that grows with the epoch number:
#
# $$\alpha = \frac{\alpha_0}{1 + \text{decay\_rate} \cdot \text{epoch\_num}}.$$
#
# Decaying after every epoch can shrink the rate too fast when there are many epochs, so a variant lowers it
# only once every `time_interval` epochs, in steps:
#
# $$\alpha = \frac{\alpha_0}{1 + \text{decay\_rate} \cdot \left\lfloor \text{epoch\_num} / \text{time\_interval} \right\rfloor}.$$
#
# (Other schedules exist: exponential decay $\alpha_0 \cdot 0.95^{\text{epoch\_num}}$, or lowering the rate by
# hand when the cost stops improving. These two are the ones to write here.)
#
# ### Exercise 9: `update_lr`
#
# Return the rate of the first formula, as a Python float.
#
# Expected: `update_lr(0.5, 2, 0.5)` gives `0.25` ($0.5 / (1 + 0.5 \cdot 2)$).

# %% exercise="update_lr"

# %% [markdown]
# ### Exercise 10: `schedule_lr_decay`
#
# Return the rate of the second formula, as a Python float. $\lfloor x \rfloor$ rounds down:
# `np.floor(epoch_num / time_interval)` (or `epoch_num // time_interval`).
#
# Expected: `schedule_lr_decay(0.5, 1750, 1.0)` gives `0.25`: with the default `time_interval` of 1000 epochs,
# epoch 1750 lies in the second interval, $\lfloor 1750 / 1000 \rfloor = 1$, so the rate is $0.5 / (1 + 1)$.

# %% exercise="schedule_lr_decay"

# %%
epochs = np.arange(0, 101)
plt.figure(figsize=(7, 3.5))
plt.plot(epochs, [update_lr(0.1, e, 0.1) for e in epochs], label="update_lr, decay_rate 0.1")
plt.plot(epochs, [schedule_lr_decay(0.1, e, 1.0, time_interval=20) for e in epochs],
         label="schedule_lr_decay, decay_rate 1, time_interval 20")
plt.title("Two learning-rate schedules from 0.1")
plt.xlabel("epoch")
plt.ylabel("learning rate")
plt.legend()
plt.show()

# %% [markdown]
# Back on the surface, RMSProp with rate 0.05 as before, and the same start with the rate decayed at every
# step by `update_lr` (decay rate 0.05; here a step plays the part of an epoch). The right plot shows how
# far each is from the bottom of the valley.

# %%
def rmsprop_decayed(p, g, s, t):
    return update_parameters_with_rmsprop(p, g, s, 0.9, update_lr(0.05, t - 1, 0.05))


decayed = descend(rmsprop_decayed, initialize_rmsprop(point))
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"RMSProp, constant rate": rmsprop, "RMSProp, decayed rate": decayed}, "Learning-rate decay")
grid = np.linspace(1.5, 2.5, 100001)
w_local = grid[np.argmin(surface(grid, 0.0))]  # the bottom of the right-hand valley
for label, path in [("constant rate", rmsprop), ("decayed rate", decayed)]:
    axes[1].plot(np.hypot(path[:, 0] - w_local, path[:, 1]), label=label)
axes[1].set_yscale("log")
axes[1].set_title("Distance from the minimum")
axes[1].set_xlabel("step")
axes[1].set_ylabel("distance to (w, b) = (1.89, 0)")
axes[1].legend()
plt.tight_layout()
plt.show()
distance = {label: np.hypot(path[-1, 0] - w_local, path[-1, 1]) for label, path in
            [("constant", rmsprop), ("decayed", decayed)]}
print(f"distance from the minimum after 150 steps: constant rate {distance['constant']:.2g},"
      f" decayed rate {distance['decayed']:.2g}")
print(f"the decayed run is {distance['constant'] / distance['decayed']:.0f} times closer")

# %% [markdown]
# Both runs reach the valley floor, and both then get kicked away from it again now and then. That is a
# quirk of RMSProp: once the gradient in $b$ has all but vanished, $s$ fades with it, and then even a tiny
# gradient, divided by a tiny $\sqrt{s}$, makes a step of about the learning rate. With a constant rate
# those kicks keep their size; with the decayed rate they shrink along with the rate, and after 150 steps
# the decayed run is many times closer to the minimum (the cell prints how many). On real networks the kicks
# come mostly from the noise of the mini-batches, and decay calms them in the same way.
#
# ## 9. Two more optimisers (optional, not graded)
#
# **Nesterov momentum** looks ahead: it takes the gradient where the velocity is about to carry the
# parameters, rather than where they are, and so brakes earlier when the slope turns uphill. Written for
# gradients taken at the current point (as PyTorch's `nesterov=True` does), the step uses
# $\beta v_{new} + (1 - \beta)\, g$ instead of $v_{new}$.
#
# **AdaGrad** was RMSProp's predecessor: it divides by the root of the *sum* of all squared gradients so far,
# $s := s + g^2$. Since the sum only grows, its steps only shrink, a built-in decay that is often too strong
# for long training runs; RMSProp's moving average was the fix.

# %%
def nesterov_step(p, g, v, t, beta=0.9, learning_rate=0.6):
    new_v = {k: beta * v[k] + (1 - beta) * g[k] for k in g}
    return {k: p[k] - learning_rate * (beta * new_v["d" + k] + (1 - beta) * g["d" + k]) for k in p}, new_v


def adagrad_step(p, g, s, t, learning_rate=0.1, epsilon=1e-8):
    new_s = {k: s[k] + g[k] ** 2 for k in g}
    return {k: p[k] - learning_rate * g["d" + k] / (np.sqrt(new_s["d" + k]) + epsilon) for k in p}, new_s


nesterov = descend(nesterov_step, initialize_velocity(point))
adagrad = descend(adagrad_step, initialize_rmsprop(point))
fig, ax = plt.subplots(figsize=(9, 3.8))
plot_paths(ax, {"momentum": momentum, "Nesterov momentum": nesterov, "RMSProp, rate 0.05": rmsprop,
               "AdaGrad, rate 0.1": adagrad}, "Nesterov momentum and AdaGrad")
plt.show()

# %% [markdown]
# With the same $\beta$ and rate as momentum, the look-ahead damps the swings much faster; here it also
# loses the speed that carried plain momentum over the ridge, and it turns back into the first valley.
# AdaGrad starts with bold steps, like RMSProp, but they keep shrinking: after 150 steps it is still
# creeping towards the bottom of the valley that RMSProp reached long before.
#
# ## 10. Putting it together: a digit classifier
#
# Finally, a real task for your optimisers: recognising handwritten digits. `datasets.digits()` holds 1797
# images of $8 \times 8$ pixels (scaled to $[0, 1]$), split 80/20 into training and test sets, with
# one-hot labels of shape $(10, m)$. (*Source:* E. Alpaydin and C. Kaynak, Optical Recognition of
# Handwritten Digits, UCI Machine Learning Repository, doi:10.24432/C50P49, CC BY 4.0.)
#
# The network is $[64, 64, 10]$: He initialisation, one ReLU hidden layer and a softmax output, all from
# the cell in section 2. It trains with your mini-batches (64 examples), your Adam, and your step decay
# (`schedule_lr_decay`, halving the rate after 10 epochs and dividing it by 3 after 20).

# %%
X_train, Y_train, X_test, Y_test = datasets.digits()
start = time.perf_counter()
digit_parameters, digit_costs, _ = train(
    X_train, Y_train, [64, 64, 10], "adam", learning_rate=0.01, num_epochs=30, mini_batch_size=64,
    decay=lambda rate, epoch: schedule_lr_decay(rate, epoch, 1.0, time_interval=10), output="softmax")
print(f"trained in about {time.perf_counter() - start:.1f} s")
print(f"training accuracy {accuracy(digit_parameters, X_train, Y_train, 'softmax'):.1%}")
print(f"test accuracy     {accuracy(digit_parameters, X_test, Y_test, 'softmax'):.1%}")

predicted = forward(digit_parameters, X_test, "softmax")[0].argmax(axis=0)
actual = Y_test.argmax(axis=0)
confusion = np.zeros((10, 10), dtype=int)
np.add.at(confusion, (actual, predicted), 1)
wrong = np.flatnonzero(predicted != actual)

print(f"{len(wrong)} of the {len(actual)} test digits are misread")

fig = plt.figure(figsize=(10, 4.2))
ax = fig.add_subplot(1, 2, 1)
ax.plot(range(1, 31), digit_costs, "o-", ms=3)
ax.set_yscale("log")
ax.set_title("Training cost (Adam + step decay)")
ax.set_xlabel("epoch")
ax.set_ylabel("mean cross-entropy of the epoch")
ax = fig.add_subplot(1, 2, 2)
ax.imshow(confusion, cmap="Blues")
for i in range(10):
    for j in range(10):
        if confusion[i, j]:
            ax.text(j, i, confusion[i, j], ha="center", va="center", fontsize=8,
                    color="white" if confusion[i, j] > confusion.max() / 2 else "black")
ax.set_xticks(range(10))
ax.set_yticks(range(10))
ax.set_title("Confusion matrix on the test set")
ax.set_xlabel("predicted digit")
ax.set_ylabel("true digit")
plt.tight_layout()
plt.show()

shown = wrong[:12]  # one row of images, one per misread digit (at most 12)
fig, axes = plt.subplots(1, len(shown), figsize=(1.1 * len(shown), 1.6), squeeze=False)
for ax, i in zip(axes[0], shown):
    ax.imshow(X_test[:, i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"{actual[i]} as {predicted[i]}", fontsize=9)
    ax.axis("off")
fig.suptitle(("All" if len(shown) == len(wrong) else f"{len(shown)} of the") + f" {len(wrong)} misread test digits:"
             " true digit, then the prediction", fontsize=10, y=1.05)
plt.show()

# %% [markdown]
# A plain two-layer network, trained in a fraction of a second, recognises 98.6% of the test digits, images it
# has never seen. The diagonal of the confusion matrix counts the right answers; the few
# entries off it show which digits it mixes up, and some of the misread images are hard to read for a
# person too.
#
# ## 11. When to stop, and choosing hyperparameters
#
# The training cost says how well the network fits the examples it learns from, not how well it will do on
# new ones. To measure that, hold some examples back as a **validation set**: the network never takes a step on
# them, and you use them to make decisions, such as when to stop training and which settings to use. (A test
# set, like the digits' in section 10, is kept for one final measurement after all decisions are made; if
# you chose settings by looking at it, it would no longer measure new data.) Here the 300 moons are split at
# random into 200 for training and 100 for validation.
#
# `watch` builds an `on_epoch` for `train` that, after every epoch, records the validation cost and accuracy
# and keeps the parameters of the epoch with the lowest validation cost so far. Keeping them costs nothing:
# the update functions return new dicts instead of changing the old ones, so a reference to an old dict stays
# as it was. With a `patience` $k$, it also applies a simple **stopping rule**: stop when the validation cost
# has not improved for $k$ epochs, and go back to the best parameters. The cell trains the moons network with
# Adam (rate 0.01) for 200 epochs without the rule, to show the whole curve, and then again with $k = 20$.

# %%
split = np.random.default_rng(0).permutation(X_moons.shape[1])
X_fit, Y_fit = X_moons[:, split[:200]], Y_moons[:, split[:200]]
X_val, Y_val = X_moons[:, split[200:]], Y_moons[:, split[200:]]


def watch(X_val, Y_val, patience=None):
    """An on_epoch for train, and the log it fills: validation cost and accuracy after every epoch, and the
    best parameters so far. With a patience k, it asks to stop once the validation cost has not improved for
    k epochs."""
    log = {"cost": [], "accuracy": [], "best_epoch": 0, "best_parameters": None}

    def on_epoch(epoch, parameters):
        cost, _ = forward_backward(parameters, X_val, Y_val)
        if cost < min(log["cost"], default=np.inf):
            log["best_epoch"], log["best_parameters"] = epoch + 1, parameters
        log["cost"].append(cost)
        log["accuracy"].append(accuracy(parameters, X_val, Y_val))
        return patience is not None and epoch + 1 - log["best_epoch"] >= patience
    return on_epoch, log


start = time.perf_counter()
on_epoch, full = watch(X_val, Y_val)
last_parameters, fit_costs, _ = train(X_fit, Y_fit, moon_dims, "adam", 0.01, num_epochs=200, on_epoch=on_epoch)
on_epoch, stopped = watch(X_val, Y_val, patience=20)
train(X_fit, Y_fit, moon_dims, "adam", 0.01, num_epochs=200, on_epoch=on_epoch)
stop_epoch = len(stopped["cost"])

epochs = np.arange(1, 201)
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8))
axes[0].plot(epochs, fit_costs, label="training cost (mean over the epoch)")
axes[0].plot(epochs, full["cost"], label="validation cost")
axes[1].plot(epochs, full["accuracy"], color="C1", label="validation accuracy")
for ax in axes:
    ax.axvline(stopped["best_epoch"], color="k", ls="--", lw=0.8, label=f"best epoch, {stopped['best_epoch']}")
    ax.axvline(stop_epoch, color="C3", ls=":", lw=1.2, label=f"the rule stops, epoch {stop_epoch}")
    ax.set_xlabel("epoch")
    ax.legend(fontsize=8)
axes[0].set_yscale("log")
axes[0].set_ylabel("cross-entropy")
axes[0].set_title("Training and validation cost")
axes[1].set_ylabel("accuracy on the 100 validation points")
axes[1].set_title("Validation accuracy")
plt.tight_layout()
plt.show()
print(f"validation cost: at the best epoch {min(full['cost']):.3f}, after 200 epochs {full['cost'][-1]:.3f}")
print(f"validation accuracy: kept parameters {accuracy(stopped['best_parameters'], X_val, Y_val):.0%},"
      f" after 200 epochs {accuracy(last_parameters, X_val, Y_val):.0%}")
print(f"the lowest validation cost comes at epoch {stopped['best_epoch']};"
      f" the stopping rule trained {stop_epoch} epochs instead of 200")

# %% [markdown]
# The training cost keeps falling, slowly, to the end, but the validation cost reaches its lowest value at
# the epoch printed above and then climbs again: from there on, the network fits details of its 200 training
# points that do not carry over to new points (**overfitting**). The validation accuracy moves much less than
# the cost, because most points stay on the right side of the boundary; the cost also registers how
# confident, and wrongly confident, the predictions are. The stopping rule saw 20 epochs without improvement,
# stopped, and returned the parameters of the best epoch, whose validation cost and accuracy are printed above
# next to those after 200 epochs. A patience of more than one epoch matters: with mini-batches the validation
# cost jitters from epoch to epoch, and stopping at the first uptick would stop too early.
#
# ### Hyperparameters
#
# The stopping epoch is one of many numbers that training needs but does not learn: the **hyperparameters**.
# This lesson alone has the learning rate $\alpha$ and its decay, the mini-batch size, the number of epochs (or
# iterations), momentum's $\beta$ and Adam's $\beta_1$, $\beta_2$ and $\varepsilon$; earlier modules added the
# number of layers $L$, the number of units $n^{[l]}$ in each, the activation function of each layer and the
# scale of the initial weights. The parameters $W$ and $b$ are learned by gradient descent; the
# hyperparameters are chosen by you, by training with several values and comparing them on the validation
# set. Their effects interact, so it pays to vary two at once. The next cell trains the moons network with Adam
# for 20 epochs for each of 3 learning rates and 3 mini-batch sizes, and colours each cell of the grid by its
# validation accuracy (the number under it is the validation cost).

# %%
sweep_start = time.perf_counter()
grid_rates, grid_sizes = [0.001, 0.01, 0.1], [4, 32, 200]
grid_accuracy, grid_cost = np.zeros((3, 3)), np.zeros((3, 3))
for i, rate in enumerate(grid_rates):
    for j, size in enumerate(grid_sizes):
        parameters, _, _ = train(X_fit, Y_fit, moon_dims, "adam", rate, num_epochs=20, mini_batch_size=size)
        grid_accuracy[i, j] = accuracy(parameters, X_val, Y_val)
        grid_cost[i, j] = forward_backward(parameters, X_val, Y_val)[0]
print(f"9 runs of 20 epochs in about {time.perf_counter() - sweep_start:.1f} s;"
      f" the whole section so far in about {time.perf_counter() - start:.1f} s")

fig, ax = plt.subplots(figsize=(5, 3.8))
image = ax.imshow(grid_accuracy, cmap="viridis", vmin=0.5, vmax=1.0)
for i in range(3):
    for j in range(3):
        ax.text(j, i, f"{grid_accuracy[i, j]:.0%}\n({grid_cost[i, j]:.2f})", ha="center", va="center",
                color="white" if grid_accuracy[i, j] < 0.8 else "black")
ax.set_xticks(range(3), [f"{size}" + (" (all)" if size == 200 else "") for size in grid_sizes])
ax.set_yticks(range(3), grid_rates)
ax.set_xlabel("mini-batch size")
ax.set_ylabel("learning rate")
ax.set_title("Validation accuracy (cost) after 20 epochs")
fig.colorbar(image, label="validation accuracy")
plt.show()

# %% [markdown]
# With only 20 epochs, batch size and learning rate trade off: a smaller batch takes more steps
# per epoch (50 with batches of 4, one with all 200). At the small rate 0.001, going from batches of 4 to the
# full batch costs 20 points of validation accuracy; at the large rate 0.1, only 4. How much the batch size
# matters depends on the rate (and on the number of epochs), which is why the two are tuned together. In
# practice: start from common values (Adam's defaults, batches of 32 to 256), sweep the learning rate on a grid
# spaced by factors of about 3 to 10, look at the validation curves, and change one or two hyperparameters at a
# time. Each run of a sweep should be short; the final run, with the chosen values, can be long, with the
# stopping rule deciding when it ends.
#
# ## 12. The same network in a framework (optional)
#
# Libraries such as PyTorch compute the gradients for you (automatic differentiation) and ship the optimisers
# of this lesson ready-made. Their momentum is written in the library form of section 4: `torch.optim.SGD(
# params, lr=lr, momentum=beta)` keeps a buffer $u \leftarrow \beta u + g$ and steps $\theta \leftarrow
# \theta - \text{lr}\cdot u$. Ours keeps $v \leftarrow \beta v + (1 - \beta) g$ and steps $\theta
# \leftarrow \theta - \alpha v$. Both buffers start at zero, so $u = v / (1 - \beta)$ at every step, and the
# two trace the same path when $\text{lr} = \alpha\,(1 - \beta)$: the course's $\alpha = 0.3$ with $\beta = 0.9$
# is PyTorch's `lr=0.03, momentum=0.9`.
#
# The next cell checks that on the moons network: the same initial parameters and the same mini-batches, five
# epochs with your `update_parameters_with_momentum` and with `torch.optim.SGD`, then the largest difference
# between the two sets of parameters. PyTorch is not part of this course's environment, so unless you have
# installed it yourself the cell only prints a note.

# %%
import importlib.util

if importlib.util.find_spec("torch") is None:
    print("PyTorch is not installed here, so this comparison is skipped (pip install torch to run it).")
else:
    import torch

    beta, rate = 0.9, 0.3  # the course's form of momentum
    start_parameters = he_init(moon_dims, np.random.default_rng(0))
    tensors = {k: torch.tensor(value, dtype=torch.float64, requires_grad=True) for k, value in start_parameters.items()}
    torch_optimizer = torch.optim.SGD(list(tensors.values()), lr=rate * (1 - beta), momentum=beta)
    ours, v = dict(start_parameters), initialize_velocity(start_parameters)
    rng = np.random.default_rng(1)
    for epoch in range(5):
        for X_batch, Y_batch in random_mini_batches(X_moons, Y_moons, 32, rng):
            _, grads = forward_backward(ours, X_batch, Y_batch)
            ours, v = update_parameters_with_momentum(ours, grads, v, beta, rate)
            A = torch.tensor(X_batch)  # the same forward pass in PyTorch; backward() finds the gradients
            for l in range(1, len(moon_dims)):
                Z = tensors[f"W{l}"] @ A + tensors[f"b{l}"]
                A = torch.relu(Z) if l < len(moon_dims) - 1 else Z
            loss = torch.nn.functional.binary_cross_entropy_with_logits(A, torch.tensor(Y_batch))
            torch_optimizer.zero_grad()
            loss.backward()
            torch_optimizer.step()
    difference = max(np.abs(tensors[k].detach().numpy() - ours[k]).max() for k in ours)
    print(f"after 5 epochs, the largest difference between the two sets of parameters: {difference:.1e}")

# %% [markdown]
# With PyTorch installed, the difference should be at the level of rounding errors, as for the
# library form checked in section 4: the two are the same optimiser, with the learning rate expressed in
# different units. Whenever you copy a learning rate between a textbook, a paper and a library, check which form
# of momentum each uses.
#
# ## Summary
#
# - **Mini-batches** trade a little accuracy per step for many more steps per pass over the data. Shuffle
#   once per epoch with one permutation for `X` and `Y`, then slice; keep the smaller last batch.
# - **Momentum** steps along an exponentially weighted average of the gradients, $v = \beta v + (1-\beta) g$.
#   Libraries accumulate $u = \beta u + g$ instead, the same path with the learning rate scaled by $1 - \beta$.
# - **RMSProp** divides each parameter's step by the root mean square of its recent gradients, with
#   $\varepsilon$ added outside the root.
# - **Adam** does both, and corrects the zero start of its averages by dividing by $1 - \beta^t$, with $t$ the
#   step number.
# - **Learning-rate decay** takes large steps early and small ones late, per epoch or in steps every few epochs.
# - **Each optimiser's learning rate means something different**: a multiplier of the gradient for gradient
#   descent and momentum, a step length for RMSProp and Adam. Pick it with a short sweep.
# - **A validation set** decides when to stop (the stopping rule: no improvement for $k$ epochs, keep the best
#   parameters) and which hyperparameters to use; the test set is kept for one final measurement.
#
# ## Things to explore
#
# 1. On the elongated bowl of section 4, run momentum with $\beta = 0.5$ and $\beta = 0.99$ at the same rate.
#    Predict first which one overshoots more, and which one zigzags across the valley.
# 2. Copy your `update_parameters_with_adam` without the bias correction and train the moons network with it
#    for a few epochs. How do the first epochs' costs compare with the corrected version, at rates 0.01 and 0.1?
# 3. In section 11, try a patience of 5 and of 50 epochs. How much do the stopping epoch and the kept
#    validation cost change? Then use the same validation set to choose the number of hidden units.
# 4. Do section 11 for the digits: split `X_train` into training and validation sets, sweep Adam's learning rate
#    and the mini-batch size, train the chosen setting with the stopping rule, and measure it once on the test
#    set.
# 5. Add Nesterov momentum or AdaGrad (section 9) as options of `train`, and compare them with the four
#    optimisers of section 7, each with the best rate of a sweep.

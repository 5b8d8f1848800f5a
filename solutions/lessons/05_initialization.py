# %% [markdown]
# # 05 Initialization
#
# Gradient descent has to start somewhere: before the first step, every weight and every bias needs a value.
# For logistic regression (lesson 01) the starting point hardly mattered, and zeros worked well. For a network
# with hidden layers the starting point decides whether training works at all. Two things can go wrong:
#
# 1. **Symmetry.** If all the units of a layer start with the same weights, they compute the same thing,
#    receive the same gradient and stay copies of each other for ever.
# 2. **Exploding or vanishing signals.** In a deep network the input is multiplied by one weight matrix after
#    another. If the weights are a little too large, the activations grow layer after layer; a little too
#    small, and they shrink towards zero. Either way the gradients follow, and learning stalls.
#
# In this lesson you will write four initialisers (zeros, large random, Xavier and He), a function that
# measures the size of the signal in every layer of a deep network, and one that measures the size of every
# layer's gradient under each initialiser. Then you will watch what each initialiser does: to a 10-layer
# network's activations and gradients, and to the training of a small classifier.
#
# **How to work.** Each exercise cell holds a function with a docstring and a `raise NotImplementedError()`
# line: replace that line with your code, run the cell, then run the test cell under it. Some questions ask you
# to predict what an experiment will show **before** you run it: some are checked by a test cell, others ask
# for a few sentences that your instructor reads. Commit to an answer first.
#
# **Conventions.** A network is described by `layer_dims = [n0, n1, ..., nL]`: `n0` inputs, then the number of
# units of each of the `L` layers. The parameters live in a dict with `W{l}` of shape `(n[l], n[l-1])` and
# `b{l}` of shape `(n[l], 1)` for `l = 1, ..., L`. Examples are columns: `X` has shape `(n0, m)`.
# Random numbers always come from a generator `rng = np.random.default_rng(seed)` passed as an argument,
# never from `np.random`'s global state, so that a seed fixes every result.
#
# ## Contents
#
# 1. [Zero weights and the symmetry problem](#1.-Zero-weights-and-the-symmetry-problem)
#    - [Exercise 1: `initialize_parameters_zeros`](#Exercise-1:-initialize_parameters_zeros)
# 2. [Random weights and the question of their size](#2.-Random-weights-and-the-question-of-their-size)
#    - [Exercise 2: `initialize_parameters_random`](#Exercise-2:-initialize_parameters_random)
# 3. [How large should random weights be?](#3.-How-large-should-random-weights-be?)
#    - [Exercise 3: `initialize_parameters_xavier`](#Exercise-3:-initialize_parameters_xavier)
#    - [Exercise 4: `initialize_parameters_he`](#Exercise-4:-initialize_parameters_he)
# 4. [Measuring the signal in a deep network](#4.-Measuring-the-signal-in-a-deep-network)
#    - [Exercise 5: `activation_statistics`](#Exercise-5:-activation_statistics)
# 5. [Gradients per layer](#5.-Gradients-per-layer)
#    - [Exercise 6: `gradient_norms_per_initializer`](#Exercise-6:-gradient_norms_per_initializer)
# 6. [Training with each initialisation](#6.-Training-with-each-initialisation)
# 7. [Summary](#7.-Summary)
# 8. [Things to explore](#8.-Things-to-explore)

# %%
import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. Zero weights and the symmetry problem
#
# The simplest idea is to start every weight and bias at zero.
#
# ### Exercise 1: `initialize_parameters_zeros`
#
# Write `initialize_parameters_zeros(layer_dims)`. For every layer `l = 1, ..., L`, where
# `L = len(layer_dims) - 1`, it puts into the dict
# - `"W{l}"`: zeros of shape `(layer_dims[l], layer_dims[l-1])`,
# - `"b{l}"`: zeros of shape `(layer_dims[l], 1)`.
#
# `np.zeros` takes the shape as one tuple: `np.zeros((3, 2))`.
#
# Expected: `initialize_parameters_zeros([3, 5, 2])` (3 inputs, a hidden layer of 5 units, an output layer of 2)
# gives the keys `W1`, `b1`, `W2`, `b2` with the shapes `(5, 3)`, `(5, 1)`, `(2, 5)` and `(2, 1)`, all zeros.

# %% exercise="initialize_parameters_zeros"

# %%
for key, value in initialize_parameters_zeros([3, 5, 2]).items():
    print(key, value.shape)

# %% [markdown]
# ### A small network to train
#
# To see what an initialisation does to learning, we need a network and a training loop. The three helpers
# below are given (you wrote their pieces in lessons 02 to 04). The network has ReLU hidden layers and one
# sigmoid output unit, and learns by batch gradient descent on the cross-entropy cost.
# `activate(Z, activation)` applies one of the activation functions by name.

# %% given="activate"

# %% given="network_forward"

# %% given="train_network"

# %% [markdown]
# The task: the `circles` dataset, a small ring of points (label 1) inside a larger one (label 0). No straight
# line separates them, so the network needs its hidden units.

# %%
X_circles, Y_circles = datasets.circles(300, rng=np.random.default_rng(1))
plt.figure(figsize=(4, 4))
plt.scatter(X_circles[0], X_circles[1], c=Y_circles[0], cmap="coolwarm", s=12, edgecolors="k", linewidths=0.3)
plt.title("circles: 300 points, two classes")
plt.xlabel("$x_1$")
plt.ylabel("$x_2$")
plt.gca().set_aspect("equal")
plt.show()

# %% [markdown]
# Train a network with `layer_dims = [2, 10, 5, 1]` starting from zeros:

# %%
parameters, costs = train_network(X_circles, Y_circles, initialize_parameters_zeros([2, 10, 5, 1]),
                                  num_iterations=500, learning_rate=0.5, record_every=100)
print("cost every 100 iterations:", np.round(costs, 4))
print("largest |weight| after training:", max(np.abs(parameters[f"W{l}"]).max() for l in (1, 2, 3)))

# %% [markdown]
# Nothing happens. The cost stays at $\log 2 \approx 0.693$, the cost of answering 0.5 for every point, and
# every weight is still exactly zero. With zero weights every $Z^{[l]}$ is zero, so every activation is zero,
# and the gradient of a weight, $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$, is zero too (for the hidden layers
# $dZ^{[l]}$ is itself zero, since it is computed from $W^{[l+1]T}$). Only the output bias gets a gradient, and
# here, with as many points in each class, even that gradient is zero.
#
# Zero is a special case, but the real problem is more general: **any** start in which the units of a layer
# are identical. Let us start every weight at the same non-zero value, 0.3:

# %%
start = {key: value + 0.3 if key.startswith("W") else value
         for key, value in initialize_parameters_zeros([2, 10, 5, 1]).items()}
parameters, costs = train_network(X_circles, Y_circles, start, num_iterations=500, learning_rate=0.5,
                                  record_every=100)
print("cost every 100 iterations:", np.round(costs, 4))
print("W1 after training (one row per hidden unit):")
print(np.round(parameters["W1"], 4))

# %% [markdown]
# This time the weights change, but the ten rows of `W1` are still equal: the ten hidden units are ten copies
# of one unit. The picture shows why, for a layer of three units:
#
# ![Left: a network with two inputs, three hidden units and one output, every weight equal to c; the three hidden units have the same colour, since they compute the same value a. Middle: after one gradient step, every weight is c minus alpha times dw, because the rows of dW are equal; the hidden units still share one colour. Right: with random weights the three hidden units have three different colours.](attachment:05_symmetry.svg)
#
# The units started equal and received the same inputs, so they computed the same output, got the same
# gradient (equal rows of $dW^{[1]}$) and made the same update, at every step. A layer of copies is no better
# than a single unit, and the cost stalls near 0.6: a chain of single ReLU units cannot draw a circle.
#
# The cure is to start from **random** weights: then every unit computes something different from the start,
# and gradient descent can make them specialise. The biases may stay at zero, since the random weights
# already make the units different.

# %% [markdown]
# ## 2. Random weights and the question of their size
#
# ### Exercise 2: `initialize_parameters_random`
#
# Write `initialize_parameters_random(layer_dims, rng, scale=10.0)`. For `l = 1, ..., L`:
# - `"W{l}"` = `scale * rng.standard_normal((layer_dims[l], layer_dims[l-1]))`,
# - `"b{l}"`: zeros of shape `(layer_dims[l], 1)`.
#
# Draw the layers in order, `W1` first, then `W2`, ..., with exactly one call of `rng.standard_normal` per
# layer, and draw nothing else: the numbers a generator hands out depend on everything drawn before, so this
# order is what makes your result equal to everyone else's for the same seed. Each weight then has mean 0 and
# standard deviation `scale`. The default, 10, is deliberately large, to see what large weights do.
#
# Expected: for `initialize_parameters_random([3, 5, 2], np.random.default_rng(0))`, the first row of `W1` is
# `[1.2573, -1.321, 6.4042]` (rounded to 4 decimals) and `b1`, `b2` are zeros.

# %% exercise="initialize_parameters_random"

# %%
parameters = initialize_parameters_random([3, 5, 2], np.random.default_rng(0))
print(np.round(parameters["W1"], 3))
print("standard deviation of all the weights:",
      np.std(np.concatenate([parameters["W1"].ravel(), parameters["W2"].ravel()])).round(2))

# %% [markdown]
# What do weights of size 10 do to our circles network? Look at the output unit before training. Its
# pre-activation $Z^{[3]}$ is a sum of large weights times large activations, so it lands far from 0, where
# the sigmoid is flat at 0 or 1: the network is certain of every answer before it has seen a single label.
# Where it is certain and wrong, the cross-entropy $-\log(1 - \sigma(z))$ is about $z$ itself: hundreds or
# thousands.

# %%
parameters = initialize_parameters_random([2, 10, 5, 1], np.random.default_rng(3))
ZL, _ = network_forward(X_circles, parameters)
probability = activate(ZL, "sigmoid")
print(f"initial cost: {np.mean(np.logaddexp(0, ZL) - Y_circles * ZL):.1f}")
certain = np.mean((probability < 1e-3) | (probability > 0.999))
print(f"fraction of points with a probability below 0.001 or above 0.999: {certain:.2f}")
plt.figure(figsize=(6, 3))
plt.hist(ZL.ravel(), bins=40)
plt.title("output pre-activation $Z^{[3]}$ with weights of scale 10")
plt.xlabel("$z$ (the sigmoid is flat beyond about ±5)")
plt.ylabel("number of points")
plt.show()

# %% [markdown]
# ## 3. How large should random weights be?
#
# ### A signal through many layers
#
# Think of a network with 2 inputs and 10 layers, no activation function, no biases, and every weight matrix
# equal to $1.5\,I$ (1.5 on the diagonal). Each layer multiplies its input by 1.5, so the output is
# $\hat y = 1.5^{10} x \approx 58\,x$. With $0.5\,I$ instead, $\hat y = 0.5^{10} x \approx 0.001\,x$. Neither factor
# is far from 1, yet after ten layers the signal has exploded or nearly vanished; with a hundred layers it
# would be $4 \cdot 10^{17}$ or $8 \cdot 10^{-31}$. Gradients travel back through the same matrices
# (transposed), so they explode or vanish in the same way.

# %%
x = np.array([[1.0], [-2.0]])
for factor in (1.5, 0.5):
    a = x
    for layer in range(10):
        a = (factor * np.eye(2)) @ a
    print(f"every W = {factor} I: after 10 layers the input {x.ravel()} has become {a.ravel().round(4)}")

# %% [markdown]
# ### Keeping the variance of the signal steady
#
# We want an initialisation under which the activations of every layer
# 1. have mean 0, and
# 2. have the same variance as those of the layer before.
#
# Take one unit of layer $l$: $z = \sum_{j=1}^{n^{[l-1]}} w_j a_j$ (the bias starts at 0). Suppose the weights
# $w_j$ are drawn independently with mean 0 and variance $\mathrm{Var}(w)$, independently of the activations
# $a_j$ of the layer below, which have mean 0. The variance of a sum of independent terms is the sum of their
# variances, and for independent zero-mean factors $\mathrm{Var}(w_j a_j) = \mathrm{Var}(w)\,\mathrm{Var}(a)$, so
#
# $$\mathrm{Var}(z) = n^{[l-1]}\,\mathrm{Var}(w)\,\mathrm{Var}(a).$$
#
# Every layer multiplies the variance by the same factor $n\,\mathrm{Var}(w)$ (writing $n$ for $n^{[l-1]}$), so
# after $L$ layers it has been multiplied by $(n\,\mathrm{Var}(w))^L$:
#
# ![A chain of boxes Var(a[0]), Var(a[1]), Var(a[2]), ..., Var(a[L]) joined by arrows, each arrow multiplying by n times Var(w). Below, three rows of bars for layers 0 to 6: with n Var(w) above 1 the bars grow (the signal explodes), below 1 they shrink to nothing (it vanishes), equal to 1 they stay the same height. Xavier chooses Var(w) = 1/n; for ReLU, which halves the mean square, He chooses 2/n.](attachment:05_variance_chain.svg)
#
# Near 0, tanh behaves like the identity, so $\mathrm{Var}(a) \approx \mathrm{Var}(z)$ of the layer below. The
# variance stays the same from layer to layer exactly when $n^{[l-1]}\,\mathrm{Var}(w) = 1$:
#
# $$\mathrm{Var}(w^{[l]}) = \frac{1}{n^{[l-1]}}, \qquad W^{[l]} = \text{standard normal} \times \sqrt{\frac{1}{n^{[l-1]}}}.$$
#
# This is **Xavier initialisation**. The number that matters is $n^{[l-1]}$, the number of inputs each unit
# adds up: more inputs, smaller weights. We multiply by the square root, because multiplying a standard normal
# by $s$ gives a variance of $s^2$. (Glorot and Bengio's paper proposes $2 / (n^{[l-1]} + n^{[l]})$, a compromise
# that also keeps the gradients' variance steady on the way back; this course uses $1 / n^{[l-1]}$.)
#
# ### Exercise 3: `initialize_parameters_xavier`
#
# Write `initialize_parameters_xavier(layer_dims, rng)`: like the random initialiser, one draw
# `rng.standard_normal((layer_dims[l], layer_dims[l-1]))` per layer in order, here multiplied by
# `np.sqrt(1 / layer_dims[l-1])`; zero biases of shape `(layer_dims[l], 1)`.
#
# Expected: for `initialize_parameters_xavier([3, 5, 2], np.random.default_rng(0))`, the first row of `W1` is
# `[0.0726, -0.0763, 0.3697]` (the draws of Exercise 2's example times $\sqrt{1/3}$ instead of 10).

# %% exercise="initialize_parameters_xavier"

# %% [markdown]
# A layer of 1000 inputs should get weights of variance about 1/1000:

# %%
parameters = initialize_parameters_xavier([1000, 500, 100], np.random.default_rng(0))
for l, n_prev in ((1, 1000), (2, 500)):
    print(f"W{l}: variance {parameters[f'W{l}'].var():.5f}, 1/n[{l - 1}] = {1 / n_prev:.5f}")

# %% [markdown]
# ### Question: what does a ReLU do to Xavier's argument?
#
# The argument above assumed that the activation passes the signal on unchanged. A ReLU does not: it keeps
# every positive $z$ and sets every negative $z$ to 0. Suppose $z$ is symmetric around 0 with variance $v$.
# What is the mean square $E[a^2]$ of $a = \max(0, z)$, and what does that do to the signal of a deep ReLU
# network with Xavier weights? How would you change $\mathrm{Var}(w)$ so that the signal keeps its size?
# Answer in two or three sentences in the cell below (replace its text), before reading on.

# %% [markdown] answer="explain_he_factor" points=2
# Because $z$ is symmetric around 0, half of its mass is negative and becomes 0, while the positive half is
# kept: $E[a^2] = \frac{1}{2} E[z^2] = \frac{v}{2}$. The next layer's sum then has variance
# $n\,\mathrm{Var}(w)\,E[a^2]$, so with Xavier's $\mathrm{Var}(w) = 1/n$ each layer halves the signal and after
# $L$ layers it is $2^{-L}$ of its size. Doubling the variance of the weights, $\mathrm{Var}(w) = 2/n$, makes up
# for the half the ReLU sets to zero: $n \cdot \frac{2}{n} \cdot \frac{1}{2} = 1$.

# %% [markdown]
# ### ReLU needs twice as much: He initialisation
#
# For a $z$ symmetric around 0, a ReLU sets the negative half to zero and keeps the positive half. Then its
# output has mean square $E[a^2] = \frac{1}{2}\mathrm{Var}(z)$, and since a ReLU's outputs do not have mean 0,
# what the next layer's sum sees is this mean square: $\mathrm{Var}(z^{[l]}) = n^{[l-1]}\,\mathrm{Var}(w)\,E[a^2]$.
# Half of the signal is lost at every layer, unless the weights make up for it:
#
# $$\mathrm{Var}(w^{[l]}) = \frac{2}{n^{[l-1]}}, \qquad W^{[l]} = \text{standard normal} \times \sqrt{\frac{2}{n^{[l-1]}}}.$$
#
# This is **He initialisation** (He et al., 2015), the usual choice for ReLU networks.
#
# ### Exercise 4: `initialize_parameters_he`
#
# Write `initialize_parameters_he(layer_dims, rng)`: the same draws, multiplied by
# `np.sqrt(2 / layer_dims[l-1])`; zero biases.
#
# Expected: for `initialize_parameters_he([3, 5, 2], np.random.default_rng(0))`, the first row of `W1` is
# `[0.1027, -0.1079, 0.5229]`, $\sqrt{2}$ times Xavier's.

# %% exercise="initialize_parameters_he"

# %%
parameters = initialize_parameters_he([1000, 500, 100], np.random.default_rng(0))
for l, n_prev in ((1, 1000), (2, 500)):
    print(f"W{l}: variance {parameters[f'W{l}'].var():.5f}, 2/n[{l - 1}] = {2 / n_prev:.5f}")

# %% [markdown]
# ## 4. Measuring the signal in a deep network
#
# Let us test the argument. The function below pushes a batch of inputs through a network and reports, for
# every layer, the mean and the variance of its activations.
#
# ### Exercise 5: `activation_statistics`
#
# Write `activation_statistics(X, parameters, activation)`.
# - `L = len(parameters) // 2` layers (each layer has a `W` and a `b`); start from `A = X`, of shape `(n0, m)`.
# - For `l = 1, ..., L`: `Z = W{l} @ A + b{l}`, then `A = activate(Z, activation)`. Every layer uses the same
#   `activation` (`"linear"`, `"tanh"`, `"relu"` or `"sigmoid"`), the last one included: here we study the
#   signal, not a classifier.
# - After each layer, append the pair `(mean, variance)` of **all** the `n[l] * m` entries of `A` to a list:
#   `np.mean(A)` and `np.var(A)` (the population variance, dividing by the number of entries), each turned into
#   a Python float with `float(...)`.
# - Return the list of `L` pairs, layer 1 first.
#
# Expected: the worked example of the checks, a network of two ReLU layers on three examples,
# ```
# activation_statistics(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]),
#                       {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),
#                        "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])}, "relu")
# ```
# gives `[(0.8666666666666667, 0.5855555555555556), (0.4666666666666666, 0.21555555555555564)]`.

# %% exercise="activation_statistics"

# %%
print(activation_statistics(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]),
                            {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),
                             "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])}, "relu"))

# %% [markdown]
# ### Question: the variance after ten layers
#
# Back to the thought experiment: 10 linear layers (no activation, no biases), every $W = 0.5\,I$, and an input
# whose entries have mean 0 and variance 1. The cell in section 3 followed the **values**: they were multiplied
# by $0.5^{10} \approx 0.001$. What is the **variance** of the activations of layer 10?
#
# Write your prediction as a number in the cell below, e.g. `q_variance_after_ten_layers = 0.03` (a power such
# as `3 ** -4` is fine too), then run its test. The cell after it measures the answer.

# %% question="q_variance_after_ten_layers"

# %%
X_small = np.random.default_rng(0).standard_normal((2, 200))
for factor in (1.5, 0.5):
    chain = {}
    for l in range(1, 11):
        chain[f"W{l}"], chain[f"b{l}"] = factor * np.eye(2), np.zeros((2, 1))
    variances = [var for mean, var in activation_statistics(X_small, chain, "linear")]
    print(f"W = {factor} I: variance of the input {X_small.var():.3f}, then per layer:",
          ", ".join(f"{v:.3g}" for v in variances))
print(f"0.25 ** 10 = {0.25 ** 10:.3g}; times the input's variance: {0.25 ** 10 * X_small.var():.3g}")

# %% [markdown]
# Multiplying a random variable by $c$ multiplies its variance by $c^2$: here $0.5^2 = 0.25$ per layer
# (and $1.5^2 = 2.25$ for the other chain), so after ten layers the variance is $0.25^{10} \approx 9.5 \cdot 10^{-7}$
# times that of the input. The input's 200 samples have variance 0.990 rather than exactly 1, so the measured
# value is $0.990 \times 0.25^{10} \approx 9.44 \cdot 10^{-7}$, as printed.
#
# ### The experiment: 10 layers of 500 units
#
# Now a real deep network: 500 inputs, 10 layers of 500 units each, and 100 random examples of variance 1. We
# try four initialisations (small weights, scale 0.01; weights of scale 1; Xavier; He) with tanh and with ReLU
# in every layer, and plot the **variance** of each layer's activations. The vertical axis is logarithmic, so a
# signal that is multiplied by the same factor at every layer draws a straight line.

# %%
dims = [500] * 11
X_deep = np.random.default_rng(0).standard_normal((500, 100))
initialisers = {
    "scale 0.01": lambda rng: initialize_parameters_random(dims, rng, scale=0.01),
    "scale 1": lambda rng: initialize_parameters_random(dims, rng, scale=1.0),
    "Xavier": lambda rng: initialize_parameters_xavier(dims, rng),
    "He": lambda rng: initialize_parameters_he(dims, rng),
}
deep_parameters = {name: init(np.random.default_rng(1)) for name, init in initialisers.items()}
deep_statistics = {(activation, name): activation_statistics(X_deep, parameters, activation)
                   for activation in ("tanh", "relu") for name, parameters in deep_parameters.items()}
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
for ax, activation in zip(axes, ("tanh", "relu")):
    for name in deep_parameters:
        ax.semilogy(range(1, 11), [var for mean, var in deep_statistics[activation, name]], "o-", label=name)
    ax.set_title(f"{activation} in every layer")
    ax.set_xlabel("layer $l$")
    ax.set_ylabel("variance of $A^{[l]}$")
    ax.set_xticks(range(1, 11))
    ax.grid(True, which="major", alpha=0.3)
    ax.legend()
plt.tight_layout()
plt.show()
print("layer 10:", " " * 10, "   ".join(f"{name:>10}" for name in deep_parameters))
for activation in ("tanh", "relu"):
    print(f"{activation:>4}, variance of A[10]:",
          "   ".join(f"{deep_statistics[activation, name][-1][1]:10.2g}" for name in deep_parameters))
    print(f"{activation:>4}, its square root:  ",
          "   ".join(f"{deep_statistics[activation, name][-1][1] ** 0.5:10.2g}" for name in deep_parameters))

# %% [markdown]
# What the curves and the printed layer-10 values say:
# - **Scale 0.01**: each layer multiplies the variance by about $500 \times 0.01^2 = 0.05$ (half that with ReLU).
#   After ten layers the variance is about $10^{-13}$ (tanh) or $10^{-16}$ (ReLU): the signal is gone, and the
#   gradients vanish in the same way (section 5).
# - **Scale 1, ReLU**: each layer multiplies the variance by about $500 \times 1 / 2 = 250$. After ten layers
#   the **variance** is about $10^{24}$ (the printed value), so the activations themselves, whose typical size is
#   the square root of the variance, are around $10^{12}$.
# - **Scale 1, tanh**: the variance looks steady, near 1, but for a bad reason: the pre-activations are huge, and tanh
#   squashes them to $\pm 1$. A saturated tanh has slope $1 - a^2 \approx 0$. The histograms below show it.
# - **Xavier** keeps a tanh network's signal alive (tanh still shrinks it slowly, since it is flatter than the
#   identity away from 0), but with ReLU it halves the variance at every layer, as predicted.
# - **He** keeps a ReLU network's signal at the same size through all ten layers. (With tanh its larger weights
#   happen to hold the variance steady too, at the price of pushing more units towards saturation.)
#
# The histograms of the activations tell the same story in more detail. Each panel is one initialisation; in
# it, one histogram per layer, layer 1 at the top, each scaled to the same height. Since the sizes of the
# layers' activations differ by many powers of ten, the horizontal axis shows the **size** $|a|$ on a log scale
# (the zeros of a ReLU are left out): a layer that multiplies the signal by a factor $c$ shifts its histogram
# by $\log_{10} c$ to the right, and the shape of each layer's distribution stays visible.

# %%
def activations_per_layer(X, parameters, activation):
    """The activations A[1], ..., A[L] of every layer, for the histograms."""
    A, out = X, []
    for l in range(1, len(parameters) // 2 + 1):
        A = activate(parameters[f"W{l}"] @ A + parameters[f"b{l}"], activation)
        out.append(A)
    return out


def plot_histograms(activation, names):
    """One panel per initialisation; in it, the histogram of log10 |a| of every layer, layer 1 on top."""
    fig, axes = plt.subplots(1, len(names), figsize=(13, 4.5))
    for ax, name in zip(axes, names):
        sizes = [np.abs(A[A != 0]) for A in activations_per_layer(X_deep, deep_parameters[name], activation)]
        # the bins span the sizes of all layers of this panel, from the 0.5th percentile to the largest
        low = min(np.percentile(s, 0.5) for s in sizes)
        high = max(s.max() for s in sizes)
        low = min(low, high / 1000)  # at least three powers of ten, so that a spike shows where it stands
        edges = np.logspace(np.log10(low), np.log10(high), 61)
        for l, s in enumerate(sizes, start=1):
            counts, _ = np.histogram(s, bins=edges)
            base = 10 - l  # each histogram scaled to the same height, stacked one above the other
            ax.stairs(base + 0.9 * counts / max(counts.max(), 1), edges, baseline=base, fill=True)
        ax.set_xscale("log")
        ax.set_yticks(np.arange(10) + 0.4, [f"layer {l}" for l in range(10, 0, -1)], fontsize=8)
        ax.set_title(name)
        ax.set_xlabel("$|a|$ (log scale)")
    fig.suptitle(f"{activation}: histogram of the sizes $|a|$ of the activations of every layer")
    plt.tight_layout()
    plt.show()


plot_histograms("tanh", ["scale 0.01", "scale 1", "Xavier"])
plot_histograms("relu", ["scale 1", "Xavier", "He"])

# %% [markdown]
# With tanh, small weights move the histogram about two thirds of a power of ten to the left at every layer (the
# variance shrinks by about 0.05, the size by its square root, about 0.22); weights of scale 1 pile almost every
# activation up against $|a| = 1$ (saturation), in every layer; Xavier keeps a broad distribution below 1 in every
# layer, slowly drifting left. With ReLU, weights of scale 1 move the histogram right by about
# $\log_{10}\sqrt{250} \approx 1.2$ powers of ten per layer (a factor of about 16), Xavier lets it drift left by
# $\log_{10}\sqrt{2} \approx 0.15$ per layer, and He keeps it in place.

# %% [markdown]
# ## 5. Gradients per layer
#
# The activations are half of the story: learning needs gradients. Gradient descent changes $W^{[l]}$ by
# $\alpha\,dW^{[l]}$, with $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$: the activations coming forward into
# layer $l$, times the error $dZ^{[l]}$ coming back from the output. We now measure the size of every layer's
# first gradient, $\|dW^{[l]}\|$ (the square root of the sum of its squared entries), under each initialiser.
#
# The helper below is the function you wrote in lesson 04, here built on `activate`: for a network with the
# given activation in its hidden layers and a sigmoid output unit, it returns the list of $\|dW^{[l]}\|$,
# layer 1 first.

# %% given="gradient_norms_by_layer"

# %% [markdown]
# ### Exercise 6: `gradient_norms_per_initializer`
#
# Write `gradient_norms_per_initializer(X, Y, layer_dims, rng, activation="relu", scale=1.0)`. It returns a dict
# with four keys, in this order, each mapping to the list `gradient_norms_by_layer(X, Y, parameters, activation)`
# for the network started by one initialiser:
# - `"zeros"`: `initialize_parameters_zeros(layer_dims)`,
# - `"random"`: `initialize_parameters_random(layer_dims, rng, scale=scale)`,
# - `"Xavier"`: `initialize_parameters_xavier(layer_dims, rng)`,
# - `"He"`: `initialize_parameters_he(layer_dims, rng)`.
#
# Use the one `rng` for all three random initialisers, called in this order (random, Xavier, He): each
# continues where the one before stopped.
#
# Expected: with `X = np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]])` and
# `Y = np.array([[1.0, 0.0, 1.0, 0.0]])`, `gradient_norms_per_initializer(X, Y, [2, 3, 3, 1], np.random.default_rng(0))`
# gives, rounded to 4 decimals, `{"zeros": [0.0, 0.0, 0.0], "random": [0.6505, 0.2539, 0.387],
# "Xavier": [0.0468, 0.0551, 0.0009], "He": [0.0419, 0.3452, 0.4952]}`.

# %% exercise="gradient_norms_per_initializer"

# %%
example = gradient_norms_per_initializer(np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]]),
                                         np.array([[1.0, 0.0, 1.0, 0.0]]), [2, 3, 3, 1], np.random.default_rng(0))
print({name: [round(norm, 4) for norm in norms] for name, norms in example.items()})

# %% [markdown]
# ### Question: where do small weights lose the gradient?
#
# Take the deep network of section 4 with its last layer replaced by one sigmoid output unit (500 inputs, 9 hidden
# layers of 500 units, 10 layers in all), ReLU hidden layers and weights of scale 0.01. The signal shrinks by a
# constant factor at every layer on the way forward, and the error $dZ^{[l]}$ shrinks by a constant factor at every
# layer on the way back. How does $\|dW^{[l]}\|$ change from layer 10 down to layer 1?
#
# - (a) it shrinks steadily from layer 10 to layer 1, by a similar factor per layer: the layers near the input
#   get the smallest gradients
# - (b) it is about the same in every layer (within a factor of a few), and tiny in all of them
# - (c) it grows steadily from layer 10 to layer 1: the layers near the input get the largest gradients
#
# Write your choice in the cell below as `q_gradient_profile = "a"`, `"b"` or `"c"`, then run its test.

# %% question="q_gradient_profile"

# %% [markdown]
# The experiment: `X_deep` with random labels, and every initialiser, with ReLU and with tanh hidden layers.
# We call your function once with `scale=0.01` and once with `scale=1.0`; the zeros give norms of exactly 0,
# which a log scale cannot draw, so they are printed instead.

# %%
Y_deep = (np.random.default_rng(2).random((1, 100)) > 0.5).astype(float)
dims_classifier = [500] * 10 + [1]
layers = range(1, 11)
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
for ax, activation in zip(axes, ("relu", "tanh")):
    small = gradient_norms_per_initializer(X_deep, Y_deep, dims_classifier, np.random.default_rng(1), activation,
                                           scale=0.01)
    large = gradient_norms_per_initializer(X_deep, Y_deep, dims_classifier, np.random.default_rng(1), activation,
                                           scale=1.0)
    curves = {"scale 0.01": small["random"], "scale 1": large["random"], "Xavier": large["Xavier"],
              "He": large["He"]}
    for name, norms in curves.items():
        ax.semilogy(layers, norms, "o-", label=name)
    ax.set_title(f"{activation} hidden layers, sigmoid output")
    ax.set_xlabel("layer $l$")
    ax.set_ylabel(r"$\|dW^{[l]}\|$")
    ax.set_xticks(layers)
    ax.grid(True, which="major", alpha=0.3)
    print(f"{activation}, zeros:", large["zeros"])
    for name, norms in curves.items():
        print(f"{activation}, {name:>10}: layer 1 {norms[0]:8.2g}, layer 10 {norms[-1]:8.2g},"
              f" largest / smallest {max(norms) / min(norms):8.3g}")
fig.legend(*axes[0].get_legend_handles_labels(), loc="lower center", ncol=4)
plt.tight_layout(rect=(0, 0.08, 1, 1))
plt.show()
print("for comparison, the size ||W5|| of a 500 x 500 weight matrix (500 times the weights' standard deviation):",
      {name: round(float(np.linalg.norm(deep_parameters[name]["W5"])), 1) for name in deep_parameters})

# %% [markdown]
# What the gradients say:
# - **Zeros**: every $dW^{[l]}$ is exactly 0, in every layer (section 1): nothing to learn from.
# - **Scale 0.01, ReLU**: about $5 \cdot 10^{-8}$ in every layer, within a factor of about 2. The reason is in
#   $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$: the activations reaching layer $l$ have shrunk through the
#   $l - 1$ layers below it, the error through the $L - l$ layers above it, so their product has shrunk through
#   about $L - 1$ layers, whatever $l$. The gradient has vanished, in every layer alike: next to weights of
#   size about 5 (the printed $\|W\|$), a step of $\alpha \cdot 10^{-7}$ changes nothing.
# - **Scale 1, ReLU**: the same balance the other way: between $10^{11}$ and $10^{12}$ in every layer. The
#   weights have size about 500, so any learning rate that is not tiny throws them far away: the gradient has
#   exploded.
# - **Scale 1, tanh**: here the balance breaks. The activations cannot grow (tanh saturates at $\pm 1$), but the
#   error is multiplied by $W^{[l]T}$ on its way back, which the small slopes $1 - a^2$ of the saturated units
#   do not fully cancel. The gradient grows towards the input: layer 1 gets almost $10^5$ times the gradient of
#   layer 10 (the printed ratio), so no single learning rate suits both.
# - **Xavier** (with tanh) and **He** (with ReLU) keep every layer's gradient of a moderate size, between about
#   0.3 and 10; with ReLU, Xavier's is smaller (about 0.03 to 0.05), the cost of the signal that halves at
#   every layer.
#
# So "vanishing" and "exploding" gradients are not only about the first layers: with an initialisation that
# multiplies the signal by a factor per layer, the whole gradient is multiplied by about that factor to the power
# $L - 1$.

# %% [markdown]
# ## 6. Training with each initialisation
#
# Back to the circles. We train the network `[2, 10, 5, 1]` with the same data, the same learning rate and the
# same number of steps, changing only the initialisation.

# %%
def accuracy(parameters, X, Y):
    return float(np.mean((network_forward(X, parameters)[0] > 0) == Y))


starts = {
    "zeros": initialize_parameters_zeros([2, 10, 5, 1]),
    "random, scale 10": initialize_parameters_random([2, 10, 5, 1], np.random.default_rng(3)),
    "Xavier": initialize_parameters_xavier([2, 10, 5, 1], np.random.default_rng(3)),
    "He": initialize_parameters_he([2, 10, 5, 1], np.random.default_rng(3)),
}
trained = {}
record_every = 20
plt.figure(figsize=(7, 4))
for name, start in starts.items():
    trained[name], costs = train_network(X_circles, Y_circles, start, num_iterations=2000, learning_rate=0.1,
                                         record_every=record_every)
    plt.semilogy(np.arange(len(costs)) * record_every, costs, label=name)
    print(f"{name:>17}: cost {costs[0]:8.3f} -> {costs[-1]:.3f}, "
          f"training accuracy {accuracy(trained[name], X_circles, Y_circles):.0%}")
plt.title("cost during training, by initialisation")
plt.xlabel("iteration")
plt.ylabel("cost (log scale)")
plt.legend()
plt.show()

# the decision regions the four networks end with: they predict class 1 in the red region
grid_1, grid_2 = np.meshgrid(np.linspace(-1.5, 1.5, 150), np.linspace(-1.5, 1.5, 150))
grid = np.vstack([grid_1.ravel(), grid_2.ravel()])
fig, axes = plt.subplots(1, 4, figsize=(16, 4))
for ax, (name, parameters) in zip(axes, trained.items()):
    prediction = (network_forward(grid, parameters)[0] > 0).reshape(grid_1.shape)
    ax.contourf(grid_1, grid_2, prediction, levels=[-0.5, 0.5, 1.5], colors=["#9db7e0", "#f0a39a"])
    ax.scatter(X_circles[0], X_circles[1], c=Y_circles[0], cmap="coolwarm", s=8, edgecolors="k", linewidths=0.2)
    ax.set_title(f"{name}: {accuracy(parameters, X_circles, Y_circles):.0%} correct")
    ax.set_xlabel("$x_1$")
    ax.set_aspect("equal")
axes[0].set_ylabel("$x_2$")
plt.tight_layout()
plt.show()

# what became of the scale-10 network: dead units, and how far its weights moved
_, caches = network_forward(X_circles, trained["random, scale 10"])
A2 = caches[2][0]  # the activations of layer 2, which layer 3 receives
print("units of layer 2 that output 0 for every point:", int(np.sum(A2.max(axis=1) <= 0)), "of", A2.shape[0])
for l in (1, 2, 3):
    W0, W = starts["random, scale 10"][f"W{l}"], trained["random, scale 10"][f"W{l}"]
    print(f"W{l} moved by {np.linalg.norm(W - W0) / np.linalg.norm(W0):.0%} of its size in 2000 steps")

# %% [markdown]
# - **Zeros** never leave the starting point: the cost stays at $\log 2$ and every point gets the same answer.
# - **Scale 10** starts with a cost near 1000. The first gradient steps are huge and throw the weights
#   around; with this seed they leave two of the five units of the second layer at 0 for every point (printed
#   above). Such a "dead" ReLU gets no gradient and never comes back. The other weights are so large that 2000
#   small steps move them by only a fraction of their size (about 12% to 38%, printed above), so the jagged
#   boundary of the first steps stays. Change the seed 3 in its line and run again: sometimes the network
#   recovers, sometimes it gets stuck. Large weights make training a lottery; Xavier and He learn reliably.
# - **Xavier** and **He** both learn the circle. In this shallow network the factor 2 between them
#   matters little; in the 10-layer experiment above, it was the difference between a signal that halves at
#   every layer and one that keeps its size.
#
# ## 7. Summary
#
# - Units that start identical stay identical: initialise the weights randomly (the biases may start at 0).
# - The size of the random weights matters: through $L$ layers the signal is multiplied $L$ times, so a factor
#   slightly above or below 1 per layer makes the activations, and the gradients, explode or vanish.
# - Drawing $W^{[l]}$ with variance $1 / n^{[l-1]}$ (Xavier) keeps the variance of the signal steady for
#   activations like tanh; $2 / n^{[l-1]}$ (He) does the same for ReLU, which sets half of its inputs to zero.
# - A layer's gradient $dW^{[l]}$ multiplies the signal from below by the error from above: under a bad
#   initialisation it is tiny or huge in every layer, and saturation can make it differ enormously between layers.
#
# ## 8. Things to explore
#
# - Make the deep network of section 4 deeper (`dims = [500] * 31` for 30 layers). How far do Xavier with ReLU
#   and He with ReLU now drift? Does the straight-line picture of the variance still hold?
# - Give the layers different widths, e.g. `[500, 100, 500, 100, ...]`. Which of Xavier's $1/n^{[l-1]}$ and
#   Glorot's $2/(n^{[l-1]} + n^{[l]})$ keeps the forward signal steadier, and which the gradients?
# - Start the circles network with zero weights but random biases. Does that break the symmetry? Use
#   $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$ and $dZ^{[l]}$'s dependence on $W^{[l+1]}$ to explain what you see.
# - A leaky ReLU with slope $\alpha$ for negative inputs keeps more than half of the mean square. Work out the
#   variance of the weights that keeps its signal steady, and check it with `activation_statistics`.
# - Train the circles network from 10 seeds with scale 10 and with He, and count how often each reaches 100%
#   training accuracy.

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
# measures the size of the signal in every layer of a deep network, and then watch what each initialiser
# does: to a 10-layer network's activations, and to the training of a small classifier.
#
# **Conventions.** A network is described by `layer_dims = [n0, n1, ..., nL]`: `n0` inputs, then the number of
# units of each of the `L` layers. The parameters live in a dict with `W{l}` of shape `(n[l], n[l-1])` and
# `b{l}` of shape `(n[l], 1)` for `l = 1, ..., L`. Examples are columns: `X` has shape `(n0, m)`.
# Random numbers always come from a generator `rng = np.random.default_rng(seed)` passed as an argument,
# never from `np.random`'s global state, so that a seed fixes every result.

# %%
import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. All zeros, and the symmetry problem
#
# The simplest idea is to start every weight and bias at zero.
#
# **Exercise.** Write `initialize_parameters_zeros(layer_dims)`. For every layer `l = 1, ..., L`, where
# `L = len(layer_dims) - 1`, it puts into the dict
# - `"W{l}"`: zeros of shape `(layer_dims[l], layer_dims[l-1])`,
# - `"b{l}"`: zeros of shape `(layer_dims[l], 1)`.
#
# `np.zeros` takes the shape as one tuple: `np.zeros((3, 2))`.

# %% exercise="initialize_parameters_zeros"

# %% [markdown]
# For `layer_dims = [3, 5, 2]` (3 inputs, a hidden layer of 5 units, an output layer of 2) you should see
# `W1` of shape (5, 3), `b1` (5, 1), `W2` (2, 5) and `b2` (2, 1):

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
# of one unit. They started equal, received the same inputs, so they computed the same output, got the same
# gradient and made the same update, at every step. A layer of copies is no better than a single unit, and
# the cost stalls near 0.6: a chain of single ReLU units cannot draw a circle.
#
# The cure is to start from **random** weights: then every unit computes something different from the start,
# and gradient descent can make them specialise. The biases may stay at zero, since the random weights
# already make the units different.

# %% [markdown]
# ## 2. Random weights, and the question of their size
#
# **Exercise.** Write `initialize_parameters_random(layer_dims, rng, scale=10.0)`. For `l = 1, ..., L`:
# - `"W{l}"` = `scale * rng.standard_normal((layer_dims[l], layer_dims[l-1]))`,
# - `"b{l}"`: zeros of shape `(layer_dims[l], 1)`.
#
# Draw the layers in order, `W1` first, then `W2`, ..., with exactly one call of `rng.standard_normal` per
# layer, and draw nothing else: the numbers a generator hands out depend on everything drawn before, so this
# order is what makes your result equal to everyone else's for the same seed. Each weight then has mean 0 and
# standard deviation `scale`. The default, 10, is deliberately large, to see what large weights do.

# %% exercise="initialize_parameters_random"

# %% [markdown]
# The worked example of the checks, `initialize_parameters_random([3, 5, 2], np.random.default_rng(0))`:

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
# **Exercise.** Write `initialize_parameters_xavier(layer_dims, rng)`: like the random initialiser, one draw
# `rng.standard_normal((layer_dims[l], layer_dims[l-1]))` per layer in order, here multiplied by
# `np.sqrt(1 / layer_dims[l-1])`; zero biases of shape `(layer_dims[l], 1)`.

# %% exercise="initialize_parameters_xavier"

# %% [markdown]
# A layer of 1000 inputs should get weights of variance about 1/1000:

# %%
parameters = initialize_parameters_xavier([1000, 500, 100], np.random.default_rng(0))
for l, n_prev in ((1, 1000), (2, 500)):
    print(f"W{l}: variance {parameters[f'W{l}'].var():.5f}, 1/n[{l - 1}] = {1 / n_prev:.5f}")

# %% [markdown]
# ### ReLU needs twice as much: He initialisation
#
# The argument above assumed that the activation passes the signal on unchanged. A ReLU does not: for a $z$
# symmetric around 0 it sets the negative half to zero, and keeps the positive half. Then its output has mean
# square $E[a^2] = \frac{1}{2}\mathrm{Var}(z)$, and since a ReLU's outputs do not have mean 0, what the next layer's
# sum sees is this mean square: $\mathrm{Var}(z^{[l]}) = n^{[l-1]}\,\mathrm{Var}(w)\,E[a^2]$. Half of the signal
# is lost at every layer, unless the weights make up for it:
#
# $$\mathrm{Var}(w^{[l]}) = \frac{2}{n^{[l-1]}}, \qquad W^{[l]} = \text{standard normal} \times \sqrt{\frac{2}{n^{[l-1]}}}.$$
#
# This is **He initialisation** (He et al., 2015), the usual choice for ReLU networks.
#
# **Exercise.** Write `initialize_parameters_he(layer_dims, rng)`: the same draws, multiplied by
# `np.sqrt(2 / layer_dims[l-1])`; zero biases.

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
# **Exercise.** Write `activation_statistics(X, parameters, activation)`.
# - `L = len(parameters) // 2` layers (each layer has a `W` and a `b`); start from `A = X`, of shape `(n0, m)`.
# - For `l = 1, ..., L`: `Z = W{l} @ A + b{l}`, then `A = activate(Z, activation)`. Every layer uses the same
#   `activation` (`"linear"`, `"tanh"`, `"relu"` or `"sigmoid"`), the last one included: here we study the
#   signal, not a classifier.
# - After each layer, append the pair `(mean, variance)` of **all** the `n[l] * m` entries of `A` to a list:
#   `np.mean(A)` and `np.var(A)` (the population variance, dividing by the number of entries), each turned into
#   a Python float with `float(...)`.
# - Return the list of `L` pairs, layer 1 first.

# %% exercise="activation_statistics"

# %% [markdown]
# The worked example of the checks: a network of two ReLU layers on three examples.

# %%
print(activation_statistics(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]),
                            {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),
                             "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])}, "relu"))

# %% [markdown]
# The thought experiment from above, now with your function: 10 linear layers $W = 1.5\,I$ or $0.5\,I$. Since the
# variance scales with the square of the weights, it should grow or shrink by $1.5^2$ or $0.5^2$ per layer.

# %%
X_small = np.random.default_rng(0).standard_normal((2, 200))
for factor in (1.5, 0.5):
    chain = {}
    for l in range(1, 11):
        chain[f"W{l}"], chain[f"b{l}"] = factor * np.eye(2), np.zeros((2, 1))
    variances = [var for mean, var in activation_statistics(X_small, chain, "linear")]
    print(f"W = {factor} I: variance of the input {X_small.var():.3f}, then per layer:",
          ", ".join(f"{v:.3g}" for v in variances))

# %% [markdown]
# ### The experiment: 10 layers of 500 units
#
# Now a real deep network: 500 inputs, 10 layers of 500 units each, and 100 random examples of variance 1. We
# try four initialisations (small weights, scale 0.01; weights of scale 1; Xavier; He) with tanh and with ReLU
# in every layer, and plot the variance of each layer's activations. The vertical axis is logarithmic, so a
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
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
for ax, activation in zip(axes, ("tanh", "relu")):
    for name, parameters in deep_parameters.items():
        stats = activation_statistics(X_deep, parameters, activation)
        ax.semilogy(range(1, 11), [var for mean, var in stats], "o-", label=name)
    ax.set_title(f"{activation} in every layer")
    ax.set_xlabel("layer $l$")
    ax.set_ylabel("variance of $A^{[l]}$")
    ax.set_xticks(range(1, 11))
    ax.grid(True, which="major", alpha=0.3)
    ax.legend()
plt.tight_layout()
plt.show()

# %% [markdown]
# What the curves say:
# - **Scale 0.01**: each layer multiplies the variance by about $500 \times 0.01^2 = 0.05$ (half that with ReLU).
#   After ten layers the signal is gone, with either activation, and the gradients vanish in the same way.
# - **Scale 1, ReLU**: each layer multiplies by about $500 \times 1 / 2 = 250$; after ten layers the activations are
#   around $10^{12}$, and so would the gradients be.
# - **Scale 1, tanh**: the variance looks steady, near 1, but for a bad reason: the pre-activations are huge, and tanh
#   squashes them to $\pm 1$. A saturated tanh has slope $1 - a^2 \approx 0$, so the gradients vanish all the same.
#   The histograms below show it.
# - **Xavier** keeps a tanh network's signal alive (tanh still shrinks it slowly, since it is flatter than the
#   identity away from 0), but with ReLU it halves the variance at every layer, as predicted.
# - **He** keeps a ReLU network's signal at the same size through all ten layers. (With tanh its larger weights
#   happen to hold the variance steady too, at the price of pushing more units towards saturation.)
#
# The histograms of the activations tell the same story in more detail. Each panel is one initialisation; in
# it, one histogram per layer, layer 1 at the top, all on the same horizontal axis and each scaled to the same
# height, so that you can see the shape of the signal and how wide it is.

# %%
def activations_per_layer(X, parameters, activation):
    """The activations A[1], ..., A[L] of every layer, for the histograms."""
    A, out = X, []
    for l in range(1, len(parameters) // 2 + 1):
        A = activate(parameters[f"W{l}"] @ A + parameters[f"b{l}"], activation)
        out.append(A)
    return out


def plot_histograms(activation, names, keep=lambda A: A):
    """One panel per initialisation; in it, the histogram of every layer's activations, layer 1 on top."""
    fig, axes = plt.subplots(1, len(names), figsize=(13, 4.5))
    for ax, name in zip(axes, names):
        layers = activations_per_layer(X_deep, deep_parameters[name], activation)
        top = max(np.abs(A).max() for A in layers)
        for l, A in enumerate(layers, start=1):
            counts, edges = np.histogram(keep(A), bins=60, range=(-top, top) if activation == "tanh" else (0, top))
            base = 10 - l  # each histogram scaled to the same height, stacked one above the other
            ax.stairs(base + 0.9 * counts / max(counts.max(), 1), edges, baseline=base, fill=True)
        ax.set_yticks(np.arange(10) + 0.4, [f"layer {l}" for l in range(10, 0, -1)], fontsize=8)
        ax.set_title(name)
        ax.set_xlabel("activation value")
    fig.suptitle(f"{activation}: histogram of the activations $A^{{[l]}}$ of every layer")
    plt.tight_layout()
    plt.show()


deep_parameters = {name: init(np.random.default_rng(1)) for name, init in initialisers.items()}
plot_histograms("tanh", ["scale 0.01", "scale 1", "Xavier"])
plot_histograms("relu", ["scale 1", "Xavier", "He"], keep=lambda A: A[A > 0])

# %% [markdown]
# With tanh, small weights squeeze the histogram into an ever thinner spike at 0; weights of scale 1 push
# almost every activation to $-1$ or $+1$ (saturation); Xavier keeps a broad bell in every layer. With ReLU
# (the zeros are left out of these histograms), weights of scale 1 stretch the range by a factor of about 16
# per layer, Xavier lets it shrink, and He keeps it the same.

# %% [markdown]
# ## 5. Training with each initialisation
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

# %% [markdown]
# - **Zeros** never leave the starting point: the cost stays at $\log 2$ and every point gets the same answer.
# - **Scale 10** starts with a cost near 1000. The first gradient steps are huge and throw the weights
#   around; with this seed they leave two of the five units of the second layer at 0 for every point. Such a
#   "dead" ReLU gets no gradient and never comes back. The other weights are so large that 2000 small steps
#   change them by only about 15%, so the jagged boundary of the first steps stays. Change the seed 3 in its
#   line and run again: sometimes the network recovers, sometimes it gets stuck. Large weights make training
#   a lottery; Xavier and He learn reliably.
# - **Xavier** and **He** both learn the circle quickly. In this shallow network the factor 2 between them
#   matters little; in the 10-layer experiment above, it was the difference between a signal that halves at
#   every layer and one that keeps its size.
#
# ## Summary
#
# - Units that start identical stay identical: initialise the weights randomly (the biases may start at 0).
# - The size of the random weights matters: through $L$ layers the signal is multiplied $L$ times, so a factor
#   slightly above or below 1 per layer makes the activations, and the gradients, explode or vanish.
# - Drawing $W^{[l]}$ with variance $1 / n^{[l-1]}$ (Xavier) keeps the variance of the signal steady for
#   activations like tanh; $2 / n^{[l-1]}$ (He) does the same for ReLU.

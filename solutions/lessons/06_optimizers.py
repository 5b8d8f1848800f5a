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
# each of them, and finish with a handwritten-digit classifier built from your own pieces.
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
# The worked example of the check shuffles seven examples into batches of three:

# %%
example_X = np.array([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5]])
example_Y = np.array([[0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0]])

# %% exercise="random_mini_batches"

# %% [markdown]
# The first row of `example_X` numbers the examples, so you can read off where each one went, and check
# that its label travelled with it:

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
# sizes $[3, 2, 1]$:

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
          beta=0.9, beta1=0.9, beta2=0.999, decay=None, output="sigmoid", seed=0):
    """Mini-batch training. decay(learning_rate0, epoch) -> learning rate, or None for a constant rate.

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
# Here is the same network trained for 10 epochs with the same learning rate (0.1) and three batch sizes:
# all 300 examples (batch gradient descent, one step per epoch), 32 (ten steps per epoch), and 1 (SGD, 300
# steps per epoch). The left plot shows the mean cost of each epoch; the right one the cost of each mini-batch
# as training goes on.

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8))
for label, size, colour in [("batch (300)", 300, "C0"), ("mini-batch (32)", 32, "C1"), ("stochastic (1)", 1, "C2")]:
    _, epoch_costs, batch_costs = train(X_moons, Y_moons, moon_dims, "gd", 0.1, num_epochs=10, mini_batch_size=size)
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
# batch of 300 is of course the most accurate; it is just expensive.) On a computer, a step on 32 examples
# costs barely more than a step on one, because the work is done by the same matrix products; that is why
# mini-batches, not single examples, are the practical choice.
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
# gentle. Recall two facts about contour plots: the gradient is perpendicular to the contour lines, and it
# is long where they are close. Plain gradient descent steps straight across the contours, downhill.
#
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


def descend(update, state, start=(3.3, 0.5), num_steps=150):
    """Follow update(parameters, grads, state, t) -> (parameters, state) from start.

    Returns the path, an array of shape (num_steps + 1, 2) of (w, b) points."""
    parameters = {"W1": np.array([[start[0]]]), "b1": np.array([[start[1]]])}
    path = [start]
    for t in range(1, num_steps + 1):
        parameters, state = update(parameters, surface_grads(parameters), state, t)
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

# %% [markdown]
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

# %% exercise="initialize_velocity"

# %% [markdown]
# ### Exercise 4: `update_parameters_with_momentum`
#
# For every layer and for both `W` and `b`: update the velocity first,
# `v["dW1"] = beta * v["dW1"] + (1 - beta) * grads["dW1"]`, then step along the **new** velocity,
# `W1 - learning_rate * v["dW1"]`. Return `(parameters, v)`, both new dicts: the caller passes the returned
# `v` into the next step, which is how the velocity carries from one step to the next.

# %% exercise="update_parameters_with_momentum"

# %%
new_parameters, new_v = update_parameters_with_momentum(example_parameters, example_grads, example_v,
                                                        beta=0.9, learning_rate=0.1)
print("v['dW2'] before:", example_v["dW2"], " gradient:", example_grads["dW2"], " after:", new_v["dW2"])

# %% [markdown]
# On the surface, with $\beta = 0.9$ and rate 0.6 (a library rate of 0.06):

# %%
momentum = descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, 0.6), initialize_velocity(point))
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"gradient descent, rate 0.18": gd_fast, "momentum 0.9, rate 0.6": momentum},
           "Momentum rolls over the ridge")
plot_costs(axes[1], {"gradient descent": gd_fast, "momentum": momentum})
plt.tight_layout()
plt.show()

# %% [markdown]
# The velocity built up on the way down carries the ball through the right-hand valley, over the ridge and
# into the deeper valley, where it swings back and forth for a while before settling. Across the valley it
# still oscillates: with $\beta = 0.9$ the averaging damps the zigzag only slowly. Do not read this as
# "momentum always finds the global minimum": from another starting point, or with a smaller rate, it stops
# in the first valley too. What momentum reliably gives is speed along consistent slopes and a smoother
# path when the gradients are noisy, as they are with mini-batches.
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

# %% exercise="initialize_rmsprop"

# %% [markdown]
# ### Exercise 6: `update_parameters_with_rmsprop`
#
# For every layer and for `W` and `b`: `s["dW1"] = beta2 * s["dW1"] + (1 - beta2) * grads["dW1"] ** 2`, then
# `W1 - learning_rate * grads["dW1"] / (np.sqrt(s["dW1"]) + epsilon)` with the **new** `s`. Return
# `(parameters, s)`. The checks include a step where every gradient is zero or about $10^{-6}$, where only the
# right placement of `epsilon` gives the right answer.

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

# %% [markdown]
# RMSProp heads almost straight for the minimum: the steep $b$ direction no longer dominates. Its first steps
# move both coordinates by the same amount, about 0.15, while the first step of gradient descent in $b$ is
# 0.9 and overshoots the valley floor. Once $b$ has arrived, its gradient and its steps fade away, while
# $w$ keeps moving far faster than under gradient descent. Near the bottom, though, RMSProp does not quite
# settle: now and then it is kicked away again (the short vertical strokes near $w = 1.9$). Section 8
# explains why, and what helps.
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

# %% exercise="update_parameters_with_adam"

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

# %% [markdown]
# The uncorrected $v$ needs some twenty steps to climb to the level of the gradients; $v^{corrected}$ is
# there from the first step. With $\beta_2 = 0.999$ the difference is far larger: after 100 steps the raw
# $\sqrt{s}$ is still only about a third of the typical gradient size. Without the correction, Adam's
# first steps would divide a too-small $v$ by a far-too-small $\sqrt{s}$ and come out several times too
# large. With it, the very first step moves every parameter by almost exactly $\alpha$.
#
# Now all four optimisers on the surface, each with the rate used above (Adam: 0.1):

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
# Back to the two moons. First, every optimiser with the same learning rate, 0.01; then each with a rate
# suited to it.

# %%
runs = {"gradient descent": ("gd", 0.01, 0.5), "momentum": ("momentum", 0.01, 0.5),
        "RMSProp": ("rmsprop", 0.01, 0.005), "Adam": ("adam", 0.01, 0.01)}
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8), sharey=True)
for label, (optimizer, same_rate, own_rate) in runs.items():
    for ax, rate in zip(axes, (same_rate, own_rate)):
        parameters, epoch_costs, _ = train(X_moons, Y_moons, moon_dims, optimizer, rate, num_epochs=30)
        score = accuracy(parameters, X_moons, Y_moons)
        ax.plot(range(1, 31), epoch_costs, label=f"{label} ({rate}): accuracy {score:.0%}")
for ax, title in zip(axes, ("The same learning rate, 0.01", "A learning rate for each")):
    ax.set_yscale("log")
    ax.set_title(title)
    ax.set_xlabel("epoch")
    ax.set_ylabel("mean cost of the epoch")
    ax.legend(fontsize=8)
plt.tight_layout()
plt.show()

# %% [markdown]
# With the same rate (left), gradient descent and momentum crawl along together, while RMSProp and Adam
# bring the cost down several times faster. That is not because momentum is useless: in our form its velocity is an
# average of gradients, so on a steady slope it moves as fast as gradient descent at the same rate; its gain
# is the smoother path, which lets you raise the rate. RMSProp and Adam move every parameter by about
# the learning rate at each step, whatever the size of its gradient; the gradients here are small, so 0.01
# means much larger steps for them. A learning rate is simply not comparable across optimisers.
#
# With a rate suited to each (right), all four do well on this easy problem; plain gradient descent, with
# nothing to smooth its steps, has the bumpiest curve. The practical difference is how much tuning it takes
# to get there: Adam's usual settings ($\beta_1 = 0.9$, $\beta_2 = 0.999$ and a rate between $10^{-3}$ and
# $10^{-2}$) are a good first guess on most problems.
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

# %% exercise="update_lr"

# %% [markdown]
# ### Exercise 10: `schedule_lr_decay`
#
# Return the rate of the second formula, as a Python float. $\lfloor x \rfloor$ rounds down:
# `np.floor(epoch_num / time_interval)` (or `epoch_num // time_interval`).

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

# %% [markdown]
# Both runs reach the valley floor, and both then get kicked away from it again now and then. That is a
# quirk of RMSProp: once the gradient in $b$ has all but vanished, $s$ fades with it, and then even a tiny
# gradient, divided by a tiny $\sqrt{s}$, makes a step of about the learning rate. With a constant rate
# those kicks keep their size; with the decayed rate they shrink along with the rate, and after 150 steps
# it is some 40 times closer to the minimum. On real networks the kicks come mostly from the noise of the
# mini-batches, and decay calms them in the same way.
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
digit_parameters, digit_costs, _ = train(
    X_train, Y_train, [64, 64, 10], "adam", learning_rate=0.01, num_epochs=30, mini_batch_size=64,
    decay=lambda rate, epoch: schedule_lr_decay(rate, epoch, 1.0, time_interval=10), output="softmax")
print(f"training accuracy {accuracy(digit_parameters, X_train, Y_train, 'softmax'):.1%}")
print(f"test accuracy     {accuracy(digit_parameters, X_test, Y_test, 'softmax'):.1%}")

predicted = forward(digit_parameters, X_test, "softmax")[0].argmax(axis=0)
actual = Y_test.argmax(axis=0)
confusion = np.zeros((10, 10), dtype=int)
np.add.at(confusion, (actual, predicted), 1)
wrong = np.flatnonzero(predicted != actual)

fig = plt.figure(figsize=(14, 4.5))
ax = fig.add_subplot(1, 3, 1)
ax.plot(range(1, 31), digit_costs, "o-", ms=3)
ax.set_yscale("log")
ax.set_title("Training cost (Adam + step decay)")
ax.set_xlabel("epoch")
ax.set_ylabel("mean cross-entropy of the epoch")
ax = fig.add_subplot(1, 3, 2)
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
for k, i in enumerate(wrong[:8]):
    ax = fig.add_subplot(2, 12, 9 + k + (k // 4) * 8)
    ax.imshow(X_test[:, i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"{actual[i]} as {predicted[i]}", fontsize=9)
    ax.axis("off")
fig.text(0.83, 0.93, "Some test digits it got wrong", ha="center")
plt.show()

# %% [markdown]
# A plain two-layer network, trained in well under a second, recognises around 98% of digits it has never
# seen. The diagonal of the confusion matrix counts the right answers; the few entries off it show which
# digits it mixes up, and some of the misread images are hard to read for a person too.
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

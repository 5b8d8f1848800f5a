# %% [markdown]
# # 04 Activation functions
#
# Every layer of a network computes a linear step followed by an activation:
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \qquad A^{[l]} = g^{[l]}(Z^{[l]}).$$
#
# So far the course has used the sigmoid, and the tanh and ReLU in passing. This lesson looks at the
# activation $g$ itself:
#
# 1. four common activations, **sigmoid, tanh, ReLU and leaky ReLU**, each with its forward function
#    and its backward function (the derivative used by backpropagation);
# 2. **why a network needs a non-linear activation at all**: without one, a deep network is no more
#    powerful than a single linear layer;
# 3. **vanishing gradients**: why deep networks of sigmoids hardly learn, and why ReLU became the default.
#
# You will write ten functions:
#
# | function | what it does |
# | --- | --- |
# | `sigmoid(Z)`, `sigmoid_backward(dA, Z)` | the sigmoid and the gradient through it |
# | `tanh(Z)`, `tanh_backward(dA, Z)` | the hyperbolic tangent and the gradient through it |
# | `relu(Z)`, `relu_backward(dA, Z)` | the rectified linear unit and the gradient through it |
# | `leaky_relu(Z, alpha)`, `leaky_relu_backward(dA, Z, alpha)` | ReLU with a small slope for negative inputs |
# | `collapse_linear_layers(parameters)` | the single layer that a stack of linear layers amounts to |
# | `gradient_norms_by_layer(X, Y, parameters, activation)` | how large the gradient is in each layer of a deep net |
#
# As before, replace the `raise NotImplementedError` line of each exercise with your code, run the cell,
# then the test cell under it, and run the cells from top to bottom: the experiments use the functions you
# wrote.
#
# Conventions, as in the rest of the course: examples are columns, so `Z` and `A` of a layer have shape
# $(n^{[l]}, m)$. An activation works entry by entry, so `A` has the same shape as `Z`.

# %%
import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. Forward and backward through an activation
#
# Because $A = g(Z)$ is applied entry by entry, each entry $A_{ij}$ depends only on $Z_{ij}$. The chain rule
# therefore becomes an element-wise product. If backpropagation has already computed
# $dA = \partial J / \partial A$ (the *upstream gradient*, same shape as $A$), then
#
# $$dZ = \frac{\partial J}{\partial Z} = dA * g'(Z),$$
#
# where $*$ is the entry-by-entry product (`*` in NumPy, not `@`). Every backward function in this lesson
# has the same signature: it takes `dA` and the layer's pre-activation `Z`, both of shape $(n, m)$, and
# returns `dZ` of shape $(n, m)$. It takes `Z`, not `A`, because the derivative is evaluated where the forward
# pass was, at $Z$.
#
# ## 2. Sigmoid
#
# $$\sigma(z) = \frac{1}{1 + e^{-z}}$$
#
# squashes any number into $(0, 1)$, which is why it is the right choice for the **output layer of a binary
# classifier**: its output reads as the probability of class 1.
#
# **Exercise.** Implement `sigmoid(Z)` for an array `Z` of any shape, returning an array of the same shape.
# One numerical detail: for a very negative entry, `np.exp(-Z)` overflows to `inf`. The result
# `1 / (1 + inf) = 0` is still right, but NumPy warns, and the rearranged form `np.exp(Z) / (1 + np.exp(Z))`
# becomes `inf / inf = nan` for large positive entries. The checks use entries up to $|Z| = 1000$. A way
# that never overflows: with $E = e^{-|z|}$ (always at most 1), $\sigma(z) = 1 / (1 + E)$ for $z \ge 0$ and
# $E / (1 + E)$ for $z < 0$; `np.where(condition, x, y)` picks between two arrays entry by entry.

# %% exercise="sigmoid"

# %% [markdown]
# The derivative of the sigmoid has a neat form. Differentiating $(1 + e^{-z})^{-1}$,
#
# $$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}}
#   = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
#
# **Exercise.** Implement `sigmoid_backward(dA, Z)`: compute $s = \sigma(Z)$ with your `sigmoid`, then return
# `dZ = dA * s * (1 - s)`, shape $(n, m)$.

# %% exercise="sigmoid_backward"

# %% [markdown]
# Here is a helper that plots an activation and its derivative. It gets the derivative from your backward
# function: with `dA` all ones, `dZ = 1 * g'(Z)` is the derivative itself.

# %%
def plot_activation(g, g_backward, title, z_range=6.0):
    """Plot g(z) and g'(z) (from g_backward with dA = 1) on [-z_range, z_range]."""
    z = np.linspace(-z_range, z_range, 401).reshape(1, -1)
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(z[0], g(z)[0], label="g(z)")
    ax.plot(z[0], g_backward(np.ones_like(z), z)[0], "--", label="g'(z)")
    ax.axhline(0, color="gray", lw=0.5)
    ax.axvline(0, color="gray", lw=0.5)
    ax.set_title(title)
    ax.set_xlabel("z")
    ax.set_ylabel("value")
    ax.legend()
    plt.show()


# %%
print(sigmoid(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]])))
plot_activation(sigmoid, sigmoid_backward, "sigmoid and its derivative")

# %% [markdown]
# Two things to notice in the plot.
#
# - The derivative is at most $\sigma'(0) = 1/4$. Every sigmoid layer that a gradient flows back through
#   multiplies it by at most a quarter.
# - For $|z|$ beyond about 5 the curve is flat and the derivative nearly 0 ($\sigma'(5) \approx 0.007$). A unit
#   whose $z$ sits there is **saturated**: the gradient that reaches its weights is tiny, and gradient
#   descent moves them very slowly, however large the error.
#
# The outputs are also all positive (their mean is near 1/2, not 0), which makes life harder for the next
# layer, as we will see with tanh. For these reasons the sigmoid is now used almost only in the output
# layer of a binary classifier.
#
# ## 3. Tanh
#
# $$\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}} = 2\,\sigma(2z) - 1$$
#
# is a sigmoid stretched to the range $(-1, 1)$ and centred at 0.
#
# **Exercise.** Implement `tanh(Z)`, same shape in and out. You may call `np.tanh`; if you write it from
# `np.exp` instead, remember that `np.exp(Z)` overflows to `inf` for entries above about 710, and that
# `inf / inf` is `nan`. The identity with $\sigma(2z)$ and a stable sigmoid avoids this.

# %% exercise="tanh"

# %% [markdown]
# With $t = \tanh(z)$, the derivative is $\tanh'(z) = 1 - t^2$ (differentiate the quotient, or use the
# sigmoid identity above).
#
# **Exercise.** Implement `tanh_backward(dA, Z)`: `dZ = dA * (1 - t ** 2)` with `t = tanh(Z)`, shape $(n, m)$.

# %% exercise="tanh_backward"

# %%
print(tanh(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]])))
plot_activation(tanh, tanh_backward, "tanh and its derivative")

# %% [markdown]
# The derivative of tanh reaches 1 at $z = 0$, four times the sigmoid's best, but tanh saturates just the
# same for large $|z|$.
#
# Its real advantage is that its outputs are **centred**. Feed the same pre-activations, drawn around 0,
# through both functions and compare what the next layer would receive:

# %%
Z = np.random.default_rng(0).standard_normal((50, 1000))
A_sigmoid, A_tanh = sigmoid(Z), tanh(Z)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.hist(A_sigmoid.ravel(), bins=60, alpha=0.6, label=f"sigmoid, mean {A_sigmoid.mean():.3f}")
ax.hist(A_tanh.ravel(), bins=60, alpha=0.6, label=f"tanh, mean {A_tanh.mean():.3f}")
ax.set_title("Activations of Z ~ N(0, 1)")
ax.set_xlabel("activation")
ax.set_ylabel("count")
ax.legend()
plt.show()

# %% [markdown]
# The sigmoid's outputs average about 0.5, the tanh's about 0. Why does that matter? The activations are the
# next layer's inputs. For one example $i$, the gradients of the weights into unit $j$ of the next layer are
# $dZ_{ji} A_{ki}$; when every $A_{ki}$ is positive, they all have the sign of $dZ_{ji}$, so all the weights of
# the unit are pushed up together or down together, and gradient descent has to zigzag towards weights of
# mixed signs. Centred inputs help for the same reason that normalising the input features does, and this
# is why tanh usually works better than the sigmoid in hidden layers.
#
# ## 4. ReLU
#
# The rectified linear unit is simply
#
# $$\mathrm{ReLU}(z) = \max(0, z).$$
#
# **Exercise.** Implement `relu(Z)`, same shape in and out. Note that Python's `max` and `np.max` do not work
# entry by entry; `np.maximum(0, Z)` does.

# %% exercise="relu"

# %% [markdown]
# The derivative is 1 for $z > 0$ and 0 for $z < 0$. At exactly $z = 0$ the function has a kink and no
# derivative; any value between 0 and 1 is a valid choice there, and the course, like most libraries, uses
# **0 at $z \le 0$**. (With real data, $z$ is almost never exactly 0, but the checks test it.)
#
# **Exercise.** Implement `relu_backward(dA, Z)`: `dZ` equals `dA` where `Z > 0` and 0 where `Z <= 0`, shape
# $(n, m)$. Build a new array; do not set entries of `dA` to zero in place, since the caller still owns it.

# %% exercise="relu_backward"

# %%
print(relu(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]])))
plot_activation(relu, relu_backward, "ReLU and its derivative")

# %% [markdown]
# For an active unit ($z > 0$) the derivative is exactly 1, however large $z$ is: ReLU does not saturate on
# that side, and the gradient passes through unchanged. It is also as cheap as an activation can be. This is
# why **ReLU is the default choice for hidden layers**.
#
# The price is on the other side: a unit whose $z$ is negative for every example outputs 0 and gets a zero
# gradient, so it cannot recover. Such a unit is called *dead*.
#
# ## 5. Leaky ReLU
#
# Leaky ReLU keeps a small slope $\alpha$ on the negative side, so that no unit is ever completely without
# gradient:
#
# $$\mathrm{LeakyReLU}_\alpha(z) = \begin{cases} z & z > 0 \\ \alpha z & z \le 0 \end{cases}
#   \qquad \text{(for } 0 < \alpha < 1 \text{ this is } \max(\alpha z, z)\text{)}.$$
#
# $\alpha = 0.01$ is the usual default; it is a hyperparameter.
#
# **Exercise.** Implement `leaky_relu(Z, alpha=0.01)`, same shape in and out, using the `alpha` it is given.

# %% exercise="leaky_relu"

# %% [markdown]
# The derivative is 1 for $z > 0$ and $\alpha$ for $z \le 0$ (again the negative side's slope at the kink).
#
# **Exercise.** Implement `leaky_relu_backward(dA, Z, alpha=0.01)`: `dZ` is `dA` where `Z > 0` and `alpha * dA`
# where `Z <= 0`, shape $(n, m)$. Its `alpha` must be the one the forward pass used.

# %% exercise="leaky_relu_backward"

# %%
print(leaky_relu(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]), alpha=0.1))
plot_activation(lambda Z: leaky_relu(Z, alpha=0.1), lambda dA, Z: leaky_relu_backward(dA, Z, alpha=0.1),
                "leaky ReLU (alpha = 0.1, to make the slope visible) and its derivative")

# %% [markdown]
# ### Checking the derivatives numerically
#
# The checks above compare your backward functions with a numerical derivative. You can do the same
# yourself: since $g$ acts entry by entry, the central difference $\bigl(g(Z + h) - g(Z - h)\bigr) / 2h$ gives
# all the derivatives at once. We keep $Z$ away from 0, where ReLU's kink makes the difference quotient
# meaningless.

# %%
rng = np.random.default_rng(1)
dA = rng.standard_normal((4, 5))
Z = rng.standard_normal((4, 5)) * 3
Z = Z + 0.1 * np.sign(Z)  # keep clear of the kink at 0
h = 1e-6
for name, g, g_backward in [("sigmoid", sigmoid, sigmoid_backward), ("tanh", tanh, tanh_backward),
                            ("relu", relu, relu_backward), ("leaky_relu", leaky_relu, leaky_relu_backward)]:
    numerical = dA * (g(Z + h) - g(Z - h)) / (2 * h)
    analytic = g_backward(dA, Z)
    error = np.linalg.norm(analytic - numerical) / (np.linalg.norm(analytic) + np.linalg.norm(numerical))
    print(f"{name:>10}: relative error {error:.1e}")

# %% [markdown]
# ## 6. Why a network needs a non-linear activation
#
# Suppose every layer used the identity, $g(z) = z$. Two layers give
#
# $$W^{[2]}\bigl(W^{[1]} x + b^{[1]}\bigr) + b^{[2]} = \underbrace{W^{[2]} W^{[1]}}_{W}\, x
#   + \underbrace{W^{[2]} b^{[1]} + b^{[2]}}_{b},$$
#
# a single linear layer again. Adding one layer at a time, the same holds for any depth: a stack of $L$ linear
# layers is the one layer with
#
# $$W = W^{[L]} \cdots W^{[2]} W^{[1]}, \qquad b \text{ built up layer by layer as } b \leftarrow W^{[l]} b + b^{[l]}.$$
#
# However many layers and units it has, such a network can only compute what one linear layer computes.
#
# **Exercise.** Implement `collapse_linear_layers(parameters)`. `parameters` holds `"W1", "b1", ..., "WL", "bL"`
# with `W{l}` of shape $(n^{[l]}, n^{[l-1]})$ and `b{l}` of shape $(n^{[l]}, 1)$, so $L$ is `len(parameters) // 2`.
# Return `(W, b)` with `W` of shape $(n^{[L]}, n^{[0]})$ and `b` of shape $(n^{[L]}, 1)$. Start from layer 1 and
# take one layer at a time; mind the order of the product: layer 1 acts first, so $W^{[1]}$ is the
# rightmost factor.

# %% exercise="collapse_linear_layers"

# %% [markdown]
# Check it on a random four-layer linear network: pass some inputs through the layers one at a time, then
# through the single collapsed layer.

# %%
rng = np.random.default_rng(2)
layer_dims = [3, 6, 5, 4, 2]
linear_stack = {}
for l in range(1, len(layer_dims)):
    linear_stack[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
    linear_stack[f"b{l}"] = rng.standard_normal((layer_dims[l], 1))
X = rng.standard_normal((3, 10))

A = X
for l in range(1, len(layer_dims)):
    A = linear_stack[f"W{l}"] @ A + linear_stack[f"b{l}"]  # identity activation
W, b = collapse_linear_layers(linear_stack)
print("W has shape", W.shape, "and b", b.shape)
print("largest difference between the stack and the single layer:", np.abs(A - (W @ X + b)).max())

# %% [markdown]
# The two agree to rounding error. Now let us see what this means for classification. The dataset below has
# one class inside a ring of the other: no straight line separates them. We train two networks of the same
# size, 2 inputs, two hidden layers of 10 units and a sigmoid output unit. The first uses the identity in its
# hidden layers, the second ReLU; everything else is the same (same initial weights, 1000 steps of gradient
# descent).
#
# The helpers below do the training with your activation functions. They are ordinary forward and backward
# loops, as in the backpropagation lesson.

# %%
def identity(Z):
    return Z


def identity_backward(dA, Z):
    return dA


def hidden_activation(name):
    """(forward, backward) functions of a hidden-layer activation, by name."""
    return {"linear": (identity, identity_backward), "sigmoid": (sigmoid, sigmoid_backward),
            "tanh": (tanh, tanh_backward), "relu": (relu, relu_backward)}[name]


def init_net(layer_dims, rng):
    """Weights ~ N(0, 1/n[l-1]), zero biases."""
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) / np.sqrt(layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def net_forward(X, parameters, activation):
    """Probabilities A[L], shape (1, m), and the (A[l-1], Z[l]) of every layer."""
    g, _ = hidden_activation(activation)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        caches.append((A, Z))
        A = g(Z) if l < L else sigmoid(Z)
    return A, caches


def train_net(X, Y, parameters, activation, num_iterations, learning_rate):
    """Gradient descent on the cross-entropy cost; returns the trained parameters and the cost per step."""
    _, g_backward = hidden_activation(activation)
    parameters = dict(parameters)
    L, m = len(parameters) // 2, X.shape[1]
    costs = []
    for i in range(num_iterations):
        AL, caches = net_forward(X, parameters, activation)
        ZL = caches[-1][1]
        costs.append(float(np.mean(np.logaddexp(0, ZL) - Y * ZL)))  # cross-entropy, written to stay finite
        dZ = AL - Y
        for l in range(L, 0, -1):
            A_prev, _ = caches[l - 1]
            dW, db = dZ @ A_prev.T / m, dZ.sum(axis=1, keepdims=True) / m
            if l > 1:
                dZ = g_backward(parameters[f"W{l}"].T @ dZ, caches[l - 2][1])
            parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * dW
            parameters[f"b{l}"] = parameters[f"b{l}"] - learning_rate * db
    return parameters, costs


def plot_decision_boundary(ax, X, Y, parameters, activation, title):
    """Shade the plane by the predicted class and draw the data on top."""
    x1, x2 = np.meshgrid(np.linspace(X[0].min() - 0.3, X[0].max() + 0.3, 150),
                         np.linspace(X[1].min() - 0.3, X[1].max() + 0.3, 150))
    grid = np.vstack([x1.ravel(), x2.ravel()])
    probabilities, _ = net_forward(grid, parameters, activation)
    ax.contourf(x1, x2, (probabilities > 0.5).reshape(x1.shape), levels=[-0.5, 0.5, 1.5],
                colors=["#9ecae1", "#fdae6b"], alpha=0.6)
    ax.scatter(X[0], X[1], c=Y[0], cmap="coolwarm", s=10, edgecolors="k", linewidths=0.2)
    ax.set_title(title)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")


# %%
X, Y = datasets.circles(300, rng=np.random.default_rng(1))
start = init_net([2, 10, 10, 1], np.random.default_rng(0))
fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
for ax, activation in zip(axes, ["linear", "relu"]):
    trained, costs = train_net(X, Y, start, activation, num_iterations=1000, learning_rate=0.5)
    accuracy = np.mean((net_forward(X, trained, activation)[0] > 0.5) == Y)
    plot_decision_boundary(ax, X, Y, trained, activation,
                           f"hidden activation: {activation}; training accuracy {accuracy:.0%}")
    if activation == "linear":
        # the whole linear part collapses to one layer: the boundary is the line W x + b = 0
        W, b = collapse_linear_layers(trained)
        x1 = np.linspace(X[0].min() - 0.3, X[0].max() + 0.3, 2)
        ax.plot(x1, -(W[0, 0] * x1 + b[0, 0]) / W[0, 1], "k--", label="W x + b = 0 from collapse_linear_layers")
        ax.set_ylim(X[1].min() - 0.3, X[1].max() + 0.3)
        ax.legend(loc="lower left", fontsize=8)
plt.tight_layout()
plt.show()

# %% [markdown]
# The linear network is logistic regression in disguise: the sigmoid output of one linear layer, whose
# boundary $Wx + b = 0$ is a straight line (the dashed line, computed with your `collapse_linear_layers`,
# lies exactly on it). It cannot do better than about half right on this data. The ReLU network of the very
# same size bends its boundary around the inner class.
#
# (A linear activation still has one use: in the output layer of a network that predicts a real number,
# such as a price. Its hidden layers need a non-linearity all the same.)
#
# ## 7. Vanishing gradients
#
# Backpropagation passes the gradient from layer to layer with
#
# $$dA^{[l-1]} = W^{[l]T} dZ^{[l]}, \qquad dZ^{[l-1]} = dA^{[l-1]} * g'(Z^{[l-1]}).$$
#
# On its way from the output back to layer 1, the gradient is multiplied entry by entry by $g'$ once per hidden
# layer. With the sigmoid, $g' \le 1/4$: the derivatives alone shrink it by a factor of at least
# $4^9 \approx 260\,000$ over nine hidden layers, and by far more where units saturate. The first layers then
# barely change: the deep network trains no better than a shallow one, if at all. This is the **vanishing
# gradient problem**. Tanh's derivative is at most 1 and is close to 1 near $z = 0$, so it suffers less; ReLU's
# derivative is exactly 1 for active units, so the gradient reaches the first layers with its size roughly
# intact.
#
# Let us measure it.
#
# **Exercise.** Implement `gradient_norms_by_layer(X, Y, parameters, activation)` for the network
# $[\text{LINEAR} \to g] \times (L-1) \to \text{LINEAR} \to \text{SIGMOID}$, where $g$ is `activation` (the string
# `"sigmoid"`, `"tanh"` or `"relu"`) in every hidden layer and the output layer is always a sigmoid.
# `X` has shape $(n^{[0]}, m)$, `Y` shape $(1, m)$, and `parameters` holds `"W1", "b1", ..., "WL", "bL"`.
#
# 1. Forward: for $l = 1, \dots, L$ compute $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$ and $A^{[l]}$, keeping
#    $A^{[l-1]}$ and $Z^{[l]}$ of every layer for the backward pass. Pick the forward and backward functions of
#    the hidden layers from `activation` with your functions above, e.g. with a dict from names to functions.
# 2. Backward, for the binary cross-entropy cost: $dZ^{[L]} = A^{[L]} - Y$; then for $l = L, \dots, 1$:
#    $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$, and, for $l > 1$, $dA^{[l-1]} = W^{[l]T} dZ^{[l]}$ and
#    $dZ^{[l-1]} = $ the hidden activation's backward function applied to $dA^{[l-1]}$ and $Z^{[l-1]}$.
# 3. Return the list of the $L$ Frobenius norms $\lVert dW^{[l]} \rVert = \sqrt{\sum_{jk} (dW^{[l]}_{jk})^2}$ (that is
#    `np.linalg.norm(dW)`), **layer 1 first**. The backward loop meets the layers in reverse, so fill the list by
#    index or reverse it at the end.

# %% exercise="gradient_norms_by_layer"

# %% [markdown]
# The worked example of the checks is a small two-layer ReLU network:

# %%
X = np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]])
Y = np.array([[1.0, 0.0, 1.0]])
parameters = {"W1": np.array([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.5]]), "b1": np.array([[0.1], [0.0], [-0.2]]),
              "W2": np.array([[1.0, -2.0, 0.5]]), "b2": np.array([[0.3]])}
print(gradient_norms_by_layer(X, Y, parameters, "relu"))

# %% [markdown]
# Now a deep network: 10 layers, 20 units in each hidden layer, on 256 random examples with 20 features.
# All three activations get exactly the same weights, drawn with standard deviation $1/\sqrt{n^{[l-1]}}$ (the
# next lesson is about choosing this scale). Note the logarithmic vertical axis.

# %%
rng = np.random.default_rng(3)
X = rng.standard_normal((20, 256))
Y = (X[0] * X[1] > 0).astype(float).reshape(1, -1)
deep = init_net([20] * 10 + [1], rng)
layers = np.arange(1, 11)
fig, ax = plt.subplots(figsize=(7, 4))
for activation in ["sigmoid", "tanh", "relu"]:
    norms = gradient_norms_by_layer(X, Y, deep, activation)
    ax.semilogy(layers, norms, "o-", label=f"{activation} (layer 1 / layer 10: {norms[0] / norms[-1]:.1e})")
ax.set_title("Gradient size per layer in a 10-layer network, before training")
ax.set_xlabel("layer l")
ax.set_ylabel("||dW[l]|| (log scale)")
ax.set_xticks(layers)
ax.legend()
plt.show()

# %% [markdown]
# With sigmoid hidden layers the gradient of the first layer is millions of times smaller than the last
# layer's: it shrinks by a factor of 4 to 5 per layer, as $\sigma' \le 1/4$ predicts. With tanh and ReLU the
# gradient reaches the first layer at about the same size as the last.
#
# What this does to training: below, three 8-layer networks with 10 units per hidden layer start from the same
# weights and take 600 steps of gradient descent on the circles.

# %%
X, Y = datasets.circles(200, rng=np.random.default_rng(1))
start = init_net([2] + [10] * 7 + [1], np.random.default_rng(3))
fig, ax = plt.subplots(figsize=(7, 4))
for activation in ["sigmoid", "tanh", "relu"]:
    _, costs = train_net(X, Y, start, activation, num_iterations=600, learning_rate=0.05)
    ax.plot(costs, label=activation)
ax.set_title("Training an 8-layer network on the circles")
ax.set_xlabel("iteration")
ax.set_ylabel("cross-entropy cost")
ax.legend()
plt.show()

# %% [markdown]
# The tanh and ReLU networks learn the circles; the sigmoid network stays at cost $\ln 2 \approx 0.693$, the
# cost of answering 1/2 for every example, because its first layers hardly receive any gradient.
#
# ## Summary
#
# | activation | range | derivative | use |
# | --- | --- | --- | --- |
# | sigmoid | $(0, 1)$ | $\sigma(1 - \sigma) \le 1/4$ | output layer of a binary classifier |
# | tanh | $(-1, 1)$ | $1 - \tanh^2 \le 1$ | hidden layers, when a smooth centred function is wanted |
# | ReLU | $[0, \infty)$ | 0 or 1 | the default for hidden layers |
# | leaky ReLU | $\mathbb{R}$ | $\alpha$ or 1 | hidden layers, when dead ReLU units are a problem |
#
# - Without a non-linear activation, any number of layers collapses to a single linear layer.
# - Sigmoid and tanh saturate: for large $|z|$ their derivative is nearly 0. Multiplied over many layers,
#   small derivatives make the gradient vanish before it reaches the first layers.
# - How large $Z$ gets depends on the scale of the initial weights. The next lesson, on initialization,
#   chooses that scale so that signals neither vanish nor explode.

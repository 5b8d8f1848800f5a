# %% [markdown]
# # 03 Backpropagation: deep networks, softmax and gradient checking
#
# Module 02 wrote out the forward and backward pass of a network with one hidden layer by hand, formula by
# formula. That does not scale: a network with five or fifty layers would need five or fifty sets of formulas.
# This lesson builds deep networks the way every library does, from small **blocks**. Each block knows how to
# do two things: compute its output going forward, and, given the gradient of the cost with respect to that
# output, compute the gradient with respect to its inputs and parameters going backward. Chain the blocks and
# you get the network; chain their backward passes in reverse order and you get **backpropagation**, which is
# nothing more than the chain rule of calculus applied one layer at a time.
#
# You will then do two things with the blocks. You will swap the sigmoid output for a **softmax**, which turns
# a network into a classifier for many classes, and train it to read handwritten digits. And you will build a
# **gradient checker**, the tool that tells you whether a backward pass is right, and use it to find a bug
# planted in one.
#
# The functions you write, in order:
#
# | function | what it does |
# | --- | --- |
# | `initialize_parameters_deep(layer_dims, rng)` | small random weights and zero biases for every layer |
# | `linear_forward(A, W, b)` | $Z = WA + b$, and a cache |
# | `linear_activation_forward(A_prev, W, b, activation)` | one full layer, $A = g(WA_{prev} + b)$ |
# | `L_model_forward(X, parameters)` | the whole network: ReLU layers, then a sigmoid |
# | `compute_cost(AL, Y)` | binary cross-entropy |
# | `linear_backward(dZ, cache)` | gradients through $Z = WA + b$ |
# | `linear_activation_backward(dA, cache, activation)` | gradients through one full layer |
# | `L_model_backward(AL, Y, caches)` | gradients of the whole network |
# | `update_parameters(parameters, grads, learning_rate)` | one step of gradient descent |
# | `softmax(Z)` | probabilities over many classes |
# | `softmax_cross_entropy(Z, Y)` | the multi-class cost and its gradient |
# | `numerical_gradient(f, x, epsilon)` | a gradient estimated by nudging inputs |
# | `relative_error(grad, grad_approx)` | how far apart two gradients are |
# | `gradient_check(parameters, grads, X, Y, epsilon)` | is a backward pass right? |
#
# As before: replace `raise NotImplementedError()` in each exercise cell with your code, run it, then run the
# test cell under it. The first case a test tries is the worked example the lesson shows just above the
# exercise; when the test recognises a common slip, it names it. Run the cells from top to bottom.

# %%
import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. The shapes of a deep network
#
# A network with $L$ layers has $n^{[0]}$ inputs and $n^{[l]}$ units in layer $l = 1, \dots, L$. We collect these
# numbers in a list `layer_dims = [n[0], n[1], ..., n[L]]`. Layer $l$ takes the activations $A^{[l-1]}$ of the
# layer before it (with $A^{[0]} = X$) and computes
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \qquad A^{[l]} = g^{[l]}(Z^{[l]}).$$
#
# Examples are columns, so for $m$ examples every shape follows from one rule: **a row per unit of the layer,
# a column per example**, and a weight matrix maps the previous layer's units to this layer's units.
#
# | quantity | shape | why |
# | --- | --- | --- |
# | $X = A^{[0]}$ | $(n^{[0]}, m)$ | one column per example |
# | $W^{[l]}$ | $(n^{[l]}, n^{[l-1]})$ | row $j$ holds the weights of unit $j$, one per input |
# | $b^{[l]}$ | $(n^{[l]}, 1)$ | one bias per unit; broadcast over the $m$ columns |
# | $Z^{[l]}$, $A^{[l]}$ | $(n^{[l]}, m)$ | $(n^{[l]}, n^{[l-1]}) \times (n^{[l-1]}, m)$ |
# | $dW^{[l]}$, $db^{[l]}$, $dZ^{[l]}$, $dA^{[l]}$ | same as $W^{[l]}$, $b^{[l]}$, $Z^{[l]}$, $A^{[l]}$ | a gradient has the shape of what it is the gradient of |
#
# The last row is the most useful sanity check you have: when you write a backward formula, the shape of the
# result must be the shape of the thing you differentiate with respect to. If $dW^{[l]}$ does not come out as
# $(n^{[l]}, n^{[l-1]})$, the formula is wrong before you look at a single number.
#
# Our network uses ReLU in the hidden layers and a sigmoid in the output layer:
# `[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID`. The activation functions and their backward functions come
# from module 04, which studies them in depth. Here they are, complete; read them, you will call them.
# Each `*_backward(dA, Z)` takes the gradient with respect to a layer's output $A$ and returns the gradient with
# respect to its input $Z$: $dZ = dA \odot g'(Z)$, element by element.

# %% given="activations.sigmoid"

# %% given="activations.sigmoid_backward"

# %% given="activations.relu"

# %% given="activations.relu_backward"

# %% [markdown]
# ## 2. Initialising an L-layer network
#
# **Exercise.** Write `initialize_parameters_deep(layer_dims, rng)`. For every layer $l = 1, \dots, L$ (where
# $L$ = `len(layer_dims) - 1`) it creates
#
# - `"W{l}"` $= 0.01 \times$ `rng.standard_normal((n[l], n[l-1]))`, drawn for $l = 1, 2, \dots$ in this order;
# - `"b{l}"` = zeros of shape `(n[l], 1)`.
#
# The weights are random so that different units of a layer compute different things (with equal weights they
# would stay equal forever: the symmetry of module 02), and small so that the first forward passes stay in a
# sensible range. Drawing from the generator `rng` you are given, rather than from `np.random`, makes every run
# reproducible. Note that `standard_normal` takes the shape as one tuple.

# %% exercise="initialize_parameters_deep"

# %% [markdown]
# Here are the shapes for a network with 64 inputs (an 8x8 image), two hidden layers and 10 outputs. Check them
# against the table above.

# %%
shapes_demo = initialize_parameters_deep([64, 32, 16, 10], np.random.default_rng(0))
for key, value in shapes_demo.items():
    print(f"{key:>3}: shape {str(value.shape):<9}  mean {value.mean():+.4f}  std {value.std():.4f}")

# %% [markdown]
# ## 3. Forward blocks with caches
#
# A forward block returns two things: its output, and a **cache** holding what its backward pass will need.
# The backward pass of $Z = WA + b$ needs $A$, $W$ (and $b$, kept for completeness), so the linear block caches
# the tuple `(A, W, b)`. Computing the forward pass once and keeping its intermediate values is what makes
# backpropagation cheap: the backward pass costs about as much as the forward pass, rather than one forward
# pass per parameter.
#
# **Exercise.** Write `linear_forward(A, W, b)`, returning `(Z, cache)` with $Z = WA + b$ of shape $(n^{[l]}, m)$
# and `cache = (A, W, b)`. The worked example is a layer of 2 units reading 3 inputs, for 2 examples:

# %%
A_ex = np.array([[1.0, -2.0], [0.5, 3.0], [-1.0, 0.0]])
W_ex = np.array([[0.2, -0.4, 0.3], [1.0, 0.5, -0.3]])
b_ex = np.array([[0.5], [-0.2]])

# %% exercise="linear_forward"

# %%
Z_demo, cache_demo = linear_forward(A_ex, W_ex, b_ex)
print("Z =\n", Z_demo, "\nshape", Z_demo.shape, "= (units, examples)")

# %% [markdown]
# **Exercise.** Write `linear_activation_forward(A_prev, W, b, activation)`: the linear block followed by the
# activation, `sigmoid(Z)` when `activation == "sigmoid"` and `relu(Z)` when `activation == "relu"`. Call your
# `linear_forward`. Return `(A, cache)` with `cache = (linear_cache, Z)`: the linear block's cache, and $Z$, which
# the activation's backward function needs.

# %% exercise="linear_activation_forward"

# %%
for activation in ("relu", "sigmoid"):
    A_demo, _ = linear_activation_forward(A_ex, W_ex, b_ex, activation)
    print(f"{activation:>7}: A =", A_demo.round(4).tolist())

# %% [markdown]
# **Exercise.** Write `L_model_forward(X, parameters)`. The number of layers is `L = len(parameters) // 2`
# (a `W` and a `b` per layer). Layers $1, \dots, L-1$ are `"relu"` layers, layer $L$ is a `"sigmoid"` layer.
# Pass each layer's output on as the next layer's input, append every layer's cache to a list, and return
# `(AL, caches)`: the output $A^{[L]}$, shape $(1, m)$, and the $L$ caches, layer 1 first.
#
# The worked example is a two-layer network with 3 inputs, 2 hidden units and one output, on 4 examples:

# %%
X_ex = np.array([[1.0, -0.5, 2.0, 0.3], [0.2, 1.5, -1.0, -0.7], [-1.2, 0.4, 0.6, 1.1]])
Y_ex = np.array([[1.0, 0.0, 1.0, 0.0]])
parameters_ex = {"W1": np.array([[0.5, -0.3, 0.8], [-0.6, 0.9, 0.2]]), "b1": np.array([[0.1], [-0.2]]),
                 "W2": np.array([[1.2, -0.7]]), "b2": np.array([[0.05]])}

# %% exercise="L_model_forward"

# %% [markdown]
# What the caches hold, layer by layer: everything the way back will need.

# %%
AL_demo, caches_demo = L_model_forward(X_ex, parameters_ex)
print("AL =", AL_demo.round(4))
for l, ((A_prev, W, b), Z) in enumerate(caches_demo, start=1):
    print(f"layer {l}: A_prev {A_prev.shape}, W {W.shape}, b {b.shape}, Z {Z.shape}")

# %% [markdown]
# ## 4. The cost
#
# With a sigmoid output, $A^{[L]}$ holds the probability that each example belongs to class 1, and the cost
# is the binary cross-entropy of module 01, averaged over the $m$ examples:
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log a^{[L](i)} + (1 - y^{(i)}) \log\left(1 - a^{[L](i)}\right) \right).$$
#
# **Exercise.** Write `compute_cost(AL, Y)` returning $J$ as a Python `float` (turn a NumPy result into one
# with `float(...)`).

# %% exercise="compute_cost"

# %%
print("cost of the worked example:", compute_cost(L_model_forward(X_ex, parameters_ex)[0], Y_ex))
print("cost of guessing 0.5 everywhere, log 2 =", compute_cost(np.full((1, 4), 0.5), Y_ex))

# %% [markdown]
# ## 5. The chain rule, layer by layer
#
# We want $\partial J / \partial W^{[l]}$ and $\partial J / \partial b^{[l]}$ for every layer. The cost depends
# on $W^{[1]}$ only through a long chain, $W^{[1]} \to Z^{[1]} \to A^{[1]} \to Z^{[2]} \to \dots \to A^{[L]} \to J$,
# and the chain rule says the derivative along a chain is the product of the derivatives of its links. The trick
# of backpropagation is to multiply these from the **end**: the product of the last links is shared by every
# earlier parameter, so we compute it once and pass it back.
#
# **Notation.** Write $dA^{[l]}$ for the derivative of the loss with respect to $A^{[l]}$, and the same for $Z$,
# $W$, $b$. To keep the factor $1/m$ in one place, $dA^{[l]}$ and $dZ^{[l]}$ are taken **per example** (column $i$
# is the derivative of example $i$'s own loss), while $dW^{[l]}$ and $db^{[l]}$ are derivatives of the mean cost
# $J$. Follow a net with $L = 3$ layers from the back:
#
# 1. **Output layer.** For a sigmoid output with cross-entropy, the derivative of the loss
#    $\mathcal{L} = -(y \log a + (1-y)\log(1-a))$ with respect to $a$ is $-\frac{y}{a} + \frac{1-y}{1-a}$, and
#    $\sigma'(z) = a(1-a)$. Their product simplifies beautifully: $dZ^{[3]} = A^{[3]} - Y$.
# 2. **Through the linear map.** Entry $(j, i)$ of $Z^{[3]}$ is $\sum_k W^{[3]}_{jk} A^{[2]}_{ki} + b^{[3]}_j$.
#    So $\partial Z_{ji} / \partial W_{jk} = A_{ki}$, and summing over the examples that share the weight,
#    $dW^{[3]}_{jk} = \frac{1}{m}\sum_i dZ^{[3]}_{ji} A^{[2]}_{ki}$, that is
#    $$dW^{[3]} = \tfrac{1}{m}\, dZ^{[3]} A^{[2]T}, \qquad db^{[3]} = \tfrac{1}{m} \textstyle\sum_i dZ^{[3]}_{:,i}.$$
#    The $1/m$ appears here because $W$ and $b$ are shared by all $m$ examples, and $J$ is their mean.
# 3. **Back to the previous layer's activations.** $\partial Z_{ji} / \partial A_{ki} = W_{jk}$: every unit $j$ of
#    layer 3 that reads $A^{[2]}_{ki}$ passes some gradient back to it, so
#    $dA^{[2]} = W^{[3]T} dZ^{[3]}$. No sum over examples and no $1/m$: column $i$ of $A^{[2]}$ only influences
#    column $i$ of $Z^{[3]}$.
# 4. **Through the activation.** $A^{[2]} = g(Z^{[2]})$ entry by entry, so
#    $dZ^{[2]} = dA^{[2]} \odot g'(Z^{[2]})$, an element-wise product. That is `relu_backward(dA, Z)`.
# 5. Steps 2 to 4 repeat for layer 2, then layer 1: $dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}$,
#    $dA^{[1]} = W^{[2]T} dZ^{[2]}$, $dZ^{[1]} = dA^{[1]} \odot g'(Z^{[1]})$, $dW^{[1]} = \frac{1}{m} dZ^{[1]} X^T$, ...
#
# Every step uses only the gradient coming from the layer above and that layer's own cache. That is why the
# backward blocks below take `(gradient, cache)` and nothing else.
#
# **What a Jacobian is.** Steps 2 to 4 handle whole arrays at once. For a function $f$ from $n$ numbers to $k$
# numbers, the **Jacobian** is the $k \times n$ matrix of all partial derivatives, $J_{ij} = \partial f_i / \partial x_j$:
# row $i$ says how output $i$ responds to each input. The chain rule for vectors is a product of Jacobians,
# $J_{g \circ f} = J_g J_f$. Backpropagation starts from a scalar cost, so what travels backward is a gradient
# vector, and each block multiplies it by its Jacobian (transposed): $dx = J^T dy$. We never build the
# matrices, because for our blocks they have a structure that makes the product cheap:
#
# - an element-wise activation $a = g(z)$ has a **diagonal** Jacobian, $\mathrm{diag}(g'(z))$, so $J^T da$
#   is just $g'(z) \odot da$;
# - a linear map $z = Wa + b$ has Jacobian $W$ with respect to $a$, so $J^T dz = W^T dz$.
#
# The cell below builds both Jacobians for one example, column by column from finite differences, and shows
# that multiplying by them gives the same numbers as the cheap formulas.

# %%
rng = np.random.default_rng(1)
W_j = rng.standard_normal((3, 4))
b_j = rng.standard_normal((3, 1))
a_j = rng.standard_normal((4, 1))  # one example: a column
dz_j = rng.standard_normal((3, 1))  # some gradient arriving from above


def jacobian(f, x, h=1e-6):
    """Jacobian of f at the column x, one column per input, by central differences."""
    columns = []
    for k in range(x.shape[0]):
        step = np.zeros_like(x)
        step[k] = h
        columns.append(((f(x + step) - f(x - step)) / (2 * h))[:, 0])
    return np.stack(columns, axis=1)


J_linear = jacobian(lambda a: W_j @ a + b_j, a_j)  # shape (3, 4): outputs x inputs
print("Jacobian of z = W a + b with respect to a equals W:", np.allclose(J_linear, W_j))
print("J.T @ dz equals W.T @ dz:", np.allclose(J_linear.T @ dz_j, W_j.T @ dz_j))

z_j = W_j @ a_j + b_j
J_relu = jacobian(lambda z: np.maximum(0, z), z_j)
print("Jacobian of relu at z:\n", J_relu.round(6))
print("J.T @ da equals relu_backward(da, z):", np.allclose(J_relu.T @ dz_j, relu_backward(dz_j, z_j)))

# %% [markdown]
# ## 6. Backward blocks
#
# **Exercise.** Write `linear_backward(dZ, cache)` with `cache = (A_prev, W, b)`, returning `(dA_prev, dW, db)`:
#
# $$dW = \frac{1}{m} dZ\, A_{prev}^T, \qquad db = \frac{1}{m} \sum_{i=1}^m dZ_{:, i}, \qquad dA_{prev} = W^T dZ,$$
#
# with shapes $(n^{[l]}, n^{[l-1]})$, $(n^{[l]}, 1)$ and $(n^{[l-1]}, m)$. Take $m$ from `A_prev.shape[1]`, and for
# $db$ sum over the examples, the columns: `np.sum(dZ, axis=1, keepdims=True)`. The worked example reuses the
# layer of section 3:

# %%
dZ_ex = np.array([[0.3, -0.6], [1.0, 0.4]])
Z_ex = W_ex @ A_ex + b_ex
dA_ex = np.array([[0.5, -1.0], [0.2, 0.8]])

# %% exercise="linear_backward"

# %%
dA_prev_demo, dW_demo, db_demo = linear_backward(dZ_ex, (A_ex, W_ex, b_ex))
print("dA_prev", dA_prev_demo.shape, "like A_prev", A_ex.shape)
print("dW     ", dW_demo.shape, "like W     ", W_ex.shape)
print("db     ", db_demo.shape, "like b     ", b_ex.shape)

# %% [markdown]
# **Exercise.** Write `linear_activation_backward(dA, cache, activation)` with `cache = (linear_cache, Z)`: first
# go back through the activation, `dZ = relu_backward(dA, Z)` or `dZ = sigmoid_backward(dA, Z)`, then through the
# linear part with your `linear_backward(dZ, linear_cache)`, and return its `(dA_prev, dW, db)`.
#
# By the course's convention the derivative of ReLU at exactly $Z = 0$ is $0$ (`relu_backward` already does
# this; the test includes a layer with exact zeros in $Z$).

# %% exercise="linear_activation_backward"

# %%
for activation in ("relu", "sigmoid"):
    _, dW_demo, _ = linear_activation_backward(dA_ex, ((A_ex, W_ex, b_ex), Z_ex), activation)
    print(f"{activation:>7}: dW =", dW_demo.round(4).tolist())
print("Z_ex =", Z_ex.round(4).tolist(), "- ReLU passes no gradient where Z <= 0")

# %% [markdown]
# **Exercise.** Write `L_model_backward(AL, Y, caches)`, the backward pass of the whole network:
#
# 1. start from the derivative of the loss with respect to the output,
#    $dA^{[L]} = -\left(\frac{Y}{A^{[L]}} - \frac{1 - Y}{1 - A^{[L]}}\right)$ (element-wise);
# 2. go back through layer $L$ with `linear_activation_backward(dAL, caches[L - 1], "sigmoid")` (inside it,
#    `sigmoid_backward` turns $dA^{[L]}$ into $dZ^{[L]} = A^{[L]} - Y$);
# 3. then through layers $L-1, \dots, 1$ with activation `"relu"`, each time feeding the gradient the layer above
#    returned.
#
# Store the results in a dict: layer $l$ returns the gradient of its **input** $A^{[l-1]}$, so it fills
# `grads["dA" + str(l - 1)]`, `grads["dW" + str(l)]` and `grads["db" + str(l)]`, for $l = L, \dots, 1$. The keys run
# from `dA0` (the gradient with respect to $X$ itself) to `dA{L-1}`.

# %% exercise="L_model_backward"

# %%
AL_demo, caches_demo = L_model_forward(X_ex, parameters_ex)
grads_demo = L_model_backward(AL_demo, Y_ex, caches_demo)
for key, value in grads_demo.items():
    print(f"{key}: shape {value.shape}")

# %% [markdown]
# **Exercise.** Write `update_parameters(parameters, grads, learning_rate)`: for every layer,
# $W^{[l]} := W^{[l]} - \alpha\, dW^{[l]}$ and $b^{[l]} := b^{[l]} - \alpha\, db^{[l]}$. Return a **new** dict with the
# keys of `parameters`; do not change the arrays you were given (write `W - learning_rate * dW`, not `W -= ...`),
# so that the caller's parameters stay as they were. `grads` also holds `dA` keys: ignore them.

# %% exercise="update_parameters"

# %% [markdown]
# ## 7. Training a deep network
#
# The blocks make a training loop of four lines: forward, cost, backward, update. Below, a network with two
# hidden layers (16 and 8 ReLU units) learns the two interleaving half-moons of the plane, which no straight
# line separates.
#
# It is trained twice. First with the weights exactly as `initialize_parameters_deep` makes them, of size about
# 0.01. Then with the same random numbers rescaled to standard deviation $\sqrt{2 / n^{[l-1]}}$. Watch the first
# curve: it sits flat at $\log 2 \approx 0.693$, the cost of answering 0.5 for everything, for hundreds of
# iterations. With three layers of tiny weights the output barely depends on the input, and the gradients, which
# are products of those same small weights, are tiny too; learning only starts once the weights have slowly
# grown, and within the same budget it ends at a worse cost. Module 05 explains the rescaled version (He
# initialisation) and why it works; here it is only a preview. The right panel shows what the rescaled network
# learned: a boundary that bends around both moons.

# %%
X_moons, Y_moons = datasets.moons(400, rng=np.random.default_rng(0))
X_moons_test, Y_moons_test = datasets.moons(200, rng=np.random.default_rng(1))
layer_dims_moons = [2, 16, 8, 1]


def train_deep(X, Y, layer_dims, learning_rate, num_iterations, rng, rescale=False, print_every=None):
    """Gradient descent on the L-layer network; returns the parameters and the cost of every iteration."""
    parameters = initialize_parameters_deep(layer_dims, rng)
    if rescale:  # a preview of module 05: the same draws, scaled to std sqrt(2 / n[l-1])
        for l in range(1, len(layer_dims)):
            parameters[f"W{l}"] = parameters[f"W{l}"] / 0.01 * np.sqrt(2 / layer_dims[l - 1])
    costs = []
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        costs.append(compute_cost(AL, Y))
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_every and i % print_every == 0:
            print(f"iteration {i:5d}: cost {costs[-1]:.4f}")
    return parameters, costs


def accuracy(parameters, X, Y):
    return float(np.mean((L_model_forward(X, parameters)[0] > 0.5) == Y))


params_small, costs_small = train_deep(X_moons, Y_moons, layer_dims_moons, 0.3, 2000, np.random.default_rng(1))
params_moons, costs_moons = train_deep(X_moons, Y_moons, layer_dims_moons, 0.3, 2000, np.random.default_rng(1),
                                       rescale=True, print_every=500)
print(f"weights of size 0.01: train accuracy {accuracy(params_small, X_moons, Y_moons):.3f}")
print(f"rescaled weights:     train accuracy {accuracy(params_moons, X_moons, Y_moons):.3f},"
      f" test accuracy {accuracy(params_moons, X_moons_test, Y_moons_test):.3f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.5))
ax1.plot(costs_small, label="weights 0.01 * standard normal")
ax1.plot(costs_moons, label="weights rescaled to std sqrt(2 / n[l-1])")
ax1.axhline(np.log(2), color="gray", linestyle=":", label="log 2: answering 0.5 everywhere")
ax1.set_xlabel("iteration")
ax1.set_ylabel("cost J")
ax1.set_title("Training a [2, 16, 8, 1] network on the moons")
ax1.legend()

xx, yy = np.meshgrid(np.linspace(-1.5, 2.5, 150), np.linspace(-1.0, 1.5, 150))
grid = np.vstack([xx.ravel(), yy.ravel()])
probability = L_model_forward(grid, params_moons)[0].reshape(xx.shape)
ax2.contourf(xx, yy, probability, levels=np.linspace(0, 1, 11), cmap="coolwarm", alpha=0.35)
ax2.contour(xx, yy, probability, levels=[0.5], colors="k")
for label, color in ((0, "tab:blue"), (1, "tab:red")):
    chosen = Y_moons[0] == label
    ax2.scatter(X_moons[0, chosen], X_moons[1, chosen], color=color, edgecolors="white", linewidths=0.5, s=22,
                label=f"class {label}")
ax2.legend(loc="upper right")
ax2.set_xlabel("$x_1$")
ax2.set_ylabel("$x_2$")
ax2.set_title("Predicted probability of class 1 (black: 0.5)")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 8. Softmax: more than two classes
#
# A sigmoid output answers a yes/no question. To choose among $C$ classes, the output layer gets $C$ units, one
# score $z_k$ per class, and the **softmax** turns the scores of each example into probabilities:
#
# $$\mathrm{softmax}(z)_k = \frac{e^{z_k}}{\sum_{j=1}^{C} e^{z_j}}.$$
#
# Every entry is positive and each column sums to 1; a larger score gets a larger probability. With $Z$ of shape
# $(C, m)$, the sum runs over the classes, **down each column** (`axis=0`): each column is one example.
#
# Computed literally, this fails for large scores: `np.exp(1000.0)` overflows to `inf`, and `inf / inf` is
# `nan`. The fix costs one line. Subtracting the same number $c$ from every score of a column multiplies numerator
# and denominator by $e^{-c}$, so the result does not change: $\mathrm{softmax}(z - c) = \mathrm{softmax}(z)$.
# With $c$ the column's maximum, every exponent is $\le 0$, so nothing overflows, and the largest term is exactly
# $e^0 = 1$, so the sum is never 0.
#
# **Exercise.** Write `softmax(Z)` for `Z` of shape `(C, m)`, returning probabilities of the same shape. Subtract
# each column's own maximum, `np.max(Z, axis=0, keepdims=True)`, before `np.exp`.

# %% exercise="softmax"

# %%
Z_big = np.array([[1000.0, 2.0], [998.0, 1.0], [990.0, 3.0]])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(Z_big) / np.sum(np.exp(Z_big), axis=0, keepdims=True)
print("naive formula:\n", naive)
print("your softmax:\n", softmax(Z_big).round(6))
print("column sums:", softmax(Z_big).sum(axis=0))

# %% [markdown]
# **The cost.** With one-hot labels $Y$ of shape $(C, m)$ (column $i$ is all zeros except a 1 in the row of the
# true class), the cross-entropy of example $i$ is $-\sum_k y_k \log a_k$: minus the log of the probability the
# network gave the true class. The cost is the mean over the examples,
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \sum_{k=1}^{C} Y_{ki} \log A_{ki}, \qquad A = \mathrm{softmax}(Z).$$
#
# **Its gradient.** The softmax is not element-wise: every output depends on every score, so its Jacobian is a
# full matrix, $\partial a_k / \partial z_j = a_k(\delta_{kj} - a_j)$ (with $\delta_{kj} = 1$ if $k = j$, else 0).
# Combine it with $\partial \mathcal{L} / \partial a_k = -y_k / a_k$ by the chain rule:
#
# $$\frac{\partial \mathcal{L}}{\partial z_j} = \sum_k -\frac{y_k}{a_k}\, a_k(\delta_{kj} - a_j) = -y_j + a_j \sum_k y_k = a_j - y_j,$$
#
# since the $y_k$ sum to 1. The same $A - Y$ as the sigmoid with binary cross-entropy: this pairing is why these
# costs are used with these outputs. As everywhere in this course, $dZ$ is per example, without the $1/m$;
# `linear_backward` applies it.
#
# **Exercise.** Write `softmax_cross_entropy(Z, Y)` returning `(cost, dZ)`: the cost $J$ above as a Python `float`,
# and `dZ = softmax(Z) - Y` of shape `(C, m)`. Use your `softmax`. (For very confident wrong predictions a
# probability can round to exactly 0, and `np.log(0)` is `-inf`; computing $\log A$ directly as
# $Z - \max - \log\sum e^{Z - \max}$ avoids that. The tests do not require it.)

# %% exercise="softmax_cross_entropy"

# %% [markdown]
# ### Reading handwritten digits
#
# The course ships 1797 handwritten digits, 8x8 grey images, as `datasets.digits()`: `X` has one column of 64
# pixel values in $[0, 1]$ per image, and `Y` is one-hot with 10 rows. Here are a few training images.

# %%
X_train, Y_train, X_test, Y_test = datasets.digits()
print("X_train", X_train.shape, " Y_train", Y_train.shape, " X_test", X_test.shape, " Y_test", Y_test.shape)
fig, axes = plt.subplots(1, 10, figsize=(12, 1.6))
for ax, i in zip(axes, range(10)):
    ax.imshow(X_train[:, i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"label {Y_train[:, i].argmax()}")
    ax.axis("off")
plt.suptitle("Training images and their labels")
plt.show()

# %% [markdown]
# The network: 64 inputs, one hidden layer of 32 ReLU units, and 10 output scores passed to the softmax. The
# loop below uses your blocks directly: `linear_forward` and `relu` going forward, `softmax_cross_entropy` for the
# cost and the output layer's $dZ$, then `linear_backward` and `relu_backward` going back. Only the output
# activation changed, so only the first backward step changed; everything else is reused as it is.

# %%
def train_softmax(X, Y, layer_dims, learning_rate, num_iterations, rng):
    """A network [LINEAR -> RELU] x (L-1) -> LINEAR -> SOFTMAX trained by gradient descent."""
    parameters = initialize_parameters_deep(layer_dims, rng)
    L = len(layer_dims) - 1
    costs = []
    for i in range(num_iterations):
        A, caches = X, []
        for l in range(1, L + 1):  # forward: every layer linear, ReLU on all but the last
            Z, linear_cache = linear_forward(A, parameters[f"W{l}"], parameters[f"b{l}"])
            caches.append((linear_cache, Z))
            A = relu(Z) if l < L else None
        cost, dZ = softmax_cross_entropy(Z, Y)  # Z is now the output layer's scores
        costs.append(cost)
        grads = {}
        for l in range(L, 0, -1):  # backward: the output layer starts from dZ, the others go through ReLU
            linear_cache, Z = caches[l - 1]
            if l < L:
                dZ = relu_backward(dA, Z)
            dA, grads[f"dW{l}"], grads[f"db{l}"] = linear_backward(dZ, linear_cache)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 50 == 0:
            print(f"iteration {i:4d}: cost {cost:.4f}")
    return parameters, costs


def predict_digits(parameters, X):
    """The class with the highest score, for every column of X."""
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = relu(parameters[f"W{l}"] @ A + parameters[f"b{l}"])
    return np.argmax(parameters[f"W{L}"] @ A + parameters[f"b{L}"], axis=0)


params_digits, costs_digits = train_softmax(X_train, Y_train, [64, 32, 10], 0.5, 300, np.random.default_rng(0))
train_acc = np.mean(predict_digits(params_digits, X_train) == Y_train.argmax(axis=0))
test_acc = np.mean(predict_digits(params_digits, X_test) == Y_test.argmax(axis=0))
print(f"train accuracy {train_acc:.3f}, test accuracy {test_acc:.3f} (guessing: 0.1)")

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(costs_digits)
ax.axhline(np.log(10), color="gray", linestyle=":", label="log 10: equal probabilities")
ax.set_xlabel("iteration")
ax.set_ylabel("cost J (softmax cross-entropy)")
ax.set_title("Training a [64, 32, 10] network on the digits")
ax.legend()
plt.show()

predicted = predict_digits(params_digits, X_test)
fig, axes = plt.subplots(2, 10, figsize=(12, 3.2))
wrong = np.flatnonzero(predicted != Y_test.argmax(axis=0))
shown = list(range(10)) + list(wrong[:10])
for ax in axes.ravel():
    ax.axis("off")
for ax, i in zip(axes.ravel(), shown):
    ax.imshow(X_test[:, i].reshape(8, 8), cmap="gray_r")
    ok = predicted[i] == Y_test[:, i].argmax()
    ax.set_title(f"{predicted[i]} (true {Y_test[:, i].argmax()})", color="black" if ok else "red", fontsize=9)
plt.suptitle("Test images: predicted label (true label); top row the first ten, bottom row mistakes in red")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 9. Gradient checking
#
# A backward pass with a bug usually still runs, still returns arrays of the right shapes, and the network often
# still learns, just worse. Nothing crashes to tell you. The remedy is to compare your gradients with ones
# computed in a completely different way, straight from the definition of a derivative:
#
# $$\frac{\partial f}{\partial x_i} \approx \frac{f(x + \varepsilon e_i) - f(x - \varepsilon e_i)}{2\varepsilon},$$
#
# where $e_i$ nudges entry $i$ alone. This **central difference** has an error proportional to $\varepsilon^2$;
# the one-sided $(f(x + \varepsilon e_i) - f(x)) / \varepsilon$ has an error proportional to $\varepsilon$, far
# larger. It needs two evaluations of $f$ per entry, so it is much too slow to train with, but perfect for
# checking a few small cases.
#
# **Exercise.** Write `numerical_gradient(f, x, epsilon=1e-7)`, returning an array shaped like `x`. For every
# entry `i` of `x` (any shape: loop with `for i in np.ndindex(x.shape)`):
#
# 1. save `old = x[i]`;
# 2. set `x[i] = old + epsilon`, evaluate `plus = f(x)`; set `x[i] = old - epsilon`, evaluate `minus = f(x)`;
# 3. put the old value back, `x[i] = old`, and store `(plus - minus) / (2 * epsilon)`.
#
# Two details matter. You nudge `x` **itself**, in place, because `f` may not look at its argument at all: in
# `gradient_check` below, `f` computes the cost from a dict of parameters that holds `x`, so only a change to that
# very array reaches it. And you restore `x` by assigning the saved value: adding and then subtracting `epsilon`
# rounds, and would leave `x` slightly different from what the caller gave you.

# %% exercise="numerical_gradient"

# %% [markdown]
# How good is the estimate, and how should $\varepsilon$ be chosen? Below, the derivative of $\sin$ at $x = 1$
# is estimated with both differences for many step sizes. Going left, the error first falls, as $\varepsilon$ for
# the one-sided difference and as $\varepsilon^2$ for the central one, until rounding takes over: $f(x+\varepsilon)$
# and $f(x-\varepsilon)$ agree in more and more digits, and their difference keeps only the noise of the last ones.
# The best central step is around $10^{-5}$; the default $10^{-7}$ is still far better than any one-sided step.

# %%
epsilons = np.logspace(-12, -1, 45)
x_point = np.array([1.0])
central_errors = [abs(numerical_gradient(lambda v: float(np.sin(v[0])), x_point.copy(), e)[0] - np.cos(1.0))
                  for e in epsilons]
one_sided_errors = [abs((np.sin(1.0 + e) - np.sin(1.0)) / e - np.cos(1.0)) for e in epsilons]
fig, ax = plt.subplots(figsize=(6.5, 4.2))
ax.loglog(epsilons, one_sided_errors, "o-", markersize=3, label="one-sided (f(x+e) - f(x)) / e")
ax.loglog(epsilons, central_errors, "o-", markersize=3, label="central, your numerical_gradient")
ax.set_xlabel("epsilon")
ax.set_ylabel("|estimate - cos(1)|")
ax.set_title("Error of a numerical derivative of sin at x = 1")
ax.legend()
plt.show()

# %% [markdown]
# **Comparing two gradients.** An absolute difference means nothing on its own: $10^{-4}$ is a tiny error for a
# gradient of size 100 and a huge one for a gradient of size $10^{-4}$. The **relative error** scales it away:
#
# $$\text{error} = \frac{\lVert g - \tilde g \rVert}{\lVert g \rVert + \lVert \tilde g \rVert},$$
#
# with $\lVert \cdot \rVert$ the Euclidean norm of all entries, `np.linalg.norm`. It lies between 0 (equal) and 1
# (for example opposite). With float64 and $\varepsilon = 10^{-7}$, a correct backward pass typically gives
# $10^{-7}$ or less; $10^{-3}$ or more means a bug.
#
# **Exercise.** Write `relative_error(grad, grad_approx)` returning this as a Python `float`, and `0.0` when both
# gradients are zero (the formula would divide 0 by 0).

# %% exercise="relative_error"

# %% [markdown]
# **Exercise.** Write `gradient_check(parameters, grads, X, Y, epsilon=1e-7)`. It compares the back-propagated
# `grads` with numerical gradients of the cost $J$ = `compute_cost(L_model_forward(X, parameters)[0], Y)`:
#
# 1. make a working copy, `params = {key: value.copy() for key, value in parameters.items()}`, so that the caller's
#    arrays are never touched;
# 2. define `cost(_)` that returns `compute_cost(L_model_forward(X, params)[0], Y)`: it reads `params`, so when
#    `numerical_gradient` nudges `params[key]` in place, the cost sees it;
# 3. for every `key` of `params` (`"W1"`, `"b1"`, ...): the numerical gradient is
#    `numerical_gradient(cost, params[key], epsilon)` and the analytic one is `grads["d" + key]`;
# 4. flatten each with `.reshape(-1)`, join all of them with `np.concatenate`, and return the `relative_error` of
#    the two long vectors.
#
# Every parameter takes part, the biases included: a check that skipped them would miss a wrong `db`. The `dA`
# entries of `grads` are not parameters; leave them out.

# %% exercise="gradient_check"

# %% [markdown]
# First, your own backward pass. The worked example's hidden pre-activations are all at least 0.28 away from 0;
# that matters, because near a ReLU kink a central difference straddles two different slopes and measures
# neither, which would look like a bug when there is none. With random data such collisions are very unlikely.

# %%
AL_demo, caches_demo = L_model_forward(X_ex, parameters_ex)
print("gradient_check of your L_model_backward:",
      gradient_check(parameters_ex, L_model_backward(AL_demo, Y_ex, caches_demo), X_ex, Y_ex))

# %% [markdown]
# ### Find the bug
#
# Here is a backward pass written out by hand, without the blocks. It runs, it returns every key with the right
# shape, and a network trained with it would still learn something. It has one bug. Do not hunt for it by
# reading; let your checker find it.

# %%
def L_model_backward_suspect(AL, Y, caches):
    """A hand-written backward pass of [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID. One line is wrong."""
    grads = {}
    L = len(caches)
    m = AL.shape[1]
    dZ = AL - Y
    for l in range(L, 0, -1):
        (A_prev, W, b), Z = caches[l - 1]
        if l < L:
            dZ = grads[f"dA{l}"] * (Z > 0)
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / (m if l == L else 1)
        grads[f"dA{l - 1}"] = W.T @ dZ
    return grads


rng = np.random.default_rng(3)
dims_check = [4, 5, 3, 1]
parameters_check = {}
for l in range(1, len(dims_check)):
    parameters_check[f"W{l}"] = rng.standard_normal((dims_check[l], dims_check[l - 1])) / np.sqrt(dims_check[l - 1])
    parameters_check[f"b{l}"] = 0.1 * rng.standard_normal((dims_check[l], 1))
X_check = rng.standard_normal((4, 6))
Y_check = (rng.random((1, 6)) > 0.5).astype(float)

AL_check, caches_check = L_model_forward(X_check, parameters_check)
grads_good = L_model_backward(AL_check, Y_check, caches_check)
grads_suspect = L_model_backward_suspect(AL_check, Y_check, caches_check)
print(f"your L_model_backward:    gradient_check = {gradient_check(parameters_check, grads_good, X_check, Y_check):.2e}")
print(f"L_model_backward_suspect: gradient_check = {gradient_check(parameters_check, grads_suspect, X_check, Y_check):.2e}")

# %% [markdown]
# The checker says the suspect is wrong, but not where. Checking each parameter on its own narrows it down: the
# cell below runs your `numerical_gradient` and `relative_error` key by key.

# %%
AL_check, caches_check = L_model_forward(X_check, parameters_check)
grads_good = L_model_backward(AL_check, Y_check, caches_check)
grads_suspect = L_model_backward_suspect(AL_check, Y_check, caches_check)
params_copy = {key: value.copy() for key, value in parameters_check.items()}


def cost_check(_):
    return compute_cost(L_model_forward(X_check, params_copy)[0], Y_check)


keys = list(parameters_check)
errors_good, errors_suspect = [], []
for key in keys:
    numeric = numerical_gradient(cost_check, params_copy[key])
    errors_good.append(relative_error(grads_good["d" + key], numeric))
    errors_suspect.append(relative_error(grads_suspect["d" + key], numeric))
    print(f"{key}: yours {errors_good[-1]:.1e}   suspect {errors_suspect[-1]:.1e}")

positions = np.arange(len(keys))
fig, ax = plt.subplots(figsize=(7, 4))
ax.bar(positions - 0.2, np.maximum(errors_good, 1e-16), width=0.4, label="your L_model_backward")
ax.bar(positions + 0.2, np.maximum(errors_suspect, 1e-16), width=0.4, label="L_model_backward_suspect")
ax.axhline(1e-7, color="gray", linestyle=":", label="1e-7: fine below")
ax.set_yscale("log")
ax.set_xticks(positions)
ax.set_xticklabels(keys)
ax.set_xlabel("parameter")
ax.set_ylabel("relative error against the numerical gradient")
ax.set_ylim(1e-11, 1e5)
ax.set_title("Gradient check, parameter by parameter")
ax.legend(loc="upper center", ncol=2, fontsize=8)
plt.show()

# %% [markdown]
# Only `db1` and `db2` are off, and both are hidden layers: now read the line that computes `db` in the suspect.
# The output layer divides by $m$; the hidden layers forget to, so their bias gradients are $m$ times too large.
# A gradient checker that compared only the weights would have passed this function.
#
# ## Summary
#
# - A deep network is a chain of blocks. Each forward block returns its output and a cache; each backward block
#   takes the gradient of its output and its cache, and returns the gradients of its input and its parameters.
# - Backpropagation is the chain rule applied from the cost backwards: $dZ = dA \odot g'(Z)$,
#   $dW = \frac{1}{m} dZ A_{prev}^T$, $db = \frac{1}{m}\sum dZ$, $dA_{prev} = W^T dZ$. Every gradient has the
#   shape of what it differentiates.
# - In vector form each step multiplies by a transposed Jacobian, which for element-wise activations and linear
#   maps is never built: an element-wise product and a product with $W^T$.
# - Softmax with cross-entropy handles many classes; subtract the column maximum for stability; its gradient is
#   again $A - Y$.
# - Gradient checking compares back-propagated gradients with central differences through the relative error,
#   over every parameter, away from kinks. Run it whenever you write a backward pass.

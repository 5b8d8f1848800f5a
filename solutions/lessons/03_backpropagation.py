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
# **gradient checker**, the tool that tells you whether a backward pass is right, and use it to find and fix a
# bug planted in one. Along the way you will see why cross-entropy, not squared error, is the cost for a sigmoid or
# softmax output, and look inside a trained network at what its hidden units respond to.
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
#
# A few cells ask you to **predict** before you run the experiment that answers: write your prediction where the
# cell says (some are checked automatically, some are read by your instructor), then run on and compare.
#
# **Contents**
#
# 1. [The shapes of a deep network](#1.-The-shapes-of-a-deep-network)
# 2. [Initialising an L-layer network](#2.-Initialising-an-L-layer-network)
#     - [Exercise 1: `initialize_parameters_deep`](#Exercise-1:-initialize_parameters_deep)
# 3. [Forward blocks with caches](#3.-Forward-blocks-with-caches)
#     - [Exercise 2: `linear_forward`](#Exercise-2:-linear_forward)
#     - [Exercise 3: `linear_activation_forward`](#Exercise-3:-linear_activation_forward)
#     - [Exercise 4: `L_model_forward`](#Exercise-4:-L_model_forward)
# 4. [The cost](#4.-The-cost)
#     - [Exercise 5: `compute_cost`](#Exercise-5:-compute_cost)
# 5. [The chain rule, layer by layer](#5.-The-chain-rule,-layer-by-layer)
# 6. [Backward blocks](#6.-Backward-blocks)
#     - [Exercise 6: `linear_backward`](#Exercise-6:-linear_backward)
#     - [Exercise 7: `linear_activation_backward`](#Exercise-7:-linear_activation_backward)
#     - [Exercise 8: `L_model_backward`](#Exercise-8:-L_model_backward)
#     - [Exercise 9: `update_parameters`](#Exercise-9:-update_parameters)
# 7. [Training a deep network](#7.-Training-a-deep-network)
# 8. [Softmax: more than two classes](#8.-Softmax:-more-than-two-classes)
#     - [Exercise 10: `softmax`](#Exercise-10:-softmax)
#     - [Exercise 11: `softmax_cross_entropy`](#Exercise-11:-softmax_cross_entropy)
# 9. [Reading handwritten digits](#9.-Reading-handwritten-digits)
# 10. [Squared error vs cross-entropy, trained](#10.-Squared-error-vs-cross-entropy,-trained)
# 11. [What the network learned](#11.-What-the-network-learned)
# 12. [Gradient checking](#12.-Gradient-checking)
#     - [Exercise 12: `numerical_gradient`](#Exercise-12:-numerical_gradient)
#     - [Exercise 13: `relative_error`](#Exercise-13:-relative_error)
#     - [Exercise 14: `gradient_check`](#Exercise-14:-gradient_check)
#     - [Fix the bug](#Fix-the-bug)
# 13. [Summary](#13.-Summary)
# 14. [Things to explore](#14.-Things-to-explore)

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
# ### Exercise 1: `initialize_parameters_deep`
#
# Write `initialize_parameters_deep(layer_dims, rng)`. For every layer $l = 1, \dots, L$ (where
# $L$ = `len(layer_dims) - 1`) it creates
#
# - `"W{l}"` $= 0.01 \times$ `rng.standard_normal((n[l], n[l-1]))`, drawn for $l = 1, 2, \dots$ in this order;
# - `"b{l}"` = zeros of shape `(n[l], 1)`.
#
# The weights are random so that different units of a layer compute different things (with equal weights they
# would stay equal forever: the symmetry of module 02), and small so that the first forward passes stay in a
# sensible range. Drawing from the generator `rng` you are given, rather than from `np.random`, makes every run
# reproducible. Note that `standard_normal` takes the shape as one tuple.
#
# Expected: `initialize_parameters_deep([3, 2, 1], np.random.default_rng(0))` gives
# `W1 = [[0.0012573, -0.00132105, 0.00640423], [0.001049, -0.00535669, 0.00361595]]`, `b1 = [[0.], [0.]]`,
# `W2 = [[0.01304, 0.00947081]]` and `b2 = [[0.]]`.

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
# backpropagation cheap: the backward pass costs a small multiple of one forward pass (section 9 measures it),
# rather than one forward pass per parameter.
#
# The picture shows the whole plan. Each forward block (top) hands its output $A^{[l]}$ to the next block and
# its cache down to its own backward block (bottom). The backward blocks run from right to left: each takes the
# gradient $dA^{[l]}$ from the block to its right, reads its cache, passes $dA^{[l-1]}$ on to the left, and gives
# out the gradients of its own parameters, $dW^{[l]}$ and $db^{[l]}$.
#
# ![Forward blocks LINEAR->RELU for layers 1 to L-1 and LINEAR->SIGMOID for layer L on top, passing A[l] to the right; backward blocks below, passing dA[l] to the left and giving out dW[l] and db[l]; from each forward block a dashed arrow carries its cache (A[l-1], W[l], b[l], Z[l]) down to the backward block of the same layer](attachment:03_caches.svg)
#
# ### Exercise 2: `linear_forward`
#
# Write `linear_forward(A, W, b)`, returning `(Z, cache)` with $Z = WA + b$ of shape $(n^{[l]}, m)$
# and `cache = (A, W, b)`. The worked example is a layer of 2 units reading 3 inputs, for 2 examples
# (expected: `linear_forward(A_ex, W_ex, b_ex)` gives `Z = [[0.2, -1.1], [1.35, -0.7]]`):

# %%
A_ex = np.array([[1.0, -2.0], [0.5, 3.0], [-1.0, 0.0]])
W_ex = np.array([[0.2, -0.4, 0.3], [1.0, 0.5, -0.3]])
b_ex = np.array([[0.5], [-0.2]])

# %% exercise="linear_forward"

# %%
Z_demo, cache_demo = linear_forward(A_ex, W_ex, b_ex)
print("Z =\n", Z_demo, "\nshape", Z_demo.shape, "= (units, examples)")

# %% [markdown]
# ### Exercise 3: `linear_activation_forward`
#
# Write `linear_activation_forward(A_prev, W, b, activation)`: the linear block followed by the
# activation, `sigmoid(Z)` when `activation == "sigmoid"` and `relu(Z)` when `activation == "relu"`. Call your
# `linear_forward`. Return `(A, cache)` with `cache = (linear_cache, Z)`: the linear block's cache, and $Z$, which
# the activation's backward function needs.
#
# Expected: `linear_activation_forward(A_ex, W_ex, b_ex, 'relu')` gives `A = [[0.2, 0.], [1.35, 0.]]`.

# %% exercise="linear_activation_forward"

# %%
for activation in ("relu", "sigmoid"):
    A_demo, _ = linear_activation_forward(A_ex, W_ex, b_ex, activation)
    print(f"{activation:>7}: A =", A_demo.round(4).tolist())

# %% [markdown]
# ### Exercise 4: `L_model_forward`
#
# Write `L_model_forward(X, parameters)`. The number of layers is `L = len(parameters) // 2`
# (a `W` and a `b` per layer). Layers $1, \dots, L-1$ are `"relu"` layers, layer $L$ is a `"sigmoid"` layer.
# Pass each layer's output on as the next layer's input, append every layer's cache to a list, and return
# `(AL, caches)`: the output $A^{[L]}$, shape $(1, m)$, and the $L$ caches, layer 1 first.
#
# The worked example is a two-layer network with 3 inputs, 2 hidden units and one output, on 4 examples
# (expected: `L_model_forward(X_ex, parameters_ex)` gives `AL = [[0.5124974, 0.26483266, 0.90937274, 0.83996934]]`
# and two caches):

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
# ### Exercise 5: `compute_cost`
#
# Write `compute_cost(AL, Y)` returning $J$ as a Python `float` (turn a NumPy result into one
# with `float(...)`).
#
# Expected: `compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1.0, 1.0, 0.0]]))` gives `0.2797765635793423`.

# %% exercise="compute_cost"

# %%
print("cost of the worked example:", compute_cost(L_model_forward(X_ex, parameters_ex)[0], Y_ex))
print("cost of guessing 0.5 everywhere, log 2 =", compute_cost(np.full((1, 4), 0.5), Y_ex))

# %% [markdown]
# ## 5. The chain rule, layer by layer
#
# **One neuron first.** Before matrices, follow single numbers. A neuron computes $z = wx + b$ and $a = \sigma(z)$,
# and the loss compares $a$ with the label $y$; here, to keep the picture small, the squared error
# $L = (a - y)^2$. Draw the computation as a graph: one node per quantity, an edge wherever one quantity is
# computed from another. Going forward (blue), each edge carries a value. Going backward (red), each edge carries
# the **local derivative** of its head with respect to its tail, which depends only on the numbers at that edge.
#
# ![A computation graph: nodes w, x and b feed z = wx + b, z feeds a = sigma(z), a and y feed L = (a - y)^2. Above each edge its forward value (w = 2, x = 1.5, b = -1, z = 2, a = 0.881); below each edge, on a dashed arrow pointing back, its local derivative (dz/dw = x, da/dz = a(1 - a) = 0.105, dL/da = 2(a - y) = -0.238). Below the graph: dL/dw = (-0.238)(0.105)(1.5) = -0.0375](attachment:03_scalar_graph.svg)
#
# The **chain rule** says: the derivative of $L$ with respect to $w$ is the product of the local derivatives
# along the path from $w$ to $L$,
#
# $$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial a}\,\frac{\partial a}{\partial z}\,\frac{\partial z}{\partial w}
# = 2(a-y)\cdot a(1-a)\cdot x.$$
#
# The derivative with respect to $b$ runs along the path $b \to z \to a \to L$, which shares its last two links
# with the path of $w$: only the first factor changes, $\partial z/\partial b = 1$ instead of $x$. So multiply from
# the **end**: compute $\partial L/\partial z$ once, then each parameter needs one more multiplication. That is all
# backpropagation is. The cell below checks the product against a nudge of $w$.

# %%
w_s, x_s, b_s, y_s = 2.0, 1.5, -1.0, 1.0


def loss_one_neuron(w):
    a = sigmoid(w * x_s + b_s)
    return (a - y_s) ** 2


a_s = sigmoid(w_s * x_s + b_s)
chain = 2 * (a_s - y_s) * a_s * (1 - a_s) * x_s  # dL/da * da/dz * dz/dw
nudge = (loss_one_neuron(w_s + 1e-6) - loss_one_neuron(w_s - 1e-6)) / 2e-6
print(f"a = {a_s:.4f}, L = {loss_one_neuron(w_s):.5f}")
print(f"chain rule: dL/dw = {chain:.6f}")
print(f"nudging w:  dL/dw = {nudge:.6f}")

# %% [markdown]
# **Now whole layers.** We want $\partial J / \partial W^{[l]}$ and $\partial J / \partial b^{[l]}$ for every layer. The cost depends
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
# > **Common misconceptions**
# >
# > - *"The Jacobian (or the gradient) is how a network gets out of a local minimum."* No. The gradient says which
# >   way is downhill **here**, for a small step. At a minimum (local or not) it is zero and gives no direction at
# >   all, so gradient descent stays put. What can move a network out of a poor minimum or off a flat region is
# >   something else: momentum (module 06) carries it past, the noise of mini-batches jostles it, and restarts from
# >   other random initial weights try elsewhere.
# > - *"$b^{[l]}$ has shape $(n^{[l]}, m)$."* No: one bias per unit, shape $(n^{[l]}, 1)$. NumPy **broadcasts** it
# >   over the $m$ columns when computing $W A + b$; the same bias serves every example, which is why $db$ sums
# >   $dZ$ over the examples. A $b$ of shape $(n, m)$ would give each training example its own bias, and the network
# >   could not be used on a different number of examples.
# > - *"$dZ^{[L]} = A^{[L]} - Y$ always."* Only for the matched pairs: a sigmoid output with binary cross-entropy,
# >   or a softmax output with cross-entropy (section 8). With squared error, $dZ^{[L]}$ carries an extra factor
# >   $a(1-a)$, and section 10 shows what that costs.
# > - *"Squared error is avoided because its gradient becomes zero at the minimum."* Every cost has a zero
# >   gradient at its minimum; that is what a minimum is. The trouble with squared error after a sigmoid is that its
# >   gradient also nearly vanishes where the prediction is confidently **wrong** (section 10).
# > - *"Gradient descent moves towards where the derivative is zero."* It moves against the gradient, which lowers
# >   the cost for a small enough step; a maximum or a saddle point also has a zero derivative, and descent does
# >   not seek those out.

# %% [markdown]
# ## 6. Backward blocks
#
# ### Exercise 6: `linear_backward`
#
# Write `linear_backward(dZ, cache)` with `cache = (A_prev, W, b)`, returning `(dA_prev, dW, db)`:
#
# $$dW = \frac{1}{m} dZ\, A_{prev}^T, \qquad db = \frac{1}{m} \sum_{i=1}^m dZ_{:, i}, \qquad dA_{prev} = W^T dZ,$$
#
# with shapes $(n^{[l]}, n^{[l-1]})$, $(n^{[l]}, 1)$ and $(n^{[l-1]}, m)$. Take $m$ from `A_prev.shape[1]`, and for
# $db$ sum over the examples, the columns: `np.sum(dZ, axis=1, keepdims=True)`. The worked example reuses the
# layer of section 3. Expected: `linear_backward(dZ_ex, (A_ex, W_ex, b_ex))` gives
# `dA_prev = [[1.06, 0.28], [0.38, 0.44], [-0.21, -0.3]]`, `dW = [[0.75, -0.825, -0.15], [0.1, 0.85, -0.5]]` and
# `db = [[-0.15], [0.7]]`.

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
# ### Exercise 7: `linear_activation_backward`
#
# Write `linear_activation_backward(dA, cache, activation)` with `cache = (linear_cache, Z)`: first
# go back through the activation, `dZ = relu_backward(dA, Z)` or `dZ = sigmoid_backward(dA, Z)`, then through the
# linear part with your `linear_backward(dZ, linear_cache)`, and return its `(dA_prev, dW, db)`.
#
# By the course's convention the derivative of ReLU at exactly $Z = 0$ is $0$ (`relu_backward` already does
# this; the test includes a layer with exact zeros in $Z$).
#
# Expected: `linear_activation_backward(dA_ex, ((A_ex, W_ex, b_ex), Z_ex), 'relu')` gives
# `dA_prev = [[0.3, 0.], [-0.1, 0.], [0.09, 0.]]`, `dW = [[0.25, 0.125, -0.25], [0.1, 0.05, -0.1]]` and
# `db = [[0.25], [0.1]]`.

# %% exercise="linear_activation_backward"

# %%
for activation in ("relu", "sigmoid"):
    _, dW_demo, _ = linear_activation_backward(dA_ex, ((A_ex, W_ex, b_ex), Z_ex), activation)
    print(f"{activation:>7}: dW =", dW_demo.round(4).tolist())
print("Z_ex =", Z_ex.round(4).tolist(), "- ReLU passes no gradient where Z <= 0")

# %% [markdown]
# ### Exercise 8: `L_model_backward`
#
# Write `L_model_backward(AL, Y, caches)`, the backward pass of the whole network (the bottom row of the
# picture in section 3):
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
#
# Expected, for the worked example (`AL, caches = L_model_forward(X_ex, parameters_ex)`, then
# `L_model_backward(AL, Y_ex, caches)`): `dW2 = [[0.23879492, 0.10129849]]`, `db2 = [[0.13166803]]`,
# `dW1 = [[0.02122088, -0.14920538, 0.26087698], [0.02317286, -0.06951857, -0.01853829]]`,
# `db1 = [[0.22480262], [-0.04634572]]`, and `dA1`, `dA0` of shapes (2, 4) and (3, 4).

# %% exercise="L_model_backward"

# %%
AL_demo, caches_demo = L_model_forward(X_ex, parameters_ex)
grads_demo = L_model_backward(AL_demo, Y_ex, caches_demo)
for key, value in grads_demo.items():
    print(f"{key}: shape {value.shape}")

# %% [markdown]
# ### Exercise 9: `update_parameters`
#
# Write `update_parameters(parameters, grads, learning_rate)`: for every layer,
# $W^{[l]} := W^{[l]} - \alpha\, dW^{[l]}$ and $b^{[l]} := b^{[l]} - \alpha\, db^{[l]}$. Return a **new** dict with the
# keys of `parameters`; do not change the arrays you were given (write `W - learning_rate * dW`, not `W -= ...`),
# so that the caller's parameters stay as they were. `grads` also holds `dA` keys: ignore them.
#
# Expected: with the worked example's gradients and `learning_rate = 0.1`, the new `W2` is
# `[[1.17612051, -0.71012985]]` and the new `b2` is `[[0.0368332]]`.

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
# ### Exercise 10: `softmax`
#
# Write `softmax(Z)` for `Z` of shape `(C, m)`, returning probabilities of the same shape. Subtract
# each column's own maximum, `np.max(Z, axis=0, keepdims=True)`, before `np.exp`.
#
# Expected: `softmax(np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]))` gives
# `[[0.09003057, 0.48785555], [0.24472847, 0.48785555], [0.66524096, 0.0242889]]`.

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
# ### Exercise 11: `softmax_cross_entropy`
#
# Write `softmax_cross_entropy(Z, Y)` returning `(cost, dZ)`: the cost $J$ above as a Python `float`,
# and `dZ = softmax(Z) - Y` of shape `(C, m)`. Use your `softmax`. (For very confident wrong predictions a
# probability can round to exactly 0, and `np.log(0)` is `-inf`; computing $\log A$ directly as
# $Z - \max - \log\sum e^{Z - \max}$ avoids that. The tests do not require it.)
#
# Expected: `softmax_cross_entropy(np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]),
# np.array([[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]))` gives the cost `0.5626709415555415` and
# `dZ = [[0.09003057, -0.51214445], [0.24472847, 0.48785555], [-0.33475904, 0.0242889]]`.

# %% exercise="softmax_cross_entropy"

# %% [markdown]
# ## 9. Reading handwritten digits
#
# The course ships 1797 handwritten digits, 8x8 grey images, as `datasets.digits()`: `X` has one column of 64
# pixel values in $[0, 1]$ per image, and `Y` is one-hot with 10 rows. Here is one training image of each digit.

# %%
X_train, Y_train, X_test, Y_test = datasets.digits()
print("X_train", X_train.shape, " Y_train", Y_train.shape, " X_test", X_test.shape, " Y_test", Y_test.shape)
labels_train = Y_train.argmax(axis=0)
fig, axes = plt.subplots(1, 10, figsize=(12, 1.9), layout="constrained")
for digit, ax in enumerate(axes):
    i = np.flatnonzero(labels_train == digit)[0]  # the first training image with this label
    ax.imshow(X_train[:, i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"label {digit}", fontsize=10)
    ax.axis("off")
fig.suptitle("One training image of each digit")
plt.show()

# %% [markdown]
# The network: 64 inputs, one hidden layer of 32 ReLU units, and 10 output scores passed to the softmax. The
# loop below uses your blocks directly: `linear_forward` and `relu` going forward, `softmax_cross_entropy` for the
# cost and the output layer's $dZ$, then `linear_backward` and `relu_backward` going back. Only the output
# activation changed, so only the first backward step changed; everything else is reused as it is.
#
# **Predict before you run.** The weights start as `initialize_parameters_deep` makes them, of size about 0.01,
# and the biases at 0. What is the cost $J$ at iteration 0, before any update? Work it out from what such small
# weights do to the 10 scores of every image, and from the formula of the cost. Write it as a number, to two
# decimals, in the cell below, as `q_digits_cost = 1.23`, then run its test.

# %% question="q_digits_cost"

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
print(f"cost at iteration 0: {costs_digits[0]:.4f}   (log 10 = {np.log(10):.4f})")
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
fig, axes = plt.subplots(2, 10, figsize=(12, 3.6), layout="constrained")
wrong = np.flatnonzero(predicted != Y_test.argmax(axis=0))
shown = list(range(10)) + list(wrong[:10])
for ax in axes.ravel():
    ax.axis("off")
for ax, i in zip(axes.ravel(), shown):
    ax.imshow(X_test[:, i].reshape(8, 8), cmap="gray_r")
    ok = predicted[i] == Y_test[:, i].argmax()
    ax.set_title(f"{predicted[i]} (true {Y_test[:, i].argmax()})", color="black" if ok else "red", fontsize=10)
fig.suptitle("Test images, predicted (true) label: top row the first ten, bottom row mistakes in red")
plt.show()

# %% [markdown]
# The cost starts at $\log 10 \approx 2.30$. With weights of size 0.01, every score $z_k$ is within a few
# thousandths of 0, so the softmax gives each of the 10 classes a probability of almost exactly $1/10$, and the
# cost of every image is $-\log(1/10) = \log 10$, whatever its label. It is the cost of knowing nothing, a useful
# check on any classifier with $C$ classes: it should start near $\log C$. (The binary nets of section 7 started near
# $\log 2$ for the same reason.)
#
# **How much does the backward pass cost?** Section 3 claimed it costs a small multiple of the forward pass.
# Before you run the next cell, predict: count the matrix products that one layer does going forward and going
# backward (look at `linear_forward` and `linear_backward`), and say how many times longer you expect the
# backward pass of the digits network to take than its forward pass, and why. Then compare with what the cell
# measures.

# %% [markdown] answer="explain_backward_cost" points=1
# Going forward, a layer does one matrix product, $W A_{prev}$, of size $n^{[l]} \times n^{[l-1]} \times m$.
# Going backward it does two products of exactly the same size: $dW = \frac{1}{m} dZ A_{prev}^T$ and
# $dA_{prev} = W^T dZ$. The element-wise parts (adding $b$, the ReLU, its mask, the sum for $db$) are cheap next
# to the products. So the backward pass should take about twice as long as the forward pass: a small constant
# factor, independent of the number of parameters, whereas a numerical gradient would need two forward passes
# for each of the 2410 parameters.

# %%
import timeit

dims_timed = [64, 32, 10]
W1_t, b1_t, W2_t, b2_t = (params_digits[k] for k in ("W1", "b1", "W2", "b2"))


def forward_digits():
    Z1, cache1 = linear_forward(X_train, W1_t, b1_t)
    Z2, cache2 = linear_forward(relu(Z1), W2_t, b2_t)
    return Z1, cache1, Z2, cache2


Z1_t, cache1_t, Z2_t, cache2_t = forward_digits()
_, dZ2_t = softmax_cross_entropy(Z2_t, Y_train)


def backward_digits():
    dA1, dW2, db2 = linear_backward(dZ2_t, cache2_t)
    dA0, dW1, db1 = linear_backward(relu_backward(dA1, Z1_t), cache1_t)
    return dW1, db1, dW2, db2


# the fastest of several repeats: other programs on the machine only ever slow a run down
time_forward = min(timeit.repeat(forward_digits, number=50, repeat=9)) / 50
time_backward = min(timeit.repeat(backward_digits, number=50, repeat=9)) / 50
m_t = X_train.shape[1]
products_forward = sum(2 * dims_timed[l] * dims_timed[l - 1] * m_t for l in (1, 2))  # multiply-adds, as flops
print(f"forward pass:  {1e3 * time_forward:.3f} ms, {products_forward / 1e6:.1f} million flops in matrix products")
print(f"backward pass: {1e3 * time_backward:.3f} ms, {2 * products_forward / 1e6:.1f} million flops in matrix products")
print(f"backward / forward: {time_backward / time_forward:.1f} times the time, 2.0 times the arithmetic")

# %% [markdown]
# The backward pass does exactly twice the forward pass's arithmetic in matrix products, and it takes about twice
# as long: the last line above prints the measured ratio. Timings on a shared machine vary from run to run; when
# this lesson was prepared, repeated runs gave ratios between about 1.7 and 2.7. The element-wise work (the ReLU
# mask, the sums for $db$) adds a little, and the two backward products do not run at exactly the speed of the
# forward one. What matters is that the factor is small and fixed. Compare the numerical gradient of section 12:
# two forward passes **per parameter**, here $2 \times 2410$ of them, for one gradient.
#
# ## 10. Squared error vs cross-entropy, trained
#
# Why cross-entropy rather than the squared error $(a - y)^2$ of the neuron in section 5? Both are smallest when
# the prediction equals the label. The difference is in the gradient. With a sigmoid output and cross-entropy,
# $dZ = a - y$. With squared error, the chain rule of section 5 gives
#
# $$dZ = \frac{\partial (a-y)^2}{\partial a}\,\frac{\partial a}{\partial z} = 2(a - y)\, a(1 - a).$$
#
# The extra factor $a(1-a)$ is at most $1/4$, and it is close to 0 whenever $a$ is close to 0 or 1: not only when
# the network is right and sure, but also when it is **wrong and sure**.
#
# The experiment: 200 points of the plane in two clouds, and one sigmoid unit, $a = \sigma(w^T x + b)$, started
# with weights that point the wrong way, so that it gives almost every point the wrong class with a probability
# near 0.999. It is trained twice from the same start with the same learning rate (0.5): once on the squared
# error, once on the cross-entropy. Both runs use your `linear_activation_forward` and `linear_backward`; only
# the line computing $dZ$ differs.
#
# **Predict before you run.** Both runs start with an accuracy near 0. Which run leaves that plateau first?
#
# - (a) the squared-error run: its cost is smaller at the start, so it has less far to go;
# - (b) the cross-entropy run;
# - (c) both at about the same iteration: same start, same learning rate, and both costs are smallest at the
#   same place.
#
# Write your choice in the cell below as `q_plateau = "a"`, `"b"` or `"c"`, then run its test.

# %% question="q_plateau"

# %%
rng = np.random.default_rng(0)
m_se = 200
Y_se = (np.arange(m_se) % 2).astype(float).reshape(1, m_se)  # alternate labels 0 and 1
X_se = 0.5 * rng.standard_normal((2, m_se)) + np.where(Y_se == 1, 1.0, -1.0)  # class 1 near (1, 1), class 0 near (-1, -1)
W_start = np.array([[-3.5, -3.5]])  # pointing the wrong way: confidently wrong
b_start = np.zeros((1, 1))


def train_one_unit(loss, learning_rate=0.5, num_iterations=500):
    """One sigmoid unit trained from W_start, b_start; the cost and the accuracy at every iteration."""
    W, b = W_start.copy(), b_start.copy()
    costs, accuracies = [], []
    for i in range(num_iterations):
        A, (linear_cache, Z) = linear_activation_forward(X_se, W, b, "sigmoid")
        if loss == "squared error":
            costs.append(float(np.mean((A - Y_se) ** 2)))
            dZ = 2 * (A - Y_se) * A * (1 - A)
        else:
            costs.append(compute_cost(A, Y_se))
            dZ = A - Y_se
        accuracies.append(float(np.mean((A > 0.5) == Y_se)))
        _, dW, db = linear_backward(dZ, linear_cache)
        W, b = W - learning_rate * dW, b - learning_rate * db
    return costs, accuracies


A_start = sigmoid(W_start @ X_se + b_start)
print(f"at the start: accuracy {np.mean((A_start > 0.5) == Y_se):.3f},"
      f" median probability given to the wrong class {np.median(np.where(Y_se == 1, 1 - A_start, A_start)):.4f}")
runs = {loss: train_one_unit(loss) for loss in ("squared error", "cross-entropy")}
for loss, (costs, accuracies) in runs.items():
    first = next(i for i, acc in enumerate(accuracies) if acc >= 0.5)
    print(f"{loss:>13}: accuracy reaches 0.5 at iteration {first:3d}; after 500 iterations accuracy"
          f" {accuracies[-1]:.3f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.2), layout="constrained")
for loss, (costs, accuracies) in runs.items():
    ax1.plot(np.array(costs) / costs[0], label=loss)
    ax2.plot(accuracies, label=loss)
ax1.set_xlabel("iteration")
ax1.set_ylabel("cost / cost at iteration 0")
ax1.set_title("Each cost relative to where it started")
ax1.legend()
ax2.set_xlabel("iteration")
ax2.set_ylabel("training accuracy")
ax2.set_title("Accuracy, same start and learning rate")
ax2.legend()
plt.show()

# %% [markdown]
# The cross-entropy run recovers within a few iterations; the squared-error run sits on the plateau for hundreds
# of them (the cell prints where each reaches an accuracy of 0.5). At the start, $a(1 - a)$ is about 0.001 for
# most points, so the squared error's $dZ = 2(a - y)\,a(1 - a)$ is about 0.002 in size where the cross-entropy's
# $a - y$ is about 1: its steps are several hundred times shorter, just where the unit most needs to move. Cross-entropy's
# $-\log a$ grows without bound as a wrong prediction grows surer, and its slope exactly cancels the flattening of
# the sigmoid. The same holds for softmax with cross-entropy, whose $dZ = A - Y$ has no such factor either.
#
# ## 11. What the network learned
#
# Each hidden unit $j$ of the digits network computes $\mathrm{relu}(W^{[1]}_{j,:} x + b^{[1]}_j)$: row $j$ of
# $W^{[1]}$ holds one weight per pixel, so it can be shown as an 8x8 image, the pattern that unit responds to.
# Red pixels push the unit up when they are dark in the digit, blue ones push it down.

# %%
W1_learned = params_digits["W1"]
limit = np.abs(W1_learned).max()
fig, axes = plt.subplots(4, 8, figsize=(10, 5.6), layout="constrained")
for j, ax in enumerate(axes.ravel()):
    ax.imshow(W1_learned[j].reshape(8, 8), cmap="RdBu_r", vmin=-limit, vmax=limit)
    ax.set_title(f"unit {j}", fontsize=10)
    ax.axis("off")
fig.suptitle("First-layer weights of the trained digits network, one 8x8 image per hidden unit")
plt.show()

# %% [markdown]
# And which units fire for which digit: the mean activation $A^{[1]}$ of each hidden unit over the test images
# of each digit.

# %%
A1_test = relu(params_digits["W1"] @ X_test + params_digits["b1"])
labels_test = Y_test.argmax(axis=0)
mean_activation = np.array([A1_test[:, labels_test == d].mean(axis=1) for d in range(10)])  # (10 digits, 32 units)
fig, ax = plt.subplots(figsize=(11, 3.8), layout="constrained")
image = ax.imshow(mean_activation, cmap="viridis", aspect="auto")
ax.set_xticks(range(32))
ax.set_yticks(range(10))
ax.set_xlabel("hidden unit")
ax.set_ylabel("digit")
ax.set_title("Mean activation of each hidden unit over the test images of each digit")
fig.colorbar(image, ax=ax, label="mean A[1]")
plt.show()
top_units = np.argsort(-mean_activation, axis=1)[:, :3]
for d in range(10):
    print(f"digit {d}: strongest units {top_units[d].tolist()}")
weight_norms = np.linalg.norm(W1_learned, axis=1)
W1_initial = initialize_parameters_deep([64, 32, 10], np.random.default_rng(0))["W1"]  # what training started from
stuck = np.flatnonzero(weight_norms < 2 * np.linalg.norm(W1_initial, axis=1))
active_at_start = np.mean(W1_initial @ X_train > 0, axis=1)
print(f"units whose weights are still about their initial size: {stuck.tolist()}")
print("  share of training images on which each was active (Z > 0) at the start:", active_at_start[stuck].round(3))
print("  their largest mean activation over the digits:", mean_activation[:, stuck].max(axis=0).round(3))

# %% [markdown]
# What the pictures show, and what they do not:
#
# - The weight images are **not** clean edge or stroke detectors. On 8x8 images, with one hidden layer trained for
#   300 iterations, they are blotchy: a few strong pixels (units 6 and 24 each have one dark red spot), or a
#   rough contrast between two regions (unit 8: red above and below, blue in the middle left). Each unit weighs a
#   region of the image, not a pen stroke you could name.
# - The units are **shared** between digits rather than one per digit. In the heat map, unit 8 is the strongest
#   unit for 2, 3, 7 and 8, and unit 11 for 0 and 9; every digit is recognised from a pattern over many units,
#   which the output layer then reads.
# - Several units **never learned**: the cell lists those whose weights stayed about their initial size, with
#   mean activations near 0 for every digit. At the start each was active ($Z > 0$) on only a small share of the
#   training images, most on almost none; a ReLU passes no gradient where $Z \le 0$, so they received almost
#   none. These "dead" units are the dark columns of the heat map. How units start out is decided by the initial
#   weights, the subject of module 05.
#
# The picture often told of deep networks, early layers detecting edges and later layers combining them into
# parts and objects, comes from large convolutional networks trained on large photographs. It is a reasonable
# description there; a small fully connected network on 8x8 digits shows only a faint version of it.

# %% [markdown]
# ## 12. Gradient checking
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
# ### Exercise 12: `numerical_gradient`
#
# Write `numerical_gradient(f, x, epsilon=1e-7)`, returning an array shaped like `x`. For every
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
#
# Expected: `numerical_gradient(lambda x: float(np.sum(x ** 3)), np.array([[1.0, -2.0, 0.5]]))` gives about
# `[[3., 12., 0.75]]` (the exact gradient $3x^2$; the last digits are rounding noise, e.g. `11.99999999`).

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
# ### Exercise 13: `relative_error`
#
# Write `relative_error(grad, grad_approx)` returning this as a Python `float`, and `0.0` when both
# gradients are zero (the formula would divide 0 by 0).
#
# Expected: `relative_error(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.3]))` gives `0.03882046013095369`.

# %% exercise="relative_error"

# %% [markdown]
# ### Exercise 14: `gradient_check`
#
# Write `gradient_check(parameters, grads, X, Y, epsilon=1e-7)`. It compares the back-propagated
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
#
# Expected: for the worked example, `gradient_check(parameters_ex, grads, X_ex, Y_ex)` with
# `grads = L_model_backward(AL, Y_ex, caches)` gives about `1.5e-09`: rounding noise, far below $10^{-7}$ (the
# exact digits depend on the order of your sums).

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
# ### Fix the bug
#
# Here is a backward pass written out by hand, without the blocks. It runs, it returns every key with the right
# shape, and a network trained with it would still learn something. It has one bug. Do not hunt for it by
# reading; let your checker find it, then fix it.

# %%
def L_model_backward_suspect(AL, Y, caches):
    """A hand-written backward pass of [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID. One line is wrong.

    Fix it here, in this cell, then run this cell and the ones below again.
    """
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
# The checker says the suspect is wrong, and the key-by-key errors say which gradients. Now:
#
# 1. Read the lines of `L_model_backward_suspect` that compute the gradients the bar chart flags, and find the
#    mistake.
# 2. Fix it in the suspect's cell (one line), run that cell again and then the two cells after it: the suspect's
#    `gradient_check` should drop below $10^{-7}$ and its bars below the dotted line.
# 3. In the cell below, say which gradients were wrong, what the wrong line did, by how much it changed them, and
#    why a gradient checker that compared only the weights would have missed it.

# %% [markdown] answer="explain_bug" points=2
# Only `db1` and `db2` are flagged: the bias gradients of the **hidden** layers; every `dW` and the output layer's
# `db3` pass. The line
# `grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / (m if l == L else 1)` divides by $m$ only in the output
# layer, so in the hidden layers $db$ is the sum of $dZ$ over the examples instead of its mean: $m = 6$ times too
# large. The fix is `grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m` in every layer. After it, the
# suspect's gradient check is at the level of rounding noise, like `L_model_backward`. A checker that compared only
# the `dW` entries would have passed the buggy function, since every weight gradient was right; that is why
# `gradient_check` takes every parameter, the biases included.

# %% [markdown]
# ## 13. Summary
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
# - The backward pass does twice the forward pass's arithmetic (two matrix products per layer, for $dW$ and
#   $dA_{prev}$), whatever the number of parameters: that is why backpropagation, not nudging, trains networks.
# - A freshly initialised classifier with $C$ classes costs about $\log C$; a cost far from it at iteration 0
#   points to a bug.
# - With a sigmoid or softmax output, cross-entropy's $dZ = A - Y$ stays large when a prediction is confidently
#   wrong; squared error's carries a factor $a(1-a)$ that nearly stops learning there.
#
# ## 14. Things to explore
#
# - Train the digits network with two hidden layers, `[64, 32, 16, 10]`, and with 8 or 128 hidden units instead of
#   32. Does the test accuracy change? Do the first-layer weight images of section 11 look different?
# - In section 10, start the unit only mildly wrong (`W_start = np.array([[-0.5, -0.5]])`). Is squared error still
#   slow? At what starting confidence does the difference between the two costs become large?
# - Break one line of your own `linear_backward` on purpose (drop the `1/m` of `dW`, or use `W` instead of `W.T`)
#   and run `gradient_check`: how large is the error, and which keys does the key-by-key check flag?
# - Run `gradient_check` on a random network with `epsilon` from `1e-2` to `1e-10`. Where is the error smallest, and
#   does it agree with the plot of the numerical derivative of $\sin$?
# - Time the backward pass against the forward pass for a larger network, say `[64, 512, 512, 10]`. Does the ratio
#   come closer to the 2 that counting matrix products predicts?

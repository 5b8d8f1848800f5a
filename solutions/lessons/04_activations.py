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
# As before, replace the `raise NotImplementedError()` line of each exercise with your code, run the cell,
# then the test cell under it, and run the cells from top to bottom: the experiments use the functions you
# wrote. Along the way the lesson asks you to **predict** before it shows: two questions are checked
# automatically (write your answer in the cell under the question, then run its test), two are written
# answers that your instructor reads.
#
# Conventions, as in the rest of the course: examples are columns, so `Z` and `A` of a layer have shape
# $(n^{[l]}, m)$. An activation works entry by entry, so `A` has the same shape as `Z`.
#
# **Contents**
#
# 1. [Forward and backward through an activation](#1.-Forward-and-backward-through-an-activation)
# 2. [Sigmoid](#2.-Sigmoid): [Exercise 1](#Exercise-1:-sigmoid), [Exercise 2](#Exercise-2:-sigmoid_backward),
#    [Question 1](#Question-1:-the-steepest-sigmoid)
# 3. [Tanh](#3.-Tanh): [Exercise 3](#Exercise-3:-tanh), [Exercise 4](#Exercise-4:-tanh_backward)
# 4. [ReLU](#4.-ReLU): [Exercise 5](#Exercise-5:-relu), [Exercise 6](#Exercise-6:-relu_backward),
#    [Question 2](#Question-2:-dead-ReLU-units)
# 5. [Leaky ReLU](#5.-Leaky-ReLU): [Exercise 7](#Exercise-7:-leaky_relu),
#    [Exercise 8](#Exercise-8:-leaky_relu_backward)
# 6. [Why a network needs a non-linear activation](#6.-Why-a-network-needs-a-non-linear-activation):
#    [Question 3](#Question-3:-leaky-ReLU-with-a-slope-of-1), [Exercise 9](#Exercise-9:-collapse_linear_layers)
# 7. [Vanishing gradients](#7.-Vanishing-gradients): [Exercise 10](#Exercise-10:-gradient_norms_by_layer),
#    [Question 4](#Question-4:-which-network-stays-at-log-2)
# 8. [Common misconceptions](#8.-Common-misconceptions)
# 9. [Summary](#9.-Summary)
# 10. [Things to explore](#10.-Things-to-explore)

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
# The worked examples of the tests all use the same two arrays of shape $(2, 3)$:
#
# ```python
# Z = np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]])
# dA = np.array([[1.0, -2.0, 0.5], [3.0, 1.5, -1.0]])
# ```
#
# ## 2. Sigmoid
#
# $$\sigma(z) = \frac{1}{1 + e^{-z}}$$
#
# squashes any number into $(0, 1)$, which is why it is the right choice for the **output layer of a binary
# classifier**: its output reads as the probability of class 1.
#
# ### Exercise 1: sigmoid
#
# Implement `sigmoid(Z)` for an array `Z` of any shape, returning an array of the same shape.
# One numerical detail: for a very negative entry, `np.exp(-Z)` overflows to `inf`. The result
# `1 / (1 + inf) = 0` is still right, but NumPy warns, and the rearranged form `np.exp(Z) / (1 + np.exp(Z))`
# becomes `inf / inf = nan` for large positive entries. The checks use entries up to $|Z| = 1000$. A way
# that never overflows: with $E = e^{-|z|}$ (always at most 1), $\sigma(z) = 1 / (1 + E)$ for $z \ge 0$ and
# $E / (1 + E)$ for $z < 0$; `np.where(condition, x, y)` picks between two arrays entry by entry.
#
# Expected: `sigmoid(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))` gives
# `[[0.11920292, 0.37754067, 0.5], [0.62245933, 0.73105858, 0.95257413]]`.

# %% exercise="sigmoid"

# %% [markdown]
# ### Exercise 2: sigmoid_backward
#
# The derivative of the sigmoid has a neat form. Differentiating $(1 + e^{-z})^{-1}$,
#
# $$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}}
#   = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
#
# Implement `sigmoid_backward(dA, Z)`: compute $s = \sigma(Z)$ with your `sigmoid`, then return
# `dZ = dA * s * (1 - s)`, shape $(n, m)$.
#
# Expected: `sigmoid_backward(dA, Z)` with the worked example's `dA` and `Z` (section 1) gives
# `[[0.10499359, -0.47000742, 0.125], [0.70501114, 0.2949179, -0.04517666]]`.

# %% exercise="sigmoid_backward"

# %% [markdown]
# ### Question 1: the steepest sigmoid
#
# The next cell plots $\sigma$ and its derivative. Before you run it: what is the **largest value** that
# $\sigma'(z) = \sigma(z)\bigl(1 - \sigma(z)\bigr)$ takes, over all $z$? (Hint: $s = \sigma(z)$ takes every value
# between 0 and 1.) This number comes back in section 7.
#
# Write it in the cell below as a number, e.g. `q_max_sigmoid_slope = 0.6`, then run its test.

# %% question="q_max_sigmoid_slope"

# %% [markdown]
# Here is a helper that plots an activation and its derivative. It gets the derivative from your backward
# function: with `dA` all ones, `dZ = 1 * g'(Z)` is the derivative itself. The cell also prints the largest
# value of the derivative on the plotted grid.

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
plot_activation(sigmoid, sigmoid_backward, "sigmoid and its derivative")
z = np.linspace(-6, 6, 401).reshape(1, -1)
slopes = sigmoid_backward(np.ones_like(z), z)
print(f"largest sigma'(z) on the grid: {slopes.max():.4f}, at z = {z[0, slopes.argmax()]:.2f}")
print(f"sigma'(5) = {sigmoid_backward(np.ones((1, 1)), np.full((1, 1), 5.0))[0, 0]:.4f}")

# %% [markdown]
# Two things to notice in the plot.
#
# - The derivative is at most $\sigma'(0) = \frac12 \cdot \frac12 = \frac14$, where the sigmoid is steepest.
#   Every sigmoid layer that a gradient flows back through multiplies it by at most a quarter.
# - For $|z|$ beyond about 5 the curve is flat and the derivative nearly 0 ($\sigma'(5) \approx 0.0066$). A unit
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
# ### Exercise 3: tanh
#
# Implement `tanh(Z)`, same shape in and out. You may call `np.tanh`; if you write it from
# `np.exp` instead, remember that `np.exp(Z)` overflows to `inf` for entries above about 710, and that
# `inf / inf` is `nan`. The identity with $\sigma(2z)$ and a stable sigmoid avoids this.
#
# Expected: `tanh(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))` gives
# `[[-0.96402758, -0.46211716, 0.0], [0.46211716, 0.76159416, 0.99505475]]`.

# %% exercise="tanh"

# %% [markdown]
# ### Exercise 4: tanh_backward
#
# With $t = \tanh(z)$, the derivative is $\tanh'(z) = 1 - t^2$ (differentiate the quotient, or use the
# sigmoid identity above).
#
# Implement `tanh_backward(dA, Z)`: `dZ = dA * (1 - t ** 2)` with `t = tanh(Z)`, shape $(n, m)$.
#
# Expected: `tanh_backward(dA, Z)` with the worked example's `dA` and `Z` gives
# `[[0.07065082, -1.57289547, 0.5], [2.3593432, 0.62996151, -0.00986604]]`.

# %% exercise="tanh_backward"

# %%
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
# ### Exercise 5: relu
#
# Implement `relu(Z)`, same shape in and out. Note that Python's `max` and `np.max` do not work
# entry by entry; `np.maximum(0, Z)` does.
#
# Expected: `relu(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))` gives `[[0.0, 0.0, 0.0], [0.5, 1.0, 3.0]]`.

# %% exercise="relu"

# %% [markdown]
# ### Exercise 6: relu_backward
#
# The derivative is 1 for $z > 0$ and 0 for $z < 0$. At exactly $z = 0$ the function has a kink and no
# derivative; any value between 0 and 1 is a valid choice there, and the course, like most libraries, uses
# **0 at $z \le 0$**. (With real data, $z$ is almost never exactly 0, but the checks test it.)
#
# Implement `relu_backward(dA, Z)`: `dZ` equals `dA` where `Z > 0` and 0 where `Z <= 0`, shape
# $(n, m)$. Build a new array; do not set entries of `dA` to zero in place, since the caller still owns it.
#
# Expected: `relu_backward(dA, Z)` with the worked example's `dA` and `Z` gives
# `[[0.0, 0.0, 0.0], [3.0, 1.5, -1.0]]` (NumPy may print a zero as `-0.`, which equals 0).

# %% exercise="relu_backward"

# %%
plot_activation(relu, relu_backward, "ReLU and its derivative")

# %% [markdown]
# ### Question 2: dead ReLU units
#
# Compare the dashed derivative with the sigmoid's and answer in a few sentences, in the cell below:
#
# - **(a)** Why does the gradient flowing back through an active ReLU unit ($z > 0$) not shrink, however large
#   $z$ is, when the one through a sigmoid unit does?
# - **(b)** Suppose the bias of a ReLU unit has become so negative that its $z$ is below 0 for **every**
#   example. What gradient do its weights and bias receive, and can gradient descent bring the unit back?
# - **(c)** What small change to ReLU would let such a unit recover?
#
# The cell after your answer builds such a unit and measures its gradient.

# %% [markdown] answer="explain_dead_relu" points=2
# **(a)** For $z > 0$, ReLU's derivative is exactly 1, whatever the size of $z$, so `relu_backward` passes `dA`
# through unchanged. The sigmoid's derivative is at most $1/4$ and tends to 0 as $|z|$ grows (saturation), so
# every sigmoid unit multiplies the gradient by a small factor.
#
# **(b)** Where $z \le 0$ the derivative is 0, so $dZ = 0$ for that unit on every example; its row of
# $dW = \frac1m dZ\, A_{prev}^T$ and its $db$ are exactly 0. Gradient descent never changes its weights or
# bias: the unit outputs 0 for every input and stays that way (a *dead* unit). Only changes in the layers
# below it, which move its inputs, could bring its $z$ above 0 again; in the first layer nothing can.
#
# **(c)** Give the negative side a small non-zero slope (leaky ReLU): then $dZ = \alpha\, dA \neq 0$ and the
# weights keep receiving a (small) gradient.

# %% [markdown]
# To find the gradients of a layer's weights and bias from its `dZ`, here is your `linear_backward` of lesson 03,
# complete (the cache it takes is the layer's `(A_prev, W, b)`):

# %% given="backpropagation.linear_backward"

# %% [markdown]
# A layer of 4 ReLU units on 8 examples with 3 features, and a made-up upstream gradient `dA`. The bias of
# unit 4 is $-8$, far below anything $W x$ reaches here. The cell prints, for each unit, the fraction of
# examples on which it is active ($z > 0$) and the size of the gradient that its weights and its bias receive.

# %%
rng = np.random.default_rng(4)
X_layer = rng.standard_normal((3, 8))
W_layer = rng.standard_normal((4, 3))
b_layer = np.array([[0.5], [0.0], [-0.5], [-8.0]])
Z_layer = W_layer @ X_layer + b_layer
dA_layer = rng.standard_normal((4, 8))
layer_cache = (X_layer, W_layer, b_layer)

_, dW_layer, db_layer = linear_backward(relu_backward(dA_layer, Z_layer), layer_cache)
for j in range(4):
    print(f"unit {j + 1}: active on {np.mean(Z_layer[j] > 0):.0%} of the examples,"
          f" ||dW row|| = {np.linalg.norm(dW_layer[j]):.4f}, db = {db_layer[j, 0]:+.4f}")

# %% [markdown]
# Unit 4 is never active, and its gradient is exactly zero: no step of gradient descent will ever change its
# weights or its bias. Such a unit is called **dead**. It costs computation and contributes nothing.
#
# For the active units the story is the opposite. The derivative of ReLU is exactly 1 for $z > 0$, however
# large $z$ is: ReLU does not saturate on that side, and the gradient passes through unchanged. It is also as
# cheap as an activation can be. This is why **ReLU is the default choice for hidden layers**, even though a
# few units can die (typically after a too-large step of gradient descent pushes a bias far down).
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
# ### Exercise 7: leaky_relu
#
# Implement `leaky_relu(Z, alpha=0.01)`, same shape in and out, using the `alpha` it is given.
#
# Expected: `leaky_relu(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))` (the default `alpha=0.01`) gives
# `[[-0.02, -0.005, 0.0], [0.5, 1.0, 3.0]]`.

# %% exercise="leaky_relu"

# %% [markdown]
# ### Exercise 8: leaky_relu_backward
#
# The derivative is 1 for $z > 0$ and $\alpha$ for $z \le 0$ (again the negative side's slope at the kink).
#
# Implement `leaky_relu_backward(dA, Z, alpha=0.01)`: `dZ` is `dA` where `Z > 0` and `alpha * dA`
# where `Z <= 0`, shape $(n, m)$. Its `alpha` must be the one the forward pass used.
#
# Expected: `leaky_relu_backward(dA, Z)` with the worked example's `dA` and `Z` (default `alpha=0.01`) gives
# `[[0.01, -0.02, 0.005], [3.0, 1.5, -1.0]]`.

# %% exercise="leaky_relu_backward"

# %%
plot_activation(lambda Z: leaky_relu(Z, alpha=0.1), lambda dA, Z: leaky_relu_backward(dA, Z, alpha=0.1),
                "leaky ReLU (alpha = 0.1, to make the slope visible) and its derivative")

# %% [markdown]
# Back to the layer with the dead unit, now with leaky ReLU (the default $\alpha = 0.01$):

# %%
_, dW_leaky, db_leaky = linear_backward(leaky_relu_backward(dA_layer, Z_layer), layer_cache)
for j in range(4):
    print(f"unit {j + 1}: ||dW row|| = {np.linalg.norm(dW_leaky[j]):.4f}, db = {db_leaky[j, 0]:+.4f}")

# %% [markdown]
# Unit 4's gradient is no longer zero: it is small (its slope is $\alpha = 0.01$), but gradient descent can
# now move its weights and bias, and the unit can come back. The other units' gradients change only a little,
# through the examples on which they are inactive.
#
# ### Checking the derivatives numerically
#
# The tests compared your backward functions with a numerical derivative. You can do the same
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
# All four agree with the numerical derivative to within rounding error.
#
# ## 6. Why a network needs a non-linear activation
#
# ### Question 3: leaky ReLU with a slope of 1
#
# Leaky ReLU is defined for any slope $0 < \alpha < 1$; why not go all the way to $\alpha = 1$? Before you read on:
# what function is leaky ReLU with $\alpha = 1$, and what would a deep network whose hidden layers all use it be
# able to compute? Answer in two or three sentences in the cell below; the rest of this section settles it.

# %% [markdown] answer="explain_leaky_alpha" points=1
# With $\alpha = 1$, leaky ReLU is $z$ on both sides: the identity, $g(z) = z$. Every layer is then the linear
# map $W^{[l]} A^{[l-1]} + b^{[l]}$, and a composition of linear maps is one linear map, so the whole network,
# however deep, computes no more than a single layer $Wx + b$ (followed by the output sigmoid: logistic
# regression). Its decision boundary is a straight line. The two sides must have different slopes, $\alpha \neq 1$:
# that kink is the non-linearity. (In practice $\alpha$ is small, so that leaky ReLU stays close to ReLU.)

# %% [markdown]
# Suppose every layer used the identity, $g(z) = z$. Two layers give
#
# $$W^{[2]}\bigl(W^{[1]} x + b^{[1]}\bigr) + b^{[2]} = \underbrace{W^{[2]} W^{[1]}}_{W}\, x
#   + \underbrace{W^{[2]} b^{[1]} + b^{[2]}}_{b},$$
#
# a single linear layer again. A non-linear $g$ between the two layers is what stops them from merging:
#
# ![Top: two linear layers, W1 x + b1 then W2 (.) + b2 with the identity between them, merge into the single box W x + b with W = W2 W1 and b = W2 b1 + b2. Bottom: with a non-linear g between the same two layers, the result is not W x + b for any W and b.](attachment:04_collapse.svg)
#
# Adding one layer at a time, the merge works for any depth: a stack of $L$ linear layers is the one layer with
#
# $$W = W^{[L]} \cdots W^{[2]} W^{[1]}, \qquad b \text{ built up layer by layer as } b \leftarrow W^{[l]} b + b^{[l]}.$$
#
# However many layers and units it has, such a network can only compute what one linear layer computes.
#
# ### Exercise 9: collapse_linear_layers
#
# Implement `collapse_linear_layers(parameters)`. `parameters` holds `"W1", "b1", ..., "WL", "bL"`
# with `W{l}` of shape $(n^{[l]}, n^{[l-1]})$ and `b{l}` of shape $(n^{[l]}, 1)$, so $L$ is `len(parameters) // 2`.
# Return `(W, b)` with `W` of shape $(n^{[L]}, n^{[0]})$ and `b` of shape $(n^{[L]}, 1)$. Start from layer 1 and
# take one layer at a time; mind the order of the product: layer 1 acts first, so $W^{[1]}$ is the
# rightmost factor.
#
# Expected: for the worked example of the test, the two layers
# `{"W1": np.array([[1.0, 2.0], [0.0, 1.0], [-1.0, 1.0]]), "b1": np.array([[1.0], [0.0], [2.0]]),
# "W2": np.array([[1.0, -1.0, 0.5]]), "b2": np.array([[-1.0]])}`, `collapse_linear_layers` returns
# `W = [[0.5, 1.5]]` and `b = [[1.0]]`.

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
# ### A deep network with any hidden activation
#
# You built deep networks in lesson 03 from small blocks. You met `linear_backward` in section 4; here are three
# more, complete and as you wrote them there: the linear step forward, the cost, and the update.

# %% given="backpropagation.linear_forward"

# %% given="backpropagation.compute_cost"

# %% given="backpropagation.update_parameters"

# %% [markdown]
# Lesson 03's `L_model_forward` and `L_model_backward` always use ReLU in the hidden layers. This lesson needs
# to choose, so the cell below chains the same blocks with the hidden activation as an argument: `HIDDEN` maps a
# name to your forward and backward functions (plus the identity, for the linear network). The output layer
# is a sigmoid, and, as in lesson 03, the gradient through it and the cross-entropy is $dZ^{[L]} = A^{[L]} - Y$.
# `init_net` draws weights with standard deviation $1/\sqrt{n^{[l-1]}}$ rather than lesson 03's $0.01$, a
# choice the next lesson explains.

# %%
HIDDEN = {"linear": (lambda Z: Z, lambda dA, Z: dA), "sigmoid": (sigmoid, sigmoid_backward),
          "tanh": (tanh, tanh_backward), "relu": (relu, relu_backward)}


def init_net(layer_dims, rng):
    """Weights ~ N(0, 1/n[l-1]), drawn layer by layer, and zero biases."""
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) / np.sqrt(layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def net_forward(X, parameters, activation):
    """[LINEAR -> activation] x (L-1) -> LINEAR -> SIGMOID: the output A[L], shape (1, m), and the caches."""
    g = HIDDEN[activation][0]
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z, linear_cache = linear_forward(A, parameters[f"W{l}"], parameters[f"b{l}"])
        caches.append((linear_cache, Z))
        A = g(Z) if l < L else sigmoid(Z)
    return A, caches


def train_net(X, Y, parameters, activation, num_iterations, learning_rate):
    """Gradient descent on the cross-entropy cost; returns the trained parameters and the cost at every step."""
    g_backward = HIDDEN[activation][1]
    costs = []
    for i in range(num_iterations):
        AL, caches = net_forward(X, parameters, activation)
        costs.append(compute_cost(AL, Y))
        grads, dZ = {}, AL - Y
        for l in range(len(caches), 0, -1):
            dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = linear_backward(dZ, caches[l - 1][0])
            if l > 1:
                dZ = g_backward(dA_prev, caches[l - 2][1])  # through the activation of layer l - 1
        parameters = update_parameters(parameters, grads, learning_rate)
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
    print(f"hidden activation {activation:>6}: cost after 1000 steps {costs[-1]:.4f}, training accuracy {accuracy:.1%}")
    plot_decision_boundary(ax, X, Y, trained, activation,
                           f"hidden activation: {activation}; training accuracy {accuracy:.1%}")
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
# lies exactly on it). It is right on about half of the points, and its cost ends at $\log 2 \approx 0.693$,
# the cost of answering 1/2 for every example. The ReLU network of the very same size bends its boundary
# around the inner class and gets almost every point right.
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
# On its way from the output back to layer 1, the gradient is multiplied by $g'$ once per hidden layer. The
# picture is clearest in a chain with one sigmoid unit per layer, $z_{l+1} = w_{l+1}\,\sigma(z_l) + b_{l+1}$:
# by the chain rule each link multiplies the gradient by $\partial z_{l+1} / \partial z_l = \sigma'(z_l)\,w_{l+1}$,
# and $\sigma' \le 1/4$ (question 1).
#
# ![A chain z1 to z5 to the loss L; each link is labelled sigma'(z_l) w_(l+1) with sigma' at most 1/4. The backward arrows get four times thinner at every link, and bars under the units show the largest possible size of dL/dz_l: 1, 1/4, 1/16, 1/64 and 1/256 from z5 back to z1.](attachment:04_vanishing_chain.svg)
#
# With weights of size about 1, the derivatives alone shrink the gradient by a factor of at least
# $4^9 \approx 260\,000$ over nine hidden sigmoid layers, and by far more where units saturate. The first
# layers then barely change: the deep network trains no better than a shallow one, if at all. This is the
# **vanishing gradient problem**. Tanh's derivative is at most 1 and is close to 1 near $z = 0$, so it suffers
# less; ReLU's derivative is exactly 1 for active units, so the gradient reaches the first layers with its size
# roughly intact.
#
# Let us measure it.
#
# ### Exercise 10: gradient_norms_by_layer
#
# Implement `gradient_norms_by_layer(X, Y, parameters, activation)` for the network
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
#
# Expected: the worked example of the test is a small two-layer ReLU network,
#
# ```python
# X = np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]])
# Y = np.array([[1.0, 0.0, 1.0]])
# parameters = {"W1": np.array([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.5]]), "b1": np.array([[0.1], [0.0], [-0.2]]),
#               "W2": np.array([[1.0, -2.0, 0.5]]), "b2": np.array([[0.3]])}
# ```
#
# for which `gradient_norms_by_layer(X, Y, parameters, "relu")` returns `[0.966199024066757, 0.4615982687400989]`.

# %% exercise="gradient_norms_by_layer"

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
    ratio = norms[0] / norms[-1]
    print(f"{activation:>7}: ||dW1|| / ||dW10|| = {ratio:.1e}, on average a factor {ratio ** (-1 / 9):.1f}"
          " smaller per layer")
    ax.semilogy(layers, norms, "o-", label=f"{activation} (layer 1 / layer 10: {ratio:.1e})")
ax.set_title("Gradient size per layer in a 10-layer network, before training")
ax.set_xlabel("layer l")
ax.set_ylabel("||dW[l]|| (log scale)")
ax.set_xticks(layers)
ax.legend()
plt.show()

# %% [markdown]
# With sigmoid hidden layers the gradient of the first layer is millions of times smaller than the last
# layer's: it shrinks by a factor of about 5 per layer, a little more than the 4 that $\sigma' \le 1/4$ alone
# guarantees. With tanh and ReLU the gradient of layer 1 is within a factor of about 5 of layer 10's.
#
# ### Question 4: which network stays at log 2
#
# What this does to training: the next cell trains three 8-layer networks (10 units per hidden layer) on the
# circles, with sigmoid, tanh and ReLU hidden layers. They start from the same weights and take 600 steps of
# gradient descent with the same learning rate. One or more of the training curves will go down to about
# $\log 2 \approx 0.693$, the cost of answering 1/2 for every example, and stay flat there. Which?
#
# - **(a)** the tanh network's
# - **(b)** the sigmoid network's
# - **(c)** the ReLU network's
# - **(d)** all three: 8 layers are too many for 600 steps of plain gradient descent
#
# Write your choice in the cell below as `q_flat_curve = "a"`, `"b"`, `"c"` or `"d"`, then run its test.

# %% question="q_flat_curve"

# %%
X, Y = datasets.circles(200, rng=np.random.default_rng(1))
start = init_net([2] + [10] * 7 + [1], np.random.default_rng(3))
fig, ax = plt.subplots(figsize=(7, 4))
for activation in ["sigmoid", "tanh", "relu"]:
    trained, costs = train_net(X, Y, start, activation, num_iterations=600, learning_rate=0.05)
    moved = np.linalg.norm(trained["W1"] - start["W1"]) / np.linalg.norm(start["W1"])
    print(f"{activation:>7}: cost at step 0 {costs[0]:.4f}, step 50 {costs[50]:.4f}, step 599 {costs[-1]:.4f};"
          f" W1 moved by {moved:.1e} of its size")
    ax.plot(costs, label=activation)
ax.axhline(np.log(2), color="gray", linestyle=":", label="log 2: answering 1/2 everywhere")
ax.set_title("Training an 8-layer network on the circles")
ax.set_xlabel("iteration")
ax.set_ylabel("cross-entropy cost")
ax.legend()
plt.show()

# %% [markdown]
# The tanh and ReLU networks learn the circles. The sigmoid network reaches $\log 2$ within about 50 steps and
# stays there: it answers about 1/2 for every example. Its first layer, whose gradient vanishes, has hardly
# moved (the last number printed), while the other two networks changed theirs substantially. Depth alone is
# not the problem: the tanh and ReLU networks are just as deep.
#
# ## 8. Common misconceptions
#
# > - **"ReLU is the best activation, so use it everywhere."** ReLU is the default for *hidden* layers. The
# >   output layer's activation is chosen by what the output must be: the sigmoid when it is a probability in
# >   $(0, 1)$, tanh when it must stay in $(-1, 1)$ (a steering angle, a value scaled to $[-1, 1]$, ...), the
# >   identity for an unbounded real number. A ReLU output can be any number from 0 up: never negative, and
# >   with no upper bound.
# > - **"ReLU's gradient never vanishes."** Only where the unit is active. Where $z \le 0$ its gradient is exactly
# >   0, and a unit that is inactive on every example is **dead**: its weights never change again (section 4).
# >   Leaky ReLU is the usual remedy.
# > - **"More layers always make a network more expressive."** Not without a non-linearity between them: any
# >   stack of linear layers is one linear layer (section 6).
# > - **"Deep networks can't be trained by gradient descent."** Section 7's 8-layer tanh and ReLU networks
# >   trained fine; what stopped the sigmoid one is that every layer multiplies the gradient by at most 1/4.
#
# ## 9. Summary
#
# | activation | range | derivative | use |
# | --- | --- | --- | --- |
# | sigmoid | $(0, 1)$ | $\sigma(1 - \sigma) \le 1/4$ | output layer of a binary classifier |
# | tanh | $(-1, 1)$ | $1 - \tanh^2 \le 1$ | hidden layers, when a smooth centred function is wanted; outputs bounded in $(-1, 1)$ |
# | ReLU | $[0, \infty)$ | 0 or 1 | the default for hidden layers |
# | leaky ReLU | $\mathbb{R}$ | $\alpha$ or 1 | hidden layers, when dead ReLU units are a problem |
#
# - Without a non-linear activation, any number of layers collapses to a single linear layer.
# - Sigmoid and tanh saturate: for large $|z|$ their derivative is nearly 0. Multiplied over many layers,
#   small derivatives make the gradient vanish before it reaches the first layers.
# - ReLU passes the gradient unchanged through active units, but a unit that is never active is dead for good;
#   leaky ReLU keeps a small gradient on the negative side.
# - How large $Z$ gets depends on the scale of the initial weights. The next lesson, on initialization,
#   chooses that scale so that signals neither vanish nor explode.
#
# ## 10. Things to explore
#
# - **Leaky ReLU in the deep network.** Add `"leaky_relu": (leaky_relu, leaky_relu_backward)` to `HIDDEN` and
#   rerun the gradient-size plot and the training curves of section 7 with it. Does it behave like ReLU?
# - **The scale of the weights.** Multiply every weight of `deep` by 3, then by 1/3, and redraw the gradient-size
#   plot. Which activation is most sensitive to the scale? (This is the subject of the next lesson.)
# - **Counting dead units.** After training the 8-layer ReLU network of section 7, count the hidden units whose
#   $Z$ is $\le 0$ for every example (use `net_forward`'s caches). Does a larger learning rate, say 0.5, kill more?
# - **Patience.** Train the sigmoid network of section 7 for 5000 steps, or with a larger learning rate. Does it
#   ever leave $\log 2$?
# - **How narrow can a linear network be?** Collapse a linear network with layer sizes `[3, 1, 3]` and print the
#   rank of `W` (`np.linalg.matrix_rank`). What does a narrow hidden layer limit, even without non-linearity?

# %% [markdown]
# # 02 A shallow neural network
#
# Logistic regression, the single sigmoid neuron of module 01, can only separate two classes with a straight
# line (a flat plane, in more dimensions). In this lesson you put a **hidden layer** of neurons in front of it.
# Each hidden neuron draws its own line; the output neuron combines them, and the decision boundary can bend
# around the data. The network you build has one hidden layer with the $\tanh$ activation and a sigmoid output
# unit, and you write every piece of it yourself: the forward pass, the cost, backpropagation, gradient
# descent and prediction.
#
# You will write eight functions, in this order:
#
# | function | what it does |
# | --- | --- |
# | `layer_sizes(X, Y, n_h)` | the number of units in each layer, read from the data |
# | `initialize_parameters(n_x, n_h, n_y, rng)` | small random weights, zero biases |
# | `forward_propagation(X, parameters)` | the network's output probabilities, and a cache for the way back |
# | `compute_cost(A2, Y)` | the cross-entropy cost |
# | `backward_propagation(parameters, cache, X, Y)` | the gradient of the cost, by the chain rule |
# | `update_parameters(parameters, grads, learning_rate)` | one step of gradient descent |
# | `nn_model(X, Y, n_h, ...)` | the whole training loop |
# | `predict(parameters, X)` | labels 0 or 1 |
#
# As in module 01: replace the `raise NotImplementedError()` line of each exercise cell with your code, run the
# cell, then run the test cell under it. The test names the case that went wrong (the first is always the small
# worked example of section 3, whose call it shows) and, when it recognises a common slip, says which one. Run
# the cells from top to bottom: later cells use the functions you wrote in earlier ones.
#
# Along the way the lesson asks you to **predict** before it shows: two questions are checked automatically
# (write your answer in the cell under the question, then run its test), two are written answers that your
# instructor reads.
#
# **Contents**
#
# 1. [From one neuron to a layer](#1.-From-one-neuron-to-a-layer)
# 2. [A data set that no straight line separates](#2.-A-data-set-that-no-straight-line-separates)
# 3. [The network](#3.-The-network):
#    [Exercise 1](#Exercise-1:-layer_sizes), [Exercise 2](#Exercise-2:-initialize_parameters),
#    [Exercise 3](#Exercise-3:-forward_propagation), [Exercise 4](#Exercise-4:-compute_cost)
# 4. [Tuning a two-node network by hand](#4.-Tuning-a-two-node-network-by-hand)
# 5. [Backpropagation](#5.-Backpropagation):
#    [Exercise 5](#Exercise-5:-backward_propagation), [Exercise 6](#Exercise-6:-update_parameters)
# 6. [Training](#6.-Training): [Exercise 7](#Exercise-7:-nn_model), [Exercise 8](#Exercise-8:-predict)
# 7. [Hyperparameters](#7.-Hyperparameters)
# 8. [Why the weights start random](#8.-Why-the-weights-start-random)
# 9. [Summary](#9.-Summary)
# 10. [Things to explore](#10.-Things-to-explore)

# %%
import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. From one neuron to a layer
#
# A neuron takes inputs $a_1, \dots, a_n$, forms a weighted sum plus a bias and passes it through an
# activation function $g$:
#
# $$z = w_1 a_1 + w_2 a_2 + \dots + w_n a_n + b = w \cdot a + b, \qquad \text{output } g(z).$$
#
# With $g = \sigma$ this is exactly logistic regression. A **layer** is several neurons that all read the same
# inputs, each with its own weights and its own bias. Write the weights of neuron $j$ as the $j$-th **row** of a
# matrix $W$ and the biases as a column $b$. Then all the weighted sums come out of one matrix-vector product:
#
# $$z = W a + b, \qquad W \text{ of shape } (n^{[1]}, n^{[0]}), \quad a \text{ of shape } (n^{[0]}, 1),
# \quad b \text{ and } z \text{ of shape } (n^{[1]}, 1),$$
#
# where $n^{[0]}$ is the number of inputs and $n^{[1]}$ the number of neurons in the layer. Entry $j$ of $z$ is
# row $j$ of $W$ times $a$, plus $b_j$: neuron $j$'s weighted sum.
#
# Now do it for all $m$ examples at once. As in module 01, the examples are the **columns** of
# $X = [x^{(1)}, \dots, x^{(m)}]$, shape $(n^{[0]}, m)$. Then
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]} \qquad (n^{[1]}, n^{[0]}) \times (n^{[0]}, m) \to (n^{[1]}, m).$$
#
# ![A layer as matrices drawn as grids of cells: W1 of shape (n1, n0), here 3 by 2, times X of shape (n0, m),
# here 2 by 5, plus b1 of shape (n1, 1), copied to all m columns, gives Z1 of shape (n1, m), 3 by 5. Row 2 of
# W1 and column 4 of X are highlighted, and so is the entry of Z1 in row 2, column 4 that they
# produce.](attachment:02_layer_shapes.svg)
#
# The picture is the cell below: $n^{[1]} = 3$ neurons, $n^{[0]} = 2$ features, $m = 5$ examples. Row $j$ of
# $W^{[1]}$ (neuron $j$'s weights) times column $i$ of $X$ (example $i$) gives entry $(j, i)$ of $Z^{[1]}$:
# neuron $j$'s weighted sum for example $i$. The inner sizes of the product match ($n^{[0]}$, the features);
# the result has one row per neuron and one column per example. The bias $b^{[1]}$ has a single column, and NumPy
# **broadcasts** it: it adds that column to each of the $m$ columns, as if it had been copied $m$ times. The
# layer's output $A^{[1]} = g(Z^{[1]})$, again of shape $(n^{[1]}, m)$, is in exactly the form the next layer
# needs as its input, so a whole network becomes a chain of such products, with no loop over the examples.
#
# The cell computes the layer twice: with explicit loops over neurons and examples, and with one line.

# %%
rng = np.random.default_rng(0)
W = rng.standard_normal((3, 2))  # 3 neurons, each with 2 weights: one row per neuron
b = rng.standard_normal((3, 1))  # one bias per neuron, a column
X_small = rng.standard_normal((2, 5))  # 5 examples with 2 features, one column per example

Z_loop = np.zeros((3, 5))
for i in range(5):  # every example
    for j in range(3):  # every neuron
        Z_loop[j, i] = W[j, 0] * X_small[0, i] + W[j, 1] * X_small[1, i] + b[j, 0]

Z = W @ X_small + b  # b of shape (3, 1) is added to each of the 5 columns
print("W:", W.shape, " X:", X_small.shape, " b:", b.shape, " ->  Z:", Z.shape)
print("the loops and W @ X + b agree:", np.allclose(Z, Z_loop))

# %% [markdown]
# The output layer of our network is one sigmoid neuron, as in module 01. Here is a sigmoid you can use
# throughout the lesson. It is the numerically careful version: it only ever takes `np.exp` of $-|z|$, which
# cannot overflow.

# %% given="sigmoid"

# %% [markdown]
# ## 2. A data set that no straight line separates
#
# `datasets.circles` makes points in the plane: a ring of class 0 around a smaller ring of class 1, with some
# noise. There are two features (the coordinates $x_1$, $x_2$), so $X$ has shape $(2, m)$ and we can look at the
# whole problem at once.

# %%
X, Y = datasets.circles(m=400, noise=0.1, rng=np.random.default_rng(1))
print("X:", X.shape, " Y:", Y.shape, f"  {int(Y.sum())} points of class 1, {int((1 - Y).sum())} of class 0")

plt.figure(figsize=(4.5, 4.5))
plt.scatter(X[0], X[1], c=Y[0], cmap="coolwarm", vmin=0, vmax=1, s=12, edgecolors="k", linewidths=0.2)
plt.title("The circles data set (red: y = 1, blue: y = 0)")
plt.xlabel("$x_1$")
plt.ylabel("$x_2$")
plt.gca().set_aspect("equal")
plt.show()

# %% [markdown]
# To draw what a classifier does, colour every point of a fine grid over the plane by the label the classifier
# gives it. The grid points are stacked as columns, just like examples, so any function that labels an $X$ of
# shape $(2, m)$ can label the grid in one call.

# %%
def plot_decision_boundary(ax, predict_fn, X, Y, title):
    """Colour the plane by predict_fn's label (0 blue, 1 red) and draw the data on top."""
    x1, x2 = np.meshgrid(np.linspace(X[0].min() - 0.25, X[0].max() + 0.25, 200),
                         np.linspace(X[1].min() - 0.25, X[1].max() + 0.25, 200))
    grid = np.vstack([x1.ravel(), x2.ravel()])  # shape (2, 40000): one column per grid point
    labels = predict_fn(grid).reshape(x1.shape)
    ax.contourf(x1, x2, labels, levels=[-0.5, 0.5, 1.5], colors=["#c6dbef", "#fcbba1"])
    ax.scatter(X[0], X[1], c=Y[0], cmap="coolwarm", vmin=0, vmax=1, s=10, edgecolors="k", linewidths=0.2)
    ax.set_title(title)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    ax.set_aspect("equal")


# %% [markdown]
# ### The baseline: logistic regression
#
# First the model of module 01, a single sigmoid unit $\hat{y} = \sigma(w^T x + b)$, trained by gradient descent
# on the cross-entropy. It is only a few lines, so it is written out here. It predicts 1 where
# $w^T x + b > 0$: on one side of a straight line.

# %%
m = X.shape[1]
w_lr, b_lr = np.zeros((2, 1)), 0.0
for i in range(1000):
    dZ = sigmoid(w_lr.T @ X + b_lr) - Y  # (1, m): each example's error
    w_lr = w_lr - 0.5 * (X @ dZ.T) / m
    b_lr = b_lr - 0.5 * float(np.sum(dZ)) / m


def predict_logistic(X):
    return (sigmoid(w_lr.T @ X + b_lr) > 0.5).astype(float)


accuracy_lr = np.mean(predict_logistic(X) == Y)
A_lr = sigmoid(w_lr.T @ X + b_lr)
cost_lr = float(-np.mean(Y * np.log(A_lr) + (1 - Y) * np.log(1 - A_lr)))
print("w =", np.round(w_lr.ravel(), 3), "  b =", round(b_lr, 4), f"  cost = {cost_lr:.4f}")
fig, ax = plt.subplots(figsize=(4.5, 4.5))
plot_decision_boundary(ax, predict_logistic, X, Y, f"Logistic regression: {100 * accuracy_lr:.1f}% correct")
plt.show()

# %% [markdown]
# About half the points are right, no better than a coin, and the weights it found (printed above) are close
# to zero: the best it could do was to predict about $0.5$ everywhere, for a cost of about $\log 2 = 0.693$. Whatever line it chooses, the inner ring has outer points on
# both sides of it. To enclose a region the boundary has to bend, and a single neuron cannot bend it.
#
# ## 3. The network
#
# Our network has three layers: the **input layer** is the $n_x$ features of an example (it computes nothing),
# the **hidden layer** has $n_h$ neurons with the $\tanh$ activation, and the **output layer** is one sigmoid
# neuron. "Hidden" because the training data says what the output should be, but nothing about the values in
# between: the network has to find useful ones itself.
#
# ![The network of this lesson: two inputs x1 and x2, each connected to all four tanh hidden units, which are
# all connected to one sigmoid output unit that gives y-hat. Between inputs and hidden layer: W1 of shape
# (n_h, n_x) and b1 of shape (n_h, 1); between hidden layer and output: W2 of shape (1, n_h) and b2 of shape
# (1, 1). Under the layers, for all m examples: X = A0 of shape (n_x, m), A1 of shape (n_h, m), A2 of shape
# (1, m).](attachment:02_network.svg)
#
# For a single example $x$:
#
# $$z^{[1]} = W^{[1]} x + b^{[1]}, \qquad a^{[1]} = \tanh(z^{[1]}), \qquad
# z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}, \qquad \hat{y} = a^{[2]} = \sigma(z^{[2]}).$$
#
# The superscript in square brackets numbers the layer. With the examples as columns, the same four lines
# handle all of them at once:
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]}, \qquad A^{[1]} = \tanh(Z^{[1]}), \qquad
# Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}, \qquad A^{[2]} = \sigma(Z^{[2]}).$$
#
# | quantity | shape | in the code |
# | --- | --- | --- |
# | $X$ | $(n_x, m)$ | `X` |
# | $W^{[1]}$, $b^{[1]}$ | $(n_h, n_x)$, $(n_h, 1)$ | `parameters["W1"]`, `parameters["b1"]` |
# | $Z^{[1]}$, $A^{[1]}$ | $(n_h, m)$ | `Z1`, `A1` |
# | $W^{[2]}$, $b^{[2]}$ | $(n_y, n_h)$, $(n_y, 1)$ | `parameters["W2"]`, `parameters["b2"]` |
# | $Z^{[2]}$, $A^{[2]}$ | $(n_y, m)$ | `Z2`, `A2` |
#
# Each $W^{[l]}$ has one row per neuron of layer $l$ and one column per neuron of the layer before; here
# $n_y = 1$. Row $j$ of $A^{[1]}$ is hidden neuron $j$'s output on every example: you can think of the hidden
# layer as computing $n_h$ new features of each example, and of the output neuron as a logistic regression
# on those features instead of on $x$.
#
# **Why a non-linear activation?** Without $\tanh$ the hidden layer would be wasted. Two linear layers in a
# row are one linear layer: $W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} = (W^{[2]} W^{[1]})\, x + (W^{[2]} b^{[1]}
# + b^{[2]})$, a single weight matrix and a single bias. However many linear layers we stack, the boundary stays
# a straight line. The non-linearity is what lets the layers add up to more than one of them.
#
# **The $\tanh$ function.** $\tanh(z) = \frac{e^z - e^{-z}}{e^z + e^{-z}}$ has the S shape of the sigmoid, but
# runs from $-1$ to $1$ and is centred on $0$ (in fact $\tanh(z) = 2\sigma(2z) - 1$). Both flatten out for large
# $|z|$, where their slope is almost $0$.
# Why the hidden layer uses $\tanh$ and the output the sigmoid is a question of section 7, which tries the
# other choice. The derivative of $\tanh$ is
#
# $$\tanh'(z) = 1 - \tanh^2(z),$$
#
# which we will need for backpropagation: since $A^{[1]} = \tanh(Z^{[1]})$ is computed anyway, the slope at
# every hidden unit is simply $1 - (A^{[1]})^2$.
#
# ### A worked example
#
# The tests of this lesson start with this small network: $n_x = 2$ features, $n_h = 3$ hidden units, one
# output, and $m = 4$ examples. Use it to try your functions by hand.

# %%
X_ex = np.array([[1.0, -0.5, 2.0, 0.0],
                 [0.5, 1.5, -1.0, -2.0]])
Y_ex = np.array([[1.0, 0.0, 1.0, 0.0]])
parameters_ex = {"W1": np.array([[0.5, -1.0], [1.0, 0.25], [-0.75, 0.5]]),
                 "b1": np.array([[0.1], [-0.2], [0.0]]),
                 "W2": np.array([[1.0, -0.5, 0.75]]),
                 "b2": np.array([[0.2]])}

# %% [markdown]
# ### Exercise 1: `layer_sizes`
#
# Return the tuple `(n_x, n_h, n_y)`: `n_x` is the number of features of an example, `n_y` the number of output
# units, both read from the shapes of `X` $(n_x, m)$ and `Y` $(n_y, m)$, and `n_h` is the argument you are given.
# Each example is a column, so a feature is a row: the number you want is the number of rows, not of columns.
#
# Expected: `layer_sizes(X_ex, Y_ex)` gives `(2, 4, 1)` (4 is the default `n_h`).

# %% exercise="layer_sizes"

# %%
print("worked example:", layer_sizes(X_ex, Y_ex))
print("circles, 5 hidden units:", layer_sizes(X, Y, n_h=5))

# %% [markdown]
# ### Exercise 2: `initialize_parameters`
#
# Return the dict `{"W1": ..., "b1": ..., "W2": ..., "b2": ...}` with
#
# - `W1` $= 0.01 \times$ standard normal numbers of shape $(n_h, n_x)$, and `b1` zeros of shape $(n_h, 1)$;
# - `W2` $= 0.01 \times$ standard normal numbers of shape $(n_y, n_h)$, and `b2` zeros of shape $(n_y, 1)$.
#
# Draw the random numbers from the generator `rng` that is passed in, with `rng.standard_normal(shape)`, `W1`
# first and then `W2`, so that the same generator always gives the same network (the tests rely on it). Do not
# use the global `np.random.randn`: its results depend on everything else that ran before.
#
# **Why random?** If every hidden unit started with the same weights, every unit would compute the same
# function and receive the same gradient, and the units would stay copies of each other for good. Section 8
# shows it. Random weights make the units different from the start; the biases can start at zero, since the
# weights already break the symmetry.
#
# **Why small?** With weights near zero, every $z^{[1]}$ is near zero, where $\tanh$ is steep and its gradient
# large. Large weights push the units into the flat ends of $\tanh$, where learning crawls. (The factor $0.01$
# suits a small network like this one; module 05 shows how to choose the scale for deep ones.)
#
# Expected: `initialize_parameters(2, 4, 1, np.random.default_rng(1))` gives `W1` =
# `[[0.00345584, 0.00821618], [0.00330437, -0.01303157], [0.00905356, 0.00446375], [-0.00536953, 0.00581118]]`,
# `W2` = `[[0.00364572, 0.00294132, 0.00028422, 0.00546713]]` and zero biases of shapes `(4, 1)` and `(1, 1)`.

# %% exercise="initialize_parameters"

# %%
parameters = initialize_parameters(2, 4, 1, np.random.default_rng(1))
for key, value in parameters.items():
    print(f"{key}: shape {value.shape}")
print("W1 =\n", parameters["W1"])

# %% [markdown]
# ### Exercise 3: `forward_propagation`
#
# Compute, for all examples at once,
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]}, \quad A^{[1]} = \tanh(Z^{[1]}), \quad Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]},
# \quad A^{[2]} = \sigma(Z^{[2]}),$$
#
# using `np.tanh` and the `sigmoid` above, and `@` (or `np.dot`) for the matrix products. Return `A2`, of shape
# $(n_y, m)$, and the **cache** `{"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}`: the intermediate values that
# backpropagation needs, kept so that they do not have to be computed again. No transposes are needed on the
# way forward: the shapes in the table of section 3 already fit.
#
# Expected: `forward_propagation(X_ex, parameters_ex)` gives `A2` = `[[0.3986611, 0.50878126, 0.49763464,
# 0.71124538]]`, with `Z1` and `A1` of shape `(3, 4)` and `Z2` of shape `(1, 4)` in the cache; the first column
# of `Z1` is `[0.1, 0.925, -0.5]`.

# %% exercise="forward_propagation"

# %%
A2_ex, cache_ex = forward_propagation(X_ex, parameters_ex)
print("A2 =", A2_ex)
print({key: value.shape for key, value in cache_ex.items()})

# %% [markdown]
# ### Exercise 4: `compute_cost`
#
# The cost is the same cross-entropy as in module 01, averaged over the $m$ examples:
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \Big( y^{(i)} \log a^{[2](i)} + (1 - y^{(i)}) \log\big(1 - a^{[2](i)}\big) \Big).$$
#
# `A2` and `Y` both have shape $(1, m)$: compute the element-wise terms with `*` and `np.log`, sum them, divide by
# $m$ = `Y.shape[1]`, and return a Python `float` (`float(...)` turns a NumPy number into one).
#
# Expected: `compute_cost(np.array([[0.8, 0.1, 0.6, 0.3]]), Y_ex)` gives `0.2990011586691898`.

# %% exercise="compute_cost"

# %%
A2_ex, _ = forward_propagation(X_ex, parameters_ex)
print("cost of the worked example:", compute_cost(A2_ex, Y_ex))
print("cost when every prediction is 0.5 (log 2 = 0.6931...):", compute_cost(np.full((1, 4), 0.5), Y_ex))

# %% [markdown]
# ## 4. Tuning a two-node network by hand
#
# Training means finding weights that make the cost small. Before handing that job to gradient descent, do it
# yourself on the smallest network there is: one input $x$, one $\tanh$ hidden unit and one sigmoid output
# unit, two nodes in all. To keep it to one knob, the hidden unit's weight is fixed at $w_1 = 1$ and both
# biases at $0$; only the output weight $w$ is free.
#
# ![The two-node network: the input x goes through a tanh unit with weight w1 = 1 and bias b1 = 0, giving
# a = tanh(x), then through a sigmoid unit with weight w and bias b2 = 0, giving y-hat = sigma(w a).
# ](attachment:02_two_nodes.svg)
#
# It is the network of section 3 with $n_x = n_h = n_y = 1$, so your `forward_propagation` and `compute_cost`
# run it as they are. The data are six points on a line, and they cannot all be right: the point at
# $x = -0.5$ has label 1 and the one at $x = 0.5$ has label 0, against the trend of the others.
#
# Run the cell, then change the list of values of `w` and run it again: how low can you get the cost?

# %%
x_two = np.array([[-2.0, -1.0, -0.5, 0.5, 1.0, 2.0]])  # 6 examples with 1 feature: shape (1, 6)
y_two = np.array([[0.0, 0.0, 1.0, 0.0, 1.0, 1.0]])


def two_node_cost(w):
    """The cost of the two-node network with output weight w (w1 = 1, b1 = b2 = 0) on x_two, y_two."""
    parameters = {"W1": np.array([[1.0]]), "b1": np.zeros((1, 1)), "W2": np.array([[w]]), "b2": np.zeros((1, 1))}
    A2, _ = forward_propagation(x_two, parameters)
    return compute_cost(A2, y_two)


for w in [-2.0, 0.0, 2.0]:  # try other values too
    print(f"w = {w:5.2f}   cost = {two_node_cost(w):.4f}")

# %% [markdown]
# With $w = -2$ the network predicts the opposite of the trend and the cost is high; $w = 0$ gives $0.5$ for
# every point, a cost of $\log 2 = 0.6931$; $w = 2$ is better. Searching by hand works for one weight. It does
# not for the thousands of a real network, and even here it needs many tries. What we want is a rule that says,
# from where we stand, which way to move.
#
# That rule is the **slope** $\frac{dJ}{dw}$. It is measured the way you would measure it by hand: nudge $w$ a
# tiny $\varepsilon$ each way and look at the change of the cost,
#
# $$\frac{dJ}{dw} \approx \frac{J(w + \varepsilon) - J(w - \varepsilon)}{2\varepsilon}.$$
#
# A positive slope means that the cost rises as $w$ grows; a negative slope, that it falls as $w$ grows.

# %%
def two_node_slope(w, eps=1e-6):
    """dJ/dw of the two-node network at w, by central differences."""
    return (two_node_cost(w + eps) - two_node_cost(w - eps)) / (2 * eps)


print(f"at w = 4:  cost {two_node_cost(4.0):.4f},  slope dJ/dw = {two_node_slope(4.0):+.4f}")

# %% [markdown]
# ### Question 1: which way?
#
# At $w = 4$ the slope $\frac{dJ}{dw}$ is positive. To lower the cost, should $w$
#
# - **(a)** go up, to a value above 4,
# - **(b)** go down, to a value below 4,
# - **(c)** the slope cannot say: you need to know the cost at other values of $w$ first?
#
# Write your choice in the cell below as `q_slope_direction = "a"`, `"b"` or `"c"`, then run its test.

# %% question="q_slope_direction"

# %% [markdown]
# The plot settles it: the cost for every $w$ between $-3$ and $7$, with the tangent line (the slope) at two
# points, and an arrow from each point in the direction that the step against the slope takes.

# %%
ws = np.linspace(-3, 7, 201)
fig, ax = plt.subplots(figsize=(6.5, 4))
ax.plot(ws, [two_node_cost(w) for w in ws], color="k", label="cost J(w)")
for w0, colour in [(-1.0, "tab:blue"), (4.0, "tab:red")]:
    J0, slope = two_node_cost(w0), two_node_slope(w0)
    ax.plot([w0 - 1.5, w0 + 1.5], [J0 - 1.5 * slope, J0 + 1.5 * slope], "--", color=colour,
            label=f"tangent at w = {w0:g}, slope {slope:+.3f}")
    ax.annotate("", xy=(w0 - 1.2 * np.sign(slope), J0), xytext=(w0, J0),
                arrowprops={"arrowstyle": "->", "color": colour, "lw": 2})
    ax.plot(w0, J0, "o", color=colour)
ax.set_xlabel("w")
ax.set_ylabel("cost J")
ax.set_title("The two-node network: cost against the output weight")
ax.legend()
plt.show()

# %% [markdown]
# Where the slope is positive ($w = 4$), the cost goes down to the left: $w$ must decrease. Where it is negative
# ($w = -1$), the cost goes down to the right: $w$ must increase. In both cases the step goes **against the
# slope**, which is the gradient-descent update of module 01:
#
# $$w := w - \alpha \frac{dJ}{dw}.$$
#
# The size of the slope also matters: far from the bottom the curve is steep and the steps are long, near the
# bottom it flattens and the steps shrink by themselves. The loop below lets gradient descent do the tuning,
# from $w = 4$ with the learning rate $\alpha = 5$.

# %%
w = 4.0
for step in range(13):
    slope = two_node_slope(w)
    print(f"step {step:2d}:  w = {w:7.4f}   cost = {two_node_cost(w):.4f}   slope = {slope:+.4f}")
    w = w - 5.0 * slope

# %% [markdown]
# A dozen steps take $w$ to about $1.72$, at the bottom of the curve: the slope has shrunk to almost $0$ and
# the cost to about $0.527$, lower than any of the values tried above.
#
# The network of this lesson has many weights, and the cost depends on all of them. The same rule holds for
# each one: its partial derivative $\frac{\partial J}{\partial w}$ says which way, and how steeply. We could
# measure each by nudging, but that costs two forward passes per weight. **Backpropagation**, next, computes
# all of them exactly, in one backward pass.

# %% [markdown]
# ## 5. Backpropagation
#
# Gradient descent needs the derivative of the cost with respect to every weight and bias. As in module 01 we
# follow the computation backwards with the chain rule, one step at a time. Write $dv$ for the derivative of the
# loss with respect to $v$. For a single example:
#
# - **Output layer.** Loss and sigmoid together give the same result as in module 01: $dz^{[2]} = a^{[2]} - y$.
# - $z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}$, so $dW^{[2]} = dz^{[2]}\, a^{[1]T}$ (entry $(1, j)$ is $dz^{[2]}$
#   times $a^{[1]}_j$, the input that weight multiplies) and $db^{[2]} = dz^{[2]}$.
# - The error flows back into the hidden layer through the same weights: $da^{[1]} = W^{[2]T} dz^{[2]}$. Hidden
#   unit $j$ receives the output error scaled by the weight $W^{[2]}_{1j}$ that connects it to the output.
#   The transpose turns the $(1, n_h)$ row into an $(n_h, 1)$ column, one value per hidden unit.
# - $a^{[1]} = \tanh(z^{[1]})$, so multiply by the slope of $\tanh$, element by element:
#   $dz^{[1]} = da^{[1]} * \big(1 - (a^{[1]})^2\big)$.
# - $z^{[1]} = W^{[1]} x + b^{[1]}$, so $dW^{[1]} = dz^{[1]} x^T$ and $db^{[1]} = dz^{[1]}$.
#
# The cost is the mean of the $m$ losses, so its gradient is the mean of theirs. With the examples in columns,
# $dZ^{[2]} = A^{[2]} - Y$ and $dZ^{[1]}$ have one column per example, and the matrix products do the summing over
# examples for us:
#
# $$dZ^{[2]} = A^{[2]} - Y, \qquad dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}, \qquad
# db^{[2]} = \frac{1}{m} \sum_{i=1}^m dZ^{[2](i)},$$
#
# $$dZ^{[1]} = W^{[2]T} dZ^{[2]} * \big(1 - (A^{[1]})^2\big), \qquad dW^{[1]} = \frac{1}{m} dZ^{[1]} X^T, \qquad
# db^{[1]} = \frac{1}{m} \sum_{i=1}^m dZ^{[1](i)}.$$
#
# Check the shapes, it is the best guard against slips: $dZ^{[2]} A^{[1]T}$ is $(1, m)(m, n_h) = (1, n_h)$, the shape
# of $W^{[2]}$; $W^{[2]T} dZ^{[2]}$ is $(n_h, 1)(1, m) = (n_h, m)$, the shape of $Z^{[1]}$; $dZ^{[1]} X^T$ is
# $(n_h, m)(m, n_x) = (n_h, n_x)$, the shape of $W^{[1]}$. **Every gradient has the shape of the thing it is the
# gradient of.** For the biases, sum each row over the examples and keep the column shape:
# `np.sum(dZ, axis=1, keepdims=True) / m` has shape $(n, 1)$, like $b$.
#
# ### Exercise 5: `backward_propagation`
#
# Return `{"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}`, computed with the six formulas above. Take `A1` and
# `A2` from the cache (it holds `Z1`, `A1`, `Z2`, `A2` of a forward pass on the same `X` and `parameters`) and
# `W2` from `parameters`. `*` is the element-wise product and `@` the matrix product: $W^{[2]T} dZ^{[2]}$ is a
# matrix product, the multiplication by $1 - (A^{[1]})^2$ is element-wise. Besides comparing values, the check
# differentiates the cost numerically and verifies that your four gradients agree with it. (Its worked example
# passes the cache of a correct forward pass on the worked example: the `cache_ex` you computed above, if your
# `forward_propagation` passed.)
#
# Expected: `backward_propagation(parameters_ex, cache_ex, X_ex, Y_ex)` gives
# `dW1` = `[[-0.17219306, -0.06163251], [0.08468729, 0.03416436], [-0.11843991, -0.10032363]]`,
# `db1` = `[[-0.12834675], [-0.06809522], [-0.00640568]]`, `dW2` = `[[-0.08245289, -0.37165088, 0.15806499]]`
# and `db2` = `[[0.0290806]]`.

# %% exercise="backward_propagation"

# %% [markdown]
# You can run that test yourself, with the nudging of section 4: change a single weight by a tiny $\varepsilon$
# both ways and measure the change of the cost. For a few weights of the worked example the two columns below
# should agree to about seven digits.

# %%
A2_ex, cache_ex = forward_propagation(X_ex, parameters_ex)
grads_ex = backward_propagation(parameters_ex, cache_ex, X_ex, Y_ex)
eps = 1e-6
print("weight     backpropagation    numerically")
for key, index in [("W1", (0, 1)), ("b1", (2, 0)), ("W2", (0, 2)), ("b2", (0, 0))]:
    plus = {k: v.copy() for k, v in parameters_ex.items()}
    minus = {k: v.copy() for k, v in parameters_ex.items()}
    plus[key][index] += eps
    minus[key][index] -= eps
    slope = (compute_cost(forward_propagation(X_ex, plus)[0], Y_ex)
             - compute_cost(forward_propagation(X_ex, minus)[0], Y_ex)) / (2 * eps)
    print(f"{key}{list(index)}   {grads_ex['d' + key][index]: .10f}    {slope: .10f}")

# %% [markdown]
# ### Exercise 6: `update_parameters`
#
# One step of gradient descent on every parameter, with $\alpha$ = `learning_rate`:
#
# $$W^{[1]} := W^{[1]} - \alpha\, dW^{[1]}, \quad b^{[1]} := b^{[1]} - \alpha\, db^{[1]}, \quad
# W^{[2]} := W^{[2]} - \alpha\, dW^{[2]}, \quad b^{[2]} := b^{[2]} - \alpha\, db^{[2]}.$$
#
# Return a **new** dict with the keys `"W1"`, `"b1"`, `"W2"`, `"b2"`. Write `W1 - learning_rate * dW1` (a new
# array), not `W1 -= ...`, which would change the caller's arrays behind their back. These are the gradients it
# will be called with in the check's worked example:

# %%
grads_ex = {"dW1": np.array([[0.1, -0.2], [0.0, 0.3], [-0.1, 0.1]]),
            "db1": np.array([[0.05], [-0.05], [0.1]]),
            "dW2": np.array([[0.2, -0.1, 0.4]]),
            "db2": np.array([[-0.3]])}

# %% [markdown]
# Expected: `update_parameters(parameters_ex, grads_ex)` (the default learning rate 1.2) gives
# `W1` = `[[0.38, -0.76], [1.0, -0.11], [-0.63, 0.38]]`, `b1` = `[[0.04], [-0.14], [-0.12]]`,
# `W2` = `[[0.76, -0.38, 0.27]]` and `b2` = `[[0.56]]`.

# %% exercise="update_parameters"

# %%
new_parameters = update_parameters(parameters_ex, grads_ex)
print("W2 before:", parameters_ex["W2"], "  after one step with learning rate 1.2:", new_parameters["W2"])

# %% [markdown]
# ## 6. Training
#
# ### Exercise 7: `nn_model`
#
# Now put it all together, calling the functions you wrote:
#
# 1. `n_x` and `n_y` from `layer_sizes(X, Y)`;
# 2. `parameters = initialize_parameters(n_x, n_h, n_y, rng)`;
# 3. repeat `num_iterations` times: `forward_propagation`, then `backward_propagation`, then
#    `parameters = update_parameters(parameters, grads, learning_rate)`; when `print_cost` is true, print
#    the cost (`compute_cost(A2, Y)`) at iterations 0, 1000, 2000, ..., e.g. `f"Cost after iteration {i}: {cost:f}"`.
#
# Return the trained `parameters`. About `rng`: its default is `None`, and then the function must still work;
# in that case make a fresh, unseeded generator with `rng = np.random.default_rng()`, so each such call starts
# from different weights. Whenever a generator is passed in, use that one, so that
# `nn_model(X, Y, 4, rng=np.random.default_rng(1))` gives the same network every time.
#
# Expected: `nn_model(X_ex, Y_ex, 3, num_iterations=10, rng=np.random.default_rng(1))` gives
# `W1` = `[[-0.06173936, 0.00714232], [0.28044108, -0.00250996], [0.37871366, 0.0228568]]`,
# `b1` = `[[0.00097042], [-0.01065182], [-0.02142553]]`, `W2` = `[[-0.06165837, 0.28706703, 0.39470806]]`
# and `b2` = `[[-0.02816214]]`.

# %% exercise="nn_model"

# %% [markdown]
# `nn_model` only returns the trained parameters. To watch the cost fall, the next cell writes the same loop out
# with your functions, training 4 hidden units on the circles with the learning rate $1.2$ and recording the
# cost every 10 iterations.
#
# ### Question 2: the first few hundred iterations
#
# The weights start at about $0.01$ (your `initialize_parameters`), and section 2 showed that on these circles
# the best a straight line can do is a cost of about $\log 2 = 0.693$. Before you run the cell: what do you
# expect the cost to do during the first few hundred iterations, and why? Write two or three sentences in the
# cell below.

# %% [markdown] answer="explain_plateau" points=1
# The cost should stay at about $0.693$ for a long time (a plateau) before it drops. With weights of about
# $0.01$ every $z^{[1]}$ is close to $0$, where $\tanh(z) \approx z$, so the network starts out almost linear,
# and the best a linear model can do on the circles is to predict $0.5$ everywhere, a cost of $\log 2$. The
# gradients are tiny there: $dW^{[2]}$ is proportional to $A^{[1]}$, which is about $0.01$ in size, and $dW^{[1]}$
# to $W^{[2]}$, also about $0.01$. The weights grow only slowly until they are large enough for the
# non-linearity of $\tanh$ to matter; then the cost falls quickly.

# %%
parameters = initialize_parameters(2, 4, 1, np.random.default_rng(1))
costs = []
for i in range(3000):
    A2, cache = forward_propagation(X, parameters)
    if i % 10 == 0:
        costs.append(compute_cost(A2, Y))
    parameters = update_parameters(parameters, backward_propagation(parameters, cache, X, Y), 1.2)

print("cost at iterations 0, 500, 1000, 1500, 2990:", np.round([costs[0], costs[50], costs[100], costs[150], costs[-1]], 4))
plt.figure(figsize=(6, 3.5))
plt.plot(np.arange(0, 3000, 10), costs)
plt.title("Training cost, 4 hidden units, learning rate 1.2")
plt.xlabel("iteration")
plt.ylabel("cost J")
plt.show()

# %% [markdown]
# The cost sits at $\log 2 = 0.693$ for several hundred iterations, the plateau, then drops quickly. With weights
# of size $0.01$ every $\tanh$ works in its straight middle part, so the network starts out almost linear, and on
# these circles the best linear model is no better than a coin: the gradients are tiny. It takes a while for the
# hidden units' weights to grow out of this flat region of the cost; then the cost falls.
#
# About the learning rate: $1.2$ is this lesson's default, and the number alone says neither "large" nor
# "small". Module 01 found $3$ about right for its one-feature model and $15$ too large; whether a step is too
# long depends on how sharply the cost curves where gradient descent walks, and that differs from one problem
# (and one network) to the next. Rates can only be compared on the same problem: section 7 does that for this
# network.
#
# ### Exercise 8: `predict`
#
# Run the forward pass and return `1.0` where $A^{[2]} > 0.5$ and `0.0` elsewhere: a float array of shape
# $(1, m)$ (`(A2 > 0.5).astype(float)`).
#
# Expected: `predict(parameters_ex, X_ex)` gives `[[0.0, 1.0, 0.0, 1.0]]` (the worked example's `A2` is
# `[[0.3987, 0.5088, 0.4976, 0.7112]]`).

# %% exercise="predict"

# %% [markdown]
# Now train the same network with your `nn_model` (same seed, so the same network as in the loop above; it
# prints the cost every 1000 iterations) and compare it with logistic regression. On the right, the dashed
# lines are where each hidden unit's $z^{[1]}_j = W^{[1]}_j x + b^{[1]}_j$ is zero: hidden unit $j$ is positive
# on one side of its line and negative on the other. Each unit alone is a soft straight cut, like logistic
# regression; the output unit adds them up with the weights $W^{[2]}$, and the cuts together enclose the
# inner ring.

# %%
parameters = nn_model(X, Y, 4, num_iterations=3000, learning_rate=1.2, rng=np.random.default_rng(1), print_cost=True)
accuracy = np.mean(predict(parameters, X) == Y)
print("rows of W1 (one per hidden unit):", np.round(parameters["W1"], 2).tolist())
print("b1:", np.round(parameters["b1"], 2).ravel().tolist(), "  W2:", np.round(parameters["W2"], 2).tolist())

fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
plot_decision_boundary(axes[0], predict_logistic, X, Y, f"Logistic regression: {100 * accuracy_lr:.1f}%")
plot_decision_boundary(axes[1], lambda grid: predict(parameters, grid), X, Y,
                       f"4 hidden units: {100 * accuracy:.1f}% correct")
x1 = np.linspace(X[0].min() - 0.25, X[0].max() + 0.25, 2)
for j, (w1, w2) in enumerate(parameters["W1"]):  # w1 x1 + w2 x2 + b = 0  <=>  x2 = -(w1 x1 + b) / w2
    axes[1].plot(x1, -(w1 * x1 + parameters["b1"][j, 0]) / w2, "k--", lw=1)
axes[1].set_ylim(X[1].min() - 0.25, X[1].max() + 0.25)
plt.tight_layout()
plt.show()

# %% [markdown]
# Three dashed lines cross the plot and form a triangle around the inner ring: three cuts are enough to close
# it. The fourth unit's incoming weights stayed tiny (the first row of `W1` printed above, about
# $(0.03, -0.01)$); its line lies far outside the plot, and with its bias of about $2.6$ its output is
# $\tanh(2.6) \approx 0.99$ for every point, so it acts as one more bias of the output unit. A network does not
# have to use every unit it is given.
#
# ## 7. Hyperparameters
#
# Training sets the **parameters** $W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]}$. Everything else about the network and
# its training we choose before training starts; these choices are the **hyperparameters**: the number of
# hidden units $n_h$, the learning rate $\alpha$, the number of iterations, the activation of the hidden layer
# and, from module 03 on, the number of layers. They are usually chosen by trying several values and comparing
# the results. Below we vary three of them, one at a time.
#
# ### How many hidden units?
#
# The next cell trains one network for each of six sizes $n_h$ (2000 iterations, learning rate 1.2, the same
# seed) and draws its decision boundary, with the training accuracy in the title.
#
# ### Question 3: the fewest hidden units
#
# Each $\tanh$ unit is a soft straight cut of the plane, and the output unit adds the cuts up. What is the
# smallest number of hidden units with which the network can enclose the inner ring, i.e. label a region of
# class 1 that is bounded on every side? Write it in the cell below as, for example, `q_fewest_hidden_units = 5`,
# then run its test.

# %% question="q_fewest_hidden_units"

# %%
fig, axes = plt.subplots(2, 3, figsize=(12, 8.4))
for ax, n_h in zip(axes.ravel(), [1, 2, 3, 4, 8, 20]):
    trained = nn_model(X, Y, n_h, num_iterations=2000, rng=np.random.default_rng(4))
    accuracy = np.mean(predict(trained, X) == Y)
    grown = int(np.sum(np.linalg.norm(trained["W1"], axis=1) > 1))  # rows of W1 that grew longer than 1
    print(f"n_h = {n_h:2d}: {100 * accuracy:.1f}% correct; units whose weights grew past length 1: {grown}")
    plot_decision_boundary(ax, lambda grid, trained=trained: predict(trained, grid), X, Y,
                           f"{n_h} hidden unit{'s' if n_h > 1 else ''}: {100 * accuracy:.1f}%")
plt.tight_layout()
plt.show()

# %% [markdown]
# - **1 unit** draws one straight line, like logistic regression. It places its line differently, but no line
#   can do much here.
# - **2 units** give two lines, a band: better, but a band is open at both ends. (However two cuts are
#   combined, far enough out along some direction both units are saturated at $\pm 1$, and a combination that
#   is negative in every such corner is negative everywhere: two cuts cannot close a region.)
# - **3 units** are the fewest that can close a region around the inner ring, a rounded triangle, and the
#   accuracy jumps.
# - **4, 8 and 20 units** draw boundaries that look much like the 3-unit triangle, at about the same accuracy.
#   The printout says why: of the 20 units, only 3 grew weights longer than 1; the others stayed near their
#   small start. Training found a triangle that already fits the data and had no reason to use the extra
#   units. More units give the boundary more pieces to bend with, but the circles do not need them.
#
# What more units do buy here is a **safer start**. With just enough units, training has to find the one
# arrangement that works. The cell trains each size from ten different seeds:

# %%
for n_h in [3, 4, 8, 20]:
    accuracies = [np.mean(predict(nn_model(X, Y, n_h, num_iterations=2000, rng=np.random.default_rng(seed)), X) == Y)
                  for seed in range(10)]
    print(f"n_h = {n_h:2d}: accuracy from seeds 0-9: {np.round(accuracies, 3)};"
          f" above 95% from {sum(a > 0.95 for a in accuracies)} of 10")

# %% [markdown]
# With 3 units, more than half of the starts settle for a band (about 78-83% correct); with 8 or 20 every start
# finds a closed boundary. On harder data a large hidden layer can also start to fit the noise of the training
# points instead of the pattern, and the training accuracy alone cannot tell you that: measure on examples held
# back from training, as the test set of module 01 did.
#
# ### The learning rate
#
# Rates can only be compared on the same problem. The cell trains the 4-unit network of section 6 (same start)
# with four learning rates and plots the cost of each.

# %%
plt.figure(figsize=(6.5, 3.8))
for learning_rate in [0.3, 1.2, 6.0, 9.0]:
    parameters = initialize_parameters(2, 4, 1, np.random.default_rng(1))
    costs = []
    for i in range(3000):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        parameters = update_parameters(parameters, backward_propagation(parameters, cache, X, Y), learning_rate)
    below = next((i for i, c in enumerate(costs) if c < 0.5), None)
    print(f"learning rate {learning_rate:3.1f}: cost below 0.5 from iteration {below}, final cost {costs[-1]:.3f},"
          f" highest cost {max(costs):.3f}")
    plt.plot(costs, label=f"learning rate {learning_rate}")
plt.yscale("log")  # the costs range from about 0.01 to about 8
plt.title("Training cost, 4 hidden units, four learning rates")
plt.xlabel("iteration")
plt.ylabel("cost J (log scale)")
plt.legend(loc="lower left")
plt.show()

# %% [markdown]
# - **0.3** never leaves the plateau in 3000 iterations: the steps are too short.
# - **1.2** leaves it after about 1100 iterations and trains well.
# - **6** leaves it after about 300 iterations. On the way the cost jumps (once up to about 2.2) and wobbles
#   for a while, then falls and ends lower than with 1.2: a rate five times larger still works here, and faster.
# - **9** is too large: the cost jumps to about 8 and is still unsettled at the end, above $\log 2$.
#
# So for this network, this data and this start, rates up to about 6 work, and 1.2 is on the cautious side.
# That is what "large" and "small" mean for a learning rate: relative to how sharply the cost curves, which only
# an experiment on the problem itself shows.
#
# ### The hidden activation
#
# The last hyperparameter we try is the activation of the hidden layer. The next cell trains the network of
# section 6 twice, from the same start and with the learning rate 1.2: once with $\tanh$ hidden units, once
# with sigmoid hidden units. (It writes out the forward and backward pass once more, with the activation and its
# derivative as a choice; the sigmoid's derivative is $\sigma(z)(1 - \sigma(z))$.)
#
# ### Question 4: tanh or sigmoid?
#
# (a) Why must the output unit be a sigmoid here, and not a $\tanh$? (b) Predict which of the two hidden
# layers leaves the plateau of section 6 first, and explain why from the values and slopes of the two functions
# at $z = 0$, where every hidden unit starts. Write your answer in the cell below.

# %% [markdown] answer="explain_tanh_sigmoid" points=2
# (a) The output must be a probability between 0 and 1: the cross-entropy takes $\log a^{[2]}$ and
# $\log(1 - a^{[2]})$, and `predict` compares $a^{[2]}$ with $0.5$. The sigmoid's values lie in $(0, 1)$; a
# $\tanh$ output lies in $(-1, 1)$, and for a negative output $\log a^{[2]}$ is not even defined.
#
# (b) The $\tanh$ layer leaves the plateau first. At the start every $z^{[1]}$ is close to 0. There the slope of
# $\tanh$ is 1 and the sigmoid's is only $\frac{1}{4}$, so the gradient that reaches $W^{[1]}$ through
# $dZ^{[1]} = W^{[2]T} dZ^{[2]} * g'(Z^{[1]})$ is four times smaller with sigmoid units. Also, $\tanh(0) = 0$ but
# $\sigma(0) = \frac{1}{2}$: sigmoid units all output about $\frac{1}{2}$ for every example, so at first they add
# almost the same constant to every example's $z^{[2]}$, like a bias, and $W^{[2]}$ learns little from them.
# Hidden outputs centred on 0 make the next layer's job easier.

# %%
def train_with(activation, learning_rate=1.2, num_iterations=6000):
    """Costs of the 4-unit network of section 6 with tanh or sigmoid hidden units (same start)."""
    g, g_slope = {"tanh": (np.tanh, lambda A: 1 - A ** 2), "sigmoid": (sigmoid, lambda A: A * (1 - A))}[activation]
    p = initialize_parameters(2, 4, 1, np.random.default_rng(1))
    costs = []
    for i in range(num_iterations):
        A1 = g(p["W1"] @ X + p["b1"])
        A2 = sigmoid(p["W2"] @ A1 + p["b2"])
        costs.append(compute_cost(A2, Y))
        dZ2 = A2 - Y
        dZ1 = (p["W2"].T @ dZ2) * g_slope(A1)
        grads = {"dW1": dZ1 @ X.T / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
                 "dW2": dZ2 @ A1.T / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m}
        p = update_parameters(p, grads, learning_rate)
    return costs


plt.figure(figsize=(6.5, 3.8))
for activation in ["tanh", "sigmoid"]:
    costs = train_with(activation)
    below = next((i for i, c in enumerate(costs) if c < 0.5), None)
    print(f"{activation:7s} hidden units: cost below 0.5 from iteration {below}, final cost {costs[-1]:.3f}")
    plt.plot(costs, label=f"{activation} hidden units")
plt.title("Training cost, 4 hidden units, learning rate 1.2")
plt.xlabel("iteration")
plt.ylabel("cost J")
plt.legend()
plt.show()

# %% [markdown]
# The sigmoid network stays on the plateau several times longer than the $\tanh$ network, though both get
# there in the end. That is why $\tanh$ is the usual choice for a hidden layer where a sigmoid-shaped function
# is wanted, and the sigmoid is kept for the output, where a probability is needed. (Module 04 compares more
# activations, including ReLU, the most common choice in deep networks today.)
#
# ## 8. Why the weights start random
#
# Let us try the two obvious alternatives to random weights, on the same circles and with 4 hidden units, by
# running your functions in a loop.
#
# **All zeros.** Then $Z^{[1]} = 0$ and $A^{[1]} = \tanh(0) = 0$ for every example, so
# $dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T} = 0$, and $dZ^{[1]} = W^{[2]T} dZ^{[2]} * \big(1 - (A^{[1]})^2\big) = 0$
# because $W^{[2]} = 0$. No weight ever moves. Only $b^{[2]}$ can learn, and all it can learn is the overall
# share of class 1 (here exactly one half, so even $b^{[2]}$ stays at 0).
#
# **All equal, but not zero.** Give every hidden unit the same incoming weights (equal rows of $W^{[1]}$) and
# the same outgoing weight. Then all hidden units compute the same output, so they receive exactly the same
# gradient and take the same step: after any number of steps they are still equal. Four units that are copies
# of each other act like one unit. This is the **symmetry** that random initialisation breaks.

# %%
def train(parameters, num_iterations=3000):
    for _ in range(num_iterations):
        _, cache = forward_propagation(X, parameters)
        parameters = update_parameters(parameters, backward_propagation(parameters, cache, X, Y), 1.2)
    return parameters


zeros = train({"W1": np.zeros((4, 2)), "b1": np.zeros((4, 1)), "W2": np.zeros((1, 4)), "b2": np.zeros((1, 1))},
              num_iterations=1000)
equal = train({"W1": np.tile([[0.3, -0.2]], (4, 1)), "b1": np.zeros((4, 1)),
               "W2": np.full((1, 4), 0.1), "b2": np.zeros((1, 1))}, num_iterations=2000)
randomised = train(initialize_parameters(2, 4, 1, np.random.default_rng(1)))

print("zeros, after training: W1 =", zeros["W1"].tolist(), " W2 =", zeros["W2"].tolist(),
      " b2 =", np.round(zeros["b2"], 3).tolist())
print("equal start, after training, the rows of W1 (one per hidden unit):")
print(np.round(equal["W1"], 4))
print("largest difference between two rows:", np.abs(equal["W1"] - equal["W1"][0]).max())

fig, axes = plt.subplots(1, 3, figsize=(13, 4.6))
for ax, (name, trained) in zip(axes, [("all zeros", zeros), ("all equal", equal), ("random", randomised)]):
    accuracy = np.mean(predict(trained, X) == Y)
    plot_decision_boundary(ax, lambda grid, trained=trained: predict(trained, grid), X, Y,
                           f"4 units, start {name}: {100 * accuracy:.1f}%")
plt.tight_layout()
plt.show()

# %% [markdown]
# Started at zero, the network never leaves it and predicts one class everywhere. Started equal, the four units
# learn, but in lockstep: the rows of $W^{[1]}$ are still identical, and the boundary is the single straight cut
# of a one-unit network. Only the random start uses all four units.
#
# ## 9. Summary
#
# - A layer of neurons is one matrix product: $Z = W A_{\text{prev}} + b$, with one row of $W$ per neuron and one
#   column per example, the bias broadcast over the columns.
# - A hidden layer with a non-linear activation lets the network combine several straight cuts into a bent
#   decision boundary; without the non-linearity the layers collapse into one linear map.
# - Gradient descent moves each weight against the slope of the cost: down where the slope is positive, up
#   where it is negative.
# - Backpropagation is the chain rule applied layer by layer from the output: $dZ^{[2]} = A^{[2]} - Y$, then
#   $dW = \frac{1}{m} dZ\, A_{\text{prev}}^T$, $db = \frac{1}{m} \sum dZ$ (over axis 1, keeping the column), and
#   $dZ^{[1]} = W^{[2]T} dZ^{[2]} * \big(1 - (A^{[1]})^2\big)$. Every gradient has the shape of its parameter.
# - The weights start small and random: random to break the symmetry between hidden units, small to keep
#   $\tanh$ out of its flat ends.
# - The hyperparameters (hidden units, learning rate, iterations, activation, and later the number of layers)
#   are chosen by experiment on the problem itself: too few hidden units cannot close the boundary, more make a
#   good one easier to find; a learning rate is only large or small relative to the problem's cost surface.
#
# The next module stacks many such layers into a deep network and works out backpropagation for any number
# of them.
#
# ## 10. Things to explore
#
# - **Other data.** Train on `datasets.moons(400, rng=np.random.default_rng(0))` or
#   `datasets.flower(rng=np.random.default_rng(0))`. How many hidden units does each need, and how does the
#   boundary change with $n_h$?
# - **Overfitting.** Make the circles noisier (`noise=0.3`), hold back half of the points as a test set, and
#   compare training and test accuracy for $n_h$ = 3, 20 and 100 trained for 20000 iterations.
# - **A larger start.** Replace the factor $0.01$ in `initialize_parameters` by $1$ or $10$ (in a copy of the
#   function). Does the plateau of section 6 shrink or grow? What happens to the hidden units' outputs?
# - **Two knobs.** Free the hidden weight $w_1$ of the two-node network of section 4 as well, and draw the cost
#   $J(w_1, w)$ as a contour plot with `plt.contour`. Follow gradient descent on it, as module 01 did.
# - **ReLU hidden units.** Change `train_with` to offer `"relu"`, $\max(0, z)$ with slope 1 for $z > 0$ and 0
#   otherwise, and compare its cost curve with those of $\tanh$ and the sigmoid.

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
# $$Z = W X + b \qquad (n^{[1]}, n^{[0]}) \times (n^{[0]}, m) \to (n^{[1]}, m),$$
#
# and column $i$ of $Z$ holds the weighted sums of every neuron for example $i$. The bias $b$ has a single column;
# NumPy **broadcasts** it, adding it to each of the $m$ columns. This is why examples are columns: the inner
# sizes of the product match ($n^{[0]}$, the features), the result has one row per neuron and one column per
# example, and the layer's output $A = g(Z)$, again of shape $(n^{[1]}, m)$, is in exactly the form the next
# layer needs as its input. A whole network becomes a chain of such products, with no loop over the examples.
#
# The cell below computes a layer of 3 neurons on 5 examples with 2 features twice: with explicit loops over
# neurons and examples, and with one line.

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
fig, ax = plt.subplots(figsize=(4.5, 4.5))
plot_decision_boundary(ax, predict_logistic, X, Y, f"Logistic regression: {100 * accuracy_lr:.1f}% correct")
plt.show()

# %% [markdown]
# About half the points are right, no better than a coin. Whatever line it chooses, the inner ring has outer
# points on both sides of it. To enclose a region the boundary has to bend, and a single neuron cannot bend it.
#
# ## 3. The network
#
# Our network has three layers: the **input layer** is the $n_x$ features of an example (it computes nothing),
# the **hidden layer** has $n_h$ neurons with the $\tanh$ activation, and the **output layer** is one sigmoid
# neuron. "Hidden" because the training data says what the output should be, but nothing about the values in
# between: the network has to find useful ones itself. For a single example $x$:
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
# **Why $\tanh$ in the hidden layer?** $\tanh(z) = \frac{e^z - e^{-z}}{e^z + e^{-z}}$ has the S shape of the
# sigmoid, but runs from $-1$ to $1$ and is centred on $0$ (in fact $\tanh(z) = 2\sigma(2z) - 1$). Hidden
# outputs that average around zero make the next layer's job easier to learn than outputs that are all
# positive, which is why $\tanh$ usually trains faster than the sigmoid in hidden layers. The sigmoid stays at
# the output, where we want a probability between 0 and 1. Both flatten out for large $|z|$, where their slope
# is almost $0$; module 04 compares activations in detail. The derivative of $\tanh$ is
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
# function and receive the same gradient, and the units would stay copies of each other for good. Section 7
# shows it. Random weights make the units different from the start; the biases can start at zero, since the
# weights already break the symmetry.
#
# **Why small?** With weights near zero, every $z^{[1]}$ is near zero, where $\tanh$ is steep and its gradient
# large. Large weights push the units into the flat ends of $\tanh$, where learning crawls. (The factor $0.01$
# suits a small network like this one; module 05 shows how to choose the scale for deep ones.)

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

# %% exercise="compute_cost"

# %%
A2_ex, _ = forward_propagation(X_ex, parameters_ex)
print("cost of the worked example:", compute_cost(A2_ex, Y_ex))
print("cost when every prediction is 0.5 (log 2 = 0.6931...):", compute_cost(np.full((1, 4), 0.5), Y_ex))

# %% [markdown]
# ## 4. Backpropagation
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

# %% exercise="backward_propagation"

# %% [markdown]
# You can run that test yourself. Nudge a single weight by a tiny $\varepsilon$ both ways and measure the change
# of the cost: $\frac{\partial J}{\partial w} \approx \frac{J(w + \varepsilon) - J(w - \varepsilon)}{2\varepsilon}$.
# For a few weights of the worked example the two columns below should agree to about seven digits.

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

# %% exercise="update_parameters"

# %%
new_parameters = update_parameters(parameters_ex, grads_ex)
print("W2 before:", parameters_ex["W2"], "  after one step with learning rate 1.2:", new_parameters["W2"])

# %% [markdown]
# ## 5. Training
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

# %% exercise="nn_model"

# %% [markdown]
# `nn_model` only returns the trained parameters. To watch the cost fall, here is the same loop written out with
# your functions, training 4 hidden units on the circles and recording the cost every 10 iterations. The
# learning rate $1.2$ is large compared with module 01; a small network on two well-scaled features tolerates
# it, and it trains fast. Notice the long plateau at the start. With weights of
# size $0.01$ every $\tanh$ works in its straight middle part, so the network starts out almost linear, and on
# these circles the best linear model is no better than a coin: the gradients are tiny. It takes a while for
# the hidden units to grow out of this flat region of the cost; then the cost drops quickly.

# %%
parameters = initialize_parameters(2, 4, 1, np.random.default_rng(1))
costs = []
for i in range(3000):
    A2, cache = forward_propagation(X, parameters)
    if i % 10 == 0:
        costs.append(compute_cost(A2, Y))
    parameters = update_parameters(parameters, backward_propagation(parameters, cache, X, Y), 1.2)

plt.figure(figsize=(6, 3.5))
plt.plot(np.arange(0, 3000, 10), costs)
plt.title("Training cost, 4 hidden units, learning rate 1.2")
plt.xlabel("iteration")
plt.ylabel("cost J")
plt.show()

# %% [markdown]
# ### Exercise 8: `predict`
#
# Run the forward pass and return `1.0` where $A^{[2]} > 0.5$ and `0.0` elsewhere: a float array of shape
# $(1, m)$ (`(A2 > 0.5).astype(float)`).

# %% exercise="predict"

# %% [markdown]
# Now train the same network with your `nn_model` (same seed, so the same network as in the loop above; it
# prints the cost every 1000 iterations) and compare it with logistic regression. On the right, the dashed
# lines are where each hidden unit's $z^{[1]}_j = W^{[1]}_j x + b^{[1]}_j$ is zero: hidden unit $j$ is positive
# on one side of its line and negative on the other. Each unit alone is a soft straight cut, like logistic
# regression; the output unit adds them up with the weights $W^{[2]}$, and the cuts together enclose the
# inner ring. (Not every unit has to
# matter: a unit whose outgoing weight stays small hardly changes the result.)

# %%
parameters = nn_model(X, Y, 4, num_iterations=3000, learning_rate=1.2, rng=np.random.default_rng(1), print_cost=True)
accuracy = np.mean(predict(parameters, X) == Y)

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
# ## 6. How many hidden units?
#
# The number of hidden units $n_h$ is a **hyperparameter**: we choose it, training does not. Like the learning
# rate, it is usually chosen by trying several values. The cell trains one network for each of six sizes
# (2000 iterations each) and draws its decision boundary, with the training accuracy in the title.

# %%
fig, axes = plt.subplots(2, 3, figsize=(12, 8.4))
for ax, n_h in zip(axes.ravel(), [1, 2, 3, 4, 8, 20]):
    trained = nn_model(X, Y, n_h, num_iterations=2000, rng=np.random.default_rng(4))
    accuracy = np.mean(predict(trained, X) == Y)
    plot_decision_boundary(ax, lambda grid, trained=trained: predict(trained, grid), X, Y,
                           f"{n_h} hidden unit{'s' if n_h > 1 else ''}: {100 * accuracy:.1f}%")
plt.tight_layout()
plt.show()

# %% [markdown]
# - **1 unit** draws one straight line, like logistic regression. It places its line a little better (it
#   gives up a slice of the outer ring instead of half the plane), but no line can do much here.
# - **2 units** give two lines, a band: better, but a band is open at both ends.
# - **3 units** are the fewest that can close a region around the inner ring (a rounded triangle), and the
#   accuracy jumps. With just enough units, though, training has to find the one arrangement that works: start
#   from other seeds and 3 units sometimes settle for a band. More units make a good arrangement easier to find.
# - **4, 8, 20 units** give the boundary more pieces to bend with (20 is visibly rounder than 3), but on this
#   easy shape the extra capacity buys little. On harder data a large hidden layer can also start to fit the
#   noise of the training points instead of the pattern, and the training accuracy alone cannot tell you that:
#   measure on examples held back from training, as the test set of module 01 did.
#
# ## 7. Why the weights start random
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
# ## Summary
#
# - A layer of neurons is one matrix product: $Z = W A_{\text{prev}} + b$, with one row of $W$ per neuron and one
#   column per example, the bias broadcast over the columns.
# - A hidden layer with a non-linear activation lets the network combine several straight cuts into a bent
#   decision boundary; without the non-linearity the layers collapse into one linear map.
# - Backpropagation is the chain rule applied layer by layer from the output: $dZ^{[2]} = A^{[2]} - Y$, then
#   $dW = \frac{1}{m} dZ\, A_{\text{prev}}^T$, $db = \frac{1}{m} \sum dZ$ (over axis 1, keeping the column), and
#   $dZ^{[1]} = W^{[2]T} dZ^{[2]} * \big(1 - (A^{[1]})^2\big)$. Every gradient has the shape of its parameter.
# - The weights start small and random: random to break the symmetry between hidden units, small to keep
#   $\tanh$ out of its flat ends.
# - The number of hidden units is a hyperparameter: too few cannot draw the boundary, more give more freedom.
#
# The next module stacks many such layers into a deep network and works out backpropagation for any number
# of them.

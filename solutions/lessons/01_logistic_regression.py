# %% [markdown]
# # 01 Logistic regression
#
# In this first lesson you build the smallest useful learning machine: one neuron with a sigmoid output,
# trained by gradient descent to tell malignant breast tumours from benign ones. Everything later in the
# course (hidden layers, backpropagation, better initialisation and optimisers) grows out of the pieces
# written here, so it pays to understand each of them well.
#
# You will write six functions, in this order:
#
# | function | what it does |
# | --- | --- |
# | `sigmoid(z)` | squashes any real number into a probability |
# | `initialize_with_zeros(dim)` | the starting parameters `w`, `b` |
# | `propagate(w, b, X, Y)` | predictions, cost, and the gradient of the cost |
# | `optimize(w, b, X, Y, ...)` | gradient descent: many small steps downhill |
# | `predict(w, b, X)` | labels 0 or 1 from the learned parameters |
# | `model(...)` | everything together, from raw data to predictions |
#
# **How to work.** Each exercise cell holds a function with a docstring and a `raise NotImplementedError()`
# line: replace that line with your code. Run the cell, then run the test cell under it. The test prints
# what is right and what is wrong; when an output differs it names the case (the first is always a small
# worked example whose call is shown) and, where it recognises a common slip, says which one. Run the cells
# from top to bottom: later cells use the functions you wrote in earlier ones.

# %%
import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. The task: binary classification
#
# In **binary classification** every example comes with a label $y \in \{0, 1\}$, and we want a function
# that reads the example's features $x$ and returns the probability that $y = 1$. Turning that probability
# into a decision ("1 if it is above one half") is the easy last step.
#
# Our examples are 569 breast tumours from the **Breast Cancer Wisconsin (Diagnostic)** data set. A small
# sample of cells was drawn from each tumour with a fine needle and photographed under a microscope; software
# then outlined the cell nuclei in the image and measured ten properties of them: radius, texture, perimeter,
# area, smoothness, compactness, concavity, concave points, symmetry and fractal dimension. Each property
# enters three times (its mean over the nuclei, its standard error, and its worst, i.e. largest, value),
# which gives 30 features per tumour. The label is 1 for a malignant tumour (212 of them) and 0 for a benign
# one (357).
#
# *Source:* W. Wolberg, O. Mangasarian, N. Street and W. Street, UCI Machine Learning Repository,
# doi:10.24432/C5DW2B, licensed CC BY 4.0. The course ships a copy (exported from scikit-learn, see
# `autograder/data/README.md`), so nothing is downloaded.
#
# `datasets.breast_cancer()` shuffles the tumours with a fixed seed, keeps 80% for training and 20% for
# testing, and **standardises** every feature: it subtracts the feature's mean and divides by its standard
# deviation. Without that, areas (in the hundreds and thousands) and smoothness values (around 0.1)
# would live on wildly different scales, and no single step size would suit all the weights. The mean and
# standard deviation come from the training set only, so nothing about the test tumours leaks into training.

# %%
X_train, Y_train, X_test, Y_test = datasets.breast_cancer()
feature_names = datasets.breast_cancer_feature_names()

print("X_train:", X_train.shape, "  Y_train:", Y_train.shape)
print("X_test: ", X_test.shape, "  Y_test: ", Y_test.shape)
print(f"training set: {int(Y_train.sum())} malignant, {int((1 - Y_train).sum())} benign")
print(f"test set:     {int(Y_test.sum())} malignant, {int((1 - Y_test).sum())} benign")
print("the first five features:", feature_names[:5])

# %% [markdown]
# ### Notation
#
# - $m$ is the number of examples and $n_x$ the number of features (here $n_x = 30$).
# - $x^{(i)}$ is the feature vector of example $i$, a column of shape $(n_x, 1)$; $y^{(i)}$ is its label.
# - The examples are stacked **side by side as columns**:
#   $X = [x^{(1)}, x^{(2)}, \dots, x^{(m)}]$ has shape $(n_x, m)$, and $Y = [y^{(1)}, \dots, y^{(m)}]$ has
#   shape $(1, m)$.
#
# So `X_train[:, i]` is one tumour and `X_train[j]` is one feature measured on every tumour. Keeping examples
# in columns is what later lets a single matrix product handle all $m$ examples at once.
#
# Before any learning, look at two single features. Malignant tumours tend to have larger nuclei with more
# concave points on their outline, but for each feature alone the two classes overlap. Logistic regression
# will weigh all 30 features together.

# %%
fig, axes = plt.subplots(1, 2, figsize=(10, 3.5))
for ax, name in zip(axes, ["mean_radius", "worst_concave_points"]):
    row = X_train[feature_names.index(name)]
    bins = np.linspace(row.min(), row.max(), 30)
    ax.hist(row[Y_train[0] == 0], bins=bins, alpha=0.6, label="benign (y = 0)")
    ax.hist(row[Y_train[0] == 1], bins=bins, alpha=0.6, label="malignant (y = 1)")
    ax.set_title(name)
    ax.set_xlabel("standardised value")
    ax.set_ylabel("number of tumours")
    ax.legend()
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 2. The model: one sigmoid neuron
#
# Logistic regression first forms a weighted sum of the features plus a bias,
#
# $$z = w^T x + b = w_1 x_1 + w_2 x_2 + \dots + w_{n_x} x_{n_x} + b,$$
#
# with a weight vector $w$ of shape $(n_x, 1)$ and a number $b$. The score $z$ can be any real number, but we
# want a probability, so it is squashed into $(0, 1)$ by the **sigmoid** (or logistic) function
#
# $$\sigma(z) = \frac{1}{1 + e^{-z}}.$$
#
# The prediction for one example is $\hat{y} = \sigma(w^T x + b)$, read as "the probability that this tumour
# is malignant". A few facts about $\sigma$ we will use:
#
# - $\sigma(0) = 0.5$; $\sigma(z) \to 1$ as $z \to +\infty$ and $\sigma(z) \to 0$ as $z \to -\infty$.
# - $\sigma(-z) = 1 - \sigma(z)$: the curve is symmetric about the point $(0, 0.5)$.
# - Its derivative is $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$: at most $0.25$ (at $z = 0$), and nearly $0$
#   once $|z|$ is large. We say the sigmoid **saturates** there.
#
# ### Exercise 1: `sigmoid`
#
# Compute $\sigma(z)$ element-wise. `z` may be a Python number or a NumPy array of any shape; the result has
# the same shape. Use `np.exp`, which works on whole arrays (`math.exp` accepts a single number only).
# The checks include values of $z$ as large as $\pm 10^4$. Write the formula as $1 / (1 + e^{-z})$: the
# equivalent-looking $e^{z} / (1 + e^{z})$ computes $\infty / \infty$ = `nan` once $e^{z}$ overflows.
# (With $1 / (1 + e^{-z})$, NumPy may still warn that $e^{-z}$ overflowed for very negative $z$; the answer,
# $1 / \infty = 0$, is right anyway, and the check mentions the warning without taking points. If you
# want no warning at all, think about how to evaluate `np.exp` only on $-|z|$.)

# %% exercise="sigmoid"

# %% [markdown]
# Here is your sigmoid with its derivative. Notice how flat both ends of the curve are: far from $z = 0$ a
# change in $z$ barely changes the output. That flatness comes back in section 3.

# %%
z = np.linspace(-8, 8, 401)
s = sigmoid(z)
plt.figure(figsize=(6, 3.5))
plt.plot(z, s, label=r"$\sigma(z)$")
plt.plot(z, s * (1 - s), label=r"$\sigma'(z) = \sigma(z)(1 - \sigma(z))$")
plt.axhline(0.5, color="gray", lw=0.5, ls="--")
plt.axvline(0, color="gray", lw=0.5, ls="--")
plt.title("The sigmoid and its derivative")
plt.xlabel("z")
plt.ylabel("value")
plt.legend()
plt.show()

# %% [markdown]
# ### Exercise 2: `initialize_with_zeros`
#
# Gradient descent needs a starting point. For logistic regression, all zeros is a fine one: $w = 0$ and
# $b = 0$ give $z = 0$ and $\hat{y} = 0.5$ for every example, a model with no opinion yet. (In networks with
# hidden layers, zeros are a trap, because identical hidden units stay identical forever; module 05 deals
# with that. A single neuron has no such symmetry to break: each weight sees a different feature and so
# receives a different gradient.)
#
# Return `w`, zeros of shape `(dim, 1)` (a column, not the 1-D `(dim,)`), and `b`, the float `0.0`.

# %% exercise="initialize_with_zeros"

# %% [markdown]
# With zero parameters the predictions for all examples come out of one line, $\hat{Y} = \sigma(w^T X + b)$,
# of shape $(1, m)$: `w.T` has shape $(1, n_x)$, `X` has shape $(n_x, m)$, and the number `b` is added to
# every entry (NumPy broadcasting).

# %%
w, b = initialize_with_zeros(X_train.shape[0])
print("w:", w.shape, " b:", b)
Y_hat = sigmoid(w.T @ X_train + b)
print("Y_hat:", Y_hat.shape, " first five predictions:", Y_hat[0, :5])

# %% [markdown]
# ## 3. Loss and cost
#
# To improve the parameters we need a number that says how bad the predictions are.
#
# The **loss** $L$ measures one example. For logistic regression it is the **cross-entropy**
#
# $$L(\hat{y}, y) = -\big(y \log \hat{y} + (1 - y) \log(1 - \hat{y})\big).$$
#
# Only one of the two terms is ever active. When $y = 1$ the loss is $-\log \hat{y}$: zero if $\hat{y} = 1$, and
# growing without bound as $\hat{y} \to 0$. When $y = 0$ it is $-\log(1 - \hat{y})$, the mirror image. A
# confident wrong answer therefore costs a great deal, a hesitant one a little, a confident right one almost
# nothing.
#
# The **cost** $J$ measures the parameters on the whole training set: it is the mean loss over the $m$ examples,
#
# $$J(w, b) = \frac{1}{m} \sum_{i=1}^{m} L\big(\hat{y}^{(i)}, y^{(i)}\big).$$
#
# The loss is about one prediction; the cost is what training minimises.
#
# *Where the formula comes from.* Read $\hat{y}$ as the model's probability of $y = 1$. The probability it gives
# to the label actually observed is $\hat{y}^{\,y} (1 - \hat{y})^{1 - y}$ (that is $\hat{y}$ if $y = 1$ and
# $1 - \hat{y}$ if $y = 0$). For independent examples these probabilities multiply, and the logarithm of the
# product is $-m\,J$. Minimising the cross-entropy cost is the same as choosing the parameters under which the
# observed labels are most probable (maximum likelihood).
#
# ### Why not the squared error?
#
# The squared error $(\hat{y} - y)^2$ works well for predicting real numbers, so why not here? Because of the
# sigmoid in front of it. Take a single example with $x = 1$ and $y = 1$ and let the weight $w$ vary (with
# $b = 0$, so $z = w$):
#
# - **Shape.** $(\sigma(w) - 1)^2$ is flat for very negative $w$, steep in the middle, flat again for large
#   $w$: it is not convex. Summed over many examples, such plateaus make the cost surface treacherous.
#   $-\log \sigma(w)$ is convex: one valley, with nothing to get stuck on. (Cross-entropy after a sigmoid is
#   convex in $w$ and $b$ for any data set.)
# - **Gradient.** By the chain rule, $\frac{dL}{dz} = \frac{dL}{d\hat{y}} \, \sigma'(z)$. For the squared error
#   this is $2(\hat{y} - y)\,\hat{y}(1 - \hat{y})$, and the factor $\hat{y}(1 - \hat{y})$ vanishes when the sigmoid
#   saturates, **also when it saturates on the wrong answer**. The worse the prediction, the weaker the
#   push to fix it. For the cross-entropy the $\log$ cancels that factor exactly (derived in section 4):
#   $\frac{dL}{dz} = \hat{y} - y$, which is largest when the prediction is most wrong.

# %%
w_axis = np.linspace(-10, 10, 401)  # one example: x = 1, y = 1, b = 0, so z = w
a = sigmoid(w_axis)
fig, axes = plt.subplots(1, 2, figsize=(11, 3.8))
axes[0].plot(w_axis, -np.log(a), label=r"cross-entropy $-\log \sigma(w)$")
axes[0].plot(w_axis, (a - 1) ** 2, label=r"squared error $(\sigma(w) - 1)^2$")
axes[0].set_ylim(0, 4)
axes[0].set_title("Loss of one example (y = 1) along its weight")
axes[0].set_xlabel("w")
axes[0].set_ylabel("loss")
axes[0].legend()
axes[1].plot(w_axis, np.abs(a - 1), label=r"cross-entropy: $|\sigma(w) - 1|$")
axes[1].plot(w_axis, np.abs(2 * (a - 1) * a * (1 - a)), label=r"squared error: $|2(\sigma(w) - 1)\,\sigma'(w)|$")
axes[1].annotate("confidently wrong:\nthe squared error\nhardly moves w", xy=(-7, 0.02), xytext=(-9.5, 0.45),
                 arrowprops={"arrowstyle": "->"})
axes[1].set_title("Size of the gradient dL/dw")
axes[1].set_xlabel("w")
axes[1].set_ylabel("|dL/dw|")
axes[1].legend()
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 4. Gradient descent and derivatives
#
# Picture $J(w, b)$ as a landscape over the parameters. Its gradient points uphill, in the direction where the
# cost grows fastest, so we step the other way, a little at a time:
#
# $$w := w - \alpha \frac{\partial J}{\partial w}, \qquad b := b - \alpha \frac{\partial J}{\partial b}.$$
#
# The step size $\alpha$ is the **learning rate**. Too small, and training crawls; too large, and each step
# jumps over the valley floor (section 7 shows both). Because the cross-entropy cost is convex, it has a single
# valley, and gradient descent with a sensible $\alpha$ heads for its bottom from any starting point.
#
# In code we write `dw` for $\frac{\partial J}{\partial w}$ (same shape as `w`) and `db` for $\frac{\partial J}{\partial b}$.
#
# ### The derivatives, by the chain rule
#
# For one example the computation is a chain of three steps: $z = w^T x + b$, then $a = \sigma(z)$ (this is
# $\hat{y}$), then $L(a, y)$. Differentiate each step and multiply, from the end backwards:
#
# $$\frac{\partial L}{\partial a} = -\frac{y}{a} + \frac{1 - y}{1 - a}, \qquad \frac{\partial a}{\partial z} = a(1 - a),$$
#
# $$dz = \frac{\partial L}{\partial z} = \frac{\partial L}{\partial a}\,\frac{\partial a}{\partial z} = -y(1 - a) + (1 - y)\,a = a - y.$$
#
# The prediction error, nothing more. Since $z = w_1 x_1 + \dots + w_{n_x} x_{n_x} + b$, one more link gives
#
# $$\frac{\partial L}{\partial w_j} = x_j\, dz, \qquad \frac{\partial L}{\partial b} = dz.$$
#
# The cost is the mean of the losses, so its derivative is the mean of their derivatives. With all examples in
# columns, $dZ = A - Y$ is a row of shape $(1, m)$ holding every example's error, and
#
# $$dw = \frac{1}{m} X\, dZ^T \quad \text{shape } (n_x, m)(m, 1) = (n_x, 1), \qquad db = \frac{1}{m} \sum_{i=1}^{m} dZ^{(i)}.$$
#
# Read $dw$ as the average feature vector weighted by the error: examples predicted too high ($a > y$) pull each
# weight down in proportion to their features, examples predicted too low push it up.
#
# ## 5. Vectorisation
#
# The formulas above have no loop over the examples: $w^T X$ and $X\, dZ^T$ are matrix products that handle all
# $m$ examples at once. That matters. A Python loop pays the interpreter's overhead on every example, while a
# NumPy product runs one compiled routine that streams through memory and uses the processor's
# vector (SIMD) instructions. The same reason makes GPUs, which apply one instruction to many numbers at once,
# so good at deep learning. Let us measure it on 100,000 made-up examples with 30 features, computing
# $z^{(i)} = w^T x^{(i)} + b$ once per example in a loop and once for all of them as `w.T @ X + b`.

# %%
import time

rng = np.random.default_rng(0)
X_big = rng.standard_normal((30, 100_000))
w_big = rng.standard_normal((30, 1))
b_big = 0.5

start = time.perf_counter()
Z_loop = np.zeros((1, X_big.shape[1]))
for i in range(X_big.shape[1]):
    Z_loop[0, i] = np.dot(w_big[:, 0], X_big[:, i]) + b_big
loop_time = time.perf_counter() - start

start = time.perf_counter()
Z_vec = w_big.T @ X_big + b_big
vec_time = time.perf_counter() - start

print(f"loop over examples: {1000 * loop_time:8.2f} ms")
print(f"vectorised:         {1000 * vec_time:8.2f} ms")
print(f"the loop is {loop_time / vec_time:.0f} times slower; same result: {np.allclose(Z_loop, Z_vec)}")

# %% [markdown]
# ### Exercise 3: `propagate`
#
# One forward and one backward pass over the whole training set, with no loop over examples:
#
# 1. forward: $A = \sigma(w^T X + b)$, shape $(1, m)$;
# 2. the cost: $J = -\frac{1}{m} \sum_{i} \big(y^{(i)} \log a^{(i)} + (1 - y^{(i)}) \log(1 - a^{(i)})\big)$;
# 3. backward: $dZ = A - Y$, $dw = \frac{1}{m} X\, dZ^T$, $db = \frac{1}{m} \sum_i dZ^{(i)}$.
#
# | argument / result | shape |
# | --- | --- |
# | `w` | $(n_x, 1)$ |
# | `b` | a float |
# | `X` | $(n_x, m)$ |
# | `Y` | $(1, m)$ |
# | `grads["dw"]` | $(n_x, 1)$ |
# | `grads["db"]` | a Python float |
# | `cost` | a Python float |
#
# Return `grads = {"dw": dw, "db": db}` and `cost`. `np.sum` returns a NumPy number; wrap it in `float(...)`.
# Use the `sigmoid` you wrote. Besides comparing your values, the check differentiates your own cost
# numerically and verifies that your `dw` and `db` are its derivatives.

# %% exercise="propagate"

# %% [markdown]
# You can do the same test yourself: a derivative is a slope, and a slope can be estimated by nudging one
# parameter by a tiny $\varepsilon$ both ways, $\frac{\partial J}{\partial w_j} \approx
# \frac{J(w_j + \varepsilon) - J(w_j - \varepsilon)}{2\varepsilon}$. Here for the first weight and the bias,
# at random parameters on the training set. The two columns should agree to about seven digits.

# %%
rng = np.random.default_rng(1)
w = 0.1 * rng.standard_normal((X_train.shape[0], 1))
b = 0.2
grads, cost = propagate(w, b, X_train, Y_train)
eps = 1e-6
nudge = np.zeros_like(w)
nudge[0, 0] = eps
slope_w = (propagate(w + nudge, b, X_train, Y_train)[1] - propagate(w - nudge, b, X_train, Y_train)[1]) / (2 * eps)
slope_b = (propagate(w, b + eps, X_train, Y_train)[1] - propagate(w, b - eps, X_train, Y_train)[1]) / (2 * eps)
print(f"cost at these parameters: {cost:.6f}")
print(f"dJ/dw_1   from propagate: {grads['dw'][0, 0]: .8f}   numerically: {slope_w: .8f}")
print(f"dJ/db     from propagate: {grads['db']: .8f}   numerically: {slope_b: .8f}")

# %% [markdown]
# ### Exercise 4: `optimize`
#
# Gradient descent itself. Repeat `num_iterations` times:
#
# 1. `grads, cost = propagate(w, b, X, Y)`;
# 2. $w := w - \alpha\, dw$ and $b := b - \alpha\, db$, with $\alpha$ = `learning_rate`;
# 3. every 100 iterations (when `i % 100 == 0`, so starting with iteration 0), append the cost to the list
#    `costs`, and if `print_cost` is true, print it.
#
# Return `params = {"w": w, "b": b}` (the parameters after the last step), `grads` (from the last iteration)
# and `costs`.
#
# Write the update as `w = w - learning_rate * dw`, which makes a new array. The in-place `w -= ...` would
# also change the array the caller passed in, a side effect the check looks for.

# %% exercise="optimize"

# %% [markdown]
# A first real training run: from zeros, on the training set, printing the cost as it goes. The cost starts
# at $\log 2 \approx 0.693$ (every prediction is $0.5$) and should fall steadily.

# %%
w, b = initialize_with_zeros(X_train.shape[0])
params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations=501, learning_rate=0.01, print_cost=True)

# %% [markdown]
# ### Exercise 5: `predict`
#
# Turn probabilities into labels: compute $A = \sigma(w^T X + b)$ and return `1.0` where $A > 0.5$ and `0.0`
# elsewhere, as a float array of shape $(1, m)$. A boolean array `A > 0.5` converts with `.astype(float)`.
#
# Since $\sigma(z) > 0.5$ exactly when $z > 0$, the model says "malignant" on one side of the flat surface
# $w^T x + b = 0$ and "benign" on the other. This **decision boundary** is a straight line when there are two
# features, a plane with three, a hyperplane with 30: logistic regression is a linear classifier.

# %% exercise="predict"

# %% [markdown]
# To see the boundary, train on just two features, the mean radius and the mean texture, and colour every
# point of the plane by the label your `predict` gives it.

# %%
pair = [feature_names.index("mean_radius"), feature_names.index("mean_texture")]
X2 = X_train[pair]
w, b = initialize_with_zeros(2)
params, _, _ = optimize(w, b, X2, Y_train, num_iterations=1000, learning_rate=1.0)
accuracy = np.mean(predict(params["w"], params["b"], X2) == Y_train)

g1, g2 = np.meshgrid(np.linspace(-2.5, 4.5, 200), np.linspace(-2.5, 5, 200))
grid = np.vstack([g1.ravel(), g2.ravel()])  # every grid point is a column, like an example
labels = predict(params["w"], params["b"], grid).reshape(g1.shape)

plt.figure(figsize=(6.5, 5))
plt.contourf(g1, g2, labels, levels=[-0.5, 0.5, 1.5], colors=["#cfe3f5", "#f9d6c4"])
for label, colour, name in [(0, "tab:blue", "benign"), (1, "tab:orange", "malignant")]:
    keep = Y_train[0] == label
    plt.scatter(X2[0, keep], X2[1, keep], s=10, c=colour, label=name)
plt.title(f"Decision boundary on two features (training accuracy {100 * accuracy:.1f}%)")
plt.xlabel("mean_radius (standardised)")
plt.ylabel("mean_texture (standardised)")
plt.legend(loc="upper right")
plt.show()

# %% [markdown]
# ### Exercise 6: `model`
#
# Put the pieces together:
#
# 1. `initialize_with_zeros` with one weight per feature (`X_train.shape[0]`);
# 2. `optimize` on the training set, passing on `num_iterations`, `learning_rate` and `print_cost`;
# 3. `predict` on the training set and on the test set with the learned parameters.
#
# Return a dictionary with the keys `"costs"`, `"Y_prediction_test"`, `"Y_prediction_train"`, `"w"`, `"b"`,
# `"learning_rate"` and `"num_iterations"`.

# %% exercise="model"

# %% [markdown]
# ## 6. Training on all 30 features
#
# Now the real thing: every feature, 2000 iterations, $\alpha = 0.01$. Accuracy is the fraction of tumours
# labelled correctly. The training accuracy says how well the model fits what it has seen; the test accuracy,
# on 114 tumours it has never seen, estimates how it would do on new ones.
#
# The cell also shows what lies behind the test predictions: a histogram of the predicted probabilities for
# the benign and the malignant test tumours, a confusion table (how many of each class landed on each side
# of $0.5$), and the probabilities of the first five test tumours and of every test tumour the model gets
# wrong.

# %%
d = model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.01)
train_accuracy = np.mean(d["Y_prediction_train"] == Y_train)
test_accuracy = np.mean(d["Y_prediction_test"] == Y_test)
print(f"training accuracy: {100 * train_accuracy:.1f}%   test accuracy: {100 * test_accuracy:.1f}%")

A_test = sigmoid(d["w"].T @ X_test + d["b"])
fig, axes = plt.subplots(1, 2, figsize=(11, 3.8))
axes[0].plot(100 * np.arange(len(d["costs"])), d["costs"], marker="o")
axes[0].set_title(f"Training cost, learning rate {d['learning_rate']}")
axes[0].set_xlabel("iteration")
axes[0].set_ylabel("cost J")
bins = np.linspace(0, 1, 21)
axes[1].hist(A_test[Y_test == 0], bins=bins, alpha=0.6, label="benign (y = 0)")
axes[1].hist(A_test[Y_test == 1], bins=bins, alpha=0.6, label="malignant (y = 1)")
axes[1].axvline(0.5, color="gray", ls="--")
axes[1].set_title("Predicted probability of malignancy, test set")
axes[1].set_xlabel(r"$\hat{y}$")
axes[1].set_ylabel("number of tumours")
axes[1].legend()
plt.tight_layout()
plt.show()

predicted, actual = d["Y_prediction_test"][0], Y_test[0]
print("confusion table on the test set:")
print("                    predicted benign   predicted malignant")
for label, name in [(0, "actually benign   "), (1, "actually malignant")]:
    as_benign = np.sum((actual == label) & (predicted == 0))
    as_malignant = np.sum((actual == label) & (predicted == 1))
    print(f"{name}  {as_benign:16d}   {as_malignant:19d}")
wrong = np.flatnonzero(predicted != actual)
for title, tumours in [("the first five test tumours:", range(5)), ("the test tumours it gets wrong:", wrong)]:
    print()
    print(title)
    for i in tumours:
        print(f"  tumour {i:3d}: probability of malignancy {A_test[0, i]:.3f}"
              f" -> predicted {int(predicted[i])}, actual {int(actual[i])}")

# %% [markdown]
# About 97% of the test tumours are labelled correctly, by a model that is nothing more than one weighted sum
# and a sigmoid. The cost curve falls fast at first and then ever more slowly. It would keep going down with
# more iterations, but the test accuracy stops improving after about 1000 of them: from then on, training
# mostly makes the predictions on the training tumours more confident.
#
# Most probabilities sit close to 0 or 1. The mistakes are not all equal: a malignant tumour called benign
# (bottom left of the table) is far worse than a false alarm, and that is the kind this model makes. Because
# the model outputs probabilities, one could lower the threshold from $0.5$ to catch more malignant tumours,
# at the price of more false alarms.
#
# ### A numerical aside: why the cost can turn into `nan`
#
# Keep training long enough (the default `learning_rate=0.5` of `model` for 2000 iterations is plenty) and a
# few tumours reach $z > 37$. There $e^{-z} < 10^{-16}$ is below the resolution of a float64 next to $1$, so
# `sigmoid(z)` returns exactly `1.0`, `np.log(1 - A)` is $\log 0 = -\infty$, and the term
# $(1 - y) \log(1 - a)$ becomes $0 \cdot (-\infty)$ = `nan` (for $y = 1$) or $+\infty$ (for $y = 0$). The
# gradients are unaffected, since $dZ = A - Y$ has no logarithm, but the recorded cost is ruined. The runs in
# this lesson are kept short enough for that not to happen, which is why section 6 uses $\alpha = 0.01$
# rather than the default $0.5$ of `model`.
#
# The cure is to compute the loss from $z$ rather than from $a$. A few lines of algebra turn the cross-entropy into
#
# $$L = \log(1 + e^{z}) - y\,z,$$
#
# and `np.logaddexp(0, z)` evaluates $\log(e^0 + e^z)$ without ever overflowing. This is what the course's
# reference solution does, and what deep-learning libraries do when they offer a "cross-entropy with logits".
#
# ## 7. The learning rate
#
# The learning rate is a **hyperparameter**: it is not learned, we choose it, and the usual way to choose is to
# try several values and compare the cost curves. To see what happens inside, take a model with a single
# feature, the mean texture. Its parameters are just $w$ and $b$, so the whole cost $J(w, b)$ fits in a contour
# plot, and we can follow every step of gradient descent on it. The loop below is `optimize` written out, so
# that it can record the parameters after each step.

# %%
x_tex = X_train[[feature_names.index("mean_texture")]]  # shape (1, m): one feature

w_grid, b_grid = np.meshgrid(np.linspace(-2, 4.5, 90), np.linspace(-3.5, 3, 90))
Z_grid = w_grid[..., None] * x_tex[0] + b_grid[..., None]  # z for every grid point and every example
J_grid = np.mean(np.logaddexp(0, Z_grid) - Y_train[0] * Z_grid, axis=-1)  # the stable form of the cost

fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
axes[1].contour(w_grid, b_grid, J_grid, levels=np.linspace(0.55, 2.0, 15), colors="gray", linewidths=0.6)
for learning_rate, colour, marker in [(0.1, "tab:blue", "."), (3.0, "tab:green", "o"), (15.0, "tab:red", ".")]:
    w, b = initialize_with_zeros(1)
    path, costs = [(0.0, 0.0)], []
    for i in range(40):
        grads, cost = propagate(w, b, x_tex, Y_train)
        costs.append(cost)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        path.append((w[0, 0], b))
    path = np.array(path)
    axes[0].plot(costs, color=colour, marker=marker, ms=4, label=f"learning rate {learning_rate}")
    axes[1].plot(path[:, 0], path[:, 1], color=colour, marker=marker, ms=4, lw=1,
                 label=f"learning rate {learning_rate}")
best = np.unravel_index(J_grid.argmin(), J_grid.shape)
axes[1].plot(w_grid[best], b_grid[best], "k*", ms=12, label="minimum of J")
axes[0].set_title("Cost per iteration, one feature (mean texture)")
axes[0].set_xlabel("iteration")
axes[0].set_ylabel("cost J")
axes[0].legend()
axes[1].set_title("The same runs as paths on the contours of J(w, b)")
axes[1].set_xlabel("w")
axes[1].set_ylabel("b")
axes[1].set_xlim(-2, 4.5)
axes[1].set_ylim(-3.5, 3)
axes[1].legend(loc="lower left")
plt.tight_layout()
plt.show()

# %% [markdown]
# - **0.1, too small:** every step points the right way, but the steps are short; after 40 iterations the
#   path is still on its way to the bottom and the cost still clearly above its minimum.
# - **3, about right:** a few strides reach the bottom of the valley and the cost levels off.
# - **15, too large:** each step overshoots the valley floor and lands high on the opposite slope. The cost
#   jumps around and ends up above where it started: gradient descent no longer converges.
#
# What counts as "too large" depends on how sharply the cost bends around its minimum, and that depends on
# the data: a rate that is fine for one problem can be slow or unstable on another. That is why a learning
# rate is tuned for each problem. Later modules meet methods that adapt the step size as they go.
#
# ## Summary
#
# - Logistic regression predicts $\hat{y} = \sigma(w^T x + b)$: a weighted sum squashed into a probability.
# - It is trained by minimising the mean cross-entropy $J(w, b)$, which is convex and whose gradient does not
#   fade when a prediction is confidently wrong, unlike the squared error through a sigmoid.
# - The chain rule gives $dZ = A - Y$, $dw = \frac{1}{m} X\, dZ^T$, $db = \frac{1}{m}\sum dZ$, and gradient
#   descent steps against them with a learning rate $\alpha$ that has to be tuned.
# - Examples are columns, so one matrix product handles all of them: no loop over examples, and a
#   speed-up of one or two orders of magnitude.
#
# The next module puts a layer of hidden units in front of this neuron, so that the decision boundary no
# longer has to be a straight line.

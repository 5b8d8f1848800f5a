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
#
# Along the way some questions ask you to predict what an experiment will show **before** you run it. Some
# are checked by a test cell like the exercises; others ask for a few sentences that your instructor reads.
# Commit to an answer first: a wrong prediction you then see corrected teaches more than a right one
# read off the output.
#
# ## Contents
#
# 1. [The task: binary classification](#1.-The-task:-binary-classification)
# 2. [The model: one sigmoid neuron](#2.-The-model:-one-sigmoid-neuron)
#    - [Exercise 1: `sigmoid`](#Exercise-1:-sigmoid)
#    - [Exercise 2: `initialize_with_zeros`](#Exercise-2:-initialize_with_zeros)
# 3. [Loss and cost](#3.-Loss-and-cost)
# 4. [Gradient descent and derivatives](#4.-Gradient-descent-and-derivatives)
# 5. [Vectorisation](#5.-Vectorisation)
#    - [Exercise 3: `propagate`](#Exercise-3:-propagate)
# 6. [Examples as rows or as columns](#6.-Examples-as-rows-or-as-columns)
# 7. [Training and predicting](#7.-Training-and-predicting)
#    - [Exercise 4: `optimize`](#Exercise-4:-optimize)
#    - [Exercise 5: `predict`](#Exercise-5:-predict)
#    - [Exercise 6: `model`](#Exercise-6:-model)
# 8. [Training on all 30 features](#8.-Training-on-all-30-features)
# 9. [The learning rate](#9.-The-learning-rate)
# 10. [Why deep learning now](#10.-Why-deep-learning-now)
#
# [Summary](#Summary) and [Things to explore](#Things-to-explore) close the lesson.

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
# So `X_train[:, i]` is one tumour and `X_train[j]` is one feature measured on every tumour. With the examples
# in columns, the formulas for all $m$ examples read exactly like those for one example (section 5); many
# libraries put examples in rows instead, and section 6 shows how the two layouts translate.
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
# is malignant". We also write it $a$, the neuron's **activation**.
#
# ![Top: one example x of shape (n_x, 1) and the weights w of shape (n_x, 1) give the number z = w^T x + b,
# then a = sigma(z). Bottom: m examples as the columns of X, shape (n_x, m), give the row Z = w^T X + b of
# shape (1, m), then A = sigma(Z), shape (1, m)](attachment:01_neuron.svg)
#
# The lower half of the picture is the same neuron applied to all $m$ examples at once: put them side by side
# as the columns of $X$, and one product $w^T X$ gives a row $Z$ holding every example's $z$. Section 5 makes
# use of that.
#
# A few facts about $\sigma$ we will use:
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
#
# Expected: `sigmoid(np.array([0.0, 2.0]))` gives `[0.5, 0.88079708]`.

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
#
# Expected: `initialize_with_zeros(2)` gives `w = [[0.], [0.]]` (shape `(2, 1)`) and `b = 0.0`.

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
# **Question (1 point).** Exercise 2 starts training from $w = 0$ and $b = 0$. What is the cost $J$ of those
# parameters on our training set of 455 tumours (natural logarithm, as `np.log`)? Work it out on paper
# first. Write it in the cell below as a number with three digits, e.g. `q_zero_cost = 1.23`, then run the
# test under it.

# %% question="q_zero_cost"

# %% [markdown]
# **Question (1 point, graded by your instructor).** The cost is the *mean* of the losses, with a factor
# $\frac{1}{m}$, rather than their sum. Minimising either gives the same parameters, since they differ by a
# constant factor. So why the $\frac{1}{m}$? Think about what happens to the size of the gradient, and so to
# a good learning rate, when the training set grows. Write two or three sentences in the cell below.

# %% [markdown] answer="explain_one_over_m" points=1
# *Model answer.* With the $\frac{1}{m}$ the cost and its gradient are averages, so their size does not depend on
# how many examples there are: $J$ can be compared between data sets, and a learning rate that works on 100
# examples still works on 100,000. Without it, the gradient is a sum that grows in proportion to $m$, so each
# step $\alpha\, dw$ grows with the data set too, and the learning rate would have to be retuned (divided by
# $m$) whenever the number of examples, or later the size of a mini-batch, changes; otherwise it overshoots.

# %% [markdown]
# The cell below evaluates both questions on the first $m$ training tumours, for growing $m$. With $w = 0$
# and $b = 0$ every prediction is $\sigma(0) = 0.5$, so it needs no function of yours: it prints the cost and
# the length of the gradient $dw$ (derived in section 4) once as a mean and once as a sum.

# %%
print("     m   J (mean)   J (sum)   |dw| (mean)   |dw| (sum)")
for m_first in [50, 100, 200, X_train.shape[1]]:
    X_m, Y_m = X_train[:, :m_first], Y_train[:, :m_first]
    A_m = np.full((1, m_first), 0.5)  # sigma(0) for every example
    losses = -(Y_m * np.log(A_m) + (1 - Y_m) * np.log(1 - A_m))
    grad_sum = X_m @ (A_m - Y_m).T  # the sum over the examples of (a - y) x
    print(f"{m_first:6d}   {losses.mean():8.4f}  {losses.sum():8.2f}   {np.linalg.norm(grad_sum) / m_first:11.4f}"
          f"   {np.linalg.norm(grad_sum):10.2f}")

# %% [markdown]
# At $w = 0$, $b = 0$ every example gets probability $\frac{1}{2}$ for its own label, whichever label that is, so
# every loss is $-\log \frac{1}{2} = \log 2$ and the cost is $\log 2 \approx 0.6931$ on any data set: a first
# training run that starts anywhere else has a bug. The sums grow in step with $m$, the means stay put; the
# same holds for the gradient, which is why every gradient in this course carries the $\frac{1}{m}$.
#
# *Where the formula comes from.* Read $\hat{y}$ as the model's probability of $y = 1$. The probability it gives
# to the label actually observed is $\hat{y}^{\,y} (1 - \hat{y})^{1 - y}$ (that is $\hat{y}$ if $y = 1$ and
# $1 - \hat{y}$ if $y = 0$). For independent examples these probabilities multiply, and the logarithm of the
# product is $-m\,J$. Minimising the cross-entropy cost is the same as choosing the parameters under which the
# observed labels are most probable (maximum likelihood).
#
# ### Why not the squared error?
#
# The squared error $(\hat{y} - y)^2$ works well for predicting real numbers, so why not here?
#
# **Question (2 points, graded by your instructor).** Before reading on, give your own reason for preferring the
# cross-entropy to the squared error $(a - y)^2$ when $a = \sigma(z)$. Hint: with the chain rule and
# $\sigma'(z) = a(1 - a)$, write $\frac{dL}{dz}$ for the squared error, and look at what it does when the model is
# confidently wrong ($y = 1$ but $z$ very negative, so $a \approx 0$). Write your answer in the cell below.

# %% [markdown] answer="explain_log_loss" points=2
# *Model answer.* For the squared error, $\frac{dL}{dz} = 2(a - y)\,a(1 - a)$. When the model is confidently
# wrong ($y = 1$, $a \approx 0$), the factor $a(1 - a)$ is nearly 0, so the gradient nearly vanishes: the worse
# the mistake, the weaker the push to correct it, and training stalls on a plateau. The cross-entropy's
# logarithm cancels that factor, giving $\frac{dL}{dz} = a - y$, which is largest in size (close to $-1$) exactly
# when the prediction is most wrong. Besides, the cross-entropy through a sigmoid is convex in $w$ and $b$ (one valley),
# while the squared error through a sigmoid is not; and the cross-entropy is the negative log-likelihood of the
# labels, the principled loss for a predicted probability.

# %% [markdown]
# Compare your answer with what follows. The trouble is the sigmoid in front of the squared error. Take a
# single example with $x = 1$ and $y = 1$ and let the weight $w$ vary (with $b = 0$, so $z = w$):
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
# jumps over the valley floor (section 9 shows both). Because the cross-entropy cost is convex, it has no
# valleys other than the lowest one, and gradient descent with a sensible $\alpha$ heads downhill towards it
# from any starting point.
#
# In code we write `dw` for $\frac{\partial J}{\partial w}$ (same shape as `w`) and `db` for $\frac{\partial J}{\partial b}$.
#
# ### The derivatives, by the chain rule
#
# For one example the computation is a chain of three steps: $z = w^T x + b$, then $a = \sigma(z)$ (this is
# $\hat{y}$), then $L(a, y)$. Draw it as a **computation graph**: the forward pass runs left to right and
# computes the values; each edge carries the local derivative of its head with respect to its tail, and the
# backward pass runs right to left, multiplying them (the chain rule).
#
# ![The computation graph of one example's loss: w, x and b feed z = w^T x + b, then a = sigma(z), then
# L(a, y). The edges carry dL/da = -y/a + (1-y)/(1-a), da/dz = a(1-a), dz/dw = x and dz/db = 1. The backward
# pass below multiplies them: dz = a - y, dw = x dz, db = dz](attachment:01_graph.svg)
#
# In the graph, $dw$ and $db$ are the derivatives of one example's loss; those of the cost, the average over
# all examples, follow below. Differentiate each step and multiply, from the end backwards:
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
# Read $dw$ as the average of the feature vectors, each weighted by its example's error $a - y$. The step
# $w := w - \alpha\, dw$ therefore moves $w$ away from the feature vector $x^{(i)}$ of an example predicted too
# high ($a > y$), which lowers its $z$, and towards that of an example predicted too low, which raises its $z$.
#
# ## 5. Vectorisation
#
# The formulas above have no loop over the examples: $w^T X$ and $X\, dZ^T$ are matrix products that handle all
# $m$ examples at once. That matters. A Python loop pays the interpreter's overhead on every example, while a
# NumPy product runs one compiled routine that streams through memory and uses the processor's
# vector (SIMD) instructions. The same reason makes GPUs, which apply one instruction to many numbers at once,
# so good at deep learning. Let us measure it on 100,000 made-up examples with 30 features, computing
# $z^{(i)} = w^T x^{(i)} + b$ once per example in a loop and once for all of them as `w.T @ X + b`. (Timings
# vary from run to run, a lot on a busy machine; the ratio is what to look at, and it is large every time.)

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

vec_time = np.inf
for _ in range(20):  # the best of 20 runs: the first also pays for setting up, and the machine may be busy
    start = time.perf_counter()
    Z_vec = w_big.T @ X_big + b_big
    vec_time = min(vec_time, time.perf_counter() - start)

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
#
# Expected: with `w = np.array([[0.5], [-1.0]])`, `b = 0.25`, `X = np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]])`
# and `Y = np.array([[1.0, 0.0, 1.0]])`, `propagate(w, b, X, Y)` gives
# `dw = [[-0.24322675], [0.07169377]]`, `db = -0.14907764` and `cost = 0.27589443`.

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
# ## 6. Examples as rows or as columns
#
# This course, like the notes it follows, puts each example in a **column**: $X$ has shape $(n_x, m)$, and a
# layer computes $Z = W X + b$ with $W$ of shape $(n_{\text{out}}, n_{\text{in}})$ and $b$ a column
# $(n_{\text{out}}, 1)$ (for our single neuron, $W = w^T$ and $n_{\text{out}} = 1$). Most data files and most
# libraries put each example in a **row** instead: `X_rows` has shape $(m, n_{\text{in}})$, one line per
# tumour, as in a spreadsheet. The two are the same numbers, transposed:
#
# ![Left, this course: X of shape (n_in, m) with one example per column, W of shape (n_out, n_in), and
# Z = W X + b of shape (n_out, m). Right, the row layout: X of shape (m, n_in) with one example per row,
# Z = X W^T + b^T of shape (m, n_out)](attachment:01_layouts.svg)
#
# Text written for rows that wants to keep the course's $W$ writes the layer as `(W @ X_rows.T + b).T`:
# turn the examples into columns, apply the layer, turn the result back. Since $(AB)^T = B^T A^T$, that is
# `X_rows @ W.T + b.T`, and no transposed copy of the data is needed. The cell checks it on random arrays.

# %%
rng = np.random.default_rng(2)
n_in, n_out, m_small = 3, 2, 5
W_layer = rng.standard_normal((n_out, n_in))  # one row of weights per output unit, as in this course
b_layer = rng.standard_normal((n_out, 1))     # a column
X_rows = rng.standard_normal((m_small, n_in))  # 5 examples as rows

Z_rows = X_rows @ W_layer.T + b_layer.T          # rows in, rows out
Z_via_columns = (W_layer @ X_rows.T + b_layer).T  # to columns, the course's layer, back to rows
print("X_rows", X_rows.shape, " W", W_layer.shape, " b", b_layer.shape, " b.T", b_layer.T.shape)
print("X_rows @ W.T + b.T:     ", Z_rows.shape)
print("(W @ X_rows.T + b).T:   ", Z_via_columns.shape)
print("equal:", np.allclose(Z_rows, Z_via_columns))

# %% [markdown]
# The libraries you will meet next use rows:
#
# - **PyTorch**: `torch.nn.Linear(n_in, n_out)` stores `weight` with shape `(n_out, n_in)`, exactly like our
#   $W$, and computes `y = x @ weight.T + bias` on a batch `x` of shape `(m, n_in)`: the formula above.
# - **Keras**: a `Dense` layer stores its `kernel` with shape `(n_in, n_out)`, our $W^T$, and computes
#   `x @ kernel + bias`, again with examples in rows.
#
# This course keeps columns because then the formulas for a batch read exactly like the ones for a single
# example in linear algebra, $z = W x + b$ with $x$ a column vector, and because the notes the course is built
# on use them: $W^{[l]}$ has shape $(n^{[l]}, n^{[l-1]})$, and the backward formulas such as
# $dW = \frac{1}{m} dZ\, A^T$ keep the same shape bookkeeping in every lesson. The arithmetic is the same
# either way; the layout is a convention. When you read other code, find out first which axis holds the
# examples.
#
# ## 7. Training and predicting
#
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
#
# Expected: with the `w`, `b`, `X`, `Y` of the example of Exercise 3, `optimize(w, b, X, Y, num_iterations=201,
# learning_rate=0.1)` gives `params["w"] = [[2.00819357], [-1.39122954]]`, `params["b"] = 1.29150002`,
# `grads["dw"] = [[-0.03002119], [0.00775496]]`, `grads["db"] = -0.02185864` and
# `costs = [0.27589443, 0.05724806, 0.03064568]` (iterations 0, 100 and 200).

# %% exercise="optimize"

# %% [markdown]
# A first real training run: from zeros, on the training set, printing the cost as it goes. The cost should
# start at the value of your answer to the question in section 3 and fall steadily.

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
#
# Expected: `predict(np.array([[0.4], [-1.2]]), -0.1, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]]))` gives
# `[[0., 0., 0.]]` (the three values of $z$ are $-1.14$, $-2.94$ and $-1.50$).

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
#
# The check has no small worked example here: it compares your dictionary, key by key, with the reference's
# on two small random data sets. Section 8 then runs your `model` on the tumours.

# %% exercise="model"

# %% [markdown]
# ## 8. Training on all 30 features
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
# and a sigmoid. The cost curve falls fast at first and then ever more slowly; it would keep going down with
# more iterations. Whether the test accuracy would keep rising with it is one of the things to explore at the
# end of the lesson.
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
# $(1 - y) \log(1 - a)$ becomes $0 \cdot (-\infty)$ = `nan` (for $y = 1$) or $-\infty$ (for $y = 0$), which
# makes that example's loss, and so the cost, $+\infty$. The gradients are unaffected, since $dZ = A - Y$ has
# no logarithm, but the recorded cost is ruined. The cell below shows both cases: it trains with the defaults
# of `model`, counts the training tumours whose probability rounds to exactly `1.0`, and evaluates the cost
# written with logarithms of `A`; then it takes one made-up benign example ($y = 0$) at $z = 40$.

# %%
d_long = model(X_train, Y_train, X_test, Y_test)  # the defaults: 2000 iterations, learning rate 0.5
Z_long = d_long["w"].T @ X_train + d_long["b"]
A_long = sigmoid(Z_long)
print(f"largest z on the training set: {Z_long.max():.1f}")
print(f"training tumours whose probability is exactly 1.0: {int(np.sum(A_long == 1.0))}, "
      f"all of them malignant: {bool(np.all(Y_train[A_long == 1.0] == 1))}")
with np.errstate(divide="ignore", invalid="ignore"):  # log(0) and 0 * inf, on purpose
    naive_cost = -np.mean(Y_train * np.log(A_long) + (1 - Y_train) * np.log(1 - A_long))
    benign_term = (1 - 0.0) * np.log(1 - sigmoid(40.0))
print(f"the cost written with log(A) and log(1 - A): {naive_cost}")
print(f"the same cost computed from z with np.logaddexp: {np.mean(np.logaddexp(0, Z_long) - Y_train * Z_long):.6f}")
print(f"a benign example (y = 0) at z = 40: (1 - y) log(1 - a) = {benign_term}, so its loss is {-benign_term}")

# %% [markdown]
# The probabilities of some malignant tumours have rounded to exactly `1.0`, and one `nan` among the
# terms makes the whole mean `nan`, although the model is doing well: computed from $z$, the same cost is
# a small, finite number. The other runs of this lesson stop before that point, which is why section 8
# trains with $\alpha = 0.01$ rather than the default $0.5$ of `model`.
#
# The cure is to compute the loss from $z$ rather than from $a$. A few lines of algebra turn the cross-entropy into
#
# $$L = \log(1 + e^{z}) - y\,z,$$
#
# and `np.logaddexp(0, z)` evaluates $\log(e^0 + e^z)$ without ever overflowing. This is what the course's
# reference solution does, and what deep-learning libraries do when they offer a "cross-entropy with logits".
#
# ## 9. The learning rate
#
# The learning rate is a **hyperparameter**: it is not learned, we choose it, and the usual way to choose is to
# try several values and compare the cost curves. To see what happens inside, take a model with a single
# feature, the mean texture. Its parameters are just $w$ and $b$, so the whole cost $J(w, b)$ fits in a contour
# plot, and we can follow every step of gradient descent on it. The loop below is `optimize` written out, so
# that it can record the parameters after each step.
#
# It runs gradient descent for 40 iterations from $w = 0$, $b = 0$ three times, with the learning rates
# 0.1, 3 and 15. The cost starts at $\log 2 \approx 0.693$ in every run.
#
# **Question (1 point).** In which run does the cost go *up* from one iteration to the next, so that it
# jumps around instead of falling steadily?
#
# - (a) learning rate 0.1
# - (b) learning rate 3
# - (c) learning rate 15
# - (d) none of them: the cost is convex, so every gradient step lowers it
#
# Write your choice in the cell below as `q_overshoot = "a"`, `"b"`, `"c"` or `"d"`, then run its test.

# %% question="q_overshoot"

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
# ## 10. Why deep learning now
#
# Logistic regression is decades old, and neural networks, which stack many such units, were studied from the
# 1950s on. They took over machine learning only in the 2010s. The usual explanation has three parts:
#
# - **Data.** Phones, sensors and the web produce far more labelled examples than before. A small model such as
#   this one soon stops improving with more data; a large neural network keeps improving for much longer.
# - **Compute.** Graphics processors (GPUs) and vectorised libraries apply one operation to many numbers at
#   once, and deep learning is made of exactly such operations: the matrix products of section 5.
# - **Algorithms.** Ideas that make large networks trainable and fast to train: the ReLU activation instead of
#   the saturating sigmoid (module 04), careful initialisation (module 05), better optimisers such as Adam
#   (module 06).
#
# Underneath all three sits a loop: have an **idea**, write the **code**, run the **experiment**, look at the
# result, and have the next idea. Nobody knows the right architecture or learning rate in advance (section 9),
# so progress is set by how many turns of that loop fit in a day. An experiment that takes minutes instead of
# weeks changes what can be tried.
#
# ![A loop of three boxes: idea, then code, then experiment, then back to idea; the faster the experiments,
# the more turns of the loop a day](attachment:01_loop.svg)
#
# Two cheap ways to turn the loop faster are visible even on a laptop. The cell below times one vectorised
# gradient step of logistic regression (the computation of `propagate` and one update, written out inline) on
# 100,000 made-up examples with 30 features, once with 64-bit and once with 32-bit floats, the precision most
# deep learning uses. Then it processes 4096 examples in batches of 1, 16, 256 and 4096 (a batch of 1 is a
# loop over single examples) and reports the time per example. Each timing is the best of a few repeats.

# %%
def gradient_step(w, b, X, Y, learning_rate=0.01):
    """One step of gradient descent on the logistic-regression cost, vectorised over the columns of X."""
    m = X.shape[1]
    A = 1 / (1 + np.exp(-(w.T @ X + b)))
    dZ = A - Y
    dw = (X @ dZ.T) / m
    db = dZ.sum() / m
    return w - learning_rate * dw, b - learning_rate * db


def best_time(run, repeats=5):
    """The shortest of a few wall-clock timings of run(), in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


rng = np.random.default_rng(3)
X_64 = rng.standard_normal((30, 100_000))
Y_64 = (rng.random((1, 100_000)) > 0.5).astype(np.float64)
w_64 = 0.1 * rng.standard_normal((30, 1))
X_32, Y_32, w_32 = X_64.astype(np.float32), Y_64.astype(np.float32), w_64.astype(np.float32)

# the best of 40 runs of each, alternating, so that whatever else the machine is doing slows both alike
times_64, times_32 = [], []
for _ in range(40):
    times_64.append(best_time(lambda: gradient_step(w_64, 0.0, X_64, Y_64), repeats=1))
    times_32.append(best_time(lambda: gradient_step(w_32, np.float32(0.0), X_32, Y_32), repeats=1))
time_64, time_32 = min(times_64), min(times_32)
print(f"one gradient step on 100,000 examples: float64 {1000 * time_64:.2f} ms, float32 {1000 * time_32:.2f} ms"
      f" (float32 is {time_64 / time_32:.1f} times as fast; the step stays float32:"
      f" {gradient_step(w_32, np.float32(0.0), X_32, Y_32)[0].dtype})")

n_examples = 4096
X_few, Y_few = X_64[:, :n_examples], Y_64[:, :n_examples]


def one_pass(batch_size):
    """One pass of gradient steps over the 4096 examples, batch_size examples at a time."""
    w, b = w_64, 0.0
    for start in range(0, n_examples, batch_size):
        w, b = gradient_step(w, b, X_few[:, start:start + batch_size], Y_few[:, start:start + batch_size])
    return w, b


batch_sizes = [1, 16, 256, 4096]
per_example = [best_time(lambda: one_pass(size), repeats=5) / n_examples for size in batch_sizes]
print()
print("batch size   time per example   speed-up over batch size 1")
for size, seconds in zip(batch_sizes, per_example):
    print(f"{size:10d}   {1e6 * seconds:12.3f} µs   {per_example[0] / seconds:14.0f}x")

plt.figure(figsize=(6, 3.8))
plt.loglog(batch_sizes, [1e6 * t for t in per_example], marker="o")
plt.xticks(batch_sizes, [str(size) for size in batch_sizes])
plt.title("Time per example of a gradient step (float64)")
plt.xlabel("batch size (examples per step)")
plt.ylabel("microseconds per example")
plt.show()

# %% [markdown]
# The numbers depend on the machine and on what else it is doing, so read them as ratios. On the (busy, two-core)
# machine this lesson was prepared on, float32 made the step about twice as fast as float64, and
# batches of 4096 processed an example hundreds of times as fast as single examples, with most of the gain
# already at a batch of 256. Your numbers will differ, and on a busy machine they jump from run to run (run the
# cell again if they look odd); the picture should not. Half the
# bits means half the memory to stream through, and twice as many numbers per vector instruction; a batch
# pays Python's per-call overhead once for thousands of examples instead of once per example. GPUs push both
# effects much further. (The batches here give different parameter updates than one pass of single-example
# steps: module 06 discusses what the batch size does to training, not just to speed.)
#
# ## Summary
#
# - Logistic regression predicts $\hat{y} = \sigma(w^T x + b)$: a weighted sum squashed into a probability.
# - It is trained by minimising the mean cross-entropy $J(w, b)$, which is convex and whose gradient does not
#   fade when a prediction is confidently wrong, unlike the squared error through a sigmoid.
# - The chain rule gives $dZ = A - Y$, $dw = \frac{1}{m} X\, dZ^T$, $db = \frac{1}{m}\sum dZ$, and gradient
#   descent steps against them with a learning rate $\alpha$ that has to be tuned.
# - Examples are columns, so one matrix product handles all of them: no loop over examples, and the large
#   speed-up measured in section 5. Libraries that keep examples in rows compute the same thing transposed,
#   `X_rows @ W.T + b.T`.
# - Computing the cost from $z$ (`np.logaddexp`) keeps it finite when a probability rounds to exactly 0 or 1.
#
# The next module puts a layer of hidden units in front of this neuron, so that the decision boundary no
# longer has to be a straight line.
#
# ## Things to explore
#
# - Lower the decision threshold of `predict` from $0.5$ to, say, $0.2$ and recount the confusion table of
#   section 8: how many malignant tumours called benign are left, and how many false alarms does it cost?
# - Undo part of the standardisation: multiply the row of `mean_area` in a copy of `X_train` by 500, as if
#   that feature were still measured in its raw units, and look for a learning rate that works for all
#   weights at once. What goes wrong, and why?
# - Extend the learning-rate experiment of section 9: find roughly the smallest rate at which the cost starts
#   to jump around, and try it on a different feature than the mean texture.
# - Replace the cross-entropy by the squared error in a copy of `propagate` (with its own gradient,
#   $dZ = 2(A - Y)\,A(1 - A)$) and compare the cost curves and test accuracy from the all-zero start.
# - Train `model` for 250, 500, 1000, 2000 and 4000 iterations (learning rate 0.01) and print the training and
#   test accuracy each time. Does a lower training cost always mean better predictions on the test tumours?

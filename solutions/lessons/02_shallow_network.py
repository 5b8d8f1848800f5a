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

# %% [markdown] lang="ko"
# # 02 얕은 신경망
#
# 모듈 01의 시그모이드(sigmoid) 뉴런(neuron) 하나, 곧 로지스틱 회귀(logistic regression)는 두 클래스를 직선(차원이
# 더 높으면 평평한 평면)으로만 나눌 수 있습니다. 이번 레슨에서는 그 앞에 뉴런 여러 개로 된 **은닉층**(hidden layer)을
# 둡니다. 은닉 뉴런은 저마다 자기 직선을 하나씩 긋고, 출력 뉴런은 이 직선들을 조합합니다. 그러면 결정 경계(decision
# boundary)가 데이터를 감싸며 휠 수 있습니다. 여러분이 만들 신경망(neural network)은 하이퍼볼릭 탄젠트($\tanh$)
# 활성화 함수(activation function)를 쓰는 은닉층 하나와 시그모이드 출력 유닛(unit) 하나로 이루어집니다. 순전파(forward
# propagation), 비용(cost), 오차 역전파(backpropagation), 경사 하강법(gradient descent), 예측까지 모든 부분을 직접
# 작성합니다.
#
# 작성할 함수는 모두 여덟 개이며, 다음 순서를 따릅니다.
#
# | 함수 | 하는 일 |
# | --- | --- |
# | `layer_sizes(X, Y, n_h)` | 데이터에서 읽어 낸 각 층(layer)의 유닛 수 |
# | `initialize_parameters(n_x, n_h, n_y, rng)` | 작은 무작위 가중치(weight)와 0인 편향(bias) |
# | `forward_propagation(X, parameters)` | 신경망이 출력하는 확률, 그리고 되돌아갈 때 쓸 캐시(cache) |
# | `compute_cost(A2, Y)` | 교차 엔트로피(cross-entropy) 비용 |
# | `backward_propagation(parameters, cache, X, Y)` | 연쇄 법칙(chain rule)으로 구한 비용의 기울기(gradient) |
# | `update_parameters(parameters, grads, learning_rate)` | 경사 하강법 한 걸음(step) |
# | `nn_model(X, Y, n_h, ...)` | 훈련 루프 전체 |
# | `predict(parameters, X)` | 0 또는 1인 레이블(label) |
#
# 모듈 01과 마찬가지로, 각 연습 문제(exercise) 셀의 `raise NotImplementedError()` 줄을 여러분의 코드로 바꾸고 그 셀을
# 실행한 다음, 바로 아래의 테스트 셀(test cell)을 실행합니다. 테스트는 어느 경우가 틀렸는지 알려 줍니다. 첫 번째 경우는
# 언제나 3절의 작은 풀이 예제(worked example)이며, 테스트는 그 호출을 보여 줍니다. 흔한 실수를 알아보면 어떤 실수인지도
# 알려 줍니다. 셀은 위에서 아래로 차례대로 실행하십시오. 뒤의 셀은 앞에서 작성한 함수를 사용합니다.
#
# 레슨 곳곳에서는 결과를 보여 주기 전에 먼저 **예측**해 보라고 묻습니다. 두 질문은 자동으로 채점되고(질문 아래 셀에 답을
# 쓴 다음 그 테스트를 실행합니다), 나머지 두 질문은 강사가 읽는 서술형 답안입니다.
#
# **차례**
#
# 1. [뉴런 하나에서 층으로](#1.-뉴런-하나에서-층으로)
# 2. [직선으로 나눌 수 없는 데이터 세트](#2.-직선으로-나눌-수-없는-데이터-세트)
# 3. [신경망](#3.-신경망):
#    [연습 문제 1](#연습-문제-1:-layer_sizes), [연습 문제 2](#연습-문제-2:-initialize_parameters),
#    [연습 문제 3](#연습-문제-3:-forward_propagation), [연습 문제 4](#연습-문제-4:-compute_cost)
# 4. [노드 두 개짜리 신경망을 손으로 조정하기](#4.-노드-두-개짜리-신경망을-손으로-조정하기)
# 5. [역전파](#5.-역전파):
#    [연습 문제 5](#연습-문제-5:-backward_propagation), [연습 문제 6](#연습-문제-6:-update_parameters)
# 6. [훈련](#6.-훈련): [연습 문제 7](#연습-문제-7:-nn_model), [연습 문제 8](#연습-문제-8:-predict)
# 7. [하이퍼파라미터](#7.-하이퍼파라미터)
# 8. [가중치를 무작위로 시작하는 이유](#8.-가중치를-무작위로-시작하는-이유)
# 9. [요약](#9.-요약)
# 10. [더 살펴볼 거리](#10.-더-살펴볼-거리)

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

# %% [markdown] lang="ko"
# ## 1. 뉴런 하나에서 층으로
#
# 뉴런은 입력 $a_1, \dots, a_n$을 받아 가중합에 편향을 더하고, 그 결과를 활성화 함수 $g$에 통과시킵니다.
#
# $$z = w_1 a_1 + w_2 a_2 + \dots + w_n a_n + b = w \cdot a + b, \qquad \text{output } g(z).$$
#
# $g = \sigma$이면 이것이 바로 로지스틱 회귀입니다. **층**은 같은 입력을 읽는 뉴런 여러 개의 묶음이며, 뉴런마다 자기
# 가중치와 편향이 있습니다. 뉴런 $j$의 가중치를 행렬(matrix) $W$의 $j$번째 **행**으로 쓰고, 편향들을 열 $b$로
# 씁니다. 그러면 모든 가중합이 행렬-벡터 곱(matrix-vector product) 한 번으로 나옵니다.
#
# $$z = W a + b, \qquad W \text{ of shape } (n^{[1]}, n^{[0]}), \quad a \text{ of shape } (n^{[0]}, 1),
# \quad b \text{ and } z \text{ of shape } (n^{[1]}, 1),$$
#
# 여기서 $n^{[0]}$은 입력의 개수, $n^{[1]}$은 층에 있는 뉴런의 개수입니다. $z$의 $j$번째 원소는 $W$의 $j$행과 $a$를
# 곱하고 $b_j$를 더한 값, 곧 뉴런 $j$의 가중합입니다.
#
# 이번에는 $m$개의 샘플(example)을 한꺼번에 처리해 봅시다. 모듈 01에서처럼 샘플은
# $X = [x^{(1)}, \dots, x^{(m)}]$의 **열**이고, $X$의 형상(shape)은 $(n^{[0]}, m)$입니다. 그러면 다음과 같습니다.
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]} \qquad (n^{[1]}, n^{[0]}) \times (n^{[0]}, m) \to (n^{[1]}, m).$$
#
# ![행렬을 칸으로 된 격자로 그린 층: 형상이 (n1, n0)인 W1(여기서는 3×2)에 형상이 (n0, m)인 X(여기서는 2×5)를 곱하고,
# m개의 열 모두에 복사된 형상 (n1, 1)의 b1을 더하면 형상 (n1, m), 즉 3×5인 Z1이 나옵니다. W1의 2행과 X의 4열이 강조되어
# 있고, 이 둘이 만들어 내는 Z1의 2행 4열 원소도 강조되어 있습니다.](attachment:02_layer_shapes.svg)
#
# 그림은 아래 셀과 같은 경우입니다. 뉴런은 $n^{[1]} = 3$개, 특성(feature)은 $n^{[0]} = 2$개, 샘플은 $m = 5$개입니다.
# $W^{[1]}$의 $j$행(뉴런 $j$의 가중치)과 $X$의 $i$열(샘플 $i$)을 곱하면 $Z^{[1]}$의 $(j, i)$ 원소, 곧 샘플 $i$에 대한
# 뉴런 $j$의 가중합이 됩니다. 곱에서 안쪽 크기는 서로 맞습니다($n^{[0]}$, 특성의 개수). 결과에는 뉴런마다 한 행, 샘플마다
# 한 열이 있습니다. 편향 $b^{[1]}$은 열이 하나뿐이며, NumPy가 이를 **브로드캐스팅**(broadcasting)합니다. 즉 그 열을
# $m$번 복사한 것처럼 $m$개의 열 각각에 더합니다. 층의 출력 $A^{[1]} = g(Z^{[1]})$도 형상이 $(n^{[1]}, m)$이며, 다음
# 층이 입력으로 받는 바로 그 형태입니다. 따라서 신경망 전체가 이런 곱의 연쇄가 되고, 샘플에 대한 루프는 필요 없습니다.
#
# 아래 셀은 층을 두 번 계산합니다. 한 번은 뉴런과 샘플에 대한 명시적인 루프로, 한 번은 코드 한 줄로 계산합니다.

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

# %% [markdown] lang="ko"
# 우리 신경망의 출력층(output layer)은 모듈 01처럼 시그모이드 뉴런 하나입니다. 레슨 내내 쓸 수 있는 시그모이드 함수를
# 아래에 준비해 두었습니다. 수치적으로 신중하게 만든 버전으로, `np.exp`를 언제나 $-|z|$에만 적용하므로 오버플로(overflow)가 일어날
# 수 없습니다.

# %% given="sigmoid"

# %% [markdown]
# ## 2. A data set that no straight line separates
#
# `datasets.circles` makes points in the plane: a ring of class 0 around a smaller ring of class 1, with some
# noise. There are two features (the coordinates $x_1$, $x_2$), so $X$ has shape $(2, m)$ and we can look at the
# whole problem at once.

# %% [markdown] lang="ko"
# ## 2. 직선으로 나눌 수 없는 데이터 세트
#
# `datasets.circles`는 평면 위의 점들을 만듭니다. 클래스 0인 고리가 그보다 작은 클래스 1의 고리를 둘러싸고 있으며, 약간의
# 잡음이 섞여 있습니다. 특성은 두 개(좌표 $x_1$, $x_2$)이므로 $X$의 형상은 $(2, m)$이고, 문제 전체를 한눈에 볼 수
# 있습니다.

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

# %% [markdown] lang="ko"
# 분류기가 하는 일을 그리려면, 평면을 덮는 촘촘한 격자의 모든 점을 분류기가 붙인 레이블에 따라 색칠합니다. 격자의 점들을
# 샘플처럼 열로 쌓아 두므로, 형상이 $(2, m)$인 $X$에 레이블을 붙이는 함수라면 어떤 함수든 한 번의 호출로 격자 전체에
# 레이블을 붙일 수 있습니다.

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

# %% [markdown] lang="ko"
# ### 기준 모델: 로지스틱 회귀
#
# 먼저 모듈 01의 모델, 곧 교차 엔트로피에 대해 경사 하강법으로 훈련한 시그모이드 유닛 하나 $\hat{y} = \sigma(w^T x + b)$를
# 봅시다. 코드가 몇 줄뿐이어서 여기에 그대로 적어 두었습니다. 이 모델은 $w^T x + b > 0$인 곳, 즉 어떤 직선의 한쪽에서 1을
# 예측합니다.

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

# %% [markdown] lang="ko"
# 맞힌 점은 절반 정도로 동전 던지기보다 나을 것이 없고, 모델이 찾은 가중치(위에 출력된 값)는 0에 가깝습니다. 모델이 할 수
# 있는 최선은 모든 곳에서 약 $0.5$를 예측하는 것이었고, 그때 비용은 약 $\log 2 = 0.693$입니다. 어떤 직선을 고르든 그
# 직선의 양쪽 모두에 바깥 고리의 점이 놓입니다. 어떤 영역을 둘러싸려면 경계가 휘어야 하는데, 뉴런 하나로는 경계를 휠 수
# 없습니다.
#
# ## 3. 신경망
#
# 우리 신경망은 층이 세 개입니다. **입력층**(input layer)은 한 샘플의 특성 $n_x$개이고(아무것도 계산하지 않습니다),
# **은닉층**은 $\tanh$ 활성화 함수를 쓰는 뉴런 $n_h$개, **출력층**은 시그모이드 뉴런 하나입니다. '은닉'이라고 부르는
# 까닭은, 훈련 데이터가 출력이 무엇이어야 하는지는 알려 주지만 그 사이의 값에 대해서는 아무것도 알려 주지 않기
# 때문입니다. 쓸모 있는 값은 신경망이 스스로 찾아내야 합니다.
#
# ![이 레슨의 신경망: 두 입력 x1과 x2가 각각 네 개의 tanh 은닉 유닛 모두에 연결되고, 은닉 유닛은 모두 y-hat을 내는 시그모이드
# 출력 유닛 하나에 연결됩니다. 입력과 은닉층 사이에는 형상 (n_h, n_x)의 W1과 형상 (n_h, 1)의 b1이, 은닉층과 출력 사이에는
# 형상 (1, n_h)의 W2와 형상 (1, 1)의 b2가 있습니다. 층들 아래에는 m개의 샘플 전체에 대해 형상 (n_x, m)의 X = A0, 형상
# (n_h, m)의 A1, 형상 (1, m)의 A2가 적혀 있습니다.](attachment:02_network.svg)
#
# 샘플 $x$ 하나에 대해서는 다음과 같습니다.
#
# $$z^{[1]} = W^{[1]} x + b^{[1]}, \qquad a^{[1]} = \tanh(z^{[1]}), \qquad
# z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}, \qquad \hat{y} = a^{[2]} = \sigma(z^{[2]}).$$
#
# 대괄호 안의 위첨자는 층의 번호입니다. 샘플을 열로 두면, 같은 네 줄이 모든 샘플을 한꺼번에 처리합니다.
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]}, \qquad A^{[1]} = \tanh(Z^{[1]}), \qquad
# Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}, \qquad A^{[2]} = \sigma(Z^{[2]}).$$
#
# | 값 | 형상 | 코드에서 |
# | --- | --- | --- |
# | $X$ | $(n_x, m)$ | `X` |
# | $W^{[1]}$, $b^{[1]}$ | $(n_h, n_x)$, $(n_h, 1)$ | `parameters["W1"]`, `parameters["b1"]` |
# | $Z^{[1]}$, $A^{[1]}$ | $(n_h, m)$ | `Z1`, `A1` |
# | $W^{[2]}$, $b^{[2]}$ | $(n_y, n_h)$, $(n_y, 1)$ | `parameters["W2"]`, `parameters["b2"]` |
# | $Z^{[2]}$, $A^{[2]}$ | $(n_y, m)$ | `Z2`, `A2` |
#
# 각 $W^{[l]}$에는 층 $l$의 뉴런마다 한 행, 바로 앞 층의 뉴런마다 한 열이 있습니다. 여기서는 $n_y = 1$입니다. $A^{[1]}$의
# $j$행은 모든 샘플에 대한 은닉 뉴런 $j$의 출력입니다. 그러니 은닉층은 각 샘플에서 새로운 특성 $n_h$개를 계산하고, 출력
# 뉴런은 $x$ 대신 이 특성들을 입력으로 받는 로지스틱 회귀라고 생각할 수 있습니다.
#
# **왜 비선형(non-linear) 활성화 함수를 쓸까요?** $\tanh$가 없으면 은닉층은 쓸모가 없어집니다. 선형(linear) 층 두 개를 이어 놓으면
# 선형 층 하나가 됩니다. $W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} = (W^{[2]} W^{[1]})\, x + (W^{[2]} b^{[1]}
# + b^{[2]})$는 가중치 행렬 하나와 편향 하나로 된 식입니다. 선형 층을 아무리 많이 쌓아도 경계는 직선 그대로입니다. 층들을
# 합친 것이 층 하나보다 더 많은 일을 할 수 있게 해 주는 것이 바로 비선형성(non-linearity)입니다.
#
# **$\tanh$ 함수.** $\tanh(z) = \frac{e^z - e^{-z}}{e^z + e^{-z}}$는 시그모이드와 같은 S자 모양이지만, $-1$에서 $1$까지의
# 값을 가지며 $0$을 중심으로 합니다(사실 $\tanh(z) = 2\sigma(2z) - 1$입니다). 두 함수 모두 $|z|$가 크면 평평해지고, 그곳의
# 기울기(slope)는 거의 $0$입니다.
# 은닉층에 $\tanh$를, 출력에 시그모이드를 쓰는 이유는 7절의 질문에서 다루며, 7절에서는 반대로 선택한 경우도 시험해 봅니다.
# $\tanh$의 도함수(derivative)는 다음과 같습니다.
#
# $$\tanh'(z) = 1 - \tanh^2(z),$$
#
# 이 식은 역전파에서 필요합니다. $A^{[1]} = \tanh(Z^{[1]})$는 어차피 계산하므로, 모든 은닉 유닛(hidden unit)에서의 기울기는
# 간단히 $1 - (A^{[1]})^2$입니다.
#
# ### 풀이 예제
#
# 이 레슨의 테스트는 다음의 작은 신경망으로 시작합니다. 특성은 $n_x = 2$개, 은닉 유닛은 $n_h = 3$개, 출력은 하나, 샘플은
# $m = 4$개입니다. 여러분의 함수를 손으로 시험해 볼 때 사용하십시오.

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

# %% [markdown] lang="ko"
# ### 연습 문제 1: `layer_sizes`
#
# 튜플 `(n_x, n_h, n_y)`를 반환합니다. `n_x`는 한 샘플의 특성 개수이고 `n_y`는 출력 유닛의 개수로, 둘 다 `X` $(n_x, m)$와
# `Y` $(n_y, m)$의 형상에서 읽어 냅니다. `n_h`는 인자로 주어진 값입니다. 샘플 하나가 열 하나이므로 특성 하나는 행
# 하나입니다. 구하려는 수는 열의 개수가 아니라 행의 개수입니다.
#
# 기대 결과: `layer_sizes(X_ex, Y_ex)`는 `(2, 4, 1)`을 반환합니다(4는 `n_h`의 기본값입니다).

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

# %% [markdown] lang="ko"
# ### 연습 문제 2: `initialize_parameters`
#
# 다음과 같은 딕셔너리 `{"W1": ..., "b1": ..., "W2": ..., "b2": ...}`를 반환합니다.
#
# - `W1` $= 0.01 \times$ 형상 $(n_h, n_x)$의 표준 정규 난수, `b1`은 형상 $(n_h, 1)$의 영행렬
# - `W2` $= 0.01 \times$ 형상 $(n_y, n_h)$의 표준 정규 난수, `b2`는 형상 $(n_y, 1)$의 영행렬
#
# 난수는 인자로 받은 생성기 `rng`에서 `rng.standard_normal(shape)`로 뽑되, `W1`을 먼저, 그다음 `W2`를 뽑습니다. 그래야
# 같은 생성기가 언제나 같은 신경망을 만듭니다(테스트가 이 성질에 의존합니다). 전역 함수 `np.random.randn`은 쓰지
# 마십시오. 그 결과는 앞서 실행된 다른 모든 코드에 따라 달라집니다.
#
# **왜 무작위일까요?** 모든 은닉 유닛이 같은 가중치로 시작하면, 모든 유닛이 같은 함수를 계산하고 같은 기울기를 받으므로
# 유닛들은 영영 서로의 복사본으로 남습니다. 8절에서 이를 직접 확인합니다. 가중치가 무작위이면 유닛들은 처음부터 서로
# 다릅니다. 가중치가 이미 대칭성을 깨 주므로(대칭성 깨기, symmetry breaking) 편향은 0에서 시작해도 됩니다.
#
# **왜 작을까요?** 가중치가 0에 가까우면 모든 $z^{[1]}$이 0 근처에 있고, 그곳에서 $\tanh$는 가파르며 기울기가 큽니다.
# 가중치가 크면 유닛들이 $\tanh$의 평평한 양 끝으로 밀려나고, 그곳에서는 학습이 아주 느리게 진행됩니다(인수 $0.01$은 이
# 신경망처럼 작은 신경망에 알맞습니다. 심층 신경망(deep network)에서 이 크기를 고르는 방법은 모듈 05에서 다룹니다).
#
# 기대 결과: `initialize_parameters(2, 4, 1, np.random.default_rng(1))`는 `W1` =
# `[[0.00345584, 0.00821618], [0.00330437, -0.01303157], [0.00905356, 0.00446375], [-0.00536953, 0.00581118]]`,
# `W2` = `[[0.00364572, 0.00294132, 0.00028422, 0.00546713]]`, 그리고 형상이 `(4, 1)`과 `(1, 1)`인 0 편향을 반환합니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 3: `forward_propagation`
#
# 모든 샘플에 대해 한꺼번에 다음을 계산합니다.
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]}, \quad A^{[1]} = \tanh(Z^{[1]}), \quad Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]},
# \quad A^{[2]} = \sigma(Z^{[2]}),$$
#
# `np.tanh`와 위의 `sigmoid`를 쓰고, 행렬 곱(matrix product)에는 `@`(또는 `np.dot`)를 씁니다. 형상이 $(n_y, m)$인 `A2`와
# **캐시** `{"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}`를 반환합니다. 캐시는 역전파에 필요한 중간값들로, 다시 계산하지 않도록
# 보관해 두는 것입니다. 순전파에서는 전치(transpose)가 필요 없습니다. 3절 표의 형상들이 이미 맞아떨어집니다.
#
# 기대 결과: `forward_propagation(X_ex, parameters_ex)`는 `A2` = `[[0.3986611, 0.50878126, 0.49763464,
# 0.71124538]]`을 반환하며, 캐시에는 형상 `(3, 4)`인 `Z1`과 `A1`, 형상 `(1, 4)`인 `Z2`가 들어 있습니다. `Z1`의 첫 번째
# 열은 `[0.1, 0.925, -0.5]`입니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 4: `compute_cost`
#
# 비용은 모듈 01과 같은 교차 엔트로피를 $m$개의 샘플에 대해 평균(mean)한 값입니다.
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \Big( y^{(i)} \log a^{[2](i)} + (1 - y^{(i)}) \log\big(1 - a^{[2](i)}\big) \Big).$$
#
# `A2`와 `Y`는 둘 다 형상이 $(1, m)$입니다. 원소별 항을 `*`와 `np.log`로 계산해 모두 더하고, $m$ = `Y.shape[1]`로 나눈
# 다음, 파이썬 `float`로 반환합니다(`float(...)`는 NumPy 수를 파이썬 `float`로 바꿔 줍니다).
#
# 기대 결과: `compute_cost(np.array([[0.8, 0.1, 0.6, 0.3]]), Y_ex)`는 `0.2990011586691898`을 반환합니다.

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

# %% [markdown] lang="ko"
# ## 4. 노드 두 개짜리 신경망을 손으로 조정하기
#
# 훈련이란 비용을 작게 만드는 가중치를 찾는 일입니다. 이 일을 경사 하강법에 맡기기 전에, 가장 작은 신경망에서 직접 해
# 봅시다. 입력 $x$ 하나, $\tanh$ 은닉 유닛 하나, 시그모이드 출력 유닛 하나로, 노드는 모두 두 개입니다. 조절할 손잡이를
# 하나로 줄이기 위해 은닉 유닛의 가중치는 $w_1 = 1$로, 두 편향은 $0$으로 고정합니다. 자유롭게 바꿀 수 있는 것은 출력
# 가중치 $w$뿐입니다.
#
# ![노드 두 개짜리 신경망: 입력 x가 가중치 w1 = 1, 편향 b1 = 0인 tanh 유닛을 거쳐 a = tanh(x)가 되고, 다시 가중치 w,
# 편향 b2 = 0인 시그모이드 유닛을 거쳐 y-hat = sigma(w a)가 됩니다.
# ](attachment:02_two_nodes.svg)
#
# 이것은 3절의 신경망에서 $n_x = n_h = n_y = 1$로 둔 경우이므로, 여러분의 `forward_propagation`과 `compute_cost`로 그대로
# 실행할 수 있습니다. 데이터는 직선 위의 점 여섯 개이며, 모든 점을 맞힐 수는 없습니다. $x = -0.5$의 점은 레이블이 1이고
# $x = 0.5$의 점은 레이블이 0이어서, 다른 점들의 경향과 반대입니다.
#
# 셀을 실행한 다음, `w` 값의 목록을 바꿔 다시 실행해 보십시오. 비용을 얼마나 낮출 수 있습니까?

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

# %% [markdown] lang="ko"
# $w = -2$이면 신경망은 경향과 반대로 예측하고 비용이 높습니다. $w = 0$이면 모든 점에 $0.5$를 내놓으며 비용은
# $\log 2 = 0.6931$입니다. $w = 2$가 더 낫습니다. 손으로 찾는 방법은 가중치 하나라면 통합니다. 하지만 실제 신경망의 수천
# 개 가중치에는 통하지 않고, 여기서도 여러 번 시도해야 합니다. 우리에게 필요한 것은 지금 서 있는 곳에서 어느 쪽으로
# 움직여야 하는지 알려 주는 규칙입니다.
#
# 그 규칙이 바로 **기울기** $\frac{dJ}{dw}$입니다. 손으로 잴 때와 같은 방법으로 잽니다. $w$를 아주 작은 $\varepsilon$만큼
# 양쪽으로 살짝 움직이고 비용이 얼마나 변하는지 봅니다.
#
# $$\frac{dJ}{dw} \approx \frac{J(w + \varepsilon) - J(w - \varepsilon)}{2\varepsilon}.$$
#
# 기울기가 양수이면 $w$가 커질 때 비용이 올라가고, 음수이면 $w$가 커질 때 비용이 내려갑니다.

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

# %% [markdown] lang="ko"
# ### 질문 1: 어느 쪽으로?
#
# $w = 4$에서 기울기 $\frac{dJ}{dw}$는 양수입니다. 비용을 낮추려면 $w$를 어떻게 해야 할까요?
#
# - **(a)** 올린다. 4보다 큰 값으로 옮긴다.
# - **(b)** 내린다. 4보다 작은 값으로 옮긴다.
# - **(c)** 기울기로는 알 수 없다. 먼저 다른 $w$ 값에서의 비용을 알아야 한다.
#
# 아래 셀에 `q_slope_direction = "a"`, `"b"` 또는 `"c"`의 형태로 답을 쓰고, 그 테스트를 실행하십시오.

# %% question="q_slope_direction"

# %% [markdown]
# The plot settles it: the cost for every $w$ between $-3$ and $7$, with the tangent line (the slope) at two
# points, and an arrow from each point in the direction that the step against the slope takes.

# %% [markdown] lang="ko"
# 그래프를 보면 답이 분명해집니다. $-3$과 $7$ 사이의 모든 $w$에 대한 비용과 함께, 두 점에서의 접선(기울기)을 그리고, 각
# 점에서 기울기의 반대 방향으로 가는 걸음의 방향을 화살표로 나타냈습니다.

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

# %% [markdown] lang="ko"
# 기울기가 양수인 곳($w = 4$)에서는 왼쪽으로 갈수록 비용이 내려가므로 $w$를 줄여야 합니다. 기울기가 음수인 곳($w = -1$)에서는
# 오른쪽으로 갈수록 비용이 내려가므로 $w$를 늘려야 합니다. 두 경우 모두 걸음은 **기울기의 반대 방향**으로 가며, 이것이 모듈
# 01의 경사 하강법 갱신(update) 규칙입니다.
#
# $$w := w - \alpha \frac{dJ}{dw}.$$
#
# 기울기의 크기도 중요합니다. 바닥에서 멀면 곡선이 가팔라서 걸음이 길고, 바닥에 가까워지면 곡선이 평평해져서 걸음이
# 저절로 짧아집니다. 아래 루프는 $w = 4$에서 출발해 학습률(learning rate) $\alpha = 5$로 경사 하강법이 조정을 맡게 합니다.

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

# %% [markdown] lang="ko"
# 열두어 걸음 만에 $w$는 약 $1.72$, 곧 곡선의 바닥에 이릅니다. 기울기는 거의 $0$으로 줄었고 비용은 약 $0.527$로, 위에서
# 시도한 어느 값보다도 낮습니다.
#
# 이 레슨의 신경망에는 가중치가 많고, 비용은 그 모두에 따라 달라집니다. 같은 규칙이 가중치 하나하나에 그대로 적용됩니다.
# 각 가중치의 편미분(partial derivative) $\frac{\partial J}{\partial w}$이 어느 쪽으로, 얼마나 가파르게 움직일지 알려 줍니다.
# 가중치를 하나씩 살짝 움직여서 잴 수도 있지만, 그러면 가중치마다 순전파를 두 번씩 해야 합니다. 다음에 볼 **역전파**는
# 이 값을 모두 한 번의 역방향 계산으로 정확하게 구합니다.

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

# %% [markdown] lang="ko"
# ## 5. 역전파
#
# 경사 하강법에는 모든 가중치와 편향에 대한 비용의 도함수가 필요합니다. 모듈 01에서처럼 연쇄 법칙을 써서 계산 과정을 한
# 단계씩 거꾸로 따라갑니다. $v$에 대한 손실(loss)의 도함수를 $dv$로 씁니다. 샘플 하나에 대해서는 다음과 같습니다.
#
# - **출력층.** 손실과 시그모이드를 함께 다루면 모듈 01과 같은 결과 $dz^{[2]} = a^{[2]} - y$가 나옵니다.
# - $z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}$이므로 $dW^{[2]} = dz^{[2]}\, a^{[1]T}$이고($(1, j)$ 원소는 $dz^{[2]}$에, 그
#   가중치가 곱해지는 입력 $a^{[1]}_j$를 곱한 값입니다) $db^{[2]} = dz^{[2]}$입니다.
# - 오차는 같은 가중치를 거쳐 은닉층으로 거꾸로 흘러 들어갑니다. $da^{[1]} = W^{[2]T} dz^{[2]}$입니다. 은닉 유닛 $j$는
#   자신을 출력에 연결하는 가중치 $W^{[2]}_{1j}$를 곱한 출력 오차를 받습니다. 전치는 $(1, n_h)$ 행을 $(n_h, 1)$ 열로 바꾸어,
#   은닉 유닛마다 값이 하나씩 돌아가게 합니다.
# - $a^{[1]} = \tanh(z^{[1]})$이므로 $\tanh$의 기울기를 원소별로 곱합니다.
#   $dz^{[1]} = da^{[1]} * \big(1 - (a^{[1]})^2\big)$입니다.
# - $z^{[1]} = W^{[1]} x + b^{[1]}$이므로 $dW^{[1]} = dz^{[1]} x^T$이고 $db^{[1]} = dz^{[1]}$입니다.
#
# 비용은 $m$개 손실의 평균이므로, 비용의 기울기는 각 손실의 기울기를 평균한 것입니다. 샘플을 열로 두면
# $dZ^{[2]} = A^{[2]} - Y$와 $dZ^{[1]}$은 샘플마다 한 열을 가지고, 샘플에 대한 합은 행렬 곱이 대신 계산해 줍니다.
#
# $$dZ^{[2]} = A^{[2]} - Y, \qquad dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}, \qquad
# db^{[2]} = \frac{1}{m} \sum_{i=1}^m dZ^{[2](i)},$$
#
# $$dZ^{[1]} = W^{[2]T} dZ^{[2]} * \big(1 - (A^{[1]})^2\big), \qquad dW^{[1]} = \frac{1}{m} dZ^{[1]} X^T, \qquad
# db^{[1]} = \frac{1}{m} \sum_{i=1}^m dZ^{[1](i)}.$$
#
# 형상을 확인하십시오. 실수를 막는 가장 좋은 방법입니다. $dZ^{[2]} A^{[1]T}$는 $(1, m)(m, n_h) = (1, n_h)$로 $W^{[2]}$의
# 형상이고, $W^{[2]T} dZ^{[2]}$는 $(n_h, 1)(1, m) = (n_h, m)$으로 $Z^{[1]}$의 형상이며, $dZ^{[1]} X^T$는
# $(n_h, m)(m, n_x) = (n_h, n_x)$로 $W^{[1]}$의 형상입니다. **모든 기울기는 미분하는 대상과 형상이 같습니다.** 편향의
# 경우에는 각 행을 샘플에 대해 더하고 열 형상을 유지합니다. `np.sum(dZ, axis=1, keepdims=True) / m`은 $b$처럼 형상이
# $(n, 1)$입니다.
#
# ### 연습 문제 5: `backward_propagation`
#
# 위의 여섯 식으로 계산한 `{"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}`를 반환합니다. `A1`과 `A2`는 캐시에서
# 가져오고(캐시에는 같은 `X`와 `parameters`로 실행한 순전파의 `Z1`, `A1`, `Z2`, `A2`가 들어 있습니다), `W2`는
# `parameters`에서 가져옵니다. `*`는 원소별 곱(element-wise product)이고 `@`는 행렬 곱입니다. $W^{[2]T} dZ^{[2]}$는 행렬 곱이고,
# $1 - (A^{[1]})^2$를 곱하는 것은 원소별 곱입니다. 채점 코드는 값을 비교할 뿐 아니라, 비용을 수치적으로 미분한 수치
# 기울기(numerical gradient)와 여러분이 구한 네 기울기가 일치하는지도 확인합니다. (채점 코드의 풀이 예제에는 풀이
# 예제에 대해 올바른 순전파로 구한 캐시가 전달됩니다. 여러분의 `forward_propagation`이 테스트를 통과했다면, 위에서 계산한
# `cache_ex`가 바로 그것입니다.)
#
# 기대 결과: `backward_propagation(parameters_ex, cache_ex, X_ex, Y_ex)`는
# `dW1` = `[[-0.17219306, -0.06163251], [0.08468729, 0.03416436], [-0.11843991, -0.10032363]]`,
# `db1` = `[[-0.12834675], [-0.06809522], [-0.00640568]]`, `dW2` = `[[-0.08245289, -0.37165088, 0.15806499]]`,
# `db2` = `[[0.0290806]]`을 반환합니다.

# %% exercise="backward_propagation"

# %% [markdown]
# You can run that test yourself, with the nudging of section 4: change a single weight by a tiny $\varepsilon$
# both ways and measure the change of the cost. For a few weights of the worked example the two columns below
# should agree to about seven digits.

# %% [markdown] lang="ko"
# 이 검사는 4절에서 한 것처럼 살짝 움직여 보는 방법으로 여러분도 직접 해 볼 수 있습니다. 가중치 하나를 아주 작은
# $\varepsilon$만큼 양쪽으로 바꾸고 비용의 변화를 재는 것입니다. 풀이 예제의 몇몇 가중치에 대해, 아래의 두 열은 대략 일곱
# 자리까지 일치해야 합니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 6: `update_parameters`
#
# 모든 매개변수(parameter)에 대해, $\alpha$ = `learning_rate`로 경사 하강법으로 한 걸음 갑니다.
#
# $$W^{[1]} := W^{[1]} - \alpha\, dW^{[1]}, \quad b^{[1]} := b^{[1]} - \alpha\, db^{[1]}, \quad
# W^{[2]} := W^{[2]} - \alpha\, dW^{[2]}, \quad b^{[2]} := b^{[2]} - \alpha\, db^{[2]}.$$
#
# 키가 `"W1"`, `"b1"`, `"W2"`, `"b2"`인 **새** 딕셔너리를 반환합니다. `W1 -= ...`가 아니라 `W1 - learning_rate * dW1`(새
# 배열)로 쓰십시오. `W1 -= ...`는 호출한 쪽의 배열을 그쪽 모르게 바꿔 버립니다. 채점 코드의 풀이 예제에서 이 함수에
# 전달되는 기울기는 다음과 같습니다.

# %%
grads_ex = {"dW1": np.array([[0.1, -0.2], [0.0, 0.3], [-0.1, 0.1]]),
            "db1": np.array([[0.05], [-0.05], [0.1]]),
            "dW2": np.array([[0.2, -0.1, 0.4]]),
            "db2": np.array([[-0.3]])}

# %% [markdown]
# Expected: `update_parameters(parameters_ex, grads_ex)` (the default learning rate 1.2) gives
# `W1` = `[[0.38, -0.76], [1.0, -0.11], [-0.63, 0.38]]`, `b1` = `[[0.04], [-0.14], [-0.12]]`,
# `W2` = `[[0.76, -0.38, 0.27]]` and `b2` = `[[0.56]]`.

# %% [markdown] lang="ko"
# 기대 결과: `update_parameters(parameters_ex, grads_ex)`(기본 학습률 1.2)는
# `W1` = `[[0.38, -0.76], [1.0, -0.11], [-0.63, 0.38]]`, `b1` = `[[0.04], [-0.14], [-0.12]]`,
# `W2` = `[[0.76, -0.38, 0.27]]`, `b2` = `[[0.56]]`을 반환합니다.

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

# %% [markdown] lang="ko"
# ## 6. 훈련
#
# ### 연습 문제 7: `nn_model`
#
# 이제 여러분이 작성한 함수들을 호출해 모두 하나로 합칩니다.
#
# 1. `layer_sizes(X, Y)`에서 `n_x`와 `n_y`를 얻습니다.
# 2. `parameters = initialize_parameters(n_x, n_h, n_y, rng)`
# 3. 다음을 `num_iterations`번 반복(iteration)합니다. `forward_propagation`, 그다음 `backward_propagation`, 그다음
#    `parameters = update_parameters(parameters, grads, learning_rate)`. `print_cost`가 참이면 0, 1000, 2000, ...번째
#    반복에서 비용(`compute_cost(A2, Y)`)을 출력합니다. 예: `f"Cost after iteration {i}: {cost:f}"`.
#
# 훈련된 `parameters`를 반환합니다. `rng`에 대하여: 기본값은 `None`이며, 이때도 함수가 동작해야 합니다. 그 경우에는
# `rng = np.random.default_rng()`로 시드 없는 새 생성기를 만들어, 그렇게 호출할 때마다 다른 가중치에서 시작하게 합니다.
# 생성기가 전달되면 언제나 그 생성기를 써서, `nn_model(X, Y, 4, rng=np.random.default_rng(1))`이 매번 같은 신경망을 내놓게
# 합니다.
#
# 기대 결과: `nn_model(X_ex, Y_ex, 3, num_iterations=10, rng=np.random.default_rng(1))`은
# `W1` = `[[-0.06173936, 0.00714232], [0.28044108, -0.00250996], [0.37871366, 0.0228568]]`,
# `b1` = `[[0.00097042], [-0.01065182], [-0.02142553]]`, `W2` = `[[-0.06165837, 0.28706703, 0.39470806]]`,
# `b2` = `[[-0.02816214]]`를 반환합니다.

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

# %% [markdown] lang="ko"
# `nn_model`은 훈련된 매개변수만 반환합니다. 비용이 떨어지는 모습을 지켜보기 위해, 다음 셀은 같은 루프를 여러분의 함수로
# 직접 풀어 씁니다. 동심원 데이터에서 은닉 유닛 4개를 학습률 $1.2$로 훈련하면서 10번 반복할 때마다 비용을 기록합니다.
#
# ### 질문 2: 처음 몇백 번의 반복
#
# 가중치는 약 $0.01$에서 시작하고(여러분의 `initialize_parameters`), 2절에서 보았듯이 이 동심원 데이터에서 직선이 낼 수 있는
# 최선의 비용은 약 $\log 2 = 0.693$입니다. 셀을 실행하기 전에 생각해 보십시오. 처음 몇백 번의 반복 동안 비용이 어떻게 될
# 것이라고 예상합니까? 그 이유는 무엇입니까? 아래 셀에 두세 문장으로 쓰십시오.

# %% [markdown] answer="explain_plateau" points=1
# The cost should stay at about $0.693$ for a long time (a plateau) before it drops. With weights of about
# $0.01$ every $z^{[1]}$ is close to $0$, where $\tanh(z) \approx z$, so the network starts out almost linear,
# and the best a linear model can do on the circles is to predict $0.5$ everywhere, a cost of $\log 2$. The
# gradients are tiny there: $dW^{[2]}$ is proportional to $A^{[1]}$, which is about $0.01$ in size, and $dW^{[1]}$
# to $W^{[2]}$, also about $0.01$. The weights grow only slowly until they are large enough for the
# non-linearity of $\tanh$ to matter; then the cost falls quickly.

# %% [markdown] answer="explain_plateau" points=1 lang="ko"
# 비용은 한참 동안 약 $0.693$의 평탄한 구간(plateau)에 머물다가 떨어질 것입니다. 가중치가 약 $0.01$이면 모든 $z^{[1]}$이
# $0$에 가깝고, 그곳에서는 $\tanh(z) \approx z$이므로 신경망은 처음에 거의 선형으로 동작합니다. 동심원 데이터에서 선형 모델이 할
# 수 있는 최선은 모든 곳에서 $0.5$를 예측하는 것이고, 그때 비용은 $\log 2$입니다. 그곳에서는 기울기도 아주 작습니다.
# $dW^{[2]}$는 크기가 약 $0.01$인 $A^{[1]}$에 비례하고, $dW^{[1]}$은 역시 약 $0.01$인 $W^{[2]}$에 비례합니다. 가중치는
# $\tanh$의 비선형성이 효과를 낼 만큼 커질 때까지 천천히 자라고, 그다음에는 비용이 빠르게 떨어집니다.

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

# %% [markdown] lang="ko"
# 비용은 몇백 번의 반복 동안 $\log 2 = 0.693$의 평탄한 구간에 머물다가 빠르게 떨어집니다. 가중치의 크기가
# $0.01$이면 모든 $\tanh$가 곧게 뻗은 가운데 부분에서 동작하므로 신경망은 처음에 거의 선형이고, 이 동심원 데이터에서 가장 좋은
# 선형 모델도 동전 던지기보다 나을 것이 없습니다. 그래서 기울기가 아주 작습니다. 은닉 유닛의 가중치가 비용의 이 평평한
# 영역을 벗어날 만큼 자라기까지 시간이 걸리고, 그다음에 비용이 떨어집니다.
#
# 학습률에 대하여: $1.2$는 이 레슨의 기본값이며, 숫자만 보고는 '크다'고도 '작다'고도 말할 수 없습니다. 모듈 01에서는
# 특성이 하나인 모델에 $3$이 적당했고 $15$는 너무 컸습니다. 걸음이 너무 긴지는 경사 하강법이 지나가는 곳에서 비용이 얼마나
# 급하게 휘는지에 달려 있고, 이는 문제마다(그리고 신경망마다) 다릅니다. 학습률은 같은 문제에서만 비교할 수 있습니다. 7절에서
# 이 신경망에 대해 비교해 봅니다.
#
# ### 연습 문제 8: `predict`
#
# 순전파를 실행하고, $A^{[2]} > 0.5$인 곳에서는 `1.0`을, 나머지에서는 `0.0`을 반환합니다. 형상이 $(1, m)$인 float 배열입니다
# (`(A2 > 0.5).astype(float)`).
#
# 기대 결과: `predict(parameters_ex, X_ex)`는 `[[0.0, 1.0, 0.0, 1.0]]`을 반환합니다(풀이 예제의 `A2`는
# `[[0.3987, 0.5088, 0.4976, 0.7112]]`입니다).

# %% exercise="predict"

# %% [markdown]
# Now train the same network with your `nn_model` (same seed, so the same network as in the loop above; it
# prints the cost every 1000 iterations) and compare it with logistic regression. On the right, the dashed
# lines are where each hidden unit's $z^{[1]}_j = W^{[1]}_j x + b^{[1]}_j$ is zero: hidden unit $j$ is positive
# on one side of its line and negative on the other. Each unit alone is a soft straight cut, like logistic
# regression; the output unit adds them up with the weights $W^{[2]}$, and the cuts together enclose the
# inner ring.

# %% [markdown] lang="ko"
# 이제 같은 신경망을 여러분의 `nn_model`로 훈련하고(시드가 같으므로 위의 루프와 같은 신경망이며, 1000번 반복할 때마다 비용을
# 출력합니다) 로지스틱 회귀와 비교합니다. 오른쪽 그림의 점선은 각 은닉 유닛의 $z^{[1]}_j = W^{[1]}_j x + b^{[1]}_j$가 0이
# 되는 곳입니다. 은닉 유닛 $j$는 자기 직선의 한쪽에서 양수, 다른 쪽에서 음수입니다. 유닛 하나하나는 로지스틱 회귀처럼
# 부드러운 직선 절단이고, 출력 유닛은 이 절단들을 가중치 $W^{[2]}$로 더합니다. 그리고 절단들이 함께 안쪽 고리를
# 둘러쌉니다.

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

# %% [markdown] lang="ko"
# 점선 세 개가 그림을 가로지르며 안쪽 고리를 둘러싼 삼각형을 이룹니다. 고리를 닫는 데는 절단 세 개로 충분합니다. 네 번째
# 유닛으로 들어오는 가중치는 아주 작게 남았습니다(위에 출력된 `W1`의 첫 번째 행, 약 $(0.03, -0.01)$). 이 유닛의 직선은
# 그림 밖 멀리 있고, 편향이 약 $2.6$이어서 모든 점에서 출력이 $\tanh(2.6) \approx 0.99$입니다. 그래서 이 유닛은 출력 유닛의
# 편향 하나가 더 있는 것처럼 작용합니다. 신경망이 주어진 유닛을 모두 써야 하는 것은 아닙니다.
#
# ## 7. 하이퍼파라미터
#
# 훈련은 **매개변수** $W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]}$를 정합니다. 신경망과 그 훈련에 관한 나머지는 모두 훈련을 시작하기
# 전에 우리가 고릅니다. 이런 선택을 **하이퍼파라미터**(hyperparameter)라고 합니다. 은닉 유닛의 수 $n_h$, 학습률 $\alpha$,
# 반복 횟수, 은닉층의 활성화 함수, 그리고 모듈 03부터는 층의 수가 여기에 속합니다. 하이퍼파라미터는 보통 여러 값을 시도해
# 보고 결과를 비교해서 고릅니다. 아래에서는 그중 세 가지를 한 번에 하나씩 바꿔 봅니다.
#
# ### 은닉 유닛은 몇 개가 필요할까?
#
# 다음 셀은 여섯 가지 크기 $n_h$마다 신경망을 하나씩 훈련하고(반복 2000번, 학습률 1.2, 같은 시드) 결정 경계를 그립니다.
# 제목에는 훈련 정확도(accuracy)가 표시됩니다.
#
# ### 질문 3: 가장 적은 은닉 유닛 수
#
# $\tanh$ 유닛 하나하나는 평면을 부드럽게 자르는 직선이고, 출력 유닛은 이 절단들을 더합니다. 신경망이 안쪽 고리를 둘러쌀 수
# 있는, 곧 사방이 막힌 클래스 1의 영역을 만들 수 있는 가장 적은 은닉 유닛 수는 몇 개일까요? 아래 셀에 예를 들어
# `q_fewest_hidden_units = 5`처럼 쓰고, 그 테스트를 실행하십시오.

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

# %% [markdown] lang="ko"
# - **유닛 1개**는 로지스틱 회귀처럼 직선 하나를 긋습니다. 로지스틱 회귀와는 다른 곳에 직선을 놓지만, 여기서는 어떤
#   직선으로도 큰 성과를 낼 수 없습니다.
# - **유닛 2개**는 직선 두 개, 곧 띠를 만듭니다. 더 낫지만 띠는 양 끝이 열려 있습니다. (두 절단을 어떻게 조합하든, 어떤
#   방향으로 충분히 멀리 나가면 두 유닛 모두 $\pm 1$에서 포화(saturation)됩니다. 그런 모든 모서리에서 음수인 조합은 모든 곳에서
#   음수입니다. 그러므로 절단 두 개로는 영역을 닫을 수 없습니다.)
# - **유닛 3개**는 안쪽 고리를 둘러싸는 영역, 곧 둥근 삼각형을 닫을 수 있는 가장 적은 수이며, 정확도가 크게 뜁니다.
# - **유닛 4개, 8개, 20개**는 유닛 3개의 삼각형과 많이 닮은 경계를 그리며 정확도도 비슷합니다. 그 이유는 출력에 나와
#   있습니다. 유닛 20개 가운데 가중치가 길이 1보다 길게 자란 것은 3개뿐이고, 나머지는 작은 시작값 근처에 머물렀습니다. 훈련은
#   이미 데이터에 맞는 삼각형을 찾았고, 남는 유닛을 쓸 이유가 없었습니다. 유닛이 많으면 경계를 휘는 데 쓸 조각이 많아지지만,
#   동심원 데이터에는 그것이 필요하지 않습니다.
#
# 여기서 유닛을 늘려서 얻는 것은 **더 안전한 출발**입니다. 유닛이 딱 필요한 만큼만 있으면, 훈련은 제대로 동작하는 단 하나의
# 배치를 찾아내야 합니다. 아래 셀은 크기마다 서로 다른 시드 열 개로 훈련합니다.

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

# %% [markdown] lang="ko"
# 유닛이 3개이면 절반이 넘는 출발점이 띠에 머뭅니다(정확도 약 78-83%). 유닛이 8개나 20개이면 모든 출발점이 닫힌 경계를
# 찾습니다. 더 어려운 데이터에서는 큰 은닉층이 패턴 대신 훈련 데이터의 잡음까지 맞추기 시작할 수도 있는데, 훈련 정확도만
# 보아서는 이를 알 수 없습니다. 모듈 01에서 테스트 세트(test set)로 했던 것처럼, 훈련에서 떼어 놓은 샘플로 측정하십시오.
#
# ### 학습률
#
# 학습률은 같은 문제에서만 비교할 수 있습니다. 아래 셀은 6절의 은닉 유닛 4개짜리 신경망을 (같은 출발점에서) 네 가지
# 학습률로 훈련하고 각각의 비용을 그립니다.

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

# %% [markdown] lang="ko"
# - **0.3**은 3000번 반복하는 동안 평탄한 구간을 끝내 벗어나지 못합니다. 걸음이 너무 짧습니다.
# - **1.2**는 약 1100번 반복한 뒤에 평탄한 구간을 벗어나 잘 훈련됩니다.
# - **6**은 약 300번 반복한 뒤에 평탄한 구간을 벗어납니다. 도중에 비용이 튀어 오르고(한 번은 약 2.2까지) 한동안 흔들리다가,
#   다시 떨어져 1.2일 때보다 낮게 끝납니다. 다섯 배 큰 학습률이 여기서는 여전히 잘 동작하며, 더 빠르기까지 합니다.
# - **9**는 너무 큽니다. 비용이 약 8까지 튀어 오르고, 끝날 때까지도 자리를 잡지 못한 채 $\log 2$보다 높습니다.
#
# 그러니 이 신경망, 이 데이터, 이 출발점에서는 약 6까지의 학습률이 동작하며, 1.2는 조심스러운 편입니다. 학습률이 '크다',
# '작다'는 말은 바로 이런 뜻입니다. 비용이 얼마나 급하게 휘는지에 견준 상대적인 크기이고, 그것은 그 문제 자체에 대한
# 실험으로만 알 수 있습니다.
#
# ### 은닉층의 활성화 함수
#
# 마지막으로 시험해 볼 하이퍼파라미터는 은닉층의 활성화 함수입니다. 다음 셀은 6절의 신경망을 같은 출발점에서, 학습률 1.2로
# 두 번 훈련합니다. 한 번은 $\tanh$ 은닉 유닛으로, 한 번은 시그모이드 은닉 유닛으로 훈련합니다. (셀은 순전파와 역전파를
# 한 번 더 풀어 쓰되, 활성화 함수와 그 도함수를 고를 수 있게 합니다. 시그모이드의 도함수는 $\sigma(z)(1 - \sigma(z))$입니다.)
#
# ### 질문 4: tanh인가, 시그모이드인가?
#
# (a) 여기서 출력 유닛은 왜 $\tanh$가 아니라 시그모이드여야 할까요? (b) 두 은닉층 가운데 어느 쪽이 6절의 평탄한 구간을 먼저
# 벗어날지 예측하고, 모든 은닉 유닛이 출발하는 $z = 0$에서 두 함수의 값과 기울기로 그 이유를 설명하십시오. 아래 셀에 답을
# 쓰십시오.

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

# %% [markdown] answer="explain_tanh_sigmoid" points=2 lang="ko"
# (a) 출력은 0과 1 사이의 확률이어야 합니다. 교차 엔트로피는 $\log a^{[2]}$와 $\log(1 - a^{[2]})$를 계산하고, `predict`는
# $a^{[2]}$를 $0.5$와 비교합니다. 시그모이드의 값은 $(0, 1)$에 있지만 $\tanh$ 출력은 $(-1, 1)$에 있으며, 출력이 음수이면
# $\log a^{[2]}$는 정의조차 되지 않습니다.
#
# (b) $\tanh$ 층이 평탄한 구간을 먼저 벗어납니다. 처음에는 모든 $z^{[1]}$이 0에 가깝습니다. 그곳에서 $\tanh$의 기울기는
# 1이지만 시그모이드의 기울기는 $\frac{1}{4}$뿐입니다. 그래서 $dZ^{[1]} = W^{[2]T} dZ^{[2]} * g'(Z^{[1]})$를 거쳐
# $W^{[1]}$에 도달하는 기울기가 시그모이드 유닛에서는 네 배 작습니다. 또 $\tanh(0) = 0$이지만 $\sigma(0) = \frac{1}{2}$입니다.
# 시그모이드 유닛은 모든 샘플에 대해 모두 약 $\frac{1}{2}$을 출력하므로, 처음에는 모든 샘플의 $z^{[2]}$에 거의 같은 상수를
# 더할 뿐이어서 편향처럼 작용하고, $W^{[2]}$는 이 유닛들로부터 거의 배우지 못합니다. 은닉층의 출력이 0을 중심으로 하면
# 다음 층의 일이 쉬워집니다.

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

# %% [markdown] lang="ko"
# 시그모이드 신경망은 $\tanh$ 신경망보다 몇 배나 오래 평탄한 구간에 머뭅니다. 물론 결국에는 둘 다 평탄한 구간을 벗어납니다. 그래서 S자
# 모양의 함수가 필요한 은닉층에서는 보통 $\tanh$를 고르고, 시그모이드는 확률이 필요한 출력에 남겨 둡니다. (모듈 04에서는
# 오늘날 심층 신경망에서 가장 흔히 쓰는 ReLU를 비롯해 더 많은 활성화 함수를 비교합니다.)
#
# ## 8. 가중치를 무작위로 시작하는 이유
#
# 무작위 가중치 대신 떠올리기 쉬운 두 가지 방법을, 같은 동심원 데이터와 은닉 유닛 4개로 시험해 봅시다. 여러분의 함수를
# 루프 안에서 실행합니다.
#
# **모두 0.** 그러면 모든 샘플에서 $Z^{[1]} = 0$이고 $A^{[1]} = \tanh(0) = 0$이므로
# $dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T} = 0$이며, $W^{[2]} = 0$이므로
# $dZ^{[1]} = W^{[2]T} dZ^{[2]} * \big(1 - (A^{[1]})^2\big) = 0$입니다. 어떤 가중치도 움직이지 않습니다. 학습할 수 있는 것은
# $b^{[2]}$뿐이고, 그마저 배울 수 있는 것은 전체에서 클래스 1이 차지하는 비율뿐입니다(여기서는 정확히 절반이므로
# $b^{[2]}$조차 0에 머뭅니다).
#
# **모두 같지만 0은 아닌 값.** 모든 은닉 유닛에 같은 입력 가중치($W^{[1]}$의 같은 행)와 같은 출력 가중치를 줍니다. 그러면
# 모든 은닉 유닛이 같은 출력을 계산하므로 정확히 같은 기울기를 받고 같은 걸음을 내딛습니다. 몇 걸음을 가든 유닛들은 여전히
# 같습니다. 서로의 복사본인 유닛 네 개는 유닛 하나처럼 동작합니다. 무작위 초기화(initialization)가 깨뜨리는 것이 바로 이
# **대칭성**입니다.

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

# %% [markdown] lang="ko"
# 0에서 출발한 신경망은 끝내 0을 벗어나지 못하고 모든 곳에서 한 클래스만 예측합니다. 같은 값에서 출발한 신경망의 네 유닛은
# 학습은 하지만 발을 맞춰 똑같이 움직입니다. $W^{[1]}$의 행들은 여전히 똑같고, 경계는 유닛 하나짜리 신경망의 직선 절단 하나와
# 같습니다. 무작위로 출발해야만 네 유닛을 모두 활용합니다.
#
# ## 9. 요약
#
# - 뉴런으로 이루어진 층은 행렬 곱 하나입니다. $Z = W A_{\text{prev}} + b$에서 $W$는 뉴런마다 한 행을 가지고, 결과는 샘플마다
#   한 열을 가지며, 편향은 열들에 브로드캐스팅됩니다.
# - 비선형 활성화 함수를 쓰는 은닉층 덕분에 신경망은 여러 직선 절단을 조합해 휜 결정 경계를 만들 수 있습니다. 비선형성이
#   없으면 층들은 선형 사상 하나로 합쳐지고 맙니다.
# - 경사 하강법은 각 가중치를 비용의 기울기와 반대 방향으로 움직입니다. 기울기가 양수이면 내리고, 음수이면 올립니다.
# - 역전파는 출력에서부터 층별로 적용하는 연쇄 법칙입니다. $dZ^{[2]} = A^{[2]} - Y$에서 시작해
#   $dW = \frac{1}{m} dZ\, A_{\text{prev}}^T$, $db = \frac{1}{m} \sum dZ$(축 1에 대해 합하고 열 형상 유지), 그리고
#   $dZ^{[1]} = W^{[2]T} dZ^{[2]} * \big(1 - (A^{[1]})^2\big)$를 구합니다. 모든 기울기는 해당 매개변수와 형상이 같습니다.
# - 가중치는 작은 무작위 값에서 시작합니다. 무작위인 것은 은닉 유닛 사이의 대칭성을 깨기 위해서이고, 작은 것은 $\tanh$를
#   평평한 양 끝에서 멀리 두기 위해서입니다.
# - 하이퍼파라미터(은닉 유닛 수, 학습률, 반복 횟수, 활성화 함수, 그리고 나중에는 층의 수)는 그 문제 자체에 대한 실험으로
#   고릅니다. 은닉 유닛이 너무 적으면 경계를 닫을 수 없고, 더 많으면 좋은 경계를 찾기가 쉬워집니다. 학습률은 그 문제의 비용
#   곡면에 견주어서만 크다 작다를 말할 수 있습니다.
#
# 다음 모듈에서는 이런 층을 여러 개 쌓아 심층 신경망을 만들고, 층이 몇 개든 적용할 수 있는 역전파를 유도합니다.
#
# ## 10. 더 살펴볼 거리
#
# - **다른 데이터.** `datasets.moons(400, rng=np.random.default_rng(0))`이나
#   `datasets.flower(rng=np.random.default_rng(0))`로 훈련해 보십시오. 각 데이터에는 은닉 유닛이 몇 개 필요합니까? $n_h$에
#   따라 경계는 어떻게 달라집니까?
# - **과대적합**(overfitting). 동심원 데이터의 잡음을 키우고(`noise=0.3`), 점의 절반을 테스트 세트로 떼어 둔 다음, $n_h$ = 3,
#   20, 100을 각각 20000번 반복해 훈련하고 훈련 정확도와 테스트 정확도를 비교해 보십시오.
# - **더 큰 시작값.** `initialize_parameters`의 인수 $0.01$을 $1$이나 $10$으로 바꿔 보십시오(함수의 복사본에서). 6절의
#   평탄한 구간은 줄어듭니까, 늘어납니까? 은닉 유닛의 출력은 어떻게 됩니까?
# - **손잡이 두 개.** 4절의 노드 두 개짜리 신경망에서 은닉 가중치 $w_1$도 자유롭게 풀어 주고, 비용 $J(w_1, w)$를
#   `plt.contour`로 등고선(contour) 그래프로 그려 보십시오. 모듈 01에서처럼 그 위에서 경사 하강법이 가는 길을 따라가 보십시오.
# - **ReLU 은닉 유닛.** `train_with`가 `"relu"`, 곧 $z > 0$에서 기울기가 1이고 그 밖에서는 0인 $\max(0, z)$도 제공하도록
#   바꾸고, 그 비용 곡선을 $\tanh$, 시그모이드의 곡선과 비교해 보십시오.

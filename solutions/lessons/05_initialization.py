# %% [markdown]
# # 05 Initialization
#
# Gradient descent has to start somewhere: before the first step, every weight and every bias needs a value.
# For logistic regression (lesson 01) the starting point hardly mattered, and zeros worked well. For a network
# with hidden layers the starting point decides whether training works at all. Two things can go wrong:
#
# 1. **Symmetry.** If all the units of a layer start with the same weights, they compute the same thing,
#    receive the same gradient and stay copies of each other for ever.
# 2. **Exploding or vanishing signals.** In a deep network the input is multiplied by one weight matrix after
#    another. If the weights are a little too large, the activations grow layer after layer; a little too
#    small, and they shrink towards zero. Either way the gradients follow, and learning stalls.
#
# In this lesson you will write four initialisers (zeros, large random, Xavier and He), a function that
# measures the size of the signal in every layer of a deep network, and one that measures the size of every
# layer's gradient under each initialiser. Then you will watch what each initialiser does: to a 10-layer
# network's activations and gradients, and to the training of a small classifier.
#
# **How to work.** Each exercise cell holds a function with a docstring and a `raise NotImplementedError()`
# line: replace that line with your code, run the cell, then run the test cell under it. Some questions ask you
# to predict what an experiment will show **before** you run it: some are checked by a test cell, others ask
# for a few sentences that your instructor reads. Commit to an answer first.
#
# **Conventions.** A network is described by `layer_dims = [n0, n1, ..., nL]`: `n0` inputs, then the number of
# units of each of the `L` layers. The parameters live in a dict with `W{l}` of shape `(n[l], n[l-1])` and
# `b{l}` of shape `(n[l], 1)` for `l = 1, ..., L`. Examples are columns: `X` has shape `(n0, m)`.
# Random numbers always come from a generator `rng = np.random.default_rng(seed)` passed as an argument,
# never from `np.random`'s global state, so that a seed fixes every result.
#
# ## Contents
#
# 1. [Zero weights and the symmetry problem](#1.-Zero-weights-and-the-symmetry-problem)
#    - [Exercise 1: `initialize_parameters_zeros`](#Exercise-1:-initialize_parameters_zeros)
# 2. [Random weights and the question of their size](#2.-Random-weights-and-the-question-of-their-size)
#    - [Exercise 2: `initialize_parameters_random`](#Exercise-2:-initialize_parameters_random)
# 3. [How large should random weights be?](#3.-How-large-should-random-weights-be?)
#    - [Exercise 3: `initialize_parameters_xavier`](#Exercise-3:-initialize_parameters_xavier)
#    - [Exercise 4: `initialize_parameters_he`](#Exercise-4:-initialize_parameters_he)
# 4. [Measuring the signal in a deep network](#4.-Measuring-the-signal-in-a-deep-network)
#    - [Exercise 5: `activation_statistics`](#Exercise-5:-activation_statistics)
# 5. [Gradients per layer](#5.-Gradients-per-layer)
#    - [Exercise 6: `gradient_norms_per_initializer`](#Exercise-6:-gradient_norms_per_initializer)
# 6. [Training with each initialisation](#6.-Training-with-each-initialisation)
# 7. [Summary](#7.-Summary)
# 8. [Things to explore](#8.-Things-to-explore)

# %% [markdown] lang="ko"
# # 05 초기화
#
# 경사 하강법(gradient descent)은 어딘가에서 출발해야 합니다. 첫 걸음(step)을 내딛기 전에 모든 가중치(weight)와 모든 편향(bias)에 값이 있어야 합니다.
# 로지스틱 회귀(logistic regression)(레슨 01)에서는 출발점이 거의 중요하지 않았고, 0에서 시작해도 잘 동작했습니다.
# 은닉층(hidden layer)이 있는 신경망(neural network)에서는 출발점이 훈련이 되느냐 안 되느냐를 좌우합니다. 잘못될 수 있는 것은 두 가지입니다.
#
# 1. **대칭성(symmetry).** 한 층(layer)의 유닛(unit)들이 모두 같은 가중치로 시작하면, 유닛들은 같은 것을 계산하고 같은 기울기(gradient)를 받아
#    영원히 서로의 복사본으로 남습니다.
# 2. **신호의 폭주 또는 소실.** 심층 신경망(deep network)에서는 입력에 가중치 행렬(matrix)이 하나씩 차례로 곱해집니다.
#    가중치가 조금만 커도 활성화 값(activation)은 층을 지날 때마다 커지고, 조금만 작아도 0을 향해 줄어듭니다.
#    어느 쪽이든 기울기도 그 뒤를 따르고, 학습은 멈춰 버립니다.
#
# 이번 레슨에서는 네 가지 초기화(initialization) 함수(영, 큰 무작위 값, Xavier, He)를 작성합니다.
# 또 심층 신경망의 모든 층에서 신호의 크기를 재는 함수와, 초기화 함수마다 각 층의 기울기 크기를 재는 함수를 작성합니다.
# 그런 다음 각 초기화 함수가 무슨 일을 하는지 지켜봅니다. 10층 신경망의 활성화 값과 기울기에 어떤 영향을 주는지,
# 그리고 작은 분류기의 훈련에 어떤 영향을 주는지 살펴봅니다.
#
# **진행 방법.** 각 연습 문제(exercise) 셀에는 독스트링이 달린 함수와 `raise NotImplementedError()` 줄이 있습니다.
# 그 줄을 여러분의 코드로 바꾸고 셀을 실행한 다음, 그 아래의 테스트 셀(test cell)을 실행하십시오.
# 몇몇 질문은 실험을 실행하기 **전에** 그 결과를 예측해 보라고 합니다. 테스트 셀이 확인하는 질문도 있고,
# 강사가 읽을 몇 문장을 써야 하는 질문도 있습니다. 먼저 답을 확실히 정해 두십시오.
#
# **표기법.** 신경망은 `layer_dims = [n0, n1, ..., nL]`로 나타냅니다. 먼저 입력의 개수 `n0`이 오고, 그 뒤로 `L`개 층 각각의 유닛 수가 옵니다.
# 매개변수(parameter)는 딕셔너리에 담기며, `l = 1, ..., L`에 대해 `W{l}`의 형상(shape)은 `(n[l], n[l-1])`, `b{l}`의 형상은 `(n[l], 1)`입니다.
# 샘플(example)은 열로 놓습니다. `X`의 형상은 `(n0, m)`입니다.
# 난수는 언제나 인자로 전달된 생성기 `rng = np.random.default_rng(seed)`에서 얻고, `np.random`의 전역 상태에서는 절대 얻지 않습니다.
# 그래야 시드 하나로 모든 결과가 정해집니다.
#
# ## 목차
#
# 1. [영 가중치와 대칭성 문제](#1.-영-가중치와-대칭성-문제)
#    - [연습 문제 1: `initialize_parameters_zeros`](#연습-문제-1:-initialize_parameters_zeros)
# 2. [무작위 가중치와 그 크기 문제](#2.-무작위-가중치와-그-크기-문제)
#    - [연습 문제 2: `initialize_parameters_random`](#연습-문제-2:-initialize_parameters_random)
# 3. [무작위 가중치는 얼마나 커야 할까?](#3.-무작위-가중치는-얼마나-커야-할까?)
#    - [연습 문제 3: `initialize_parameters_xavier`](#연습-문제-3:-initialize_parameters_xavier)
#    - [연습 문제 4: `initialize_parameters_he`](#연습-문제-4:-initialize_parameters_he)
# 4. [심층 신경망에서 신호 측정하기](#4.-심층-신경망에서-신호-측정하기)
#    - [연습 문제 5: `activation_statistics`](#연습-문제-5:-activation_statistics)
# 5. [층별 기울기](#5.-층별-기울기)
#    - [연습 문제 6: `gradient_norms_per_initializer`](#연습-문제-6:-gradient_norms_per_initializer)
# 6. [초기화 방법별 훈련](#6.-초기화-방법별-훈련)
# 7. [요약](#7.-요약)
# 8. [더 살펴볼 거리](#8.-더-살펴볼-거리)

# %%
import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. Zero weights and the symmetry problem
#
# The simplest idea is to start every weight and bias at zero.
#
# ### Exercise 1: `initialize_parameters_zeros`
#
# Write `initialize_parameters_zeros(layer_dims)`. For every layer `l = 1, ..., L`, where
# `L = len(layer_dims) - 1`, it puts into the dict
# - `"W{l}"`: zeros of shape `(layer_dims[l], layer_dims[l-1])`,
# - `"b{l}"`: zeros of shape `(layer_dims[l], 1)`.
#
# `np.zeros` takes the shape as one tuple: `np.zeros((3, 2))`.
#
# Expected: `initialize_parameters_zeros([3, 5, 2])` (3 inputs, a hidden layer of 5 units, an output layer of 2)
# gives the keys `W1`, `b1`, `W2`, `b2` with the shapes `(5, 3)`, `(5, 1)`, `(2, 5)` and `(2, 1)`, all zeros.

# %% [markdown] lang="ko"
# ## 1. 영 가중치와 대칭성 문제
#
# 가장 간단한 방법은 모든 가중치와 편향을 0에서 시작하는 것입니다.
#
# ### 연습 문제 1: `initialize_parameters_zeros`
#
# `initialize_parameters_zeros(layer_dims)`를 작성하십시오. `L = len(layer_dims) - 1`일 때,
# 이 함수는 모든 층 `l = 1, ..., L`에 대해 딕셔너리에 다음을 넣습니다.
# - `"W{l}"`: 형상이 `(layer_dims[l], layer_dims[l-1])`인 영 배열
# - `"b{l}"`: 형상이 `(layer_dims[l], 1)`인 영 배열
#
# `np.zeros`는 형상을 튜플 하나로 받습니다. `np.zeros((3, 2))`처럼 씁니다.
#
# 기대 결과: `initialize_parameters_zeros([3, 5, 2])`(입력 3개, 유닛 5개인 은닉층 하나, 유닛 2개인 출력층(output layer))는
# 키 `W1`, `b1`, `W2`, `b2`를 돌려줍니다. 형상은 각각 `(5, 3)`, `(5, 1)`, `(2, 5)`, `(2, 1)`이고 값은 모두 0입니다.

# %% exercise="initialize_parameters_zeros"

# %%
for key, value in initialize_parameters_zeros([3, 5, 2]).items():
    print(key, value.shape)

# %% [markdown]
# ### A small network to train
#
# To see what an initialisation does to learning, we need a network and a training loop. The three helpers
# below are given (you wrote their pieces in lessons 02 to 04). The network has ReLU hidden layers and one
# sigmoid output unit, and learns by batch gradient descent on the cross-entropy cost.
# `activate(Z, activation)` applies one of the activation functions by name.

# %% [markdown] lang="ko"
# ### 훈련할 작은 신경망
#
# 초기화가 학습에 어떤 영향을 주는지 보려면 신경망과 훈련 루프가 필요합니다. 아래의 도우미 함수 세 개는 미리 주어집니다
# (그 부품은 여러분이 레슨 02~04에서 작성했습니다). 이 신경망은 은닉층에 ReLU를, 출력에는 시그모이드(sigmoid) 유닛 하나를 쓰며,
# 교차 엔트로피(cross-entropy) 비용(cost)에 대해 배치 경사 하강법으로 학습합니다.
# `activate(Z, activation)`은 이름으로 지정한 활성화 함수(activation function)를 적용합니다.

# %% given="activate"

# %% given="network_forward"

# %% given="train_network"

# %% [markdown]
# The task: the `circles` dataset, a small ring of points (label 1) inside a larger one (label 0). No straight
# line separates them, so the network needs its hidden units.

# %% [markdown] lang="ko"
# 풀어야 할 과제는 `circles` 데이터 세트(data set)입니다. 점들로 이루어진 작은 고리(레이블(label) 1)가 더 큰 고리(레이블 0) 안에 들어 있습니다.
# 어떤 직선으로도 둘을 가를 수 없으므로, 신경망에는 은닉 유닛(hidden unit)이 필요합니다.

# %%
X_circles, Y_circles = datasets.circles(300, rng=np.random.default_rng(1))
plt.figure(figsize=(4, 4))
plt.scatter(X_circles[0], X_circles[1], c=Y_circles[0], cmap="coolwarm", s=12, edgecolors="k", linewidths=0.3)
plt.title("circles: 300 points, two classes")
plt.xlabel("$x_1$")
plt.ylabel("$x_2$")
plt.gca().set_aspect("equal")
plt.show()

# %% [markdown]
# Train a network with `layer_dims = [2, 10, 5, 1]` starting from zeros:

# %% [markdown] lang="ko"
# `layer_dims = [2, 10, 5, 1]`인 신경망을 영에서 시작해 훈련해 봅시다.

# %%
parameters, costs = train_network(X_circles, Y_circles, initialize_parameters_zeros([2, 10, 5, 1]),
                                  num_iterations=500, learning_rate=0.5, record_every=100)
print("cost every 100 iterations:", np.round(costs, 4))
print("largest |weight| after training:", max(np.abs(parameters[f"W{l}"]).max() for l in (1, 2, 3)))

# %% [markdown]
# Nothing happens. The cost stays at $\log 2 \approx 0.693$, the cost of answering 0.5 for every point, and
# every weight is still exactly zero. With zero weights every $Z^{[l]}$ is zero, so every hidden activation is
# zero (and the output is $\sigma(0) = 0.5$), and the gradient of a weight, $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$, is zero too (for the hidden layers
# $dZ^{[l]}$ is itself zero, since it is computed from $W^{[l+1]T}$). Only the output bias gets a gradient, and
# here, with as many points in each class, even that gradient is zero.
#
# Zero is a special case, but the real problem is more general: **any** start in which the units of a layer
# are identical. Let us start every weight at the same non-zero value, 0.3:

# %% [markdown] lang="ko"
# 아무 일도 일어나지 않습니다. 비용은 모든 점에 0.5라고 답할 때의 비용인 $\log 2 \approx 0.693$에 머물고,
# 모든 가중치는 여전히 정확히 0입니다. 가중치가 0이면 모든 $Z^{[l]}$이 0이므로 은닉층의 활성화 값은 모두 0이고
# (출력은 $\sigma(0) = 0.5$입니다),
# 가중치의 기울기 $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$도 0입니다(은닉층에서는 $dZ^{[l]}$을 $W^{[l+1]T}$로부터 계산하므로
# $dZ^{[l]}$ 자체가 0입니다). 기울기를 받는 것은 출력의 편향뿐인데, 여기서는 두 클래스의 점 개수가 같으므로 그 기울기마저 0입니다.
#
# 0은 특수한 경우이지만, 진짜 문제는 더 일반적입니다. 한 층의 유닛들이 똑같은 상태로 출발하면 **어떤** 경우든 문제가 됩니다.
# 모든 가중치를 0이 아닌 같은 값 0.3에서 시작해 봅시다.

# %%
start = {key: value + 0.3 if key.startswith("W") else value
         for key, value in initialize_parameters_zeros([2, 10, 5, 1]).items()}
parameters, costs = train_network(X_circles, Y_circles, start, num_iterations=500, learning_rate=0.5,
                                  record_every=100)
print("cost every 100 iterations:", np.round(costs, 4))
print("W1 after training (one row per hidden unit):")
print(np.round(parameters["W1"], 4))

# %% [markdown]
# This time the weights change, but the ten rows of `W1` are still equal: the ten hidden units are ten copies
# of one unit. The picture shows why, for a layer of three units:
#
# ![Left: a network with two inputs, three hidden units and one output, every weight equal to c; the three hidden units have the same colour, since they compute the same value a. Middle: after one gradient step, every weight is c minus alpha times dw, because the rows of dW are equal; the hidden units still share one colour. Right: with random weights the three hidden units have three different colours.](attachment:05_symmetry.svg)
#
# The units started equal and received the same inputs, so they computed the same output, got the same
# gradient (equal rows of $dW^{[1]}$) and made the same update, at every step. A layer of copies is no better
# than a single unit, and the cost stalls near 0.6: a chain of single ReLU units cannot draw a circle.
#
# The cure is to start from **random** weights: then every unit computes something different from the start,
# and gradient descent can make them specialise. The biases may stay at zero, since the random weights
# already make the units different.

# %% [markdown] lang="ko"
# 이번에는 가중치가 변하지만, `W1`의 행 10개는 여전히 모두 같습니다. 은닉 유닛 10개는 한 유닛의 복사본 10개일 뿐입니다.
# 유닛이 세 개인 층으로 그 이유를 그림으로 나타내면 다음과 같습니다.
#
# ![왼쪽: 입력 2개, 은닉 유닛 3개, 출력 1개인 신경망으로, 모든 가중치가 c입니다. 세 은닉 유닛은 같은 값 a를 계산하므로 색이 같습니다. 가운데: 경사 하강법으로 한 걸음 간 뒤에는 dW의 행들이 같으므로 모든 가중치가 c 빼기 alpha 곱하기 dw입니다. 은닉 유닛들은 여전히 한 가지 색입니다. 오른쪽: 가중치가 무작위이면 세 은닉 유닛의 색이 모두 다릅니다.](attachment:05_symmetry.svg)
#
# 유닛들은 같은 상태로 출발했고 같은 입력을 받았습니다. 그래서 걸음마다 같은 출력을 계산하고,
# 같은 기울기($dW^{[1]}$의 같은 행들)를 받고, 같은 갱신(update)을 했습니다. 복사본으로 이루어진 층은 유닛 하나보다 나을 것이 없습니다.
# 비용은 0.6 근처에서 멈춥니다. ReLU 유닛을 하나씩 이어 놓은 사슬로는 원을 그릴 수 없기 때문입니다.
#
# 해결책은 **무작위** 가중치에서 시작하는 것입니다. 그러면 처음부터 모든 유닛이 서로 다른 것을 계산하고,
# 경사 하강법이 유닛마다 서로 다른 역할을 맡도록 만들 수 있습니다. 무작위 가중치가 이미 유닛들을 서로 다르게 만들므로,
# 편향은 0으로 두어도 됩니다.

# %% [markdown]
# ## 2. Random weights and the question of their size
#
# ### Exercise 2: `initialize_parameters_random`
#
# Write `initialize_parameters_random(layer_dims, rng, scale=10.0)`. For `l = 1, ..., L`:
# - `"W{l}"` = `scale * rng.standard_normal((layer_dims[l], layer_dims[l-1]))`,
# - `"b{l}"`: zeros of shape `(layer_dims[l], 1)`.
#
# Draw the layers in order, `W1` first, then `W2`, ..., with exactly one call of `rng.standard_normal` per
# layer, and draw nothing else: the numbers a generator hands out depend on everything drawn before, so this
# order is what makes your result equal to everyone else's for the same seed. Each weight then has mean 0 and
# standard deviation `scale`. The default, 10, is deliberately large, to see what large weights do.
#
# Expected: for `initialize_parameters_random([3, 5, 2], np.random.default_rng(0))`, the first row of `W1` is
# `[1.2573, -1.321, 6.4042]` (rounded to 4 decimals) and `b1`, `b2` are zeros.

# %% [markdown] lang="ko"
# ## 2. 무작위 가중치와 그 크기 문제
#
# ### 연습 문제 2: `initialize_parameters_random`
#
# `initialize_parameters_random(layer_dims, rng, scale=10.0)`을 작성하십시오. `l = 1, ..., L`에 대해 다음을 넣습니다.
# - `"W{l}"` = `scale * rng.standard_normal((layer_dims[l], layer_dims[l-1]))`
# - `"b{l}"`: 형상이 `(layer_dims[l], 1)`인 영 배열
#
# 층 순서대로, 즉 `W1`을 먼저, 그다음 `W2`, ... 순으로 뽑으십시오. 층마다 `rng.standard_normal`을 정확히 한 번 호출하고,
# 그 밖에는 아무것도 뽑지 마십시오. 생성기가 내주는 수는 그 전에 뽑은 모든 것에 따라 달라집니다.
# 그래서 이 순서를 지켜야 같은 시드에서 여러분의 결과가 다른 모든 사람의 결과와 같아집니다.
# 이렇게 하면 각 가중치는 평균(mean)이 0이고 표준편차(standard deviation)가 `scale`입니다.
# 기본값 10은 큰 가중치가 어떤 일을 하는지 보려고 일부러 크게 잡은 값입니다.
#
# 기대 결과: `initialize_parameters_random([3, 5, 2], np.random.default_rng(0))`에서 `W1`의 첫 행은
# (소수점 아래 4자리로 반올림하면) `[1.2573, -1.321, 6.4042]`이고, `b1`, `b2`는 영 배열입니다.

# %% exercise="initialize_parameters_random"

# %%
parameters = initialize_parameters_random([3, 5, 2], np.random.default_rng(0))
print(np.round(parameters["W1"], 3))
print("standard deviation of all the weights:",
      np.std(np.concatenate([parameters["W1"].ravel(), parameters["W2"].ravel()])).round(2))

# %% [markdown]
# What do weights of size 10 do to our circles network? Look at the output unit before training. Its
# pre-activation $Z^{[3]}$ is a sum of large weights times large activations, so it lands far from 0, where
# the sigmoid is flat at 0 or 1: the network is certain of every answer before it has seen a single label.
# Where it is certain and wrong, the cross-entropy is about $|z|$ itself (for a label 0 and a large positive
# $z$, $-\log(1 - \sigma(z)) \approx z$; for a label 1 and a large negative $z$, $-\log \sigma(z) \approx -z$):
# hundreds or thousands.

# %% [markdown] lang="ko"
# 크기가 10인 가중치는 circles 신경망에 어떤 일을 할까요? 훈련 전의 출력 유닛을 살펴봅시다.
# 출력 유닛의 활성화 전 값(pre-activation) $Z^{[3]}$은 큰 가중치와 큰 활성화 값을 곱한 항들의 합이므로, 0에서 멀리 떨어진 곳에 놓입니다.
# 그곳에서 시그모이드는 0이나 1에 붙은 채 평평합니다. 신경망은 레이블을 하나도 보기 전에 모든 답을 확신하는 것입니다.
# 확신하면서 틀린 점에서는 교차 엔트로피가 대략 $|z|$ 자신과 같습니다(레이블이 0이고 $z$가 큰 양수이면
# $-\log(1 - \sigma(z)) \approx z$, 레이블이 1이고 $z$가 큰 음수이면 $-\log \sigma(z) \approx -z$). 즉 수백이나 수천이 됩니다.

# %%
parameters = initialize_parameters_random([2, 10, 5, 1], np.random.default_rng(3))
ZL, _ = network_forward(X_circles, parameters)
probability = activate(ZL, "sigmoid")
print(f"initial cost: {np.mean(np.logaddexp(0, ZL) - Y_circles * ZL):.1f}")
certain = np.mean((probability < 1e-3) | (probability > 0.999))
print(f"fraction of points with a probability below 0.001 or above 0.999: {certain:.2f}")
plt.figure(figsize=(6, 3))
plt.hist(ZL.ravel(), bins=40)
plt.title("output pre-activation $Z^{[3]}$ with weights of scale 10")
plt.xlabel("$z$ (the sigmoid is flat beyond about ±5)")
plt.ylabel("number of points")
plt.show()

# %% [markdown]
# ## 3. How large should random weights be?
#
# ### A signal through many layers
#
# Think of a network with 2 inputs and 10 layers, no activation function, no biases, and every weight matrix
# equal to $1.5\,I$ (1.5 on the diagonal). Each layer multiplies its input by 1.5, so the output is
# $\hat y = 1.5^{10} x \approx 58\,x$. With $0.5\,I$ instead, $\hat y = 0.5^{10} x \approx 0.001\,x$. Neither factor
# is far from 1, yet after ten layers the signal has exploded or nearly vanished; with a hundred layers it
# would be $4 \cdot 10^{17}$ or $8 \cdot 10^{-31}$. Gradients travel back through the same matrices
# (transposed), so they explode or vanish in the same way.

# %% [markdown] lang="ko"
# ## 3. 무작위 가중치는 얼마나 커야 할까?
#
# ### 여러 층을 지나는 신호
#
# 입력이 2개이고 층이 10개이며, 활성화 함수도 편향도 없고, 모든 가중치 행렬이 $1.5\,I$(대각선에 1.5)인 신경망을 생각해 봅시다.
# 각 층은 입력에 1.5를 곱하므로 출력은 $\hat y = 1.5^{10} x \approx 58\,x$입니다. $0.5\,I$라면 $\hat y = 0.5^{10} x \approx 0.001\,x$입니다.
# 두 인수 모두 1에서 멀지 않은데도, 층 10개를 지나고 나면 신호는 폭주하거나 거의 사라집니다.
# 층이 100개라면 $4 \cdot 10^{17}$이나 $8 \cdot 10^{-31}$이 될 것입니다.
# 기울기는 같은 행렬들을 (전치(transpose)된 채로) 거슬러 지나가므로, 같은 방식으로 폭주하거나 소실됩니다.

# %%
x = np.array([[1.0], [-2.0]])
for factor in (1.5, 0.5):
    a = x
    for layer in range(10):
        a = (factor * np.eye(2)) @ a
    print(f"every W = {factor} I: after 10 layers the input {x.ravel()} has become {a.ravel().round(4)}")

# %% [markdown]
# ### Keeping the variance of the signal steady
#
# We want an initialisation under which the activations of every layer
# 1. have mean 0, and
# 2. have the same variance as those of the layer before.
#
# Take one unit of layer $l$: $z = \sum_{j=1}^{n^{[l-1]}} w_j a_j$ (the bias starts at 0). Suppose the weights
# $w_j$ are drawn independently with mean 0 and variance $\mathrm{Var}(w)$, independently of the activations
# $a_j$ of the layer below, which have mean 0. The variance of a sum of independent terms is the sum of their
# variances, and for independent zero-mean factors $\mathrm{Var}(w_j a_j) = \mathrm{Var}(w)\,\mathrm{Var}(a)$, so
#
# $$\mathrm{Var}(z) = n^{[l-1]}\,\mathrm{Var}(w)\,\mathrm{Var}(a).$$
#
# Every layer multiplies the variance by the same factor $n\,\mathrm{Var}(w)$ (writing $n$ for $n^{[l-1]}$), so
# after $L$ layers it has been multiplied by $(n\,\mathrm{Var}(w))^L$:
#
# ![A chain of boxes Var(a[0]), Var(a[1]), Var(a[2]), ..., Var(a[L]) joined by arrows, each arrow multiplying by n times Var(w). Below, three rows of bars for layers 0 to 6: with n Var(w) above 1 the bars grow (the signal explodes), below 1 they shrink to nothing (it vanishes), equal to 1 they stay the same height. Xavier chooses Var(w) = 1/n; for ReLU, which halves the mean square, He chooses 2/n.](attachment:05_variance_chain.svg)
#
# Near 0, tanh behaves like the identity, so $\mathrm{Var}(a) \approx \mathrm{Var}(z)$ of the layer below. The
# variance stays the same from layer to layer exactly when $n^{[l-1]}\,\mathrm{Var}(w) = 1$:
#
# $$\mathrm{Var}(w^{[l]}) = \frac{1}{n^{[l-1]}}, \qquad W^{[l]} = \text{standard normal} \times \sqrt{\frac{1}{n^{[l-1]}}}.$$
#
# This is **Xavier initialisation**. The number that matters is $n^{[l-1]}$, the number of inputs each unit
# adds up: more inputs, smaller weights. We multiply by the square root, because multiplying a standard normal
# by $s$ gives a variance of $s^2$. (Glorot and Bengio's paper proposes $2 / (n^{[l-1]} + n^{[l]})$, a compromise
# that also keeps the gradients' variance steady on the way back; this course uses $1 / n^{[l-1]}$.)
#
# ### Exercise 3: `initialize_parameters_xavier`
#
# Write `initialize_parameters_xavier(layer_dims, rng)`: like the random initialiser, one draw
# `rng.standard_normal((layer_dims[l], layer_dims[l-1]))` per layer in order, here multiplied by
# `np.sqrt(1 / layer_dims[l-1])`; zero biases of shape `(layer_dims[l], 1)`.
#
# Expected: for `initialize_parameters_xavier([3, 5, 2], np.random.default_rng(0))`, the first row of `W1` is
# `[0.0726, -0.0763, 0.3697]` (the draws of Exercise 2's example times $\sqrt{1/3}$ instead of 10).

# %% [markdown] lang="ko"
# ### 신호의 분산을 일정하게 유지하기
#
# 우리가 원하는 초기화에서는 모든 층의 활성화 값이 다음 두 조건을 만족해야 합니다.
# 1. 평균이 0이다.
# 2. 분산(variance)이 이전 층의 활성화 값과 같다.
#
# 층 $l$의 유닛 하나를 봅시다. $z = \sum_{j=1}^{n^{[l-1]}} w_j a_j$입니다(편향은 0에서 시작합니다).
# 가중치 $w_j$는 평균 0, 분산 $\mathrm{Var}(w)$로 서로 독립적으로 뽑히고, 평균이 0인 아래층의 활성화 값 $a_j$와도 독립이라고 가정합시다.
# 독립인 항들의 합의 분산은 각 항의 분산의 합이고, 평균이 0인 독립 인수들에 대해서는 $\mathrm{Var}(w_j a_j) = \mathrm{Var}(w)\,\mathrm{Var}(a)$이므로
# 다음이 성립합니다.
#
# $$\mathrm{Var}(z) = n^{[l-1]}\,\mathrm{Var}(w)\,\mathrm{Var}(a).$$
#
# 층마다 분산에 같은 인수 $n\,\mathrm{Var}(w)$가 곱해지므로($n^{[l-1]}$을 $n$으로 줄여 씁니다),
# $L$개 층을 지나면 분산에는 $(n\,\mathrm{Var}(w))^L$이 곱해집니다.
#
# ![상자 Var(a[0]), Var(a[1]), Var(a[2]), ..., Var(a[L])이 화살표로 이어진 사슬로, 화살표마다 n 곱하기 Var(w)를 곱합니다. 그 아래에 층 0부터 6까지의 막대가 세 줄 있습니다. n Var(w)가 1보다 크면 막대가 점점 자라고(신호 폭주), 1보다 작으면 점점 줄어 사라지며(신호 소실), 1과 같으면 높이가 그대로입니다. Xavier는 Var(w) = 1/n을 고르고, 제곱 평균을 절반으로 줄이는 ReLU에 대해서는 He가 2/n을 고릅니다.](attachment:05_variance_chain.svg)
#
# 0 근처에서 하이퍼볼릭 탄젠트(tanh)는 항등 함수(identity function)처럼 동작하므로, 아래층에서 $\mathrm{Var}(a) \approx \mathrm{Var}(z)$입니다.
# 분산이 층에서 층으로 그대로 유지되는 것은 정확히 $n^{[l-1]}\,\mathrm{Var}(w) = 1$일 때입니다.
#
# $$\mathrm{Var}(w^{[l]}) = \frac{1}{n^{[l-1]}}, \qquad W^{[l]} = \text{standard normal} \times \sqrt{\frac{1}{n^{[l-1]}}}.$$
#
# 이것이 **Xavier 초기화**(Xavier initialization)입니다. 중요한 수는 $n^{[l-1]}$, 즉 각 유닛이 더하는 입력의 개수입니다.
# 입력이 많을수록 가중치는 작아야 합니다. 표준 정규 분포(standard normal distribution)를 따르는 값에 $s$를 곱하면 분산이 $s^2$이 되므로, 제곱근을 곱합니다.
# (Glorot와 Bengio의 논문은 $2 / (n^{[l-1]} + n^{[l]})$을 제안합니다. 역방향으로 가는 기울기의 분산도 일정하게 유지하려는 절충안입니다.
# 이 강의에서는 $1 / n^{[l-1]}$을 씁니다.)
#
# ### 연습 문제 3: `initialize_parameters_xavier`
#
# `initialize_parameters_xavier(layer_dims, rng)`를 작성하십시오. 무작위 초기화(random initialization) 함수와 마찬가지로 층 순서대로 층마다
# `rng.standard_normal((layer_dims[l], layer_dims[l-1]))`을 한 번씩 뽑되, 여기서는 `np.sqrt(1 / layer_dims[l-1])`을 곱합니다.
# 편향은 형상이 `(layer_dims[l], 1)`인 영 배열입니다.
#
# 기대 결과: `initialize_parameters_xavier([3, 5, 2], np.random.default_rng(0))`에서 `W1`의 첫 행은
# `[0.0726, -0.0763, 0.3697]`입니다(연습 문제 2의 예와 같은 값을 뽑아 10 대신 $\sqrt{1/3}$을 곱한 것입니다).

# %% exercise="initialize_parameters_xavier"

# %% [markdown]
# A layer of 1000 inputs should get weights of variance about 1/1000:

# %% [markdown] lang="ko"
# 입력이 1000개인 층의 가중치는 분산이 약 1/1000이어야 합니다.

# %%
parameters = initialize_parameters_xavier([1000, 500, 100], np.random.default_rng(0))
for l, n_prev in ((1, 1000), (2, 500)):
    print(f"W{l}: variance {parameters[f'W{l}'].var():.5f}, 1/n[{l - 1}] = {1 / n_prev:.5f}")

# %% [markdown]
# ### Question: what does a ReLU do to Xavier's argument?
#
# The argument above assumed that the activation passes the signal on unchanged. A ReLU does not: it keeps
# every positive $z$ and sets every negative $z$ to 0. Suppose $z$ is symmetric around 0 with variance $v$.
# What is the mean square $E[a^2]$ of $a = \max(0, z)$, and what does that do to the signal of a deep ReLU
# network with Xavier weights? How would you change $\mathrm{Var}(w)$ so that the signal keeps its size?
# Answer in two or three sentences in the cell below (replace its text), before reading on.

# %% [markdown] lang="ko"
# ### 질문: ReLU는 Xavier의 논증을 어떻게 바꿀까?
#
# 위의 논증은 활성화 함수가 신호를 바꾸지 않고 그대로 전달한다고 가정했습니다. ReLU는 그렇지 않습니다.
# 양수인 $z$는 모두 그대로 두고, 음수인 $z$는 모두 0으로 만듭니다. $z$가 0을 중심으로 대칭이고 분산이 $v$라고 합시다.
# $a = \max(0, z)$의 제곱 평균(mean square) $E[a^2]$은 얼마일까요? 그리고 그것은 Xavier 가중치를 쓴 심층 ReLU 신경망의 신호에 어떤 영향을 줄까요?
# 신호가 크기를 유지하게 하려면 $\mathrm{Var}(w)$를 어떻게 바꾸어야 할까요?
# 계속 읽기 전에 아래 셀에 두세 문장으로 답하십시오(셀에 있는 글을 지우고 쓰십시오).

# %% [markdown] answer="explain_he_factor" points=2
# Because $z$ is symmetric around 0, half of its mass is negative and becomes 0, while the positive half is
# kept: $E[a^2] = \frac{1}{2} E[z^2] = \frac{v}{2}$. The next layer's sum then has variance
# $n\,\mathrm{Var}(w)\,E[a^2]$, so with Xavier's $\mathrm{Var}(w) = 1/n$ each layer halves the signal and after
# $L$ layers it is $2^{-L}$ of its size. Doubling the variance of the weights, $\mathrm{Var}(w) = 2/n$, makes up
# for the half the ReLU sets to zero: $n \cdot \frac{2}{n} \cdot \frac{1}{2} = 1$.

# %% [markdown] answer="explain_he_factor" points=2 lang="ko"
# $z$는 0을 중심으로 대칭이므로, 그 확률의 절반은 음수 쪽에 있어 0이 되고 양수 쪽 절반은 그대로 남습니다.
# 따라서 $E[a^2] = \frac{1}{2} E[z^2] = \frac{v}{2}$입니다. 다음 층의 합은 분산이 $n\,\mathrm{Var}(w)\,E[a^2]$이므로,
# Xavier의 $\mathrm{Var}(w) = 1/n$에서는 층마다 신호가 절반으로 줄고, $L$개 층을 지나면 원래 크기의 $2^{-L}$이 됩니다.
# 가중치의 분산을 두 배로 하여 $\mathrm{Var}(w) = 2/n$으로 하면 ReLU가 0으로 만드는 절반을 메울 수 있습니다.
# $n \cdot \frac{2}{n} \cdot \frac{1}{2} = 1$이기 때문입니다.

# %% [markdown]
# ### ReLU needs twice as much: He initialisation
#
# For a $z$ symmetric around 0, a ReLU sets the negative half to zero and keeps the positive half. Then its
# output has mean square $E[a^2] = \frac{1}{2}\mathrm{Var}(z)$, and since a ReLU's outputs do not have mean 0,
# what the next layer's sum sees is this mean square: $\mathrm{Var}(z^{[l]}) = n^{[l-1]}\,\mathrm{Var}(w)\,E[a^2]$.
# Half of the signal is lost at every layer, unless the weights make up for it:
#
# $$\mathrm{Var}(w^{[l]}) = \frac{2}{n^{[l-1]}}, \qquad W^{[l]} = \text{standard normal} \times \sqrt{\frac{2}{n^{[l-1]}}}.$$
#
# This is **He initialisation** (He et al., 2015), the usual choice for ReLU networks.
#
# ### Exercise 4: `initialize_parameters_he`
#
# Write `initialize_parameters_he(layer_dims, rng)`: the same draws, multiplied by
# `np.sqrt(2 / layer_dims[l-1])`; zero biases.
#
# Expected: for `initialize_parameters_he([3, 5, 2], np.random.default_rng(0))`, the first row of `W1` is
# `[0.1027, -0.1079, 0.5229]`, $\sqrt{2}$ times Xavier's.

# %% [markdown] lang="ko"
# ### ReLU에는 두 배가 필요하다: He 초기화
#
# 0을 중심으로 대칭인 $z$에 대해, ReLU는 음수인 절반을 0으로 만들고 양수인 절반을 남깁니다.
# 그러면 출력의 제곱 평균은 $E[a^2] = \frac{1}{2}\mathrm{Var}(z)$입니다. ReLU의 출력은 평균이 0이 아니므로,
# 다음 층의 합에 작용하는 것은 바로 이 제곱 평균입니다. 즉 $\mathrm{Var}(z^{[l]}) = n^{[l-1]}\,\mathrm{Var}(w)\,E[a^2]$입니다.
# 가중치가 이를 메워 주지 않으면 층마다 신호의 절반을 잃습니다.
#
# $$\mathrm{Var}(w^{[l]}) = \frac{2}{n^{[l-1]}}, \qquad W^{[l]} = \text{standard normal} \times \sqrt{\frac{2}{n^{[l-1]}}}.$$
#
# 이것이 **He 초기화**(He initialization)(He et al., 2015)이며, ReLU 신경망에서 보통 쓰는 방법입니다.
#
# ### 연습 문제 4: `initialize_parameters_he`
#
# `initialize_parameters_he(layer_dims, rng)`를 작성하십시오. 같은 방식으로 뽑은 값에 `np.sqrt(2 / layer_dims[l-1])`을 곱합니다.
# 편향은 영 배열입니다.
#
# 기대 결과: `initialize_parameters_he([3, 5, 2], np.random.default_rng(0))`에서 `W1`의 첫 행은
# `[0.1027, -0.1079, 0.5229]`로, Xavier의 $\sqrt{2}$배입니다.

# %% exercise="initialize_parameters_he"

# %%
parameters = initialize_parameters_he([1000, 500, 100], np.random.default_rng(0))
for l, n_prev in ((1, 1000), (2, 500)):
    print(f"W{l}: variance {parameters[f'W{l}'].var():.5f}, 2/n[{l - 1}] = {2 / n_prev:.5f}")

# %% [markdown]
# ## 4. Measuring the signal in a deep network
#
# Let us test the argument. The function below pushes a batch of inputs through a network and reports, for
# every layer, the mean and the variance of its activations.
#
# ### Exercise 5: `activation_statistics`
#
# Write `activation_statistics(X, parameters, activation)`.
# - `L = len(parameters) // 2` layers (each layer has a `W` and a `b`); start from `A = X`, of shape `(n0, m)`.
# - For `l = 1, ..., L`: `Z = W{l} @ A + b{l}`, then `A = activate(Z, activation)`. Every layer uses the same
#   `activation` (`"linear"`, `"tanh"`, `"relu"` or `"sigmoid"`), the last one included: here we study the
#   signal, not a classifier.
# - After each layer, append the pair `(mean, variance)` of **all** the `n[l] * m` entries of `A` to a list:
#   `np.mean(A)` and `np.var(A)` (the population variance, dividing by the number of entries), each turned into
#   a Python float with `float(...)`.
# - Return the list of `L` pairs, layer 1 first.
#
# Expected: the worked example of the checks, a network of two ReLU layers on three examples,
# ```
# activation_statistics(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]),
#                       {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),
#                        "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])}, "relu")
# ```
# gives `[(0.8666666666666667, 0.5855555555555556), (0.4666666666666666, 0.21555555555555564)]`.

# %% [markdown] lang="ko"
# ## 4. 심층 신경망에서 신호 측정하기
#
# 이 논증을 시험해 봅시다. 아래 함수는 입력 배치 하나를 신경망에 통과시키고, 모든 층에 대해 활성화 값의 평균과 분산을 알려 줍니다.
#
# ### 연습 문제 5: `activation_statistics`
#
# `activation_statistics(X, parameters, activation)`을 작성하십시오.
# - 층은 `L = len(parameters) // 2`개입니다(층마다 `W`와 `b`가 하나씩 있습니다). 형상이 `(n0, m)`인 `A = X`에서 시작합니다.
# - `l = 1, ..., L`에 대해 `Z = W{l} @ A + b{l}`을 계산한 다음 `A = activate(Z, activation)`을 계산합니다.
#   마지막 층을 포함해 모든 층이 같은 `activation`(`"linear"`, `"tanh"`, `"relu"` 또는 `"sigmoid"`)을 씁니다.
#   여기서 연구하는 것은 분류기가 아니라 신호이기 때문입니다.
# - 층을 하나 지날 때마다 `A`의 원소 `n[l] * m`개 **전체**에 대한 `(mean, variance)` 쌍을 리스트에 추가합니다.
#   `np.mean(A)`와 `np.var(A)`(원소 개수로 나누는 모분산)를 쓰고, 각각 `float(...)`로 파이썬 float로 바꿉니다.
# - `L`개 쌍의 리스트를 층 1부터 순서대로 돌려줍니다.
#
# 기대 결과: 테스트의 풀이 예제(worked example)는 샘플 3개에 대한 ReLU 층 2개짜리 신경망입니다.
# ```
# activation_statistics(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]),
#                       {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),
#                        "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])}, "relu")
# ```
# 는 `[(0.8666666666666667, 0.5855555555555556), (0.4666666666666666, 0.21555555555555564)]`를 돌려줍니다.

# %% exercise="activation_statistics"

# %%
print(activation_statistics(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]),
                            {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),
                             "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])}, "relu"))

# %% [markdown]
# ### Question: the variance after ten layers
#
# Back to the thought experiment: 10 linear layers (no activation, no biases), every $W = 0.5\,I$, and an input
# whose entries have mean 0 and variance 1. The cell in section 3 followed the **values**: they were multiplied
# by $0.5^{10} \approx 0.001$. What is the **variance** of the activations of layer 10?
#
# Write your prediction as a number in the cell below, e.g. `q_variance_after_ten_layers = 0.03` (a power such
# as `3 ** -4` is fine too), then run its test. The cell after it measures the answer.

# %% [markdown] lang="ko"
# ### 질문: 층 10개를 지난 뒤의 분산
#
# 사고 실험으로 돌아갑시다. 선형(linear) 층 10개(활성화 함수 없음, 편향 없음)가 있고, 모든 $W = 0.5\,I$이며,
# 입력의 원소는 평균이 0이고 분산이 1입니다. 3절의 셀은 **값**을 따라갔고, 값에는 $0.5^{10} \approx 0.001$이 곱해졌습니다.
# 그렇다면 층 10의 활성화 값의 **분산**은 얼마일까요?
#
# 아래 셀에 예측을 수로 적으십시오. 예를 들면 `q_variance_after_ten_layers = 0.03`처럼 씁니다(`3 ** -4` 같은 거듭제곱으로 적어도 됩니다).
# 그런 다음 테스트를 실행하십시오. 그다음 셀이 답을 측정합니다.

# %% question="q_variance_after_ten_layers"

# %%
X_small = np.random.default_rng(0).standard_normal((2, 200))
for factor in (1.5, 0.5):
    chain = {}
    for l in range(1, 11):
        chain[f"W{l}"], chain[f"b{l}"] = factor * np.eye(2), np.zeros((2, 1))
    variances = [var for mean, var in activation_statistics(X_small, chain, "linear")]
    print(f"W = {factor} I: variance of the input {X_small.var():.3f}, then per layer:",
          ", ".join(f"{v:.3g}" for v in variances))
print(f"0.25 ** 10 = {0.25 ** 10:.3g}; times the input's variance: {0.25 ** 10 * X_small.var():.3g}")

# %% [markdown]
# Multiplying a random variable by $c$ multiplies its variance by $c^2$: here $0.5^2 = 0.25$ per layer
# (and $1.5^2 = 2.25$ for the other chain), so after ten layers the variance is $0.25^{10} \approx 9.5 \cdot 10^{-7}$
# times that of the input. The input's 200 samples have variance 0.990 rather than exactly 1, so the measured
# value is $0.990 \times 0.25^{10} \approx 9.44 \cdot 10^{-7}$, as printed.
#
# ### The experiment: 10 layers of 500 units
#
# Now a real deep network: 500 inputs, 10 layers of 500 units each, and 100 random examples of variance 1. We
# try four initialisations (small weights, scale 0.01; weights of scale 1; Xavier; He) with tanh and with ReLU
# in every layer, and plot the **variance** of each layer's activations. The vertical axis is logarithmic, so a
# signal that is multiplied by the same factor at every layer draws a straight line.

# %% [markdown] lang="ko"
# 확률 변수에 $c$를 곱하면 분산에는 $c^2$이 곱해집니다. 여기서는 층마다 $0.5^2 = 0.25$가 곱해지므로
# (다른 사슬에서는 $1.5^2 = 2.25$), 층 10개를 지나면 분산은 입력 분산의 $0.25^{10} \approx 9.5 \cdot 10^{-7}$배가 됩니다.
# 입력의 샘플 200개는 분산이 정확히 1이 아니라 0.990이므로, 측정값은 출력된 대로 $0.990 \times 0.25^{10} \approx 9.44 \cdot 10^{-7}$입니다.
#
# ### 실험: 유닛 500개짜리 층 10개
#
# 이제 진짜 심층 신경망입니다. 입력 500개, 유닛이 각각 500개인 층 10개, 그리고 분산이 1인 무작위 샘플 100개를 씁니다.
# 네 가지 초기화(작은 가중치인 scale 0.01, scale 1인 가중치, Xavier, He)를 모든 층에 tanh를 쓸 때와 ReLU를 쓸 때 각각 시험하고,
# 각 층 활성화 값의 **분산**을 그래프로 그립니다. 세로축이 로그 눈금이므로, 층마다 같은 인수가 곱해지는 신호는 직선으로 그려집니다.

# %%
dims = [500] * 11
X_deep = np.random.default_rng(0).standard_normal((500, 100))
initialisers = {
    "scale 0.01": lambda rng: initialize_parameters_random(dims, rng, scale=0.01),
    "scale 1": lambda rng: initialize_parameters_random(dims, rng, scale=1.0),
    "Xavier": lambda rng: initialize_parameters_xavier(dims, rng),
    "He": lambda rng: initialize_parameters_he(dims, rng),
}
deep_parameters = {name: init(np.random.default_rng(1)) for name, init in initialisers.items()}
deep_statistics = {(activation, name): activation_statistics(X_deep, parameters, activation)
                   for activation in ("tanh", "relu") for name, parameters in deep_parameters.items()}
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
for ax, activation in zip(axes, ("tanh", "relu")):
    for name in deep_parameters:
        ax.semilogy(range(1, 11), [var for mean, var in deep_statistics[activation, name]], "o-", label=name)
    ax.set_title(f"{activation} in every layer")
    ax.set_xlabel("layer $l$")
    ax.set_ylabel("variance of $A^{[l]}$")
    ax.set_xticks(range(1, 11))
    ax.grid(True, which="major", alpha=0.3)
    ax.legend()
plt.tight_layout()
plt.show()
print("layer 10:", " " * 10, "   ".join(f"{name:>10}" for name in deep_parameters))
for activation in ("tanh", "relu"):
    print(f"{activation:>4}, variance of A[10]:",
          "   ".join(f"{deep_statistics[activation, name][-1][1]:10.2g}" for name in deep_parameters))
    print(f"{activation:>4}, its square root:  ",
          "   ".join(f"{deep_statistics[activation, name][-1][1] ** 0.5:10.2g}" for name in deep_parameters))

# %% [markdown]
# What the curves and the printed layer-10 values say:
# - **Scale 0.01**: each layer multiplies the variance by about $500 \times 0.01^2 = 0.05$ (half that with ReLU).
#   After ten layers the variance is about $10^{-13}$ (tanh) or $10^{-16}$ (ReLU): the signal is gone, and the
#   gradients vanish in the same way (section 5).
# - **Scale 1, ReLU**: each layer multiplies the variance by about $500 \times 1 / 2 = 250$. After ten layers
#   the **variance** is about $10^{24}$ (the printed value), so the activations themselves, whose typical size is
#   the square root of the variance, are around $10^{12}$.
# - **Scale 1, tanh**: the variance looks steady, near 1, but for a bad reason: the pre-activations are huge, and tanh
#   squashes them to $\pm 1$. A saturated tanh has slope $1 - a^2 \approx 0$. The histograms below show it.
# - **Xavier** keeps a tanh network's signal alive (tanh still shrinks it slowly, since it is flatter than the
#   identity away from 0), but with ReLU it halves the variance at every layer, as predicted.
# - **He** keeps a ReLU network's signal at the same size through all ten layers. (With tanh its larger weights
#   happen to hold the variance steady too, at the price of pushing more units towards saturation.)
#
# The histograms of the activations tell the same story in more detail. Each panel is one initialisation; in
# it, one histogram per layer, layer 1 at the top, each scaled to the same height. Since the sizes of the
# layers' activations differ by many powers of ten, the horizontal axis shows the **size** $|a|$ on a log scale
# (the zeros of a ReLU are left out): a layer that multiplies the signal by a factor $c$ shifts its histogram
# by $\log_{10} c$ to the right, and the shape of each layer's distribution stays visible.

# %% [markdown] lang="ko"
# 곡선과 출력된 층 10의 값에서 다음을 알 수 있습니다.
# - **Scale 0.01**: 각 층은 분산에 약 $500 \times 0.01^2 = 0.05$를 곱합니다(ReLU에서는 그 절반).
#   층 10개를 지나면 분산은 약 $10^{-13}$(tanh) 또는 $10^{-16}$(ReLU)이 됩니다. 신호는 사라졌고,
#   기울기(gradient)도 같은 방식으로 소실됩니다(5절).
# - **Scale 1, ReLU**: 각 층은 분산에 약 $500 \times 1 / 2 = 250$을 곱합니다. 층 10개를 지나면 **분산**은 약 $10^{24}$(출력된 값)입니다.
#   따라서 활성화 값 자체는, 그 전형적인 크기가 분산의 제곱근이므로, $10^{12}$ 정도입니다.
# - **Scale 1, tanh**: 분산은 1 근처에서 일정해 보이지만, 좋지 않은 이유 때문입니다. 활성화 전 값이 엄청나게 커서
#   tanh가 이를 $\pm 1$로 눌러 버립니다. 포화(saturation)된 tanh의 기울기(slope)는 $1 - a^2 \approx 0$입니다. 아래 히스토그램이 이를 보여 줍니다.
# - **Xavier**는 tanh 신경망의 신호를 살려 둡니다(tanh는 0에서 멀어지면 항등 함수보다 평평하므로 여전히 신호를 천천히 줄이기는 합니다).
#   하지만 ReLU에서는 예측한 대로 층마다 분산을 절반으로 줄입니다.
# - **He**는 ReLU 신경망의 신호를 층 10개 내내 같은 크기로 유지합니다. (tanh에서도 공교롭게 더 큰 가중치 덕분에 분산이
#   일정하게 유지되지만, 그 대가로 더 많은 유닛이 포화 쪽으로 밀려납니다.)
#
# 활성화 값의 히스토그램은 같은 이야기를 더 자세히 들려줍니다. 패널 하나가 초기화 하나에 해당합니다.
# 패널 안에는 층마다 히스토그램이 하나씩 있는데, 층 1이 맨 위에 오고, 모두 같은 높이로 맞춰 그려져 있습니다.
# 층마다 활성화 값의 크기가 10의 거듭제곱으로 여러 자릿수만큼 차이 나므로, 가로축은 **크기** $|a|$를 로그 눈금으로 보여 줍니다
# (ReLU의 0은 뺍니다). 이렇게 하면 신호에 인수 $c$를 곱하는 층은 히스토그램을 오른쪽으로 $\log_{10} c$만큼 옮기고,
# 각 층 분포의 모양도 그대로 보입니다.

# %%
def activations_per_layer(X, parameters, activation):
    """The activations A[1], ..., A[L] of every layer, for the histograms."""
    A, out = X, []
    for l in range(1, len(parameters) // 2 + 1):
        A = activate(parameters[f"W{l}"] @ A + parameters[f"b{l}"], activation)
        out.append(A)
    return out


def plot_histograms(activation, names):
    """One panel per initialisation; in it, the histogram of log10 |a| of every layer, layer 1 on top."""
    fig, axes = plt.subplots(1, len(names), figsize=(13, 4.5))
    for ax, name in zip(axes, names):
        sizes = [np.abs(A[A != 0]) for A in activations_per_layer(X_deep, deep_parameters[name], activation)]
        # the bins span the sizes of all layers of this panel, from the 0.5th percentile to the largest
        low = min(np.percentile(s, 0.5) for s in sizes)
        high = max(s.max() for s in sizes)
        low = min(low, high / 1000)  # at least three powers of ten, so that a spike shows where it stands
        edges = np.logspace(np.log10(low), np.log10(high), 61)
        for l, s in enumerate(sizes, start=1):
            counts, _ = np.histogram(s, bins=edges)
            base = 10 - l  # each histogram scaled to the same height, stacked one above the other
            ax.stairs(base + 0.9 * counts / max(counts.max(), 1), edges, baseline=base, fill=True)
        ax.set_xscale("log")
        ax.set_yticks(np.arange(10) + 0.4, [f"layer {l}" for l in range(10, 0, -1)], fontsize=8)
        ax.set_title(name)
        ax.set_xlabel("$|a|$ (log scale)")
    fig.suptitle(f"{activation}: histogram of the sizes $|a|$ of the activations of every layer")
    plt.tight_layout()
    plt.show()


plot_histograms("tanh", ["scale 0.01", "scale 1", "Xavier"])
plot_histograms("relu", ["scale 1", "Xavier", "He"])

# %% [markdown]
# With tanh, small weights move the histogram about two thirds of a power of ten to the left at every layer (the
# variance shrinks by about 0.05, the size by its square root, about 0.22); weights of scale 1 pile almost every
# activation up against $|a| = 1$ (saturation), in every layer; Xavier keeps a broad distribution below 1 in every
# layer, slowly drifting left. With ReLU, weights of scale 1 move the histogram right by about
# $\log_{10}\sqrt{250} \approx 1.2$ powers of ten per layer (a factor of about 16), Xavier lets it drift left by
# $\log_{10}\sqrt{2} \approx 0.15$ per layer, and He keeps it in place.

# %% [markdown] lang="ko"
# tanh에서 작은 가중치는 층마다 히스토그램을 왼쪽으로 약 3분의 2 자릿수(10의 거듭제곱 한 칸의 3분의 2)만큼 옮깁니다
# (분산은 약 0.05배로, 크기는 그 제곱근인 약 0.22배로 줄어듭니다). scale 1인 가중치는 모든 층에서 거의 모든 활성화 값을
# $|a| = 1$에 몰아붙입니다(포화). Xavier는 모든 층에서 1 아래에 넓은 분포를 유지하며, 천천히 왼쪽으로 이동합니다.
# ReLU에서 scale 1인 가중치는 층마다 히스토그램을 오른쪽으로 약 $\log_{10}\sqrt{250} \approx 1.2$자릿수(약 16배)만큼 옮깁니다.
# Xavier는 층마다 $\log_{10}\sqrt{2} \approx 0.15$만큼 왼쪽으로 이동하게 하고, He는 제자리에 유지합니다.

# %% [markdown]
# ## 5. Gradients per layer
#
# The activations are half of the story: learning needs gradients. Gradient descent changes $W^{[l]}$ by
# $\alpha\,dW^{[l]}$, with $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$: the activations coming forward into
# layer $l$, times the error $dZ^{[l]}$ coming back from the output. We now measure the size of every layer's
# first gradient, $\|dW^{[l]}\|$ (the square root of the sum of its squared entries), under each initialiser.
#
# The helper below is the function you wrote in lesson 04, here built on `activate`: for a network with the
# given activation in its hidden layers and a sigmoid output unit, it returns the list of $\|dW^{[l]}\|$,
# layer 1 first.

# %% [markdown] lang="ko"
# ## 5. 층별 기울기
#
# 활성화 값은 이야기의 절반일 뿐입니다. 학습에는 기울기가 필요합니다. 경사 하강법은 $W^{[l]}$을 $\alpha\,dW^{[l]}$만큼 바꾸는데,
# $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$는 순방향으로 층 $l$에 들어오는 활성화 값과 출력에서 역방향으로 돌아오는 오차 $dZ^{[l]}$의 곱입니다.
# 이제 초기화 함수마다 모든 층의 첫 기울기의 크기 $\|dW^{[l]}\|$(원소들의 제곱의 합의 제곱근)을 측정합니다.
#
# 아래 도우미 함수는 여러분이 레슨 04에서 작성한 함수를 여기서는 `activate`를 바탕으로 다시 만든 것입니다.
# 은닉층에 주어진 활성화 함수를, 출력에 시그모이드 유닛 하나를 쓰는 신경망에 대해, 층 1부터 순서대로 $\|dW^{[l]}\|$의 리스트를 돌려줍니다.

# %% given="gradient_norms_by_layer"

# %% [markdown]
# ### Exercise 6: `gradient_norms_per_initializer`
#
# Write `gradient_norms_per_initializer(X, Y, layer_dims, rng, activation="relu", scale=1.0)`. It returns a dict
# with four keys, in this order, each mapping to the list `gradient_norms_by_layer(X, Y, parameters, activation)`
# for the network started by one initialiser:
# - `"zeros"`: `initialize_parameters_zeros(layer_dims)`,
# - `"random"`: `initialize_parameters_random(layer_dims, rng, scale=scale)`,
# - `"Xavier"`: `initialize_parameters_xavier(layer_dims, rng)`,
# - `"He"`: `initialize_parameters_he(layer_dims, rng)`.
#
# Use the one `rng` for all three random initialisers, called in this order (random, Xavier, He): each
# continues where the one before stopped.
#
# Expected: with `X = np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]])` and
# `Y = np.array([[1.0, 0.0, 1.0, 0.0]])`, `gradient_norms_per_initializer(X, Y, [2, 3, 3, 1], np.random.default_rng(0))`
# gives, rounded to 4 decimals, `{"zeros": [0.0, 0.0, 0.0], "random": [0.6505, 0.2539, 0.387],
# "Xavier": [0.0468, 0.0551, 0.0009], "He": [0.0419, 0.3452, 0.4952]}`.

# %% [markdown] lang="ko"
# ### 연습 문제 6: `gradient_norms_per_initializer`
#
# `gradient_norms_per_initializer(X, Y, layer_dims, rng, activation="relu", scale=1.0)`을 작성하십시오.
# 이 함수는 키 네 개가 아래 순서대로 들어 있는 딕셔너리를 돌려줍니다. 각 키에는 초기화 함수 하나로 시작한 신경망에 대한
# 리스트 `gradient_norms_by_layer(X, Y, parameters, activation)`이 대응합니다.
# - `"zeros"`: `initialize_parameters_zeros(layer_dims)`
# - `"random"`: `initialize_parameters_random(layer_dims, rng, scale=scale)`
# - `"Xavier"`: `initialize_parameters_xavier(layer_dims, rng)`
# - `"He"`: `initialize_parameters_he(layer_dims, rng)`
#
# 세 가지 무작위 초기화 함수 모두에 하나의 `rng`를 쓰고, 이 순서대로(random, Xavier, He) 호출하십시오.
# 각 함수는 앞의 함수가 멈춘 곳에서 이어서 뽑습니다.
#
# 기대 결과: `X = np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]])`와
# `Y = np.array([[1.0, 0.0, 1.0, 0.0]])`에 대해 `gradient_norms_per_initializer(X, Y, [2, 3, 3, 1], np.random.default_rng(0))`는
# 소수점 아래 4자리로 반올림하면 `{"zeros": [0.0, 0.0, 0.0], "random": [0.6505, 0.2539, 0.387],
# "Xavier": [0.0468, 0.0551, 0.0009], "He": [0.0419, 0.3452, 0.4952]}`를 돌려줍니다.

# %% exercise="gradient_norms_per_initializer"

# %%
example = gradient_norms_per_initializer(np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]]),
                                         np.array([[1.0, 0.0, 1.0, 0.0]]), [2, 3, 3, 1], np.random.default_rng(0))
print({name: [round(norm, 4) for norm in norms] for name, norms in example.items()})

# %% [markdown]
# ### Question: where do small weights lose the gradient?
#
# Take the deep network of section 4 with its last layer replaced by one sigmoid output unit (500 inputs, 9 hidden
# layers of 500 units, 10 layers in all), ReLU hidden layers and weights of scale 0.01. The signal shrinks by a
# constant factor at every layer on the way forward, and the error $dZ^{[l]}$ shrinks by a constant factor at every
# layer on the way back. How does $\|dW^{[l]}\|$ change from layer 10 down to layer 1?
#
# - (a) it shrinks steadily from layer 10 to layer 1, by a similar factor per layer: the layers near the input
#   get the smallest gradients
# - (b) it is about the same in every layer (within a factor of a few), and tiny in all of them
# - (c) it grows steadily from layer 10 to layer 1: the layers near the input get the largest gradients
#
# Write your choice in the cell below as `q_gradient_profile = "a"`, `"b"` or `"c"`, then run its test.

# %% [markdown] lang="ko"
# ### 질문: 작은 가중치는 어디에서 기울기를 잃을까?
#
# 4절의 심층 신경망에서 마지막 층을 시그모이드 출력 유닛 하나로 바꾼 신경망을 생각해 봅시다(입력 500개, 유닛 500개인 은닉층 9개,
# 모두 10개 층). 은닉층은 ReLU이고 가중치의 scale은 0.01입니다. 신호는 순방향으로 가면서 층마다 일정한 비율로 줄어들고,
# 오차 $dZ^{[l]}$은 역방향으로 가면서 층마다 일정한 비율로 줄어듭니다. 층 10에서 층 1로 내려가면서 $\|dW^{[l]}\|$은 어떻게 변할까요?
#
# - (a) 층 10에서 층 1로 가면서 층마다 비슷한 비율로 꾸준히 줄어든다. 입력에 가까운 층이 가장 작은 기울기를 받는다.
# - (b) 모든 층에서 거의 같고(몇 배 이내), 모든 층에서 아주 작다.
# - (c) 층 10에서 층 1로 가면서 꾸준히 커진다. 입력에 가까운 층이 가장 큰 기울기를 받는다.
#
# 아래 셀에 여러분의 선택을 `q_gradient_profile = "a"`, `"b"` 또는 `"c"`로 적고, 그 테스트를 실행하십시오.

# %% question="q_gradient_profile"

# %% [markdown]
# The experiment: `X_deep` with random labels, and every initialiser, with ReLU and with tanh hidden layers.
# We call your function once with `scale=0.01` and once with `scale=1.0`; the zeros give norms of exactly 0,
# which a log scale cannot draw, so they are printed instead.

# %% [markdown] lang="ko"
# 실험: 무작위 레이블을 붙인 `X_deep`에 모든 초기화 함수를 적용하되, 은닉층이 ReLU일 때와 tanh일 때를 모두 봅니다.
# 여러분의 함수를 `scale=0.01`로 한 번, `scale=1.0`으로 한 번 호출합니다. 영 초기화는 노름(norm)이 정확히 0이어서
# 로그 눈금에 그릴 수 없으므로, 대신 값을 출력합니다.

# %%
Y_deep = (np.random.default_rng(2).random((1, 100)) > 0.5).astype(float)
dims_classifier = [500] * 10 + [1]
layers = range(1, 11)
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
for ax, activation in zip(axes, ("relu", "tanh")):
    small = gradient_norms_per_initializer(X_deep, Y_deep, dims_classifier, np.random.default_rng(1), activation,
                                           scale=0.01)
    large = gradient_norms_per_initializer(X_deep, Y_deep, dims_classifier, np.random.default_rng(1), activation,
                                           scale=1.0)
    curves = {"scale 0.01": small["random"], "scale 1": large["random"], "Xavier": large["Xavier"],
              "He": large["He"]}
    for name, norms in curves.items():
        ax.semilogy(layers, norms, "o-", label=name)
    ax.set_title(f"{activation} hidden layers, sigmoid output")
    ax.set_xlabel("layer $l$")
    ax.set_ylabel(r"$\|dW^{[l]}\|$")
    ax.set_xticks(layers)
    ax.grid(True, which="major", alpha=0.3)
    print(f"{activation}, zeros:", large["zeros"])
    for name, norms in curves.items():
        print(f"{activation}, {name:>10}: layer 1 {norms[0]:8.2g}, layer 10 {norms[-1]:8.2g},"
              f" largest / smallest {max(norms) / min(norms):8.3g}")
fig.legend(*axes[0].get_legend_handles_labels(), loc="lower center", ncol=4)
plt.tight_layout(rect=(0, 0.08, 1, 1))
plt.show()
print("for comparison, the size ||W5|| of a 500 x 500 weight matrix (500 times the weights' standard deviation):",
      {name: round(float(np.linalg.norm(deep_parameters[name]["W5"])), 1) for name in deep_parameters})

# %% [markdown]
# What the gradients say:
# - **Zeros**: every $dW^{[l]}$ is exactly 0, in every layer (section 1): nothing to learn from.
# - **Scale 0.01, ReLU**: about $5 \cdot 10^{-8}$ in every layer, within a factor of about 2. The reason is in
#   $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$: the activations reaching layer $l$ have shrunk through the
#   $l - 1$ layers below it, the error through the $L - l$ layers above it, so their product has shrunk through
#   about $L - 1$ layers, whatever $l$. The gradient has vanished, in every layer alike: next to weights of
#   size about 5 (the printed $\|W\|$), a step of $\alpha \cdot 10^{-7}$ changes nothing.
# - **Scale 1, ReLU**: the same balance the other way: between $10^{11}$ and $10^{12}$ in every layer. The
#   weights have size about 500, so any learning rate that is not tiny throws them far away: the gradient has
#   exploded.
# - **Scale 1, tanh**: here the balance breaks. The activations cannot grow (tanh saturates at $\pm 1$), but the
#   error is multiplied by $W^{[l]T}$ on its way back, which the small slopes $1 - a^2$ of the saturated units
#   do not fully cancel. The gradient grows towards the input: layer 1 gets almost $10^5$ times the gradient of
#   layer 10 (the printed ratio), so no single learning rate suits both.
# - **Xavier** (with tanh) and **He** (with ReLU) keep every layer's gradient of a moderate size, between about
#   0.3 and 10; with ReLU, Xavier's is smaller (about 0.03 to 0.05), the cost of the signal that halves at
#   every layer.
#
# So "vanishing" and "exploding" gradients are not only about the first layers: with an initialisation that
# multiplies the signal by a factor per layer, the whole gradient is multiplied by about that factor to the power
# $L - 1$.

# %% [markdown] lang="ko"
# 기울기에서 다음을 알 수 있습니다.
# - **영 가중치(zeros)**: 모든 층에서 모든 $dW^{[l]}$이 정확히 0입니다(1절). 학습할 거리가 없습니다.
# - **Scale 0.01, ReLU**: 모든 층에서 약 $5 \cdot 10^{-8}$이며, 층 사이의 차이는 약 2배 이내입니다.
#   그 이유는 $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$에 있습니다. 층 $l$에 도달하는 활성화 값은 그 아래 $l - 1$개 층을 지나며 줄어들었고,
#   오차는 그 위 $L - l$개 층을 지나며 줄어들었습니다. 따라서 둘의 곱은 $l$이 무엇이든 약 $L - 1$개 층을 지나며 줄어든 셈입니다.
#   기울기는 모든 층에서 똑같이 소실되었습니다. 크기가 약 5인 가중치(출력된 $\|W\|$)에 비하면, $\alpha \cdot 10^{-7}$ 크기의 한 걸음은 아무것도 바꾸지 못합니다.
# - **Scale 1, ReLU**: 같은 균형이 반대 방향으로 작용합니다. 모든 층에서 $10^{11}$과 $10^{12}$ 사이입니다.
#   가중치의 크기가 약 500이므로, 아주 작지 않은 학습률(learning rate)이라면 어느 것이든 가중치를 멀리 날려 버립니다. 기울기가 폭주한 것입니다.
# - **Scale 1, tanh**: 여기서는 균형이 깨집니다. 활성화 값은 커질 수 없지만(tanh는 $\pm 1$에서 포화합니다),
#   오차는 역방향으로 가면서 $W^{[l]T}$와 곱해지고, 포화된 유닛의 작은 기울기(slope) $1 - a^2$가 이를 완전히 상쇄하지 못합니다.
#   기울기(gradient)는 입력 쪽으로 갈수록 커집니다. 층 1은 층 10의 거의 $10^5$배나 되는 기울기를 받으므로(출력된 비율),
#   어떤 학습률 하나로도 두 층 모두에 맞출 수 없습니다.
# - **Xavier**(tanh와 함께)와 **He**(ReLU와 함께)는 모든 층의 기울기를 약 0.3에서 10 사이의 적당한 크기로 유지합니다.
#   ReLU에서는 Xavier의 기울기가 더 작습니다(약 0.03에서 0.05). 층마다 절반으로 줄어드는 신호의 대가입니다.
#
# 그러므로 "기울기 소실(vanishing gradient)"과 "기울기 폭주(exploding gradient)"는 첫 몇 층만의 문제가 아닙니다.
# 층마다 신호에 어떤 인수를 곱하는 초기화에서는, 기울기 전체에 대략 그 인수의 $L - 1$제곱이 곱해집니다.

# %% [markdown]
# ## 6. Training with each initialisation
#
# Back to the circles. We train the network `[2, 10, 5, 1]` with the same data, the same learning rate and the
# same number of steps, changing only the initialisation.

# %% [markdown] lang="ko"
# ## 6. 초기화 방법별 훈련
#
# 다시 circles로 돌아갑니다. 같은 데이터, 같은 학습률, 같은 걸음 수로 신경망 `[2, 10, 5, 1]`을 훈련하되, 초기화만 바꿉니다.

# %%
def accuracy(parameters, X, Y):
    return float(np.mean((network_forward(X, parameters)[0] > 0) == Y))


starts = {
    "zeros": initialize_parameters_zeros([2, 10, 5, 1]),
    "random, scale 10": initialize_parameters_random([2, 10, 5, 1], np.random.default_rng(3)),
    "Xavier": initialize_parameters_xavier([2, 10, 5, 1], np.random.default_rng(3)),
    "He": initialize_parameters_he([2, 10, 5, 1], np.random.default_rng(3)),
}
trained = {}
record_every = 20
plt.figure(figsize=(7, 4))
for name, start in starts.items():
    trained[name], costs = train_network(X_circles, Y_circles, start, num_iterations=2000, learning_rate=0.1,
                                         record_every=record_every)
    plt.semilogy(np.arange(len(costs)) * record_every, costs, label=name)
    print(f"{name:>17}: cost {costs[0]:8.3f} -> {costs[-1]:.3f}, "
          f"training accuracy {accuracy(trained[name], X_circles, Y_circles):.0%}")
plt.title("cost during training, by initialisation")
plt.xlabel("iteration")
plt.ylabel("cost (log scale)")
plt.legend()
plt.show()

# the decision regions the four networks end with: they predict class 1 in the red region
grid_1, grid_2 = np.meshgrid(np.linspace(-1.5, 1.5, 150), np.linspace(-1.5, 1.5, 150))
grid = np.vstack([grid_1.ravel(), grid_2.ravel()])
fig, axes = plt.subplots(1, 4, figsize=(16, 4))
for ax, (name, parameters) in zip(axes, trained.items()):
    prediction = (network_forward(grid, parameters)[0] > 0).reshape(grid_1.shape)
    ax.contourf(grid_1, grid_2, prediction, levels=[-0.5, 0.5, 1.5], colors=["#9db7e0", "#f0a39a"])
    ax.scatter(X_circles[0], X_circles[1], c=Y_circles[0], cmap="coolwarm", s=8, edgecolors="k", linewidths=0.2)
    ax.set_title(f"{name}: {accuracy(parameters, X_circles, Y_circles):.0%} correct")
    ax.set_xlabel("$x_1$")
    ax.set_aspect("equal")
axes[0].set_ylabel("$x_2$")
plt.tight_layout()
plt.show()

# what became of the scale-10 network: dead units, and how far its weights moved
_, caches = network_forward(X_circles, trained["random, scale 10"])
A2 = caches[2][0]  # the activations of layer 2, which layer 3 receives
print("units of layer 2 that output 0 for every point:", int(np.sum(A2.max(axis=1) <= 0)), "of", A2.shape[0])
for l in (1, 2, 3):
    W0, W = starts["random, scale 10"][f"W{l}"], trained["random, scale 10"][f"W{l}"]
    print(f"W{l} moved by {np.linalg.norm(W - W0) / np.linalg.norm(W0):.0%} of its size in 2000 steps")

# %% [markdown]
# - **Zeros** never leave the starting point: the cost stays at $\log 2$ and every point gets the same answer.
# - **Scale 10** starts with a cost near 1000. The first gradient steps are huge and throw the weights
#   around; with this seed they leave two of the five units of the second layer at 0 for every point (printed
#   above). Such a "dead" ReLU gets no gradient and never comes back. The other weights are so large that 2000
#   small steps move them by only a fraction of their size (about 12% to 38%, printed above), so the jagged
#   boundary of the first steps stays. Change the seed 3 in its line and run again: sometimes the network
#   recovers, sometimes it gets stuck. Large weights make training a lottery; Xavier and He learn reliably.
# - **Xavier** and **He** both learn the circle. In this shallow network the factor 2 between them
#   matters little; in the 10-layer experiment above, it was the difference between a signal that halves at
#   every layer and one that keeps its size.
#
# ## 7. Summary
#
# - Units that start identical stay identical: initialise the weights randomly (the biases may start at 0).
# - The size of the random weights matters: through $L$ layers the signal is multiplied $L$ times, so a factor
#   slightly above or below 1 per layer makes the activations, and the gradients, explode or vanish.
# - Drawing $W^{[l]}$ with variance $1 / n^{[l-1]}$ (Xavier) keeps the variance of the signal steady for
#   activations like tanh; $2 / n^{[l-1]}$ (He) does the same for ReLU, which sets half of its inputs to zero.
# - A layer's gradient $dW^{[l]}$ multiplies the signal from below by the error from above: under a bad
#   initialisation it is tiny or huge in every layer, and saturation can make it differ enormously between layers.
#
# ## 8. Things to explore
#
# - Make the deep network of section 4 deeper (`dims = [500] * 31` for 30 layers). How far do Xavier with ReLU
#   and He with ReLU now drift? Does the straight-line picture of the variance still hold?
# - Give the layers different widths, e.g. `[500, 100, 500, 100, ...]`. Which of Xavier's $1/n^{[l-1]}$ and
#   Glorot's $2/(n^{[l-1]} + n^{[l]})$ keeps the forward signal steadier, and which the gradients?
# - Start the circles network with zero weights but random biases. Does that break the symmetry? Use
#   $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$ and $dZ^{[l]}$'s dependence on $W^{[l+1]}$ to explain what you see.
# - A leaky ReLU with slope $\alpha$ for negative inputs keeps more than half of the mean square. Work out the
#   variance of the weights that keeps its signal steady, and check it with `activation_statistics`.
# - Train the circles network from 10 seeds with scale 10 and with He, and count how often each reaches 100%
#   training accuracy.

# %% [markdown] lang="ko"
# - **영 가중치(zeros)**는 출발점을 전혀 떠나지 못합니다. 비용은 $\log 2$에 머물고, 모든 점이 같은 답을 받습니다.
# - **Scale 10**은 1000 가까운 비용에서 출발합니다. 경사 하강법의 처음 몇 걸음은 걸음 크기(step size)가 엄청나게 커서 가중치를 이리저리 내던집니다.
#   이 시드에서는 그 결과 두 번째 층의 유닛 다섯 개 중 두 개가 모든 점에 대해 0을 출력하게 됩니다(위에 출력됨).
#   이렇게 "죽은" ReLU, 즉 죽은 유닛(dead unit)은 기울기를 받지 못해 다시는 살아나지 못합니다. 나머지 가중치는 너무 커서,
#   작은 걸음 2000번으로는 그 크기의 일부(약 12%에서 38%, 위에 출력됨)밖에 움직이지 못합니다.
#   그래서 처음 몇 걸음에서 생긴 들쭉날쭉한 결정 경계(decision boundary)가 그대로 남습니다.
#   해당 줄의 시드 3을 바꿔 다시 실행해 보십시오. 신경망이 회복할 때도 있고, 갇혀 버릴 때도 있습니다.
#   큰 가중치는 훈련을 복권 추첨으로 만듭니다. Xavier와 He는 안정적으로 학습합니다.
# - **Xavier**와 **He**는 둘 다 원을 학습합니다. 이 얕은 신경망에서는 둘 사이의 2배 차이가 별로 중요하지 않습니다.
#   하지만 위의 10층 실험에서는 그 차이가 층마다 절반으로 줄어드는 신호와 크기를 유지하는 신호의 차이였습니다.
#
# ## 7. 요약
#
# - 똑같이 출발한 유닛은 계속 똑같이 남습니다. 가중치를 무작위로 초기화하십시오(편향은 0에서 시작해도 됩니다).
# - 무작위 가중치의 크기가 중요합니다. $L$개 층을 지나며 신호에는 $L$번 곱셈이 일어나므로, 층마다 1보다 조금 크거나 작은 인수만으로도
#   활성화 값과 기울기가 폭주하거나 소실됩니다.
# - 분산이 $1 / n^{[l-1]}$이 되도록 $W^{[l]}$을 뽑으면(Xavier) tanh 같은 활성화 함수에서 신호의 분산이 일정하게 유지됩니다.
#   $2 / n^{[l-1]}$(He)은 입력의 절반을 0으로 만드는 ReLU에 대해 같은 일을 합니다.
# - 층의 기울기 $dW^{[l]}$은 아래에서 오는 신호와 위에서 오는 오차를 곱한 것입니다. 초기화가 나쁘면 기울기는 모든 층에서
#   아주 작거나 아주 크고, 포화가 일어나면 층마다 엄청나게 달라질 수 있습니다.
#
# ## 8. 더 살펴볼 거리
#
# - 4절의 심층 신경망을 더 깊게 만들어 보십시오(층 30개라면 `dims = [500] * 31`). 이제 ReLU에서 Xavier와 He는 각각 얼마나 멀리 벗어날까요?
#   분산이 직선을 그린다는 그림이 여전히 맞을까요?
# - 층마다 너비를 다르게 해 보십시오. 예를 들면 `[500, 100, 500, 100, ...]`입니다. Xavier의 $1/n^{[l-1]}$과
#   Glorot의 $2/(n^{[l-1]} + n^{[l]})$ 중 어느 쪽이 순방향 신호를 더 일정하게 유지할까요? 기울기는 어느 쪽이 더 일정하게 유지할까요?
# - circles 신경망을 0인 가중치와 무작위 편향으로 시작해 보십시오. 그래도 대칭성 깨기(symmetry breaking)가 일어날까요?
#   $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$와, $dZ^{[l]}$이 $W^{[l+1]}$에 의존한다는 점을 이용해 여러분이 본 결과를 설명해 보십시오.
# - 음수 입력에서 기울기(slope)가 $\alpha$인 리키 ReLU(leaky ReLU)는 제곱 평균을 절반보다 많이 남깁니다.
#   그 신호를 일정하게 유지하는 가중치 분산을 구하고, `activation_statistics`로 확인해 보십시오.
# - circles 신경망을 scale 10과 He로 각각 시드 10개에서 훈련하고, 각각 몇 번이나 훈련 정확도(accuracy) 100%에 도달하는지 세어 보십시오.

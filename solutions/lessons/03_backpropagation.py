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

# %% [markdown] lang="ko"
# # 03 오차 역전파: 심층 신경망, 소프트맥스, 기울기 확인
#
# 모듈 02에서는 은닉층(hidden layer)이 하나인 신경망(neural network)의 순전파(forward pass)와 역전파(backward pass)를 수식 하나하나 손으로 적었습니다. 이 방식은 규모를 키울 수 없습니다. 층(layer)이 5개나 50개인 신경망이라면 수식 묶음도 5개나 50개가 필요합니다.
# 이번 레슨에서는 모든 라이브러리가 그렇듯 작은 **블록**(block)을 이어서 심층 신경망(deep network)을 만듭니다. 각 블록은 두 가지 일을 할 줄 압니다. 순방향으로는 자신의 출력을 계산합니다. 역방향으로는 그 출력에 대한 비용(cost)의 기울기(gradient)를 받아, 자신의 입력과 매개변수(parameter)에 대한 기울기를 계산합니다. 블록을 차례로 이으면 신경망이 되고, 블록의 역전파를 거꾸로 이으면 **오차 역전파**(backpropagation)가 됩니다. 오차 역전파는 미적분의 연쇄 법칙(chain rule)을 한 번에 한 층씩 적용하는 것에 지나지 않습니다.
#
# 그다음 이 블록으로 두 가지를 합니다. 먼저 시그모이드(sigmoid) 출력을 **소프트맥스**(softmax)로 바꿉니다. 그러면 신경망이 여러 클래스(class)를 구분하는 분류기가 되고, 이 분류기가 손글씨 숫자를 읽도록 훈련합니다. 다음으로 역전파가 맞는지 알려 주는 도구인 **기울기 확인기**(gradient checker)를 만들고, 이것으로 어느 역전파에 심어 둔 버그를 찾아 고칩니다. 그 과정에서 시그모이드나 소프트맥스 출력에는 왜 제곱 오차(squared error)가 아니라 교차 엔트로피(cross-entropy)를 비용으로 쓰는지 알아봅니다. 또 훈련된 신경망 안을 들여다보며 은닉 유닛(hidden unit)이 무엇에 반응하는지 살펴봅니다.
#
# 여러분이 작성할 함수는 순서대로 다음과 같습니다.
#
# | 함수 | 하는 일 |
# | --- | --- |
# | `initialize_parameters_deep(layer_dims, rng)` | 모든 층에 작은 무작위 가중치(weight)와 0인 편향(bias)을 만듭니다 |
# | `linear_forward(A, W, b)` | $Z = WA + b$와 캐시(cache) |
# | `linear_activation_forward(A_prev, W, b, activation)` | 층 하나 전체, $A = g(WA_{prev} + b)$ |
# | `L_model_forward(X, parameters)` | 신경망 전체: ReLU 층들, 그다음 시그모이드 |
# | `compute_cost(AL, Y)` | 이진 교차 엔트로피 |
# | `linear_backward(dZ, cache)` | $Z = WA + b$를 거슬러 가는 기울기 |
# | `linear_activation_backward(dA, cache, activation)` | 층 하나 전체를 거슬러 가는 기울기 |
# | `L_model_backward(AL, Y, caches)` | 신경망 전체의 기울기 |
# | `update_parameters(parameters, grads, learning_rate)` | 경사 하강법(gradient descent) 한 걸음(step) |
# | `softmax(Z)` | 여러 클래스에 대한 확률 |
# | `softmax_cross_entropy(Z, Y)` | 다중 클래스 비용과 그 기울기 |
# | `numerical_gradient(f, x, epsilon)` | 입력을 조금씩 움직여 추정한 기울기 |
# | `relative_error(grad, grad_approx)` | 두 기울기가 서로 얼마나 다른지 |
# | `gradient_check(parameters, grads, X, Y, epsilon)` | 역전파가 맞는지 확인합니다 |
#
# 지난 레슨과 같은 방식입니다. 각 연습 문제(exercise) 셀의 `raise NotImplementedError()`를 여러분의 코드로 바꾸어 실행한 다음, 바로 아래의 테스트 셀(test cell)을 실행하십시오. 테스트가 가장 먼저 시험하는 경우는 연습 문제 바로 위에 나온 풀이 예제(worked example)입니다. 흔한 실수를 알아보면 테스트가 그 실수를 짚어 줍니다. 셀은 위에서 아래로 차례대로 실행하십시오.
#
# 몇몇 셀은 결과를 알려 줄 실험을 실행하기 전에 먼저 **예측**해 보라고 합니다. 셀이 알려 주는 자리에 예측을 적으십시오(자동으로 채점되는 것도 있고, 강사가 읽는 것도 있습니다). 그런 다음 계속 실행하며 결과와 비교해 보십시오.
#
# **목차**
#
# 1. [심층 신경망의 형상](#1.-심층-신경망의-형상)
# 2. [L층 신경망 초기화하기](#2.-L층-신경망-초기화하기)
#     - [연습 문제 1: `initialize_parameters_deep`](#연습-문제-1:-initialize_parameters_deep)
# 3. [캐시를 남기는 순전파 블록](#3.-캐시를-남기는-순전파-블록)
#     - [연습 문제 2: `linear_forward`](#연습-문제-2:-linear_forward)
#     - [연습 문제 3: `linear_activation_forward`](#연습-문제-3:-linear_activation_forward)
#     - [연습 문제 4: `L_model_forward`](#연습-문제-4:-L_model_forward)
# 4. [비용](#4.-비용)
#     - [연습 문제 5: `compute_cost`](#연습-문제-5:-compute_cost)
# 5. [층마다 적용하는 연쇄 법칙](#5.-층마다-적용하는-연쇄-법칙)
# 6. [역전파 블록](#6.-역전파-블록)
#     - [연습 문제 6: `linear_backward`](#연습-문제-6:-linear_backward)
#     - [연습 문제 7: `linear_activation_backward`](#연습-문제-7:-linear_activation_backward)
#     - [연습 문제 8: `L_model_backward`](#연습-문제-8:-L_model_backward)
#     - [연습 문제 9: `update_parameters`](#연습-문제-9:-update_parameters)
# 7. [심층 신경망 훈련하기](#7.-심층-신경망-훈련하기)
# 8. [소프트맥스: 클래스가 둘보다 많을 때](#8.-소프트맥스:-클래스가-둘보다-많을-때)
#     - [연습 문제 10: `softmax`](#연습-문제-10:-softmax)
#     - [연습 문제 11: `softmax_cross_entropy`](#연습-문제-11:-softmax_cross_entropy)
# 9. [손글씨 숫자 읽기](#9.-손글씨-숫자-읽기)
# 10. [제곱 오차와 교차 엔트로피로 각각 훈련하기](#10.-제곱-오차와-교차-엔트로피로-각각-훈련하기)
# 11. [신경망이 학습한 것](#11.-신경망이-학습한-것)
# 12. [기울기 확인](#12.-기울기-확인)
#     - [연습 문제 12: `numerical_gradient`](#연습-문제-12:-numerical_gradient)
#     - [연습 문제 13: `relative_error`](#연습-문제-13:-relative_error)
#     - [연습 문제 14: `gradient_check`](#연습-문제-14:-gradient_check)
#     - [버그 고치기](#버그-고치기)
# 13. [정리](#13.-정리)
# 14. [더 살펴볼 거리](#14.-더-살펴볼-거리)

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

# %% [markdown] lang="ko"
# ## 1. 심층 신경망의 형상
#
# $L$개 층으로 이루어진 신경망은 입력이 $n^{[0]}$개이고, 층 $l = 1, \dots, L$에는 유닛(unit)이 $n^{[l]}$개 있습니다. 이 수들을 리스트 `layer_dims = [n[0], n[1], ..., n[L]]`에 모아 둡니다. 층 $l$은 바로 앞 층의 활성화 값 $A^{[l-1]}$을 받아(단, $A^{[0]} = X$) 다음을 계산합니다.
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \qquad A^{[l]} = g^{[l]}(Z^{[l]}).$$
#
# 샘플(example)은 열(column)로 놓으므로, 샘플이 $m$개일 때 모든 형상(shape)은 규칙 하나에서 나옵니다. **층의 유닛 하나당 행 하나, 샘플 하나당 열 하나**입니다. 그리고 가중치 행렬(matrix)은 앞 층의 유닛에서 이 층의 유닛으로 가는 사상입니다.
#
# | 값 | 형상 | 이유 |
# | --- | --- | --- |
# | $X = A^{[0]}$ | $(n^{[0]}, m)$ | 샘플 하나당 열 하나 |
# | $W^{[l]}$ | $(n^{[l]}, n^{[l-1]})$ | 행 $j$에는 유닛 $j$의 가중치가 입력 하나당 하나씩 들어 있습니다 |
# | $b^{[l]}$ | $(n^{[l]}, 1)$ | 유닛 하나당 편향 하나; $m$개의 열에 걸쳐 브로드캐스팅(broadcasting)됩니다 |
# | $Z^{[l]}$, $A^{[l]}$ | $(n^{[l]}, m)$ | $(n^{[l]}, n^{[l-1]}) \times (n^{[l-1]}, m)$ |
# | $dW^{[l]}$, $db^{[l]}$, $dZ^{[l]}$, $dA^{[l]}$ | $W^{[l]}$, $b^{[l]}$, $Z^{[l]}$, $A^{[l]}$와 같음 | 기울기의 형상은 미분하는 대상의 형상과 같습니다 |
#
# 마지막 행은 여러분이 가진 가장 쓸모 있는 점검 수단입니다. 역전파 공식을 적을 때, 결과의 형상은 미분하는 기준이 되는 대상의 형상과 같아야 합니다. $dW^{[l]}$이 $(n^{[l]}, n^{[l-1]})$로 나오지 않는다면, 숫자를 하나도 보기 전에 이미 공식이 틀린 것입니다.
#
# 우리 신경망은 은닉층에는 ReLU를, 출력층(output layer)에는 시그모이드를 씁니다.
# `[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID`입니다. 활성화 함수(activation function)와 그 역전파 함수는 이들을 깊이 다루는 모듈 04에서 가져옵니다. 아래에 완성된 코드가 있습니다. 여러분이 호출할 함수이니 읽어 두십시오.
# 각 `*_backward(dA, Z)`는 층의 출력 $A$에 대한 기울기를 받아 입력 $Z$에 대한 기울기를 돌려줍니다. $dZ = dA \odot g'(Z)$이며, 원소별(element-wise)로 계산합니다.

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

# %% [markdown] lang="ko"
# ## 2. L층 신경망 초기화하기
#
# ### 연습 문제 1: `initialize_parameters_deep`
#
# `initialize_parameters_deep(layer_dims, rng)`를 작성하십시오. 이 함수는 모든 층 $l = 1, \dots, L$에 대해(여기서 $L$ = `len(layer_dims) - 1`) 다음을 만듭니다.
#
# - `"W{l}"` $= 0.01 \times$ `rng.standard_normal((n[l], n[l-1]))`. $l = 1, 2, \dots$ 순서대로 뽑습니다.
# - `"b{l}"` = 형상이 `(n[l], 1)`인 영 배열.
#
# 가중치를 무작위로 정하는 것은 한 층의 여러 유닛이 서로 다른 것을 계산하게 하기 위해서입니다(가중치가 모두 같으면 유닛들은 영원히 같은 채로 남습니다. 모듈 02에서 본 대칭성입니다). 가중치를 작게 하는 것은 처음 몇 번의 순전파 값이 적당한 범위에 머물게 하기 위해서입니다. `np.random`이 아니라 인자로 받은 생성기 `rng`에서 뽑으면 매번 같은 결과가 재현됩니다. `standard_normal`은 형상을 튜플 하나로 받는다는 점에 주의하십시오.
#
# 기대 결과: `initialize_parameters_deep([3, 2, 1], np.random.default_rng(0))`는
# `W1 = [[0.0012573, -0.00132105, 0.00640423], [0.001049, -0.00535669, 0.00361595]]`, `b1 = [[0.], [0.]]`,
# `W2 = [[0.01304, 0.00947081]]`, `b2 = [[0.]]`를 돌려줍니다.

# %% exercise="initialize_parameters_deep"

# %% [markdown]
# Here are the shapes for a network with 64 inputs (an 8x8 image), two hidden layers and 10 outputs. Check them
# against the table above.

# %% [markdown] lang="ko"
# 입력이 64개(8x8 이미지)이고, 은닉층이 둘이며, 출력이 10개인 신경망의 형상은 다음과 같습니다. 위의 표와 맞춰 보십시오.

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

# %% [markdown] lang="ko"
# ## 3. 캐시를 남기는 순전파 블록
#
# 순전파 블록은 두 가지를 돌려줍니다. 하나는 출력이고, 다른 하나는 역전파에 필요한 값을 담은 **캐시**입니다.
# $Z = WA + b$의 역전파에는 $A$와 $W$가 필요하므로(완전성을 위해 $b$도 함께 둡니다), 선형(linear) 블록은 튜플 `(A, W, b)`를 캐시로 남깁니다. 순전파를 한 번만 계산하고 그 중간값을 보관해 두기 때문에 오차 역전파는 값이 쌉니다. 역전파의 비용은 매개변수 하나마다 순전파를 한 번씩 하는 것이 아니라, 순전파 한 번의 작은 배수에 그칩니다(9절에서 측정합니다).
#
# 그림은 전체 계획을 보여 줍니다. 각 순전파 블록(위)은 출력 $A^{[l]}$을 다음 블록으로 넘기고, 캐시는 아래에 있는 자기 층의 역전파 블록으로 내려보냅니다. 역전파 블록은 오른쪽에서 왼쪽으로 실행됩니다. 각 블록은 오른쪽 블록에게서 기울기 $dA^{[l]}$을 받고, 자기 캐시를 읽고, $dA^{[l-1]}$을 왼쪽으로 넘기며, 자기 매개변수의 기울기 $dW^{[l]}$과 $db^{[l]}$을 내놓습니다.
#
# ![위쪽에는 1층부터 L-1층까지의 순전파 블록 LINEAR->RELU와 L층의 LINEAR->SIGMOID가 A[l]을 오른쪽으로 넘기고, 아래쪽에는 역전파 블록이 dA[l]을 왼쪽으로 넘기며 dW[l]과 db[l]을 내놓습니다. 각 순전파 블록에서 점선 화살표가 캐시 (A[l-1], W[l], b[l], Z[l])를 같은 층의 역전파 블록으로 내려보냅니다](attachment:03_caches.svg)
#
# ### 연습 문제 2: `linear_forward`
#
# `linear_forward(A, W, b)`를 작성하십시오. 형상이 $(n^{[l]}, m)$인 $Z = WA + b$와 `cache = (A, W, b)`를 묶어 `(Z, cache)`로 돌려줍니다. 풀이 예제는 입력 3개를 읽는 유닛 2개짜리 층이고, 샘플은 2개입니다
# (기대 결과: `linear_forward(A_ex, W_ex, b_ex)`는 `Z = [[0.2, -1.1], [1.35, -0.7]]`을 돌려줍니다).

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

# %% [markdown] lang="ko"
# ### 연습 문제 3: `linear_activation_forward`
#
# `linear_activation_forward(A_prev, W, b, activation)`을 작성하십시오. 선형 블록 다음에 활성화를 적용합니다. `activation == "sigmoid"`이면 `sigmoid(Z)`, `activation == "relu"`이면 `relu(Z)`입니다. 여러분의 `linear_forward`를 호출하십시오. `cache = (linear_cache, Z)`와 함께 `(A, cache)`를 돌려줍니다. 캐시는 선형 블록의 캐시와, 활성화의 역전파 함수에 필요한 $Z$입니다.
#
# 기대 결과: `linear_activation_forward(A_ex, W_ex, b_ex, 'relu')`는 `A = [[0.2, 0.], [1.35, 0.]]`을 돌려줍니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 4: `L_model_forward`
#
# `L_model_forward(X, parameters)`를 작성하십시오. 층의 개수는 `L = len(parameters) // 2`입니다(층마다 `W` 하나와 `b` 하나가 있습니다). 층 $1, \dots, L-1$은 `"relu"` 층이고, 층 $L$은 `"sigmoid"` 층입니다.
# 각 층의 출력을 다음 층의 입력으로 넘기고, 모든 층의 캐시를 리스트에 덧붙이십시오. 그리고 `(AL, caches)`를 돌려줍니다. 형상이 $(1, m)$인 출력 $A^{[L]}$과, 층 1부터 차례로 담긴 $L$개의 캐시입니다.
#
# 풀이 예제는 입력 3개, 은닉 유닛 2개, 출력 1개로 이루어진 2층 신경망이고, 샘플은 4개입니다
# (기대 결과: `L_model_forward(X_ex, parameters_ex)`는 `AL = [[0.5124974, 0.26483266, 0.90937274, 0.83996934]]`와 캐시 2개를 돌려줍니다).

# %%
X_ex = np.array([[1.0, -0.5, 2.0, 0.3], [0.2, 1.5, -1.0, -0.7], [-1.2, 0.4, 0.6, 1.1]])
Y_ex = np.array([[1.0, 0.0, 1.0, 0.0]])
parameters_ex = {"W1": np.array([[0.5, -0.3, 0.8], [-0.6, 0.9, 0.2]]), "b1": np.array([[0.1], [-0.2]]),
                 "W2": np.array([[1.2, -0.7]]), "b2": np.array([[0.05]])}

# %% exercise="L_model_forward"

# %% [markdown]
# What the caches hold, layer by layer: everything the way back will need.

# %% [markdown] lang="ko"
# 캐시에 층마다 무엇이 담기는지 봅시다. 돌아가는 길에 필요한 것이 모두 들어 있습니다.

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

# %% [markdown] lang="ko"
# ## 4. 비용
#
# 출력이 시그모이드이면 $A^{[L]}$에는 각 샘플이 클래스 1에 속할 확률이 담깁니다. 비용은 모듈 01의 이진 교차 엔트로피를 $m$개 샘플에 대해 평균(mean)한 것입니다.
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log a^{[L](i)} + (1 - y^{(i)}) \log\left(1 - a^{[L](i)}\right) \right).$$
#
# ### 연습 문제 5: `compute_cost`
#
# $J$를 파이썬 `float`로 돌려주는 `compute_cost(AL, Y)`를 작성하십시오(NumPy 결과는 `float(...)`로 바꾸면 됩니다).
#
# 기대 결과: `compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1.0, 1.0, 0.0]]))`는 `0.2797765635793423`을 돌려줍니다.

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

# %% [markdown] lang="ko"
# ## 5. 층마다 적용하는 연쇄 법칙
#
# **먼저 뉴런(neuron) 하나부터.** 행렬을 다루기 전에 숫자 하나하나를 따라가 봅시다. 뉴런은 $z = wx + b$와 $a = \sigma(z)$를 계산하고, 손실은 $a$를 레이블(label) $y$와 비교합니다. 여기서는 그림을 작게 유지하기 위해 제곱 오차 $L = (a - y)^2$를 손실로 씁니다. 이 계산을 그래프로 그립니다. 값 하나마다 노드(node)를 하나 두고, 한 값이 다른 값으로부터 계산되는 곳마다 에지(edge)를 하나 긋습니다. 순방향(파란색)으로는 각 에지가 값을 실어 나릅니다. 역방향(빨간색)으로는 각 에지가 꼬리에 대한 머리의 **국소 미분**(local derivative)를 실어 나르는데, 이 값은 그 에지에 있는 숫자에만 의존합니다.
#
# ![계산 그래프(computation graph): 노드 w, x, b가 z = wx + b로 들어가고, z가 a = sigma(z)로, a와 y가 L = (a - y)^2로 들어갑니다. 각 에지 위에는 순전파 값(w = 2, x = 1.5, b = -1, z = 2, a = 0.881)이, 아래에는 거꾸로 향하는 점선 화살표 위에 국소 미분(dz/dw = x, da/dz = a(1 - a) = 0.105, dL/da = 2(a - y) = -0.238)가 적혀 있습니다. 그래프 아래: dL/dw = (-0.238)(0.105)(1.5) = -0.0375](attachment:03_scalar_graph.svg)
#
# **연쇄 법칙**에 따르면, $w$에 대한 $L$의 도함수(derivative)는 $w$에서 $L$까지 가는 경로 위의 국소 미분를 모두 곱한 것입니다.
#
# $$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial a}\,\frac{\partial a}{\partial z}\,\frac{\partial z}{\partial w}
# = 2(a-y)\cdot a(1-a)\cdot x.$$
#
# $b$에 대한 도함수는 경로 $b \to z \to a \to L$을 따르는데, 이 경로는 마지막 두 연결을 $w$의 경로와 공유합니다. 첫 번째 인수만 달라져서, $x$ 대신 $\partial z/\partial b = 1$이 됩니다. 그러므로 **끝**에서부터 곱합니다. $\partial L/\partial z$를 한 번만 계산해 두면, 매개변수마다 곱셈을 한 번만 더 하면 됩니다. 오차 역전파는 이것이 전부입니다. 아래 셀은 이 곱을 $w$를 살짝 움직여 얻은 값과 비교합니다.

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

# %% [markdown] lang="ko"
# **이제 층 전체로.** 우리가 구하려는 것은 모든 층의 $\partial J / \partial W^{[l]}$과 $\partial J / \partial b^{[l]}$입니다. 비용은 긴 사슬 $W^{[1]} \to Z^{[1]} \to A^{[1]} \to Z^{[2]} \to \dots \to A^{[L]} \to J$를 통해서만 $W^{[1]}$에 의존합니다. 연쇄 법칙에 따르면 사슬을 따라가는 도함수는 각 연결의 도함수를 곱한 것입니다. 오차 역전파의 요령은 이 곱셈을 **끝**에서부터 하는 것입니다. 마지막 연결들의 곱은 그보다 앞선 모든 매개변수가 공유하므로, 한 번만 계산해서 뒤로 넘겨주면 됩니다.
#
# **표기법.** 손실의 $A^{[l]}$에 대한 도함수를 $dA^{[l]}$로 쓰고, $Z$, $W$, $b$도 같은 방식으로 씁니다. 인수 $1/m$을 한곳에만 두기 위해 $dA^{[l]}$과 $dZ^{[l]}$은 **샘플별로** 잡습니다(열 $i$는 샘플 $i$ 자신의 손실에 대한 도함수입니다). 반면 $dW^{[l]}$과 $db^{[l]}$은 평균 비용 $J$의 도함수입니다. $L = 3$인 신경망을 뒤에서부터 따라가 봅시다.
#
# 1. **출력층.** 시그모이드 출력과 교차 엔트로피를 쓰면, 손실
#    $\mathcal{L} = -(y \log a + (1-y)\log(1-a))$의 $a$에 대한 도함수는 $-\frac{y}{a} + \frac{1-y}{1-a}$이고,
#    $\sigma'(z) = a(1-a)$입니다. 이 둘의 곱은 아름답게 정리됩니다. $dZ^{[3]} = A^{[3]} - Y$입니다.
# 2. **선형 사상을 거슬러.** $Z^{[3]}$의 $(j, i)$ 원소는 $\sum_k W^{[3]}_{jk} A^{[2]}_{ki} + b^{[3]}_j$입니다.
#    따라서 $\partial Z_{ji} / \partial W_{jk} = A_{ki}$이고, 이 가중치를 공유하는 샘플들에 대해 더하면
#    $dW^{[3]}_{jk} = \frac{1}{m}\sum_i dZ^{[3]}_{ji} A^{[2]}_{ki}$, 즉
#    $$dW^{[3]} = \tfrac{1}{m}\, dZ^{[3]} A^{[2]T}, \qquad db^{[3]} = \tfrac{1}{m} \textstyle\sum_i dZ^{[3]}_{:,i}.$$
#    여기서 $1/m$이 나타나는 것은 $W$와 $b$를 $m$개 샘플 모두가 공유하고, $J$가 그 평균이기 때문입니다.
# 3. **앞 층의 활성화로 돌아가기.** $\partial Z_{ji} / \partial A_{ki} = W_{jk}$입니다. $A^{[2]}_{ki}$를 읽는
#    층 3의 유닛 $j$는 모두 그 값에 기울기를 조금씩 돌려보냅니다. 따라서
#    $dA^{[2]} = W^{[3]T} dZ^{[3]}$입니다. 샘플에 대한 합도, $1/m$도 없습니다. $A^{[2]}$의 열 $i$는
#    $Z^{[3]}$의 열 $i$에만 영향을 주기 때문입니다.
# 4. **활성화를 거슬러.** $A^{[2]} = g(Z^{[2]})$는 원소별로 계산되므로
#    $dZ^{[2]} = dA^{[2]} \odot g'(Z^{[2]})$이고, 이것은 원소별 곱(element-wise product)입니다. 바로 `relu_backward(dA, Z)`입니다.
# 5. 층 2에 대해, 그다음 층 1에 대해 2~4단계를 되풀이합니다. $dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}$,
#    $dA^{[1]} = W^{[2]T} dZ^{[2]}$, $dZ^{[1]} = dA^{[1]} \odot g'(Z^{[1]})$, $dW^{[1]} = \frac{1}{m} dZ^{[1]} X^T$, ...
#
# 모든 단계는 위층에서 내려오는 기울기와 해당 층 자신의 캐시만 씁니다. 그래서 아래의 역전파 블록은 `(gradient, cache)`만 받고 그 밖에는 아무것도 받지 않습니다.
#
# **야코비 행렬이란.** 2~4단계는 배열 전체를 한꺼번에 다룹니다. 수 $n$개를 받아 수 $k$개를 내놓는 함수 $f$의 **야코비 행렬**(Jacobian)은 모든 편미분(partial derivative)을 모은 $k \times n$ 행렬 $J_{ij} = \partial f_i / \partial x_j$입니다. 행 $i$는 출력 $i$가 각 입력에 어떻게 반응하는지 알려 줍니다. 벡터(vector)에 대한 연쇄 법칙은 야코비 행렬의 곱 $J_{g \circ f} = J_g J_f$입니다. 오차 역전파는 스칼라인 비용에서 출발하므로 뒤로 전달되는 것은 기울기 벡터이고, 각 블록은 그 벡터에 자신의 야코비 행렬(을 전치(transpose)한 것)을 곱합니다. $dx = J^T dy$입니다. 우리는 이 행렬을 실제로 만들지 않습니다. 우리 블록들의 야코비 행렬에는 곱셈을 싸게 해 주는 구조가 있기 때문입니다.
#
# - 원소별 활성화 $a = g(z)$의 야코비 행렬은 **대각** 행렬 $\mathrm{diag}(g'(z))$이므로, $J^T da$는
#   그냥 $g'(z) \odot da$입니다.
# - 선형 사상 $z = Wa + b$의 $a$에 대한 야코비 행렬은 $W$이므로, $J^T dz = W^T dz$입니다.
#
# 아래 셀은 샘플 하나에 대해 두 야코비 행렬을 유한 차분으로 한 열씩 만들고, 이 행렬을 곱한 결과가 값싼 공식과 같은 숫자를 내는지 보여 줍니다.

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

# %% [markdown] lang="ko"
# > **흔한 오해**(misconception)
# >
# > - *"야코비 행렬(또는 기울기)이 신경망을 지역 최솟값에서 빠져나오게 한다."* 아닙니다. 기울기는 작은 한 걸음에 대해 **지금 이 자리에서** 어느 쪽이 내리막인지 알려 줄 뿐입니다. 최솟값에서는(지역 최솟값(local minimum)이든 아니든) 기울기가 0이어서 아무 방향도 알려 주지 않으므로, 경사 하강법은 그 자리에 머뭅니다. 신경망을 나쁜 최솟값이나 평평한 영역에서 벗어나게 하는 것은 다른 것들입니다. 모멘텀(momentum, 모듈 06)은 관성으로 그곳을 지나치게 하고, 미니배치(mini-batch)의 잡음은 신경망을 이리저리 흔들며, 다른 무작위 초기 가중치에서 다시 시작하면 다른 곳을 탐색하게 됩니다.
# > - *"$b^{[l]}$의 형상은 $(n^{[l]}, m)$이다."* 아닙니다. 편향은 유닛 하나당 하나이므로 형상은 $(n^{[l]}, 1)$입니다. $W A + b$를 계산할 때 NumPy가 이를 $m$개의 열에 걸쳐 **브로드캐스팅**합니다. 같은 편향이 모든 샘플에 쓰이며, 그래서 $db$는 $dZ$를 샘플에 대해 더합니다. 형상이 $(n, m)$인 $b$는 훈련 샘플마다 자기만의 편향을 주는 셈이고, 그러면 샘플 개수가 다를 때는 신경망을 쓸 수 없습니다.
# > - *"$dZ^{[L]} = A^{[L]} - Y$는 항상 성립한다."* 짝이 맞는 조합에서만 성립합니다. 시그모이드 출력과 이진 교차 엔트로피, 또는 소프트맥스 출력과 교차 엔트로피(8절)입니다. 제곱 오차를 쓰면 $dZ^{[L]}$에 인수 $a(1-a)$가 더 붙는데, 그 대가가 무엇인지는 10절에서 봅니다.
# > - *"제곱 오차를 피하는 것은 최솟값에서 그 기울기가 0이 되기 때문이다."* 어떤 비용이든 최솟값에서는 기울기가 0입니다. 그것이 최솟값의 뜻입니다. 시그모이드 뒤에 제곱 오차를 쓸 때의 문제는, 예측이 확신에 차서 **틀린** 곳에서도 기울기가 거의 사라진다는 것입니다(10절).
# > - *"경사 하강법은 도함수가 0인 곳을 향해 움직인다."* 경사 하강법은 기울기의 반대 방향으로 움직이며, 한 걸음이 충분히 작으면 이렇게 해서 비용이 줄어듭니다. 최댓값이나 안장점(saddle point)에서도 도함수는 0이지만, 경사 하강법이 그런 곳을 찾아가지는 않습니다.

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

# %% [markdown] lang="ko"
# ## 6. 역전파 블록
#
# ### 연습 문제 6: `linear_backward`
#
# `cache = (A_prev, W, b)`를 받아 `(dA_prev, dW, db)`를 돌려주는 `linear_backward(dZ, cache)`를 작성하십시오.
#
# $$dW = \frac{1}{m} dZ\, A_{prev}^T, \qquad db = \frac{1}{m} \sum_{i=1}^m dZ_{:, i}, \qquad dA_{prev} = W^T dZ,$$
#
# 각각의 형상은 $(n^{[l]}, n^{[l-1]})$, $(n^{[l]}, 1)$, $(n^{[l-1]}, m)$입니다. $m$은 `A_prev.shape[1]`에서 얻으십시오. $db$는 샘플, 즉 열에 대해 더합니다. `np.sum(dZ, axis=1, keepdims=True)`입니다. 풀이 예제는 3절의 층을 다시 씁니다. 기대 결과: `linear_backward(dZ_ex, (A_ex, W_ex, b_ex))`는
# `dA_prev = [[1.06, 0.28], [0.38, 0.44], [-0.21, -0.3]]`, `dW = [[0.75, -0.825, -0.15], [0.1, 0.85, -0.5]]`,
# `db = [[-0.15], [0.7]]`을 돌려줍니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 7: `linear_activation_backward`
#
# `cache = (linear_cache, Z)`를 받는 `linear_activation_backward(dA, cache, activation)`을 작성하십시오. 먼저 활성화를 거슬러 `dZ = relu_backward(dA, Z)` 또는 `dZ = sigmoid_backward(dA, Z)`를 구하고, 그다음 여러분의 `linear_backward(dZ, linear_cache)`로 선형 부분을 거슬러 가서 그 결과 `(dA_prev, dW, db)`를 돌려줍니다.
#
# 이 강좌에서는 $Z = 0$인 지점에서 ReLU의 도함수를 $0$으로 정합니다(`relu_backward`가 이미 그렇게 합니다. 테스트에는 $Z$에 정확히 0인 값이 있는 층도 들어 있습니다).
#
# 기대 결과: `linear_activation_backward(dA_ex, ((A_ex, W_ex, b_ex), Z_ex), 'relu')`는
# `dA_prev = [[0.3, 0.], [-0.1, 0.], [0.09, 0.]]`, `dW = [[0.25, 0.125, -0.25], [0.1, 0.05, -0.1]]`,
# `db = [[0.25], [0.1]]`을 돌려줍니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 8: `L_model_backward`
#
# 신경망 전체의 역전파인 `L_model_backward(AL, Y, caches)`를 작성하십시오(3절 그림의 아래 줄에 해당합니다).
#
# 1. 출력에 대한 손실의 도함수
#    $dA^{[L]} = -\left(\frac{Y}{A^{[L]}} - \frac{1 - Y}{1 - A^{[L]}}\right)$(원소별)에서 시작합니다.
# 2. `linear_activation_backward(dAL, caches[L - 1], "sigmoid")`로 층 $L$을 거슬러 갑니다(그 안에서
#    `sigmoid_backward`가 $dA^{[L]}$을 $dZ^{[L]} = A^{[L]} - Y$로 바꿉니다).
# 3. 그다음 층 $L-1, \dots, 1$을 활성화 `"relu"`로 거슬러 갑니다. 매번 위층이 돌려준 기울기를
#    넣어 줍니다.
#
# 결과는 딕셔너리에 저장합니다. 층 $l$은 자신의 **입력** $A^{[l-1]}$에 대한 기울기를 돌려주므로, $l = L, \dots, 1$에 대해 `grads["dA" + str(l - 1)]`, `grads["dW" + str(l)]`, `grads["db" + str(l)]`을 채웁니다. 키는 `dA0`($X$ 자체에 대한 기울기)부터 `dA{L-1}`까지입니다.
#
# 풀이 예제의 기대 결과(`AL, caches = L_model_forward(X_ex, parameters_ex)` 다음에
# `L_model_backward(AL, Y_ex, caches)`): `dW2 = [[0.23879492, 0.10129849]]`, `db2 = [[0.13166803]]`,
# `dW1 = [[0.02122088, -0.14920538, 0.26087698], [0.02317286, -0.06951857, -0.01853829]]`,
# `db1 = [[0.22480262], [-0.04634572]]`, 그리고 형상이 각각 (2, 4)와 (3, 4)인 `dA1`, `dA0`입니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 9: `update_parameters`
#
# `update_parameters(parameters, grads, learning_rate)`를 작성하십시오. 모든 층에 대해
# $W^{[l]} := W^{[l]} - \alpha\, dW^{[l]}$, $b^{[l]} := b^{[l]} - \alpha\, db^{[l]}$입니다. `parameters`와 같은 키를 가진 **새** 딕셔너리를 돌려줍니다. 받은 배열은 바꾸지 마십시오(`W -= ...`가 아니라 `W - learning_rate * dW`로 쓰십시오). 그래야 호출한 쪽의 매개변수가 그대로 남습니다. `grads`에는 `dA` 키도 들어 있는데, 이것은 무시하십시오.
#
# 기대 결과: 풀이 예제의 기울기와 `learning_rate = 0.1`로 계산하면 새 `W2`는
# `[[1.17612051, -0.71012985]]`, 새 `b2`는 `[[0.0368332]]`입니다.

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

# %% [markdown] lang="ko"
# ## 7. 심층 신경망 훈련하기
#
# 블록이 있으면 훈련 반복문은 네 줄이면 됩니다. 순전파, 비용, 역전파, 갱신(update)입니다. 아래에서는 은닉층이 둘(ReLU 유닛 16개와 8개)인 신경망이 평면 위에서 서로 맞물린 두 반달 모양을 학습합니다. 이 두 반달은 어떤 직선으로도 나눌 수 없습니다.
#
# 신경망을 두 번 훈련합니다. 첫 번째는 `initialize_parameters_deep`가 만든 그대로, 크기가 0.01 정도인 가중치로 훈련합니다. 두 번째는 같은 난수를 표준편차(standard deviation)가 $\sqrt{2 / n^{[l-1]}}$이 되도록 다시 조정해서 훈련합니다. 첫 번째 곡선을 잘 보십시오. 수백 번의 반복(iteration) 동안 $\log 2 \approx 0.693$에 평평하게 머뭅니다. 이것은 모든 샘플에 0.5라고 답할 때의 비용입니다. 아주 작은 가중치를 가진 층이 세 개이면 출력은 입력에 거의 의존하지 않고, 기울기도 바로 그 작은 가중치들의 곱이어서 역시 아주 작습니다. 학습은 가중치가 천천히 자란 뒤에야 시작되고, 같은 반복 횟수 안에서는 더 나쁜 비용으로 끝납니다. 다시 조정한 쪽(He 초기화(He initialization))과 그것이 잘 작동하는 이유는 모듈 05에서 설명합니다. 여기서는 미리 보기일 뿐입니다. 오른쪽 그림은 다시 조정한 신경망이 학습한 것을 보여 줍니다. 두 반달을 감싸며 휘어지는 경계입니다.

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

# %% [markdown] lang="ko"
# ## 8. 소프트맥스: 클래스가 둘보다 많을 때
#
# 시그모이드 출력은 예/아니요 질문에 답합니다. $C$개 클래스 중에서 하나를 고르려면 출력층에 유닛을 $C$개 두어 클래스마다 점수 $z_k$를 하나씩 내게 하고, **소프트맥스**가 샘플마다 그 점수들을 확률로 바꿉니다.
#
# $$\mathrm{softmax}(z)_k = \frac{e^{z_k}}{\sum_{j=1}^{C} e^{z_j}}.$$
#
# 모든 원소는 양수이고 각 열의 합은 1입니다. 점수가 클수록 확률도 큽니다. $Z$의 형상이 $(C, m)$이면 합은 클래스에 대해, 즉 **각 열을 따라 아래로**(`axis=0`) 구합니다. 열 하나가 샘플 하나입니다.
#
# 이 식을 그대로 계산하면 점수가 클 때 실패합니다. `np.exp(1000.0)`은 오버플로(overflow)가 일어나 `inf`가 되고, `inf / inf`는 `nan`입니다. 고치는 데는 한 줄이면 됩니다. 한 열의 모든 점수에서 같은 수 $c$를 빼면 분자와 분모에 똑같이 $e^{-c}$가 곱해지므로 결과는 변하지 않습니다. $\mathrm{softmax}(z - c) = \mathrm{softmax}(z)$입니다.
# $c$를 그 열의 최댓값으로 잡으면 모든 지수가 $\le 0$이 되어 오버플로가 일어나지 않고, 가장 큰 항이 정확히 $e^0 = 1$이므로 합이 0이 되는 일도 없습니다.
#
# ### 연습 문제 10: `softmax`
#
# 형상이 `(C, m)`인 `Z`를 받아 같은 형상의 확률을 돌려주는 `softmax(Z)`를 작성하십시오. `np.exp`를 적용하기 전에 각 열에서 그 열의 최댓값 `np.max(Z, axis=0, keepdims=True)`를 빼십시오.
#
# 기대 결과: `softmax(np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]))`는
# `[[0.09003057, 0.48785555], [0.24472847, 0.48785555], [0.66524096, 0.0242889]]`를 돌려줍니다.

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

# %% [markdown] lang="ko"
# **비용.** 형상이 $(C, m)$인 원-핫(one-hot) 레이블 $Y$가 있다고 합시다(열 $i$는 정답 클래스의 행에만 1이 있고 나머지는 모두 0입니다). 샘플 $i$의 교차 엔트로피는 $-\sum_k y_k \log a_k$, 즉 신경망이 정답 클래스에 준 확률의 로그에 음수를 붙인 값입니다. 비용은 샘플에 대한 평균입니다.
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \sum_{k=1}^{C} Y_{ki} \log A_{ki}, \qquad A = \mathrm{softmax}(Z).$$
#
# **비용의 기울기.** 소프트맥스는 원소별 함수가 아닙니다. 모든 출력이 모든 점수에 의존하므로 야코비 행렬이 꽉 찬 행렬 $\partial a_k / \partial z_j = a_k(\delta_{kj} - a_j)$가 됩니다($k = j$이면 $\delta_{kj} = 1$, 아니면 0). 이것을 연쇄 법칙으로 $\partial \mathcal{L} / \partial a_k = -y_k / a_k$와 결합하면 다음을 얻습니다.
#
# $$\frac{\partial \mathcal{L}}{\partial z_j} = \sum_k -\frac{y_k}{a_k}\, a_k(\delta_{kj} - a_j) = -y_j + a_j \sum_k y_k = a_j - y_j,$$
#
# $y_k$의 합이 1이기 때문입니다. 시그모이드와 이진 교차 엔트로피의 조합과 똑같은 $A - Y$입니다. 이렇게 짝이 맞기 때문에 이 출력들에는 이 비용들을 씁니다. 이 강좌의 다른 모든 곳에서처럼 $dZ$는 샘플별 값이며 $1/m$이 없습니다. $1/m$은 `linear_backward`가 적용합니다.
#
# ### 연습 문제 11: `softmax_cross_entropy`
#
# `(cost, dZ)`를 돌려주는 `softmax_cross_entropy(Z, Y)`를 작성하십시오. 위의 비용 $J$를 파이썬 `float`로, 그리고 형상이 `(C, m)`인 `dZ = softmax(Z) - Y`를 돌려줍니다. 여러분의 `softmax`를 쓰십시오. (아주 확신에 찬 틀린 예측에서는 확률이 반올림되어 정확히 0이 될 수 있고, `np.log(0)`은 `-inf`입니다. $\log A$를 $Z - \max - \log\sum e^{Z - \max}$로 직접 계산하면 이 문제를 피할 수 있습니다. 테스트에서 요구하지는 않습니다.)
#
# 기대 결과: `softmax_cross_entropy(np.array([[1.0, 2.0], [2.0, 2.0], [3.0, -1.0]]),
# np.array([[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]))`는 비용 `0.5626709415555415`와
# `dZ = [[0.09003057, -0.51214445], [0.24472847, 0.48785555], [-0.33475904, 0.0242889]]`를 돌려줍니다.

# %% exercise="softmax_cross_entropy"

# %% [markdown]
# ## 9. Reading handwritten digits
#
# The course ships 1797 handwritten digits, 8x8 grey images, as `datasets.digits()`: `X` has one column of 64
# pixel values in $[0, 1]$ per image, and `Y` is one-hot with 10 rows. Here is one training image of each digit.

# %% [markdown] lang="ko"
# ## 9. 손글씨 숫자 읽기
#
# 이 강좌에는 8x8 회색조 이미지인 손글씨 숫자 1797개가 `datasets.digits()`로 들어 있습니다. `X`에는 이미지 하나당 $[0, 1]$ 범위의 픽셀 값 64개가 열 하나로 들어 있고, `Y`는 행이 10개인 원-핫 레이블입니다. 아래는 숫자마다 훈련 이미지를 하나씩 보인 것입니다.

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

# %% [markdown] lang="ko"
# 신경망은 입력 64개, ReLU 유닛 32개로 이루어진 은닉층 하나, 그리고 소프트맥스로 넘어가는 출력 점수 10개로 이루어집니다. 아래 반복문은 여러분의 블록을 직접 씁니다. 순전파에서는 `linear_forward`와 `relu`를, 비용과 출력층의 $dZ$에는 `softmax_cross_entropy`를, 역전파에서는 `linear_backward`와 `relu_backward`를 씁니다. 바뀐 것은 출력 활성화뿐이므로 역전파의 첫 단계만 바뀌었습니다. 나머지는 모두 그대로 다시 씁니다.
#
# **실행하기 전에 예측해 보십시오.** 가중치는 `initialize_parameters_deep`가 만든 대로 크기가 0.01 정도에서 시작하고, 편향은 0에서 시작합니다. 0번째 반복에서, 즉 갱신을 한 번도 하기 전에 비용 $J$는 얼마이겠습니까? 이렇게 작은 가중치가 이미지마다 10개의 점수에 어떤 영향을 주는지, 그리고 비용의 공식이 어떤지로부터 값을 구해 보십시오. 소수점 아래 두 자리까지의 숫자로 아래 셀에 `q_digits_cost = 1.23`처럼 적고, 그 테스트를 실행하십시오.

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

# %% [markdown] lang="ko"
# 비용은 $\log 10 \approx 2.30$에서 시작합니다. 가중치의 크기가 0.01이면 모든 점수 $z_k$가 0에서 천분의 몇 이내에 있으므로, 소프트맥스는 10개 클래스 각각에 거의 정확히 $1/10$의 확률을 줍니다. 그래서 모든 이미지의 비용은 레이블이 무엇이든 $-\log(1/10) = \log 10$입니다. 이것은 아무것도 모를 때의 비용이며, 클래스가 $C$개인 분류기라면 어떤 것이든 유용하게 점검할 수 있는 값입니다. 비용은 $\log C$ 근처에서 시작해야 합니다. (7절의 이진 분류 신경망이 $\log 2$ 근처에서 시작한 것도 같은 이유입니다.)
#
# **역전파에는 비용이 얼마나 듭니까?** 3절에서는 역전파의 비용이 순전파의 작은 배수라고 했습니다. 다음 셀을 실행하기 전에 예측해 보십시오. 한 층이 순전파와 역전파에서 각각 행렬 곱(matrix product)을 몇 번 하는지 세어 보고(`linear_forward`와 `linear_backward`를 보십시오), 숫자 신경망의 역전파가 순전파보다 몇 배 오래 걸릴지 그 이유와 함께 적으십시오. 그런 다음 셀이 측정한 값과 비교하십시오.

# %% [markdown] answer="explain_backward_cost" points=1
# Going forward, a layer does one matrix product, $W A_{prev}$, of size $n^{[l]} \times n^{[l-1]} \times m$.
# Going backward it does two products of exactly the same size: $dW = \frac{1}{m} dZ A_{prev}^T$ and
# $dA_{prev} = W^T dZ$. The element-wise parts (adding $b$, the ReLU, its mask, the sum for $db$) are cheap next
# to the products. So the backward pass should take about twice as long as the forward pass: a small constant
# factor, independent of the number of parameters, whereas a numerical gradient would need two forward passes
# for each of the 2410 parameters.

# %% [markdown] answer="explain_backward_cost" points=1 lang="ko"
# 순전파에서 한 층은 크기가 $n^{[l]} \times n^{[l-1]} \times m$인 행렬 곱 $W A_{prev}$를 한 번 합니다.
# 역전파에서는 크기가 정확히 같은 곱을 두 번 합니다. $dW = \frac{1}{m} dZ A_{prev}^T$와
# $dA_{prev} = W^T dZ$입니다. 원소별 계산($b$ 더하기, ReLU, 그 마스크, $db$를 위한 합)은 행렬 곱에 비하면 값이 쌉니다. 따라서 역전파는 순전파보다 약 두 배 오래 걸릴 것입니다. 이것은 매개변수의 개수와 상관없는 작은 상수 배입니다. 반면 수치 기울기(numerical gradient)라면 매개변수 2410개 각각에 대해 순전파를 두 번씩 해야 합니다.

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

# %% [markdown] lang="ko"
# 역전파는 행렬 곱에서 순전파의 정확히 두 배만큼 계산하고, 시간도 약 두 배 걸립니다. 위 셀의 마지막 줄이 측정한 비율을 출력합니다. 여러 사람이 함께 쓰는 컴퓨터에서는 실행할 때마다 시간이 달라집니다. 이 레슨을 준비할 때 여러 번 실행해 보니 비율이 대략 1.7에서 2.7 사이였습니다. 원소별 계산(ReLU 마스크, $db$를 위한 합)이 조금 더해지고, 역전파의 두 곱이 순전파의 곱과 정확히 같은 빠르기로 돌지는 않습니다. 중요한 것은 이 배수가 작고 일정하다는 점입니다. 12절의 수치 기울기와 비교해 보십시오. 기울기 하나를 구하는 데 **매개변수 하나마다** 순전파를 두 번, 여기서는 $2 \times 2410$번 해야 합니다.
#
# ## 10. 제곱 오차와 교차 엔트로피로 각각 훈련하기
#
# 5절의 뉴런에서 쓴 제곱 오차 $(a - y)^2$ 대신 왜 교차 엔트로피를 쓰는 것입니까? 둘 다 예측이 레이블과 같을 때 가장 작습니다. 차이는 기울기에 있습니다. 시그모이드 출력과 교차 엔트로피를 쓰면 $dZ = a - y$입니다. 제곱 오차를 쓰면 5절의 연쇄 법칙으로 다음을 얻습니다.
#
# $$dZ = \frac{\partial (a-y)^2}{\partial a}\,\frac{\partial a}{\partial z} = 2(a - y)\, a(1 - a).$$
#
# 추가된 인수 $a(1-a)$는 많아야 $1/4$이고, $a$가 0이나 1에 가까우면 언제나 0에 가깝습니다. 신경망이 맞는 답을 확신할 때만이 아니라, **틀린 답을 확신할 때**도 그렇습니다.
#
# 실험은 이렇습니다. 평면 위에 두 무리로 나뉜 점 200개가 있고, 시그모이드 유닛 하나 $a = \sigma(w^T x + b)$가 있습니다. 이 유닛은 방향이 거꾸로 된 가중치에서 시작하므로, 거의 모든 점에 0.999에 가까운 확률로 틀린 클래스를 줍니다. 같은 시작점에서 같은 학습률(learning rate) 0.5로 두 번 훈련합니다. 한 번은 제곱 오차로, 한 번은 교차 엔트로피로 훈련합니다. 두 번 모두 여러분의 `linear_activation_forward`와 `linear_backward`를 쓰며, $dZ$를 계산하는 줄만 다릅니다.
#
# **실행하기 전에 예측해 보십시오.** 두 경우 모두 정확도(accuracy)가 0 근처에서 시작합니다. 어느 쪽이 이 평탄한 구간(plateau)을 먼저 벗어나겠습니까?
#
# - (a) 제곱 오차 쪽: 처음 비용이 더 작으므로 갈 길이 더 짧습니다.
# - (b) 교차 엔트로피 쪽.
# - (c) 두 쪽이 거의 같은 반복에서: 시작점이 같고, 학습률이 같고, 두 비용 모두 같은 곳에서 가장 작습니다.
#
# 선택한 답을 아래 셀에 `q_plateau = "a"`, `"b"` 또는 `"c"`로 적고, 그 테스트를 실행하십시오.

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

# %% [markdown] lang="ko"
# 교차 엔트로피 쪽은 몇 번의 반복 안에 회복합니다. 제곱 오차 쪽은 수백 번의 반복 동안 평탄한 구간에 머뭅니다(각각 정확도 0.5에 도달하는 반복을 셀이 출력합니다). 처음에는 대부분의 점에서 $a(1 - a)$가 약 0.001이므로, 제곱 오차의 $dZ = 2(a - y)\,a(1 - a)$는 크기가 약 0.002인데 교차 엔트로피의 $a - y$는 약 1입니다. 유닛이 가장 많이 움직여야 할 바로 그곳에서, 제곱 오차의 걸음은 수백 배나 짧습니다. 교차 엔트로피의 $-\log a$는 틀린 예측이 확신에 찰수록 한없이 커지며, 그 기울기(slope)가 시그모이드의 평평해짐을 정확히 상쇄합니다. 소프트맥스와 교차 엔트로피도 마찬가지입니다. 그 $dZ = A - Y$에도 그런 인수가 없습니다.
#
# ## 11. 신경망이 학습한 것
#
# 숫자 신경망의 은닉 유닛 $j$는 각각 $\mathrm{relu}(W^{[1]}_{j,:} x + b^{[1]}_j)$를 계산합니다. $W^{[1]}$의 행 $j$에는 픽셀 하나당 가중치가 하나씩 들어 있으므로, 이것을 8x8 이미지로 그려서 그 유닛이 반응하는 패턴을 볼 수 있습니다.
# 빨간 픽셀은 숫자에서 그 픽셀이 진할 때 유닛의 값을 올리고, 파란 픽셀은 내립니다.

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

# %% [markdown] lang="ko"
# 그리고 어떤 유닛이 어떤 숫자에 반응하는지도 봅시다. 숫자마다 그 숫자의 테스트 이미지들에 대해 각 은닉 유닛의 활성화 $A^{[1]}$을 평균한 값입니다.

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

# %% [markdown] lang="ko"
# 그림이 보여 주는 것과 보여 주지 않는 것은 다음과 같습니다.
#
# - 가중치 이미지는 깔끔한 윤곽선이나 획을 검출하는 것이 **아닙니다**. 은닉층 하나를 300번 반복해 훈련한 8x8 이미지에서는 가중치가 얼룩덜룩합니다. 강한 픽셀이 몇 개 있거나(유닛 6과 유닛 24에는 각각 진한 빨간 점이 하나씩 있습니다), 두 영역이 대략 대비를 이룹니다(유닛 8: 위와 아래는 빨강, 가운데 왼쪽은 파랑). 각 유닛은 이미지의 한 영역에 가중치를 두는 것이지, 이름 붙일 수 있는 펜 획 하나를 보는 것이 아닙니다.
# - 유닛은 숫자마다 하나씩 있는 것이 아니라 숫자들 사이에 **공유**됩니다. 히트맵에서 유닛 8은 2, 3, 7, 8에서 가장 강한 유닛이고, 유닛 11은 0과 9에서 가장 강합니다. 모든 숫자는 여러 유닛에 걸친 패턴으로 인식되며, 출력층이 그 패턴을 읽습니다.
# - 몇몇 유닛은 **전혀 학습하지 못했습니다**. 셀은 가중치가 초기 크기 정도에 머문 유닛들을 나열하는데, 이들은 모든 숫자에 대해 평균 활성화가 0에 가깝습니다. 처음에 이 유닛들은 훈련 이미지 중 적은 비율에서만 활성화되었고($Z > 0$), 대부분은 거의 어떤 이미지에서도 활성화되지 않았습니다. ReLU는 $Z \le 0$인 곳에서 기울기를 전혀 통과시키지 않으므로, 이 유닛들은 기울기를 거의 받지 못했습니다. 이런 "죽은" 유닛이 히트맵의 어두운 열입니다. 유닛이 어떻게 시작하는지는 초기 가중치가 결정하며, 이것이 모듈 05의 주제입니다.
#
# 심층 신경망에 대해 흔히 하는 이야기, 즉 앞쪽 층은 윤곽선을 검출하고 뒤쪽 층은 이를 조합해 부분과 물체를 만든다는 그림은 큰 사진으로 훈련한 큰 합성곱 신경망에서 나온 것입니다. 그런 신경망에 대해서는 타당한 설명입니다. 8x8 숫자에 대한 작은 완전 연결 신경망에서는 그 흐릿한 흔적만 보일 뿐입니다.

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

# %% [markdown] lang="ko"
# ## 12. 기울기 확인
#
# 버그가 있는 역전파도 대개는 여전히 실행되고, 여전히 올바른 형상의 배열을 돌려주며, 신경망도 더 나빠질 뿐 여전히 학습하는 경우가 많습니다. 프로그램이 멈추며 알려 주는 일도 없습니다. 해결책은 여러분의 기울기를 전혀 다른 방법, 곧 도함수의 정의에서 바로 계산한 기울기와 비교하는 것입니다.
#
# $$\frac{\partial f}{\partial x_i} \approx \frac{f(x + \varepsilon e_i) - f(x - \varepsilon e_i)}{2\varepsilon},$$
#
# 여기서 $e_i$는 원소 $i$ 하나만 살짝 움직입니다. 이 **중앙 차분**(central difference)의 오차는 $\varepsilon^2$에 비례합니다. 한쪽 차분(one-sided difference) $(f(x + \varepsilon e_i) - f(x)) / \varepsilon$의 오차는 $\varepsilon$에 비례하므로 훨씬 큽니다. 중앙 차분은 원소 하나마다 $f$를 두 번 계산해야 하므로 훈련에 쓰기에는 너무 느리지만, 작은 경우 몇 개를 확인하는 데는 안성맞춤입니다.
#
# ### 연습 문제 12: `numerical_gradient`
#
# `x`와 형상이 같은 배열을 돌려주는 `numerical_gradient(f, x, epsilon=1e-7)`를 작성하십시오. `x`의 모든 원소 `i`에 대해(`x`의 형상은 어떤 것이든 될 수 있으니 `for i in np.ndindex(x.shape)`로 반복하십시오):
#
# 1. `old = x[i]`를 저장합니다.
# 2. `x[i] = old + epsilon`으로 두고 `plus = f(x)`를 계산합니다. `x[i] = old - epsilon`으로 두고 `minus = f(x)`를 계산합니다.
# 3. 원래 값을 되돌려 놓고(`x[i] = old`), `(plus - minus) / (2 * epsilon)`을 저장합니다.
#
# 두 가지 세부 사항이 중요합니다. 첫째, `x` **자체**를 제자리에서 움직여야 합니다. `f`가 인자를 전혀 보지 않을 수도 있기 때문입니다. 아래의 `gradient_check`에서 `f`는 `x`를 담고 있는 매개변수 딕셔너리로 비용을 계산하므로, 바로 그 배열을 바꿔야만 `f`에 전달됩니다. 둘째, `x`는 저장해 둔 값을 대입해서 되돌려 놓아야 합니다. `epsilon`을 더했다가 빼면 반올림이 일어나서, 호출한 쪽이 준 `x`와 미세하게 다른 값이 남습니다.
#
# 기대 결과: `numerical_gradient(lambda x: float(np.sum(x ** 3)), np.array([[1.0, -2.0, 0.5]]))`는 대략
# `[[3., 12., 0.75]]`를 돌려줍니다(정확한 기울기는 $3x^2$입니다. 마지막 몇 자리는 반올림 잡음이며, 예를 들면 `11.99999999`입니다).

# %% exercise="numerical_gradient"

# %% [markdown]
# How good is the estimate, and how should $\varepsilon$ be chosen? Below, the derivative of $\sin$ at $x = 1$
# is estimated with both differences for many step sizes. Going left, the error first falls, as $\varepsilon$ for
# the one-sided difference and as $\varepsilon^2$ for the central one, until rounding takes over: $f(x+\varepsilon)$
# and $f(x-\varepsilon)$ agree in more and more digits, and their difference keeps only the noise of the last ones.
# The best central step is around $10^{-5}$; the default $10^{-7}$ is still far better than any one-sided step.

# %% [markdown] lang="ko"
# 추정값은 얼마나 정확하고, $\varepsilon$은 어떻게 골라야 합니까? 아래에서는 여러 간격 크기에 대해 두 가지 차분으로 $x = 1$에서 $\sin$의 도함수를 추정합니다. 왼쪽으로 갈수록 오차가 처음에는 줄어듭니다. 한쪽 차분은 $\varepsilon$에 비례해서, 중앙 차분은 $\varepsilon^2$에 비례해서 줄어듭니다. 그러다가 반올림이 우세해집니다. $f(x+\varepsilon)$과 $f(x-\varepsilon)$이 점점 더 많은 자릿수에서 일치하게 되어, 둘의 차이에는 마지막 자릿수의 잡음만 남습니다.
# 중앙 차분의 가장 좋은 간격은 $10^{-5}$ 근처입니다. 기본값 $10^{-7}$도 어떤 한쪽 차분 간격보다 여전히 훨씬 낫습니다.

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

# %% [markdown] lang="ko"
# **두 기울기 비교하기.** 절대 차이만으로는 아무 의미가 없습니다. $10^{-4}$는 크기가 100인 기울기에는 아주 작은 오차이지만, 크기가 $10^{-4}$인 기울기에는 엄청난 오차입니다. **상대 오차**(relative error)는 이 크기를 나눠 없앱니다.
#
# $$\text{error} = \frac{\lVert g - \tilde g \rVert}{\lVert g \rVert + \lVert \tilde g \rVert},$$
#
# 여기서 $\lVert \cdot \rVert$는 모든 원소에 대한 유클리드 노름(Euclidean norm), `np.linalg.norm`입니다. 이 값은 0(같음)과 1(예를 들어 방향이 정반대) 사이에 있습니다. float64와 $\varepsilon = 10^{-7}$을 쓰면 올바른 역전파는 보통 $10^{-7}$ 이하를 내고, $10^{-3}$ 이상이면 버그입니다.
#
# ### 연습 문제 13: `relative_error`
#
# 이 값을 파이썬 `float`로 돌려주는 `relative_error(grad, grad_approx)`를 작성하십시오. 두 기울기가 모두 0이면 `0.0`을 돌려줍니다(공식대로라면 0을 0으로 나누게 됩니다).
#
# 기대 결과: `relative_error(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.3]))`는 `0.03882046013095369`를 돌려줍니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 14: `gradient_check`
#
# `gradient_check(parameters, grads, X, Y, epsilon=1e-7)`를 작성하십시오. 이 함수는 역전파로 구한 `grads`를 비용 $J$ = `compute_cost(L_model_forward(X, parameters)[0], Y)`의 수치 기울기와 비교합니다.
#
# 1. 작업용 사본 `params = {key: value.copy() for key, value in parameters.items()}`를 만듭니다. 그래야 호출한 쪽의 배열을 전혀 건드리지 않습니다.
# 2. `compute_cost(L_model_forward(X, params)[0], Y)`를 돌려주는 `cost(_)`를 정의합니다. 이 함수는 `params`를 읽으므로, `numerical_gradient`가 `params[key]`를 제자리에서 움직이면 비용에 그 변화가 반영됩니다.
# 3. `params`의 모든 `key`(`"W1"`, `"b1"`, ...)에 대해 수치 기울기는
#    `numerical_gradient(cost, params[key], epsilon)`이고, 해석적 기울기는 `grads["d" + key]`입니다.
# 4. 각각을 `.reshape(-1)`로 펼치고, `np.concatenate`로 모두 이어 붙인 다음, 두 긴 벡터의 `relative_error`를 돌려줍니다.
#
# 편향을 포함해 모든 매개변수가 비교에 참여합니다. 편향을 빼먹는 확인은 틀린 `db`를 놓칠 것입니다. `grads`의 `dA` 항목은 매개변수가 아니므로 빼십시오.
#
# 기대 결과: 풀이 예제에 대해 `grads = L_model_backward(AL, Y_ex, caches)`로 `gradient_check(parameters_ex, grads, X_ex, Y_ex)`를 계산하면 약 `1.5e-09`가 나옵니다. 이것은 반올림 잡음이며 $10^{-7}$보다 훨씬 작습니다(정확한 자릿수는 합을 구하는 순서에 따라 달라집니다).

# %% exercise="gradient_check"

# %% [markdown]
# First, your own backward pass. The worked example's hidden pre-activations are all at least 0.28 away from 0;
# that matters, because near a ReLU kink a central difference straddles two different slopes and measures
# neither, which would look like a bug when there is none. With random data such collisions are very unlikely.

# %% [markdown] lang="ko"
# 먼저 여러분 자신의 역전파를 확인합니다. 풀이 예제의 은닉층 활성화 전 값(pre-activation)은 모두 0에서 적어도 0.28 떨어져 있습니다. 이 점이 중요합니다. ReLU의 꺾이는 점(kink) 근처에서는 중앙 차분이 서로 다른 두 기울기(slope)에 걸쳐 있어 어느 쪽도 측정하지 못하고, 그러면 버그가 없는데도 버그처럼 보일 것이기 때문입니다. 무작위 데이터에서는 이런 충돌이 일어날 가능성이 매우 낮습니다.

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

# %% [markdown] lang="ko"
# ### 버그 고치기
#
# 아래는 블록 없이 손으로 풀어 쓴 역전파입니다. 이 코드는 실행되고, 모든 키를 올바른 형상으로 돌려주며, 이것으로 훈련한 신경망도 여전히 무언가를 학습할 것입니다. 하지만 버그가 하나 있습니다. 코드를 읽으며 버그를 찾지 마십시오. 여러분의 확인기가 찾게 한 다음, 고치십시오.

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

# %% [markdown] lang="ko"
# 확인기는 의심스러운 함수가 틀렸다고 말하지만, 어디가 틀렸는지는 말하지 않습니다. 매개변수를 하나씩 따로 확인하면 범위를 좁힐 수 있습니다. 아래 셀은 여러분의 `numerical_gradient`와 `relative_error`를 키마다 실행합니다.

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

# %% [markdown] lang="ko"
# 확인기는 의심스러운 함수가 틀렸다고 말하고, 키별 오차는 어느 기울기가 틀렸는지 말해 줍니다. 이제 다음을 하십시오.
#
# 1. 막대그래프가 지목한 기울기를 계산하는 `L_model_backward_suspect`의 줄들을 읽고 실수를 찾으십시오.
# 2. 의심스러운 함수의 셀에서 그 실수를 고치고(한 줄입니다), 그 셀과 그 뒤의 두 셀을 다시 실행하십시오. 의심스러운 함수의 `gradient_check`가 $10^{-7}$ 아래로 떨어지고, 그 막대도 점선 아래로 내려가야 합니다.
# 3. 아래 셀에 어느 기울기가 틀렸는지, 틀린 줄이 무엇을 했는지, 그 때문에 기울기가 얼마나 달라졌는지, 그리고 가중치만 비교하는 기울기 확인기라면 왜 이 버그를 놓쳤을지 적으십시오.

# %% [markdown] answer="explain_bug" points=2
# Only `db1` and `db2` are flagged: the bias gradients of the **hidden** layers; every `dW` and the output layer's
# `db3` pass. The line
# `grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / (m if l == L else 1)` divides by $m$ only in the output
# layer, so in the hidden layers $db$ is the sum of $dZ$ over the examples instead of its mean: $m = 6$ times too
# large. The fix is `grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m` in every layer. After it, the
# suspect's gradient check is at the level of rounding noise, like `L_model_backward`. A checker that compared only
# the `dW` entries would have passed the buggy function, since every weight gradient was right; that is why
# `gradient_check` takes every parameter, the biases included.

# %% [markdown] answer="explain_bug" points=2 lang="ko"
# `db1`과 `db2`만 지목됩니다. **은닉층**의 편향 기울기입니다. 모든 `dW`와 출력층의 `db3`는 통과합니다.
# `grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / (m if l == L else 1)` 줄은 출력층에서만 $m$으로 나눕니다. 그래서 은닉층에서는 $db$가 $dZ$를 샘플에 대해 평균한 값이 아니라 합한 값이 되어, $m = 6$배만큼 너무 큽니다. 고치려면 모든 층에서 `grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m`으로 쓰면 됩니다. 고친 뒤에는 의심스러운 함수의 기울기 확인 결과가 `L_model_backward`와 마찬가지로 반올림 잡음 수준이 됩니다. `dW` 항목만 비교하는 확인기였다면 가중치 기울기가 모두 맞았으므로 버그가 있는 함수를 통과시켰을 것입니다. 그래서 `gradient_check`는 편향을 포함한 모든 매개변수를 비교합니다.

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

# %% [markdown] lang="ko"
# ## 13. 정리
#
# - 심층 신경망은 블록의 사슬입니다. 각 순전파 블록은 출력과 캐시를 돌려줍니다. 각 역전파 블록은 출력의 기울기와 캐시를 받아 입력의 기울기와 매개변수의 기울기를 돌려줍니다.
# - 오차 역전파는 비용에서부터 거꾸로 적용하는 연쇄 법칙입니다. $dZ = dA \odot g'(Z)$,
#   $dW = \frac{1}{m} dZ A_{prev}^T$, $db = \frac{1}{m}\sum dZ$, $dA_{prev} = W^T dZ$입니다. 모든 기울기는 미분하는 대상과 형상이 같습니다.
# - 벡터 형태로 보면 각 단계는 전치한 야코비 행렬을 곱하는 것입니다. 원소별 활성화와 선형 사상에서는 이 행렬을 만들 필요가 없습니다. 원소별 곱과 $W^T$와의 곱이면 됩니다.
# - 소프트맥스와 교차 엔트로피는 여러 클래스를 다룹니다. 안정성을 위해 열의 최댓값을 빼십시오. 그 기울기도 역시 $A - Y$입니다.
# - 기울기 확인은 역전파로 구한 기울기를 중앙 차분과 상대 오차로 비교합니다. 모든 매개변수에 대해, 꺾이는 점에서 떨어진 곳에서 비교합니다. 역전파를 작성할 때마다 실행하십시오.
# - 역전파는 매개변수 개수와 상관없이 순전파의 두 배만큼 계산합니다(층마다 $dW$와 $dA_{prev}$를 위한 행렬 곱 두 번). 그래서 신경망을 훈련하는 것은 조금씩 움직여 보는 방법이 아니라 오차 역전파입니다.
# - 클래스가 $C$개인 분류기를 막 초기화했을 때 비용은 약 $\log C$입니다. 0번째 반복에서 비용이 이 값과 크게 다르면 버그를 의심해야 합니다.
# - 시그모이드나 소프트맥스 출력에서 교차 엔트로피의 $dZ = A - Y$는 예측이 확신에 차서 틀렸을 때 크게 유지됩니다. 제곱 오차의 $dZ$에는 인수 $a(1-a)$가 붙어서 바로 그곳에서 학습이 거의 멈춥니다.
#
# ## 14. 더 살펴볼 거리
#
# - 숫자 신경망을 은닉층 두 개짜리 `[64, 32, 16, 10]`으로, 그리고 은닉 유닛을 32개 대신 8개나 128개로 바꿔 훈련해 보십시오. 테스트 정확도가 달라집니까? 11절의 첫 번째 층 가중치 이미지도 달라 보입니까?
# - 10절에서 유닛이 조금만 틀린 상태로 시작하게 해 보십시오(`W_start = np.array([[-0.5, -0.5]])`). 제곱 오차는 여전히 느립니까? 처음 확신이 어느 정도일 때 두 비용의 차이가 커집니까?
# - 여러분의 `linear_backward`에서 일부러 한 줄을 망가뜨려 보십시오(`dW`의 `1/m`을 빼거나, `W.T` 대신 `W`를 쓰십시오). 그리고 `gradient_check`를 실행해 보십시오. 오차는 얼마나 크고, 키별 확인은 어느 키를 지목합니까?
# - 무작위 신경망에 대해 `epsilon`을 `1e-2`부터 `1e-10`까지 바꿔 가며 `gradient_check`를 실행해 보십시오. 오차는 어디에서 가장 작습니까? 그 결과가 $\sin$의 수치 도함수 그래프와 일치합니까?
# - 더 큰 신경망, 예를 들어 `[64, 512, 512, 10]`에서 역전파와 순전파의 시간을 재 보십시오. 행렬 곱의 개수로 예측한 2에 비율이 더 가까워집니까?


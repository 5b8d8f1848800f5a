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

# %% [markdown] lang="ko"
# # 04 활성화 함수
#
# 신경망(neural network)의 모든 층(layer)은 선형(linear) 단계를 계산한 다음 활성화 함수(activation function)를 적용합니다.
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \qquad A^{[l]} = g^{[l]}(Z^{[l]}).$$
#
# 지금까지 이 강좌는 주로 시그모이드(sigmoid)를 썼고, 하이퍼볼릭 탄젠트(tanh)와 ReLU는 잠깐씩만 다뤘습니다. 이번 레슨에서는 활성화 함수
# $g$ 자체를 살펴봅니다.
#
# 1. 자주 쓰는 활성화 함수 네 가지, **시그모이드, tanh, ReLU, 리키 ReLU**(leaky ReLU)를 다룹니다. 함수마다 순전파(forward propagation) 함수와
#    역전파 함수를 만드는데, 역전파 함수는 오차 역전파(backpropagation)가 쓰는 도함수(derivative)입니다.
# 2. **신경망에 왜 비선형(non-linear) 활성화 함수가 꼭 필요한지** 알아봅니다. 비선형 활성화 함수가 없으면 심층 신경망(deep network)도 선형 층 하나보다
#    나을 것이 없습니다.
# 3. **기울기 소실**(vanishing gradient)을 알아봅니다. 시그모이드로 만든 심층 신경망이 왜 거의 학습하지 못하는지, 그리고 왜 ReLU가
#    기본 선택이 되었는지 살펴봅니다.
#
# 여러분이 작성할 함수는 열 개입니다.
#
# | 함수 | 하는 일 |
# | --- | --- |
# | `sigmoid(Z)`, `sigmoid_backward(dA, Z)` | 시그모이드와 시그모이드를 거슬러 가는 기울기(gradient) |
# | `tanh(Z)`, `tanh_backward(dA, Z)` | tanh와 tanh를 거슬러 가는 기울기 |
# | `relu(Z)`, `relu_backward(dA, Z)` | ReLU(rectified linear unit)와 그것을 거슬러 가는 기울기 |
# | `leaky_relu(Z, alpha)`, `leaky_relu_backward(dA, Z, alpha)` | 음수 입력에 작은 기울기(slope)를 둔 ReLU |
# | `collapse_linear_layers(parameters)` | 선형 층을 여러 개 쌓은 것과 같은 단 하나의 층 |
# | `gradient_norms_by_layer(X, Y, parameters, activation)` | 심층 신경망의 층마다 기울기가 얼마나 큰지 |
#
# 지난 레슨과 같은 방식입니다. 각 연습 문제(exercise)의 `raise NotImplementedError()` 줄을 여러분의 코드로 바꾸고 셀을 실행한 다음,
# 바로 아래의 테스트 셀(test cell)을 실행하십시오. 셀은 위에서 아래로 차례대로 실행하십시오. 뒤에 나오는 실험에서 여러분이 작성한 함수를
# 사용합니다. 레슨 중간중간 결과를 보여 주기 전에 먼저 **예측**해 보라고 묻습니다. 질문 두 개는 자동으로 채점됩니다(질문 아래 셀에 답을
# 적고 그 테스트를 실행하십시오). 나머지 두 개는 서술형이며 강사가 읽습니다.
#
# 표기 규칙은 강좌의 다른 레슨과 같습니다. 샘플(example)은 열이므로, 한 층의 `Z`와 `A`는 형상(shape)이 $(n^{[l]}, m)$입니다. 활성화
# 함수는 원소마다 따로 작용하므로 `A`는 `Z`와 형상이 같습니다.
#
# **목차**
#
# 1. [활성화 함수의 순전파와 역전파](#1.-활성화-함수의-순전파와-역전파)
# 2. [시그모이드](#2.-시그모이드): [연습 문제 1](#연습-문제-1:-sigmoid), [연습 문제 2](#연습-문제-2:-sigmoid_backward),
#    [질문 1](#질문-1:-가장-가파른-시그모이드)
# 3. [tanh](#3.-tanh): [연습 문제 3](#연습-문제-3:-tanh), [연습 문제 4](#연습-문제-4:-tanh_backward)
# 4. [ReLU](#4.-ReLU): [연습 문제 5](#연습-문제-5:-relu), [연습 문제 6](#연습-문제-6:-relu_backward),
#    [질문 2](#질문-2:-죽은-ReLU-유닛)
# 5. [리키 ReLU](#5.-리키-ReLU): [연습 문제 7](#연습-문제-7:-leaky_relu),
#    [연습 문제 8](#연습-문제-8:-leaky_relu_backward)
# 6. [신경망에 비선형 활성화 함수가 필요한 이유](#6.-신경망에-비선형-활성화-함수가-필요한-이유):
#    [질문 3](#질문-3:-기울기가-1인-리키-ReLU), [연습 문제 9](#연습-문제-9:-collapse_linear_layers)
# 7. [기울기 소실](#7.-기울기-소실): [연습 문제 10](#연습-문제-10:-gradient_norms_by_layer),
#    [질문 4](#질문-4:-log-2에-머무는-신경망)
# 8. [흔한 오해](#8.-흔한-오해)
# 9. [요약](#9.-요약)
# 10. [더 살펴볼 거리](#10.-더-살펴볼-거리)

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

# %% [markdown] lang="ko"
# ## 1. 활성화 함수의 순전파와 역전파
#
# $A = g(Z)$는 원소마다 따로 적용되므로, 각 원소 $A_{ij}$는 $Z_{ij}$에만 의존합니다. 따라서 연쇄 법칙(chain rule)은 원소별 곱(element-wise product)이 됩니다.
# 오차 역전파가 이미 $dA = \partial J / \partial A$(*상류 기울기*(upstream gradient)라고 하며, 형상은 $A$와 같습니다)를 계산해 두었다면 다음과 같습니다.
#
# $$dZ = \frac{\partial J}{\partial Z} = dA * g'(Z),$$
#
# 여기서 $*$는 원소별 곱입니다(NumPy에서는 `@`가 아니라 `*`입니다). 이 레슨의 역전파 함수는 모두 시그니처가 같습니다. `dA`와 그 층의
# 활성화 전 값(pre-activation) `Z`를 받는데, 둘 다 형상이 $(n, m)$이고, 형상이 $(n, m)$인 `dZ`를 반환합니다. `A`가 아니라 `Z`를 받는
# 이유는 도함수를 순전파가 계산했던 바로 그 지점, 곧 $Z$에서 구해야 하기 때문입니다.
#
# 테스트의 풀이 예제(worked example)는 모두 형상이 $(2, 3)$인 다음 두 배열을 씁니다.
#
# ```python
# Z = np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]])
# dA = np.array([[1.0, -2.0, 0.5], [3.0, 1.5, -1.0]])
# ```
#
# ## 2. 시그모이드
#
# $$\sigma(z) = \frac{1}{1 + e^{-z}}$$
#
# 시그모이드는 어떤 수든 $(0, 1)$ 구간으로 눌러 담습니다. 그래서 **이진 분류기(binary classifier)의 출력층**(output layer)에 알맞습니다. 출력을 클래스 1일 확률로 읽을 수
# 있기 때문입니다.
#
# ### 연습 문제 1: sigmoid
#
# 임의의 형상을 가진 배열 `Z`에 대해, 형상이 같은 배열을 반환하는 `sigmoid(Z)`를 구현하십시오.
# 수치 계산에서 주의할 점이 하나 있습니다. 아주 큰 음수 원소에서는 `np.exp(-Z)`가 `inf`로 넘칩니다(오버플로). 결과
# `1 / (1 + inf) = 0` 자체는 맞지만 NumPy가 경고를 냅니다. 식을 바꾼 `np.exp(Z) / (1 + np.exp(Z))`는 큰 양수 원소에서
# `inf / inf = nan`이 됩니다. 테스트에는 $|Z| = 1000$까지의 원소까지 들어 있습니다. 절대 넘치지 않는 방법이 있습니다. $E = e^{-|z|}$(항상 1 이하)로 두면
# $z \ge 0$에서는 $\sigma(z) = 1 / (1 + E)$, $z < 0$에서는 $E / (1 + E)$입니다. `np.where(condition, x, y)`는 두 배열 중 하나를 원소마다
# 골라 줍니다.
#
# 예상 결과: `sigmoid(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))`의 결과는
# `[[0.11920292, 0.37754067, 0.5], [0.62245933, 0.73105858, 0.95257413]]`입니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 2: sigmoid_backward
#
# 시그모이드의 도함수는 깔끔한 꼴입니다. $(1 + e^{-z})^{-1}$을 미분하면 다음과 같습니다.
#
# $$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}}
#   = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
#
# `sigmoid_backward(dA, Z)`를 구현하십시오. 여러분의 `sigmoid`로 $s = \sigma(Z)$를 계산한 다음, 형상이 $(n, m)$인
# `dZ = dA * s * (1 - s)`를 반환합니다.
#
# 예상 결과: 풀이 예제(1절)의 `dA`와 `Z`로 `sigmoid_backward(dA, Z)`를 호출하면
# `[[0.10499359, -0.47000742, 0.125], [0.70501114, 0.2949179, -0.04517666]]`이 나옵니다.

# %% exercise="sigmoid_backward"

# %% [markdown]
# ### Question 1: the steepest sigmoid
#
# The next cell plots $\sigma$ and its derivative. Before you run it: what is the **largest value** that
# $\sigma'(z) = \sigma(z)\bigl(1 - \sigma(z)\bigr)$ takes, over all $z$? (Hint: $s = \sigma(z)$ takes every value
# between 0 and 1.) This number comes back in section 7.
#
# Write it in the cell below as a number, e.g. `q_max_sigmoid_slope = 0.6`, then run its test.

# %% [markdown] lang="ko"
# ### 질문 1: 가장 가파른 시그모이드
#
# 다음 셀은 $\sigma$와 그 도함수를 그립니다. 실행하기 전에 생각해 보십시오. 모든 $z$에 걸쳐
# $\sigma'(z) = \sigma(z)\bigl(1 - \sigma(z)\bigr)$의 **최댓값**은 얼마입니까? (힌트: $s = \sigma(z)$는 0과 1 사이의 어떤 값이든
# 될 수 있습니다.) 이 값은 7절에서 다시 나옵니다.
#
# 아래 셀에 답을 숫자로 적으십시오. 예를 들어 `q_max_sigmoid_slope = 0.6`처럼 적고, 그 테스트를 실행하십시오.

# %% question="q_max_sigmoid_slope"

# %% [markdown]
# Here is a helper that plots an activation and its derivative. It gets the derivative from your backward
# function: with `dA` all ones, `dZ = 1 * g'(Z)` is the derivative itself. The cell also prints the largest
# value of the derivative on the plotted grid.

# %% [markdown] lang="ko"
# 다음은 활성화 함수와 그 도함수를 그려 주는 도우미 함수입니다. 도함수는 여러분의 역전파 함수에서 얻습니다. `dA`가 모두 1이면
# `dZ = 1 * g'(Z)`가 곧 도함수이기 때문입니다. 이 셀은 그래프를 그린 격자에서 도함수의 최댓값도 출력합니다.

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

# %% [markdown] lang="ko"
# 그래프에서 눈여겨볼 점이 두 가지 있습니다.
#
# - 도함수는 시그모이드가 가장 가파른 곳에서 가장 크며, 그 값은 $\sigma'(0) = \frac12 \cdot \frac12 = \frac14$입니다.
#   기울기가 거슬러 지나가는 시그모이드 층은 하나하나가 기울기에 기껏해야 4분의 1을 곱합니다.
# - $|z|$가 대략 5를 넘으면 곡선이 평평하고 도함수는 거의 0입니다($\sigma'(5) \approx 0.0066$). $z$가 이 영역에 있는 유닛(unit)은
#   **포화**(saturation)되었다고 합니다. 포화된 유닛의 가중치(weight)에 도달하는 기울기는 아주 작아서, 오차가 아무리 커도 경사 하강법(gradient
#   descent)은 그 가중치를 아주 느리게 움직입니다.
#
# 또 시그모이드의 출력은 모두 양수입니다(평균(mean)이 0이 아니라 1/2 근처입니다). 이 때문에 다음 층이 학습하기가 더 어려운데, tanh를 다룰 때
# 확인하겠습니다. 이런 이유로 요즘은 시그모이드를 거의 이진 분류기의 출력층에만 씁니다.
#
# ## 3. tanh
#
# $$\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}} = 2\,\sigma(2z) - 1$$
#
# tanh는 시그모이드를 $(-1, 1)$ 범위로 늘이고 중심을 0에 맞춘 함수입니다.
#
# ### 연습 문제 3: tanh
#
# 입력과 출력의 형상이 같은 `tanh(Z)`를 구현하십시오. `np.tanh`를 호출해도 됩니다. `np.exp`로 직접 작성한다면,
# `np.exp(Z)`가 약 710보다 큰 원소에서 `inf`로 넘치고 `inf / inf`가 `nan`이 된다는 점을 기억하십시오. $\sigma(2z)$를 쓰는 항등식과
# 안정적인 시그모이드를 쓰면 이 문제를 피할 수 있습니다.
#
# 예상 결과: `tanh(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))`의 결과는
# `[[-0.96402758, -0.46211716, 0.0], [0.46211716, 0.76159416, 0.99505475]]`입니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 4: tanh_backward
#
# $t = \tanh(z)$라 하면 도함수는 $\tanh'(z) = 1 - t^2$입니다(몫을 미분하거나, 위의 시그모이드 항등식을 이용하십시오).
#
# `tanh_backward(dA, Z)`를 구현하십시오. `t = tanh(Z)`로 두고 `dZ = dA * (1 - t ** 2)`를 반환하며, 형상은 $(n, m)$입니다.
#
# 예상 결과: 풀이 예제의 `dA`와 `Z`로 `tanh_backward(dA, Z)`를 호출하면
# `[[0.07065082, -1.57289547, 0.5], [2.3593432, 0.62996151, -0.00986604]]`이 나옵니다.

# %% exercise="tanh_backward"

# %%
plot_activation(tanh, tanh_backward, "tanh and its derivative")

# %% [markdown]
# The derivative of tanh reaches 1 at $z = 0$, four times the sigmoid's best, but tanh saturates just the
# same for large $|z|$.
#
# Its real advantage is that its outputs are **centred**. Feed the same pre-activations, drawn around 0,
# through both functions and compare what the next layer would receive:

# %% [markdown] lang="ko"
# tanh의 도함수는 $z = 0$에서 1에 이릅니다. 시그모이드의 최댓값의 네 배입니다. 하지만 $|z|$가 크면 tanh도 똑같이 포화됩니다.
#
# tanh의 진짜 장점은 출력의 **중심이 0**이라는 것입니다. 0 주변에서 뽑은 같은 활성화 전 값을 두 함수에 통과시키고, 다음 층이 받게 될 값을
# 비교해 봅시다.

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

# %% [markdown] lang="ko"
# 시그모이드의 출력은 평균이 약 0.5이고, tanh의 출력은 평균이 약 0입니다. 이것이 왜 중요할까요? 활성화 값은 다음 층의 입력입니다.
# 샘플 $i$ 하나에 대해, 다음 층 유닛 $j$로 들어가는 가중치의 기울기는 $dZ_{ji} A_{ki}$입니다. 모든 $A_{ki}$가 양수이면 이 기울기는 모두
# $dZ_{ji}$와 부호가 같습니다. 그러면 그 유닛의 가중치가 모두 함께 올라가거나 모두 함께 내려가므로, 부호가 섞인 가중치로 가려면 경사 하강법이
# 지그재그(zigzag)로 움직여야 합니다. 중심이 0인 입력이 도움이 되는 이유는 입력 특성(feature)을 표준화(standardization)하면 도움이 되는 이유와 같습니다. 그래서
# 은닉층(hidden layer)에서는 대개 tanh가 시그모이드보다 잘 작동합니다.
#
# ## 4. ReLU
#
# ReLU, 곧 정류 선형 유닛은 간단히 다음과 같습니다.
#
# $$\mathrm{ReLU}(z) = \max(0, z).$$
#
# ### 연습 문제 5: relu
#
# 입력과 출력의 형상이 같은 `relu(Z)`를 구현하십시오. 파이썬의 `max`와 `np.max`는 원소마다 작용하지 않는다는 점에 주의하십시오.
# `np.maximum(0, Z)`는 원소마다 작용합니다.
#
# 예상 결과: `relu(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))`의 결과는 `[[0.0, 0.0, 0.0], [0.5, 1.0, 3.0]]`입니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 6: relu_backward
#
# 도함수는 $z > 0$에서 1이고 $z < 0$에서 0입니다. 정확히 $z = 0$에서는 함수가 꺾여 있어 도함수가 없습니다. 그곳에서는 0과 1 사이의 어떤
# 값을 골라도 괜찮은데, 이 강좌는 대부분의 라이브러리처럼 **$z \le 0$에서 0**을 씁니다. (실제 데이터에서 $z$가 정확히 0이 되는 일은 거의
# 없지만, 테스트는 이 경우도 확인합니다.)
#
# `relu_backward(dA, Z)`를 구현하십시오. `dZ`는 `Z > 0`인 곳에서 `dA`와 같고 `Z <= 0`인 곳에서 0이며, 형상은
# $(n, m)$입니다. 새 배열을 만드십시오. `dA`는 호출한 쪽이 계속 쓰는 배열이므로, 그 원소를 제자리에서(in place) 0으로 바꾸면 안 됩니다.
#
# 예상 결과: 풀이 예제의 `dA`와 `Z`로 `relu_backward(dA, Z)`를 호출하면
# `[[0.0, 0.0, 0.0], [3.0, 1.5, -1.0]]`이 나옵니다(NumPy가 0을 `-0.`으로 출력할 수도 있는데, 이 값은 0과 같습니다).

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

# %% [markdown] lang="ko"
# ### 질문 2: 죽은 ReLU 유닛
#
# 점선으로 그린 도함수를 시그모이드의 도함수와 비교하고, 아래 셀에 몇 문장으로 답하십시오.
#
# - **(a)** 시그모이드 유닛을 거슬러 가는 기울기는 줄어드는데, 활성화된 ReLU 유닛($z > 0$)을 거슬러 가는 기울기는 $z$가 아무리 커도
#   왜 줄어들지 않습니까?
# - **(b)** 어떤 ReLU 유닛의 편향(bias)이 너무 큰 음수가 되어서 **모든** 샘플에서 $z$가 0보다 작다고 합시다. 이 유닛의 가중치와 편향은
#   어떤 기울기를 받습니까? 경사 하강법이 이 유닛을 되살릴 수 있습니까?
# - **(c)** ReLU를 어떻게 조금 바꾸면 이런 유닛이 회복할 수 있을까요?
#
# 여러분이 답한 셀 다음의 셀에서 이런 유닛을 만들고 그 기울기를 측정합니다.

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

# %% [markdown] answer="explain_dead_relu" points=2 lang="ko"
# **(a)** $z > 0$에서 ReLU의 도함수는 $z$의 크기와 상관없이 정확히 1입니다. 그래서 `relu_backward`는 `dA`를 바꾸지 않고 그대로
# 통과시킵니다. 시그모이드의 도함수는 기껏해야 $1/4$이고 $|z|$가 커질수록 0에 가까워집니다(포화). 그래서 시그모이드 유닛은 하나하나가
# 기울기에 작은 인수를 곱합니다.
#
# **(b)** $z \le 0$인 곳에서는 도함수가 0이므로, 그 유닛은 모든 샘플에서 $dZ = 0$입니다. 따라서
# $dW = \frac1m dZ\, A_{prev}^T$에서 그 유닛에 해당하는 행과 $db$가 정확히 0입니다. 경사 하강법은 그 가중치와 편향을 결코 바꾸지 않습니다.
# 유닛은 모든 입력에 0을 출력하고 계속 그 상태로 남습니다(*죽은* 유닛(dead unit)). 그 유닛보다 아래에 있는 층이 바뀌어 입력이 움직여야만 $z$가 다시
# 0보다 커질 수 있습니다. 첫 번째 층에서는 어떤 방법으로도 되살릴 수 없습니다.
#
# **(c)** 음수 쪽에 0이 아닌 작은 기울기(slope)를 줍니다(리키 ReLU). 그러면 $dZ = \alpha\, dA \neq 0$이므로 가중치가 (작지만) 계속
# 기울기(gradient)를 받습니다.

# %% [markdown]
# To find the gradients of a layer's weights and bias from its `dZ`, here is your `linear_backward` of lesson 03,
# complete (the cache it takes is the layer's `(A_prev, W, b)`):

# %% [markdown] lang="ko"
# 층의 `dZ`로부터 그 층의 가중치와 편향의 기울기를 구하기 위해, 레슨 03에서 여러분이 작성한 `linear_backward`를 완성된 형태로 준비했습니다
# (이 함수가 받는 캐시는 그 층의 `(A_prev, W, b)`입니다).

# %% given="backpropagation.linear_backward"

# %% [markdown]
# A layer of 4 ReLU units on 8 examples with 3 features, and a made-up upstream gradient `dA`. The bias of
# unit 4 is $-8$, far below anything $W x$ reaches here. The cell prints, for each unit, the fraction of
# examples on which it is active ($z > 0$) and the size of the gradient that its weights and its bias receive.

# %% [markdown] lang="ko"
# 특성이 3개인 샘플 8개에 적용하는 ReLU 유닛 4개짜리 층과, 임의로 지어낸 상류 기울기 `dA`가 있습니다. 유닛 4의 편향은 $-8$인데,
# 여기서 $W x$가 도달하는 어떤 값보다도 훨씬 작습니다. 이 셀은 유닛마다 활성화되는($z > 0$) 샘플의 비율과, 그 유닛의 가중치와 편향이 받는
# 기울기의 크기를 출력합니다.

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

# %% [markdown] lang="ko"
# 유닛 4는 한 번도 활성화되지 않고, 기울기는 정확히 0입니다. 경사 하강법을 몇 번 반복해도 이 유닛의 가중치와 편향은 결코 바뀌지 않습니다.
# 이런 유닛을 **죽은** 유닛(dead unit)이라고 합니다. 계산 비용만 들 뿐 아무런 기여도 하지 않습니다.
#
# 활성화된 유닛은 정반대입니다. $z > 0$에서 ReLU의 도함수는 $z$가 아무리 커도 정확히 1입니다. ReLU는 이쪽에서 포화되지 않으며, 기울기가
# 바뀌지 않고 그대로 통과합니다. 게다가 활성화 함수로서 계산이 더없이 간단합니다. 그래서 몇몇 유닛이 죽을 수 있는데도(대개 너무 큰 경사
# 하강법 걸음(step)이 편향을 크게 끌어내린 뒤에 죽습니다) **ReLU가 은닉층의 기본 선택**입니다.
#
# ## 5. 리키 ReLU
#
# 리키 ReLU는 음수 쪽에 작은 기울기(slope) $\alpha$를 남겨서, 어떤 유닛도 기울기(gradient)가 완전히 사라지지 않게 합니다.
#
# $$\mathrm{LeakyReLU}_\alpha(z) = \begin{cases} z & z > 0 \\ \alpha z & z \le 0 \end{cases}
#   \qquad \text{(for } 0 < \alpha < 1 \text{ this is } \max(\alpha z, z)\text{)}.$$
#
# 보통 기본값은 $\alpha = 0.01$이며, 이 값은 하이퍼파라미터(hyperparameter)입니다.
#
# ### 연습 문제 7: leaky_relu
#
# 입력과 출력의 형상이 같은 `leaky_relu(Z, alpha=0.01)`를 구현하십시오. 인수로 받은 `alpha`를 사용해야 합니다.
#
# 예상 결과: `leaky_relu(np.array([[-2.0, -0.5, 0.0], [0.5, 1.0, 3.0]]))`(기본값 `alpha=0.01`)의 결과는
# `[[-0.02, -0.005, 0.0], [0.5, 1.0, 3.0]]`입니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 8: leaky_relu_backward
#
# 도함수는 $z > 0$에서 1이고 $z \le 0$에서 $\alpha$입니다(꺾이는 점에서는 이번에도 음수 쪽의 기울기(slope)를 씁니다).
#
# `leaky_relu_backward(dA, Z, alpha=0.01)`를 구현하십시오. `dZ`는 `Z > 0`인 곳에서 `dA`이고 `Z <= 0`인 곳에서 `alpha * dA`이며,
# 형상은 $(n, m)$입니다. 이 함수의 `alpha`는 순전파에서 쓴 값과 같아야 합니다.
#
# 예상 결과: 풀이 예제의 `dA`와 `Z`로 `leaky_relu_backward(dA, Z)`를 호출하면(기본값 `alpha=0.01`)
# `[[0.01, -0.02, 0.005], [3.0, 1.5, -1.0]]`이 나옵니다.

# %% exercise="leaky_relu_backward"

# %%
plot_activation(lambda Z: leaky_relu(Z, alpha=0.1), lambda dA, Z: leaky_relu_backward(dA, Z, alpha=0.1),
                "leaky ReLU (alpha = 0.1, to make the slope visible) and its derivative")

# %% [markdown]
# Back to the layer with the dead unit, now with leaky ReLU (the default $\alpha = 0.01$):

# %% [markdown] lang="ko"
# 죽은 유닛이 있던 층으로 돌아가서, 이번에는 리키 ReLU(기본값 $\alpha = 0.01$)를 써 봅시다.

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

# %% [markdown] lang="ko"
# 유닛 4의 기울기(gradient)는 더 이상 0이 아닙니다. 기울기(slope)가 $\alpha = 0.01$이므로 작기는 하지만, 이제 경사 하강법이 이 유닛의
# 가중치와 편향을 움직일 수 있고 유닛이 되살아날 수 있습니다. 다른 유닛들의 기울기(gradient)는 조금만 바뀝니다. 바뀌는 부분은 각 유닛이
# 비활성인 샘플에서 오는 몫입니다.
#
# ### 도함수를 수치로 확인하기
#
# 테스트는 여러분의 역전파 함수를 수치 미분(numerical derivative)과 비교했습니다. 여러분도 직접 해 볼 수 있습니다. $g$는 원소마다 작용하므로,
# 중앙 차분(central difference) $\bigl(g(Z + h) - g(Z - h)\bigr) / 2h$ 하나로 모든 도함수를 한꺼번에 구할 수 있습니다. $Z$는 0에서
# 떨어뜨려 둡니다. 0에서는 ReLU가 꺾여 있어서 차분 몫이 의미가 없기 때문입니다.

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

# %% [markdown] lang="ko"
# 네 함수 모두 반올림 오차 범위 안에서 수치 미분과 일치합니다.
#
# ## 6. 신경망에 비선형 활성화 함수가 필요한 이유
#
# ### 질문 3: 기울기가 1인 리키 ReLU
#
# 리키 ReLU는 $0 < \alpha < 1$인 어떤 기울기(slope)에 대해서도 정의됩니다. 그렇다면 $\alpha = 1$까지 가면 안 될 이유가 있을까요? 다음
# 내용을 읽기 전에 생각해 보십시오. $\alpha = 1$인 리키 ReLU는 어떤 함수입니까? 그리고 모든 은닉층에 이 함수를 쓰는 심층 신경망은 무엇을
# 계산할 수 있겠습니까? 아래 셀에 두세 문장으로 답하십시오. 이 절의 나머지 부분에서 답이 밝혀집니다.

# %% [markdown] answer="explain_leaky_alpha" points=1
# With $\alpha = 1$, leaky ReLU is $z$ on both sides: the identity, $g(z) = z$. Every layer is then the linear
# map $W^{[l]} A^{[l-1]} + b^{[l]}$, and a composition of linear maps is one linear map, so the whole network,
# however deep, computes no more than a single layer $Wx + b$ (followed by the output sigmoid: logistic
# regression). Its decision boundary is a straight line. The two sides must have different slopes, $\alpha \neq 1$:
# that kink is the non-linearity. (In practice $\alpha$ is small, so that leaky ReLU stays close to ReLU.)

# %% [markdown] answer="explain_leaky_alpha" points=1 lang="ko"
# $\alpha = 1$이면 리키 ReLU는 양쪽 모두에서 $z$입니다. 곧 항등 함수(identity function) $g(z) = z$입니다. 그러면 모든 층이 선형 변환(linear map)
# $W^{[l]} A^{[l-1]} + b^{[l]}$이 되고, 선형 변환을 합성한 것은 하나의 선형 변환이므로, 신경망 전체는 아무리 깊어도 단일 층 $Wx + b$가
# 계산하는 것 이상을 계산하지 못합니다(그 뒤에 출력 시그모이드가 붙으면 로지스틱 회귀(logistic regression)입니다). 결정 경계(decision
# boundary)는 직선입니다. 양쪽의 기울기(slope)는 서로 달라야 합니다($\alpha \neq 1$). 그렇게 꺾이는 점이 바로 비선형성입니다. (실제로는
# $\alpha$를 작게 잡아서 리키 ReLU가 ReLU에 가깝게 유지되도록 합니다.)

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

# %% [markdown] lang="ko"
# 모든 층이 항등 함수 $g(z) = z$를 쓴다고 가정해 봅시다. 층 두 개는 다음과 같습니다.
#
# $$W^{[2]}\bigl(W^{[1]} x + b^{[1]}\bigr) + b^{[2]} = \underbrace{W^{[2]} W^{[1]}}_{W}\, x
#   + \underbrace{W^{[2]} b^{[1]} + b^{[2]}}_{b},$$
#
# 이것은 다시 선형 층 하나입니다. 두 층 사이에 비선형 $g$가 있어야 두 층이 하나로 합쳐지지 않습니다.
#
# ![위: 두 선형 층 W1 x + b1과 W2 (.) + b2 사이에 항등 함수가 있으면 W = W2 W1, b = W2 b1 + b2인 상자 W x + b 하나로 합쳐집니다. 아래: 같은 두 층 사이에 비선형 g가 있으면 결과는 어떤 W와 b로도 W x + b가 되지 않습니다.](attachment:04_collapse.svg)
#
# 층을 하나씩 더해 가면 이 합치기는 깊이가 얼마든 성립합니다. 선형 층 $L$개를 쌓은 것은 다음 $W$와 $b$를 가진 층 하나입니다.
#
# $$W = W^{[L]} \cdots W^{[2]} W^{[1]}, \qquad b \text{ built up layer by layer as } b \leftarrow W^{[l]} b + b^{[l]}.$$
#
# (여기서 $b$는 층마다 $b \leftarrow W^{[l]} b + b^{[l]}$로 차례로 쌓아 갑니다.) 층과 유닛이 아무리 많아도, 이런 신경망은 선형 층 하나가
# 계산하는 것만 계산할 수 있습니다.
#
# ### 연습 문제 9: collapse_linear_layers
#
# `collapse_linear_layers(parameters)`를 구현하십시오. `parameters`에는 `"W1", "b1", ..., "WL", "bL"`이 들어 있고,
# `W{l}`의 형상은 $(n^{[l]}, n^{[l-1]})$, `b{l}`의 형상은 $(n^{[l]}, 1)$이므로 $L$은 `len(parameters) // 2`입니다.
# 형상이 $(n^{[L]}, n^{[0]})$인 `W`와 형상이 $(n^{[L]}, 1)$인 `b`를 `(W, b)`로 반환하십시오. 층 1에서 시작해 한 번에 한 층씩
# 처리하십시오. 곱의 순서에 주의하십시오. 층 1이 가장 먼저 작용하므로 $W^{[1]}$이 가장 오른쪽 인수입니다.
#
# 예상 결과: 테스트의 풀이 예제인 두 층
# `{"W1": np.array([[1.0, 2.0], [0.0, 1.0], [-1.0, 1.0]]), "b1": np.array([[1.0], [0.0], [2.0]]),
# "W2": np.array([[1.0, -1.0, 0.5]]), "b2": np.array([[-1.0]])}`에 대해 `collapse_linear_layers`는
# `W = [[0.5, 1.5]]`와 `b = [[1.0]]`을 반환합니다.

# %% exercise="collapse_linear_layers"

# %% [markdown]
# Check it on a random four-layer linear network: pass some inputs through the layers one at a time, then
# through the single collapsed layer.

# %% [markdown] lang="ko"
# 무작위로 만든 네 층짜리 선형 신경망으로 확인해 봅시다. 입력 몇 개를 층에 하나씩 차례로 통과시킨 다음, 합친 층 하나에도 통과시킵니다.

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

# %% [markdown] lang="ko"
# 두 결과는 반올림 오차 범위 안에서 일치합니다. 이제 이것이 분류에서 무엇을 뜻하는지 알아봅시다. 아래 데이터 세트(data set)는 한 클래스가 다른 클래스의
# 고리 안쪽에 있습니다. 어떤 직선으로도 두 클래스를 가를 수 없습니다. 크기가 같은 신경망 두 개를 훈련합니다. 입력 2개, 유닛이 10개인 은닉층
# 두 개, 시그모이드 출력 유닛 하나로 이루어진 신경망입니다. 첫 번째 신경망은 은닉층에 항등 함수를 쓰고, 두 번째는 ReLU를 씁니다. 나머지는
# 모두 같습니다(같은 초기 가중치에서 출발해 경사 하강법으로 1000걸음을 갑니다).
#
# ### 은닉층 활성화 함수를 고를 수 있는 심층 신경망
#
# 레슨 03에서는 작은 블록(block)을 이어 심층 신경망을 만들었습니다. `linear_backward`는 4절에서 이미 보았습니다. 여기에 블록 세 개를 더
# 준비했습니다. 레슨 03에서 작성한 그대로 완성된 형태이며, 선형 블록의 순전파, 비용(cost), 갱신(update)입니다.

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

# %% [markdown] lang="ko"
# 레슨 03의 `L_model_forward`와 `L_model_backward`는 은닉층에 언제나 ReLU를 씁니다. 이번 레슨에서는 활성화 함수를 골라야 하므로, 아래
# 셀은 같은 블록을 이어 붙이되 은닉층 활성화 함수를 인수로 받습니다. `HIDDEN`은 이름을 여러분의 순전파 함수와 역전파 함수에 대응시킵니다
# (선형 신경망을 위한 항등 함수도 들어 있습니다). 출력층은 시그모이드이며, 레슨 03에서처럼 시그모이드와 교차 엔트로피(cross-entropy)를
# 거슬러 가는 기울기는 $dZ^{[L]} = A^{[L]} - Y$입니다. `init_net`은 가중치를 레슨 03의 $0.01$이 아니라 표준편차(standard deviation)
# $1/\sqrt{n^{[l-1]}}$로 뽑습니다. 이렇게 고르는 이유는 다음 레슨에서 설명합니다.

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

# %% [markdown] lang="ko"
# 선형 신경망은 모습만 바꾼 로지스틱 회귀입니다. 선형 층 하나에 시그모이드 출력을 붙인 것이므로, 결정 경계 $Wx + b = 0$은 직선입니다
# (여러분의 `collapse_linear_layers`로 계산한 점선이 정확히 그 위에 놓입니다). 이 신경망은 점의 절반 정도만 맞히고, 비용은
# $\log 2 \approx 0.693$에서 끝납니다. 모든 샘플에 1/2이라고 답할 때의 비용입니다. 크기가 똑같은 ReLU 신경망은 결정 경계를 안쪽 클래스
# 둘레로 구부려서 거의 모든 점을 맞힙니다.
#
# (선형 활성화 함수에도 쓰임새가 하나 있습니다. 가격처럼 실수 하나를 예측하는 신경망의 출력층입니다. 그래도 은닉층에는 역시 비선형성이
# 필요합니다.)
#
# ## 7. 기울기 소실
#
# 역전파는 다음 식으로 기울기를 층에서 층으로 전달합니다.
#
# $$dA^{[l-1]} = W^{[l]T} dZ^{[l]}, \qquad dZ^{[l-1]} = dA^{[l-1]} * g'(Z^{[l-1]}).$$
#
# 기울기는 출력에서 층 1까지 거슬러 가는 동안 은닉층 하나마다 $g'$가 한 번씩 곱해집니다. 층마다 시그모이드 유닛이 하나씩 있는 사슬
# $z_{l+1} = w_{l+1}\,\sigma(z_l) + b_{l+1}$에서 이 모습이 가장 뚜렷합니다. 연쇄 법칙에 따라 각 연결 고리는 기울기에
# $\partial z_{l+1} / \partial z_l = \sigma'(z_l)\,w_{l+1}$을 곱하고, $\sigma' \le 1/4$입니다(질문 1).
#
# ![z1에서 z5를 거쳐 손실(loss) L로 이어지는 사슬. 각 연결 고리에는 sigma'(z_l) w_(l+1)이 적혀 있고, sigma'는 최대 1/4입니다. 거꾸로 가는 화살표는 고리를 지날 때마다 네 배씩 가늘어지고, 유닛 아래의 막대는 dL/dz_l이 가질 수 있는 최대 크기를 z5에서 z1 쪽으로 1, 1/4, 1/16, 1/64, 1/256으로 보여 줍니다.](attachment:04_vanishing_chain.svg)
#
# 가중치의 크기가 1 정도라면, 시그모이드 은닉층 아홉 개를 지나는 동안 도함수만으로도 기울기가 적어도 $4^9 \approx 260\,000$분의 1로
# 줄어듭니다. 유닛이 포화된 곳에서는 훨씬 더 많이 줄어듭니다. 그러면 앞쪽 층은 거의 바뀌지 않습니다. 심층 신경망이 얕은 신경망보다 나을
# 것 없이 훈련되거나, 아예 훈련되지 않습니다. 이것이 **기울기 소실 문제**입니다. tanh의 도함수는 최대 1이고 $z = 0$ 근처에서 1에 가까우므로
# 이 문제를 덜 겪습니다. ReLU의 도함수는 활성화된 유닛에서 정확히 1이므로, 기울기가 크기를 거의 그대로 유지한 채 앞쪽 층까지 도달합니다.
#
# 직접 측정해 봅시다.
#
# ### 연습 문제 10: gradient_norms_by_layer
#
# $g$가 `activation`(문자열 `"sigmoid"`, `"tanh"`, `"relu"` 중 하나)인 신경망
# $[\text{LINEAR} \to g] \times (L-1) \to \text{LINEAR} \to \text{SIGMOID}$에 대해 `gradient_norms_by_layer(X, Y, parameters, activation)`를
# 구현하십시오. 모든 은닉층이 $g$를 쓰고, 출력층은 언제나 시그모이드입니다.
# `X`의 형상은 $(n^{[0]}, m)$, `Y`의 형상은 $(1, m)$이며, `parameters`에는 `"W1", "b1", ..., "WL", "bL"`이 들어 있습니다.
#
# 1. 순전파: $l = 1, \dots, L$에 대해 $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$와 $A^{[l]}$를 계산하고, 역전파에 쓰도록 모든 층의
#    $A^{[l-1]}$과 $Z^{[l]}$을 저장해 둡니다. 은닉층의 순전파 함수와 역전파 함수는 `activation`에 따라 위에서 작성한 함수 중에서
#    고릅니다. 예를 들어 이름을 함수에 대응시키는 딕셔너리를 쓰면 됩니다.
# 2. 역전파(이진 교차 엔트로피 비용 기준): $dZ^{[L]} = A^{[L]} - Y$입니다. 그다음 $l = L, \dots, 1$에 대해
#    $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$를 구하고, $l > 1$이면 $dA^{[l-1]} = W^{[l]T} dZ^{[l]}$와
#    $dZ^{[l-1]} = $ ($dA^{[l-1]}$과 $Z^{[l-1]}$에 은닉층 활성화 함수의 역전파 함수를 적용한 값)을 구합니다.
# 3. $L$개의 프로베니우스 노름(norm) $\lVert dW^{[l]} \rVert = \sqrt{\sum_{jk} (dW^{[l]}_{jk})^2}$(곧 `np.linalg.norm(dW)`)의 리스트를
#    **층 1부터 차례로** 반환하십시오. 역전파 반복문은 층을 거꾸로 방문하므로, 인덱스로 리스트를 채우거나 마지막에 리스트를 뒤집으십시오.
#
# 예상 결과: 테스트의 풀이 예제는 층이 두 개인 작은 ReLU 신경망입니다.
#
# ```python
# X = np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]])
# Y = np.array([[1.0, 0.0, 1.0]])
# parameters = {"W1": np.array([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.5]]), "b1": np.array([[0.1], [0.0], [-0.2]]),
#               "W2": np.array([[1.0, -2.0, 0.5]]), "b2": np.array([[0.3]])}
# ```
#
# 이 신경망에 대해 `gradient_norms_by_layer(X, Y, parameters, "relu")`는 `[0.966199024066757, 0.4615982687400989]`를 반환합니다.

# %% exercise="gradient_norms_by_layer"

# %% [markdown]
# Now a deep network: 10 layers, 20 units in each hidden layer, on 256 random examples with 20 features.
# All three activations get exactly the same weights, drawn with standard deviation $1/\sqrt{n^{[l-1]}}$ (the
# next lesson is about choosing this scale). Note the logarithmic vertical axis.

# %% [markdown] lang="ko"
# 이제 심층 신경망입니다. 층이 10개이고 은닉층마다 유닛이 20개이며, 특성이 20개인 무작위 샘플 256개를 씁니다. 세 활성화 함수 모두
# 표준편차 $1/\sqrt{n^{[l-1]}}$로 뽑은 똑같은 가중치를 씁니다(이 스케일을 고르는 방법은 다음 레슨의 주제입니다). 세로축이 로그 스케일이라는
# 점에 주의하십시오.

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

# %% [markdown] lang="ko"
# 은닉층이 시그모이드이면 첫 번째 층의 기울기가 마지막 층의 기울기보다 수백만 배 작습니다. 층마다 약 5분의 1로 줄어드는데, 이는
# $\sigma' \le 1/4$만으로 보장되는 4분의 1보다 조금 더 많이 줄어드는 것입니다. tanh와 ReLU에서는 층 1의 기울기가 층 10의 기울기와 비교해
# 약 5배 이내의 차이에 머뭅니다.
#
# ### 질문 4: log 2에 머무는 신경망
#
# 이것이 훈련에 어떤 영향을 미칠까요? 다음 셀은 층이 8개인(은닉층마다 유닛 10개) 신경망 세 개를 원 데이터 세트에서 훈련합니다. 은닉층은
# 각각 시그모이드, tanh, ReLU입니다. 세 신경망은 같은 가중치에서 출발해, 같은 학습률(learning rate)로 경사 하강법으로 600걸음을 갑니다.
# 훈련 곡선 가운데 하나 이상은 $\log 2 \approx 0.693$(모든 샘플에 1/2이라고 답할 때의 비용) 근처까지 내려간 뒤 그대로 평평하게 머뭅니다.
# 어느 것일까요?
#
# - **(a)** tanh 신경망
# - **(b)** 시그모이드 신경망
# - **(c)** ReLU 신경망
# - **(d)** 셋 모두: 평범한 경사 하강법 600걸음으로 훈련하기에 8개 층은 너무 많습니다
#
# 아래 셀에 `q_flat_curve = "a"`, `"b"`, `"c"`, `"d"` 중 하나로 답을 적고, 그 테스트를 실행하십시오.

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

# %% [markdown] lang="ko"
# tanh 신경망과 ReLU 신경망은 원 데이터를 학습합니다. 시그모이드 신경망은 약 50걸음 안에 $\log 2$에 이르러 그대로 머뭅니다. 모든 샘플에 약
# 1/2이라고 답하는 것입니다. 기울기가 소실되는 첫 번째 층은 거의 움직이지 않았지만(마지막에 출력된 수), 다른 두 신경망은 첫 번째 층을 크게
# 바꾸었습니다. 깊이 자체가 문제는 아닙니다. tanh 신경망과 ReLU 신경망도 똑같이 깊습니다.
#
# ## 8. 흔한 오해
#
# > - **"ReLU가 가장 좋은 활성화 함수이니 어디에나 쓰면 된다."** ReLU는 *은닉*층의 기본 선택입니다. 출력층의 활성화 함수는 출력이 무엇이어야
# >   하는지에 따라 고릅니다. 출력이 $(0, 1)$ 구간의 확률이면 시그모이드, $(-1, 1)$ 안에 머물러야 하면(조향각, $[-1, 1]$로 스케일한 값 등)
# >   tanh, 범위가 없는 실수이면 항등 함수를 씁니다. ReLU 출력은 0 이상의 어떤 수든 될 수 있습니다. 음수는 절대 나오지 않고, 상한도 없습니다.
# > - **"ReLU의 기울기는 절대 소실되지 않는다."** 유닛이 활성화된 곳에서만 그렇습니다. $z \le 0$인 곳에서는 기울기가 정확히 0이고, 모든
# >   샘플에서 비활성인 유닛은 **죽은** 유닛입니다. 그 가중치는 다시는 바뀌지 않습니다(4절). 흔히 쓰는 해결책은 리키 ReLU입니다.
# > - **"층이 많을수록 신경망의 표현력(expressive power)은 언제나 커진다."** 층 사이에 비선형성이 없다면 그렇지 않습니다. 선형 층은 아무리 쌓아도 선형 층
# >   하나입니다(6절).
# > - **"심층 신경망은 경사 하강법으로 훈련할 수 없다."** 7절의 8층 tanh 신경망과 ReLU 신경망은 잘 훈련되었습니다. 시그모이드 신경망이
# >   멈춘 이유는 모든 층이 기울기에 기껏해야 1/4을 곱하기 때문입니다.
#
# ## 9. 요약
#
# | 활성화 함수 | 범위 | 도함수 | 용도 |
# | --- | --- | --- | --- |
# | 시그모이드 | $(0, 1)$ | $\sigma(1 - \sigma) \le 1/4$ | 이진 분류기의 출력층 |
# | tanh | $(-1, 1)$ | $1 - \tanh^2 \le 1$ | 매끄럽고 중심이 0인 함수가 필요할 때의 은닉층; $(-1, 1)$ 안으로 제한된 출력 |
# | ReLU | $[0, \infty)$ | 0 또는 1 | 은닉층의 기본 선택 |
# | 리키 ReLU | $\mathbb{R}$ | $\alpha$ 또는 1 | 죽은 ReLU 유닛이 문제일 때의 은닉층 |
#
# - 비선형 활성화 함수가 없으면 층이 몇 개든 선형 층 하나로 합쳐집니다.
# - 시그모이드와 tanh는 포화됩니다. $|z|$가 크면 도함수가 거의 0입니다. 작은 도함수가 여러 층에 걸쳐 곱해지면, 기울기가 앞쪽 층에 도달하기
#   전에 소실됩니다.
# - ReLU는 활성화된 유닛에서 기울기를 바꾸지 않고 통과시키지만, 한 번도 활성화되지 않는 유닛은 영영 죽은 상태로 남습니다. 리키 ReLU는
#   음수 쪽에서도 작은 기울기를 유지합니다.
# - $Z$가 얼마나 커지는지는 초기 가중치의 스케일에 달려 있습니다. 초기화(initialization)를 다루는 다음 레슨에서는 신호가 소실되지도 폭주하지도
#   않도록 이 스케일을 고릅니다.
#
# ## 10. 더 살펴볼 거리
#
# - **심층 신경망에 리키 ReLU 쓰기.** `HIDDEN`에 `"leaky_relu": (leaky_relu, leaky_relu_backward)`를 추가하고, 7절의 기울기 크기 그래프와
#   훈련 곡선을 리키 ReLU로 다시 그려 보십시오. ReLU처럼 동작합니까?
# - **가중치의 스케일.** `deep`의 모든 가중치에 3을 곱한 다음, 이번에는 1/3을 곱해서 기울기 크기 그래프를 다시 그려 보십시오. 어느 활성화
#   함수가 스케일에 가장 민감합니까? (이것이 다음 레슨의 주제입니다.)
# - **죽은 유닛 세기.** 7절의 8층 ReLU 신경망을 훈련한 뒤, 모든 샘플에서 $Z$가 $\le 0$인 은닉 유닛(hidden unit)의 수를 세어 보십시오
#   (`net_forward`의 캐시를 쓰십시오). 0.5 같은 더 큰 학습률을 쓰면 죽는 유닛이 더 많아집니까?
# - **인내심.** 7절의 시그모이드 신경망을 5000걸음 동안, 또는 더 큰 학습률로 훈련해 보십시오. $\log 2$를 벗어나는 때가 있습니까?
# - **선형 신경망은 얼마나 좁아도 될까?** 층 크기가 `[3, 1, 3]`인 선형 신경망을 하나로 합치고 `W`의 랭크를 출력해 보십시오
#   (`np.linalg.matrix_rank`). 비선형성이 없어도, 좁은 은닉층은 무엇을 제한합니까?

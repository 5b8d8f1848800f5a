# %% [markdown]
# # 06 Optimizers
#
# So far every network in this course has learned by plain gradient descent: compute the gradient of the
# cost on the whole training set, take one step against it, repeat. That works, but it wastes effort in two
# ways. Each step needs a full pass over the data, however large the data set is; and a single learning rate
# has to suit every parameter, whether the cost is steep or nearly flat in its direction. This lesson builds
# the tools that fix both, the ones behind practically every network trained today:
#
# | function | what it does |
# | --- | --- |
# | `random_mini_batches(X, Y, ...)` | shuffles the examples and cuts them into mini-batches |
# | `update_parameters_with_gd(...)` | one plain gradient-descent step |
# | `initialize_velocity`, `update_parameters_with_momentum` | momentum: steps that remember earlier gradients |
# | `initialize_rmsprop`, `update_parameters_with_rmsprop` | RMSProp: a step size per parameter |
# | `initialize_adam`, `update_parameters_with_adam` | Adam: momentum and RMSProp together, bias-corrected |
# | `update_lr`, `schedule_lr_decay` | learning rates that shrink as training goes on |
#
# You will watch each optimiser walk over a two-dimensional cost surface, train the same small network with
# each of them, build a handwritten-digit classifier from your own pieces, and finally learn when to stop
# training and how to choose the settings that no optimiser chooses for you.
#
# **Contents**
#
# 1. [Mini-batches](#1.-Mini-batches): [Exercise 1](#Exercise-1:-random_mini_batches)
# 2. [Gradient descent, one step at a time](#2.-Gradient-descent,-one-step-at-a-time):
#    [Exercise 2](#Exercise-2:-update_parameters_with_gd), [a small network to train](#A-small-network-to-train),
#    [batch, mini-batch and stochastic gradient descent](#Batch,-mini-batch-and-stochastic-gradient-descent)
# 3. [Optimisers on a cost surface](#3.-Optimisers-on-a-cost-surface)
# 4. [Momentum](#4.-Momentum): [Exercise 3](#Exercise-3:-initialize_velocity),
#    [Exercise 4](#Exercise-4:-update_parameters_with_momentum)
# 5. [RMSProp](#5.-RMSProp): [Exercise 5](#Exercise-5:-initialize_rmsprop),
#    [Exercise 6](#Exercise-6:-update_parameters_with_rmsprop)
# 6. [Adam](#6.-Adam): [Exercise 7](#Exercise-7:-initialize_adam), [Exercise 8](#Exercise-8:-update_parameters_with_adam)
# 7. [The optimisers on the small network](#7.-The-optimisers-on-the-small-network)
# 8. [Learning-rate decay](#8.-Learning-rate-decay): [Exercise 9](#Exercise-9:-update_lr),
#    [Exercise 10](#Exercise-10:-schedule_lr_decay)
# 9. [Two more optimisers (optional, not graded)](#9.-Two-more-optimisers-(optional,-not-graded))
# 10. [Putting it together: a digit classifier](#10.-Putting-it-together:-a-digit-classifier)
# 11. [When to stop, and choosing hyperparameters](#11.-When-to-stop,-and-choosing-hyperparameters)
# 12. [The same network in a framework (optional)](#12.-The-same-network-in-a-framework-(optional))
#
# [Summary](#Summary) and [things to explore](#Things-to-explore) close the lesson. Along the way, four
# questions ask you to predict what an experiment will show before you run it: two are checked automatically,
# two you answer in your own words.
#
# **How to work.** Replace each `raise NotImplementedError` line with your code, run the cell, then the test
# cell under it. The first case of every test is a small worked example whose call is shown, so you can
# run it yourself. Run the notebook from top to bottom: later cells use the functions of earlier ones.
#
# **Notation.** As in the rest of the course, examples are the columns of `X` (shape $(n_x, m)$) and of
# `Y`. The parameters of an $L$-layer network live in a dict with keys `"W1", "b1", ..., "WL", "bL"`, the
# gradients in a dict with keys `"dW1", "db1", ...`. The optimisers keep running averages of the gradients
# in dicts with the same keys as the gradients. No function here changes its inputs: each update returns
# new dicts.

# %% [markdown] lang="ko"
# # 06 옵티마이저
#
# 지금까지 이 과정의 신경망(neural network)은 모두 평범한 경사 하강법(gradient descent)으로 학습했습니다. 훈련
# 세트(training set) 전체에서 비용(cost)의 기울기(gradient)를 계산하고, 그 반대 방향으로 한 걸음(step) 내딛고, 이를
# 되풀이합니다. 이 방법도 통하지만, 두 가지 면에서 낭비가 있습니다. 첫째, 데이터 세트(data set)가 아무리 커도 한
# 걸음마다 데이터 전체를 한 번 훑어야 합니다. 둘째, 하나의 학습률(learning rate)이 모든 매개변수(parameter)에
# 맞아야 합니다. 그 매개변수 방향으로 비용이 가파르든 거의 평평하든 말입니다. 이번 레슨에서는 이 두 문제를
# 해결하는 도구를 직접 만듭니다. 오늘날 훈련되는 거의 모든 신경망 뒤에 있는 도구들입니다.
#
# | 함수 | 하는 일 |
# | --- | --- |
# | `random_mini_batches(X, Y, ...)` | 샘플(example)을 섞은 뒤 미니배치(mini-batch)로 자릅니다 |
# | `update_parameters_with_gd(...)` | 평범한 경사 하강법으로 매개변수를 한 걸음 갱신(update)합니다 |
# | `initialize_velocity`, `update_parameters_with_momentum` | 모멘텀(momentum): 이전 기울기를 기억하는 걸음 |
# | `initialize_rmsprop`, `update_parameters_with_rmsprop` | RMSProp: 매개변수마다 다른 걸음 크기(step size) |
# | `initialize_adam`, `update_parameters_with_adam` | Adam: 모멘텀과 RMSProp을 합치고 편향 보정(bias correction)을 더한 방법 |
# | `update_lr`, `schedule_lr_decay` | 훈련이 진행될수록 줄어드는 학습률, 즉 학습률 감쇠(learning-rate decay) |
#
# 각 옵티마이저(optimizer)가 2차원 비용 곡면(cost surface) 위를 걸어가는 모습을 지켜보고, 같은 작은 신경망을
# 옵티마이저마다 훈련해 보고, 직접 만든 부품으로 손글씨 숫자 분류기를 만듭니다. 마지막으로 훈련을 언제 멈출지,
# 그리고 어떤 옵티마이저도 대신 골라 주지 않는 설정값을 어떻게 고를지 배웁니다.
#
# **목차**
#
# 1. [미니배치](#1.-미니배치): [연습 문제 1](#연습-문제-1:-random_mini_batches)
# 2. [경사 하강법, 한 걸음씩](#2.-경사-하강법,-한-걸음씩):
#    [연습 문제 2](#연습-문제-2:-update_parameters_with_gd), [훈련할 작은 신경망](#훈련할-작은-신경망),
#    [배치, 미니배치, 확률적 경사 하강법](#배치,-미니배치,-확률적-경사-하강법)
# 3. [비용 곡면 위의 옵티마이저](#3.-비용-곡면-위의-옵티마이저)
# 4. [모멘텀](#4.-모멘텀): [연습 문제 3](#연습-문제-3:-initialize_velocity),
#    [연습 문제 4](#연습-문제-4:-update_parameters_with_momentum)
# 5. [RMSProp](#5.-RMSProp): [연습 문제 5](#연습-문제-5:-initialize_rmsprop),
#    [연습 문제 6](#연습-문제-6:-update_parameters_with_rmsprop)
# 6. [Adam](#6.-Adam): [연습 문제 7](#연습-문제-7:-initialize_adam),
#    [연습 문제 8](#연습-문제-8:-update_parameters_with_adam)
# 7. [작은 신경망에서 비교하는 옵티마이저](#7.-작은-신경망에서-비교하는-옵티마이저)
# 8. [학습률 감쇠](#8.-학습률-감쇠): [연습 문제 9](#연습-문제-9:-update_lr),
#    [연습 문제 10](#연습-문제-10:-schedule_lr_decay)
# 9. [옵티마이저 두 가지 더 (선택, 채점하지 않음)](#9.-옵티마이저-두-가지-더-(선택,-채점하지-않음))
# 10. [종합: 숫자 분류기](#10.-종합:-숫자-분류기)
# 11. [언제 멈출까, 그리고 하이퍼파라미터 고르기](#11.-언제-멈출까,-그리고-하이퍼파라미터-고르기)
# 12. [프레임워크로 만드는 같은 신경망 (선택)](#12.-프레임워크로-만드는-같은-신경망-(선택))
#
# 레슨의 끝에는 [요약](#요약)과 [더 살펴볼 거리](#더-살펴볼-거리)가 있습니다. 중간중간 네 개의 질문이 실험을
# 실행하기 전에 결과를 예측해 보라고 요청합니다. 두 개는 자동으로 채점하고, 두 개는 직접 글로 답합니다.
#
# **진행 방법.** 각 `raise NotImplementedError` 줄을 여러분의 코드로 바꾸고 셀을 실행한 다음, 그 아래의 테스트
# 셀(test cell)을 실행합니다. 모든 테스트의 첫 번째 사례는 호출 코드를 보여 주는 작은 풀이 예제(worked
# example)이므로, 직접 실행해 볼 수 있습니다. 노트북은 위에서 아래로 차례대로 실행하세요. 뒤쪽 셀은 앞쪽 셀의
# 함수를 사용합니다.
#
# **표기법.** 이 과정의 다른 부분과 마찬가지로, 샘플은 `X`(형상(shape) $(n_x, m)$)와 `Y`의 열입니다. $L$층
# 신경망의 매개변수는 키가 `"W1", "b1", ..., "WL", "bL"`인 딕셔너리에, 기울기는 키가 `"dW1", "db1", ...`인
# 딕셔너리에 담습니다. 옵티마이저는 기울기의 이동 평균을 기울기와 같은 키를 가진 딕셔너리에 보관합니다. 여기의
# 어떤 함수도 입력을 바꾸지 않습니다. 갱신할 때마다 새 딕셔너리를 반환합니다.

# %%
import time
import timeit

import numpy as np
import matplotlib.pyplot as plt
from autograder import check, datasets, grade, test

# %% [markdown]
# ## 1. Mini-batches
#
# The cost is a mean over the $m$ training examples, $J = \frac{1}{m} \sum_i L^{(i)}$, and so is its gradient.
# **Batch gradient descent** computes that mean exactly before every step. With a million examples, each
# small step costs a million forward and backward passes.
#
# **Stochastic gradient descent** (SGD) goes to the other extreme: it estimates the gradient from a single
# randomly chosen example and steps at once. The estimate is noisy, so the path wanders, but the steps are
# cheap and many of them point roughly the right way: after one pass over the data SGD has taken $m$ steps
# where batch gradient descent has taken one. It gives up some precision for a great deal of speed.
#
# **Mini-batch gradient descent** sits in between and is what everybody uses: estimate the gradient from
# a small random group of examples, a **mini-batch**, typically 32 to 512 of them. The mean over 64 examples
# is far less noisy than a single example, and a mini-batch is still small enough to be cheap. Because the
# examples of a batch are columns of one matrix, the forward and backward passes handle all of them at once
# with the same vectorised code as before: only `X` and `Y` get narrower. (Sizes are often powers of two,
# which suit memory layouts; nothing else about them is special.) One pass over the whole training set, batch
# by batch, is called an **epoch**.
#
# To build the mini-batches of one epoch:
#
# 1. **Shuffle.** Draw one random permutation of the column indices $0, \dots, m-1$ and reorder the columns
#    of *both* `X` and `Y` with it, so every example keeps its own label. Shuffling again every epoch gives
#    different batches each time, and stops an ordering of the data set (say, sorted by class) from biasing
#    the steps.
# 2. **Partition.** Cut the shuffled columns into consecutive slices of `mini_batch_size`. When $m$ is not a
#    multiple of the size, the last batch holds the $m \bmod$ `mini_batch_size` examples left over, so no
#    example is lost.
#
# For example, $m = 148$ examples in batches of 64 give batches of 64, 64 and 20 examples.
#
# ### Exercise 1: `random_mini_batches`
#
# Return a list of pairs `(X_batch, Y_batch)`, of shapes $(n_x, k)$ and $(n_y, k)$, where $k$ is
# `mini_batch_size` for every batch but possibly the last.
#
# - Draw the permutation **once**, with `rng.permutation(m)`, and index the columns: `X[:, permutation]`.
#   Drawing it from `rng` (not from `np.random`) makes the shuffle reproducible: the same seed gives the same
#   batches, which is how the check can compare yours with the expected ones.
# - When `rng` is `None`, create a fresh generator first: `rng = np.random.default_rng()`.
# - Slicing past the end of an array is fine in NumPy: `X[:, 60:64]` of an array with 62 columns has 2.
#
# The worked example of the check shuffles seven examples into batches of three. The first row of
# `example_X` numbers the examples, so you can read off where each one went.
#
# Expected: `random_mini_batches(example_X, example_Y, mini_batch_size=3, rng=np.random.default_rng(0))` gives
# three batches, of 3, 3 and 1 examples. Their `X_batch[0]` rows are `[2, 4, 3]`, `[6, 5, 0]` and `[1]`, and their
# `Y_batch` rows `[1, 1, 0]`, `[0, 0, 0]` and `[1]`: every label travelled with its example.

# %% [markdown] lang="ko"
# ## 1. 미니배치
#
# 비용은 $m$개의 훈련 샘플에 대한 평균(mean) $J = \frac{1}{m} \sum_i L^{(i)}$이고, 그 기울기도 마찬가지로
# 평균입니다. **배치 경사 하강법**(batch gradient descent)은 매 걸음 전에 이 평균을 정확히 계산합니다. 샘플이
# 백만 개라면 작은 걸음 하나에 순전파(forward propagation)와 역전파(backpropagation)를 백만 번씩 해야 합니다.
#
# **확률적 경사 하강법**(stochastic gradient descent, SGD)은 반대쪽 극단으로 갑니다. 무작위로 고른 샘플 하나로
# 기울기를 추정하고 곧바로 한 걸음 내딛습니다. 추정값에 잡음이 많아서 경로가 이리저리 헤매지만, 걸음
# 하나하나가 저렴하고 그중 많은 걸음이 대략 올바른 방향을 가리킵니다. 데이터를 한 번 훑는 동안 배치 경사
# 하강법은 한 걸음을 가지만 SGD는 $m$걸음을 갑니다. 정밀도를 조금 포기하는 대신 시간을 크게 아끼는 셈입니다.
#
# **미니배치 경사 하강법**(mini-batch gradient descent)은 그 중간에 있으며, 모두가 쓰는 방법입니다. 무작위로
# 고른 작은 샘플 묶음, 즉 **미니배치**로 기울기를 추정합니다. 미니배치에는 보통 32개에서 512개의 샘플이
# 들어갑니다. 샘플 64개의 평균은 샘플 하나보다 잡음이 훨씬 적고, 미니배치는 여전히 계산이 저렴할 만큼
# 작습니다. 한 배치의 샘플들은 한 행렬(matrix)의 열이므로, 순전파와 역전파는 이전과 같은
# 벡터화(vectorization)된 코드로 모든 샘플을 한꺼번에 처리합니다. 달라지는 것은 `X`와 `Y`의 폭이 좁아진다는
# 점뿐입니다. (배치 크기(batch size)로는 2의 거듭제곱을 자주 쓰는데, 메모리 구조에 잘 맞기 때문입니다. 그 밖에
# 특별한 이유는 없습니다.) 훈련 세트(training set) 전체를 배치 단위로 한 번 훑는 것을 **에포크**(epoch)라고 합니다.
#
# 한 에포크의 미니배치는 이렇게 만듭니다.
#
# 1. **섞기.** 열 인덱스 $0, \dots, m-1$의 무작위 순열을 하나 뽑고, 그 순열로 `X`와 `Y` *둘 다*의 열 순서를
#    바꿉니다. 그래야 각 샘플이 자기 레이블(label)을 그대로 유지합니다. 에포크마다 새로 섞으면 매번 다른
#    배치가 만들어지고, 데이터 세트의 정렬 순서(예를 들어 클래스별로 정렬된 경우)가 걸음을 한쪽으로 치우치게
#    하는 일도 막을 수 있습니다.
# 2. **나누기.** 섞인 열을 `mini_batch_size`개씩 연속된 조각으로 자릅니다. $m$이 배치 크기의 배수가 아니면
#    마지막 배치에는 남은 $m \bmod$ `mini_batch_size`개의 샘플이 들어갑니다. 그래서 버려지는 샘플은 하나도
#    없습니다.
#
# 예를 들어 샘플 $m = 148$개를 64개씩 나누면 64개, 64개, 20개짜리 배치가 됩니다.
#
# ### 연습 문제 1: `random_mini_batches`
#
# `(X_batch, Y_batch)` 쌍의 리스트를 반환하세요. 두 배열의 형상은 $(n_x, k)$와 $(n_y, k)$이고, $k$는 마지막
# 배치를 제외한 모든 배치에서 `mini_batch_size`입니다(마지막 배치는 다를 수 있습니다).
#
# - 순열은 `rng.permutation(m)`으로 **한 번만** 뽑고, 그것으로 열을 인덱싱합니다: `X[:, permutation]`. 순열을
#   `np.random`이 아니라 `rng`에서 뽑아야 섞는 결과를 재현할 수 있습니다. 같은 시드는 같은 배치를 만들고,
#   그래서 검사 코드가 여러분의 배치를 기대하는 배치와 비교할 수 있습니다.
# - `rng`가 `None`이면 먼저 새 생성기를 만드세요: `rng = np.random.default_rng()`.
# - NumPy에서는 배열의 끝을 넘어 슬라이싱해도 괜찮습니다. 열이 62개인 배열에서 `X[:, 60:64]`는 열 2개를
#   갖습니다.
#
# 검사의 풀이 예제는 샘플 일곱 개를 섞어 세 개씩 배치로 나눕니다. `example_X`의 첫 번째 행은 샘플 번호이므로,
# 각 샘플이 어디로 갔는지 읽어 낼 수 있습니다.
#
# 기대 결과: `random_mini_batches(example_X, example_Y, mini_batch_size=3, rng=np.random.default_rng(0))`는
# 샘플 3개, 3개, 1개짜리 배치 세 개를 줍니다. 각 배치의 `X_batch[0]` 행은 `[2, 4, 3]`, `[6, 5, 0]`, `[1]`이고,
# `Y_batch` 행은 `[1, 1, 0]`, `[0, 0, 0]`, `[1]`입니다. 모든 레이블이 자기 샘플과 함께 이동했습니다.

# %%
example_X = np.array([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5]])
example_Y = np.array([[0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0]])

# %% exercise="random_mini_batches"

# %% [markdown]
# Your batches, printed the same way:

# %% [markdown] lang="ko"
# 여러분이 만든 배치를 같은 방식으로 출력해 봅니다.

# %%
for k, (X_batch, Y_batch) in enumerate(random_mini_batches(example_X, example_Y, 3, np.random.default_rng(0))):
    print(f"batch {k}: examples {X_batch[0].astype(int)}, labels {Y_batch[0]}")

# %% [markdown]
# Every epoch shuffles afresh. Below, each row is one epoch of 100 examples cut into batches of 32; the
# colour says which batch each example landed in (the last batch, of 4 examples, is the darkest).

# %% [markdown] lang="ko"
# 에포크마다 새로 섞습니다. 아래 그림에서 각 행은 샘플 100개를 32개씩 배치로 나눈 한 에포크입니다. 색은 각
# 샘플이 몇 번째 배치에 들어갔는지를 나타냅니다(샘플 4개짜리 마지막 배치가 가장 어둡습니다).

# %%
m, size = 100, 32
index_row = np.arange(m, dtype=float).reshape(1, m)
rng = np.random.default_rng(1)
assignment = np.zeros((5, m))
for epoch in range(5):
    for k, (X_batch, _) in enumerate(random_mini_batches(index_row, index_row, size, rng)):
        assignment[epoch, X_batch[0].astype(int)] = k
plt.figure(figsize=(10, 2.4))
plt.imshow(assignment, aspect="auto", cmap="viridis_r", interpolation="nearest")
plt.colorbar(label="batch number", ticks=range(4))
plt.title("Which mini-batch each example falls into, epoch by epoch")
plt.xlabel("example index")
plt.ylabel("epoch")
plt.show()

# %% [markdown]
# ## 2. Gradient descent, one step at a time
#
# Whatever the batch, the plain gradient-descent step is the one you know, for every layer $l = 1, \dots, L$:
#
# $$W^{[l]} := W^{[l]} - \alpha \, dW^{[l]}, \qquad b^{[l]} := b^{[l]} - \alpha \, db^{[l]}.$$
#
# ### Exercise 2: `update_parameters_with_gd`
#
# Return a **new** dict with the updated `"W1", "b1", ..., "WL", "bL"`. There are two entries per layer, so
# $L$ = `len(parameters) // 2`. Write `parameters["W1"] - learning_rate * grads["dW1"]` into a new dict rather
# than `parameters["W1"] -= ...`, which would change the caller's arrays.
#
# The worked examples of this and the following exercises use these small dicts, for a network with layer
# sizes $[3, 2, 1]$.
#
# Expected: `update_parameters_with_gd(example_parameters, example_grads, 0.1)` gives `W1` =
# `[[0.48, -0.19, 0.095], [0.33, 0.76, -0.51]]`, `b1` = `[[0.095], [-0.098]]`, `W2` = `[[1.05, -0.625]]` and
# `b2` = `[[0.19]]`, and leaves `example_parameters` as it was.

# %% [markdown] lang="ko"
# ## 2. 경사 하강법, 한 걸음씩
#
# 배치가 무엇이든, 평범한 경사 하강법의 한 걸음은 이미 알고 있는 그대로입니다. 모든 층(layer)
# $l = 1, \dots, L$에 대해 다음과 같습니다.
#
# $$W^{[l]} := W^{[l]} - \alpha \, dW^{[l]}, \qquad b^{[l]} := b^{[l]} - \alpha \, db^{[l]}.$$
#
# ### 연습 문제 2: `update_parameters_with_gd`
#
# 갱신된 `"W1", "b1", ..., "WL", "bL"`을 담은 **새** 딕셔너리를 반환하세요. 층마다 항목이 두 개이므로 $L$ =
# `len(parameters) // 2`입니다. `parameters["W1"] -= ...`라고 쓰면 호출한 쪽의 배열이 바뀌므로, 대신
# `parameters["W1"] - learning_rate * grads["dW1"]`을 새 딕셔너리에 넣으세요.
#
# 이 연습 문제(exercise)와 이어지는 연습 문제들의 풀이 예제는 층 크기가 $[3, 2, 1]$인 신경망에 대한 다음의 작은
# 딕셔너리들을 사용합니다.
#
# 기대 결과: `update_parameters_with_gd(example_parameters, example_grads, 0.1)`는 `W1` =
# `[[0.48, -0.19, 0.095], [0.33, 0.76, -0.51]]`, `b1` = `[[0.095], [-0.098]]`, `W2` = `[[1.05, -0.625]]`, `b2`
# = `[[0.19]]`를 주고, `example_parameters`는 원래대로 둡니다.

# %%
example_parameters = {"W1": np.array([[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]]), "b1": np.array([[0.1], [-0.1]]),
                      "W2": np.array([[1.0, -0.6]]), "b2": np.array([[0.2]])}
example_grads = {"dW1": np.array([[0.2, -0.1, 0.05], [-0.3, 0.4, 0.1]]), "db1": np.array([[0.05], [-0.02]]),
                 "dW2": np.array([[-0.5, 0.25]]), "db2": np.array([[0.1]])}
example_v = {"dW1": np.array([[0.1, 0.0, -0.1], [0.2, -0.2, 0.0]]), "db1": np.array([[0.0], [0.1]]),
             "dW2": np.array([[0.3, -0.1]]), "db2": np.array([[-0.05]])}
example_s = {"dW1": np.array([[0.04, 0.01, 0.0], [0.09, 0.16, 0.01]]), "db1": np.array([[0.0], [0.01]]),
             "dW2": np.array([[0.25, 0.04]]), "db2": np.array([[0.01]])}

# %% exercise="update_parameters_with_gd"

# %%
new_parameters = update_parameters_with_gd(example_parameters, example_grads, 0.1)
print("W1 after one step:\n", new_parameters["W1"])
print("W1 is unchanged:  ", np.array_equal(example_parameters["W1"], [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]]))

# %% [markdown]
# ### A small network to train
#
# To compare optimisers we need something to train. The next cell is a complete small network, written
# compactly because you built every part of it in earlier modules: **He initialisation** (weights scaled by
# $\sqrt{2 / n^{[l-1]}}$, module 05), **ReLU** hidden layers, and an output layer that is a sigmoid for two
# classes or a **softmax** for several, with the cross-entropy cost. For both outputs the backward pass
# starts from $dZ^{[L]} = A^{[L]} - Y$ (modules 01 and 03).
#
# `train` runs mini-batch training with the optimiser you name. It calls your `random_mini_batches` at the
# start of every epoch and your update functions at every step, and returns the parameters, the mean cost of
# each epoch, and the cost of every mini-batch. The `if` chain in it is a compact picture of how the
# optimisers differ: only in the state they carry from one step to the next.

# %% [markdown] lang="ko"
# ### 훈련할 작은 신경망
#
# 옵티마이저를 비교하려면 훈련할 대상이 필요합니다. 다음 셀은 완전한 작은 신경망입니다. 모든 부분을 앞의
# 모듈에서 직접 만들어 보았으므로 간결하게 적었습니다. **He 초기화**(He initialization, 가중치(weight)에
# $\sqrt{2 / n^{[l-1]}}$를 곱해 규모를 맞춤, 모듈 05), **ReLU** 은닉층(hidden layer), 그리고 클래스가 둘이면
# 시그모이드(sigmoid), 여럿이면 **소프트맥스**(softmax)인 출력층(output layer)에 교차 엔트로피(cross-entropy)
# 비용을 씁니다. 두 출력 모두 역전파는 $dZ^{[L]} = A^{[L]} - Y$에서 시작합니다(모듈 01과 03).
#
# `train`은 지정한 옵티마이저로 미니배치 훈련을 실행합니다. 매 에포크가 시작될 때 여러분의
# `random_mini_batches`를, 매 걸음마다 여러분의 갱신 함수를 호출하고, 매개변수와 에포크별 평균 비용, 그리고
# 미니배치마다의 비용을 반환합니다. 그 안의 `if` 문 연쇄는 옵티마이저들이 어떻게 다른지를 간결하게 보여
# 줍니다. 옵티마이저들은 한 걸음에서 다음 걸음으로 넘겨주는 상태만 다릅니다.

# %%
def he_init(layer_dims, rng):
    """He initialisation: W{l} ~ N(0, 2 / n[l-1]), b{l} = 0."""
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def relu(Z):
    return np.maximum(0, Z)


def sigmoid(Z):
    return np.exp(-np.logaddexp(0, -Z))  # 1 / (1 + e^-Z), without overflow


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))  # shifting each column leaves softmax unchanged
    return E / E.sum(axis=0, keepdims=True)


def forward(parameters, X, output="sigmoid"):
    """[LINEAR -> RELU] x (L-1) -> LINEAR -> sigmoid or softmax. Returns A[L] and the (A[l-1], Z[l]) of each layer."""
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        caches.append((A, Z))
        if l < L:
            A = relu(Z)
        else:
            A = sigmoid(Z) if output == "sigmoid" else softmax(Z)
    return A, caches


def forward_backward(parameters, X, Y, output="sigmoid"):
    """The cross-entropy cost (a float) and its gradients {"dW1", "db1", ...}."""
    L, m = len(parameters) // 2, X.shape[1]
    AL, caches = forward(parameters, X, output)
    ZL = caches[-1][1]
    if output == "sigmoid":
        cost = np.sum(np.logaddexp(0, ZL) - Y * ZL) / m  # -(y log a + (1 - y) log(1 - a)), kept finite
    else:
        shifted = ZL - ZL.max(axis=0, keepdims=True)
        cost = -np.sum(Y * (shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True)))) / m
    grads, dZ = {}, AL - Y
    for l in range(L, 0, -1):
        A_prev = caches[l - 1][0]
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dZ = (parameters[f"W{l}"].T @ dZ) * (caches[l - 2][1] > 0)  # ReLU passes the gradient where Z > 0
    return float(cost), grads


def train(X, Y, layer_dims, optimizer="gd", learning_rate=0.01, num_epochs=50, mini_batch_size=32,
          beta=0.9, beta1=0.9, beta2=0.999, decay=None, output="sigmoid", seed=0, on_epoch=None):
    """Mini-batch training. decay(learning_rate0, epoch) -> learning rate, or None for a constant rate.
    on_epoch(epoch, parameters), if given, is called after every epoch; training stops when it returns True.

    Returns: parameters, epoch_costs (one per epoch), batch_costs (one per step)."""
    rng = np.random.default_rng(seed)
    parameters = he_init(layer_dims, rng)
    if optimizer == "momentum":
        v = initialize_velocity(parameters)
    elif optimizer == "rmsprop":
        s = initialize_rmsprop(parameters)
    elif optimizer == "adam":
        v, s = initialize_adam(parameters)
    t, lr, epoch_costs, batch_costs = 0, learning_rate, [], []
    for epoch in range(num_epochs):
        total = 0.0
        for X_batch, Y_batch in random_mini_batches(X, Y, mini_batch_size, rng):
            cost, grads = forward_backward(parameters, X_batch, Y_batch, output)
            batch_costs.append(cost)
            total += cost * X_batch.shape[1]
            t += 1  # Adam counts steps, not epochs
            if optimizer == "gd":
                parameters = update_parameters_with_gd(parameters, grads, lr)
            elif optimizer == "momentum":
                parameters, v = update_parameters_with_momentum(parameters, grads, v, beta, lr)
            elif optimizer == "rmsprop":
                parameters, s = update_parameters_with_rmsprop(parameters, grads, s, beta2, lr)
            else:
                parameters, v, s, _, _ = update_parameters_with_adam(parameters, grads, v, s, t, lr, beta1, beta2)
        epoch_costs.append(total / X.shape[1])
        if decay is not None:
            lr = decay(learning_rate, epoch + 1)
        if on_epoch is not None and on_epoch(epoch, parameters):
            break
    return parameters, epoch_costs, batch_costs


def accuracy(parameters, X, Y, output="sigmoid"):
    A, _ = forward(parameters, X, output)
    if output == "sigmoid":
        return float(np.mean((A > 0.5) == (Y > 0.5)))
    return float(np.mean(A.argmax(axis=0) == Y.argmax(axis=0)))


# %% [markdown]
# The data: two interleaving half-moons, 300 points, which no straight line separates. The network has layer
# sizes $[2, 16, 8, 1]$.

# %% [markdown] lang="ko"
# 데이터는 서로 맞물린 반달 두 개, 점 300개입니다. 어떤 직선으로도 두 반달을 나눌 수 없습니다. 신경망의 층
# 크기는 $[2, 16, 8, 1]$입니다.

# %%
X_moons, Y_moons = datasets.moons(300, noise=0.2, rng=np.random.default_rng(1))
moon_dims = [2, 16, 8, 1]
plt.figure(figsize=(5, 3.5))
plt.scatter(X_moons[0], X_moons[1], c=Y_moons[0], cmap="coolwarm", s=12, edgecolors="k", linewidths=0.3)
plt.title("The two moons (colour = label)")
plt.xlabel("$x_1$")
plt.ylabel("$x_2$")
plt.show()

# %% [markdown]
# ### Batch, mini-batch and stochastic gradient descent
#
# The next cell trains the same network for 10 epochs with the same learning rate (0.1) and three batch
# sizes: all 300 examples (batch gradient descent, one step per epoch), 32 (ten steps per epoch), and 1 (SGD,
# 300 steps per epoch). The left plot will show the mean cost of each epoch; the right one the cost of each
# mini-batch as training goes on.
#
# **Question (written answer).** Before you run it: after 10 epochs, which of the three runs do you expect
# to have the lowest cost, and which the noisiest cost from one batch to the next? Explain in two or three
# sentences, in terms of how many steps each run takes per epoch and how good each step's estimate of the
# gradient is. Write your answer in the cell below (double-click it to edit).

# %% [markdown] lang="ko"
# ### 배치, 미니배치, 확률적 경사 하강법
#
# 다음 셀은 같은 신경망을 같은 학습률(0.1)로 10 에포크 동안 훈련하되, 배치 크기를 세 가지로 바꿉니다. 샘플
# 300개 전부(배치 경사 하강법, 에포크당 한 걸음), 32개(에포크당 열 걸음), 1개(SGD, 에포크당 300걸음)입니다.
# 왼쪽 그래프는 에포크별 평균 비용을, 오른쪽 그래프는 훈련이 진행되는 동안 각 미니배치의 비용을 보여 줄
# 것입니다.
#
# **질문 (서술형).** 실행하기 전에 생각해 보세요. 10 에포크가 지난 뒤 세 실행 중 어느 것의 비용이 가장
# 낮을까요? 그리고 배치마다 비용이 가장 크게 흔들리는 것은 어느 것일까요? 각 실행이 에포크마다 몇 걸음을
# 가는지, 각 걸음의 기울기 추정이 얼마나 정확한지를 근거로 두세 문장으로 설명하세요. 답은 아래 셀에
# 쓰세요(셀을 더블클릭하면 편집할 수 있습니다).

# %% [markdown] answer="explain_mini_batches" points=2
# Stochastic gradient descent (batches of 1) should end lowest after 10 epochs: it takes 300 steps per
# epoch, against 10 for batches of 32 and a single step for the full batch. Each of its gradients comes from
# one example and is a noisy estimate, but most of them still point roughly downhill, so many cheap noisy steps
# get further than a few accurate ones. The same noise makes its per-batch cost the most erratic: the cost
# of one example varies a lot from example to example, and each step is pushed around by its own example.
# Batches of 32 average most of that noise away while still taking ten steps per epoch, and in vectorised code
# a step on 32 examples costs little more than a step on one: that is why mini-batches are the usual choice.

# %% [markdown] answer="explain_mini_batches" points=2 lang="ko"
# 10 에포크 뒤에는 확률적 경사 하강법(배치 크기 1)의 비용이 가장 낮을 것입니다. SGD는 에포크마다 300걸음을
# 가는데, 배치 크기 32는 10걸음, 전체 배치는 단 한 걸음을 갑니다. SGD의 기울기는 각각 샘플 하나에서 나오므로
# 잡음이 많은 추정값이지만, 그래도 대부분은 대략 내리막을 가리킵니다. 그래서 저렴하고 잡음 많은 걸음 여러 번이
# 정확한 걸음 몇 번보다 더 멀리 갑니다. 같은 잡음 때문에 배치별 비용은 SGD가 가장 불규칙합니다. 샘플 하나의
# 비용은 샘플마다 크게 다르고, 각 걸음은 자기 샘플에 이리저리 떠밀립니다. 배치 크기 32는 그 잡음을 대부분
# 평균으로 상쇄하면서도 에포크마다 열 걸음을 갑니다. 게다가 벡터화된 코드에서는 샘플 32개로 한 걸음 가는 데
# 드는 계산 시간이 샘플 하나로 한 걸음 가는 데 드는 시간보다 별로 길지 않습니다. 그래서 보통 미니배치를 씁니다.

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8))
for label, size, colour in [("batch (300)", 300, "C0"), ("mini-batch (32)", 32, "C1"), ("stochastic (1)", 1, "C2")]:
    _, epoch_costs, batch_costs = train(X_moons, Y_moons, moon_dims, "gd", 0.1, num_epochs=10, mini_batch_size=size)
    print(f"{label:16}: {len(batch_costs):4} steps, cost after 10 epochs {epoch_costs[-1]:.3f}")
    axes[0].plot(range(1, 11), epoch_costs, "o-", color=colour, label=f"{label}: {len(batch_costs)} steps")
    steps = np.arange(1, len(batch_costs) + 1) / (len(batch_costs) / 10)  # in epochs
    if size == 1:
        axes[1].scatter(steps, batch_costs, s=2, alpha=0.3, color=colour, label=label)
    else:
        axes[1].plot(steps, batch_costs, ".-", lw=1.2, ms=4 if size == 300 else 2, color=colour, label=label)
axes[0].set_title("Mean cost per epoch")
axes[0].set_xlabel("epoch")
axes[0].set_ylabel("cost")
axes[0].legend()
axes[1].set_title("Cost of each mini-batch")
axes[1].set_xlabel("epoch")
axes[1].set_ylabel("cost on the batch")
axes[1].set_ylim(0, 2)
axes[1].legend(loc="upper right", markerscale=3)
plt.tight_layout()
plt.show()

# %% [markdown]
# Per epoch, smaller batches get further, simply because they take more steps for the same number of
# examples seen. The price shows on the right: the cost of a single example jumps all over the place, and
# so does the direction of each SGD step, while batches of 32 give a much steadier signal. (Per step, a
# batch of 300 is of course the most accurate; it is just expensive.)
#
# What a step costs on a computer is the other half of the story. The next cell times one forward and
# backward pass on 1, 32 and 300 examples (the times depend on your machine):

# %% [markdown] lang="ko"
# 에포크 단위로 보면 배치가 작을수록 더 멀리 갑니다. 같은 수의 샘플을 보는 동안 더 많은 걸음을 가기
# 때문입니다. 그 대가는 오른쪽 그래프에 드러납니다. 샘플 하나의 비용은 이리저리 크게 튀고, SGD의 각 걸음의
# 방향도 마찬가지입니다. 반면 배치 크기 32는 훨씬 안정된 신호를 줍니다. (걸음 하나만 놓고 보면 물론 배치 크기
# 300이 가장 정확합니다. 다만 비쌀 뿐입니다.)
#
# 컴퓨터에서 한 걸음에 드는 계산 비용이 이야기의 나머지 절반입니다. 다음 셀은 샘플 1개, 32개, 300개에 대한 순전파와
# 역전파 한 번의 시간을 잽니다(시간은 컴퓨터에 따라 다릅니다).

# %%
timing_parameters = he_init(moon_dims, np.random.default_rng(0))
for size in (1, 32, 300):
    X_part, Y_part = X_moons[:, :size], Y_moons[:, :size]
    seconds = min(timeit.repeat(lambda: forward_backward(timing_parameters, X_part, Y_part), number=200, repeat=3)) / 200
    print(f"one step on {size:3} examples: about {seconds * 1e6:4.0f} microseconds")

# %% [markdown]
# A step on 32 examples costs little more than a step on one, because the same vectorised matrix products
# handle all the columns at once; per example seen, SGD is by far the most expensive of the three. Mini-batches
# get most of SGD's many steps per epoch at a fraction of its cost per example, and with much less noise: that
# is why they, not single examples, are the practical choice.
#
# ## 3. Optimisers on a cost surface
#
# A network's cost depends on thousands of parameters, far too many to draw. To *see* what an optimiser
# does, we use a cost that depends on two parameters only, a weight $w$ and a bias $b$:
#
# $$J(w, b) = \tfrac{1}{2}\left(\tfrac{w^2}{4} - 1\right)^2 + 0.1\,w + 5\,b^2.$$
#
# Its contour plot below shows two valleys along the $w$ axis: a shallower one around $w \approx 1.9$ (a
# **local minimum**) and a deeper one around $w \approx -2.1$ (the global minimum), separated by a ridge
# at $w \approx 0$. Along $b$ the surface is steep (the contours are close together); along $w$ it is
# gentle.
#
# **Question (checked automatically).** First, a simpler surface: an elongated bowl, gentle along $w$ and
# steep along $b$, with its minimum at the cross. The grey ellipses are contour lines, each joining points of
# equal cost; the point X lies on one of them.
#
# ![Contour lines of an elongated bowl, its minimum marked by a cross, and a point X on one contour with four
# arrows from it: a points straight at the minimum, b crosses the contour at a right angle heading inwards,
# c runs along the contour, d crosses it at a right angle heading outwards](attachment:06_contour_step.svg)
#
# Which arrow shows the direction of one plain gradient-descent step from X? Write your choice in the cell
# below as `q_step_direction = "a"`, `"b"`, `"c"` or `"d"`, then run it and the test cell under it.

# %% [markdown] lang="ko"
# 샘플 32개로 한 걸음 가는 데 드는 시간은 샘플 하나로 한 걸음 가는 데 드는 시간보다 별로 길지 않습니다. 같은 벡터화된 행렬
# 곱(matrix product)이 모든 열을 한꺼번에 처리하기 때문입니다. 본 샘플 하나당 계산 시간으로 따지면 SGD가 셋 중에서
# 단연 가장 비쌉니다. 미니배치는 에포크당 걸음 수가 많다는 SGD의 이점을 대부분 누리면서도, 샘플당 계산 시간은 SGD의
# 일부에 불과하고 잡음도 훨씬 적습니다. 그래서 실전에서는 샘플 하나가 아니라 미니배치를 씁니다.
#
# ## 3. 비용 곡면 위의 옵티마이저
#
# 신경망의 비용은 수천 개의 매개변수에 따라 달라지므로 그림으로 그리기에는 너무 많습니다. 옵티마이저가 하는
# 일을 *눈으로 보기* 위해, 매개변수 두 개, 즉 가중치 $w$와 편향(bias) $b$에만 의존하는 비용을 사용합니다.
#
# $$J(w, b) = \tfrac{1}{2}\left(\tfrac{w^2}{4} - 1\right)^2 + 0.1\,w + 5\,b^2.$$
#
# 아래의 등고선(contour) 그림을 보면 $w$ 축을 따라 골짜기가 두 개 있습니다. $w \approx 1.9$ 근처의 더 얕은
# 골짜기(**지역 최솟값**(local minimum))와 $w \approx -2.1$ 근처의 더 깊은 골짜기(전역 최솟값(global
# minimum))이고, 둘은 $w \approx 0$에 있는 능선으로 나뉩니다. $b$ 방향으로는 곡면이 가파르고(등고선이
# 촘촘합니다), $w$ 방향으로는 완만합니다.
#
# **질문 (자동 채점).** 먼저 더 단순한 곡면을 봅시다. $w$ 방향으로 완만하고 $b$ 방향으로 가파른 길쭉한 그릇
# 모양이며, 최솟값은 십자 표시에 있습니다. 회색 타원은 등고선으로, 각각 비용이 같은 점들을 이은 선입니다. 점
# X는 그중 한 등고선 위에 있습니다.
#
# ![길쭉한 그릇의 등고선. 최솟값은 십자로 표시되어 있고, 한 등고선 위의 점 X에서 화살표 네 개가 나갑니다. a는 최솟값을 곧장 가리키고, b는 등고선을 직각으로 가로지르며 안쪽으로 향하고, c는 등고선을 따라가고, d는 등고선을 직각으로 가로지르며 바깥쪽으로 향합니다](attachment:06_contour_step.svg)
#
# 평범한 경사 하강법의 한 걸음이 X에서 향하는 방향을 나타내는 화살표는 어느 것일까요? 아래 셀에
# `q_step_direction = "a"`, `"b"`, `"c"`, `"d"` 중 하나로 답을 쓰고, 그 셀과 아래의 테스트 셀을 실행하세요.

# %% question="q_step_direction"

# %% [markdown]
# The optimisers work on dicts of parameters, so the point $(w, b)$ is stored as a one-layer "network"
# `{"W1": [[w]], "b1": [[b]]}` with gradients `{"dW1": [[dJ/dw]], "db1": [[dJ/db]]}`. `descend` runs any
# update rule from a starting point and records the path.

# %% [markdown] lang="ko"
# 옵티마이저는 매개변수 딕셔너리를 다루므로, 점 $(w, b)$를 층 하나짜리 "신경망" `{"W1": [[w]], "b1": [[b]]}`로
# 저장하고, 기울기는 `{"dW1": [[dJ/dw]], "db1": [[dJ/db]]}`로 저장합니다. `descend`는 어떤 갱신 규칙이든
# 시작점에서부터 실행하고 그 경로를 기록합니다.

# %%
def surface(w, b):
    """The cost J(w, b); works on arrays of points as well."""
    return 0.5 * (w ** 2 / 4 - 1) ** 2 + 0.1 * w + 5 * b ** 2


def surface_grads(parameters):
    """dJ/dw and dJ/db at the point stored in parameters."""
    w, b = parameters["W1"], parameters["b1"]
    return {"dW1": 0.5 * (w ** 2 / 4 - 1) * w + 0.1, "db1": 10 * b}


def descend(update, state, start=(3.3, 0.5), num_steps=150, gradient=surface_grads):
    """Follow update(parameters, grads, state, t) -> (parameters, state) from start.

    gradient(parameters) -> grads is the slope of the surface (this one unless told otherwise).
    Returns the path, an array of shape (num_steps + 1, 2) of (w, b) points."""
    parameters = {"W1": np.array([[start[0]]]), "b1": np.array([[start[1]]])}
    path = [start]
    for t in range(1, num_steps + 1):
        parameters, state = update(parameters, gradient(parameters), state, t)
        path.append((parameters["W1"][0, 0], parameters["b1"][0, 0]))
    return np.array(path)


def plot_paths(ax, paths, title):
    """Contours of the surface with one or more paths {label: path} drawn over them."""
    w, b = np.meshgrid(np.linspace(-3.7, 3.7, 200), np.linspace(-1.1, 1.1, 100))
    levels = np.concatenate([np.linspace(-0.2, 0.6, 9), np.linspace(0.8, 6, 14)])  # denser near the minima
    ax.contourf(w, b, surface(w, b), levels=levels, cmap="Greys", alpha=0.5)
    ax.contour(w, b, surface(w, b), levels=levels, colors="gray", linewidths=0.5, negative_linestyles="solid")
    ax.text(1.89, -0.17, "local minimum", ha="center", fontsize=8)
    ax.text(-2.09, -0.17, "global minimum", ha="center", fontsize=8)
    for label, path in paths.items():
        ax.plot(path[:, 0], path[:, 1], ".-", ms=3, lw=1, label=f"{label}: ends at w = {path[-1, 0]:.2f}")
    ax.plot(*next(iter(paths.values()))[0], "k*", ms=12)
    ax.set_title(title)
    ax.set_xlabel("w")
    ax.set_ylabel("b")
    ax.legend(loc="lower left", fontsize=8)


J_MIN = surface(np.linspace(-2.5, -1.5, 100001), 0.0).min()  # the cost at the global minimum


def plot_costs(ax, paths):
    """How far above the global minimum each path's cost is, step by step (log scale)."""
    for label, path in paths.items():
        ax.plot(surface(path[:, 0], path[:, 1]) - J_MIN, label=label)
    ax.set_yscale("log")
    ax.set_title("Cost along the path")
    ax.set_xlabel("step")
    ax.set_ylabel("J(w, b) - J(global minimum)")
    ax.legend(fontsize=8)


point = {"W1": np.zeros((1, 1)), "b1": np.zeros((1, 1))}  # the shape of the state dicts below
gd_slow = descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.05), state), None)
gd_fast = descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.18), state), None)
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"gradient descent, rate 0.05": gd_slow, "gradient descent, rate 0.18": gd_fast},
           "Gradient descent from the star")
plot_costs(axes[1], {"rate 0.05": gd_slow, "rate 0.18": gd_fast})
plt.tight_layout()
plt.show()
first_step = gd_fast[1] - gd_fast[0]
towards_minimum = np.array([1.89, 0.0]) - gd_fast[0]
print("first step of gradient descent (rate 0.18): (dw, db) =", first_step.round(2))
print("the straight line to the local minimum:     (dw, db) =", towards_minimum.round(2))

# %% [markdown]
# A gradient-descent step goes against the gradient, and the gradient is perpendicular to the contour line
# through the point, pointing uphill; it is long where the contour lines are close together. So each step
# crosses the contour at a right angle, downhill (arrow b in the question). The printed first step from the
# star moves $b$ almost twice as far as $w$, although the minimum lies mostly in the $w$ direction. Gradient
# descent does not know where the minimum is; it only sees the slope where it stands.
#
# Two weaknesses of plain gradient descent show at once.
#
# - **One learning rate for all directions.** With rate 0.18 the steps across the steep $b$ direction
#   overshoot and the path zigzags; any rate above $2/10 = 0.2$ (10 is the curvature in $b$) would make that
#   zigzag grow without bound. Along the gentle $w$ direction, the same rate gives small steps. The steep
#   direction dictates the rate, and the flat one pays for it.
# - **Local minima.** Both runs settle in the nearer, shallower valley. Gradient descent only ever sees the
#   slope where it stands, and at the bottom of the right-hand valley the slope is zero.
#
# (In networks with many parameters, true local minima are a smaller worry than this picture suggests;
# long flat stretches and saddle points, where the slope is almost zero in every direction, slow gradient
# descent down more often. The remedies below help there as well.)
#
# ## 4. Momentum
#
# Momentum lets each step remember the earlier ones. Instead of stepping along the current gradient, it steps
# along a running average of recent gradients, the **velocity** $v$:
#
# $$v_{dW} := \beta\, v_{dW} + (1 - \beta)\, dW, \qquad W := W - \alpha\, v_{dW}$$
#
# (and the same for $b$). This is an **exponentially weighted average**: unrolled, $v_t = (1-\beta)\,(g_t +
# \beta g_{t-1} + \beta^2 g_{t-2} + \dots)$, so every gradient counts, with a weight that shrinks by the
# factor $\beta$ per step. Roughly, $v$ averages the last $1/(1-\beta)$ gradients: 10 for the usual
# $\beta = 0.9$.
#
# ![Three panels. Left: bars of the weights (1 - beta) beta^k that v_t gives to the gradients g_t, g_t-1,
# ..., g_t-29 for beta = 0.9, largest for the newest gradient and decaying into the past over about 10 steps.
# Middle: at t = 3 only three bars exist and they sum to 0.271; dashed outlines show them divided by
# 1 - beta^3, summing to 1. Right: the factor 1 / (1 - beta^t) against t, starting at 10 for beta = 0.9 and at
# 1000 for beta = 0.999 and falling towards 1](attachment:06_ewa_weights.svg)
#
# The weights $(1-\beta)\beta^k$ (left) add up to $1 - \beta^t$ after $t$ steps, which is 1 once $t$ is large:
# that is what the factor $1 - \beta$ is for. It makes $v$ an *average*, with the same scale as the gradients
# themselves, so a rate that suits gradient descent suits momentum too. In the first steps, though, the
# weights add up to much less than 1 (middle): $v$ starts at zero and is too small until enough gradients
# have come in. Section 6 corrects for that by dividing by $1 - \beta^t$ (right).
#
# Picture a heavy ball rolling over the surface. Where successive gradients agree (along the valley) the
# average keeps their full size and the ball keeps its speed; where they flip sign from step to step
# (across the valley) they cancel in the average. When the ground turns uphill, the ball does not stop
# at once: it carries on for a while on its own momentum. $\beta = 0$ is plain gradient descent.
#
# **The form in Keras and PyTorch.** Libraries write momentum slightly differently:
# `keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)` and `torch.optim.SGD(params, lr=0.1, momentum=0.9)`
# accumulate $u := \mu u + g$ (no factor $1 - \mu$) and step $W := W - \alpha' u$ (Keras folds $\alpha'$
# into $u$, which comes to the same while the rate is constant). Starting from zero,
# $u$ is exactly $v / (1 - \beta)$ when $\mu = \beta$, so the two forms trace the *same* path when
# $\alpha' = (1 - \beta)\,\alpha$: a library rate of 0.1 with momentum 0.9 is our rate of 1.0. Keep that factor
# of $1/(1-\beta) = 10$ in mind when you copy a learning rate from one form to the other. (In the library
# form the velocity grows to 10 times the gradient on a steady slope; in ours it stays the size of the
# gradient, which is why our form needs the larger rate.)
#
# ### Exercise 3: `initialize_velocity`
#
# The velocity starts at zero. Return a dict with keys `"dW1", "db1", ..., "dWL", "dbL"`, each a zero array
# with the shape of its parameter (`np.zeros(parameters["W1"].shape)`, or `np.zeros_like`).
#
# Expected: `initialize_velocity(example_parameters)` gives zeros with `v["dW1"]` of shape (2, 3), `v["db1"]`
# (2, 1), `v["dW2"]` (1, 2) and `v["db2"]` (1, 1).

# %% [markdown] lang="ko"
# 경사 하강법의 한 걸음은 기울기의 반대 방향으로 갑니다. 기울기(gradient)는 그 점을 지나는 등고선에 수직이고
# 오르막을 가리키며, 등고선이 촘촘한 곳에서 깁니다. 그래서 각 걸음은 등고선을 직각으로 가로질러 내리막으로
# 향합니다(질문의 화살표 b). 별 표시에서 출발한 첫 걸음을 출력해 보면, 최솟값은 주로 $w$ 방향에 있는데도 $b$를
# $w$보다 거의 두 배나 멀리 움직입니다. 경사 하강법은 최솟값이 어디 있는지 모릅니다. 자기가 서 있는 곳의
# 기울기(slope)만 볼 뿐입니다.
#
# 평범한 경사 하강법의 두 가지 약점이 곧바로 드러납니다.
#
# - **모든 방향에 학습률 하나.** 학습률 0.18에서는 가파른 $b$ 방향의 걸음이 지나쳐서 경로가 지그재그(zigzag)로
#   움직입니다. 학습률이 $2/10 = 0.2$를 넘으면(10은 $b$ 방향의 곡률(curvature)입니다) 그 지그재그가 한없이
#   커질 것입니다. 완만한 $w$ 방향에서는 같은 학습률로도 걸음이 작습니다. 가파른 방향이 학습률을 정하고,
#   평평한 방향이 그 대가를 치릅니다.
# - **지역 최솟값.** 두 실행 모두 더 가깝고 얕은 골짜기에 자리 잡습니다. 경사 하강법은 늘 자기가 서 있는 곳의
#   기울기(slope)만 보는데, 오른쪽 골짜기의 바닥에서는 그 기울기가 0입니다.
#
# (매개변수가 많은 신경망에서는 진짜 지역 최솟값이 이 그림이 암시하는 것보다 덜 걱정거리입니다. 길고 평평한
# 구간과 안장점(saddle point), 즉 모든 방향으로 기울기(slope)가 거의 0인 곳이 경사 하강법을 더 자주 느리게
# 만듭니다. 아래에서 살펴볼 해결책들은 그런 곳에서도 도움이 됩니다.)
#
# ## 4. 모멘텀
#
# 모멘텀은 각 걸음이 이전 걸음들을 기억하게 합니다. 현재 기울기를 따라가는 대신, 최근 기울기들의 이동 평균인
# **속도**(velocity) $v$를 따라 걸음을 내딛습니다.
#
# $$v_{dW} := \beta\, v_{dW} + (1 - \beta)\, dW, \qquad W := W - \alpha\, v_{dW}$$
#
# ($b$도 마찬가지입니다.) 이것이 **지수 가중 평균**(exponentially weighted average)입니다. 풀어 쓰면
# $v_t = (1-\beta)\,(g_t + \beta g_{t-1} + \beta^2 g_{t-2} + \dots)$이므로, 모든 기울기가 반영되지만 그
# 가중치는 한 걸음마다 $\beta$배로 줄어듭니다. 대략 $v$는 최근 $1/(1-\beta)$개의 기울기를 평균합니다. 흔히
# 쓰는 $\beta = 0.9$라면 10개입니다.
#
# ![세 개의 패널. 왼쪽: beta = 0.9일 때 v_t가 기울기 g_t, g_t-1, ..., g_t-29에 주는 가중치 (1 - beta) beta^k의 막대. 가장 최근 기울기의 막대가 가장 크고, 과거로 갈수록 약 10걸음에 걸쳐 줄어듭니다. 가운데: t = 3에서는 막대가 세 개뿐이고 합이 0.271입니다. 점선 윤곽은 이를 1 - beta^3으로 나눈 값으로, 합이 1입니다. 오른쪽: t에 따른 계수 1 / (1 - beta^t). beta = 0.9이면 10에서, beta = 0.999이면 1000에서 시작해 1을 향해 줄어듭니다](attachment:06_ewa_weights.svg)
#
# 가중치 $(1-\beta)\beta^k$(왼쪽)는 $t$걸음 뒤에 합이 $1 - \beta^t$가 되고, $t$가 크면 1이 됩니다. 계수
# $1 - \beta$가 있는 이유가 바로 이것입니다. 이 계수 덕분에 $v$는 *평균*이 되어 기울기 자체와 같은 규모를
# 가지므로, 경사 하강법에 맞는 학습률이 모멘텀에도 맞습니다. 하지만 처음 몇 걸음에서는 가중치의 합이 1보다
# 훨씬 작습니다(가운데). $v$는 0에서 시작하므로 기울기가 충분히 들어올 때까지 너무 작습니다. 6절에서는
# $1 - \beta^t$로 나누어 이를 보정합니다(오른쪽).
#
# 곡면 위를 굴러가는 무거운 공을 떠올려 보세요. 연이은 기울기가 일치하는 곳(골짜기를 따르는 방향)에서는 평균이
# 기울기의 크기를 그대로 유지하므로 공이 속도를 유지합니다. 걸음마다 기울기의 부호가 뒤집히는 곳(골짜기를
# 가로지르는 방향)에서는 평균에서 서로 상쇄됩니다. 땅이 오르막으로 바뀌어도 공은 곧바로 멈추지 않고, 자기
# 운동량으로 한동안 계속 나아갑니다. $\beta = 0$이면 평범한 경사 하강법입니다.
#
# **Keras와 PyTorch의 형태.** 라이브러리는 모멘텀을 조금 다르게 씁니다.
# `keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)`와 `torch.optim.SGD(params, lr=0.1, momentum=0.9)`는
# $u := \mu u + g$로 누적하고($1 - \mu$ 계수가 없습니다) $W := W - \alpha' u$로 걸음을 내딛습니다(Keras는
# $\alpha'$를 $u$ 안에 합쳐 넣는데, 학습률이 일정한 동안은 결과가 같습니다). 0에서 시작하면 $\mu = \beta$일 때
# $u$는 정확히 $v / (1 - \beta)$이므로, $\alpha' = (1 - \beta)\,\alpha$이면 두 형태는 *같은* 경로를 그립니다.
# 즉 모멘텀 0.9에서 라이브러리의 학습률 0.1은 우리의 학습률 1.0에 해당합니다. 한 형태에서 다른 형태로 학습률을
# 옮겨 올 때는 이 $1/(1-\beta) = 10$배를 기억하세요. (라이브러리 형태에서는 일정한 기울기(slope)가 이어지면
# 속도가 기울기(gradient)의 10배까지 커집니다. 우리 형태에서는 속도가 기울기 크기에 머무르므로 더 큰 학습률이
# 필요합니다.)
#
# ### 연습 문제 3: `initialize_velocity`
#
# 속도는 0에서 시작합니다. 키가 `"dW1", "db1", ..., "dWL", "dbL"`인 딕셔너리를 반환하세요. 각 값은 해당
# 매개변수와 형상이 같은 0 배열입니다(`np.zeros(parameters["W1"].shape)` 또는 `np.zeros_like`).
#
# 기대 결과: `initialize_velocity(example_parameters)`는 0으로 채워진 딕셔너리를 주며, 형상은 `v["dW1"]`이 (2,
# 3), `v["db1"]`이 (2, 1), `v["dW2"]`가 (1, 2), `v["db2"]`가 (1, 1)입니다.

# %% exercise="initialize_velocity"

# %% [markdown]
# ### Exercise 4: `update_parameters_with_momentum`
#
# For every layer and for both `W` and `b`: update the velocity first,
# `v["dW1"] = beta * v["dW1"] + (1 - beta) * grads["dW1"]`, then step along the **new** velocity,
# `W1 - learning_rate * v["dW1"]`. Return `(parameters, v)`, both new dicts: the caller passes the returned
# `v` into the next step, which is how the velocity carries from one step to the next.
#
# Expected: `update_parameters_with_momentum(example_parameters, example_grads, example_v, beta=0.9,
# learning_rate=0.1)` gives `v["dW2"]` = `[[0.22, -0.065]]` (that is, $0.9 \cdot [0.3, -0.1] + 0.1 \cdot
# [-0.5, 0.25]$) and `v["db2"]` = `[[-0.035]]`, then `W2` = `[[0.978, -0.5935]]`, `b2` = `[[0.2035]]`, and
# `W1` = `[[0.489, -0.199, 0.1085], [0.285, 0.814, -0.501]]`.

# %% [markdown] lang="ko"
# ### 연습 문제 4: `update_parameters_with_momentum`
#
# 모든 층의 `W`와 `b` 각각에 대해, 먼저 속도를 갱신합니다:
# `v["dW1"] = beta * v["dW1"] + (1 - beta) * grads["dW1"]`. 그다음 **새** 속도를 따라 걸음을 내딛습니다:
# `W1 - learning_rate * v["dW1"]`. `(parameters, v)`를 반환하되 둘 다 새 딕셔너리여야 합니다. 호출한 쪽은
# 반환된 `v`를 다음 걸음에 넘겨주고, 이렇게 해서 속도가 한 걸음에서 다음 걸음으로 이어집니다.
#
# 기대 결과:
# `update_parameters_with_momentum(example_parameters, example_grads, example_v, beta=0.9, learning_rate=0.1)`는
# `v["dW2"]` = `[[0.22, -0.065]]`(즉 $0.9 \cdot [0.3, -0.1] + 0.1 \cdot [-0.5, 0.25]$)와 `v["db2"]` =
# `[[-0.035]]`를 주고, 이어서 `W2` = `[[0.978, -0.5935]]`, `b2` = `[[0.2035]]`, `W1` =
# `[[0.489, -0.199, 0.1085], [0.285, 0.814, -0.501]]`를 줍니다.

# %% exercise="update_parameters_with_momentum"

# %%
new_parameters, new_v = update_parameters_with_momentum(example_parameters, example_grads, example_v,
                                                        beta=0.9, learning_rate=0.1)
print("v['dW2'] before:", example_v["dW2"], " gradient:", example_grads["dW2"], " after:", new_v["dW2"])

# %% [markdown]
# **Question (checked automatically).** Back to the elongated bowl of section 3. Three optimisers each took
# 30 steps from the star: gradient descent with two different learning rates, and momentum with
# $\beta = 0.9$.
#
# ![The elongated bowl's contour lines with three paths of 30 steps from the same start: path a zigzags
# across the valley at every step while it moves along it; path b curves smoothly down, runs along the valley,
# passes beyond the minimum and swings back; path c bends smoothly onto the valley floor and then crawls along
# it, stopping well short of the minimum](attachment:06_contour_paths.svg)
#
# Which path is momentum's? Write your choice in the cell below as `q_momentum_path = "a"`, `"b"` or `"c"`,
# then run it and its test.

# %% [markdown] lang="ko"
# **질문 (자동 채점).** 3절의 길쭉한 그릇으로 돌아갑니다. 세 옵티마이저가 각각 별 표시에서 30걸음을 갔습니다.
# 학습률이 서로 다른 경사 하강법 두 개와 $\beta = 0.9$인 모멘텀입니다.
#
# ![길쭉한 그릇의 등고선과, 같은 출발점에서 시작한 30걸음짜리 경로 세 개. 경로 a는 골짜기를 따라 나아가면서 걸음마다 골짜기를 가로질러 지그재그로 움직입니다. 경로 b는 부드럽게 휘어 내려가 골짜기를 따라 달리다가 최솟값을 지나쳐 되돌아옵니다. 경로 c는 부드럽게 휘어 골짜기 바닥에 들어선 뒤 바닥을 따라 느릿느릿 기어가다가 최솟값에 한참 못 미쳐 멈춥니다](attachment:06_contour_paths.svg)
#
# 모멘텀의 경로는 어느 것일까요? 아래 셀에 `q_momentum_path = "a"`, `"b"`, `"c"` 중 하나로 답을 쓰고, 그 셀과
# 테스트를 실행하세요.

# %% question="q_momentum_path"

# %% [markdown]
# The next cell runs the three on the bowl $J = (0.2\,w^2 + 4\,b^2)/2$, with your functions: gradient
# descent with rates 0.45 and 0.1, and momentum with $\beta = 0.9$ and rate 0.8.

# %% [markdown] lang="ko"
# 다음 셀은 그릇 $J = (0.2\,w^2 + 4\,b^2)/2$ 위에서 여러분의 함수로 세 가지를 실행합니다. 학습률 0.45와 0.1의
# 경사 하강법, 그리고 $\beta = 0.9$, 학습률 0.8의 모멘텀입니다.

# %%
def bowl_grads(parameters):
    """The gradient of the elongated bowl J(w, b) = (0.2 w^2 + 4 b^2) / 2."""
    return {"dW1": 0.2 * parameters["W1"], "db1": 4.0 * parameters["b1"]}


bowl_runs = {
    "(a) gradient descent, rate 0.45": descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.45), state),
                                               None, (-9.0, 1.6), 30, bowl_grads),
    "(b) momentum 0.9, rate 0.8": descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, 0.8),
                                          initialize_velocity(point), (-9.0, 1.6), 30, bowl_grads),
    "(c) gradient descent, rate 0.1": descend(lambda p, g, state, t: (update_parameters_with_gd(p, g, 0.1), state),
                                              None, (-9.0, 1.6), 30, bowl_grads),
}
fig, ax = plt.subplots(figsize=(10, 3.2))
w, b = np.meshgrid(np.linspace(-10.5, 10.5, 200), np.linspace(-2.6, 2.6, 100))
ax.contour(w, b, (0.2 * w ** 2 + 4 * b ** 2) / 2, levels=[0.25, 1, 2.5, 5, 8, 12], colors="gray", linewidths=0.6)
for (label, path), colour in zip(bowl_runs.items(), ("C0", "C2", "C1")):
    ax.plot(path[:, 0], path[:, 1], ".-", color=colour, label=label)
    print(f"{label:32}: after 30 steps at (w, b) = ({path[-1, 0]:5.2f}, {path[-1, 1]:5.2f}),"
          f" largest w reached {path[:, 0].max():5.2f}")
ax.plot(0, 0, "k+", ms=12)
ax.set_aspect("equal")
ax.set_xlabel("w")
ax.set_ylabel("b")
ax.legend(loc="lower right", fontsize=8)
plt.show()

# %% [markdown]
# Gradient descent with the larger rate (a) overshoots across the steep direction at every step: each
# step sees only the current gradient, which flips sign from one side of the valley to the other. With the
# smaller rate (c) it no longer zigzags, but along the gentle direction its steps are small and shrink as
# the slope flattens: after 30 steps it is still far from the minimum. Momentum (b) averages the gradients:
# across the valley their flips cancel and the path is smooth, along the valley they agree and the velocity
# builds up, so the path keeps its speed, passes the minimum ($w$ goes above 0) and swings back. That
# overshoot is the price of the speed; the friction of $\beta < 1$ damps it over the following steps. (On
# this bowl, after 30 steps the zigzagging gradient descent (a) actually ends nearest the minimum, while
# momentum is still swinging: speed is not the same as arriving first.)
#
# **Choosing the rates.** Gradient descent and momentum take steps of $\alpha$ times a gradient (or an
# average of gradients), so their rate is limited by the steepest direction: on the bowl, a rate above
# $2/4 = 0.5$ makes the zigzag across $b$ grow without bound, and 0.45 is just below that. Momentum's
# averaging cancels that zigzag, which is why it tolerates a larger rate, 0.8 here. The factor $1 - \beta$
# keeps $v$ on the scale of the gradients, so its rate starts from the same range as gradient descent's.
# These particular values came from trying a few rates on each surface and keeping ones that show each
# method's character clearly; section 7 does it properly, with a sweep.
#
# On the two-valley surface, with $\beta = 0.9$ and rate 0.6 (a library rate of 0.06):

# %% [markdown] lang="ko"
# 학습률이 큰 경사 하강법(a)은 가파른 방향으로 걸음마다 지나칩니다. 각 걸음은 현재 기울기만 보는데, 그
# 기울기는 골짜기의 한쪽에서 반대쪽으로 넘어갈 때마다 부호가 뒤집힙니다. 학습률이 작은 경사 하강법(c)은 더
# 이상 지그재그로 움직이지 않지만, 완만한 방향으로는 걸음이 작고 기울기(slope)가 완만해질수록 더 작아집니다.
# 그래서 30걸음 뒤에도 최솟값에서 한참 떨어져 있습니다. 모멘텀(b)은 기울기를 평균합니다. 골짜기를 가로지르는
# 방향에서는 부호가 뒤집히는 기울기들이 상쇄되어 경로가 매끄럽고, 골짜기를 따르는 방향에서는 기울기들이
# 일치하여 속도가 쌓입니다. 그래서 경로가 속도를 유지한 채 최솟값을 지나쳤다가($w$가 0을 넘습니다)
# 되돌아옵니다. 그렇게 지나치는 것이 속도의 대가이고, $\beta < 1$이 주는 마찰이 이어지는 걸음들에서 그
# 흔들림을 줄여 줍니다. (이 그릇에서는 30걸음 뒤에 실제로 지그재그로 움직이는 경사 하강법(a)이 최솟값에 가장
# 가까이 있고, 모멘텀은 아직 흔들리고 있습니다. 빠르다고 해서 먼저 도착하는 것은 아닙니다.)
#
# **학습률 고르기.** 경사 하강법과 모멘텀은 $\alpha$에 기울기(또는 기울기의 평균)를 곱한 만큼 걸음을
# 내딛습니다. 그래서 학습률은 가장 가파른 방향의 제한을 받습니다. 이 그릇에서는 학습률이 $2/4 = 0.5$를 넘으면
# $b$ 방향의 지그재그가 한없이 커지며, 0.45는 그 바로 아래입니다. 모멘텀은 평균을 내어 그 지그재그를
# 상쇄하므로 더 큰 학습률, 여기서는 0.8을 견딥니다. 계수 $1 - \beta$가 $v$를 기울기와 같은 규모로 유지하므로,
# 모멘텀의 학습률도 경사 하강법과 같은 범위에서 출발합니다. 여기서 쓴 값들은 곡면마다 학습률을 몇 개 시험해
# 보고 각 방법의 특징이 잘 드러나는 값을 고른 것입니다. 7절에서는 스윕(sweep)으로 제대로 고릅니다.
#
# 두 골짜기 곡면에서 $\beta = 0.9$, 학습률 0.6(라이브러리 학습률로는 0.06)으로 실행하면 다음과 같습니다.

# %%
momentum = descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, 0.6), initialize_velocity(point))
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"gradient descent, rate 0.18": gd_fast, "momentum 0.9, rate 0.6": momentum},
           "Momentum rolls over the ridge")
plot_costs(axes[1], {"gradient descent": gd_fast, "momentum": momentum})
plt.tight_layout()
plt.show()
for rate, start in [(0.5, (3.3, 0.5)), (0.6, (2.5, 0.5))]:
    end = descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, rate), initialize_velocity(point),
                  start)[-1]
    print(f"momentum 0.9 with rate {rate} from (w, b) = {start}: ends at w = {end[0]:.2f}")

# %% [markdown]
# The velocity built up on the way down carries the ball through the right-hand valley, over the ridge and
# into the deeper valley, where it swings back and forth for a while before settling. Across the valley it
# still oscillates: with $\beta = 0.9$ the averaging damps the zigzag only slowly. Do not read this as
# "momentum always finds the global minimum": with a slightly smaller rate, or from a starting point a little
# closer to the valley, it stops in the first valley too (printed above). What momentum reliably gives is speed
# along consistent slopes and a smoother path when the gradients are noisy, as they are with mini-batches.
#
# Here is the claim about the library form, checked numerically: 40 steps of $u := 0.9u + g$,
# $W := W - 0.06\,u$ against 40 steps of your function with rate 0.6.

# %% [markdown] lang="ko"
# 내려오는 동안 쌓인 속도가 공을 오른쪽 골짜기를 지나 능선 너머 더 깊은 골짜기로 데려갑니다. 공은 거기서
# 한동안 앞뒤로 흔들리다가 자리를 잡습니다. 골짜기를 가로지르는 방향으로는 여전히 진동합니다.
# $\beta = 0.9$에서는 평균을 내도 지그재그가 천천히 줄어들 뿐입니다. 이것을 "모멘텀은 항상 전역 최솟값을
# 찾는다"로 읽지는 마세요. 학습률이 조금만 작거나 출발점이 골짜기에 조금만 더 가까워도 모멘텀 역시 첫 번째
# 골짜기에서 멈춥니다(위에 출력된 결과). 모멘텀이 확실하게 주는 것은 일관된 기울기(slope)를 따라가는 빠르기,
# 그리고 미니배치를 쓸 때처럼 기울기에 잡음이 많을 때의 더 매끄러운 경로입니다.
#
# 라이브러리 형태에 대한 앞의 주장을 수치로 확인해 봅니다. $u := 0.9u + g$, $W := W - 0.06\,u$로 40걸음을 간
# 결과와, 여러분의 함수로 학습률 0.6을 써서 40걸음을 간 결과를 비교합니다.

# %%
ours = descend(lambda p, g, v, t: update_parameters_with_momentum(p, g, v, 0.9, 0.6), initialize_velocity(point),
               num_steps=40)
library_form = [np.array([3.3, 0.5])]
u = np.zeros(2)
for _ in range(40):
    w, b = library_form[-1]
    g = np.array([0.5 * (w ** 2 / 4 - 1) * w + 0.1, 10 * b])
    u = 0.9 * u + g
    library_form.append(library_form[-1] - 0.06 * u)
print("largest difference between the two paths:", np.abs(np.array(library_form) - ours).max())

# %% [markdown]
# ## 5. RMSProp
#
# Momentum still uses one learning rate for every parameter. **RMSProp** (root mean square propagation)
# gives each parameter its own: it keeps an exponentially weighted average of the *squared* gradients,
#
# $$s_{dW} := \beta_2\, s_{dW} + (1 - \beta_2)\, dW^2, \qquad W := W - \alpha\, \frac{dW}{\sqrt{s_{dW}} + \varepsilon},$$
#
# with the square, root and division taken element by element. $\sqrt{s}$ is the typical size of a
# parameter's recent gradients, so dividing by it evens out the steps: a parameter with large gradients (the
# steep $b$ direction) gets its step scaled down, one with small gradients (the gentle $w$ direction) scaled
# up. Once $s$ has caught up with the gradients, each step is roughly $\alpha$ times the sign of the gradient,
# whatever the slope.
#
# **Where $\varepsilon$ goes.** The small $\varepsilon$ (here $10^{-8}$) exists for parameters whose gradients
# have been zero or tiny, where $\sqrt{s}$ is zero or tiny: without it the step is $0/0$ = `nan`. It belongs
# *outside* the root, $\sqrt{s} + \varepsilon$. Written inside, $\sqrt{s + \varepsilon}$, it is at least
# $\sqrt{10^{-8}} = 10^{-4}$, which swamps a gradient of size $10^{-6}$ and shrinks its step a hundredfold.
#
# ### Exercise 5: `initialize_rmsprop`
#
# Like the velocity: zeros with keys `"dW1", "db1", ...`, shaped like the parameters.
#
# Expected: `initialize_rmsprop(example_parameters)` gives zeros with `s["dW1"]` of shape (2, 3), `s["db1"]`
# (2, 1), `s["dW2"]` (1, 2) and `s["db2"]` (1, 1).

# %% [markdown] lang="ko"
# ## 5. RMSProp
#
# 모멘텀도 여전히 모든 매개변수에 학습률 하나를 씁니다. **RMSProp**(root mean square propagation)은
# 매개변수마다 자기 학습률을 줍니다. RMSProp은 *제곱한* 기울기의 지수 가중 평균을 유지합니다.
#
# $$s_{dW} := \beta_2\, s_{dW} + (1 - \beta_2)\, dW^2, \qquad W := W - \alpha\, \frac{dW}{\sqrt{s_{dW}} + \varepsilon},$$
#
# 여기서 제곱, 제곱근, 나눗셈은 원소별로 계산합니다. $\sqrt{s}$는 한 매개변수의 최근 기울기의 전형적인
# 크기이므로, 이것으로 나누면 걸음 크기가 고르게 됩니다. 기울기가 큰 매개변수(가파른 $b$ 방향)는 걸음이
# 줄어들고, 기울기가 작은 매개변수(완만한 $w$ 방향)는 걸음이 커집니다. $s$가 기울기를 따라잡고 나면,
# 기울기(slope)가 어떻든 각 걸음은 대략 $\alpha$에 기울기의 부호를 곱한 크기가 됩니다.
#
# **$\varepsilon$을 어디에 둘까.** 작은 $\varepsilon$(여기서는 $10^{-8}$)은 기울기가 0이었거나 아주 작았던
# 매개변수를 위해 있습니다. 그런 매개변수는 $\sqrt{s}$가 0이거나 아주 작아서, $\varepsilon$이 없으면 걸음이
# $0/0$ = `nan`이 됩니다. $\varepsilon$은 제곱근 *바깥*에 두어야 합니다: $\sqrt{s} + \varepsilon$. 안쪽에
# $\sqrt{s + \varepsilon}$으로 쓰면 이 값은 적어도 $\sqrt{10^{-8}} = 10^{-4}$이 되어, 크기가 $10^{-6}$인
# 기울기를 압도하고 그 걸음을 100분의 1로 줄여 버립니다.
#
# ### 연습 문제 5: `initialize_rmsprop`
#
# 속도와 마찬가지입니다. 키가 `"dW1", "db1", ...`이고 매개변수와 형상이 같은 0 배열을 담은 딕셔너리를
# 반환하세요.
#
# 기대 결과: `initialize_rmsprop(example_parameters)`는 0으로 채워진 딕셔너리를 주며, 형상은 `s["dW1"]`이 (2,
# 3), `s["db1"]`이 (2, 1), `s["dW2"]`가 (1, 2), `s["db2"]`가 (1, 1)입니다.

# %% exercise="initialize_rmsprop"

# %% [markdown]
# ### Exercise 6: `update_parameters_with_rmsprop`
#
# For every layer and for `W` and `b`: `s["dW1"] = beta2 * s["dW1"] + (1 - beta2) * grads["dW1"] ** 2`, then
# `W1 - learning_rate * grads["dW1"] / (np.sqrt(s["dW1"]) + epsilon)` with the **new** `s`. Return
# `(parameters, s)`. The checks include a step where every gradient is zero or about $10^{-6}$, where only the
# right placement of `epsilon` gives the right answer.
#
# Expected: `update_parameters_with_rmsprop(example_parameters, example_grads, example_s, beta2=0.9,
# learning_rate=0.01)` gives `s["dW2"]` = `[[0.25, 0.04225]]` and `s["db1"]` = `[[0.00025], [0.00904]]`, then
# `W2` = `[[1.01, -0.61216261]]`, `b1` = `[[0.06837724], [-0.09789648]]` and
# `W1` = `[[0.49, -0.19, 0.06837724], [0.31, 0.79, -0.51]]`. Where $s$ is as large as the squared gradient
# (as for `W2[0, 0]`: $0.25 = 0.5^2$), the step is exactly the learning rate, 0.01.

# %% [markdown] lang="ko"
# ### 연습 문제 6: `update_parameters_with_rmsprop`
#
# 모든 층의 `W`와 `b` 각각에 대해: `s["dW1"] = beta2 * s["dW1"] + (1 - beta2) * grads["dW1"] ** 2`를 계산한
# 다음, **새** `s`로 `W1 - learning_rate * grads["dW1"] / (np.sqrt(s["dW1"]) + epsilon)`을 계산합니다.
# `(parameters, s)`를 반환하세요. 검사에는 모든 기울기가 0이거나 약 $10^{-6}$인 걸음이 들어 있어서,
# `epsilon`을 올바른 자리에 두어야만 정답이 나옵니다.
#
# 기대 결과:
# `update_parameters_with_rmsprop(example_parameters, example_grads, example_s, beta2=0.9, learning_rate=0.01)`는
# `s["dW2"]` = `[[0.25, 0.04225]]`와 `s["db1"]` = `[[0.00025], [0.00904]]`를 주고, 이어서 `W2` =
# `[[1.01, -0.61216261]]`, `b1` = `[[0.06837724], [-0.09789648]]`, `W1` =
# `[[0.49, -0.19, 0.06837724], [0.31, 0.79, -0.51]]`를 줍니다. $s$가 기울기의 제곱과 같은 곳(`W2[0, 0]`처럼:
# $0.25 = 0.5^2$)에서는 걸음이 정확히 학습률, 0.01입니다.

# %% exercise="update_parameters_with_rmsprop"

# %%
rmsprop = descend(lambda p, g, s, t: update_parameters_with_rmsprop(p, g, s, 0.9, 0.05), initialize_rmsprop(point))
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"gradient descent, rate 0.18": gd_fast, "RMSProp, rate 0.05": rmsprop},
           "RMSProp evens out the step sizes")
for label, path, colour in [("gradient descent", gd_fast, "C0"), ("RMSProp", rmsprop, "C1")]:
    steps = np.abs(np.diff(path[:31], axis=0))
    axes[1].plot(range(1, 31), steps[:, 0], "-", color=colour, label=f"{label}: |step in w|")
    axes[1].plot(range(1, 31), steps[:, 1], "--", color=colour, label=f"{label}: |step in b|")
axes[1].set_yscale("log")
axes[1].set_ylim(1e-4, 2)
axes[1].set_title("Step sizes, first 30 steps")
axes[1].set_xlabel("step")
axes[1].set_ylabel("size of the step")
axes[1].legend(fontsize=8)
plt.tight_layout()
plt.show()
print("first step of RMSProp,         |dw|, |db| =", np.abs(rmsprop[1] - rmsprop[0]).round(3))
print("first step of gradient descent, |dw|, |db| =", np.abs(gd_fast[1] - gd_fast[0]).round(3))

# %% [markdown]
# RMSProp heads almost straight for the minimum: the steep $b$ direction no longer dominates. Its first step
# moves both coordinates by the same amount, about 0.16 (printed above), while the first step of gradient
# descent in $b$ is 0.9 and overshoots the valley floor. Once $b$ has arrived, its gradient and its steps fade
# away, while $w$ keeps moving far faster than under gradient descent. Near the bottom, though, RMSProp does
# not quite settle: now and then it is kicked away again (the short vertical strokes near $w = 1.9$).
# Section 8 explains why, and what helps.
#
# **Why rate 0.05, far below gradient descent's 0.18?** RMSProp divides each gradient by its own typical size,
# $\sqrt{s}$, so $g / \sqrt{s}$ is about $\pm 1$ and each step moves a parameter by about $\alpha$, whatever
# the slope. Its learning rate is therefore a *distance* in the units of the parameters, not a multiplier of
# the gradient: with steps of about 0.05 in $w$ (the right-hand plot), the 1.4 between the start and the
# valley floor takes dozens of steps, however gentle the slope.
# (The very first steps are larger, about 0.16 = $0.05 / \sqrt{1 - 0.9}$, because $s$ starts at zero and
# is still too small: RMSProp has no correction for that; Adam, next, has one.)
#
# ## 6. Adam
#
# **Adam** (adaptive moment estimation) combines the two: it keeps the momentum average $v$ of the
# gradients *and* the RMSProp average $s$ of their squares, and steps along $v$ scaled by $1/\sqrt{s}$:
#
# $$v := \beta_1 v + (1 - \beta_1)\, dW, \qquad s := \beta_2 s + (1 - \beta_2)\, dW^2,$$
# $$v^{corrected} = \frac{v}{1 - \beta_1^t}, \qquad s^{corrected} = \frac{s}{1 - \beta_2^t}, \qquad
#   W := W - \alpha\, \frac{v^{corrected}}{\sqrt{s^{corrected}} + \varepsilon}.$$
#
# The usual values are $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$; the learning rate
# $\alpha$ is the one that gets tuned.
#
# **Bias correction.** Both averages start at zero, so early on they are too small. If every gradient
# were the same $g$, then after $t$ steps $v_t = (1-\beta_1)(1 + \beta_1 + \dots + \beta_1^{t-1})\, g =
# (1 - \beta_1^t)\, g$: at $t = 1$ only a tenth of $g$. Dividing by $1 - \beta_1^t$ undoes exactly that
# shortfall. The factor tends to 1 as $t$ grows, so the correction matters only at the start, but with
# $\beta_2 = 0.999$ "the start" lasts a few thousand steps. Here $t$ is the number of the step, counting from
# 1 (not the epoch): the exponent is the step number, and both $v$ and $s$ are corrected.
#
# ### Exercise 7: `initialize_adam`
#
# Return `(v, s)`: two dicts of zeros with keys `"dW1", "db1", ...`, shaped like the parameters.
#
# Expected: `initialize_adam(example_parameters)` gives two such dicts, each with `"dW1"` of shape (2, 3),
# `"db1"` (2, 1), `"dW2"` (1, 2) and `"db2"` (1, 1), all zeros.

# %% [markdown] lang="ko"
# RMSProp은 거의 곧장 최솟값으로 향합니다. 가파른 $b$ 방향이 더는 걸음을 좌우하지 않습니다. 첫 걸음은 두
# 좌표를 똑같이 약 0.16씩 움직이는 반면(위에 출력된 값), 경사 하강법의 첫 걸음은 $b$ 방향으로 0.9나 움직여
# 골짜기 바닥을 지나칩니다. $b$가 제자리에 도착하면 그 기울기와 걸음은 잦아들지만, $w$는 경사 하강법보다 훨씬
# 빠르게 계속 움직입니다. 그런데 바닥 근처에서 RMSProp은 완전히 자리 잡지 못합니다. 이따금 다시 튕겨
# 나갑니다($w = 1.9$ 근처의 짧은 세로 획). 그 이유와 도움이 되는 방법은 8절에서 설명합니다.
#
# **학습률이 왜 경사 하강법의 0.18보다 훨씬 낮은 0.05일까요?** RMSProp은 각 기울기를 그 기울기의 전형적인 크기
# $\sqrt{s}$로 나눕니다. 그래서 $g / \sqrt{s}$는 대략 $\pm 1$이고, 기울기(slope)가 어떻든 각 걸음은 매개변수를
# 약 $\alpha$만큼 움직입니다. 따라서 RMSProp의 학습률은 기울기에 곱하는 배수가 아니라 매개변수 단위로 잰
# *거리*입니다. $w$ 방향으로 약 0.05씩 걸으면(오른쪽 그래프), 기울기(slope)가 아무리 완만해도 출발점에서
# 골짜기 바닥까지의 거리 1.4를 가는 데 수십 걸음이 걸립니다. (맨 처음 몇 걸음은 약 0.16 =
# $0.05 / \sqrt{1 - 0.9}$로 더 큽니다. $s$가 0에서 시작해서 아직 너무 작기 때문입니다. RMSProp에는 이에 대한
# 보정이 없습니다. 다음에 볼 Adam에는 있습니다.)
#
# ## 6. Adam
#
# **Adam**(adaptive moment estimation)은 둘을 합칩니다. 기울기의 모멘텀 평균 $v$와 기울기 제곱의 RMSProp 평균
# $s$를 *둘 다* 유지하고, $1/\sqrt{s}$로 조정한 $v$를 따라 걸음을 내딛습니다.
#
# $$v := \beta_1 v + (1 - \beta_1)\, dW, \qquad s := \beta_2 s + (1 - \beta_2)\, dW^2,$$
# $$v^{corrected} = \frac{v}{1 - \beta_1^t}, \qquad s^{corrected} = \frac{s}{1 - \beta_2^t}, \qquad
#   W := W - \alpha\, \frac{v^{corrected}}{\sqrt{s^{corrected}} + \varepsilon}.$$
#
# 보통 $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$을 씁니다. 조정하는 것은 학습률
# $\alpha$입니다.
#
# **편향 보정.** 두 평균 모두 0에서 시작하므로 초반에는 너무 작습니다. 모든 기울기가 똑같이 $g$라면 $t$걸음
# 뒤에 $v_t = (1-\beta_1)(1 + \beta_1 + \dots + \beta_1^{t-1})\, g = (1 - \beta_1^t)\, g$이므로, $t = 1$에서는
# $g$의 10분의 1밖에 되지 않습니다. $1 - \beta_1^t$로 나누면 바로 그 부족분이 정확히 메워집니다. 이 계수는
# $t$가 커지면 1에 가까워지므로 보정은 초반에만 중요하지만, $\beta_2 = 0.999$에서는 그 "초반"이 수천 걸음 동안
# 이어집니다. 여기서 $t$는 1부터 세는 걸음 번호입니다(에포크가 아닙니다). 지수는 걸음 번호이고, $v$와 $s$ 둘
# 다 보정합니다. (편향 보정은 매개변수인 편향과는 관계없이, 0에서 시작한 평균이 작게 나오는 것을 바로잡는 일입니다.)
#
# ### 연습 문제 7: `initialize_adam`
#
# `(v, s)`를 반환하세요. 키가 `"dW1", "db1", ...`이고 매개변수와 형상이 같은 0 배열을 담은 딕셔너리 두
# 개입니다.
#
# 기대 결과: `initialize_adam(example_parameters)`는 그런 딕셔너리 두 개를 주며, 각각 `"dW1"`의 형상이 (2, 3),
# `"db1"`이 (2, 1), `"dW2"`가 (1, 2), `"db2"`가 (1, 1)이고 모두 0입니다.

# %% exercise="initialize_adam"

# %% [markdown]
# ### Exercise 8: `update_parameters_with_adam`
#
# For every layer and for `W` and `b`, with `key = "dW1"` and so on:
#
# 1. `v[key] = beta1 * v[key] + (1 - beta1) * grads[key]` and `s[key] = beta2 * s[key] + (1 - beta2) * grads[key] ** 2`;
# 2. `v_corrected[key] = v[key] / (1 - beta1 ** t)` and `s_corrected[key] = s[key] / (1 - beta2 ** t)`;
# 3. `W1 - learning_rate * v_corrected[key] / (np.sqrt(s_corrected[key]) + epsilon)`.
#
# Return `(parameters, v, s, v_corrected, s_corrected)`, all new dicts; `v_corrected` and `s_corrected` have
# the same keys as `v`.
#
# Expected: `update_parameters_with_adam(example_parameters, example_grads, example_v, example_s, t=2)` gives
# `v["dW2"]` = `[[0.22, -0.065]]` (as for momentum), `s["dW2"]` = `[[0.25, 0.0400225]]`,
# `v_corrected["dW2"]` = `[[1.15789474, -0.34210526]]` (divided by $1 - 0.9^2 = 0.19$),
# `s_corrected["dW2"]` = `[[125.06253127, 20.02126063]]` (divided by $1 - 0.999^2 = 0.001999$), and
# `W2` = `[[0.99896461, -0.59923544]]`, `b2` = `[[0.20082361]]`.

# %% [markdown] lang="ko"
# ### 연습 문제 8: `update_parameters_with_adam`
#
# 모든 층의 `W`와 `b` 각각에 대해, `key = "dW1"` 등으로 두고 다음을 계산합니다.
#
# 1. `v[key] = beta1 * v[key] + (1 - beta1) * grads[key]`와
#    `s[key] = beta2 * s[key] + (1 - beta2) * grads[key] ** 2`
# 2. `v_corrected[key] = v[key] / (1 - beta1 ** t)`와 `s_corrected[key] = s[key] / (1 - beta2 ** t)`
# 3. `W1 - learning_rate * v_corrected[key] / (np.sqrt(s_corrected[key]) + epsilon)`
#
# `(parameters, v, s, v_corrected, s_corrected)`를 반환하세요. 모두 새 딕셔너리이고, `v_corrected`와
# `s_corrected`의 키는 `v`와 같습니다.
#
# 기대 결과: `update_parameters_with_adam(example_parameters, example_grads, example_v, example_s, t=2)`는
# `v["dW2"]` = `[[0.22, -0.065]]`(모멘텀과 같습니다), `s["dW2"]` = `[[0.25, 0.0400225]]`, `v_corrected["dW2"]`
# = `[[1.15789474, -0.34210526]]`($1 - 0.9^2 = 0.19$로 나눈 값), `s_corrected["dW2"]` =
# `[[125.06253127, 20.02126063]]`($1 - 0.999^2 = 0.001999$로 나눈 값), 그리고 `W2` =
# `[[0.99896461, -0.59923544]]`, `b2` = `[[0.20082361]]`를 줍니다.

# %% exercise="update_parameters_with_adam"

# %% [markdown]
# **Question (written answer).** Suppose Adam had no bias correction: it would step along
# $\alpha\, v / (\sqrt{s} + \varepsilon)$ with the raw averages. Starting from $v = s = 0$ with
# $\beta_1 = 0.9$ and $\beta_2 = 0.999$, how large would its very first step be, as a multiple of $\alpha$,
# and how large is it with the correction? Why does the correction matter in the first steps and hardly at all
# after a few thousand? Answer in the cell below, before you run the experiment after it.

# %% [markdown] lang="ko"
# **질문 (서술형).** Adam에 편향 보정이 없다고 해 봅시다. 그러면 Adam은 보정하지 않은 평균으로
# $\alpha\, v / (\sqrt{s} + \varepsilon)$만큼 걸음을 내딛습니다. $\beta_1 = 0.9$, $\beta_2 = 0.999$이고
# $v = s = 0$에서 시작할 때, 맨 첫 걸음의 크기는 $\alpha$의 몇 배일까요? 보정이 있으면 얼마일까요? 보정이 왜
# 처음 몇 걸음에서는 중요하고 수천 걸음이 지나면 거의 상관없어질까요? 다음 실험을 실행하기 전에 아래 셀에
# 답하세요.

# %% [markdown] answer="explain_bias_correction" points=2
# After the first step, $v = (1 - \beta_1)\, g = 0.1\, g$ and $s = (1 - \beta_2)\, g^2 = 0.001\, g^2$, so
# $\sqrt{s} \approx 0.0316\, |g|$ and the uncorrected step is $\alpha \cdot 0.1 / 0.0316 \approx 3.16\,\alpha$
# (that is $\sqrt{10}\,\alpha$), whatever the size of $g$. With the correction, $\hat v = g$ and $\hat s = g^2$,
# so the step is $\alpha$: exactly the intended size. Both averages start at zero and, after $t$ steps, hold
# only the fraction $1 - \beta^t$ of the weight they should (the weights $(1-\beta)\beta^k$ of the gradients
# seen so far add up to $1 - \beta^t$); dividing by that fraction undoes the shortfall. The two shortfalls are
# not equal: $v$ catches up after a few tens of steps, but with $\beta_2 = 0.999$, $s$ needs thousands, so
# without the correction the steps would be several times too large for a long time, just when the parameters
# are far from good values. Once $\beta^t$ is close to 0, $1 - \beta^t \approx 1$ and the correction changes
# nothing.

# %% [markdown] answer="explain_bias_correction" points=2 lang="ko"
# 첫 걸음 뒤에 $v = (1 - \beta_1)\, g = 0.1\, g$이고 $s = (1 - \beta_2)\, g^2 = 0.001\, g^2$이므로,
# $\sqrt{s} \approx 0.0316\, |g|$이고 보정하지 않은 걸음은 $g$의 크기와 상관없이
# $\alpha \cdot 0.1 / 0.0316 \approx 3.16\,\alpha$(즉 $\sqrt{10}\,\alpha$)입니다. 보정하면 $\hat v = g$,
# $\hat s = g^2$이므로 걸음은 $\alpha$, 정확히 의도한 크기입니다. 두 평균은 모두 0에서 시작하므로, $t$걸음
# 뒤에는 있어야 할 가중치 가운데 $1 - \beta^t$의 비율만 담고 있습니다(지금까지 본 기울기들의 가중치
# $(1-\beta)\beta^k$를 더하면 $1 - \beta^t$가 됩니다). 그 비율로 나누면 부족분이 메워집니다. 두 부족분은 같지
# 않습니다. $v$는 수십 걸음이면 따라잡지만, $\beta_2 = 0.999$인 $s$는 수천 걸음이 필요합니다. 그래서 보정이
# 없으면 오랫동안 걸음이 몇 배나 너무 커집니다. 그것도 매개변수가 좋은 값에서 멀리 떨어져 있는 바로 그때
# 말입니다. $\beta^t$가 0에 가까워지면 $1 - \beta^t \approx 1$이므로 보정은 아무것도 바꾸지 않습니다.

# %% [markdown]
# To watch the bias correction at work, feed your Adam a stream of noisy gradients around 2 (for one
# parameter) and record what it keeps:

# %% [markdown] lang="ko"
# 편향 보정이 작동하는 모습을 보기 위해, 여러분의 Adam에 (매개변수 하나에 대해) 2 근처에서 잡음이 섞인
# 기울기를 잇달아 넣고 Adam이 보관하는 값을 기록해 봅니다.

# %%
rng = np.random.default_rng(0)
p, (v, s) = {"W1": np.zeros((1, 1)), "b1": np.zeros((1, 1))}, initialize_adam(point)
record = []
for t in range(1, 101):
    g = {"dW1": np.array([[2.0 + rng.standard_normal()]]), "db1": np.zeros((1, 1))}
    p, v, s, v_corrected, s_corrected = update_parameters_with_adam(p, g, v, s, t)
    record.append([g["dW1"][0, 0], v["dW1"][0, 0], v_corrected["dW1"][0, 0], s["dW1"][0, 0], s_corrected["dW1"][0, 0]])
record = np.array(record)
fig, axes = plt.subplots(1, 2, figsize=(12, 3.6))
axes[0].plot(range(1, 101), record[:, 0], ".", color="gray", ms=3, label="gradient")
axes[0].plot(range(1, 101), record[:, 1], label="v")
axes[0].plot(range(1, 101), record[:, 2], label="v_corrected")
axes[0].set_title(r"Mean of the gradients ($\beta_1 = 0.9$)")
axes[0].set_xlabel("step t")
axes[0].set_ylabel("value")
axes[0].legend()
axes[1].plot(range(1, 101), np.sqrt(record[:, 3]), label="sqrt(s)")
axes[1].plot(range(1, 101), np.sqrt(record[:, 4]), label="sqrt(s_corrected)")
axes[1].axhline(np.sqrt(5.0), color="gray", ls="--", lw=0.8, label="true RMS, sqrt(2² + 1)")
axes[1].set_title(r"Root mean square of the gradients ($\beta_2 = 0.999$)")
axes[1].set_xlabel("step t")
axes[1].set_ylabel("value")
axes[1].legend()
plt.tight_layout()
plt.show()
for t in (1, 10, 100):
    raw = record[t - 1, 1] / np.sqrt(record[t - 1, 3])
    corrected = record[t - 1, 2] / np.sqrt(record[t - 1, 4])
    print(f"step {t:3}: the uncorrected step would be {raw / corrected:.2f} times the corrected one")

# %% [markdown]
# The uncorrected $v$ needs some twenty steps to climb to the level of the gradients; $v^{corrected}$ is
# there from the first step. With $\beta_2 = 0.999$ the difference is far larger: after 100 steps the raw
# $\sqrt{s}$ is still only about a third of the typical gradient size. Without the correction, Adam's
# first steps would divide a too-small $v$ by a far-too-small $\sqrt{s}$ and come out several times too
# large: the printed ratios show by how much, at steps 1, 10 and 100. With the correction, the very first
# step moves every parameter by almost exactly $\alpha$.
#
# Now all four optimisers on the surface, each with the rate used above. Adam, like RMSProp, moves each
# parameter by about $\alpha$ per step, so its rate is again a distance; with steps of about 0.1, the 1.4 to
# the valley floor takes at least 14 of them:

# %% [markdown] lang="ko"
# 보정하지 않은 $v$는 기울기 수준까지 올라오는 데 스무 걸음 정도가 걸립니다. $v^{corrected}$는 첫 걸음부터 그
# 수준에 있습니다. $\beta_2 = 0.999$에서는 차이가 훨씬 큽니다. 100걸음이 지나도 보정하지 않은 $\sqrt{s}$는
# 여전히 기울기의 전형적인 크기의 약 3분의 1에 불과합니다. 보정이 없으면 Adam의 처음 걸음들은 너무 작은 $v$를
# 훨씬 더 작은 $\sqrt{s}$로 나누게 되어 몇 배나 너무 커집니다. 출력된 비율은 1, 10, 100번째 걸음에서 보정하지
# 않은 걸음이 얼마나 더 큰지를 보여 줍니다. 보정이 있으면 맨 첫 걸음부터 모든 매개변수가 거의 정확히
# $\alpha$만큼 움직입니다.
#
# 이제 네 옵티마이저를 모두 곡면 위에서 실행합니다. 각각 앞에서 쓴 학습률을 씁니다. Adam도 RMSProp처럼
# 걸음마다 각 매개변수를 약 $\alpha$만큼 움직이므로, 학습률은 역시 거리입니다. 걸음이 약 0.1이면 골짜기
# 바닥까지의 거리 1.4를 가는 데 적어도 14걸음이 걸립니다.

# %%
def adam_step(p, g, state, t):
    v, s = state
    p, v, s, _, _ = update_parameters_with_adam(p, g, v, s, t, learning_rate=0.1)
    return p, (v, s)


adam = descend(adam_step, initialize_adam(point))
paths = {"gradient descent": gd_fast, "momentum": momentum, "RMSProp": rmsprop, "Adam": adam}
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], paths, "Four optimisers from the same start")
plot_costs(axes[1], paths)
plt.tight_layout()
plt.show()

# %% [markdown]
# Adam's path looks like RMSProp's with the corners rounded off by momentum; with $\beta_1 = 0.9$ it
# overshoots the bottom of the valley a little and swings back. Here only momentum, with its large
# effective speed, reaches the deeper valley. On real networks the order of merit changes from problem to
# problem; Adam's attraction is that its default settings work reasonably well almost everywhere.
#
# ## 7. The optimisers on the small network
#
# Back to the two moons. Here are the four update rules side by side, each a chain from the gradient $g$ of
# a mini-batch to the step; the green boxes are the state an optimiser keeps from one step to the next.
#
# ![Block diagrams of the four update rules, one per row. GD: g goes straight to the step theta <- theta -
# alpha g, whose size is proportional to alpha |g|. Momentum: g feeds the kept average v <- beta v + (1 -
# beta) g, and the step is theta <- theta - alpha v, also proportional to alpha |g|. RMSProp: g^2 feeds the
# kept average s <- beta2 s + (1 - beta2) g^2, and the step is theta <- theta - alpha g / (sqrt(s) +
# epsilon), of size about alpha. Adam: g feeds both averages v and s, each is divided by its bias
# correction 1 - beta^t, and the step is theta <- theta - alpha v-hat / (sqrt(s-hat) + epsilon), of size
# about alpha](attachment:06_update_rules.svg)
#
# The right-hand column is the reason why **each optimiser needs its own learning rate**:
#
# - **Gradient descent** steps by $\alpha g$. The rate multiplies the gradient, so the right rate depends on
#   how large the gradients are, and the steepest direction caps it (beyond about $2/\text{curvature}$ the
#   steps overshoot more each time, as on the surface in section 3).
# - **Momentum** steps by $\alpha v$, and thanks to the factor $1 - \beta$ the average $v$ has the scale of
#   the gradients, so its rate lives in the same range as gradient descent's. (In the library form without
#   that factor, the velocity is $1/(1-\beta) = 10$ times larger and the rate 10 times smaller.)
# - **RMSProp and Adam** divide by the root mean square of the recent gradients, so each step moves a
#   parameter by about $\alpha$, however large or small its gradient. Their rate is a step *length* in the
#   units of the parameters, typically $10^{-3}$ to $10^{-2}$ for network weights.
#
# So a rate that suits one optimiser means something quite different for another. The way to pick one is a
# small **sweep**: train briefly with rates spaced by factors of about 3 and keep the best. The next cell does
# that for each optimiser, 30 epochs with mini-batches of 32 per run, and prints the mean cost of the last 5
# epochs (an average, because single epochs are noisy); `*` marks the lowest of each row, `nan` a run that
# blew up.

# %% [markdown] lang="ko"
# Adam의 경로는 RMSProp의 경로에서 모멘텀이 모서리를 둥글게 깎아 낸 모습입니다. $\beta_1 = 0.9$이므로 골짜기
# 바닥을 조금 지나쳤다가 되돌아옵니다. 여기서는 실질적인 빠르기가 가장 큰 모멘텀만 더 깊은 골짜기에 도달합니다. 실제
# 신경망에서는 어느 옵티마이저가 더 나은지가 문제마다 달라집니다. Adam의 매력은 기본 설정이 거의 어디서나 꽤
# 잘 통한다는 점입니다.
#
# ## 7. 작은 신경망에서 비교하는 옵티마이저
#
# 두 반달로 돌아갑니다. 아래는 네 가지 갱신 규칙을 나란히 놓은 그림입니다. 각 규칙은 미니배치의 기울기 $g$에서
# 걸음까지 이어지는 사슬이고, 초록색 상자는 옵티마이저가 한 걸음에서 다음 걸음으로 보관하는 상태입니다.
#
# ![네 가지 갱신 규칙의 블록 다이어그램, 한 행에 하나씩. GD: g가 곧바로 걸음 theta <- theta - alpha g로 가고, 걸음 크기는 alpha |g|에 비례합니다. 모멘텀: g가 보관된 평균 v <- beta v + (1 - beta) g로 들어가고, 걸음은 theta <- theta - alpha v이며 역시 alpha |g|에 비례합니다. RMSProp: g^2가 보관된 평균 s <- beta2 s + (1 - beta2) g^2로 들어가고, 걸음은 theta <- theta - alpha g / (sqrt(s) + epsilon)이며 크기는 약 alpha입니다. Adam: g가 두 평균 v와 s로 모두 들어가고, 각각 편향 보정 1 - beta^t로 나뉘며, 걸음은 theta <- theta - alpha v-hat / (sqrt(s-hat) + epsilon)이고 크기는 약 alpha입니다](attachment:06_update_rules.svg)
#
# 오른쪽 열이 바로 **옵티마이저마다 자기 학습률이 필요한** 이유입니다.
#
# - **경사 하강법**은 $\alpha g$만큼 걸음을 내딛습니다. 학습률이 기울기에 곱해지므로, 알맞은 학습률은 기울기가
#   얼마나 큰지에 달려 있고, 가장 가파른 방향이 그 상한을 정합니다(대략 $2/\text{curvature}$를 넘으면 3절의
#   곡면에서처럼 걸음이 매번 더 크게 지나칩니다).
# - **모멘텀**은 $\alpha v$만큼 걸음을 내딛습니다. 계수 $1 - \beta$ 덕분에 평균 $v$는 기울기와 같은
#   규모이므로, 학습률도 경사 하강법과 같은 범위에 있습니다. (그 계수가 없는 라이브러리 형태에서는 속도가
#   $1/(1-\beta) = 10$배 크고 학습률은 10배 작습니다.)
# - **RMSProp과 Adam**은 최근 기울기의 제곱평균제곱근(root mean square)으로 나누므로, 기울기가 크든 작든 각
#   걸음은 매개변수를 약 $\alpha$만큼 움직입니다. 이들의 학습률은 매개변수 단위로 잰 걸음의 *길이*이며, 신경망
#   가중치에는 보통 $10^{-3}$에서 $10^{-2}$ 사이입니다.
#
# 그러니 한 옵티마이저에 맞는 학습률이 다른 옵티마이저에는 전혀 다른 의미가 됩니다. 학습률을 고르는 방법은
# 작은 **스윕**입니다. 약 3배 간격의 학습률로 짧게 훈련해 보고 가장 좋은 것을 고릅니다. 다음 셀은
# 옵티마이저마다 이를 수행합니다. 한 번 실행할 때마다 크기 32의 미니배치로 30 에포크를 훈련하고, 마지막 5
# 에포크의 평균 비용을 출력합니다(에포크 하나의 값은 잡음이 많으므로 평균을 냅니다). `*`는 각 행에서 가장 낮은
# 값을, `nan`은 발산한 실행을 나타냅니다.

# %%
sweep_rates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0]
optimizers = {"gradient descent": "gd", "momentum": "momentum", "RMSProp": "rmsprop", "Adam": "adam"}
best_rate = {}
print("rate:            " + "".join(f"{rate:>8}" for rate in sweep_rates))
with np.errstate(all="ignore"):
    for label, optimizer in optimizers.items():
        final = []
        for rate in sweep_rates:
            _, epoch_costs, _ = train(X_moons, Y_moons, moon_dims, optimizer, rate, num_epochs=30)
            final.append(np.mean(epoch_costs[-5:]))
        best = int(np.nanargmin(final))
        best_rate[label] = sweep_rates[best]
        print(f"{label:17}" + "".join(f"{cost:7.3f}" + ("*" if k == best else " ") for k, cost in enumerate(final)))

# %% [markdown]
# Gradient descent and momentum do best at 0.3, RMSProp and Adam at a rate ten times smaller, 0.03. Too small
# a rate leaves every optimiser crawling; too large a rate makes RMSProp and Adam jump around (their steps do
# not shrink as the slope flattens), and gradient descent and momentum overshoot. Now the four side by side:
# on the left all with the same rate, 0.01; on the right each with the best rate of its sweep.

# %% [markdown] lang="ko"
# 경사 하강법과 모멘텀은 0.3에서, RMSProp과 Adam은 그 10분의 1인 0.03에서 가장 좋은 결과를 냅니다. 학습률이
# 너무 작으면 모든 옵티마이저가 느릿느릿 기어갑니다. 학습률이 너무 크면 RMSProp과 Adam은 이리저리
# 튀고(기울기(slope)가 완만해져도 걸음이 줄지 않기 때문입니다), 경사 하강법과 모멘텀은 지나칩니다. 이제 네
# 옵티마이저를 나란히 비교합니다. 왼쪽은 모두 같은 학습률 0.01로, 오른쪽은 각자 스윕에서 찾은 가장 좋은
# 학습률로 훈련한 결과입니다.

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8), sharey=True)
for label, optimizer in optimizers.items():
    for ax, rate in zip(axes, (0.01, best_rate[label])):
        parameters, epoch_costs, _ = train(X_moons, Y_moons, moon_dims, optimizer, rate, num_epochs=30)
        score = accuracy(parameters, X_moons, Y_moons)
        ax.plot(range(1, 31), epoch_costs, label=f"{label} ({rate}): accuracy {score:.0%}")
for ax, title in zip(axes, ("The same learning rate, 0.01", "The best rate of each sweep")):
    ax.set_yscale("log")
    ax.set_title(title)
    ax.set_xlabel("epoch")
    ax.set_ylabel("mean cost of the epoch")
    ax.legend(fontsize=8)
plt.tight_layout()
plt.show()

# %% [markdown]
# With the same rate (left), gradient descent and momentum crawl along together, while RMSProp and Adam
# bring the cost down several times faster. That is not because momentum is useless: in our form its velocity
# is an average of gradients, so on a steady slope it moves as fast as gradient descent at the same rate; its
# gain is the smoother path, which lets you raise the rate. RMSProp and Adam move every parameter by about
# the learning rate at each step, whatever the size of its gradient; the gradients here are small, so 0.01
# means much larger steps for them.
#
# With the rate of its sweep (right), each optimiser does well on this easy problem. The practical difference
# is how much tuning it takes to get there: Adam's usual settings ($\beta_1 = 0.9$, $\beta_2 = 0.999$ and a
# rate between $10^{-3}$ and $10^{-2}$) are a good first guess on most problems, and a sweep like the one above
# takes a few seconds on a problem this size.
#
# ## 8. Learning-rate decay
#
# With a constant rate, mini-batch training never quite settles: the noise of the batches keeps shaking the
# parameters around the minimum, and RMSProp and Adam keep taking steps of about $\alpha$ (you saw RMSProp
# kicked away from the minimum in section 5). Large steps are useful early, to travel; small ones late, to settle. **Learning-rate
# decay** shrinks the rate as training goes on. A common schedule divides the initial rate $\alpha_0$ by a
# factor that grows with the epoch number:
#
# $$\alpha = \frac{\alpha_0}{1 + \text{decay\_rate} \cdot \text{epoch\_num}}.$$
#
# Decaying after every epoch can shrink the rate too fast when there are many epochs, so a variant lowers it
# only once every `time_interval` epochs, in steps:
#
# $$\alpha = \frac{\alpha_0}{1 + \text{decay\_rate} \cdot \left\lfloor \text{epoch\_num} / \text{time\_interval} \right\rfloor}.$$
#
# (Other schedules exist: exponential decay $\alpha_0 \cdot 0.95^{\text{epoch\_num}}$, or lowering the rate by
# hand when the cost stops improving. These two are the ones to write here.)
#
# ### Exercise 9: `update_lr`
#
# Return the rate of the first formula, as a Python float.
#
# Expected: `update_lr(0.5, 2, 0.5)` gives `0.25` ($0.5 / (1 + 0.5 \cdot 2)$).

# %% [markdown] lang="ko"
# 같은 학습률(왼쪽)에서는 경사 하강법과 모멘텀이 나란히 느릿느릿 나아가는 반면, RMSProp과 Adam은 비용을 몇
# 배나 빠르게 낮춥니다. 모멘텀이 쓸모없어서가 아닙니다. 우리 형태에서 모멘텀의 속도는 기울기의 평균이므로,
# 일정한 기울기(slope)에서는 같은 학습률의 경사 하강법과 같은 빠르기로 움직입니다. 모멘텀의 이점은 경로가 더
# 매끄러워서 학습률을 높일 수 있다는 데 있습니다. RMSProp과 Adam은 기울기(gradient)의 크기와 상관없이 걸음마다
# 모든 매개변수를 약 학습률만큼 움직입니다. 여기서는 기울기가 작으므로, 0.01이 이들에게는 훨씬 큰 걸음을
# 뜻합니다.
#
# 스윕에서 찾은 학습률(오른쪽)을 쓰면 이 쉬운 문제에서는 모든 옵티마이저가 잘 해냅니다. 실전에서의 차이는
# 거기까지 가는 데 조정이 얼마나 필요한가입니다. Adam의 일반적인 설정($\beta_1 = 0.9$, $\beta_2 = 0.999$,
# 그리고 $10^{-3}$에서 $10^{-2}$ 사이의 학습률)은 대부분의 문제에서 좋은 첫 추측값이고, 이 정도 크기의
# 문제라면 위와 같은 스윕은 몇 초면 끝납니다.
#
# ## 8. 학습률 감쇠
#
# 학습률이 일정하면 미니배치 훈련은 결코 완전히 자리 잡지 못합니다. 배치의 잡음이 최솟값 주변에서 매개변수를
# 계속 흔들고, RMSProp과 Adam은 계속 약 $\alpha$ 크기의 걸음을 내딛습니다(5절에서 RMSProp이 최솟값에서 튕겨
# 나가는 것을 보았습니다). 큰 걸음은 초반에 멀리 이동할 때 유용하고, 작은 걸음은 후반에 자리를 잡을 때
# 유용합니다. **학습률 감쇠**는 훈련이 진행될수록 학습률을 줄입니다. 흔히 쓰는 스케줄은 초기 학습률
# $\alpha_0$을 에포크 번호와 함께 커지는 값으로 나눕니다.
#
# $$\alpha = \frac{\alpha_0}{1 + \text{decay\_rate} \cdot \text{epoch\_num}}.$$
#
# 에포크가 많을 때 매 에포크 감쇠하면 학습률이 너무 빨리 줄어들 수 있습니다. 그래서 변형된 방법은
# `time_interval` 에포크마다 한 번씩만, 계단식으로 학습률을 낮춥니다.
#
# $$\alpha = \frac{\alpha_0}{1 + \text{decay\_rate} \cdot \left\lfloor \text{epoch\_num} / \text{time\_interval} \right\rfloor}.$$
#
# (다른 스케줄도 있습니다. 지수 감쇠 $\alpha_0 \cdot 0.95^{\text{epoch\_num}}$, 또는 비용이 더 나아지지 않을
# 때 손으로 학습률을 낮추는 방법 등입니다. 여기서 작성할 것은 위의 두 가지입니다.)
#
# ### 연습 문제 9: `update_lr`
#
# 첫 번째 식의 학습률을 파이썬 float로 반환하세요.
#
# 기대 결과: `update_lr(0.5, 2, 0.5)`는 `0.25`($0.5 / (1 + 0.5 \cdot 2)$)를 줍니다.

# %% exercise="update_lr"

# %% [markdown]
# ### Exercise 10: `schedule_lr_decay`
#
# Return the rate of the second formula, as a Python float. $\lfloor x \rfloor$ rounds down:
# `np.floor(epoch_num / time_interval)` (or `epoch_num // time_interval`).
#
# Expected: `schedule_lr_decay(0.5, 1750, 1.0)` gives `0.25`: with the default `time_interval` of 1000 epochs,
# epoch 1750 lies in the second interval, $\lfloor 1750 / 1000 \rfloor = 1$, so the rate is $0.5 / (1 + 1)$.

# %% [markdown] lang="ko"
# ### 연습 문제 10: `schedule_lr_decay`
#
# 두 번째 식의 학습률을 파이썬 float로 반환하세요. $\lfloor x \rfloor$는 내림입니다:
# `np.floor(epoch_num / time_interval)`(또는 `epoch_num // time_interval`).
#
# 기대 결과: `schedule_lr_decay(0.5, 1750, 1.0)`는 `0.25`를 줍니다. 기본 `time_interval`인 1000 에포크에서
# 에포크 1750은 두 번째 구간에 있고 $\lfloor 1750 / 1000 \rfloor = 1$이므로, 학습률은 $0.5 / (1 + 1)$입니다.

# %% exercise="schedule_lr_decay"

# %%
epochs = np.arange(0, 101)
plt.figure(figsize=(7, 3.5))
plt.plot(epochs, [update_lr(0.1, e, 0.1) for e in epochs], label="update_lr, decay_rate 0.1")
plt.plot(epochs, [schedule_lr_decay(0.1, e, 1.0, time_interval=20) for e in epochs],
         label="schedule_lr_decay, decay_rate 1, time_interval 20")
plt.title("Two learning-rate schedules from 0.1")
plt.xlabel("epoch")
plt.ylabel("learning rate")
plt.legend()
plt.show()

# %% [markdown]
# Back on the surface, RMSProp with rate 0.05 as before, and the same start with the rate decayed at every
# step by `update_lr` (decay rate 0.05; here a step plays the part of an epoch). The right plot shows how
# far each is from the bottom of the valley.

# %% [markdown] lang="ko"
# 다시 곡면으로 돌아갑니다. 앞에서처럼 학습률 0.05의 RMSProp과, 같은 출발점에서 `update_lr`로 매 걸음 학습률을
# 감쇠하는 RMSProp을 비교합니다(감쇠율 0.05, 여기서는 걸음 하나가 에포크 하나의 역할을 합니다). 오른쪽
# 그래프는 각각이 골짜기 바닥에서 얼마나 떨어져 있는지를 보여 줍니다.

# %%
def rmsprop_decayed(p, g, s, t):
    return update_parameters_with_rmsprop(p, g, s, 0.9, update_lr(0.05, t - 1, 0.05))


decayed = descend(rmsprop_decayed, initialize_rmsprop(point))
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8), gridspec_kw={"width_ratios": [2, 1]})
plot_paths(axes[0], {"RMSProp, constant rate": rmsprop, "RMSProp, decayed rate": decayed}, "Learning-rate decay")
grid = np.linspace(1.5, 2.5, 100001)
w_local = grid[np.argmin(surface(grid, 0.0))]  # the bottom of the right-hand valley
for label, path in [("constant rate", rmsprop), ("decayed rate", decayed)]:
    axes[1].plot(np.hypot(path[:, 0] - w_local, path[:, 1]), label=label)
axes[1].set_yscale("log")
axes[1].set_title("Distance from the minimum")
axes[1].set_xlabel("step")
axes[1].set_ylabel("distance to (w, b) = (1.89, 0)")
axes[1].legend()
plt.tight_layout()
plt.show()
distance = {label: np.hypot(path[-1, 0] - w_local, path[-1, 1]) for label, path in
            [("constant", rmsprop), ("decayed", decayed)]}
print(f"distance from the minimum after 150 steps: constant rate {distance['constant']:.2g},"
      f" decayed rate {distance['decayed']:.2g}")
print(f"the decayed run is {distance['constant'] / distance['decayed']:.0f} times closer")

# %% [markdown]
# Both runs reach the valley floor, and both then get kicked away from it again now and then. That is a
# quirk of RMSProp: once the gradient in $b$ has all but vanished, $s$ fades with it, and then even a tiny
# gradient, divided by a tiny $\sqrt{s}$, makes a step of about the learning rate. With a constant rate
# those kicks keep their size; with the decayed rate they shrink along with the rate, and after 150 steps
# the decayed run is many times closer to the minimum (the cell prints how many). On real networks the kicks
# come mostly from the noise of the mini-batches, and decay calms them in the same way.
#
# ## 9. Two more optimisers (optional, not graded)
#
# **Nesterov momentum** looks ahead: it takes the gradient where the velocity is about to carry the
# parameters, rather than where they are, and so brakes earlier when the slope turns uphill. Written for
# gradients taken at the current point (as PyTorch's `nesterov=True` does), the step uses
# $\beta v_{new} + (1 - \beta)\, g$ instead of $v_{new}$.
#
# **AdaGrad** was RMSProp's predecessor: it divides by the root of the *sum* of all squared gradients so far,
# $s := s + g^2$. Since the sum only grows, its steps only shrink, a built-in decay that is often too strong
# for long training runs; RMSProp's moving average was the fix.

# %% [markdown] lang="ko"
# 두 실행 모두 골짜기 바닥에 도달하고, 둘 다 이따금 다시 튕겨 나갑니다. 이것은 RMSProp의 특이한 점입니다. $b$
# 방향의 기울기가 거의 사라지면 $s$도 함께 줄어들고, 그러면 아주 작은 기울기라도 아주 작은 $\sqrt{s}$로 나뉘어
# 학습률 정도 크기의 걸음이 됩니다. 학습률이 일정하면 이렇게 튕겨 나가는 크기가 그대로 유지되고, 학습률을
# 감쇠하면 학습률과 함께 줄어듭니다. 그래서 150걸음 뒤에는 감쇠한 실행이 최솟값에 여러 배 더 가까이
# 있습니다(몇 배인지는 셀이 출력합니다). 실제 신경망에서는 튕겨 나가는 원인이 주로 미니배치의 잡음이며, 감쇠는
# 그것도 같은 방식으로 가라앉힙니다.
#
# ## 9. 옵티마이저 두 가지 더 (선택, 채점하지 않음)
#
# **네스테로프 모멘텀**(Nesterov momentum)은 앞을 내다봅니다. 매개변수가 지금 있는 곳이 아니라 속도가
# 매개변수를 데려갈 곳에서 기울기를 구하므로, 기울기(slope)가 오르막으로 바뀔 때 더 일찍 제동을 겁니다. 현재
# 점에서 구한 기울기로 쓰면(PyTorch의 `nesterov=True`가 이렇게 합니다), 걸음에 $v_{new}$ 대신
# $\beta v_{new} + (1 - \beta)\, g$를 씁니다.
#
# **AdaGrad**는 RMSProp의 전신입니다. 지금까지의 모든 기울기 제곱의 *합*, $s := s + g^2$의 제곱근으로
# 나눕니다. 합은 커지기만 하므로 걸음은 줄어들기만 합니다. 일종의 내장된 감쇠인데, 긴 훈련에는 너무 강한
# 경우가 많습니다. RMSProp의 이동 평균이 이 문제의 해결책이었습니다.

# %%
def nesterov_step(p, g, v, t, beta=0.9, learning_rate=0.6):
    new_v = {k: beta * v[k] + (1 - beta) * g[k] for k in g}
    return {k: p[k] - learning_rate * (beta * new_v["d" + k] + (1 - beta) * g["d" + k]) for k in p}, new_v


def adagrad_step(p, g, s, t, learning_rate=0.1, epsilon=1e-8):
    new_s = {k: s[k] + g[k] ** 2 for k in g}
    return {k: p[k] - learning_rate * g["d" + k] / (np.sqrt(new_s["d" + k]) + epsilon) for k in p}, new_s


nesterov = descend(nesterov_step, initialize_velocity(point))
adagrad = descend(adagrad_step, initialize_rmsprop(point))
fig, ax = plt.subplots(figsize=(9, 3.8))
plot_paths(ax, {"momentum": momentum, "Nesterov momentum": nesterov, "RMSProp, rate 0.05": rmsprop,
               "AdaGrad, rate 0.1": adagrad}, "Nesterov momentum and AdaGrad")
plt.show()

# %% [markdown]
# With the same $\beta$ and rate as momentum, the look-ahead damps the swings much faster; here it also
# loses the speed that carried plain momentum over the ridge, and it turns back into the first valley.
# AdaGrad starts with bold steps, like RMSProp, but they keep shrinking: after 150 steps it is still
# creeping towards the bottom of the valley that RMSProp reached long before.
#
# ## 10. Putting it together: a digit classifier
#
# Finally, a real task for your optimisers: recognising handwritten digits. `datasets.digits()` holds 1797
# images of $8 \times 8$ pixels (scaled to $[0, 1]$), split 80/20 into training and test sets, with
# one-hot labels of shape $(10, m)$. (*Source:* E. Alpaydin and C. Kaynak, Optical Recognition of
# Handwritten Digits, UCI Machine Learning Repository, doi:10.24432/C50P49, CC BY 4.0.)
#
# The network is $[64, 64, 10]$: He initialisation, one ReLU hidden layer and a softmax output, all from
# the cell in section 2. It trains with your mini-batches (64 examples), your Adam, and your step decay
# (`schedule_lr_decay`, halving the rate after 10 epochs and dividing it by 3 after 20).

# %% [markdown] lang="ko"
# 모멘텀과 같은 $\beta$와 학습률을 쓰면, 앞을 내다보는 덕분에 흔들림이 훨씬 빨리 줄어듭니다. 여기서는 그 대신
# 평범한 모멘텀을 능선 너머로 데려갔던 속도도 잃어서, 첫 번째 골짜기로 되돌아갑니다. AdaGrad는 RMSProp처럼
# 과감한 걸음으로 시작하지만, 걸음이 계속 줄어듭니다. 150걸음 뒤에도 RMSProp이 한참 전에 도달한 골짜기 바닥을
# 향해 여전히 기어가고 있습니다.
#
# ## 10. 종합: 숫자 분류기
#
# 마지막으로 여러분의 옵티마이저에 실제 과제를 맡겨 봅니다. 손글씨 숫자 인식입니다. `datasets.digits()`에는
# $8 \times 8$ 픽셀(값은 $[0, 1]$로 조정) 이미지 1797개가 있고, 80/20으로 훈련 세트와 테스트 세트(test set)로
# 나뉘어 있으며, 레이블은 형상이 $(10, m)$인 원-핫 인코딩(one-hot encoding) 형태입니다. (*출처:* E. Alpaydin
# and C. Kaynak, Optical Recognition of Handwritten Digits, UCI Machine Learning Repository,
# doi:10.24432/C50P49, CC BY 4.0.)
#
# 신경망은 $[64, 64, 10]$입니다. He 초기화, ReLU 은닉층 하나, 소프트맥스 출력층으로, 모두 2절의 셀에 있는
# 것입니다. 여러분의 미니배치(샘플 64개), 여러분의 Adam, 그리고 여러분의 계단식 감쇠(`schedule_lr_decay`, 10
# 에포크 뒤에 학습률을 절반으로, 20 에포크 뒤에 3분의 1로 낮춤)로 훈련합니다.

# %%
X_train, Y_train, X_test, Y_test = datasets.digits()
start = time.perf_counter()
digit_parameters, digit_costs, _ = train(
    X_train, Y_train, [64, 64, 10], "adam", learning_rate=0.01, num_epochs=30, mini_batch_size=64,
    decay=lambda rate, epoch: schedule_lr_decay(rate, epoch, 1.0, time_interval=10), output="softmax")
print(f"trained in about {time.perf_counter() - start:.1f} s")
print(f"training accuracy {accuracy(digit_parameters, X_train, Y_train, 'softmax'):.1%}")
print(f"test accuracy     {accuracy(digit_parameters, X_test, Y_test, 'softmax'):.1%}")

predicted = forward(digit_parameters, X_test, "softmax")[0].argmax(axis=0)
actual = Y_test.argmax(axis=0)
confusion = np.zeros((10, 10), dtype=int)
np.add.at(confusion, (actual, predicted), 1)
wrong = np.flatnonzero(predicted != actual)

print(f"{len(wrong)} of the {len(actual)} test digits are misread")

fig = plt.figure(figsize=(10, 4.2))
ax = fig.add_subplot(1, 2, 1)
ax.plot(range(1, 31), digit_costs, "o-", ms=3)
ax.set_yscale("log")
ax.set_title("Training cost (Adam + step decay)")
ax.set_xlabel("epoch")
ax.set_ylabel("mean cross-entropy of the epoch")
ax = fig.add_subplot(1, 2, 2)
ax.imshow(confusion, cmap="Blues")
for i in range(10):
    for j in range(10):
        if confusion[i, j]:
            ax.text(j, i, confusion[i, j], ha="center", va="center", fontsize=8,
                    color="white" if confusion[i, j] > confusion.max() / 2 else "black")
ax.set_xticks(range(10))
ax.set_yticks(range(10))
ax.set_title("Confusion matrix on the test set")
ax.set_xlabel("predicted digit")
ax.set_ylabel("true digit")
plt.tight_layout()
plt.show()

shown = wrong[:12]  # one row of images, one per misread digit (at most 12)
fig, axes = plt.subplots(1, len(shown), figsize=(1.1 * len(shown), 1.6), squeeze=False)
for ax, i in zip(axes[0], shown):
    ax.imshow(X_test[:, i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"{actual[i]} as {predicted[i]}", fontsize=9)
    ax.axis("off")
fig.suptitle(("All" if len(shown) == len(wrong) else f"{len(shown)} of the") + f" {len(wrong)} misread test digits:"
             " true digit, then the prediction", fontsize=10, y=1.05)
plt.show()

# %% [markdown]
# A plain two-layer network, trained in a fraction of a second, recognises 98.6% of the test digits, images it
# has never seen. The diagonal of the confusion matrix counts the right answers; the few
# entries off it show which digits it mixes up, and some of the misread images are hard to read for a
# person too.
#
# ## 11. When to stop, and choosing hyperparameters
#
# The training cost says how well the network fits the examples it learns from, not how well it will do on
# new ones. To measure that, hold some examples back as a **validation set**: the network never takes a step on
# them, and you use them to make decisions, such as when to stop training and which settings to use. (A test
# set, like the digits' in section 10, is kept for one final measurement after all decisions are made; if
# you chose settings by looking at it, it would no longer measure new data.) Here the 300 moons are split at
# random into 200 for training and 100 for validation.
#
# `watch` builds an `on_epoch` for `train` that, after every epoch, records the validation cost and accuracy
# and keeps the parameters of the epoch with the lowest validation cost so far. Keeping them costs nothing:
# the update functions return new dicts instead of changing the old ones, so a reference to an old dict stays
# as it was. With a `patience` $k$, it also applies a simple **stopping rule**: stop when the validation cost
# has not improved for $k$ epochs, and go back to the best parameters. The cell trains the moons network with
# Adam (rate 0.01) for 200 epochs without the rule, to show the whole curve, and then again with $k = 20$.

# %% [markdown] lang="ko"
# 평범한 2층 신경망이 1초도 안 되는 훈련으로, 한 번도 본 적 없는 테스트 숫자 이미지의 98.6%를 알아봅니다. 혼동
# 행렬(confusion matrix)의 대각선은 정답의 개수를 셉니다. 대각선 밖의 몇 안 되는 항목은 신경망이 어떤 숫자들을
# 헷갈리는지 보여 주며, 잘못 읽은 이미지 중 일부는 사람이 보기에도 알아보기 어렵습니다.
#
# ## 11. 언제 멈출까, 그리고 하이퍼파라미터 고르기
#
# 훈련 비용은 신경망이 학습에 쓰는 샘플에 얼마나 잘 맞는지를 말해 줄 뿐, 새로운 샘플에서 얼마나 잘할지는 말해
# 주지 않습니다. 그것을 재려면 일부 샘플을 **검증 세트**(validation set)로 떼어 둡니다. 신경망은 검증 세트로는
# 한 걸음도 내딛지 않고, 여러분은 검증 세트를 훈련을 언제 멈출지, 어떤 설정을 쓸지 같은 결정을 내리는 데
# 씁니다. (10절의 숫자 데이터처럼 테스트 세트는 모든 결정을 내린 뒤 마지막으로 한 번 측정하는 데만 씁니다.
# 테스트 세트를 보면서 설정을 고르면 테스트 세트는 더 이상 새로운 데이터에 대한 측정이 되지 못합니다.)
# 여기서는 반달 데이터 300개를 무작위로 훈련용 200개와 검증용 100개로 나눕니다.
#
# `watch`는 `train`에 넘길 `on_epoch`를 만듭니다. 이 `on_epoch`는 매 에포크가 끝날 때마다 검증 비용과
# 정확도(accuracy)를 기록하고, 지금까지 검증 비용이 가장 낮았던 에포크의 매개변수를 보관합니다. 보관하는 데는
# 계산 비용이 들지 않습니다. 갱신 함수들이 이전 딕셔너리를 바꾸지 않고 새 딕셔너리를 반환하므로, 이전 딕셔너리에
# 대한 참조는 그대로 남아 있기 때문입니다. `patience` $k$를 주면 간단한 **종료 규칙**(stopping rule)도
# 적용합니다. 검증 비용이 $k$ 에포크 동안 나아지지 않으면 멈추고, 가장 좋았던 매개변수로 돌아갑니다. 이 셀은
# 먼저 전체 곡선을 보여 주기 위해 종료 규칙 없이 Adam(학습률 0.01)으로 반달 신경망을 200 에포크 동안 훈련하고,
# 이어서 $k = 20$으로 다시 훈련합니다.

# %%
split = np.random.default_rng(0).permutation(X_moons.shape[1])
X_fit, Y_fit = X_moons[:, split[:200]], Y_moons[:, split[:200]]
X_val, Y_val = X_moons[:, split[200:]], Y_moons[:, split[200:]]


def watch(X_val, Y_val, patience=None):
    """An on_epoch for train, and the log it fills: validation cost and accuracy after every epoch, and the
    best parameters so far. With a patience k, it asks to stop once the validation cost has not improved for
    k epochs."""
    log = {"cost": [], "accuracy": [], "best_epoch": 0, "best_parameters": None}

    def on_epoch(epoch, parameters):
        cost, _ = forward_backward(parameters, X_val, Y_val)
        if cost < min(log["cost"], default=np.inf):
            log["best_epoch"], log["best_parameters"] = epoch + 1, parameters
        log["cost"].append(cost)
        log["accuracy"].append(accuracy(parameters, X_val, Y_val))
        return patience is not None and epoch + 1 - log["best_epoch"] >= patience
    return on_epoch, log


start = time.perf_counter()
on_epoch, full = watch(X_val, Y_val)
last_parameters, fit_costs, _ = train(X_fit, Y_fit, moon_dims, "adam", 0.01, num_epochs=200, on_epoch=on_epoch)
on_epoch, stopped = watch(X_val, Y_val, patience=20)
train(X_fit, Y_fit, moon_dims, "adam", 0.01, num_epochs=200, on_epoch=on_epoch)
stop_epoch = len(stopped["cost"])

epochs = np.arange(1, 201)
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8))
axes[0].plot(epochs, fit_costs, label="training cost (mean over the epoch)")
axes[0].plot(epochs, full["cost"], label="validation cost")
axes[1].plot(epochs, full["accuracy"], color="C1", label="validation accuracy")
for ax in axes:
    ax.axvline(stopped["best_epoch"], color="k", ls="--", lw=0.8, label=f"best epoch, {stopped['best_epoch']}")
    ax.axvline(stop_epoch, color="C3", ls=":", lw=1.2, label=f"the rule stops, epoch {stop_epoch}")
    ax.set_xlabel("epoch")
    ax.legend(fontsize=8)
axes[0].set_yscale("log")
axes[0].set_ylabel("cross-entropy")
axes[0].set_title("Training and validation cost")
axes[1].set_ylabel("accuracy on the 100 validation points")
axes[1].set_title("Validation accuracy")
plt.tight_layout()
plt.show()
print(f"validation cost: at the best epoch {min(full['cost']):.3f}, after 200 epochs {full['cost'][-1]:.3f}")
print(f"validation accuracy: kept parameters {accuracy(stopped['best_parameters'], X_val, Y_val):.0%},"
      f" after 200 epochs {accuracy(last_parameters, X_val, Y_val):.0%}")
print(f"the lowest validation cost comes at epoch {stopped['best_epoch']};"
      f" the stopping rule trained {stop_epoch} epochs instead of 200")

# %% [markdown]
# The training cost keeps falling, slowly, to the end, but the validation cost reaches its lowest value at
# the epoch printed above and then climbs again: from there on, the network fits details of its 200 training
# points that do not carry over to new points (**overfitting**). The validation accuracy moves much less than
# the cost, because most points stay on the right side of the boundary; the cost also registers how
# confident, and wrongly confident, the predictions are. The stopping rule saw 20 epochs without improvement,
# stopped, and returned the parameters of the best epoch, whose validation cost and accuracy are printed above
# next to those after 200 epochs. A patience of more than one epoch matters: with mini-batches the validation
# cost jitters from epoch to epoch, and stopping at the first uptick would stop too early.
#
# ### Hyperparameters
#
# The stopping epoch is one of many numbers that training needs but does not learn: the **hyperparameters**.
# This lesson alone has the learning rate $\alpha$ and its decay, the mini-batch size, the number of epochs (or
# iterations), momentum's $\beta$ and Adam's $\beta_1$, $\beta_2$ and $\varepsilon$; earlier modules added the
# number of layers $L$, the number of units $n^{[l]}$ in each, the activation function of each layer and the
# scale of the initial weights. The parameters $W$ and $b$ are learned by gradient descent; the
# hyperparameters are chosen by you, by training with several values and comparing them on the validation
# set. Their effects interact, so it pays to vary two at once. The next cell trains the moons network with Adam
# for 20 epochs for each of 3 learning rates and 3 mini-batch sizes, and colours each cell of the grid by its
# validation accuracy (the number under it is the validation cost).

# %% [markdown] lang="ko"
# 훈련 비용은 끝까지 천천히 계속 내려갑니다. 하지만 검증 비용은 위에 출력된 에포크에서 가장 낮은 값에 이른 뒤
# 다시 올라갑니다. 그 시점부터 신경망은 훈련 점 200개의 세부 사항, 즉 새로운 점에는 들어맞지 않는 부분까지
# 맞추기 시작합니다(**과대적합**(overfitting)). 검증 정확도는 비용보다 훨씬 덜 움직입니다. 대부분의 점이
# 경계의 올바른 쪽에 머물기 때문입니다. 비용은 예측이 얼마나 확신에 차 있는지, 그리고 얼마나 잘못된 확신에 차
# 있는지까지 반영합니다. 종료 규칙은 나아지지 않는 20 에포크를 확인하고 멈춘 뒤, 가장 좋았던 에포크의
# 매개변수를 돌려주었습니다. 그 매개변수의 검증 비용과 정확도가 200 에포크 뒤의 값과 나란히 위에 출력되어
# 있습니다. `patience`(기다릴 에포크 수)가 한 에포크보다 길어야 한다는 점이 중요합니다. 미니배치를 쓰면 검증 비용이
# 에포크마다 들쭉날쭉하므로, 처음 올라가는 순간 멈추면 너무 일찍 멈추게 됩니다.
#
# ### 하이퍼파라미터
#
# 멈출 에포크는 훈련에 필요하지만 훈련으로 학습되지는 않는 여러 수 가운데 하나입니다. 이런 수를
# **하이퍼파라미터**(hyperparameter)라고 합니다. 이번 레슨에서만 해도 학습률 $\alpha$와 그 감쇠, 미니배치 크기,
# 에포크(또는 반복(iteration)) 횟수, 모멘텀의 $\beta$, Adam의 $\beta_1$, $\beta_2$, $\varepsilon$이 있습니다.
# 앞의 모듈에서는 층의 개수 $L$, 각 층의 유닛(unit) 개수 $n^{[l]}$, 각 층의 활성화 함수(activation function),
# 초기 가중치의 규모가 더해졌습니다. 매개변수 $W$와 $b$는 경사 하강법으로 학습됩니다. 하이퍼파라미터는
# 여러분이 고릅니다. 여러 값으로 훈련해 보고 검증 세트에서 비교하는 방식입니다. 하이퍼파라미터들의 효과는 서로
# 영향을 주고받으므로, 두 개를 동시에 바꿔 보는 것이 좋습니다. 다음 셀은 학습률 3가지와 미니배치 크기 3가지의
# 각 조합으로 Adam을 써서 반달 신경망을 20 에포크 동안 훈련하고, 격자의 각 칸을 검증 정확도에 따라
# 색칠합니다(칸 안의 아래쪽 숫자는 검증 비용입니다).

# %%
sweep_start = time.perf_counter()
grid_rates, grid_sizes = [0.001, 0.01, 0.1], [4, 32, 200]
grid_accuracy, grid_cost = np.zeros((3, 3)), np.zeros((3, 3))
for i, rate in enumerate(grid_rates):
    for j, size in enumerate(grid_sizes):
        parameters, _, _ = train(X_fit, Y_fit, moon_dims, "adam", rate, num_epochs=20, mini_batch_size=size)
        grid_accuracy[i, j] = accuracy(parameters, X_val, Y_val)
        grid_cost[i, j] = forward_backward(parameters, X_val, Y_val)[0]
print(f"9 runs of 20 epochs in about {time.perf_counter() - sweep_start:.1f} s;"
      f" the whole section so far in about {time.perf_counter() - start:.1f} s")

fig, ax = plt.subplots(figsize=(5, 3.8))
image = ax.imshow(grid_accuracy, cmap="viridis", vmin=0.5, vmax=1.0)
for i in range(3):
    for j in range(3):
        ax.text(j, i, f"{grid_accuracy[i, j]:.0%}\n({grid_cost[i, j]:.2f})", ha="center", va="center",
                color="white" if grid_accuracy[i, j] < 0.8 else "black")
ax.set_xticks(range(3), [f"{size}" + (" (all)" if size == 200 else "") for size in grid_sizes])
ax.set_yticks(range(3), grid_rates)
ax.set_xlabel("mini-batch size")
ax.set_ylabel("learning rate")
ax.set_title("Validation accuracy (cost) after 20 epochs")
fig.colorbar(image, label="validation accuracy")
plt.show()

# %% [markdown]
# With only 20 epochs, batch size and learning rate trade off: a smaller batch takes more steps
# per epoch (50 with batches of 4, one with all 200). At the small rate 0.001, going from batches of 4 to the
# full batch costs 20 points of validation accuracy; at the large rate 0.1, only 4. How much the batch size
# matters depends on the rate (and on the number of epochs), which is why the two are tuned together. In
# practice: start from common values (Adam's defaults, batches of 32 to 256), sweep the learning rate on a grid
# spaced by factors of about 3 to 10, look at the validation curves, and change one or two hyperparameters at a
# time. Each run of a sweep should be short; the final run, with the chosen values, can be long, with the
# stopping rule deciding when it ends.
#
# ## 12. The same network in a framework (optional)
#
# Libraries such as PyTorch compute the gradients for you (automatic differentiation) and ship the optimisers
# of this lesson ready-made. Their momentum is written in the library form of section 4:
# `torch.optim.SGD(params, lr=lr, momentum=beta)` keeps a buffer $u \leftarrow \beta u + g$ and steps $\theta \leftarrow
# \theta - \text{lr}\cdot u$. Ours keeps $v \leftarrow \beta v + (1 - \beta) g$ and steps $\theta
# \leftarrow \theta - \alpha v$. Both buffers start at zero, so $u = v / (1 - \beta)$ at every step, and the
# two trace the same path when $\text{lr} = \alpha\,(1 - \beta)$: the course's $\alpha = 0.3$ with $\beta = 0.9$
# is PyTorch's `lr=0.03, momentum=0.9`.
#
# The next cell checks that on the moons network: the same initial parameters and the same mini-batches, five
# epochs with your `update_parameters_with_momentum` and with `torch.optim.SGD`, then the largest difference
# between the two sets of parameters. PyTorch is not part of this course's environment, so unless you have
# installed it yourself the cell only prints a note.

# %% [markdown] lang="ko"
# 에포크가 20개뿐일 때는 배치 크기와 학습률이 서로 맞물립니다. 배치가 작을수록 에포크마다 더 많은 걸음을
# 갑니다(배치 크기 4이면 50걸음, 200개 전부이면 한 걸음). 작은 학습률 0.001에서는 배치 크기 4에서 전체 배치로
# 바꾸면 검증 정확도가 20%포인트 떨어지지만, 큰 학습률 0.1에서는 4%포인트만 떨어집니다. 배치 크기가 얼마나
# 중요한지는 학습률(그리고 에포크 수)에 달려 있으므로, 둘을 함께 조정합니다. 실전에서는 흔히 쓰는 값(Adam의
# 기본값, 배치 크기 32에서 256)에서 시작하고, 약 3배에서 10배 간격의 격자로 학습률을 스윕하고, 검증 곡선을
# 살펴보고, 한 번에 하이퍼파라미터를 한두 개씩 바꿉니다. 스윕의 각 실행은 짧아야 합니다. 고른 값으로 하는
# 마지막 실행은 길게 해도 되고, 언제 끝낼지는 종료 규칙이 정합니다.
#
# ## 12. 프레임워크로 만드는 같은 신경망 (선택)
#
# PyTorch 같은 라이브러리는 기울기를 대신 계산해 주고(자동 미분(automatic differentiation)), 이번 수업의
# 옵티마이저들을 완성된 형태로 제공합니다. 이들의 모멘텀은 4절의 라이브러리 형태로 쓰여 있습니다.
# `torch.optim.SGD(params, lr=lr, momentum=beta)`는 버퍼 $u \leftarrow \beta u + g$를 유지하고
# $\theta \leftarrow \theta - \text{lr}\cdot u$로 걸음을 내딛습니다. 우리의 모멘텀은
# $v \leftarrow \beta v + (1 - \beta) g$를 유지하고 $\theta \leftarrow \theta - \alpha v$로 걸음을 내딛습니다.
# 두 버퍼 모두 0에서 시작하므로 매 걸음에서 $u = v / (1 - \beta)$이고, $\text{lr} = \alpha\,(1 - \beta)$이면
# 둘은 같은 경로를 그립니다. 이 과정의 $\beta = 0.9$, $\alpha = 0.3$은 PyTorch의
# `lr=0.03, momentum=0.9`입니다.
#
# 다음 셀은 반달 신경망에서 이를 확인합니다. 같은 초기 매개변수와 같은 미니배치로 여러분의
# `update_parameters_with_momentum`과 `torch.optim.SGD`를 각각 5 에포크 동안 실행한 다음, 두 매개변수 집합
# 사이의 가장 큰 차이를 출력합니다. PyTorch는 이 과정의 환경에 포함되어 있지 않으므로, 직접 설치하지 않았다면
# 이 셀은 안내 문구만 출력합니다.

# %%
import importlib.util

if importlib.util.find_spec("torch") is None:
    print("PyTorch is not installed here, so this comparison is skipped (pip install torch to run it).")
else:
    import torch

    beta, rate = 0.9, 0.3  # the course's form of momentum
    start_parameters = he_init(moon_dims, np.random.default_rng(0))
    tensors = {k: torch.tensor(value, dtype=torch.float64, requires_grad=True) for k, value in start_parameters.items()}
    torch_optimizer = torch.optim.SGD(list(tensors.values()), lr=rate * (1 - beta), momentum=beta)
    ours, v = dict(start_parameters), initialize_velocity(start_parameters)
    rng = np.random.default_rng(1)
    for epoch in range(5):
        for X_batch, Y_batch in random_mini_batches(X_moons, Y_moons, 32, rng):
            _, grads = forward_backward(ours, X_batch, Y_batch)
            ours, v = update_parameters_with_momentum(ours, grads, v, beta, rate)
            A = torch.tensor(X_batch)  # the same forward pass in PyTorch; backward() finds the gradients
            for l in range(1, len(moon_dims)):
                Z = tensors[f"W{l}"] @ A + tensors[f"b{l}"]
                A = torch.relu(Z) if l < len(moon_dims) - 1 else Z
            loss = torch.nn.functional.binary_cross_entropy_with_logits(A, torch.tensor(Y_batch))
            torch_optimizer.zero_grad()
            loss.backward()
            torch_optimizer.step()
    difference = max(np.abs(tensors[k].detach().numpy() - ours[k]).max() for k in ours)
    print(f"after 5 epochs, the largest difference between the two sets of parameters: {difference:.1e}")

# %% [markdown]
# With PyTorch installed, the difference should be at the level of rounding errors, as for the
# library form checked in section 4: the two are the same optimiser, with the learning rate expressed in
# different units. Whenever you copy a learning rate between a textbook, a paper and a library, check which form
# of momentum each uses.
#
# ## Summary
#
# - **Mini-batches** trade a little accuracy per step for many more steps per pass over the data. Shuffle
#   once per epoch with one permutation for `X` and `Y`, then slice; keep the smaller last batch.
# - **Momentum** steps along an exponentially weighted average of the gradients, $v = \beta v + (1-\beta) g$.
#   Libraries accumulate $u = \beta u + g$ instead, the same path with the learning rate scaled by $1 - \beta$.
# - **RMSProp** divides each parameter's step by the root mean square of its recent gradients, with
#   $\varepsilon$ added outside the root.
# - **Adam** does both, and corrects the zero start of its averages by dividing by $1 - \beta^t$, with $t$ the
#   step number.
# - **Learning-rate decay** takes large steps early and small ones late, per epoch or in steps every few epochs.
# - **Each optimiser's learning rate means something different**: a multiplier of the gradient for gradient
#   descent and momentum, a step length for RMSProp and Adam. Pick it with a short sweep.
# - **A validation set** decides when to stop (the stopping rule: no improvement for $k$ epochs, keep the best
#   parameters) and which hyperparameters to use; the test set is kept for one final measurement.
#
# ## Things to explore
#
# 1. On the elongated bowl of section 4, run momentum with $\beta = 0.5$ and $\beta = 0.99$ at the same rate.
#    Predict first which one overshoots more, and which one zigzags across the valley.
# 2. Copy your `update_parameters_with_adam` without the bias correction and train the moons network with it
#    for a few epochs. How do the first epochs' costs compare with the corrected version, at rates 0.01 and 0.1?
# 3. In section 11, try a patience of 5 and of 50 epochs. How much do the stopping epoch and the kept
#    validation cost change? Then use the same validation set to choose the number of hidden units.
# 4. Do section 11 for the digits: split `X_train` into training and validation sets, sweep Adam's learning rate
#    and the mini-batch size, train the chosen setting with the stopping rule, and measure it once on the test
#    set.
# 5. Add Nesterov momentum or AdaGrad (section 9) as options of `train`, and compare them with the four
#    optimisers of section 7, each with the best rate of a sweep.

# %% [markdown] lang="ko"
# PyTorch가 설치되어 있다면 차이는 4절에서 확인한 라이브러리 형태와 마찬가지로 반올림 오차 수준일 것입니다. 두
# 방법은 같은 옵티마이저이고, 학습률을 다른 단위로 표현할 뿐입니다. 교과서, 논문, 라이브러리 사이에서 학습률을
# 옮겨 올 때는 언제나 각각이 어떤 형태의 모멘텀을 쓰는지 확인하세요.
#
# ## 요약
#
# - **미니배치**는 걸음 하나의 정확도를 조금 내주는 대신, 데이터를 한 번 훑을 때 훨씬 많은 걸음을 갑니다.
#   에포크마다 `X`와 `Y`에 같은 순열 하나를 써서 한 번 섞은 다음 자르고, 더 작은 마지막 배치도 버리지
#   않습니다.
# - **모멘텀**은 기울기의 지수 가중 평균 $v = \beta v + (1-\beta) g$를 따라 걸음을 내딛습니다. 라이브러리는
#   대신 $u = \beta u + g$로 누적하는데, 학습률을 $1 - \beta$배로 조정하면 같은 경로가 됩니다.
# - **RMSProp**은 각 매개변수의 걸음을 최근 기울기의 제곱평균제곱근으로 나누며, $\varepsilon$은 제곱근 바깥에
#   더합니다.
# - **Adam**은 둘 다 하고, 평균들이 0에서 시작하는 문제를 $1 - \beta^t$로 나누어 보정합니다. 여기서 $t$는 걸음
#   번호입니다.
# - **학습률 감쇠**는 초반에 큰 걸음을, 후반에 작은 걸음을 내딛게 합니다. 에포크마다 줄이거나, 몇 에포크마다
#   계단식으로 줄입니다.
# - **옵티마이저마다 학습률의 의미가 다릅니다.** 경사 하강법과 모멘텀에서는 기울기에 곱하는 배수이고,
#   RMSProp과 Adam에서는 걸음의 길이입니다. 짧은 스윕으로 고르세요.
# - **검증 세트**로 언제 멈출지(종료 규칙: $k$ 에포크 동안 나아지지 않으면 멈추고 가장 좋았던 매개변수를
#   보관)와 어떤 하이퍼파라미터를 쓸지 정합니다. 테스트 세트는 마지막 한 번의 측정을 위해 남겨 둡니다.
#
# ## 더 살펴볼 거리
#
# 1. 4절의 길쭉한 그릇에서 같은 학습률로 $\beta = 0.5$와 $\beta = 0.99$인 모멘텀을 실행해 보세요. 어느 쪽이 더
#    많이 지나치고, 어느 쪽이 골짜기를 가로질러 지그재그로 움직일지 먼저 예측해 보세요.
# 2. 여러분의 `update_parameters_with_adam`을 편향 보정 없이 복사해서, 그것으로 반달 신경망을 몇 에포크 훈련해
#    보세요. 학습률 0.01과 0.1에서 처음 몇 에포크의 비용이 보정한 버전과 비교해 어떻습니까?
# 3. 11절에서 `patience`를 5 에포크와 50 에포크로 바꿔 보세요. 멈추는 에포크와 보관된 검증 비용이 얼마나
#    달라집니까? 그다음 같은 검증 세트로 은닉 유닛(hidden unit)의 개수를 골라 보세요.
# 4. 숫자 데이터로 11절을 해 보세요. `X_train`을 훈련 세트와 검증 세트로 나누고, Adam의 학습률과 미니배치
#    크기를 스윕하고, 고른 설정을 종료 규칙과 함께 훈련한 다음, 테스트 세트에서 한 번 측정하세요.
# 5. 네스테로프 모멘텀이나 AdaGrad(9절)를 `train`의 선택지로 추가하고, 각각 스윕에서 찾은 가장 좋은 학습률로
#    7절의 네 옵티마이저와 비교해 보세요.

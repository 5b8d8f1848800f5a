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

# %% [markdown] lang="ko"
# # 01 로지스틱 회귀
#
# 첫 레슨에서는 쓸모 있는 학습 기계 중 가장 작은 것을 직접 만듭니다. 출력에 시그모이드(sigmoid)를 단 뉴런(neuron) 하나를
# 경사 하강법(gradient descent)으로 훈련해서 악성 유방 종양과 양성 종양을 구별하게 합니다. 이 과정에서 나중에 배울 모든 것,
# 즉 은닉층(hidden layer), 오차 역전파(backpropagation), 더 나은 초기화(initialization)와 옵티마이저(optimizer)는 모두 여기서 작성하는
# 부품에서 자라납니다. 그러니 부품 하나하나를 잘 이해해 둘 가치가 있습니다.
#
# 다음 여섯 함수를 이 순서대로 작성합니다.
#
# | 함수 | 하는 일 |
# | --- | --- |
# | `sigmoid(z)` | 임의의 실수를 확률로 눌러 담습니다 |
# | `initialize_with_zeros(dim)` | 시작 매개변수(parameter) `w`, `b` |
# | `propagate(w, b, X, Y)` | 예측, 비용(cost), 비용의 기울기(gradient) |
# | `optimize(w, b, X, Y, ...)` | 경사 하강법: 내리막으로 작은 걸음(step)을 여러 번 |
# | `predict(w, b, X)` | 학습한 매개변수로 구한 레이블(label) 0 또는 1 |
# | `model(...)` | 원시 데이터에서 예측까지, 모든 것을 한데 묶기 |
#
# **진행 방법.** 각 연습 문제(exercise) 셀에는 독스트링(docstring)이 달린 함수와 `raise NotImplementedError()` 한 줄이
# 있습니다. 이 줄을 여러분의 코드로 바꾸세요. 셀을 실행한 다음, 그 아래의 테스트 셀(test cell)을 실행합니다. 테스트는 무엇이
# 맞고 무엇이 틀렸는지 출력합니다. 출력이 다르면 어떤 경우인지 알려 주고(첫 번째 경우는 항상 호출 코드가 함께 표시되는 작은
# 풀이 예제(worked example)입니다), 흔한 실수를 알아보면 어떤 실수인지도 알려 줍니다. 셀은 위에서 아래로 차례대로
# 실행하세요. 뒤쪽 셀은 앞에서 작성한 함수를 사용합니다.
#
# 중간중간 실험 결과를 실행하기 **전에** 예측해 보라는 질문이 나옵니다. 어떤 질문은 연습 문제처럼 테스트 셀이 채점하고,
# 어떤 질문은 몇 문장으로 답을 쓰면 강사가 읽습니다. 먼저 답을 정하세요. 틀린 예측을 실제 결과로 바로잡는 편이 출력에서
# 읽어 낸 정답보다 더 많이 가르쳐 줍니다.
#
# ## 목차
#
# 1. [과제: 이진 분류](#1.-과제:-이진-분류)
# 2. [모델: 시그모이드 뉴런 하나](#2.-모델:-시그모이드-뉴런-하나)
#    - [연습 문제 1: `sigmoid`](#연습-문제-1:-sigmoid)
#    - [연습 문제 2: `initialize_with_zeros`](#연습-문제-2:-initialize_with_zeros)
# 3. [손실과 비용](#3.-손실과-비용)
# 4. [경사 하강법과 도함수](#4.-경사-하강법과-도함수)
# 5. [벡터화](#5.-벡터화)
#    - [연습 문제 3: `propagate`](#연습-문제-3:-propagate)
# 6. [샘플을 행으로 놓을 때와 열로 놓을 때](#6.-샘플을-행으로-놓을-때와-열로-놓을-때)
# 7. [훈련과 예측](#7.-훈련과-예측)
#    - [연습 문제 4: `optimize`](#연습-문제-4:-optimize)
#    - [연습 문제 5: `predict`](#연습-문제-5:-predict)
#    - [연습 문제 6: `model`](#연습-문제-6:-model)
# 8. [30개 특성 전부로 훈련하기](#8.-30개-특성-전부로-훈련하기)
# 9. [학습률](#9.-학습률)
# 10. [왜 지금 딥러닝인가](#10.-왜-지금-딥러닝인가)
#
# 레슨은 [요약](#요약)과 [더 살펴볼 거리](#더-살펴볼-거리)로 마무리합니다.

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

# %% [markdown] lang="ko"
# ## 1. 과제: 이진 분류
#
# **이진 분류(binary classification)** 에서는 모든 샘플(example)에 레이블 $y \in \{0, 1\}$이 붙어 있습니다. 우리가 원하는 것은
# 샘플의 특성(feature) $x$를 읽고 $y = 1$일 확률을 돌려주는 함수입니다. 그 확률을 결정으로 바꾸는 일("절반을 넘으면 1")은
# 마지막에 하는 쉬운 단계입니다.
#
# 우리의 샘플은 **Breast Cancer Wisconsin (Diagnostic)** 데이터 세트(data set)에 있는 유방 종양 569개입니다. 각 종양에서 가는 바늘로 세포를
# 조금 떼어 내어 현미경으로 촬영했습니다. 그다음 소프트웨어가 이미지에서 세포핵의 윤곽을 따고, 세포핵의 성질 열 가지를
# 측정했습니다. 반지름, 질감, 둘레, 넓이, 매끄러움, 조밀도, 오목함, 오목한 점의 수, 대칭성, 프랙털 차원입니다. 성질마다
# 세 값이 들어갑니다. 세포핵들에 대한 평균(mean), 표준 오차(standard error), 그리고 가장 나쁜 값, 즉 가장 큰 값입니다. 그래서
# 종양 하나에 특성이 30개입니다. 레이블은 악성 종양(212개)이면 1, 양성 종양(357개)이면 0입니다.
#
# *출처:* W. Wolberg, O. Mangasarian, N. Street, W. Street, UCI Machine Learning Repository,
# doi:10.24432/C5DW2B, CC BY 4.0 라이선스. 이 강좌에는 사본이 들어 있으므로(scikit-learn에서 내보낸 것입니다.
# `autograder/data/README.md` 참고) 아무것도 내려받지 않습니다.
#
# `datasets.breast_cancer()`는 고정된 시드로 종양들을 섞은 뒤 80%는 훈련용으로, 20%는 테스트용으로 남기고, 모든 특성을
# **표준화(standardization)** 합니다. 즉 특성마다 평균을 빼고 표준편차(standard deviation)로 나눕니다. 이렇게 하지 않으면
# 넓이(수백에서 수천)와 매끄러움(0.1 안팎)이 전혀 다른 규모에 놓이게 되고, 모든 가중치(weight)에 두루 맞는 보폭 하나는 있을
# 수 없습니다. 평균과 표준편차는 훈련 세트(training set)에서만 구합니다. 그래서 테스트 종양에 관한 정보는 훈련에 전혀
# 새어 들어가지 않습니다.

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

# %% [markdown] lang="ko"
# ### 표기법
#
# - $m$은 샘플 수, $n_x$는 특성 수입니다(여기서는 $n_x = 30$).
# - $x^{(i)}$는 샘플 $i$의 특성 벡터(vector)로, 형상(shape)이 $(n_x, 1)$인 열입니다. $y^{(i)}$는 그 샘플의 레이블입니다.
# - 샘플들은 **열로 나란히** 쌓습니다.
#   $X = [x^{(1)}, x^{(2)}, \dots, x^{(m)}]$의 형상은 $(n_x, m)$이고, $Y = [y^{(1)}, \dots, y^{(m)}]$의 형상은
#   $(1, m)$입니다.
#
# 따라서 `X_train[:, i]`는 종양 하나이고, `X_train[j]`는 모든 종양에서 측정한 특성 하나입니다. 샘플을 열에 두면 $m$개 샘플
# 전체에 대한 식이 샘플 하나에 대한 식과 똑같은 모양이 됩니다(5절). 많은 라이브러리는 반대로 샘플을 행에 둡니다. 두 배열 방식이
# 서로 어떻게 바뀌는지는 6절에서 다룹니다.
#
# 학습에 들어가기 전에 특성 두 개를 하나씩 살펴봅시다. 악성 종양은 세포핵이 더 크고 윤곽에 오목한 점이 더 많은 경향이
# 있습니다. 하지만 어느 특성이든 하나만 보면 두 클래스가 겹칩니다. 로지스틱 회귀(logistic regression)는 30개 특성을 모두
# 함께 저울질합니다.

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

# %% [markdown] lang="ko"
# ## 2. 모델: 시그모이드 뉴런 하나
#
# 로지스틱 회귀는 먼저 특성의 가중합에 편향(bias)을 더합니다.
#
# $$z = w^T x + b = w_1 x_1 + w_2 x_2 + \dots + w_{n_x} x_{n_x} + b,$$
#
# 여기서 가중치 벡터 $w$의 형상은 $(n_x, 1)$이고 $b$는 수 하나입니다. 점수 $z$는 어떤 실수든 될 수 있지만 우리가 원하는
# 것은 확률입니다. 그래서 **시그모이드** 함수(로지스틱 함수라고도 합니다)로 $z$를 $(0, 1)$ 안으로 눌러 담습니다.
#
# $$\sigma(z) = \frac{1}{1 + e^{-z}}.$$
#
# 샘플 하나에 대한 예측은 $\hat{y} = \sigma(w^T x + b)$이고, "이 종양이 악성일 확률"로 읽습니다. 이 값을 $a$라고도 쓰며,
# 뉴런의 **활성화 값**(activation)이라고 부릅니다.
#
# ![위: 형상이 (n_x, 1)인 샘플 하나 x와 형상이 (n_x, 1)인 가중치 w로 수 z = w^T x + b를 구하고, 이어서 a = sigma(z)를
# 구합니다. 아래: 형상이 (n_x, m)인 X의 열로 놓인 m개 샘플로 형상이 (1, m)인 행 Z = w^T X + b를 구하고, 이어서 형상이
# (1, m)인 A = sigma(Z)를 구합니다](attachment:01_neuron.svg)
#
# 그림의 아래쪽 절반은 같은 뉴런을 $m$개 샘플 전체에 한꺼번에 적용한 것입니다. 샘플들을 $X$의 열로 나란히 놓으면 곱셈
# 한 번 $w^T X$로 모든 샘플의 $z$를 담은 행 $Z$가 나옵니다. 5절에서 이 점을 활용합니다.
#
# 앞으로 쓸 $\sigma$의 성질 몇 가지는 다음과 같습니다.
#
# - $\sigma(0) = 0.5$이고, $z \to +\infty$이면 $\sigma(z) \to 1$, $z \to -\infty$이면 $\sigma(z) \to 0$입니다.
# - $\sigma(-z) = 1 - \sigma(z)$입니다. 즉 곡선은 점 $(0, 0.5)$에 대해 대칭입니다.
# - 도함수(derivative)는 $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$입니다. 최댓값은 $0.25$($z = 0$에서)이고, $|z|$가 커지면
#   거의 $0$이 됩니다. 이럴 때 시그모이드가 그 영역에서 **포화(saturation)** 되었다고 말합니다.
#
# ### 연습 문제 1: `sigmoid`
#
# $\sigma(z)$를 원소별(element-wise)로 계산하세요. `z`는 파이썬 수일 수도, 임의의 형상을 가진 NumPy 배열일 수도 있습니다. 결과의 형상은
# 입력과 같습니다. 배열 전체에 작동하는 `np.exp`를 사용하세요(`math.exp`는 수 하나만 받습니다). 검사에는 $\pm 10^4$만큼
# 큰 $z$ 값도 들어 있습니다. 식은 $1 / (1 + e^{-z})$로 쓰세요. 겉보기에 같은 $e^{z} / (1 + e^{z})$는 $e^{z}$가
# 오버플로(overflow)하는 순간 $\infty / \infty$ = `nan`을 계산합니다. ($1 / (1 + e^{-z})$로 써도 $z$가 아주 큰 음수이면 NumPy가
# $e^{-z}$의 오버플로를 경고할 수 있습니다. 그래도 답인 $1 / \infty = 0$은 맞으며, 검사는 이 경고를 언급만 하고 점수를
# 깎지 않습니다. 경고를 아예 없애고 싶다면 `np.exp`를 $-|z|$에만 적용하는 방법을 생각해 보세요.)
#
# 예상 결과: `sigmoid(np.array([0.0, 2.0]))`는 `[0.5, 0.88079708]`을 돌려줍니다.

# %% exercise="sigmoid"

# %% [markdown]
# Here is your sigmoid with its derivative. Notice how flat both ends of the curve are: far from $z = 0$ a
# change in $z$ barely changes the output. That flatness comes back in section 3.

# %% [markdown] lang="ko"
# 여러분이 만든 시그모이드와 그 도함수를 그려 보았습니다. 곡선의 양 끝이 얼마나 평평한지 보세요. $z = 0$에서 멀리 떨어지면
# $z$가 변해도 출력은 거의 변하지 않습니다. 이 평평함은 3절에서 다시 등장합니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 2: `initialize_with_zeros`
#
# 경사 하강법에는 출발점이 필요합니다. 로지스틱 회귀에서는 전부 0인 출발점이 괜찮습니다. $w = 0$, $b = 0$이면 모든 샘플에서
# $z = 0$이고 $\hat{y} = 0.5$이므로, 아직 아무 의견도 없는 모델이 됩니다. (은닉층이 있는 신경망(neural network)에서는 0이
# 함정입니다. 똑같은 은닉 유닛(hidden unit)은 영원히 똑같이 남기 때문입니다. 이 문제는 모듈 05에서 다룹니다. 뉴런 하나에는
# 깨야 할 대칭성이 없습니다. 가중치마다 서로 다른 특성을 보므로 서로 다른 기울기를 받습니다.)
#
# `w`로는 형상이 `(dim, 1)`인 0 배열(1차원 `(dim,)`이 아니라 열)을, `b`로는 float `0.0`을 반환하세요.
#
# 예상 결과: `initialize_with_zeros(2)`는 `w = [[0.], [0.]]`(형상 `(2, 1)`)과 `b = 0.0`을 돌려줍니다.

# %% exercise="initialize_with_zeros"

# %% [markdown]
# With zero parameters the predictions for all examples come out of one line, $\hat{Y} = \sigma(w^T X + b)$,
# of shape $(1, m)$: `w.T` has shape $(1, n_x)$, `X` has shape $(n_x, m)$, and the number `b` is added to
# every entry (NumPy broadcasting).

# %% [markdown] lang="ko"
# 매개변수가 0이면 모든 샘플에 대한 예측이 한 줄 $\hat{Y} = \sigma(w^T X + b)$로 나오며, 형상은 $(1, m)$입니다. `w.T`의
# 형상은 $(1, n_x)$, `X`의 형상은 $(n_x, m)$이고, 수 `b`는 모든 원소에 더해집니다(NumPy 브로드캐스팅(broadcasting)).

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

# %% [markdown] lang="ko"
# ## 3. 손실과 비용
#
# 매개변수를 개선하려면 예측이 얼마나 나쁜지 말해 주는 수가 필요합니다.
#
# **손실(loss)** $L$은 샘플 하나를 잽니다. 로지스틱 회귀에서 손실은 **교차 엔트로피(cross-entropy)** 입니다.
#
# $$L(\hat{y}, y) = -\big(y \log \hat{y} + (1 - y) \log(1 - \hat{y})\big).$$
#
# 두 항 중 실제로 작동하는 것은 언제나 하나뿐입니다. $y = 1$이면 손실은 $-\log \hat{y}$입니다. $\hat{y} = 1$이면 0이고,
# $\hat{y} \to 0$이면 한없이 커집니다. $y = 0$이면 손실은 $-\log(1 - \hat{y})$로, 앞의 경우를 거울에 비춘 모양입니다. 따라서
# 확신에 찬 오답은 큰 대가를 치르고, 망설이는 오답은 조금 치르며, 확신에 찬 정답은 거의 아무것도 치르지 않습니다.
#
# **비용** $J$는 훈련 세트 전체에서 매개변수를 잽니다. 비용은 $m$개 샘플에 대한 손실의 평균입니다.
#
# $$J(w, b) = \frac{1}{m} \sum_{i=1}^{m} L\big(\hat{y}^{(i)}, y^{(i)}\big).$$
#
# 손실은 예측 하나에 관한 것이고, 비용은 훈련이 최소화하는 대상입니다.
#
# **질문 (1점).** 연습 문제 2에서는 $w = 0$, $b = 0$에서 훈련을 시작합니다. 종양 455개로 이루어진 우리 훈련 세트에서 이
# 매개변수의 비용 $J$는 얼마일까요(자연로그, 즉 `np.log` 기준)? 먼저 종이에 계산해 보세요. 아래 셀에 유효 숫자 세 자리의 수로
# 적으세요. 예를 들면 `q_zero_cost = 1.23`처럼 씁니다. 그다음 그 아래의 테스트를 실행하세요.

# %% question="q_zero_cost"

# %% [markdown]
# **Question (1 point, graded by your instructor).** The cost is the *mean* of the losses, with a factor
# $\frac{1}{m}$, rather than their sum. Minimising either gives the same parameters, since they differ by a
# constant factor. So why the $\frac{1}{m}$? Think about what happens to the size of the gradient, and so to
# a good learning rate, when the training set grows. Write two or three sentences in the cell below.

# %% [markdown] lang="ko"
# **질문 (1점, 강사 채점).** 비용은 손실의 *합*이 아니라 $\frac{1}{m}$을 곱한 *평균*입니다. 둘은 상수배만큼만 다르므로
# 어느 쪽을 최소화하든 같은 매개변수가 나옵니다. 그렇다면 $\frac{1}{m}$은 왜 붙일까요? 훈련 세트가 커질 때 기울기의 크기가,
# 따라서 좋은 학습률(learning rate)이 어떻게 되는지 생각해 보세요. 아래 셀에 두세 문장으로 답을 쓰세요.

# %% [markdown] answer="explain_one_over_m" points=1
# *Model answer.* With the $\frac{1}{m}$ the cost and its gradient are averages, so their size does not depend on
# how many examples there are: $J$ can be compared between data sets, and a learning rate that works on 100
# examples still works on 100,000. Without it, the gradient is a sum that grows in proportion to $m$, so each
# step $\alpha\, dw$ grows with the data set too, and the learning rate would have to be retuned (divided by
# $m$) whenever the number of examples, or later the size of a mini-batch, changes; otherwise it overshoots.

# %% [markdown] answer="explain_one_over_m" points=1 lang="ko"
# *모범 답안.* $\frac{1}{m}$이 있으면 비용과 그 기울기가 평균이 되므로, 크기가 샘플 수에 좌우되지 않습니다. 그래서 데이터 세트끼리
# $J$를 비교할 수 있고, 샘플 100개에서 잘 되던 학습률이 샘플 100,000개에서도 그대로 잘 됩니다. $\frac{1}{m}$이 없으면
# 기울기는 $m$에 비례해 커지는 합이 되고, 한 걸음 $\alpha\, dw$도 데이터 세트과 함께 커집니다. 그러면 샘플 수가, 나중에는
# 미니배치(mini-batch)의 크기가 바뀔 때마다 학습률을 다시 조정해야(즉 $m$으로 나눠야) 합니다. 그렇게 하지 않으면 걸음이
# 최솟값을 지나쳐 버립니다.

# %% [markdown]
# The cell below evaluates both questions on the first $m$ training tumours, for growing $m$. With $w = 0$
# and $b = 0$ every prediction is $\sigma(0) = 0.5$, so it needs no function of yours: it prints the cost and
# the length of the gradient $dw$ (derived in section 4) once as a mean and once as a sum.

# %% [markdown] lang="ko"
# 아래 셀은 $m$을 늘려 가며 훈련 종양 중 처음 $m$개에 대해 두 질문의 답을 계산합니다. $w = 0$, $b = 0$이면 모든 예측이
# $\sigma(0) = 0.5$이므로 여러분이 작성한 함수는 필요 없습니다. 셀은 비용과 기울기 $dw$(4절에서 유도합니다)의 길이를 한 번은
# 평균으로, 한 번은 합으로 출력합니다.

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

# %% [markdown] lang="ko"
# $w = 0$, $b = 0$에서는 각 샘플이 자기 레이블이 무엇이든 그 레이블에 확률 $\frac{1}{2}$을 받습니다. 그래서 모든 손실이
# $-\log \frac{1}{2} = \log 2$이고, 비용은 어떤 데이터 세트에서든 $\log 2 \approx 0.6931$입니다. 첫 훈련이 다른 값에서 시작한다면
# 버그가 있는 것입니다. 합은 $m$에 비례해 커지고 평균은 제자리에 머뭅니다. 기울기도 마찬가지이며, 그래서 이 강좌의 모든
# 기울기에는 $\frac{1}{m}$이 붙습니다.
#
# *이 식은 어디서 왔을까요?* $\hat{y}$를 모델이 말하는 $y = 1$의 확률로 읽습니다. 그러면 모델이 실제로 관측된 레이블에 주는
# 확률은 $\hat{y}^{\,y} (1 - \hat{y})^{1 - y}$입니다($y = 1$이면 $\hat{y}$, $y = 0$이면 $1 - \hat{y}$). 샘플들이 서로
# 독립이면 이 확률들을 곱하며, 그 곱의 로그는 $-m\,J$입니다. 따라서 교차 엔트로피 비용을 최소화하는 것은 관측된 레이블이
# 나올 확률이 가장 큰 매개변수를 고르는 것과 같습니다(최대 가능도(maximum likelihood)).
#
# ### 왜 제곱 오차가 아닐까요?
#
# 제곱 오차(squared error) $(\hat{y} - y)^2$은 실수를 예측할 때 잘 작동합니다. 그런데 여기서는 왜 쓰지 않을까요?
#
# **질문 (2점, 강사 채점).** 뒷부분을 읽기 전에, $a = \sigma(z)$일 때 제곱 오차 $(a - y)^2$보다 교차 엔트로피를 택하는
# 이유를 스스로 제시해 보세요. 힌트: 연쇄 법칙(chain rule)과 $\sigma'(z) = a(1 - a)$를 이용해 제곱 오차의
# $\frac{dL}{dz}$를 적고, 모델이 확신에 차서 틀릴 때($y = 1$인데 $z$가 아주 큰 음수라서 $a \approx 0$일 때) 이 값이 어떻게
# 되는지 보세요. 아래 셀에 답을 쓰세요.

# %% [markdown] answer="explain_log_loss" points=2
# *Model answer.* For the squared error, $\frac{dL}{dz} = 2(a - y)\,a(1 - a)$. When the model is confidently
# wrong ($y = 1$, $a \approx 0$), the factor $a(1 - a)$ is nearly 0, so the gradient nearly vanishes: the worse
# the mistake, the weaker the push to correct it, and training stalls on a plateau. The cross-entropy's
# logarithm cancels that factor, giving $\frac{dL}{dz} = a - y$, which is largest in size (close to $-1$) exactly
# when the prediction is most wrong. Besides, the cross-entropy through a sigmoid is convex in $w$ and $b$ (one valley),
# while the squared error through a sigmoid is not; and the cross-entropy is the negative log-likelihood of the
# labels, the principled loss for a predicted probability.

# %% [markdown] answer="explain_log_loss" points=2 lang="ko"
# *모범 답안.* 제곱 오차에서는 $\frac{dL}{dz} = 2(a - y)\,a(1 - a)$입니다. 모델이 확신에 차서 틀리면($y = 1$, $a \approx 0$)
# 인자 $a(1 - a)$가 거의 0이므로 기울기도 거의 사라집니다. 실수가 클수록 그것을 바로잡는 힘이 약해지고, 훈련은 평탄한 구간(plateau)에서
# 멈춰 버립니다. 교차 엔트로피의 로그는 이 인자를 상쇄해서 $\frac{dL}{dz} = a - y$를 만듭니다. 이 값은 예측이 가장 틀렸을 때
# 크기가 가장 큽니다(거의 $-1$). 게다가 시그모이드를 거친 교차 엔트로피는 $w$와 $b$에 대해 볼록(골짜기가 하나)하지만,
# 시그모이드를 거친 제곱 오차는 그렇지 않습니다. 또한 교차 엔트로피는 레이블의 음의 로그 가능도(negative log-likelihood)이므로, 예측한 확률에 대해
# 원리에 맞는 손실입니다.

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

# %% [markdown] lang="ko"
# 여러분의 답을 아래 내용과 비교해 보세요. 문제는 제곱 오차 앞에 놓인 시그모이드입니다. $x = 1$, $y = 1$인 샘플 하나를 두고
# 가중치 $w$를 움직여 봅시다($b = 0$이므로 $z = w$입니다).
#
# - **모양.** $(\sigma(w) - 1)^2$은 $w$가 아주 큰 음수이면 평평하고, 가운데에서는 가파르며, $w$가 크면 다시 평평합니다.
#   즉 볼록하지 않습니다. 여러 샘플에 대해 더하면 이런 평탄한 구간 때문에 비용 곡면(cost surface)이 위험해집니다. 반면
#   $-\log \sigma(w)$는 볼록합니다. 골짜기가 하나뿐이어서 걸려 멈출 곳이 없습니다. (시그모이드를 거친 교차 엔트로피는 어떤
#   데이터 세트에서든 $w$와 $b$에 대해 볼록합니다.)
# - **기울기.** 연쇄 법칙에 따라 $\frac{dL}{dz} = \frac{dL}{d\hat{y}} \, \sigma'(z)$입니다. 제곱 오차라면 이 값은
#   $2(\hat{y} - y)\,\hat{y}(1 - \hat{y})$이고, 인자 $\hat{y}(1 - \hat{y})$는 시그모이드가 포화되면 사라집니다. **오답 쪽으로
#   포화되었을 때도 마찬가지입니다.** 예측이 나쁠수록 그것을 고치는 힘이 약해집니다. 교차 엔트로피에서는 $\log$가 그 인자를
#   정확히 상쇄해서(4절에서 유도합니다) $\frac{dL}{dz} = \hat{y} - y$가 되고, 이 값은 예측이 가장 틀렸을 때 가장 큽니다.

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

# %% [markdown] lang="ko"
# ## 4. 경사 하강법과 도함수
#
# $J(w, b)$를 매개변수 위에 펼쳐진 지형이라고 상상해 보세요. 기울기는 오르막, 즉 비용이 가장 빨리 커지는 방향을 가리킵니다.
# 그러니 반대 방향으로 조금씩 내디딥니다.
#
# $$w := w - \alpha \frac{\partial J}{\partial w}, \qquad b := b - \alpha \frac{\partial J}{\partial b}.$$
#
# 보폭 $\alpha$가 **학습률**입니다. 너무 작으면 훈련이 기어가듯 느리고, 너무 크면 걸음마다 골짜기 바닥을 건너뛰어 버립니다
# (9절에서 두 경우를 모두 봅니다). 교차 엔트로피 비용은 볼록하므로 가장 낮은 골짜기 말고는 다른 골짜기가 없습니다. 그래서
# $\alpha$가 적당하면 경사 하강법은 어느 출발점에서든 내리막을 따라 그 골짜기로 향합니다.
#
# 코드에서는 $\frac{\partial J}{\partial w}$를 `dw`(형상은 `w`와 같습니다), $\frac{\partial J}{\partial b}$를 `db`로 씁니다.
#
# ### 연쇄 법칙으로 구하는 도함수
#
# 샘플 하나에 대한 계산은 세 단계의 사슬입니다. $z = w^T x + b$, 그다음 $a = \sigma(z)$(이것이 $\hat{y}$입니다), 그다음
# $L(a, y)$입니다. 이것을 **계산 그래프(computation graph)** 로 그려 봅시다. 순전파(forward propagation)는 왼쪽에서 오른쪽으로
# 진행하며 값을 계산합니다. 각 간선에는 머리 쪽 값을 꼬리 쪽 값으로 미분한 국소 미분(local derivative)이 실려 있고, 역전파는 오른쪽에서
# 왼쪽으로 진행하며 이것들을 곱합니다(연쇄 법칙).
#
# ![샘플 하나의 손실에 대한 계산 그래프: w, x, b가 z = w^T x + b로 들어가고, 이어서 a = sigma(z), 이어서 L(a, y)가
# 됩니다. 간선에는 dL/da = -y/a + (1-y)/(1-a), da/dz = a(1-a), dz/dw = x, dz/db = 1이 실려 있습니다. 아래의 역전파는 이것들을
# 곱합니다: dz = a - y, dw = x dz, db = dz](attachment:01_graph.svg)
#
# 그래프에서 $dw$와 $db$는 샘플 하나의 손실에 대한 도함수입니다. 모든 샘플에 대한 평균인 비용의 도함수는 아래에서 이어서
# 구합니다. 각 단계를 미분하고 끝에서부터 거꾸로 곱해 나갑니다.
#
# $$\frac{\partial L}{\partial a} = -\frac{y}{a} + \frac{1 - y}{1 - a}, \qquad \frac{\partial a}{\partial z} = a(1 - a),$$
#
# $$dz = \frac{\partial L}{\partial z} = \frac{\partial L}{\partial a}\,\frac{\partial a}{\partial z} = -y(1 - a) + (1 - y)\,a = a - y.$$
#
# 결과는 예측 오차 그 자체입니다. $z = w_1 x_1 + \dots + w_{n_x} x_{n_x} + b$이므로, 고리 하나를 더 이으면 다음을
# 얻습니다.
#
# $$\frac{\partial L}{\partial w_j} = x_j\, dz, \qquad \frac{\partial L}{\partial b} = dz.$$
#
# 비용은 손실의 평균이므로, 비용의 도함수는 손실의 도함수들의 평균입니다. 모든 샘플을 열로 놓으면 $dZ = A - Y$는 모든 샘플의
# 오차를 담은 형상 $(1, m)$의 행이고, 다음과 같습니다.
#
# $$dw = \frac{1}{m} X\, dZ^T \quad \text{shape } (n_x, m)(m, 1) = (n_x, 1), \qquad db = \frac{1}{m} \sum_{i=1}^{m} dZ^{(i)}.$$
#
# $dw$는 각 샘플의 특성 벡터에 그 샘플의 오차 $a - y$를 가중치로 곱해 평균한 것으로 읽을 수 있습니다. 따라서 한 걸음
# $w := w - \alpha\, dw$는 너무 높게 예측된($a > y$) 샘플의 특성 벡터 $x^{(i)}$에서 $w$를 멀어지게 해서 그 샘플의 $z$를
# 낮추고, 너무 낮게 예측된 샘플의 특성 벡터 쪽으로 $w$를 다가가게 해서 그 샘플의 $z$를 높입니다.
#
# ## 5. 벡터화
#
# 위의 식에는 샘플에 대한 반복문이 없습니다. $w^T X$와 $X\, dZ^T$는 $m$개 샘플 전부를 한꺼번에 처리하는 행렬 곱(matrix
# product)입니다. 이 점은 중요합니다. 파이썬 반복문은 샘플마다 인터프리터의 오버헤드를 치르지만, NumPy의 곱셈은 컴파일된
# 루틴 하나를 실행해서 메모리를 죽 훑고 프로세서의 벡터(SIMD) 명령어를 사용합니다. 명령어 하나를 많은 수에 한꺼번에
# 적용하는 GPU가 딥러닝(deep learning)에 그토록 뛰어난 것도 같은 이유입니다. 특성 30개짜리 가상의 샘플 100,000개로 직접
# 재어 봅시다. $z^{(i)} = w^T x^{(i)} + b$를 한 번은 반복문으로 샘플마다 계산하고, 한 번은 `w.T @ X + b`로 모든 샘플에 대해
# 한꺼번에 계산합니다. (시간은 실행할 때마다 달라지고, 기계가 바쁘면 크게 달라집니다. 봐야 할 것은 비율이며, 비율은 매번
# 큽니다.)

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

# %% [markdown] lang="ko"
# ### 연습 문제 3: `propagate`
#
# 훈련 세트 전체에 대해 순전파 한 번과 역전파 한 번을 수행합니다. 샘플에 대한 반복문은 쓰지 않습니다.
#
# 1. 순전파: $A = \sigma(w^T X + b)$, 형상 $(1, m)$
# 2. 비용: $J = -\frac{1}{m} \sum_{i} \big(y^{(i)} \log a^{(i)} + (1 - y^{(i)}) \log(1 - a^{(i)})\big)$
# 3. 역전파: $dZ = A - Y$, $dw = \frac{1}{m} X\, dZ^T$, $db = \frac{1}{m} \sum_i dZ^{(i)}$
#
# | 인자 / 결과 | 형상 |
# | --- | --- |
# | `w` | $(n_x, 1)$ |
# | `b` | float |
# | `X` | $(n_x, m)$ |
# | `Y` | $(1, m)$ |
# | `grads["dw"]` | $(n_x, 1)$ |
# | `grads["db"]` | 파이썬 float |
# | `cost` | 파이썬 float |
#
# `grads = {"dw": dw, "db": db}`와 `cost`를 반환하세요. `np.sum`은 NumPy 수를 반환하므로 `float(...)`로 감싸세요. 여러분이
# 작성한 `sigmoid`를 사용하세요. 검사는 여러분의 값을 비교할 뿐 아니라, 여러분이 계산한 비용을 수치적으로 미분해서 `dw`와
# `db`가 정말 그 도함수인지도 확인합니다.
#
# 예상 결과: `w = np.array([[0.5], [-1.0]])`, `b = 0.25`, `X = np.array([[1.0, -2.0, 0.5], [0.3, 1.2, -1.0]])`,
# `Y = np.array([[1.0, 0.0, 1.0]])`일 때 `propagate(w, b, X, Y)`는
# `dw = [[-0.24322675], [0.07169377]]`, `db = -0.14907764`, `cost = 0.27589443`을 돌려줍니다.

# %% exercise="propagate"

# %% [markdown]
# You can do the same test yourself: a derivative is a slope, and a slope can be estimated by nudging one
# parameter by a tiny $\varepsilon$ both ways, $\frac{\partial J}{\partial w_j} \approx
# \frac{J(w_j + \varepsilon) - J(w_j - \varepsilon)}{2\varepsilon}$. Here for the first weight and the bias,
# at random parameters on the training set. The two columns should agree to about seven digits.

# %% [markdown] lang="ko"
# 같은 확인을 직접 해 볼 수도 있습니다. 도함수는 기울기(slope)이고, 기울기는 매개변수 하나를 아주 작은 $\varepsilon$만큼
# 양쪽으로 살짝 움직여서 추정할 수 있습니다. $\frac{\partial J}{\partial w_j} \approx
# \frac{J(w_j + \varepsilon) - J(w_j - \varepsilon)}{2\varepsilon}$입니다. 여기서는 훈련 세트에서 무작위 매개변수를 두고 첫
# 번째 가중치와 편향에 대해 계산합니다. 두 열은 일곱 자리 정도까지 일치해야 합니다.

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

# %% [markdown] lang="ko"
# ## 6. 샘플을 행으로 놓을 때와 열로 놓을 때
#
# 이 강좌는 기반으로 삼은 강의 노트와 마찬가지로 샘플 하나를 **열** 하나에 둡니다. $X$의 형상은 $(n_x, m)$이고, 층(layer)
# 하나는 $Z = W X + b$를 계산합니다. 여기서 $W$의 형상은 $(n_{\text{out}}, n_{\text{in}})$이고 $b$는 열
# $(n_{\text{out}}, 1)$입니다(뉴런 하나뿐인 우리 모델에서는 $W = w^T$, $n_{\text{out}} = 1$입니다). 반면 대부분의 데이터
# 파일과 라이브러리는 샘플 하나를 **행** 하나에 둡니다. `X_rows`의 형상은 $(m, n_{\text{in}})$으로, 스프레드시트처럼 종양
# 하나가 한 줄입니다. 둘은 같은 수를 전치(transpose)한 것입니다.
#
# ![왼쪽, 이 강좌: 열마다 샘플 하나가 놓인 형상 (n_in, m)의 X, 형상 (n_out, n_in)의 W, 그리고 형상 (n_out, m)의
# Z = W X + b. 오른쪽, 샘플을 행에 두는 방식: 행마다 샘플 하나가 놓인 형상 (m, n_in)의 X와 형상 (m, n_out)의
# Z = X W^T + b^T](attachment:01_layouts.svg)
#
# 샘플을 행에 두는 방식을 전제로 쓰면서 강좌의 $W$를 그대로 쓰고 싶다면 층을 `(W @ X_rows.T + b).T`로 씁니다. 샘플을 열로 바꾸고, 층을
# 적용하고, 결과를 다시 되돌리는 것입니다. $(AB)^T = B^T A^T$이므로 이것은 `X_rows @ W.T + b.T`와 같고, 데이터를 전치한
# 사본은 필요 없습니다. 아래 셀에서 무작위 배열로 확인합니다.

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

# %% [markdown] lang="ko"
# 여러분이 다음에 만날 라이브러리들은 행을 씁니다.
#
# - **PyTorch**: `torch.nn.Linear(n_in, n_out)`은 `weight`를 우리의 $W$와 똑같이 형상 `(n_out, n_in)`으로 저장하고, 형상이
#   `(m, n_in)`인 배치 `x`에 대해 `y = x @ weight.T + bias`를 계산합니다. 바로 위의 식입니다.
# - **Keras**: `Dense` 층은 `kernel`을 형상 `(n_in, n_out)`, 즉 우리의 $W^T$로 저장하고 `x @ kernel + bias`를 계산합니다.
#   여기서도 샘플은 행에 놓입니다.
#
# 이 강좌가 열을 고수하는 이유는 두 가지입니다. 열로 두면 배치에 대한 식이 선형대수에서 샘플 하나에 대한 식, 즉 $x$가 열
# 벡터인 $z = W x + b$와 똑같이 읽힙니다. 그리고 강좌의 기반이 된 강의 노트가 열을 씁니다. $W^{[l]}$의 형상은
# $(n^{[l]}, n^{[l-1]})$이고, $dW = \frac{1}{m} dZ\, A^T$ 같은 역전파 식은 모든 강의에서 같은 방식으로 형상을 맞춥니다.
# 어느 쪽이든 계산은 같습니다. 샘플을 어느 축에 두느냐는 관례일 뿐입니다. 다른 코드를 읽을 때는 어느 축에 샘플이 놓였는지부터 확인하세요.
#
# ## 7. 훈련과 예측
#
# ### 연습 문제 4: `optimize`
#
# 경사 하강법 그 자체입니다. 다음을 `num_iterations`번 반복(iteration)하세요.
#
# 1. `grads, cost = propagate(w, b, X, Y)`
# 2. $w := w - \alpha\, dw$, $b := b - \alpha\, db$. 여기서 $\alpha$ = `learning_rate`입니다.
# 3. 100번 반복마다(`i % 100 == 0`일 때, 따라서 반복 0부터) 비용을 리스트 `costs`에 추가하고, `print_cost`가 참이면
#    출력합니다.
#
# `params = {"w": w, "b": b}`(마지막 걸음을 마친 뒤의 매개변수), `grads`(마지막 반복의 것), `costs`를 반환하세요.
#
# 갱신(update)은 `w = w - learning_rate * dw`로 쓰세요. 이렇게 하면 새 배열이 만들어집니다. 제자리 연산 `w -= ...`는 호출한 쪽이
# 넘겨준 배열까지 바꿔 버리는데, 검사는 이 부작용이 있는지 살펴봅니다.
#
# 예상 결과: 연습 문제 3의 풀이 예제에 나온 `w`, `b`, `X`, `Y`로 `optimize(w, b, X, Y, num_iterations=201,
# learning_rate=0.1)`을 호출하면 `params["w"] = [[2.00819357], [-1.39122954]]`, `params["b"] = 1.29150002`,
# `grads["dw"] = [[-0.03002119], [0.00775496]]`, `grads["db"] = -0.02185864`,
# `costs = [0.27589443, 0.05724806, 0.03064568]`(반복 0, 100, 200)을 얻습니다.

# %% exercise="optimize"

# %% [markdown]
# A first real training run: from zeros, on the training set, printing the cost as it goes. The cost should
# start at the value of your answer to the question in section 3 and fall steadily.

# %% [markdown] lang="ko"
# 첫 번째 진짜 훈련입니다. 0에서 출발해 훈련 세트로 훈련하면서 비용을 출력합니다. 비용은 3절 질문에 여러분이 답한 값에서
# 시작해 꾸준히 내려가야 합니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 5: `predict`
#
# 확률을 레이블로 바꿉니다. $A = \sigma(w^T X + b)$를 계산하고, $A > 0.5$인 곳은 `1.0`, 나머지는 `0.0`인 형상 $(1, m)$의
# float 배열을 반환하세요. 불리언 배열 `A > 0.5`는 `.astype(float)`로 변환할 수 있습니다.
#
# $\sigma(z) > 0.5$는 정확히 $z > 0$일 때 성립하므로, 모델은 평평한 면 $w^T x + b = 0$의 한쪽에서는 "악성", 다른 쪽에서는
# "양성"이라고 말합니다. 이 **결정 경계(decision boundary)** 는 특성이 두 개이면 직선, 세 개이면 평면, 30개이면
# 초평면입니다. 로지스틱 회귀는 선형(linear) 분류기입니다.
#
# 예상 결과: `predict(np.array([[0.4], [-1.2]]), -0.1, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]]))`는
# `[[0., 0., 0.]]`을 돌려줍니다(세 $z$ 값은 $-1.14$, $-2.94$, $-1.50$입니다).

# %% exercise="predict"

# %% [markdown]
# To see the boundary, train on just two features, the mean radius and the mean texture, and colour every
# point of the plane by the label your `predict` gives it.

# %% [markdown] lang="ko"
# 경계를 눈으로 보기 위해 특성 두 개, 즉 평균 반지름과 평균 질감만으로 훈련하고, 평면의 모든 점을 여러분의 `predict`가
# 매기는 레이블에 따라 색칠합니다.

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

# %% [markdown] lang="ko"
# ### 연습 문제 6: `model`
#
# 부품을 하나로 조립합니다.
#
# 1. 특성마다 가중치 하나씩(`X_train.shape[0]`개)으로 `initialize_with_zeros`를 호출합니다.
# 2. 훈련 세트에서 `optimize`를 실행하며 `num_iterations`, `learning_rate`, `print_cost`를 그대로 넘깁니다.
# 3. 학습한 매개변수로 훈련 세트와 테스트 세트(test set)에서 `predict`를 실행합니다.
#
# 키가 `"costs"`, `"Y_prediction_test"`, `"Y_prediction_train"`, `"w"`, `"b"`, `"learning_rate"`,
# `"num_iterations"`인 딕셔너리를 반환하세요.
#
# 여기서는 검사에 작은 풀이 예제가 없습니다. 검사는 작은 무작위 데이터 세트 두 개에서 여러분의 딕셔너리를 참조 구현의 딕셔너리와
# 키별로 비교합니다. 그다음 8절에서 여러분의 `model`을 종양 데이터로 실행합니다.

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

# %% [markdown] lang="ko"
# ## 8. 30개 특성 전부로 훈련하기
#
# 이제 진짜입니다. 모든 특성으로, 2000번 반복, $\alpha = 0.01$로 훈련합니다. 정확도(accuracy)는 올바르게 분류된 종양의
# 비율입니다. 훈련 정확도는 모델이 이미 본 데이터에 얼마나 잘 맞는지 말해 줍니다. 한 번도 보지 못한 종양 114개에서 잰 테스트
# 정확도는 새로운 종양에서 모델이 얼마나 잘할지를 추정합니다.
#
# 이 셀은 테스트 예측 뒤에 있는 것도 보여 줍니다. 양성 테스트 종양과 악성 테스트 종양에 대한 예측 확률의 히스토그램, 혼동
# 행렬(confusion matrix, 각 클래스가 $0.5$의 어느 쪽에 몇 개씩 떨어졌는지), 그리고 처음 다섯 테스트 종양과 모델이 틀린 모든 테스트 종양의
# 확률입니다.

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
# $(1 - y) \log(1 - a)$ becomes $0 \cdot (-\infty)$ = `nan` (for $y = 1$), which makes the cost `nan`, or
# $-\infty$ (for $y = 0$), which makes that example's loss, and so the cost, $+\infty$. The gradients are unaffected, since $dZ = A - Y$ has
# no logarithm, but the recorded cost is ruined. The cell below shows both cases: it trains with the defaults
# of `model`, counts the training tumours whose probability rounds to exactly `1.0`, and evaluates the cost
# written with logarithms of `A`; then it takes one made-up benign example ($y = 0$) at $z = 40$.

# %% [markdown] lang="ko"
# 테스트 종양의 약 97%가 올바르게 분류됩니다. 가중합 하나와 시그모이드 하나가 전부인 모델로 말입니다. 비용 곡선은 처음에는
# 빠르게, 그 뒤로는 점점 느리게 떨어집니다. 반복을 더 하면 계속 내려갈 것입니다. 그에 따라 테스트 정확도도 계속 오를지는
# 레슨 끝의 더 살펴볼 거리 가운데 하나입니다.
#
# 확률은 대부분 0이나 1 가까이에 몰려 있습니다. 실수가 다 같은 무게는 아닙니다. 악성 종양을 양성이라고 하는 실수(표의 왼쪽
# 아래)는 거짓 경보보다 훨씬 나쁜데, 이 모델이 저지르는 실수가 바로 그런 종류입니다. 모델이 확률을 출력하므로, 임계값을
# $0.5$에서 낮추면 거짓 경보가 늘어나는 대가를 치르고 악성 종양을 더 많이 잡아낼 수 있습니다.
#
# ### 수치 계산 여담: 비용이 `nan`이 되는 이유
#
# 충분히 오래 훈련하면(`model`의 기본값 `learning_rate=0.5`로 2000번 반복하면 넉넉합니다) 몇몇 종양이 $z > 37$에 이릅니다.
# 그러면 $e^{-z} < 10^{-16}$이 $1$ 옆에서 float64가 구별할 수 있는 간격보다 작아지므로, `sigmoid(z)`는 정확히 `1.0`을
# 반환합니다. 그러면 `np.log(1 - A)`는 $\log 0 = -\infty$이고, 항 $(1 - y) \log(1 - a)$는 $0 \cdot (-\infty)$ = `nan`($y = 1$일
# 때) 또는 $-\infty$($y = 0$일 때)가 됩니다. 후자는 그 샘플의 손실을, 따라서 비용을 $+\infty$로 만듭니다. 기울기는 영향을
# 받지 않습니다. $dZ = A - Y$에는 로그가 없기 때문입니다. 하지만 기록되는 비용은 망가집니다. 아래 셀은 두 경우를 모두
# 보여 줍니다. `model`의 기본값으로 훈련하고, 확률이 반올림되어 정확히 `1.0`이 된 훈련 종양의 수를 세고, `A`의 로그로 쓴
# 비용을 계산합니다. 그다음 $z = 40$인 가상의 양성 샘플($y = 0$) 하나를 살펴봅니다.

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

# %% [markdown] lang="ko"
# 일부 악성 종양의 확률이 반올림되어 정확히 `1.0`이 되었습니다. 그리고 항들 가운데 `nan`이 하나만 있어도 평균 전체가
# `nan`이 됩니다. 모델은 잘하고 있는데도 그렇습니다. $z$에서 계산하면 같은 비용이 작은 유한한 수로 나옵니다. 이 강의의 다른
# 실행은 그 지점에 이르기 전에 멈춥니다. 8절에서 `model`의 기본값 $0.5$ 대신 $\alpha = 0.01$로 훈련한 것도 그 때문입니다.
#
# 해결책은 손실을 $a$가 아니라 $z$에서 계산하는 것입니다. 몇 줄의 대수로 교차 엔트로피를 다음과 같이 바꿀 수 있습니다.
#
# $$L = \log(1 + e^{z}) - y\,z,$$
#
# `np.logaddexp(0, z)`는 $\log(e^0 + e^z)$를 결코 오버플로 없이 계산합니다. 이 강좌의 참조 풀이가 이렇게 하며, 딥러닝
# 라이브러리가 "로짓(logit)을 받는 교차 엔트로피(cross-entropy with logits)"를 제공할 때 하는 일도 이것입니다.
#
# ## 9. 학습률
#
# 학습률은 **하이퍼파라미터(hyperparameter)** 입니다. 학습되는 값이 아니라 우리가 고르는 값이며, 보통은 여러 값을 시도해
# 보고 비용 곡선을 비교해서 고릅니다. 안에서 무슨 일이 일어나는지 보기 위해 특성 하나, 평균 질감만 쓰는 모델을 봅시다. 이
# 모델의 매개변수는 $w$와 $b$뿐이므로 비용 $J(w, b)$ 전체를 등고선(contour) 그래프 하나에 담을 수 있고, 그 위에서 경사
# 하강법의 걸음을 하나하나 따라갈 수 있습니다. 아래 반복문은 `optimize`를 풀어 쓴 것으로, 걸음마다 매개변수를 기록할 수
# 있게 했습니다.
#
# $w = 0$, $b = 0$에서 출발해 경사 하강법을 40번 반복하는 실행을 학습률 0.1, 3, 15로 세 번 합니다. 비용은 모든 실행에서
# $\log 2 \approx 0.693$에서 시작합니다.
#
# **질문 (1점).** 어느 실행에서 비용이 한 반복에서 다음 반복으로 넘어갈 때 *올라가서*, 꾸준히 떨어지지 않고 이리저리
# 튈까요?
#
# - (a) 학습률 0.1
# - (b) 학습률 3
# - (c) 학습률 15
# - (d) 없음: 비용이 볼록하므로 경사 하강법의 걸음은 언제나 비용을 낮춥니다
#
# 아래 셀에 `q_overshoot = "a"`, `"b"`, `"c"`, `"d"` 중 하나로 답을 적고, 그 테스트를 실행하세요.

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

# %% [markdown] lang="ko"
# - **0.1, 너무 작음:** 걸음마다 방향은 맞지만 보폭이 짧습니다. 40번 반복한 뒤에도 경로는 아직 바닥으로 가는 중이고, 비용도
#   여전히 최솟값보다 뚜렷이 높습니다.
# - **3, 적당함:** 성큼성큼 몇 걸음 만에 골짜기 바닥에 이르고 비용이 평평해집니다.
# - **15, 너무 큼:** 걸음마다 골짜기 바닥을 지나쳐 맞은편 비탈 높은 곳에 떨어집니다. 비용은 이리저리 튀다가 출발할 때보다
#   높은 곳에서 끝납니다. 경사 하강법이 더는 수렴하지 않습니다.
#
# 무엇이 "너무 큰" 값인지는 비용이 최솟값 주변에서 얼마나 급하게 휘는지에 달려 있고, 그것은 데이터에 달려 있습니다. 어떤
# 문제에서 괜찮던 학습률이 다른 문제에서는 느리거나 불안정할 수 있습니다. 그래서 학습률은 문제마다 조정합니다. 뒤의
# 모듈에서는 진행하면서 보폭을 스스로 조절하는 방법들을 만납니다.
#
# ## 10. 왜 지금 딥러닝인가
#
# 로지스틱 회귀는 수십 년 된 방법이고, 이런 유닛(unit)을 여러 겹 쌓은 신경망도 1950년대부터 연구되었습니다. 그런데도
# 신경망이 머신러닝을 장악한 것은 2010년대에 들어서입니다. 흔히 드는 설명은 세 가지입니다.
#
# - **데이터.** 휴대폰, 센서, 웹이 예전보다 훨씬 많은 레이블된 샘플을 만들어 냅니다. 이 모델처럼 작은 모델은 데이터를 더 줘도
#   곧 나아지지 않게 되지만, 큰 신경망은 훨씬 오랫동안 계속 나아집니다.
# - **연산.** 그래픽 처리 장치(GPU)와 벡터화(vectorization)된 라이브러리는 연산 하나를 많은 수에 한꺼번에 적용합니다. 딥러닝은 바로 그런
#   연산, 즉 5절의 행렬 곱으로 이루어져 있습니다.
# - **알고리즘.** 큰 신경망을 훈련할 수 있게, 그리고 빨리 훈련되게 해 주는 아이디어들입니다. 포화되는 시그모이드 대신 쓰는
#   ReLU 활성화 함수(activation function)(모듈 04), 신중한 초기화(모듈 05), Adam 같은 더 나은 옵티마이저(모듈 06)가 그
#   예입니다.
#
# 세 가지 모두의 바탕에는 하나의 순환이 있습니다. **아이디어**를 떠올리고, **코드**를 작성하고, **실험**을 돌려 결과를 보고,
# 다음 아이디어를 떠올립니다. 올바른 구조나 학습률을 미리 아는 사람은 없습니다(9절). 그래서 얼마나 빨리 발전하느냐는 하루에 이 순환을 몇
# 바퀴 돌 수 있느냐로 정해집니다. 몇 주 걸리던 실험이 몇 분 만에 끝나면 시도할 수 있는 것이 달라집니다.
#
# ![세 상자로 이루어진 순환: 아이디어, 그다음 코드, 그다음 실험, 그리고 다시 아이디어로. 실험이 빠를수록 하루에 순환을 더 여러
# 바퀴 돌 수 있습니다](attachment:01_loop.svg)
#
# 순환을 더 빨리 돌리는 값싼 방법 두 가지는 노트북 컴퓨터에서도 눈으로 확인할 수 있습니다. 아래 셀은 특성 30개짜리 가상의
# 샘플 100,000개에 대해 로지스틱 회귀의 벡터화된 경사 하강법 한 걸음(`propagate`의 계산과 갱신 한 번을 그 자리에 풀어 쓴
# 것)에 걸리는 시간을 잽니다. 한 번은 64비트 float로, 한 번은 대부분의 딥러닝이 쓰는 정밀도인 32비트 float로 잽니다. 그다음
# 샘플 4096개를 크기 1, 16, 256, 4096의 배치로 나누어 처리하고(크기 1의 배치는 샘플 하나씩 도는 반복문입니다) 샘플 하나당
# 시간을 보고합니다. 각 시간은 몇 번 반복해 잰 것 중 가장 좋은 값입니다.

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

# %% [markdown] lang="ko"
# 숫자는 기계와 그 기계가 동시에 하고 있는 다른 일에 따라 달라지므로 비율로 읽으세요. 이 레슨을 준비한 (바쁜, 코어 두 개짜리)
# 기계에서는 float32가 한 걸음을 float64보다 약 두 배 빠르게 했고, 4096개짜리 배치는 샘플 하나를 단일 샘플 처리보다 수백 배
# 빠르게 처리했으며, 이득의 대부분은 크기 256의 배치에서 이미 나타났습니다. 여러분의 숫자는 다를 것이고, 바쁜 기계에서는
# 실행할 때마다 들쭉날쭉합니다(이상해 보이면 셀을 다시 실행하세요). 하지만 전체 그림은 달라지지 않아야 합니다. 비트 수가
# 절반이면 훑어야 할 메모리도 절반이고, 벡터 명령어 하나가 처리하는 수는 두 배입니다. 배치는 파이썬의 호출당 오버헤드를
# 샘플마다 한 번이 아니라 수천 개 샘플에 한 번만 치릅니다. GPU는 두 효과를 훨씬 더 멀리 밀어붙입니다. (여기서 배치로 처리하면
# 샘플 하나씩 걸음을 내딛는 한 번의 훑기와는 다른 매개변수 갱신이 나옵니다. 배치 크기(batch size)가 실행 시간뿐 아니라 훈련 자체에
# 어떤 영향을 주는지는 모듈 06에서 다룹니다.)
#
# ## 요약
#
# - 로지스틱 회귀는 $\hat{y} = \sigma(w^T x + b)$를 예측합니다. 가중합을 확률로 눌러 담은 것입니다.
# - 로지스틱 회귀는 평균 교차 엔트로피 $J(w, b)$를 최소화해서 훈련합니다. 이 비용은 볼록하고, 예측이 확신에 차서 틀렸을 때도
#   기울기가 약해지지 않습니다. 시그모이드를 거친 제곱 오차와 다른 점입니다.
# - 연쇄 법칙으로 $dZ = A - Y$, $dw = \frac{1}{m} X\, dZ^T$, $db = \frac{1}{m}\sum dZ$를 얻고, 경사 하강법은 조정이
#   필요한 학습률 $\alpha$로 그 반대 방향으로 걸음을 내딛습니다.
# - 샘플이 열이므로 행렬 곱 하나로 모든 샘플을 처리합니다. 샘플에 대한 반복문이 없고, 5절에서 잰 것처럼 실행 시간을 크게 아낍니다.
#   샘플을 행에 두는 라이브러리는 같은 것을 전치해서 `X_rows @ W.T + b.T`로 계산합니다.
# - 비용을 $z$에서 계산하면(`np.logaddexp`) 확률이 반올림되어 정확히 0이나 1이 되어도 비용이 유한하게 유지됩니다.
#
# 다음 모듈에서는 이 뉴런 앞에 은닉 유닛으로 이루어진 층을 하나 둡니다. 그러면 결정 경계가 더는 직선일 필요가 없습니다.
#
# ## 더 살펴볼 거리
#
# - `predict`의 결정 임계값(decision threshold)을 $0.5$에서 이를테면 $0.2$로 낮추고 8절의 혼동 행렬을 다시 세어 보세요. 양성이라고 판정된 악성
#   종양은 몇 개가 남고, 그 대가로 거짓 경보는 몇 개나 늘어날까요?
# - 표준화를 일부 되돌려 보세요. `X_train`의 사본에서 `mean_area` 행에 500을 곱해 그 특성이 아직 원래 단위로 측정된 것처럼
#   만들고, 모든 가중치에 한꺼번에 맞는 학습률을 찾아보세요. 무엇이 잘못되며, 왜 그럴까요?
# - 9절의 학습률 실험을 확장해 보세요. 비용이 이리저리 튀기 시작하는 가장 작은 학습률을 대략 찾고, 평균 질감이 아닌 다른
#   특성으로도 시도해 보세요.
# - `propagate`의 사본에서 교차 엔트로피를 제곱 오차로 바꾸고(기울기도 그에 맞게 $dZ = 2(A - Y)\,A(1 - A)$로 바꿉니다), 전부
#   0인 출발점에서 비용 곡선과 테스트 정확도를 비교해 보세요.
# - `model`을 250, 500, 1000, 2000, 4000번 반복으로(학습률 0.01) 훈련하고, 매번 훈련 정확도와 테스트 정확도를 출력해 보세요.
#   훈련 비용이 낮으면 테스트 종양에 대한 예측도 언제나 더 좋아질까요?

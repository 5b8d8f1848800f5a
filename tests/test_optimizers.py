"""Module 06: the reference library, and the checks against plausible wrong answers."""
import copy
import math
import re
from pathlib import Path

import numpy as np
import pytest

import autograder
from autograder.checks import optimizers as checks
from autograder.exercise import REGISTRY, _same
from solutions import optimizers as ref

from conftest import assert_fails


def _flat(text):
    """Text with its line wrapping undone: the report wraps long messages at word boundaries."""
    return " ".join(str(text).split())


M = "optimizers."
ROOT = Path(__file__).resolve().parent.parent


def random_problem(seed, dims=(3, 4, 2)):
    rng = np.random.default_rng(seed)
    parameters, grads = {}, {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.standard_normal((dims[l], 1))
        grads[f"dW{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        grads[f"db{l}"] = rng.standard_normal((dims[l], 1))
    return parameters, grads


def elementwise(fn, *dicts):
    """Apply a scalar function entry by entry with Python floats (an implementation independent of NumPy's)."""
    out = {}
    for key in dicts[0]:
        shape = dicts[0][key].shape
        flat = [d[key].reshape(-1) for d in dicts]
        out[key] = np.array([fn(*(float(f[i]) for f in flat)) for i in range(flat[0].size)]).reshape(shape)
    return out


def p2g(key):
    return "d" + key


def g2p(key):
    return key[1:]


# --- the reference library --------------------------------------------------------------------------

def _loop_mini_batches(X, Y, size, permutation):
    """Example by example: the k-th shuffled example goes to batch k // size."""
    batches = []
    for position, i in enumerate(permutation):
        if position % size == 0:
            batches.append(([], []))
        batches[-1][0].append(X[:, i])
        batches[-1][1].append(Y[:, i])
    return [(np.array(xs).T, np.array(ys).T) for xs, ys in batches]


@pytest.mark.parametrize("m, size", [(7, 3), (20, 8), (12, 4), (130, 64), (5, 10), (9, 1)])
def test_random_mini_batches_matches_a_loop_over_examples(m, size):
    rng = np.random.default_rng(m)
    X, Y = rng.standard_normal((4, m)), rng.standard_normal((2, m))
    X0, Y0 = X.copy(), Y.copy()
    batches = ref.random_mini_batches(X, Y, size, np.random.default_rng(5))
    expected = _loop_mini_batches(X, Y, size, np.random.default_rng(5).permutation(m))
    assert len(batches) == math.ceil(m / size)
    for (Xb, Yb), (Xe, Ye) in zip(batches, expected):
        np.testing.assert_array_equal(Xb, Xe)
        np.testing.assert_array_equal(Yb, Ye)
    assert [b[0].shape[1] for b in batches[:-1]] == [size] * (len(batches) - 1)
    assert np.array_equal(X, X0) and np.array_equal(Y, Y0)


def test_random_mini_batches_default_size_and_fresh_generator():
    X, Y = np.arange(300.0).reshape(2, 150), np.arange(150.0).reshape(1, 150)
    batches = ref.random_mini_batches(X, Y)
    assert [b[0].shape[1] for b in batches] == [64, 64, 22]
    order = np.concatenate([b[1][0] for b in batches]).astype(int)
    assert sorted(order) == list(range(150)) and list(order) != list(range(150))
    for Xb, Yb in batches:
        np.testing.assert_array_equal(Xb[1] - 150, Yb[0])  # every example kept its label
    again = np.concatenate([b[1][0] for b in ref.random_mini_batches(X, Y)])
    assert not np.array_equal(order, again)


def test_gd_matches_an_entry_by_entry_update():
    parameters, grads = random_problem(0)
    before = copy.deepcopy((parameters, grads))
    new = ref.update_parameters_with_gd(parameters, grads, 0.3)
    expected = elementwise(lambda p, g: p - 0.3 * g, parameters, {g2p(k): v for k, v in grads.items()})
    assert new.keys() == parameters.keys()
    for key in new:
        np.testing.assert_allclose(new[key], expected[key], rtol=1e-14)
    assert _same(before, (parameters, grads))


def test_initializers_give_zeros_with_gradient_keys():
    parameters, _ = random_problem(1, (5, 3, 2, 1))
    made = [ref.initialize_velocity(parameters), ref.initialize_rmsprop(parameters), *ref.initialize_adam(parameters)]
    for v in made:
        assert list(v) == ["dW1", "db1", "dW2", "db2", "dW3", "db3"]
        for key, value in v.items():
            assert value.shape == parameters[key[1:]].shape and value.dtype == np.float64 and not value.any()
    v, s = ref.initialize_adam(parameters)
    assert all(v[k] is not s[k] for k in v)


def test_momentum_matches_an_entry_by_entry_update():
    parameters, grads = random_problem(2)
    v = {k: np.random.default_rng(3).standard_normal(g.shape) for k, g in grads.items()}
    before = copy.deepcopy((parameters, grads, v))
    new_p, new_v = ref.update_parameters_with_momentum(parameters, grads, v, 0.8, 0.05)
    expected_v = elementwise(lambda vv, g: 0.8 * vv + 0.2 * g, v, grads)
    for key in grads:
        np.testing.assert_allclose(new_v[key], expected_v[key], rtol=1e-14)
        np.testing.assert_allclose(new_p[g2p(key)], parameters[g2p(key)] - 0.05 * expected_v[key], rtol=1e-14)
    assert _same(before, (parameters, grads, v))


def test_momentum_traces_the_same_path_as_the_keras_pytorch_form():
    """u = mu u + g, p -= lr' u is the same path as ours when lr' = (1 - beta) lr and both start at zero."""
    parameters, _ = random_problem(4)
    beta, lr = 0.9, 0.5
    ours, v = parameters, ref.initialize_velocity(parameters)
    theirs, u = copy.deepcopy(parameters), {k: 0.0 for k in v}
    for step in range(25):
        grads = random_problem(100 + step)[1]
        ours, v = ref.update_parameters_with_momentum(ours, grads, v, beta, lr)
        for key, g in grads.items():
            u[key] = beta * u[key] + g
            theirs[g2p(key)] = theirs[g2p(key)] - (1 - beta) * lr * u[key]
    for key in ours:
        np.testing.assert_allclose(ours[key], theirs[key], rtol=1e-12, atol=1e-12)


def test_rmsprop_matches_an_entry_by_entry_update():
    parameters, grads = random_problem(5)
    s = {k: np.random.default_rng(6).random(g.shape) for k, g in grads.items()}
    new_p, new_s = ref.update_parameters_with_rmsprop(parameters, grads, s, 0.9, 0.01, epsilon=1e-4)
    expected_s = elementwise(lambda ss, g: 0.9 * ss + 0.1 * g * g, s, grads)
    step = elementwise(lambda ss, g: 0.01 * g / (math.sqrt(ss) + 1e-4), expected_s, grads)
    for key in grads:
        np.testing.assert_allclose(new_s[key], expected_s[key], rtol=1e-14)
        np.testing.assert_allclose(new_p[g2p(key)], parameters[g2p(key)] - step[key], rtol=1e-13)


def test_rmsprop_and_adam_leave_parameters_alone_where_the_gradient_is_zero():
    parameters, grads = random_problem(7)
    zero = {k: np.zeros_like(g) for k, g in grads.items()}
    with np.errstate(all="raise"):
        new_p, _ = ref.update_parameters_with_rmsprop(parameters, zero, zero, 0.9, 0.1)
        new_q, *_ = ref.update_parameters_with_adam(parameters, zero, zero, zero, 1)
    for key in parameters:
        np.testing.assert_array_equal(new_p[key], parameters[key])
        np.testing.assert_array_equal(new_q[key], parameters[key])


def test_adam_matches_an_entry_by_entry_update_at_t_3():
    parameters, grads = random_problem(8)
    rng = np.random.default_rng(9)
    v = {k: rng.standard_normal(g.shape) for k, g in grads.items()}
    s = {k: rng.random(g.shape) for k, g in grads.items()}
    before = copy.deepcopy((parameters, grads, v, s))
    b1, b2, lr, eps, t = 0.8, 0.95, 0.02, 1e-6, 3
    new_p, new_v, new_s, v_c, s_c = ref.update_parameters_with_adam(parameters, grads, v, s, t, lr, b1, b2, eps)
    exp_v = elementwise(lambda vv, g: b1 * vv + (1 - b1) * g, v, grads)
    exp_s = elementwise(lambda ss, g: b2 * ss + (1 - b2) * g ** 2, s, grads)
    for key in grads:
        np.testing.assert_allclose(new_v[key], exp_v[key], rtol=1e-14)
        np.testing.assert_allclose(new_s[key], exp_s[key], rtol=1e-14)
        np.testing.assert_allclose(v_c[key], exp_v[key] / (1 - b1 ** 3), rtol=1e-14)
        np.testing.assert_allclose(s_c[key], exp_s[key] / (1 - b2 ** 3), rtol=1e-14)
        step = elementwise(lambda a, b: lr * a / (math.sqrt(b) + eps), {key: v_c[key]}, {key: s_c[key]})[key]
        np.testing.assert_allclose(new_p[g2p(key)], parameters[g2p(key)] - step, rtol=1e-13)
    assert _same(before, (parameters, grads, v, s))


def test_adam_bias_correction_recovers_a_constant_gradient():
    """With the same gradient g at every step, v_corrected = g and s_corrected = g**2 exactly, from t = 1 on."""
    parameters, grads = random_problem(10)
    v, s = ref.initialize_adam(parameters)
    for t in range(1, 8):
        parameters, v, s, v_c, s_c = ref.update_parameters_with_adam(parameters, grads, v, s, t)
        for key, g in grads.items():
            np.testing.assert_allclose(v_c[key], g, rtol=1e-12)
            np.testing.assert_allclose(s_c[key], g ** 2, rtol=1e-12)


def test_adam_first_step_moves_every_parameter_by_about_the_learning_rate():
    parameters, grads = random_problem(11)
    v, s = ref.initialize_adam(parameters)
    new_p, *_ = ref.update_parameters_with_adam(parameters, grads, v, s, 1, learning_rate=0.01)
    for key in parameters:
        np.testing.assert_allclose(parameters[key] - new_p[key], 0.01 * np.sign(grads["d" + key]), rtol=1e-6)


def test_learning_rate_decay_by_hand():
    assert ref.update_lr(0.5, 0, 1.0) == 0.5
    assert ref.update_lr(0.5, 2, 1.0) == pytest.approx(0.5 / 3)
    assert ref.update_lr(0.01, 10, 0.3) == pytest.approx(0.0025)
    assert type(ref.update_lr(1, 3, 1)) is float
    assert ref.schedule_lr_decay(0.5, 999, 1.0) == 0.5
    assert ref.schedule_lr_decay(0.5, 1000, 1.0) == 0.25
    assert ref.schedule_lr_decay(0.5, 1750, 1.0) == 0.25
    assert ref.schedule_lr_decay(0.1, 10, 0.5, time_interval=3) == pytest.approx(0.04)
    assert type(ref.schedule_lr_decay(1, 3, 1)) is float
    rates = [ref.schedule_lr_decay(0.3, e, 0.5, 4) for e in range(20)]
    assert rates == sorted(rates, reverse=True) and len(set(rates)) == 5


def test_the_reference_passes_every_check():
    for exercise_id in autograder.exercises():
        if exercise_id.startswith(M):
            fn = getattr(ref, exercise_id[len(M):])
            report = REGISTRY[exercise_id].grade(fn, hidden=True)
            assert report.passed and report.score == 1.0, str(report)


def test_the_lesson_builds_the_worked_examples_of_the_checks():
    """The dicts the lesson calls example_parameters, ... are the ones the checks' worked examples use."""
    source = (ROOT / "solutions" / "lessons" / "06_optimizers.py").read_text()
    namespace = {"np": np}
    for first in ("example_X = ", "example_parameters = "):
        exec(re.search(r"# %%\n(" + first + r".*?)\n# %%", source, re.S).group(1), namespace)
    # the checks keep read-only views of the dicts; the cases hand over fresh dict(...) of them
    for name, value in [("example_parameters", dict(checks.EXAMPLE_PARAMETERS)), ("example_grads", dict(checks.EXAMPLE_GRADS)),
                        ("example_v", dict(checks.EXAMPLE_V)), ("example_s", dict(checks.EXAMPLE_S)),
                        ("example_X", checks.WORKED_X), ("example_Y", checks.WORKED_Y)]:
        assert _same(namespace[name], value), name


# --- the checks fail plausible wrong answers, naming the mistake ----------------------------------

def _batches(X, Y, size, permutation_X, permutation_Y=None, keep_last=True, empty_last=False):
    permutation_Y = permutation_X if permutation_Y is None else permutation_Y
    m = X.shape[1]
    Xs, Ys = X[:, permutation_X], Y[:, permutation_Y]
    n = m // size
    out = [(Xs[:, k * size:(k + 1) * size], Ys[:, k * size:(k + 1) * size]) for k in range(n)]
    if keep_last and (m % size or empty_last):
        out.append((Xs[:, n * size:m], Ys[:, n * size:m]))
    return out


def test_random_mini_batches_wrong_answers():
    def two_permutations(X, Y, mini_batch_size=64, rng=None):
        rng = rng or np.random.default_rng()
        return _batches(X, Y, mini_batch_size, rng.permutation(X.shape[1]), rng.permutation(X.shape[1]))

    def drop_last(X, Y, mini_batch_size=64, rng=None):
        rng = np.random.default_rng() if rng is None else rng
        return _batches(X, Y, mini_batch_size, rng.permutation(X.shape[1]), keep_last=False)

    def global_random(X, Y, mini_batch_size=64, rng=None):
        return _batches(X, Y, mini_batch_size, np.random.permutation(X.shape[1]))

    def seeded_global(X, Y, mini_batch_size=64, rng=None):
        np.random.seed(1)
        return _batches(X, Y, mini_batch_size, np.random.permutation(X.shape[1]))

    def size_64(X, Y, mini_batch_size=64, rng=None):
        rng = np.random.default_rng() if rng is None else rng
        return _batches(X, Y, 64, rng.permutation(X.shape[1]))

    def always_last(X, Y, mini_batch_size=64, rng=None):
        rng = np.random.default_rng() if rng is None else rng
        return _batches(X, Y, mini_batch_size, rng.permutation(X.shape[1]), empty_last=True)

    def rows(X, Y, mini_batch_size=64, rng=None):
        permutation = rng.permutation(X.shape[1])
        X, Y = X[permutation], Y[permutation]
        return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
                for k in range(0, X.shape[1], mini_batch_size)]

    def with_replacement(X, Y, mini_batch_size=64, rng=None):
        rng = np.random.default_rng() if rng is None else rng
        return _batches(X, Y, mini_batch_size, rng.integers(0, X.shape[1], X.shape[1]))

    def no_shuffle(X, Y, mini_batch_size=64, rng=None):
        return _batches(X, Y, mini_batch_size, np.arange(X.shape[1]))

    id_ = M + "random_mini_batches"
    assert_fails(id_, two_permutations, "two different permutations", "the labels no longer belong")
    assert_fails(id_, drop_last, "smaller batch is missing", "mini_batches has 2 entries; expected 3")
    assert_fails(id_, global_random, "not from np.random")
    assert_fails(id_, seeded_global, "the shuffle must come from the rng you are given")
    assert_fails(id_, size_64, "batches of the wrong size", "the batch sizes are [30]")
    assert_fails(id_, always_last, "empty batch at the end", "batch 4 is empty")
    assert_fails(id_, rows, "shuffle and slice columns", "out of bounds")
    assert_fails(id_, with_replacement, "some examples appear more than once")
    assert_fails(id_, no_shuffle, "were not shuffled", "still in their original order")


def test_random_mini_batches_accepts_other_correct_answers(no_stderr):
    def with_shuffle(X, Y, mini_batch_size=64, rng=None):
        if rng is None:
            rng = np.random.default_rng()
        m = X.shape[1]
        index = np.arange(m)
        rng.shuffle(index)  # the same draw as rng.permutation(m)
        batches = []
        for k in range(math.ceil(m / mini_batch_size)):
            chosen = index[k * mini_batch_size:min((k + 1) * mini_batch_size, m)]
            batches.append([X[:, chosen], Y[:, chosen]])
        return batches

    def stacked(X, Y, mini_batch_size=64, rng=None):
        rng = rng if rng is not None else np.random.default_rng()
        both = np.vstack([X, Y])[:, rng.permutation(X.shape[1])]
        n_x = X.shape[0]
        return [(both[:n_x, k:k + mini_batch_size], both[n_x:, k:k + mini_batch_size])
                for k in range(0, X.shape[1], mini_batch_size)]

    for fn in (with_shuffle, stacked):
        report = REGISTRY[M + "random_mini_batches"].grade(fn, hidden=True)
        assert report.passed and report.score == 1.0, str(report)
        assert autograder.check(M + "random_mini_batches", fn).passed


def _gd(sign=-1, update_b=True, last=0, in_place=False):
    def update_parameters_with_gd(parameters, grads, learning_rate):
        L = len(parameters) // 2
        new = dict(parameters) if not in_place else parameters
        for l in range(1, L + 1 - last):
            if in_place:
                parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)]
                parameters["b" + str(l)] -= learning_rate * grads["db" + str(l)]
                continue
            new["W" + str(l)] = parameters["W" + str(l)] + sign * learning_rate * grads["dW" + str(l)]
            if update_b:
                new["b" + str(l)] = parameters["b" + str(l)] + sign * learning_rate * grads["db" + str(l)]
        return new
    return update_parameters_with_gd


def test_update_parameters_with_gd_wrong_answers():
    id_ = M + "update_parameters_with_gd"
    assert_fails(id_, _gd(sign=+1), "subtracts it")
    assert_fails(id_, _gd(update_b=False), "biases were not updated")
    assert_fails(id_, _gd(last=1), "last layer was not updated", "range(1, L + 1)")
    assert_fails(id_, _gd(in_place=True), "changed its input parameters in place")

    def too_many_layers(parameters, grads, learning_rate):
        return {f"{p}{l}": parameters[f"{p}{l}"] - learning_rate * grads[f"d{p}{l}"]
                for l in range(1, len(parameters) + 1) for p in "Wb"}
    assert_fails(id_, too_many_layers, "KeyError", "len(parameters) // 2")


def test_update_parameters_with_gd_accepts_a_loop_over_keys():
    def by_keys(parameters, grads, learning_rate):
        return {key: value - learning_rate * grads["d" + key] for key, value in parameters.items()}
    assert REGISTRY[M + "update_parameters_with_gd"].grade(by_keys, hidden=True).score == 1.0
    assert autograder.check(M + "update_parameters_with_gd", by_keys).passed


def _init(key=lambda p, l: f"d{p}{l}", value=lambda a: np.zeros(a.shape), layers=lambda L: range(1, L + 1)):
    def initialize(parameters):
        L = len(parameters) // 2
        return {key(p, l): value(parameters[f"{p}{l}"]) for l in layers(L) for p in "Wb"}
    return initialize


@pytest.mark.parametrize("name", ["initialize_velocity", "initialize_rmsprop"])
def test_initialize_wrong_answers(name):
    id_ = M + name
    assert_fails(id_, _init(key=lambda p, l: f"{p}{l}"), "not 'W1', 'b1'")
    assert_fails(id_, _init(value=lambda a: a), "not a copy of the parameters")
    assert_fails(id_, _init(value=lambda a: np.zeros(a.shape[0])), "pass the whole shape")
    assert_fails(id_, _init(layers=lambda L: range(1, L)), "last layer is missing")
    assert_fails(id_, _init(layers=lambda L: range(1, 2 * L + 1)), "len(parameters) // 2")
    assert_fails(id_, _init(value=lambda a: np.zeros(a.shape, dtype=int)), "dtype int")


def test_initialize_accepts_zeros_like():
    fn = _init(value=np.zeros_like)
    for name in ("initialize_velocity", "initialize_rmsprop"):
        assert REGISTRY[M + name].grade(fn, hidden=True).score == 1.0


def test_initialize_adam_wrong_answers():
    id_ = M + "initialize_adam"
    good = _init()
    assert_fails(id_, lambda p: good(p), "expected a tuple (v, s)")
    assert_fails(id_, lambda p: (_init(key=lambda q, l: f"{q}{l}")(p),) * 2, "not 'W1', 'b1'")
    assert_fails(id_, lambda p: (good(p), _init(value=lambda a: a.copy())(p)), "s['dW1'] differs")
    assert_fails(id_, lambda p: (_init(layers=lambda L: range(1, L))(p), good(p)), "last layer is missing")
    assert REGISTRY[id_].grade(lambda p: (good(p), good(p)), hidden=True).score == 1.0


def _momentum(kind=None):
    def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
        L = len(parameters) // 2
        parameters, v_new = dict(parameters), dict(v)
        for l in range(1, L + 1):
            for p in ("W", "b"):
                d = f"d{p}{l}"
                if kind == "no 1-beta":
                    v_new[d] = beta * v[d] + grads[d]
                elif kind == "reset":
                    v_new[d] = (1 - beta) * grads[d]
                elif kind == "swapped":
                    v_new[d] = (1 - beta) * v[d] + beta * grads[d]
                else:
                    v_new[d] = beta * v[d] + (1 - beta) * grads[d]
                step = grads[d] if kind == "grad" else v[d] if kind == "old v" else v_new[d]
                parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * step
        return parameters, v_new
    return update_parameters_with_momentum


def test_update_parameters_with_momentum_wrong_answers():
    id_ = M + "update_parameters_with_momentum"
    assert_fails(id_, _momentum("no 1-beta"), "(1 - beta) factor is missing")
    assert_fails(id_, _momentum("grad"), "moved along the gradient")
    assert_fails(id_, _momentum("old v"), "old velocity")
    assert_fails(id_, _momentum("swapped"), "swapped")
    report = assert_fails(id_, _momentum("reset"), "velocity passed in was ignored",
                          "a second step, fed with the v your first step returned, is not")
    assert "✔ v carries over" not in str(report)

    def in_place(parameters, grads, v, beta, learning_rate):
        for key in grads:
            v[key] = beta * v[key] + (1 - beta) * grads[key]
        return {k: parameters[k] - learning_rate * v["d" + k] for k in parameters}, v
    assert_fails(id_, in_place, "changed its input v in place")


def test_momentum_check_notices_state_kept_between_calls():
    memory = {}

    def stateful(parameters, grads, v, beta, learning_rate):
        # keeps its own velocity between calls instead of using the v passed in
        for key in grads:
            previous = memory.get(key, v[key])
            same_shape = previous.shape == grads[key].shape
            memory[key] = beta * previous + (1 - beta) * grads[key] if same_shape else grads[key]
        return {k: parameters[k] - learning_rate * memory["d" + k] for k in parameters}, dict(memory)
    assert_fails(M + "update_parameters_with_momentum", stateful, "parameters")


def test_update_parameters_with_momentum_accepts_the_expanded_form():
    def expanded(parameters, grads, v, beta, learning_rate):
        new_v = {k: v[k] + (1 - beta) * (grads[k] - v[k]) for k in v}
        return {k: parameters[k] - learning_rate * new_v["d" + k] for k in parameters}, new_v
    report = REGISTRY[M + "update_parameters_with_momentum"].grade(expanded, hidden=True)
    assert report.score == 1.0, str(report)


def _rmsprop(kind=None):
    def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
        new_p, new_s = {}, {}
        for key in parameters:
            g = grads["d" + key]
            if kind == "no square":
                new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g
            else:
                new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * np.square(g)
            if kind == "eps inside":
                new_p[key] = parameters[key] - learning_rate * g / np.sqrt(new_s["d" + key] + epsilon)
            elif kind == "no eps":
                new_p[key] = parameters[key] - learning_rate * g / np.sqrt(new_s["d" + key])
            elif kind == "precedence":
                new_p[key] = parameters[key] - learning_rate * g / np.sqrt(new_s["d" + key]) + epsilon
            elif kind == "fixed eps":
                new_p[key] = parameters[key] - learning_rate * g / (np.sqrt(new_s["d" + key]) + 1e-8)
            elif kind == "old s":
                new_p[key] = parameters[key] - learning_rate * g / (np.sqrt(s["d" + key]) + epsilon)
            else:
                new_p[key] = parameters[key] - learning_rate * g / (np.sqrt(new_s["d" + key]) + epsilon)
        return new_p, new_s
    return update_parameters_with_rmsprop


def test_update_parameters_with_rmsprop_wrong_answers(no_stderr):
    id_ = M + "update_parameters_with_rmsprop"
    report = assert_fails(id_, _rmsprop("eps inside"), "epsilon is inside the square root")
    assert "✔ s " in str(report)
    assert_fails(id_, _rmsprop("no eps"), "epsilon is missing from the denominator", "nan")
    assert_fails(id_, _rmsprop("precedence"), "epsilon is missing from the denominator")
    assert_fails(id_, _rmsprop("fixed eps"), "epsilon argument is ignored")
    assert_fails(id_, _rmsprop("no square"), "must be squared")
    assert_fails(id_, _rmsprop("old s"), "used the old s")


def test_update_parameters_with_rmsprop_accepts_another_correct_form(no_stderr):
    def with_divide(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
        new_s = {key: beta2 * value + (1 - beta2) * np.square(grads[key]) for key, value in s.items()}
        new_parameters = {}
        for key in new_s:
            step = np.divide(grads[key], np.sqrt(new_s[key]) + epsilon)
            new_parameters[key[1:]] = parameters[key[1:]] - learning_rate * step
        return new_parameters, new_s
    report = REGISTRY[M + "update_parameters_with_rmsprop"].grade(with_divide, hidden=True)
    assert report.passed and report.score == 1.0, str(report)
    assert autograder.check(M + "update_parameters_with_rmsprop", with_divide).passed


def _adam(correct_v=lambda v, b1, t: v / (1 - b1 ** t), correct_s=lambda s, b2, t: s / (1 - b2 ** t),
          eps_inside=False, add_one=False):
    def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999,
                                    epsilon=1e-8):
        if add_one:
            t = t + 1
        L = len(parameters) // 2
        p_new, v_new, s_new, v_c, s_c = {}, {}, {}, {}, {}
        for l in range(1, L + 1):
            for name in ("W", "b"):
                d = "d" + name + str(l)
                v_new[d] = beta1 * v[d] + (1 - beta1) * grads[d]
                s_new[d] = beta2 * s[d] + (1 - beta2) * grads[d] ** 2
                v_c[d] = correct_v(v_new[d], beta1, t)
                s_c[d] = correct_s(s_new[d], beta2, t)
                denominator = np.sqrt(s_c[d] + epsilon) if eps_inside else np.sqrt(s_c[d]) + epsilon
                p_new[name + str(l)] = parameters[name + str(l)] - learning_rate * v_c[d] / denominator
        return p_new, v_new, s_new, v_c, s_c
    return update_parameters_with_adam


def test_update_parameters_with_adam_wrong_answers():
    id_ = M + "update_parameters_with_adam"
    report = assert_fails(id_, _adam(correct_v=lambda v, b1, t: v / (1 - b1), correct_s=lambda s, b2, t: s / (1 - b2)),
                          "1 - beta ** t, with the step number t as the exponent",
                          "a second step, fed with the v and s your first step returned")
    assert "✔ v " in str(report)
    assert_fails(id_, _adam(correct_s=lambda s, b2, t: s), "v is bias-corrected but s is not")
    assert_fails(id_, _adam(correct_v=lambda v, b1, t: v, correct_s=lambda s, b2, t: s),
                 "more than learning_rate")
    assert_fails(id_, _adam(eps_inside=True), "epsilon is inside the square root")
    assert_fails(id_, _adam(add_one=True), "without adding 1")
    assert_fails(id_, _adam(correct_v=lambda v, b1, t: v / (1 - (1 - b1) ** t),
                            correct_s=lambda s, b2, t: s / (1 - (1 - b2) ** t)), "not 1 - (1 - beta) ** t")


def test_update_parameters_with_adam_accepts_a_precomputed_correction():
    def folded(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
        c1, c2 = 1.0 - np.power(beta1, t), 1.0 - np.power(beta2, t)
        v = {k: beta1 * v[k] + (1 - beta1) * g for k, g in grads.items()}
        s = {k: beta2 * s[k] + (1 - beta2) * g * g for k, g in grads.items()}
        v_c, s_c = {k: a / c1 for k, a in v.items()}, {k: a / c2 for k, a in s.items()}
        new = {k: p - learning_rate * v_c["d" + k] / (np.sqrt(s_c["d" + k]) + epsilon) for k, p in parameters.items()}
        return new, v, s, v_c, s_c
    report = REGISTRY[M + "update_parameters_with_adam"].grade(folded, hidden=True)
    assert report.score == 1.0, str(report)


def test_update_lr_wrong_answers():
    id_ = M + "update_lr"
    assert_fails(id_, lambda lr0, epoch, decay: lr0 * (1 + decay * epoch), "multiplies the learning rate")
    assert_fails(id_, lambda lr0, epoch, decay: lr0 / 1 + decay * epoch, "precedence")
    assert_fails(id_, lambda lr0, epoch, decay: lr0 * decay ** epoch, "exponential decay")
    assert_fails(id_, lambda lr0, epoch, decay: lr0 / (1 + decay * np.floor(epoch / 1000)), "no floor")
    assert_fails(id_, lambda lr0, epoch, decay: lr0 / (decay * epoch), "ZeroDivisionError", "1 + in the denominator")
    assert autograder.check(id_, lambda lr0, epoch, decay: lr0 * 1.0 / (decay * epoch + 1)).passed


def test_schedule_lr_decay_wrong_answers():
    id_ = M + "schedule_lr_decay"
    assert_fails(id_, lambda lr0, e, d, time_interval=1000: lr0 / (1 + d * e / time_interval), "floor is missing")
    assert_fails(id_, lambda lr0, e, d, time_interval=1000: lr0 / (1 + d * round(e / time_interval)), "nearest whole")
    assert_fails(id_, lambda lr0, e, d, time_interval=1000: lr0 / (1 + d * (e // 1000)), "time_interval argument")
    assert_fails(id_, lambda lr0, e, d, time_interval=1000: lr0 * (1 + d * (e // time_interval)),
                 "multiplies the learning rate")
    assert_fails(id_, lambda lr0, e, d, time_interval=1000: lr0 / (1 + np.floor(d * e / time_interval)),
                 "decay_rate multiplies the floored count")
    assert autograder.check(id_, lambda lr0, e, d, time_interval=1000: lr0 / (1 + d * (e // time_interval))).passed


@pytest.mark.parametrize("exercise_id", [e for e in autograder.exercises() if e.startswith(M)])
def test_the_checks_survive_broken_answers(exercise_id, no_stderr):
    def returns_none(*args, **kwargs):
        return None

    def raises(*args, **kwargs):
        raise ValueError("oops")

    def returns_nan(*args, **kwargs):
        return float("nan")

    for fn in (returns_none, raises, returns_nan, 42):
        report = REGISTRY[exercise_id].grade(fn, hidden=True)
        assert not report.passed and report.score < 1 and report.messages


def test_every_exercise_of_the_module_is_graded():
    assert [e for e in autograder.exercises() if e.startswith(M)] == [M + n for n in (
        "random_mini_batches", "update_parameters_with_gd", "initialize_velocity", "update_parameters_with_momentum",
        "initialize_rmsprop", "update_parameters_with_rmsprop", "initialize_adam", "update_parameters_with_adam",
        "update_lr", "schedule_lr_decay", "q_step_direction", "q_momentum_path")]


# --- the lesson's questions -------------------------------------------------------------------------

QUESTIONS = {"q_step_direction": ("b", "abcd"), "q_momentum_path": ("b", "abc")}


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_each_question_passes_with_its_key_and_explains_every_wrong_choice(name):
    key, choices = QUESTIONS[name]
    question = REGISTRY[M + name]
    assert getattr(ref, name) == key and question.choices == choices
    report = question.grade(key)
    assert report.passed and report.score == 1.0, str(report)
    assert question.then and _flat(question.then) in _flat(report)
    for wrong in choices.replace(key, ""):
        report = question.grade(wrong)
        assert not report.passed and report.score == 0.0
        assert _flat(question.why[wrong]) in _flat(report), (wrong, str(report))
        assert f'"{key}"' not in question.why[wrong] and f"({key})" not in question.why[wrong]
    assert not question.grade(None).passed and "not answered yet" in _flat(question.grade(None))
    assert not question.grade(1).passed


def test_the_quiz_figures_show_what_the_keys_say():
    """The paths of the contour quiz are gradient descent (a, c) and momentum (b), as the lesson's cell reruns them."""
    from solutions.figures import lesson06
    paths = lesson06.bowl_paths()
    assert paths["b"][:, 0].max() > 0 > paths["c"][:, 0].max()  # only momentum passes the minimum at w = 0
    assert np.all(np.diff(np.sign(paths["a"][1:10, 1])) != 0)  # (a) flips across the valley at every step

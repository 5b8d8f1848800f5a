"""Checks for module 06, optimisers: mini-batches, momentum, RMSProp, Adam and learning-rate decay.

The checks compare through ``compare`` and the grader's own NumPy bindings (``_np``), so a student
rebinding a NumPy function in the notebook cannot change a verdict.
"""
import copy
import math

from solutions import optimizers as ref

from .. import _np as np
from ..compare import compare, describe
from ..exercise import Case, Exercise, Extra, Mistake, register
from ..i18n import L, _
from ..question import Question
from .common import NO_RNG_ERROR, frozen

MODULE = "optimizers"


KEYS = Mistake(L("parameters holds two entries per layer, so there are L = len(parameters) // 2 layers, numbered"
                 " 1 to L; the keys are 'W1', 'b1', ... in parameters and 'dW1', 'db1', ... in grads, v and s"),
               error=r"KeyError: '(d|s|v)?[Wb]\d+'")


# --- data ----------------------------------------------------------------------------------------------

def _arrays(rng, dims, prefix="", scale=1.0, positive=False):
    """{prefix + "W1": (dims[1], dims[0]), prefix + "b1": (dims[1], 1), ...} of random numbers."""
    out = {}
    for l in range(1, len(dims)):
        for p, shape in (("W", (dims[l], dims[l - 1])), ("b", (dims[l], 1))):
            a = scale * rng.standard_normal(shape)
            out[f"{prefix}{p}{l}"] = np.absolute(a) if positive else a
    return out


def problem(seed, dims, grad_scale=1.0):
    """(parameters, grads) for a net of layer sizes ``dims``."""
    rng = np.default_rng(seed)
    return _arrays(rng, dims), _arrays(rng, dims, "d", grad_scale)


def state(seed, dims, scale=0.5, positive=False):
    """A running-mean dict "dW1", "db1", ... as after a few steps (non-negative for s)."""
    return _arrays(np.default_rng(seed), dims, "d", scale, positive)


def zeros(dims):
    return {k: 0.0 * a for k, a in _arrays(np.default_rng(0), dims, "d").items()}


def _example(d):
    """A worked example's dict, read-only: {key: read-only float array}."""
    return frozen({k: np.array(v, dtype=float) for k, v in d.items()})


# The worked examples; the lesson builds the same values as example_parameters, example_grads, example_v, example_s.
# Read-only: the cases hand the student fresh dict(...) of them (and the runner copies every argument again).
EXAMPLE_PARAMETERS = _example({"W1": [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]], "b1": [[0.1], [-0.1]],
                             "W2": [[1.0, -0.6]], "b2": [[0.2]]})
EXAMPLE_GRADS = _example({"dW1": [[0.2, -0.1, 0.05], [-0.3, 0.4, 0.1]], "db1": [[0.05], [-0.02]],
                        "dW2": [[-0.5, 0.25]], "db2": [[0.1]]})
EXAMPLE_V = _example({"dW1": [[0.1, 0.0, -0.1], [0.2, -0.2, 0.0]], "db1": [[0.0], [0.1]],
                    "dW2": [[0.3, -0.1]], "db2": [[-0.05]]})
EXAMPLE_S = _example({"dW1": [[0.04, 0.01, 0.0], [0.09, 0.16, 0.01]], "db1": [[0.0], [0.01]],
                    "dW2": [[0.25, 0.04]], "db2": [[0.01]]})
DIMS_A, DIMS_B, DIMS_C = (3, 4, 2), (5, 1), (2, 3, 3, 1)


def shapes(dims):
    """The shapes of a parameters dict of layer sizes ``dims``, in words: "W1 (4, 3), b1 (4, 1), W2 (2, 4), b2 (2, 1)"."""
    return ", ".join(f"{p}{l} {shape}" for l in range(1, len(dims))
                     for p, shape in (("W", (dims[l], dims[l - 1])), ("b", (dims[l], 1))))


def named(dims, others="", rest="", hidden=False):
    """A case name that states every array's shape: the parameters' shapes for layer sizes ``dims``, the dicts
    ``others`` (e.g. GRADS_V) shaped like them, then ``rest`` (the scalars, as code); a lazy text."""
    if others:
        text = L("layer sizes {dims}: parameters with {shapes}, and {others} with the same shapes",
                 dims=list(dims), shapes=shapes(dims), others=others)
    else:
        text = L("layer sizes {dims}: parameters with {shapes}", dims=list(dims), shapes=shapes(dims))
    if rest:
        text = L("{case}; {scalars}", case=text, scalars=rest)
    return L("a hidden case, {case}", case=text) if hidden else text


# what the case names say is shaped like the parameters (a lazy text each)
GRADS_V, GRADS_S, GRADS_V_S = L("grads and v"), L("grads and s"), L("grads, v and s")


def _layers(parameters):
    return range(1, len(parameters) // 2 + 1)


def _keys(parameters):
    return [f"{p}{l}" for l in _layers(parameters) for p in ("W", "b")]


# --- random_mini_batches ----------------------------------------------------------------------------------

def _mini_batch_data(seed, n_x, n_y, m, one_hot=True):
    rng = np.default_rng(seed)
    X = rng.standard_normal((n_x, m))
    if one_hot:
        Y = np.zeros((n_y, m))
        Y[rng.integers(0, n_y, m), np.arange(m)] = 1.0
    else:
        Y = rng.standard_normal((n_y, m))
    return X, Y


# the lesson's example_X and example_Y
WORKED_X = frozen(np.array([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5]]))
WORKED_Y = frozen(np.array([[0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0]]))


def mini_batch_cases():
    return [
        Case((WORKED_X, WORKED_Y, 3, np.default_rng(0)),
             shown="random_mini_batches(example_X, example_Y, mini_batch_size=3, rng=np.random.default_rng(0))"),
        Case(_mini_batch_data(1, 4, 3, 20) + (8, np.default_rng(1)),
             name=L("a random case: X of shape (4, 20), Y of shape (3, 20), in batches of 8 (8 + 8 + 4)")),
        Case(_mini_batch_data(2, 3, 1, 12) + (4, np.default_rng(2)),
             name=L("a random case: X of shape (3, 12), Y of shape (1, 12), in batches of 4 (no smaller last batch)")),
        Case(_mini_batch_data(3, 5, 2, 130), {"rng": np.default_rng(3)},
             name=L("a random case: X of shape (5, 130), Y of shape (2, 130), with the default mini_batch_size"
                    " (64 + 64 + 2)")),
        Case(_mini_batch_data(4, 2, 1, 5, one_hot=False) + (10, np.default_rng(4)),
             name=L("a random case: X of shape (2, 5), Y of shape (1, 5), with mini_batch_size 10 larger than m"
                    " (one batch)")),
        Case(_mini_batch_data(5, 6, 2, 9) + (1, np.default_rng(5)),
             name=L("a hidden case: X of shape (6, 9), Y of shape (2, 9), in batches of 1"), hidden=True),
        Case(_mini_batch_data(6, 3, 4, 50) + (16, np.default_rng(6)),
             name=L("a hidden case: X of shape (3, 50), Y of shape (4, 50), in batches of 16"), hidden=True),
    ]


def _batches_wrong(kind):
    def wrong(X, Y, mini_batch_size=64, rng=None):
        m = X.shape[1]
        size = 64 if kind == "fixed 64" else mini_batch_size
        if kind == "no shuffle":
            perm = np.arange(m)
        elif kind == "with replacement":
            perm = rng.choice(m, size=m)
        elif kind == "choice":
            perm = rng.choice(m, size=m, replace=False)
        else:
            perm = rng.permutation(m)
        Xs = X[:, perm]
        Ys = Y[:, rng.permutation(m)] if kind == "two permutations" else Y[:, perm]
        if kind == "count as size":
            size = max(m // mini_batch_size, 1)
        complete = m // size
        batches = [(Xs[:, k * size:(k + 1) * size], Ys[:, k * size:(k + 1) * size]) for k in range(complete)]
        if kind == "empty last" or (m % size and kind != "drop last"):
            batches.append((Xs[:, complete * size:], Ys[:, complete * size:]))
        return batches
    return wrong


def _partition_problem(batches, X, Y, size):
    """What is wrong with ``batches`` as a shuffled split of (X, Y) into batches of ``size``; None if nothing."""
    m = X.shape[1]
    if not isinstance(batches, (list, tuple)):
        return _("your function returned {got}; expected a list of (X_batch, Y_batch) pairs").format(
            got=describe(batches))
    for k, batch in enumerate(batches):
        if not isinstance(batch, (list, tuple)) or len(batch) != 2:
            return _("batch {k} is {got}; expected a pair (X_batch, Y_batch)").format(k=k, got=describe(batch))
        Xb, Yb = batch
        if not (isinstance(Xb, np.ndarray) and isinstance(Yb, np.ndarray) and Xb.ndim == 2 and Yb.ndim == 2):
            return _("batch {k} holds {X_batch} and {Y_batch}; expected two 2-D arrays").format(
                k=k, X_batch=describe(Xb), Y_batch=describe(Yb))
        if Xb.shape[0] != X.shape[0] or Yb.shape[0] != Y.shape[0]:
            return _("batch {k} has X_batch of shape {X_shape} and Y_batch of shape {Y_shape}; their first"
                     " dimensions should be {n_x} and {n_y}: the examples are columns, so slice the columns,"
                     " X[:, start:end]").format(k=k, X_shape=Xb.shape, Y_shape=Yb.shape, n_x=X.shape[0], n_y=Y.shape[0])
        if Xb.shape[1] != Yb.shape[1]:
            return _("batch {k}: X_batch holds {X_count} examples but Y_batch {Y_count}").format(
                k=k, X_count=Xb.shape[1], Y_count=Yb.shape[1])
    sizes = [b[0].shape[1] for b in batches]
    expected = [size] * (m // size) + ([m % size] if m % size else [])
    if 0 in sizes:
        return _("batch {k} is empty (sizes {sizes}): when m = {m} is a multiple of mini_batch_size = {size},"
                 " there is no smaller last batch; add it only if m % mini_batch_size > 0").format(
                     k=sizes.index(0), sizes=sizes, m=m, size=size)
    if sizes == expected[:-1] and m % size:
        return _("your batches hold {count} of the {m} examples: the last, smaller batch of the {rest} examples"
                 " left over is missing; keep it").format(count=sum(sizes), m=m, rest=m % size)
    if sizes != expected:
        return _("the batch sizes are {sizes}; with m = {m} and mini_batch_size = {size} they should be"
                 " {expected}: every batch but the last holds mini_batch_size examples, the last the rest").format(
                     sizes=sizes, m=m, size=size, expected=expected)
    where = {X[:, j].tobytes(): j for j in range(m)}
    order, pairs = [], []
    for k, (Xb, Yb) in enumerate(batches):
        for j in range(Xb.shape[1]):
            i = where.get(np.array(Xb[:, j], dtype=float).tobytes())
            if i is None:
                return _("column {j} of batch {k}'s X_batch is not a column of X: the batches must hold the"
                         " examples unchanged").format(j=j, k=k)
            order.append(i)
            pairs.append((i, k, j))
    if sorted(order) != list(range(m)):
        return _("some examples appear more than once and others never: shuffle with a permutation,"
                 " rng.permutation(m), which uses every example exactly once")
    if order == list(range(m)):
        return _("the examples are still in their original order: shuffle the columns first, with"
                 " rng.permutation(m)")
    for i, k, j in pairs:
        if not np.array_equal(np.array(batches[k][1][:, j], dtype=float), Y[:, i]):
            return _("the labels no longer belong to their examples (Y_batch does not match X_batch): shuffle X"
                     " and Y with the same permutation, X[:, permutation] and Y[:, permutation]")
    return None


def _partition_extra(run):
    for seed, m, size in ((7, 30, 8), (17, 24, 6)):
        X, Y = _mini_batch_data(seed, 3, 2, m, one_hot=False)
        outcome = run(X, Y, size, np.default_rng(seed))
        if not outcome.ok:
            return outcome.error
        problem = _partition_problem(outcome.value, X, Y, size)
        if problem:
            return problem
    return None


def _rng_extra(run):
    X, Y = _mini_batch_data(8, 2, 1, 30, one_hot=False)
    a, b, c = (run(X, Y, 8, np.default_rng(seed)) for seed in (8, 8, 9))
    for outcome in (a, b, c):
        if not outcome.ok:
            return outcome.error
    if compare(b.value, a.value, "batches"):
        return _("two calls with generators made from the same seed gave different batches: draw the"
                 " permutation from the rng you are given, rng.permutation(m), not from np.random")
    if not compare(c.value, a.value, "batches"):
        return _("generators made from different seeds gave the same batches: the shuffle must come from"
                 " the rng you are given, rng.permutation(m) (not a fixed seed, and not the original order)")
    return None


def _rng_none_extra(run):
    X, Y = _mini_batch_data(9, 2, 1, 30, one_hot=False)
    a, b = run(X, Y, 8), run(X, Y, 8)
    for outcome in (a, b):
        if not outcome.ok:
            if "NoneType" in outcome.error:
                return _("{error}. Without an rng argument (rng=None), create one first:"
                         " rng = np.random.default_rng()").format(error=outcome.error)
            return outcome.error
    problem = _partition_problem(a.value, X, Y, 8)
    if problem:
        return _("called without rng: {problem}").format(problem=problem)
    if not compare(b.value, a.value, "batches"):
        return _("two calls without an rng gave the same batches: when rng is None, create a fresh unseeded"
                 " generator, np.random.default_rng(), so that every call shuffles differently")
    return None


register(Exercise(
    f"{MODULE}.random_mini_batches", ref.random_mini_batches, ["mini_batches"], mini_batch_cases, points=3,
    extras=[Extra(L("batches split the shuffled examples (random X (3, 30), Y (2, 30) in batches of 8, and X (3, 24),"
                    " Y (2, 24) in batches of 6)"), _partition_extra),
            Extra(L("the shuffle comes from rng (random X (2, 30), Y (1, 30) in batches of 8, with generators of"
                    " seeds 8, 8 and 9)"), _rng_extra),
            Extra(L("rng=None works (random X (2, 30), Y (1, 30) in batches of 8, called twice without rng)"),
                  _rng_none_extra)],
    mistakes=[
        Mistake(L("X and Y were shuffled with two different permutations, so the labels no longer belong to"
                  " their examples: draw one permutation and index both, X[:, permutation] and Y[:, permutation]"),
                fn=_batches_wrong("two permutations")),
        Mistake(L("the last, smaller batch is missing: when m is not a multiple of mini_batch_size, the"
                  " m % mini_batch_size examples left over form one more batch"), fn=_batches_wrong("drop last")),
        Mistake(L("there is an empty batch at the end: add the smaller last batch only when"
                  " m % mini_batch_size > 0"), fn=_batches_wrong("empty last")),
        Mistake(L("batches of the wrong size: every batch but the last must hold mini_batch_size examples (use the"
                  " argument, not a fixed 64)"), fn=_batches_wrong("fixed 64")),
        Mistake(L("batches of the wrong size: the number of full batches is m // mini_batch_size, but each slice"
                  " must be mini_batch_size columns wide, X[:, k * mini_batch_size:(k + 1) * mini_batch_size]"),
                fn=_batches_wrong("count as size")),
        Mistake(L("the examples were not shuffled: take a permutation, rng.permutation(m), and index the columns"
                  " with it before slicing"), fn=_batches_wrong("no shuffle")),
        Mistake(L("rng.choice(m, m) draws with replacement, so some examples repeat and others are lost:"
                  " use rng.permutation(m)"), fn=_batches_wrong("with replacement")),
        Mistake(L("shuffle with rng.permutation(m): rng.choice draws a different permutation from the same"
                  " generator, so your batches cannot match"), fn=_batches_wrong("choice")),
        Mistake(L("the examples are the columns: shuffle and slice columns, X[:, permutation], not rows"),
                error=r"IndexError: .*out of bounds for axis 0"),
        Mistake(L("rng is None when no generator is passed: start with"
                  " `if rng is None: rng = np.random.default_rng()`"), error=NO_RNG_ERROR),
    ]))


# --- update_parameters_with_gd -----------------------------------------------------------------------------

def gd_cases():
    return [
        Case((dict(EXAMPLE_PARAMETERS), dict(EXAMPLE_GRADS), 0.1),
             shown="update_parameters_with_gd(example_parameters, example_grads, 0.1)"),
        Case(problem(1, DIMS_A) + (0.05,), name=named(DIMS_A, "grads", "learning_rate=0.05")),
        Case(problem(2, DIMS_B) + (1.3,), name=named(DIMS_B, "grads", "learning_rate=1.3")),
        Case(problem(3, DIMS_C) + (0.01,), name=named(DIMS_C, "grads", "learning_rate=0.01", True), hidden=True),
    ]


def _gd_wrong(kind):
    def wrong(parameters, grads, learning_rate):
        new = {}
        layers = list(_layers(parameters))
        for l in layers:
            for p in ("W", "b"):
                key = f"{p}{l}"
                step = learning_rate * grads["d" + key]
                if kind == "plus":
                    new[key] = parameters[key] + step
                elif (kind == "no b" and p == "b") or (kind == "first L-1" and l == layers[-1]):
                    new[key] = parameters[key].copy()
                else:
                    new[key] = parameters[key] - step
        return new
    return wrong


register(Exercise(
    f"{MODULE}.update_parameters_with_gd", ref.update_parameters_with_gd, ["parameters"], gd_cases, points=1,
    mistakes=[
        Mistake(L("the step adds the gradient: gradient descent subtracts it, W = W - learning_rate * dW"),
                fn=_gd_wrong("plus")),
        Mistake(L("the biases were not updated: b{l} = b{l} - learning_rate * db{l} as well"),
                fn=_gd_wrong("no b")),
        Mistake(L("the last layer was not updated: loop over l in range(1, L + 1), L = len(parameters) // 2"),
                fn=_gd_wrong("first L-1")),
        KEYS,
    ]))


# --- initialize_velocity and initialize_rmsprop ------------------------------------------------------------

def init_cases():
    def params(seed, dims):
        return (problem(seed, dims)[0],)
    return [
        Case((dict(EXAMPLE_PARAMETERS),), shown="{}(example_parameters)"),
        Case(params(1, DIMS_A), name=named(DIMS_A)),
        Case(params(2, DIMS_B), name=named(DIMS_B)),
        Case(params(3, DIMS_C), name=named(DIMS_C, hidden=True), hidden=True),
    ]


def _init_wrong(kind):
    def wrong(parameters):
        out = {}
        layers = list(_layers(parameters))
        for l in layers[:-1] if kind == "first L-1" else layers:
            for p in ("W", "b"):
                a = parameters[f"{p}{l}"]
                key = f"{p}{l}" if kind == "no d" else f"d{p}{l}"
                out[key] = {"copy": a.copy(), "flat": np.zeros_like(a.reshape(-1))}.get(kind, 0.0 * a)
        return out
    return wrong


def _init_mistakes(what):
    return [
        Mistake(L("the keys of {what} are those of the gradients, 'dW1', 'db1', ..., not 'W1', 'b1', ...",
                  what=what), fn=_init_wrong("no d")),
        Mistake(L("{what} starts at zero: np.zeros(parameters['W' + str(l)].shape), not a copy of the parameters",
                  what=what), fn=_init_wrong("copy")),
        Mistake(L("each entry has the shape of its parameter, e.g. (n[l], 1) for db{l}: pass the whole shape,"
                  " np.zeros(parameters[...].shape)"), fn=_init_wrong("flat")),
        Mistake(L("the last layer is missing: loop over l in range(1, L + 1), L = len(parameters) // 2"),
                fn=_init_wrong("first L-1")),
        KEYS,
    ]


def _init_cases_named(name):
    def cases():
        built = init_cases()
        built[0].shown = built[0].shown.format(name)
        return built
    return cases


register(Exercise(
    f"{MODULE}.initialize_velocity", ref.initialize_velocity, ["v"], _init_cases_named("initialize_velocity"),
    points=1, mistakes=_init_mistakes("v")))


# --- update_parameters_with_momentum ----------------------------------------------------------------------

def momentum_cases():
    from_zero = named(DIMS_B, L("grads and v (all zeros)"), "beta=0.8, learning_rate=0.3")
    return [
        Case((dict(EXAMPLE_PARAMETERS), dict(EXAMPLE_GRADS), dict(EXAMPLE_V), 0.9, 0.1),
             shown="update_parameters_with_momentum(example_parameters, example_grads, example_v, beta=0.9,"
                   " learning_rate=0.1)"),
        Case(problem(1, DIMS_A) + (state(11, DIMS_A), 0.9, 0.05),
             name=named(DIMS_A, GRADS_V, "beta=0.9, learning_rate=0.05")),
        Case(problem(2, DIMS_B) + (zeros(DIMS_B), 0.8, 0.3),
             name=L("a first step, {case}", case=from_zero)),
        Case(problem(3, DIMS_C) + (state(13, DIMS_C), 0.5, 0.02),
             name=named(DIMS_C, GRADS_V, "beta=0.5, learning_rate=0.02")),
        Case(problem(4, DIMS_A) + (state(14, DIMS_A), 0.0, 0.1),
             name=named(DIMS_A, GRADS_V, "beta=0, learning_rate=0.1", True), hidden=True),
        Case(problem(5, DIMS_C) + (state(15, DIMS_C), 0.99, 0.7),
             name=named(DIMS_C, GRADS_V, "beta=0.99, learning_rate=0.7", True), hidden=True),
    ]


def _momentum_wrong(kind):
    def wrong(parameters, grads, v, beta, learning_rate):
        new_p, new_v = {}, {}
        for key in _keys(parameters):
            d = "d" + key
            old = 0.0 * v[d] if kind == "reset v" else v[d]
            if kind == "no 1-beta":
                new_v[d] = beta * old + grads[d]
            elif kind == "swapped":
                new_v[d] = (1 - beta) * old + beta * grads[d]
            else:
                new_v[d] = beta * old + (1 - beta) * grads[d]
            step = {"grad": grads[d], "old v": v[d]}.get(kind, new_v[d])
            sign = 1.0 if kind == "plus" else -1.0
            new_p[key] = parameters[key] + sign * learning_rate * step
        return new_p, new_v
    return wrong


def _two_steps(reference, outputs, first_args, second_args, carried, hint=""):
    """An extra check: two consecutive calls, the second fed with what the student's first returned.

    Arguments:
    reference -- the reference update function
    outputs -- names of its outputs
    first_args -- the arguments of step one (from a zero state)
    second_args -- function (outputs of step one) -> the arguments of step two
    carried -- what the step carries over, in words (e.g. "v", L("v and s"))
    hint -- what else to look at when the second step is wrong, in words (a lazy text), or ""
    """
    def wrong_output(value, expected):
        if not isinstance(value, (tuple, list)) or len(value) != len(outputs):
            return _("it returned {got}; expected a tuple ({names})").format(got=describe(value), names=", ".join(outputs))
        for got, exp, name in zip(value, expected, outputs):
            problems = compare(got, exp, name)
            if problems:
                return problems[0]
        return None

    def extra(run):
        one = run(*first_args)
        if not one.ok:
            return one.error
        expected_one = reference(*copy.deepcopy(first_args))
        if wrong_output(one.value, expected_one):
            return _("the first of two steps already differs from the expected one (see above), so the second"
                     " does too")
        two = run(*second_args(one.value))
        if not two.ok:
            return _("{error} (in a second step fed with what your first step returned)").format(error=two.error)
        expected_two = reference(*second_args(copy.deepcopy(expected_one)))
        problem = wrong_output(two.value, expected_two)
        if not problem:
            return None
        again = run(*second_args(expected_one))
        if again.ok and not wrong_output(again.value, expected_two):
            return _("your function gave a different result for the same inputs, depending on what ran before:"
                     " keep no state between calls; start from the {carried} passed in and return the new"
                     " {carried}").format(carried=carried)
        if hint:
            return _("a first step from zero is right, but a second step, fed with the {carried} your first step"
                     " returned, is not: {problem}. Each step must build on the {carried} it is given; {hint}").format(
                         carried=carried, problem=problem, hint=hint)
        return _("a first step from zero is right, but a second step, fed with the {carried} your first step"
                 " returned, is not: {problem}. Each step must build on the {carried} it is given").format(
                     carried=carried, problem=problem)
    return extra


def _momentum_two_steps():
    p0, g1 = problem(21, DIMS_A)
    g2 = problem(22, DIMS_A)[1]
    return _two_steps(ref.update_parameters_with_momentum, ["parameters", "v"],
                      (p0, g1, zeros(DIMS_A), 0.9, 0.1), lambda out: (out[0], g2, out[1], 0.9, 0.1), "v")


register(Exercise(
    f"{MODULE}.update_parameters_with_momentum", ref.update_parameters_with_momentum, ["parameters", "v"],
    momentum_cases, points=2,
    extras=[Extra(L("v carries over from one step to the next (two steps from v = 0, {case})",
                    case=named(DIMS_A, GRADS_V, "beta=0.9, learning_rate=0.1")), _momentum_two_steps())],
    mistakes=[
        Mistake(L("the (1 - beta) factor is missing: v = beta * v + (1 - beta) * grad"),
                fn=_momentum_wrong("no 1-beta")),
        Mistake(L("beta and 1 - beta are swapped: v = beta * v + (1 - beta) * grad keeps most of the old velocity"),
                fn=_momentum_wrong("swapped")),
        Mistake(L("the parameters moved along the gradient: with momentum they move along the new velocity,"
                  " W = W - learning_rate * v['dW' + str(l)]"), fn=_momentum_wrong("grad")),
        Mistake(L("the parameters moved along the old velocity: update v first, then use the new v in the step"),
                fn=_momentum_wrong("old v")),
        Mistake(L("the velocity passed in was ignored (started again from zero): v = beta * v + (1 - beta) * grad"
                  " must use the v it is given"), fn=_momentum_wrong("reset v")),
        Mistake(L("the step adds the velocity: subtract it, W = W - learning_rate * v"), fn=_momentum_wrong("plus")),
        KEYS,
    ]))


# --- initialize_rmsprop / update_parameters_with_rmsprop -------------------------------------------------

register(Exercise(
    f"{MODULE}.initialize_rmsprop", ref.initialize_rmsprop, ["s"], _init_cases_named("initialize_rmsprop"),
    points=1, mistakes=_init_mistakes("s")))


def small_gradients(seed, dims, scale=1e-6):
    """(parameters, grads, s) where every gradient is zero or tiny and s is zero: only epsilon keeps the step finite."""
    parameters, grads = problem(seed, dims, grad_scale=scale)
    grads = {k: g * (np.arange(g.size).reshape(g.shape) % 3 != 0) for k, g in grads.items()}
    return parameters, grads, zeros(dims)


def rmsprop_cases():
    from_zero = named(DIMS_B, L("grads and s (all zeros)"), "beta2=0.999, learning_rate=0.01")
    tiny = named(DIMS_A, L("grads (every entry 0 or about 1e-6) and s (all zeros)"), "beta2=0.9, learning_rate=0.01")
    return [
        Case((dict(EXAMPLE_PARAMETERS), dict(EXAMPLE_GRADS), dict(EXAMPLE_S), 0.9, 0.01),
             shown="update_parameters_with_rmsprop(example_parameters, example_grads, example_s, beta2=0.9,"
                   " learning_rate=0.01)"),
        Case(problem(1, DIMS_A) + (state(31, DIMS_A, positive=True), 0.9, 0.05),
             name=named(DIMS_A, GRADS_S, "beta2=0.9, learning_rate=0.05")),
        Case(problem(2, DIMS_B) + (zeros(DIMS_B), 0.999, 0.01),
             name=L("a first step, {case}", case=from_zero)),
        Case(small_gradients(3, DIMS_A) + (0.9, 0.01),
             name=L("a first step where epsilon decides the result, {case}", case=tiny)),
        Case(problem(4, DIMS_C) + (state(34, DIMS_C, positive=True), 0.8, 0.1), {"epsilon": 0.5},
             name=named(DIMS_C, GRADS_S, "beta2=0.8, learning_rate=0.1, epsilon=0.5")),
        Case(problem(5, DIMS_C) + (state(35, DIMS_C, positive=True), 0.99, 0.003),
             name=named(DIMS_C, GRADS_S, "beta2=0.99, learning_rate=0.003", True), hidden=True),
        Case(small_gradients(6, DIMS_C, 1e-7) + (0.999, 0.001),
             name=named(DIMS_C, L("grads (every entry 0 or about 1e-7) and s (all zeros)"),
                        "beta2=0.999, learning_rate=0.001", True), hidden=True),
    ]


def _rmsprop_wrong(kind):
    def wrong(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
        eps = 1e-8 if kind == "fixed eps" else epsilon
        new_p, new_s = {}, {}
        with np.errstate(all="ignore"):
            for key in _keys(parameters):
                d, g = "d" + key, grads["d" + key]
                if kind == "no square":
                    new_s[d] = beta2 * s[d] + (1 - beta2) * g
                elif kind == "no 1-beta":
                    new_s[d] = beta2 * s[d] + g ** 2
                else:
                    new_s[d] = beta2 * s[d] + (1 - beta2) * g ** 2
                used = s[d] if kind == "old s" else new_s[d]
                if kind == "eps inside":
                    step = g / np.sqrt(used + eps)
                elif kind == "no eps":
                    step = g / np.sqrt(used)
                else:
                    step = g / (np.sqrt(used) + eps)
                new_p[key] = parameters[key] - learning_rate * step
        return new_p, new_s
    return wrong


def _rmsprop_two_steps():
    p0, g1 = problem(41, DIMS_A)
    g2 = problem(42, DIMS_A)[1]
    return _two_steps(ref.update_parameters_with_rmsprop, ["parameters", "s"],
                      (p0, g1, zeros(DIMS_A), 0.9, 0.01), lambda out: (out[0], g2, out[1], 0.9, 0.01), "s")


register(Exercise(
    f"{MODULE}.update_parameters_with_rmsprop", ref.update_parameters_with_rmsprop, ["parameters", "s"],
    rmsprop_cases, points=2,
    extras=[Extra(L("s carries over from one step to the next (two steps from s = 0, {case})",
                    case=named(DIMS_A, GRADS_S, "beta2=0.9, learning_rate=0.01")), _rmsprop_two_steps())],
    mistakes=[
        Mistake(L("epsilon is inside the square root: it belongs outside, grad / (np.sqrt(s) + epsilon); inside, it"
                  " swamps a tiny s and shrinks the step far too much"), fn=_rmsprop_wrong("eps inside")),
        Mistake(L("the epsilon argument is ignored (a fixed 1e-8 is used): use the epsilon passed in"),
                fn=_rmsprop_wrong("fixed eps")),
        Mistake(L("epsilon is missing from the denominator: where s is 0 the step is 0 / 0 = nan; divide by"
                  " (np.sqrt(s) + epsilon)"), fn=_rmsprop_wrong("no eps")),
        Mistake(L("the gradient must be squared in s: s = beta2 * s + (1 - beta2) * grad ** 2"),
                fn=_rmsprop_wrong("no square")),
        Mistake(L("the (1 - beta2) factor is missing: s = beta2 * s + (1 - beta2) * grad ** 2"),
                fn=_rmsprop_wrong("no 1-beta")),
        Mistake(L("the step used the old s: update s first, then divide by the square root of the new s"),
                fn=_rmsprop_wrong("old s")),
        KEYS,
    ]))


# --- initialize_adam ---------------------------------------------------------------------------------------

def _adam_init_wrong(kind):
    def wrong(parameters):
        v = _init_wrong(kind)(parameters)
        return v, {k: a.copy() for k, a in v.items()}
    return wrong


register(Exercise(
    f"{MODULE}.initialize_adam", ref.initialize_adam, ["v", "s"], _init_cases_named("initialize_adam"), points=1,
    mistakes=[
        Mistake(L("the keys of v and s are those of the gradients, 'dW1', 'db1', ..., not 'W1', 'b1', ..."),
                fn=_adam_init_wrong("no d")),
        Mistake(L("v and s start at zero: np.zeros(parameters['W' + str(l)].shape), not copies of the parameters"),
                fn=_adam_init_wrong("copy")),
        Mistake(L("each entry has the shape of its parameter, e.g. (n[l], 1) for db{l}:"
                  " np.zeros(parameters[...].shape)"), fn=_adam_init_wrong("flat")),
        Mistake(L("the last layer is missing: loop over l in range(1, L + 1), L = len(parameters) // 2"),
                fn=_adam_init_wrong("first L-1")),
        KEYS,
    ]))


# --- update_parameters_with_adam ---------------------------------------------------------------------------

ADAM_OUTPUTS = ("parameters", "v", "s", "v_corrected", "s_corrected")


def after_steps(seed, dims, t):
    """(parameters, grads, v, s) as they are before step t: t - 1 Adam steps from zero on random gradients."""
    rng = np.default_rng(seed)
    parameters = _arrays(rng, dims)
    v, s = zeros(dims), zeros(dims)
    for step in range(1, t):
        parameters, v, s, _, _ = ref.update_parameters_with_adam(parameters, _arrays(rng, dims, "d"), v, s, step)
    return parameters, _arrays(rng, dims, "d"), v, s


def adam_cases():
    third = named(DIMS_A, GRADS_V_S, "t=3, learning_rate=0.05")
    from_zero = named(DIMS_B, L("grads, v and s (v and s all zeros)"), "t=1")
    tiny = named(DIMS_A, L("grads (every entry 0 or about 1e-7), v and s (all zeros)"), "t=1")
    return [
        Case((dict(EXAMPLE_PARAMETERS), dict(EXAMPLE_GRADS), dict(EXAMPLE_V), dict(EXAMPLE_S), 2),
             shown="update_parameters_with_adam(example_parameters, example_grads, example_v, example_s, t=2)"),
        Case(after_steps(1, DIMS_A, 3) + (3,), {"learning_rate": 0.05},
             name=L("step t = 3 after two steps, {case}", case=third)),
        Case(problem(2, DIMS_B) + (zeros(DIMS_B), zeros(DIMS_B), 1),
             name=L("a first step, {case}", case=from_zero)),
        Case(small_gradients(3, DIMS_A, 1e-7)[:2] + (zeros(DIMS_A), zeros(DIMS_A), 1),
             name=L("a first step where epsilon decides the result, {case}", case=tiny)),
        Case(problem(4, DIMS_C) + (state(44, DIMS_C, 0.3), state(54, DIMS_C, 0.3, True), 5),
             {"learning_rate": 0.02, "beta1": 0.8, "beta2": 0.99, "epsilon": 1e-3},
             name=named(DIMS_C, GRADS_V_S, "t=5, learning_rate=0.02, beta1=0.8, beta2=0.99, epsilon=1e-3")),
        Case(after_steps(5, DIMS_C, 10) + (10,), name=named(DIMS_C, GRADS_V_S, "t=10", True), hidden=True),
        Case(problem(6, DIMS_A) + (state(46, DIMS_A, 0.3), state(56, DIMS_A, 0.3, True), 2),
             {"learning_rate": 0.001, "beta1": 0.5, "beta2": 0.9},
             name=named(DIMS_A, GRADS_V_S, "t=2, learning_rate=0.001, beta1=0.5, beta2=0.9", True),
             hidden=True),
    ]


def _adam_wrong(kind):
    def wrong(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
        b1, b2 = (beta2, beta1) if kind == "betas swapped" else (beta1, beta2)
        t = t + 1 if kind == "t + 1" else t
        p_new, v_new, s_new, v_c, s_c = {}, {}, {}, {}, {}
        with np.errstate(all="ignore"):
            for key in _keys(parameters):
                d, g = "d" + key, grads["d" + key]
                v_new[d] = b1 * v[d] + (1 - b1) * g
                s_new[d] = b2 * s[d] + (1 - b2) * g ** 2
                c1, c2 = {"beta": (1 - b1, 1 - b2), "(1-beta)**t": (1 - (1 - b1) ** t, 1 - (1 - b2) ** t),
                          "only v": (1 - b1 ** t, 1.0), "only s": (1.0, 1 - b2 ** t)
                          }.get(kind, (1 - b1 ** t, 1 - b2 ** t))
                v_c[d], s_c[d] = v_new[d] / c1, s_new[d] / c2
                num, den = (v_new[d], s_new[d]) if kind == "uncorrected step" else (v_c[d], s_c[d])
                if kind == "eps inside":
                    step = num / np.sqrt(den + epsilon)
                elif kind == "no eps":
                    step = num / np.sqrt(den)
                else:
                    step = num / (np.sqrt(den) + epsilon)
                p_new[key] = parameters[key] - learning_rate * step
        return p_new, v_new, s_new, v_c, s_c
    return wrong


def _adam_two_steps():
    p0, g1 = problem(61, DIMS_A)
    g2 = problem(62, DIMS_A)[1]
    first = (p0, g1, zeros(DIMS_A), zeros(DIMS_A), 1, 0.02)
    return _two_steps(ref.update_parameters_with_adam, ADAM_OUTPUTS, first,
                      lambda out: (out[0], g2, out[1], out[2], 2, 0.02), L("v and s"),
                      L("bias correction at step t = 2 divides by 1 - beta1 ** 2 and 1 - beta2 ** 2"))


def _adam_first_step(run):
    """From v = s = 0, Adam's first step moves every parameter by at most learning_rate."""
    parameters, grads = problem(71, DIMS_A)
    outcome = run(parameters, grads, zeros(DIMS_A), zeros(DIMS_A), 1, 0.01)
    if not outcome.ok:
        return outcome.error
    try:
        new = outcome.value[0]
        moves = [np.absolute(np.array(new[k], dtype=float) - parameters[k]).max() for k in parameters]
    except Exception:
        return _("could not read the new parameters (the first value returned) as a dict like parameters")
    largest = max(moves)
    if not largest <= 0.01 * (1 + 1e-6):
        return _("from v = s = 0 at t = 1, a parameter moved by {largest}, more than learning_rate = 0.01."
                 " With bias correction, v_corrected = grad and s_corrected = grad ** 2 at t = 1, so every"
                 " parameter moves by about learning_rate; without it the first steps are too large").format(
                     largest=f"{largest:.3g}")
    return None


register(Exercise(
    f"{MODULE}.update_parameters_with_adam", ref.update_parameters_with_adam, ADAM_OUTPUTS, adam_cases, points=3,
    extras=[Extra(L("v and s carry over from one step to the next (steps t = 1 and 2 from v = s = 0, {case})",
                    case=named(DIMS_A, GRADS_V_S, "learning_rate=0.02")), _adam_two_steps()),
            Extra(L("the first step moves each parameter by at most learning_rate (t = 1 from v = s = 0, {case})",
                    case=named(DIMS_A, GRADS_V_S, "learning_rate=0.01")), _adam_first_step)],
    mistakes=[
        Mistake(L("bias correction divides by 1 - beta ** t, with the step number t as the exponent: you divided by"
                  " 1 - beta (right only at t = 1)"), fn=_adam_wrong("beta")),
        Mistake(L("bias correction is 1 - beta ** t, not 1 - (1 - beta) ** t"), fn=_adam_wrong("(1-beta)**t")),
        Mistake(L("v is bias-corrected but s is not: s_corrected = s / (1 - beta2 ** t)"), fn=_adam_wrong("only v")),
        Mistake(L("s is bias-corrected but v is not: v_corrected = v / (1 - beta1 ** t)"), fn=_adam_wrong("only s")),
        Mistake(L("the step used v and s before bias correction: use v_corrected / (np.sqrt(s_corrected) + epsilon)"),
                fn=_adam_wrong("uncorrected step")),
        Mistake(L("epsilon is inside the square root: it belongs outside, v_corrected / (np.sqrt(s_corrected) +"
                  " epsilon); inside, it swamps a tiny s and shrinks the step far too much"),
                fn=_adam_wrong("eps inside")),
        Mistake(L("epsilon is missing from the denominator: where s is 0 the step is 0 / 0 = nan"),
                fn=_adam_wrong("no eps")),
        Mistake(L("beta1 and beta2 are swapped: beta1 averages the gradients (v), beta2 their squares (s)"),
                fn=_adam_wrong("betas swapped")),
        Mistake(L("t is already the number of this step (1 for the first): use it as given, without adding 1"),
                fn=_adam_wrong("t + 1")),
        KEYS,
    ]))


# --- learning-rate decay -----------------------------------------------------------------------------------

def update_lr_cases():
    return [
        Case((0.5, 2, 0.5), shown="update_lr(0.5, 2, 0.5)"),
        Case((0.5, 0, 1.0), name=L("learning_rate0=0.5, epoch_num=0, decay_rate=1.0: at epoch 0 the rate is still"
                                   " learning_rate0")),
        Case((0.01, 10, 0.3), name="learning_rate0=0.01, epoch_num=10, decay_rate=0.3"),
        Case((0.2, 1500, 0.01), name="learning_rate0=0.2, epoch_num=1500, decay_rate=0.01"),
        Case((0.1, 7, 0.05), name=L("a hidden case, {case}", case="learning_rate0=0.1, epoch_num=7, decay_rate=0.05"),
             hidden=True),
        Case((1, 3, 1), name=L("a hidden case with whole numbers, {case}",
                               case="learning_rate0=1, epoch_num=3, decay_rate=1"), hidden=True),
    ]


register(Exercise(
    f"{MODULE}.update_lr", ref.update_lr, ["learning_rate"], update_lr_cases, points=1,
    mistakes=[
        Mistake(L("the decay multiplies the learning rate, which makes it grow: divide, learning_rate0 / (1 +"
                  " decay_rate * epoch_num)"), fn=lambda lr0, epoch, decay: lr0 * (1 + decay * epoch)),
        Mistake(L("operator precedence: learning_rate0 / 1 + decay_rate * epoch_num divides by 1 only; write"
                  " learning_rate0 / (1 + decay_rate * epoch_num)"),
                fn=lambda lr0, epoch, decay: lr0 / 1 + decay * epoch),
        Mistake(L("that is exponential decay, learning_rate0 * decay_rate ** epoch_num; this schedule is"
                  " learning_rate0 / (1 + decay_rate * epoch_num)"), fn=lambda lr0, epoch, decay: lr0 * decay ** epoch),
        Mistake(L("update_lr lowers the rate after every epoch: no floor and no time interval here (that is"
                  " schedule_lr_decay)"), fn=lambda lr0, epoch, decay: lr0 / (1 + decay * math.floor(epoch / 1000))),
        Mistake(L("the 1 + in the denominator is missing: at epoch 0 the rate must be learning_rate0"),
                error=r"ZeroDivisionError"),
    ]))


def schedule_cases():
    return [
        Case((0.5, 1750, 1.0), shown="schedule_lr_decay(0.5, 1750, 1.0)"),
        Case((0.5, 999, 1.0), name=L("learning_rate0=0.5, epoch_num=999, decay_rate=1.0:"
                                     " still in the first interval of 1000 epochs")),
        Case((0.1, 10, 0.5), {"time_interval": 3}, name="learning_rate0=0.1, epoch_num=10, decay_rate=0.5, time_interval=3"),
        Case((0.2, 7, 1.0), {"time_interval": 7},
             name=L("learning_rate0=0.2, epoch_num=7, decay_rate=1.0, time_interval=7: the first epoch of an"
                    " interval")),
        Case((0.01, 2600, 0.3), name="learning_rate0=0.01, epoch_num=2600, decay_rate=0.3"),
        Case((0.01, 99, 2.0, 10), name=L("a hidden case, {case}", case="learning_rate0=0.01, epoch_num=99,"
                                                                   " decay_rate=2.0, time_interval=10"), hidden=True),
        Case((0.3, 0, 1.0), name=L("a hidden case, {case}", case="learning_rate0=0.3, epoch_num=0, decay_rate=1.0"),
             hidden=True),
    ]


def _schedule_wrong(kind):
    def wrong(lr0, epoch, decay, time_interval=1000):
        interval = 1000 if kind == "fixed interval" else time_interval
        steps = {"no floor": epoch / interval, "round": round(epoch / interval),
                 "ceil": math.ceil(epoch / interval)}.get(kind, math.floor(epoch / interval))
        if kind == "floor of product":
            return lr0 / (1 + math.floor(decay * epoch / interval))
        if kind == "times":
            return lr0 * (1 + decay * steps)
        return lr0 / (1 + decay * steps)
    return wrong


register(Exercise(
    f"{MODULE}.schedule_lr_decay", ref.schedule_lr_decay, ["learning_rate"], schedule_cases, points=1,
    mistakes=[
        Mistake(L("the floor is missing: the rate only falls every time_interval epochs, so use"
                  " np.floor(epoch_num / time_interval) (or epoch_num // time_interval)"),
                fn=_schedule_wrong("no floor")),
        Mistake(L("round the number of intervals down, np.floor(epoch_num / time_interval), not to the nearest whole"
                  " number"), fn=_schedule_wrong("round")),
        Mistake(L("round the number of intervals down with np.floor, not up with ceil"), fn=_schedule_wrong("ceil")),
        Mistake(L("the time_interval argument is ignored (a fixed 1000 is used): divide by time_interval"),
                fn=_schedule_wrong("fixed interval")),
        Mistake(L("only epoch_num / time_interval is floored; decay_rate multiplies the floored count:"
                  " decay_rate * np.floor(epoch_num / time_interval)"), fn=_schedule_wrong("floor of product")),
        Mistake(L("the decay multiplies the learning rate, which makes it grow: divide, learning_rate0 / (1 +"
                  " decay_rate * np.floor(epoch_num / time_interval))"), fn=_schedule_wrong("times")),
    ]))


# --- the lesson's questions --------------------------------------------------------------------------------

register(Question(
    f"{MODULE}.q_step_direction", ref.q_step_direction, choices="abcd",
    why={"a": L("a step straight at the minimum would need to know where the minimum is; gradient descent knows"
                " only the slope at X, and on an elongated bowl the slope does not point at the centre"),
         "c": L("along a contour line the cost stays the same: that is the one direction in which the slope is"
                " zero, so the gradient has no component along it"),
         "d": L("that arrow climbs to higher contours: it points along the gradient, and a descent step goes"
                " against the gradient")},
    then=L("A gradient-descent step goes against the gradient, which is perpendicular to the contour line through"
           " the point; on an elongated bowl that is mostly across the valley, not towards the minimum.")))

register(Question(
    f"{MODULE}.q_momentum_path", ref.q_momentum_path, choices="abc",
    why={"a": L("in (a) every step reverses direction across the valley, as a step that sees only the current"
                " gradient does; an average of the last ten or so gradients would cancel most of those flips"),
         "c": L("(c) slows down as the slope flattens and never reaches the bottom: a step that remembers earlier"
                " gradients keeps some of its speed where the slope fades, and can carry past the minimum")},
    then=L("Momentum averages the gradients: their flips across the valley cancel, their agreement along it"
           " builds speed, so the path is smooth and overshoots the minimum before swinging back.")))

"""Checks for module 05, initialization.

The random initialisers are compared value for value with the reference under the contract's order of
draws (one ``rng.standard_normal((n[l], n[l-1]))`` per layer, W1 first). When the values differ, two
extra checks tell why: whether the numbers come from ``rng`` at all (two generators with the same seed
must give the same weights), and whether the weights of a wide network (built here from the contract,
independently of the reference) have the expected mean and variance, which separates a wrong spread
(named) from a right spread drawn in another way.
"""

from solutions import initialization as ref

from .. import _np as np
from ..compare import compare
from ..exercise import Case, Exercise, Extra, Mistake, register
from ..i18n import L, _
from .common import LAYER_COUNT, PRODUCT_ERROR, SHAPE_IN_ONE_TUPLE, frozen

MODULE = "initialization"


def seeded(seed):
    """A generator drawing exactly what ``np.random.default_rng(seed)`` draws."""
    return np.random.default_rng(seed)


def _parameters(value):
    """The student's dict as {key: float array}, or None when it cannot be read as one."""
    if not isinstance(value, dict):
        return None
    try:
        return {k: np.asarray(v, dtype=float) for k, v in value.items()}
    except Exception:
        return None


NO_RANDN = Mistake(L("a numpy.random.Generator has no randn or rand: use rng.standard_normal((n[l], n[l-1]))"),
                   error=r"Generator' object has no attribute")
INDEXING = Mistake(L("the layers are l = 1 .. L with L = len(layer_dims) - 1: loop over range(1, len(layer_dims))"
                     " and use layer_dims[l] and layer_dims[l - 1]"), error=r"list index out of range")
NO_SCALE_ARGUMENT = Mistake(L("the function needs the keyword argument scale=10.0 in its signature"),
                            error=r"unexpected keyword argument 'scale'")
ERRORS = (SHAPE_IN_ONE_TUPLE, NO_RANDN, INDEXING)


# --- cases shared by the four initialisers ---------------------------------------------------------

# tuples, so that no call can change them; the contract's layer_dims is a list: every call gets a fresh list(...)
DIMS = ((4, 5, 3), (2, 7, 6, 1), (5, 1), (1, 3, 2))
HIDDEN_DIMS = ((6, 3, 4, 2, 1), (10, 20, 1), (3, 3, 3))


def init_cases(name, seeded_args=True, kwargs_list=None):
    """The worked example [3, 5, 2] with seed 0, then other shapes on other seeds."""
    def cases():
        def args(dims, seed):
            return (list(dims), seeded(seed)) if seeded_args else (list(dims),)

        def called(dims, seed, kwargs=None):
            # the call as the student can repeat it: every argument, the generator's seed included
            rng_text = f", np.random.default_rng({seed})" if seeded_args else ""
            kwargs_text = "".join(f", {k}={v}" for k, v in (kwargs or {}).items())
            return f"{name}({list(dims)}{rng_text}{kwargs_text})"

        out = [Case(args([3, 5, 2], 0), shown=called([3, 5, 2], 0))]
        for i, dims in enumerate(DIMS):
            out.append(Case(args(dims, 10 + i), name=called(dims, 10 + i)))
        for i, dims in enumerate(HIDDEN_DIMS):
            out.append(Case(args(dims, 20 + i), name=L("a hidden case, {call}", call=called(dims, 20 + i)),
                            hidden=True))
        for kwargs, dims, seed, hidden in kwargs_list or ():
            call = called(dims, seed, kwargs)
            out.append(Case(args(dims, seed), dict(kwargs), hidden=hidden,
                            name=L("a hidden case, {call}", call=call) if hidden else call))
        return out
    return cases


def _layers(layer_dims):
    return range(1, len(layer_dims))


def _draw_variant(std, b_drawn=False, reverse=False, transposed=False):
    """An initialiser with weights std(n_prev, n) * standard normal, drawn in a wrong way."""
    def wrong(layer_dims, rng, *args, **kwargs):
        parameters = {}
        order = list(_layers(layer_dims))
        for l in reversed(order) if reverse else order:
            n_prev, n = layer_dims[l - 1], layer_dims[l]
            s = std(n_prev, n, *args, **kwargs)
            draw = rng.standard_normal((n_prev, n)).T if transposed else rng.standard_normal((n, n_prev))
            parameters[f"W{l}"] = s * draw
            parameters[f"b{l}"] = s * rng.standard_normal((n, 1)) if b_drawn else np.zeros((n, 1))
        return {k: parameters[k] for l in order for k in (f"W{l}", f"b{l}")}
    return wrong


def draw_mistakes(std):
    """Known slips of every random initialiser, given its right standard deviation std(n_prev, n, ...)."""
    return [
        Mistake(L("the biases are zeros, not drawn: drawing b{l} from rng also shifts every later draw, so W2, W3,"
                  " ... come out different"), fn=_draw_variant(std, b_drawn=True)),
        Mistake(L("draw W1 first, then W2, ...: the order of the draws decides which numbers each layer gets"),
                fn=_draw_variant(std, reverse=True)),
        Mistake(L("draw with the shape (n[l], n[l-1]) directly: drawing (n[l-1], n[l]) and transposing gives the"
                  " right shape but other numbers in each place"), fn=_draw_variant(std, transposed=True)),
    ]


def _weights_from_rng(run):
    """The weights must come from the given generator: same seed, same weights; other seed, other weights."""
    dims = [4, 3, 2]
    outcomes = [run(dims, seeded(s)) for s in (41, 41, 42)]
    for outcome in outcomes:
        if not outcome.ok:
            return outcome.error
    values = [_parameters(o.value) for o in outcomes]
    if any(v is None for v in values):
        return _("could not read the returned value as a dict of arrays with keys 'W1', 'b1', ...")
    same = [a.keys() == b.keys() and all(np.array_equal(a[k], b[k], equal_nan=True) for k in a)
            for a, b in ((values[0], values[1]), (values[0], values[2]))]
    if not same[0]:
        return _("two generators with the same seed gave different weights, so your numbers do not come from rng:"
                 " np.random.randn, np.random.normal or np.random.seed use NumPy's global generator. Draw with"
                 " rng.standard_normal((n[l], n[l-1])) from the rng your function is given")
    if same[1]:
        return _("generators with different seeds gave the same weights: your function ignores its rng (does it"
                 " seed or create a generator of its own?). Draw from the rng it is given")
    return None


WIDE = (300, 100, 40)  # layer_dims of the wide network; the call gets a fresh list(WIDE)
WIDE_SEED = 43


def _contract_draws(layer_dims, rng, std_fn, kwargs):
    """The contract's parameters, built here without the reference library (which reads NumPy as the notebook
    left it): one standard normal draw per layer, times its standard deviation."""
    parameters = {}
    for l in _layers(layer_dims):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        draw = rng.standard_normal((n, n_prev))
        parameters[f"W{l}"] = std_fn(n_prev, n, **kwargs) * draw
        parameters[f"b{l}"] = np.zeros_like(draw[:, :1])
    return parameters


def wide_network_check(std_fn, formula, alternatives, kwargs=None):
    """An Extra comparing the weights of a wide network with the contract's draws, and explaining a difference.

    Arguments:
    std_fn -- the right standard deviation, std_fn(n_prev, n)
    formula -- text of the expected variance, formula(l, n_prev, n)
    alternatives -- [(variance(n_prev, n), why)]: wrong variances a student may have used, and what to say
    kwargs -- keyword arguments of the call (the scale of initialize_parameters_random)
    """
    kwargs = kwargs or {}

    def extra(run):
        seed = WIDE_SEED
        outcome = run(list(WIDE), seeded(seed), **kwargs)
        if not outcome.ok:
            return CallError(outcome.error)
        expected = _contract_draws(WIDE, seeded(seed), std_fn, kwargs)
        if not compare(outcome.value, expected, "parameters"):
            return None
        got = _parameters(outcome.value)
        if got is None:
            return _("could not read the returned value as a dict of arrays with keys 'W1', 'b1', ...")
        for l in _layers(WIDE):
            n_prev, n = WIDE[l - 1], WIDE[l]
            W, b = got.get(f"W{l}"), got.get(f"b{l}")
            if W is None or b is None:
                return _("W{l} or b{l} is missing").format(l=l)
            if W.shape != (n, n_prev):
                return _("W{l} has shape {got}; expected (n[{l}], n[{prev}]) = {shape}").format(
                    l=l, prev=l - 1, got=W.shape, shape=(n, n_prev))
            if not np.isfinite(W).all():
                return _("W{l} holds nan or inf").format(l=l)
            if b.shape != (n, 1) or (b != 0).any():
                return _("b{l} should be zeros of shape {shape}: the biases start at zero and are not drawn").format(
                    l=l, shape=(n, 1))
            target = std_fn(n_prev, n, **kwargs) ** 2
            mean, var = float(W.mean()), float(W.var())
            if abs(mean) > 6 * (target / W.size) ** 0.5 + 1e-12:
                if 0 < mean < 1:
                    message = _("W{l} has mean {mean}; the weights should be centred on 0 (rng.random draws from"
                                " [0, 1); use rng.standard_normal)")
                else:
                    message = _("W{l} has mean {mean}; the weights should be centred on 0")
                return message.format(l=l, mean=f"{mean:.3g}")
            if not abs(var / target - 1) < 0.1:
                why = next((text for v, text in alternatives if abs(var / v(n_prev, n, **kwargs) - 1) < 0.1), "")
                expected_text = f"{target:.3g} = {formula(l, n_prev, n, **kwargs)}"
                if why:
                    message = _("W{l} has variance {variance}; expected about {expected}: {why}")
                else:
                    message = _("W{l} has variance {variance}; expected about {expected}")
                return message.format(l=l, variance=f"{var:.3g}", expected=expected_text, why=why)
        if not any(compare(outcome.value.get(k), expected[k], k) for k in expected):
            return _("the dict should hold exactly the keys {keys}").format(keys=list(expected))
        return _("your weights have the right mean and variance but are not the numbers the contract's draws give"
                 " with this rng. Draw exactly one array per layer with rng.standard_normal((n[l], n[l-1])), W1"
                 " first, then W2, ...; draw nothing else (the biases are zeros); and do not use np.random.randn or"
                 " np.random.seed, which use NumPy's global generator instead of rng")

    return extra


class CallError(str):
    """The error the student's function raised, as a check returns it."""


def _naming_the_case(extra):
    """The wide-network check, its problem ending with the call it made, so that the student can rerun it."""
    def named(run):
        problem = extra(run)
        if not problem or isinstance(problem, CallError):  # the call's own error says where it happened
            return problem and str(problem)
        return _("{problem} (the call: layer_dims = {dims}, np.random.default_rng({seed}))").format(
            problem=problem, dims=list(WIDE), seed=WIDE_SEED)
    return named


def _register_random(name, reference, std_fn, formula, alternatives, mistakes, wide_kwargs=None,
                     kwargs_list=None, errors=()):
    extra = wide_network_check(std_fn, formula, alternatives, wide_kwargs)
    register(Exercise(
        f"{MODULE}.{name}", reference, ["parameters"], init_cases(name, kwargs_list=kwargs_list), points=1,
        mistakes=[*mistakes, *draw_mistakes(std_fn), *ERRORS, *errors],
        extras=[Extra(L("random numbers come from rng"), _weights_from_rng),
                Extra(L("weights of a wide network {dims}", dims=list(WIDE)), _naming_the_case(extra))]))


# --- initialize_parameters_zeros ---------------------------------------------------------------------

def _zeros_variant(kind):
    def wrong(layer_dims):
        L = len(layer_dims) - 1
        parameters = {}
        for l in range(1, L if kind == "short" else L + 1):
            n_prev, n = layer_dims[l - 1], layer_dims[l]
            key = l - 1 if kind == "from0" else l
            parameters[f"W{key}"] = np.zeros((n_prev, n) if kind == "transposed" else (n, n_prev))
            parameters[f"b{key}"] = np.zeros(n) if kind == "flat_b" else np.zeros((n, 1))
        return parameters
    return wrong


register(Exercise(
    f"{MODULE}.initialize_parameters_zeros", ref.initialize_parameters_zeros, ["parameters"],
    init_cases("initialize_parameters_zeros", seeded_args=False), points=1,
    mistakes=[
        Mistake(L("W{l} has shape (n[l], n[l-1]): one row per unit of layer l, one column per input it receives"),
                fn=_zeros_variant("transposed")),
        Mistake(L("b{l} must be a column of shape (n[l], 1), not a 1-D array: np.zeros((n[l], 1))"),
                fn=_zeros_variant("flat_b")),
        Mistake(L("the last layer is missing: with L = len(layer_dims) - 1 layers, loop over range(1, L + 1)"),
                fn=_zeros_variant("short")),
        Mistake(L("the keys start at 1: W1, b1 for the first layer (layer 0 is the input, it has no parameters)"),
                fn=_zeros_variant("from0")),
        SHAPE_IN_ONE_TUPLE, INDEXING,
    ]))


# --- initialize_parameters_random --------------------------------------------------------------------

def _random_std(n_prev, n, scale=10.0):
    return scale


_register_random(
    "initialize_parameters_random", ref.initialize_parameters_random, _random_std,
    lambda l, n_prev, n, scale=10.0: f"scale² = {scale:g}²",
    alternatives=[
        (lambda n_prev, n, scale=10.0: 1.0, L("the standard normal draws are not multiplied by scale")),
        (lambda n_prev, n, scale=10.0: 100.0, L("that is 10²: use the scale argument, not the number 10")),
        (lambda n_prev, n, scale=10.0: 1e-4, L("that is 0.01², the constant of the earlier lessons; use scale")),
        (lambda n_prev, n, scale=10.0: scale, L("that is scale itself: multiply the draws by scale, which is their"
                                                " standard deviation (the variance is scale²)")),
    ],
    wide_kwargs={"scale": 2.0},
    kwargs_list=(({"scale": 1.0}, (4, 5, 3), 30, False), ({"scale": 0.5}, (2, 6, 1), 31, False),
                 ({"scale": 3.0}, (3, 2, 4, 1), 32, True)),
    mistakes=[
        Mistake(L("multiply the standard normal draws by scale"),
                fn=_draw_variant(lambda n_prev, n, scale=10.0: 1.0)),
        Mistake(L("the weights are scale * rng.standard_normal(...), with the scale argument (not the 0.01 of the"
                  " earlier lessons)"), fn=_draw_variant(lambda n_prev, n, scale=10.0: 0.01)),
        Mistake(L("use the scale argument: the number 10 is only its default"),
                fn=_draw_variant(lambda n_prev, n, scale=10.0: 10.0)),
    ],
    errors=[NO_SCALE_ARGUMENT])


# --- initialize_parameters_xavier ----------------------------------------------------------------------

def _xavier_std(n_prev, n):
    return (1 / n_prev) ** 0.5


FAN_OUT = L("that is 1/n[l], the size of the layer itself; use n[l-1], the number of inputs each unit of layer l"
            " sums (W{l}.shape[1])")

_register_random(
    "initialize_parameters_xavier", ref.initialize_parameters_xavier, _xavier_std,
    lambda l, n_prev, n: f"1/n[{l - 1}] = 1/{n_prev}",
    alternatives=[
        (lambda n_prev, n: 1 / n, FAN_OUT),
        (lambda n_prev, n: 1 / n_prev ** 2, L("that is (1/n[l-1])²: multiply by the standard deviation"
                                              " np.sqrt(1 / n[l-1]), not by the variance 1 / n[l-1]")),
        (lambda n_prev, n: 2 / n_prev, L("that is He's variance 2/n[l-1]; Xavier's is 1/n[l-1]")),
        (lambda n_prev, n: 2 / (n_prev + n),
         L("that is Glorot's 2/(n[l-1] + n[l]); this course's Xavier uses 1/n[l-1]")),
        (lambda n_prev, n: 1.0, L("the standard normal draws are not scaled")),
        (lambda n_prev, n: 1e-4, L("that is 0.01², the constant of the earlier lessons")),
    ],
    mistakes=[
        Mistake(L("scale by the number of inputs n[l-1] (layer_dims[l - 1]), not by n[l], the size of the layer"
                  " itself"), fn=_draw_variant(lambda n_prev, n: (1 / n) ** 0.5)),
        Mistake(L("the square root is missing: the variance is 1/n[l-1], so multiply by its square root,"
                  " np.sqrt(1 / layer_dims[l - 1])"), fn=_draw_variant(lambda n_prev, n: 1 / n_prev)),
        Mistake(L("that is He's 2/n[l-1]; Xavier's variance is 1/n[l-1]"),
                fn=_draw_variant(lambda n_prev, n: (2 / n_prev) ** 0.5)),
        Mistake(L("that is Glorot's variance 2/(n[l-1] + n[l]); this course's Xavier uses 1/n[l-1]"),
                fn=_draw_variant(lambda n_prev, n: (2 / (n_prev + n)) ** 0.5)),
    ])


# --- initialize_parameters_he --------------------------------------------------------------------------

def _he_std(n_prev, n):
    return (2 / n_prev) ** 0.5


_register_random(
    "initialize_parameters_he", ref.initialize_parameters_he, _he_std,
    lambda l, n_prev, n: f"2/n[{l - 1}] = 2/{n_prev}",
    alternatives=[
        (lambda n_prev, n: 2 / n, L("that is 2/n[l], from the size of the layer itself; use n[l-1], the number of"
                                    " inputs each unit sums (W{l}.shape[1])")),
        (lambda n_prev, n: 4 / n_prev ** 2, L("that is (2/n[l-1])²: multiply by the standard deviation"
                                              " np.sqrt(2 / n[l-1]), not by the variance 2 / n[l-1]")),
        (lambda n_prev, n: 1 / n_prev, L("that is Xavier's 1/n[l-1]; He doubles it to make up for the half of"
                                         " the signal a ReLU sets to zero")),
        (lambda n_prev, n: 2 / n_prev ** 2, L("that is (np.sqrt(2) / n[l-1])²: take the square root of the whole"
                                              " fraction, np.sqrt(2 / n[l-1])")),
        (lambda n_prev, n: 1.0, L("the standard normal draws are not scaled")),
        (lambda n_prev, n: 1e-4, L("that is 0.01², the constant of the earlier lessons")),
    ],
    mistakes=[
        Mistake(L("that is Xavier's variance 1/n[l-1]; He's is 2/n[l-1]"),
                fn=_draw_variant(lambda n_prev, n: (1 / n_prev) ** 0.5)),
        Mistake(L("scale by the number of inputs n[l-1] (layer_dims[l - 1]), not by n[l], the size of the layer"
                  " itself"), fn=_draw_variant(lambda n_prev, n: (2 / n) ** 0.5)),
        Mistake(L("the square root is missing: the variance is 2/n[l-1], so multiply by its square root,"
                  " np.sqrt(2 / layer_dims[l - 1])"), fn=_draw_variant(lambda n_prev, n: 2 / n_prev)),
        Mistake(L("take the square root of the whole fraction, np.sqrt(2 / n[l-1]); np.sqrt(2) / n[l-1] is far too"
                  " small"), fn=_draw_variant(lambda n_prev, n: 2 ** 0.5 / n_prev)),
    ])


# --- activation_statistics ---------------------------------------------------------------------------

WORKED_X = frozen(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]))
WORKED_PARAMETERS = frozen({"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),
                            "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])})
WORKED_SHOWN = ('activation_statistics(np.array([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0]]),'
                ' {"W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([[0.0], [0.1]]),'
                ' "W2": np.array([[1.0, -0.5]]), "b2": np.array([[-0.4]])}, "relu")')


def network(seed, dims, m):
    """(X, parameters) of a random network with weights of a moderate size and non-zero biases."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((dims[0], m))
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) * 1.5 / np.sqrt(dims[l - 1])
        parameters[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.3
    return X, parameters


def parameter_shapes(parameters):
    """ "W1 (5, 4), b1 (5, 1), W2 (3, 5), b2 (3, 1)": the shapes of every array of the dict, for case names."""
    return ", ".join(f"{key} {tuple(np.shape(value))}" for key, value in parameters.items())


def statistics_cases():
    cases = [Case((WORKED_X, dict(WORKED_PARAMETERS), "relu"), shown=WORKED_SHOWN)]
    for i, (activation, dims, m, hidden) in enumerate([
            ("tanh", [4, 5, 3], 6, False), ("sigmoid", [3, 4, 2, 1], 5, False), ("linear", [2, 3], 7, False),
            ("relu", [5, 6, 4, 3], 4, False), ("tanh", [6, 2, 5, 3, 2], 3, True), ("sigmoid", [3, 3], 8, True),
            ("linear", [4, 6, 2], 5, True), ("relu", [2, 8, 1], 10, True)]):
        X, parameters = network(50 + i, dims, m)
        fields = {"shape": X.shape, "shapes": parameter_shapes(parameters), "activation": repr(activation)}
        name = (L("X of shape {shape}, parameters {shapes} and activation {activation} (a hidden case)", **fields)
                if hidden else L("X of shape {shape}, parameters {shapes} and activation {activation}", **fields))
        cases.append(Case((X, parameters, activation), name=name, hidden=hidden))
    return cases


def _statistics_variant(kind):
    def wrong(X, parameters, activation):
        L = len(parameters) // 2
        A, stats = X, []
        if kind == "with_input":
            stats.append((float(np.mean(X)), float(np.var(X))))
        for l in range(1, L + 1):
            Z = parameters[f"W{l}"] @ A + (0 if kind == "no_bias" else parameters[f"b{l}"])
            A = ref.activate(Z, "sigmoid" if kind == "sigmoid_output" and l == L else activation)
            if kind == "short" and l == L:
                break
            S = Z if kind == "of_Z" else A
            variance = {"ddof1": lambda: np.var(S, ddof=1) if S.size > 1 else np.nan,
                        "std": lambda: np.std(S),
                        "per_unit": lambda: np.mean(np.var(S, axis=1)),
                        "per_example": lambda: np.mean(np.var(S, axis=0))}.get(kind, lambda: np.var(S))()
            stats.append((float(np.mean(S)), float(variance)))
        return stats
    return wrong


def _linear_stack(run):
    """Independent of the reference: through layers W = c I, b = beta, the mean becomes c mean + beta and
    the variance c² variance, layer after layer."""
    c, beta, L = 1.5, 0.25, 4
    X = np.array([[0.3, -1.2, 2.0, 0.7, -0.4], [1.1, 0.0, -0.8, 0.5, 1.6], [-2.0, 0.9, 0.2, -0.3, 0.4]])
    eye = np.array([[float(i == j) for j in range(3)] for i in range(3)])
    parameters = {}
    for l in range(1, L + 1):
        parameters[f"W{l}"], parameters[f"b{l}"] = c * eye, np.array([[beta]] * 3)
    outcome = run(X, parameters, "linear")
    if not outcome.ok:
        return outcome.error
    try:
        got = [(float(mean), float(var)) for mean, var in outcome.value]
    except Exception:
        return _("could not read your result as a list of (mean, variance) pairs")
    if len(got) != L:
        return _("for a network of {layers} layers your function returned {count} pairs; expected one per layer").format(
            layers=L, count=len(got))
    mean, var = float(X.mean()), float(X.var())
    for l in range(1, L + 1):
        mean, var = c * mean + beta, c * c * var
        gm, gv = got[l - 1]
        if not (abs(gm - mean) <= 1e-9 * (1 + abs(mean)) and abs(gv - var) <= 1e-9 * (1 + abs(var))):
            return _("through linear layers W = {c}·I, b = {beta}, each layer multiplies the mean by {c} and adds"
                     " {beta}, and multiplies the variance by {c}² = {c2}; at layer {l} the pair should be"
                     " ({mean}, {variance}), yours is ({got_mean}, {got_variance})").format(
                c=c, beta=beta, c2=c * c, l=l, mean=f"{mean:.6g}", variance=f"{var:.6g}", got_mean=f"{gm:.6g}",
                got_variance=f"{gv:.6g}")
    return None


register(Exercise(
    f"{MODULE}.activation_statistics", ref.activation_statistics, ["stats"], statistics_cases, points=2,
    extras=[Extra(L("a stack of linear layers W = 1.5·I"), _linear_stack)],
    mistakes=[
        Mistake(L("use the population variance np.var(A) (it divides by the number of entries); ddof=1 divides by"
                  " one less"), fn=_statistics_variant("ddof1")),
        Mistake(L("that is the standard deviation (np.std); the variance is its square, np.var(A)"),
                fn=_statistics_variant("std")),
        Mistake(L("every layer uses the given activation, the last one too: this network has no sigmoid output"),
                fn=_statistics_variant("sigmoid_output")),
        Mistake(L("these are the statistics of Z[l]; take them of the activations A[l] = g(Z[l])"),
                fn=_statistics_variant("of_Z")),
        Mistake(L("the variance is over all n[l] * m entries of A[l] (np.var(A)), not the average of each unit's"
                  " variance (axis=1)"), fn=_statistics_variant("per_unit")),
        Mistake(L("the variance is over all n[l] * m entries of A[l] (np.var(A)), not the average of each example's"
                  " variance (axis=0)"), fn=_statistics_variant("per_example")),
        Mistake(L("the bias is missing: Z[l] = W[l] A[l-1] + b[l]"), fn=_statistics_variant("no_bias")),
        Mistake(L("the last layer is missing: there are L = len(parameters) // 2 layers, l = 1 .. L"),
                fn=_statistics_variant("short")),
        Mistake(L("the list starts with layer 1: A[0] = X is the input, not a layer"),
                fn=_statistics_variant("with_input")),
        LAYER_COUNT,
        Mistake(L("each layer multiplies W[l], of shape (n[l], n[l-1]), by the previous layer's activations A[l-1]"
                  " (not by X): W @ A_prev"), error=PRODUCT_ERROR),
        Mistake(L("activation is a string such as \"tanh\": compare it with ==, e.g. if activation == \"tanh\": ..."),
                error=r"'str' object is not callable"),
    ]))


# --- gradient_norms_per_initializer ------------------------------------------------------------------

NORMS_X = frozen(np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]]))
NORMS_Y = frozen(np.array([[1.0, 0.0, 1.0, 0.0]]))
NORMS_SHOWN = ("gradient_norms_per_initializer(np.array([[1.0, -0.5, 2.0, 0.0], [0.5, 1.5, -1.0, -2.0]]),"
               " np.array([[1.0, 0.0, 1.0, 0.0]]), [2, 3, 3, 1], np.random.default_rng(0))")
INITIALIZERS = ("zeros", "random", "Xavier", "He")


def labelled_data(seed, n0, m):
    """(X, Y): X standard normal of shape (n0, m), Y labels 0/1 of shape (1, m) with both classes present."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n0, m))
    Y = (np.arange(m) % 2 == 0).astype(float)[rng.permutation(m)].reshape(1, m)
    return X, Y


def norms_cases():
    cases = [Case((NORMS_X, NORMS_Y, [2, 3, 3, 1], seeded(0)), shown=NORMS_SHOWN)]
    for i, (dims, m, activation, scale, hidden) in enumerate([
            ([4, 6, 5, 1], 8, "relu", 1.0, False), ([3, 5, 4, 3, 1], 6, "tanh", 0.5, False),
            ([5, 4, 1], 7, "sigmoid", 2.0, False), ([2, 6, 1], 5, "linear", 0.1, False),
            ([6, 8, 8, 8, 1], 10, "relu", 0.01, True), ([4, 3, 1], 9, "tanh", 1.5, True),
            ([3, 10, 1], 4, "relu", 3.0, True)]):
        X, Y = labelled_data(60 + i, dims[0], m)
        fields = {"X": X.shape, "Y": Y.shape, "dims": dims, "seed": 70 + i, "activation": repr(activation),
                  "scale": scale}
        if hidden:
            name = L("X of shape {X}, Y of shape {Y}, layer_dims = {dims}, np.random.default_rng({seed}),"
                     " activation={activation} and scale={scale} (a hidden case)", **fields)
        else:
            name = L("X of shape {X}, Y of shape {Y}, layer_dims = {dims}, np.random.default_rng({seed}),"
                     " activation={activation} and scale={scale}", **fields)
        cases.append(Case((X, Y, list(dims), seeded(70 + i)), {"activation": activation, "scale": scale},
                          name=name, hidden=hidden))
    return cases


def _norms_variant(kind):
    """gradient_norms_per_initializer with one known slip."""
    def wrong(X, Y, layer_dims, rng, activation="relu", scale=1.0):
        def random():
            if kind == "default_scale":
                return ref.initialize_parameters_random(layer_dims, rng)
            return ref.initialize_parameters_random(layer_dims, copy_of(rng) if kind == "copied_rng" else rng,
                                                    scale=scale)

        def xavier():
            return ref.initialize_parameters_xavier(layer_dims, copy_of(rng) if kind == "copied_rng" else rng)

        def he():
            return ref.initialize_parameters_he(layer_dims, copy_of(rng) if kind == "copied_rng" else rng)

        order = {"he_first": (he, xavier, random), "xavier_first": (xavier, random, he)}.get(kind, (random, xavier, he))
        drawn = {f.__name__: f() for f in order}
        starts = {"zeros": ref.initialize_parameters_zeros(layer_dims), "random": drawn["random"],
                  "Xavier": drawn["xavier"], "He": drawn["he"]}
        used = "relu" if kind == "always_relu" else activation
        norms = {name: ref.gradient_norms_by_layer(X, Y, parameters, used) for name, parameters in starts.items()}
        if kind == "lowercase":
            return {name.lower(): value for name, value in norms.items()}
        return norms
    return wrong


def copy_of(rng):
    """A generator in the same state as ``rng``, which draws the same numbers without advancing ``rng``."""
    twin = np.random.Generator(type(rng.bit_generator)())
    twin.bit_generator.state = rng.bit_generator.state
    return twin


ONE_RNG_IN_ORDER = L("pass the one rng itself (not copies of it) to the three random initialisers, in this order:"
                     " random first, then Xavier, then He; each continues where the one before stopped")


def _norms_from_rng(run):
    """The weights must come from the given generator: same seed, same norms; other seed, other norms."""
    X, Y = labelled_data(80, 3, 6)
    outcomes = [run(X, Y, [3, 4, 1], seeded(s)) for s in (81, 81, 82)]
    for outcome in outcomes:
        if not outcome.ok:
            return outcome.error
    values = [o.value for o in outcomes]
    if not all(isinstance(v, dict) for v in values):
        return _("could not read the returned value as a dict {{initialiser name: list of norms}}").format()
    if compare(values[0], values[1], "norms"):
        return _("two generators with the same seed gave different norms (X of shape (3, 6), Y of shape (1, 6),"
                 " layer_dims = [3, 4, 1], np.random.default_rng(81) twice), so your weights do not come from rng:"
                 " pass the rng your function is given to each random initialiser")
    if not compare(values[0], values[2], "norms"):
        return _("generators with different seeds (81 and 82) gave the same norms: your function ignores its rng."
                 " Pass the rng it is given to initialize_parameters_random, _xavier and _he")
    return None


register(Exercise(
    f"{MODULE}.gradient_norms_per_initializer", ref.gradient_norms_per_initializer, ["norms"], norms_cases, points=1,
    extras=[Extra(L("random numbers come from rng"), _norms_from_rng)],
    mistakes=[
        Mistake(L("pass scale=scale to initialize_parameters_random: without it the weights get its default"
                  " standard deviation 10, not this function's scale"), fn=_norms_variant("default_scale")),
        Mistake(L("pass the activation on to gradient_norms_by_layer: the hidden layers use the function's"
                  " activation argument, which is not always \"relu\""), fn=_norms_variant("always_relu")),
        *[Mistake(ONE_RNG_IN_ORDER, fn=_norms_variant(kind)) for kind in ("he_first", "xavier_first", "copied_rng")],
        Mistake(L("the keys are exactly \"zeros\", \"random\", \"Xavier\" and \"He\" (with those capitals)"),
                fn=_norms_variant("lowercase")),
        Mistake(L("the function takes the keyword arguments activation=\"relu\" and scale=1.0: add them to its"
                  " signature"), error=r"unexpected keyword argument '(activation|scale)'"),
        Mistake(L("the layers of layer_dims are l = 1 .. L with L = len(layer_dims) - 1: pass layer_dims itself to"
                  " the initialisers"), error=r"list index out of range"),
    ]))


# --- the lesson's questions ----------------------------------------------------------------------------

from ..question import Question  # noqa: E402  (the questions come last, as in the lesson)

register(Question(
    f"{MODULE}.q_variance_after_ten_layers", ref.q_variance_after_ten_layers, tol=0.1,
    why={"low": L("Each of the 10 layers multiplies every value by 0.5; count how many times the variance is"
                  " multiplied, and by how much each time (Var(c·a) = c²·Var(a))."),
         "high": L("You may have followed the values instead of their variance: multiplying a by 0.5 multiplies its"
                   " variance by 0.5², not by 0.5, and this happens once per layer.")},
    then=L("A factor c per layer multiplies the variance by c² per layer: after L layers by c^(2L), here"
           " 0.25^10 ≈ 1e-6, although 0.5 does not look far from 1.")))

register(Question(
    f"{MODULE}.q_gradient_profile", ref.q_gradient_profile, choices="abc",
    why={"a": L("dW[l] = (1/m) dZ[l] A[l-1]ᵀ has two factors. The error dZ[l] shrinks on its way back from the"
                " output, but look at what happens to A[l-1] on its way forward to layer l."),
         "c": L("The error dZ[l] reaching layer l has passed back through L - l small matrices; the activations"
                " A[l-1] have passed forward through l - 1 of them. Count the small factors in their product.")},
    then=L("Through layers of the same size, the activations shrink forward as fast as the errors shrink backward,"
           " so every layer's dW is the same size: tiny in every layer, since each is a product of L - 1 small"
           " factors.")))

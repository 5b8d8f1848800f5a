"""Compare a student's value with the expected one and say, in plain words, how they differ.

``compare(got, expected, name)`` returns a list of problems (empty when the values agree). It walks
dicts, tuples and lists, and compares arrays by shape, dtype, nan and values, so a message can name
the exact entry: ``grads['db'] has shape (1, 4); expected (3, 1)``.
"""
import math
from dataclasses import dataclass

from . import _np as np
from .i18n import _


@dataclass(frozen=True)
class Tolerance:
    """|got - expected| <= atol + rtol * |expected|, entry by entry."""

    rtol: float = 1e-6
    atol: float = 1e-8


DEFAULT = Tolerance()


class Problem(str):
    """A sentence about one value, remembering which value (``path``) it is about.

    ``type_only``: the value is right but of the wrong type (a 0-d array for a float, bool labels for 0.0/1.0
    floats, the int 0 for 0.0), which earns part of the credit.
    """

    def __new__(cls, path, text, type_only=False):
        problem = super().__new__(cls, text)
        problem.path, problem.type_only = path, type_only
        return problem


def describe(value):
    """A short plain-words description of a value's type and shape."""
    if value is None:
        return "None"
    if isinstance(value, np.ndarray):
        return _("an array of shape {shape} and dtype {dtype}").format(shape=value.shape, dtype=value.dtype)
    if isinstance(value, bool):
        return _("the bool {value}").format(value=value)
    if isinstance(value, (int, float, np.generic)):
        return _("the {type} {value}").format(type=type(value).__name__, value=repr(value))
    if isinstance(value, (list, tuple)):
        return _("a {type} of length {length}").format(type=type(value).__name__, length=len(value))
    return _("a {type}").format(type=type(value).__name__)


def is_number(value):
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def compare(got, expected, name, tol=DEFAULT, strict_float=True):
    """Problems found comparing ``got`` with ``expected``; [] when they agree.

    Arguments:
    got -- the student's value
    expected -- the reference value (array, float, int, str, list, tuple, dict, or None)
    name -- how messages refer to the value, e.g. "grads['dw']"
    tol -- Tolerance for floating-point values
    strict_float -- when False, a 0-d array is accepted where a float is expected

    Returns:
    problems -- list of str, each a sentence a student can act on
    """
    if isinstance(expected, dict):
        return _compare_dict(got, expected, name, tol, strict_float)
    if isinstance(expected, (list, tuple)):
        return _compare_sequence(got, expected, name, tol, strict_float)
    if isinstance(expected, np.ndarray):
        return _compare_array(got, expected, name, tol)
    if isinstance(expected, (bool, np.bool_)) or not is_number(expected):
        if type(got) is type(expected) and got == expected:
            return []
        return [Problem(name, _("{name} is {got}; expected {expected}").format(name=name, got=describe(got),
                                                                              expected=repr(expected)))]
    if isinstance(expected, (int, np.integer)) and not isinstance(expected, bool):
        return _compare_int(got, expected, name)
    return _compare_float(got, float(expected), name, tol, strict_float)


def _compare_dict(got, expected, name, tol, strict_float):
    if not isinstance(got, dict):
        return [Problem(name, _("{name} is {got}; expected a dict with keys {keys}").format(
            name=name, got=describe(got), keys=sorted(expected)))]
    problems = []
    missing = [k for k in expected if k not in got]
    extra = [k for k in got if k not in expected]
    if missing:
        problems.append(Problem(name, _("{name} is missing the key(s) {keys}").format(name=name, keys=missing)))
    if extra:
        problems.append(Problem(name, _("{name} has unexpected key(s) {keys}; expected exactly {expected}").format(
            name=name, keys=extra, expected=list(expected))))
    for key in expected:
        if key in got:
            problems += compare(got[key], expected[key], f"{name}[{key!r}]", tol, strict_float)
    return problems


def _compare_sequence(got, expected, name, tol, strict_float):
    if isinstance(got, np.ndarray) and got.ndim == 1:
        got = list(got)
    if not isinstance(got, (list, tuple)):
        return [Problem(name, _("{name} is {got}; expected a {type} of length {length}").format(
            name=name, got=describe(got), type=type(expected).__name__, length=len(expected)))]
    if len(got) != len(expected):
        return [Problem(name, _("{name} has {count} entries; expected {expected}").format(
            name=name, count=len(got), expected=len(expected)))]
    found = [p for i, (g, e) in enumerate(zip(got, expected)) for p in compare(g, e, f"{name}[{i}]", tol, strict_float)]
    if found:
        # the first wrong entry says enough; the problem is about the whole sequence, so that a known mistake
        # matches only when every entry does, and it is a matter of type only when every entry's is
        return [Problem(name, found[0], all(p.type_only for p in found))]
    return []


def _compare_int(got, expected, name):
    if not is_number(got) or isinstance(got, (float, np.floating)) and not float(got).is_integer():
        return [Problem(name, _("{name} is {got}; expected the whole number {expected}").format(
            name=name, got=describe(got), expected=expected))]
    if int(got) != int(expected):
        return [Problem(name, _("{name} is {got}; expected {expected}").format(name=name, got=int(got),
                                                                              expected=int(expected)))]
    return []


def _compare_float(got, expected, name, tol, strict_float):
    if isinstance(got, np.ndarray) and got.ndim == 0 and not strict_float:
        got = got[()]
    if isinstance(got, np.ndarray):
        if got.size == 1 and got.dtype.kind in "iuf" and _close(float(got.reshape(-1)[0]), expected, tol):
            return [Problem(name, _("{name} has the right value but is {got}; return a Python float: `float(...)` of"
                                    " it (half of this check's credit until then)").format(name=name, got=describe(got)),
                            type_only=True)]
        hint = _(" (a single number: use float(...) on it)") if got.size == 1 else ""
        return [Problem(name, _("{name} is {got}; expected a Python float").format(name=name, got=describe(got)) + hint)]
    if isinstance(got, (int, np.integer)) and not isinstance(got, (bool, np.bool_)):
        same = _close(float(got), expected, tol)
        return [Problem(name, _("{name} is {got}; expected a float ({right}, not {wrong})").format(
            name=name, got=describe(got), right=repr(float(got)), wrong=repr(got))
            + (_(": the right value as an int (half of this check's credit)") if same else ""), type_only=same)]
    if not is_number(got):
        return [Problem(name, _("{name} is {got}; expected a float").format(name=name, got=describe(got)))]
    got = float(got)
    if not math.isfinite(got):
        return [Problem(name, _("{name} is {got}; expected {expected} (look for a log of 0 or a division by 0)").format(
            name=name, got=got, expected=f"{expected:.6g}"))]
    if _close(got, expected, tol):
        return []
    return [Problem(name, _("{name} is {got}; expected {expected}").format(name=name, got=f"{got:.6g}",
                                                                          expected=f"{expected:.6g}")
                    + _ratio_hint(got, expected))]


def _close(got, expected, tol):
    return abs(got - expected) <= tol.atol + tol.rtol * abs(expected)


def _ratio_hint(got, expected):
    """Name a simple relation between two different numbers, which often points at the mistake."""
    if expected == 0 or got == 0 or not (math.isfinite(got) and math.isfinite(expected)):
        return ""
    ratio = got / expected
    if abs(ratio + 1) < 1e-6:
        return _(" (the opposite sign)")
    if abs(ratio - round(ratio)) < 1e-6 * abs(ratio) and round(ratio) != 1:
        return _(" ({factor} times too large)").format(factor=round(ratio))
    inverse = 1 / ratio
    if abs(inverse - round(inverse)) < 1e-6 * abs(inverse) and round(inverse) > 1:
        return _(" ({factor} times too small)").format(factor=round(inverse))
    return ""


def _compare_array(got, expected, name, tol):
    shape = expected.shape
    if got is None:
        return [Problem(name, _("{name} is None; expected an array of shape {shape} (is a return missing?)").format(
            name=name, shape=shape))]
    if isinstance(got, (list, tuple)):
        return [Problem(name, _("{name} is a {type}; expected a NumPy array of shape {shape}").format(
            name=name, type=type(got).__name__, shape=shape))]
    if not isinstance(got, np.ndarray):
        return [Problem(name, _("{name} is {got}; expected an array of shape {shape}").format(
            name=name, got=describe(got), shape=shape))]
    if got.shape != shape:
        return [Problem(name, _("{name} has shape {got}; expected {shape}").format(name=name, got=got.shape, shape=shape)
                        + _shape_hint(got.shape, shape))]
    if expected.dtype.kind == "f" and got.dtype.kind != "f":
        if got.dtype.kind in "biu" and not _compare_values(got.astype(float), expected, name, tol):
            return [Problem(name, _("{name} has the right values but dtype {dtype}; return floats, e.g. with"
                                    " `.astype(float)` (half of this check's credit until then)").format(
                name=name, dtype=got.dtype), type_only=True)]
        return [Problem(name, _("{name} has dtype {dtype}; expected floating-point numbers"
                                " (for example .astype(float))").format(name=name, dtype=got.dtype))]
    if expected.dtype.kind != "f":
        if np.array_equal(got, expected):
            return []
        return [Problem(name, _("{name} differs from the expected values").format(name=name))]
    return _compare_values(got, expected, name, tol)


def _shape_hint(got, expected):
    if got == expected[::-1]:
        return _(": it looks transposed")
    if len(got) == 1 and len(expected) == 2 and got[0] in expected:
        return _(": a 1-D array lost its second axis; keep it 2-D (keepdims=True, or reshape)")
    if len(got) == 2 and len(expected) == 2 and got[0] == 1 and expected[1] == 1:
        return _(": you summed over the wrong axis (one value per row needs axis=1, keepdims=True)")
    return ""


def _compare_values(got, expected, name, tol):
    with np.errstate(all="ignore"):
        got_f = got.astype(float)
        bad_nan = ~np.isfinite(got_f) & np.isfinite(expected)
        if bad_nan.any():
            idx = tuple(int(i) for i in np.unravel_index(np.argmax(bad_nan), got.shape))
            count = int(bad_nan.sum())
            return [Problem(name, _("{name} has {count} nan/inf entries, first at {index} (got {got}, expected"
                                    " {expected})").format(name=name, count=count, index=list(idx), got=got_f[idx],
                                                           expected=f"{expected[idx]:.6g}"))]
        error = np.absolute(got_f - expected)
        allowed = tol.atol + tol.rtol * np.absolute(expected)
        wrong = error > allowed
        if not wrong.any():
            return []
        worst = tuple(int(i) for i in np.unravel_index(np.argmax(error / allowed), got.shape))
        first = tuple(int(i) for i in np.unravel_index(np.argmax(wrong), got.shape))
        count, total = int(wrong.sum()), wrong.size
        if expected[worst] == 0:
            where = _("the largest error is at {index}").format(index=list(worst))
        else:
            where = _("largest relative error {error} at {index}").format(
                error=f"{error[worst] / abs(expected[worst]):.2g}", index=list(worst))
        message = _("{name} differs in {count} of {total} entries: largest absolute error {error}, {where} (got {got},"
                    " expected {expected})").format(name=name, count=count, total=total, error=f"{error.max():.2g}",
                                                    where=where, got=f"{got_f[worst]:.6g}",
                                                    expected=f"{expected[worst]:.6g}")
        if first != worst:
            message += _("; first wrong entry at {index} (got {got}, expected {expected})").format(
                index=list(first), got=f"{got_f[first]:.6g}", expected=f"{expected[first]:.6g}")
        return [Problem(name, message + _array_relation_hint(got_f, expected))]


def _array_relation_hint(got, expected):
    """Constant factors and sign flips over a whole array, which name many slips."""
    nonzero = np.absolute(expected) > 1e-12
    if not nonzero.any() or (np.absolute(got[~nonzero]) > 1e-9).any():
        return ""
    ratios = got[nonzero] / expected[nonzero]
    first = float(ratios.reshape(-1)[0])
    if np.absolute(ratios - first).max() > 1e-6 * max(1.0, abs(first)):
        return ""
    return _ratio_hint(first, 1.0)

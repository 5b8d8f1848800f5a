"""Compare a student's value with the expected one and say, in plain words, how they differ.

``compare(got, expected, name)`` returns a list of problems (empty when the values agree). It walks
dicts, tuples and lists, and compares arrays by shape, dtype, nan and values, so a message can name
the exact entry: ``grads['db'] has shape (1, 4); expected (3, 1)``.
"""
import math
from dataclasses import dataclass

from . import _np as np


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
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    if isinstance(value, bool):
        return f"the bool {value}"
    if isinstance(value, (int, float, np.generic)):
        return f"the {type(value).__name__} {value!r}"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__} of length {len(value)}"
    return f"a {type(value).__name__}"


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
        return [Problem(name, f"{name} is {describe(got)}; expected {expected!r}")]
    if isinstance(expected, (int, np.integer)) and not isinstance(expected, bool):
        return _compare_int(got, expected, name)
    return _compare_float(got, float(expected), name, tol, strict_float)


def _compare_dict(got, expected, name, tol, strict_float):
    if not isinstance(got, dict):
        return [Problem(name, f"{name} is {describe(got)}; expected a dict with keys {sorted(expected)}")]
    problems = []
    missing = [k for k in expected if k not in got]
    extra = [k for k in got if k not in expected]
    if missing:
        problems.append(Problem(name, f"{name} is missing the key(s) {missing}"))
    if extra:
        problems.append(Problem(name, f"{name} has unexpected key(s) {extra}; expected exactly {list(expected)}"))
    for key in expected:
        if key in got:
            problems += compare(got[key], expected[key], f"{name}[{key!r}]", tol, strict_float)
    return problems


def _compare_sequence(got, expected, name, tol, strict_float):
    if isinstance(got, np.ndarray) and got.ndim == 1:
        got = list(got)
    if not isinstance(got, (list, tuple)):
        return [Problem(name, f"{name} is {describe(got)}; expected a {type(expected).__name__} of length {len(expected)}")]
    if len(got) != len(expected):
        return [Problem(name, f"{name} has {len(got)} entries; expected {len(expected)}")]
    for i, (g, e) in enumerate(zip(got, expected)):
        problems = compare(g, e, f"{name}[{i}]", tol, strict_float)
        if problems:
            # the first wrong entry says enough; the problem is about the whole sequence, so that a known
            # mistake matches only when every entry does
            return [Problem(name, problems[0], all(p.type_only for p in problems))]
    return []


def _compare_int(got, expected, name):
    if not is_number(got) or isinstance(got, (float, np.floating)) and not float(got).is_integer():
        return [Problem(name, f"{name} is {describe(got)}; expected the whole number {expected}")]
    if int(got) != int(expected):
        return [Problem(name, f"{name} is {int(got)}; expected {int(expected)}")]
    return []


def _compare_float(got, expected, name, tol, strict_float):
    if isinstance(got, np.ndarray) and got.ndim == 0 and not strict_float:
        got = got[()]
    if isinstance(got, np.ndarray):
        if got.size == 1 and got.dtype.kind in "iuf" and _close(float(got.reshape(-1)[0]), expected, tol):
            return [Problem(name, f"{name} has the right value but is {describe(got)}; return a Python float:"
                                  f" `float(...)` of it (half of this check's credit until then)", type_only=True)]
        hint = " (a single number: use float(...) on it)" if got.size == 1 else ""
        return [Problem(name, f"{name} is {describe(got)}; expected a Python float{hint}")]
    if isinstance(got, (int, np.integer)) and not isinstance(got, (bool, np.bool_)):
        same = _close(float(got), expected, tol)
        return [Problem(name, f"{name} is {describe(got)}; expected a float ({float(got)!r}, not {got!r})"
                        + (": the right value as an int (half of this check's credit)" if same else ""), type_only=same)]
    if not is_number(got):
        return [Problem(name, f"{name} is {describe(got)}; expected a float")]
    got = float(got)
    if not math.isfinite(got):
        return [Problem(name, f"{name} is {got}; expected {expected:.6g} (look for a log of 0 or a division by 0)")]
    if _close(got, expected, tol):
        return []
    return [Problem(name, f"{name} is {got:.6g}; expected {expected:.6g}" + _ratio_hint(got, expected))]


def _close(got, expected, tol):
    return abs(got - expected) <= tol.atol + tol.rtol * abs(expected)


def _ratio_hint(got, expected):
    """Name a simple relation between two different numbers, which often points at the mistake."""
    if expected == 0 or got == 0 or not (math.isfinite(got) and math.isfinite(expected)):
        return ""
    ratio = got / expected
    if abs(ratio + 1) < 1e-6:
        return " (the opposite sign)"
    if abs(ratio - round(ratio)) < 1e-6 * abs(ratio) and round(ratio) != 1:
        return f" ({round(ratio)} times too large)"
    inverse = 1 / ratio
    if abs(inverse - round(inverse)) < 1e-6 * abs(inverse) and round(inverse) > 1:
        return f" ({round(inverse)} times too small)"
    return ""


def _compare_array(got, expected, name, tol):
    shape = expected.shape
    if got is None:
        return [Problem(name, f"{name} is None; expected an array of shape {shape} (is a return missing?)")]
    if isinstance(got, (list, tuple)):
        return [Problem(name, f"{name} is a {type(got).__name__}; expected a NumPy array of shape {shape}")]
    if not isinstance(got, np.ndarray):
        return [Problem(name, f"{name} is {describe(got)}; expected an array of shape {shape}")]
    if got.shape != shape:
        return [Problem(name, f"{name} has shape {got.shape}; expected {shape}" + _shape_hint(got.shape, shape))]
    if expected.dtype.kind == "f" and got.dtype.kind != "f":
        if got.dtype.kind in "biu" and not _compare_values(got.astype(float), expected, name, tol):
            return [Problem(name, f"{name} has the right values but dtype {got.dtype}; return floats, e.g. with"
                                  " `.astype(float)` (half of this check's credit until then)", type_only=True)]
        return [Problem(name, f"{name} has dtype {got.dtype}; expected floating-point numbers"
                        " (for example .astype(float))")]
    if expected.dtype.kind != "f":
        if np.array_equal(got, expected):
            return []
        return [Problem(name, f"{name} differs from the expected values")]
    return _compare_values(got, expected, name, tol)


def _shape_hint(got, expected):
    if got == expected[::-1]:
        return ": it looks transposed"
    if len(got) == 1 and len(expected) == 2 and got[0] in expected:
        return ": a 1-D array lost its second axis; keep it 2-D (keepdims=True, or reshape)"
    if len(got) == 2 and len(expected) == 2 and got[0] == 1 and expected[1] == 1:
        return ": you summed over the wrong axis (one value per row needs axis=1, keepdims=True)"
    return ""


def _compare_values(got, expected, name, tol):
    with np.errstate(all="ignore"):
        got_f = got.astype(float)
        bad_nan = ~np.isfinite(got_f) & np.isfinite(expected)
        if bad_nan.any():
            idx = tuple(int(i) for i in np.unravel_index(np.argmax(bad_nan), got.shape))
            count = int(bad_nan.sum())
            return [Problem(name, f"{name} has {count} nan/inf entr{'y' if count == 1 else 'ies'}, first at"
                                  f" {list(idx)} (got {got_f[idx]}, expected {expected[idx]:.6g})")]
        error = np.absolute(got_f - expected)
        allowed = tol.atol + tol.rtol * np.absolute(expected)
        wrong = error > allowed
        if not wrong.any():
            return []
        worst = tuple(int(i) for i in np.unravel_index(np.argmax(error / allowed), got.shape))
        first = tuple(int(i) for i in np.unravel_index(np.argmax(wrong), got.shape))
        count, total = int(wrong.sum()), wrong.size
        if expected[worst] == 0:
            where = f"the largest error is at {list(worst)}"
        else:
            where = f"largest relative error {error[worst] / abs(expected[worst]):.2g} at {list(worst)}"
        message = (f"{name} differs in {count} of {total} entries: largest absolute error {error.max():.2g},"
                   f" {where} (got {got_f[worst]:.6g}, expected {expected[worst]:.6g})")
        if first != worst:
            message += f"; first wrong entry at {list(first)} (got {got_f[first]:.6g}, expected {expected[first]:.6g})"
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

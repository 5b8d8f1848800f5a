"""Values across the process boundary of out-of-process grading, without pickle.

A function the grader passes as an argument (``numerical_gradient(f, x)``) is not sent: the student's
side gets a stand-in that asks the grader to run it.

Unpickling what a student's process sends would run the student's code in the grader, so values
travel as JSON: numbers, strings, None, lists, tuples, dicts with str keys, NumPy arrays and scalars.
Anything else arrives as an ``Opaque`` stand-in that only says what it was.

This module imports nothing from the course, so the grading child process can use it on its own.
"""
import base64
import json

import numpy as np

_NUMERIC_KINDS = "biufc"
_BIT_GENERATORS = ("PCG64", "PCG64DXSM")  # states of plain ints, which JSON carries


class Opaque:
    """What the grader sees of a value it does not carry across (a function, a generator, ...)."""

    def __init__(self, type_name):
        self.type_name = type_name

    def __repr__(self):
        return f"<{self.type_name}>"


def encode(value, depth=0, callables=None):
    """A JSON-ready structure for ``value`` (recursion is cut off at depth 20).

    With a list ``callables``, a function in ``value`` is appended to it and sent as its index, so the
    other side can call it back (``decode(..., callback=...)``); without one it is Opaque.
    """
    if depth > 20:
        return {"__opaque__": "deeply nested value"}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int) and type(value) is int:
        return value
    if type(value) is float:
        return {"__float__": repr(value)}
    if isinstance(value, np.ndarray) and value.dtype.kind in _NUMERIC_KINDS:
        data = np.ascontiguousarray(value)
        return {"__ndarray__": data.dtype.str, "shape": list(data.shape),
                "data": base64.b64encode(data.tobytes()).decode("ascii")}
    if isinstance(value, np.generic) and value.dtype.kind in _NUMERIC_KINDS:
        return {"__npscalar__": value.dtype.str, "data": base64.b64encode(value.tobytes()).decode("ascii")}
    if isinstance(value, np.random.Generator) and type(value.bit_generator).__name__ in _BIT_GENERATORS:
        return {"__generator__": value.bit_generator.state}
    if type(value) is list:
        return [encode(v, depth + 1, callables) for v in value]
    if type(value) is tuple:
        return {"__tuple__": [encode(v, depth + 1, callables) for v in value]}
    if type(value) is dict and all(type(k) is str for k in value):
        return {"__dict__": {k: encode(v, depth + 1, callables) for k, v in value.items()}}
    if callables is not None and callable(value) and not isinstance(value, type):
        callables.append(value)
        return {"__callable__": len(callables) - 1}
    return {"__opaque__": type(value).__name__}


def decode(data, callback=None):
    """The value ``encode`` described; only the types listed in the module docstring can come out.

    ``callback(index, args, kwargs)``, when given, stands behind every function that was sent by index.
    """
    if data is None or isinstance(data, (bool, str, int)):
        return data
    if isinstance(data, list):
        return [decode(v, callback) for v in data]
    if not isinstance(data, dict):
        return Opaque(type(data).__name__)
    if "__float__" in data:
        return float(data["__float__"])
    if "__ndarray__" in data:
        dtype = np.dtype(data["__ndarray__"])
        if dtype.kind not in _NUMERIC_KINDS:
            return Opaque("array")
        raw = base64.b64decode(data["data"])
        return np.frombuffer(raw, dtype=dtype).reshape(data["shape"]).copy()
    if "__npscalar__" in data:
        dtype = np.dtype(data["__npscalar__"])
        if dtype.kind not in _NUMERIC_KINDS:
            return Opaque("scalar")
        return np.frombuffer(base64.b64decode(data["data"]), dtype=dtype)[0]
    if "__generator__" in data:
        state = data["__generator__"]
        name = state.get("bit_generator") if isinstance(state, dict) else None
        if name not in _BIT_GENERATORS:
            return Opaque("Generator")
        bit_generator = getattr(np.random, name)()
        bit_generator.state = state
        return np.random.Generator(bit_generator)
    if "__tuple__" in data:
        return tuple(decode(v, callback) for v in data["__tuple__"])
    if "__dict__" in data:
        return {str(k): decode(v, callback) for k, v in data["__dict__"].items()}
    if "__callable__" in data and callback is not None:
        index = int(data["__callable__"])
        return lambda *args, **kwargs: callback(index, args, kwargs)
    return Opaque(str(data.get("__opaque__", "value")))


def dumps(value):
    return json.dumps(value).encode("utf-8")


def loads(raw):
    return json.loads(raw.decode("utf-8"))

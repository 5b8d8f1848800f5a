"""Values across the process boundary of out-of-process grading, without pickle.

A function the grader passes as an argument (``numerical_gradient(f, x)``) is not sent: the student's
side gets a stand-in that asks the grader to run it.

Unpickling what a student's process sends would run the student's code in the grader, so values
travel as JSON: numbers, strings, None, lists, tuples, dicts with str keys, NumPy arrays and scalars.
Anything else arrives as an ``Opaque`` stand-in that only says what it was.

A ``Channel`` carries such values as messages: an 8-byte big-endian length, then the JSON.

This module imports nothing from the course, so the grading child process can use it on its own.
"""
import base64
import json
import os
import select
import struct
import time

import types

import numpy

# NumPy as it was when this module was imported: in a student's kernel the notebook may rebind numpy's functions
np = types.SimpleNamespace(ndarray=numpy.ndarray, generic=numpy.generic, dtype=numpy.dtype,
                           ascontiguousarray=numpy.ascontiguousarray, frombuffer=numpy.frombuffer,
                           random=types.SimpleNamespace(Generator=numpy.random.Generator, PCG64=numpy.random.PCG64,
                                                        PCG64DXSM=numpy.random.PCG64DXSM))

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
        data = np.ascontiguousarray(value)  # at least 1-D: the shape is the value's own
        return {"__ndarray__": data.dtype.str, "shape": list(value.shape),
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
        return np.frombuffer(raw, dtype=dtype).reshape(tuple(data["shape"])).copy()
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


class ChannelClosed(Exception):
    """The other side ended, or sent something that is not a message."""


class Deadline(Exception):
    """No whole message arrived before the deadline."""


class Channel:
    """Framed JSON messages over a pair of file descriptors (pipes).

    ``receive(deadline)`` waits until ``time.monotonic()`` reaches ``deadline`` at most (forever when it is
    None), so the grader never blocks on a student's process that stopped answering.
    """

    # A message is refused beyond these: a length past MAX_MESSAGE is garbage, and a student's process could
    # make a few megabytes of JSON ("[[],[],...]") into gigabytes of Python objects in the grader, so the values
    # in a message are bounded too (arrays travel as one base64 string each, so real messages hold few).
    MAX_MESSAGE = 1 << 26
    MAX_VALUES = 1_000_000

    def __init__(self, fd_in, fd_out):
        self.fd_in, self.fd_out = fd_in, fd_out

    def send(self, message):
        data = dumps(message)
        view = memoryview(struct.pack(">Q", len(data)) + data)
        try:
            while view:
                view = view[os.write(self.fd_out, view):]
        except OSError as exc:  # the other side is gone
            raise ChannelClosed(str(exc)) from None

    def receive(self, deadline=None):
        size = struct.unpack(">Q", self._read(8, deadline))[0]
        if size > self.MAX_MESSAGE:
            raise ChannelClosed(f"a message of {size} bytes")
        raw = self._read(size, deadline)
        if raw.count(b",") + raw.count(b"[") + raw.count(b"{") > self.MAX_VALUES:
            raise ChannelClosed("a message of too many values")
        try:
            return loads(raw)
        except ValueError as exc:
            raise ChannelClosed(f"not a message: {exc}") from None

    def _read(self, size, deadline):
        chunks, got = [], 0
        while got < size:
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not select.select([self.fd_in], [], [], remaining)[0]:
                    raise Deadline()
            try:
                chunk = os.read(self.fd_in, min(size - got, 1 << 20))
            except OSError as exc:
                raise ChannelClosed(str(exc)) from None
            if not chunk:
                raise ChannelClosed("end of stream")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def close(self):
        for fd in {self.fd_in, self.fd_out}:
            try:
                os.close(fd)
            except OSError:
                pass


def mirror_arguments(args, kwargs, encoded_args, encoded_kwargs):
    """Make ``args`` and ``kwargs`` what the other side's copies of them became (encoded), in place.

    So one side sees the changes the other made to the arguments of a call: the grader, what the student's
    function did to its inputs; the student's process, what a reference run by the grader did to them.
    """
    after_args, after_kwargs = decode(encoded_args), decode(encoded_kwargs)
    if isinstance(after_args, list):
        for before, after in zip(args, after_args):
            _mirror(before, after)
    if isinstance(after_kwargs, dict):
        for key, before in kwargs.items():
            if key in after_kwargs:
                _mirror(before, after_kwargs[key])


def _mirror(before, after):
    if isinstance(before, np.random.Generator) and isinstance(after, np.random.Generator):
        before.bit_generator.state = after.bit_generator.state  # what the student drew is drawn here too
    elif isinstance(before, np.ndarray) and isinstance(after, np.ndarray) and before.shape == after.shape:
        if before.dtype == after.dtype and before.flags.writeable:
            before[...] = after
    elif isinstance(before, dict) and isinstance(after, dict):
        for key in [k for k in before if k not in after]:
            del before[key]
        for key, value in after.items():
            if key in before and isinstance(before[key], (np.ndarray, dict, list)):
                _mirror(before[key], value)
            else:
                before[key] = value
    elif isinstance(before, list) and isinstance(after, list):
        before[:] = after

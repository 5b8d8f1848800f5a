"""Out-of-process grading: the student's functions run in a child process, the grader stays here.

``Sandbox(cells, module)`` starts ``child.py`` with the notebook's code; ``sandbox.function(name)``
is a stand-in for the student's function that ``Exercise.grade`` can call like the real one. A call
that runs too long kills the child (a fresh one is started for the next call), so even a loop that
catches every exception cannot hang grading.
"""
import os
import select
import struct
import subprocess
import sys
import time
import warnings
from pathlib import Path

from . import _np as np
from . import wire
from .safecall import TimeLimitExceeded

CHILD = Path(__file__).resolve().parent / "child.py"


class StudentError(Exception):
    """An error in the student's code, already in plain words."""

    def __init__(self, message):
        super().__init__(message)
        self.student_message = message


class Sandbox:
    """A child process holding one notebook's code."""

    def __init__(self, cells, module=None, exercises=(), cwd=None, memory_mb=4096, grace=3.0):
        """
        Arguments:
        cells -- source of the code cells to run, in order (answer cells, given helpers, imports)
        module -- the course module, whose other exercises are swapped for the reference while one is graded
        exercises -- the function names of that module's exercises
        cwd -- the folder the student's code runs in (the notebook's)
        memory_mb -- the child's address-space limit
        grace -- seconds beyond a call's own time limit before the child is killed
        """
        self.setup = {"cells": list(cells), "module": module, "exercises": list(exercises), "memory_mb": memory_mb}
        self.cwd, self.grace = cwd, grace
        self.process, self.cell_errors = None, []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def function(self, name):
        return RemoteFunction(self, name)

    def _start(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JPY_", "NBGRADER"))}
        env["MPLBACKEND"] = "Agg"
        self.process = subprocess.Popen([sys.executable, "-I", str(CHILD)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=self.cwd, env=env)
        self._send(self.setup)
        ready = self._receive(deadline=time.monotonic() + 60 + 30 * len(self.setup["cells"]))
        self.cell_errors = ready.get("cell_errors", [])

    def close(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            for stream in (self.process.stdin, self.process.stdout):
                stream.close()
            self.process = None

    def call(self, name, args, kwargs, time_limit):
        """The child's reply to ``name(*args, **kwargs)``; raises TimeLimitExceeded or StudentError."""
        if self.process is None:
            self._start()
        callables = []
        self._send({"name": name, "args": wire.encode(list(args), callables=callables),
                    "kwargs": wire.encode(dict(kwargs), callables=callables), "time_limit": time_limit})
        deadline = time.monotonic() + time_limit + self.grace
        try:
            reply = self._receive(deadline)
            while "callback" in reply:
                self._send(self._run_callback(callables, reply, args, kwargs))
                reply = self._receive(deadline)
            return reply
        except TimeLimitExceeded:
            self.close()
            raise

    @staticmethod
    def _run_callback(callables, request, args, kwargs):
        """Run one of the grader's own functions for the child, on the child's current view of the arguments."""
        _mirror_arguments(args, kwargs, request.get("args_now", []), request.get("kwargs_now", {}))
        try:
            fn = callables[int(request["callback"])]
            value = fn(*wire.decode(request.get("args", [])), **wire.decode(request.get("kwargs", {})))
            return {"value": wire.encode(value)}
        except Exception as exc:
            return {"error": f"{type(exc).__name__}: {exc}"}

    def _send(self, message):
        data = wire.dumps(message)
        try:
            self.process.stdin.write(struct.pack(">Q", len(data)) + data)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            self.close()
            raise StudentError("your code ended the grading process (an exit or a crash)")

    def _receive(self, deadline):
        header = self._read(8, deadline)
        return wire.loads(self._read(struct.unpack(">Q", header)[0], deadline))

    def _read(self, size, deadline):
        stream, chunks, got = self.process.stdout, [], 0
        while got < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([stream], [], [], remaining)[0]:
                raise TimeLimitExceeded()
            chunk = os.read(stream.fileno(), size - got)
            if not chunk:
                code = self.process.poll()
                self.close()
                raise StudentError("your code ended the grading process"
                                   f" ({'out of memory or a crash' if code and code < 0 else 'an exit'})")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)


class RemoteFunction:
    """Calls the student's function ``name`` in the sandbox, as if it were local."""

    def __init__(self, sandbox, name, time_limit=5.0):
        self.sandbox, self.__name__, self.time_limit = sandbox, name, time_limit

    def __call__(self, *args, **kwargs):
        reply = self.sandbox.call(self.__name__, args, kwargs, self.time_limit)
        for text in reply.get("warnings", []):
            category, _, message = text.partition(": ")
            warnings.warn(message, RuntimeWarning if category == "RuntimeWarning" else UserWarning)
        if "error" in reply:
            if reply.get("timed_out"):
                raise TimeLimitExceeded()
            raise StudentError(reply["error"])
        # in-place changes the student's code made to its arguments are mirrored here, where they are checked
        _mirror_arguments(args, kwargs, reply.get("args_after", []), reply.get("kwargs_after", {}))
        return wire.decode(reply["value"])


def _mirror_arguments(args, kwargs, encoded_args, encoded_kwargs):
    """Make the grader's copies of the arguments what the child's became."""
    for before, after in zip(args, wire.decode(encoded_args)):
        _mirror(before, after)
    after_kwargs = wire.decode(encoded_kwargs)
    for key, before in kwargs.items():
        if isinstance(after_kwargs, dict) and key in after_kwargs:
            _mirror(before, after_kwargs[key])


def _mirror(before, after):
    if isinstance(before, np.Generator) and isinstance(after, np.Generator):
        before.bit_generator.state = after.bit_generator.state  # what the student drew is drawn here too
    elif isinstance(before, np.ndarray) and isinstance(after, np.ndarray) and before.shape == after.shape:
        if before.dtype == after.dtype and not np.array_equal(before, after, equal_nan=True):
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

"""Calling a student's functions for the grader: the one place that owns the time limit, the isolation of
each exercise, the capture of output and warnings, and fresh copies of every argument.

Both runners talk to a process of their own that runs the student's code (``child.py``); the grader compares
and judges here, where no student code runs:

- ``KernelRunner(fn)``: for the feedback of ``check()`` and ``test()`` in the student's kernel, each exercise
  is called in a fork of that kernel, so the function under test is the very object in the notebook, and
  nothing it does (endless C loops, blocked signals, threads, ``__del__`` hooks, patched modules) reaches the
  kernel or outlives the check;
- ``SandboxRunner(cells)``: for every score, a child process runs the notebook's code inside the operating
  system's sandbox (``sandbox.py``), then forks a fresh copy for each exercise.

``runner.session(name, siblings, time_limit)`` opens one exercise and gives the ``run`` that the exercise and its
extra checks call: ``run(*args, **kwargs)`` hands over deep copies and returns an ``Outcome``.
"""
import contextlib
import copy
import io
import os
import signal
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field

from . import _np as np
from . import child, sandbox, wire
from .compare import describe
from .i18n import _

MESSAGE_LIMIT = 2000  # characters of a message from the student's process that reach a report
GRADER_TIME_REFUND = 60.0  # seconds of the grader's own work during one call that do not count against it


@dataclass
class Settings:
    """Limits of the process that runs the student's code.

    Attributes:
    memory_mb -- the address space it may use (for a fork of a kernel: beyond what the kernel holds)
    grace -- seconds beyond a call's own time limit before the process is killed
    startup -- seconds for the sandboxed process to start and run the notebook's code
    processes -- processes and threads it may have (enforced by the kernel for users other than root)
    sandbox -- "auto" (the OS sandbox where it works), "bubblewrap" (required) or "none"
    """

    memory_mb: int = 4096
    grace: float = 2.0
    startup: float = 120.0
    processes: int = 256
    sandbox: str = "auto"


@dataclass
class Outcome:
    """One call of the student's function: its value, or the error in plain words.

    ``args`` and ``kwargs`` are the copies the function was given, as it left them.
    """

    value: object = None
    error: str | None = None
    timed_out: bool = False
    warnings: list = field(default_factory=list)
    printed: int = 0
    args: list = field(default_factory=list)
    kwargs: dict = field(default_factory=dict)

    @property
    def ok(self):
        return self.error is None


class Run:
    """The ``run`` of one exercise: calls the student's function, always on copies the grader does not keep."""

    def __init__(self, runner, time_limit, problem):
        self._runner, self.time_limit = runner, time_limit
        self.problem = problem  # why there is nothing to call (not defined, not a function), or None

    def __call__(self, *args, **kwargs):
        return self._runner.call(list(copy.deepcopy(args)), copy.deepcopy(kwargs), self.time_limit)

    def in_place(self, *args, **kwargs):
        """The student's function works on these very objects, built by a check for this one call, and the
        grader's functions it calls back see them as it has changed them."""
        return self._runner.call(list(args), kwargs, self.time_limit)


class Runner:
    """The grader's end of the conversation in child.py: requests with ids, callbacks, deadlines, kills."""

    def __init__(self, settings=None):
        self.settings = settings or Settings()
        self.channel = None
        self._exercise = None  # (name, {sibling name: reference}) of the open session
        self._next_id = 0
        self._value = False
        self._in_call = False
        self._deadline = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextlib.contextmanager
    def session(self, name, siblings=None, time_limit=5.0, value=False):
        """Open one exercise: ``name`` is the student's function, ``siblings`` maps the names of the other
        exercises it calls to their references (the student's own are replaced while it is graded).
        With ``value``, ``name`` is a question's answer: ``run()`` returns the value bound to it."""
        self._exercise = (name, dict(siblings or {}))
        self._value = value
        try:
            yield Run(self, time_limit, self._begin())
        finally:
            self._end()
            self._exercise = None

    def call(self, args, kwargs, time_limit):
        """``name(*args, **kwargs)`` in the student's process; ``args`` and ``kwargs`` become what it left them."""
        if self._in_call:
            raise RuntimeError("a check called the student's function from inside a callback")
        if self.channel is None:  # the process was ended by an earlier call of this exercise
            problem = self._begin()
            if problem:
                return Outcome(error=problem, args=args, kwargs=kwargs)
        self._next_id += 1
        request_id, callables = self._next_id, []
        outcome = Outcome(args=args, kwargs=kwargs)
        self._in_call = True
        try:
            self.channel.send({"op": "call", "id": request_id, "args": wire.encode(args, callables=callables),
                               "kwargs": wire.encode(kwargs, callables=callables)})
            self._deadline = time.monotonic() + time_limit + self.settings.grace
            refund = GRADER_TIME_REFUND
            while True:
                reply = self._reply(request_id)
                if "callback" not in reply and "sibling" not in reply:
                    break
                started = time.monotonic()
                self.channel.send(dict(self._answer(reply, callables, args, kwargs, request_id), id=request_id))
                spent = min(time.monotonic() - started, refund)  # the grader's own time is not the student's
                self._deadline, refund = self._deadline + spent, refund - spent
        except wire.Deadline:
            self.kill()
            outcome.timed_out = True
            outcome.error = _("your function did not finish within {seconds} s: look for a loop that never ends, or"
                              " work that grows much faster than the input").format(seconds=f"{time_limit:g}")
            return outcome
        except wire.ChannelClosed:
            self.kill()
            outcome.error = _("your code ended the grading process (an exit, a crash, running out of memory, or"
                              " writing into the grader's channel)")
            return outcome
        finally:
            self._in_call = False
        outcome.warnings = [str(w)[:MESSAGE_LIMIT] for w in reply.get("warnings", []) if isinstance(w, str)][:10]
        outcome.printed = reply.get("printed", 0) if isinstance(reply.get("printed"), int) else 0
        if "error" in reply:
            outcome.error = child_error_text(reply)[:MESSAGE_LIMIT]
            return outcome
        try:
            outcome.value = wire.decode(reply.get("value"))
            wire.mirror_arguments(args, kwargs, reply.get("args_after", []), reply.get("kwargs_after", {}))
        except Exception:  # not what child.py sends: the student's code wrote into the channel
            self.kill()
            outcome.value, outcome.error = None, _("your code sent the grader something it cannot read")
        return outcome

    def _reply(self, request_id):
        """The next message about request ``request_id``, by the call's deadline; anything else ends the child."""
        reply = self.channel.receive(self._deadline)
        if not isinstance(reply, dict) or reply.get("id") != request_id:
            raise wire.ChannelClosed("a reply out of step")
        return reply

    def _answer(self, request, callables, args, kwargs, request_id):
        """Run the grader's function the child asked for, on fresh copies of what it passed."""
        def run_in_child(index, run_args, run_kwargs):  # a student's function passed to a sibling's reference
            # with the sibling's arguments as the reference has changed them so far (numerical_gradient
            # nudges x, and the student's cost reads x itself)
            self.channel.send({"op": "run", "id": request_id, "index": index, "args": wire.encode(list(run_args)),
                               "kwargs": wire.encode(dict(run_kwargs)), "args_now": wire.encode(call_args),
                               "kwargs_now": wire.encode(call_kwargs)})
            reply = self._reply(request_id)
            if "error" in reply:
                raise RuntimeError(str(reply["error"])[:MESSAGE_LIMIT])
            return wire.decode(reply.get("value"))

        try:
            call_args = wire.decode(request.get("args", []), run_in_child)
            call_kwargs = wire.decode(request.get("kwargs", {}), run_in_child)
            if "callback" in request:
                # a callback sees the call's arguments as the student's code has changed them so far
                wire.mirror_arguments(args, kwargs, request.get("args_now", []), request.get("kwargs_now", {}))
        except Exception:  # not what child.py sends
            raise wire.ChannelClosed("a request the grader cannot read") from None
        if not isinstance(call_args, list) or not isinstance(call_kwargs, dict):
            return {"error": "malformed request", "type": "RuntimeError"}
        if "callback" in request:
            index = request["callback"]
            if not isinstance(index, int) or not 0 <= index < len(callables):
                return {"error": "no such function", "type": "RuntimeError"}
            fn = callables[index]
        else:
            name = str(request["sibling"])
            fn = self._exercise[1].get(name) if self._exercise else None
            if fn is None:
                return {"error": f"{name!r} is not available here", "type": "NameError"}
        try:
            with quiet():
                value = fn(*call_args, **call_kwargs)
            return {"value": wire.encode(value), "args_after": wire.encode(call_args),
                    "kwargs_after": wire.encode(call_kwargs)}
        except (wire.Deadline, wire.ChannelClosed):
            raise
        except Exception as exc:
            return {"error": str(exc)[:MESSAGE_LIMIT], "type": type(exc).__name__}

    def _ready(self, deadline):
        """The exercise process's first word: None when the function can be called, else why not."""
        reply = self.channel.receive(deadline)
        if not isinstance(reply, dict) or reply.get("op") != "ready":
            raise wire.ChannelClosed("no ready message")
        if reply.get("callable"):
            return None
        name = self._exercise[0] if isinstance(self._exercise[0], str) else _("your function")
        if reply.get("type") == "NoneType" and isinstance(self._exercise[0], str):
            return _("`{name}` is not defined: did its cell run without errors?").format(name=name)
        return _("expected your function {name}, got a {type}").format(name=name, type=reply.get("type"))

    def close(self):
        self.kill()


class KernelRunner(Runner):
    """Calls ``fn``, an object of this process, in a fork of this process: for feedback in the student's kernel."""

    def __init__(self, fn, settings=None):
        super().__init__(settings)
        self.fn, self.pid = fn, None

    def _begin(self):
        if not callable(self.fn):
            return _("expected your function {name}, got {got}").format(name=self._exercise[0], got=describe(self.fn))
        if not hasattr(os, "fork"):
            return _("grading needs os.fork, which this system lacks: use Linux or macOS")
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        name, siblings = self._exercise
        namespace = getattr(self.fn, "__globals__", None)
        if not isinstance(namespace, dict) or namespace.get("__name__") in {getattr(s, "__module__", None)
                                                                            for s in siblings.values()}:
            namespace = None  # the reference itself is being graded: its siblings are already the reference's
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads: the fork touches none of them
            pid = os.fork()
        if pid == 0:  # the fork: serve the grader, then vanish without running any of the kernel's exit code
            try:
                os.close(down_w)
                os.close(up_r)
                os.setpgid(0, 0)
                devnull = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):  # nothing from C code reaches the kernel's captured output
                    os.dup2(devnull, fd)
                sys.stdout = sys.stderr = io.StringIO()
                _limit_memory(self.settings.memory_mb * 1024 * 1024)
                child.serve(wire.Channel(down_r, up_w), self.fn, namespace, list(siblings))
            finally:
                os._exit(0)
        os.close(down_r)
        os.close(up_w)
        self.pid, self.channel = pid, wire.Channel(up_r, down_w)
        try:
            return self._ready(time.monotonic() + 10 + self.settings.grace)
        except (wire.Deadline, wire.ChannelClosed):
            self.kill()
            return _("the grading process did not start")

    def _end(self):
        self.kill()

    def kill(self):
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.killpg(self.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self.pid = None
        if self.channel is not None:
            self.channel.close()
            self.channel = None


class SandboxRunner(Runner):
    """Runs a notebook's code in a sandboxed child process and calls its functions by name: for every score."""

    def __init__(self, cells, settings=None):
        """
        Arguments:
        cells -- sources of the code to run first, in order (answer cells, given helpers, definitions)
        settings -- Settings
        """
        super().__init__(settings)
        self.cells = list(cells)
        self.process, self.scratch = None, None
        self.cell_errors = []  # what the notebook's code raised while it was run, in plain words
        self.start_problem = None  # why the process could not start, or None

    def _start(self):
        self.scratch = tempfile.TemporaryDirectory(prefix="dlnp-grading-")
        self.process = sandbox.launch(self.settings, self.scratch.name)
        self.channel = wire.Channel(self.process.stdout.fileno(), self.process.stdin.fileno())
        try:
            self.channel.send({"cells": self.cells, "memory_mb": self.settings.memory_mb,
                               "processes": self.settings.processes})
            started = self.channel.receive(time.monotonic() + self.settings.startup)
            if not isinstance(started, dict) or started.get("op") != "started":
                raise wire.ChannelClosed("no start message")
        except wire.Deadline:
            self.kill()
            self.start_problem = _("the notebook's code did not finish running within {seconds} s, so no function"
                                   " could be graded: move slow experiments out of the answer cells").format(
                seconds=f"{self.settings.startup:g}")
            return
        except wire.ChannelClosed:
            self.kill()
            self.start_problem = _("the notebook's code ended the grading process before any function could be graded")
            return
        self.start_problem = None
        self.cell_errors = [child_error_text(e)[:MESSAGE_LIMIT] for e in started.get("errors", [])][:50]

    def _begin(self):
        if self.process is None:
            self._start()
            if self.start_problem:
                return self.start_problem
        name, siblings = self._exercise
        try:
            self.channel.send({"op": "exercise", "name": name, "siblings": list(siblings), "value": self._value})
            return self._ready(time.monotonic() + 10 + self.settings.grace)
        except (wire.Deadline, wire.ChannelClosed):
            self.kill()
            return _("the grading process stopped answering")

    def _end(self):
        if self.channel is None:
            return
        try:
            self.channel.send({"op": "end"})
            idle = self.channel.receive(time.monotonic() + 5 + self.settings.grace)
            if isinstance(idle, dict) and idle.get("op") == "idle":
                return
        except (wire.Deadline, wire.ChannelClosed):
            pass
        self.kill()  # the exercise's process did not end: start afresh for the next one

    def kill(self):
        if self.process is not None:
            self.process.end()  # the child and anything it started
            self.process = None
        self.channel = None

    def close(self):
        self.kill()
        if self.scratch is not None:
            self.scratch.cleanup()
            self.scratch = None


def child_error_text(reply):
    """An error the student's process sent, in the student's language: its template (one of child.TEMPLATES,
    never another text it chose) translated and filled in, or else its English text."""
    if not isinstance(reply, dict):
        return str(reply)
    template, fields = reply.get("template"), reply.get("fields")
    if template in child.TEMPLATES and isinstance(fields, dict):
        try:
            return _(template).format(**{str(k): str(v) for k, v in fields.items()})
        except (KeyError, IndexError, ValueError):
            pass
    return str(reply.get("error", ""))


@contextlib.contextmanager
def quiet():
    """For the grader's own code (a reference, a known mistake, a callback): warnings and prints silenced."""
    with warnings.catch_warnings(), np.errstate(all="ignore"), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        yield


def _limit_memory(headroom):
    """Cap this process's address space at its current size plus ``headroom`` bytes (Linux only)."""
    try:
        import resource
        with open("/proc/self/statm") as f:
            in_use = int(f.read().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (in_use + headroom, in_use + headroom))
    except (ImportError, OSError, ValueError):
        pass

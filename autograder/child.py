"""The student's side of grading: call the student's functions and answer the grader, over one channel.

It runs in a process of its own, never in the grader's:
- ``python child.py``, started by ``runner.SandboxRunner`` inside the operating-system sandbox where there is
  one: it runs the notebook's code once, then forks a fresh copy of itself for each exercise, so nothing one
  exercise's code leaves behind (a global, a patched module, a stored result) is there for the next;
- a fork of the student's own kernel, made by ``runner.KernelRunner`` for the feedback of ``check()``.

It imports nothing of the course but ``wire``, the codec, loaded by path: no reference function and no grader
object exists in this process. When the graded function calls another exercise of its module, it reaches a
stand-in that asks the grader to run that exercise's reference, so a mistake there costs nothing here.

Protocol (``wire.Channel``; every message a dict):
- grader -> child: ``{"cells": [...], ...}`` once (sandbox only); then per exercise ``{"op": "exercise",
  "name", "siblings", "value"}``, answered ``{"op": "ready", "callable", "type"}``; then calls ``{"op": "call", "id",
  "args", "kwargs"}``; then ``{"op": "end"}``, after which the sandbox's first process says ``{"op": "idle"}``;
- child -> grader, while a call runs: ``{"id", "callback": k}`` (run the grader's k-th function passed in
  the arguments) or ``{"id", "sibling": name}``, each answered ``{"id", "value"}`` or ``{"id", "error"}``;
  meanwhile the grader may ask ``{"id", "op": "run", "index": k}`` to run the student's k-th function
  passed to a sibling (answered like a call);
- the call's reply: ``{"id", "value", "args_after", "kwargs_after"}`` or ``{"id", "error"}``, with
  ``"warnings"`` and ``"printed"`` (characters written to stdout or stderr).
The grader alone keeps time: a call that does not answer in time is ended by killing this process.
"""
import ast
import builtins
import contextlib
import importlib.abc
import importlib.util
import io
import os
import sys
import traceback
import warnings
from pathlib import Path

_HERE = Path(__file__).resolve().parent

if __package__:
    from . import wire
else:  # run as a script in the sandbox, with only this file and wire.py beside it
    _spec = importlib.util.spec_from_file_location("_grading_wire", _HERE / "wire.py")
    wire = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(wire)

_exit = os._exit  # kept before student code can replace it
MESSAGE_LIMIT = 2000  # characters of an error message sent back; a message is not a way out for a file


class _Sink(io.TextIOBase):
    """A write-only stream that only counts what it is given: a flood of prints costs no memory."""

    def __init__(self):
        self.count = 0

    def writable(self):
        return True

    def write(self, text):
        self.count += len(text) if isinstance(text, str) else 0
        return len(text) if isinstance(text, str) else 0


def invoke(fn, args, kwargs, who="function"):
    """Call ``fn(*args, **kwargs)`` with its output and warnings captured; the reply to send, never raises.

    The returned value and the arguments are encoded here too, so any hook of a returned object runs under
    the same capture, in this process.
    """
    sink, reply = _Sink(), {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                value = fn(*args, **kwargs)
                reply = {"value": wire.encode(value), "args_after": wire.encode(list(args)),
                         "kwargs_after": wire.encode(dict(kwargs))}
        except SystemExit as exc:
            reply = child_error("your function called exit ({code}); return a value instead", code=_safe(repr, exc.code))
        except MemoryError:
            reply = child_error("your function ran out of memory: is it building a much larger array than needed?")
        except BaseException as exc:  # anything the student raises is reported, never re-raised
            reply = describe_exception(exc, who)
        reply["warnings"] = _describe_warnings(caught)
    reply["printed"] = sink.count
    return reply


TEMPLATES = (  # every error text this process makes; the grader translates only these
    "your function called exit ({code}); return a value instead",
    "your function ran out of memory: is it building a much larger array than needed?",
    "not implemented yet: replace `raise NotImplementedError()` with your code",
    "a cell raised {error} (in {function}, line {line}{code})",
    "a cell raised {error}",
    "your function raised {error} (in {function}, line {line}{code})",
    "your function raised {error}",
    "a cell has a syntax error: {error} (line {line}: `{code}`)",
)


def child_error(template, **fields):
    """An error reply: the English text, and its template and fields, which the grader shows in the student's
    language (runner.child_error_text; this process has no catalogs). The templates are TEMPLATES."""
    fields = {k: str(v) for k, v in fields.items()}
    return {"error": template.format(**fields), "template": template, "fields": fields}


def describe_exception(exc, who="function"):
    """``your function raised TypeError: ... (in sigmoid, line 3: `return ...`)``: the error and where, in plain
    words, as an error reply (``who`` is "function", or "cell" for the notebook's code)."""
    if isinstance(exc, NotImplementedError) and not _safe(str, exc).strip():
        return child_error("not implemented yet: replace `raise NotImplementedError()` with your code")
    where = {}
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__)
                  if not os.path.abspath(f.filename).startswith(str(_HERE))
                  and "site-packages" not in f.filename and "/numpy/" not in f.filename]
        if frames:
            last = frames[-1]
            where = {"function": last.name, "line": last.lineno, "code": f": `{last.line.strip()}`" if last.line else ""}
    except Exception:
        pass
    lines = _safe(str, exc).strip().splitlines()
    error = f"{type(exc).__name__}: {lines[0] if lines else ''}"[:MESSAGE_LIMIT]
    if who == "cell":
        if where:
            return child_error("a cell raised {error} (in {function}, line {line}{code})", error=error, **where)
        return child_error("a cell raised {error}", error=error)
    if where:
        return child_error("your function raised {error} (in {function}, line {line}{code})", error=error, **where)
    return child_error("your function raised {error}", error=error)


def _safe(text_of, value):
    """``str(value)`` or ``repr(value)``, or a placeholder when the student's hook for it fails."""
    try:
        text = text_of(value)
        return text if isinstance(text, str) else "?"
    except BaseException:
        return "?"


def _describe_warnings(caught):
    seen = []
    for w in caught:
        text = f"{_safe(lambda c: c.__name__, w.category)}: {_safe(str, w.message)}"[:MESSAGE_LIMIT]
        if text not in seen:
            seen.append(text)
    return seen[:10]


class _CurrentCall:
    """The call being answered: its id, and its arguments as the student's code has left them so far."""

    id = None
    args = ()
    kwargs = {}


def _ask(channel, call, message, callables=(), arguments=((), {})):
    """Ask the grader to run one of its functions during the current call; its value, or its error raised.

    While it runs, the grader may call back the student's functions passed to it (``callables``), as a
    reference ``numerical_gradient`` calls the student's cost function; ``arguments`` (args, kwargs) are then
    made what the grader's copies have become, since such a function may read them itself.
    """
    message["id"] = call.id
    channel.send(message)
    while True:
        answer = channel.receive()
        if not isinstance(answer, dict) or answer.get("id") != call.id:
            _exit(3)  # the conversation is out of step: only the grader can start it again
        if answer.get("op") != "run":
            break
        index = answer.get("index")
        fn = callables[index] if isinstance(index, int) and 0 <= index < len(callables) else None
        wire.mirror_arguments(*arguments, answer.get("args_now", []), answer.get("kwargs_now", {}))
        reply = invoke(fn, wire.decode(answer.get("args", [])), wire.decode(answer.get("kwargs", {})))
        reply["id"] = call.id
        channel.send(reply)
    if "args_after" in answer:
        wire.mirror_arguments(*arguments, answer["args_after"], answer.get("kwargs_after", {}))
    if "error" in answer:
        kind = getattr(builtins, str(answer.get("type")), None)
        raise (kind if isinstance(kind, type) and issubclass(kind, Exception) else RuntimeError)(answer["error"])
    return wire.decode(answer.get("value"))


def _stand_in(channel, call, name):
    """What the graded function reaches under another exercise's name: that exercise's reference, run by the grader."""
    def stand_in(*args, **kwargs):
        callables = []
        return _ask(channel, call, {"sibling": name, "args": wire.encode(list(args), callables=callables),
                                    "kwargs": wire.encode(kwargs, callables=callables)}, callables, (args, kwargs))
    stand_in.__name__ = stand_in.__qualname__ = name
    stand_in.__doc__ = f"Stands in for your {name} while another exercise is graded (each is graded on its own code)."
    return stand_in


def serve(channel, target, namespace, siblings, value=False):
    """Answer the grader's calls of ``target`` until it says "end" (or goes away).

    Arguments:
    channel -- a wire.Channel to the grader
    target -- the student's function, or its name in ``namespace``
    namespace -- the globals the student's functions see (a dict), or None
    siblings -- names of the other exercises the graded one calls, replaced by stand-ins here
    value -- ``target`` names a question's answer: each call returns the value bound to it
    """
    call = _CurrentCall()

    def call_back(index, args, kwargs):
        # the grader's own function (say the f of numerical_gradient), run there on what the student passes,
        # with the call's arguments as the student's code has changed them so far
        return _ask(channel, call, {"callback": index, "args": wire.encode(list(args)), "kwargs": wire.encode(kwargs),
                                    "args_now": wire.encode(list(call.args)), "kwargs_now": wire.encode(call.kwargs)})

    if isinstance(namespace, dict):
        namespace.update({name: _stand_in(channel, call, name) for name in siblings})
    fn = namespace.get(target) if isinstance(target, str) and isinstance(namespace, dict) else target
    if value:
        fn = (lambda answer: lambda: answer)(fn)
    channel.send({"op": "ready", "callable": callable(fn), "type": type(fn).__name__})
    while True:
        try:
            request = channel.receive()
        except wire.ChannelClosed:
            return
        if not isinstance(request, dict) or request.get("op") != "call":
            return
        call.id = request.get("id")
        call.args = wire.decode(request.get("args", []), call_back)
        call.kwargs = wire.decode(request.get("kwargs", {}), call_back)
        if not isinstance(call.args, list) or not isinstance(call.kwargs, dict):
            return
        reply = invoke(fn, call.args, call.kwargs)
        reply["id"] = call.id
        channel.send(reply)


# --- the sandboxed process -------------------------------------------------------------------------------

class _Blocked(importlib.abc.MetaPathFinder):
    """Refuses the answer key and the grader by name, with a plain message (the sandbox hides their files too)."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("solutions", "autograder"):
            raise ImportError(f"`{name}` is not available while your work is graded")
        return None


class _Shell:
    """Just enough of IPython's ``get_ipython()`` for magics in a cell to do nothing."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def _python_source(cell):
    """Cell source with IPython magics turned into calls (no-ops here)."""
    try:
        from IPython.core.inputtransformer2 import TransformerManager
        return TransformerManager().transform_cell(cell)
    except Exception:
        return "\n".join(line for line in cell.splitlines() if not line.lstrip().startswith(("%", "!")))


def run_cells(cells, namespace):
    """Run each top-level statement of each cell into ``namespace``; the errors, in plain words.

    Statement by statement, so that one failing line (an import of the grader, say) loses nothing else.
    """
    errors = []
    for index, cell in enumerate(cells):
        try:
            tree = ast.parse(_python_source(cell), f"<cell {index + 1}>")
        except SyntaxError as exc:
            errors.append(child_error("a cell has a syntax error: {error} (line {line}: `{code}`)", error=exc.msg,
                                      line=exc.lineno, code=(exc.text or "").strip()))
            continue
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)) and imports_the_course(node):
                continue  # the lesson's own `from autograder import ...`: nothing an answer needs
            code = compile(ast.Module([node], type_ignores=[]), f"<cell {index + 1}>", "exec")
            reply = invoke(exec, (code, namespace), {}, who="cell")
            if "error" in reply:
                errors.append({k: reply[k] for k in ("error", "template", "fields") if k in reply})
    return errors


def imports_the_course(node):
    """An import of the grader or the answer key (an ast node): the grading process has neither."""
    names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
    return any(n.split(".")[0] in ("autograder", "solutions") for n in names)


def _refuse_ending_the_process():
    """os._exit, os.kill and friends raise instead, so one such line in a cell cannot lose every answer."""
    def refuse(*args, **kwargs):
        raise PermissionError("ending or signalling processes is not allowed while your work is graded")
    for name in ("_exit", "kill", "killpg", "abort", "fork", "forkpty"):
        if hasattr(os, name):
            setattr(os, name, refuse)


def _limit(memory_mb, processes):
    """The address space, and where the kernel enforces it (not for root), the number of processes."""
    try:
        import resource
    except ImportError:
        return
    limits = [(resource.RLIMIT_AS, memory_mb * 1024 * 1024), (resource.RLIMIT_CORE, 0)]
    if processes and os.geteuid() != 0:
        limits.append((resource.RLIMIT_NPROC, processes))
    for which, value in limits:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (value, value))


def main():
    channel = wire.Channel(os.dup(0), os.dup(1))
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # the student's prints, even from C code, go nowhere
        os.dup2(devnull, fd)
    fork, waitpid = os.fork, os.waitpid  # kept before the student's cells run
    setup = channel.receive()
    _limit(setup.get("memory_mb", 4096), setup.get("processes", 0))
    sys.meta_path.insert(0, _Blocked())
    _refuse_ending_the_process()
    namespace = {"__name__": "__main__", "__builtins__": builtins, "get_ipython": _Shell}
    channel.send({"op": "started", "errors": run_cells(setup.get("cells", []), namespace)})
    while True:
        try:
            request = channel.receive()
        except wire.ChannelClosed:
            _exit(0)
        if not isinstance(request, dict) or request.get("op") != "exercise":
            _exit(0)
        pid = fork()
        if pid == 0:
            serve(channel, str(request.get("name")), namespace, [str(n) for n in request.get("siblings", [])],
                  request.get("value") is True)
            _exit(0)
        waitpid(pid, 0)
        channel.send({"op": "idle"})


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()

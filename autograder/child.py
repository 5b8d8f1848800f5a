"""The process that runs a student's code for out-of-process grading (started by ``sandbox.Sandbox``).

It runs the notebook's code cells into a fresh namespace, then answers calls: ``name(*args)`` ->
the encoded return value, or the error in plain words. The grader's own comparisons never run here,
so nothing the student's code does in this process (rebinding NumPy, the builtins, the grader) can
change a verdict. The reference library is kept out of the student's reach: ``import solutions`` fails.

Protocol on stdin/stdout: messages of an 8-byte big-endian length followed by JSON.
"""
import contextlib
import importlib.abc
import importlib.util
import os
import struct
import sys
import warnings
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _load(name):
    # by file, so that nothing else of the course is imported into this process
    spec = importlib.util.spec_from_file_location(f"_grading_{name}", _HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


wire = _load("wire")
safecall = _load("safecall")


class _Blocked(importlib.abc.MetaPathFinder):
    """Refuses the reference library and the grader to the student's code."""

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


def _forbid_ending_the_process():
    """os._exit, os.kill and friends raise instead, so one such line cannot lose every other answer."""
    def refuse(*args, **kwargs):
        raise PermissionError("ending or signalling processes is not allowed while your work is graded")
    for name in ("_exit", "kill", "killpg", "abort", "fork", "forkpty"):
        if hasattr(os, name):
            setattr(os, name, refuse)


def _limit_memory(megabytes):
    try:
        import resource
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def main():
    channel_in = os.fdopen(os.dup(0), "rb")
    channel_out = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # the student's prints, even from C code, go nowhere
        os.dup2(devnull, fd)

    def receive():
        header = channel_in.read(8)
        if len(header) < 8:
            sys.exit(0)
        return wire.loads(channel_in.read(struct.unpack(">Q", header)[0]))

    def send(message):
        data = wire.dumps(message)
        channel_out.write(struct.pack(">Q", len(data)) + data)
        channel_out.flush()

    setup = receive()
    import matplotlib
    matplotlib.use("Agg")  # a figure in a student's cell must not need a screen
    references = {}
    if setup.get("module"):
        library = importlib.import_module(f"solutions.{setup['module']}")
        references = {n: getattr(library, n) for n in setup.get("exercises", []) if hasattr(library, n)}
    for name in [m for m in sys.modules if m.split(".")[0] in ("solutions", "autograder")]:
        del sys.modules[name]
    sys.meta_path.insert(0, _Blocked())
    _forbid_ending_the_process()
    _limit_memory(setup.get("memory_mb", 4096))

    namespace = {"__name__": "__main__", "get_ipython": _Shell}
    cell_errors = []
    for index, cell in enumerate(setup["cells"]):
        try:
            code = compile(_python_source(cell), f"<cell {index + 1}>", "exec")
        except SyntaxError as exc:
            cell_errors.append(f"a cell has a syntax error: {exc.msg} (line {exc.lineno}: `{(exc.text or '').strip()}`)")
            continue
        outcome = safecall.call(exec, (code, namespace), time_limit=setup.get("cell_time_limit", 30))
        if not outcome.ok:
            cell_errors.append(outcome.error)
    send({"ready": True, "cell_errors": cell_errors})

    while True:
        request = receive()
        name = request["name"]
        fn = namespace.get(name)
        if not callable(fn):
            send({"error": f"`{name}` is not defined: did its cell run without errors?"})
            continue
        def call_back(index, cb_args, cb_kwargs):
            # the grader runs its own function (say the f of numerical_gradient) on what the student passes,
            # seeing the arguments as the student's code has changed them so far
            send({"callback": index, "args": wire.encode(list(cb_args)), "kwargs": wire.encode(dict(cb_kwargs)),
                  "args_now": wire.encode(args), "kwargs_now": wire.encode(kwargs)})
            answer = receive()
            if "error" in answer:
                raise RuntimeError(answer["error"])
            return wire.decode(answer["value"])

        args = wire.decode(request["args"], call_back)
        kwargs = wire.decode(request["kwargs"], call_back)
        # each exercise is graded on its own code: the others it calls are the reference's meanwhile
        others = [n for n in references if n != name]
        saved = {n: namespace[n] for n in others if n in namespace}
        namespace.update({n: references[n] for n in others})
        try:
            outcome = safecall.call(fn, args, kwargs, time_limit=request.get("time_limit", 5.0))
        finally:
            for n in others:
                namespace.pop(n, None)
            namespace.update(saved)
        reply = {"warnings": outcome.warnings, "printed": outcome.printed_chars}
        if outcome.ok:
            reply["value"] = wire.encode(outcome.value)
            reply["args_after"] = wire.encode(args)
            reply["kwargs_after"] = wire.encode(kwargs)
        else:
            reply.update(error=outcome.error, timed_out=outcome.timed_out)
        send(reply)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        warnings.simplefilter("default")
        main()

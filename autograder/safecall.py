"""Call a student's function so that nothing it does can escape into the grader or the notebook.

An exception, a timeout, ``sys.exit()``, a warning or a flood of prints all become data in an
``Outcome``; nothing reaches stderr (under nbgrader, any stderr text in a test cell zeroes it).
"""
import contextlib
import io
import os
import signal
import threading
import traceback
import warnings
from dataclasses import dataclass, field

_HERE = os.path.dirname(os.path.abspath(__file__))
MEMORY_HEADROOM = 4 * 1024**3  # bytes a student's call may allocate beyond what the process holds


class TimeLimitExceeded(BaseException):
    """Raised inside the student's code when it runs past the time limit.

    A BaseException, so that a student's ``except Exception`` cannot swallow it.
    """


@dataclass
class Outcome:
    """What happened when the student's function was called."""

    value: object = None
    error: str | None = None
    timed_out: bool = False
    warnings: list = field(default_factory=list)
    printed_chars: int = 0

    @property
    def ok(self):
        return self.error is None


class _Sink(io.TextIOBase):
    """A write-only stream that only counts what it is given: a flood of prints costs no memory."""

    def __init__(self):
        self.count = 0

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        self.count += len(text)
        return len(text)


def call(fn, args=(), kwargs=None, time_limit=5.0):
    """Call ``fn(*args, **kwargs)`` with a time limit, capturing output, warnings and errors.

    Arguments:
    fn -- the student's function
    args, kwargs -- its arguments (the caller passes fresh copies)
    time_limit -- seconds before the call is interrupted (enforced on the main thread)

    Returns:
    outcome -- an Outcome; ``outcome.error`` is a plain-words message when the call failed
    """
    sink = _Sink()
    outcome = Outcome()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with _time_limit(time_limit), _memory_limit(), contextlib.redirect_stdout(sink), \
                    contextlib.redirect_stderr(sink):
                outcome.value = fn(*args, **(kwargs or {}))
        except TimeLimitExceeded:
            outcome.timed_out = True
            outcome.error = (f"your function did not finish within {time_limit:g} s: look for a loop that"
                             " never ends, or work that grows much faster than the input")
        except KeyboardInterrupt:
            raise
        except SystemExit as exc:
            outcome.error = f"your function called exit ({exc.code!r}); return a value instead"
        except MemoryError:
            outcome.error = "your function ran out of memory: is it building a much larger array than needed?"
        except BaseException as exc:  # anything the student raises is reported, never re-raised
            outcome.error = describe_exception(exc)
    outcome.warnings = _describe_warnings(caught)
    outcome.printed_chars = sink.count
    return outcome


@contextlib.contextmanager
def _time_limit(seconds):
    """Interrupt the block after ``seconds`` with TimeLimitExceeded (main thread, POSIX only)."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _raise(signum, frame):
        raise TimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_limit(extra=MEMORY_HEADROOM):
    """Cap the process's address space at its current size plus ``extra`` bytes while the block runs.

    An answer that allocates without bound then gets a MemoryError (reported like any error)
    instead of taking the whole machine down with the notebook. Linux only; elsewhere a no-op.
    """
    try:
        import resource
        with open("/proc/self/statm") as f:
            in_use = int(f.read().split()[0]) * resource.getpagesize()
        previous = resource.getrlimit(resource.RLIMIT_AS)
        cap = in_use + extra
        if previous[1] != resource.RLIM_INFINITY:
            cap = min(cap, previous[1])
        resource.setrlimit(resource.RLIMIT_AS, (cap, previous[1]))
    except (ImportError, OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, previous)


def describe_exception(exc):
    """``TypeError: ... (line 3 of sigmoid: `return ...`)``: the error and where it happened in the student's code."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if not os.path.abspath(f.filename).startswith(_HERE)]
    student = [f for f in frames if "site-packages" not in f.filename and "/numpy/" not in f.filename]
    where = ""
    if student:
        last = student[-1]
        code = f": `{last.line.strip()}`" if last.line else ""
        where = f" (in {last.name}, line {last.lineno}{code})"
    if hasattr(exc, "student_message"):  # already in plain words (from out-of-process grading)
        return exc.student_message
    text = str(exc).strip().splitlines()
    message = text[0] if text else ""
    if isinstance(exc, NotImplementedError) and not message:
        return "not implemented yet: replace `raise NotImplementedError()` with your code"
    return f"your function raised {type(exc).__name__}: {message}{where}"


def _describe_warnings(caught):
    seen = []
    for w in caught:
        text = f"{w.category.__name__}: {w.message}"
        if text not in seen:
            seen.append(text)
    return seen

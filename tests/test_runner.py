"""The one seam for calling student code (runner.py): values cross safely, time is kept by the grader alone,
nothing the student's code does reaches the grader, and no object of the answer key is in the student's process."""
import os
import resource
import struct
import threading
import time

import numpy as np
import pytest

import autograder
from autograder import sandbox, wire
from autograder.exercise import REGISTRY
from autograder.runner import KernelRunner, SandboxRunner, Settings

MODES = ["bubblewrap", "none"]


def roundtrip(value):
    return wire.decode(wire.loads(wire.dumps(wire.encode(value))))


def test_values_cross_with_their_types():
    value = {"a": np.arange(6, dtype=np.float32).reshape(2, 3), "b": (1, 2.5, None, "x", [True]),
             "c": np.float64(0.25), "d": np.array([np.nan, np.inf])}
    back = roundtrip(value)
    assert back["a"].dtype == np.float32 and np.array_equal(back["a"], value["a"])
    assert back["b"] == (1, 2.5, None, "x", [True]) and type(back["c"]) is np.float64
    assert np.isnan(back["d"][0]) and np.isinf(back["d"][1])
    # a 0-d array keeps its shape (a cost returned as np.array(0.5) is described as it is)
    assert roundtrip(np.array(0.5)).shape == () and roundtrip(np.array([[0.5]])).shape == (1, 1)


def test_a_generator_crosses_in_its_state():
    rng = np.random.default_rng(7)
    copy = roundtrip(rng)
    assert np.array_equal(copy.standard_normal(5), np.random.default_rng(7).standard_normal(5))


def test_objects_do_not_cross():
    class Sneaky:
        def __reduce__(self):
            raise AssertionError("never pickled")
    assert repr(roundtrip(Sneaky())) == "<Sneaky>"
    assert repr(roundtrip(np.array(["a"], dtype=object))) == "<ndarray>"


# --- in the student's kernel: a fork per exercise ------------------------------------------------------------

def kernel_call(fn, *args, time_limit=1.0, **kwargs):
    with KernelRunner(fn, Settings(grace=0.5)) as runner, runner.session(fn.__name__, {}, time_limit) as run:
        return run(*args, **kwargs)


def within(seconds):
    """A context that fails the test if its block takes longer than ``seconds``."""
    class Timer:
        def __enter__(self):
            self.start = time.monotonic()

        def __exit__(self, *exc):
            assert time.monotonic() - self.start < seconds
    return Timer()


def test_a_call_returns_its_value_and_works_on_a_copy():
    def in_place(x):
        x *= 2
        return x.sum()
    x = np.ones(3)
    outcome = kernel_call(in_place, x)
    assert outcome.value == 6.0 and np.array_equal(x, np.ones(3)) and np.array_equal(outcome.args[0], 2 * np.ones(3))


def ignores_the_alarm():
    import signal
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    signal.setitimer(signal.ITIMER_REAL, 0)
    while True:
        pass


def c_level_loop():
    return sum(range(10 ** 13))  # one bytecode: no Python signal handler runs inside it


def blocks_signals():
    import signal
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGINT, signal.SIGTERM})
    while True:
        pass


def hangs_after_returning():
    class Slow:
        def __del__(self):
            while True:
                pass

        def __len__(self):
            while True:
                pass

        def astype(self, *args, **kwargs):
            while True:
                pass
    return Slow()


def exception_that_hangs_when_printed():
    class Nasty(Exception):
        def __str__(self):
            while True:
                pass
    raise Nasty()


def leaves_a_thread():
    import threading
    threading.Thread(target=lambda: [None for _ in iter(int, 1)], daemon=False).start()
    return 1.0


@pytest.mark.parametrize("fn", [ignores_the_alarm, c_level_loop, blocks_signals, hangs_after_returning,
                                exception_that_hangs_when_printed, leaves_a_thread], ids=lambda f: f.__name__)
def test_a_check_returns_within_its_limit_whatever_the_function_does(fn, no_stderr):
    limit_before = resource.getrlimit(resource.RLIMIT_AS)
    with within(1.0 + 0.5 + 1.0):
        kernel_call(fn)
    assert resource.getrlimit(resource.RLIMIT_AS) == limit_before
    with within(2.0):  # and the next check still has its limit
        assert kernel_call(ignores_the_alarm, time_limit=0.3).timed_out


def test_a_process_that_exits_is_a_message_and_the_next_call_works():
    def leave():
        os._exit(3)
    assert "ended the grading process" in kernel_call(leave).error

    def fine():
        return 2.0
    assert kernel_call(fine).value == 2.0


def test_the_graders_function_is_called_back_on_the_students_view_of_x():
    def derivative(f, x):
        old = x[0]
        x[0] = old + 1e-6
        plus = f(x)
        x[0] = old
        return (plus - f(x)) / 1e-6
    x = np.array([3.0])
    seen = []

    def f(_):
        seen.append(float(x[0]))  # reads x itself, as the course's numerical_gradient checks do
        return float(x[0]) ** 2
    with KernelRunner(derivative) as runner, runner.session("derivative", {}, 5.0) as run:
        outcome = run.in_place(f, x)
    assert outcome.value == pytest.approx(6.0, rel=1e-4)
    assert seen[0] != seen[1] and x[0] == 3.0


def test_rebinding_numpy_in_the_notebook_changes_no_score_of_an_extra_check(monkeypatch):
    def softmax(Z):  # wrong: no normalisation
        return np.exp(Z)
    before = autograder.check("backpropagation.softmax", softmax).score
    monkeypatch.setattr(np, "allclose", lambda *a, **k: True)
    monkeypatch.setattr(np, "isfinite", lambda x: np.ones(np.shape(x), dtype=bool))
    assert autograder.check("backpropagation.softmax", softmax).score == before < 1


# --- the sandboxed process that gives every score -------------------------------------------------------------

PROBE = '''
import gc, os, sys
def probe(*args):
    found = []
    for o in gc.get_objects():
        try:
            module = str(getattr(o, "__module__", "") or "")
            code = getattr(o, "__code__", None)
            where = code.co_filename if code is not None else ""
        except Exception:
            continue
        if module.startswith(("solutions", "autograder")) or "/solutions/" in where or "/autograder/" in where:
            found.append(repr(o)[:80])
    modules = [m for m in sys.modules if m.split(".")[0] in ("solutions", "autograder")]
    return {"objects": found, "modules": modules, "siblings": sorted(n for n in ("propagate", "sigmoid", "model")
            if n in globals() and "stands in" in str(getattr(globals()[n], "__doc__", "")).lower())}

def look(path):
    try:
        return sorted(os.listdir(path))[:5]
    except OSError as exc:
        return type(exc).__name__

def world():
    import socket
    try:
        socket.create_connection(("127.0.0.1", 9), timeout=1)
        net = "connected"
    except OSError as exc:
        net = type(exc).__name__
    try:
        __import__("posix").kill(GRADER, 0)  # past the patched os.kill, as a determined student would
        signal = "reached"
    except OSError as exc:
        signal = type(exc).__name__
    processes = [p for p in os.listdir("/proc") if p.isdigit()]
    return {"net": net, "signal": signal, "processes": len(processes), "home": look(os.path.expanduser("~")),
            "repo": look(REPO), "solutions": look(os.path.join(REPO, "solutions"))}

STASH = []
def stash(*args):
    STASH.append(1)
    return len(STASH)
'''


@pytest.fixture(scope="module", params=MODES)
def box(request):
    cells = ["import numpy as np", f"REPO = {str(autograder.exercise.__file__).rsplit('/autograder/', 1)[0]!r}", PROBE,
             "def double(x):\n    return 2 * x",
             "def forever():\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass"]
    with SandboxRunner(cells, Settings(sandbox=request.param, grace=0.5)) as runner:
        yield runner


def remote(runner, name, *args, siblings=None, time_limit=5.0):
    with runner.session(name, siblings or {}, time_limit) as run:
        return run.problem or run(*args)


def test_a_sandboxed_call_returns_the_value(box):
    assert np.array_equal(remote(box, "double", np.ones(3)).value, 2 * np.ones(3))
    assert box.cell_errors == []


def test_no_object_of_the_answer_key_or_the_grader_is_reachable(box):
    """While optimize is graded, its sibling propagate is a stand-in; nothing else of the course is there."""
    siblings = REGISTRY["logistic_regression.optimize"].siblings()
    assert set(siblings) == {"propagate"}
    seen = remote(box, "probe", siblings=siblings).value
    assert seen == {"objects": [], "modules": [], "siblings": ["propagate"]}


def test_each_exercise_starts_from_the_notebooks_state(box):
    assert remote(box, "stash").value == 1
    assert remote(box, "stash").value == 1  # what one exercise stored is gone for the next


def test_a_loop_that_swallows_everything_is_ended_and_the_next_exercise_works(box):
    with within(0.3 + 0.5 + 1.0):
        assert remote(box, "forever", time_limit=0.3).timed_out
    assert np.array_equal(remote(box, "double", np.ones(1)).value, [2.0])


def test_an_undefined_function_is_a_plain_message(box):
    assert remote(box, "nope") == "`nope` is not defined: did its cell run without errors?"


def test_the_os_sandbox_hides_the_course_the_network_and_the_grader():
    if not sandbox.status("auto")[0]:
        pytest.fail("bubblewrap is needed for this test (apt-get install bubblewrap); CI installs it")
    cells = [f"REPO = {str(autograder.exercise.__file__).rsplit('/autograder/', 1)[0]!r}", f"GRADER = {os.getpid()}",
             PROBE]
    with SandboxRunner(cells, Settings(sandbox="bubblewrap")) as runner:
        seen = remote(runner, "world").value
    assert seen["solutions"] == "FileNotFoundError" and seen["repo"] in ("FileNotFoundError", [".venv"])
    assert seen["home"] == [] and seen["net"] != "connected"
    # only the sandbox's own processes (its first process, the notebook's, this exercise's fork) are there
    assert seen["signal"] == "ProcessLookupError" and seen["processes"] <= 3


def test_without_the_sandbox_grading_still_works_and_says_so(caplog):
    sandbox._warn_once.cache_clear()
    with SandboxRunner(["def double(x):\n    return 2 * x"], Settings(sandbox="none")) as runner:
        assert remote(runner, "double", 2).value == 4
    assert "the OS sandbox is OFF" in caplog.text


def test_a_required_sandbox_that_cannot_be_made_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(sandbox, "_why_unavailable", lambda: "bubblewrap (bwrap) is not installed")
    with pytest.raises(sandbox.Unavailable, match="required but bubblewrap"):
        sandbox.status("bubblewrap")


def test_a_stand_in_kept_from_one_exercise_reaches_nothing_in_another():
    cells = ["KEPT = []",
             "def optimize(*args, **kwargs):\n    KEPT.append(propagate)\n    return len(KEPT)",
             "def predict(w, b, X):\n    return KEPT[0](w, b, X, X) if KEPT else 'nothing kept'"]
    with SandboxRunner(cells, Settings(sandbox="none")) as runner:
        assert remote(runner, "optimize", siblings=REGISTRY["logistic_regression.optimize"].siblings()).value == 1
        # a fresh fork per exercise: the kept stand-in is gone, and the grader would refuse it anyway
        assert remote(runner, "predict", np.ones((2, 1)), 0.0, np.ones((2, 3)),
                      siblings=REGISTRY["logistic_regression.predict"].siblings()).value == "nothing kept"


def test_grading_through_the_sandbox_gives_the_same_report_as_in_the_kernel():
    source = "import numpy as np\ndef sigmoid(z):\n    return 1 / (1 + np.exp(z))\n"
    with SandboxRunner([source]) as runner:
        remote_report = REGISTRY["logistic_regression.sigmoid"].grade(runner, hidden=True)
    namespace = {}
    exec(source, namespace)
    local = REGISTRY["logistic_regression.sigmoid"].grade(namespace["sigmoid"], hidden=True)
    assert remote_report.score == local.score < 1 and remote_report.messages[0] == local.messages[0]


@pytest.mark.parametrize("mode", MODES)
def test_the_number_of_processes_is_limited(mode):
    cells = ["import subprocess, sys\n"
             "def spawn(n):\n"
             "    started = []\n"
             "    for _ in range(n):\n"
             "        try:\n"
             "            started.append(subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']))\n"
             "        except OSError:\n"
             "            break\n"
             "    return len(started)"]
    with SandboxRunner(cells, Settings(sandbox=mode, processes=16)) as runner:
        assert remote(runner, "spawn", 40, time_limit=20.0).value < 16


FORGERIES = {
    "a reply for another request": "{'id': -1, 'value': 1.0}",
    "an array that cannot be read": "{'id': ID, 'value': {'__ndarray__': '<f8', 'shape': [5], 'data': 'AAAA'}}",
    "a sibling that is not one": "{'id': ID, 'sibling': ['optimize'], 'args': [], 'kwargs': {}}",
    "a callback that was never passed": "{'id': ID, 'callback': 7, 'args': [], 'kwargs': {}}",
}


@pytest.mark.parametrize("forgery", FORGERIES.values(), ids=FORGERIES.keys())
def test_a_message_forged_into_the_channel_earns_nothing_and_breaks_nothing(forgery):
    """The student's code finds the request's id and the channel's descriptor, and writes a message of its own."""
    cells = ["import gc, json, os, struct\n"
             "def double(x):\n"
             "    call = next(o for o in gc.get_objects() if type(o).__name__ == '_CurrentCall')\n"
             f"    raw = json.dumps({forgery.replace('ID', 'call.id')}).encode()\n"
             "    for fd in range(3, 10):\n"
             "        try:\n"
             "            os.write(fd, struct.pack('>Q', len(raw)) + raw)\n"
             "        except OSError:\n"
             "            pass\n"
             "    return 2 * x"]
    with SandboxRunner(cells, Settings(sandbox="none")) as runner:
        outcome = remote(runner, "double", 1.0)
        assert not (outcome.ok and outcome.value == 1.0)
    with SandboxRunner(["def double(x):\n    return 2 * x"], Settings(sandbox="none")) as runner:
        assert remote(runner, "double", 1.0).value == 2.0


@pytest.mark.parametrize("mode", MODES)
def test_a_poisoned_matplotlib_cache_reaches_no_later_student(mode):
    # a shared cache poisoned so would cost every later import of pyplot a 5 s wait for the lock, and stderr
    poison = ("import glob, os, matplotlib, matplotlib.font_manager\n"
              "CACHE = matplotlib.get_cachedir()\n"
              "for name in glob.glob(os.path.join(CACHE, 'fontlist-*.json')):\n"
              "    open(name, 'w').write('not json')\n"
              "    open(name + '.matplotlib-lock', 'w').close()\n"
              "def cache():\n    return CACHE, sorted(os.listdir(CACHE))")
    honest = "import matplotlib\nimport matplotlib.pyplot as plt\ndef cache():\n    return matplotlib.get_cachedir()"
    with SandboxRunner([poison], Settings(sandbox=mode)) as runner:
        poisoned, files = remote(runner, "cache").value
    assert any(f.endswith(".matplotlib-lock") for f in files)
    with SandboxRunner([honest], Settings(sandbox=mode)) as runner, within(3.0):
        assert remote(runner, "cache").value != poisoned or mode == "bubblewrap"  # there each has its own /tmp
        assert runner.cell_errors == []


def test_groups_left_by_killed_graders_are_swept_but_not_fresh_or_busy_ones(tmp_path):
    for name in ("old", "new", "busy"):
        (tmp_path / f"dlnp-grading-{name}").mkdir()
    (tmp_path / "dlnp-grading-busy" / "cgroup.procs").write_text("123")  # a directory that rmdir cannot remove
    for name in ("old", "busy"):
        os.utime(tmp_path / f"dlnp-grading-{name}", (0, 0))
    sandbox._sweep(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dlnp-grading-busy", "dlnp-grading-new"]


def test_a_message_of_millions_of_values_is_refused_before_it_is_read():
    """A student's process could turn a few megabytes of JSON into gigabytes of objects in the grader."""
    down_r, down_w = os.pipe()
    sender, receiver = wire.Channel(down_r, down_w), wire.Channel(down_r, down_w)
    payload = b"[" + b"[]," * 1_100_000 + b"[]]"
    threading.Thread(target=lambda: os.write(down_w, struct.pack(">Q", len(payload)) + payload), daemon=True).start()
    with pytest.raises(wire.ChannelClosed, match="too many values"):
        receiver.receive(time.monotonic() + 30)
    sender.send({"op": "ok", "values": list(range(1000))})  # an ordinary message still goes through
    assert receiver.receive(time.monotonic() + 5)["values"][-1] == 999

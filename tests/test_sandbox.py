"""Out-of-process grading: values cross safely, and nothing the student's code does escapes the child."""
import numpy as np
import pytest

import autograder
from autograder import wire
from autograder.exercise import REGISTRY
from autograder.safecall import TimeLimitExceeded
from autograder.sandbox import Sandbox, StudentError


def roundtrip(value):
    return wire.decode(wire.loads(wire.dumps(wire.encode(value))))


def test_values_cross_with_their_types():
    value = {"a": np.arange(6, dtype=np.float32).reshape(2, 3), "b": (1, 2.5, None, "x", [True]),
             "c": np.float64(0.25), "d": np.array([np.nan, np.inf])}
    back = roundtrip(value)
    assert back["a"].dtype == np.float32 and np.array_equal(back["a"], value["a"])
    assert back["b"] == (1, 2.5, None, "x", [True]) and type(back["c"]) is np.float64
    assert np.isnan(back["d"][0]) and np.isinf(back["d"][1])


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


@pytest.fixture(scope="module")
def sandbox():
    cells = [
        "import numpy as np",
        "def double(x):\n    return 2 * x",
        "def in_place(x):\n    x *= 2\n    return None",
        "def forever():\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass",
        "def leave():\n    import os\n    os._exit(3)",
        "def cheat():\n    import solutions\n    return 1",
        "def derivative(f, x):\n    old = x[0]\n    x[0] = old + 1e-6\n    plus = f(x)\n    x[0] = old\n    return (plus - f(x)) / 1e-6",
    ]
    with Sandbox(cells, grace=1.0) as box:
        yield box


def test_a_call_returns_the_value(sandbox):
    assert np.array_equal(sandbox.function("double")(np.ones(3)), 2 * np.ones(3))


def test_in_place_changes_are_seen_by_the_grader(sandbox):
    x = np.ones(3)
    sandbox.function("in_place")(x)
    assert np.array_equal(x, 2 * np.ones(3))


def test_the_graders_function_is_called_back_on_the_students_view_of_x(sandbox):
    x = np.array([3.0])
    seen = []

    def f(_):
        seen.append(float(x[0]))  # reads x itself, as the course's numerical_gradient checks do
        return float(x[0]) ** 2
    assert sandbox.function("derivative")(f, x) == pytest.approx(6.0, rel=1e-4)
    assert seen[0] != seen[1] and x[0] == 3.0


def test_a_loop_that_swallows_everything_is_killed(sandbox):
    function = sandbox.function("forever")
    function.time_limit = 0.5
    with pytest.raises(TimeLimitExceeded):
        function()
    assert np.array_equal(sandbox.function("double")(np.ones(1)), [2.0])  # a fresh child took over


def test_exiting_and_importing_the_reference_are_refused(sandbox):
    with pytest.raises(StudentError, match="not allowed"):
        sandbox.function("leave")()
    with pytest.raises(StudentError, match="not available while your work is graded"):
        sandbox.function("cheat")()


def test_an_undefined_function_is_a_plain_message(sandbox):
    with pytest.raises(StudentError, match="`nope` is not defined"):
        sandbox.function("nope")()


def test_grading_through_the_sandbox_gives_the_same_report():
    source = "import numpy as np\ndef sigmoid(z):\n    return 1 / (1 + np.exp(z))\n"
    with Sandbox([source], "logistic_regression", ["sigmoid"]) as box:
        remote = REGISTRY["logistic_regression.sigmoid"].grade(box.function("sigmoid"), hidden=True)
    namespace = {}
    exec(source, namespace)
    local = REGISTRY["logistic_regression.sigmoid"].grade(namespace["sigmoid"], hidden=True)
    assert remote.score == local.score < 1 and remote.messages[0] == local.messages[0]
    assert autograder.exercises()

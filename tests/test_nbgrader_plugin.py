"""The nbgrader preprocessors on their own: the feedback kernel, the flag it gets, and what outlives grading."""
import os
import time
import uuid

import nbformat
import pytest

from autograder import sandbox
from autograder.nbgrader_plugin import OUT_OF_PROCESS, ExecuteAndFlag, GradeOutOfProcess
from autograder.runner import SandboxRunner, Settings

MODES = ["bubblewrap", "none"]


def executed(nb, tmp_path, mode):
    """``nb`` run by ExecuteAndFlag as nbgrader runs it, with the sandbox in ``mode``."""
    from traitlets.config import Config
    config = Config({"GradeOutOfProcess": {"sandbox": mode}})
    resources = {"metadata": {"path": str(tmp_path)}, "nbgrader": {}}
    return ExecuteAndFlag(config=config, timeout=60).preprocess(nb, resources)[0]


@pytest.mark.parametrize("mode", MODES)
def test_only_the_feedback_kernel_is_told_that_grades_come_from_elsewhere(tmp_path, mode):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        f"import os; print(os.environ.get({OUT_OF_PROCESS!r}), os.path.expanduser('~'))")])
    output = executed(nb, tmp_path, mode).cells[0].outputs[0]["text"].split()
    assert output[0] == "1" and OUT_OF_PROCESS not in os.environ  # this process, and kernels it starts later, are clean
    assert (output[1] == "/tmp") == (mode == "bubblewrap")


def test_the_sandboxed_feedback_kernel_sees_neither_the_course_nor_the_network(tmp_path):
    if not sandbox.status("auto")[0]:
        pytest.fail("bubblewrap is needed for this test (apt-get install bubblewrap); CI installs it")
    secret = tmp_path.parent / "gradebook-like.db"
    secret.write_text("grades")
    (tmp_path / "data.txt").write_text("the student's own file")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import os, socket\n"
        f"print(os.path.exists({str(secret)!r}), open('data.txt').read())\n"
        "open('data.txt', 'w').write('changed')\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1); print('connected')\n"
        "except OSError as exc:\n    print(type(exc).__name__)")])
    text = executed(nb, tmp_path, "bubblewrap").cells[0].outputs[0]["text"]
    assert text.startswith("False the student's own file") and "connected" not in text
    assert (tmp_path / "data.txt").read_text() == "the student's own file"  # it wrote to a scratch copy


def leftovers(marker):
    """Processes of this machine whose command line holds ``marker``."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if marker.encode() in f.read():
                    found.append(pid)
        except OSError:
            pass
    return found


def test_nothing_the_student_starts_outlives_grading_in_the_sandbox():
    if not sandbox.status("auto")[0]:
        pytest.fail("bubblewrap is needed for this test (apt-get install bubblewrap); CI installs it")
    marker = f"grandchild-{uuid.uuid4().hex}"
    cells = ["import subprocess, sys\n"
             "def spawn():\n"
             f"    for detach in (False, True):\n"
             f"        subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)', {marker!r}],"
             " start_new_session=detach)\n"
             "    return 1.0"]
    with SandboxRunner(cells, Settings(sandbox="bubblewrap")) as runner, \
            runner.session("spawn", {}, 5.0) as run:
        assert run().value == 1.0
    deadline = time.monotonic() + 5
    while leftovers(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert leftovers(marker) == []


def test_the_settings_are_nbgrader_options():
    """Set in nbgrader_config.py or on the command line (``--GradeOutOfProcess.sandbox=none``)."""
    from traitlets.config import Config
    assert {"sandbox", "memory_mb", "grace", "startup", "processes"} <= set(GradeOutOfProcess.class_trait_names(config=True))
    configured = GradeOutOfProcess(config=Config({"GradeOutOfProcess": {"memory_mb": 512, "sandbox": "none"}}))
    assert (configured.memory_mb, configured.sandbox, GradeOutOfProcess().sandbox) == (512, "none", "auto")
    with pytest.raises(ValueError, match="sandbox is one of auto, bubblewrap, none"):
        GradeOutOfProcess(sandbox="sometimes").preprocess(nbformat.v4.new_notebook(), {})

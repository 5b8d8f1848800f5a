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
    assert (output[1] == "/tmp/home") == (mode == "bubblewrap")


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


def test_a_submission_past_its_budget_is_stopped_and_flagged(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import time; time.sleep(50)") for _ in range(4)])
    resources = {"metadata": {"path": str(tmp_path)}, "nbgrader": {}, "autograder_deadline": time.monotonic() + 3,
                 "autograder_budget": 3.0}
    started = time.monotonic()
    out = ExecuteAndFlag(timeout=60).preprocess(nb, resources)[0]
    assert time.monotonic() - started < 20
    assert "took longer than its budget of 3 s" in out.cells[0].source


def test_a_notebook_whose_code_cannot_be_loaded_is_flagged_with_the_reason():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("while True:\n    pass", metadata={"nbgrader": {
            "grade": False, "solution": True, "grade_id": "sigmoid", "locked": False, "schema_version": 3}}),
        nbformat.v4.new_code_cell('test("logistic_regression.sigmoid", sigmoid)', metadata={"nbgrader": {
            "grade": True, "solution": False, "grade_id": "sigmoid-test", "locked": True, "points": 1,
            "schema_version": 3}})])
    nb, resources = GradeOutOfProcess(startup=2.0).preprocess(nb, {})
    assert "Flagged for review" in nb.cells[0].source and "did not finish running within 2 s" in nb.cells[0].source
    assert resources["autograder_results"]["sigmoid-test"].earned == 0.0


def test_nbgrader_works_without_the_environment_on_path(tmp_path):
    """nbgrader shells out to alembic: the course's configuration puts its environment's bin folder on PATH."""
    import subprocess
    import sys

    from nbgrader_course import Course
    stem = "01_logistic_regression"
    (tmp_path / "course").mkdir()
    course = Course(tmp_path / "course", [stem])
    result = subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", stem, "--force"],
                            cwd=course.root, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (course.root / "course" / stem / f"{stem}.ipynb").is_file()


def test_the_gradebook_url_comes_from_the_environment():
    """deploy/ hands every grader one database server through DLNP_DB_URL."""
    import subprocess
    import sys

    from autograder.build import ROOT
    config = str(ROOT / "nbgrader_config.py")
    code = ("from traitlets.config import Config\nc = Config()\n"
            f"exec(open({config!r}).read(), {{'get_config': lambda: c, '__file__': {config!r}}})\n"
            "print(c.CourseDirectory.db_url if 'db_url' in c.CourseDirectory else None)")
    for url in ("postgresql://grader@db.example/course", None):
        env = {k: v for k, v in os.environ.items() if k != "DLNP_DB_URL"} | ({"DLNP_DB_URL": url} if url else {})
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
        assert result.stdout.strip() == str(url), result.stdout + result.stderr

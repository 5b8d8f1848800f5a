"""The self-study command line, run as a student would."""
import os
import shutil
import subprocess
import sys

import pytest

from autograder.build import ROOT

STEM = "01_logistic_regression"
MASTER = ROOT / "solutions" / "source" / STEM / f"{STEM}.ipynb"
RELEASE = ROOT / "course" / STEM / f"{STEM}.ipynb"


def _total(module):
    import autograder
    return sum(autograder.points(e) for e in autograder.exercises() if e.startswith(module + "."))


TOTAL_01, TOTAL_02 = _total("logistic_regression"), _total("shallow_network")
COUNT_01, COUNT_02 = (sum(1 for e in __import__("autograder").exercises() if e.startswith(m + "."))
                      for m in ("logistic_regression", "shallow_network"))


def dlnp(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "autograder.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env=env)


def one_line(result):
    """The command refused its input with exit status 2 and one line on stderr, no traceback; that line."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_check_gives_the_solved_lesson_full_marks():
    result = dlnp("check", str(MASTER))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "total" in result.stdout and f"{TOTAL_01:g} / {TOTAL_01:g}" in result.stdout and "✘" not in result.stdout


def test_check_fails_the_untouched_release_with_plain_messages():
    result = dlnp("check", str(RELEASE))
    assert result.returncode == 1
    assert f"0 / {TOTAL_01:g}" in result.stdout and "not implemented yet" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_reports_a_missing_file_clearly(tmp_path):
    result = dlnp("check", str(tmp_path / "nope.ipynb"))
    assert result.returncode == 2 and "no such notebook" in result.stderr


def test_check_reports_a_corrupt_notebook_clearly(tmp_path):
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{ not json")
    result = dlnp("check", str(bad))
    assert result.returncode == 2 and "cannot read" in result.stderr and "as a notebook" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_list_names_every_exercise():
    result = dlnp("list")
    assert result.returncode == 0 and "logistic_regression.sigmoid" in result.stdout


def test_progress_summarises_every_lesson(tmp_path):
    shutil.copytree(ROOT / "course" / STEM, tmp_path / STEM)
    shutil.copytree(ROOT / "solutions" / "source" / "02_shallow_network", tmp_path / "02_shallow_network")
    result = dlnp("progress", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(STEM) and f"0/{TOTAL_01:g} points, 0 of {COUNT_01} exercises done" in lines[0]
    assert lines[1].startswith("02_shallow_network")
    assert f"{TOTAL_02:g}/{TOTAL_02:g} points, {COUNT_02} of {COUNT_02} exercises done" in lines[1]
    assert lines[2].split() == ["course", f"{TOTAL_02:g}/{TOTAL_01 + TOTAL_02:g}", "points"]


def test_progress_without_lessons_says_so(tmp_path):
    result = dlnp("progress", str(tmp_path))
    assert result.returncode == 2 and "no lesson notebooks" in result.stderr


BAD_FILES = {  # name: (content, what the one line must say)
    "empty.ipynb": (b"", "the file is empty"),
    "binary.ipynb": (bytes(range(256)) * 4, "binary data"),
    "broken.ipynb": (b'{"cells": [', "not valid JSON"),
    "answers.py": (b"def sigmoid(z):\n    return z\n", "is a Python file, not a notebook"),
    "list.ipynb": (b"[1, 2]", "not a Jupyter notebook"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_check_refuses_what_is_not_a_notebook_in_one_line(tmp_path, name):
    content, says = BAD_FILES[name]
    (tmp_path / name).write_bytes(content)
    line = one_line(dlnp("check", str(tmp_path / name)))
    assert line.startswith("dlnp: ") and name in line and says in line


def test_check_refuses_a_notebook_without_test_cells(tmp_path):
    import nbformat
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), tmp_path / "mine.ipynb")
    line = one_line(dlnp("check", str(tmp_path / "mine.ipynb")))
    assert "mine.ipynb has no exercise test cells" in line


def test_check_grades_the_lesson_notebooks_of_a_folder():
    result = dlnp("check", str(RELEASE.parent))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"note: {RELEASE.parent} is a folder: grading its lesson notebooks ({STEM}.ipynb)"
    assert lines[1] == str(RELEASE) and f"0 / {TOTAL_01:g}" in result.stdout


def test_check_on_a_folder_of_lessons_says_which_notebook_to_pass():
    line = one_line(dlnp("check", "course"))
    assert "course is a folder of lessons, not a notebook" in line and f"dlnp check course/{STEM}/{STEM}.ipynb" in line
    assert "dlnp progress course" in line


def test_check_on_a_folder_without_notebooks_says_so(tmp_path):
    assert "is a folder, not a notebook" in one_line(dlnp("check", str(tmp_path)))


def test_check_names_the_lesson_a_misnamed_notebook_holds(tmp_path):
    misnamed = tmp_path / f"{STEM}.ipynb"
    shutil.copy(ROOT / "solutions" / "source" / "02_shallow_network" / "02_shallow_network.ipynb", misnamed)
    result = dlnp("check", str(misnamed))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"note: {STEM}.ipynb holds the exercises of lesson 02_shallow_network")
    assert "shallow_network.layer_sizes" in result.stdout and f"{TOTAL_02:g} / {TOTAL_02:g}" in result.stdout
    assert result.stderr == ""


def test_progress_reports_an_unreadable_notebook_and_grades_the_rest(tmp_path):
    shutil.copytree(ROOT / "course" / STEM, tmp_path / STEM)
    (tmp_path / "02_shallow_network").mkdir()
    (tmp_path / "02_shallow_network" / "02_shallow_network.ipynb").write_text('{"cells": [')
    result = dlnp("progress", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stdout + result.stderr, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(STEM) and f"0/{TOTAL_01:g} points" in lines[0]
    assert lines[1].startswith("02_shallow_network") and "could not be graded" in lines[1]
    assert "02_shallow_network.ipynb" in lines[1] and "not valid JSON" in lines[1]
    assert lines[2].split() == ["course", f"0/{TOTAL_01:g}", "points"]


def test_progress_on_a_missing_folder_says_so(tmp_path):
    assert "no such folder" in one_line(dlnp("progress", str(tmp_path / "nope")))


def without(tmp_path, *modules):
    """An environment in which importing ``modules`` fails as if they were not installed."""
    fake = tmp_path / "not_installed"
    fake.mkdir()
    for module in modules:
        (fake / f"{module}.py").write_text(f"raise ModuleNotFoundError(\"No module named '{module}'\")\n")
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(fake), os.environ.get("PYTHONPATH")])))


@pytest.mark.parametrize("command, missing", [("autograde", "nbgrader"), ("build", "jupytext")])
def test_instructor_commands_say_how_to_install_the_instructor_tools(tmp_path, command, missing):
    args = [command, STEM] + (["--check"] if command == "build" else [])
    line = one_line(dlnp(*args, env=without(tmp_path, "nbgrader", "jupytext")))
    assert line == (f"dlnp: dlnp {command} needs the instructor tools ({missing} is not installed):"
                    ' pip install -e ".[instructor]"')


def test_autograde_outside_the_course_root_says_where_to_run_it(tmp_path):
    line = one_line(dlnp("autograde", STEM, cwd=tmp_path))
    assert "is not the course root: run dlnp autograde from the course root (the folder with nbgrader_config.py" in line
    assert list(tmp_path.iterdir()) == []  # no gradebook made in the wrong place


@pytest.mark.parametrize("command", ["autograde", "build"])
def test_an_unknown_lesson_is_named_with_the_lessons_there_are(command):
    line = one_line(dlnp(command, "logistic_regression"))
    assert line.startswith("dlnp: no lesson named logistic_regression (did you mean 01_logistic_regression?)")
    assert "the lessons are 01_logistic_regression, " in line and "02_shallow_network" in line
    assert not (ROOT / "solutions" / "source" / "logistic_regression").exists()


def test_a_usage_mistake_is_one_line():
    assert "invalid int value" in one_line(dlnp("autograde", STEM, "--jobs", "many"))

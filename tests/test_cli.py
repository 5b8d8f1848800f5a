"""The self-study command line, run as a student would."""
import subprocess
import sys

from autograder.build import ROOT

STEM = "01_logistic_regression"
MASTER = ROOT / "solutions" / "source" / STEM / f"{STEM}.ipynb"
RELEASE = ROOT / "course" / STEM / f"{STEM}.ipynb"


def dlnp(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "autograder.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


def test_check_gives_the_solved_lesson_full_marks():
    result = dlnp("check", str(MASTER))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "total" in result.stdout and "10 / 10" in result.stdout and "✘" not in result.stdout


def test_check_fails_the_untouched_release_with_plain_messages():
    result = dlnp("check", str(RELEASE))
    assert result.returncode == 1
    assert "0 / 10" in result.stdout and "not implemented yet" in result.stdout
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
    import shutil
    shutil.copytree(ROOT / "course" / STEM, tmp_path / STEM)
    shutil.copytree(ROOT / "solutions" / "source" / "02_shallow_network", tmp_path / "02_shallow_network")
    result = dlnp("progress", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(STEM) and "0/10 points, 0 of 6 exercises done" in lines[0]
    assert lines[1].startswith("02_shallow_network") and "12/12 points, 8 of 8 exercises done" in lines[1]
    assert lines[2].split() == ["course", "12/22", "points"]


def test_progress_without_lessons_says_so(tmp_path):
    result = dlnp("progress", str(tmp_path))
    assert result.returncode == 2 and "no lesson notebooks" in result.stderr

"""The Gradescope autograder: the zip `dlnp gradescope` builds, unzipped into a Gradescope-like folder and run
with the code it bundles (setup.sh's apt-get and pip are not run: this environment stands in for them)."""
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

import autograder
from autograder import gradescope
from autograder.build import ROOT
from autograder.notebook import tests_in as cells_testing
from autograder.runner import Settings

STEM = "01_logistic_regression"
MASTER = ROOT / "solutions" / "source" / STEM / f"{STEM}.ipynb"
RELEASE = ROOT / "course" / STEM / f"{STEM}.ipynb"
IDS = [e for e in autograder.exercises() if e.startswith("logistic_regression.")]
POINTS = sum(autograder.points(e) for e in IDS)  # exercises and questions
IDS_IN_ORDER = [e for _, e in cells_testing(nbformat.read(RELEASE, as_version=4))]  # the notebook's order

TOP = {"score", "execution_time", "output", "output_format", "test_output_format", "test_name_format",
       "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"}
TEST = {"score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags",
        "visibility", "extra_data"}


def validate(results):
    """results.json as Gradescope's specification documents it; returns the visible tests by name."""
    assert set(results) <= TOP, set(results) - TOP
    assert isinstance(results["score"], (int, float)) and isinstance(results["output"], str) and results["output"]
    assert results["stdout_visibility"] in gradescope.VISIBILITIES
    for test in results["tests"]:
        assert set(test) <= TEST, set(test) - TEST
        assert isinstance(test["score"], (int, float)) and isinstance(test["max_score"], (int, float))
        assert 0 <= test["score"] <= test["max_score"]
        assert isinstance(test["name"], str) and isinstance(test["number"], str) and isinstance(test["output"], str)
        assert test["visibility"] in gradescope.VISIBILITIES and test["status"] in ("passed", "failed")
        assert all(isinstance(tag, str) for tag in test["tags"])
    assert results["score"] == pytest.approx(sum(t["score"] for t in results["tests"]))
    return {t["name"]: t for t in results["tests"] if t["visibility"] == "visible"}


@pytest.fixture(scope="module")
def autograder_zip(tmp_path_factory):
    output = tmp_path_factory.mktemp("zip") / "autograder.zip"
    result = subprocess.run([sys.executable, "-m", "autograder.cli", "gradescope", STEM, "--output", str(output)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and output.is_file(), result.stderr
    return output


def test_the_zip_has_the_scripts_at_its_root_and_only_what_grading_needs(autograder_zip):
    with zipfile.ZipFile(autograder_zip) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        setup = archive.read("setup.sh").decode()
        runner = archive.read("run_autograder").decode()
    for script in ("setup.sh", "run_autograder"):
        mode = infos[script].external_attr >> 16
        assert stat.S_ISREG(mode) and mode & 0o111 == 0o111, oct(mode)
    assert runner.startswith("#!") and f'run "{STEM}"' in runner
    assert "apt-get install" in setup and "bubblewrap" in setup and "python3-venv" in setup
    assert 'pip install "$HERE/source"' in setup
    names = set(infos)
    for needed in ("source/pyproject.toml", "source/README.md", "source/LICENSE", "source/autograder/gradescope.py",
                   "source/autograder/child.py", "source/autograder/data/digits.csv.gz",
                   "source/solutions/logistic_regression.py", f"release/{STEM}.ipynb"):
        assert needed in names, needed
    assert not [n for n in names if n.startswith(("tests/", "source/tests/", "source/course/", "source/solutions/source/",
                                                   "source/solutions/lessons/")) or "__pycache__" in n]


def dlnp_cli(*args):
    return subprocess.run([sys.executable, "-m", "autograder.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_an_unknown_lesson_is_one_line(tmp_path):
    result = dlnp_cli("gradescope", "07_nothing", "--output", str(tmp_path / "a.zip"))
    assert result.returncode == 2 and "no lesson named 07_nothing" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "a.zip").exists()


@pytest.fixture
def gradescope_root(tmp_path, autograder_zip):
    """A folder laid out as Gradescope's /autograder: source/ (the zip, extracted), run_autograder, submission/."""
    root = tmp_path / "autograder"
    (root / "submission").mkdir(parents=True)
    with zipfile.ZipFile(autograder_zip) as archive:
        archive.extractall(root / "source")
    shutil.copy(root / "source" / "run_autograder", root / "run_autograder")
    (root / "run_autograder").chmod(0o755)
    return root


def bundled_env(root):
    """The environment run_autograder gets: this venv's python3 first on PATH, the zip's copy of the course first
    on the module path (so the bundled code is what runs), the Gradescope root."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "GRADESCOPE"))}
    env.update(PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '/usr/bin:/bin')}",
               PYTHONPATH=str(root / "source" / "source"), GRADESCOPE_ROOT=str(root))
    return env


def run_autograder(root):
    result = subprocess.run([str(root / "run_autograder")], cwd=root, env=bundled_env(root), capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))


def test_the_bundled_code_is_what_runs(gradescope_root):
    result = subprocess.run(["python3", "-c", "import autograder.gradescope as g; print(g.__file__)"], cwd="/",
                            env=bundled_env(gradescope_root), capture_output=True, text=True, timeout=60)
    assert Path(result.stdout.strip()).is_relative_to(gradescope_root / "source" / "source"), result


def submit(root, nb, name=f"{STEM}.ipynb"):
    nbformat.write(nb, root / "submission" / name)


def with_wrong_propagate():
    nb = nbformat.read(MASTER, as_version=4)
    cell = next(c for c in nb.cells if "def propagate" in c.source)
    assert "dw = (X @ dZ.T) / m" in cell.source
    cell.source = cell.source.replace("dw = (X @ dZ.T) / m", "dw = X @ dZ.T")  # a known mistake: no 1/m
    return nb


def test_a_solved_submission_gets_full_marks(gradescope_root):
    submit(gradescope_root, nbformat.read(MASTER, as_version=4))
    results = run_autograder(gradescope_root)
    visible = validate(results)
    assert results["score"] == POINTS and f"{POINTS:g} / {POINTS:g} points" in results["output"]
    # one test per exercise or question, in the notebook's order
    assert list(visible) == IDS_IN_ORDER and sorted(visible) == sorted(IDS)
    assert all(t["status"] == "passed" and t["score"] == t["max_score"] for t in visible.values())
    assert [t["number"] for t in visible.values()] == [str(i) for i in range(1, len(IDS) + 1)]


def test_a_wrong_propagate_costs_only_propagate(gradescope_root):
    submit(gradescope_root, with_wrong_propagate())
    results = run_autograder(gradescope_root)
    visible = validate(results)
    propagate = visible["logistic_regression.propagate"]
    assert propagate["score"] == 1.5 and propagate["max_score"] == 3 and propagate["status"] == "failed"
    assert results["score"] == POINTS - 1.5
    assert f"{POINTS - 1.5:g} / {POINTS:g} points: {len(IDS) - 1} of {len(IDS)} exercises" in results["output"]
    assert all(t["score"] == t["max_score"] for name, t in visible.items() if not name.endswith("propagate"))
    # the worked example shows the mistake: the public report is the full one, so it is all there is
    assert "without the 1/m factor" in propagate["output"] and "hidden" not in propagate["output"]
    assert not [t for t in results["tests"] if t["name"].startswith("logistic_regression.propagate:")]


def test_a_mistake_only_hidden_cases_find_costs_points_and_is_explained_after_publishing(gradescope_root):
    nb = nbformat.read(MASTER, as_version=4)
    cell = next(c for c in nb.cells if "def propagate" in c.source)
    cell.source = cell.source.replace("db = float(np.sum(dZ)) / m", "db = float(np.sum(dZ)) / m if m > 1 else 0.0")
    submit(gradescope_root, nb)
    results = run_autograder(gradescope_root)
    visible = validate(results)
    propagate = visible["logistic_regression.propagate"]
    assert 0 < propagate["score"] < 3 and propagate["status"] == "failed" and results["score"] < POINTS
    public, explained = propagate["output"].split("\n\nScore ")
    assert public.startswith("✔ logistic_regression.propagate: 3 / 3 points, all") and "hidden case" not in public
    assert explained.startswith(f"{propagate['score']:g} / 3") and "public cases above alone: 3" in explained
    full = [t for t in results["tests"] if t["name"] == "logistic_regression.propagate: full report (hidden cases"
                                                             " included)"]
    number = IDS_IN_ORDER.index("logistic_regression.propagate") + 1
    assert len(full) == 1 and full[0]["visibility"] == "after_published" and full[0]["number"] == f"{number}.1"
    assert full[0]["score"] == full[0]["max_score"] == 0 and full[0]["status"] == "failed"
    assert "a hidden case with a single example" in full[0]["output"]
    for test in results["tests"]:  # nothing but the full reports waits for publishing, and they carry no points
        if test["visibility"] != "visible":
            assert test["visibility"] == "after_published" and test["max_score"] == 0


def test_a_renamed_notebook_is_graded_with_a_note(gradescope_root):
    submit(gradescope_root, nbformat.read(MASTER, as_version=4), name="my homework.ipynb")
    (gradescope_root / "submission" / "notes.txt").write_text("hello")
    results = run_autograder(gradescope_root)
    validate(results)
    assert results["score"] == POINTS
    assert "my homework.ipynb, the only notebook" in results["output"]


@pytest.mark.parametrize("files, message", [
    ({f"{STEM}.ipynb": "{ not json"}, "not valid JSON"),
    ({"README.txt": "my answers are in my head"}, "holds no notebook (it holds README.txt)"),
    ({}, "holds no notebook (it is empty)"),
    ({"a.ipynb": "{}", "b.ipynb": "{}"}, "2 notebooks and none is named"),
    ({f"{STEM}.ipynb": '{"cells": [], "metadata": {}}'}, "not a Jupyter notebook"),
])
def test_a_submission_that_cannot_be_graded_gets_zero_and_says_why(gradescope_root, files, message):
    for name, text in files.items():
        (gradescope_root / "submission" / name).write_text(text)
    results = run_autograder(gradescope_root)
    visible = validate(results)
    assert results["score"] == 0 and "could not be graded" in results["output"] and message in results["output"]
    assert len(visible) == len(IDS) and all(message in t["output"] for t in visible.values())


def test_the_runner_writes_results_even_when_python_cannot_start(gradescope_root):
    shutil.rmtree(gradescope_root / "source" / "source" / "autograder")  # the course is not importable
    env = bundled_env(gradescope_root)
    env["PYTHONPATH"] = str(gradescope_root / "nowhere")
    env["PATH"] = "/usr/bin:/bin"  # a python3 without the course
    result = subprocess.run([str(gradescope_root / "run_autograder")], cwd=gradescope_root, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    results = json.loads((gradescope_root / "results" / "results.json").read_text())
    validate(results)
    assert results["score"] == 0 and "autograder itself failed" in results["output"]


# in-process, with this checkout's code: the cases that need a short start-up limit or a built notebook

def test_a_notebook_whose_code_never_finishes_loading_gets_zero_and_the_reason(tmp_path):
    nb = nbformat.read(MASTER, as_version=4)
    cell = next(c for c in nb.cells if "def sigmoid" in c.source)
    cell.source += "\nwhile True:\n    pass\n"
    (tmp_path / "submission").mkdir()
    submit(tmp_path, nb)
    results = gradescope.run(STEM, tmp_path, release=RELEASE, settings=Settings(startup=2))
    validate(results)
    assert json.loads((tmp_path / "results" / "results.json").read_text()) == results
    assert results["score"] == 0 and "did not finish running within 2 s" in results["output"]


def test_deleted_test_cells_are_restored_and_graded(tmp_path):
    nb = nbformat.read(MASTER, as_version=4)
    nb.cells = [c for c in nb.cells if 'grade("logistic_regression.predict"' not in c.source]
    (tmp_path / "submission").mkdir()
    submit(tmp_path, nb)
    results = gradescope.run(STEM, tmp_path, release=RELEASE)
    visible = validate(results)
    assert results["score"] == POINTS and visible["logistic_regression.predict"]["score"] == 1
    assert "test cells of logistic_regression.predict were missing" in results["output"]


def test_another_lessons_notebook_earns_nothing_here(tmp_path):
    (tmp_path / "submission").mkdir()
    shutil.copy(ROOT / "solutions" / "source" / "04_activations" / "04_activations.ipynb",
                tmp_path / "submission" / f"{STEM}.ipynb")
    results = gradescope.run(STEM, tmp_path, release=RELEASE)
    visible = validate(results)
    # lesson 04's sigmoid is a right sigmoid here too; nothing else of it earns a point
    assert results["score"] <= autograder.points("logistic_regression.sigmoid") and len(visible) == len(IDS)
    assert "none of this assignment's exercises" in results["output"]
    assert "activations" in results["output"]


def test_a_zip_that_requires_the_sandbox_grades_nothing_without_it(tmp_path, monkeypatch):
    from autograder import sandbox
    zipped = tmp_path / "strict.zip"
    result = subprocess.run([sys.executable, "-m", "autograder.cli", "gradescope", STEM, "--output", str(zipped),
                             "--sandbox", "bubblewrap"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(zipped) as archive:
        assert '--sandbox "bubblewrap"' in archive.read("run_autograder").decode()
    (tmp_path / "submission").mkdir()
    submit(tmp_path, nbformat.read(MASTER, as_version=4))
    monkeypatch.setattr(sandbox, "_why_unavailable", lambda: "bubblewrap failed here (no user namespaces)")
    results = gradescope.run(STEM, tmp_path, release=RELEASE, settings=Settings(sandbox="bubblewrap"))
    validate(results)
    assert results["score"] == 0 and "requires the operating-system sandbox" in results["output"]

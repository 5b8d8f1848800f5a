"""A throwaway nbgrader course for the end-to-end tests: a copy of the masters, real nbgrader commands."""
import importlib.util
import inspect
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent
SOURCE = Path("solutions") / "source"


class Course:
    """A course root in a temporary folder, configured by a copy of the repository's nbgrader_config.py."""

    def __init__(self, root, stems):
        self.root = Path(root)
        shutil.copy(REPO / "nbgrader_config.py", self.root / "nbgrader_config.py")
        for stem in stems:
            shutil.copytree(REPO / SOURCE / stem, self.root / SOURCE / stem)

    def nbgrader(self, *args, check=True):
        """Run ``nbgrader ARGS`` from the course root, the way an instructor would (``check``: assert it succeeded)."""
        env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
        result = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=self.root, env=env,
                                capture_output=True, text=True, timeout=900)
        if check:
            assert result.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
        return result

    def release(self, stem):
        return nbformat.read(self.root / "course" / stem / f"{stem}.ipynb", as_version=4)

    def master(self, stem):
        return nbformat.read(self.root / SOURCE / stem / f"{stem}.ipynb", as_version=4)

    def submit(self, student, stem, nb):
        path = self.root / "submitted" / student / stem / f"{stem}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, path)

    def gradebook(self):
        from nbgrader.api import Gradebook
        return Gradebook(f"sqlite:///{self.root / 'gradebook.db'}")


def class_with(root, stem, honest):
    """A course with lesson ``stem`` released and a correct submission from each of the ``honest`` students:
    (course, release, master), for a test to add the submissions it is about."""
    course = Course(root, [stem])
    course.nbgrader("generate_assignment", stem, "--force")
    release, master = course.release(stem), course.master(stem)
    for student in honest:
        course.submit(student, stem, solved(release, master))
    return course, release, master


def grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def solved(release, master, replace=None):
    """The release with every answer cell filled in from the master, except those in ``replace``
    (grade_id -> source written by the test)."""
    answers = {grade_id(c): re.sub(r"\n *### (BEGIN|END) SOLUTION", "", c.source)
               for c in master.cells if c.metadata.get("nbgrader", {}).get("solution")}
    replace = replace or {}
    nb = nbformat.from_dict(release)
    for cell in nb.cells:
        gid = grade_id(cell)
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = replace.get(gid, answers[gid])
    return nb


def answer_cell(fn, name):
    """The source of ``fn`` as the answer cell of exercise ``name`` (the function renamed to ``name``)."""
    return textwrap.dedent(inspect.getsource(fn)).replace(fn.__name__, name)


def propagate_without_one_over_m(w, b, X, Y):
    """A partly right propagate: the cost is right, dw lacks its 1/m."""
    import numpy as np
    m = X.shape[1]
    A = 1 / (1 + np.exp(-(w.T @ X + b)))
    cost = -float(np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    return {"dw": X @ (A - Y).T, "db": float(np.sum(A - Y)) / m}, cost


def load_kind(folder, kind):
    """The submission kind written in ``folder/kind.py`` (the format of tests/adversarial/README.md)."""
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))  # the helpers a folder's kinds share (_cells, _student)
    spec = importlib.util.spec_from_file_location(f"{Path(folder).name}_{kind}", Path(folder) / f"{kind}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def submission_of(kind, release, master, answers=None):
    """The notebook a kind hands in: the release solved but for its ANSWERS, then its transform(nb), if any."""
    nb = solved(release, master, kind.ANSWERS if answers is None else answers)
    if hasattr(kind, "transform"):
        kind.transform(nb)
    return nb


def in_process_points(module, answers, test_id):
    """What an honest in-process grade gives the function a kind submits for ``test_id`` (e.g. "sigmoid-test")."""
    import numpy as np

    import autograder
    name = test_id.removesuffix("-test")
    namespace = {"np": np}
    exec(textwrap.dedent(answers[name]), namespace)
    return autograder.grade(f"{module}.{name}", namespace[name])


def expected_points(kind, module, points):
    """{test cell: the points ``kind`` must get}: its EXPECTED, a number or "in-process" (what an honest in-process
    grade gives its function), and full marks for every other cell of ``points`` ({test cell: points})."""
    expected = {cell: kind.EXPECTED.get(cell, full) for cell, full in points.items()}
    return {cell: in_process_points(module, kind.ANSWERS, cell) if value == "in-process" else value
            for cell, value in expected.items()}


def written_answers(release):
    """{grade_id: points} of a notebook's written answers, which nbgrader leaves for the instructor to grade."""
    from autograder.notebook import written_answers as written
    return dict(written(release))


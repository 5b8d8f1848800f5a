"""A throwaway nbgrader course for the end-to-end tests: a copy of the masters, real nbgrader commands."""
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

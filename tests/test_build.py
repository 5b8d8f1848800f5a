"""The generated notebooks are fresh, and the build keeps solutions and markers where they belong."""
import re

import nbformat
import pytest

import autograder
from autograder.build import ROOT, SOURCE, lessons, module_of, solution_cell_source, stale_files


def test_committed_generated_files_are_fresh():
    assert stale_files() == [], "run `dlnp build` and commit the result"


def test_the_reference_library_has_no_grading_markers():
    for path in (ROOT / "solutions").glob("*.py"):
        text = path.read_text()
        assert not re.search(r"BEGIN SOLUTION|END SOLUTION|HIDDEN TESTS|YOUR CODE HERE", text), path


@pytest.mark.parametrize("stem", lessons())
def test_every_exercise_has_a_solution_cell_followed_by_its_test_cell(stem):
    nb = nbformat.read(ROOT / SOURCE / stem / f"{stem}.ipynb", as_version=4)
    module = module_of(stem)
    expected = [e for e in autograder.exercises() if e.startswith(module + ".")]
    found = []
    for before, cell in zip(nb.cells, nb.cells[1:]):
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            exercise_id = re.match(r'test\("([^"]+)"', cell.source).group(1)
            name = exercise_id.split(".")[1]
            assert before.metadata["nbgrader"]["grade_id"] == name and before.metadata["nbgrader"]["solution"]
            assert meta["points"] == autograder.points(exercise_id)
            found.append(exercise_id)
    assert found == expected
    # every cell carrying nbgrader metadata has a grade_id (nbgrader's add_missing_cells needs one)
    assert all(c.metadata["nbgrader"].get("grade_id") for c in nb.cells if "nbgrader" in c.metadata)


def test_the_stub_keeps_the_signature_and_docstring():
    source = solution_cell_source("logistic_regression", "propagate")
    head, body = source.split("### BEGIN SOLUTION")
    assert head.startswith("def propagate(w, b, X, Y):") and "Returns:" in head
    assert body.rstrip().endswith("### END SOLUTION")


@pytest.mark.parametrize("stem", lessons())
def test_the_student_release_has_no_solutions(stem):
    master = nbformat.read(ROOT / SOURCE / stem / f"{stem}.ipynb", as_version=4)
    release = nbformat.read(ROOT / "course" / stem / f"{stem}.ipynb", as_version=4)
    code = "\n".join(c.source for c in release.cells if c.cell_type == "code")
    assert "BEGIN SOLUTION" not in code and "HIDDEN TESTS" not in code and "grade(" not in code
    assert code.count("raise NotImplementedError()") == sum(
        1 for c in master.cells if c.metadata.get("nbgrader", {}).get("solution"))

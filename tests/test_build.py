"""The generated notebooks are fresh, and the build keeps solutions and markers where they belong."""
import html
import re

import nbformat
import pytest

import autograder
from autograder.build import ROOT, SOURCE, assignment, lessons, module_of, solution_cell_source, stale_files


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
            exercise_id = re.search(r'^test\("([^"]+)"\)$', cell.source, re.M).group(1)
            name = exercise_id.split(".")[1]
            assert before.metadata["nbgrader"]["grade_id"] == name and before.metadata["nbgrader"]["solution"]
            assert meta["points"] == autograder.points(exercise_id)
            found.append(exercise_id)
    # the exercises in course order; the questions, each where its experiment is
    from autograder.question import Question
    exercises_only = [e for e in expected if not isinstance(autograder.exercise.REGISTRY[e], Question)]
    assert [e for e in found if e in exercises_only] == exercises_only and sorted(found) == sorted(expected)
    # every cell carrying nbgrader metadata has a grade_id (nbgrader's add_missing_cells needs one)
    assert all(c.metadata["nbgrader"].get("grade_id") for c in nb.cells if "nbgrader" in c.metadata)


def test_the_stub_keeps_the_signature_and_docstring():
    source = solution_cell_source("logistic_regression", "propagate")
    head, body = source.split("### BEGIN SOLUTION")
    assert head.startswith("def propagate(w, b, X, Y):") and "Returns:" in head
    assert body.rstrip().endswith("### END SOLUTION")


@pytest.mark.parametrize("stem", lessons())
@pytest.mark.parametrize("edition", ["en", "ko"])
def test_the_student_release_has_no_solutions(stem, edition):
    stem = assignment(stem, edition)
    master = nbformat.read(ROOT / SOURCE / stem / f"{stem}.ipynb", as_version=4)
    release = nbformat.read(ROOT / "course" / stem / f"{stem}.ipynb", as_version=4)
    code = "\n".join(c.source for c in release.cells if c.cell_type == "code")
    assert "BEGIN SOLUTION" not in code and "HIDDEN TESTS" not in code and "grade(" not in code
    assert code.count("raise NotImplementedError()") == sum(
        1 for c in master.cells if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution"))
    # a written answer's model answer stays in the master
    for before, after in zip(master.cells, release.cells):
        if before.cell_type == "markdown" and before.metadata.get("nbgrader", {}).get("solution"):
            assert after.source.strip() == "YOUR ANSWER HERE" and before.source.strip() != after.source.strip()


@pytest.mark.parametrize("stem", lessons())
def test_every_lesson_shows_and_asks(stem):
    """Two figures or more, embedded so that they show offline; two to four questions, at least one checked
    automatically and the others graded by hand; a contents list first and things to explore last."""
    import base64

    from autograder.question import Question

    release = nbformat.read(ROOT / "course" / stem / f"{stem}.ipynb", as_version=4)
    markdown = [c for c in release.cells if c.cell_type == "markdown"]
    shown = [name for c in markdown for name in re.findall(r"\(attachment:([\w.-]+\.svg)\)", c.source)]
    assert len(set(shown)) >= 2, f"{stem} shows {len(set(shown))} figures"
    for cell in markdown:
        for name in re.findall(r"\(attachment:([\w.-]+\.svg)\)", cell.source):
            svg = base64.b64decode(cell.attachments[name]["image/svg+xml"]).decode()
            assert svg.lstrip().startswith("<?xml") and "<svg" in svg
            assert not re.search(r'href="(https?:|//)', svg)  # nothing fetched from the network
    module = module_of(stem)
    auto = [e for e in autograder.exercises() if e.startswith(module + ".")
            and isinstance(autograder.exercise.REGISTRY[e], Question)]
    written = [c for c in markdown if c.metadata.get("nbgrader", {}).get("grade")]
    assert len(auto) >= 1 and 2 <= len(auto) + len(written) <= 4, (stem, auto, len(written))
    assert all(c.metadata["nbgrader"]["points"] > 0 for c in written)
    assert re.search(r"contents", markdown[0].source + markdown[1].source, re.I), "a contents list at the top"
    assert re.search(r"explore", markdown[-1].source, re.I), "things to explore at the end"


@pytest.mark.parametrize("stem", lessons())
def test_every_contents_link_reaches_its_heading(stem):
    """The contents list's links point at heading anchors as JupyterLab and nbconvert make them (the heading's text
    with spaces as dashes): a renamed heading must not leave a dead link."""
    from nbconvert import HTMLExporter

    release = nbformat.read(ROOT / "course" / stem / f"{stem}.ipynb", as_version=4)
    page, _ = HTMLExporter().from_notebook_node(release)
    anchors = {html.unescape(a) for a in re.findall(r'<h[1-6] id="([^"]+)"', page)}
    links = [link for c in release.cells if c.cell_type == "markdown"
             for link in re.findall(r"\]\(#((?:[^()\s]|\([^()\s]*\))+)\)", c.source)]
    assert len(links) >= 5 and [link for link in links if link not in anchors] == []

"""Malformed submissions autograded by the real nbgrader: none may crash grading or end as a silent 0.

Forged or broken nbgrader cell metadata (tests/adversarial/malformed/, one ``nbgrader autograde`` run for
all of them, between two honest students) is repaired from the gradebook by ``RepairCells``: nbgrader
exits cleanly and every student gets the score their answers earn. Submissions nbgrader cannot read at all
(invalid JSON, a binary file, a renamed notebook, an empty folder; a second run) never reach a
preprocessor; for those the tests hold what nbgrader already does right: it says so, loudly, and grades
the others.
"""
from pathlib import Path

import nbformat
import pytest

import autograder

from autograder.build import ROOT
from nbgrader_course import class_with, expected_points, load_kind, solved, submission_of, written_answers

STEM = "01_logistic_regression"
MODULE = "logistic_regression"
MALFORMED = Path(__file__).parent / "adversarial" / "malformed"
KINDS = sorted(p.stem for p in MALFORMED.glob("*.py") if not p.stem.startswith("_"))
HONEST = ["aaa_honest", "zzz_honest"]  # nbgrader grades submitted/<student>/ in sorted order
POINTS = {f"{e.split('.')[1]}-test": autograder.points(e) for e in autograder.exercises() if e.startswith(MODULE)}


def load(kind):
    return load_kind(MALFORMED, kind)






WRITTEN = written_answers(nbformat.read(ROOT / "course" / STEM / f"{STEM}.ipynb", as_version=4))


def scores_of(course, student):
    """{test cell: auto score} of the student's graded notebook, its max score, whether it is flagged, and the
    cells left for manual grading; the written answers, which the instructor grades, are left out of all four."""
    with course.gradebook() as gb:
        submission = gb.find_submission_notebook(STEM, STEM, student)
        grades = [g for g in submission.grades if g.name not in WRITTEN]
        return ({g.name: g.auto_score for g in grades}, submission.max_score - sum(WRITTEN.values()),
                submission.flagged, [g.name for g in grades if g.needs_manual_grade])


@pytest.fixture(scope="module")
def metadata_run(tmp_path_factory):
    course, release, master = class_with(tmp_path_factory.mktemp("malformed"), STEM, HONEST)
    for kind in KINDS:
        course.submit(kind, STEM, submission_of(load(kind), release, master))
    result = course.nbgrader("autograde", STEM, "--Execute.timeout=20", check=False)
    return course, result


def test_there_are_the_metadata_kinds():
    assert {"metadata_not_a_dict", "test_cell_not_graded", "answer_marked_as_grade", "schema_version_99",
            "metadata_string", "metadata_list"} <= set(KINDS)


def test_nbgrader_exits_cleanly(metadata_run):
    course, result = metadata_run
    assert result.returncode == 0, f"nbgrader autograde failed:\n{result.stdout}\n{result.stderr}"
    assert "There was an error processing assignment" not in result.stdout + result.stderr


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_its_rows_and_the_score_its_answers_earn(metadata_run, kind):
    course, _ = metadata_run
    spec = load(kind)
    scores, max_score, flagged, manual = scores_of(course, kind)
    assert set(scores) == set(POINTS), f"{kind}: grade rows {sorted(scores)}"
    assert max_score == pytest.approx(sum(POINTS.values())), f"{kind}: max score {max_score}"
    assert manual == [], f"{kind}: left for manual grading: {manual}"
    for cell, expected in expected_points(spec, MODULE, POINTS).items():
        assert scores[cell] == pytest.approx(expected), f"{kind}: {cell} scored {scores[cell]}, expected {expected}"
    assert flagged == spec.FLAGGED
    assert (course.root / "autograded" / kind / STEM / f"{STEM}.ipynb").exists()


def test_the_graded_notebooks_carry_the_gradebooks_metadata(metadata_run):
    course, _ = metadata_run
    release = course.release(STEM)
    truth = {m["grade_id"]: m for c in release.cells if isinstance(m := c.metadata.get("nbgrader"), dict)}
    for kind in KINDS:
        nb = nbformat.read(course.root / "autograded" / kind / STEM / f"{STEM}.ipynb", as_version=4)
        seen = []
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader")
            if meta is None:
                continue
            assert isinstance(meta, dict) and meta.get("grade_id") in truth, f"{kind}: {meta!r}"
            expected = truth[meta["grade_id"]]
            for key in ("grade", "solution", "locked", "points", "schema_version"):
                assert meta.get(key) == expected.get(key), f"{kind}: {meta['grade_id']} {key}={meta.get(key)!r}"
            assert "hacked" not in meta and not meta.get("task")
            seen.append(meta["grade_id"])
        assert sorted(seen) == sorted(truth), f"{kind}: cells {seen}"


def test_the_honest_students_keep_full_marks(metadata_run):
    course, _ = metadata_run
    for student in HONEST:
        scores, max_score, flagged, manual = scores_of(course, student)
        assert scores == pytest.approx(POINTS) and not flagged and not manual, student


# Unreadable submissions: nbgrader fails before any preprocessor sees them.

UNREADABLE = {
    "bad_json": lambda folder: (folder / f"{STEM}.ipynb").write_text('{"cells": [', encoding="utf-8"),
    "binary": lambda folder: (folder / f"{STEM}.ipynb").write_bytes(bytes(range(256)) * 16),
    "not_a_notebook": lambda folder: (folder / f"{STEM}.ipynb").write_text("{}", encoding="utf-8"),
    "empty": lambda folder: None,
}


@pytest.fixture(scope="module")
def unreadable_run(tmp_path_factory):
    course, release, master = class_with(tmp_path_factory.mktemp("unreadable"), STEM, HONEST)
    for student, make in UNREADABLE.items():
        folder = course.root / "submitted" / student / STEM
        folder.mkdir(parents=True)
        make(folder)
    renamed = course.root / "submitted" / "renamed" / STEM
    renamed.mkdir(parents=True)
    nbformat.write(solved(release, master), renamed / "other_name.ipynb")
    result = course.nbgrader("autograde", STEM, "--Execute.timeout=20", check=False)
    return course, result, result.stdout + result.stderr


def test_unreadable_submissions_do_not_stop_the_others(unreadable_run):
    course, _, _ = unreadable_run
    for student in HONEST:
        scores, _, flagged, manual = scores_of(course, student)
        assert scores == pytest.approx(POINTS) and not flagged and not manual, student


@pytest.mark.parametrize("student", ["bad_json", "binary", "not_a_notebook", "renamed"])
def test_an_unreadable_notebook_is_an_error_with_its_cause_and_no_graded_notebook(unreadable_run, student):
    course, result, log = unreadable_run
    assert result.returncode != 0
    assert f"There was an error processing assignment '{STEM}' for student '{student}'" in log
    cause = {"bad_json": "NotJSONError", "binary": "UnicodeDecodeError", "not_a_notebook": "could not be converted",
             "renamed": "Skipping unknown notebook"}[student]
    section = log.split(f"Creating/updating student with ID '{student}'", 1)[1].split("Creating/updating student")[0]
    assert cause in section, f"{student}: {cause!r} not in its error"
    assert not (course.root / "autograded" / student / STEM / f"{STEM}.ipynb").exists()


def test_an_empty_submission_folder_is_reported(unreadable_run):
    _, _, log = unreadable_run
    assert f"No notebooks were matched by '{Path('submitted') / 'empty' / STEM / '*.ipynb'}" in log.replace(
        str(unreadable_run[0].root) + "/", "")

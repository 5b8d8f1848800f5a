"""The Korean edition: one source for both languages, every message in Korean, and the real nbgrader on it."""
import re
import subprocess
import sys

import jupytext
import nbformat
import pytest

import autograder
from autograder import catalogs
from autograder.build import LESSONS, ROOT, SOURCE, assignment, lessons
from autograder.i18n import DOMAINS, speaking

from nbgrader_course import answer_cell, class_with, solved

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def english_prose(text):
    """Runs of four or more English words left in a Korean text, once code, formulas, links, figures, HTML and
    the English terms given in parentheses are taken out."""
    for pattern in (r"```.*?```", r"`[^`]*`", r"\$\$.*?\$\$", r"\$[^$]*\$", r"\]\([^)]*\)", r"<[^>]+>",
                    r"\([^()]*\)", r"https?://\S+"):
        text = re.sub(pattern, " ", text, flags=re.S)
    runs = re.findall(r"(?:\b[A-Za-z][A-Za-z'-]*\b[ ,]+){3,}\b[A-Za-z][A-Za-z'-]*\b", text)
    # names and titles ("UCI Machine Learning Repository") are written as they are; prose has lower-case words
    return [run for run in runs if sum(word[0].islower() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", run)) >= 2]


@pytest.mark.parametrize("stem", lessons())
def test_every_english_cell_has_its_korean_twin(stem):
    cells = jupytext.read(ROOT / LESSONS / f"{stem}.py", fmt="py:percent").cells
    for i, cell in enumerate(cells):
        lang = cell.metadata.get("lang")
        if cell.cell_type == "markdown" and lang is None:
            twin = cells[i + 1] if i + 1 < len(cells) else None
            assert twin is not None and twin.metadata.get("lang") == "ko", f"{stem}: cell {i} has no Korean twin"
            for key in ("answer", "points"):  # a written answer's twin is the same graded cell
                assert twin.metadata.get(key) == cell.metadata.get(key), f"{stem}: cell {i + 1} {key}"
        elif lang is not None:
            assert lang == "ko" and cell.cell_type == "markdown", f"{stem}: cell {i} is a {cell.cell_type} in {lang}"
            assert cells[i - 1].metadata.get("lang") is None, f"{stem}: cell {i} is a Korean cell without an English one"


@pytest.mark.parametrize("stem", lessons())
def test_the_korean_master_speaks_korean(stem):
    name = assignment(stem, "ko")
    korean = nbformat.read(ROOT / SOURCE / name / f"{name}.ipynb", as_version=4)
    english = nbformat.read(ROOT / SOURCE / stem / f"{stem}.ipynb", as_version=4)
    assert korean.metadata["dlnp"]["edition"] == "ko"
    assert [c.cell_type for c in korean.cells] == [c.cell_type for c in english.cells]
    for ko, en in zip(korean.cells, english.cells):
        if ko.cell_type == "code":  # code is shared; only the test cells ask for Korean reports
            assert ko.source == en.source.replace('")', '", lang="ko")') if "test(" in en.source else ko.source == en.source
            continue
        assert HANGUL.search(ko.source), f"{name}: a markdown cell without Korean: {ko.source[:80]!r}"
        assert english_prose(ko.source) == [], f"{name}: English left in {ko.source[:200]!r}"
        assert sorted(ko.get("attachments", {})) == sorted(en.get("attachments", {}))  # the same figures


def test_the_check_for_english_prose_finds_it():
    assert english_prose("이 셀은 this sentence is still in English 입니다")
    assert not english_prose("출처: W. Wolberg, UCI Machine Learning Repository, CC BY 4.0")
    assert not english_prose("학습률(learning rate is the step size)은 `np.exp(-z)`와 $w^T x + b$를 씁니다")


def test_every_message_has_a_korean_translation_with_the_same_placeholders():
    assert catalogs.problems("ko") == []


def test_every_marked_message_reaches_its_catalog():
    """Babel's extractor misses what it cannot read (a message in an f-string, an L(...) inside another's
    arguments): every literal message the code marks must be in its domain's catalog."""
    import ast

    for domain in DOMAINS:
        extracted, missed = set(catalogs.messages(domain)), []
        for path in catalogs.sources(domain):
            for node in ast.walk(ast.parse(path.read_text())):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in catalogs.KEYWORDS
                        and node.args and path.name != "i18n.py"):
                    first = node.args[0]  # a name (child_error_text's template) was marked where it was written
                    if not isinstance(first, ast.Name) and not (isinstance(first, ast.Constant) and first.value in extracted):
                        missed.append(f"{path.name}:{node.lineno}")
        assert missed == [], f"{domain}: messages the catalog lacks at {missed}"


def test_the_placeholder_check_finds_a_mismatch():
    assert catalogs.placeholders("{name} has shape {got}") == {"name", "got"}
    assert catalogs.placeholders("{{literal}} and {x:.2f}") == {"x"}


def _sign_slip(z):
    import numpy as np
    return 1 / (1 + np.exp(z))


def test_a_wrong_answer_checked_in_korean_names_the_mistake_in_korean():
    english = autograder.check("logistic_regression.sigmoid", _sign_slip)
    korean = autograder.check("logistic_regression.sigmoid", _sign_slip, lang="ko")
    assert english.score == korean.score < 1
    text = str(korean)
    assert HANGUL.search(text) and "exp(-z)" in text  # the hint, in Korean, still names the code
    for message in (c.message for c in korean.checks if c.message):  # a note may quote NumPy's English warning
        assert english_prose(message) == [], message
    with speaking("ko"):
        hint = str(next(m.hint for m in autograder.exercise.REGISTRY["logistic_regression.sigmoid"].mistakes
                        if m.fn is not None))
    assert hint in " ".join(text.split()) or " ".join(hint.split()) in " ".join(text.split())


def test_the_environment_variable_overrides_the_edition():
    code = ("import numpy as np, autograder\n"
            "print(autograder.check('logistic_regression.sigmoid', lambda z: 1 / (1 + np.exp(z)), lang='ko'))")
    english = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                             env={"DLNP_LANG": "en", "PATH": "/usr/bin:/bin"})
    assert english.returncode == 0, english.stderr
    assert not HANGUL.search(english.stdout) and "minus sign" in english.stdout


def test_a_korean_question_answered_wrong_says_why_in_korean():
    report = autograder.check("logistic_regression.q_overshoot", "a", lang="ko")
    assert not report.passed and HANGUL.search(str(report)) and english_prose(report.messages[0]) == []


def test_dlnp_check_reads_a_korean_notebook_in_korean():
    name = assignment("01_logistic_regression", "ko")
    result = subprocess.run([sys.executable, "-m", "autograder.cli", "check", str(ROOT / "course" / name / f"{name}.ipynb")],
                            capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 1, result.stdout + result.stderr
    assert HANGUL.search(result.stdout) and "Traceback" not in result.stdout + result.stderr
    total = sum(autograder.points(e) for e in autograder.exercises() if e.startswith("logistic_regression."))
    assert f"0 / {total:g}" in result.stdout


STEM = assignment("01_logistic_regression", "ko")


@pytest.fixture(scope="module")
def korean_course(tmp_path_factory):
    """The Korean lesson 01 through nbgrader from the course root: generate, autograde, feedback, export."""
    course, release, master = class_with(tmp_path_factory.mktemp("korean"), STEM, ["correct"])
    course.submit("slip", STEM, solved(release, master, {"sigmoid": answer_cell(_sign_slip, "sigmoid")}))
    course.nbgrader("autograde", STEM)
    course.nbgrader("generate_feedback", STEM)
    course.nbgrader("export")
    return course


def test_the_korean_release_is_graded_like_the_english_one(korean_course):
    total = sum(autograder.points(e) for e in autograder.exercises() if e.startswith("logistic_regression."))
    with korean_course.gradebook() as gb:
        assert gb.find_grade("sigmoid-test", STEM, STEM, "slip").score == 0
        correct = gb.find_submission_notebook(STEM, STEM, "correct")
        assert correct.score == pytest.approx(total) and not correct.flagged
        assert gb.find_submission_notebook(STEM, STEM, "slip").score == pytest.approx(total - 1)


def test_the_korean_feedback_speaks_korean(korean_course):
    page = (korean_course.root / "feedback" / "slip" / STEM / f"{STEM}.html").read_text(encoding="utf-8")
    report = re.search(r'<div class="dlnp-report".*?</div></div>', page, re.S)
    assert report and HANGUL.search(report.group(0)) and "exp(-z)" in report.group(0)
    assert 'grade("logistic_regression.' not in page  # hidden tests stay hidden
    assert (korean_course.root / "grades.csv").read_text().count(STEM) == 2


def test_dlnp_progress_and_list_speak_korean(tmp_path):
    import shutil

    for edition in ("en", "ko"):
        name = assignment("02_shallow_network", edition)
        shutil.copytree(ROOT / "course" / name, tmp_path / name)
    env = {"DLNP_LANG": "ko", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "autograder.cli", "progress", str(tmp_path)], capture_output=True,
                            text=True, timeout=600, cwd=ROOT, env=env)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == 2, result.stdout + result.stderr  # the Korean lesson, the total
    assert lines[0].startswith("02_shallow_network_ko") and HANGUL.search(lines[0]) and HANGUL.search(lines[1])
    listed = subprocess.run([sys.executable, "-m", "autograder.cli", "list"], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=env)
    assert "logistic_regression.sigmoid  (1점)" in listed.stdout


# words the glossary rules out (course/GLOSSARY.md, its collisions section), each with the term the course uses
RULED_OUT = {"레이어": "층", "데이터셋": "데이터 세트", "플래토": "평탄한 구간", "정체 구간": "평탄한 구간",
             "그래디언트": "기울기", "에폭": "에포크", "더 탐구할 거리": "더 살펴볼 거리"}


@pytest.mark.parametrize("stem", lessons())
def test_the_korean_lessons_use_the_glossarys_terms(stem):
    cells = jupytext.read(ROOT / LESSONS / f"{stem}.py", fmt="py:percent").cells
    korean = "\n".join(c.source for c in cells if c.metadata.get("lang") == "ko")
    glossary = (ROOT / "course" / "GLOSSARY.md").read_text(encoding="utf-8")
    for word, term in RULED_OUT.items():
        assert word not in korean, f"{stem}: {word!r} where the glossary says {term!r}"
        assert term in glossary or term == "더 살펴볼 거리"
    assert not re.search(r"(?<!하이퍼)파라미터", korean), f"{stem}: 파라미터 where the glossary says 매개변수"

"""Grade a whole notebook from its code, in the sandboxed process: the one path behind every score.

``nbgrader autograde`` (through ``nbgrader_plugin.GradeOutOfProcess``) and ``dlnp check`` both call
``grade_notebook``: the notebook's answer cells, the lesson's given helpers, and the imports, functions and
classes of its other cells run in a ``runner.SandboxRunner``; each exercise whose test cell the notebook holds
is graded on every case, hidden ones included. The notebook itself is not executed, so its slow experiments
cost nothing, and nothing it does in a kernel can change a score.
"""
import ast
import re
from dataclasses import dataclass, field

from .child import imports_the_course
from .exercise import REGISTRY
from .i18n import _, speaking
from .question import Question
from .runner import SandboxRunner

# the line of a test cell that names the exercise and the function: test(...), grade(...) or check(...)
_TEST_LINE = re.compile(r'^\s*(?:test|grade|check)\(\s*"([a-z_]+\.[A-Za-z_0-9]+)"', re.M)


@dataclass
class Result:
    """One exercise of a graded notebook: the points it earned of its points, and the report's text."""

    exercise: str
    earned: float
    points: float
    text: str
    grade_id: str | None = None
    html: str = ""  # the report as JupyterLab and nbgrader's feedback page show it

    @property
    def passed(self):
        return self.earned == self.points


@dataclass
class Graded:
    """A graded notebook: a Result per exercise, in notebook order, and what went wrong running its code.

    ``problem`` says why no function could be graded at all (the notebook's code did not finish loading, or
    the grading process could not start), or is None.
    """

    results: list
    errors: list = field(default_factory=list)
    problem: str | None = None
    written: list = field(default_factory=list)  # [(grade_id, points)] of the answers graded by hand
    lang: str = "en"  # the language of the reports: the notebook's edition


def nbgrader_metadata(cell):
    """A cell's nbgrader metadata, or {} when it has none or a submission made it something other than a dict."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def tests_in(nb):
    """[(grade_id, exercise id)] for each test cell of a known exercise, in notebook order.

    The test cells are nbgrader's grade cells when the notebook has any (a cell a student added cannot
    stand in for one), else every code cell naming an exercise. The function graded is always the one the
    contract names, as in the test cell that nbgrader restores.
    """
    return [(nbgrader_metadata(cell).get("grade_id"), exercise_id) for i, cell, exercise_id in _test_cells(nb)]


def _test_cells(nb):
    """[(position in nb.cells, cell, exercise id)] of the test cells, as ``tests_in`` reads them."""
    code = [(i, c) for i, c in enumerate(nb.cells) if c.get("cell_type") == "code"]
    graded = [(i, c) for i, c in code if nbgrader_metadata(c).get("grade")] or code
    return [(i, cell, exercise_id) for i, cell in graded
            for exercise_id in dict.fromkeys(_TEST_LINE.findall(cell.source)) if exercise_id in REGISTRY]


_DEFINITIONS = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def code_to_grade(nb):
    """The sources the grading process runs, in notebook order.

    Answer cells and the lesson's given helpers run whole. Of every other cell, only what the answers may
    need: imports, functions and classes, and the assignments of names the answers use (a constant in a cell
    of the student's own, say), or of a question's answer written outside its cell, when the value is a
    constant or a NumPy expression: the lesson's experiments, which train and plot, are never re-run. An
    exercise's function or a question's answer bound again in such a cell after its test cell (an experiment's
    "what if") is left out: the grade is of what the test cell saw.
    """
    position = {id(c): i for i, c in enumerate(nb.cells)}
    tested, answers = {}, set()  # exercise name -> the position of its first test cell; the questions' names
    for i, cell, exercise_id in _test_cells(nb):
        tested.setdefault(REGISTRY[exercise_id].function_name, i)
        if isinstance(REGISTRY[exercise_id], Question):
            answers.add(REGISTRY[exercise_id].function_name)
    cells = [c for c in nb.cells if c.get("cell_type") == "code" and not nbgrader_metadata(c).get("grade")]
    whole = [nbgrader_metadata(c).get("solution") or str(nbgrader_metadata(c).get("grade_id", "")).startswith("given-")
             for c in cells]
    trees = [_parse(c.source) for c in cells]
    used = set().union(answers, *(_globals(t) for t, w in zip(trees, whole) if w))
    modules = {a.asname or a.name.split(".")[0] for t in trees for node in t.body
               if isinstance(node, (ast.Import, ast.ImportFrom)) and not imports_the_course(node) for a in node.names}
    kept = [[] for _ in cells]
    pending = [(i, node) for i, (t, w) in enumerate(zip(trees, whole)) if not w for node in t.body
               if not any(position[id(cells[i])] > tested.get(name, len(nb.cells)) for name in _binds(node))]
    for i, node in pending:
        if isinstance(node, _DEFINITIONS):
            kept[i].append(node)
    grown = True
    while grown:  # an assignment kept may use names that other assignments give
        grown = False
        for i, node in pending:
            if node not in kept[i] and _assigns(node) & used and _cheap(node.value, modules):
                kept[i].append(node)
                used |= _globals(node.value)
                grown = True
    sources = []
    for cell, w, nodes in zip(cells, whole, kept):
        if w:
            sources.append(cell.source)
        else:
            nodes.sort(key=lambda n: (n.lineno, n.col_offset))
            sources.append("\n".join(ast.get_source_segment(cell.source, n, padded=True) or "" for n in nodes))
    return [s for s in sources if s.strip()]


def _parse(source):
    try:
        return ast.parse(source)
    except SyntaxError:  # magics, or a student's syntax error: the grading process reports the latter
        return ast.Module([], [])


def _globals(tree):
    """The global names code reads (its parameters and local variables are not), from its compiled form."""
    def names(code):
        return set(code.co_names).union(*(names(c) for c in code.co_consts if hasattr(c, "co_names")))
    try:
        return names(compile(tree if isinstance(tree, ast.Module) else ast.Expression(tree), "<cell>",
                             "exec" if isinstance(tree, ast.Module) else "eval"))
    except (SyntaxError, ValueError, TypeError):
        return set()





def _binds(node):
    """The names a top-level statement defines or assigns."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    return _assigns(node)


def _assigns(node):
    """The plain names an assignment statement binds (empty for anything else)."""
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    else:
        return set()
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


def _cheap(value, modules):
    """A constant, or arithmetic on names and constants with calls only into imported modules (np.array(...))."""
    for node in ast.walk(value):
        if isinstance(node, ast.Call):
            root = node.func
            while isinstance(root, ast.Attribute):
                root = root.value
            if not (isinstance(node.func, ast.Attribute) and isinstance(root, ast.Name) and root.id in modules):
                return False
        elif isinstance(node, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Await)):
            return False
    return True


def grade_notebook(nb, settings=None):
    """Grade every exercise whose test cell ``nb`` holds, from its code, hidden cases included.

    Arguments:
    nb -- an nbformat notebook (a student's copy or a master)
    settings -- runner.Settings (limits, sandbox mode)

    Returns:
    graded -- Graded: the results in notebook order, and the errors the notebook's code raised
    """
    results, reports, lang = [], {}, edition(nb)
    with speaking(lang), SandboxRunner(code_to_grade(nb), settings) as runner:
        for grade_id, exercise_id in tests_in(nb):
            exercise = REGISTRY[exercise_id]
            if exercise_id not in reports:
                reports[exercise_id] = exercise.grade(runner, hidden=True)
            report = reports[exercise_id]
            results.append(Result(exercise_id, exercise.earned(report), exercise.points, str(report), grade_id,
                                  report._repr_html_()))
        errors = [runner.start_problem] if runner.start_problem else list(runner.cell_errors)
    return Graded(results, errors, runner.start_problem, written_answers(nb), lang)


def edition(nb):
    """The language of a notebook's edition: "ko" for the Korean lessons (set by the build), else "en"."""
    meta = nb.get("metadata", {}).get("dlnp", {})
    return meta.get("edition", "en") if isinstance(meta, dict) else "en"


def written_answers(nb):
    """[(grade_id, points)] of the notebook's answers graded by hand (nbgrader's manually graded cells)."""
    return [(meta.get("grade_id"), meta.get("points", 0)) for meta in map(nbgrader_metadata, nb.cells)
            if meta.get("grade") and meta.get("solution")]


def format_table(path, graded):
    """The score table printed by ``dlnp check``, in the notebook's language."""
    with speaking(graded.lang):
        results, errors = graded.results, graded.errors
        exercise, points, total_word = _("exercise"), _("points"), _("total")
        width = max([len(r.exercise) for r in results] + [len(exercise), len(total_word)])
        lines = [f"{path}", f"  {_pad(exercise, width)}  {points}", f"  {'-' * width}  ------"]
        for r in results:
            lines.append(f"  {r.exercise:<{width}}  {r.earned:g} / {r.points:g}  {'✔' if r.passed else '✘'}")
        total, possible = sum(r.earned for r in results), sum(r.points for r in results)
        lines.append(f"  {_pad(total_word, width)}  {total:g} / {possible:g}")
        if graded.written:
            answers = ", ".join(f"{grade_id} ({_points(points)})" for grade_id, points in graded.written)
            lines.append("  " + _("and written answers your instructor grades: {answers}").format(answers=answers))
        failing = [r for r in results if not r.passed]
        if failing:
            lines.append("")
            lines += [r.text for r in failing]
        if errors:
            lines.append("")
            lines.append(_("Your notebook's code raised errors while it was loaded for grading:"))
            lines += [f"  {e}" for e in errors]
        return "\n".join(lines)


def _pad(text, width):
    """``text`` padded to ``width`` columns of a terminal, where a Korean character takes two."""
    import unicodedata

    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - columns)


def _points(points):
    try:
        number = float(points)
    except (TypeError, ValueError):
        return _("points unknown")
    return (_("{count} point") if number == 1 else _("{count} points")).format(count=f"{number:g}")


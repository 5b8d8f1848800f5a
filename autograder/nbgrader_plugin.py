"""nbgrader preprocessors that grade from the submission's code in a separate process.

nbgrader runs test cells in the student's own kernel, where one line such as
``np.allclose = lambda *a, **k: True`` or ``def grade(*a): return 3.0`` can fake a pass. With these
preprocessors (configured in the repository's ``nbgrader_config.py``), ``nbgrader autograde``:

0. ``RepairCells`` (first while sanitising): every cell's nbgrader metadata is the gradebook's, unknown or
   malformed metadata is removed and deleted answer cells are restored, so no submission can crash nbgrader;
1. ``GradeOutOfProcess`` (before execution): grades every exercise from the submission's code in a sandboxed
   process (``notebook.grade_notebook``), where no student code shares the grader's process; a notebook whose
   code cannot be loaded is flagged with the reason;
2. ``ExecuteAndFlag`` (nbgrader's ``Execute``): runs the notebook for the feedback, in a sandboxed kernel,
   within what is left of the submission's budget; a dead kernel, a cell that never finishes or a spent
   budget no longer loses the submission: it is flagged in the gradebook, noted at the top of the notebook,
   and logged as an error;
3. ``RecordGrades`` (after execution): writes each test cell's output, the report and the points as a
   plain float, which nbgrader's ``SaveAutoGrades`` then records.
"""
import html
import os
import shutil
import tempfile
import time

import nbformat
from jupyter_client import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Float, Integer, Unicode

from . import sandbox as os_sandbox
from .i18n import L, _, speaking
from .notebook import edition, grade_notebook, nbgrader_metadata
from .runner import Settings

OUT_OF_PROCESS = "AUTOGRADER_OUT_OF_PROCESS"
LARGE_FILE = 64 * 1024 * 1024  # bytes of a file in the submission's folder beyond which the kernel does not get it


class RepairCells(NbGraderPreprocessor):
    """Before nbgrader reads any cell's nbgrader metadata: make it the gradebook's, so none can crash nbgrader
    or change a grade. It runs first among the sanitising preprocessors (nbgrader's own ``DeduplicateIds``
    already fails on metadata that is not a dict).

    - the nbgrader metadata of a cell whose grade_id is one of the notebook's cells in the gradebook is
      rebuilt from the gradebook: grade, solution, locked, task, points, schema_version, cell_type and
      checksum are the instructor's, whatever the submission says (a test cell with ``grade: false``, an
      answer cell marked as a grade cell, ``schema_version: 99``, ``points: 1000``, a forged checksum or an
      extra key change nothing);
    - nbgrader metadata that is not a dict, has no grade_id (a student can strip it), or has a grade_id the
      gradebook does not know is removed, so the cell is an ordinary one;
    - a grade_id on several cells stays on the last of them only, as with ``DeduplicateIds`` (which then
      finds nothing to do; it would leave ``{}`` behind, on which ``add_missing_cells`` crashes);
    - an answer cell the student deleted comes back as the original stub, where it was, so its
      deleted test cell has a place to be restored after (nbgrader looks up the answer cell by id).
    """

    def preprocess(self, nb, resources):
        info = resources.get("nbgrader", {})
        known = _gradebook_cells(info) if {"db_url", "notebook", "assignment"} <= set(info) else None
        seen = set()
        for cell in reversed(nb.cells):
            if "nbgrader" not in cell.metadata:
                continue
            meta = cell.metadata["nbgrader"]
            grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
            if (not isinstance(grade_id, str) or not grade_id or grade_id in seen
                    or (known is not None and grade_id not in known)):
                if isinstance(grade_id, str) and grade_id in seen:
                    self.log.warning("Cell with id '%s' exists multiple times: only the last one is kept", grade_id)
                elif meta:
                    self.log.warning("Removed nbgrader metadata the gradebook does not know: %.200r", meta)
                del cell.metadata["nbgrader"]
                continue
            seen.add(grade_id)
            if known is not None:
                truth = known[grade_id].metadata
                if {k: v for k, v in meta.items() if k != "checksum"} != {k: v for k, v in truth.items()
                                                                         if k != "checksum"}:
                    self.log.warning("nbgrader metadata of cell %s restored from the gradebook (was %.200r)",
                                     grade_id, meta)
                cell.metadata["nbgrader"] = nbformat.from_dict(dict(truth))
        if known is not None:
            _restore_answer_cells(nb, known)
        return nb, resources


class _SourceCell:
    """What the gradebook says about one cell of the notebook: its metadata, source and type."""

    def __init__(self, name, metadata, source, cell_type):
        self.name, self.metadata, self.source, self.cell_type = name, metadata, source, cell_type


def _gradebook_cells(info):
    """The notebook's cells in the gradebook, in the notebook's order: grade_id -> _SourceCell."""
    from nbgrader.api import Gradebook

    with Gradebook(info["db_url"]) as gb:
        source = gb.find_notebook(info["notebook"], info["assignment"])
        grades = {c.name: float(c.max_score) for c in source.grade_cells}
        tasks = {c.name: float(c.max_score) for c in source.task_cells}
        solutions = {c.name for c in source.solution_cells}
        cells = {}
        for c in source.source_cells:
            metadata = {"schema_version": 3, "grade": c.name in grades, "grade_id": c.name,
                        "locked": bool(c.locked), "solution": c.name in solutions, "cell_type": c.cell_type}
            if c.name in tasks:
                metadata["task"] = True
            if c.name in grades or c.name in tasks:
                metadata["points"] = grades.get(c.name, tasks.get(c.name))
            if isinstance(c.checksum, str) and len(c.checksum) == 32:
                metadata["checksum"] = c.checksum
            cells[c.name] = _SourceCell(c.name, metadata, c.source or "", c.cell_type)
    return cells


def _restore_answer_cells(nb, known):
    """Put back, where they were, the answer cells the submission lacks (their metadata is the gradebook's)."""
    order = list(known.values())

    def positions():
        return {nbgrader_metadata(c).get("grade_id"): i for i, c in enumerate(nb.cells) if nbgrader_metadata(c).get("grade_id")}

    present = positions()
    for position, cell in enumerate(order):
        if cell.metadata["solution"] and cell.name not in present:
            previous = [present[c.name] for c in order[:position] if c.name in present]
            index = max(previous) + 1 if previous else 0
            new = nbformat.v4.new_markdown_cell if cell.cell_type == "markdown" else nbformat.v4.new_code_cell
            nb.cells.insert(index, new(cell.source, metadata={"nbgrader": dict(cell.metadata)}))
            present = positions()


class GradeOutOfProcess(NbGraderPreprocessor):
    """Grade every exercise of the notebook from its code, in a sandboxed process (notebook.grade_notebook)."""

    sandbox = Unicode("auto", help="The operating-system sandbox around student code: 'auto' (bubblewrap where it"
                      " works, else a loud warning), 'bubblewrap' (required: grading fails without it) or"
                      " 'none'.").tag(config=True)
    memory_mb = Integer(Settings.memory_mb, help="Address space (MiB) of the process running student code.").tag(
        config=True)
    grace = Float(Settings.grace, help="Seconds beyond an exercise's own time limit before a call is ended.").tag(
        config=True)
    startup = Float(Settings.startup, help="Seconds for the grading process to start and run the notebook's code"
                    " (its answer cells, helpers and definitions).").tag(config=True)
    processes = Integer(Settings.processes, help="Processes and threads the grading process may have (enforced"
                        " by the kernel for users other than root).").tag(config=True)
    budget = Float(600.0, help="Seconds one submission may take, grading and the feedback run together; past it"
                   " the feedback run is stopped and the submission flagged.").tag(config=True)

    def preprocess(self, nb, resources):
        if self.sandbox not in os_sandbox.MODES:
            raise ValueError(f"GradeOutOfProcess.sandbox is one of {', '.join(os_sandbox.MODES)}, not {self.sandbox!r}")
        resources["autograder_deadline"] = time.monotonic() + self.budget
        resources["autograder_budget"] = self.budget
        settings = Settings(memory_mb=self.memory_mb, grace=self.grace, startup=self.startup,
                            processes=self.processes, sandbox=self.sandbox)
        graded = grade_notebook(nb, settings)
        resources["autograder_results"] = {r.grade_id: r for r in graded.results if r.grade_id}
        if graded.problem:
            flag_for_review(nb, resources, self.log, L("no function could be graded: {problem}", problem=graded.problem))
        return nb, resources


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel for nbgrader's feedback run, started inside the OS sandbox (sandbox.kernel_words).

    Its channels are Unix sockets in a folder of its own (``transport = "ipc"``), so it needs no network; it
    works in a scratch copy of the notebook's folder. Without a sandbox it is an ordinary kernel.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.mode = _sandbox_mode(self.config)
        self._scratch = tempfile.TemporaryDirectory(prefix="dlnp-kernel-")
        if os_sandbox.status(self.mode)[0]:
            self.transport = "ipc"
            self.connection_file = os.path.join(self._scratch.name, "kernel.json")
            self.ip = os.path.join(self._scratch.name, "ipc")

    def format_kernel_cmd(self, extra_arguments=None):
        command = super().format_kernel_cmd(extra_arguments)
        if self.transport != "ipc":
            return command
        workdir = os.path.realpath(self._launch_args.get("cwd") or os.getcwd())
        work = os.path.join(self._scratch.name, "work")
        shutil.copytree(workdir, work, dirs_exist_ok=True, ignore=_large_files)
        return [*os_sandbox.kernel_words(self.mode, self._scratch.name, work, workdir), *command]


class ExecuteAndFlag(Execute):
    """nbgrader's Execute, except that a run that fails is flagged instead of losing the submission.

    The kernel runs in the OS sandbox (SandboxedKernelManager) in the mode GradeOutOfProcess is given, and it
    alone is told that grades come from GradeOutOfProcess, so its own ``test()``/``grade()`` lines stay quiet
    (other kernels of the same Jupyter server are not touched).
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", SandboxedKernelManager)  # nbgrader's own default is plain
        super().__init__(*args, **kwargs)

    async def async_start_new_kernel(self, **kwargs):
        kwargs["env"] = {**os.environ, **kwargs.get("env", {}), OUT_OF_PROCESS: "1"}
        return await super().async_start_new_kernel(**kwargs)

    start_new_kernel = run_sync(async_start_new_kernel)  # the synchronous name, which nbconvert calls

    def preprocess(self, nb, resources, *args, **kwargs):
        deadline = resources.get("autograder_deadline")
        if deadline is not None:  # each cell may take at most what is left of the submission's budget
            self.timeout_func = lambda cell: max(1.0, min(self.timeout or float("inf"), deadline - time.monotonic()))
        try:
            return super().preprocess(nb, resources, *args, **kwargs)
        except Exception as exc:  # a dead kernel, a cell that never finished: grades come from step 1
            reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
            if deadline is not None and time.monotonic() >= deadline - 1.0:
                budget = format(resources["autograder_budget"], "g")
                reason = L("the submission took longer than its budget of {budget} s", budget=budget)
            flag_for_review(nb, resources, self.log, L("the notebook did not run to the end ({reason})", reason=reason))
            return nb, resources


class RecordGrades(NbGraderPreprocessor):
    """Make each test cell's output the out-of-process report and points, for SaveAutoGrades to record."""

    def preprocess(self, nb, resources):
        results = resources.get("autograder_results", {})
        for cell in nb.cells:
            grade_id = nbgrader_metadata(cell).get("grade_id")
            if nbgrader_metadata(cell).get("grade") and grade_id in results:
                result = results[grade_id]
                cell.outputs = [  # the report as the test cell shows it in JupyterLab, then the points nbgrader reads
                    nbformat.v4.new_output("display_data", data={"text/plain": result.text, "text/html": result.html}),
                    nbformat.v4.new_output("execute_result", data={"text/plain": repr(result.earned)},
                                           execution_count=cell.get("execution_count")),
                ]
        return nb, resources


def _large_files(folder, names):
    """Files too large to copy for a notebook's run (a submission's folder is the student's to fill)."""
    return [n for n in names if os.path.isfile(os.path.join(folder, n))
            and os.path.getsize(os.path.join(folder, n)) > LARGE_FILE]


def _sandbox_mode(config):
    """The sandbox mode configured for GradeOutOfProcess, which the feedback kernel follows too."""
    return config.get("GradeOutOfProcess", {}).get("sandbox", GradeOutOfProcess.sandbox.default_value)


def flag_for_review(nb, resources, log, reason):
    """Flag the submission in the gradebook, say why at the top of its notebook, and log it as an error.

    Its grades still come from GradeOutOfProcess; the flag tells the instructor to look (formgrader shows it).
    ``reason`` may be a lazy text (i18n.L): the log says it in English, the note in the notebook's language.
    """
    with speaking("en"):
        said = str(reason)
    log.error("%s; the grades come from the out-of-process grader and the submission is flagged for review.",
              said[:1].upper() + said[1:])
    with speaking(edition(nb)):
        note = _("**⚠ Flagged for review during grading:** {reason}. The scores below come from grading each exercise"
                 " from your code on its own; outputs of the notebook after a failure are missing.").format(
            reason=html.escape(str(reason)))  # the reason may quote the student's exception: no markup
    nb.cells.insert(0, nbformat.v4.new_markdown_cell(note))
    from nbgrader.api import Gradebook

    info = resources.get("nbgrader", {})
    try:
        with Gradebook(info["db_url"]) as gb:
            submission = gb.find_submission_notebook(info["notebook"], info["assignment"], info["student"])
            submission.flagged = True
            gb.db.commit()
    except Exception:  # flagging is a courtesy; the log line and the note in the notebook remain
        pass

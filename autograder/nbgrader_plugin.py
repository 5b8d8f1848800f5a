"""nbgrader preprocessors that grade from the submission's code in a separate process.

nbgrader runs test cells in the student's own kernel, where one line such as
``np.allclose = lambda *a, **k: True`` or ``def grade(*a): return 3.0`` can fake a pass. With these
preprocessors (configured in the repository's ``nbgrader_config.py``), ``nbgrader autograde``:

0. ``RepairCells`` (while sanitising): duplicated, stripped or deleted cells cannot crash nbgrader;
1. ``GradeOutOfProcess`` (before execution): runs the submission's answer cells, helpers and imports in
   a child process (``sandbox.py``) and grades every exercise from here, where student code never runs;
2. ``ExecuteAndFlag`` (nbgrader's ``Execute``): runs the notebook as usual for the feedback, but a dead
   kernel or a cell that never finishes no longer loses the submission: it is flagged in the
   gradebook, noted at the top of the notebook, and logged as an error;
3. ``RecordGrades`` (after execution): writes each test cell's output, the report and the points as a
   plain float, which nbgrader's ``SaveAutoGrades`` then records.
"""
import os
import shutil
import tempfile

import nbformat
from jupyter_client import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Float, Integer, Unicode

from . import sandbox as os_sandbox
from .notebook import grade_notebook
from .runner import Settings

OUT_OF_PROCESS = "AUTOGRADER_OUT_OF_PROCESS"
LARGE_FILE = 64 * 1024 * 1024  # bytes of a file in the submission's folder beyond which the kernel does not get it


def _nbgrader(cell):
    meta = cell.metadata.get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


class RepairCells(NbGraderPreprocessor):
    """Before nbgrader restores cells: leave nothing that makes its ``add_missing_cells`` crash.

    - nbgrader metadata without a grade_id (``DeduplicateIds`` leaves ``{}`` on a duplicated cell, and
      a student can strip it) is removed, so the cell is an ordinary one;
    - an answer cell the student deleted comes back as the original stub, where it was, so its
      deleted test cell has a place to be restored after (nbgrader looks up the answer cell by id).
    """

    def preprocess(self, nb, resources):
        for cell in nb.cells:
            if "nbgrader" in cell.metadata and not cell.metadata["nbgrader"].get("grade_id"):
                del cell.metadata["nbgrader"]
        info = resources.get("nbgrader", {})
        if {"db_url", "notebook", "assignment"} <= set(info):
            self._restore_answer_cells(nb, info)
        return nb, resources

    @staticmethod
    def _restore_answer_cells(nb, info):
        from nbgrader.api import Gradebook

        with Gradebook(info["db_url"]) as gb:
            source = gb.find_notebook(info["notebook"], info["assignment"])
            answers = {c.name for c in source.solution_cells}
            order = [c for c in source.source_cells]
        present = {_nbgrader(c).get("grade_id"): i for i, c in enumerate(nb.cells) if _nbgrader(c).get("grade_id")}
        for position, cell in enumerate(order):
            if cell.name in answers and cell.name not in present:
                previous = [present[c.name] for c in order[:position] if c.name in present]
                index = max(previous) + 1 if previous else 0
                nb.cells.insert(index, nbformat.v4.new_code_cell(cell.source, metadata={"nbgrader": {
                    "grade": False, "grade_id": cell.name, "locked": False, "schema_version": 3,
                    "solution": True}}))
                present = {_nbgrader(c).get("grade_id"): i for i, c in enumerate(nb.cells)
                           if _nbgrader(c).get("grade_id")}


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

    def preprocess(self, nb, resources):
        if self.sandbox not in os_sandbox.MODES:
            raise ValueError(f"GradeOutOfProcess.sandbox is one of {', '.join(os_sandbox.MODES)}, not {self.sandbox!r}")
        settings = Settings(memory_mb=self.memory_mb, grace=self.grace, startup=self.startup,
                            processes=self.processes, sandbox=self.sandbox)
        graded = grade_notebook(nb, settings)
        resources["autograder_results"] = {r.grade_id: (r.earned, r.text) for r in graded.results if r.grade_id}
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
        self._words = None
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
        try:
            return super().preprocess(nb, resources, *args, **kwargs)
        except Exception as exc:  # a dead kernel, a cell that never finished: grades come from step 1
            reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
            self.log.error("The notebook did not run to the end (%s); its grades come from the out-of-process"
                           " grader and the submission is flagged for review.", reason)
            nb.cells.insert(0, nbformat.v4.new_markdown_cell(
                f"**⚠ This notebook did not run to the end during grading** ({reason}). "
                "The scores below come from running each exercise separately; outputs after the failure are missing."))
            _flag(resources)
            return nb, resources


class RecordGrades(NbGraderPreprocessor):
    """Make each test cell's output the out-of-process report and points, for SaveAutoGrades to record."""

    def preprocess(self, nb, resources):
        results = resources.get("autograder_results", {})
        for cell in nb.cells:
            grade_id = _nbgrader(cell).get("grade_id")
            if _nbgrader(cell).get("grade") and grade_id in results:
                points, text = results[grade_id]
                cell.outputs = [
                    nbformat.v4.new_output("stream", name="stdout", text=text + "\n"),
                    nbformat.v4.new_output("execute_result", data={"text/plain": repr(points)},
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


def _flag(resources):
    from nbgrader.api import Gradebook

    info = resources.get("nbgrader", {})
    try:
        with Gradebook(info["db_url"]) as gb:
            submission = gb.find_submission_notebook(info["notebook"], info["assignment"], info["student"])
            submission.flagged = True
            gb.db.commit()
    except Exception:  # flagging is a courtesy; the log line and the note in the notebook remain
        pass

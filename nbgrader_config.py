"""nbgrader configuration: the course root is this repository.

Masters (with solutions) live in solutions/source/<assignment>/, student releases in course/<assignment>/;
submissions go to submitted/<student>/<assignment>/ as usual. Run every nbgrader command from here, with
the course's environment activated (nbgrader shells out to alembic, and imports the grader below).
"""
import os
import sys

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, ClearHiddenTests, ClearOutput, DeduplicateIds,
                                   GetGrades, IgnorePattern, LimitOutput, OverwriteCells, OverwriteKernelspec,
                                   SaveAutoGrades)

from autograder.nbgrader_plugin import ExecuteAndFlag, GradeOutOfProcess, RecordGrades, RepairCells

c = get_config()  # noqa: F821  (provided by nbgrader when it loads this file)

# nbgrader runs `alembic` from PATH to create or upgrade the gradebook; an nbgrader started by its full path,
# without the environment activated, would not find it, and `generate_assignment --force` would have removed
# the release before failing. The environment's own bin folder, first, makes both work.
os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# One gradebook for graders on several machines (deploy/): any SQLAlchemy URL, e.g. postgresql://user@host/db.
# A database server enforces the gradebook's foreign keys, which need a course id (nbgrader's default, "",
# creates no course row): DLNP_COURSE_ID, or this course's name.
if os.environ.get("DLNP_DB_URL"):
    c.CourseDirectory.db_url = os.environ["DLNP_DB_URL"]
    c.CourseDirectory.course_id = os.environ.get("DLNP_COURSE_ID", "numpy-deep-learning")
c.CourseDirectory.source_directory = os.path.join("solutions", "source")
c.CourseDirectory.release_directory = "course"

# The student stub left in place of each solution.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}

# A test cell the student deleted is put back and graded, rather than silently scoring 0. RepairCells runs
# before nbgrader reads any cell's metadata (DeduplicateIds fails on metadata that is not a dict): it makes
# every cell's nbgrader metadata the gradebook's, removes what the gradebook does not know and duplicates,
# and restores deleted answer cells, so nothing in a submission's metadata can crash nbgrader or change a grade.
c.OverwriteCells.add_missing_cells = True
c.Autograde.sanitize_preprocessors = [
    ClearOutput,
    RepairCells,
    DeduplicateIds,
    OverwriteKernelspec,
    OverwriteCells,
    CheckCellMetadata,
]

# Grades come from the submission's code run in a separate process (autograder/nbgrader_plugin.py), so
# nothing the student's code does inside the notebook's kernel can fake a pass; the notebook still runs
# for the feedback. A cell running past the timeout stops the run (no interrupt that a student's
# `except BaseException` could swallow), and the submission is flagged rather than lost.
c.Autograde.autograde_preprocessors = [
    GradeOutOfProcess,
    ExecuteAndFlag,
    RecordGrades,
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
]
c.Execute.timeout = 60

# The feedback HTML shows the reports, never the hidden part of a test cell: autograde restores the master's test
# cells, hidden `grade(...)` line included, and nbgrader's feedback step does not remove it by itself.
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
c.Execute.interrupt_on_timeout = False

# Student code, in the grading process and in the feedback kernel, runs inside the operating system's sandbox
# (bubblewrap: no network, no view of solutions/, the gradebook or anyone's submissions). "auto" uses it where
# it works and logs loudly where it does not; "bubblewrap" refuses to grade without it; "none" turns it off.
c.GradeOutOfProcess.sandbox = "auto"
# Limits of the grading process (the defaults): address space, seconds beyond an exercise's own time limit,
# seconds to start and run the notebook's code, processes (not enforced for root).
c.GradeOutOfProcess.memory_mb = 4096
c.GradeOutOfProcess.grace = 2.0
c.GradeOutOfProcess.startup = 120.0
c.GradeOutOfProcess.processes = 256

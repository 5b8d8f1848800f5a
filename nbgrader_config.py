"""nbgrader configuration: the course root is this repository.

Masters (with solutions) live in solutions/source/<assignment>/, student releases in course/<assignment>/;
submissions go to submitted/<student>/<assignment>/ as usual. Run every nbgrader command from here.
"""
import os

c = get_config()  # noqa: F821  (provided by nbgrader when it loads this file)

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.source_directory = os.path.join("solutions", "source")
c.CourseDirectory.release_directory = "course"

# The student stub left in place of each solution.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}

# Seconds a single cell may run during autograde; the grader's own per-call limit is far below this.
c.Execute.timeout = 120

# A test cell the student deleted is put back and graded, rather than silently scoring 0.
c.OverwriteCells.add_missing_cells = True

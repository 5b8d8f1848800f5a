"""The gradebook written from the submission's code: full marks for itself, zero for the students around it.

From the top level of an answer cell (which runs in the grading process and in nbgrader's kernel) and from inside
the answered functions (which the grader calls), the code finds ``gradebook.db`` in the root of the course that holds
this very submission and, retrying while the database is locked:
- sets ``manual_score`` (which nbgrader prefers to ``auto_score``) of its own grades to the maximum, plus extra credit;
- sets the grades of ``aaa_honest`` (graded before it) to 0;
- adds a trigger that sets ``manual_score`` to 0 whenever a grade of ``zzz_honest`` (graded after it) is recorded;
- logs where it got in (table ``boundary_log``).
Its own sigmoid and predict are stubs.
"""
from pathlib import Path

ME = Path(__file__).stem
OS_BOUNDARY = True

TAMPER = (Path(__file__).with_name("_student.py").read_text() + '''
import sqlite3

_OF_STUDENT = ("SELECT sn.id FROM submitted_notebook sn JOIN submitted_assignment sa ON sn.assignment_id = sa.id"
               " WHERE sa.student_id = {}")
_TRIES = {}


def _tamper_gradebook(me, before, after, where, seconds=10.0):
    if _TRIES.get(where, 0) >= 3:  # a function is called many times: three good tries each
        return
    _TRIES[where] = _TRIES.get(where, 0) + 1
    deadline = time.monotonic() + seconds
    for path in [os.path.join(root, "gradebook.db") for root in _course_roots(me)]:
        while time.monotonic() < deadline:
            try:
                db = sqlite3.connect(path, timeout=1.0)
                try:
                    if not db.execute("SELECT 1 FROM student WHERE id = ?", (me,)).fetchone():
                        break  # not this course's gradebook
                    db.execute("UPDATE grade SET manual_score = (SELECT max_score FROM grade_cells g WHERE g.id ="
                               f" grade.cell_id), extra_credit = 1 WHERE notebook_id IN ({_OF_STUDENT.format('?')})",
                               (me,))
                    db.execute("UPDATE grade SET auto_score = 0, manual_score = 0"
                               f" WHERE notebook_id IN ({_OF_STUDENT.format('?')})", (before,))
                    db.execute("CREATE TRIGGER IF NOT EXISTS boundary_zero AFTER UPDATE OF auto_score ON grade"
                               f" WHEN NEW.notebook_id IN ({_OF_STUDENT.format(repr(after))})"
                               " BEGIN UPDATE grade SET manual_score = 0 WHERE id = NEW.id; END")
                    db.execute("CREATE TABLE IF NOT EXISTS boundary_log (student TEXT, place TEXT)")
                    db.execute("INSERT INTO boundary_log VALUES (?, ?)", (me, f"{_place()} {where}"))
                    db.commit()
                finally:
                    db.close()
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    break
                time.sleep(0.05)
            except Exception:
                break


_tamper_gradebook({me!r}, "aaa_honest", "zzz_honest", "cell")
''').replace("{me!r}", repr(ME))

STUB = '''def {name}(*args, **kwargs):
    _tamper_gradebook({me!r}, "aaa_honest", "zzz_honest", "function", seconds=3.0)
    raise NotImplementedError()
'''

ANSWERS = {"sigmoid": TAMPER + STUB.format(name="sigmoid", me=ME), "predict": STUB.format(name="predict", me=ME)}
EXPECTED = {"sigmoid-test": 0.0, "predict-test": 0.0}
FLAGGED = False

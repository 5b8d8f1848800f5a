"""The operating-system sandbox around the process that runs a student's code for grading.

With bubblewrap (``bwrap``, packaged by Debian and most Linux distributions), the process gets:
- no network (a network namespace of its own with nothing in it);
- a filesystem holding only the Python environment and the system's libraries, read-only, the grading runtime
  (``child.py`` and ``wire.py``), and an empty scratch ``/tmp``: no course folder, so no ``solutions/``, no
  gradebook, no ``submitted/`` or ``autograded/`` of anyone, no home directory (the answer key is masked even
  when it is installed inside the environment);
- its own process, IPC and UTS namespaces and session: it cannot see or signal the grader, and when the
  grader ends it, everything it started ends too (``--die-with-parent``, and the namespace's end);
- the limits ``child.py`` sets on itself before any student code runs: address space, and processes (a
  limit the Linux kernel does not apply to root: there, where it can, the child gets a control group of its
  own capping its processes, which also lets the grader end every process it started).

Without it (not Linux, bubblewrap missing, or not allowed to make namespaces), grading still works in a
plain child process with the same limits, in its own session and a scratch folder, and ``launch`` logs once,
loudly, which guarantees are then off.
"""
import contextlib
import functools
import glob
import logging
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNTIME = ("child.py", "wire.py")
INSIDE = "/grading"  # where the runtime is mounted in the sandbox
HOME = "/tmp/home"  # an empty home folder in the sandbox's scratch /tmp (the Python environment may lie in /tmp)
MODES = ("auto", "bubblewrap", "none")
log = logging.getLogger("autograder.sandbox")

OFF = ("the OS sandbox is OFF ({why}): student code in the grading process can read and write files with your"
       " rights (the answer key, the gradebook, other students' submissions), use the network, and signal your"
       " processes. Install bubblewrap (apt-get install bubblewrap) or grade in a container; see the README's"
       " threat model")


class Unavailable(Exception):
    """The sandbox was required and cannot be made here."""


class Child:
    """The grading child process: ``stdin`` and ``stdout`` are its pipes; ``end()`` ends it and all it started."""

    def __init__(self, argv, cwd, env, processes):
        self.cgroup = _pids_cgroup(processes)
        if self.cgroup:  # the shell joins the group, then becomes the child: nothing runs outside it
            argv = ["/bin/sh", "-c", 'echo $$ > "$0/cgroup.procs" && exec "$@"', self.cgroup, *argv]
        self.popen = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                      cwd=cwd, env=env, start_new_session=True)
        self.stdin, self.stdout = self.popen.stdin, self.popen.stdout

    def end(self):
        """Kill the child, its session and (where there is one) every process of its control group."""
        for kill in (lambda: os.killpg(self.popen.pid, signal.SIGKILL), self.popen.kill, self._kill_group):
            with contextlib.suppress(OSError):
                kill()
        self.popen.wait()
        for stream in (self.stdin, self.stdout):
            stream.close()
        if self.cgroup:
            for _ in range(50):  # the group is removed once its last process has been reaped
                with contextlib.suppress(OSError):
                    os.rmdir(self.cgroup)
                    break
                self._kill_group()
                time.sleep(0.02)

    def _kill_group(self):
        if self.cgroup:
            with contextlib.suppress(OSError), open(os.path.join(self.cgroup, "cgroup.procs")) as procs:
                for pid in procs.read().split():
                    with contextlib.suppress(OSError):
                        os.kill(int(pid), signal.SIGKILL)


def _pids_cgroup(limit):
    """A new control group capping the number of processes at ``limit``, or None where one cannot be made.

    The Linux kernel does not apply RLIMIT_NPROC to root, so for root this is the process limit; it also lets
    ``end()`` find every process the child started, even one that left its session.
    """
    if not limit:
        return None
    for base in ("/sys/fs/cgroup/pids", "/sys/fs/cgroup"):  # cgroup v1, then v2 with the pids controller on
        if not os.path.isfile(os.path.join(base, "cgroup.procs")) or not _has_pids(base):
            continue
        _sweep(base)
        path = os.path.join(base, f"dlnp-grading-{uuid.uuid4().hex[:12]}")
        try:
            os.mkdir(path)
            with open(os.path.join(path, "pids.max"), "w") as f:
                f.write(str(limit))
            return path
        except OSError:
            with contextlib.suppress(OSError):
                os.rmdir(path)
    return None


def _sweep(base, age=300):
    """Remove the empty groups of graders that were killed before they could (older than ``age`` seconds, so
    that a group another grader has just made and not yet joined stays; a group in use cannot be removed)."""
    for path in glob.glob(os.path.join(base, "dlnp-grading-*")):
        with contextlib.suppress(OSError):
            if time.time() - os.stat(path).st_mtime > age:
                os.rmdir(path)


def _has_pids(base):
    if base.endswith("/pids"):
        return True
    try:
        with open(os.path.join(base, "cgroup.subtree_control")) as f:
            return "pids" in f.read().split()
    except OSError:
        return False


def launch(settings, scratch):
    """Start ``child.py`` in its own session (and process group): a Child.

    Arguments:
    settings -- runner.Settings (``sandbox`` chooses the mode, ``processes`` the process limit)
    scratch -- a folder of the grader's for this child (its home and working folder without the sandbox)
    """
    command = _command(settings.sandbox)
    environment = {
        "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "MPLBACKEND": "Agg",
        # one thread each: a class is graded by one worker per core already
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        **{k: v for k, v in os.environ.items() if k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")},
    }
    if command:
        environment.update(HOME=HOME, MPLCONFIGDIR="/tmp/matplotlib")
        argv = [*command, sys.executable, "-I", f"{INSIDE}/child.py"]
    else:
        environment.update(HOME=scratch, MPLCONFIGDIR=os.path.join(scratch, "matplotlib"))
        runtime = os.path.join(scratch, "grading")  # a copy, so no object there comes from the course's files
        os.makedirs(runtime, exist_ok=True)
        for name in RUNTIME:
            shutil.copy(HERE / name, runtime)
        argv = [sys.executable, "-I", os.path.join(runtime, "child.py")]
    return Child(argv, scratch, environment, settings.processes)


def status(mode="auto"):
    """(True, "") when the sandbox will be used in this mode, else (False, why not)."""
    if mode not in MODES:
        raise ValueError(f"the sandbox mode is one of {', '.join(MODES)}, not {mode!r}")
    if mode == "none":
        return False, "turned off in the configuration"
    why = _why_unavailable()
    if why and mode == "bubblewrap":
        raise Unavailable(f"the OS sandbox is required but {why}: install bubblewrap (apt-get install bubblewrap)"
                          " or set the sandbox to \"auto\"")
    return not why, why


def _command(mode):
    """The bwrap words before the child's command, or None when there is no sandbox (logged once)."""
    used, why = status(mode)
    if not used:
        _warn_once(why)
        return None
    return _bwrap_words()


@functools.lru_cache(maxsize=None)
def _warn_once(why):
    log.warning(OFF.format(why=why))


@functools.lru_cache(maxsize=None)
def _why_unavailable():
    """None when bubblewrap works here (tried once per process), else the reason in a few words."""
    if not sys.platform.startswith("linux"):
        return f"bubblewrap needs Linux, and this is {sys.platform}"
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed"
    try:
        result = subprocess.run([*_bwrap_words(), sys.executable, "-I", "-c", "import numpy"],
                                capture_output=True, timeout=60, cwd="/")
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bubblewrap could not be run ({exc})"
    if result.returncode != 0:
        first = (result.stderr.decode(errors="replace").strip().splitlines() or ["no message"])[-1]
        return f"bubblewrap failed here ({first})"
    return None


@functools.lru_cache(maxsize=None)
def _bwrap_words():
    """The words for the grading child: the base, the installed course packages hidden, the runtime mounted."""
    words = list(_base_words())
    for path in _course_paths_inside(_python_paths()):
        words += ["--tmpfs", path]  # an installed answer key or grader, hidden
    for name in RUNTIME:
        words += ["--ro-bind", str(HERE / name), f"{INSIDE}/{name}"]
    return tuple(words + ["--dir", HOME, "--chdir", "/tmp"])


def kernel_words(mode, connection_dir, work, workdir):
    """The words for a Jupyter kernel that runs a notebook for nbgrader's feedback, or None without a sandbox.

    It sees the base view plus, read-only, the course's packages (its cells import the grader and the data),
    its connection folder (the kernel's channels are Unix sockets there: it has no network), and a scratch
    copy ``work`` of the notebook's folder, mounted where that folder is (``workdir``) and writable.
    """
    if not status(mode)[0]:
        return None
    words = list(_base_words())
    for path in _course_packages():
        words += ["--ro-bind", path, path]
    words += ["--bind", connection_dir, connection_dir, "--bind", work, workdir, "--chdir", workdir,
              "--dir", HOME, "--setenv", "HOME", HOME, "--setenv", "IPYTHONDIR", "/tmp/ipython",
              "--setenv", "MPLCONFIGDIR", "/tmp/matplotlib", "--setenv", "JUPYTER_RUNTIME_DIR", connection_dir,
              # its parent is the namespace's first process, not the grader: --die-with-parent does that watch
              "--unsetenv", "JPY_PARENT_PID"]
    return words


@functools.lru_cache(maxsize=None)
def _base_words():
    """bwrap's words for the view every sandboxed process gets: system libraries and Python, read-only."""
    tmpfs = ["--size", str(256 * 1024 * 1024), "--tmpfs", "/tmp"] if _bwrap_has("--size") else ["--tmpfs", "/tmp"]
    words = [shutil.which("bwrap") or "bwrap", "--unshare-all", "--die-with-parent", "--new-session",
             "--proc", "/proc", "--dev", "/dev", *tmpfs]
    for system in ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin"):
        if os.path.islink(system):  # merged /usr: /lib -> usr/lib
            words += ["--symlink", os.readlink(system), system]
        elif os.path.isdir(system):
            words += ["--ro-bind", system, system]
    # what the dynamic loader, fonts and the C library read from /etc, and nothing else of it
    for name in ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "fonts", "localtime", "nsswitch.conf", "passwd",
                 "group", "alternatives"):
        words += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    words += ["--ro-bind-try", "/sys/devices/system/cpu", "/sys/devices/system/cpu"]  # BLAS reads the core count
    for path in _python_paths():
        words += ["--ro-bind", path, path]
    return tuple(words)


@functools.lru_cache(maxsize=None)
def _bwrap_has(option):
    try:
        return option in subprocess.run(["bwrap", "--help"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False


@functools.lru_cache(maxsize=None)
def _python_paths():
    """The folders the Python environment lives in (prefixes and site-packages), as they are on disk."""
    candidates = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
                  os.path.dirname(os.path.dirname(os.path.realpath(sys.executable)))}
    candidates |= {sysconfig.get_paths()[k] for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    candidates |= {p for p in sys.path if os.path.basename(p) in ("site-packages", "dist-packages")}
    real = {os.path.realpath(p) for p in candidates if p and os.path.isdir(p)} | {p for p in candidates if p and os.path.isdir(p)}
    system = ("/usr", "/lib", "/lib64", "/bin")
    kept = sorted(p for p in real if not any(p == s or p.startswith(s + "/") for s in system))
    # a folder inside another is already there
    return tuple(p for p in kept if not any(p != q and p.startswith(q + "/") for q in kept))


def _course_packages():
    """The folders of the course's packages, the answer key and the grader, as they are on disk.

    Read off the modules this process has loaded (the grader loads every module of both), since a folder that
    merely shares a package's name (a course root's ``solutions/source``) can shadow it for ``find_spec``.
    """
    import autograder  # noqa: F401  (loads the checks, hence the answer key)
    folders = {os.path.dirname(os.path.realpath(module.__file__)) for name, module in list(sys.modules.items())
               if name.split(".")[0] in ("solutions", "autograder") and getattr(module, "__file__", None)}
    return sorted(f for f in folders if not any(f.startswith(g + os.sep) for g in folders))


def _course_paths_inside(roots):
    """Folders of the course's packages that lie inside the mounted environment (a non-editable install)."""
    return [p for p in _course_packages() if any(p == r or p.startswith(r + "/") for r in roots)]

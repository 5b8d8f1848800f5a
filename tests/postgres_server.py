"""A throwaway PostgreSQL server for the tests and benchmarks that grade against a database server.

The server is the distribution's (Debian: ``apt-get install postgresql``, which ``.ci/run`` does; the binaries
are in /usr/lib/postgresql/<version>/bin): a fresh cluster initialised into a temporary folder, listening on
127.0.0.1 only, on a free port, with its Unix socket in that folder too, so nothing of the machine's own
PostgreSQL (if any) is used or touched. Authentication is ``trust`` for the ``postgres`` superuser of the
throwaway cluster: only this machine can reach it, and it lives as long as the test session.

``initdb`` and the server refuse to run as root: under root (CI) they run as the ``postgres`` system user the
Debian package creates (``runuser -u postgres --``, or ``su``), with the folder given to it; as any other user
they run directly.
"""
import glob
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time

INSTALL_HINT = ("install them with `apt-get install postgresql` (.ci/run does that when they are missing) or put "
                "initdb and pg_ctl on PATH")
SUPERUSER = "postgres"


class PostgresUnavailable(RuntimeError):
    """The server binaries, or the system user to run them as, are missing: the message says what to install."""


def server_binaries():
    """The folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/<version>/bin, else PATH's."""
    def version(folder):
        return [int(n) for n in re.findall(r"\d+", folder)]

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if all(os.access(os.path.join(folder, tool), os.X_OK) for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and os.path.dirname(initdb) == os.path.dirname(pg_ctl):
        return os.path.dirname(initdb)
    raise PostgresUnavailable("the PostgreSQL server binaries (initdb, pg_ctl) are not installed: found neither "
                              f"/usr/lib/postgresql/<version>/bin nor initdb and pg_ctl on PATH; {INSTALL_HINT}")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """``start()`` initialises and starts the cluster, ``create_database(name)`` returns a SQLAlchemy URL of a new
    database, ``stop()`` stops the server and removes its folder (also a context manager doing both)."""

    def __init__(self, fsync=False, max_connections=200):
        self.bin = server_binaries()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            try:
                self.owner = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise PostgresUnavailable("running as root, and there is no `postgres` system user to run the server "
                                          f"as (initdb refuses root); the Debian package creates it: {INSTALL_HINT}")
        self.fsync = fsync
        self.max_connections = max_connections
        self.folder = self.data = self.port = None
        self.started = False

    # --- running the server's tools ---

    def _run(self, *args, timeout=120):
        """Run a server tool, as the ``postgres`` user when this process is root."""
        command = [os.path.join(self.bin, args[0]), *args[1:]]
        if self.as_root:
            if shutil.which("runuser"):
                command = ["runuser", "-u", SUPERUSER, "--", *command]
            else:
                command = ["su", SUPERUSER, "-s", "/bin/sh", "-c", shlex.join(command)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.folder,
                                env=dict(os.environ, LC_ALL="C", LANG="C"))
        if result.returncode != 0:
            log = ""
            if self.folder and os.path.exists(self._log):
                with open(self._log, errors="replace") as f:
                    log = f.read()[-4000:]
            raise RuntimeError(f"{shlex.join(command)} failed (exit status {result.returncode}):\n"
                               f"{result.stdout}{result.stderr}{log}")
        return result

    @property
    def _log(self):
        return os.path.join(self.folder, "server.log")

    # --- life cycle ---

    def start(self, attempts=3):
        # directly under the system's temporary folder: pytest's per-user base folder is private (0700), and the
        # postgres user must reach this one; the Unix socket path must stay short (107 bytes)
        self.folder = tempfile.mkdtemp(prefix="dlnp-postgres-")
        self.data = os.path.join(self.folder, "data")
        if self.as_root:
            os.chown(self.folder, self.owner.pw_uid, self.owner.pw_gid)
        self._run("initdb", "-D", self.data, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--no-locale",
                  "--no-sync")
        for attempt in range(attempts):  # the port is free when chosen; another process could take it first
            self.port = free_port()
            options = ["-c", "listen_addresses=127.0.0.1", "-p", str(self.port), "-k", self.folder,
                       "-c", f"max_connections={self.max_connections}", "-c", "fsync=" + ("on" if self.fsync else "off")]
            if not self.fsync:
                options += ["-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
            try:
                self._run("pg_ctl", "-D", self.data, "-l", self._log, "-w", "-t", "60", "-o", shlex.join(options),
                          "start")
                self.started = True
                return self
            except RuntimeError:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.5)

    def stop(self):
        try:
            if self.started:
                try:
                    self._run("pg_ctl", "-D", self.data, "-w", "-t", "60", "-m", "fast", "stop")
                except Exception:
                    self._run("pg_ctl", "-D", self.data, "-w", "-t", "30", "-m", "immediate", "stop")
                self.started = False
        finally:
            if self.folder:
                shutil.rmtree(self.folder, ignore_errors=True)
                self.folder = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # --- databases ---

    def url(self, database, driver="postgresql+psycopg2"):
        return f"{driver}://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name):
        """A new, empty database ``name``; returns its SQLAlchemy URL."""
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres")
        try:
            connection.autocommit = True  # CREATE DATABASE cannot run in a transaction
            with connection.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}"')
        finally:
            connection.close()
        return self.url(name)

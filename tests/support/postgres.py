"""A throwaway PostgreSQL cluster on loopback, from Debian's server binaries.

It lives in a temporary folder for one test session, with durability switched
off (nothing in it has to survive), and hands out a fresh database per test.
PostgreSQL refuses to run as root, so as root it runs as the ``postgres`` user
that Debian's package creates.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg


def server_binaries() -> Path | None:
    """The newest installed PostgreSQL's ``bin`` folder, or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Cluster:
    """One PostgreSQL server; :meth:`new_database` gives each test its own database."""

    def __init__(self, binaries: Path) -> None:
        self._binaries = binaries
        self._root = Path(tempfile.mkdtemp(prefix="streamer-pg-"))
        self._data = self._root / "data"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self._root, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self.port = _free_port()
        self._server: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)

    def start(self, timeout_s: float = 30.0) -> None:
        subprocess.run([*self._as_user, str(self._binaries / "initdb"), "-D", str(self._data),
                        "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True)
        self._server = subprocess.Popen(
            [*self._as_user, str(self._binaries / "postgres"), "-D", str(self._data),
             "-p", str(self.port), "-k", str(self._root), "-c", "listen_addresses=127.0.0.1",
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=300"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with psycopg.connect(self._dsn("postgres"), connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if self._server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("PostgreSQL did not start") from None
                time.sleep(0.05)  # the server is still starting: poll its readiness

    def new_database(self) -> str:
        """A new empty database; its SQLAlchemy URL."""
        name = f"test_{next(self._names)}"
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.terminate()
            self._server.wait(30)
        shutil.rmtree(self._root, ignore_errors=True)

    def _dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

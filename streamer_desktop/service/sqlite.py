"""What the database layer does differently on SQLite: connection settings, and the
write-ahead log copied into the database file on a thread of its own."""

from __future__ import annotations

import logging
import sqlite3
import threading
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)


def configure(engine: Engine) -> None:
    """Set up every connection of ``engine``: WAL, foreign keys, a busy timeout, and
    write transactions that take the write lock up front."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL keeps every commit across a crash of the process;
        # only a power loss can take back the newest commits.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # The log is copied into the database file by a Checkpointer, not by whichever
        # commit happens to cross SQLite's threshold.
        cursor.execute("PRAGMA wal_autocheckpoint=0")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get("streamer_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


BUSY_TIMEOUT_MS = 15_000
"""How long a statement waits for another connection's lock before it fails."""


class Checkpointer:
    """Copies SQLite's write-ahead log into the database file, on a thread of its own.

    Left to SQLite, the commit that fills the log past a threshold does this copy (and
    its fsync) itself, which made commits cost twice as much on average. Here a passive
    checkpoint, which waits for no reader or writer, runs a second after writes, or
    sooner after many. When the last connection closes SQLite copies what is left.
    """

    EVERY_S = 1.0
    SOONER_AFTER = 200
    """Commits after which the log is copied without waiting for the second to pass."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._commits = 0
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def note_commit(self) -> None:
        """Called after each commit, by the committing thread (one at a time)."""
        self._commits += 1
        if self._thread is None:
            with self._lock:
                if self._thread is None and not self._stopping:
                    self._thread = threading.Thread(target=self._run, name="db-checkpoint",
                                                    daemon=True)
                    self._thread.start()
        if self._commits >= self.SOONER_AFTER:
            self._wake.set()

    def stop(self) -> None:
        """Copy what is waiting and end the thread."""
        with self._lock:
            self._stopping = True
            thread, self._thread = self._thread, None
        self._wake.set()
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        connection = sqlite3.connect(self._path, check_same_thread=False)
        try:
            while True:
                self._wake.wait(self.EVERY_S)
                self._wake.clear()
                if self._commits:
                    self._commits = 0
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                if self._stopping:
                    return
        except sqlite3.Error:
            log.exception("Copying the write-ahead log into the database failed; SQLite "
                          "does it when the last connection closes")
        finally:
            connection.close()

"""The database: engine set-up, read and write units of work, and migrations.

SQLite runs in WAL mode. Every write transaction starts with ``BEGIN IMMEDIATE``
so that it takes the write lock up front: a deferred ``BEGIN`` lets two writers
both read and then fail with "database is locked" when they upgrade. Within one
process, writers also queue on a lock, so they wait in turn instead of spinning
in SQLite's busy handler, and the events they append are published in id order.

Routes hand their writes to :meth:`Database.run_write`, which runs them one
after another on a thread of their own. Writes are serialised anyway, and
one thread doing them in turn costs far less CPU than many threads taking
turns at the lock and at Python's interpreter lock.

The busiest write, booking, goes through :meth:`Database.run_write_sql` with
statements written by hand. On SQLite those writes run on the event loop itself
and commit together: the first write of a turn of the loop begins a transaction,
each write runs in a savepoint of it (so one that fails leaves the others), and
the transaction commits once at the end of the turn, before any of them is
answered. SQLite writes the pages a turn's writes share to its log once, and no
write waits for a thread to wake.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from streamer_desktop.service import events as events_module
from streamer_desktop.service import sqlite
from streamer_desktop.service.tx import Tx
from streamer_desktop.service.write_lock import WriteLock

log = logging.getLogger(__name__)

PublishEvents = Callable[[list[events_module.NewEvent]], None]
T = TypeVar("T")

_MIGRATIONS = Path(__file__).with_name("migrations")
_STARTUP_LOCK = 0x5EED_57A7
"""The PostgreSQL advisory lock replicas take in turn to migrate and seed at start."""
_EVENT_ORDER_LOCK = 0x5EED_0E7E
EVENT_CHANNEL = "streamer_events"
"""The PostgreSQL channel notified of each commit that adds events (see listener.py)."""
"""The PostgreSQL advisory lock that puts committing writers' events in id order."""


class Database:
    """Owns the engine; hands out sessions for reading and for writing."""

    def __init__(self, url: str, publish: PublishEvents | None = None) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self._publish = publish
        self._write_lock = WriteLock() if self.is_sqlite else None
        # Writes run side by side on PostgreSQL; their events are inserted, committed
        # and handed to the subscribers one write at a time (see :meth:`write`).
        self._events_lock = threading.Lock()
        kwargs: dict[str, Any] = {}
        path = url.removeprefix("sqlite:///") if self.is_sqlite else ""
        on_disk = bool(path) and path != ":memory:"
        if self.is_sqlite:
            if on_disk:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            # A kept connection for each of the worker threads (up to 40) and the
            # writer: opening and setting up a SQLite connection costs more than most
            # queries, and under load overflow connections were opened and closed
            # again on every call.
            kwargs["pool_size"] = 48
            kwargs["max_overflow"] = 32
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(url, **kwargs)
        self._checkpointer: sqlite.Checkpointer | None = None
        if self.is_sqlite:
            sqlite.configure(self.engine)
            if on_disk:
                self._checkpointer = sqlite.Checkpointer(path)
        self._turn: _Turn | None = None
        self._turn_connection: Any = None
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(streamer_write=True), expire_on_commit=False
        )
        self._write_thread: ThreadPoolExecutor | None = None

    def set_publisher(self, publish: PublishEvents) -> None:
        """Name the callable that receives the events of each committed write."""
        self._publish = publish

    def migrate(self) -> None:
        """Bring the schema up to the newest migration."""
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    @contextmanager
    def starting(self) -> Iterator[None]:
        """Hold while migrating and seeding: replicas started together on one
        PostgreSQL database take turns (SQLite serves one process)."""
        if self.is_sqlite:
            yield
            return
        with self.engine.connect() as connection:
            connection.execute(select(func.pg_advisory_lock(_STARTUP_LOCK)))
            connection.commit()
            try:
                yield
            finally:
                connection.execute(select(func.pg_advisory_unlock(_STARTUP_LOCK)))
                connection.commit()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it changes is kept."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose changes are committed together, or not at all.

        Events added to the session (see :func:`events.append`) are published to
        live subscribers once the commit has succeeded.
        """
        if self._turn is not None and self._turn.thread == threading.get_ident():
            raise RuntimeError("A write on the event loop's thread would wait for the loop "
                               "itself; run it on a worker thread.")
        with self._holding_write_lock(), self._writer() as session:
            session.info[events_module.PENDING] = []
            try:
                yield session
                self._commit(Tx.of(session) if session.info[events_module.PENDING] else None,
                             session.commit)
            except BaseException:
                session.rollback()
                raise

    def _holding_write_lock(self) -> AbstractContextManager[None]:
        """On SQLite, hold the process's write lock (see ``write_lock``): writers wait
        in turn instead of spinning in SQLite's busy handler, and the events they
        append are published in id order."""
        return nullcontext() if self._write_lock is None else self._write_lock.held()

    def _commit(self, tx: Tx | None, commit: Callable[[], None]) -> None:
        """Commit a write. Its events, if ``tx`` holds any, are inserted, committed and
        published in turn with every other writer.

        Event ids come from a sequence when they are inserted, but transactions commit
        in their own order: a reader could see event 12 before 11 exists and never go
        back for it. Here ids are taken only while holding a lock that lasts until the
        commit (a process lock, and on PostgreSQL a transaction advisory lock that
        other replicas wait on too), so events commit in the order of their ids, and
        are handed to this process's subscribers in that order. On PostgreSQL the
        commit also notifies every replica's listener.
        """
        if tx is None or not tx.pending:
            commit()
            self._committed()
            return
        with self._events_lock:
            if not self.is_sqlite:
                tx.run("SELECT pg_advisory_xact_lock(:key)", {"key": _EVENT_ORDER_LOCK})
            tx.store_events()
            if not self.is_sqlite:  # every replica's listener wakes at the commit
                tx.run("SELECT pg_notify(:channel, :payload)",
                       {"channel": EVENT_CHANNEL, "payload": str(tx.pending[-1].id)})
            commit()
            self._committed()
            if self._publish is not None:
                self._publish(tx.pending)

    async def run_write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a write transaction (see :meth:`write`) on the writer thread.

        What ``work`` returns is the answer; what it raises is raised here, and
        nothing it changed is kept.
        """

        def in_transaction() -> T:
            with self.write() as session:
                return work(session)

        return await self._on_writer_thread(in_transaction)

    async def _on_writer_thread(self, call: Callable[[], T]) -> T:
        if self._write_thread is None:
            # PostgreSQL runs writes side by side (rows are locked where it matters).
            self._write_thread = ThreadPoolExecutor(
                max_workers=1 if self.is_sqlite else 4, thread_name_prefix="db-writer"
            )
        return await asyncio.get_running_loop().run_in_executor(self._write_thread, call)

    async def run_write_sql(self, work: Callable[[Tx], T]) -> T:
        """Like :meth:`run_write`, for a write made of statements written by hand
        (see ``tx``): ``work`` gets the transaction's connection, without the ORM.

        On SQLite it runs at once, on the event loop, in this turn's transaction (see
        the module's notes); it falls back to the writer thread while a write holds
        the database there, or another process does.
        """
        lock = self._write_lock
        while lock is not None:
            try:
                turn = self._turn or self._open_turn(lock)
            except _BusyElsewhereError:
                break  # the writer thread waits for that process, as SQLite lets it
            if turn is not None:
                return await self._in_turn(turn, work)
            await lock.released()  # a write on a thread holds it
        return await self._on_writer_thread(lambda: self._write_sql(work))

    def _open_turn(self, lock: WriteLock) -> _Turn | None:
        """Begin this turn's transaction; ``None`` while a thread writes."""
        if not lock.try_acquire():
            return None
        try:
            if self._turn_connection is None:
                # Kept for this, out of the pool: it must never wait for a lock, which
                # would stall the loop.
                self._turn_connection = self.engine.raw_connection()
                self._turn_connection.detach()
                self._turn_connection.cursor().execute("PRAGMA busy_timeout=0")
            cursor = self._turn_connection.cursor()
            cursor.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # another process is writing
            lock.release()
            raise _BusyElsewhereError from exc
        except BaseException:
            lock.release()
            raise
        loop = asyncio.get_running_loop()
        self._turn = turn = _Turn(cursor, loop.create_future())
        loop.call_soon(self._commit_turn)
        return turn

    async def _in_turn(self, turn: _Turn, work: Callable[[Tx], T]) -> T:
        cursor, tx = turn.cursor, turn.tx
        mark = len(tx.pending)
        cursor.execute("SAVEPOINT write")
        try:
            result = work(tx)
        except BaseException:
            cursor.execute("ROLLBACK TO write")
            cursor.execute("RELEASE write")
            del tx.pending[mark:]
            raise
        cursor.execute("RELEASE write")
        turn.waiting += 1
        await asyncio.shield(turn.committed)  # answered once it is kept
        return result

    def _commit_turn(self) -> None:
        turn, self._turn = self._turn, None
        assert turn is not None
        assert self._write_lock is not None
        connection = self._turn_connection
        try:
            self._commit(turn.tx, connection.commit)
        except BaseException as exc:
            connection.rollback()
            if turn.waiting:
                turn.committed.set_exception(exc)
            else:
                log.error("A commit failed", exc_info=exc)
        else:
            turn.committed.set_result(None)
        finally:
            self._write_lock.release()  # writes waiting on the loop try again

    def _write_sql(self, work: Callable[[Tx], T]) -> T:
        with self._holding_write_lock():
            connection = self.engine.raw_connection()
            try:
                cursor = connection.cursor()
                if self.is_sqlite:
                    cursor.execute("BEGIN IMMEDIATE")  # as in write(): the lock up front
                tx = Tx(cursor, is_sqlite=self.is_sqlite)
                try:
                    result = work(tx)
                    self._commit(tx, connection.commit)
                except BaseException:
                    connection.rollback()
                    raise
                return result
            finally:
                connection.close()

    def _committed(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.note_commit()

    def dispose(self, grace_s: float = 5.0) -> None:
        """Finish the writes under way, then close every connection.

        Reads still running on worker threads (a request or a background job that
        was cancelled while its query ran) get ``grace_s`` to hand their connection
        back; one handed back after the pool is gone would never be closed.
        """
        if self._write_thread is not None:
            self._write_thread.shutdown(wait=True)
            self._write_thread = None
        if self._turn_connection is not None:
            self._turn_connection.close()
            self._turn_connection = None
        if self._checkpointer is not None:
            self._checkpointer.stop()
        checked_out = getattr(self.engine.pool, "checkedout", lambda: 0)
        deadline = time.monotonic() + grace_s
        while checked_out() and time.monotonic() < deadline:
            time.sleep(0.01)  # a worker thread is still using its connection
        self.engine.dispose()



class _Turn:
    """The writes of one turn of the event loop, in one SQLite transaction."""

    __slots__ = ("committed", "cursor", "thread", "tx", "waiting")

    def __init__(self, cursor: Any, committed: asyncio.Future[None]) -> None:
        self.cursor = cursor
        self.tx = Tx(cursor, is_sqlite=True)
        self.committed = committed
        self.waiting = 0
        """How many writes of the turn wait for its commit."""
        self.thread = threading.get_ident()


class _BusyElsewhereError(Exception):
    """Another process holds the database's write lock."""

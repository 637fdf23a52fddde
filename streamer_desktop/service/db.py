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
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, func, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from streamer_desktop.service import events as events_module
from streamer_desktop.service.models import Event

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
        self._write_lock = threading.Lock() if self.is_sqlite else None
        # Writes run side by side on PostgreSQL; their events are inserted, committed
        # and handed to the subscribers one write at a time (see :meth:`write`).
        self._events_lock = threading.Lock()
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:":
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
        if self.is_sqlite:
            _configure_sqlite(self.engine)
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
        lock = self._write_lock
        if lock is not None:
            lock.acquire()
        try:
            with self._writer() as session:
                session.info[events_module.PENDING] = []
                try:
                    yield session
                    committed: list[events_module.NewEvent] = session.info[
                        events_module.PENDING]
                    if not committed:
                        session.commit()
                    else:
                        self._commit_with_events(session, committed)
                except BaseException:
                    session.rollback()
                    raise
        finally:
            if lock is not None:
                lock.release()

    def _commit_with_events(self, session: Session,
                            committed: list[events_module.NewEvent]) -> None:
        """Insert the write's events, commit and publish them, in turn with every other
        writer.

        Event ids come from a sequence when they are inserted, but transactions commit
        in their own order: a reader could see event 12 before 11 exists and never go
        back for it. Here ids are taken only while holding a lock that lasts until the
        commit (a process lock, and on PostgreSQL a transaction advisory lock that
        other replicas wait on too), so events commit in the order of their ids, and
        are handed to this process's subscribers in that order. On PostgreSQL the
        commit also notifies every replica's listener.
        """
        with self._events_lock:
            if not self.is_sqlite:
                session.execute(select(func.pg_advisory_xact_lock(_EVENT_ORDER_LOCK)))
            # One statement for all of them (the ORM's unit of work cost more than the
            # rest of a booking).
            ids = session.connection().execute(
                insert(Event).returning(Event.id, sort_by_parameter_order=True),
                [{"topic": e.topic, "type": e.type, "data": e.data,
                  "created_at": e.created_at} for e in committed]).scalars().all()
            for event, event_id in zip(committed, ids, strict=True):
                event.id = event_id
            if not self.is_sqlite:  # every replica's listener wakes at the commit
                session.execute(select(func.pg_notify(EVENT_CHANNEL, str(committed[-1].id))))
            session.commit()
            if self._publish is not None:
                self._publish(committed)

    async def run_write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a write transaction (see :meth:`write`) on the writer thread.

        What ``work`` returns is the answer; what it raises is raised here, and
        nothing it changed is kept.
        """

        def in_transaction() -> T:
            with self.write() as session:
                return work(session)

        if self._write_thread is None:
            # PostgreSQL runs writes side by side (rows are locked where it matters).
            self._write_thread = ThreadPoolExecutor(
                max_workers=1 if self.is_sqlite else 4, thread_name_prefix="db-writer"
            )
        return await asyncio.get_running_loop().run_in_executor(self._write_thread, in_transaction)

    def dispose(self, grace_s: float = 5.0) -> None:
        """Finish the writes under way, then close every connection.

        Reads still running on worker threads (a request or a background job that
        was cancelled while its query ran) get ``grace_s`` to hand their connection
        back; one handed back after the pool is gone would never be closed.
        """
        if self._write_thread is not None:
            self._write_thread.shutdown(wait=True)
            self._write_thread = None
        checked_out = getattr(self.engine.pool, "checkedout", lambda: 0)
        deadline = time.monotonic() + grace_s
        while checked_out() and time.monotonic() < deadline:
            time.sleep(0.01)  # a worker thread is still using its connection
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
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
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get("streamer_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

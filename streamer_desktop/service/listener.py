"""Live events across replicas, through PostgreSQL itself.

Every write that adds events notifies the ``streamer_events`` channel as it commits
(``pg_notify`` is delivered at commit). Each replica listens on its own connection,
reads the events table in id order from where it left off, and hands what is new to its
subscribers. Events commit in the order of their ids (see ``Database.write``), so
reading past the newest id seen never skips one. The listener also reads every second
without being woken, which covers a notification lost while it reconnected.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.engine import make_url

from streamer_desktop.service import events
from streamer_desktop.service.db import EVENT_CHANNEL, Database
from streamer_desktop.service.events import LiveEvent

log = logging.getLogger(__name__)

_PAGE = 1000


class EventListener:
    """A thread that publishes every replica's committed events, in id order."""

    def __init__(self, db: Database, publish: Callable[[list[LiveEvent]], None], *,
                 poll_s: float = 1.0) -> None:
        self._db = db
        self._publish = publish
        self._poll_s = poll_s
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._seen = 0
        url = make_url(db.url)
        self._dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)

    def start(self) -> None:
        """Listen from the newest event on (what came before, clients replay themselves)."""
        with self._db.read() as session:
            self._seen = events.newest_id(session)
        self._thread = threading.Thread(target=self._run, name="event-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        import psycopg  # the "postgres" extra: only a PostgreSQL service has a listener

        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True) as connection:
                    connection.execute(f"LISTEN {EVENT_CHANNEL}")
                    while not self._stopping.is_set():
                        self._catch_up()
                        # Wakes on the first notification, or after poll_s without one.
                        for _ in connection.notifies(timeout=self._poll_s, stop_after=1):
                            pass
            except Exception as exc:  # the database went away, or a read failed: go on
                if self._stopping.is_set():
                    return
                log.warning("listening for events failed, again in a second: %s", exc)
                self._stopping.wait(1.0)

    def _catch_up(self) -> None:
        while True:
            with self._db.read() as session:
                rows = events.load_since(session, None, self._seen, _PAGE)
            if not rows:
                return
            self._publish(rows)
            self._seen = rows[-1].id
            if len(rows) < _PAGE:
                return

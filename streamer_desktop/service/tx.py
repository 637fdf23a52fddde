"""A write transaction's own database connection, for statements written by hand.

The busiest write, booking a stream, runs through this instead of the ORM: the
ORM's statement building, unit of work and row loading cost several times what
SQLite spends on the statements themselves. A :class:`Tx` is either a
transaction of its own (:meth:`Database.run_write_sql
<streamer_desktop.service.db.Database.run_write_sql>`) or the connection under an
ORM write session (:meth:`Tx.of`), so a step written here also serves the ORM's
writes.

Statements take named parameters written ``:name``, which SQLite understands
as they are; for PostgreSQL (psycopg) they are rewritten once to ``%(name)s``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic_core import to_json
from sqlalchemy.orm import Session

from streamer_desktop.service import events
from streamer_desktop.wire import EventType

Row = tuple[Any, ...]


class Tx:
    """Runs statements inside one write transaction; collects the write's events."""

    __slots__ = ("_cursor", "is_sqlite", "pending")

    def __init__(self, cursor: Any, *, is_sqlite: bool,
                 pending: list[events.NewEvent] | None = None) -> None:
        self._cursor = cursor
        self.is_sqlite = is_sqlite
        self.pending: list[events.NewEvent] = [] if pending is None else pending

    @classmethod
    def of(cls, session: Session) -> Tx:
        """The connection of a write session (from ``Database.write``), its changes so far
        flushed; events added here join the session's."""
        pending: list[events.NewEvent] | None = session.info.get(events.PENDING)
        if pending is None:
            raise RuntimeError("a Tx is taken from a session of Database.write")
        session.flush()
        connection = session.connection()
        is_sqlite = connection.dialect.name == "sqlite"
        return cls(connection.connection.cursor(), is_sqlite=is_sqlite, pending=pending)

    def run(self, sql: str, params: dict[str, Any] | None = None) -> None:
        """Run a statement."""
        self._cursor.execute(self._native(sql), params or {})

    def one(self, sql: str, params: dict[str, Any] | None = None) -> Row | None:
        """The first row of a query, ``None`` without one."""
        self._cursor.execute(self._native(sql), params or {})
        row: Row | None = self._cursor.fetchone()
        return row

    def all(self, sql: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Every row of a query."""
        self._cursor.execute(self._native(sql), params or {})
        rows: list[Row] = self._cursor.fetchall()
        return rows

    def scalar(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        """The first column of the first row, ``None`` without one."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    def insert_many(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
                    ) -> list[int]:
        """Insert rows with one statement; their new ids, in the order of ``rows``.

        Ids grow in the order rows are inserted on both databases; RETURNING does not
        promise an order, so the ids are sorted.
        """
        mark = "?" if self.is_sqlite else "%s"
        one = "(" + ", ".join([mark] * len(columns)) + ")"
        self._cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
            f"{', '.join([one] * len(rows))} RETURNING id",
            [value for row in rows for value in row])
        return sorted(row[0] for row in self._cursor.fetchall())

    def event(self, topic: str, type_: EventType, data: dict[str, Any], now: int) -> None:
        """Add an event; it is stored and published with the commit (see ``events``)."""
        self.pending.append(events.NewEvent(topic, type_.value, data, now))

    def store_events(self) -> None:
        """Insert the pending events with one statement and give them their ids.

        Called by the database at the commit, holding the lock that keeps event ids in
        commit order.
        """
        ids = self.insert_many(
            "events", ("topic", "type", "data", "created_at"),
            # pydantic's JSON writer: a quarter of the json module's time for these.
            [(e.topic, e.type, to_json(e.data).decode(), e.created_at) for e in self.pending])
        for event, event_id in zip(self.pending, ids, strict=True):
            event.id = event_id

    def _native(self, sql: str) -> str:
        return sql if self.is_sqlite else _pyformat(sql)


_NAMED = re.compile(r"(?<![:\w]):(\w+)")


@lru_cache(maxsize=256)
def _pyformat(sql: str) -> str:
    """``:name`` parameters as psycopg takes them, ``%(name)s``."""
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))

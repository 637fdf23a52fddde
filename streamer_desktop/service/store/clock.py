"""The service's clock, injected so that tests can pin time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""Returns the current instant, aware."""


def system_clock() -> datetime:
    """The machine's clock, in UTC."""
    return datetime.now(UTC)


def to_epoch(instant: datetime) -> int:
    """Whole seconds since the epoch, as stored in the database."""
    return int(instant.timestamp())


def from_epoch(seconds: int) -> datetime:
    """An aware UTC instant from stored seconds."""
    return datetime.fromtimestamp(seconds, UTC)


def maybe_from_epoch(seconds: int | None) -> datetime | None:
    """Like :func:`from_epoch`, passing ``None`` through."""
    return None if seconds is None else from_epoch(seconds)


def iso(seconds: int) -> str:
    """ISO 8601 in UTC with a ``Z``, as the wire types write instants."""
    return from_epoch(seconds).isoformat().replace("+00:00", "Z")

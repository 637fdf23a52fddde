"""A clock the test moves by hand."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
"""The instant every pinned clock starts at: a Monday morning in Europe."""


class PinnedClock:
    """Returns the same instant until the test moves it."""

    def __init__(self, start: datetime) -> None:
        self._now = start
        self._lock = threading.Lock()
        self.moved: list[Callable[[datetime], None]] = []
        """Called, on the test's thread, each time the test moves the clock."""

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> datetime:
        with self._lock:
            self._now += delta
            now = self._now
        self._tell(now)
        return now

    def set(self, instant: datetime) -> None:
        with self._lock:
            self._now = instant
        self._tell(instant)

    def _tell(self, now: datetime) -> None:
        for listener in list(self.moved):
            listener(now)

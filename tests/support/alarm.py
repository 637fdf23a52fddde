"""An alarm that rings when the test moves its pinned clock past the instant it is aimed at."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from streamer_desktop.desktop.requests.board import Alarm
from tests.support.clock import PinnedClock


class ClockAlarm(Alarm):
    """The board's alarm on a pinned clock: time passes when the test says so."""

    def __init__(self, clock: PinnedClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._at: datetime | None = None
        clock.moved.append(self._on_moved)
        self.destroyed.connect(lambda: clock.moved.remove(self._on_moved))

    def aim(self, at: datetime | None, now: datetime) -> None:
        self._at = at

    @property
    def remaining_ms(self) -> int | None:
        if self._at is None:
            return None
        return max(0, int((self._at - self._clock()).total_seconds() * 1000))

    def _on_moved(self, now: datetime) -> None:
        if self._at is not None and now >= self._at:
            self._at = None
            self.rang.emit()

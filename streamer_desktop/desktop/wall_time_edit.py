"""A date-and-time field holding a wall time of one named zone, whatever the computer's zone.

Qt's ``QDateTimeEdit`` quietly falls back to the computer's zone wherever it is
not told otherwise (a cleared range, a ``QDateTime`` built without a zone), so a
field that worked on a UTC test machine froze on a streamer's desktop in Berlin.
This field is told everything: it keeps the wall time verbatim in Qt's UTC zone
(the one zone in which every wall time exists, so Qt neither skips nor shifts a
time in a DST gap), its range is set with explicit UTC values, and its display
format always has a date, since a time-only format pins the field to the day it
first showed. The zone the wall time belongs to is :attr:`WallTimeEdit.zone_name`;
whether a wall time exists there, or happens twice, is for the caller to resolve
(see :func:`streamer_desktop.scheduling.linked.resolve`).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from streamer_desktop.scheduling.linked import wall_of

_FIRST_DAY = QDate(2000, 1, 1)
_LAST_DAY = QDate(2199, 12, 31)


class WallTimeEdit(QDateTimeEdit):
    """Shows and takes a wall time of ``zone_name``; :meth:`wall` reads it back.

    ``dateTime().date()`` and ``dateTime().time()`` are that wall time.
    """

    def __init__(self, name: str, zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.zone_name = zone_name
        self.setTimeZone(QTimeZone.utc())
        self.setKeyboardTracking(False)

    def set_format(self, display_format: str, locale: str) -> None:
        """Show dates and times in ``display_format`` (with a date) in ``locale``'s words."""
        self.setLocale(QLocale(locale))
        shown = self.dateTime()
        blocked = self.blockSignals(True)
        self.setDisplayFormat(display_format)
        # Set after the format, which may have narrowed it.
        self.setDateTimeRange(QDateTime(_FIRST_DAY, QTime(0, 0), QTimeZone.utc()),
                              QDateTime(_LAST_DAY, QTime(23, 59), QTimeZone.utc()))
        self.setDateTime(shown)
        self.blockSignals(blocked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Once a section is full Qt moves on and selects the next one, so the separator a
        # person types next ("6:00 PM": the space) would replace that section and the
        # whole entry be refused. Typed on a section just moved to, a separator is
        # already done and is dropped.
        typed = event.text()
        line = self.lineEdit()
        if (len(typed) == 1 and not typed.isalnum() and typed.isprintable()
                and line.hasSelectedText()
                and line.selectedText() == self.sectionText(self.currentSection())):
            event.accept()
            return
        super().keyPressEvent(event)

    def wall(self) -> datetime:
        """The wall time shown, naive (no zone), in this field's zone."""
        value = self.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())  # noqa: DTZ001 - a wall time

    def shows(self, instant: datetime) -> bool:
        """Whether the field shows ``instant``'s wall time in its zone."""
        return self.wall() == wall_of(instant, self.zone_name)

    def show_instant(self, instant: datetime) -> None:
        """Show ``instant`` on this zone's wall clock, without emitting a change."""
        wall = wall_of(instant, self.zone_name)
        blocked = self.blockSignals(True)
        self.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day),
                                   QTime(wall.hour, wall.minute), QTimeZone.utc()))
        self.blockSignals(blocked)

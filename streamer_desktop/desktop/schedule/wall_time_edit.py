"""A time field holding a wall time of one named zone, whatever the computer's zone.

The field shows a time of day; its date is the dialog's (the calendar's day, or the
customer's day, shown apart), yet ``dateTime()`` holds the whole wall time, date
included. Qt's ``QDateTimeEdit`` quietly falls back to the computer's zone wherever it
is not told otherwise (a cleared range, a ``QDateTime`` built without a zone), so a
field that worked on a UTC test machine froze on a streamer's desktop in Berlin. This
field is told everything: it keeps the wall time verbatim in Qt's UTC zone (the one
zone in which every wall time exists, so Qt neither skips nor shifts a time in a DST
gap), and its range is set again with explicit UTC values after its time-only format
(which pins the range to the day shown) is set.

People type a time the way they write it ("18:00", "1800", "6pm"), not section by
section: the first key typed starts an entry of the whole time, read with
:func:`~streamer_desktop.desktop.schedule.time_entry.parse_time` when the person leaves the field
(Tab, Return, a click elsewhere). A time that cannot be read is refused with
:attr:`WallTimeEdit.entry_refused` and the field shows what it showed before. Up and
Down (and the wheel, and the arrows beside the field) step the minutes. Tab leaves the
field: one stop per field, as in every other form.

The zone the wall time belongs to is :attr:`WallTimeEdit.zone_name`; whether a wall
time exists there, or happens twice, is for the caller to resolve (see
:func:`streamer_desktop.scheduling.linked.resolve`).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QWidget

from streamer_desktop.desktop.schedule.time_entry import Half, parse_time
from streamer_desktop.scheduling.linked import wall_of

_FIRST = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone.utc())
_LAST = QDateTime(QDate(2199, 12, 31), QTime(23, 59), QTimeZone.utc())
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WallTimeEdit(QDateTimeEdit):
    """Shows and takes a wall time of ``zone_name``; :meth:`wall` reads it back.

    ``dateTime().date()`` and ``dateTime().time()`` are that wall time.
    """

    entry_refused = Signal(str)
    """A typed entry that is not a time (the text typed); the field kept its time."""
    entry_taken = Signal()
    """A typed entry was read as a time (whether or not the time changed)."""

    def __init__(self, name: str, zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.zone_name = zone_name
        self._typed: str | None = None
        self.setTimeZone(QTimeZone.utc())
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    def set_format(self, clock_format: str, locale: str) -> None:
        """Show times in ``clock_format`` ("HH:mm", "h:mm AP") in ``locale``'s words."""
        self.setLocale(QLocale(locale))
        shown = self.dateTime()
        blocked = self.blockSignals(True)
        self.setDisplayFormat(clock_format)
        self.setDateTimeRange(_FIRST, _LAST)  # after the format, which pinned it to one day
        self.setDateTime(shown)
        self.blockSignals(blocked)

    # --- reading and showing ---------------------------------------------------------------

    def wall(self) -> datetime:
        """The wall time shown, naive (no zone), in this field's zone."""
        value = self.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())  # noqa: DTZ001 - a wall time

    def shows(self, instant: datetime) -> bool:
        """Whether the field shows ``instant``'s wall time in its zone."""
        return self.wall() == wall_of(instant, self.zone_name)

    def show_instant(self, instant: datetime) -> None:
        """Show ``instant`` on this zone's wall clock, without emitting a change."""
        self.show_wall(wall_of(instant, self.zone_name))

    def show_wall(self, wall: datetime) -> None:
        """Show the naive ``wall`` time, without emitting a change."""
        self._typed = None
        blocked = self.blockSignals(True)
        self.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day),
                                   QTime(wall.hour, wall.minute), QTimeZone.utc()))
        self.blockSignals(blocked)

    # --- typing a whole time -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._typed is not None:
            if key in _ENTER_KEYS and not self.commit_typed():
                event.accept()  # refused: the dialog's default button must not take it
                return
            if key == Qt.Key.Key_Escape:
                self._drop_typed()
                event.accept()
                return
            if key == Qt.Key.Key_Backspace:
                self._show_typed(self._typed[:-1])
                event.accept()
                return
        text = event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier
                                          | Qt.KeyboardModifier.MetaModifier))
        if plain and len(text) == 1 and text.isprintable() and not self.isReadOnly():
            self._show_typed((self._typed or "") + text)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            # Entered by keys: the arrows step the minutes, and typing replaces the time.
            self.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
            self.lineEdit().selectAll()

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Qt's field walks its sections on Tab; this one is a single stop, and Tab
        # takes what was typed first.
        if self._typed is not None and not self.commit_typed():
            return True  # refused: stay, so the notice is read beside the field
        return QWidget.focusNextPrevChild(self, forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typed is not None:
            self.commit_typed()
        super().focusOutEvent(event)

    def commit_typed(self) -> bool:
        """Take the entry being typed, if any. False: it was no time and was refused."""
        typed, self._typed = self._typed, None
        if typed is None:
            return True
        locale = self.locale()
        read = parse_time(typed, (locale.amText(),), (locale.pmText(),))
        if read is None:
            self._restore_text()
            self.entry_refused.emit(typed.strip())
            return False
        shown = self.dateTime()
        shown_half: Half | None = None
        if "ap" in self.displayFormat().lower():
            shown_half = "pm" if shown.time().hour() >= 12 else "am"
        hour, minute = read.on_24_hours(shown_half)
        self.entry_taken.emit()
        self.setDateTime(QDateTime(shown.date(), QTime(hour, minute), QTimeZone.utc()))
        self._restore_text()  # also when the time typed is the time shown
        return True

    def _show_typed(self, typed: str) -> None:
        self._typed = typed
        # Set on the line itself: Qt's section validator would refuse "6pm" key by key.
        line = self.lineEdit()
        line.setText(typed)
        line.setCursorPosition(len(typed))

    def _drop_typed(self) -> None:
        self._typed = None
        self._restore_text()

    def _restore_text(self) -> None:
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    # --- stepping the minutes ----------------------------------------------------------------

    def stepBy(self, steps: int) -> None:
        """Up, Down, the wheel and the arrows move the time by ``steps`` minutes (hours
        where the person put the cursor on the hour); the date follows across midnight."""
        if self._typed is not None and not self.commit_typed():
            return
        minutes = {QDateTimeEdit.Section.HourSection: 60,
                   QDateTimeEdit.Section.AmPmSection: 12 * 60}.get(self.currentSection(), 1)
        moved = self.dateTime().addSecs(60 * minutes * steps)
        if _FIRST <= moved <= _LAST:
            self.setDateTime(moved)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        shown = self.dateTime()
        if shown < _LAST:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if shown > _FIRST:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

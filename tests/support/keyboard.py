"""Typing into widgets the way a person does: focus, keys, Tab out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QWidget


def pick_day(calendar: QCalendarWidget, day: date) -> None:
    """Walk the calendar to ``day`` with the arrow keys (a week at a time, then days)."""
    calendar.setFocus()
    target = calendar.focusWidget() or calendar
    shown = calendar.selectedDate().toPython()
    while shown != day:
        delta = (day - shown).days
        if abs(delta) >= 7:
            key = Qt.Key.Key_Down if delta > 0 else Qt.Key.Key_Up
        else:
            key = Qt.Key.Key_Right if delta > 0 else Qt.Key.Key_Left
        QTest.keyClick(target, key)
        moved = calendar.selectedDate().toPython()
        assert moved != shown, f"the calendar would not move from {shown} towards {day}"
        shown = moved


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, letters of any script included (QTest's
    own keyClicks knows only Latin-1 and aborts on "ч")."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:  # as a Russian keyboard sends it: the letter's code as the key
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(char.upper())), char,
                               Qt.KeyboardModifier.NoModifier)


def type_time(edit: QDateTimeEdit, text: str, *, by_tab_from: QWidget | None = None) -> None:
    """Go into a time field (a click on it, or Tab from ``by_tab_from``), type ``text``
    as written ("18:30", "6:30 PM", "1800") and Tab out, which takes it."""
    if by_tab_from is None:
        QTest.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    else:
        by_tab_from.setFocus()
        while not edit.hasFocus():
            focused = by_tab_from.window().focusWidget() or by_tab_from
            QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert edit.hasFocus(), edit.objectName()
    type_text(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)


def type_wall(calendar: QCalendarWidget, edit: QDateTimeEdit, day: date, clock: str) -> None:
    """Set ``edit`` to ``clock`` on ``day`` of its own zone as a person does: walk the
    calendar so that the field shows ``day``, then type the time into the field."""
    shown = edit.dateTime().date().toPython()
    if shown != day:
        pick_day(calendar, calendar.selectedDate().toPython() + (day - shown))
        assert edit.dateTime().date().toPython() == day, edit.objectName()
    type_time(edit, clock)

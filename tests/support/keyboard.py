"""Typing into widgets the way a person does: focus, keys, Tab out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit

Section = QDateTimeEdit.Section


def type_wall(edit: QDateTimeEdit, day: date, clock: str) -> None:
    """Click into a date-and-time field and type ``day`` and ``clock`` ("18:30", "6:30 PM").

    The field's sections are typed in order, moving on with Tab where Qt did not
    move on by itself; a last Tab leaves the field, which commits what was typed.
    """
    QTest.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    QTest.keyClick(edit, Qt.Key.Key_Home)
    hhmm, _, am_pm = clock.partition(" ")
    hours, minutes = hhmm.split(":")
    month = edit.locale().monthName(day.month, edit.locale().FormatType.ShortFormat)
    parts = [(Section.DaySection, str(day.day)), (Section.MonthSection, month),
             (Section.HourSection, hours), (Section.MinuteSection, minutes)]
    if am_pm:
        parts.append((Section.AmPmSection, am_pm))
    # The weekday is a day section too; the number of the day is the last one.
    index_of = {edit.sectionAt(i): i for i in range(edit.sectionCount())}
    for section, text in parts:
        assert section in index_of, f"no {section} in {edit.displayFormat()}"
        while edit.currentSectionIndex() < index_of[section]:
            QTest.keyClick(edit, Qt.Key.Key_Tab)
        if not edit.lineEdit().hasSelectedText():
            edit.setSelectedSection(section)  # as a double-click on it would
        QTest.keyClicks(edit, text)
    while edit.hasFocus():
        QTest.keyClick(edit, Qt.Key.Key_Tab)

"""Typing a time into *Your time* / *Customer time* as people write it, by keys."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.schedule.dialog import ScheduleDialog
from streamer_desktop.desktop.schedule.time_entry import TypedTime, parse_time
from tests.desktop.schedule.test_schedule_dialog import _dialog, _find
from tests.support.keyboard import type_time


@pytest.mark.parametrize(("typed", "hour", "minute"), [
    ("18:00", 18, 0), ("18.00", 18, 0), ("1800", 18, 0), ("18", 18, 0), ("18 00", 18, 0),
    ("6:00 pm", 18, 0), ("6pm", 18, 0), ("6 PM", 18, 0), ("6:30 p.m.", 18, 30),
    ("12am", 0, 0), ("12:15 pm", 12, 15), ("930", 9, 30), ("9:05", 9, 5), ("0:00", 0, 0),
    ("18h00", 18, 0), ("18h", 18, 0), ("  18:00  ", 18, 0),
    # German: "18 Uhr", "18.00 Uhr"; Russian: "18 ч", "18:00 ч."
    ("18 Uhr", 18, 0), ("18.00 Uhr", 18, 0), ("18:30 uhr", 18, 30),
    ("18 ч", 18, 0), ("18:00 ч.", 18, 0), ("18.30 часов", 18, 30),
])
def test_times_as_people_write_them(typed: str, hour: int, minute: int) -> None:
    read = parse_time(typed)
    assert read is not None, typed
    assert read.on_24_hours() == (hour, minute)


@pytest.mark.parametrize("typed", [
    "", "abc", "25:00", "18:60", "13pm", "0 am", "18:0", "12345", "18::00", "pm", "Uhr",
    "18:00:00", "-5", "6 pmx",
])
def test_what_is_not_a_time(typed: str) -> None:
    assert parse_time(typed) is None


def test_the_locales_own_words_for_the_halves() -> None:
    assert parse_time("6 nachm.", ("vorm.",), ("nachm.",)) == TypedTime(6, 0, "pm")
    assert parse_time("7:15 vorm.", ("vorm.",), ("nachm.",)) == TypedTime(7, 15, "am")


def test_a_time_without_its_half_keeps_the_half_shown() -> None:
    assert TypedTime(10, 30, None).on_24_hours("pm") == (22, 30)
    assert TypedTime(10, 30, None).on_24_hours("am") == (10, 30)
    assert TypedTime(18, 0, None).on_24_hours("am") == (18, 0)  # a 24-hour time is one


# --- the dialog, driven by keys ------------------------------------------------------------


def _edit(dialog: ScheduleDialog, name: str = "yourTimeEdit") -> QDateTimeEdit:
    return _find(dialog, QDateTimeEdit, name)


def _calendar(dialog: ScheduleDialog) -> QCalendarWidget:
    return _find(dialog, QCalendarWidget, "calendar")


def _button(dialog: ScheduleDialog, name: str) -> QPushButton:
    return _find(dialog, QPushButton, name)


def _notice(dialog: ScheduleDialog) -> QLabel:
    return _find(dialog, QLabel, "timeEntryNotice")


def test_tomorrow_tab_type_1800_tab_schedule_books_1800(qtbot: QtBot) -> None:
    """The measured defect: the typed time was lost and the old one booked."""
    dialog = _dialog(qtbot)
    qtbot.mouseClick(_button(dialog, "tomorrowButton"), Qt.MouseButton.LeftButton)
    edit = _edit(dialog)
    type_time(edit, "18:00", by_tab_from=_button(dialog, "dayAfterTomorrowButton"))
    assert edit.text() == "18:00"
    assert dialog.focusWidget() is _edit(dialog, "customerTimeEdit")  # one Tab left it
    with qtbot.waitSignal(dialog.submitted) as sent:
        qtbot.mouseClick(_button(dialog, "scheduleButton"), Qt.MouseButton.LeftButton)
    assert sent.args[0].starts_at == datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(("locale", "typed", "shown", "hhmm"), [
    ("en_GB", "18.00", "18:00", "18:00"),
    ("en_GB", "1800", "18:00", "18:00"),
    ("en_GB", "6pm", "18:00", "18:00"),
    ("en_US", "6:00 pm", "6:00 PM", "18:00"),
    ("en_US", "6pm", "6:00 PM", "18:00"),
    ("en_US", "1745", "5:45 PM", "17:45"),
    ("de_DE", "18.00 Uhr", "18:00", "18:00"),
    ("de_DE", "18 Uhr", "18:00", "18:00"),
    ("ru_RU", "18.00", "18:00", "18:00"),
    ("ru_RU", "18 ч", "18:00", "18:00"),
])
def test_tab_from_the_calendar_and_type_a_time(qtbot: QtBot, locale: str, typed: str,
                                               shown: str, hhmm: str) -> None:
    dialog = _dialog(qtbot, locale=locale)
    edit = _edit(dialog)
    type_time(edit, typed, by_tab_from=_calendar(dialog))
    assert edit.text() == shown
    assert edit.dateTime().time().toString("HH:mm") == hhmm
    assert edit.dateTime().date().toPython() == date(2026, 3, 2)  # the calendar's day
    assert not _notice(dialog).isVisible()


def test_a_click_anywhere_on_the_field_then_typing_sets_the_time(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _edit(dialog, "customerTimeEdit")
    line = edit.lineEdit()
    for x in (2, line.width() // 2, line.width() - 4):
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
        qtbot.keyClicks(edit, "21:45")
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.text() == "21:45"
        assert _edit(dialog).text() == "17:15"
        type_time(edit, "20:00")  # back, for the next click


def test_up_and_down_step_the_minutes_after_tab(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _edit(dialog)
    _calendar(dialog).setFocus()
    while not edit.hasFocus():
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "10:32"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "10:31"
    assert _edit(dialog, "customerTimeEdit").text() == "15:01"


def test_stepping_past_midnight_moves_the_day(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _edit(dialog)
    type_time(edit, "23:59")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "00:00"
    assert _calendar(dialog).selectedDate().toPython() == date(2026, 3, 3)


def test_what_is_not_a_time_is_refused_and_the_time_kept(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _edit(dialog)
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "half six")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    notice = _notice(dialog)
    assert notice.isVisible()
    assert notice.text() == "“half six” is not a time. Type it like 18:00."
    assert edit.text() == "10:30"  # what was shown before
    assert edit.hasFocus()  # kept beside its notice
    assert dialog.instant == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    # Return on a refused entry books nothing.
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    qtbot.keyClicks(edit, "99:99")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert sent == []
    assert notice.isVisible()
    qtbot.keyClicks(edit, "11:00")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not notice.isVisible()
    assert edit.text() == "11:00"


def test_escape_drops_the_entry_and_backspace_corrects_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _edit(dialog)
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "19:4")
    assert edit.lineEdit().text() == "19:4"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "10:30"
    assert dialog.isVisible()  # the first Escape drops the entry, not the dialog
    qtbot.keyClicks(edit, "19:47")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "5")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "19:45"


def test_a_typed_time_without_its_half_keeps_the_half_shown(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, locale="en_US")
    edit = _edit(dialog)
    type_time(edit, "7:00 pm")
    type_time(edit, "8:15")  # still in the evening, as the field showed
    assert edit.text() == "8:15 PM"

"""Picking a day on which the time shown is skipped or repeated by a clock change.

The field must show the chosen day at once, and the question (which side of the gap,
which of the two times) must name that day; a side of the gap on another day is
named with its date. The cases cover a one-hour and a half-hour switch, a switch at
midnight, one on both sides of the date line, and a 45-minute zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QLabel, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.formatting import short_day, when
from streamer_desktop.desktop.schedule.dialog import ScheduleDialog
from streamer_desktop.scheduling.linked import Gap, resolve, wall_of
from tests.desktop.schedule.test_schedule_dialog import _dialog as _schedule_dialog
from tests.desktop.schedule.test_schedule_dialog import _find
from tests.support.clock import PinnedClock
from tests.support.keyboard import pick_day, type_time

CASES = [
    # zone, the switch day, the time shown, what that time is on that day
    ("America/St_Johns", date(2026, 11, 1), "01:30", "fold"),
    ("Europe/Berlin", date(2026, 3, 29), "02:30", "gap"),
    ("Europe/Berlin", date(2026, 10, 25), "02:30", "fold"),
    ("America/Havana", date(2026, 3, 8), "00:30", "gap"),  # at midnight: before is the 7th
    ("Australia/Lord_Howe", date(2026, 4, 5), "01:45", "fold"),  # half an hour back
    ("Australia/Lord_Howe", date(2026, 10, 4), "02:15", "gap"),
    ("America/Santiago", date(2026, 9, 6), "00:30", "gap"),
    ("America/Santiago", date(2026, 4, 4), "23:30", "fold"),
    ("Pacific/Chatham", date(2026, 9, 27), "02:50", "gap"),  # a 45-minute zone
]


def _dialog(qtbot: QtBot, zone: str, now: datetime) -> ScheduleDialog:
    return _schedule_dialog(qtbot, PinnedClock(now), customer_zone="Asia/Tokyo", my_zone=zone)


def _check_question(dialog: ScheduleDialog, zone: str, day: date, hhmm: str,
                    kind: str) -> None:
    edit = _find(dialog, QDateTimeEdit, "yourTimeEdit")
    assert edit.dateTime().date().toPython() == day
    assert edit.text() == hhmm
    assert _find(dialog, QCalendarWidget, "calendar").selectedDate().toPython() == day
    assert dialog.instant is None
    wall = datetime.combine(day, time.fromisoformat(hhmm))
    notice = _find(dialog, QLabel, "gapNotice" if kind == "gap" else "foldNotice")
    assert notice.isVisible()
    assert short_day(day, "en_GB") in notice.text()
    if kind == "fold":
        assert _find(dialog, QRadioButton, "earlierOffsetButton").isVisible()
        return
    gap = resolve(wall, zone)
    assert isinstance(gap, Gap)
    for name, side in (("gapBeforeButton", gap.before), ("gapAfterButton", gap.after)):
        text = _find(dialog, QPushButton, name).text()
        if wall_of(side, zone).date() != day:
            assert text == f"Use {when(side, zone, 'en_GB')}", text
        else:
            assert short_day(day, "en_GB") not in text


@pytest.mark.parametrize(("zone", "day", "hhmm", "kind"), CASES)
def test_picking_the_day_on_the_calendar(qtbot: QtBot, zone: str, day: date, hhmm: str,
                                         kind: str) -> None:
    # Ten days before, at noon in the zone; the streamer sets the time, then walks the
    # calendar to the day of the switch.
    start = datetime.combine(day - timedelta(days=10), datetime.min.time())
    now = resolve(start.replace(hour=12), zone)
    dialog = _dialog(qtbot, zone, now.instant.astimezone(UTC))  # type: ignore[union-attr]
    edit = _find(dialog, QDateTimeEdit, "yourTimeEdit")
    pick_day(_find(dialog, QCalendarWidget, "calendar"), day - timedelta(days=10) + timedelta(
        days=1))
    type_time(edit, hhmm)
    assert dialog.instant is not None  # an ordinary day
    pick_day(_find(dialog, QCalendarWidget, "calendar"), day)
    _check_question(dialog, zone, day, hhmm, kind)
    # Back to an ordinary day: linked again, nothing asked.
    pick_day(_find(dialog, QCalendarWidget, "calendar"), day + timedelta(days=1))
    assert dialog.instant is not None
    assert edit.dateTime().date().toPython() == day + timedelta(days=1)
    assert not _find(dialog, QLabel, "gapNotice").isVisible()
    assert not _find(dialog, QLabel, "foldNotice").isVisible()


@pytest.mark.parametrize(("zone", "day", "hhmm", "kind"), CASES[:4])
def test_picking_the_day_with_a_template(qtbot: QtBot, zone: str, day: date, hhmm: str,
                                         kind: str) -> None:
    now = resolve(datetime.combine(day - timedelta(days=1), datetime.min.time()).replace(
        hour=12), zone)
    dialog = _dialog(qtbot, zone, now.instant.astimezone(UTC))  # type: ignore[union-attr]
    type_time(_find(dialog, QDateTimeEdit, "yourTimeEdit"), hhmm)  # today, already past
    qtbot.mouseClick(_find(dialog, QPushButton, "tomorrowButton"), Qt.MouseButton.LeftButton)
    _check_question(dialog, zone, day, hhmm, kind)

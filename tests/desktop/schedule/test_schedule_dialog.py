"""The schedule dialog on its own: templates, linked fields, gaps, folds, warnings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateTimeEdit,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionSpinBox,
)
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.schedule.dialog import Busy, ScheduleContext, ScheduleDialog
from tests.support.clock import PinnedClock
from tests.support.keyboard import type_time, type_wall

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Berlin, 14:30 in Kolkata


def _dialog(qtbot: QtBot, clock: PinnedClock | None = None, customer_zone: str = "Asia/Kolkata",
            busy: tuple[Busy, ...] = (), my_zone: str = "Europe/Berlin",
            locale: str = "en_GB") -> ScheduleDialog:
    context = ScheduleContext(request_id=4, customer_name="Priya Sharma",
                              customer_zone=customer_zone, my_zone=my_zone, locale=locale,
                              duration_min=30, quiet_start_min=22 * 60, quiet_end_min=8 * 60,
                              busy=busy)
    dialog = ScheduleDialog(context, clock or PinnedClock(NOW))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys go to the active window, as on a desktop
        dialog.show()
        dialog.activateWindow()
    return dialog


def _find(dialog: ScheduleDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def _wall(dialog: ScheduleDialog, name: str) -> tuple[date, str]:
    value = _find(dialog, QDateTimeEdit, name).dateTime()
    return value.date().toPython(), value.time().toString("HH:mm")


def _set(dialog: ScheduleDialog, name: str, day: date, hhmm: str) -> None:
    """Pick the day on the calendar and type the time into a field as a person does,
    then Tab out of it."""
    type_wall(_find(dialog, QCalendarWidget, "calendar"), _find(dialog, QDateTimeEdit, name),
              day, hhmm)


def _visible(dialog: ScheduleDialog, name: str) -> bool:
    return bool(dialog.findChild(QLabel, name).isVisible())


def _schedule_enabled(dialog: ScheduleDialog) -> bool:
    return bool(_find(dialog, QPushButton, "scheduleButton").isEnabled())


def test_opens_half_an_hour_ahead_with_both_times(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.objectName() == "scheduleDialog"
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 2), "10:30")
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 2), "15:00")
    assert "4 h 30 min ahead" in _find(dialog, QLabel, "differenceLabel").text()
    assert _schedule_enabled(dialog)


def test_templates_set_the_date(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    calendar = _find(dialog, QCalendarWidget, "calendar")
    qtbot.mouseClick(_find(dialog, QPushButton, "dayAfterTomorrowButton"),
                     Qt.MouseButton.LeftButton)
    assert calendar.selectedDate() == QDate(2026, 3, 4)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 4), "10:30")
    qtbot.mouseClick(_find(dialog, QPushButton, "tomorrowButton"), Qt.MouseButton.LeftButton)
    assert _wall(dialog, "yourTimeEdit")[0] == date(2026, 3, 3)
    qtbot.mouseClick(_find(dialog, QPushButton, "todayButton"), Qt.MouseButton.LeftButton)
    assert calendar.selectedDate() == QDate(2026, 3, 2)
    assert calendar.minimumDate() == QDate(2026, 3, 2)  # no day before today


def test_templates_follow_the_streamers_day_at_midnight(qtbot: QtBot) -> None:
    late = PinnedClock(datetime(2026, 3, 2, 22, 59, tzinfo=UTC))  # 23:59 in Berlin
    dialog = _dialog(qtbot, late)
    qtbot.mouseClick(_find(dialog, QPushButton, "tomorrowButton"), Qt.MouseButton.LeftButton)
    assert _find(dialog, QCalendarWidget, "calendar").selectedDate() == QDate(2026, 3, 3)
    midnight = PinnedClock(datetime(2026, 3, 2, 23, 0, tzinfo=UTC))  # 00:00 in Berlin
    dialog = _dialog(qtbot, midnight)
    qtbot.mouseClick(_find(dialog, QPushButton, "tomorrowButton"), Qt.MouseButton.LeftButton)
    assert _find(dialog, QCalendarWidget, "calendar").selectedDate() == QDate(2026, 3, 4)


def test_typing_in_your_time_moves_the_customers(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _find(dialog, QDateTimeEdit, "yourTimeEdit")
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "2030")
    with qtbot.waitSignal(dialog.submitted) as sent:  # Enter takes the time and submits
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert sent.args[0].starts_at == datetime(2026, 3, 2, 19, 30, tzinfo=UTC)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 2), "20:30")
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 3), "01:00")
    # The customer's day is shown beside their time, as it is another day there.
    assert _find(dialog, QLabel, "customerDayLabel").text() == "on Tue 3 Mar"
    assert _visible(dialog, "customerDayLabel")


def test_typing_in_customer_time_moves_yours_and_the_calendar(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _set(dialog, "customerTimeEdit", date(2026, 3, 5), "09:15")
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 5), "04:45")
    assert _find(dialog, QCalendarWidget, "calendar").selectedDate() == QDate(2026, 3, 5)
    assert dialog.instant == datetime(2026, 3, 5, 3, 45, tzinfo=UTC)


def test_same_offset_shows_one_start_time(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, customer_zone="Europe/Paris")
    assert not _find(dialog, QDateTimeEdit, "customerTimeEdit").isVisible()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "Start time" in labels
    assert "Your time" not in labels


def test_quiet_hours_warn_but_allow(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _set(dialog, "customerTimeEdit", date(2026, 3, 3), "23:15")
    warning = _find(dialog, QLabel, "quietHoursWarning")
    assert warning.isVisible()
    assert "23:15" in warning.text()
    assert "late at night" in warning.text()
    assert _schedule_enabled(dialog)
    _set(dialog, "customerTimeEdit", date(2026, 3, 3), "12:00")
    assert not warning.isVisible()


def test_local_conflict_offers_the_nearest_free_start(qtbot: QtBot) -> None:
    other = Busy(datetime(2026, 3, 3, 9, 0, tzinfo=UTC), datetime(2026, 3, 3, 9, 30,
                                                                  tzinfo=UTC), "Emily Carter")
    dialog = _dialog(qtbot, busy=(other,))
    _set(dialog, "yourTimeEdit", date(2026, 3, 3), "10:15")  # 09:15 UTC
    notice = _find(dialog, QLabel, "conflictNotice")
    assert notice.isVisible()
    assert "Emily Carter" in notice.text()
    assert not _schedule_enabled(dialog)
    qtbot.mouseClick(_find(dialog, QPushButton, "nearestFreeButton"), Qt.MouseButton.LeftButton)
    assert dialog.instant == datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 3), "10:30")
    assert not notice.isVisible()
    assert _schedule_enabled(dialog)


def test_past_time_is_refused(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _set(dialog, "yourTimeEdit", date(2026, 3, 2), "09:45")
    assert _visible(dialog, "pastNotice")
    assert not _schedule_enabled(dialog)


def test_time_in_a_dst_gap_is_refused_with_the_nearest_valid_times(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _set(dialog, "yourTimeEdit", date(2026, 3, 29), "02:30")
    gap = _find(dialog, QLabel, "gapNotice")
    assert gap.isVisible()
    assert "02:30 does not exist" in gap.text()
    assert "01:59" in gap.text()
    assert "03:00" in gap.text()
    assert not _schedule_enabled(dialog)
    qtbot.mouseClick(_find(dialog, QPushButton, "gapAfterButton"), Qt.MouseButton.LeftButton)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 29), "03:00")
    assert not gap.isVisible()
    assert _schedule_enabled(dialog)


def test_repeated_hour_asks_which_one(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _set(dialog, "yourTimeEdit", date(2026, 10, 25), "02:30")
    assert _visible(dialog, "foldNotice")
    assert dialog.instant is None
    assert not _schedule_enabled(dialog)
    later = _find(dialog, QRadioButton, "laterOffsetButton")
    assert "UTC+01:00" in later.text()
    later.click()
    assert dialog.instant == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 10, 25), "07:00")
    assert _schedule_enabled(dialog)
    _find(dialog, QRadioButton, "earlierOffsetButton").click()
    assert dialog.instant == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_dst_switch_before_the_stream_is_mentioned(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _set(dialog, "yourTimeEdit", date(2026, 4, 1), "10:00")
    notice = _find(dialog, QLabel, "dstNotice")
    assert notice.isVisible()
    assert "forward 1 h" in notice.text()
    _set(dialog, "yourTimeEdit", date(2026, 3, 20), "10:00")
    assert not notice.isVisible()


def test_date_line_kiritimati_and_pago_pago(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, my_zone="Pacific/Kiritimati", customer_zone="Pacific/Pago_Pago")
    _set(dialog, "yourTimeEdit", date(2026, 3, 4), "09:00")
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 3), "08:00")
    assert "25 h behind" in _find(dialog, QLabel, "differenceLabel").text()


def test_enter_submits_and_escape_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.waitSignal(dialog.submitted) as sent:
        qtbot.keyClick(_find(dialog, QDateTimeEdit, "yourTimeEdit"), Qt.Key.Key_Return)
    choice = sent.args[0]
    assert choice.starts_at == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    assert choice.streamer_zone == "Europe/Berlin"
    other = _dialog(qtbot)
    with qtbot.waitSignal(other.rejected):
        qtbot.keyClick(other, Qt.Key.Key_Escape)


def test_dialog_only_emits_and_keeps_the_input_on_error(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(_find(dialog, QPushButton, "scheduleButton"), Qt.MouseButton.LeftButton)
    assert not _schedule_enabled(dialog)  # waiting for the answer
    dialog.show_error("The service cannot be reached.")
    assert _visible(dialog, "errorNotice")
    assert _schedule_enabled(dialog)
    assert dialog.isVisible()
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 2), "10:30")
    assert timedelta(0) < dialog.instant - NOW  # type: ignore[operator]


def test_calendar_arrow_keys_change_the_booked_day(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    calendar = _find(dialog, QCalendarWidget, "calendar")
    calendar.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):  # +2 days, +1 week
        qtbot.keyClick(calendar.focusWidget() or calendar, key)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Tab)
    assert calendar.selectedDate() == QDate(2026, 3, 11)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 11), "10:30")
    assert _find(dialog, QDateTimeEdit, "yourTimeEdit").text() == "10:30"
    assert not _visible(dialog, "customerDayLabel")  # the same day for both
    with qtbot.waitSignal(dialog.submitted) as sent:
        qtbot.mouseClick(_find(dialog, QPushButton, "scheduleButton"), Qt.MouseButton.LeftButton)
    assert sent.args[0].starts_at == datetime(2026, 3, 11, 9, 30, tzinfo=UTC)


def test_a_typed_customer_day_is_kept(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _set(dialog, "yourTimeEdit", date(2026, 3, 2), "20:30")  # 01:00 on the 3rd in Kolkata
    _set(dialog, "customerTimeEdit", date(2026, 3, 3), "07:15")
    assert _find(dialog, QDateTimeEdit, "customerTimeEdit").text() == "07:15"
    assert _find(dialog, QLabel, "customerDayLabel").text() == "on Tue 3 Mar"
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 3), "02:45")
    assert dialog.instant == datetime(2026, 3, 3, 1, 45, tzinfo=UTC)


def test_return_after_schedule_does_not_book_again(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    edit = _find(dialog, QDateTimeEdit, "yourTimeEdit")
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.mouseClick(_find(dialog, QPushButton, "scheduleButton"), Qt.MouseButton.LeftButton)
    assert len(sent) == 1
    assert not _schedule_enabled(dialog)
    assert dialog.saving
    calendar = _find(dialog, QCalendarWidget, "calendar")  # ignored while saving:
    calendar.setFocus()
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    type_time(edit, "12:00")
    assert dialog.instant == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 2), "10:30")


def test_gap_at_midnight_names_the_day_before(qtbot: QtBot) -> None:
    clock = PinnedClock(datetime(2026, 3, 5, 12, 0, tzinfo=UTC))
    dialog = _dialog(qtbot, clock, my_zone="America/Havana", customer_zone="Europe/Berlin")
    _set(dialog, "yourTimeEdit", date(2026, 3, 8), "00:30")  # clocks jump 00:00 → 01:00
    assert _visible(dialog, "gapNotice")
    before = _find(dialog, QPushButton, "gapBeforeButton").text()
    assert "Sat 7 Mar" in before
    assert "23:59" in before
    assert _find(dialog, QPushButton, "gapAfterButton").text() == "Use 01:00"
    # The typed time stays; nothing else pretends to be linked to it.
    assert "00:30" in _find(dialog, QDateTimeEdit, "yourTimeEdit").text()
    assert not _find(dialog, QDateTimeEdit, "customerTimeEdit").isEnabled()
    assert not _visible(dialog, "differenceLabel")
    qtbot.mouseClick(_find(dialog, QPushButton, "gapBeforeButton"), Qt.MouseButton.LeftButton)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 7), "23:59")
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 8), "05:59")
    assert _find(dialog, QDateTimeEdit, "customerTimeEdit").isEnabled()
    assert _visible(dialog, "differenceLabel")


def test_twelve_hour_clock_takes_a_typed_pm(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, customer_zone="America/Chicago", my_zone="America/New_York",
                     locale="en_US")
    _set(dialog, "yourTimeEdit", date(2026, 3, 3), "6:00 PM")
    assert "6:00 PM" in _find(dialog, QDateTimeEdit, "yourTimeEdit").text()
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 3), "17:00")
    assert dialog.instant == datetime(2026, 3, 3, 23, 0, tzinfo=UTC)


def test_the_spin_buttons_step_the_section_under_the_cursor(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _find(dialog, QDateTimeEdit, "yourTimeEdit")
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)  # the streamer clicked "10"
    option = QStyleOptionSpinBox()
    edit.initStyleOption(option)
    style = edit.style()
    up = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                              QStyle.SubControl.SC_SpinBoxUp, edit)
    down = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                QStyle.SubControl.SC_SpinBoxDown, edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=up.center())
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=up.center())
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 2), "12:30")
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 2), "17:00")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=down.center())
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 2), "16:00")
    assert dialog.instant == datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


def test_notices_make_room_instead_of_squeezing_the_calendar(qtbot: QtBot) -> None:
    other = Busy(datetime(2026, 3, 3, 9, 0, tzinfo=UTC), datetime(2026, 3, 3, 9, 30,
                                                                  tzinfo=UTC), "Emily Carter")
    dialog = _dialog(qtbot, busy=(other,))
    calendar = _find(dialog, QCalendarWidget, "calendar")
    before = dialog.height()
    _set(dialog, "customerTimeEdit", date(2026, 3, 4), "00:45")  # late, and overlapping
    assert _visible(dialog, "quietHoursWarning")
    _set(dialog, "yourTimeEdit", date(2026, 3, 3), "10:15")
    assert _visible(dialog, "conflictNotice")
    assert dialog.height() > before
    assert calendar.height() >= calendar.sizeHint().height()


def _double_click_hour(qtbot: QtBot, edit: QDateTimeEdit, hour: str) -> None:
    """Double-click the hour shown, as a person picks what to type over."""
    line = edit.lineEdit()
    text = line.text()
    x = line.fontMetrics().horizontalAdvance(text[:text.index(hour + ":")]) + 4
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    assert line.selectedText() == hour


def test_a_whole_time_typed_in_one_go_is_taken(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, PinnedClock(datetime(2026, 11, 26, 14, 15, tzinfo=UTC)),
                     customer_zone="Europe/Berlin", my_zone="America/New_York", locale="en_US")
    edit = _find(dialog, QDateTimeEdit, "yourTimeEdit")
    assert edit.text() == "9:45 AM"
    _double_click_hour(qtbot, edit, "9")
    qtbot.keyClicks(edit, "6:00 PM")  # with the space, as people write it
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()  # one Tab leaves the field
    assert edit.text() == "6:00 PM"
    assert _find(dialog, QDateTimeEdit, "customerTimeEdit").text() == "12:00 AM"
    assert _find(dialog, QLabel, "customerDayLabel").text() == "on Fri, Nov 27"


def test_a_24_hour_time_typed_in_one_go_is_taken(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = _find(dialog, QDateTimeEdit, "yourTimeEdit")
    _double_click_hour(qtbot, edit, "10")
    qtbot.keyClicks(edit, "20:15")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert _wall(dialog, "yourTimeEdit") == (date(2026, 3, 2), "20:15")
    assert _wall(dialog, "customerTimeEdit") == (date(2026, 3, 3), "00:45")

"""The widgets of the "Schedule a stream" dialog: names, layout, tab order and texts.

The linking logic lives in :mod:`.dialog`, which builds on this form.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.formatting import uses_24_hours
from streamer_desktop.desktop.palette import Tone, set_tone
from streamer_desktop.desktop.schedule.wall_time_edit import WallTimeEdit
from streamer_desktop.wire import MAX_DURATION_MIN, MIN_DURATION_MIN


def _notice(name: str, tone: Tone) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    set_tone(label, tone)
    label.hide()
    return label


def _button(name: str, *, default: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setAutoDefault(default)
    button.setDefault(default)
    return button


class ScheduleForm(QDialog):
    """Every widget of the dialog, laid out; no behaviour."""

    def __init__(self, my_zone: str, customer_zone: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.zonesLabel = QLabel()
        self.zonesLabel.setObjectName("zonesLabel")
        self.differenceLabel = QLabel()
        self.differenceLabel.setObjectName("differenceLabel")
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)  # no week numbers
        self.calendar.setLocale(QLocale(locale))
        self.todayButton = _button("todayButton")
        self.tomorrowButton = _button("tomorrowButton")
        self.dayAfterTomorrowButton = _button("dayAfterTomorrowButton")
        self.yourTimeLabel = QLabel()
        self.yourTimeEdit = WallTimeEdit("yourTimeEdit", my_zone)
        self.customerTimeLabel = QLabel()
        self.customerTimeEdit = WallTimeEdit("customerTimeEdit", customer_zone)
        clock = "HH:mm" if uses_24_hours(locale) else "h:mm AP"
        for edit in (self.yourTimeEdit, self.customerTimeEdit):
            edit.set_format(clock, locale)  # the date is the calendar's
        # The customer's day, when it is not the calendar's (read-only).
        self.customerDayLabel = QLabel()
        self.customerDayLabel.setObjectName("customerDayLabel")
        self.customerDayLabel.hide()
        self.timeEntryNotice = _notice("timeEntryNotice", Tone.ERROR)
        self.durationLabel = QLabel()
        self.durationSpin = QSpinBox()
        self.durationSpin.setObjectName("durationSpin")
        self.durationSpin.setRange(MIN_DURATION_MIN, MAX_DURATION_MIN)
        self.durationSpin.setSingleStep(5)
        self.gapNotice = _notice("gapNotice", Tone.ERROR)
        self.gapBeforeButton = _button("gapBeforeButton")
        self.gapAfterButton = _button("gapAfterButton")
        self.foldNotice = _notice("foldNotice", Tone.WARNING)
        self.earlierOffsetButton = QRadioButton()
        self.earlierOffsetButton.setObjectName("earlierOffsetButton")
        self.laterOffsetButton = QRadioButton()
        self.laterOffsetButton.setObjectName("laterOffsetButton")
        self.pastNotice = _notice("pastNotice", Tone.ERROR)
        self.dstNotice = _notice("dstNotice", Tone.INFO)
        self.quietHoursWarning = _notice("quietHoursWarning", Tone.WARNING)
        self.conflictNotice = _notice("conflictNotice", Tone.ERROR)
        self.nearestFreeButton = _button("nearestFreeButton")
        self.errorNotice = _notice("errorNotice", Tone.ERROR)
        self.cancelButton = _button("cancelButton")
        self.scheduleButton = _button("scheduleButton", default=True)
        for hidden in (self.gapBeforeButton, self.gapAfterButton, self.nearestFreeButton,
                       self.earlierOffsetButton, self.laterOffsetButton):
            hidden.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        templates = QHBoxLayout()
        for template in (self.todayButton, self.tomorrowButton, self.dayAfterTomorrowButton):
            templates.addWidget(template)
        times = QGridLayout()
        for column, (label, field) in enumerate((
                (self.yourTimeLabel, self.yourTimeEdit),
                (self.customerTimeLabel, self.customerTimeEdit),
                (self.durationLabel, self.durationSpin))):
            times.addWidget(label, 0, column)
            times.addWidget(field, 1, column)
        times.addWidget(self.customerDayLabel, 2, 1)
        gap_choices = QHBoxLayout()
        gap_choices.addWidget(self.gapBeforeButton)
        gap_choices.addWidget(self.gapAfterButton)
        gap_choices.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.cancelButton)
        actions.addWidget(self.scheduleButton)
        layout = QVBoxLayout(self)
        # The dialog grows to make room for its notices instead of squeezing the calendar.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for top in (self.zonesLabel, self.differenceLabel, self.calendar):
            layout.addWidget(top)
        layout.addLayout(templates)
        layout.addLayout(times)
        layout.addWidget(self.timeEntryNotice)
        layout.addWidget(self.gapNotice)
        layout.addLayout(gap_choices)
        for notice in (self.foldNotice, self.earlierOffsetButton, self.laterOffsetButton,
                       self.pastNotice, self.dstNotice, self.quietHoursWarning,
                       self.conflictNotice, self.nearestFreeButton, self.errorNotice):
            layout.addWidget(notice)
        layout.addLayout(actions)
        chain: list[QWidget] = [
            self.calendar, self.todayButton, self.tomorrowButton, self.dayAfterTomorrowButton,
            self.yourTimeEdit, self.customerTimeEdit, self.durationSpin, self.gapBeforeButton,
            self.gapAfterButton, self.earlierOffsetButton, self.laterOffsetButton,
            self.nearestFreeButton, self.cancelButton, self.scheduleButton]
        for first, second in pairwise(chain):  # tab order follows the visual order
            QWidget.setTabOrder(first, second)

    def make_room(self) -> None:
        """Grow (never shrink) to the size the shown notices need."""
        self.calendar.setMinimumSize(self.calendar.sizeHint())
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().expandedTo(self.size())
        if wanted != self.size():
            self.resize(wanted)

    def translate_form(self, customer: str, rescheduling: bool) -> None:
        """Set the fixed texts; called again when the language changes."""
        self.setWindowTitle(
            self.tr("Reschedule the stream with {name}").format(name=customer) if rescheduling
            else self.tr("Schedule a stream with {name}").format(name=customer))
        self.todayButton.setText(self.tr("Today"))
        self.tomorrowButton.setText(self.tr("Tomorrow"))
        self.dayAfterTomorrowButton.setText(self.tr("The day after tomorrow"))
        self.customerTimeLabel.setText(self.tr("Customer time"))
        self.customerTimeEdit.setAccessibleName(self.tr("Customer time"))
        self.durationLabel.setText(self.tr("Duration (min)"))
        self.durationSpin.setAccessibleName(self.tr("Duration in minutes"))
        self.calendar.setAccessibleName(self.tr("Date"))
        self.nearestFreeButton.setText(self.tr("Use the nearest free start"))
        self.pastNotice.setText(self.tr("This time has already passed. Please pick a later "
                                        "time."))
        self.cancelButton.setText(self.tr("Cancel"))
        self.scheduleButton.setText(self.tr("Reschedule") if rescheduling
                                    else self.tr("Schedule"))
        for widget, description in (
            (self.calendar, self.tr("The day of the stream.")),
            (self.todayButton, self.tr("Set the date to today.")),
            (self.tomorrowButton, self.tr("Set the date to tomorrow.")),
            (self.dayAfterTomorrowButton, self.tr("Set the date to the day after tomorrow.")),
            (self.yourTimeEdit, self.tr(
                "The start on your clock; the customer's time follows it.")),
            (self.customerTimeEdit, self.tr(
                "The start on the customer's clock; your time follows it.")),
            (self.durationSpin, self.tr("How long the stream lasts, in minutes.")),
            (self.gapBeforeButton, self.tr(
                "Take the time just before the clocks go forward.")),
            (self.gapAfterButton, self.tr("Take the time just after the clocks go forward.")),
            (self.earlierOffsetButton, self.tr(
                "Take the first of the two times the clocks show twice.")),
            (self.laterOffsetButton, self.tr(
                "Take the second of the two times the clocks show twice.")),
            (self.nearestFreeButton, self.tr(
                "Move the start to the first time that is free of your other streams.")),
            (self.cancelButton, self.tr("Close without booking anything.")),
            (self.scheduleButton, self.tr(
                "Move the stream; the customer is asked to confirm the new time.")
             if rescheduling else self.tr(
                "Book the stream and ask the customer to confirm it."))):
            widget.setAccessibleDescription(description)

"""The "Schedule a stream" dialog: a calendar, templates and linked Your / Customer time.

Each time field shows a wall time in its own zone (the streamer's, the
customer's), whatever zone the computer is set to; the instant between them is
found with
:mod:`streamer_desktop.scheduling.linked`, which refuses a time that does not
exist and asks about one that happens twice. The dialog saves nothing: it emits
:attr:`ScheduleDialog.submitted` with a :class:`ScheduleChoice`, and whoever saves
it then closes it, or calls :meth:`~ScheduleDialog.show_server_conflict` or
:meth:`~ScheduleDialog.show_error` and the input stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QWidget

from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.schedule import texts
from streamer_desktop.desktop.schedule.form import ScheduleForm
from streamer_desktop.scheduling.linked import (
    Exact,
    Fold,
    Gap,
    difference,
    resolve,
    same_offset,
    template_dates,
    wall_of,
)
from streamer_desktop.scheduling.slot import SlotCheck, check_slot, default_start


@dataclass(frozen=True)
class Busy:
    """Another stream of the streamer, known locally."""

    start: datetime
    end: datetime
    customer: str


@dataclass(frozen=True)
class ScheduleContext:
    """Everything the dialog needs to know; it reads nothing else."""

    request_id: int
    customer_name: str
    customer_zone: str
    my_zone: str
    locale: str
    duration_min: int
    quiet_start_min: int
    quiet_end_min: int
    busy: tuple[Busy, ...] = ()
    reschedule_of: int | None = None
    current_start: datetime | None = None
    """The start being moved (rescheduling): the dialog opens on it while it is ahead."""


@dataclass(frozen=True)
class ScheduleChoice:
    """What the streamer chose: an instant (UTC), a duration and their zone."""

    request_id: int
    starts_at: datetime
    duration_min: int
    streamer_zone: str
    reschedule_of: int | None


class ScheduleDialog(Retranslating, ScheduleForm):
    """Pick the start of a stream in your time or the customer's."""

    submitted = Signal(object)

    def __init__(self, context: ScheduleContext, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(context.my_zone, context.customer_zone, context.locale, parent)
        self._ctx = context
        self._clock = clock
        self._instant: datetime | None = None
        self._pending: Gap | Fold | None = None
        self._pending_zone = context.my_zone
        self._server_conflict: tuple[str, datetime | None] | None = None
        self._saving = False
        self._syncing = False
        self.durationSpin.setValue(context.duration_min)
        dates = template_dates(clock(), context.my_zone)
        self.calendar.setMinimumDate(_qdate(dates[0]))
        self.todayButton.clicked.connect(lambda: self._pick_date(dates[0]))
        self.tomorrowButton.clicked.connect(lambda: self._pick_date(dates[1]))
        self.dayAfterTomorrowButton.clicked.connect(lambda: self._pick_date(dates[2]))
        # Mouse, arrow keys and Page Up/Down all end in a new selection.
        self.calendar.selectionChanged.connect(self._on_calendar)
        self.yourTimeEdit.dateTimeChanged.connect(self._on_your_edited)
        self.customerTimeEdit.dateTimeChanged.connect(self._on_customer_edited)
        for edit in (self.yourTimeEdit, self.customerTimeEdit):
            edit.entry_refused.connect(self._on_entry_refused)
            edit.entry_taken.connect(self.timeEntryNotice.hide)
        self.durationSpin.valueChanged.connect(self._refresh)
        self.gapBeforeButton.clicked.connect(lambda: self._take_gap_side(before=True))
        self.gapAfterButton.clicked.connect(lambda: self._take_gap_side(before=False))
        self.earlierOffsetButton.toggled.connect(self._on_fold_chosen)
        self.laterOffsetButton.toggled.connect(self._on_fold_chosen)
        self.nearestFreeButton.clicked.connect(self._take_nearest_free)
        self.scheduleButton.clicked.connect(self._on_schedule)
        self.cancelButton.clicked.connect(self.reject)
        self.translate_ui()
        now = clock()
        current = context.current_start
        self._link(current if current is not None and current > now else default_start(now))
        self._refresh()

    def translate_ui(self) -> None:
        self.translate_form(self._ctx.customer_name, self._ctx.reschedule_of is not None)
        self._refresh()

    # --- what the saver tells the dialog -----------------------------------------------

    def show_server_conflict(self, text: str, nearest: datetime | None) -> None:
        """The service refused the slot; keep the input and offer its nearest free start."""
        self._saving = False
        self._server_conflict = (text, nearest)
        self._refresh()

    def show_error(self, text: str) -> None:
        """Saving failed for another reason; keep the input."""
        self._saving = False
        self.errorNotice.setText(text)
        self.errorNotice.show()
        self._refresh()

    @property
    def instant(self) -> datetime | None:
        """The chosen start, or None while the input names no single instant."""
        return self._instant

    @property
    def saving(self) -> bool:
        """Whether a submitted choice is waiting for the saver's answer."""
        return self._saving

    # --- editing -----------------------------------------------------------------------

    def _pick_date(self, day: date) -> None:
        self.calendar.setSelectedDate(_qdate(day))
        self._on_calendar()  # also when the day was selected already

    def _on_calendar(self) -> None:
        if self._syncing:
            return
        day = self.calendar.selectedDate()
        shown = self.yourTimeEdit.wall()
        wall = datetime(day.year(), day.month(), day.day(), shown.hour, shown.minute)  # noqa: DTZ001 - a wall time
        if wall != shown or self._pending is not None:
            self._take(wall, self._ctx.my_zone)

    def _on_your_edited(self) -> None:
        if not self._syncing:
            self._take(self.yourTimeEdit.wall(), self._ctx.my_zone)

    def _on_customer_edited(self) -> None:
        if not self._syncing:
            self._take(self.customerTimeEdit.wall(), self._ctx.customer_zone)

    def _on_entry_refused(self, typed: str) -> None:
        self.timeEntryNotice.setText(texts.entry_refused_text(typed, self._ctx.locale))
        self.timeEntryNotice.show()
        self.make_room()

    def _take(self, wall: datetime, zone_name: str) -> None:
        """The streamer set ``wall`` in ``zone_name``: find the instant, or ask."""
        if self._saving:
            self._link(self._instant)  # the choice in flight stays what is shown
            return
        self._server_conflict = None
        self.errorNotice.hide()
        self.timeEntryNotice.hide()
        result = resolve(wall, zone_name)
        self._pending, self._pending_zone = None, zone_name
        if isinstance(result, Exact):
            self._link(result.instant)
        else:
            self._pending, self._instant = result, None
            # The question is about the day and time chosen: show them, whichever way
            # (calendar, template, typing) they were chosen.
            for edit in (self.yourTimeEdit, self.customerTimeEdit):
                if edit.zone_name == zone_name and edit.wall() != wall:
                    edit.show_wall(wall)
            for button in (self.earlierOffsetButton, self.laterOffsetButton):
                button.setAutoExclusive(False)
                button.setChecked(False)
                button.setAutoExclusive(True)
        self._refresh()

    def _link(self, instant: datetime | None) -> None:
        """Show ``instant`` in both fields and the calendar (each field in its own zone)."""
        self._instant = instant
        if instant is None:
            return
        self._syncing = True
        try:
            for edit in (self.yourTimeEdit, self.customerTimeEdit):
                if not edit.shows(instant):
                    edit.show_instant(instant)
            self.calendar.setSelectedDate(_qdate(wall_of(instant, self._ctx.my_zone).date()))
        finally:
            self._syncing = False

    def _take_gap_side(self, *, before: bool) -> None:
        if isinstance(self._pending, Gap):
            instant = self._pending.before if before else self._pending.after
            self._pending = None
            self._link(instant)
            self._refresh()

    def _on_fold_chosen(self, checked: bool) -> None:
        if checked and isinstance(self._pending, Fold):
            fold = self._pending
            self._link(fold.earlier if self.earlierOffsetButton.isChecked() else fold.later)
            self._refresh()

    def _take_nearest_free(self) -> None:
        free = self._check().nearest_free if self._instant is not None else None
        if self._server_conflict is not None:
            free = self._server_conflict[1]
        if free is not None:
            self._server_conflict = None
            self._pending = None
            self._link(free)
            self._refresh()

    def _on_schedule(self) -> None:
        if self._saving or not self.scheduleButton.isEnabled() or self._instant is None:
            return
        self._saving = True  # until the saver answers: one intent, one booking
        self._refresh()
        self.submitted.emit(ScheduleChoice(
            request_id=self._ctx.request_id, starts_at=self._instant.astimezone(UTC),
            duration_min=self.durationSpin.value(), streamer_zone=self._ctx.my_zone,
            reschedule_of=self._ctx.reschedule_of))

    # --- what is shown -------------------------------------------------------------------

    def _check(self) -> SlotCheck:
        ctx = self._ctx
        assert self._instant is not None
        return check_slot(self._instant, timedelta(minutes=self.durationSpin.value()),
                          self._clock(), my_zone=ctx.my_zone, customer_zone=ctx.customer_zone,
                          quiet=(ctx.quiet_start_min, ctx.quiet_end_min),
                          busy=[(b.start, b.end) for b in ctx.busy])

    def _refresh(self) -> None:
        ctx, instant = self._ctx, self._instant
        at = instant or self._clock()
        self.zonesLabel.setText(texts.zones_text(ctx.my_zone, ctx.customer_zone, ctx.locale))
        self.differenceLabel.setText(texts.difference_text(
            difference(at, ctx.my_zone, ctx.customer_zone)))
        one_field = same_offset(at, ctx.my_zone, ctx.customer_zone)
        self.customerTimeEdit.setVisible(not one_field)
        self.customerTimeLabel.setVisible(not one_field)
        self.yourTimeLabel.setText(self.tr("Start time") if one_field else self.tr("Your time"))
        self.yourTimeEdit.setAccessibleName(self.yourTimeLabel.text())
        # While a wall time waits for a choice (gap or fold), nothing else is linked to it.
        undecided = self._pending is not None and self._instant is None
        for edit in (self.yourTimeEdit, self.customerTimeEdit):
            edit.setEnabled(not undecided or edit.zone_name == self._pending_zone)
        self.differenceLabel.setVisible(not undecided)
        customer_day = self.customerTimeEdit.wall().date()
        self.customerDayLabel.setText(texts.day_text(customer_day, ctx.locale))
        self.customerDayLabel.setVisible(
            not one_field and not undecided
            and customer_day != self.yourTimeEdit.wall().date())
        self._show_pending()
        self._show_checks()
        self.make_room()

    def _show_pending(self) -> None:
        locale, pending, zone = self._ctx.locale, self._pending, self._pending_zone
        gap = pending if isinstance(pending, Gap) else None
        for widget in (self.gapNotice, self.gapBeforeButton, self.gapAfterButton):
            widget.setVisible(gap is not None)
        if gap is not None:
            self.gapNotice.setText(texts.gap_text(gap.wall, zone, gap.before, gap.after, locale))
            for button, side in ((self.gapBeforeButton, gap.before),
                                 (self.gapAfterButton, gap.after)):
                button.setText(self.tr("Use {time}").format(
                    time=texts.side_text(side, gap.wall.date(), zone, locale)))
        fold = pending if isinstance(pending, Fold) else None
        for choice in (self.foldNotice, self.earlierOffsetButton, self.laterOffsetButton):
            choice.setVisible(fold is not None)
        if fold is not None:
            self.foldNotice.setText(texts.fold_text(fold.wall, zone, locale))
            self.earlierOffsetButton.setText(texts.offset_text(fold.earlier, zone, locale,
                                                               first=True))
            self.laterOffsetButton.setText(texts.offset_text(fold.later, zone, locale,
                                                             first=False))

    def _show_checks(self) -> None:
        ctx = self._ctx
        check = self._check() if self._instant is not None else None
        self.pastNotice.setVisible(bool(check and check.past))
        self.dstNotice.setText(" ".join(texts.switch_text(s, ctx.locale)
                                        for s in (check.switches if check else ())))
        self.dstNotice.setVisible(bool(check and check.switches))
        quiet = bool(check and check.quiet and self._instant)
        if quiet and self._instant is not None:
            self.quietHoursWarning.setText(texts.quiet_text(self._instant, ctx.customer_zone,
                                                            ctx.locale))
        self.quietHoursWarning.setVisible(quiet)
        conflict, free = None, None
        if self._server_conflict is not None:
            conflict, free = self._server_conflict
        elif check is not None and check.clash is not None:
            other = ctx.busy[check.clash]
            free = check.nearest_free
            conflict = texts.conflict_text(other.customer, other.start, other.end,
                                           ctx.my_zone, ctx.locale, free)
        self.conflictNotice.setText(conflict or "")
        self.conflictNotice.setVisible(conflict is not None)
        self.nearestFreeButton.setVisible(free is not None)
        self.scheduleButton.setEnabled(bool(check and check.bookable)
                                       and self._server_conflict is None and not self._saving)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

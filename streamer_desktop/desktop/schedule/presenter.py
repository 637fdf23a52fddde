"""Opens the schedule dialog for a request and books what the streamer chooses."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from streamer_desktop.client.api import ApiClient, ApiError, ServiceUnreachable
from streamer_desktop.desktop.schedule import texts
from streamer_desktop.desktop.schedule.dialog import (
    Busy,
    ScheduleChoice,
    ScheduleContext,
    ScheduleDialog,
)
from streamer_desktop.desktop.schedule.serialization import parse_instant
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.desktop.workspace import Workspace
from streamer_desktop.scheduling.linked import minutes_of_day
from streamer_desktop.wire import StreamOut

log = logging.getLogger(__name__)


class StreamScheduler(QObject):
    """The presenter behind *Schedule a stream* and *Reschedule*."""

    scheduled = Signal(object)  # StreamOut

    def __init__(self, workspace: Workspace, api: ApiClient, tasks: TaskGroup,
                 clock: Callable[[], datetime], zone: Callable[[], str],
                 locale: Callable[[], str], parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self._workspace = workspace
        self._api = api
        self._tasks = tasks
        self._clock = clock
        self._zone = zone
        self._locale = locale
        self._parent = parent_window
        self.dialog: ScheduleDialog | None = None
        self._in_flight: set[ScheduleChoice] = set()

    def open(self, request_id: int, *, reschedule: bool = False) -> ScheduleDialog | None:
        """Show the dialog for a request (window-modal, not blocking the loop)."""
        workspace = self._workspace
        request = workspace.requests.get(request_id)
        settings = workspace.settings
        if request is None or settings is None:
            return None
        replacing = request.stream.id if reschedule and request.stream else None
        quiet_start, quiet_end = (minutes_of_day(settings.quiet_hours_start),
                                  minutes_of_day(settings.quiet_hours_end))
        context = ScheduleContext(
            request_id=request_id, customer_name=request.customer.name,
            customer_zone=request.customer.time_zone, my_zone=self._zone(),
            locale=self._locale(), duration_min=settings.default_duration_min,
            quiet_start_min=quiet_start, quiet_end_min=quiet_end,
            busy=self._busy(except_stream=replacing), reschedule_of=replacing,
            current_start=request.stream.starts_at if replacing and request.stream else None)
        dialog = ScheduleDialog(context, self._clock, self._parent)
        dialog.submitted.connect(lambda choice: self._submit(dialog, choice))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _busy(self, except_stream: int | None) -> tuple[Busy, ...]:
        return tuple(
            Busy(r.stream.starts_at, r.stream.ends_at, r.customer.name)
            for r in self._workspace.requests.values()
            if r.stream is not None and r.stream.status.is_open
            and r.stream.id != except_stream)

    def _submit(self, dialog: ScheduleDialog, choice: ScheduleChoice) -> None:
        if choice in self._in_flight:
            log.info("Ignored a second submission of a choice still being saved")
            return
        self._in_flight.add(choice)
        self._tasks.spawn(self._save(dialog, choice))

    async def _save(self, dialog: ScheduleDialog, choice: ScheduleChoice) -> None:
        try:
            await self._book(dialog, choice)
        finally:
            self._in_flight.discard(choice)

    async def _book(self, dialog: ScheduleDialog, choice: ScheduleChoice) -> None:
        try:
            if choice.reschedule_of is not None:
                stream = await self._api.reschedule(choice.reschedule_of, choice.starts_at,
                                                    choice.duration_min, choice.streamer_zone)
            else:
                stream = await self._api.schedule(choice.request_id, choice.starts_at,
                                                  choice.streamer_zone, choice.duration_min)
        except ApiError as exc:
            if exc.code == "stream_conflict":
                dialog.show_server_conflict(*self._conflict(exc))
            else:
                dialog.show_error(exc.message)
            return
        except ServiceUnreachable:
            dialog.show_error(self.tr("The service cannot be reached. Your choice is kept; "
                                      "try again when the connection is back."))
            return
        self._workspace.put_stream(stream)
        self.scheduled.emit(stream)
        dialog.accept()

    def _conflict(self, exc: ApiError) -> tuple[str, datetime | None]:
        other = StreamOut.model_validate(exc.details["conflict"])
        nearest = parse_instant(exc.details.get("nearest_free_start"))
        owner = self._workspace.requests.get(other.request_id)
        name = owner.customer.name if owner is not None else self.tr("another customer")
        return texts.conflict_text(name, other.starts_at, other.ends_at, self._zone(),
                                   self._locale(), nearest), nearest

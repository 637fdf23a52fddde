"""The presenter of the open request's stream: what the window shows about it, and
starting, ending and cancelling it, each asked for first.

Rescheduling opens the schedule dialog (``scheduler.py``); everything else a stream
goes through after booking is here.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from streamer_desktop.desktop.formatting import when
from streamer_desktop.desktop.requests.board import AgendaBoard
from streamer_desktop.desktop.shell.main_window import MainWindow
from streamer_desktop.desktop.stream.questions import CancelStreamDialog, StreamQuestion
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.desktop.texts import phase_text, stream_line
from streamer_desktop.desktop.workspace import Workspace
from streamer_desktop.scheduling import agenda
from streamer_desktop.wire import StreamStatus

_MANAGEABLE = (StreamStatus.AWAITING_CUSTOMER, StreamStatus.CONFIRMED)


class StreamControl(QObject):
    """Keeps the stream box, the live view and the stream actions true to the open
    request's stream, and carries out what the streamer confirms."""

    def __init__(self, window: MainWindow, workspace: Workspace, board: AgendaBoard,
                 tasks: TaskGroup, clock: Callable[[], datetime], zone: Callable[[], str],
                 locale: Callable[[], str]) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._board = board
        self._tasks = tasks
        self._clock = clock
        self._zone = zone
        self._locale = locale
        self.dialog: CancelStreamDialog | StreamQuestion | None = None
        """The question on screen, if any."""
        window.start_requested.connect(lambda rid: self._ask(lambda: self._start(rid)))
        window.end_requested.connect(lambda rid: self._ask(lambda: self._end(rid)))
        window.cancel_stream_requested.connect(lambda rid: self._ask(lambda: self._cancel(rid)))

    def refresh(self) -> None:
        """Show where the open request's stream stands, and what can be done with it."""
        window, request_id = self._window, self._window.current_request_id
        request = self._workspace.requests.get(request_id) if request_id is not None else None
        stream = request.stream if request is not None else None
        settings = self._workspace.settings
        window.set_schedule_ready(request is not None and (
            stream is None or not stream.status.is_open))
        window.set_stream_actions(
            manageable=stream is not None and stream.status in _MANAGEABLE,
            reschedulable=settings is None or settings.scheduled_streams_enabled,
            has_chat=request is not None)
        if request is None or stream is None:
            window.hide_stream()
            window.hide_live()
            window.set_overdue(False)
            return
        now, zone, locale = self._clock(), self._zone(), self._locale()
        phase = self._phase(request.id)
        text = stream_line(stream, zone, locale)
        note = phase_text(phase) if phase is not agenda.Phase.LIVE else ""
        window.show_stream(f"{text} · {note}" if note else text, can_start=agenda.can_start(
            stream.status.value, stream.starts_at, stream.ends_at, now))
        window.set_overdue(phase in (agenda.Phase.OVERDUE, agenda.Phase.UNCONFIRMED),
                           confirmed=phase is not agenda.Phase.UNCONFIRMED)
        if stream.status is StreamStatus.LIVE and stream.started_at is not None:
            window.show_live(request.customer.name, stream.started_at)
        else:
            window.hide_live()

    def _phase(self, request_id: int) -> agenda.Phase:
        for model in (self._board.active_model, self._board.requests_model):
            row = model.row_of(request_id)
            if row is not None:
                return model.card(row).phase
        return agenda.Phase.NONE

    # --- asking, then doing -----------------------------------------------------------

    def _ask(self, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        if self.dialog is not None:  # one question at a time
            self.dialog.raise_()
            return
        self._tasks.spawn(work())

    def _when(self, request_id: int) -> tuple[str, str]:
        request = self._workspace.requests[request_id]
        assert request.stream is not None
        return request.customer.name, when(request.stream.starts_at, self._zone(),
                                           self._locale())

    async def _start(self, request_id: int) -> None:
        request = self._workspace.requests.get(request_id)
        if request is None or request.stream is None:
            return
        stream = request.stream
        if stream.status is StreamStatus.LIVE:
            return  # the live view is on screen already
        if not agenda.can_start(stream.status.value, stream.starts_at, stream.ends_at,
                                self._clock()):
            self._window.show_notice(
                self.tr("This stream cannot start: the customer has not confirmed it.")
                if stream.status is StreamStatus.AWAITING_CUSTOMER else
                self.tr("This stream can start from ten minutes before its time."))
            return
        name = request.customer.name
        question = StreamQuestion(
            "startStreamQuestion",
            lambda: self.tr("Start the stream with {name} now? They get an e-mail with "
                            "the link to join.").format(name=name),
            lambda: self.tr("Start stream"), lambda: self.tr("Not yet"),
            lambda: self.tr("Start the stream"), self._window)
        if await self._answer(question):
            await self._workspace.start_stream(request_id)

    async def _end(self, request_id: int) -> None:
        request = self._workspace.requests.get(request_id)
        if request is None or request.stream is None:
            return
        name = request.customer.name
        question = StreamQuestion(
            "endStreamQuestion",
            lambda: self.tr("End the stream with {name}? They see that it has "
                            "ended.").format(name=name),
            lambda: self.tr("End stream"), lambda: self.tr("Keep streaming"),
            lambda: self.tr("End the stream"), self._window)
        if await self._answer(question):
            await self._workspace.end_stream(request_id)

    async def _cancel(self, request_id: int) -> None:
        request = self._workspace.requests.get(request_id)
        if request is None or request.stream is None or request.stream.status not in _MANAGEABLE:
            return
        name, at = self._when(request_id)
        dialog = CancelStreamDialog(name, at, self._window)
        self.dialog = dialog
        try:
            await dialog.run(lambda message: self._workspace.cancel_stream(request_id,
                                                                           message))
        finally:
            self.dialog = None
            dialog.deleteLater()

    async def _answer(self, question: StreamQuestion) -> bool:
        self.dialog = question
        try:
            return await question.ask()
        finally:
            self.dialog = None
            question.deleteLater()

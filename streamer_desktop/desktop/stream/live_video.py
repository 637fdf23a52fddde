"""The presenter of live video: the picture of the streamer's live streams, sent to
the customers watching them, and the live view's self-view and presence line.

While one of the streamer's streams is live, a :class:`Broadcaster` holds its source
(camera and microphone, or the test source). The customer's stream page *joins*; this
presenter offers it the picture through the service and takes its answer; the peers
then connect directly. Only the newest page of a customer is served: opening the link
again, or in another browser, takes over, and the page that was replaced is closed.
The page re-joins by itself when its connection fails, and is offered anew.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from streamer_desktop.client.api import ApiClient, ApiError, ServiceUnreachable
from streamer_desktop.desktop.shell.main_window import MainWindow
from streamer_desktop.desktop.stream.box import Presence
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.desktop.workspace import Workspace
from streamer_desktop.wire import EventOut, EventType, StreamStatus

if TYPE_CHECKING:
    # The media (aiortc, PyAV) is imported once a stream goes live, not at the app's start.
    from streamer_desktop.video.broadcaster import Broadcaster

log = logging.getLogger(__name__)

_PRESENCE_OF_STATE = {
    "new": Presence.CONNECTING, "connecting": Presence.CONNECTING,
    "connected": Presence.WATCHING, "disconnected": Presence.RECONNECTING,
    "failed": Presence.RECONNECTING, "closed": Presence.LEFT,
}


@dataclass
class _Live:
    """One live stream's media."""

    stream_id: int
    source: str
    broadcaster: Broadcaster | None = None
    started: asyncio.Future[bool] = field(default_factory=asyncio.Future)
    viewing: str | None = None
    presence: Presence = Presence.WAITING
    problem: str = ""
    camera_muted: bool = False
    microphone_muted: bool = False


class LiveVideo(QObject):
    """Starts and stops each live stream's media, and answers the customers' pages."""

    # From the media thread; queued to this one.
    _state_heard = Signal(int, str, str)
    _picture_made = Signal(int, int, int, bytes)

    def __init__(self, window: MainWindow, workspace: Workspace, api: ApiClient,
                 tasks: TaskGroup, source: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._workspace = workspace
        self._api = api
        self._tasks = tasks
        self._source = source
        self._live: dict[int, _Live] = {}
        self._shown: int | None = None
        self._state_heard.connect(self._on_state)
        self._picture_made.connect(self._on_picture)
        workspace.requests_changed.connect(self._follow_streams)
        workspace.live_signal.connect(lambda event: self._tasks.spawn(self._on_signal(event)))
        window.request_selected.connect(lambda _rid: self._present())
        view = window.liveView
        view.camera_muted.connect(lambda muted: self._mute(video=muted))
        view.microphone_muted.connect(lambda muted: self._mute(audio=muted))
        view.test_source_requested.connect(self._use_test_source)

    def streaming(self, stream_id: int) -> Broadcaster | None:
        """The broadcaster of a live stream, once its source is open."""
        live = self._live.get(stream_id)
        return live.broadcaster if live is not None else None

    @property
    def live_count(self) -> int:
        """How many of the streamer's streams are live here."""
        return len(self._live)

    def presence_of(self, stream_id: int) -> Presence | None:
        """Whether the customer watches a live stream (None: not live here)."""
        live = self._live.get(stream_id)
        return live.presence if live is not None else None

    async def close(self) -> None:
        """Stop every stream's media (the app quits)."""
        for stream_id in list(self._live):
            await self._stop(stream_id)

    # --- which streams are live ------------------------------------------------------

    def _my_live_streams(self) -> set[int]:
        me = self._workspace.me
        return {request.stream.id for request in self._workspace.requests.values()
                if request.stream is not None and request.stream.status is StreamStatus.LIVE
                and (me is None or request.streamer_id == me.user.id)}

    def _follow_streams(self) -> None:
        live_now = self._my_live_streams()
        for stream_id in live_now - self._live.keys():
            self._begin(stream_id, self._source())
        for stream_id in self._live.keys() - live_now:
            self._tasks.spawn(self._stop(stream_id))
        self._present()

    def _begin(self, stream_id: int, source: str) -> None:
        live = _Live(stream_id, source)
        self._live[stream_id] = live
        self._launch(live)

    def _launch(self, live: _Live) -> None:
        """Open the live stream's source on a new broadcaster (or say why not)."""
        from streamer_desktop.video.broadcaster import Broadcaster
        from streamer_desktop.video.sources import cameras, open_source

        source = live.source
        if not source:
            found = cameras()
            if not found:
                live.problem = self.tr("No camera was found on this computer. Connect one "
                                       "and choose it in Settings, or show the test picture.")
                live.started.set_result(False)
                return
            source = live.source = found[0].device
        stream_id = live.stream_id
        broadcaster = Broadcaster(
            lambda: open_source(source),
            lambda viewing, state: self._state_heard.emit(stream_id, viewing, state),
            lambda w, h, rgb: self._picture_made.emit(stream_id, w, h, rgb))
        live.broadcaster = broadcaster
        self._tasks.spawn(self._open(live, broadcaster))

    async def _open(self, live: _Live, broadcaster: Broadcaster) -> None:
        from streamer_desktop.video.sources import SourceError

        try:
            await asyncio.wrap_future(broadcaster.start())
        except SourceError as exc:
            await asyncio.get_running_loop().run_in_executor(None, broadcaster.stop)
            if self._current(live, broadcaster):
                live.problem = self.tr("The camera could not be opened ({error}).").format(
                    error=exc)
                live.broadcaster = None
                live.started.set_result(False)
                self._present()
            return
        if not self._current(live, broadcaster):
            return  # ended, or switched to another source, while it opened: stopped there
        live.started.set_result(True)
        broadcaster.mute(video=live.camera_muted, audio=live.microphone_muted)
        if live.viewing is not None:  # a page joined while the source opened
            await self._offer(live, live.viewing)

    def _current(self, live: _Live, broadcaster: Broadcaster) -> bool:
        """Whether ``broadcaster`` still serves ``live``, and ``live`` is still live."""
        return self._live.get(live.stream_id) is live and live.broadcaster is broadcaster

    async def _stop(self, stream_id: int) -> None:
        live = self._live.pop(stream_id, None)
        if live is None:
            return
        if not live.started.done():
            live.started.cancel()
        if live.broadcaster is not None:
            await asyncio.get_running_loop().run_in_executor(None, live.broadcaster.stop)
        self._present()

    def _use_test_source(self) -> None:
        stream_id = self._open_stream()
        live = self._live.get(stream_id) if stream_id is not None else None
        if live is None:
            return
        previous = live.broadcaster
        from streamer_desktop.video.sources import TEST

        live.source, live.problem, live.broadcaster = TEST, "", None
        if not live.started.done():
            live.started.cancel()
        live.started = asyncio.Future()
        self._present()

        async def switch() -> None:
            if previous is not None:
                await asyncio.get_running_loop().run_in_executor(None, previous.stop)
            if self._live.get(live.stream_id) is live:  # still live
                self._launch(live)

        self._tasks.spawn(switch())

    # --- signalling ------------------------------------------------------------------

    async def _on_signal(self, event: EventOut) -> None:
        data = event.data.get("live") or {}
        live = self._live.get(int(data.get("stream_id", 0)))
        viewing = str(data.get("session", ""))
        if live is None or not viewing:
            return  # not (or no longer) live here
        if event.type is EventType.LIVE_JOINED:
            live.viewing = viewing
            live.presence = Presence.CONNECTING
            self._present()
            if live.started.done() and live.started.result():
                await self._offer(live, viewing)
        elif event.type is EventType.LIVE_ANSWERED and viewing == live.viewing:
            if live.broadcaster is not None:
                await asyncio.wrap_future(live.broadcaster.accept(
                    viewing, int(data.get("attempt", 0)), str(data.get("sdp", ""))))
        elif event.type is EventType.LIVE_LEFT and viewing == live.viewing:
            live.viewing = None
            live.presence = Presence.LEFT
            if live.broadcaster is not None:
                await asyncio.wrap_future(live.broadcaster.drop(viewing))
            self._present()

    async def _offer(self, live: _Live, viewing: str) -> None:
        from streamer_desktop.video.broadcaster import IceServer

        broadcaster = live.broadcaster
        if broadcaster is None:
            return
        for other in broadcaster.viewings:  # the newest page takes over
            if other != viewing:
                await asyncio.wrap_future(broadcaster.drop(other))
        try:
            servers = (await self._api.ice_servers()).ice_servers
            attempt, sdp = await asyncio.wrap_future(broadcaster.offer(viewing, [
                IceServer(s.urls, s.username, s.credential) for s in servers]))
            if live.viewing == viewing:
                await self._api.offer_live(live.stream_id, viewing, attempt, sdp)
        except ApiError as exc:
            log.info("The offer to %s was refused: %s", viewing, exc.message)
        except ServiceUnreachable:
            log.info("The offer to %s could not be sent; the page will ask again", viewing)

    # --- what the live view shows ----------------------------------------------------

    def _on_state(self, stream_id: int, viewing: str, state: str) -> None:
        live = self._live.get(stream_id)
        if live is None or viewing != live.viewing:
            return
        live.presence = _PRESENCE_OF_STATE.get(state, live.presence)
        self._present()

    def _on_picture(self, stream_id: int, width: int, height: int, rgb: bytes) -> None:
        if stream_id != self._shown:
            return
        image = QImage(rgb, width, height, width * 3, QImage.Format.Format_RGB888)
        self._window.liveView.show_picture(image.copy())

    def _open_stream(self) -> int | None:
        request_id = self._window.current_request_id
        request = self._workspace.requests.get(request_id) if request_id is not None else None
        stream = request.stream if request is not None else None
        return stream.id if stream is not None and stream.status is StreamStatus.LIVE else None

    def _present(self) -> None:
        view = self._window.liveView
        stream_id = self._open_stream()
        live = self._live.get(stream_id) if stream_id is not None else None
        if stream_id != self._shown:
            self._shown = stream_id
            view.reset_media()
            if live is not None:
                view.muteCameraButton.setChecked(live.camera_muted)
                view.muteMicrophoneButton.setChecked(live.microphone_muted)
        if live is None:
            return
        view.show_presence(live.presence)
        view.show_source_problem(live.problem)

    def _mute(self, *, video: bool | None = None, audio: bool | None = None) -> None:
        stream_id = self._open_stream()
        live = self._live.get(stream_id) if stream_id is not None else None
        if live is None:
            return
        if video is not None:
            live.camera_muted = video
        if audio is not None:
            live.microphone_muted = audio
        if live.broadcaster is not None:
            live.broadcaster.mute(video=video, audio=audio)

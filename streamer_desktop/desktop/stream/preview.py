"""The picture of a video source while the streamer chooses one in Settings.

It opens the source on the media thread (a :class:`Broadcaster` with no viewers) and
hands its self-view pictures to whoever shows them; a source that cannot be opened is
reported with a sentence for the streamer.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.video.broadcaster import Broadcaster
from streamer_desktop.video.sources import SourceError, cameras, open_source


class SourcePreview(QObject):
    """Shows one source at a time; :meth:`show` switches, :meth:`stop` ends."""

    picture = Signal(QImage)
    problem = Signal(str)
    """Why there is no picture (empty: there is one)."""
    _made = Signal(int, int, int, bytes)  # from the media thread

    def __init__(self, tasks: TaskGroup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._broadcaster: Broadcaster | None = None
        self._generation = 0
        self._made.connect(self._on_made)

    def show(self, source: str) -> None:
        """Preview ``source`` ("" for the first camera found, "test", or a device)."""
        self._generation += 1
        generation = self._generation
        self._tasks.spawn(self._switch(source, generation))

    async def stop(self) -> None:
        self._generation += 1
        await self._close()

    async def _switch(self, source: str, generation: int) -> None:
        await self._close()
        if generation != self._generation:
            return
        if not source:
            found = cameras()
            if not found:
                self.problem.emit(self.tr("No camera was found on this computer."))
                return
            source = found[0].device
        broadcaster = Broadcaster(lambda: open_source(source, (640, 360), 15),
                                  lambda _viewing, _state: None,
                                  lambda w, h, rgb: self._made.emit(generation, w, h, rgb))
        self._broadcaster = broadcaster
        try:
            await asyncio.wrap_future(broadcaster.start())
        except SourceError as exc:
            await self._close()
            self.problem.emit(self.tr("The camera could not be opened ({error}).").format(
                error=exc))
            return
        self.problem.emit("")

    async def _close(self) -> None:
        broadcaster, self._broadcaster = self._broadcaster, None
        if broadcaster is not None:
            await asyncio.get_running_loop().run_in_executor(None, broadcaster.stop)

    def _on_made(self, generation: int, width: int, height: int, rgb: bytes) -> None:
        if generation == self._generation:
            self.picture.emit(QImage(rgb, width, height, width * 3,
                                     QImage.Format.Format_RGB888).copy())

"""Settings, opened: the dialog with the camera's preview, and what the streamer saves
stored.

The camera's media (aiortc, PyAV) loads when Settings first shows it. While a stream
is live the stream has the camera, and the dialog says so instead of previewing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from streamer_desktop.desktop.settings.dialog import Preferences, SettingsDialog
from streamer_desktop.desktop.settings.store import DesktopSettings
from streamer_desktop.desktop.tasks import TaskGroup


class SettingsPresenter(QObject):
    """Asks for the streamer's settings and stores them."""

    def __init__(self, store: DesktopSettings, window: QWidget, tasks: TaskGroup,
                 is_live: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._window = window
        self._tasks = tasks
        self._is_live = is_live
        self.dialog: SettingsDialog | None = None
        """The dialog while it is open."""

    async def edit(self) -> Preferences | None:
        """Open the dialog; returns what the streamer saved (stored already), or None
        when they cancelled."""
        from streamer_desktop.desktop.stream.preview import SourcePreview
        from streamer_desktop.video.sources import cameras

        store = self._store
        current = Preferences(store.server_url, store.time_zone, store.notifications_enabled,
                              store.language, store.appearance, store.video_source)
        dialog = SettingsDialog(current, [(c.name, c.device) for c in cameras()], self._window)
        self.dialog = dialog
        preview = SourcePreview(self._tasks, dialog)
        preview.picture.connect(dialog.show_picture)
        preview.problem.connect(dialog.show_preview_problem)
        if self._is_live():
            dialog.show_preview_problem(QCoreApplication.translate(
                "DesktopApp", "The preview is off while you are live: the stream has the camera."))
        else:
            dialog.video_source_chosen.connect(preview.show)
            preview.show(dialog.chosen_source)
        try:
            chosen = await dialog.ask()
        finally:
            await preview.stop()
            self.dialog = None
            dialog.deleteLater()
        if chosen is not None:
            self._save(chosen)
        return chosen

    def _save(self, chosen: Preferences) -> None:
        store = self._store
        store.server_url = chosen.server_url
        store.time_zone = chosen.time_zone
        store.notifications_enabled = chosen.notifications
        if chosen.video_source != store.video_source:
            store.video_source_override = None  # chosen now: it wins over --video-source
            store.video_source = chosen.video_source
        store.appearance = chosen.appearance
        store.language = chosen.language

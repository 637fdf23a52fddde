"""Notifications behind one small interface: tray balloon, or a banner in the window.

The app picks the first that works on this machine at start. Activating a
notification emits ``activated`` with the request it is about.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from streamer_desktop.desktop.main_window import MainWindow


class Notifier(QObject):
    """Shows a notification; subclasses decide how."""

    activated = Signal(int)

    def notify(self, title: str, text: str, request_id: int) -> None:
        raise NotImplementedError

    @property
    def name(self) -> str:
        return type(self).__name__


class TrayNotifier(Notifier):
    """A balloon from the tray icon (where the desktop has a system tray)."""

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._last_request: int | None = None
        tray.messageClicked.connect(self._on_clicked)

    def notify(self, title: str, text: str, request_id: int) -> None:
        self._last_request = request_id
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _on_clicked(self) -> None:
        if self._last_request is not None:
            self.activated.emit(self._last_request)


class BannerNotifier(Notifier):
    """A banner in the main window: the last resort, always available."""

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window

    def notify(self, title: str, text: str, request_id: int) -> None:
        self._window.show_notice(f"{title}: {text}" if text else title)

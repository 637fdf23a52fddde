"""Notifications behind one small interface: the OS's own, a tray balloon, or a banner.

The app picks the first that works on this machine at start (:func:`choose`).
Activating a notification emits ``activated`` with the request it is about.
"""

from __future__ import annotations

import asyncio
import logging

from desktop_notifier import DesktopNotifier, Icon
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from streamer_desktop.desktop.shell.icons import largest_icon_file
from streamer_desktop.desktop.shell.main_window import MainWindow
from streamer_desktop.desktop.tasks import TaskGroup

log = logging.getLogger(__name__)


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


class OsNotifier(Notifier):
    """The operating system's notifications (freedesktop on Linux, the Notification
    Center on macOS, toasts on Windows)."""

    def __init__(self, tasks: TaskGroup, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        icon = largest_icon_file()
        self._backend = DesktopNotifier(app_name=app_name,
                                        app_icon=Icon(path=icon) if icon else None)

    async def works(self) -> bool:
        """Whether a notification service answers on this machine (within 3 s)."""
        try:
            async with asyncio.timeout(3.0):
                capabilities = await self._backend.get_capabilities()
        except Exception as exc:  # each platform's backend fails in its own way
            log.info("No OS notifications here: %s", exc)
            return False
        return bool(capabilities)

    def notify(self, title: str, text: str, request_id: int) -> None:
        self._tasks.spawn(self.send(title, text, request_id))

    async def send(self, title: str, text: str, request_id: int) -> str:
        """Show the notification; returns the OS's identifier for it."""
        identifier: str = await self._backend.send(
            title=title, message=text, on_clicked=lambda: self.activated.emit(request_id))
        return identifier


async def choose(tasks: TaskGroup, window: MainWindow, tray: QSystemTrayIcon | None,
                 app_name: str, parent: QObject | None = None) -> Notifier:
    """The first notifier that works here: OS, tray balloon, then the in-window banner."""
    native = OsNotifier(tasks, app_name, parent)
    if await native.works():
        return native
    if tray is not None:
        return TrayNotifier(tray, parent)
    return BannerNotifier(window, parent)

"""What the streamer is told while looking elsewhere: a new request or message, a stream
confirmed, cancelled or handed over, and a stream's reminders (ten minutes before, and at
its start).

They go to the notifier chosen at start (the system's notifications, the tray's balloon,
or a banner in the window), unless the streamer paused them from the tray or switched
them off in Settings; clicking one opens its request.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from streamer_desktop.desktop.settings.store import DesktopSettings
from streamer_desktop.desktop.shell.main_window import MainWindow
from streamer_desktop.desktop.shell.notifier import Notifier
from streamer_desktop.desktop.workspace import Notice, NoticeKind, Workspace
from streamer_desktop.scheduling.agenda import LIFT_BEFORE, Reminder, ReminderKind


class Alerts(QObject):
    """Turns the workspace's notices and the board's reminders into notifications."""

    reminded = Signal()
    """A reminder fired on time (not one missed while the app was closed)."""

    def __init__(self, window: MainWindow, settings: DesktopSettings, notifier: Notifier,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._settings = settings
        self._workspace: Workspace | None = None
        self.paused = False
        """Paused from the tray: nothing is shown until resumed."""
        self.notifier = notifier
        notifier.activated.connect(self._on_activated)

    def use(self, notifier: Notifier) -> None:
        """Show what comes from now on with ``notifier``."""
        self.notifier = notifier
        notifier.activated.connect(self._on_activated)

    def attach(self, workspace: Workspace) -> None:
        self._workspace = workspace
        workspace.noticed.connect(self._on_notice)

    def remind(self, reminder: Reminder) -> None:
        """A stream's reminder is due."""
        workspace = self._workspace
        if workspace is None or reminder.request_id not in workspace.requests:
            return
        name = workspace.requests[reminder.request_id].customer.name
        if reminder.missed:
            title = self.tr("Missed reminder: stream with {name}").format(name=name)
        elif reminder.kind is ReminderKind.SOON:
            minutes = int(LIFT_BEFORE.total_seconds() // 60)
            title = self.tr("Stream with {name} in %n minute(s)", "", minutes).format(
                    name=name)
        else:
            title = self.tr("Stream with {name} starts now").format(name=name)
        if not reminder.missed:
            self.reminded.emit()
        text = (self.tr("Open it in Active to start.") if reminder.confirmed else
                self.tr("The customer has not confirmed yet: it cannot start. "
                        "Message them from the chat."))
        self._notify(title, text, reminder.request_id)

    def _on_notice(self, notice: Notice) -> None:
        if (notice.kind in (NoticeKind.NEW_MESSAGE, NoticeKind.NEW_REQUEST)
                and self._window.isActiveWindow()):
            return  # the streamer is looking at the window already
        titles = {
            NoticeKind.NEW_REQUEST: self.tr("New request from {name}"),
            NoticeKind.NEW_MESSAGE: self.tr("Message from {name}"),
            NoticeKind.CONFIRMED: self.tr("{name} confirmed the stream"),
            NoticeKind.CANCELLED: self.tr("{name} cancelled the stream"),
            NoticeKind.HANDED_OVER: self.tr("{name}'s request was handed to you"),
        }
        self._notify(titles[notice.kind].format(name=notice.customer), notice.text,
                     notice.request_id)

    def _notify(self, title: str, text: str, request_id: int) -> None:
        if self.paused or not self._settings.notifications_enabled:
            return
        self.notifier.notify(title, text, request_id)

    def _on_activated(self, request_id: int) -> None:
        window = self._window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.select_request(request_id)

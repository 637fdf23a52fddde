"""The tray icon's menu: open the window, pause notifications, quit.

It speaks the app's language, following a change while the app runs like every
window does, and says what is asked with signals; the app does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from streamer_desktop.desktop.language import Retranslating


class TrayMenu(Retranslating, QMenu):
    """The menu behind the tray icon; its texts (and the icon's tooltip) follow the language."""

    open_requested = Signal()
    quit_requested = Signal()
    paused_changed = Signal(bool)

    def __init__(self, tray: QSystemTrayIcon | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trayMenu")
        self._tray = tray
        self.openAction = self.addAction("")
        self.openAction.setObjectName("trayOpenAction")
        self.pauseAction = self.addAction("")
        self.pauseAction.setObjectName("pauseNotificationsAction")
        self.pauseAction.setCheckable(True)
        self.quitAction = self.addAction("")
        self.quitAction.setObjectName("trayQuitAction")
        self.openAction.triggered.connect(self.open_requested)
        self.pauseAction.toggled.connect(self.paused_changed)
        self.quitAction.triggered.connect(self.quit_requested)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.openAction.setText(self.tr("Open"))
        self.pauseAction.setText(self.tr("Pause notifications"))
        self.quitAction.setText(self.tr("Quit"))
        if self._tray is not None:
            self._tray.setToolTip(self.tr("Streamer desktop"))

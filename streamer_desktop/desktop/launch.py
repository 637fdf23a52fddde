"""Starting the desktop: the Qt application, the qasync loop, and a clean exit."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from streamer_desktop.desktop.app import Connection, DesktopApp
from streamer_desktop.desktop.credentials import CredentialStore
from streamer_desktop.desktop.settings import DesktopSettings

log = logging.getLogger(__name__)

Connect = Callable[[], Connection]
"""Blocking: finds (or starts) the service; run off the UI thread."""


def run_desktop(connect: Connect, stop: Callable[[], None] | None = None) -> int:
    """Run the app until the streamer quits; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Streamer Desktop")
    app.setOrganizationName("streamer-desktop")
    app.setQuitOnLastWindowClosed(False)  # the tray keeps running; Quit ends the loop
    settings = DesktopSettings(QSettings())
    desktop = DesktopApp(app, settings, CredentialStore())

    async def main() -> int:
        loop = asyncio.get_running_loop()
        try:
            desktop.window.show()
            connection = await loop.run_in_executor(None, connect)
            if not await desktop.start(connection):
                return 1
            await desktop.run_until_quit()
            return 0
        finally:
            await desktop.shutdown()
            if stop is not None:
                await loop.run_in_executor(None, stop)

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            return runner.run(main())
    except RuntimeError as exc:
        log.error("The app stopped: %s", exc)
        return 1

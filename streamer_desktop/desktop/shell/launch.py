"""Starting the desktop: the window on screen first, then everything else.

The main window is shown before the slower imports (HTTP, data types, the
event loop bridge) and before the service is reached, so the streamer sees
the app at once, in its loading state.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from streamer_desktop import APP_NAME, __version__
from streamer_desktop.desktop.shell.connection import Connection

log = logging.getLogger(__name__)

ICON_NAME = "streamer-desktop"
"""The program's name for the desktop: its icon, its .desktop file, its window class."""

Connect = Callable[[str], Connection]
"""Blocking: finds (or starts) the service, given the address saved in Settings ("" for
none); run off the UI thread."""


def run_desktop(connect: Connect, stop: Callable[[], None] | None = None, *,
                video_source: str | None = None) -> int:
    """Run the app until the streamer quits; returns the exit status. ``video_source``
    replaces the one chosen in Settings for this run."""
    # The first argument names the program to the window system (X11's WM_CLASS).
    app = QApplication.instance() or QApplication([ICON_NAME, *sys.argv[1:]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("streamer-desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(ICON_NAME)  # Wayland and the task bars find the .desktop file
    app.setQuitOnLastWindowClosed(False)  # the tray keeps running; Quit ends the loop
    from streamer_desktop.desktop.shell.icons import app_icon

    app.setWindowIcon(app_icon())

    from PySide6.QtCore import QSettings

    from streamer_desktop.desktop.language import Languages
    from streamer_desktop.desktop.settings.store import DesktopSettings
    from streamer_desktop.desktop.shell.main_window import MainWindow

    settings = DesktopSettings(QSettings())
    settings.video_source_override = video_source
    from streamer_desktop.desktop import palette

    palette.apply(app, palette.scheme_for(palette.Appearance(settings.appearance)))
    languages = Languages(app)
    languages.apply(settings.language)  # before the first text is set
    window = MainWindow()
    window.restore_layout(*settings.window_layout)
    window.show()
    app.processEvents()  # paint it now, before the imports below

    import asyncio

    import qasync

    from streamer_desktop.desktop.shell.app import DesktopApp
    from streamer_desktop.desktop.shell.credentials import CredentialStore

    desktop = DesktopApp(app, settings, CredentialStore(), window=window, languages=languages)

    async def main() -> int:
        loop = asyncio.get_running_loop()
        try:
            connection = await loop.run_in_executor(None, connect, settings.server_url)
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

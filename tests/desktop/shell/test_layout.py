"""The window's layout: Active is a slim header while empty, and the window comes back
with the size, place and split it was left with."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.settings.store import DesktopSettings
from streamer_desktop.desktop.shell.app import DesktopApp
from streamer_desktop.desktop.shell.main_window import MainWindow
from tests.conftest import T0, RunningService
from tests.service.test_lifecycle import _appointment_token
from tests.support.api import schedule
from tests.support.desktop import until


def test_active_is_a_slim_header_until_a_stream_is_due(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client,
) -> None:
    window = desktop.window
    with qtbot.waitActive(window):
        window.activateWindow()
    assert not window.activeView.isVisible()
    assert window.activeLabel.text() == "Active · nothing to start now"
    requests_top = window.myRequestsView.mapTo(window, window.myRequestsView.rect().topLeft())
    schedule(streamer, 1, T0 + timedelta(hours=1))
    token = _appointment_token(service, streamer, 1)
    httpx.post(f"{service.url}/api/a/{token}/confirm",
               json={"email": "emily@example.com", "consent": True})
    until(qtbot, lambda: (stream := desktop.workspace.requests[1].stream) is not None
          and stream.status == "confirmed", what="the confirmation")
    service.clock.set(T0 + timedelta(hours=1))
    until(qtbot, window.activeView.isVisible, what="Active to open")
    assert window.activeLabel.text() == "Active"
    card = window.activeView.visualRect(window.activeView.model().index(0, 0))
    assert window.activeView.viewport().rect().contains(card)  # the whole card shows
    assert window.myRequestsView.mapTo(window, window.myRequestsView.rect().topLeft()).y() \
        > requests_top.y()  # My requests made room


def test_the_window_comes_back_as_it_was_left(qapp: QApplication, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    settings = DesktopSettings(QSettings(str(tmp_path / "desktop.ini"),
                                         QSettings.Format.IniFormat))
    assert settings.window_layout == (None, None)
    first = MainWindow()
    qtbot.addWidget(first)
    first.restore_layout(*settings.window_layout)
    screen = first.screen().availableGeometry()
    assert first.width() <= screen.width()  # the first time, it fits on the screen
    assert first.height() <= screen.height()
    first.resize(700, 500)
    first.show()
    first.splitter.setSizes([250, 450])
    sizes = first.splitter.sizes()
    settings.window_layout = first.save_layout()
    first.close()

    again = DesktopSettings(QSettings(str(tmp_path / "desktop.ini"),
                                      QSettings.Format.IniFormat))
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_layout(*again.window_layout)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert second.splitter.sizes() == sizes

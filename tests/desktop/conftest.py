"""Fixtures: the desktop app on a qasync loop, signed in to the real service."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.app import Connection, DesktopApp
from streamer_desktop.desktop.credentials import CredentialStore
from streamer_desktop.desktop.settings import DesktopSettings
from tests.conftest import RunningService
from tests.support.api import STREAMER
from tests.support.desktop import RecordingNotifier, run
from tests.support.proxy import CuttableProxy


@pytest.fixture(scope="session")
def session_loop(qapp: QApplication) -> qasync.QEventLoop:
    """One qasync loop for every desktop test, marked running from the start.

    asyncio work then runs whenever Qt processes events. It is never closed
    between tests: closing frees its socket notifiers while Qt may still
    deliver their events.
    """
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(event_loop)
    return event_loop


@pytest.fixture
def loop(session_loop: qasync.QEventLoop) -> Iterator[qasync.QEventLoop]:
    """The loop, with any exception in a task or callback failing the test."""
    problems: list[dict[str, Any]] = []
    session_loop.set_exception_handler(lambda _loop, context: problems.append(context))
    yield session_loop
    session_loop.set_exception_handler(None)
    assert not problems, problems


@pytest.fixture
def proxy(service: RunningService) -> Iterator[CuttableProxy]:
    host, port = service.url.removeprefix("http://").rsplit(":", 1)
    cuttable = CuttableProxy(host, int(port))
    cuttable.start()
    yield cuttable
    cuttable.stop()


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def desktop(qapp: QApplication, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
            proxy: CuttableProxy, notifier: RecordingNotifier, tmp_path: Path
            ) -> Iterator[DesktopApp]:
    """The app, signed in as the demo streamer, with the lists loaded.

    It reaches the service through a proxy the test can cut; its clock is the
    service's pinned clock.
    """
    settings = DesktopSettings(QSettings(str(tmp_path / "desktop.ini"),
                                         QSettings.Format.IniFormat))
    settings.time_zone = "Europe/Berlin"
    settings.language = "en_GB"
    errors: list[BaseException] = []
    app = DesktopApp(qapp, settings, CredentialStore(), clock=service.clock,
                     notifier=notifier, on_error=errors.append)
    url = f"http://127.0.0.1:{proxy.port}"
    assert run(qtbot, app.start(Connection(url, *STREAMER)))
    yield app
    run(qtbot, app.shutdown())
    assert not errors, errors

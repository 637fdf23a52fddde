"""Fixtures: the desktop app on a qasync loop, signed in to the real service."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.settings.store import DesktopSettings
from streamer_desktop.desktop.shell.app import Connection, DesktopApp
from streamer_desktop.desktop.shell.credentials import CredentialStore
from tests.conftest import RunningService
from tests.support.alarm import ClockAlarm
from tests.support.api import STREAMER
from tests.support.desktop import RecordingNotifier, run
from tests.support.keyrings import MemoryKeyring
from tests.support.proxy import CuttableProxy


@pytest.fixture(scope="session")
def session_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One qasync loop for every desktop test, marked running from the start.

    asyncio work then runs whenever Qt processes events. It is never closed
    between tests: closing frees its socket notifiers while Qt may still
    deliver their events.
    """
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    # At the very end: marked stopped as qasync does on quit (its stop() would call
    # QApplication.exit()), then closed, which also ends its worker threads.
    event_loop._after_run_forever()
    event_loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    event_loop.close()
    asyncio.set_event_loop(None)


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
    gc.collect()  # a socket left open is reported here, in the test that used it


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring in memory, as the app's one for the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


AppFactory = Callable[..., DesktopApp]


@pytest.fixture
def make_app(qapp: QApplication, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
             proxy: CuttableProxy, notifier: RecordingNotifier, tmp_path: Path
             ) -> Iterator[AppFactory]:
    """Builds desktop apps on the pinned clock, with their own settings file.

    It asks for the proxy so that the proxy is set up before any app and taken down
    after every app has shut down: an app still connecting as the proxy closed
    left accepted sockets open.
    """
    apps: list[DesktopApp] = []
    errors: list[BaseException] = []

    def make(credentials: CredentialStore | None = None) -> DesktopApp:
        settings = DesktopSettings(QSettings(str(tmp_path / f"desktop{len(apps)}.ini"),
                                             QSettings.Format.IniFormat))
        settings.time_zone = "Europe/Berlin"
        settings.language = "en_GB"
        app = DesktopApp(qapp, settings, credentials or CredentialStore(),
                         clock=service.clock, notifier=notifier, on_error=errors.append,
                         alarm=ClockAlarm(service.clock))
        apps.append(app)
        return app

    yield make
    for app in apps:
        run(qtbot, app.shutdown())
    assert not errors, errors


@pytest.fixture
def desktop(make_app: AppFactory, qtbot: QtBot, proxy: CuttableProxy) -> DesktopApp:
    """The app, signed in as the demo streamer, with the lists loaded.

    It reaches the service through a proxy the test can cut; its clock is the
    service's pinned clock.
    """
    app = make_app()
    assert run(qtbot, app.start(Connection(f"http://127.0.0.1:{proxy.port}", *STREAMER)))
    return app

"""Live sync has no dead ends: a failed first load, a lost session, a bad event."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.shell.app import Connection, DesktopApp
from streamer_desktop.desktop.shell.credentials import SERVICE_NAME, CredentialStore
from streamer_desktop.desktop.workspace import Workspace
from tests.conftest import RunningService
from tests.desktop.conftest import AppFactory
from tests.support.api import STREAMER, sign_in
from tests.support.desktop import until
from tests.support.keyrings import MemoryKeyring
from tests.support.proxy import CuttableProxy


def _signed_in_before(memory_keyring: MemoryKeyring, url: str, service: RunningService) -> str:
    token = sign_in(service.url, *STREAMER).headers["Authorization"].removeprefix("Bearer ")
    memory_keyring.set_password(SERVICE_NAME, url, token)
    return token


def _started_with_a_kept_token(make_app: AppFactory, qtbot: QtBot, url: str
                               ) -> DesktopApp:
    app = make_app(CredentialStore())
    started = asyncio.ensure_future(app.start(Connection(url)))
    until(qtbot, started.done, what="the start")
    assert started.result()
    return app


def _answer_sign_in_again(app: DesktopApp, qtbot: QtBot) -> None:
    until(qtbot, lambda: app.window.findChild(QLineEdit, "emailEdit") is not None
          and app.window.findChild(QLineEdit, "emailEdit").isVisible(),
          timeout=15, what="the sign-in dialog")
    app.window.findChild(QLineEdit, "emailEdit").setText(STREAMER[0])
    app.window.findChild(QLineEdit, "passwordEdit").setText(STREAMER[1])
    app.window.findChild(QDialogButtonBox, "signInButtons").accepted.emit()


def test_a_failed_first_load_is_retried_and_says_so(
    make_app: AppFactory, qtbot: QtBot, loop: qasync.QEventLoop, proxy: CuttableProxy,
    service: RunningService, memory_keyring: MemoryKeyring,
) -> None:
    url = f"http://127.0.0.1:{proxy.port}"
    _signed_in_before(memory_keyring, url, service)
    proxy.cut()
    app = make_app(CredentialStore())
    app._show_error = lambda _error: None  # type: ignore[method-assign]
    started = asyncio.ensure_future(app.start(Connection(url)))
    until(qtbot, started.done, what="the start")
    label = app.window.loadingLabel
    until(qtbot, lambda: "Trying again" in label.text(), what="the retry notice")
    assert label.isVisible()
    proxy.restore()
    until(qtbot, lambda: not label.isVisible(), timeout=15, what="the lists after the retry")
    assert app.window.myRequestsView.model().rowCount() == 6


def test_an_ended_session_asks_to_sign_in_again(
    make_app: AppFactory, qtbot: QtBot, loop: qasync.QEventLoop, proxy: CuttableProxy,
    service: RunningService, memory_keyring: MemoryKeyring,
) -> None:
    url = f"http://127.0.0.1:{proxy.port}"
    token = _signed_in_before(memory_keyring, url, service)
    app = _started_with_a_kept_token(make_app, qtbot, url)
    until(qtbot, lambda: app.workspace is not None and app.workspace.online, what="live sync")
    # The session ends on the service's side (signed out elsewhere); the stream drops.
    httpx.post(f"{service.url}/api/auth/logout", headers={"Authorization": f"Bearer {token}"})
    proxy.cut()
    proxy.restore()
    _answer_sign_in_again(app, qtbot)
    assert "sign in again" in app.window.noticeBanner.text()
    until(qtbot, lambda: app.workspace is not None and app.workspace.online, timeout=15,
          what="live sync again")
    assert memory_keyring.get_password(SERVICE_NAME, url) not in (None, token)


def test_an_event_that_cannot_be_handled_is_shown_and_everything_reloads(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, streamer: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace = desktop.workspace
    assert workspace is not None
    until(qtbot, lambda: workspace.online, what="live sync")
    broken = [True]
    original = Workspace._add_message

    def fails_once(self: Workspace, message: object) -> None:
        if broken and getattr(message, "body", "") == "first":
            broken.clear()
            raise ValueError("a message this version cannot show")
        original(self, message)  # type: ignore[arg-type]

    monkeypatch.setattr(Workspace, "_add_message", fails_once)
    streamer.post("/api/requests/3/messages", json={"body": "first"})
    until(qtbot, lambda: "could not be shown" in desktop.window.noticeBanner.text(),
          what="the failure to be told")
    # Everything was loaded again, and live updates go on.
    until(qtbot, lambda: workspace.requests[3].last_message.body == "first",
          what="the reload")
    streamer.post("/api/requests/3/messages", json={"body": "second"})
    until(qtbot, lambda: workspace.requests[3].last_message.body == "second",
          what="the next live event")
    assert workspace.online


def test_a_call_refused_for_an_ended_session_asks_to_sign_in_and_keeps_the_text(
    make_app: AppFactory, qtbot: QtBot, loop: qasync.QEventLoop, proxy: CuttableProxy,
    service: RunningService, memory_keyring: MemoryKeyring,
) -> None:
    url = f"http://127.0.0.1:{proxy.port}"
    token = _signed_in_before(memory_keyring, url, service)
    app = _started_with_a_kept_token(make_app, qtbot, url)
    app.window.select_request(4)
    httpx.post(f"{service.url}/api/auth/logout", headers={"Authorization": f"Bearer {token}"})
    edit = app.window.messageEdit
    qtbot.keyClicks(edit, "Still here?")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _answer_sign_in_again(app, qtbot)
    assert edit.text() == "Still here?"
    until(qtbot, lambda: memory_keyring.get_password(SERVICE_NAME, url) not in (None, token),
          what="the new session")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    until(qtbot, lambda: edit.text() == "", what="the message to go")

"""Signing in to a team's service: asked once, kept in the keyring, never in a file."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailingKeyring
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.shell.app import Connection, DesktopApp
from streamer_desktop.desktop.shell.credentials import SERVICE_NAME, CredentialStore
from tests.conftest import RunningService
from tests.desktop.conftest import AppFactory
from tests.support.api import STREAMER
from tests.support.desktop import until
from tests.support.keyrings import MemoryKeyring


def _answer_sign_in(app: DesktopApp, qtbot: QtBot, email: str, password: str) -> None:
    until(qtbot, lambda: app.window.findChild(QLineEdit, "emailEdit") is not None
          and app.window.findChild(QLineEdit, "emailEdit").isVisible(),
          what="the sign-in dialog")
    email_edit = app.window.findChild(QLineEdit, "emailEdit")
    password_edit = app.window.findChild(QLineEdit, "passwordEdit")
    buttons = app.window.findChild(QDialogButtonBox, "signInButtons")
    assert email_edit is not None
    assert password_edit is not None
    assert buttons is not None
    email_edit.setText(email)
    password_edit.setText(password)
    buttons.accepted.emit()


def _start(app: DesktopApp, url: str) -> object:
    import asyncio

    return asyncio.ensure_future(app.start(Connection(url)))


def test_signed_in_once_then_remembered(
    make_app: AppFactory, qtbot: QtBot, service: RunningService, memory_keyring: MemoryKeyring
) -> None:
    first = make_app()
    started = _start(first, service.url)
    _answer_sign_in(first, qtbot, "anna@demo.shop", "wrong password")
    until(qtbot, lambda: first.window.findChild(QLabel, "signInError").isVisible(),
          what="the error")
    assert first.window.findChild(QLabel, "signInError").text() == (
        "The e-mail or the password is wrong.")
    _answer_sign_in(first, qtbot, *STREAMER)
    until(qtbot, started.done, what="the sign-in")  # type: ignore[attr-defined]
    assert started.result() is True  # type: ignore[attr-defined]
    assert first.window.myRequestsView.model().rowCount() == 6
    assert memory_keyring.secrets[(SERVICE_NAME, service.url)]

    second = make_app()
    started = _start(second, service.url)
    until(qtbot, started.done, what="the second start")  # type: ignore[attr-defined]
    assert started.result() is True  # type: ignore[attr-defined]
    assert second.window.findChild(QLineEdit, "emailEdit") is None  # not asked again
    assert second.window.myRequestsView.model().rowCount() == 6


def test_without_a_keyring_the_sign_in_lasts_the_session(
    make_app: AppFactory, qtbot: QtBot, service: RunningService
) -> None:
    keyring.set_keyring(FailingKeyring())
    credentials = CredentialStore()
    app = make_app(credentials)
    started = _start(app, service.url)
    _answer_sign_in(app, qtbot, *STREAMER)
    until(qtbot, started.done, what="the sign-in")  # type: ignore[attr-defined]
    assert credentials.persistent is False
    assert app.window.noticeBanner.isVisible()
    assert "until you quit" in app.window.noticeBanner.text()


def test_sign_out_forgets_the_token_and_keeps_the_app_and_the_draft(
    make_app: AppFactory, qtbot: QtBot, service: RunningService, memory_keyring: MemoryKeyring
) -> None:
    app = make_app()
    started = _start(app, service.url)
    _answer_sign_in(app, qtbot, *STREAMER)
    until(qtbot, started.done, what="the sign-in")  # type: ignore[attr-defined]
    app.window.select_request(4)
    qtbot.keyClicks(app.window.messageEdit, "Half-written reply")
    first_token = next(iter(memory_keyring.secrets.values()))
    app.window.signOutAction.trigger()
    until(qtbot, lambda: app.window.findChild(QLineEdit, "emailEdit") is not None
          and app.window.findChild(QLineEdit, "emailEdit").isVisible(),
          what="the sign-in dialog")
    assert memory_keyring.secrets == {}
    assert "signed out" in app.window.noticeBanner.text()
    assert not app.quit_event.is_set()
    _answer_sign_in(app, qtbot, *STREAMER)
    until(qtbot, lambda: memory_keyring.secrets, what="the new sign-in")
    assert next(iter(memory_keyring.secrets.values())) != first_token
    assert app.window.messageEdit.text() == "Half-written reply"
    until(qtbot, lambda: app.window.myRequestsView.model().rowCount() == 6, what="the lists")

"""Handing a request to a colleague from the desktop, and joining a shop's team: the
invited streamer chooses a password in the browser, then signs in from the desktop."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
from playwright.sync_api import Page, expect
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.shell.app import Connection, DesktopApp
from streamer_desktop.desktop.team.handover import HandOverDialog
from tests.conftest import T0, RunningService
from tests.desktop.conftest import AppFactory
from tests.desktop.shell.test_keyboard import CTRL, SHIFT, _in_front, _press
from tests.desktop.stream.test_manage_stream import _open
from tests.support.api import ADMIN, schedule, sign_in
from tests.support.browser import BrowserThread
from tests.support.desktop import RecordingNotifier, run, until
from tests.web.test_team_pages import account_link

COLLEAGUE = ("mateo@demo.shop", "colleague-demo")


def _dialog(desktop: DesktopApp, qtbot: QtBot) -> HandOverDialog:
    found: list[HandOverDialog] = []

    def shown() -> bool:
        dialog = desktop.window.findChild(HandOverDialog, "transferDialog")
        if dialog is not None and dialog.isVisible():
            found.append(dialog)
            return True
        return False

    until(qtbot, shown, what="the hand-over dialog")
    return found[-1]


def test_a_request_goes_to_a_colleague_and_both_lists_follow(
        desktop: DesktopApp, make_app: AppFactory, qtbot: QtBot, service: RunningService,
        notifier: RecordingNotifier) -> None:
    window = desktop.window
    with sign_in(service.url, *ADMIN) as admin:
        admin.post("/api/admin/team", json={"email": "sam@demo.shop", "display_name": "Sam"})
    # Mateo signs in on his own desktop; Sam (invited) is not on the team yet.
    mateo = make_app()
    assert run(qtbot, mateo.start(Connection(service.url, *COLLEAGUE)))
    assert mateo.window.myRequestsView.model().rowCount() == 0

    # Anna opens Jonas's chat and presses Ctrl+Shift+H.
    until(qtbot, lambda: desktop.workspace is not None and 3 in desktop.workspace.requests)
    _in_front(qtbot, desktop)
    view = window.myRequestsView
    row = view.model().row_of(3)
    view.setFocus()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 0)).center())
    until(qtbot, lambda: window.current_request_id == 3, what="Jonas's chat")
    _press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    dialog = _dialog(desktop, qtbot)
    colleagues = dialog.findChild(QListWidget, "colleagueList")
    assert colleagues is not None
    lines = [colleagues.item(i).text() for i in range(colleagues.count())]
    assert lines == ["Mateo Rossi · online · 0 open requests"]
    assert "Jonas Becker's request" in dialog.questionLabel.text()
    until(qtbot, lambda: QApplication.focusWidget() is colleagues, what="the list's focus")
    _press(qtbot, Qt.Key.Key_Return)

    # Jonas leaves Anna's list and arrives in Mateo's, live, with a notification.
    until(qtbot, lambda: view.model().row_of(3) is None, what="the card to leave")
    until(qtbot, lambda: mateo.window.myRequestsView.model().row_of(3) is not None,
          what="the card to arrive at Mateo's")
    assert desktop.window.current_request_id != 3
    notice = window.findChild(QLabel, "noticeBanner")
    assert notice is not None
    until(qtbot, lambda: "Jonas Becker's request is now with Mateo Rossi." in notice.text(),
          what="the notice")
    assert ("Jonas Becker's request was handed to you", "", 3) in notifier.shown
    mateo.window.myRequestsView.setCurrentIndex(
        mateo.window.myRequestsView.model().index(0, 0))
    until(qtbot, lambda: mateo.chat_model.rowCount() > 0
          and "The request was handed to Mateo Rossi; the customer was told."
          in _chat_texts(mateo), what="the hand-over line in Mateo's chat")


def _chat_texts(app: DesktopApp) -> str:
    model = app.chat_model
    return "\n".join(str(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole))
                     for r in range(model.rowCount()))


def test_a_busy_colleague_refuses_and_the_dialog_says_why(
        desktop: DesktopApp, qtbot: QtBot, service: RunningService) -> None:
    with sign_in(service.url, *COLLEAGUE) as mateo, sign_in(service.url, *ADMIN) as admin:
        start = T0 + timedelta(days=1)
        anna_token = desktop.api.auth_headers() if desktop.api else {}
        with httpx.Client(base_url=service.url, headers=anna_token) as anna:
            assert schedule(anna, 2, start).status_code == 201
            assert anna.post("/api/requests/5/transfer",
                             json={"to_user_id": 3}).status_code == 200
        assert schedule(mateo, 5, start + timedelta(minutes=10)).status_code == 201
        del admin
        _open(desktop, qtbot, 2, "awaiting_customer")
        desktop.window.transferRequestAction.trigger()
        dialog = _dialog(desktop, qtbot)
        button = dialog.findChild(QPushButton, "transferButton")
        assert button is not None
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        error = dialog.findChild(QLabel, "transferErrorLabel")
        until(qtbot, lambda: error is not None and error.isVisible(), what="the reason")
        assert error is not None
        assert error.text() == (
            "Mateo Rossi has another stream at the time of this request's stream.")
        assert dialog.isVisible()  # nothing is lost: the choice stays
        assert 2 in desktop.workspace.requests  # type: ignore[union-attr]
        qtbot.mouseClick(dialog.findChild(QPushButton, "keepRequestButton"),
                         Qt.MouseButton.LeftButton)
        until(qtbot, lambda: not dialog.isVisible(), what="the dialog to close")


def test_an_invited_streamer_sets_a_password_in_the_browser_and_signs_in_here(
        make_app: AppFactory, qtbot: QtBot, service: RunningService,
        browser: BrowserThread) -> None:
    with sign_in(service.url, *ADMIN) as admin:
        assert admin.post("/api/admin/team", json={
            "email": "lea@demo.shop", "display_name": "Lea Novak"}).status_code == 201
    link = account_link(service.data_dir / "outbox", "lea@demo.shop")

    def choose(page: Page) -> None:
        page.goto(link)
        page.get_by_label("New password").fill("lea's own password")
        page.get_by_label("Repeat the password").fill("lea's own password")
        page.get_by_role("button", name="Set password").click()
        expect(page.locator("#password-done")).to_be_visible()

    browser.run(choose)
    app = make_app()
    started = asyncio.ensure_future(app.start(Connection(service.url)))
    until(qtbot, lambda: (edit := app.window.findChild(QLineEdit, "emailEdit")) is not None
          and edit.isVisible(), what="the sign-in dialog")
    email = app.window.findChild(QLineEdit, "emailEdit")
    password = app.window.findChild(QLineEdit, "passwordEdit")
    assert email is not None
    assert password is not None
    email.setFocus()
    qtbot.keyClicks(email, "lea@demo.shop")
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    qtbot.keyClicks(password, "lea's own password")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    until(qtbot, started.done, what="the sign-in")
    assert started.result() is True
    assert app.workspace is not None
    assert app.workspace.me is not None
    assert app.workspace.me.user.display_name == "Lea Novak"
    assert app.window.myRequestsView.model().rowCount() == 0

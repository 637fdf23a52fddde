"""The workplace by keyboard alone: shortcuts for the main actions, listed on a sheet;
finding a request; and a whole errand, from opening a request to a booked stream,
without the mouse."""

from __future__ import annotations

from datetime import timedelta

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from streamer_desktop import __version__
from streamer_desktop.desktop.roles import Role
from streamer_desktop.desktop.schedule.dialog import ScheduleDialog
from streamer_desktop.desktop.shell.app import DesktopApp
from tests.conftest import T0
from tests.support.api import schedule
from tests.support.desktop import until

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _in_front(qtbot: QtBot, desktop: DesktopApp) -> None:
    window = desktop.window
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def _press(qtbot: QtBot, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
           times: int = 1) -> None:
    """A key pressed where the keyboard is, as a person presses it."""
    for _ in range(times):
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "no window has the keyboard"
        qtbot.keyClick(target, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def _shown_customers(desktop: DesktopApp) -> list[str]:
    view = desktop.window.myRequestsView
    return [str(view.model().index(row, 0).data(Role.CUSTOMER)) for row in view.visible_rows()]


def _tab_to(qtbot: QtBot, widget: QWidget, most: int = 40) -> None:
    """Tab until ``widget`` has the keyboard, as a keyboard user does."""
    for _ in range(most):
        if widget.hasFocus():
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_the_shortcuts_sheet_lists_the_keys_that_work(desktop: DesktopApp,
                                                      qtbot: QtBot) -> None:
    _in_front(qtbot, desktop)
    _press(qtbot, Qt.Key.Key_F1)
    until(qtbot, lambda: desktop.window.shortcutsDialog is not None
          and desktop.window.shortcutsDialog.isVisible(), what="the shortcuts sheet")
    sheet = desktop.window.shortcutsDialog
    assert sheet is not None
    assert sheet.objectName() == "shortcutsDialog"
    rows = dict(sheet.rows())
    assert rows["Find a request"] == "Ctrl+F"
    assert rows["Schedule a stream"] == "Ctrl+Shift+S"
    assert rows["Reschedule"] == "Ctrl+Shift+R"
    assert rows["Cancel stream"] == "Ctrl+Shift+X"
    assert rows["Start stream"] == "Ctrl+Shift+L"
    assert rows["Message the customer"] == "Ctrl+Shift+M"
    assert rows["Next request"] == "Alt+Down"
    assert rows["Keyboard shortcuts"] == "Ctrl+/ or F1"
    assert rows["Quit"] == "Ctrl+Q"
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_about_tells_the_version_and_the_licences(desktop: DesktopApp, qtbot: QtBot) -> None:
    desktop.window.aboutAction.trigger()
    about = desktop.window.findChild(QDialog, "aboutDialog")
    assert about is not None
    assert about.isVisible()
    assert __version__ in about.titleLabel.text()
    assert "Python 3." in about.versionsLabel.text()
    licences = {about.table.item(row, 0).text(): about.table.item(row, 2).text()
                for row in range(about.table.rowCount())}
    pyside = next(v for k, v in licences.items() if k.lower().startswith("pyside6"))
    assert "LGPL" in pyside
    assert {"qasync", "httpx", "babel", "fastapi"} <= set(licences)
    assert all(licences.values())


def test_finding_a_request_by_what_was_said(desktop: DesktopApp, qtbot: QtBot) -> None:
    _in_front(qtbot, desktop)
    everyone = _shown_customers(desktop)
    _press(qtbot, Qt.Key.Key_F, CTRL)
    assert desktop.window.requestSearchEdit.hasFocus()
    _type(qtbot, "bangalore")  # Priya asked about shipping there
    assert _shown_customers(desktop) == ["Priya Sharma"]
    _press(qtbot, Qt.Key.Key_Down)  # to the card found: its chat opens
    assert desktop.window.myRequestsView.hasFocus()
    assert desktop.window.chatTitle.text() == "Priya Sharma"
    _press(qtbot, Qt.Key.Key_F, CTRL)
    _type(qtbot, "nobody said this")
    assert _shown_customers(desktop) == []
    _press(qtbot, Qt.Key.Key_Escape)  # clears the search: every card is back
    assert _shown_customers(desktop) == everyone
    # Alt+↓ and Alt+↑ walk the requests from anywhere.
    first, second = everyone[:2]
    desktop.window.select_request(int(desktop.window.myRequestsView.model().index(
        0, 0).data(Role.REQUEST_ID)))
    assert desktop.window.chatTitle.text() == first
    _press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert desktop.window.chatTitle.text() == second
    _press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert desktop.window.chatTitle.text() == first


def test_an_errand_without_the_mouse(desktop: DesktopApp, qtbot: QtBot,
                                     streamer: httpx.Client) -> None:
    """Open a request, reply, schedule a stream past a conflict, all by keys."""
    # Another customer's stream already holds the time the dialog will propose.
    assert schedule(streamer, 4, T0 + timedelta(minutes=30)).status_code == 201
    until(qtbot, lambda: desktop.workspace is not None
          and desktop.workspace.requests[4].stream is not None,
          what="the app to hear of that stream")
    _in_front(qtbot, desktop)
    window = desktop.window

    _press(qtbot, Qt.Key.Key_F, CTRL)
    _type(qtbot, "jonas")
    _press(qtbot, Qt.Key.Key_Return)
    assert window.chatTitle.text() == "Jonas Becker"

    _press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert window.messageEdit.hasFocus()
    _type(qtbot, "Shall we look at it together on video?")
    _press(qtbot, Qt.Key.Key_Return)
    chat = window.chatView.model()
    until(qtbot, lambda: chat.index(chat.rowCount() - 1, 0).data()
          == "Shall we look at it together on video?", what="the reply in the chat")

    _press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    until(qtbot, lambda: window.findChild(ScheduleDialog, "scheduleDialog") is not None,
          what="Schedule a stream")
    dialog = window.findChild(ScheduleDialog, "scheduleDialog")
    assert dialog is not None
    until(qtbot, dialog.isActiveWindow, what="the dialog to have the keyboard")
    conflict = dialog.conflictNotice
    assert conflict.isVisible()
    assert "Priya Sharma" in conflict.text()
    schedule_button = dialog.findChild(QPushButton, "scheduleButton")
    assert not schedule_button.isEnabled()
    _tab_to(qtbot, dialog.nearestFreeButton)
    _press(qtbot, Qt.Key.Key_Space)  # take the nearest free start
    assert not conflict.isVisible()
    assert dialog.instant == T0 + timedelta(minutes=60)
    assert schedule_button.isEnabled()
    _tab_to(qtbot, schedule_button)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _press(qtbot, Qt.Key.Key_Return)
    until(qtbot, lambda: any("waiting for the customer" in str(chat.index(r, 0).data())
                             for r in range(chat.rowCount())), what="the proposal in the chat")
    # The card says so, and the keys for what comes next are ready.
    assert window.rescheduleAction.isEnabled()
    assert window.cancelStreamAction.isEnabled()
    assert not window.startStreamAction.isEnabled()  # the customer has not confirmed

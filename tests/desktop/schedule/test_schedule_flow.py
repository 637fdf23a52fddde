"""Scheduling from the menu through the real service: success, and the server's 409."""

from __future__ import annotations

from datetime import timedelta

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.requests.model import Role
from streamer_desktop.desktop.schedule.dialog import ScheduleDialog
from streamer_desktop.desktop.shell.app import DesktopApp
from tests.conftest import T0
from tests.support.api import schedule
from tests.support.desktop import card_value, until


def _open_dialog(app: DesktopApp, qtbot: QtBot, request_id: int) -> ScheduleDialog:
    app.window.select_request(request_id)
    action = app.window.findChild(QAction, "scheduleStreamAction")
    assert action is not None
    assert action.isVisible()
    assert action.isEnabled()
    action.trigger()
    until(qtbot, lambda: app.window.findChild(ScheduleDialog, "scheduleDialog"),
          what="the dialog")
    dialog = app.window.findChild(ScheduleDialog, "scheduleDialog")
    assert dialog is not None
    return dialog


def _card_line(app: DesktopApp, request_id: int) -> str:
    return card_value(app.window.myRequestsView.model(), request_id, Role.STREAM_LINE)


def _chat(app: DesktopApp) -> list[str]:
    model = app.window.chatView.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_scheduling_shows_the_stream_in_the_list_and_the_chat(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    dialog = _open_dialog(desktop, qtbot, 4)
    assert "Priya Sharma" in dialog.windowTitle()
    qtbot.mouseClick(dialog.findChild(QPushButton, "tomorrowButton"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"),
                         Qt.MouseButton.LeftButton)
    until(qtbot, lambda: "awaiting the customer" in _card_line(desktop, 4), what="the card")
    assert "Tue 3 Mar, 10:30" in _card_line(desktop, 4)
    until(qtbot, lambda: any("waiting for the customer" in line for line in _chat(desktop)),
          what="the confirmation request in the chat")


def test_server_conflict_keeps_the_dialog_and_offers_its_free_start(
    desktop: DesktopApp, qtbot: QtBot, streamer: httpx.Client
) -> None:
    dialog = _open_dialog(desktop, qtbot, 2)
    proposed = dialog.instant
    assert proposed == T0 + timedelta(minutes=30)
    # Another window books that slot for another customer meanwhile.
    assert schedule(streamer, 3, proposed).status_code == 201
    qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"), Qt.MouseButton.LeftButton)
    notice = dialog.findChild(QLabel, "conflictNotice")
    until(qtbot, lambda: notice.isVisible(), what="the conflict notice")
    assert "Jonas Becker" in notice.text()
    assert "11:00" in notice.text()  # the service's nearest free start (10:00 UTC), Berlin time
    assert dialog.isVisible()
    assert dialog.instant == proposed  # the input is kept
    qtbot.mouseClick(dialog.findChild(QPushButton, "nearestFreeButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.instant == T0 + timedelta(hours=1)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"),
                         Qt.MouseButton.LeftButton)
    until(qtbot, lambda: "awaiting the customer" in _card_line(desktop, 2), what="the card")


def test_reschedule_from_the_overdue_bar(
    desktop: DesktopApp, qtbot: QtBot, streamer: httpx.Client
) -> None:
    first = schedule(streamer, 6, T0 + timedelta(hours=2)).json()
    until(qtbot, lambda: desktop.workspace and desktop.workspace.requests[6].stream,
          what="the stream")
    desktop.window.select_request(6)
    qtbot.mouseClick(desktop.window.rescheduleButton, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: desktop.window.findChild(ScheduleDialog, "scheduleDialog"),
          what="the dialog")
    dialog = desktop.window.findChild(ScheduleDialog, "scheduleDialog")
    assert dialog.findChild(QPushButton, "scheduleButton").text() == "Reschedule"
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"),
                         Qt.MouseButton.LeftButton)
    until(qtbot, lambda: desktop.workspace.requests[6].stream.id != first["id"],
          what="the new stream")
    assert desktop.workspace.requests[6].stream.rescheduled_from_id == first["id"]


def test_the_same_choice_submitted_twice_books_once(
    desktop: DesktopApp, qtbot: QtBot, streamer: httpx.Client
) -> None:
    dialog = _open_dialog(desktop, qtbot, 4)
    choices: list[object] = []
    dialog.submitted.connect(choices.append)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"),
                         Qt.MouseButton.LeftButton)
        dialog.submitted.emit(choices[0])  # a second delivery of the same intent
    scheduler = desktop.scheduler
    assert scheduler is not None
    until(qtbot, lambda: not scheduler._in_flight, what="every save to end")
    messages = streamer.get("/api/requests/4/messages").json()
    assert len({m["stream"]["id"] for m in messages if m.get("stream")}) == 1
    assert desktop.window.noticeBanner.isHidden()

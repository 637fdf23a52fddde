"""Managing a booked stream from the desktop, through the real service: reschedule,
cancel with a message, start only when it can, the live view, end; and what the card and
the stream box say at each step."""

from __future__ import annotations

from datetime import timedelta

import httpx
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListView, QMenu, QPlainTextEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.requests.model import Role
from streamer_desktop.desktop.schedule.dialog import ScheduleDialog
from streamer_desktop.desktop.shell.app import DesktopApp
from streamer_desktop.desktop.stream.questions import CancelStreamDialog
from tests.conftest import T0, RunningService
from tests.service.test_lifecycle import _appointment_token, _conversation_token
from tests.support.api import schedule
from tests.support.desktop import answer, card_value, right_click, until
from tests.support.proxy import CuttableProxy


def _book(service: RunningService, streamer: httpx.Client, request_id: int,
          hours: float, *, confirm: bool = True) -> int:
    stream = schedule(streamer, request_id, T0 + timedelta(hours=hours)).json()
    if confirm:
        token = _appointment_token(service, streamer, request_id)
        assert httpx.post(f"{service.url}/api/a/{token}/confirm", json={
            "email": "customer@example.com", "consent": True}).status_code == 200
    return int(stream["id"])


def _booked(streamer: httpx.Client) -> list[dict[str, object]]:
    """The streamer's streams of the next three days, as the service holds them."""
    streams: list[dict[str, object]] = streamer.get("/api/streams", params={
        "after": T0.isoformat(), "before": (T0 + timedelta(days=3)).isoformat()}).json()
    return streams


def _open(desktop: DesktopApp, qtbot: QtBot, request_id: int, status: str) -> None:
    """Wait until the app knows the stream's status, then open the request by its card."""
    until(qtbot, lambda: desktop.workspace and desktop.workspace.requests[request_id].stream
          and desktop.workspace.requests[request_id].stream.status == status,
          what=f"the stream to be {status}")
    for view in (desktop.window.activeView, desktop.window.myRequestsView):
        model = view.model()
        row = model.row_of(request_id)
        if row is not None:
            view.setFocus()
            rect = view.visualRect(model.index(row, 0))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            break
    until(qtbot, lambda: desktop.window.current_request_id == request_id, what="the chat")


def _card_line(desktop: DesktopApp, request_id: int) -> str:
    for view in (desktop.window.activeView, desktop.window.myRequestsView):
        line = card_value(view.model(), request_id, Role.STREAM_LINE)
        if line:
            return line
    return ""


def _state(desktop: DesktopApp) -> str:
    label = desktop.window.findChild(QLabel, "streamStateLabel")
    assert label is not None
    return label.text() if desktop.window.streamBox.isVisible() else ""


def _chat(desktop: DesktopApp) -> list[str]:
    model = desktop.window.chatView.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _menu_pick(qtbot: QtBot, menu: QMenu, name: str) -> None:
    until(qtbot, menu.isVisible, what=f"the menu {menu.objectName()}")
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled(), name
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_reschedule_from_the_cards_context_menu_opens_prefilled(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client,
) -> None:
    with qtbot.waitActive(desktop.window):
        desktop.window.activateWindow()
    old = _book(service, streamer, 4, 3)
    _open(desktop, qtbot, 4, "confirmed")
    assert "confirmed" in _state(desktop)
    assert not desktop.window.scheduleStreamAction.isEnabled()  # it has a stream already
    view: QListView = desktop.window.myRequestsView
    row = view.model().row_of(4)
    right_click(view.viewport(), view.visualRect(view.model().index(row, 0)).center())
    _menu_pick(qtbot, desktop.window.cardMenu, "rescheduleAction")
    until(qtbot, lambda: desktop.window.findChild(ScheduleDialog, "scheduleDialog"),
          what="the dialog")
    dialog = desktop.window.findChild(ScheduleDialog, "scheduleDialog")
    assert dialog.windowTitle() == "Reschedule the stream with Priya Sharma"
    assert dialog.instant == T0 + timedelta(hours=3)  # opens on the time being moved
    qtbot.mouseClick(dialog.findChild(QPushButton, "tomorrowButton"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"),
                         Qt.MouseButton.LeftButton)
    until(qtbot, lambda: desktop.workspace.requests[4].stream.id != old, what="the new stream")
    stream = desktop.workspace.requests[4].stream
    assert stream.rescheduled_from_id == old
    assert stream.customer_details_kept  # the customer confirms it in one click
    until(qtbot, lambda: "awaiting the customer" in _card_line(desktop, 4), what="the card")
    assert "Tue 3 Mar" in _state(desktop)


def test_cancel_with_a_message_from_the_stream_box(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client,
) -> None:
    _book(service, streamer, 4, 2)
    _open(desktop, qtbot, 4, "confirmed")
    button = desktop.window.streamBox.findChild(QToolButton, "streamCancelButton")
    assert button is not None
    assert button.defaultAction().objectName() == "cancelStreamAction"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: desktop.window.findChild(CancelStreamDialog, "cancelStreamDialog"),
          what="the cancel dialog")
    dialog = desktop.window.findChild(CancelStreamDialog, "cancelStreamDialog")
    assert "Priya Sharma" in dialog.questionLabel.text()
    assert "Mon 2 Mar, 12:00" in dialog.questionLabel.text()  # 11:00 UTC, Berlin
    edit = dialog.findChild(QPlainTextEdit, "cancelMessageEdit")
    qtbot.keyClicks(edit, "Sorry, I am ill today. Shall we find another time?")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "confirmCancelButton"),
                         Qt.MouseButton.LeftButton)
    until(qtbot, lambda: "cancelled by you" in _card_line(desktop, 4),
          what=f"the card: {_card_line(desktop, 4)!r}")
    assert "cancelled by you, Mon 2 Mar, 10:00" in _state(desktop)  # when it was cancelled
    until(qtbot, lambda: any(line.endswith("Sorry, I am ill today. Shall we find another time?")
                             for line in _chat(desktop)), what="the message in the chat")
    assert any("was cancelled" in line for line in _chat(desktop))
    assert not desktop.window.cancelStreamAction.isEnabled()
    assert desktop.window.scheduleStreamAction.isEnabled()  # a new one can be booked
    token = _conversation_token(service, streamer, 4)
    seen = httpx.get(f"{service.url}/api/c/{token}").json()["messages"]
    assert seen[-1]["body"] == "Sorry, I am ill today. Shall we find another time?"


def test_cancelling_offline_is_refused_and_keeps_the_message(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client, proxy: CuttableProxy,
) -> None:
    stream_id = _book(service, streamer, 2, 2)
    _open(desktop, qtbot, 2, "confirmed")
    desktop.window.cancelStreamAction.trigger()
    until(qtbot, lambda: desktop.window.findChild(CancelStreamDialog, "cancelStreamDialog"),
          what="the cancel dialog")
    dialog = desktop.window.findChild(CancelStreamDialog, "cancelStreamDialog")
    edit = dialog.findChild(QPlainTextEdit, "cancelMessageEdit")
    qtbot.keyClicks(edit, "Something came up")
    proxy.cut()
    qtbot.mouseClick(dialog.findChild(QPushButton, "confirmCancelButton"),
                     Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "cancelErrorLabel")
    until(qtbot, error.isVisible, what="the refusal")
    assert "cannot be reached" in error.text()
    assert "not cancelled" in error.text()
    assert dialog.isVisible()
    assert edit.toPlainText() == "Something came up"
    assert _booked(streamer)[0]["status"] == "confirmed"  # nothing happened
    proxy.restore()
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "confirmCancelButton"),
                         Qt.MouseButton.LeftButton)
    until(qtbot, lambda: desktop.workspace.requests[2].stream.status == "cancelled",
          what="the cancel")
    assert desktop.workspace.requests[2].stream.id == stream_id
    assert desktop.workspace.requests[2].stream.cancel_note == "Something came up"


def test_an_unconfirmed_stream_offers_no_start(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client,
) -> None:
    _book(service, streamer, 5, 1, confirm=False)
    _open(desktop, qtbot, 5, "awaiting_customer")
    assert "awaiting the customer" in _state(desktop)
    service.clock.set(T0 + timedelta(hours=1))
    until(qtbot, lambda: "not confirmed by the customer" in _state(desktop),
          what="the start to come without a confirmation")
    assert not desktop.window.streamBox.startStreamButton.isVisible()
    desktop.window.start_requested.emit(5)  # as a click on its card would
    until(qtbot, desktop.window.noticeBanner.isVisible, what="the refusal")
    assert "has not confirmed" in desktop.window.noticeBanner.text()
    assert desktop.workspace.requests[5].stream.status == "awaiting_customer"


def test_start_in_the_window_then_live_view_then_end(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client,
) -> None:
    start = T0 + timedelta(hours=1)
    _book(service, streamer, 1, 1)
    _open(desktop, qtbot, 1, "confirmed")
    button = desktop.window.streamBox.startStreamButton
    assert not button.isVisible()  # an hour ahead: too early
    service.clock.set(start - timedelta(minutes=5))
    until(qtbot, button.isVisible, what="Start in the start window")
    assert "starts soon" in _state(desktop)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    answer(qtbot, desktop.window, "startStreamQuestion", "startStreamQuestionYes")
    live = desktop.window.liveView
    until(qtbot, live.isVisible, what="the live view")
    assert live.liveTitleLabel.text() == "Live with Emily Carter"
    assert "live since 10:55" in _state(desktop)  # Berlin
    assert not button.isVisible()
    assert not desktop.window.cancelStreamAction.isEnabled()
    until(qtbot, lambda: any(line.endswith("The stream started.") for line in _chat(desktop)),
          what="the start in the chat")  # it comes with the service's event
    until(qtbot, lambda: card_value(desktop.window.activeView.model(), 1, Role.PHASE) == "live",
          what="the card in Active, live")
    service.clock.set(start + timedelta(minutes=18))
    assert live.elapsed_text == "23:00"
    qtbot.mouseClick(live.endStreamButton, Qt.MouseButton.LeftButton)
    answer(qtbot, desktop.window, "endStreamQuestion", "endStreamQuestionYes")
    until(qtbot, lambda: not live.isVisible(), what="the live view to close")
    until(qtbot, lambda: any(line.endswith("Stream ended, 23 min") for line in _chat(desktop)),
          what="the end in the chat")
    assert desktop.window.activeView.model().rowCount() == 0  # it left Active
    assert "completed, 23 min" in _card_line(desktop, 1)


def test_the_card_says_who_cancelled_and_when(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client,
) -> None:
    _book(service, streamer, 3, 4)
    until(qtbot, lambda: "confirmed" in _card_line(desktop, 3), what="confirmed on the card")
    token = _appointment_token(service, streamer, 3)
    service.clock.set(T0 + timedelta(minutes=7))
    assert httpx.post(f"{service.url}/api/a/{token}/cancel").status_code == 200
    until(qtbot, lambda: "cancelled by the customer, Mon 2 Mar, 10:07" in _card_line(desktop, 3),
          what="the customer's cancel on the card")


def test_the_menus_offer_stream_actions_only_for_an_open_stream(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop,
) -> None:
    window = desktop.window
    menu_actions = {a.objectName() for a in window.menu.actions()}
    assert {"rescheduleAction", "cancelStreamAction", "messageCustomerAction"} <= menu_actions
    window.select_request(6)
    until(qtbot, lambda: window.current_request_id == 6, what="the chat")
    assert window.findChild(QAction, "rescheduleAction").isEnabled() is False
    assert window.findChild(QAction, "cancelStreamAction").isEnabled() is False
    assert window.messageCustomerAction.isEnabled()
    assert not window.streamBox.isVisible()
    window.messageCustomerAction.trigger()
    assert window.messageEdit.hasFocus() or window.focusWidget() is window.messageEdit


def test_rescheduling_offline_is_refused_and_keeps_the_choice(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client, proxy: CuttableProxy,
) -> None:
    old = _book(service, streamer, 6, 2)
    _open(desktop, qtbot, 6, "confirmed")
    desktop.window.rescheduleAction.trigger()
    until(qtbot, lambda: desktop.window.findChild(ScheduleDialog, "scheduleDialog"),
          what="the dialog")
    dialog = desktop.window.findChild(ScheduleDialog, "scheduleDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, "tomorrowButton"), Qt.MouseButton.LeftButton)
    chosen = dialog.instant
    proxy.cut()
    qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "errorNotice")
    until(qtbot, error.isVisible, what="the refusal")
    assert "cannot be reached" in error.text()
    assert dialog.isVisible()
    assert dialog.instant == chosen  # the choice is kept
    assert [(s["id"], s["status"]) for s in _booked(streamer)] == [(old, "confirmed")]  # kept
    proxy.restore()
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleButton"),
                         Qt.MouseButton.LeftButton)
    until(qtbot, lambda: desktop.workspace.requests[6].stream.id != old, what="the move")
    assert desktop.workspace.requests[6].stream.starts_at == chosen

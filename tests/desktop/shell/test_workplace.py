"""The streamer's workplace, driven by widget names against the real service."""

from __future__ import annotations

from datetime import timedelta

import httpx
import qasync
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QListView, QPushButton, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.requests.model import Role
from streamer_desktop.desktop.shell.app import DesktopApp
from tests.conftest import T0, RunningService
from tests.service.test_lifecycle import _appointment_token, _conversation_token
from tests.support.api import ADMIN, schedule, sign_in
from tests.support.desktop import RecordingNotifier, answer, card_value, until
from tests.support.proxy import CuttableProxy


def _view(app: DesktopApp, name: str) -> QListView:
    view = app.window.findChild(QListView, name)
    assert view is not None, name
    return view


def _customers(view: QListView) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data(Role.CUSTOMER) for row in range(model.rowCount())]


def _click_card(qtbot: QtBot, view: QListView, customer: str) -> None:
    row = _customers(view).index(customer)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _chat_lines(app: DesktopApp) -> list[str]:
    model = _view(app, "chatView").model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_lists_fill_after_start(desktop: DesktopApp) -> None:
    assert desktop.window.objectName() == "mainWindow"
    assert not desktop.window.loadingLabel.isVisible()
    assert _customers(_view(desktop, "myRequestsView"))[:2] == ["Mia Thompson", "Aarav Thapa"]
    assert len(_customers(_view(desktop, "myRequestsView"))) == 6
    assert _customers(_view(desktop, "activeView")) == []


def test_chat_opens_and_a_new_message_arrives_live(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot, service: RunningService,
    streamer: httpx.Client,
) -> None:
    requests = _view(desktop, "myRequestsView")
    _click_card(qtbot, requests, "Jonas Becker")
    until(qtbot, lambda: len(_chat_lines(desktop)) == 3, what="the chat to load")
    assert "Super, aber heute" in _chat_lines(desktop)[-1]
    token = _conversation_token(service, streamer, 3)
    httpx.post(f"{service.url}/api/c/{token}/messages", json={"body": "Noch da?"})
    until(qtbot, lambda: "Noch da?" in _chat_lines(desktop)[-1], what="the live message")
    assert _customers(requests)[0] == "Jonas Becker"


def test_sending_clears_the_field_and_shows_the_message(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    _click_card(qtbot, _view(desktop, "myRequestsView"), "Priya Sharma")
    edit = desktop.window.findChild(QLineEdit, "messageEdit")
    send = desktop.window.findChild(QPushButton, "sendButton")
    assert edit is not None
    assert send is not None
    until(qtbot, lambda: len(_chat_lines(desktop)) == 1, what="the chat to load")
    qtbot.keyClicks(edit, "Yes, we ship to Bangalore.")
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: edit.text() == "", what="the field to clear")
    until(qtbot, lambda: "ship to Bangalore" in _chat_lines(desktop)[-1], what="the message")


def test_typed_text_is_kept_when_the_service_is_unreachable(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot, proxy: CuttableProxy
) -> None:
    _click_card(qtbot, _view(desktop, "myRequestsView"), "Priya Sharma")
    until(qtbot, lambda: len(_chat_lines(desktop)) == 1, what="the chat to load")
    proxy.cut()
    until(qtbot, lambda: desktop.window.connectionBanner.isVisible(), what="the offline banner")
    edit = desktop.window.messageEdit
    qtbot.keyClicks(edit, "Draft that must survive")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    until(qtbot, lambda: desktop.window.noticeBanner.isVisible(), what="the error notice")
    assert "cannot be reached" in desktop.window.noticeBanner.text()
    assert edit.text() == "Draft that must survive"
    assert _customers(_view(desktop, "myRequestsView"))  # still usable
    desktop.window.show_notice("Another problem, unrelated to the connection")
    assert "cannot be reached" in desktop.window.noticeBanner.text()  # not overwritten
    proxy.restore()
    until(qtbot, lambda: not desktop.window.connectionBanner.isVisible(), timeout=20,
          what="the reconnection")
    # Back online: what was said about the lost connection goes, the rest stays.
    assert "cannot be reached" not in desktop.window.noticeBanner.text()
    assert desktop.window.noticeBanner.text() == "Another problem, unrelated to the connection"
    qtbot.keyClick(desktop.window.noticeBanner, Qt.Key.Key_Escape)
    assert desktop.window.noticeBanner.isHidden()


def test_dropped_connection_resumes_without_losing_an_event(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot, proxy: CuttableProxy,
    streamer: httpx.Client,
) -> None:
    _click_card(qtbot, _view(desktop, "myRequestsView"), "Lucas Oliveira")
    until(qtbot, lambda: len(_chat_lines(desktop)) == 1, what="the chat to load")
    proxy.cut()
    until(qtbot, lambda: desktop.window.connectionBanner.isVisible(), what="the offline banner")
    for body in ("one", "two", "three"):
        streamer.post("/api/requests/2/messages", json={"body": body})
    proxy.restore()
    until(qtbot, lambda: "three" in _chat_lines(desktop)[-1], timeout=20, what="the replay")
    assert [line.rsplit("  ", 1)[-1] for line in _chat_lines(desktop)[-3:]] == [
        "one", "two", "three"]
    assert not desktop.window.connectionBanner.isVisible()


def test_card_rises_at_minus_ten_then_moves_to_active_and_starts(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot, service: RunningService,
    streamer: httpx.Client, notifier: RecordingNotifier,
) -> None:
    start = T0 + timedelta(hours=2)
    assert schedule(streamer, 1, start).status_code == 201
    token = _appointment_token(service, streamer, 1)
    httpx.post(f"{service.url}/api/a/{token}/confirm",
               json={"email": "emily@example.com", "consent": True})
    requests, active = _view(desktop, "myRequestsView"), _view(desktop, "activeView")
    until(qtbot, lambda: notifier.shown, what="the confirmation notice")
    assert notifier.shown[-1][0] == "Emily Carter confirmed the stream"
    streamer.post("/api/requests/6/messages", json={"body": "Newer activity elsewhere"})
    until(qtbot, lambda: _customers(requests)[0] == "Mia Thompson", what="newer activity")
    card = requests.model().index(_customers(requests).index("Emily Carter"), 0)
    assert "12:00 (customer 03:00)" in card.data(Role.STREAM_LINE)  # Berlin, Los Angeles
    assert "confirmed" in card.data(Role.STREAM_LINE)

    service.clock.set(start - timedelta(minutes=10))
    assert desktop.board is not None
    assert _customers(requests)[0] == "Emily Carter"
    assert notifier.shown[-1][0] == "Stream with Emily Carter in 10 minutes"

    service.clock.set(start)
    assert _customers(active) == ["Emily Carter"]
    assert "Emily Carter" not in _customers(requests)
    assert notifier.shown[-1][0] == "Stream with Emily Carter starts now"
    _click_card(qtbot, active, "Emily Carter")
    answer(qtbot, desktop.window, "startStreamQuestion", "startStreamQuestionYes")
    until(qtbot, lambda: active.model().index(0, 0).data(Role.PHASE) == "live",
          what="the stream to go live")


def test_timer_aims_at_the_next_moment(desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop,
                                       streamer: httpx.Client) -> None:
    assert desktop.board is not None
    assert desktop.board.next_tick_ms is None
    schedule(streamer, 4, T0 + timedelta(hours=1))
    until(qtbot, lambda: desktop.board and desktop.board.next_tick_ms is not None,
          what="the timer to be aimed")
    remaining = desktop.board.next_tick_ms
    assert remaining is not None
    assert 49 * 60_000 < remaining <= 50 * 60_000 + 1


def test_switch_hides_and_shows_schedule_action(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService
) -> None:
    action = desktop.window.scheduleStreamAction
    assert action.objectName() == "scheduleStreamAction"
    assert action.isVisible()
    assert not action.isEnabled()  # nothing to schedule for until a request is chosen
    _click_card(qtbot, _view(desktop, "myRequestsView"), "Priya Sharma")
    until(qtbot, action.isEnabled, what="the action to be usable")
    with sign_in(service.url, *ADMIN) as admin:
        admin.patch("/api/business/settings", json={"scheduled_streams_enabled": False})
        until(qtbot, lambda: not action.isVisible(), what="the action to disappear")
        admin.patch("/api/business/settings", json={"scheduled_streams_enabled": True})
        until(qtbot, lambda: action.isVisible(), what="the action to come back")


def test_new_request_notifies(desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop,
                              service: RunningService, notifier: RecordingNotifier) -> None:
    desktop.window.hide()  # the streamer works in another window; the app sits in the tray
    until(qtbot, lambda: not desktop.window.isActiveWindow(), what="the window to leave")
    httpx.post(f"{service.url}/api/widget/requests", json={
        "business": "demo-shop", "name": "Zoe", "message": "Hello!", "time_zone": "UTC"})
    until(qtbot, lambda: notifier.shown, what="the notification")
    assert notifier.shown[-1][:2] == ("New request from Zoe", "Hello!")
    assert _customers(_view(desktop, "myRequestsView"))[0] == "Zoe"


def test_models_pass_the_model_tester(desktop: DesktopApp, qtmodeltester: object) -> None:
    for name in ("myRequestsView", "activeView", "chatView"):
        qtmodeltester.check(_view(desktop, name).model())  # type: ignore[attr-defined]


def _index(view: QListView, row: int) -> QModelIndex:
    return view.model().index(row, 0)



def test_overdue_card_offers_message_and_reschedule(
    desktop: DesktopApp, qtbot: QtBot, service: RunningService, streamer: httpx.Client,
) -> None:
    start = T0 + timedelta(hours=1)
    schedule(streamer, 5, start)
    token = _appointment_token(service, streamer, 5)
    httpx.post(f"{service.url}/api/a/{token}/confirm",
               json={"email": "aarav@example.com", "consent": True})
    until(qtbot, lambda: desktop.workspace and desktop.workspace.requests[5].stream
          and desktop.workspace.requests[5].stream.status == "confirmed", what="confirmation")
    service.clock.set(start + timedelta(minutes=6))
    assert desktop.board is not None
    active = _view(desktop, "activeView")
    assert _customers(active) == ["Aarav Thapa"]
    assert "overdue" in active.model().index(0, 0).data(Role.STREAM_LINE)
    rect = active.visualRect(active.model().index(0, 0))
    qtbot.mouseClick(active.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    desktop.window.select_request(5)
    assert desktop.window.overdueBar.isVisible()
    qtbot.mouseClick(desktop.window.messageCustomerButton, Qt.MouseButton.LeftButton)
    assert desktop.window.messageEdit.hasFocus() or desktop.window.focusWidget() is (
        desktop.window.messageEdit)
    with qtbot.waitSignal(desktop.window.reschedule_requested) as asked:
        qtbot.mouseClick(desktop.window.rescheduleButton, Qt.MouseButton.LeftButton)
    assert asked.args == [5]


def test_notification_click_opens_the_request(
    desktop: DesktopApp, qtbot: QtBot, notifier: RecordingNotifier
) -> None:
    notifier.activated.emit(3)
    assert desktop.window.current_request_id == 3
    assert desktop.window.chatTitle.text() == "Jonas Becker"
    until(qtbot, lambda: len(_chat_lines(desktop)) == 3, what="the chat to load")


def test_the_chat_header_tells_the_customers_clock_while_it_differs(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    # The pinned clock reads Monday 09:00 UTC; the streamer is in Berlin.
    _click_card(qtbot, _view(desktop, "myRequestsView"), "Priya Sharma")  # in Kolkata
    assert desktop.window.chatTitle.text() == "Priya Sharma"
    assert desktop.window.chatZoneLabel.text() == "14:30 there · Kolkata"
    _click_card(qtbot, _view(desktop, "myRequestsView"), "Jonas Becker")  # in Berlin too
    assert desktop.window.chatZoneLabel.text() == ""


def test_unread_messages_count_on_the_card_until_the_chat_is_read(
    desktop: DesktopApp, qtbot: QtBot, service: RunningService, streamer: httpx.Client
) -> None:
    window = desktop.window
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    cards = window.myRequestsView.model()

    def unread() -> int:
        return int(card_value(cards, 4, Role.UNREAD) or 0)

    def unread_on_the_service() -> int:
        return next(r["unread"] for r in streamer.get("/api/requests").json() if r["id"] == 4)

    assert unread() == 1  # Priya's question, not answered yet
    token = _conversation_token(service, streamer, 4)
    for body in ("Hello?", "Is anyone there?"):
        httpx.post(f"{service.url}/api/c/{token}/messages", json={"body": body})
    until(qtbot, lambda: unread() == 3, what="the count to rise")
    assert "3 unread" in card_value(cards, 4, Qt.ItemDataRole.AccessibleTextRole)
    _click_card(qtbot, window.myRequestsView, "Priya Sharma")
    assert unread() == 0  # read at once, on the card
    until(qtbot, lambda: unread_on_the_service() == 0, what="the service to hear it")
    # While the chat is in front, what arrives in it is read as it comes.
    httpx.post(f"{service.url}/api/c/{token}/messages", json={"body": "Ah, there you are."})
    until(qtbot, lambda: _chat_lines(desktop)[-1:] == ["Ah, there you are."],
          what="the message in the open chat")
    until(qtbot, lambda: unread_on_the_service() == 0 and unread() == 0, what="it read")
    # Another customer's message counts on their card.
    before = int(card_value(cards, 3, Role.UNREAD))
    httpx.post(f"{service.url}/api/c/{_conversation_token(service, streamer, 3)}/messages",
               json={"body": "Noch da?"})
    until(qtbot, lambda: int(card_value(cards, 3, Role.UNREAD)) == before + 1,
          what="Jonas's count")
    # Read in another window of the streamer: this one hears it.
    streamer.post("/api/requests/3/read", json={"up_to": 2**53})
    until(qtbot, lambda: int(card_value(cards, 3, Role.UNREAD)) == 0, what="the other window")


def test_help_menu_links_the_shop_and_hides_the_outbox_for_a_remote_service(
    desktop: DesktopApp,
) -> None:
    assert desktop.window.openShopAction.objectName() == "openShopAction"
    assert desktop.window.openShopAction.text() == "Open the demo shop (customer's view)"
    assert not desktop.window.openOutboxAction.isVisible()  # a remote service's mail


def test_arrow_keys_move_the_chat_and_a_reply_goes_to_the_customer_shown(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot, streamer: httpx.Client
) -> None:
    with qtbot.waitActive(desktop.window):
        desktop.window.activateWindow()
    requests = _view(desktop, "myRequestsView")
    names = _customers(requests)
    _click_card(qtbot, requests, names[0])
    until(qtbot, lambda: desktop.window.chatTitle.text() == names[0], what="the first chat")
    qtbot.keyClick(requests, Qt.Key.Key_Down)
    until(qtbot, lambda: desktop.window.chatTitle.text() == names[1], what="the second chat")
    qtbot.keyClick(requests, Qt.Key.Key_Down)
    qtbot.keyClick(requests, Qt.Key.Key_Up)
    assert desktop.window.chatTitle.text() == names[1]
    shown = requests.currentIndex().data(Role.REQUEST_ID)
    edit = desktop.window.findChild(QLineEdit, "messageEdit")
    qtbot.keyClick(requests, Qt.Key.Key_Tab)  # on to the chat's field
    edit.setFocus()
    qtbot.keyClicks(edit, "Hello from the keyboard")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    until(qtbot, lambda: edit.text() == "", what="the message to go")
    bodies = [m["body"] for m in streamer.get(f"/api/requests/{shown}/messages").json()]
    assert bodies[-1] == "Hello from the keyboard"
    assert "Hello from the keyboard" in _chat_lines(desktop)[-1]


def test_an_unconfirmed_stream_says_so_and_is_never_offered_to_start(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot, service: RunningService,
    streamer: httpx.Client, notifier: RecordingNotifier,
) -> None:
    start = T0 + timedelta(hours=1)
    assert schedule(streamer, 4, start).status_code == 201
    until(qtbot, lambda: desktop.workspace and desktop.workspace.requests[4].stream,
          what="the stream")
    requests, active = _view(desktop, "myRequestsView"), _view(desktop, "activeView")
    assert desktop.board is not None
    service.clock.set(start - timedelta(minutes=10))
    assert _customers(requests)[0] == "Priya Sharma"
    title, text, _ = notifier.shown[-1]
    assert title == "Stream with Priya Sharma in 10 minutes"
    assert "not confirmed" in text
    service.clock.set(start + timedelta(minutes=6))
    assert _customers(active) == []
    assert _customers(requests)[0] == "Priya Sharma"
    line = requests.model().index(0, 0).data(Role.STREAM_LINE)
    assert "not confirmed by the customer" in line
    assert "click to start" not in line
    assert "Active" not in notifier.shown[-1][1]
    _click_card(qtbot, requests, "Priya Sharma")
    assert desktop.window.overdueBar.isVisible()
    assert "has not confirmed" in desktop.window.overdueLabel.text()
    assert "is waiting" not in desktop.window.overdueLabel.text()


def test_a_stream_booked_minutes_ahead_raises_no_missed_reminder(
    desktop: DesktopApp, loop: qasync.QEventLoop, qtbot: QtBot, service: RunningService,
    streamer: httpx.Client, notifier: RecordingNotifier,
) -> None:
    assert schedule(streamer, 4, T0 + timedelta(minutes=5)).status_code == 201
    until(qtbot, lambda: desktop.workspace and desktop.workspace.requests[4].stream,
          what="the stream")
    assert desktop.board is not None
    assert not any("Missed" in title for title, _, _ in notifier.shown)


def test_no_pop_up_for_a_new_request_while_the_window_is_in_front(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    notifier: RecordingNotifier,
) -> None:
    with qtbot.waitActive(desktop.window):
        desktop.window.activateWindow()
    httpx.post(f"{service.url}/api/widget/requests", json={
        "business": "demo-shop", "name": "Zoe", "message": "Hello!", "time_zone": "UTC"})
    requests = _view(desktop, "myRequestsView")
    until(qtbot, lambda: _customers(requests)[0] == "Zoe", what="the new card")
    assert not notifier.shown


def test_a_left_click_on_the_tray_icon_brings_the_window_back(
    desktop: DesktopApp, qtbot: QtBot
) -> None:
    # Offscreen Qt has no tray: the icon's click is delivered as the tray would.
    desktop.window.hide()
    desktop._on_tray_activated(QSystemTrayIcon.ActivationReason.Context)
    assert desktop.window.isHidden()  # the right click opens the menu only
    desktop._on_tray_activated(QSystemTrayIcon.ActivationReason.Trigger)
    assert desktop.window.isVisible()

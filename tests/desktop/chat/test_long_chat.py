"""A chat of 5,000 messages opens at its newest and reads back, page by page, on scroll."""

from __future__ import annotations

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.shell.app import Connection, DesktopApp
from streamer_desktop.desktop.workspace import PAGE
from streamer_desktop.service.db import Database
from streamer_desktop.service.models import Message
from streamer_desktop.wire import MessageKind
from tests.conftest import T0, RunningService
from tests.desktop.conftest import AppFactory
from tests.support.api import STREAMER, sign_in
from tests.support.desktop import run, until
from tests.support.proxy import CuttableProxy

LONG = 5000
REQUEST = 3  # Jonas Becker, who has 3 messages in the demo data


def _write_history(service: RunningService) -> None:
    db = Database(service.settings.resolved_database_url())
    try:
        with db.write() as session:
            session.add_all(
                Message(request_id=REQUEST, sender="customer" if i % 2 else "streamer",
                        kind=MessageKind.TEXT.value, body=f"line {i}",
                        created_at=int(T0.timestamp()) - LONG + i)
                for i in range(LONG))
    finally:
        db.dispose()


def _started_on_a_long_chat(make_app: AppFactory, qtbot: QtBot, proxy: CuttableProxy,
                            service: RunningService) -> DesktopApp:
    _write_history(service)
    app = make_app()
    assert run(qtbot, app.start(Connection(f"http://127.0.0.1:{proxy.port}", *STREAMER)))
    return app


def _lines(view: QListView) -> list[str]:
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.mark.slow
def test_a_long_chat_opens_at_its_newest_and_loads_older_on_scroll(
    make_app: AppFactory, qtbot: QtBot, loop: qasync.QEventLoop, proxy: CuttableProxy,
    service: RunningService,
) -> None:
    app = _started_on_a_long_chat(make_app, qtbot, proxy, service)
    app.window.resize(1100, 720)
    with qtbot.waitActive(app.window):
        app.window.show()
        app.window.activateWindow()
    app.window.select_request(REQUEST)
    chat = app.window.chatView
    until(qtbot, lambda: chat.model().rowCount() == PAGE, what="the newest page")
    assert _lines(chat)[-1].endswith("line 4999")  # the newest message is shown, at the end
    bar = chat.verticalScrollBar()
    until(qtbot, lambda: bar.value() == bar.maximum() > 0, what="the chat at its end")

    chat.setFocus()
    pages = 1
    while chat.model().rowCount() < LONG + 3:
        shown = chat.model().rowCount()
        reading = _lines(chat)[0]
        qtbot.keyClick(chat, Qt.Key.Key_Home)  # to the top, as the reader scrolls up
        until(qtbot, lambda shown=shown: chat.model().rowCount() > shown,
              what=f"page {pages + 1}")
        pages += 1
        # The message being read stays in view: the older ones went in above it.
        assert bar.value() > bar.minimum()
        assert _lines(chat)[chat.model().rowCount() - shown].endswith(reading.split()[-2]
                                                                     + " " + reading.split()[-1])
    lines = _lines(chat)
    assert pages == -(-(LONG + 3) // PAGE)
    assert len(lines) == LONG + 3
    assert "Super, aber heute" not in lines[0]  # the demo's first message is the oldest
    assert lines[3].endswith("line 0")
    assert lines[-1].endswith("line 4999")
    assert not app.workspace.has_older(REQUEST)  # type: ignore[union-attr]


def test_only_open_chats_keep_their_messages(
    make_app: AppFactory, qtbot: QtBot, loop: qasync.QEventLoop, proxy: CuttableProxy,
    service: RunningService,
) -> None:
    app = _started_on_a_long_chat(make_app, qtbot, proxy, service)
    workspace = app.workspace
    assert workspace is not None
    until(qtbot, lambda: workspace.online, what="live sync")
    app.window.select_request(REQUEST)
    until(qtbot, lambda: len(workspace.messages.get(REQUEST, [])) == PAGE, what="the chat")
    run(qtbot, workspace.load_older(REQUEST))
    assert len(workspace.messages[REQUEST]) == 2 * PAGE
    # A message to a chat nobody opened updates its card, and is not kept twice over.
    with sign_in(service.url, *STREAMER) as other_window:
        other_window.post("/api/requests/2/messages", json={"body": "from the other window"})
    until(qtbot, lambda: workspace.requests[2].last_message is not None
          and workspace.requests[2].last_message.body == "from the other window",
          what="the card's news")
    assert 2 not in workspace.messages
    # Opening another chat leaves the one read back with its newest page only.
    app.window.select_request(2)
    until(qtbot, lambda: app.window.chatView.model().rowCount() > 0, what="the other chat")
    assert len(workspace.messages[REQUEST]) == PAGE
    assert workspace.messages[REQUEST][-1].body == "line 4999"
    assert workspace.has_older(REQUEST)

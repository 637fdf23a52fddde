"""The board shows cards in the order the agenda rules give, as time passes."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from streamer_desktop.client.api import ApiClient
from streamer_desktop.desktop.requests.board import AgendaBoard, TimerAlarm, _slot
from streamer_desktop.desktop.requests.model import RequestListModel
from streamer_desktop.desktop.roles import Role
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.desktop.workspace import Workspace
from streamer_desktop.scheduling import agenda
from streamer_desktop.wire import CustomerOut, RequestOut, StreamOut, StreamStatus
from tests.support.alarm import ClockAlarm
from tests.support.clock import PinnedClock

NOW = datetime(2026, 3, 28, 22, 0, tzinfo=UTC)  # the night Europe springs forward


def _requests(count: int, seed: int) -> dict[int, RequestOut]:
    chance = random.Random(seed)
    statuses = [StreamStatus.AWAITING_CUSTOMER, StreamStatus.CONFIRMED, StreamStatus.LIVE,
                StreamStatus.CANCELLED, StreamStatus.COMPLETED]
    requests = {}
    for i in range(1, count + 1):
        stream = None
        if chance.random() < 0.4:
            start = NOW + timedelta(minutes=chance.randrange(-120, 600, 5))
            stream = StreamOut(id=i, request_id=i, starts_at=start,
                               ends_at=start + timedelta(minutes=30), duration_min=30,
                               customer_time_zone="Asia/Kathmandu",
                               streamer_time_zone="Europe/Berlin",
                               status=chance.choice(statuses))
        requests[i] = RequestOut(
            id=i, customer=CustomerOut(id=i, name=f"Customer {i}", time_zone="Asia/Kathmandu",
                                       locale="en"),
            streamer_id=1, status="open", created_at=NOW - timedelta(days=2),
            # Many share a minute of activity: ties must break the same way everywhere.
            last_activity_at=NOW - timedelta(minutes=chance.randrange(0, 300)),
            last_message=None, stream=stream)
    return requests


def _ids(model: RequestListModel) -> list[int]:
    return [model.index(row, 0).data(Role.REQUEST_ID) for row in range(model.rowCount())]


def test_cards_follow_the_agenda_as_the_clock_moves(qapp: QApplication) -> None:
    clock = PinnedClock(NOW)
    workspace = Workspace(ApiClient("http://127.0.0.1:9"), TaskGroup(lambda e: None))
    board = AgendaBoard(workspace, clock, lambda: "Europe/Berlin", lambda: "en_GB",
                        alarm=ClockAlarm(clock))
    workspace.requests = _requests(400, seed=7)
    workspace.requests_changed.emit()
    # Twelve hours in 25-minute steps: the board moves only when its alarm rings.
    for step in range(0, 12 * 60, 25):
        clock.set(NOW + timedelta(minutes=step))
        expected = agenda.arrange([_slot(r) for r in workspace.requests.values()], clock())
        assert (_ids(board.active_model), _ids(board.requests_model)) == expected, clock()
    # New activity re-sorts the cards without a stream.
    workspace.requests = _requests(400, seed=8)
    workspace.requests_changed.emit()
    expected = agenda.arrange([_slot(r) for r in workspace.requests.values()], clock())
    assert (_ids(board.active_model), _ids(board.requests_model)) == expected


def test_the_apps_alarm_is_a_timer_that_rings(qtbot: QtBot) -> None:
    alarm = TimerAlarm()
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with qtbot.waitSignal(alarm.rang, timeout=2000):
        alarm.aim(now + timedelta(milliseconds=50), now)
    assert alarm.remaining_ms is None
    alarm.aim(now + timedelta(hours=30), now)  # far ahead: re-aimed within hours
    remaining = alarm.remaining_ms
    assert remaining is not None
    assert 5 * 3600_000 < remaining <= 6 * 3600_000
    alarm.aim(None, now)
    assert alarm.remaining_ms is None

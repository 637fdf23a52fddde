"""The chat reads as a conversation: days are separated in the reader's zone, one
sender's quick messages form a group, a screen reader hears who said what and when, and
long text wraps inside the view; cards tell the time there and since the last word."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.chat.delegate import ChatDelegate
from streamer_desktop.desktop.chat.model import ChatModel
from streamer_desktop.desktop.requests.clock_texts import ClockTexts
from streamer_desktop.desktop.roles import ChatRole
from streamer_desktop.desktop.texts import chip, initials
from streamer_desktop.scheduling.agenda import Phase
from streamer_desktop.wire import MessageKind, MessageOut, StreamOut, StreamStatus

NOW = datetime(2026, 3, 29, 10, 0, tzinfo=UTC)  # the morning Europe moves its clocks on


def _message(number: int, at: datetime, sender: str = "customer", body: str = "",
             kind: MessageKind = MessageKind.TEXT) -> MessageOut:
    return MessageOut(id=number, request_id=1, sender=sender, kind=kind,
                      body=body or f"message {number}", created_at=at)


def _column(model: ChatModel, role: int) -> list[object]:
    return [model.index(row, 0).data(role) for row in range(model.rowCount())]


def test_days_are_separated_on_the_readers_wall_clock() -> None:
    messages = [
        _message(1, datetime(2026, 3, 20, 12, 0, tzinfo=UTC)),
        _message(2, datetime(2026, 3, 28, 22, 30, tzinfo=UTC)),  # 23:30 in Berlin
        _message(3, datetime(2026, 3, 28, 23, 30, tzinfo=UTC)),  # 01:30 in Berlin: today
        _message(4, datetime(2026, 3, 29, 9, 0, tzinfo=UTC)),
    ]
    berlin = ChatModel("Europe/Berlin", "en", lambda: NOW)
    berlin.show(messages)
    assert _column(berlin, ChatRole.DAY) == ["Friday 20 March", "Yesterday", "Today", ""]
    # Across the date line it is already Monday: the same messages fall on other days,
    # and dates are written in the reader's language.
    kiritimati = ChatModel("Pacific/Kiritimati", "de", lambda: NOW)  # UTC+14
    kiritimati.show(messages)
    assert _column(kiritimati, ChatRole.DAY) == ["Samstag 21 März", "Yesterday", "", ""]


def test_a_new_day_turns_today_into_yesterday() -> None:
    now = [NOW]
    model = ChatModel("Asia/Kolkata", "en", lambda: now[0])
    model.show([_message(1, NOW - timedelta(hours=1))])
    assert _column(model, ChatRole.DAY) == ["Today"]
    now[0] = NOW + timedelta(hours=14)  # past midnight in Kolkata (UTC+5:30)
    model.check_day()
    assert _column(model, ChatRole.DAY) == ["Yesterday"]


def test_quick_messages_of_one_sender_form_a_group() -> None:
    model = ChatModel("UTC", "en", lambda: NOW)
    model.show([
        _message(1, NOW - timedelta(minutes=30)),
        _message(2, NOW - timedelta(minutes=28)),  # the same customer, two minutes on
        _message(3, NOW - timedelta(minutes=27), sender="streamer"),
        _message(4, NOW - timedelta(minutes=26), sender="streamer"),
        _message(5, NOW - timedelta(minutes=10), sender="streamer"),  # a pause
        _message(6, NOW - timedelta(minutes=9), sender="system",
                 kind=MessageKind.STREAM_STARTED),
    ])
    assert _column(model, ChatRole.GROUPED) == [False, True, False, True, False, False]


def test_older_messages_loaded_above_take_the_day_from_the_first_row() -> None:
    model = ChatModel("UTC", "en", lambda: NOW)
    model.show([_message(5, NOW - timedelta(minutes=3))])
    assert _column(model, ChatRole.DAY) == ["Today"]
    model.show([_message(4, NOW - timedelta(minutes=4)), _message(5, NOW - timedelta(minutes=3))])
    assert _column(model, ChatRole.DAY) == ["Today", ""]
    assert _column(model, ChatRole.GROUPED) == [False, True]


def test_a_screen_reader_hears_who_said_it_and_when() -> None:
    model = ChatModel("America/New_York", "en", lambda: NOW)
    model.show([_message(1, NOW, body="Is the blue one in stock?"),
                _message(2, NOW + timedelta(minutes=1), sender="streamer", body="It is!")])
    spoken = _column(model, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == ["Customer, 6:00\u202fAM: Is the blue one in stock?",
                      "You, 6:01\u202fAM: It is!"]
    assert _column(model, Qt.ItemDataRole.DisplayRole) == ["Is the blue one in stock?",
                                                           "It is!"]


def test_long_text_wraps_inside_the_view(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    model = ChatModel("UTC", "en", lambda: NOW)
    view.setModel(model)
    delegate = ChatDelegate(view)
    view.setItemDelegate(delegate)
    view.resize(420, 400)
    view.show()
    model.show([_message(1, NOW, body="the day's first"),
                _message(2, NOW, body="short", sender="streamer"),
                _message(3, NOW, body="https://shop.example/" + "x" * 300),
                _message(4, NOW, body="word " * 120, sender="streamer")])
    option = QStyleOptionViewItem()

    def height(row: int) -> int:
        return delegate.sizeHint(option, model.index(row, 0)).height()

    short = height(1)
    assert height(0) > short  # the day's separator above
    assert height(2) > 2 * short  # even a link with no spaces wraps
    assert height(3) > 3 * short
    assert all(delegate.sizeHint(option, model.index(row, 0)).width()
               <= view.viewport().width() for row in range(4))
    tall = height(3)
    view.resize(900, 400)  # wider: fewer lines
    assert height(3) < tall


@pytest.mark.parametrize(("status", "phase", "expected"), [
    (StreamStatus.AWAITING_CUSTOMER, Phase.UPCOMING, ("awaiting", "Awaiting confirmation")),
    (StreamStatus.CONFIRMED, Phase.UPCOMING, ("confirmed", "Confirmed")),
    (StreamStatus.CONFIRMED, Phase.SOON, ("soon", "Soon")),
    (StreamStatus.CONFIRMED, Phase.DUE, ("due", "Starting now")),
    (StreamStatus.CONFIRMED, Phase.OVERDUE, ("overdue", "Overdue")),
    (StreamStatus.AWAITING_CUSTOMER, Phase.UNCONFIRMED, ("unconfirmed", "Not confirmed")),
    (StreamStatus.LIVE, Phase.LIVE, ("live", "Live")),
    (StreamStatus.CANCELLED, Phase.NONE, ("ended", "Cancelled")),
])
def test_a_cards_chip_names_where_its_stream_stands(
    status: StreamStatus, phase: Phase, expected: tuple[str, str]
) -> None:
    stream = StreamOut(id=1, request_id=1, starts_at=NOW, ends_at=NOW + timedelta(minutes=30),
                       duration_min=30, status=status, customer_time_zone="Asia/Kolkata",
                       streamer_time_zone="Europe/Berlin", booked_at=NOW)
    assert chip(stream, phase) == expected
    assert chip(None, Phase.NONE) is None


def test_initials() -> None:
    assert initials("Mia Thompson") == "MT"
    assert initials("Jean-Luc  de la Tour") == "JT"
    assert initials("Ørjan") == "Ø"
    assert initials("  ") == "?"


def test_cards_tell_the_customers_clock_and_the_last_activity() -> None:
    now = [datetime(2026, 3, 29, 0, 30, tzinfo=UTC)]  # 01:30 in Berlin, before the switch
    times = ClockTexts(lambda: now[0], "Europe/Berlin", "en")
    assert times.there("Europe/Paris") == ""  # the same clock: nothing to say
    assert times.there("Asia/Kolkata") == "6:00\u202fAM there"
    assert times.there("Pacific/Chatham") == "2:15\u202fPM there"
    assert times.activity(now[0] - timedelta(minutes=5)) == "1:25\u202fAM"
    assert times.activity(now[0] - timedelta(hours=2)) == "Yesterday"
    assert times.activity(now[0] - timedelta(days=3)) == "Thu"
    assert times.activity(now[0] - timedelta(days=40)) == "17 Feb"
    # An hour on, Berlin is on summer time; Kolkata moved by two hours less.
    now[0] += timedelta(hours=1)
    assert times.there("Asia/Kolkata") == "7:00\u202fAM there"
    assert times.there("Europe/London") == "2:30\u202fAM there"  # London moved too
    times.use("Europe/London", "de")
    assert times.there("Europe/London") == ""
    assert times.there("Asia/Kolkata") == "07:00 there"  # a German clock (English words:
    # no catalog is loaded here)


def test_every_chat_role_is_answered_for_no_row() -> None:
    model = ChatModel("UTC", "en")
    assert model.data(QModelIndex(), ChatRole.DAY) is None

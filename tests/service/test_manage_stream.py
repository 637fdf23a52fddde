"""Managing a stream after booking: cancelling with a message, moving a confirmed one,
ending it, the shop's switch, and customer-supplied text in e-mail."""

from __future__ import annotations

from datetime import timedelta
from email.message import Message

import httpx
import pytest
from icalendar import Calendar

from streamer_desktop.service.db import Database
from streamer_desktop.service.models import Business
from tests.conftest import T0
from tests.service.test_lifecycle import _appointment_token, _conversation_token
from tests.service.test_mail import _book_and_confirm
from tests.support.api import STREAMER, open_request, schedule, sign_in, wait_until
from tests.support.mail import Inbox, MailService, plain_text


def _event(message: Message) -> tuple[str, dict[str, object]]:
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    calendar = Calendar.from_ical(payload)
    event = calendar.walk("VEVENT")[0]
    return str(calendar["method"]), {
        "uid": str(event["uid"]), "sequence": int(event["sequence"]),
        "start": event.decoded("dtstart"), "partstat": str(event["attendee"].params["partstat"]),
    }


def _customer_messages(service: MailService, request_id: int) -> list[dict[str, object]]:
    with sign_in(service.url, *STREAMER) as streamer:
        token = _conversation_token(service, streamer, request_id)  # type: ignore[arg-type]
    messages: list[dict[str, object]] = httpx.get(f"{service.url}/api/c/{token}").json()[
        "messages"]
    return messages


def test_a_cancel_with_a_message_reaches_the_chat_and_the_email(
    mail_service: MailService, inbox: tuple[Inbox, int]
) -> None:
    booked = _book_and_confirm(mail_service, 2, T0 + timedelta(hours=5))
    box = inbox[0]
    wait_until(lambda: box.of_kind("appointment"), what="the confirmation e-mail")
    note = "So sorry, the showroom is closed that day.\nShall we find another time?"
    with sign_in(mail_service.url, *STREAMER) as streamer:
        answer = streamer.post(f"/api/streams/{booked['id']}/cancel", json={"message": note})
        assert answer.status_code == 200
        assert answer.json()["status"] == "cancelled"
        assert answer.json()["cancel_note"] == note
        again = streamer.post(f"/api/streams/{booked['id']}/cancel", json={"message": "x"})
        assert again.json()["cancel_note"] == note  # a second cancel changes nothing
    wait_until(lambda: box.of_kind("Cancelled"), what="the cancellation e-mail")
    cancelled = box.of_kind("Cancelled")[0]
    text = plain_text(cancelled).replace("\r\n", "\n")
    assert "Anna Lindqvist had to cancel" in text
    assert "Anna Lindqvist wrote:" in text
    assert note in text
    method, cancel = _event(cancelled)
    _, invite = _event(box.of_kind("appointment")[0])
    assert method == "CANCEL"
    assert cancel["uid"] == invite["uid"]
    assert int(cancel["sequence"]) > int(invite["sequence"])  # type: ignore[call-overload]
    messages = _customer_messages(mail_service, 2)
    assert [m["kind"] for m in messages[-2:]] == ["cancellation", "text"]
    assert messages[-1]["sender"] == "streamer"
    assert messages[-1]["body"] == note
    assert messages[-2]["appointment"]["cancel_note"] == note  # type: ignore[index]


def test_moving_a_confirmed_stream_moves_the_invitation_and_asks_one_click(
    mail_service: MailService, inbox: tuple[Inbox, int]
) -> None:
    first = T0 + timedelta(hours=6)
    booked = _book_and_confirm(mail_service, 4, first)  # Priya writes English
    box = inbox[0]
    wait_until(lambda: box.of_kind("appointment"), what="the confirmation e-mail")
    later = first + timedelta(days=1, hours=2)
    with sign_in(mail_service.url, *STREAMER) as streamer:
        moved = streamer.post(f"/api/streams/{booked['id']}/reschedule",
                              json={"starts_at": later.isoformat()})
        assert moved.status_code == 201, moved.text
        assert moved.json()["status"] == "awaiting_customer"
        assert moved.json()["customer_details_kept"] is True
        token = _appointment_token(mail_service, streamer, 4)  # type: ignore[arg-type]
    wait_until(lambda: box.of_kind("New time"), what="the e-mail about the new time")
    moved_mail = box.of_kind("New time")[0]
    assert f"/appointment/{token}" in plain_text(moved_mail)
    method, update = _event(moved_mail)
    _, invite = _event(box.of_kind("appointment")[0])
    assert method == "REQUEST"
    assert update["uid"] == invite["uid"]
    assert int(update["sequence"]) > int(invite["sequence"])  # type: ignore[call-overload]
    assert update["start"] == later
    assert update["partstat"] == "NEEDS-ACTION"
    assert box.of_kind("Cancelled") == []  # the old time is moved, not cancelled

    seen = httpx.get(f"{mail_service.url}/api/a/{token}").json()
    assert seen["status"] == "awaiting_customer"
    assert seen["email"] == "priya@example.com"
    confirmed = httpx.post(f"{mail_service.url}/api/a/{token}/confirm", json={})
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "confirmed"
    wait_until(lambda: len(box.of_kind("appointment")) == 2, what="the new confirmation")
    _, reconfirmed = _event(box.of_kind("appointment")[1])
    assert reconfirmed["uid"] == invite["uid"]
    assert reconfirmed["start"] == later


def test_declining_a_moved_time_cancels_the_invitation(
    mail_service: MailService, inbox: tuple[Inbox, int]
) -> None:
    booked = _book_and_confirm(mail_service, 5, T0 + timedelta(hours=7))
    box = inbox[0]
    wait_until(lambda: box.of_kind("appointment"), what="the confirmation e-mail")
    with sign_in(mail_service.url, *STREAMER) as streamer:
        streamer.post(f"/api/streams/{booked['id']}/reschedule",
                      json={"starts_at": (T0 + timedelta(hours=9)).isoformat()})
        token = _appointment_token(mail_service, streamer, 5)  # type: ignore[arg-type]
    wait_until(lambda: box.of_kind("New time"), what="the e-mail about the new time")
    assert httpx.post(f"{mail_service.url}/api/a/{token}/cancel").status_code == 200
    wait_until(lambda: box.of_kind("Cancelled"), what="the cancellation")
    method, cancel = _event(box.of_kind("Cancelled")[0])
    _, update = _event(box.of_kind("New time")[0])
    assert method == "CANCEL"
    assert cancel["uid"] == update["uid"]
    assert int(cancel["sequence"]) > int(update["sequence"])  # type: ignore[call-overload]


def test_an_unconfirmed_stream_moved_still_needs_the_customers_details(
    mail_service: MailService,
) -> None:
    with sign_in(mail_service.url, *STREAMER) as streamer:
        stream = schedule(streamer, 6, T0 + timedelta(hours=4)).json()
        moved = streamer.post(f"/api/streams/{stream['id']}/reschedule",
                              json={"starts_at": (T0 + timedelta(hours=8)).isoformat()})
        assert moved.json()["customer_details_kept"] is False
        token = _appointment_token(mail_service, streamer, 6)  # type: ignore[arg-type]
    answer = httpx.post(f"{mail_service.url}/api/a/{token}/confirm", json={})
    assert answer.status_code == 422
    assert answer.json()["error"] == "email_required"


def test_ending_a_live_stream_is_written_in_the_chat(mail_service: MailService) -> None:
    start = T0 + timedelta(hours=1)
    booked = _book_and_confirm(mail_service, 4, start)
    mail_service.clock.set(start)
    with sign_in(mail_service.url, *STREAMER) as streamer:
        assert streamer.post(f"/api/streams/{booked['id']}/start").status_code == 200
        live_cancel = streamer.post(f"/api/streams/{booked['id']}/cancel")
        assert live_cancel.status_code == 409
        assert live_cancel.json()["error"] == "stream_not_cancellable"
        mail_service.clock.set(start + timedelta(minutes=23))
        ended = streamer.post(f"/api/streams/{booked['id']}/complete").json()
    assert ended["status"] == "completed"
    last = _customer_messages(mail_service, 4)[-1]
    assert last["kind"] == "stream_completed"


def test_with_the_switch_off_made_appointments_stand_and_nothing_new_is_booked(
    mail_service: MailService,
) -> None:
    with sign_in(mail_service.url, *STREAMER) as streamer:
        stream = schedule(streamer, 1, T0 + timedelta(hours=3)).json()
        token = _appointment_token(mail_service, streamer, 1)  # type: ignore[arg-type]
        db = Database(mail_service.settings.resolved_database_url())
        try:
            with db.write() as session:
                session.query(Business).update({"scheduled_streams_enabled": False})
        finally:
            db.dispose()
        moved = streamer.post(f"/api/streams/{stream['id']}/reschedule",
                              json={"starts_at": (T0 + timedelta(hours=5)).isoformat()})
        assert moved.status_code == 403
        assert schedule(streamer, 2, T0 + timedelta(hours=9)).status_code == 403
    # What the customer was offered before the switch went off can still be confirmed.
    answer = httpx.post(f"{mail_service.url}/api/a/{token}/confirm",
                        json={"email": "eve@example.com", "consent": True})
    assert answer.status_code == 200
    assert answer.json()["status"] == "confirmed"


HOSTILE = [
    "Eve\r\nBcc: spy@evil.example",
    "Eve\nSubject: free money",
    "Eve\rX-Injected: 1",
    "Eve\u2028Bcc: spy@evil.example",
    "=?utf-8?q?Eve=0D=0ABcc=3A_x?=",
    "Ève \"the\" <boss@evil.example>, mallory@evil.example",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_customer_name_never_reaches_a_header_and_every_email_goes(
    mail_service: MailService, inbox: tuple[Inbox, int], name: str
) -> None:
    opened = open_request(mail_service.url, name=name, message="Hi\r\nBcc: x@y.example")
    assert opened["token"]
    with sign_in(mail_service.url, *STREAMER) as streamer:
        ours = next(r for r in streamer.get("/api/requests").json()
                    if r["customer"]["name"].startswith(("Eve", "=?", "Ève")))
        assert "\r" not in ours["customer"]["name"]
        assert "\n" not in ours["customer"]["name"]
        start = T0 + timedelta(hours=2)
        stream = schedule(streamer, ours["id"], start).json()
        token = _appointment_token(mail_service, streamer, ours["id"])  # type: ignore[arg-type]
        assert httpx.post(f"{mail_service.url}/api/a/{token}/confirm", json={
            "email": "eve@example.com", "consent": True}).status_code == 200
        box = inbox[0]
        wait_until(lambda: box.of_kind("appointment"), what="the confirmation")
        later = start + timedelta(hours=3)
        moved = streamer.post(f"/api/streams/{stream['id']}/reschedule",
                              json={"starts_at": later.isoformat()}).json()
        wait_until(lambda: box.of_kind("New time"), what="the e-mail about the new time")
        streamer.post(f"/api/streams/{moved['id']}/cancel",
                      json={"message": "Sorry\r\nBcc: again@evil.example"})
        wait_until(lambda: box.of_kind("Cancelled"), what="the cancellation")
    assert box.recipients
    assert all(r == ["eve@example.com"] for r in box.recipients)
    for message in box.messages:
        assert message["Bcc"] is None
        assert message["X-Injected"] is None
        assert set(message.keys()) >= {"From", "To", "Subject", "Date", "Message-ID"}
        for header, value in message.items():
            assert not {"\r", "\n"} & set(str(value)), header
        assert message["To"].addresses[0].addr_spec == "eve@example.com"
        assert len(message["To"].addresses) == 1
        assert "Bcc: spy" not in str(message["Subject"])

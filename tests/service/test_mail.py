"""Customer e-mail through a real SMTP server: invitations, cancellations, the join link."""

from __future__ import annotations

import email
from datetime import datetime, timedelta
from email.message import Message

import httpx
from icalendar import Calendar

from streamer_desktop.service.db import Database
from streamer_desktop.service.models import OutboxItem
from tests.conftest import T0
from tests.service.test_lifecycle import _appointment_token
from tests.support.api import STREAMER, schedule, sign_in, wait_until
from tests.support.mail import Inbox, MailService, plain_text


def _book_and_confirm(service: MailService, request_id: int, start: datetime) -> dict[str, str]:
    with sign_in(service.url, *STREAMER) as streamer:
        stream = schedule(streamer, request_id, start).json()
        token = _appointment_token(service, streamer, request_id)  # type: ignore[arg-type]
    answer = httpx.post(f"{service.url}/api/a/{token}/confirm",
                        json={"email": "priya@example.com", "consent": True})
    assert answer.status_code == 200
    return {"token": token, "id": str(stream["id"])}


def _calendar(message: Message) -> tuple[Calendar, Message]:
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return Calendar.from_ical(payload), part


def test_confirmation_brings_an_invitation(mail_service: MailService,
                                           inbox: tuple[Inbox, int]) -> None:
    start = T0 + timedelta(days=1)
    booked = _book_and_confirm(mail_service, 4, start)
    box = inbox[0]
    wait_until(lambda: box.of_kind("appointment"), what="the confirmation e-mail")
    message = box.of_kind("appointment")[0]
    assert message["To"] == "Priya Sharma <priya@example.com>"
    text = plain_text(message)
    assert "Tuesday, 3 March 2026" in text  # 09:00 UTC is 14:30 in Kolkata, en-IN
    assert "2:30" in text
    assert "Kolkata" in text
    assert f"{mail_service.url}/stream/" in text
    assert f"{mail_service.url}/appointment/{booked['token']}" in text
    calendar, part = _calendar(message)
    assert part.get_param("method") == "REQUEST"
    assert str(calendar["method"]) == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") == start + timedelta(minutes=30)
    assert int(event["sequence"]) == 0
    assert event.walk("VALARM")[0].decoded("trigger") == timedelta(minutes=-10)
    assert "/stream/" in str(event["description"])


def test_cancellation_withdraws_the_invitation_and_the_start_email(
    mail_service: MailService, inbox: tuple[Inbox, int]
) -> None:
    start = T0 + timedelta(hours=2)
    booked = _book_and_confirm(mail_service, 2, start)
    box = inbox[0]
    wait_until(lambda: box.of_kind("appointment"), what="the confirmation e-mail")
    with sign_in(mail_service.url, *STREAMER) as streamer:
        streamer.post(f"/api/streams/{booked['id']}/cancel")
    wait_until(lambda: box.of_kind("Cancelled"), what="the cancellation e-mail")
    invite = _calendar(box.of_kind("appointment")[0])[0].walk("VEVENT")[0]
    cancel_calendar, part = _calendar(box.of_kind("Cancelled")[0])
    cancel = cancel_calendar.walk("VEVENT")[0]
    assert part.get_param("method") == "CANCEL"
    assert str(cancel_calendar["method"]) == "CANCEL"
    assert str(cancel["uid"]) == str(invite["uid"])
    assert int(cancel["sequence"]) > int(invite["sequence"])
    assert cancel.decoded("dtstart") == start
    mail_service.clock.set(start + timedelta(minutes=1))
    # The start e-mail was withdrawn with the stream, so it never leaves.
    db = Database(mail_service.settings.resolved_database_url())
    try:
        with db.read() as session:
            start_item = session.query(OutboxItem).filter_by(key=f"start:{booked['id']}").one()
            assert start_item.cancelled_at is not None
            assert start_item.done_at is None
    finally:
        db.dispose()
    assert box.of_kind("starting") == []


def test_restart_before_the_start_sends_exactly_one_start_email(
    mail_service: MailService, inbox: tuple[Inbox, int]
) -> None:
    start = T0 + timedelta(hours=3)
    _book_and_confirm(mail_service, 5, start)
    box = inbox[0]
    wait_until(lambda: box.of_kind("appointment"), what="the confirmation e-mail")
    mail_service.stop()
    mail_service.start()  # same data folder, same clock
    mail_service.clock.set(start)
    wait_until(lambda: box.of_kind("starting"), what="the start e-mail")
    # A later marker e-mail proves the worker went on after the start e-mail.
    _book_and_confirm(mail_service, 6, start + timedelta(hours=5))
    wait_until(lambda: len(box.of_kind("appointment")) == 2, what="the marker e-mail")
    starting = box.of_kind("starting")
    assert len(starting) == 1
    assert "/stream/" in starting[0].get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert len(box.of_kind("appointment")) == 2  # the first was not sent again


def test_without_smtp_emails_go_to_the_outbox_folder(service: object) -> None:
    from tests.conftest import RunningService

    assert isinstance(service, RunningService)
    _book_and_confirm(service, 1, T0 + timedelta(days=2))  # type: ignore[arg-type]
    folder = service.data_dir / "outbox"
    wait_until(lambda: list(folder.glob("*.eml")), what="the .eml file")
    written = email.message_from_bytes(next(folder.glob("*.eml")).read_bytes())
    assert "appointment" in str(written["Subject"])

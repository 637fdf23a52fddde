"""Server-Sent Events: live delivery, and resuming after a drop without a loss."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from httpx_sse import ServerSentEvent, connect_sse

from tests.conftest import BOTH_DATABASES, T0, RunningService
from tests.support.api import open_request, schedule

# Every test here holds for SQLite and for PostgreSQL alike.
pytestmark = pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)


class EventReader:
    """An open SSE connection; it is subscribed once the constructor returns."""

    def __init__(self, client: httpx.Client, url: str, last_id: int | None = None) -> None:
        headers = {"Last-Event-ID": str(last_id)} if last_id is not None else {}
        self._context = connect_sse(client, "GET", url, headers=headers)
        source = self._context.__enter__()
        assert source.response.headers["content-type"].startswith("text/event-stream")
        self._events: Iterator[ServerSentEvent] = source.iter_sse()
        opening = next(self._events)
        assert opening.retry == 2000
        self.baseline = int(opening.id)

    def take(self, count: int) -> list[ServerSentEvent]:
        return [next(self._events) for _ in range(count)]

    def close(self) -> None:
        self._context.__exit__(None, None, None)


def _events(client: httpx.Client, url: str, last_id: int | None = None) -> EventReader:
    return EventReader(client, url, last_id)


def _take(events: EventReader, count: int) -> list[ServerSentEvent]:
    return events.take(count)


def test_streamer_receives_live_message(service: RunningService, streamer: httpx.Client) -> None:
    events = _events(streamer, "/api/events")
    with httpx.Client(base_url=service.url) as other:
        token = open_request(service.url, message="Is it blue?")["token"]
        other.post(f"/api/c/{token}/messages", json={"body": "Or green?"})
    created, message = _take(events, 2)
    events.close()
    assert created.event == "request.created"
    assert created.json()["request"]["last_message"]["body"] == "Is it blue?"
    assert message.event == "message.created"
    assert message.json()["message"]["body"] == "Or green?"
    assert int(message.id) > int(created.id)


def test_reconnect_with_last_event_id_misses_nothing(
    service: RunningService, streamer: httpx.Client
) -> None:
    first = _events(streamer, "/api/events")
    streamer.post("/api/requests/1/messages", json={"body": "one"})
    seen = _take(first, 1)
    first.close()  # the connection drops

    for body in ("two", "three", "four"):
        streamer.post("/api/requests/1/messages", json={"body": body})
    booked = schedule(streamer, 2, T0 + timedelta(days=1)).json()

    resumed = _events(streamer, "/api/events", last_id=int(seen[0].id))
    replay = _take(resumed, 5)
    streamer.post("/api/requests/1/messages", json={"body": "five"})
    live = _take(resumed, 1)
    resumed.close()

    bodies = [e.json()["message"]["body"] for e in replay[:3]]
    assert bodies == ["two", "three", "four"]
    assert [e.event for e in replay[3:]] == ["message.created", "stream.scheduled"]
    assert replay[4].json()["stream"]["id"] == booked["id"]
    assert live[0].json()["message"]["body"] == "five"
    ids = [int(e.id) for e in seen + replay + live]
    assert ids == sorted(set(ids))


def test_settings_change_reaches_every_streamer_of_the_business(
    service: RunningService, streamer: httpx.Client, admin: httpx.Client
) -> None:
    events = _events(streamer, "/api/events")
    admin.patch("/api/business/settings", json={"scheduled_streams_enabled": False})
    changed = _take(events, 1)[0]
    events.close()
    assert changed.event == "settings.changed"
    assert changed.json()["settings"]["scheduled_streams_enabled"] is False


def test_customer_stream_carries_appointment_token(
    service: RunningService, streamer: httpx.Client
) -> None:
    opened = open_request(service.url)
    token = opened["token"]
    request_id = streamer.get("/api/requests").json()[0]["id"]
    with httpx.Client(base_url=service.url, timeout=30) as customer:
        events = _events(customer, f"/api/c/{token}/events")
        schedule(streamer, request_id, T0 + timedelta(hours=4))
        message, scheduled = _take(events, 2)
        events.close()
        ask: dict[str, Any] = message.json()["message"]
        assert ask["kind"] == "confirmation_request"
        appointment_token = ask["appointment"]["token"]
        assert "public_id" not in message.data
        assert scheduled.json()["appointment"]["token"] == appointment_token
        assert customer.get(f"/api/a/{appointment_token}").json()["status"] == (
            "awaiting_customer"
        )


def test_opening_block_names_the_resume_point(
    service: RunningService, streamer: httpx.Client
) -> None:
    streamer.post("/api/requests/1/messages", json={"body": "before"})
    first = _events(streamer, "/api/events")
    first.close()  # dropped before any event arrived
    streamer.post("/api/requests/1/messages", json={"body": "while away"})
    resumed = _events(streamer, "/api/events", last_id=first.baseline)
    missed = _take(resumed, 1)[0]
    resumed.close()
    assert missed.json()["message"]["body"] == "while away"


def test_customer_events_need_the_conversation_token(service: RunningService) -> None:
    opened = open_request(service.url)
    forged = opened["token"][:-4] + "AAAA"
    with httpx.Client(base_url=service.url) as customer:
        answer = customer.get(f"/api/c/{forged}/events")
    assert answer.status_code == 404
    assert answer.json()["error"] == "not_found"


def test_conversation_names_the_newest_event_it_reflects(
    service: RunningService, streamer: httpx.Client
) -> None:
    opened = open_request(service.url)
    with httpx.Client(base_url=service.url, timeout=30) as customer:
        loaded = customer.get(f"/api/c/{opened['token']}")
        newest = int(loaded.headers["Last-Event-ID"])
        request_id = streamer.get("/api/requests").json()[0]["id"]
        streamer.post(f"/api/requests/{request_id}/messages", json={"body": "in between"})
        events = EventReader(customer, f"/api/c/{opened['token']}/events?last_event_id={newest}")
        missed = events.take(1)[0]
        events.close()
    assert missed.json()["message"]["body"] == "in between"

"""A scheduled stream's whole life, over HTTP against the real service."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from tests.conftest import BOTH_DATABASES, T0, RunningService
from tests.support.api import open_request, schedule, wait_until

# Every test here holds for SQLite and for PostgreSQL alike.
pytestmark = pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)


def test_demo_streamer_sees_demo_requests_newest_first(streamer: httpx.Client) -> None:
    requests = streamer.get("/api/requests").json()
    names = [r["customer"]["name"] for r in requests]
    assert len(names) == 6
    assert names[0] == "Mia Thompson"
    zones = {r["customer"]["time_zone"] for r in requests}
    assert {"Asia/Kathmandu", "Pacific/Auckland", "America/Los_Angeles"} <= zones
    assert requests[0]["last_message"]["body"].startswith("Very easy")


def test_new_widget_request_goes_to_the_streamer_with_its_first_message(
    service: RunningService, streamer: httpx.Client
) -> None:
    opened = open_request(service.url, name="Noor", zone="Asia/Dubai", message="Hi there")
    assert opened["conversation"]["messages"][0]["body"] == "Hi there"
    assert len(opened["token"]) >= 40
    newest = streamer.get("/api/requests").json()[0]
    assert newest["customer"] == {"id": newest["customer"]["id"], "name": "Noor",
                                  "time_zone": "Asia/Dubai", "locale": "en-GB"}


def test_chat_both_ways(service: RunningService, streamer: httpx.Client) -> None:
    opened = open_request(service.url)
    token = opened["token"]
    request_id = streamer.get("/api/requests").json()[0]["id"]
    sent = streamer.post(f"/api/requests/{request_id}/messages", json={"body": "Welcome!"})
    assert sent.status_code == 201
    with httpx.Client(base_url=service.url) as customer:
        reply = customer.post(f"/api/c/{token}/messages", json={"body": "Thanks"})
        assert reply.status_code == 201
        seen = [m["body"] for m in customer.get(f"/api/c/{token}").json()["messages"]]
    assert seen == ["Hello", "Welcome!", "Thanks"]
    bodies = [m["body"] for m in streamer.get(f"/api/requests/{request_id}/messages").json()]
    assert bodies == ["Hello", "Welcome!", "Thanks"]


def test_schedule_confirm_start_complete(service: RunningService, streamer: httpx.Client) -> None:
    start = T0 + timedelta(days=1)
    booked = schedule(streamer, 3, start)
    assert booked.status_code == 201, booked.text
    stream = booked.json()
    assert stream["status"] == "awaiting_customer"
    assert stream["customer_time_zone"] == "Europe/Berlin"
    assert stream["duration_min"] == 30

    # The customer sees the confirmation request, with the appointment's token.
    conversation_token = _conversation_token(service, streamer, request_id=3)
    with httpx.Client(base_url=service.url) as customer:
        messages = customer.get(f"/api/c/{conversation_token}").json()["messages"]
        ask = messages[-1]
        assert ask["kind"] == "confirmation_request"
        token = ask["appointment"]["token"]
        assert ask["appointment"]["starts_at"] == "2026-03-03T09:00:00Z"

        confirmed = customer.post(f"/api/a/{token}/confirm",
                                  json={"email": "jonas@example.com", "consent": True})
        assert confirmed.status_code == 200, confirmed.text
        assert confirmed.json()["status"] == "confirmed"
        # Confirming again changes nothing.
        again = customer.post(f"/api/a/{token}/confirm",
                              json={"email": "jonas@example.com", "consent": True})
        assert again.json() == confirmed.json()

    kinds = [m["kind"] for m in streamer.get("/api/requests/3/messages").json()]
    assert kinds[-2:] == ["confirmation_request", "appointment"]

    too_early = streamer.post(f"/api/streams/{stream['id']}/start")
    assert too_early.status_code == 409
    assert too_early.json()["error"] == "stream_too_early"
    assert too_early.json()["details"]["opens_at"] == "2026-03-03T08:50:00Z"

    service.clock.set(start - timedelta(minutes=10))
    live = streamer.post(f"/api/streams/{stream['id']}/start")
    assert live.status_code == 200
    assert live.json()["status"] == "live"
    assert streamer.post(f"/api/streams/{stream['id']}/start").json()["status"] == "live"
    done = streamer.post(f"/api/streams/{stream['id']}/complete")
    assert done.json()["status"] == "completed"


def test_customer_declines_and_streamer_sees_it(
    service: RunningService, streamer: httpx.Client
) -> None:
    stream = schedule(streamer, 2, T0 + timedelta(hours=5)).json()
    token = _appointment_token(service, streamer, 2)
    with httpx.Client(base_url=service.url) as customer:
        declined = customer.post(f"/api/a/{token}/cancel")
        assert declined.json()["status"] == "cancelled"
        assert customer.post(f"/api/a/{token}/cancel").status_code == 200  # idempotent
        late = customer.post(f"/api/a/{token}/confirm",
                             json={"email": "a@example.com", "consent": True})
        assert late.status_code == 409
    request = next(r for r in streamer.get("/api/requests").json() if r["id"] == 2)
    assert request["stream"]["id"] == stream["id"]
    assert request["stream"]["status"] == "cancelled"
    assert request["stream"]["cancelled_by"] == "customer"
    assert request["last_message"]["kind"] == "declined"


def test_streamer_cancel_reaches_customer(service: RunningService, streamer: httpx.Client) -> None:
    stream = schedule(streamer, 4, T0 + timedelta(hours=3)).json()
    token = _appointment_token(service, streamer, 4)
    cancelled = streamer.post(f"/api/streams/{stream['id']}/cancel")
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancelled_by"] == "streamer"
    with httpx.Client(base_url=service.url) as customer:
        seen = customer.get(f"/api/a/{token}").json()
    assert seen["status"] == "cancelled"
    assert seen["cancelled_by"] == "streamer"


def test_reschedule_is_one_step(service: RunningService, streamer: httpx.Client) -> None:
    first = schedule(streamer, 1, T0 + timedelta(hours=2)).json()
    blocker = schedule(streamer, 5, T0 + timedelta(hours=6)).json()
    # Moving onto another stream fails and leaves the original booked.
    refused = streamer.post(f"/api/streams/{first['id']}/reschedule",
                            json={"starts_at": (T0 + timedelta(hours=6)).isoformat()})
    assert refused.status_code == 409
    assert refused.json()["details"]["conflict"]["id"] == blocker["id"]
    mine = {s["id"]: s["status"] for s in _streams(streamer)}
    assert mine[first["id"]] == "awaiting_customer"
    # Moving by ten minutes may overlap the stream it replaces.
    moved = streamer.post(f"/api/streams/{first['id']}/reschedule",
                          json={"starts_at": (T0 + timedelta(hours=2, minutes=10)).isoformat()})
    assert moved.status_code == 201, moved.text
    assert moved.json()["rescheduled_from_id"] == first["id"]
    mine = {s["id"]: s["status"] for s in _streams(streamer)}
    assert mine[first["id"]] == "cancelled"
    assert mine[moved.json()["id"]] == "awaiting_customer"


def test_unstarted_stream_becomes_missed(service: RunningService, streamer: httpx.Client) -> None:
    stream = schedule(streamer, 6, T0 + timedelta(hours=1)).json()
    service.clock.advance(timedelta(hours=1, minutes=31))

    def status() -> str | None:
        current = next(s for s in _streams(streamer) if s["id"] == stream["id"])
        return current["status"] if current["status"] == "missed" else None

    assert wait_until(status, what="the sweep to mark the stream missed") == "missed"
    kinds = [m["kind"] for m in streamer.get("/api/requests/6/messages").json()]
    assert kinds[-1] == "stream_missed"


def test_settings_switch_by_admin(admin: httpx.Client, streamer: httpx.Client) -> None:
    assert streamer.get("/api/me").json()["business"]["settings"] == {
        "scheduled_streams_enabled": True, "default_duration_min": 30,
        "quiet_hours_start": "22:00", "quiet_hours_end": "08:00",
    }
    changed = admin.patch("/api/business/settings",
                          json={"scheduled_streams_enabled": False, "quiet_hours_end": "07:30"})
    assert changed.status_code == 200
    settings = streamer.get("/api/business/settings").json()
    assert settings["scheduled_streams_enabled"] is False
    assert settings["quiet_hours_end"] == "07:30"
    refused = schedule(streamer, 1, T0 + timedelta(days=1))
    assert refused.status_code == 403
    assert "switched off" in refused.json()["message"]


def test_streamer_cannot_change_settings(streamer: httpx.Client) -> None:
    refused = streamer.patch("/api/business/settings", json={"scheduled_streams_enabled": False})
    assert refused.status_code == 403
    assert streamer.get("/api/business/settings").json()["scheduled_streams_enabled"] is True


def _streams(streamer: httpx.Client) -> list[dict[str, object]]:
    window = {"after": (T0 - timedelta(days=1)).isoformat(),
              "before": (T0 + timedelta(days=30)).isoformat()}
    result: list[dict[str, object]] = streamer.get("/api/streams", params=window).json()
    return result


def _conversation_token(service: RunningService, streamer: httpx.Client, request_id: int) -> str:
    """The demo customer's conversation token, as the widget would have stored it."""
    from streamer_desktop.service.db import Database
    from streamer_desktop.service.models import CustomerRequest
    from streamer_desktop.service.security import LinkSigner

    db = Database(service.settings.resolved_database_url())
    try:
        with db.read() as session:
            public_id = session.get_one(CustomerRequest, request_id).public_id
    finally:
        db.dispose()
    return LinkSigner(service.settings.resolved_secret_key()).sign("conversation", public_id)


def _appointment_token(service: RunningService, streamer: httpx.Client, request_id: int) -> str:
    token = _conversation_token(service, streamer, request_id)
    with httpx.Client(base_url=service.url) as customer:
        messages = customer.get(f"/api/c/{token}").json()["messages"]
    return str(next(m for m in reversed(messages) if m["appointment"])["appointment"]["token"])

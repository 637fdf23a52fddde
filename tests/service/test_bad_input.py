"""Bad input gets a 4xx with a clear message, and changes nothing."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from streamer_desktop.service.db import Database
from streamer_desktop.service.models import Business, User
from streamer_desktop.service.security import hash_password
from tests.conftest import BOTH_DATABASES, T0, RunningService
from tests.support.api import STREAMER, open_request, schedule, sign_in

# Every test here holds for SQLite and for PostgreSQL alike.
pytestmark = pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)


def _streams(client: httpx.Client) -> list[dict[str, object]]:
    result: list[dict[str, object]] = client.get("/api/streams", params={
        "after": (T0 - timedelta(days=400)).isoformat(),
        "before": (T0 + timedelta(days=400)).isoformat()}).json()
    return result


@pytest.mark.parametrize(
    ("body", "code", "words"),
    [
        ({"starts_at": (T0 - timedelta(minutes=1)).isoformat()}, "start_in_past", "passed"),
        ({"starts_at": T0.isoformat()}, "start_in_past", "passed"),
        ({"streamer_time_zone": "Mars/Olympus_Mons"}, "unknown_time_zone", "Mars/Olympus_Mons"),
        ({"streamer_time_zone": "../../etc/passwd"}, "unknown_time_zone", "not a known"),
        ({"duration_min": 2}, "invalid_input", "Duration: this must be at least 5."),
        ({"duration_min": 241}, "invalid_input", "Duration: this must be at most 240."),
        ({"starts_at": "2026-03-05T10:00:00"}, "invalid_input",
         "Start time: this needs a time-zone offset"),
        ({"starts_at": "tomorrow"}, "invalid_input", "Start time: this must be a date and time"),
        ({"starts_at": (T0 + timedelta(days=400)).isoformat()}, "start_too_far", "year"),
        ({"request_id": 999}, "not_found", "request"),
        ({"request_id": 2**70}, "invalid_input", "Request: this must be at most"),
        ({"unexpected": 1}, "invalid_input", "unexpected: this is not a field here."),
    ],
)
def test_bad_booking_is_refused_clearly(
    streamer: httpx.Client, body: dict[str, object], code: str, words: str
) -> None:
    payload = {"request_id": 1, "starts_at": (T0 + timedelta(days=1)).isoformat(),
               "streamer_time_zone": "Europe/Berlin", **body}
    answer = streamer.post("/api/streams", json=payload)
    assert 400 <= answer.status_code < 500
    error = answer.json()
    assert error["error"] == code
    assert words.lower() in error["message"].lower()
    assert _streams(streamer) == []


def test_malformed_json_is_a_clear_4xx(streamer: httpx.Client) -> None:
    answer = streamer.post("/api/streams", content=b"{not json",
                           headers={"content-type": "application/json"})
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid_input"


def test_nul_in_a_message_is_refused(streamer: httpx.Client) -> None:
    answer = streamer.post("/api/requests/1/messages", json={"body": "a\x00b"})
    assert answer.status_code == 422
    assert "NUL" in answer.json()["message"]


def test_blank_message_is_refused(streamer: httpx.Client) -> None:
    answer = streamer.post("/api/requests/1/messages", json={"body": "   "})
    assert answer.status_code == 422
    assert answer.json()["message"] == "Message: this must not be empty."
    assert answer.json()["details"]["errors"] == [
        {"field": "body", "problem": "this must not be empty."}]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"email": "not-an-address", "consent": True}, "invalid_input"),
        ({"email": "someone@", "consent": True}, "invalid_input"),
        ({"email": "ok@example.com", "consent": False}, "consent_required"),
        ({"email": "ok@example.com"}, "consent_required"),
        ({"consent": True}, "email_required"),
    ],
)
def test_confirmation_needs_valid_email_and_consent(
    service: RunningService, streamer: httpx.Client, body: dict[str, object], code: str
) -> None:
    opened = open_request(service.url)
    request_id = streamer.get("/api/requests").json()[0]["id"]
    schedule(streamer, request_id, T0 + timedelta(hours=3))
    with httpx.Client(base_url=service.url) as customer:
        messages = customer.get(f"/api/c/{opened['token']}").json()["messages"]
        token = messages[-1]["appointment"]["token"]
        answer = customer.post(f"/api/a/{token}/confirm", json=body)
        assert answer.status_code == 422
        assert answer.json()["error"] == code
        assert customer.get(f"/api/a/{token}").json()["status"] == "awaiting_customer"


@pytest.mark.parametrize(
    "body",
    [
        {"business": "demo-shop", "name": "X", "message": "hi", "time_zone": "Nowhere/Land"},
        {"business": "demo-shop", "name": "", "message": "hi", "time_zone": "UTC"},
        {"business": "demo-shop", "name": "X", "message": "hi", "time_zone": "UTC",
         "locale": "<script>"},
        {"business": "no-such-shop", "name": "X", "message": "hi", "time_zone": "UTC"},
    ],
)
def test_bad_widget_request_is_refused(
    service: RunningService, streamer: httpx.Client, body: dict[str, object]
) -> None:
    answer = httpx.post(f"{service.url}/api/widget/requests", json=body)
    assert answer.status_code in (404, 422)
    assert answer.json()["message"]
    assert len(streamer.get("/api/requests").json()) == 6


def test_expired_token_is_refused(service: RunningService, streamer: httpx.Client) -> None:
    assert streamer.get("/api/me").status_code == 200
    service.clock.advance(timedelta(days=31))
    answer = streamer.get("/api/me")
    assert answer.status_code == 401
    assert "sign in again" in answer.json()["message"]


def test_signed_out_token_is_refused(service: RunningService) -> None:
    with sign_in(service.url, *STREAMER) as client:
        assert client.post("/api/auth/logout").status_code == 204
        refused = client.post("/api/requests/1/messages", json={"body": "after logout"})
        assert refused.status_code == 401
    with sign_in(service.url, *STREAMER) as fresh:
        bodies = [m["body"] for m in fresh.get("/api/requests/1/messages").json()]
    assert "after logout" not in bodies


@pytest.mark.parametrize("header", ["Bearer nonsense", "Bearer", "Basic abc", ""])
def test_missing_or_unknown_token_is_401(service: RunningService, header: str) -> None:
    answer = httpx.get(f"{service.url}/api/requests", headers={"Authorization": header})
    assert answer.status_code == 401
    assert answer.json()["error"] == "unauthorized"


def test_wrong_password(service: RunningService) -> None:
    answer = httpx.post(f"{service.url}/api/auth/login",
                        json={"email": STREAMER[0], "password": "wrong"})
    assert answer.status_code == 401
    assert answer.json()["message"] == "The e-mail or the password is wrong."


def test_another_business_sees_and_changes_nothing(
    service: RunningService, streamer: httpx.Client
) -> None:
    booked = schedule(streamer, 1, T0 + timedelta(hours=2)).json()
    db = Database(service.settings.resolved_database_url())
    try:
        with db.write() as session:
            other = Business(slug="other", name="Other shop", scheduled_streams_enabled=True,
                             created_at=0)
            session.add(other)
            session.flush()
            session.add(User(business_id=other.id, email="eve@other.shop", display_name="Eve",
                             password_hash=hash_password("eve-password"), role="admin",
                             created_at=0))
    finally:
        db.dispose()
    with sign_in(service.url, "eve@other.shop", "eve-password") as eve:
        assert eve.get("/api/requests").json() == []
        assert eve.get("/api/requests/1/messages").status_code == 404
        assert eve.post("/api/requests/1/messages", json={"body": "hi"}).status_code == 404
        assert eve.post(f"/api/streams/{booked['id']}/cancel").status_code == 404
        assert schedule(eve, 1, T0 + timedelta(days=2)).status_code == 404
        eve.patch("/api/business/settings", json={"scheduled_streams_enabled": False})
    assert streamer.get("/api/business/settings").json()["scheduled_streams_enabled"] is True
    assert _streams(streamer)[0]["status"] == "awaiting_customer"


def test_forged_customer_tokens_reach_nothing(
    service: RunningService, streamer: httpx.Client
) -> None:
    mine = open_request(service.url, name="Mine")["token"]
    public_id, mac = mine.split(".")
    with httpx.Client(base_url=service.url) as stranger:
        for forged in (f"{public_id}.{'A' * len(mac)}", f"{'0' * 32}.{mac}", "x" * 40):
            assert stranger.get(f"/api/c/{forged}").status_code == 404
            answer = stranger.post(f"/api/c/{forged}/messages", json={"body": "sneaky"})
            assert answer.status_code == 404
            assert stranger.post(f"/api/a/{forged}/cancel").status_code == 404
        # A conversation token is not an appointment token.
        assert stranger.post(f"/api/a/{mine}/cancel").status_code == 404
    newest = streamer.get("/api/requests").json()[0]
    assert newest["customer"]["name"] == "Mine"
    assert newest["last_message"]["body"] == "Hello"


def test_unknown_route_is_json(service: RunningService) -> None:
    answer = httpx.get(f"{service.url}/api/nothing-here")
    assert answer.status_code == 404
    assert answer.json()["error"] == "not_found"

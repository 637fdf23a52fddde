"""Signalling for the live picture: who may join, offer and answer, and who hears what.

The service relays offers and answers between the streamer's desktop and the customer
whose conversation token names the live stream's request; nobody else gets them."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from tests.conftest import BOTH_DATABASES, T0, RunningService
from tests.service.test_events import EventReader
from tests.service.test_lifecycle import _appointment_token, _conversation_token
from tests.support.api import schedule

pytestmark = pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)

VIEWING = "a1b2c3d4e5f60718"
OFFER = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\n"


def _go_live(service: RunningService, streamer: httpx.Client, request_id: int) -> int:
    stream = schedule(streamer, request_id, T0 + timedelta(hours=1)).json()
    token = _appointment_token(service, streamer, request_id)
    assert httpx.post(f"{service.url}/api/a/{token}/confirm", json={
        "email": "customer@example.com", "consent": True}).status_code == 200
    service.clock.set(T0 + timedelta(hours=1))
    assert streamer.post(f"/api/streams/{stream['id']}/start").status_code == 200
    return int(stream["id"])


def test_the_customer_of_the_live_stream_joins_and_the_two_sides_exchange(
    service: RunningService, streamer: httpx.Client,
) -> None:
    stream_id = _go_live(service, streamer, 1)
    mine, other = (_conversation_token(service, streamer, rid) for rid in (1, 2))
    desk = EventReader(streamer, "/api/events")
    with httpx.Client(base_url=service.url, timeout=30) as customer:
        page = EventReader(customer, f"/api/c/{mine}/events")
        bystander = EventReader(customer, f"/api/c/{other}/events")

        joined = customer.post(f"/api/c/{mine}/live/join", json={"session": VIEWING})
        assert joined.status_code == 200, joined.text
        assert joined.json() == {"stream_id": stream_id, "ice_servers": []}
        heard = desk.take(1)[0]
        assert heard.event == "live.joined"
        assert heard.json()["live"] == {"stream_id": stream_id, "request_id": 1,
                                        "session": VIEWING}
        assert page.take(1)[0].json()["live"] == {"session": VIEWING}

        assert streamer.post(f"/api/streams/{stream_id}/live/offer", json={
            "session": VIEWING, "attempt": 3, "sdp": OFFER}).status_code == 204
        offered = page.take(1)[0]
        assert offered.event == "live.offered"
        assert offered.json()["live"] == {"session": VIEWING, "attempt": 3, "sdp": OFFER}

        assert customer.post(f"/api/c/{mine}/live/answer", json={
            "session": VIEWING, "attempt": 3, "sdp": "answer"}).status_code == 204
        answered = desk.take(1)[0]
        assert answered.event == "live.answered"
        assert answered.json()["live"]["sdp"] == "answer"
        assert customer.post(f"/api/c/{mine}/live/leave",
                             json={"session": VIEWING}).status_code == 204
        assert desk.take(1)[0].event == "live.left"

        # Another customer's conversation heard none of it: its next event is its own.
        streamer.post("/api/requests/2/messages", json={"body": "Hello Priya"})
        assert bystander.take(1)[0].event == "message.created"
        for reader in (desk, page, bystander):
            reader.close()


def test_no_one_else_can_join_offer_or_answer(
    service: RunningService, streamer: httpx.Client,
) -> None:
    stream_id = _go_live(service, streamer, 1)
    other = _conversation_token(service, streamer, 2)
    with httpx.Client(base_url=service.url) as stranger:
        # Another customer's token: their request has no live stream.
        for path, body in (("join", {"session": VIEWING}),
                           ("answer", {"session": VIEWING, "sdp": "x"})):
            refused = stranger.post(f"/api/c/{other}/live/{path}", json=body)
            assert refused.status_code == 409, refused.text
            assert refused.json()["error"] == "not_live"
        # A forged token, and a malformed viewing.
        assert stranger.post("/api/c/not-a-real-token/live/join",
                             json={"session": VIEWING}).status_code == 404
        mine = _conversation_token(service, streamer, 1)
        bad = stranger.post(f"/api/c/{mine}/live/join", json={"session": "short"})
        assert bad.status_code == 422
        # Without signing in, no offer; and no offer for a stream that is not live.
        assert stranger.post(f"/api/streams/{stream_id}/live/offer", json={
            "session": VIEWING, "sdp": OFFER}).status_code == 401
        assert stranger.get("/api/live/ice-servers").status_code == 401
    waiting = schedule(streamer, 3, T0 + timedelta(hours=5)).json()
    refused = streamer.post(f"/api/streams/{waiting['id']}/live/offer", json={
        "session": VIEWING, "sdp": OFFER})
    assert refused.status_code == 409
    assert refused.json()["message"] == "The stream is not live."
    # Once it has ended, the customer's page cannot join any more.
    streamer.post(f"/api/streams/{stream_id}/complete")
    mine = _conversation_token(service, streamer, 1)
    assert httpx.post(f"{service.url}/api/c/{mine}/live/join",
                      json={"session": VIEWING}).status_code == 409

"""Unread messages: the streamer's cards count what the customer wrote since the streamer
last looked, every window of the streamer hears when a chat is read, and reading never
goes back."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import BOTH_DATABASES, RunningService
from tests.service.test_events import EventReader
from tests.support.api import open_request

pytestmark = pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)


def _unread(client: httpx.Client) -> dict[str, int]:
    return {r["customer"]["name"]: r["unread"] for r in client.get("/api/requests").json()}


def test_a_customers_messages_count_until_the_streamer_reads_them(
    service: RunningService, streamer: httpx.Client, admin: httpx.Client
) -> None:
    opened = open_request(service.url, name="Nora Quinn", message="Hello?")
    assert _unread(streamer)["Nora Quinn"] == 1
    for body in ("Anyone there?", "I'd like to see the lamp."):
        httpx.post(f"{service.url}/api/c/{opened['token']}/messages",
                   json={"body": body}).raise_for_status()
    assert _unread(streamer)["Nora Quinn"] == 3
    request_id = next(r["id"] for r in streamer.get("/api/requests").json()
                      if r["customer"]["name"] == "Nora Quinn")
    messages = streamer.get(f"/api/requests/{request_id}/messages").json()
    # The streamer's own reply is never unread.
    streamer.post(f"/api/requests/{request_id}/messages", json={"body": "Hi Nora!"})
    assert _unread(streamer)["Nora Quinn"] == 3

    events = EventReader(streamer, "/api/events")
    # Read up to the second message: one is left.
    answer = streamer.post(f"/api/requests/{request_id}/read",
                           json={"up_to": messages[1]["id"]})
    assert answer.status_code == 200
    assert answer.json() == {"request_id": request_id, "read_up_to": messages[1]["id"],
                             "unread": 1}
    read = events.take(1)[0]
    events.close()
    assert read.event == "request.read"
    assert read.json()["read"]["unread"] == 1
    assert _unread(streamer)["Nora Quinn"] == 1
    # Reading never goes back; a mark past the newest message stops at it.
    streamer.post(f"/api/requests/{request_id}/read", json={"up_to": messages[0]["id"]})
    assert _unread(streamer)["Nora Quinn"] == 1
    everything = streamer.post(f"/api/requests/{request_id}/read", json={"up_to": 2**53})
    assert everything.json()["unread"] == 0
    assert everything.json()["read_up_to"] < 2**53
    assert _unread(streamer)["Nora Quinn"] == 0
    httpx.post(f"{service.url}/api/c/{opened['token']}/messages", json={"body": "Thanks!"})
    assert _unread(streamer)["Nora Quinn"] == 1
    # An admin looking at the request leaves it unread for its streamer.
    looked = admin.post(f"/api/requests/{request_id}/read", json={"up_to": 2**53})
    assert looked.status_code == 200
    assert _unread(streamer)["Nora Quinn"] == 1


def test_reading_another_streamers_request_or_nonsense_is_refused(
    service: RunningService, streamer: httpx.Client
) -> None:
    assert streamer.post("/api/requests/999/read", json={"up_to": 1}).status_code == 404
    bad = streamer.post("/api/requests/1/read", json={"up_to": -1})
    assert bad.status_code == 422
    assert streamer.post("/api/requests/1/read", json={}).status_code == 422

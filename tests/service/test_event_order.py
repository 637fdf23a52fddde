"""No event is lost when writes commit side by side: a subscriber receives every event
exactly once, in id order, however the concurrent transactions finish."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.conftest import BOTH_DATABASES, RunningService
from tests.service.test_events import EventReader

pytestmark = pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)

POSTERS = 16
EACH = 15


def test_every_event_of_concurrent_writes_reaches_the_subscriber(
    service: RunningService, streamer: httpx.Client
) -> None:
    events = EventReader(streamer, "/api/events")

    # One sign-in for all: sixteen password checks at once would only test the CPU.
    headers = dict(streamer.headers)

    def post(poster: int) -> None:
        with httpx.Client(base_url=service.url, headers=headers, timeout=30) as client:
            for number in range(EACH):
                answer = client.post("/api/requests/1/messages",
                                     json={"body": f"{poster}-{number}"})
                assert answer.status_code == 201

    with ThreadPoolExecutor(POSTERS) as pool:
        list(pool.map(post, range(POSTERS)))
    received = events.take(POSTERS * EACH)
    events.close()
    bodies = [e.json()["message"]["body"] for e in received]
    assert sorted(bodies) == sorted(f"{p}-{n}" for p in range(POSTERS) for n in range(EACH))
    ids = [int(e.id) for e in received]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    # Each poster's messages arrive in the order they were sent.
    for poster in range(POSTERS):
        mine = [b for b in bodies if b.startswith(f"{poster}-")]
        assert mine == [f"{poster}-{n}" for n in range(EACH)]

"""Concurrent bookings never store two overlapping streams."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from threading import Barrier

import httpx
import pytest

from tests.conftest import BOTH_DATABASES, T0, RunningService
from tests.support.api import STREAMER, open_request, schedule, sign_in


@pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)
def test_fifty_concurrent_overlapping_bookings_store_exactly_one(
    service: RunningService, streamer: httpx.Client
) -> None:
    for index in range(50 - 6):
        open_request(service.url, name=f"Customer {index}")
    request_ids = [r["id"] for r in streamer.get("/api/requests").json()]
    assert len(request_ids) == 50
    clients = [sign_in(service.url, *STREAMER) for _ in request_ids]
    barrier = Barrier(len(clients))

    def book(pair: tuple[httpx.Client, int]) -> httpx.Response:
        client, request_id = pair
        # Each asks for a slot a few minutes apart: every pair of them overlaps.
        start = T0 + timedelta(days=1, minutes=request_id % 10)
        barrier.wait()
        return schedule(client, request_id, start)

    try:
        with ThreadPoolExecutor(max_workers=len(clients)) as pool:
            answers = list(pool.map(book, zip(clients, request_ids, strict=True)))
    finally:
        for client in clients:
            client.close()

    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201] + [409] * 49
    winner = next(a.json() for a in answers if a.status_code == 201)
    for refused in (a for a in answers if a.status_code == 409):
        assert refused.json()["error"] == "stream_conflict"
        assert refused.json()["details"]["conflict"]["id"] == winner["id"]
    stored = streamer.get("/api/streams", params={
        "after": T0.isoformat(), "before": (T0 + timedelta(days=2)).isoformat()}).json()
    assert [s["id"] for s in stored] == [winner["id"]]

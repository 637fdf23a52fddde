"""Replicas on one PostgreSQL database agree: started together they migrate and seed
once; they share one signing key, so a customer's link made by one works on another;
a replica with another key refuses to start; bookings racing through two replicas
store one; and a replica killed mid-traffic loses nothing it acknowledged."""

from __future__ import annotations

import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from streamer_desktop.service.db import Database
from streamer_desktop.service.models import Business
from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.service.test_crash import served
from tests.support.api import STREAMER, open_request, schedule, sign_in
from tests.support.clock import T0, PinnedClock
from tests.support.postgres import Cluster

KEY = "a-key-every-replica-of-this-shop-shares-0123456789"


def _replica(tmp_path: Path, name: str, url: str, key: str, *, real_clock: bool = False
             ) -> EmbeddedService:
    settings = ServiceSettings(host="127.0.0.1", port=0, data_dir=tmp_path / name, demo=True,
                               database_url=url, secret_key=key)
    if real_clock:  # beside a replica in its own process, which keeps the real time
        return EmbeddedService(settings)
    return EmbeddedService(settings, clock=PinnedClock(T0))


def test_replicas_started_together_share_the_schema_the_demo_and_the_key(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    url = postgres_cluster.new_database()
    replicas = [_replica(tmp_path, name, url, KEY) for name in ("a", "b", "c")]
    try:
        with ThreadPoolExecutor(len(replicas)) as pool:
            urls = list(pool.map(lambda replica: replica.start(), replicas))
        database = Database(url)
        try:
            with database.read() as session:
                assert session.query(Business).count() == 1  # seeded once
        finally:
            database.dispose()
        # A link one replica makes is good on another.
        token = open_request(urls[0], name="Ines Duarte")["token"]
        conversation = httpx.get(f"{urls[1]}/api/c/{token}")
        assert conversation.status_code == 200
        assert conversation.json()["messages"][0]["body"] == "Hello"

        stranger = _replica(tmp_path, "d", url, "another-key-" + "x" * 40)
        with pytest.raises(RuntimeError, match="did not start"):
            stranger.start(timeout=30)
    finally:
        for replica in replicas:
            replica.stop()


def test_a_replica_with_another_key_says_why_it_stops(
    tmp_path: Path, postgres_cluster: Cluster, caplog: pytest.LogCaptureFixture
) -> None:
    url = postgres_cluster.new_database()
    first = _replica(tmp_path, "a", url, KEY)
    first.start()
    first.stop()
    with pytest.raises(RuntimeError):
        _replica(tmp_path, "b", url, "not-the-same-key-" + "y" * 40).start(timeout=30)
    assert any("STREAMER_SECRET_KEY" in record.getMessage() for record in caplog.records)


def test_two_replicas_race_to_one_booking_and_one_dies_losing_nothing_acknowledged(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    url = postgres_cluster.new_database()
    other = _replica(tmp_path, "b", url, KEY, real_clock=True)
    with served(tmp_path / "a", "--database-url", url,
                env={"STREAMER_SECRET_KEY": KEY}) as (process, url_a):
        url_b = other.start()
        try:
            with sign_in(url_a, *STREAMER) as a, sign_in(url_b, *STREAMER) as b:
                # Fifty overlapping bookings of one slot, half through each replica.
                start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
                with ThreadPoolExecutor(25) as pool:
                    codes = list(pool.map(
                        lambda i: schedule((a, b)[i % 2], 1 + i % 6,
                                           start + timedelta(minutes=i % 5)).status_code,
                        range(50)))
                assert sorted(codes) == [201] + [409] * 49

                # Bookings through both; replica A is killed after its 12th.
                for index in range(36):
                    open_request(url_b, name=f"Load {index}")
                ids = [r["id"] for r in b.get("/api/requests").json() if r["stream"] is None]
                acknowledged: list[int] = []
                lock = threading.Lock()
                from_a = 0

                def book(job: tuple[int, int]) -> None:
                    nonlocal from_a
                    index, request_id = job
                    client = a if index % 2 else b
                    if client is a and process.poll() is not None:
                        return
                    try:
                        answer = schedule(client, request_id,
                                          start + timedelta(days=1, hours=index))
                    except httpx.TransportError:
                        return  # the replica died under this request: not acknowledged
                    if answer.status_code == 201:
                        with lock:
                            acknowledged.append(answer.json()["id"])
                            from_a += client is a
                            if client is a and from_a == 12:
                                process.send_signal(signal.SIGKILL)

                with ThreadPoolExecutor(8) as pool:
                    list(pool.map(book, enumerate(ids)))
                assert process.wait(timeout=30) == -signal.SIGKILL
                stored = {s["id"] for s in b.get("/api/streams", params={
                    "after": start.isoformat(),
                    "before": (start + timedelta(days=5)).isoformat()}).json()}
                assert from_a >= 12
                assert set(acknowledged) <= stored
        finally:
            other.stop()

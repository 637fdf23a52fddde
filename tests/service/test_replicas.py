"""Replicas on one PostgreSQL database agree: started together they migrate and seed
once; they share one signing key, so a customer's link made by one works on another;
and a replica with another key refuses to start."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from streamer_desktop.service.db import Database
from streamer_desktop.service.models import Business
from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.support.api import open_request
from tests.support.clock import T0, PinnedClock
from tests.support.postgres import Cluster

KEY = "a-key-every-replica-of-this-shop-shares-0123456789"


def _replica(tmp_path: Path, name: str, url: str, key: str) -> EmbeddedService:
    settings = ServiceSettings(host="127.0.0.1", port=0, data_dir=tmp_path / name, demo=True,
                               database_url=url, secret_key=key)
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

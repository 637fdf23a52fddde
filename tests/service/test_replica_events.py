"""Live events cross replicas: a client connected to one replica hears, at once and in
order, what is done through another, also when both write at the same time."""

from __future__ import annotations

import threading
from pathlib import Path

from httpx_sse import connect_sse

from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.support.api import STREAMER, sign_in
from tests.support.clock import T0, PinnedClock
from tests.support.postgres import Cluster

KEY = "one-key-for-the-replicas-of-this-test-0123456789abcdef"
EACH = 60


def _replica(tmp_path: Path, name: str, url: str) -> EmbeddedService:
    return EmbeddedService(ServiceSettings(
        host="127.0.0.1", port=0, data_dir=tmp_path / name, demo=True, database_url=url,
        secret_key=KEY), clock=PinnedClock(T0))


def test_a_client_of_one_replica_hears_what_is_done_through_both(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    url = postgres_cluster.new_database()
    first, second = _replica(tmp_path, "a", url), _replica(tmp_path, "b", url)
    first.start()
    second.start()
    try:
        received: list[tuple[int, str]] = []
        subscribed = threading.Event()
        done = threading.Event()

        def listen() -> None:
            with sign_in(second.url, *STREAMER) as client, connect_sse(
                    client, "GET", "/api/events") as source:
                for event in source.iter_sse():
                    if not subscribed.is_set():
                        subscribed.set()  # the opening block
                        continue
                    if event.event == "message.created":
                        received.append((int(event.id), event.json()["message"]["body"]))
                        if len(received) == 2 * EACH:
                            done.set()
                            return

        listener = threading.Thread(target=listen, daemon=True)
        listener.start()
        assert subscribed.wait(30)

        def post(replica: EmbeddedService, name: str) -> None:
            with sign_in(replica.url, *STREAMER) as client:
                for number in range(EACH):
                    client.post("/api/requests/1/messages",
                                json={"body": f"{name}-{number}"}).raise_for_status()

        posters = [threading.Thread(target=post, args=(first, "a")),
                   threading.Thread(target=post, args=(second, "b"))]
        for poster in posters:
            poster.start()
        for poster in posters:
            poster.join()
        # Far less than the 15 s after which a quiet stream reads the table by itself.
        assert done.wait(10), f"{len(received)} of {2 * EACH} events arrived"
        bodies = [body for _, body in received]
        assert sorted(bodies) == sorted([f"a-{n}" for n in range(EACH)]
                                        + [f"b-{n}" for n in range(EACH)])
        ids = [event_id for event_id, _ in received]
        assert ids == sorted(ids)
        for name in ("a", "b"):
            assert [b for b in bodies if b.startswith(name)] == [
                f"{name}-{n}" for n in range(EACH)]
    finally:
        first.stop()
        second.stop()

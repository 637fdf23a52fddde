"""Live events cross replicas: a client connected to one replica hears, at once and in
order, what is done through another, also when both write at the same time."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from httpx_sse import connect_sse

from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.support.api import STREAMER, sign_in
from tests.support.clock import T0, PinnedClock
from tests.support.postgres import Cluster

KEY = "one-key-for-the-replicas-of-this-test-0123456789abcdef"
EACH = 60
POSTERS = 16
"""Concurrent posters on each replica in the load test."""
PER_POSTER = 32
"""Messages each of them posts: 2 × 16 × 32 = 1,024 in all."""


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


def test_clients_of_both_replicas_hear_every_event_of_both_in_one_order_under_load(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    """Sixteen posters on each replica at once: commits finish in any order, and events
    committed out of their id order would be skipped by a reader that goes on from the
    newest id it saw. Both clients must hear all of them, once, in the same order."""
    url = postgres_cluster.new_database()
    replicas = [_replica(tmp_path, "a", url), _replica(tmp_path, "b", url)]
    for replica in replicas:
        replica.start()
    total = len(replicas) * POSTERS * PER_POSTER
    try:
        heard: list[list[tuple[int, str]]] = [[], []]
        subscribed = [threading.Event(), threading.Event()]
        done = [threading.Event(), threading.Event()]

        def listen(index: int) -> None:
            with sign_in(replicas[index].url, *STREAMER) as client, connect_sse(
                    client, "GET", "/api/events") as source:
                for event in source.iter_sse():
                    if not subscribed[index].is_set():
                        subscribed[index].set()  # the opening block
                        continue
                    if event.event == "message.created":
                        heard[index].append((int(event.id), event.json()["message"]["body"]))
                        if len(heard[index]) == total:
                            done[index].set()
                            return

        for index in range(2):
            threading.Thread(target=listen, args=(index,), daemon=True).start()
        assert all(flag.wait(30) for flag in subscribed)

        # One sign-in per replica for all its posters.
        tokens = []
        for replica in replicas:
            with sign_in(replica.url, *STREAMER) as client:
                tokens.append(client.headers["Authorization"])

        def post(replica: int, poster: int) -> None:
            with httpx.Client(base_url=replicas[replica].url, timeout=60,
                              headers={"Authorization": tokens[replica]}) as client:
                for number in range(PER_POSTER):
                    client.post("/api/requests/1/messages", json={
                        "body": f"{replica}-{poster}-{number}"}).raise_for_status()

        with ThreadPoolExecutor(2 * POSTERS) as pool:
            list(pool.map(post, *zip(*[(r, p) for r in range(2) for p in range(POSTERS)],
                                     strict=True)))
        for index in range(2):
            assert done[index].wait(30), f"{len(heard[index])} of {total} events arrived"
        # The same events, in the same order, on both replicas, none twice.
        assert heard[0] == heard[1]
        ids = [event_id for event_id, _ in heard[0]]
        assert ids == sorted(ids)
        assert len(set(ids)) == total
        bodies = [body for _, body in heard[0]]
        for replica in range(2):
            for poster in range(POSTERS):
                prefix = f"{replica}-{poster}-"
                assert [b for b in bodies if b.startswith(prefix)] == [
                    f"{prefix}{n}" for n in range(PER_POSTER)]
    finally:
        for replica in replicas:
            replica.stop()

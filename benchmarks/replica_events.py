"""Live events across two replicas of the service on one PostgreSQL database.

Run:  .venv/bin/python benchmarks/replica_events.py [--messages N]

Starts a throwaway PostgreSQL cluster (Debian's server binaries, as the tests use) and
two replicas on it. A streamer's event stream is opened on replica B; messages are
posted through replica A, one after another, then through both at once. Prints the
delay from each post to its event on B (p50, p99 at most 100 ms, largest), and whether
every event arrived, once and in order.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from httpx_sse import connect_sse  # noqa: E402

from streamer_desktop.service.server import EmbeddedService  # noqa: E402
from streamer_desktop.service.settings import ServiceSettings  # noqa: E402
from tests.support.postgres import Cluster, server_binaries  # noqa: E402

STREAMER = ("anna@demo.shop", "streamer-demo")
KEY = "the-replicas-of-this-benchmark-share-this-key-0123456789"


def signed_in(url: str) -> httpx.Client:
    token = httpx.post(f"{url}/api/auth/login", json=dict(
        zip(("email", "password"), STREAMER, strict=True))).json()["token"]
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"},
                        timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=300)
    count = parser.parse_args().messages
    binaries = server_binaries()
    if binaries is None:
        print("PostgreSQL's server is not installed (scripts/dev.py installs it)")
        return 1
    cluster = Cluster(binaries)
    cluster.start()
    replicas: list[EmbeddedService] = []
    try:
        url = cluster.new_database()
        with tempfile.TemporaryDirectory() as folder:
            for name in ("a", "b"):
                replica = EmbeddedService(ServiceSettings(
                    host="127.0.0.1", port=0, data_dir=Path(folder) / name, demo=True,
                    database_url=url, secret_key=KEY))
                replica.start()
                replicas.append(replica)
            a, b = replicas
            arrived: dict[str, float] = {}
            order: list[int] = []
            ready = threading.Event()
            expected = 2 * count

            def listen() -> None:
                with signed_in(b.url) as client, connect_sse(client, "GET",
                                                             "/api/events") as source:
                    for event in source.iter_sse():
                        if not ready.is_set():
                            ready.set()
                            continue
                        if event.event == "message.created":
                            arrived[event.json()["message"]["body"]] = time.perf_counter()
                            order.append(int(event.id))
                            if len(order) == expected:
                                return

            thread = threading.Thread(target=listen, daemon=True)
            thread.start()
            ready.wait(30)
            sent: dict[str, float] = {}
            with signed_in(a.url) as client:
                for number in range(count):
                    body = f"one-{number}"
                    sent[body] = time.perf_counter()
                    client.post("/api/requests/1/messages", json={"body": body})

            def post(replica: EmbeddedService, name: str) -> None:
                with signed_in(replica.url) as client:
                    for number in range(count // 2):
                        body = f"{name}-{number}"
                        sent[body] = time.perf_counter()
                        client.post("/api/requests/1/messages", json={"body": body})

            posters = [threading.Thread(target=post, args=(r, n)) for r, n in
                       ((a, "a"), (b, "b"))]
            for poster in posters:
                poster.start()
            for poster in posters:
                poster.join()
            thread.join(20)
            delays = sorted((arrived[k] - sent[k]) * 1000 for k in sent if k in arrived)
            one = sorted((arrived[k] - sent[k]) * 1000 for k in sent
                         if k.startswith("one-") and k in arrived)
            p99 = delays[int(len(delays) * 0.99) - 1] if delays else float("nan")
            print(f"posted through replica A, heard on B ({len(one)} sequential): p50 "
                  f"{statistics.median(one):.1f} ms, p99 {one[int(len(one) * 0.99) - 1]:.1f} ms")
            print(f"all {len(delays)} of {len(sent)} (A alone, then A and B at once): p50 "
                  f"{statistics.median(delays):.1f} ms, p99 {p99:.1f} ms (target <= 100 ms), "
                  f"largest {delays[-1]:.1f} ms")
            print(f"every event once and in order: "
                  f"{'yes' if len(order) == len(sent) and order == sorted(set(order)) else 'NO'}")
    finally:
        for replica in replicas:
            replica.stop()
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

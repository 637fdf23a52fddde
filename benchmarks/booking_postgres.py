"""Booking throughput on PostgreSQL: one replica, then two sharing the load.

Run:  .venv/bin/python benchmarks/booking_postgres.py

Each replica is ``main.py serve`` in its own process on a throwaway PostgreSQL cluster
(Debian's server binaries, as the tests use). Ten streamers each get 150 requests; 50
keep-alive clients (five per streamer, signed in as them) book a stream for every
request, spread evenly over the replicas. One streamer's bookings run one at a time
(their row is locked for the overlap check), so the load is spread over several. Prints
bookings per second for one and for two replicas.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import httpx  # noqa: E402
from service_bench import Connection  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from streamer_desktop.service.db import Database  # noqa: E402
from streamer_desktop.service.models import Customer, CustomerRequest, User  # noqa: E402
from streamer_desktop.service.security import hash_password  # noqa: E402
from tests.support.postgres import Cluster, server_binaries  # noqa: E402

KEY = "a-key-both-replicas-share-0123456789abcdef"
STREAMERS = 10
PER_STREAMER = 150


@contextmanager
def replica(url: str, folder: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "serve", "--port", "0", "--data-dir",
         str(folder), "--demo", "--database-url", url], stdout=subprocess.PIPE, text=True,
        cwd=ROOT, env={**os.environ, "STREAMER_SECRET_KEY": KEY})
    try:
        assert process.stdout is not None
        yield process.stdout.readline().removeprefix("Serving on ").strip()
    finally:
        process.terminate()
        process.wait(30)


def add_streamers(url: str) -> list[tuple[str, list[int]]]:
    """Ten streamers with their requests: each one's e-mail and request ids."""
    db = Database(url)
    now = int(time.time())
    made = []
    password = hash_password("load-test-password")
    with db.write() as session:
        customer = Customer(business_id=1, name="Load", time_zone="Europe/Paris", locale="en",
                            created_at=now)
        session.add(customer)
        for index in range(STREAMERS):
            user = User(business_id=1, email=f"load{index}@demo.shop",
                        display_name=f"Load {index}", password_hash=password,
                        role="streamer", time_zone="Europe/Berlin", locale="en",
                        online=False, created_at=now)
            session.add(user)
            session.flush()
            ids = list(session.scalars(insert(CustomerRequest).returning(CustomerRequest.id), [
                {"public_id": f"{index:04x}{i:028x}", "business_id": 1,
                 "customer_id": customer.id, "streamer_id": user.id, "status": "open",
                 "created_at": now, "last_activity_at": now}
                for i in range(PER_STREAMER)]))
            made.append((user.email, ids))
    db.dispose()
    return made


async def book(urls: list[str], work: list[tuple[str, list[tuple[int, datetime]]]]
               ) -> tuple[float, int]:
    """Five clients per streamer, each on a replica in turn, book every job."""
    created = 0

    async def worker(index: int, bearer: str, queue: asyncio.Queue[tuple[int, datetime]]
                     ) -> None:
        nonlocal created
        connection = Connection(urls[index % len(urls)], bearer)
        try:
            while not queue.empty():
                request_id, start = queue.get_nowait()
                status = await connection.post("/api/streams", {
                    "request_id": request_id, "starts_at": start.isoformat(),
                    "streamer_time_zone": "Europe/Berlin"})
                created += status == 201
        finally:
            await connection.close()

    workers = []
    for number, (bearer, jobs) in enumerate(work):
        queue: asyncio.Queue[tuple[int, datetime]] = asyncio.Queue()
        for job in jobs:
            queue.put_nowait(job)
        workers += [worker(number * 5 + i, bearer, queue) for i in range(5)]
    began = time.perf_counter()
    await asyncio.gather(*workers)
    return time.perf_counter() - began, created


def main() -> int:
    binaries = server_binaries()
    if binaries is None:
        print("PostgreSQL's server is not installed (scripts/dev.py test installs it)")
        return 1
    cluster = Cluster(binaries)
    cluster.start()
    try:
        base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
        for replicas in (1, 2):
            url = cluster.new_database()
            with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
                urls = [stack.enter_context(replica(url, Path(folder) / str(i)))
                        for i in range(replicas)]
                streamers = add_streamers(url)
                work = []
                for email, ids in streamers:
                    answer = httpx.post(f"{urls[0]}/api/auth/login", json={
                        "email": email, "password": "load-test-password"})
                    jobs = [(request_id, base + timedelta(minutes=30 * i))
                            for i, request_id in enumerate(ids)]
                    work.append((str(answer.json()["token"]), jobs))
                asyncio.run(book(urls, [(b, jobs[:5]) for b, jobs in work]))  # warm-up
                wall, created = asyncio.run(book(urls, [(b, jobs[5:]) for b, jobs in work]))
            print(f"PostgreSQL, {replicas} replica(s), 50 concurrent clients: {created} "
                  f"stored in {wall:.2f} s = {created / wall:.0f}/s")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

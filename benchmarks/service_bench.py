"""Service figures: booking throughput and latency, the overlap index, SSE fan-out.

Run:  .venv/bin/python benchmarks/service_bench.py [--quick]

It starts ``main.py serve`` in its own process on 127.0.0.1 and drives it over
HTTP from this one, and prints:

1. bookings per second and p50/p99 latency with 50 concurrent clients, beside the
   floor of the same stack measured in the same run (``booking_floor.py``: FastAPI,
   pydantic and an overlap check with an insert on SQLite, nothing else), in
   alternating rounds, and the median ratio (target: at least 0.6 of the floor);
2. booking latency with 100,000 existing streams against an empty database
   (target: at most 1.5 times);
3. delivery latency of one event to 100 connected SSE clients
   (target: p99 at most 100 ms on loopback);
4. the delay of events from one replica to a client of another, on a throwaway
   PostgreSQL cluster (``replica_events.py``; target: p99 at most 100 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from streamer_desktop.service import demo  # noqa: E402
from streamer_desktop.service.db import Database  # noqa: E402
from streamer_desktop.service.models import Customer, CustomerRequest, Stream  # noqa: E402
from streamer_desktop.service.settings import ServiceSettings  # noqa: E402

EMAIL, PASSWORD = demo.DEMO_STREAMER
FLOOR_TOKEN = "floor-token"


@contextmanager
def service(data_dir: Path, *, floor: bool = False) -> Iterator[tuple[str, int]]:
    """The service (or, with ``floor``, the floor app) in its own process: its URL and
    process id."""
    command = ([str(ROOT / "benchmarks" / "booking_floor.py"), str(data_dir)] if floor else
               [str(ROOT / "main.py"), "serve", "--port", "0", "--data-dir", str(data_dir),
                "--demo"])
    process = subprocess.Popen([sys.executable, *command], stdout=subprocess.PIPE, text=True,
                               cwd=ROOT)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        yield line.removeprefix("Serving on ").strip(), process.pid
    finally:
        process.terminate()
        process.wait(30)


def token(url: str) -> str:
    answer = httpx.post(f"{url}/api/auth/login", json={"email": EMAIL, "password": PASSWORD})
    answer.raise_for_status()
    return str(answer.json()["token"])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def seed(data_dir: Path, requests: int, streams: int, base: int) -> None:
    """Demo data plus ``requests`` requests; ``streams`` of them with an open stream."""
    settings = ServiceSettings(data_dir=data_dir)
    db = Database(settings.resolved_database_url())
    db.migrate()
    now = int(time.time())
    with db.write() as session:
        demo.seed_if_empty(session, now)
        customer = Customer(business_id=1, name="Load", time_zone="Europe/Paris", locale="en",
                            created_at=now)
        session.add(customer)
        session.flush()
        if requests:
            session.execute(insert(CustomerRequest), [
                {"public_id": f"{i:032x}", "business_id": 1, "customer_id": customer.id,
                 "streamer_id": 2, "status": "open", "created_at": now,
                 "last_activity_at": now}
                for i in range(requests)])
        first = 7  # the demo made six requests
        # Existing streams: 30 minutes each, one an hour, leaving every other half hour free.
        if streams:
            session.execute(insert(Stream), [
                {"public_id": f"{i:032x}", "business_id": 1, "request_id": first + i,
                 "streamer_id": 2, "starts_at": base + i * 3600,
                 "ends_at": base + i * 3600 + 1800, "duration_min": 30,
                 "customer_time_zone": "Europe/Paris", "streamer_time_zone": "Europe/Berlin",
                 "status": "confirmed", "sequence": 0, "created_at": now}
                for i in range(streams)])
    db.dispose()


class Connection:
    """A kept-alive HTTP/1.1 connection that sends JSON posts.

    httpx spends more CPU per request than the service does, and the load
    generator shares the machine with the service, so the booking runs use this
    bare client instead: it frames requests by hand and reads each answer by
    its Content-Length.
    """

    def __init__(self, url: str, bearer: str) -> None:
        address = httpx.URL(url)
        self._host, self._port = address.host, address.port or 80
        self._head = (f"Host: {self._host}:{self._port}\r\nAuthorization: Bearer {bearer}\r\n"
                      "Content-Type: application/json\r\n")
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: dict[str, object]) -> int:
        """Send one post; returns the answer's status code."""
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self._host, self._port)
        assert self._reader is not None
        payload = json.dumps(body).encode()
        self._writer.write(f"POST {path} HTTP/1.1\r\n{self._head}Content-Length: "
                           f"{len(payload)}\r\n\r\n".encode() + payload)
        head = await self._reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        await self._reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            await self._writer.wait_closed()


async def book_all(url: str, bearer: str, jobs: list[tuple[int, datetime]], concurrency: int
                   ) -> tuple[float, list[float], int]:
    """Book every (request, start) with ``concurrency`` clients; wall time, latencies, 201s."""
    latencies: list[float] = []
    created = 0
    queue: asyncio.Queue[tuple[int, datetime]] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)

    async def worker() -> None:
        nonlocal created
        connection = Connection(url, bearer)
        try:
            while not queue.empty():
                request_id, start = queue.get_nowait()
                began = time.perf_counter()
                status = await connection.post("/api/streams", {
                    "request_id": request_id, "starts_at": start.isoformat(),
                    "streamer_time_zone": "Europe/Berlin"})
                latencies.append(time.perf_counter() - began)
                created += status == 201
        finally:
            await connection.close()

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - began, latencies, created


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def throughput(quick: bool) -> None:
    """Bookings per second of the floor and of the service, in rounds: this machine's
    speed drifts from run to run, and a ratio of neighbours drifts less. Which of the two
    goes first alternates, since a run right after the other kind came out slower."""
    count, rounds = (1000, 3) if quick else (3000, 5)
    base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    jobs = [(7 + i, base + timedelta(minutes=30 * i)) for i in range(count)]
    ratios = []
    for round_ in range(1, rounds + 1):
        figures = {}
        for label in ("floor", "service") if round_ % 2 else ("service", "floor"):
            figures[label] = book_once(label, jobs)
        ratios.append(figures["service"] / figures["floor"])
        print(f"round {round_}: the service books at {ratios[-1]:.2f} of the floor")
    print(f"the service books at {statistics.median(ratios):.2f} of the floor, the median of "
          f"{rounds} rounds (target >= 0.6)")


def book_once(label: str, jobs: list[tuple[int, datetime]]) -> float:
    """Book every job on a fresh floor or service; prints and returns bookings/s."""
    with tempfile.TemporaryDirectory() as folder:
        if label == "service":
            seed(Path(folder), len(jobs), 0, 0)
        with service(Path(folder), floor=label == "floor") as (url, pid):
            bearer = FLOOR_TOKEN if label == "floor" else token(url)
            # A short warm-up, then the measured run.
            asyncio.run(book_all(url, bearer, jobs[:50], 10))
            cpu_before = cpu_seconds(pid)
            wall, latencies, created = asyncio.run(book_all(url, bearer, jobs[50:], 50))
            cpu = cpu_seconds(pid) - cpu_before
    print(f"  {label}: bookings, 50 concurrent clients: {created} stored in {wall:.2f} s = "
          f"{created / wall:.0f}/s; latency p50 {percentile(latencies, .5) * 1000:.1f} ms, "
          f"p99 {percentile(latencies, .99) * 1000:.1f} ms; "
          f"CPU {cpu / created * 1000:.2f} ms per booking")
    return created / wall


def index_cost(quick: bool) -> None:
    existing = 20_000 if quick else 100_000
    samples = 200
    results = {}
    for label, streams in (("empty", 0), (f"{existing:,} streams", existing)):
        now = int(time.time())
        base = now - existing // 2 * 3600  # half in the past, half in the future
        with tempfile.TemporaryDirectory() as folder:
            seed(Path(folder), existing + samples, streams, base)
            with service(Path(folder)) as (url, _):
                # Free half hours between existing streams, in the future.
                first_free = base + (existing // 2 + 10) * 3600 + 1800
                jobs = [(7 + existing + i,
                         datetime.fromtimestamp(first_free + i * 3600, UTC))
                        for i in range(samples)]
                _, latencies, created = asyncio.run(book_all(url, token(url), jobs, 1))
                assert created == samples, created
        results[label] = statistics.median(latencies)
    empty, full = results.values()
    print(f"booking latency, one at a time (median): empty {empty * 1000:.2f} ms, with "
          f"{existing:,} streams {full * 1000:.2f} ms = {full / empty:.2f}x (target <= 1.5x)")


async def fan_out(url: str, bearer: str, clients: int, rounds: int) -> list[float]:
    delays: list[float] = []
    sent_at: dict[str, float] = {}
    ready = asyncio.Event()
    connected = 0
    received: asyncio.Queue[None] = asyncio.Queue()
    headers = {"Authorization": f"Bearer {bearer}"}
    limits = httpx.Limits(max_connections=clients + 5)
    async with httpx.AsyncClient(base_url=url, timeout=None, limits=limits,
                                 headers=headers) as http:

        async def listen() -> None:
            nonlocal connected
            async with http.stream("GET", "/api/events") as response:
                lines = response.aiter_lines()
                async for line in lines:
                    if line.startswith("retry:"):
                        connected += 1
                        if connected == clients:
                            ready.set()
                    elif line.startswith("data:"):
                        body = line.removeprefix("data:")
                        for marker, began in sent_at.items():
                            if marker in body:
                                delays.append(time.perf_counter() - began)
                                received.put_nowait(None)

        listeners = [asyncio.create_task(listen()) for _ in range(clients)]
        await ready.wait()
        for round_ in range(rounds):
            marker = f"fan-out-{round_}"
            sent_at[marker] = time.perf_counter()
            await http.post("/api/requests/1/messages", json={"body": marker})
            for _ in range(clients):
                await received.get()
            del sent_at[marker]
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
    return delays


def sse(quick: bool) -> None:
    clients, rounds = 100, 10 if quick else 30
    with tempfile.TemporaryDirectory() as folder:
        seed(Path(folder), 0, 0, 0)
        with service(Path(folder)) as (url, _):
            delays = asyncio.run(fan_out(url, token(url), clients, rounds))
    print(f"event delivery to {clients} SSE clients ({rounds} events): p50 "
          f"{percentile(delays, .5) * 1000:.1f} ms, p99 {percentile(delays, .99) * 1000:.1f} ms, "
          f"max {max(delays) * 1000:.1f} ms (target p99 <= 100 ms)")


def replicas(quick: bool) -> None:
    script = ROOT / "benchmarks" / "replica_events.py"
    answer = subprocess.run([sys.executable, str(script), "--messages",
                             "100" if quick else "300"], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    for line in answer.stdout.splitlines():
        print(f"across replicas: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs, rougher figures")
    args = parser.parse_args()
    throughput(args.quick)
    index_cost(args.quick)
    sse(args.quick)
    replicas(args.quick)


if __name__ == "__main__":
    main()

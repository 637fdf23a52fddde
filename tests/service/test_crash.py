"""The service killed with SIGKILL mid-traffic keeps every booking it acknowledged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tests.support.api import STREAMER, open_request, schedule, sign_in

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def served(data_dir: Path, *options: str, env: dict[str, str] | None = None
           ) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``main.py serve`` in its own process; yields it and its URL."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "serve", "--port", "0", "--data-dir",
         str(data_dir), "--demo", *options],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the service announces itself
        assert line.startswith("Serving on "), line
        yield process, line.removeprefix("Serving on ").strip()
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


@pytest.mark.slow
def test_sigkill_mid_traffic_keeps_every_acknowledged_booking(tmp_path: Path) -> None:
    data_dir = tmp_path / "service"
    base = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    acknowledged: list[int] = []
    lock = threading.Lock()
    killed = threading.Event()

    with served(data_dir) as (process, url):
        for index in range(120):
            open_request(url, name=f"Load {index}")
        with sign_in(url, *STREAMER) as client:
            request_ids = [r["id"] for r in client.get("/api/requests").json()]
            headers = dict(client.headers)

        def book(request_id: int) -> None:
            if killed.is_set():
                return
            with httpx.Client(base_url=url, headers=headers, timeout=30) as session:
                try:
                    answer = schedule(session, request_id, base + timedelta(hours=request_id))
                except httpx.TransportError:
                    return  # the service died under this request: not acknowledged
            if answer.status_code == 201:
                with lock:
                    acknowledged.append(answer.json()["id"])
                    if len(acknowledged) == 40:
                        process.send_signal(signal.SIGKILL)
                        killed.set()

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(book, request_ids))
        assert process.wait(timeout=30) == -signal.SIGKILL

    assert len(acknowledged) >= 40
    with served(data_dir) as (_process, url), sign_in(url, *STREAMER) as client:
        stored = client.get("/api/streams", params={
            "after": base.isoformat(), "before": (base + timedelta(days=10)).isoformat()}).json()
    stored_ids = {s["id"] for s in stored}
    assert set(acknowledged) <= stored_ids

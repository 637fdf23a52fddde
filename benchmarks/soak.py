"""A working day in a few minutes: the desktop app with its embedded service under traffic.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py [--messages N]

The app (window, board, chat, live sync) runs on its qasync loop against its own
service on 127.0.0.1, in a child process as ``main.py`` runs it, signed in as the demo
streamer. A second process
plays the day (customers sit at other computers), through the same HTTP
endpoints the customers' widget and another streamer window use: 20 requests, at
least 3,000 customer messages spread over them (the open chat switches every 100
messages), and 200 bookings, of which half are confirmed by the customer and
each is cancelled after.

Prints, with targets: the process's resident memory after loading and at the end
(growth at most 15 %), the delay from sending a customer message to the first
paint of the request list that shows it (p50, p99 at most 100 ms, largest), and
whether every message and booking arrived and the app is alive.

Then streams, one after the other (``--streams``, ``--stream-seconds``; 0 seconds to
leave them out): the app goes live with the test picture for a customer watching in
headless Chromium, then ends the stream. Prints the resident memory before each (once the
media libraries are loaded: Python keeps a loaded library for good, so their share is
printed apart), at its largest during it, and each 10 s for a minute after it ended
(target: within 30 MB of the figure before, a minute after).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import httpx  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from streamer_desktop.demo_accounts import DEMO_BUSINESS  # noqa: E402
from streamer_desktop.desktop.settings.store import DesktopSettings  # noqa: E402
from streamer_desktop.desktop.shell.app import DesktopApp  # noqa: E402
from streamer_desktop.desktop.shell.connection import Connection  # noqa: E402
from streamer_desktop.desktop.shell.credentials import CredentialStore  # noqa: E402
from streamer_desktop.desktop.shell.notifier import Notifier  # noqa: E402
from streamer_desktop.embedded import ServiceProcess  # noqa: E402

STREAMER = ("anna@demo.shop", "streamer-demo")
REQUESTS = 20
BOOKINGS = 200


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Quiet(Notifier):
    """Counts notifications instead of showing them."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def notify(self, title: str, text: str, request_id: int) -> None:
        self.count += 1


class PaintWatch(QObject):
    """Notes when each customer message is first painted in the request list."""

    def __init__(self, desktop: DesktopApp) -> None:
        super().__init__()
        self.desktop = desktop
        self.sent: dict[str, float] = {}  # body -> wall-clock time the customer sent it
        self.painted: dict[str, float] = {}  # body -> first paint that showed it
        self.arrived: dict[str, float] = {}  # body -> when the app's lists heard of it
        self._lock = threading.Lock()
        desktop.workspace.requests_changed.connect(self._on_requests_changed)  # type: ignore[union-attr]

    def _on_requests_changed(self) -> None:
        now = time.time()
        for request in self.desktop.workspace.requests.values():  # type: ignore[union-attr]
            body = request.last_message.body if request.last_message else ""
            if body.startswith("soak message") and body not in self.arrived:
                self.arrived[body] = now

    def arrival_delays(self) -> list[float]:
        with self._lock:
            return sorted(self.arrived[b] - at for b, at in self.sent.items()
                          if b in self.arrived)

    def mark(self, body: str, at: float) -> None:
        with self._lock:
            self.sent[body] = at

    def delays(self) -> list[float]:
        with self._lock:
            return sorted(self.painted[b] - at for b, at in self.sent.items()
                          if b in self.painted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.desktop.workspace is not None:
            now = time.time()
            for request in self.desktop.workspace.requests.values():
                body = request.last_message.body if request.last_message else ""
                if body.startswith("soak message") and body not in self.painted:
                    self.painted[body] = now
        return False


class Day:
    """The customers and a second streamer window, over HTTP, from a process of their own
    (as they are other computers); each message is announced on stdout as it is sent."""

    def __init__(self, url: str, messages: int) -> None:
        self.url, self.messages = url, messages
        self.booked = self.confirmed = self.cancelled = 0
        self.request_ids: list[int] = []
        self.answers: list[float] = []  # how long the service took to take each message

    def play(self) -> None:
        with httpx.Client(base_url=self.url, timeout=30) as http:
            token = http.post("/api/auth/login", json={
                "email": STREAMER[0], "password": STREAMER[1]}).json()["token"]
            streamer = {"Authorization": f"Bearer {token}"}
            conversations: list[str] = []
            for n in range(REQUESTS):
                opened = http.post("/api/widget/requests", json={
                    "business": DEMO_BUSINESS, "name": f"Soak customer {n}",
                    "message": f"Hello, number {n} here", "time_zone": "Asia/Kolkata"})
                opened.raise_for_status()
                conversations.append(opened.json()["token"])
            ids = {r["customer"]["name"]: r["id"]
                   for r in http.get("/api/requests", headers=streamer).json()}
            self.request_ids = [ids[f"Soak customer {n}"] for n in range(REQUESTS)]
            per_booking = max(1, self.messages // BOOKINGS)
            start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=1)
            for i in range(self.messages):
                which = i % REQUESTS
                body = f"soak message {i}"
                print(f"SENT {time.time():.6f} {(i // 100) % REQUESTS} {body}", flush=True)
                posted = time.perf_counter()
                http.post(f"/api/c/{conversations[which]}/messages",
                          json={"body": body}).raise_for_status()
                self.answers.append(time.perf_counter() - posted)
                if i % per_booking == 0 and self.booked < BOOKINGS:
                    self._book(http, streamer, conversations[which], self.request_ids[which],
                               start + timedelta(minutes=45 * self.booked))
            answers = sorted(self.answers)
            print(f"DONE {self.booked} {self.confirmed} {self.cancelled} "
                  f"{statistics.median(answers):.6f} {answers[int(len(answers) * 0.99)]:.6f}",
                  flush=True)

    def _book(self, http: httpx.Client, streamer: dict[str, str], conversation: str,
              request_id: int, at: datetime) -> None:
        made = http.post("/api/streams", headers=streamer, json={
            "request_id": request_id, "starts_at": at.isoformat(),
            "streamer_time_zone": "Europe/Berlin", "duration_min": 30})
        made.raise_for_status()
        self.booked += 1
        if self.booked % 2 == 0:
            messages = http.get(f"/api/c/{conversation}").json()["messages"]
            appointment = next(m for m in reversed(messages) if m["appointment"])["appointment"]
            http.post(f"/api/a/{appointment['token']}/confirm", json={
                "email": "soak@example.com", "consent": True}).raise_for_status()
            self.confirmed += 1
        http.post(f"/api/streams/{made.json()['id']}/cancel",
                  headers=streamer).raise_for_status()
        self.cancelled += 1


async def stream_phase(desktop: DesktopApp, url: str, seconds: float, rounds: int) -> None:
    """Streams of the test picture to a customer in Chromium, and the memory around them."""
    from playwright.async_api import async_playwright

    from benchmarks._live_booking import book, watch_from_the_start
    from tests.support.browser import CHROMIUM_FLAGS, chromium_path

    api = desktop.api
    assert api is not None
    desktop.settings.video_source_override = "test"
    without_media = settled_rss()
    # What the first stream loads and Python never unloads (aiortc, FFmpeg's libraries).
    import streamer_desktop.video.broadcaster
    import streamer_desktop.video.sources  # noqa: F401
    from streamer_desktop.video.readback import WATCH_JS

    first_before = settled_rss()
    print(f"streams: {seconds:.0f} s each of the test picture to Chromium; the media "
          f"libraries the first one loads take {first_before - without_media:.0f} MB")
    for round_ in range(1, rounds + 1):
        stream_id, token = await book(url, api, f"Stream customer {round_}")
        before = settled_rss()
        split_before = rss_split()
        largest = before
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium_path(),
                                                       args=CHROMIUM_FLAGS)
            page, _, _ = await watch_from_the_start(browser, url, token,
                                                    lambda s=stream_id: api.start_stream(s))
            watching = asyncio.create_task(page.evaluate(WATCH_JS, int(seconds * 1000)))
            while not watching.done():
                largest = max(largest, rss_mb())
                await asyncio.sleep(0.5)
            seen = watching.result()
            await api.complete_stream(stream_id)
            await browser.close()
        live_video = desktop.live_video
        while live_video is not None and live_video.live_count:  # noqa: ASYNC110 - polled
            await asyncio.sleep(0.1)
        after = []
        for _ in range(6):
            await asyncio.sleep(10)
            after.append(settled_rss())
        print(f"  stream {round_}: {seen['frames'] / seconds:.0f} pictures/s at "
              f"{seen['width']}x{seen['height']}; resident memory {before:.0f} MB before, "
              f"{largest:.0f} MB at the largest, then each 10 s after it ended: "
              f"{', '.join(f'{mb:.0f}' for mb in after)} MB = {after[-1] - before:+.0f} MB a "
              f"minute after (target: within 30 MB); {after[-1] - first_before:+.0f} MB "
              f"against the first stream's before; before: {split_before}, a minute after: "
              f"{rss_split()}")


def settled_rss() -> float:
    """Resident memory once Python's collector has run."""
    gc.collect()
    return rss_mb()


def rss_split() -> str:
    """The resident memory's own part (heaps, stacks) and its mapped files' (libraries'
    code, which the system can drop and read again)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("RssAnon", "RssFile"):
            fields[name] = int(value.split()[0]) / 1024
    return f"{fields.get('RssAnon', 0):.0f} MB own + {fields.get('RssFile', 0):.0f} MB files"


async def soak(app: QApplication, messages: int, data_dir: Path,
               stream_seconds: float = 10.0, streams: int = 2) -> int:
    service = ServiceProcess(data_dir)  # as main.py runs it: a child process
    url = service.start()
    settings = DesktopSettings(QSettings(str(data_dir / "desktop.ini"),
                                         QSettings.Format.IniFormat))
    settings.time_zone = "Europe/Berlin"
    notifier = Quiet()
    desktop = DesktopApp(app, settings, CredentialStore(), notifier=notifier)
    try:
        if not await desktop.start(Connection(url, *STREAMER)):
            print("the app did not sign in")
            return 1
        # The benchmark watches state that other threads change: it polls, on purpose.
        while desktop.workspace is None or not desktop.workspace.online:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        await asyncio.sleep(1)  # settled after the first load
        rss_start, service_start = rss_mb(), rss_mb(service.pid or 0)
        watch = PaintWatch(desktop)
        desktop.window.myRequestsView.viewport().installEventFilter(watch)
        loop = asyncio.get_running_loop()
        workspace = desktop.workspace

        def open_chat_of(customer: str) -> None:
            for request in workspace.requests.values():
                if request.customer.name == customer:
                    desktop.window.select_request(request.id)

        # Popen only starts the process; it is read on a thread of its own below.
        player = subprocess.Popen(  # noqa: ASYNC220
            [sys.executable, __file__, "--play", url, "--messages", str(messages)],
            stdout=subprocess.PIPE, text=True)
        counts: list[int] = []
        answers: list[float] = []

        def read() -> None:
            assert player.stdout is not None
            for line in player.stdout:
                kind, _, rest = line.strip().partition(" ")
                if kind == "SENT":
                    at, which, body = rest.split(" ", 2)
                    watch.mark(body, float(at))
                    if body.endswith("00"):  # every 100 messages the streamer opens a chat
                        loop.call_soon_threadsafe(open_chat_of, f"Soak customer {which}")
                elif kind == "DONE":
                    *done, answer_p50, answer_p99 = rest.split()
                    counts.extend(int(n) for n in done)
                    answers.extend((float(answer_p50), float(answer_p99)))

        began = time.perf_counter()
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        while player.poll() is None:  # noqa: ASYNC110 - another process, polled on purpose
            await asyncio.sleep(0.1)
        reader.join()
        if player.returncode != 0 or len(counts) != 3:
            print(f"the traffic player failed (exit {player.returncode})")
            return 1
        want = f"soak message {messages - 1}"
        while not any(r.last_message is not None and r.last_message.body == want  # noqa: ASYNC110
                      for r in workspace.requests.values()):
            await asyncio.sleep(0.05)
        await asyncio.sleep(1)
        elapsed = time.perf_counter() - began
        rss_end, service_end = rss_mb(), rss_mb(service.pid or 0)
        delays = watch.delays()
        p99 = delays[min(len(delays) - 1, int(len(delays) * 0.99))]
        print(f"traffic: {messages} customer messages over {REQUESTS} new requests, "
              f"{counts[0]} bookings, {counts[1]} confirmed, {counts[2]} cancelled, "
              f"in {elapsed:.0f} s ({messages / elapsed:.0f} messages/s)")
        print(f"resident memory: {rss_start:.0f} MB after loading, {rss_end:.0f} MB at the end"
              f" = {100 * (rss_end / rss_start - 1):+.1f} % (target <= +15 %); the service's "
              f"process: {service_start:.0f} MB, then {service_end:.0f} MB")
        print(f"send to first paint showing it ({len(delays)} messages): "
              f"p50 {1000 * statistics.median(delays):.1f} ms, p99 {1000 * p99:.1f} ms "
              f"(target <= 100 ms), largest {1000 * delays[-1]:.1f} ms")
        heard = watch.arrival_delays()
        p99_heard = heard[min(len(heard) - 1, int(len(heard) * 0.99))]
        print(f"  of which sending to the app's lists hearing of it: p50 "
              f"{1000 * statistics.median(heard):.1f} ms, p99 {1000 * p99_heard:.1f} ms; "
              f"the service answering the customer's post: p50 {1000 * answers[0]:.1f} ms, "
              f"p99 {1000 * answers[1]:.1f} ms")
        print(f"notifications: {notifier.count}; requests on the board: "
              f"{desktop.window.myRequestsView.model().rowCount()}")
        if stream_seconds:
            await stream_phase(desktop, url, stream_seconds, streams)
        print("alive: yes")
        return 0
    finally:
        await desktop.shutdown()
        service.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--stream-seconds", type=float, default=10.0,
                        help="how long each stream after the traffic lasts (0: no stream)")
    parser.add_argument("--streams", type=int, default=2, help="how many streams, one "
                        "after the other (default: 2)")
    parser.add_argument("--play", metavar="URL", help=argparse.SUPPRESS)  # the player process
    args = parser.parse_args()
    if args.play:
        Day(args.play, args.messages).play()
        return 0
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory() as folder, \
            asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(soak(app, args.messages, Path(folder), args.stream_seconds,
                                     args.streams))


if __name__ == "__main__":
    sys.exit(main())

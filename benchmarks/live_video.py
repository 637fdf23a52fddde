"""Live video figures on loopback: start to first picture, glass to glass, sender's CPU.

Run:  .venv/bin/python benchmarks/live_video.py [--seconds 10] [--size 1280x720]

It starts ``main.py serve --demo`` in its own process, opens a request as a customer,
books a stream five minutes ahead, confirms it, and opens the stream page in Debian's
headless Chromium (Playwright), which waits for the streamer. This process plays the
desktop's part with the same code the desktop runs (``Broadcaster`` with the test
source, the API client, the event stream), then prints:

1. the time from *Start* (the start call leaving here) to the first picture the page
   presents (target: at most 1.5 s on loopback);
2. glass-to-glass latency: the page reads the test pattern's clock from the pictures it
   presents (p50, p95, max; target: at most 250 ms on loopback);
3. the pictures the page presented per second, and their size;
4. this process's CPU while it streams, in per cent of one core: the sending side of
   one stream (the test source, the encoders, packets and encryption).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from httpx_sse import aconnect_sse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._live_booking import book, watch_from_the_start  # noqa: E402
from benchmarks.service_bench import EMAIL, PASSWORD, service  # noqa: E402
from streamer_desktop.client.api import ApiClient  # noqa: E402
from streamer_desktop.video.broadcaster import Broadcaster, IceServer  # noqa: E402
from streamer_desktop.video.readback import WATCH_JS  # noqa: E402
from streamer_desktop.video.sources import pattern_source  # noqa: E402


async def play_desktop(api: ApiClient, broadcaster: Broadcaster, stream_id: int) -> None:
    """The desktop's part of the signalling: offer to each viewing that joins, take
    its answer."""
    async with (httpx.AsyncClient(base_url=api.base_url, timeout=None,
                                  headers=api.auth_headers()) as client,
                aconnect_sse(client, "GET", "/api/events") as source):
        async for event in source.aiter_sse():
            live = json.loads(event.data).get("live") if event.data else None
            if not live or live.get("stream_id") != stream_id:
                continue
            if event.event == "live.joined":
                servers = (await api.ice_servers()).ice_servers
                attempt, sdp = await asyncio.wrap_future(broadcaster.offer(
                    live["session"], [IceServer(s.urls, s.username, s.credential)
                                      for s in servers]))
                await api.offer_live(stream_id, live["session"], attempt, sdp)
            elif event.event == "live.answered":
                await asyncio.wrap_future(broadcaster.accept(
                    live["session"], live["attempt"], live["sdp"]))


async def measure(url: str, seconds: float, size: tuple[int, int]) -> dict[str, float]:
    from playwright.async_api import async_playwright

    from tests.support.browser import CHROMIUM_FLAGS, chromium_path

    api = ApiClient(url)
    await api.login(EMAIL, PASSWORD)
    stream_id, token = await book(url, api)
    broadcaster = Broadcaster(lambda: pattern_source(*size), lambda _v, _s: None)
    await asyncio.wrap_future(broadcaster.start())
    desk = asyncio.create_task(play_desktop(api, broadcaster, stream_id))
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium_path(),
                                                   args=CHROMIUM_FLAGS)
        page, started, first_at = await watch_from_the_start(
            browser, url, token, lambda: api.start_stream(stream_id))
        cpu, wall = time.process_time(), time.monotonic()
        seen = await page.evaluate(WATCH_JS, int(seconds * 1000))
        cpu_share = (time.process_time() - cpu) / (time.monotonic() - wall)
        await browser.close()
    desk.cancel()
    await asyncio.get_running_loop().run_in_executor(None, broadcaster.stop)
    await api.aclose()
    latencies = sorted(seen["latencies"])
    return {
        "start_to_first_picture_s": (first_at - started * 1000) / 1000,
        "latency_p50_ms": statistics.median(latencies),
        "latency_p95_ms": latencies[int(0.95 * (len(latencies) - 1))],
        "latency_max_ms": latencies[-1],
        "pictures_per_s": seen["frames"] / seconds,
        "width": seen["width"], "height": seen["height"],
        "cpu_percent_of_one_core": 100 * cpu_share,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0,
                        help="how long to watch (default: %(default)s)")
    parser.add_argument("--size", default="1280x720", help="picture size (default: 1280x720)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as folder, service(Path(folder)) as (url, _pid):
        figures = asyncio.run(measure(url, args.seconds, (width, height)))
    print(f"Live video on loopback, {figures['width']}x{figures['height']}, "
          f"{args.seconds:.0f} s watched in headless Chromium:")
    print(f"  start to first picture: {figures['start_to_first_picture_s']:.2f} s "
          "(target <= 1.5 s)")
    print(f"  glass to glass: p50 {figures['latency_p50_ms']:.0f} ms, "
          f"p95 {figures['latency_p95_ms']:.0f} ms, max {figures['latency_max_ms']:.0f} ms "
          "(target <= 250 ms)")
    print(f"  pictures presented: {figures['pictures_per_s']:.1f} per second")
    print(f"  sender's CPU: {figures['cpu_percent_of_one_core']:.0f} % of one core")


if __name__ == "__main__":
    main()

"""Helpers of the live video benchmarks: a confirmed stream five minutes ahead, and the
customer's stream page until its first picture.

Light on purpose (httpx, the API client, the test picture's read-back scripts): the soak
benchmark measures the app's memory around a stream and must not load the service or
the media with them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from streamer_desktop.client.api import ApiClient
from streamer_desktop.video.readback import FIRST_PICTURE_JS


async def book(url: str, api: ApiClient, customer_name: str = "Bench Customer"
               ) -> tuple[int, str]:
    """A confirmed stream five minutes ahead: its id and the customer's token."""
    async with httpx.AsyncClient(base_url=url) as customer:
        opened = (await customer.post("/api/widget/requests", json={
            "business": "demo-shop", "name": customer_name, "message": "Show me",
            "time_zone": "Europe/Paris"})).json()
        token = opened["token"]
        requests, _ = await api.requests()
        request = next(r for r in requests if r.customer.name == customer_name)
        starts = (datetime.now(UTC) + timedelta(minutes=5)).replace(second=0, microsecond=0)
        stream = await api.schedule(request.id, starts, "UTC")
        messages = (await customer.get(f"/api/c/{token}")).json()["messages"]
        appointment = next(m["appointment"]["token"] for m in reversed(messages)
                           if m.get("appointment"))
        confirmed = await customer.post(f"/api/a/{appointment}/confirm", json={
            "email": "bench@example.com", "consent": True})
        confirmed.raise_for_status()
    return stream.id, token


async def watch_from_the_start(browser: Any, url: str, token: str,
                               start: Callable[[], Awaitable[object]]) -> tuple[Any, float, float]:
    """Open the stream page of conversation ``token`` in ``browser`` (Playwright's), wait
    for its waiting state, then ``start`` the stream. Returns the page, the wall-clock
    time (s) at which ``start`` was called, and that (ms) of the first picture presented."""
    page = await browser.new_page()
    await page.goto(f"{url}/stream/{token}")
    await page.locator("#stream-state[data-state=waiting]").wait_for()
    first = asyncio.create_task(page.evaluate(FIRST_PICTURE_JS, 20_000))
    started = time.time()
    await start()
    return page, started, await first

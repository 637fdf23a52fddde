"""Helper of the live video benchmarks: a confirmed stream five minutes ahead.

Light on purpose (httpx and the API client only): the soak benchmark measures the
app's memory around a stream and must not load the service or the media with it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from streamer_desktop.client.api import ApiClient


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

"""Talking to a real service from tests, as its clients do: over HTTP."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import httpx

STREAMER = ("anna@demo.shop", "streamer-demo")
ADMIN = ("admin@demo.shop", "admin-demo")

T = TypeVar("T")


def sign_in(base_url: str, email: str, password: str) -> httpx.Client:
    """An HTTP client that carries the bearer token of a fresh sign-in."""
    response = httpx.post(f"{base_url}/api/auth/login",
                          json={"email": email, "password": password})
    response.raise_for_status()
    token = response.json()["token"]
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"},
                        timeout=30)


def schedule(client: httpx.Client, request_id: int, starts_at: datetime,
             zone: str = "Europe/Berlin", **extra: Any) -> httpx.Response:
    return client.post("/api/streams", json={
        "request_id": request_id, "starts_at": starts_at.isoformat(),
        "streamer_time_zone": zone, **extra,
    })


def open_request(base_url: str, name: str = "Customer", zone: str = "Europe/Paris",
                 message: str = "Hello") -> dict[str, Any]:
    response = httpx.post(f"{base_url}/api/widget/requests", json={
        "business": "demo-shop", "name": name, "message": message, "time_zone": zone,
        "locale": "en-GB",
    })
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def wait_until(condition: Callable[[], T | None], timeout: float = 10.0,
               what: str = "condition") -> T:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)

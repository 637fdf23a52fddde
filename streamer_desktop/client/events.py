"""The service's event stream, kept open: reconnects with backoff and resumes by id."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Awaitable, Callable

import httpx
from httpx_sse import aconnect_sse

from streamer_desktop.client.api import ApiClient
from streamer_desktop.wire import EventOut

log = logging.getLogger(__name__)

OnEvent = Callable[[EventOut], Awaitable[None] | None]
OnConnection = Callable[[bool], None]
OnTrouble = Callable[[BaseException], Awaitable[None]]
"""Hears an event that could not be handled, or the service's "not signed in"."""


class Backoff:
    """Growing, jittered delays between reconnects; reset once a connection holds."""

    def __init__(self, first: float = 0.5, most: float = 15.0) -> None:
        self.first = first
        self.most = most
        self._attempt = 0

    def next_delay(self) -> float:
        delay = min(self.most, self.first * 2 ** self._attempt)
        self._attempt += 1
        return delay * random.uniform(0.8, 1.2)

    def reset(self) -> None:
        self._attempt = 0


class EventStream:
    """Reads ``/api/events`` until stopped, handing each event to ``on_event``.

    After a drop it reconnects with :class:`Backoff`, sending the id of the last
    event it handled as ``Last-Event-ID``, so the service replays what was
    missed. ``on_connection`` hears ``True`` when the stream is open and
    ``False`` when it is lost. An exception raised while handling an event is
    handed to ``on_handling_failed`` (which may reload everything) and the stream
    goes on after that event; a 401 answer is handed to ``on_unauthorized``,
    which returns once the client is signed in again.
    """

    def __init__(self, api: ApiClient, on_event: OnEvent, on_connection: OnConnection,
                 *, on_handling_failed: OnTrouble | None = None,
                 on_unauthorized: OnTrouble | None = None,
                 backoff: Backoff | None = None) -> None:
        self._api = api
        self._on_event = on_event
        self._on_connection = on_connection
        self._on_handling_failed = on_handling_failed
        self._on_unauthorized = on_unauthorized
        self._backoff = backoff or Backoff()
        self.last_event_id: int | None = None
        self.connected = False

    async def run(self) -> None:
        """Read events until cancelled."""
        while True:
            try:
                await self._read_once()
            except httpx.HTTPStatusError as exc:
                log.info("Event stream refused: %s", exc)
                if exc.response.status_code == 401 and self._on_unauthorized is not None:
                    self._set_connected(False)
                    await self._on_unauthorized(exc)
                    continue
            except httpx.TransportError as exc:
                log.info("Event stream lost: %s", exc)
            self._set_connected(False)
            await asyncio.sleep(self._backoff.next_delay())

    async def _read_once(self) -> None:
        headers = self._api.auth_headers()
        if self.last_event_id is not None:
            headers["Last-Event-ID"] = str(self.last_event_id)
        timeout = httpx.Timeout(5.0, read=60.0)  # the service sends a keep-alive every 15 s
        async with aconnect_sse(self._api.http, "GET", "/api/events", headers=headers,
                                timeout=timeout) as source:
            source.response.raise_for_status()
            async for sse in source.aiter_sse():
                if not sse.data:  # the opening block: subscribed, and from which id
                    if sse.id:
                        self.last_event_id = int(sse.id)
                    self._set_connected(True)
                    self._backoff.reset()
                    continue
                event = EventOut.model_validate({"id": int(sse.id), "type": sse.event,
                                                 "data": json.loads(sse.data)})
                try:
                    result = self._on_event(event)
                    if result is not None:
                        await result
                except Exception as exc:
                    if self._on_handling_failed is None:
                        raise
                    log.exception("Handling event %s (%s) failed", event.id, event.type)
                    self.last_event_id = event.id  # not replayed for ever
                    await self._on_handling_failed(exc)
                    continue
                self.last_event_id = event.id

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._on_connection(connected)

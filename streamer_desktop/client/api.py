"""Typed calls to the sync service over one ``httpx.AsyncClient``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter

from streamer_desktop.wire import (
    BusinessSettings,
    ErrorOut,
    LiveIceOut,
    LoginOut,
    MeOut,
    MessageOut,
    ReadOut,
    RequestOut,
    StreamOut,
    TeamMemberOut,
)

M = TypeVar("M", bound=BaseModel)


NEWEST = 2**53
"""A message id above every other: ``before_id=NEWEST`` asks for the newest page."""


class ApiError(Exception):
    """The service answered with an error; ``message`` can be shown to the user."""

    def __init__(self, status: int, error: ErrorOut) -> None:
        super().__init__(error.message)
        self.status = status
        self.code = error.error
        self.message = error.message
        self.details = error.details or {}


class ServiceUnreachable(Exception):  # noqa: N818 - reads as what happened
    """The service could not be reached (down, offline, or too slow to answer)."""

    def __init__(self, url: str) -> None:
        super().__init__(f"The service at {url} cannot be reached.")
        self.url = url


class ApiClient:
    """The service's calls for a signed-in streamer.

    One instance per application; :meth:`aclose` when the application quits.
    ``transport`` is injectable for tests that need to cut the line.
    """

    def __init__(self, base_url: str, *, token: str | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 timeout: float = 15.0, language: Callable[[], str] | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.AsyncClient(base_url=self.base_url, transport=transport,
                                       timeout=httpx.Timeout(timeout, connect=5.0))
        self.token = token
        self._language = language

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying HTTP client (the event stream shares its connections)."""
        return self._http

    def auth_headers(self) -> dict[str, str]:
        """The bearer token, and the language the service should write its errors in."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        language = self._language() if self._language is not None else ""
        if language:
            headers["Accept-Language"] = language.replace("_", "-")
        return headers

    async def aclose(self) -> None:
        await self._http.aclose()

    async def login(self, email: str, password: str) -> LoginOut:
        result = await self._call("POST", "/api/auth/login", LoginOut,
                                  json={"email": email, "password": password})
        self.token = result.token
        return result

    async def logout(self) -> None:
        await self._send("POST", "/api/auth/logout")
        self.token = None

    async def me(self) -> MeOut:
        return await self._call("GET", "/api/me", MeOut)

    async def settings(self) -> BusinessSettings:
        return await self._call("GET", "/api/business/settings", BusinessSettings)

    async def update_settings(self, **changes: Any) -> BusinessSettings:
        return await self._call("PATCH", "/api/business/settings", BusinessSettings,
                                json=changes)

    async def requests(self) -> tuple[list[RequestOut], int | None]:
        """The requests, and the id of the newest event they already reflect."""
        response = await self._send("GET", "/api/requests")
        newest = response.headers.get("Last-Event-ID")
        requests = TypeAdapter(list[RequestOut]).validate_json(response.content)
        return requests, int(newest) if newest and newest.isdigit() else None

    async def messages(self, request_id: int, *, before_id: int = NEWEST,
                       limit: int = 200) -> list[MessageOut]:
        """Up to ``limit`` messages older than ``before_id`` (by default the newest), oldest
        first."""
        return await self._call_list("GET", f"/api/requests/{request_id}/messages", MessageOut,
                                     params={"before_id": before_id, "limit": limit})

    async def send_message(self, request_id: int, body: str) -> MessageOut:
        return await self._call("POST", f"/api/requests/{request_id}/messages", MessageOut,
                                json={"body": body})

    async def mark_read(self, request_id: int, up_to: int) -> ReadOut:
        """Seen up to message ``up_to``; the unread count left."""
        return await self._call("POST", f"/api/requests/{request_id}/read", ReadOut,
                                json={"up_to": up_to})

    async def team(self) -> list[TeamMemberOut]:
        """The shop's team, with who is online."""
        return await self._call_list("GET", "/api/team", TeamMemberOut)

    async def transfer(self, request_id: int, to_user_id: int) -> RequestOut:
        """Hand the request (its chat and stream) to a colleague."""
        return await self._call("POST", f"/api/requests/{request_id}/transfer", RequestOut,
                                json={"to_user_id": to_user_id})

    async def schedule(self, request_id: int, starts_at: datetime, streamer_time_zone: str,
                       duration_min: int | None = None) -> StreamOut:
        return await self._call("POST", "/api/streams", StreamOut, json={
            "request_id": request_id, "starts_at": starts_at.isoformat(),
            "streamer_time_zone": streamer_time_zone, "duration_min": duration_min})

    async def reschedule(self, stream_id: int, starts_at: datetime, duration_min: int | None,
                         streamer_time_zone: str | None) -> StreamOut:
        return await self._call("POST", f"/api/streams/{stream_id}/reschedule", StreamOut, json={
            "starts_at": starts_at.isoformat(), "duration_min": duration_min,
            "streamer_time_zone": streamer_time_zone})

    async def start_stream(self, stream_id: int) -> StreamOut:
        return await self._call("POST", f"/api/streams/{stream_id}/start", StreamOut)

    async def cancel_stream(self, stream_id: int, message: str | None = None) -> StreamOut:
        return await self._call("POST", f"/api/streams/{stream_id}/cancel", StreamOut,
                                json={"message": message or None})

    async def complete_stream(self, stream_id: int) -> StreamOut:
        return await self._call("POST", f"/api/streams/{stream_id}/complete", StreamOut)

    async def ice_servers(self) -> LiveIceOut:
        """STUN and TURN servers for a live stream's next peer connection."""
        return await self._call("GET", "/api/live/ice-servers", LiveIceOut)

    async def offer_live(self, stream_id: int, session: str, attempt: int, sdp: str) -> None:
        """Offer the stream's picture to the customer's viewing ``session``."""
        await self._send("POST", f"/api/streams/{stream_id}/live/offer",
                         json={"session": session, "attempt": attempt, "sdp": sdp})

    async def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        response = await self._send(method, path, **kwargs)
        return model.model_validate_json(response.content)

    async def _call_list(self, method: str, path: str, model: type[M], **kwargs: Any
                         ) -> list[M]:
        response = await self._send(method, path, **kwargs)
        return TypeAdapter(list[model]).validate_json(response.content)  # type: ignore[valid-type]

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = await self._http.request(method, path, headers=self.auth_headers(),
                                                **kwargs)
        except httpx.TransportError as exc:
            raise ServiceUnreachable(self.base_url) from exc
        if response.is_error:
            raise ApiError(response.status_code, _error_of(response))
        return response


def _error_of(response: httpx.Response) -> ErrorOut:
    try:
        return ErrorOut.model_validate_json(response.content)
    except ValueError:
        return ErrorOut(error="http_error",
                        message=f"The service answered {response.status_code}.")

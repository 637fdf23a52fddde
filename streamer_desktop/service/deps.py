"""Route dependencies, as ``Annotated`` aliases: the context and the signed-in caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from streamer_desktop.service.context import ServiceContext
from streamer_desktop.service.errors import unauthorized
from streamer_desktop.service.store import accounts

_bearer = HTTPBearer(auto_error=False, description="The token returned by /api/auth/login.")


async def get_context(request: Request) -> ServiceContext:
    """The context the app was built with."""
    context: ServiceContext = request.app.state.context
    return context


Ctx = Annotated[ServiceContext, Depends(get_context)]


async def get_caller(
    ctx: Ctx, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> accounts.Caller:
    """The signed-in user behind the bearer token; 401 without a valid one.

    A recently checked token is answered from memory, without leaving the event
    loop; any other is looked up on a worker thread.
    """
    if credentials is None or not credentials.credentials:
        raise unauthorized()
    token, now = credentials.credentials, ctx.now()
    cached = ctx.callers.get(token, now)
    if cached is not None:
        return cached
    caller, expires_at = await run_in_threadpool(_authenticate, ctx, token, now)
    ctx.callers.put(token, caller, expires_at, now)
    return caller


def _authenticate(ctx: ServiceContext, token: str, now: int) -> tuple[accounts.Caller, int]:
    with ctx.db.read() as session:
        return accounts.authenticate(session, token, now)


async def get_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The bearer token of this call (the caller is checked separately)."""
    return credentials.credentials if credentials is not None else ""


CurrentCaller = Annotated[accounts.Caller, Depends(get_caller)]
BearerToken = Annotated[str, Depends(get_token)]

"""Sign-in, the signed-in user, and the business's settings."""

from __future__ import annotations

from fastapi import APIRouter

from streamer_desktop.service.deps import BearerToken, Ctx, CurrentCaller
from streamer_desktop.service.routes import errors
from streamer_desktop.service.store import accounts
from streamer_desktop.wire import (
    BusinessSettings,
    BusinessSettingsPatch,
    LoginIn,
    LoginOut,
    MeOut,
    UserPatch,
)

router = APIRouter(prefix="/api", tags=["account"])


@router.post("/auth/login", responses=errors(401, 422))
def login(ctx: Ctx, body: LoginIn) -> LoginOut:
    """Sign in with e-mail and password; returns a bearer token."""
    with ctx.db.write() as session:
        return accounts.login(session, str(body.email), body.password, ctx.now())


@router.post("/auth/logout", status_code=204, responses=errors(401))
def logout(ctx: Ctx, caller: CurrentCaller, token: BearerToken) -> None:
    """Revoke the token used for this call."""
    with ctx.db.write() as session:
        accounts.logout(session, caller, ctx.now())
    ctx.callers.forget(token)


@router.get("/me", responses=errors(401))
def me(ctx: Ctx, caller: CurrentCaller) -> MeOut:
    """The signed-in user, their business and its settings."""
    with ctx.db.read() as session:
        return accounts.me(session, caller)


@router.patch("/me", responses=errors(401, 422))
def update_me(ctx: Ctx, caller: CurrentCaller, body: UserPatch) -> MeOut:
    """Change presence (online), time zone or language."""
    with ctx.db.write() as session:
        return accounts.update_me(session, caller, body)


@router.get("/business/settings", responses=errors(401))
def get_settings(ctx: Ctx, caller: CurrentCaller) -> BusinessSettings:
    """The business's switches and defaults."""
    with ctx.db.read() as session:
        return accounts.get_settings(session, caller)


@router.patch("/business/settings", responses=errors(401, 403, 422))
def update_settings(
    ctx: Ctx, caller: CurrentCaller, body: BusinessSettingsPatch
) -> BusinessSettings:
    """Change the business's settings (admins); every connected client is told."""
    with ctx.db.write() as session:
        return accounts.update_settings(session, caller, body, ctx.now())

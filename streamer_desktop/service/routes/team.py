"""The shop's team: colleagues for every member; invitations, disabling, removing,
password resets and the audit log for admins; one-time account links for anyone
holding one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from streamer_desktop.service.deps import Ctx, CurrentCaller
from streamer_desktop.service.routes import errors
from streamer_desktop.service.store import audit, team
from streamer_desktop.service.store.accounts import Caller
from streamer_desktop.service.store.audit import Actor
from streamer_desktop.wire import (
    AccountLinkOut,
    AuditEntryOut,
    HandoverIn,
    HandoverOut,
    InviteIn,
    PasswordSet,
    TeamMemberOut,
)

router = APIRouter(prefix="/api", tags=["team"])

UserId = Annotated[int, Path(ge=1, le=2**53)]
LinkToken = Annotated[str, Path(min_length=10, max_length=200)]


@router.get("/team", responses=errors(401))
def list_team(ctx: Ctx, caller: CurrentCaller) -> list[TeamMemberOut]:
    """The members of the caller's shop, with who is online and how busy."""
    with ctx.db.read() as session:
        return team.members(session, caller.business_id)


def _admin(ctx: Ctx, caller: Caller) -> Actor:
    team.require_admin(caller)
    with ctx.db.read() as session:
        return Actor.of(session, caller.user_id)


@router.post("/admin/team", status_code=201, responses=errors(401, 403, 409, 422))
def invite(ctx: Ctx, caller: CurrentCaller, body: InviteIn) -> TeamMemberOut:
    """Invite a member: they get an e-mail with a one-time link to set a password."""
    actor = _admin(ctx, caller)
    with ctx.db.write() as session:
        member, _token = team.invite(session, caller.business_id, actor, body, ctx.now(),
                                     ctx.signer)
    return member


@router.post("/admin/team/{user_id}/disable", responses=errors(401, 403, 404, 409, 422))
def disable(ctx: Ctx, caller: CurrentCaller, user_id: UserId, body: HandoverIn
            ) -> HandoverOut:
    """The member can no longer sign in; their open requests and streams go to a
    colleague (``to_user_id``, or the least busy), and each customer is told."""
    return _disable(ctx, caller, user_id, body, remove=False)


@router.post("/admin/team/{user_id}/remove", responses=errors(401, 403, 404, 409, 422))
def remove(ctx: Ctx, caller: CurrentCaller, user_id: UserId, body: HandoverIn
           ) -> HandoverOut:
    """As disabling, and the member leaves the team's list for good."""
    return _disable(ctx, caller, user_id, body, remove=True)


def _disable(ctx: Ctx, caller: Caller, user_id: int, body: HandoverIn, *, remove: bool
             ) -> HandoverOut:
    actor = _admin(ctx, caller)
    with ctx.db.write() as session:
        result = team.disable(session, caller.business_id, actor, user_id, body.to_user_id,
                              ctx.now(), remove=remove)
    ctx.callers.forget_user(user_id)  # their tokens stop working here at once
    return result


@router.post("/admin/team/{user_id}/enable", responses=errors(401, 403, 404))
def enable(ctx: Ctx, caller: CurrentCaller, user_id: UserId) -> TeamMemberOut:
    """A disabled member may sign in again."""
    actor = _admin(ctx, caller)
    with ctx.db.write() as session:
        return team.enable(session, caller.business_id, actor, user_id, ctx.now())


@router.post("/admin/team/{user_id}/password-reset", status_code=204,
             responses=errors(401, 403, 404, 409))
def reset_password(ctx: Ctx, caller: CurrentCaller, user_id: UserId) -> None:
    """E-mail the member a one-time link to choose a new password (an invited member
    gets their invitation again)."""
    actor = _admin(ctx, caller)
    with ctx.db.write() as session:
        team.reset_password(session, caller.business_id, actor, user_id, ctx.now(),
                            ctx.signer)


@router.get("/admin/audit", responses=errors(401, 403, 422))
def audit_log(
    ctx: Ctx, caller: CurrentCaller,
    before_id: Annotated[int | None, Query(ge=1, le=2**53)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[AuditEntryOut]:
    """Who did what to the team and its requests, newest first."""
    team.require_admin(caller)
    with ctx.db.read() as session:
        return audit.entries(session, caller.business_id, before_id, limit)


@router.get("/account/links/{token}", responses=errors(404, 410))
def account_link(ctx: Ctx, token: LinkToken) -> AccountLinkOut:
    """What a one-time account link is for; 410 once used or expired."""
    with ctx.db.read() as session:
        return team.link_view(session, token, ctx.signer, ctx.now())


@router.post("/account/password", status_code=204, responses=errors(404, 410, 422))
def set_password(ctx: Ctx, body: PasswordSet) -> None:
    """Choose a password with a one-time link; sessions signed in before end."""
    with ctx.db.write() as session:
        user_id = team.set_password(session, body, ctx.signer, ctx.now())
    ctx.callers.forget_user(user_id)

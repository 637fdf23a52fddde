"""Signalling for a live stream's video, for both sides (see ``store/live.py``).

The streamer's routes need their sign-in; the customer's, their conversation token.
Offers and answers carry complete SDP (every ICE candidate gathered first), so there
is no separate candidate exchange.
"""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.orm import Session

from streamer_desktop.service import ice
from streamer_desktop.service.deps import Ctx, CurrentCaller
from streamer_desktop.service.routes import errors
from streamer_desktop.service.routes.customer import Token
from streamer_desktop.service.routes.streams import StreamId
from streamer_desktop.service.store import conversations, live
from streamer_desktop.wire import (
    LiveDescriptionIn,
    LiveIceOut,
    LiveJoinIn,
    LiveJoinOut,
    LiveLeaveIn,
)

router = APIRouter(prefix="/api", tags=["live"])


@router.get("/live/ice-servers", responses=errors(401))
def streamer_ice_servers(ctx: Ctx, caller: CurrentCaller) -> LiveIceOut:
    """STUN and TURN servers for the streamer's next peer connection."""
    return LiveIceOut(ice_servers=ice.ice_servers(ctx.settings, f"streamer-{caller.user_id}",
                                                  ctx.now()))


@router.post("/streams/{stream_id}/live/offer", status_code=204,
             responses=errors(401, 404, 409, 422))
async def offer(ctx: Ctx, caller: CurrentCaller, stream_id: StreamId,
                body: LiveDescriptionIn) -> None:
    """Offer the stream's picture to one of the customer's viewing sessions."""
    now = ctx.now()
    await ctx.db.run_write(
        lambda session: live.offer(session, caller, stream_id, body.session, body.attempt,
                                   body.sdp, now))


@router.post("/c/{token}/live/join", responses=errors(404, 409, 422))
async def join(ctx: Ctx, token: Token, body: LiveJoinIn) -> LiveJoinOut:
    """Ask for the live picture; the streamer's offer follows on the event stream
    (``live.offered``). 409 ``not_live`` before the start and after the end."""
    now = ctx.now()

    def join_it(session: Session) -> int:
        request = conversations.request_by_token(session, token, ctx.signer)
        return live.join(session, request, body.session, now).id

    stream_id = await ctx.db.run_write(join_it)
    return LiveJoinOut(stream_id=stream_id, ice_servers=ice.ice_servers(
        ctx.settings, f"customer-{stream_id}", now))


@router.post("/c/{token}/live/answer", status_code=204, responses=errors(404, 409, 422))
async def answer(ctx: Ctx, token: Token, body: LiveDescriptionIn) -> None:
    """Answer the streamer's offer for this page's viewing session."""
    now = ctx.now()

    def answer_it(session: Session) -> None:
        request = conversations.request_by_token(session, token, ctx.signer)
        live.answer(session, request, body.session, body.attempt, body.sdp, now)

    await ctx.db.run_write(answer_it)


@router.post("/c/{token}/live/leave", status_code=204, responses=errors(404, 422))
async def leave(ctx: Ctx, token: Token, body: LiveLeaveIn) -> None:
    """The page stops watching (closed, or the customer left)."""
    now = ctx.now()

    def leave_it(session: Session) -> None:
        request = conversations.request_by_token(session, token, ctx.signer)
        live.leave(session, request, body.session, now)

    await ctx.db.run_write(leave_it)

"""The streamer's requests and their chats."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy.orm import Session

from streamer_desktop.service import events
from streamer_desktop.service.deps import Ctx, CurrentCaller
from streamer_desktop.service.routes import errors
from streamer_desktop.service.store import conversations, team
from streamer_desktop.service.store.serialize import message_out
from streamer_desktop.wire import (
    MessageCreate,
    MessageKind,
    MessageOut,
    ReadMark,
    ReadOut,
    RequestOut,
    TransferIn,
)

router = APIRouter(prefix="/api/requests", tags=["requests"])

RequestId = Annotated[int, Path(ge=1, le=2**53)]


@router.get("", responses=errors(401))
def list_requests(ctx: Ctx, caller: CurrentCaller, response: Response) -> list[RequestOut]:
    """The caller's requests, most recent activity first.

    The ``Last-Event-ID`` header names the newest event this list already
    reflects: an event stream opened with it misses nothing that came after.
    """
    with ctx.db.read() as session:
        result = conversations.requests_of(session, caller)
        response.headers["Last-Event-ID"] = str(events.newest_id(session))
    return result


@router.get("/{request_id}/messages", responses=errors(401, 404, 422))
def list_messages(
    ctx: Ctx, caller: CurrentCaller, request_id: RequestId,
    after_id: Annotated[int, Query(ge=0, le=2**53)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
    before_id: Annotated[int | None, Query(ge=1, le=2**53)] = None,
) -> list[MessageOut]:
    """Messages of a request, oldest first: the first ``limit`` after ``after_id``, or
    with ``before_id`` the last ``limit`` before it (``before_id=9007199254740992``: the
    newest)."""
    with ctx.db.read() as session:
        return conversations.messages_of(session, caller, request_id, after_id, limit,
                                         before_id)


@router.post("/{request_id}/messages", status_code=201, responses=errors(401, 404, 422))
async def post_message(
    ctx: Ctx, caller: CurrentCaller, request_id: RequestId, body: MessageCreate
) -> MessageOut:
    """Send a chat message to the customer."""
    now = ctx.now()

    def send(session: Session) -> MessageOut:
        request = conversations.request_of(session, caller, request_id)
        message = conversations.post_message(
            session, request, "streamer", MessageKind.TEXT, body.body, now
        )
        return message_out(message, None)

    return await ctx.db.run_write(send)


@router.post("/{request_id}/read", responses=errors(401, 404, 422))
async def mark_read(
    ctx: Ctx, caller: CurrentCaller, request_id: RequestId, body: ReadMark
) -> ReadOut:
    """The streamer has seen the request's messages up to ``up_to``; answers the unread
    count left. Every window of the streamer hears it as a ``request.read`` event."""
    now = ctx.now()
    return await ctx.db.run_write(
        lambda session: conversations.mark_read(session, caller, request_id, body.up_to, now))


@router.post("/{request_id}/transfer", responses=errors(401, 404, 409, 422))
async def transfer(
    ctx: Ctx, caller: CurrentCaller, request_id: RequestId, body: TransferIn
) -> RequestOut:
    """Hand the request, its chat and its stream (if not started) to a colleague who is
    online (an admin: to any active streamer). The customer is told in the chat; both
    streamers hear ``request.transferred``. 409 ``colleague_busy`` when the colleague
    has another stream at the stream's time."""
    now = ctx.now()
    return await ctx.db.run_write(
        lambda session: team.transfer(session, caller, request_id, body.to_user_id, now))

"""The streamer's scheduled streams: book, reschedule, cancel, start, complete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import AwareDatetime

from streamer_desktop.service.deps import Ctx, CurrentCaller
from streamer_desktop.service.routes import errors
from streamer_desktop.service.store import streams
from streamer_desktop.service.store.clock import to_epoch
from streamer_desktop.wire import StreamCancel, StreamCreate, StreamOut, StreamReschedule

router = APIRouter(prefix="/api/streams", tags=["streams"])

StreamId = Annotated[int, Path(ge=1, le=2**53)]


@router.get("", responses=errors(401, 422))
def list_streams(
    ctx: Ctx, caller: CurrentCaller,
    after: Annotated[AwareDatetime, Query(description="Earliest start (ISO 8601).")],
    before: Annotated[AwareDatetime, Query(description="Start before this (ISO 8601).")],
) -> list[StreamOut]:
    """The caller's streams that start in ``[after, before)``."""
    with ctx.db.read() as session:
        return streams.streams_of(session, caller, to_epoch(after), to_epoch(before))


@router.post("", status_code=201, responses=errors(401, 403, 404, 409, 422))
async def schedule(ctx: Ctx, caller: CurrentCaller, body: StreamCreate) -> StreamOut:
    """Book a stream; 409 with the colliding stream and the nearest free start."""
    now, lock_rows = ctx.now(), not ctx.db.is_sqlite
    return await ctx.db.run_write_sql(
        lambda tx: streams.schedule(tx, caller, body, now, lock_rows=lock_rows)
    )


@router.post("/{stream_id}/reschedule", status_code=201,
             responses=errors(401, 403, 404, 409, 422))
async def reschedule(
    ctx: Ctx, caller: CurrentCaller, stream_id: StreamId, body: StreamReschedule
) -> StreamOut:
    """Cancel the stream and book its replacement in one step; returns the new one."""
    now, lock_rows = ctx.now(), not ctx.db.is_sqlite
    return await ctx.db.run_write(
        lambda session: streams.reschedule(session, caller, stream_id, body, now,
                                           lock_rows=lock_rows)
    )


@router.post("/{stream_id}/cancel", responses=errors(401, 404, 409, 422))
async def cancel(ctx: Ctx, caller: CurrentCaller, stream_id: StreamId,
                 body: StreamCancel | None = None) -> StreamOut:
    """Cancel a stream that has not started, optionally with a message to the customer
    (posted in the chat and written in their e-mail). Cancelling again changes nothing."""
    now, note = ctx.now(), body.message if body is not None else None
    return await ctx.db.run_write(
        lambda session: streams.cancel_by_streamer(session, caller, stream_id, now, note)
    )


@router.post("/{stream_id}/start", responses=errors(401, 404, 409))
async def start(ctx: Ctx, caller: CurrentCaller, stream_id: StreamId) -> StreamOut:
    """Go live (from ten minutes before the start)."""
    now = ctx.now()
    return await ctx.db.run_write(
        lambda session: streams.start(session, caller, stream_id, now)
    )


@router.post("/{stream_id}/complete", responses=errors(401, 404, 409))
async def complete(ctx: Ctx, caller: CurrentCaller, stream_id: StreamId) -> StreamOut:
    """End a live stream."""
    now = ctx.now()
    return await ctx.db.run_write(
        lambda session: streams.complete(session, caller, stream_id, now)
    )


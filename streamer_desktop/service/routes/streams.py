"""The streamer's scheduled streams: book, reschedule, cancel, start, complete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import AwareDatetime

from streamer_desktop.service.deps import Ctx, CurrentCaller
from streamer_desktop.service.routes import errors
from streamer_desktop.service.store import streams
from streamer_desktop.service.store.clock import to_epoch
from streamer_desktop.wire import StreamCreate, StreamOut, StreamReschedule

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
def schedule(ctx: Ctx, caller: CurrentCaller, body: StreamCreate) -> StreamOut:
    """Book a stream; 409 with the colliding stream and the nearest free start."""
    with ctx.db.write() as session:
        return streams.schedule(session, caller, body, ctx.now(), lock_rows=not ctx.db.is_sqlite)


@router.post("/{stream_id}/reschedule", status_code=201,
             responses=errors(401, 403, 404, 409, 422))
def reschedule(
    ctx: Ctx, caller: CurrentCaller, stream_id: StreamId, body: StreamReschedule
) -> StreamOut:
    """Cancel the stream and book its replacement in one step; returns the new one."""
    with ctx.db.write() as session:
        return streams.reschedule(session, caller, stream_id, body, ctx.now(),
                                  lock_rows=not ctx.db.is_sqlite)


@router.post("/{stream_id}/cancel", responses=errors(401, 404))
def cancel(ctx: Ctx, caller: CurrentCaller, stream_id: StreamId) -> StreamOut:
    """Cancel; the customer is told. Cancelling again changes nothing."""
    with ctx.db.write() as session:
        return streams.cancel_by_streamer(session, caller, stream_id, ctx.now())


@router.post("/{stream_id}/start", responses=errors(401, 404, 409))
def start(ctx: Ctx, caller: CurrentCaller, stream_id: StreamId) -> StreamOut:
    """Go live (from ten minutes before the start)."""
    with ctx.db.write() as session:
        return streams.start(session, caller, stream_id, ctx.now())


@router.post("/{stream_id}/complete", responses=errors(401, 404, 409))
def complete(ctx: Ctx, caller: CurrentCaller, stream_id: StreamId) -> StreamOut:
    """End a live stream."""
    with ctx.db.write() as session:
        return streams.complete(session, caller, stream_id, ctx.now())


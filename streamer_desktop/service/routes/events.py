"""Server-Sent Events: one stream per streamer, one per customer conversation.

A client that reconnects sends ``Last-Event-ID`` (or ``?last_event_id=`` where
it cannot set headers) and first receives every event it missed, from the
events table; then live ones. Ids only grow, so nothing is sent twice.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from streamer_desktop.service import events
from streamer_desktop.service.context import ServiceContext
from streamer_desktop.service.deps import Ctx, CurrentCaller
from streamer_desktop.service.routes import errors
from streamer_desktop.service.routes.customer import Token
from streamer_desktop.service.store import conversations
from streamer_desktop.service.store.serialize import with_tokens

router = APIRouter(prefix="/api", tags=["events"])

KEEPALIVE_S = 15.0
"""Quiet lines keep proxies from closing the stream, and let other replicas' events in."""

_SSE: dict[int | str, dict[str, Any]] = {200: {"content": {"text/event-stream": {}},
              "description": "A stream of events: `id`, `event` (type) and `data` (JSON)."}}

Transform = Callable[[dict[str, Any]], dict[str, Any]]


@router.get("/events", response_class=StreamingResponse, responses={**_SSE, **errors(401)})
def streamer_events(
    ctx: Ctx, caller: CurrentCaller,
    last_event_id: Annotated[int | None, Header(ge=0, le=2**53)] = None,
    last_event_id_query: Annotated[int | None, Query(alias="last_event_id", ge=0,
                                                     le=2**53)] = None,
) -> StreamingResponse:
    """The signed-in streamer's events, and their business's."""
    topics = [events.streamer_topic(caller.user_id), events.business_topic(caller.business_id)]
    after = last_event_id if last_event_id is not None else last_event_id_query
    return _response(_stream(ctx, topics, after, None))


@router.get("/c/{token}/events", response_class=StreamingResponse,
            responses={**_SSE, **errors(404)})
def conversation_events(
    ctx: Ctx, token: Token,
    last_event_id: Annotated[int | None, Header(ge=0, le=2**53)] = None,
    last_event_id_query: Annotated[int | None, Query(alias="last_event_id", ge=0,
                                                     le=2**53)] = None,
) -> StreamingResponse:
    """Events of one conversation, for its customer."""
    with ctx.db.read() as session:
        request_id = conversations.request_by_token(session, token, ctx.signer).id
    after = last_event_id if last_event_id is not None else last_event_id_query

    def customer_view(data: dict[str, Any]) -> dict[str, Any]:
        view: dict[str, Any] = with_tokens(data, ctx.signer)
        return view

    return _response(_stream(ctx, [events.conversation_topic(request_id)], after, customer_view))


def _response(body: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(
        body, media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _stream(
    ctx: ServiceContext, topics: list[str], after: int | None, transform: Transform | None
) -> AsyncIterator[str]:
    subscription = ctx.broker.subscribe(topics)
    try:
        # Subscribed first, then the baseline read: an event committed in between is
        # both above the baseline and in the queue, so it is sent exactly once. The
        # opening block tells the client it is subscribed, and its id is where a client
        # that drops before any event arrives resumes from.
        sent = after if after is not None else await run_in_threadpool(_newest_id, ctx)
        yield f"retry: 2000\nid: {sent}\n\n"
        while True:  # replay what was missed, in pages
            backlog = await run_in_threadpool(_load, ctx, topics, sent)
            for event in backlog:
                yield _frame(event, transform)
                sent = event.id
            if len(backlog) < _PAGE:
                break
        while True:
            try:
                event = await asyncio.wait_for(subscription.queue.get(), KEEPALIVE_S)
            except TimeoutError:
                for missed in await run_in_threadpool(_load, ctx, topics, sent):
                    yield _frame(missed, transform)
                    sent = missed.id
                yield ": keep-alive\n\n"
                continue
            if event.id > sent:
                yield _frame(event, transform)
                sent = event.id
    finally:
        ctx.broker.unsubscribe(subscription)


_PAGE = 500


def _newest_id(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return events.newest_id(session)


def _load(ctx: ServiceContext, topics: list[str], after: int) -> list[events.LiveEvent]:
    with ctx.db.read() as session:
        return events.load_since(session, topics, after, _PAGE)


def _frame(event: events.LiveEvent, transform: Transform | None) -> str:
    data = transform(event.data) if transform is not None else event.data
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"id: {event.id}\nevent: {event.type}\ndata: {payload}\n\n"

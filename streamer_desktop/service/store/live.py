"""Signalling for a live stream's video: the service relays, the peers connect.

A customer's stream page *joins* a live stream with a viewing session of its own;
the streamer's desktop answers that with an SDP *offer* for that session; the page
sends its *answer* back; either side may leave. Each step is an event on the other
side's topic, so it reaches them over the event stream they already hold, on any
replica. Each call checks that the stream is live and that the caller may speak for
it: the streamer who owns it, or the customer whose conversation token names its
request. Nothing of the picture passes through the service.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from streamer_desktop.i18n import N_
from streamer_desktop.service import events
from streamer_desktop.service.errors import conflict
from streamer_desktop.service.models import CustomerRequest, Stream
from streamer_desktop.service.store.accounts import Caller
from streamer_desktop.service.store.streams import owned_stream
from streamer_desktop.wire import EventType, StreamStatus


def join(session: Session, request: CustomerRequest, viewing: str, now: int) -> Stream:
    """The customer's page asks the streamer for the picture of the live stream.

    The customer's other pages hear of it too: a page that sees another viewing join
    knows it was taken over, and stops instead of joining back."""
    stream = live_stream_of(session, request)
    _tell_streamer(session, stream, EventType.LIVE_JOINED, {"session": viewing}, now)
    events.append(session, events.conversation_topic(request.id), EventType.LIVE_JOINED,
                  {"live": {"session": viewing}}, now)
    return stream


def answer(session: Session, request: CustomerRequest, viewing: str, attempt: int, sdp: str,
           now: int) -> None:
    """The customer's page answers the streamer's offer number ``attempt``."""
    stream = live_stream_of(session, request)
    _tell_streamer(session, stream, EventType.LIVE_ANSWERED,
                   {"session": viewing, "attempt": attempt, "sdp": sdp}, now)


def leave(session: Session, request: CustomerRequest, viewing: str, now: int) -> None:
    """The customer's page closed; nothing to do when the stream is no longer live."""
    stream = _live_or_none(session, request.id)
    if stream is not None:
        _tell_streamer(session, stream, EventType.LIVE_LEFT, {"session": viewing}, now)


def offer(session: Session, caller: Caller, stream_id: int, viewing: str, attempt: int,
          sdp: str, now: int) -> None:
    """The streamer's desktop offers its picture to one viewing session."""
    stream = owned_stream(session, caller, stream_id)
    if StreamStatus(stream.status) is not StreamStatus.LIVE:
        raise _not_live()
    events.append(session, events.conversation_topic(stream.request_id),
                  EventType.LIVE_OFFERED,
                  {"live": {"session": viewing, "attempt": attempt, "sdp": sdp}}, now)


def live_stream_of(session: Session, request: CustomerRequest) -> Stream:
    """The request's live stream; 409 ``not_live`` when none is."""
    stream = _live_or_none(session, request.id)
    if stream is None:
        raise _not_live()
    return stream


def _live_or_none(session: Session, request_id: int) -> Stream | None:
    return session.scalar(select(Stream).where(
        Stream.request_id == request_id, Stream.status == StreamStatus.LIVE.value))


def _tell_streamer(session: Session, stream: Stream, type_: EventType, live: dict[str, Any],
                   now: int) -> None:
    events.append(session, events.streamer_topic(stream.streamer_id), type_,
                  {"live": {"stream_id": stream.id, "request_id": stream.request_id, **live}},
                  now)


def _not_live() -> Exception:
    return conflict("not_live", N_("The stream is not live."))

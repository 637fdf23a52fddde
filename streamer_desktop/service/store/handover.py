"""Handing a request to another streamer: the chat, and any stream not yet started.

One function serves a streamer passing a request to a colleague (strict: a stream
the colleague cannot take refuses the whole move) and an admin disabling or removing
a streamer (lenient: such a stream is cancelled and the customer told). Either way
the overlap check runs against the new streamer's streams in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from streamer_desktop.i18n import N_
from streamer_desktop.service import events
from streamer_desktop.service.errors import conflict, not_found
from streamer_desktop.service.models import CustomerRequest, Message, Stream, User
from streamer_desktop.service.store.booking import first_clash
from streamer_desktop.service.store.conversations import OPEN_STATUSES, post_message, unread_of
from streamer_desktop.service.store.serialize import request_out, stream_out
from streamer_desktop.service.store.streams import cancel_stream, tell
from streamer_desktop.service.tx import Tx
from streamer_desktop.wire import EventType, MessageKind, Role, StreamStatus, UserStatus


@dataclass
class Moved:
    """What one handover did."""

    requests: int = 0
    streams_moved: int = 0
    streams_cancelled: int = 0
    view: dict[str, object] | None = None
    """The request as its new streamer sees it (``RequestOut`` as JSON)."""


def colleague(session: Session, business_id: int, user_id: int) -> User:
    """An active streamer of the business, who can look after requests; 404 otherwise."""
    user = session.get(User, user_id)
    if user is None or user.business_id != business_id or user.status != UserStatus.ACTIVE or (
            user.role != Role.STREAMER):
        raise not_found(N_("The colleague was not found."))
    return user


def lock_streamers(session: Session, *user_ids: int) -> None:
    """On PostgreSQL, hold the streamers' rows so that no booking for either can
    interleave (rows taken in id order, so two moves cannot deadlock)."""
    session.execute(select(User.id).where(User.id.in_(sorted(set(user_ids))))
                    .order_by(User.id).with_for_update())


def move(session: Session, request: CustomerRequest, to: User, now: int, *, strict: bool
         ) -> Moved:
    """Give ``request`` to ``to``, with its streams that have not started.

    ``strict``: a stream whose time ``to`` has taken refuses the move (409,
    ``colleague_busy``); otherwise that stream is cancelled and the customer told.
    A live stream always refuses it.
    """
    moved = Moved(requests=1)
    if request.streamer_id == to.id:
        return Moved()
    old_streamer_id = request.streamer_id
    streams = list(session.scalars(
        select(Stream).where(Stream.request_id == request.id,
                             Stream.status.in_(OPEN_STATUSES)).order_by(Stream.starts_at)))
    for stream in streams:
        if stream.status == StreamStatus.LIVE:
            raise conflict("stream_live",
                           N_("This request's stream is live. Hand it over after the stream."),
                           stream=stream_out(stream).model_dump(mode="json"))
    for stream in streams:
        clash = first_clash(Tx.of(session), to.id, stream.starts_at, stream.ends_at)
        if clash is None:
            stream.streamer_id = to.id
            moved.streams_moved += 1
        elif strict:
            raise conflict(
                "colleague_busy",
                N_("%(name)s has another stream at the time of this request's stream."),
                name=to.display_name, conflict=stream_out(clash).model_dump(mode="json"))
        else:
            cancel_stream(session, stream, "streamer", now)
            moved.streams_cancelled += 1
    request.streamer = to  # the relationship too: what the customer is told names them
    session.flush()
    for stream in streams:
        if stream.streamer_id == to.id:
            tell(session, stream, EventType.STREAM_SCHEDULED, now)
    post_message(session, request, "system", MessageKind.TRANSFERRED, to.display_name, now)
    moved.view = view = request_view(session, request)
    payload = {"request": view, "from_user_id": old_streamer_id, "to_user_id": to.id,
               "to_name": to.display_name}
    for topic in (events.streamer_topic(old_streamer_id), events.streamer_topic(to.id)):
        events.append(session, topic, EventType.REQUEST_TRANSFERRED, payload, now)
    return moved


def request_view(session: Session, request: CustomerRequest) -> dict[str, object]:
    last = session.scalar(select(Message).where(Message.request_id == request.id)
                          .order_by(Message.id.desc()).limit(1))
    stream = session.scalar(select(Stream).where(Stream.request_id == request.id)
                            .order_by((Stream.status.in_(OPEN_STATUSES)).desc(),
                                      Stream.id.desc()).limit(1))
    last_stream = session.get(Stream, last.stream_id) if last and last.stream_id else None
    return request_out(request, last, stream, last_stream,
                       unread_of(session, request)).model_dump(mode="json")

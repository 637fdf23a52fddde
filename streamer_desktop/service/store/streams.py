"""Scheduled streams: booking with the overlap check, and every step of their life.

Every function here runs inside one write transaction (``Database.write``). On
SQLite that transaction holds the database's write lock from its first
statement, so the overlap check and the insert cannot interleave with another
booking; on PostgreSQL the streamer's row is locked ``FOR UPDATE`` first.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from streamer_desktop.i18n import N_
from streamer_desktop.scheduling.agenda import START_WINDOW_BEFORE, STARTABLE_STATUSES
from streamer_desktop.scheduling.overlap import nearest_free_start
from streamer_desktop.scheduling.zones import is_valid_zone
from streamer_desktop.service import events, outbox
from streamer_desktop.service.errors import conflict, forbidden, invalid, not_found
from streamer_desktop.service.models import Business, CustomerRequest, Stream, User
from streamer_desktop.service.security import LinkSigner, new_public_id
from streamer_desktop.service.store.accounts import Caller
from streamer_desktop.service.store.clock import from_epoch, iso, to_epoch
from streamer_desktop.service.store.conversations import OPEN_STATUSES, post_message, request_of
from streamer_desktop.service.store.serialize import (
    appointment_data,
    appointment_out,
    stream_out,
)
from streamer_desktop.wire import (
    MAX_DURATION_MIN,
    AppointmentOut,
    ConfirmIn,
    EventType,
    MessageKind,
    StreamCreate,
    StreamOut,
    StreamReschedule,
    StreamStatus,
)

START_WINDOW_S = int(START_WINDOW_BEFORE.total_seconds())
"""A stream can be started from ten minutes before its start."""

MAX_AHEAD_S = 366 * 24 * 3600
"""How far ahead a stream can be booked."""


def schedule(
    session: Session, caller: Caller, body: StreamCreate, now: int, *, lock_rows: bool
) -> StreamOut:
    """Book a stream for one of the caller's requests; it awaits the customer."""
    request = request_of(session, caller, body.request_id)
    stream = _book(
        session, request, to_epoch(body.starts_at), body.duration_min,
        body.streamer_time_zone, now, lock_rows=lock_rows, replacing=None,
    )
    return stream_out(stream)


def reschedule(
    session: Session, caller: Caller, stream_id: int, body: StreamReschedule, now: int,
    *, lock_rows: bool,
) -> StreamOut:
    """Cancel a stream and book its replacement, both or neither."""
    old = owned_stream(session, caller, stream_id)
    if StreamStatus(old.status) not in (StreamStatus.AWAITING_CUSTOMER, StreamStatus.CONFIRMED):
        raise conflict(
            "stream_not_reschedulable",
            N_("Only a stream that has not started can be rescheduled."),
            stream=stream_out(old).model_dump(mode="json"),
        )
    # The customer who confirmed the old time holds an invitation: the new one moves it
    # (same UID, higher SEQUENCE) and asks them to confirm in one click, with the e-mail
    # and consent they gave; no cancellation goes out for the old time.
    confirmed = StreamStatus(old.status) is StreamStatus.CONFIRMED and bool(old.customer_email)
    cancel_stream(session, old, "streamer", now, quietly=True)
    new = _book(
        session, old.request, to_epoch(body.starts_at),
        body.duration_min or old.duration_min,
        body.streamer_time_zone or old.streamer_time_zone, now,
        lock_rows=lock_rows, replacing=old, keep_customer_details=confirmed,
    )
    return stream_out(new)


def _book(
    session: Session, request: CustomerRequest, starts_at: int, duration_min: int | None,
    streamer_zone: str, now: int, *, lock_rows: bool, replacing: Stream | None,
    keep_customer_details: bool = False,
) -> Stream:
    business = session.get_one(Business, request.business_id)
    if not business.scheduled_streams_enabled:
        raise forbidden(N_("Scheduled streams are switched off for this shop."))
    if not is_valid_zone(streamer_zone):
        raise invalid("unknown_time_zone", N_("'%(zone)s' is not a known time zone."),
                      zone=streamer_zone)
    if starts_at <= now:
        raise invalid(
            "start_in_past", N_("The start time has already passed. Please pick a later time."),
            now=iso(now),
        )
    if starts_at > now + MAX_AHEAD_S:
        raise invalid("start_too_far", N_("A stream can be booked at most a year ahead."))
    duration = duration_min or business.default_duration_min
    ends_at = starts_at + duration * 60
    if lock_rows:
        session.execute(select(User.id).where(User.id == request.streamer_id).with_for_update())
    open_here = session.connection().scalar(_OPEN_STREAM_OF_REQUEST, {
        "request_id": request.id, "except_id": replacing.id if replacing else -1})
    if open_here is not None:
        raise conflict(
            "request_has_stream",
            N_("This request already has a scheduled stream. Reschedule or cancel it first."),
            stream=stream_out(session.get_one(Stream, open_here)).model_dump(mode="json"),
        )
    clash = first_clash(session, request.streamer_id, starts_at, ends_at)
    if clash is not None:
        free = _nearest_free(session, request.streamer_id, starts_at, duration, now)
        raise conflict(
            "stream_conflict",
            N_("This time overlaps another scheduled stream. Please choose another time."),
            conflict=stream_out(clash).model_dump(mode="json"),
            nearest_free_start=iso(free),
        )
    values = {
        "public_id": new_public_id(), "business_id": business.id, "request_id": request.id,
        "streamer_id": request.streamer_id, "starts_at": starts_at, "ends_at": ends_at,
        "duration_min": duration, "customer_time_zone": request.customer.time_zone,
        "streamer_time_zone": streamer_zone, "status": StreamStatus.AWAITING_CUSTOMER.value,
        "rescheduled_from_id": replacing.id if replacing else None, "sequence": 0,
        "created_at": now, "calendar_uid": None, "customer_email": None, "consent_at": None,
        "consent_version": None,
    }
    if replacing is not None and keep_customer_details:
        values.update(
            calendar_uid=replacing.calendar_uid or replacing.public_id,
            sequence=replacing.sequence,  # already one higher than the customer holds
            customer_email=replacing.customer_email, consent_at=replacing.consent_at,
            consent_version=replacing.consent_version)
    stream = insert_stream(session, request, values)
    post_message(session, request, "system", MessageKind.CONFIRMATION_REQUEST, "", now, stream)
    if stream.customer_email:
        outbox.enqueue(session, f"moved:{stream.id}", "moved", now, {"stream_id": stream.id})
    tell(session, stream, EventType.STREAM_SCHEDULED, now)
    return stream


_INSERT_STREAM = insert(Stream).returning(Stream.id)


def insert_stream(session: Session, request: CustomerRequest, values: dict[str, Any]
                  ) -> Stream:
    """Store a new stream with one statement; returns it as an object that carries its
    values (the ORM's unit of work cost more than the rest of a booking). Changes made
    to the session before, such as the stream it replaces being cancelled, are stored
    first."""
    session.flush()
    stream_id = session.connection().execute(_INSERT_STREAM, values).scalar_one()
    stream = Stream(**values)
    stream.id = stream_id
    stream.request = request
    return stream


# The two checks of every booking, built once: putting a statement together costs
# more than running it on SQLite.
_OPEN_STREAM_OF_REQUEST = select(Stream.id).where(
    Stream.request_id == bindparam("request_id"), Stream.status.in_(OPEN_STATUSES),
    Stream.id != bindparam("except_id"),
)

# No stream is longer than MAX_DURATION_MIN, so only starts in this window can
# reach into the new span: the index on (streamer_id, starts_at) bounds the scan.
_FIRST_CLASH = (
    select(Stream.id)
    .where(
        Stream.streamer_id == bindparam("streamer_id"),
        Stream.starts_at > bindparam("earliest_start"),
        Stream.starts_at < bindparam("ends_at"),
        Stream.ends_at > bindparam("starts_at"),
        Stream.status.in_(OPEN_STATUSES),
    )
    .order_by(Stream.starts_at)
    .limit(1)
)


def first_clash(session: Session, streamer_id: int, starts_at: int, ends_at: int) -> Stream | None:
    """The first open stream of the streamer that overlaps ``[starts_at, ends_at)``."""
    clash_id = session.connection().scalar(_FIRST_CLASH, {
        "streamer_id": streamer_id, "earliest_start": starts_at - MAX_DURATION_MIN * 60,
        "ends_at": ends_at, "starts_at": starts_at})
    return None if clash_id is None else session.get_one(Stream, clash_id)


def _nearest_free(
    session: Session, streamer_id: int, starts_at: int, duration_min: int, now: int
) -> int:
    horizon = 24 * 3600
    busy = [
        (from_epoch(s), from_epoch(e))
        for s, e in session.execute(
            select(Stream.starts_at, Stream.ends_at).where(
                Stream.streamer_id == streamer_id,
                Stream.starts_at > starts_at - horizon,
                Stream.starts_at < starts_at + horizon,
                Stream.status.in_(OPEN_STATUSES),
            )
        )
    ]
    free = nearest_free_start(
        from_epoch(starts_at), timedelta(minutes=duration_min), busy,
        not_before=from_epoch(now + 60),
    )
    return to_epoch(free)


def cancel_by_streamer(session: Session, caller: Caller, stream_id: int, now: int,
                       note: str | None = None) -> StreamOut:
    """The streamer cancels, optionally saying why: the note is posted in the chat and
    written in the customer's e-mail. Cancelling twice changes nothing."""
    stream = owned_stream(session, caller, stream_id)
    if stream.status == StreamStatus.CANCELLED:
        return stream_out(stream)
    if StreamStatus(stream.status) not in (StreamStatus.AWAITING_CUSTOMER,
                                           StreamStatus.CONFIRMED):
        raise conflict(
            "stream_not_cancellable",
            N_("Only a stream that has not started can be cancelled."),
            stream=stream_out(stream).model_dump(mode="json"),
        )
    stream.cancel_note = note or None
    cancel_stream(session, stream, "streamer", now)
    if note:
        post_message(session, stream.request, "streamer", MessageKind.TEXT, note, now)
    return stream_out(stream)


def start(session: Session, caller: Caller, stream_id: int, now: int) -> StreamOut:
    """The streamer goes live, from ten minutes before the start until its end."""
    stream = owned_stream(session, caller, stream_id)
    status = StreamStatus(stream.status)
    if status is StreamStatus.LIVE:
        return stream_out(stream)
    if status.value not in STARTABLE_STATUSES:
        raise conflict(
            "stream_not_startable",
            N_("Only a stream the customer has confirmed can be started."),
            status=status.value,
        )
    if now < stream.starts_at - START_WINDOW_S:
        raise conflict(
            "stream_too_early", N_("This stream can be started ten minutes before its start."),
            opens_at=iso(stream.starts_at - START_WINDOW_S),
        )
    if now >= stream.ends_at:
        raise conflict("stream_over", N_("The time booked for this stream is over."))
    stream.status = StreamStatus.LIVE.value
    stream.started_at = now
    post_message(session, stream.request, "system", MessageKind.STREAM_STARTED, "", now, stream)
    tell(session, stream, EventType.STREAM_STARTED, now)
    return stream_out(stream)


def complete(session: Session, caller: Caller, stream_id: int, now: int) -> StreamOut:
    """The streamer ends a live stream."""
    stream = owned_stream(session, caller, stream_id)
    if stream.status == StreamStatus.COMPLETED:
        return stream_out(stream)
    if stream.status != StreamStatus.LIVE:
        raise conflict("stream_not_live", N_("Only a live stream can be completed."))
    stream.status = StreamStatus.COMPLETED.value
    stream.completed_at = now
    post_message(session, stream.request, "system", MessageKind.STREAM_COMPLETED, "", now,
                 stream)
    tell(session, stream, EventType.STREAM_COMPLETED, now)
    return stream_out(stream)


def streams_of(session: Session, caller: Caller, after: int, before: int) -> list[StreamOut]:
    """The caller's streams starting in ``[after, before)``."""
    rows = session.scalars(
        select(Stream)
        .where(Stream.streamer_id == caller.user_id, Stream.starts_at >= after,
               Stream.starts_at < before)
        .order_by(Stream.starts_at)
    )
    return [stream_out(s) for s in rows]


# --- the customer's actions, through the appointment's token -----------------------


def appointment_by_token(session: Session, token: str, signer: LinkSigner) -> Stream:
    """The stream an appointment token names; 404 for anything else."""
    public_id = signer.verify("appointment", token)
    stream = None if public_id is None else session.scalar(
        select(Stream).where(Stream.public_id == public_id)
    )
    if stream is None:
        raise not_found(N_("The appointment was not found."))
    return stream


def appointment_view(session: Session, stream: Stream, signer: LinkSigner) -> AppointmentOut:
    """The appointment as the customer sees it, with its token."""
    business = session.get_one(Business, stream.business_id)
    return appointment_out(stream, stream.request.streamer, business, signer)


def confirm(session: Session, stream: Stream, body: ConfirmIn, now: int) -> Stream:
    """The customer confirms with an e-mail address and consent, or, for a time moved
    after they confirmed, in one click with those they gave. Idempotent."""
    one_click = body.email is None and bool(stream.customer_email) and stream.consent_at
    if not one_click:
        if body.email is None:
            raise invalid("email_required",
                          N_("Please enter your e-mail address to confirm."))
        if not body.consent:
            raise invalid(
                "consent_required",
                N_("Please agree to the processing of your personal data to confirm."),
            )
    status = StreamStatus(stream.status)
    if status in (StreamStatus.CONFIRMED, StreamStatus.LIVE):
        return stream
    if status is not StreamStatus.AWAITING_CUSTOMER:
        raise conflict("appointment_closed", N_("This appointment can no longer be confirmed."),
                       status=status.value)
    if now >= stream.starts_at:
        raise conflict("appointment_passed", N_("The time of this appointment has passed."))
    stream.status = StreamStatus.CONFIRMED.value
    stream.confirmed_at = now
    if not one_click:
        stream.customer_email = str(body.email)
        stream.consent_at = now
        stream.consent_version = body.consent_version
    outbox.enqueue(session, f"confirmation:{stream.id}", "confirmation", now,
                   {"stream_id": stream.id})
    outbox.enqueue(session, f"start:{stream.id}", "start", stream.starts_at,
                   {"stream_id": stream.id})
    post_message(session, stream.request, "system", MessageKind.APPOINTMENT, "", now, stream)
    tell(session, stream, EventType.STREAM_CONFIRMED, now)
    return stream


def cancel_by_customer(session: Session, stream: Stream, now: int) -> Stream:
    """The customer declines or cancels; the streamer is told. Idempotent."""
    status = StreamStatus(stream.status)
    if status is StreamStatus.CANCELLED:
        return stream
    if status not in (StreamStatus.AWAITING_CUSTOMER, StreamStatus.CONFIRMED):
        raise conflict("appointment_closed", N_("This appointment can no longer be cancelled."),
                       status=status.value)
    cancel_stream(session, stream, "customer", now)
    return stream


# --- timed work ----------------------------------------------------------------------


def mark_missed(session: Session, now: int, limit: int = 200) -> int:
    """Streams whose time ran out without a start become *missed*; returns how many."""
    rows = list(session.scalars(
        select(Stream)
        .where(
            Stream.status.in_([StreamStatus.AWAITING_CUSTOMER.value,
                               StreamStatus.CONFIRMED.value]),
            Stream.ends_at <= now,
        )
        .limit(limit)
    ))
    for stream in rows:
        stream.status = StreamStatus.MISSED.value
        post_message(session, stream.request, "system", MessageKind.STREAM_MISSED, "", now,
                     stream)
        tell(session, stream, EventType.STREAM_MISSED, now)
    return len(rows)


# --- helpers -----------------------------------------------------------------------


def owned_stream(session: Session, caller: Caller, stream_id: int) -> Stream:
    """The caller's stream ``stream_id``; 404 for anyone else's."""
    stream = session.get(Stream, stream_id)
    if stream is None or stream.business_id != caller.business_id or (
        stream.streamer_id != caller.user_id
    ):
        raise not_found(N_("The stream was not found."))
    return stream


def cancel_stream(session: Session, stream: Stream, by: str, now: int, *, quietly: bool = False
            ) -> None:
    """Cancel ``stream``; ``quietly`` (it is being moved) sends no e-mail and posts no
    message: its replacement tells the customer."""
    declined = by == "customer" and stream.status == StreamStatus.AWAITING_CUSTOMER
    stream.status = StreamStatus.CANCELLED.value
    stream.cancelled_by = by
    stream.cancelled_at = now
    stream.sequence += 1
    outbox.withdraw(session, f"start:{stream.id}", now)
    outbox.withdraw(session, f"moved:{stream.id}", now)
    if not quietly:
        if stream.customer_email:  # the customer holds an invitation: withdraw it
            outbox.enqueue(session, f"cancellation:{stream.id}", "cancellation", now,
                           {"stream_id": stream.id, "by": by})
        kind = MessageKind.DECLINED if declined else MessageKind.CANCELLATION
        post_message(session, stream.request, "system", kind, "", now, stream)
    tell(session, stream, EventType.STREAM_CANCELLED, now)


def tell(session: Session, stream: Stream, type_: EventType, now: int) -> None:
    request = stream.request
    events.append(session, events.streamer_topic(stream.streamer_id), type_,
                  {"stream": stream_out(stream).model_dump(mode="json")}, now)
    business = session.get_one(Business, stream.business_id)
    events.append(session, events.conversation_topic(request.id), type_,
                  {"appointment": appointment_data(stream, request.streamer, business)}, now)


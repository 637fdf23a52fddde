"""Scheduled streams: every step of their life (booking itself is in ``booking``).

Every function here runs inside one write transaction (``Database.write``, or for a
new booking ``Database.run_write_sql``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from streamer_desktop.i18n import N_
from streamer_desktop.scheduling.agenda import START_WINDOW_BEFORE, STARTABLE_STATUSES
from streamer_desktop.service import outbox
from streamer_desktop.service.errors import conflict, invalid, not_found
from streamer_desktop.service.models import Business, Stream
from streamer_desktop.service.security import LinkSigner
from streamer_desktop.service.store import booking
from streamer_desktop.service.store.accounts import Caller
from streamer_desktop.service.store.clock import iso, to_epoch
from streamer_desktop.service.store.conversations import post_message
from streamer_desktop.service.store.serialize import Parties, appointment_out, stream_out
from streamer_desktop.service.tx import Tx
from streamer_desktop.wire import (
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


def schedule(tx: Tx, caller: Caller, body: StreamCreate, now: int, *, lock_rows: bool
             ) -> StreamOut:
    """Book a stream for one of the caller's requests; it awaits the customer."""
    return booking.book(
        tx, booking.booker(tx, caller, body.request_id), to_epoch(body.starts_at),
        body.duration_min, body.streamer_time_zone, now, lock_rows=lock_rows,
    ).view


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
    tx = Tx.of(session)
    new, view = booking.book(
        tx, booking.booker(tx, caller, old.request_id), to_epoch(body.starts_at),
        body.duration_min or old.duration_min,
        body.streamer_time_zone or old.streamer_time_zone, now,
        lock_rows=lock_rows, replacing=old, keep_customer_details=confirmed,
    )
    if new.customer_email:
        outbox.enqueue(session, f"moved:{new.id}", "moved", now, {"stream_id": new.id})
    return view


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
    return appointment_out(stream, Parties.of(stream.request, business), signer)


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
    """Tell the stream's streamer and its customer what happened to it."""
    business = session.get_one(Business, stream.business_id)
    booking.announce(Tx.of(session), stream, Parties.of(stream.request, business), type_, now)


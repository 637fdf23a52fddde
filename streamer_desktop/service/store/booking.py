"""Booking a stream: the checks, the overlap check and the insert, as hand-written
statements on the write's own connection (see ``tx``).

Booking is the service's busiest write, and its cost was mostly the ORM's: here it
is one query for the request and its parties, one for a stream the request already
has, one for an overlap, and one insert each for the stream and its chat line,
then the write's events in one statement at the commit.

On SQLite the transaction holds the database's write lock from its start (``BEGIN
IMMEDIATE``), so the overlap check and the insert cannot interleave with another
booking; on PostgreSQL the streamer's row is locked ``FOR UPDATE`` first, and an
exclusion constraint refuses overlapping open streams whatever path wrote them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, NamedTuple

from streamer_desktop.i18n import N_
from streamer_desktop.scheduling.overlap import nearest_free_start
from streamer_desktop.scheduling.zones import is_valid_zone
from streamer_desktop.service import events
from streamer_desktop.service.errors import conflict, forbidden, invalid, not_found
from streamer_desktop.service.models import Stream, unattached
from streamer_desktop.service.security import new_public_id
from streamer_desktop.service.store.accounts import Caller
from streamer_desktop.service.store.clock import from_epoch, iso, to_epoch
from streamer_desktop.service.store.conversations import OPEN_STATUSES, add_message, may_see
from streamer_desktop.service.store.serialize import Parties, Views, stream_out
from streamer_desktop.service.tx import Tx
from streamer_desktop.wire import (
    MAX_DURATION_MIN,
    EventType,
    MessageKind,
    StreamOut,
    StreamStatus,
)

MAX_AHEAD_S = 366 * 24 * 3600
"""How far ahead a stream can be booked."""


@dataclass(frozen=True, slots=True)
class Booker:
    """The request a stream is booked for, with what the booking needs of its shop."""

    request_id: int
    business_id: int
    streamer_id: int
    last_activity_at: int
    customer_time_zone: str
    parties: Parties
    streams_enabled: bool
    default_duration_min: int


def booker(tx: Tx, caller: Caller, request_id: int) -> Booker:
    """One of the caller's requests, ready to book for; 404 for another's."""
    row = tx.one(
        "SELECT r.business_id, r.streamer_id, r.last_activity_at, c.time_zone, c.locale, "
        "u.display_name, b.name, b.scheduled_streams_enabled, b.default_duration_min "
        "FROM requests r JOIN customers c ON c.id = r.customer_id "
        "JOIN users u ON u.id = r.streamer_id JOIN businesses b ON b.id = r.business_id "
        "WHERE r.id = :request_id", {"request_id": request_id})
    if row is None or not may_see(caller, row[0], row[1]):
        raise not_found(N_("The request was not found."))
    return Booker(request_id, row[0], row[1], row[2], row[3], Parties(row[4], row[5], row[6]),
                  bool(row[7]), row[8])


class Booked(NamedTuple):
    """A stream just booked, as an object outside any session, and as its streamer sees
    it."""

    stream: Stream
    view: StreamOut


def book(
    tx: Tx, booker: Booker, starts_at: int, duration_min: int | None, streamer_zone: str,
    now: int, *, lock_rows: bool, replacing: Stream | None = None,
    keep_customer_details: bool = False,
) -> Booked:
    """Book a stream for ``booker``'s request: it awaits the customer, who is asked in
    the chat. ``replacing``: the stream it moves (cancelled already, in this write);
    ``keep_customer_details``: the customer confirmed that one, and confirms this one
    in one click."""
    if not booker.streams_enabled:
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
    duration = duration_min or booker.default_duration_min
    ends_at = starts_at + duration * 60
    if lock_rows:
        tx.run("SELECT id FROM users WHERE id = :id FOR UPDATE", {"id": booker.streamer_id})
    open_here = tx.one(_OPEN_STREAM_OF_REQUEST, {
        "request_id": booker.request_id, "except_id": replacing.id if replacing else -1})
    if open_here is not None:
        raise conflict(
            "request_has_stream",
            N_("This request already has a scheduled stream. Reschedule or cancel it first."),
            stream=stream_out(_stream(open_here)).model_dump(mode="json"),
        )
    clash = first_clash(tx, booker.streamer_id, starts_at, ends_at)
    if clash is not None:
        free = _nearest_free(tx, booker.streamer_id, starts_at, duration, now)
        raise conflict(
            "stream_conflict",
            N_("This time overlaps another scheduled stream. Please choose another time."),
            conflict=stream_out(clash).model_dump(mode="json"),
            nearest_free_start=iso(free),
        )
    values: dict[str, Any] = dict.fromkeys(_FIELDS)
    values.update({
        "public_id": new_public_id(), "business_id": booker.business_id,
        "request_id": booker.request_id, "streamer_id": booker.streamer_id,
        "starts_at": starts_at, "ends_at": ends_at, "duration_min": duration,
        "customer_time_zone": booker.customer_time_zone, "streamer_time_zone": streamer_zone,
        "status": StreamStatus.AWAITING_CUSTOMER.value,
        "rescheduled_from_id": replacing.id if replacing else None, "sequence": 0,
        "created_at": now,
    })
    if replacing is not None and keep_customer_details:
        values.update(
            calendar_uid=replacing.calendar_uid or replacing.public_id,
            sequence=replacing.sequence,  # already one higher than the customer holds
            customer_email=replacing.customer_email, consent_at=replacing.consent_at,
            consent_version=replacing.consent_version)
    values["id"] = tx.scalar(_INSERT_STREAM, values)
    stream = unattached(Stream, values)
    views = Views.of(stream, booker.parties)
    add_message(tx, booker.request_id, booker.streamer_id, booker.parties, "system",
                MessageKind.CONFIRMATION_REQUEST, "", now, stream,
                touch=booker.last_activity_at != now, views=views)
    announce(tx, stream, booker.parties, EventType.STREAM_SCHEDULED, now, views)
    return Booked(stream, views.streamer)


def announce(tx: Tx, stream: Stream, parties: Parties, type_: EventType, now: int,
             views: Views | None = None) -> None:
    """Tell the stream's streamer and its customer what happened to it."""
    views = views or Views.of(stream, parties)
    tx.event(events.streamer_topic(stream.streamer_id), type_,
             {"stream": views.streamer_json}, now)
    tx.event(events.conversation_topic(stream.request_id), type_,
             {"appointment": views.customer}, now)


def first_clash(tx: Tx, streamer_id: int, starts_at: int, ends_at: int) -> Stream | None:
    """The first open stream of the streamer that overlaps ``[starts_at, ends_at)``."""
    row = tx.one(_FIRST_CLASH, {
        "streamer_id": streamer_id, "earliest_start": starts_at - MAX_DURATION_MIN * 60,
        "ends_at": ends_at, "starts_at": starts_at})
    return None if row is None else _stream(row)


def _nearest_free(tx: Tx, streamer_id: int, starts_at: int, duration_min: int, now: int
                  ) -> int:
    horizon = 24 * 3600
    busy = [(from_epoch(s), from_epoch(e)) for s, e in tx.all(_BUSY, {
        "streamer_id": streamer_id, "after": starts_at - horizon,
        "before": starts_at + horizon})]
    free = nearest_free_start(
        from_epoch(starts_at), timedelta(minutes=duration_min), busy,
        not_before=from_epoch(now + 60),
    )
    return to_epoch(free)


_COLUMNS = tuple(column.name for column in Stream.__table__.columns)
_FIELDS = tuple(name for name in _COLUMNS if name != "id")
_OPEN = "status IN (" + ", ".join(f"'{status}'" for status in OPEN_STATUSES) + ")"


def _stream(row: tuple[Any, ...]) -> Stream:
    """A stream read with all of ``_COLUMNS``, as an object outside any session."""
    return unattached(Stream, dict(zip(_COLUMNS, row, strict=True)))


_INSERT_STREAM = (
    f"INSERT INTO streams ({', '.join(_FIELDS)}) VALUES "
    f"({', '.join(':' + name for name in _FIELDS)}) RETURNING id"
)
_ALL = ", ".join(_COLUMNS)
_OPEN_STREAM_OF_REQUEST = (
    f"SELECT {_ALL} FROM streams WHERE request_id = :request_id AND {_OPEN} "
    "AND id != :except_id LIMIT 1"
)
# No stream is longer than MAX_DURATION_MIN, so only starts in this window can reach
# into the new span: the index on (streamer_id, starts_at) bounds the scan.
_FIRST_CLASH = (
    f"SELECT {_ALL} FROM streams WHERE streamer_id = :streamer_id "
    "AND starts_at > :earliest_start AND starts_at < :ends_at AND ends_at > :starts_at "
    f"AND {_OPEN} ORDER BY starts_at LIMIT 1"
)
_BUSY = (
    "SELECT starts_at, ends_at FROM streams WHERE streamer_id = :streamer_id "
    f"AND starts_at > :after AND starts_at < :before AND {_OPEN}"
)

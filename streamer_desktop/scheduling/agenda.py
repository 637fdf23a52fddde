"""Where each request's card belongs at a given instant, and what is due when.

This is the one rulebook of a stream's timing, used by the desktop and the
service alike. Ten minutes before a scheduled stream its card rises to the top
of *My requests*; at the start a confirmed stream moves to *Active*, where the
streamer starts it; five minutes after the start without a start it is
*overdue*. A stream the customer has not confirmed is never startable: its card
stays at the top of *My requests*, saying the customer has not confirmed.
Reminders fire ten minutes before and at the start, except for a moment that
had already passed when the stream was booked. Everything here takes ``now``;
nothing reads a clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

LIFT_BEFORE = timedelta(minutes=10)
"""How long before its start a stream's card rises, and the first reminder fires."""
START_WINDOW_BEFORE = timedelta(minutes=10)
"""How long before its start a confirmed stream may be started."""
OVERDUE_AFTER = timedelta(minutes=5)
MISSED_TOLERANCE = timedelta(minutes=1)
"""A reminder noticed later than this after its moment is shown as missed."""

OPEN_STATUSES = frozenset({"awaiting_customer", "confirmed", "live"})
"""Statuses of a stream that still holds its slot in the streamer's agenda."""
STARTABLE_STATUSES = frozenset({"confirmed"})
"""Statuses of a stream the streamer may start (in its start window)."""
_UPCOMING = frozenset({"awaiting_customer", "confirmed"})


def can_start(status: str, starts_at: datetime, ends_at: datetime, now: datetime) -> bool:
    """Whether the streamer may start a stream at ``now``."""
    return (status in STARTABLE_STATUSES and starts_at - START_WINDOW_BEFORE <= now < ends_at)


class Place(Enum):
    """Where a card is shown."""

    ACTIVE = "active"
    LIFTED = "lifted"
    LISTED = "listed"


class Phase(Enum):
    """What a card says about its stream's timing."""

    NONE = "none"
    UPCOMING = "upcoming"
    SOON = "soon"
    DUE = "due"
    OVERDUE = "overdue"
    UNCONFIRMED = "unconfirmed"
    """The start has come, but the customer never confirmed."""
    LIVE = "live"


@dataclass(frozen=True, slots=True)
class Slot:
    """A request's stream as the agenda needs it."""

    request_id: int
    last_activity: datetime
    stream_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    status: str | None = None
    booked_at: datetime | None = None


def phase(slot: Slot, now: datetime) -> Phase:
    """How the card's stream stands at ``now``."""
    if slot.status == "live":
        return Phase.LIVE
    if slot.starts_at is None or slot.status not in _UPCOMING:
        return Phase.NONE
    if slot.ends_at is not None and now >= slot.ends_at:
        return Phase.NONE  # the service marks it missed
    if slot.status not in STARTABLE_STATUSES and now >= slot.starts_at:
        return Phase.UNCONFIRMED
    if now >= slot.starts_at + OVERDUE_AFTER:
        return Phase.OVERDUE
    if now >= slot.starts_at:
        return Phase.DUE
    if now >= slot.starts_at - LIFT_BEFORE:
        return Phase.SOON
    return Phase.UPCOMING


def place(slot: Slot, now: datetime) -> Place:
    """Which list the card belongs to at ``now``, and whether it is lifted."""
    current = phase(slot, now)
    if current in (Phase.LIVE, Phase.DUE, Phase.OVERDUE):
        return Place.ACTIVE
    if current in (Phase.SOON, Phase.UNCONFIRMED):
        return Place.LIFTED
    return Place.LISTED


def arrange(slots: Iterable[Slot], now: datetime) -> tuple[list[int], list[int]]:
    """Request ids of *Active* and of *My requests*, each in display order.

    Active: soonest start first. My requests: lifted cards first, soonest
    start first; then every other card, latest activity first.
    """
    active, lifted, listed = split(slots, now)
    return [s.request_id for s in active], [s.request_id for s in lifted + listed]


def is_timed(slot: Slot) -> bool:
    """Whether the slot's place can change with time alone (it has a stream ahead or live)."""
    return slot.starts_at is not None and (slot.status in _UPCOMING or slot.status == "live")


def by_activity(slot: Slot) -> tuple[datetime, int]:
    """Sort key of listed cards (use with ``reverse=True``: latest activity first)."""
    return slot.last_activity, slot.request_id


def split(slots: Iterable[Slot], now: datetime) -> tuple[list[Slot], list[Slot], list[Slot]]:
    """Active, lifted and listed slots, each sorted as :func:`arrange` shows them."""
    active: list[Slot] = []
    lifted: list[Slot] = []
    listed: list[Slot] = []
    for slot in slots:
        where = place(slot, now)
        (active if where is Place.ACTIVE else lifted if where is Place.LIFTED
         else listed).append(slot)
    active.sort(key=_by_start)
    lifted.sort(key=_by_start)
    listed.sort(key=by_activity, reverse=True)
    return active, lifted, listed


def _by_start(slot: Slot) -> tuple[datetime, int]:
    assert slot.starts_at is not None
    return slot.starts_at, slot.request_id


def next_change(slots: Iterable[Slot], now: datetime) -> datetime | None:
    """The next instant after ``now`` at which some card changes place or phase."""
    moments = [
        moment
        for slot in slots
        if slot.starts_at is not None and slot.status in _UPCOMING
        for moment in _moments(slot)
        if moment > now
    ]
    return min(moments, default=None)


def _moments(slot: Slot) -> list[datetime]:
    assert slot.starts_at is not None
    moments = [slot.starts_at - LIFT_BEFORE, slot.starts_at, slot.starts_at + OVERDUE_AFTER]
    if slot.ends_at is not None:
        moments.append(slot.ends_at)
    return moments


class ReminderKind(Enum):
    """The two reminders of a stream."""

    SOON = "soon"
    START = "start"


@dataclass(frozen=True, slots=True)
class Reminder:
    """A reminder that is due: on time, or noticed too late and shown as missed."""

    stream_id: int
    request_id: int
    kind: ReminderKind
    at: datetime
    missed: bool
    confirmed: bool
    """Whether the customer has confirmed (only then can the stream start)."""


def due_reminders(slots: Iterable[Slot], now: datetime, done: set[tuple[int, ReminderKind]]
                  ) -> list[Reminder]:
    """Reminders whose moment has come and that are not in ``done`` (stream id, kind).

    A moment passed by more than :data:`MISSED_TOLERANCE` (the computer slept
    through it) gives a reminder marked ``missed``; a reminder whose stream has
    ended, or whose moment had passed before the stream was booked, is dropped.
    The caller adds what it shows to ``done``.
    """
    result = []
    for slot in slots:
        if slot.stream_id is None or slot.starts_at is None or slot.status not in _UPCOMING:
            continue
        if slot.ends_at is not None and now >= slot.ends_at:
            continue
        soon = (ReminderKind.SOON, slot.starts_at - LIFT_BEFORE)
        start = (ReminderKind.START, slot.starts_at)
        # Of a stream whose start has come, only the start reminder is worth showing.
        for kind, at in ([start] if now >= slot.starts_at else [soon]):
            if slot.booked_at is not None and at < slot.booked_at:
                continue  # nobody could have been reminded before the booking
            if now >= at and (slot.stream_id, kind) not in done:
                result.append(Reminder(slot.stream_id, slot.request_id, kind, at,
                                       missed=now - at > MISSED_TOLERANCE,
                                       confirmed=slot.status in STARTABLE_STATUSES))
    return sorted(result, key=lambda r: r.at)


def next_reminder_at(slots: Iterable[Slot], now: datetime) -> datetime | None:
    """The next reminder moment after ``now``."""
    moments = [
        at
        for slot in slots
        if slot.starts_at is not None and slot.status in _UPCOMING
        for at in (slot.starts_at - LIFT_BEFORE, slot.starts_at)
        if at > now
    ]
    return min(moments, default=None)

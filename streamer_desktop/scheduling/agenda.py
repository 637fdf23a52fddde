"""Where each request's card belongs at a given instant, and what is due when.

Ten minutes before a scheduled stream its card rises to the top of *My
requests*; at the start it moves to *Active*; five minutes after the start
without a start it is *overdue*. Reminders fire ten minutes before and at the
start. Everything here takes ``now``; nothing reads a clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

LIFT_BEFORE = timedelta(minutes=10)
OVERDUE_AFTER = timedelta(minutes=5)
MISSED_TOLERANCE = timedelta(minutes=1)
"""A reminder noticed later than this after its moment is shown as missed."""

_UPCOMING = frozenset({"awaiting_customer", "confirmed"})


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


def phase(slot: Slot, now: datetime) -> Phase:
    """How the card's stream stands at ``now``."""
    if slot.status == "live":
        return Phase.LIVE
    if slot.starts_at is None or slot.status not in _UPCOMING:
        return Phase.NONE
    if slot.ends_at is not None and now >= slot.ends_at:
        return Phase.NONE  # the service marks it missed
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
    if current is Phase.SOON:
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


def due_reminders(slots: Iterable[Slot], now: datetime, done: set[tuple[int, ReminderKind]]
                  ) -> list[Reminder]:
    """Reminders whose moment has come and that are not in ``done`` (stream id, kind).

    A moment passed by more than :data:`MISSED_TOLERANCE` (the computer slept
    through it) gives a reminder marked ``missed``; a reminder whose stream has
    ended is dropped. The caller adds what it shows to ``done``.
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
            if now >= at and (slot.stream_id, kind) not in done:
                result.append(Reminder(slot.stream_id, slot.request_id, kind, at,
                                       missed=now - at > MISSED_TOLERANCE))
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

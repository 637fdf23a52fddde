"""Where cards go and which reminders are due, as the clock walks past a stream."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from streamer_desktop.scheduling.agenda import (
    Phase,
    ReminderKind,
    Slot,
    arrange,
    can_start,
    due_reminders,
    next_change,
    next_reminder_at,
    phase,
)

T = datetime(2026, 3, 29, 0, 55, tzinfo=UTC)  # 5 minutes before Europe's DST switch
M = timedelta(minutes=1)


def slot(request_id: int, start: datetime | None = None, status: str = "confirmed",
         active_minutes_ago: int = 0) -> Slot:
    return Slot(request_id, T - active_minutes_ago * M, stream_id=request_id * 10 if start
                else None, starts_at=start, ends_at=start + 30 * M if start else None,
                status=status if start else None)


def test_card_rises_at_minus_ten_and_moves_to_active_at_start() -> None:
    start = T + 30 * M
    slots = [slot(1, active_minutes_ago=1), slot(2, start, active_minutes_ago=50),
             slot(3, active_minutes_ago=5)]
    assert arrange(slots, start - 10 * M - timedelta(seconds=1)) == ([], [1, 3, 2])
    assert arrange(slots, start - 10 * M) == ([], [2, 1, 3])
    assert arrange(slots, start) == ([2], [1, 3])
    assert phase(slots[1], start + 4 * M) is Phase.DUE
    assert phase(slots[1], start + 5 * M) is Phase.OVERDUE
    assert arrange(slots, start + 30 * M) == ([], [1, 3, 2])


def test_cancelled_streams_do_not_rise() -> None:
    start = T + 5 * M
    assert arrange([slot(1, start, "cancelled")], start) == ([], [1])


def test_live_stays_active() -> None:
    assert arrange([slot(1, T - 60 * M, "live")], T) == ([1], [])


def test_next_change_aims_at_the_nearest_moment() -> None:
    start = T + 30 * M
    slots = [slot(1, start), slot(2, start + 3 * M)]
    assert next_change(slots, T) == start - 10 * M
    assert next_change(slots, start - 10 * M) == start - 7 * M
    assert next_change(slots, start + 40 * M) is None
    assert next_reminder_at(slots, start) == start + 3 * M


def test_reminders_fire_once_each() -> None:
    start = T + 20 * M
    slots = [slot(1, start)]
    done: set[tuple[int, ReminderKind]] = set()
    assert due_reminders(slots, start - 11 * M, done) == []
    soon = due_reminders(slots, start - 10 * M, done)
    assert [(r.kind, r.missed) for r in soon] == [(ReminderKind.SOON, False)]
    done.update((r.stream_id, r.kind) for r in soon)
    assert due_reminders(slots, start - 5 * M, done) == []
    at_start = due_reminders(slots, start, done)
    assert [(r.kind, r.missed) for r in at_start] == [(ReminderKind.START, False)]


def test_slept_through_both_moments_shows_one_missed_reminder() -> None:
    start = T + 20 * M
    slots = [slot(1, start)]
    woke = start + 3 * M
    reminders = due_reminders(slots, woke, set())
    assert [(r.kind, r.missed) for r in reminders] == [(ReminderKind.START, True)]
    assert due_reminders(slots, start + 31 * M, set()) == []


def test_an_unconfirmed_stream_is_never_active_or_startable() -> None:
    start = T + 30 * M
    waiting = slot(1, start, "awaiting_customer")
    assert arrange([waiting], start - 10 * M) == ([], [1])
    assert phase(waiting, start - 10 * M) is Phase.SOON
    for later in (start, start + 6 * M):
        assert arrange([waiting], later) == ([], [1])  # stays on top of My requests
        assert phase(waiting, later) is Phase.UNCONFIRMED
    assert not can_start("awaiting_customer", start, start + 30 * M, start)
    assert can_start("confirmed", start, start + 30 * M, start - 10 * M)
    assert not can_start("confirmed", start, start + 30 * M, start - 11 * M)
    assert not can_start("confirmed", start, start + 30 * M, start + 30 * M)
    reminders = due_reminders([waiting], start, {(10, ReminderKind.SOON)})
    assert [(r.kind, r.confirmed) for r in reminders] == [(ReminderKind.START, False)]


def test_a_moment_passed_before_booking_gives_no_reminder() -> None:
    start = T + 5 * M
    booked_now = Slot(1, T, stream_id=10, starts_at=start, ends_at=start + 30 * M,
                      status="confirmed", booked_at=T)
    assert due_reminders([booked_now], T, set()) == []  # T-10 was before the booking
    assert due_reminders([booked_now], T + 2 * M, set()) == []
    at_start = due_reminders([booked_now], start, set())
    assert [(r.kind, r.missed) for r in at_start] == [(ReminderKind.START, False)]

"""When two streams collide, and the nearest start that collides with nothing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

Interval = tuple[datetime, datetime]
"""A half-open span ``[start, end)`` of aware instants."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two half-open spans share any instant (touching ends do not)."""
    return a[0] < b[1] and b[0] < a[1]


def first_overlap(candidate: Interval, busy: Iterable[Interval]) -> Interval | None:
    """The earliest-starting busy span that collides with ``candidate``, if any."""
    hits = [span for span in busy if overlaps(candidate, span)]
    return min(hits, default=None)


def nearest_free_start(
    desired: datetime,
    duration: timedelta,
    busy: Iterable[Interval],
    *,
    not_before: datetime,
    step: timedelta = timedelta(minutes=5),
) -> datetime:
    """The start closest to ``desired`` whose span collides with no busy span.

    Candidates are the ends of busy spans (start right after another stream)
    and the starts of busy spans less the duration (end right before one),
    plus ``desired`` itself; each is rounded up to ``step`` and must not lie
    before ``not_before``. On a tie the later start wins, since the streamer
    asked for a time and later keeps the customer's wait.
    """
    spans = sorted(busy)
    candidates = {desired}
    for start, end in spans:
        candidates.add(end)
        candidates.add(start - duration)
    best: datetime | None = None
    for raw in candidates:
        start = _round_up(max(raw, not_before), step)
        if first_overlap((start, start + duration), spans) is not None:
            start = _after_collisions(start, duration, spans, step)
        distance = abs(start - desired)
        if best is None or distance < abs(best - desired) or (
            distance == abs(best - desired) and start > best
        ):
            best = start
    assert best is not None  # the desired start is always a candidate
    return best


def _after_collisions(
    start: datetime, duration: timedelta, spans: list[Interval], step: timedelta
) -> datetime:
    """Move ``start`` later until its span is free (spans are sorted)."""
    while (hit := first_overlap((start, start + duration), spans)) is not None:
        start = _round_up(hit[1], step)
    return start


def _round_up(instant: datetime, step: timedelta) -> datetime:
    # In UTC: between two datetimes that share a ZoneInfo, Python subtracts wall
    # times and ignores a DST switch in between.
    utc = instant.astimezone(UTC)
    remainder = (utc - _EPOCH) % step
    return utc if not remainder else utc + (step - remainder)

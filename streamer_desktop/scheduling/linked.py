"""Wall times in two zones linked through one instant, never guessed.

A wall time (a date and a clock time with no zone) names one instant in its
zone, none (it falls in the gap of a DST switch forward), or two (it falls in
the fold of a switch back). :func:`resolve` says which, so a caller can refuse
or ask instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from streamer_desktop.scheduling.zones import zone

MINUTE = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Exact:
    """The wall time names exactly one instant."""

    instant: datetime


@dataclass(frozen=True, slots=True)
class Gap:
    """The wall time does not exist: the clocks jumped over it.

    ``before`` is the last minute before the jump and ``after`` the first
    after it, both as instants; their wall times are the nearest valid ones.
    """

    wall: datetime
    before: datetime
    after: datetime


@dataclass(frozen=True, slots=True)
class Fold:
    """The wall time happens twice: the clocks went back over it."""

    wall: datetime
    earlier: datetime
    later: datetime


Resolution = Exact | Gap | Fold


def wall_of(instant: datetime, zone_name: str) -> datetime:
    """The naive wall time of ``instant`` in a zone, to the minute."""
    local = instant.astimezone(zone(zone_name))
    return local.replace(tzinfo=None, second=0, microsecond=0, fold=0)


def resolve(wall: datetime, zone_name: str) -> Resolution:
    """What the naive ``wall`` time names in a zone."""
    tz = zone(zone_name)
    wall = wall.replace(tzinfo=None, second=0, microsecond=0, fold=0)
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    candidates = sorted({i for i in (first, second) if wall_of(i, zone_name) == wall})
    if len(candidates) == 2:
        return Fold(wall, candidates[0], candidates[1])
    if candidates:
        return Exact(candidates[0])
    return _gap(wall, zone_name, min(first, second), max(first, second))


def _gap(wall: datetime, zone_name: str, low: datetime, high: datetime) -> Gap:
    # ``low`` shows a wall time before the gap and ``high`` one after it; the jump
    # is the first minute between them whose wall time is past ``wall``.
    low_m, high_m = _minutes(low), _minutes(high)
    while high_m - low_m > 1:
        middle = (low_m + high_m) // 2
        if wall_of(_instant(middle), zone_name) > wall:
            high_m = middle
        else:
            low_m = middle
    return Gap(wall, before=_instant(high_m) - MINUTE, after=_instant(high_m))


def _minutes(instant: datetime) -> int:
    return int(instant.timestamp() // 60)


def _instant(minutes: int) -> datetime:
    return datetime.fromtimestamp(minutes * 60, UTC)


def utc_offset(instant: datetime, zone_name: str) -> timedelta:
    """The zone's offset from UTC at ``instant``."""
    offset = instant.astimezone(zone(zone_name)).utcoffset()
    assert offset is not None
    return offset


def difference(instant: datetime, mine: str, theirs: str) -> timedelta:
    """How far ``theirs`` is ahead of ``mine`` at ``instant`` (negative: behind)."""
    return utc_offset(instant, theirs) - utc_offset(instant, mine)


def same_offset(instant: datetime, a: str, b: str) -> bool:
    """Whether both zones show the same wall time at ``instant``."""
    return difference(instant, a, b) == timedelta(0)


def template_dates(now: datetime, zone_name: str) -> tuple[date, date, date]:
    """Today, tomorrow and the day after tomorrow on the wall calendar of a zone."""
    today = wall_of(now, zone_name).date()
    return today, today + timedelta(days=1), today + timedelta(days=2)


def minutes_of_day(hhmm: str) -> int:
    """Minutes since midnight of a clock time written ``"22:00"``."""
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def in_quiet_hours(instant: datetime, zone_name: str, start_min: int, end_min: int) -> bool:
    """Whether ``instant`` falls in quiet hours given as minutes since local midnight.

    Quiet hours may run past midnight (22:00–08:00); equal bounds mean none.
    """
    local = wall_of(instant, zone_name)
    minute = local.hour * 60 + local.minute
    if start_min == end_min:
        return False
    if start_min < end_min:
        return start_min <= minute < end_min
    return minute >= start_min or minute < end_min


@dataclass(frozen=True, slots=True)
class Switch:
    """A change of a zone's offset (a DST switch, or a change of standard time)."""

    zone: str
    at: datetime
    before: timedelta
    after: timedelta


def switches_between(start: datetime, end: datetime, zone_name: str) -> list[Switch]:
    """Every offset change of a zone in ``(start, end]``, oldest first."""
    switches = []
    day = timedelta(days=1)
    cursor = start
    while cursor < end:
        step_end = min(cursor + day, end)
        before, after = utc_offset(cursor, zone_name), utc_offset(step_end, zone_name)
        if before != after:
            low, high = _minutes(cursor), _minutes(step_end)
            while high - low > 1:
                middle = (low + high) // 2
                if utc_offset(_instant(middle), zone_name) == before:
                    low = middle
                else:
                    high = middle
            switches.append(Switch(zone_name, _instant(high), before, after))
        cursor = step_end
    return switches

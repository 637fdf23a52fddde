"""Everything worth saying about a proposed slot before it is booked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from streamer_desktop.scheduling.linked import Switch, in_quiet_hours, switches_between
from streamer_desktop.scheduling.overlap import Interval, first_overlap, nearest_free_start


@dataclass(frozen=True, slots=True)
class SlotCheck:
    """The findings about one slot; only ``past`` and ``clash`` make it unbookable."""

    past: bool
    switches: tuple[Switch, ...]
    quiet: bool
    clash: int | None
    """Index into the busy spans of the first one the slot overlaps."""
    nearest_free: datetime | None

    @property
    def bookable(self) -> bool:
        return not self.past and self.clash is None


def check_slot(start: datetime, duration: timedelta, now: datetime, *, my_zone: str,
               customer_zone: str, quiet: tuple[int, int], busy: Sequence[Interval]
               ) -> SlotCheck:
    """Check a slot: in the past, DST switches before it in either zone, the customer's
    quiet hours (minutes since midnight, start and end), and overlaps with ``busy``."""
    past = start <= now
    switches = () if past else tuple(
        s for zone_name in dict.fromkeys((my_zone, customer_zone))
        for s in switches_between(now, start, zone_name))
    hit = first_overlap((start, start + duration), busy)
    clash = None if hit is None else list(busy).index(hit)
    nearest = None if hit is None else nearest_free_start(
        start, duration, busy, not_before=now + timedelta(minutes=1))
    return SlotCheck(past=past, switches=switches,
                     quiet=in_quiet_hours(start, customer_zone, *quiet), clash=clash,
                     nearest_free=nearest)


def default_start(now: datetime) -> datetime:
    """The start a new dialog proposes: half an hour ahead, on a quarter hour."""
    later = now.astimezone(UTC).replace(second=0, microsecond=0) + timedelta(minutes=30)
    return later + timedelta(minutes=(-later.minute) % 15)

"""IANA time zones: checking names and reading clock times in a zone."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class UnknownZoneError(ValueError):
    """Raised for a name that is not an IANA time zone."""

    def __init__(self, name: str) -> None:
        super().__init__(f"Unknown time zone: {name!r}")
        self.name = name


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; :class:`UnknownZoneError` if there is none."""
    if not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        raise UnknownZoneError(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise UnknownZoneError(name) from exc


def is_valid_zone(name: str) -> bool:
    """Whether ``name`` is an IANA time zone known to this machine's tz database."""
    try:
        zone(name)
    except UnknownZoneError:
        return False
    return True


def minutes_of_day(instant: datetime, zone_name: str) -> int:
    """Minutes since local midnight of ``instant`` (aware) on the wall clock of a zone."""
    local = instant.astimezone(zone(zone_name))
    return local.hour * 60 + local.minute

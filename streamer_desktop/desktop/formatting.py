"""Dates, times and zones as the reader expects them, through Babel."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from babel.dates import format_datetime, format_skeleton, format_time

from streamer_desktop.i18n.places import babel_locale, zone_city
from streamer_desktop.scheduling.zones import UnknownZoneError, zone


def when(instant: datetime, zone_name: str, locale: str) -> str:
    """Weekday, date and time of ``instant`` on the wall clock of a zone."""
    return str(format_datetime(instant, "EEE d MMM, HH:mm" if uses_24_hours(locale) else
                               "EEE d MMM, h:mm a", tzinfo=_zone(zone_name),
                               locale=babel_locale(locale)))


def short_day(day: date, locale: str) -> str:
    """Weekday and date, e.g. "Tue 3 Mar" (en_GB), "Di., 3. März" (de)."""
    return str(format_skeleton("MMMEd", day, locale=babel_locale(locale)))


def clock_time(instant: datetime, zone_name: str, locale: str) -> str:
    """The time of day of ``instant`` in a zone, in the locale's short form."""
    return str(format_time(instant, "short", tzinfo=_zone(zone_name),
                           locale=babel_locale(locale)))


def local_date(instant: datetime, zone_name: str) -> date:
    """The calendar day of ``instant`` on the wall clock of a zone."""
    return instant.astimezone(_zone(zone_name)).date()


def zone_label(zone_name: str, locale: str) -> str:
    """A zone named for people, e.g. "Germany Time" or "Kolkata"."""
    try:
        return zone_city(zone_name, babel_locale(locale))
    except (LookupError, ValueError):
        return zone_name


def uses_24_hours(locale: str) -> bool:
    """Whether the locale writes times on a 24-hour clock."""
    pattern = babel_locale(locale).time_formats["short"].pattern
    return "H" in pattern


def _zone(zone_name: str) -> tzinfo:
    try:
        return zone(zone_name)
    except UnknownZoneError:
        return zone("UTC")

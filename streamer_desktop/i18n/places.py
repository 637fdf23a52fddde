"""Babel locales and the names of time zones' places, shared by the desktop and the service."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import get_timezone_location

from streamer_desktop.scheduling.zones import zone


@lru_cache(maxsize=64)
def babel_locale(tag: str) -> Locale:
    """Babel's locale for a tag such as ``de-AT`` or ``pt_BR``; English when unknown."""
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@lru_cache(maxsize=1)
def _older_names() -> dict[str, list[str]]:
    older: dict[str, list[str]] = {}
    for old, new in get_global("zone_aliases").items():
        older.setdefault(new, []).append(old)
    return older


def zone_city(zone_name: str, locale: Locale) -> str:
    """The place a zone is named after, in the locale's words: "Калькутта" for
    Asia/Kolkata in Russian, "Berlin" in German.

    CLDR still files some renamed zones under their old names (Asia/Calcutta,
    Asia/Katmandu, Europe/Kiev), where Babel's own lookup misses them and falls
    back to the English name; those are looked up here under every name.
    """
    for name in (zone_name, *_older_names().get(zone_name, ())):
        info = locale.time_zones.get(name)
        city = info.get("city") if info else None
        if city:
            return str(city)
    return str(get_timezone_location(zone(zone_name), locale=locale, return_city=True))

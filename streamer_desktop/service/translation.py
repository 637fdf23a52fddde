"""The service's languages: gettext catalogs (managed with Babel) for e-mails and pages,
and dates written the way the reader's locale writes them.

Sources are ``translations/service/<lang>/LC_MESSAGES/messages.po``; ``scripts/i18n.py
compile`` builds the ``.mo`` files here, and a JSON copy the web pages load.
English is written in the code and is the fallback.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError, negotiate_locale
from babel.dates import DateTimeFormat, DateTimePattern, format_datetime, parse_pattern
from babel.support import NullTranslations, Translations

from streamer_desktop.i18n import SUPPORTED_LOCALES
from streamer_desktop.i18n.places import babel_locale, zone_city
from streamer_desktop.scheduling.zones import zone

LOCALE_DIR = Path(__file__).with_name("locale")


def negotiate(tag: str) -> str:
    """The supported language closest to a tag such as ``de-AT`` (English if none)."""
    try:
        language = Locale.parse(tag.replace("-", "_")).language
    except (UnknownLocaleError, ValueError):
        return "en"
    return negotiate_locale([language], list(SUPPORTED_LOCALES)) or "en"


@lru_cache(maxsize=8)
def _catalog(language: str) -> NullTranslations:
    if language == "en":
        return NullTranslations()
    return Translations.load(str(LOCALE_DIR), [language], domain="messages")


def gettext_for(tag: str) -> Callable[[str], str]:
    """The ``gettext`` of the language closest to ``tag``."""
    return _catalog(negotiate(tag)).gettext


@lru_cache(maxsize=8)
def page_messages(tag: str) -> tuple[str, dict[str, str]]:
    """The chosen language and its messages, for the web pages' JavaScript."""
    language = negotiate(tag)
    path = LOCALE_DIR / language / "messages.json"
    if language == "en" or not path.exists():
        return language, {}
    messages: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return language, messages


def local_time(instant: datetime, zone_name: str, locale_tag: str) -> str:
    """An instant in a zone, in words of a locale, with the zone's place.

    E.g. "Tuesday, 3 March 2026, 15:00 (Kolkata)" for ``en_GB`` or, for ``en_US``,
    "Tuesday, March 3, 2026, 3:00 PM (Kolkata)": the clock is the locale's.

    The locale's full date and short time, as Babel writes them (the zone is named by
    its place, which reads better than the offset that the "full" time would carry).
    Every booking writes one, so the date's words are kept per day and the clock's
    per minute of the day, instead of asking Babel field by field each time.
    """
    local = instant.astimezone(zone(zone_name))
    pattern, date_fields, time_fields = _pattern(locale_tag)
    if pattern is None:  # a field that is neither the date's nor the clock's
        locale = babel_locale(locale_tag)
        when = format_datetime(instant, _full_date_short_time(locale), tzinfo=local.tzinfo,
                               locale=locale)
    else:
        words = {**_date_words(locale_tag, date_fields, local.date()),
                 **_clock_words(locale_tag, time_fields, local.hour, local.minute)}
        when = str(pattern.format) % words  # (Babel annotates the str as a formatter)
    return f"{when} ({_place(zone_name, locale_tag)})"


_FIELD = re.compile(r"%\((\w+)\)s")
_DATE_LETTERS = frozenset("GyYuUQqMLlwWdDFgEec")
_CLOCK_LETTERS = frozenset("ahHKkmbB")


@lru_cache(maxsize=64)
def _pattern(locale_tag: str) -> tuple[DateTimePattern | None, tuple[str, ...], tuple[str, ...]]:
    """The locale's pattern, and its fields that depend on the day and on the clock
    (no pattern when some field depends on anything else, such as the zone)."""
    pattern = parse_pattern(_full_date_short_time(babel_locale(locale_tag)))
    fields = _FIELD.findall(str(pattern.format))
    date_fields = tuple(f for f in fields if f[0] in _DATE_LETTERS)
    clock_fields = tuple(f for f in fields if f[0] in _CLOCK_LETTERS)
    if len(date_fields) + len(clock_fields) != len(fields):
        return None, (), ()
    return pattern, date_fields, clock_fields


@lru_cache(maxsize=4096)
def _date_words(locale_tag: str, fields: tuple[str, ...], day: date) -> dict[str, str]:
    words = DateTimeFormat(datetime.combine(day, time(tzinfo=UTC)), babel_locale(locale_tag))
    return {field: words[field] for field in fields}


@lru_cache(maxsize=4096)
def _clock_words(locale_tag: str, fields: tuple[str, ...], hour: int, minute: int
                 ) -> dict[str, str]:
    words = DateTimeFormat(datetime(2000, 1, 1, hour, minute, tzinfo=UTC),
                           babel_locale(locale_tag))
    return {field: words[field] for field in fields}


@lru_cache(maxsize=1024)
def _place(zone_name: str, locale_tag: str) -> str:
    return zone_city(zone_name, babel_locale(locale_tag))


@lru_cache(maxsize=64)
def _full_date_short_time(locale: Locale) -> str:
    """The pattern of the locale's "full" date joined to its "short" time."""
    date_part = locale.date_formats["full"].pattern
    time_part = locale.time_formats["short"].pattern
    joint = locale.datetime_formats.get("full", "{1} {0}")
    pattern = joint.pattern if hasattr(joint, "pattern") else str(joint)
    return pattern.replace("{1}", date_part).replace("{0}", time_part)

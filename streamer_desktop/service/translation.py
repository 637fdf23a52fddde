"""The service's languages: gettext catalogs (managed with Babel) for e-mails and pages,
and dates written the way the reader's locale writes them.

Sources are ``translations/service/<lang>/LC_MESSAGES/messages.po``; ``scripts/i18n.py
compile`` builds the ``.mo`` files here, and a JSON copy the web pages load.
English is written in the code and is the fallback.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError, negotiate_locale
from babel.dates import format_datetime
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


@lru_cache(maxsize=512)
def local_time(instant: datetime, zone_name: str, locale_tag: str) -> str:
    """An instant in a zone, in words of a locale, with the zone's place.

    E.g. "Tuesday, 3 March 2026, 15:00 (Kolkata)" for ``en_GB`` or, for ``en_US``,
    "Tuesday, March 3, 2026, 3:00 PM (Kolkata)": the clock is the locale's.
    """
    locale = babel_locale(locale_tag)
    tz = zone(zone_name)
    # The locale's full date and short time; the zone is named by its place, which
    # reads better than the offset that the "full" time would carry.
    when = format_datetime(instant, _full_date_short_time(locale), tzinfo=tz, locale=locale)
    place = zone_city(zone_name, locale)
    return f"{when} ({place})"


@lru_cache(maxsize=64)
def _full_date_short_time(locale: Locale) -> str:
    """The pattern of the locale's "full" date joined to its "short" time."""
    date_part = locale.date_formats["full"].pattern
    time_part = locale.time_formats["short"].pattern
    joint = locale.datetime_formats.get("full", "{1} {0}")
    pattern = joint.pattern if hasattr(joint, "pattern") else str(joint)
    return pattern.replace("{1}", date_part).replace("{0}", time_part)

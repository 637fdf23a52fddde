"""Languages: markers for translatable text and the locales the product speaks."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

SUPPORTED_LOCALES = ("en", "ru", "de")
"""Languages with complete catalogs; English is the fallback."""


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message


@lru_cache(maxsize=64)
def babel_locale(tag: str) -> Locale:
    """Babel's locale for a tag such as ``de-AT`` or ``pt_BR``; English when unknown."""
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")

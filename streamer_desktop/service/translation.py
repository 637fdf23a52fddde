"""The service's languages: gettext catalogs (managed with Babel) for e-mails and pages.

Sources are ``translations/service/<lang>/LC_MESSAGES/messages.po``; ``scripts/i18n.py
compile`` builds the ``.mo`` files here, and a JSON copy the web pages load.
English is written in the code and is the fallback.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError, negotiate_locale
from babel.support import NullTranslations, Translations

from streamer_desktop.i18n import SUPPORTED_LOCALES

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

"""Languages: markers for translatable text and the locales the product speaks."""

from __future__ import annotations

SUPPORTED_LOCALES = ("en", "ru", "de")
"""Languages with complete catalogs; English is the fallback."""


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message

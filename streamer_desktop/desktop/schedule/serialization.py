"""Reading values the service sends in error details (outside the typed answers)."""

from __future__ import annotations

from datetime import datetime


def parse_instant(value: object) -> datetime | None:
    """An aware instant from ISO 8601 text (``Z`` allowed), or None."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None

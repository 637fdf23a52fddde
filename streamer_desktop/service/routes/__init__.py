"""HTTP routes, thin: parse, call one store operation, return its result."""

from __future__ import annotations

from typing import Any

from streamer_desktop.wire import ErrorOut


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI descriptions of the error answers a route can give."""
    return {status: {"model": ErrorOut} for status in statuses}

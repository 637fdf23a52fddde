"""Where the desktop finds its service (kept light: read before the window is shown)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Connection:
    """Where the service is, and (for the embedded one) whom to sign in as."""

    url: str
    email: str | None = None
    password: str | None = None

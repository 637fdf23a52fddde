"""Where the desktop finds its service (kept light: read before the window is shown)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Connection:
    """Where the service is, and (for the embedded one) whom to sign in as."""

    url: str
    email: str | None = None
    password: str | None = None
    outbox_dir: Path | None = None
    """Where the embedded service writes customer e-mail (None for a remote one)."""

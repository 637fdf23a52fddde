"""What every route needs, built once per app: settings, database, events, signer, clock."""

from __future__ import annotations

from dataclasses import dataclass, field

from streamer_desktop.service.db import Database
from streamer_desktop.service.events import EventBroker
from streamer_desktop.service.security import LinkSigner
from streamer_desktop.service.settings import ServiceSettings
from streamer_desktop.service.store.accounts import CallerCache
from streamer_desktop.service.store.clock import Clock, to_epoch


@dataclass(frozen=True)
class ServiceContext:
    """The service's parts, handed to routes through a dependency."""

    settings: ServiceSettings
    db: Database
    broker: EventBroker
    signer: LinkSigner
    clock: Clock
    callers: CallerCache = field(default_factory=CallerCache)

    def now(self) -> int:
        """The current instant in stored form (whole UTC seconds)."""
        return to_epoch(self.clock())

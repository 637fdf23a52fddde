"""The outbox: e-mails to send, each under a unique key, claimed with a lease.

A message is enqueued in the same transaction as the change it reports, so a
crash cannot lose it; the key makes enqueueing twice a no-op; the lease lets
one worker (of any replica) send it, and a crashed worker's lease runs out so
another takes over. An item is marked done only after the send succeeded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from streamer_desktop.service.models import OutboxItem

LEASE_S = 120
RETRY_MAX_S = 3600


@dataclass(frozen=True)
class Claimed:
    id: int
    key: str
    kind: str
    payload: dict[str, Any]
    attempts: int


def enqueue(session: Session, key: str, kind: str, due_at: int, payload: dict[str, Any]
            ) -> None:
    """Add an item unless one with this key exists (it may already be sent)."""
    if session.scalar(select(OutboxItem.id).where(OutboxItem.key == key)) is None:
        session.add(OutboxItem(key=key, kind=kind, due_at=due_at, payload=payload,
                               attempts=0))


def withdraw(session: Session, key: str, now: int) -> None:
    """Cancel an item that has not been sent (a cancelled stream sends no start e-mail)."""
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.key == key, OutboxItem.done_at.is_(None),
               OutboxItem.cancelled_at.is_(None))
        .values(cancelled_at=now))


def claim(session: Session, now: int, limit: int = 20) -> list[Claimed]:
    """Take due items whose lease is free, leasing them for :data:`LEASE_S` seconds."""
    rows = list(session.scalars(
        select(OutboxItem)
        .where(OutboxItem.done_at.is_(None), OutboxItem.cancelled_at.is_(None),
               OutboxItem.due_at <= now,
               or_(OutboxItem.lease_until.is_(None), OutboxItem.lease_until <= now))
        .order_by(OutboxItem.due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)))
    for row in rows:
        row.lease_until = now + LEASE_S
        row.attempts += 1
    return [Claimed(r.id, r.key, r.kind, dict(r.payload), r.attempts) for r in rows]


def done(session: Session, item_id: int, now: int) -> None:
    session.execute(update(OutboxItem).where(OutboxItem.id == item_id)
                    .values(done_at=now, lease_until=None, last_error=None))


def failed(session: Session, item_id: int, attempts: int, now: int, error: str) -> None:
    """Try again later, waiting longer after each failure (at most an hour)."""
    session.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(
        lease_until=None, due_at=now + min(RETRY_MAX_S, 30 * 2 ** min(attempts, 10)),
        last_error=error[:2000]))

"""The audit log of a shop's team: who did what, to whom, and when."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from streamer_desktop.service.models import AuditEntry, User
from streamer_desktop.service.store.clock import from_epoch
from streamer_desktop.wire import AuditEntryOut

COMMAND_LINE = "command line"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: a signed-in user, or the command line (``user_id`` None)."""

    user_id: int | None
    label: str

    @classmethod
    def of(cls, session: Session, user_id: int) -> Actor:
        user = session.get_one(User, user_id)
        return cls(user.id, user.email)


CLI = Actor(None, COMMAND_LINE)


def record(session: Session, business_id: int, actor: Actor, action: str, subject: str,
           now: int, **detail: Any) -> None:
    """Write one entry, in the transaction of the change it describes."""
    session.add(AuditEntry(business_id=business_id, actor_id=actor.user_id, actor=actor.label,
                           action=action, subject=subject, detail=detail, created_at=now))


def entries(session: Session, business_id: int, before_id: int | None, limit: int
            ) -> list[AuditEntryOut]:
    """The business's entries, newest first; ``before_id`` pages back."""
    query = select(AuditEntry).where(AuditEntry.business_id == business_id)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    rows = session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit))
    return [AuditEntryOut(id=r.id, at=from_epoch(r.created_at), actor=r.actor,
                          action=r.action, subject=r.subject, detail=dict(r.detail))
            for r in rows]

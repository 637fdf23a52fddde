"""Tables of the sync service (SQLAlchemy 2 declarative models).

Instants are stored as whole UTC seconds since the epoch (``*_at`` columns are
integers): comparisons and the overlap index then work the same on SQLite and
PostgreSQL, with no time-zone conversion in the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.orm.attributes import instance_dict
from sqlalchemy.orm.instrumentation import manager_of_class

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


M = TypeVar("M", bound="Base")


def unattached(cls: type[M], values: Mapping[str, Any]) -> M:
    """An object of a mapped class carrying ``values``, outside any session.

    For rows written or read by hand (see ``tx``): it is made without the per-attribute
    bookkeeping of the ORM's constructor, which costs more than the statement that
    stored the row.
    """
    instance: M = manager_of_class(cls).new_instance()
    instance_dict(instance).update(values)
    return instance


class Base(DeclarativeBase):
    """Base of every table, with stable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING)


class Business(Base):
    """A shop that deploys the product for its team."""

    __tablename__ = "businesses"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    scheduled_streams_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    default_duration_min: Mapped[int] = mapped_column(Integer, default=30)
    quiet_start_min: Mapped[int] = mapped_column(Integer, default=22 * 60)
    quiet_end_min: Mapped[int] = mapped_column(Integer, default=8 * 60)
    created_at: Mapped[int] = mapped_column(Integer)


class User(Base):
    """A streamer or an admin of one business."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_id: Mapped[int] = mapped_column(ForeignKey("businesses.id"), index=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # "streamer" | "admin"
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    locale: Mapped[str] = mapped_column(String(16), default="en")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="active",
                                        server_default="active")
    """"active"; "invited" until the password is set; "disabled"; "removed"."""

    business: Mapped[Business] = relationship()


class AuthToken(Base):
    """A bearer token of a signed-in user; only its SHA-256 hash is kept."""

    __tablename__ = "auth_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[int] = mapped_column(Integer)
    revoked_at: Mapped[int | None] = mapped_column(Integer, nullable=True)

    user: Mapped[User] = relationship()


class Customer(Base):
    """A shop customer, known by what the chat widget told about them."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_id: Mapped[int] = mapped_column(ForeignKey("businesses.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    time_zone: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[int] = mapped_column(Integer)


class CustomerRequest(Base):
    """A conversation between one customer and the streamer it is assigned to."""

    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    business_id: Mapped[int] = mapped_column(ForeignKey("businesses.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    streamer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # "open" | "closed"
    created_at: Mapped[int] = mapped_column(Integer)
    last_activity_at: Mapped[int] = mapped_column(Integer)
    read_up_to: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The id of the newest message its streamer has seen: later customer messages are
    unread."""

    customer: Mapped[Customer] = relationship()
    streamer: Mapped[User] = relationship()
    business: Mapped[Business] = relationship()


class Message(Base):
    """A chat message; system messages carry a kind and structured data, not prose."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    sender: Mapped[str] = mapped_column(String(16))  # "customer" | "streamer" | "system"
    kind: Mapped[str] = mapped_column(String(32), default="text")
    body: Mapped[str] = mapped_column(Text, default="")
    stream_id: Mapped[int | None] = mapped_column(ForeignKey("streams.id"), nullable=True)
    created_at: Mapped[int] = mapped_column(Integer)

    # Set instead of stream_id when the stream is new: one flush then stores both.
    stream: Mapped[Stream | None] = relationship()

    __table_args__ = (Index("ix_messages_request_id_id", "request_id", "id"),)


class Stream(Base):
    """A scheduled stream: one appointment between a streamer and a customer."""

    __tablename__ = "streams"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    business_id: Mapped[int] = mapped_column(ForeignKey("businesses.id"))
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    streamer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    starts_at: Mapped[int] = mapped_column(Integer)
    ends_at: Mapped[int] = mapped_column(Integer)
    duration_min: Mapped[int] = mapped_column(Integer)
    customer_time_zone: Mapped[str] = mapped_column(String(64))
    streamer_time_zone: Mapped[str] = mapped_column(String(64))
    # awaiting_customer | confirmed | live | completed | cancelled | missed
    status: Mapped[str] = mapped_column(String(24))
    cancelled_by: Mapped[str | None] = mapped_column(String(16), nullable=True)
    cancelled_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    confirmed_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    customer_email: Mapped[str | None] = mapped_column(String(320), nullable=True)
    consent_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    consent_version: Mapped[str | None] = mapped_column(String(32), nullable=True)
    started_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    completed_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rescheduled_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("streams.id"), nullable=True
    )
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[int] = mapped_column(Integer)
    # The invitation's UID, when it is not this stream's own: a stream moved to a new time
    # after the customer confirmed carries on the first one's, so calendars move the event.
    calendar_uid: Mapped[str | None] = mapped_column(String(64), nullable=True)
    cancel_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    """What the streamer told the customer on cancelling, if anything."""

    request: Mapped[CustomerRequest] = relationship()

    # The overlap check reads a bounded range of one streamer's starts: this index
    # keeps it as fast with 100,000 streams as with none.
    __table_args__ = (Index("ix_streams_streamer_id_starts_at", "streamer_id", "starts_at"),)


class Event(Base):
    """An append-only log of what happened, replayed to clients that reconnect."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(48))
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_events_topic_id", "topic", "id"),)


class OutboxItem(Base):
    """Timed work with a unique key, so that a restart neither loses nor repeats it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    due_at: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    lease_until: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    done_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cancelled_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        UniqueConstraint("key"),
        Index("ix_outbox_done_at_due_at", "done_at", "due_at"),
    )


class ServiceState(Base):
    """A fact about the service as a whole, by name (e.g. which key signs links)."""

    __tablename__ = "service_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class AccountLink(Base):
    """A one-time link to set a password: an invitation, or a reset.

    The link's token is the public id signed by the service; the row says whom it
    is for, until when, and whether it has been used.
    """

    __tablename__ = "account_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # "invite" | "reset"
    created_at: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[int] = mapped_column(Integer)
    used_at: Mapped[int | None] = mapped_column(Integer, nullable=True)

    user: Mapped[User] = relationship()


class AuditEntry(Base):
    """Who did what to the team, and when; admins read it."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_id: Mapped[int] = mapped_column(ForeignKey("businesses.id"))
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The user who acted; None for the command line."""
    actor: Mapped[str] = mapped_column(String(320))
    """Their e-mail as it was then, or "command line"."""
    action: Mapped[str] = mapped_column(String(48))
    subject: Mapped[str] = mapped_column(String(320))
    detail: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_audit_entries_business_id_id", "business_id", "id"),)

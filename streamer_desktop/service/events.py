"""Events: appended to a table inside a write, then fanned out to live subscribers.

The table is the truth: a subscriber that connects (or reconnects with
``Last-Event-ID``) first replays what it has not seen from the table, then
takes live events from the broker, skipping any id it already sent.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from streamer_desktop.service.models import Event
from streamer_desktop.wire import EventType


def streamer_topic(user_id: int) -> str:
    """Events for one streamer: their requests, messages and streams."""
    return f"streamer:{user_id}"


def business_topic(business_id: int) -> str:
    """Events for everyone in a business, such as a changed setting."""
    return f"business:{business_id}"


def conversation_topic(request_id: int) -> str:
    """Events for the customer of one conversation."""
    return f"conversation:{request_id}"


def append(
    session: Session, topic: str, type_: EventType, data: dict[str, Any], now: int
) -> NewEvent:
    """Add an event to the write under way; it is published after the commit.

    The session must come from :meth:`Database.write
    <streamer_desktop.service.db.Database.write>`: the event is inserted only at the
    end, just before the commit and in turn with every other write's events, so that
    events commit in the order of their ids.
    """
    pending: list[NewEvent] | None = session.info.get(PENDING)
    if pending is None:
        raise RuntimeError("events are added in a write of Database.write")
    event = NewEvent(topic, type_.value, data, now)
    pending.append(event)
    return event


PENDING = "events"
"""The key, in a write's ``session.info``, of the events it adds."""


@dataclass(slots=True)
class NewEvent:
    """An event of a write under way; its id is known once it is inserted."""

    topic: str
    type: str
    data: dict[str, Any]
    created_at: int
    id: int = 0


def newest_id(session: Session) -> int:
    """The id of the newest event, 0 when there is none."""
    return session.scalar(select(func.max(Event.id))) or 0


def load_since(session: Session, topics: Iterable[str] | None, after_id: int,
               limit: int = 500) -> list[LiveEvent]:
    """Events of ``topics`` (None: of every topic) with an id above ``after_id``,
    oldest first."""
    query = select(Event).where(Event.id > after_id)
    if topics is not None:
        query = query.where(Event.topic.in_(list(topics)))
    rows = session.scalars(query.order_by(Event.id).limit(limit))
    return [LiveEvent(row.id, row.topic, row.type, row.data) for row in rows]


@dataclass(frozen=True, slots=True)
class LiveEvent:
    """An event as subscribers receive it."""

    id: int
    topic: str
    type: str
    data: dict[str, Any]


@dataclass(eq=False)
class Subscription:
    """One connected client's queue of live events."""

    topics: frozenset[str]
    queue: asyncio.Queue[LiveEvent] = field(default_factory=asyncio.Queue)


class EventBroker:
    """Hands committed events to the subscribers of their topics.

    :meth:`publish` may be called from any thread (writes run in a thread
    pool); delivery happens on the service's event loop.
    """

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._subscriptions: set[Subscription] = set()
        self._by_topic: dict[str, set[Subscription]] = {}
        self._lock = threading.Lock()

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Deliver on ``loop`` from now on."""
        self._loop = loop

    def publish(self, events: list[NewEvent]) -> None:
        """Queue committed events for delivery (thread-safe)."""
        self.publish_live([LiveEvent(e.id, e.topic, e.type, e.data) for e in events])

    def publish_live(self, events: list[LiveEvent]) -> None:
        """Queue events read back from the table for delivery (thread-safe)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(self._deliver, events)

    def subscribe(self, topics: Iterable[str]) -> Subscription:
        """A new subscription; call :meth:`unsubscribe` when the client leaves."""
        subscription = Subscription(frozenset(topics))
        with self._lock:
            self._subscriptions.add(subscription)
            for topic in subscription.topics:
                self._by_topic.setdefault(topic, set()).add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        """Stop delivering to ``subscription``."""
        with self._lock:
            self._subscriptions.discard(subscription)
            for topic in subscription.topics:
                listeners = self._by_topic.get(topic)
                if listeners is not None:
                    listeners.discard(subscription)
                    if not listeners:
                        del self._by_topic[topic]

    @property
    def subscriber_count(self) -> int:
        """How many clients are connected."""
        return len(self._subscriptions)

    def _deliver(self, events: list[LiveEvent]) -> None:
        with self._lock:
            targets = [(e, list(self._by_topic.get(e.topic, ()))) for e in events]
        for event, listeners in targets:
            for subscription in listeners:
                subscription.queue.put_nowait(event)

"""Demo data: a shop with the feature on, an admin, two streamers, and chats under way.

The customers live in zones that exercise the linked times: behind and ahead
of the streamer, half-hour and 45-minute offsets, and across the date line.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from streamer_desktop.demo_accounts import (
    DEMO_ADMIN,
    DEMO_BUSINESS,
    DEMO_COLLEAGUE,
    DEMO_STREAMER,
)
from streamer_desktop.service.models import Business, Customer, CustomerRequest, Message, User
from streamer_desktop.service.security import hash_password, new_public_id
from streamer_desktop.wire import MessageKind, Role

__all__ = ["DEMO_ADMIN", "DEMO_BUSINESS", "DEMO_COLLEAGUE", "DEMO_STREAMER", "seed_if_empty"]

_CUSTOMERS = [
    ("Emily Carter", "America/Los_Angeles", "en-US", [
        ("customer", "Hi! Is the oak sideboard available in walnut?"),
        ("streamer", "Hello Emily! Walnut arrives next week; I can show it to you live then."),
    ]),
    ("Lucas Oliveira", "America/Sao_Paulo", "pt-BR", [
        ("customer", "Could you show me the lamp with the light on?"),
    ]),
    ("Jonas Becker", "Europe/Berlin", "de-DE", [
        ("customer", "Hallo! Passt das Regal in eine Nische von 80 cm?"),
        ("streamer", "Hallo Jonas, es ist 78 cm breit. Ich messe es gern live nach."),
        ("customer", "Super, aber heute schaffe ich es nicht mehr."),
    ]),
    ("Priya Sharma", "Asia/Kolkata", "en-IN", [
        ("customer", "Do you ship the armchair to Bangalore?"),
    ]),
    ("Aarav Thapa", "Asia/Kathmandu", "en-NP", [
        ("customer", "I'd like to see the rug's texture up close."),
    ]),
    ("Mia Thompson", "Pacific/Auckland", "en-NZ", [
        ("customer", "Is the dining table easy to assemble?"),
        ("streamer", "Very easy: four bolts. Shall we look at it together?"),
    ]),
]


def seed_if_empty(session: Session, now: int) -> bool:
    """Create the demo data unless any business exists; returns whether it did."""
    if session.scalar(select(Business.id).limit(1)) is not None:
        return False
    business = Business(
        slug=DEMO_BUSINESS, name="Nordic Living", scheduled_streams_enabled=True,
        default_duration_min=30, quiet_start_min=22 * 60, quiet_end_min=8 * 60, created_at=now,
    )
    session.add(business)
    session.flush()
    admin = User(
        business_id=business.id, email=DEMO_ADMIN[0], display_name="Shop admin",
        password_hash=hash_password(DEMO_ADMIN[1]), role=Role.ADMIN.value,
        time_zone="Europe/Berlin", locale="en", online=False, created_at=now,
    )
    streamer = User(
        business_id=business.id, email=DEMO_STREAMER[0], display_name="Anna Lindqvist",
        password_hash=hash_password(DEMO_STREAMER[1]), role=Role.STREAMER.value,
        time_zone="Europe/Berlin", locale="en", online=True, created_at=now,
    )
    # Anna's colleague, offline until he signs in: requests can be handed to him.
    colleague = User(
        business_id=business.id, email=DEMO_COLLEAGUE[0], display_name="Mateo Rossi",
        password_hash=hash_password(DEMO_COLLEAGUE[1]), role=Role.STREAMER.value,
        time_zone="Europe/Madrid", locale="en", online=False, created_at=now,
    )
    session.add_all([admin, streamer, colleague])
    session.flush()
    for index, (name, zone, locale, lines) in enumerate(_CUSTOMERS):
        started = now - (len(_CUSTOMERS) - index) * 900
        customer = Customer(business_id=business.id, name=name, time_zone=zone, locale=locale,
                            created_at=started)
        session.add(customer)
        session.flush()
        request = CustomerRequest(
            public_id=new_public_id(), business_id=business.id, customer_id=customer.id,
            streamer_id=streamer.id, status="open", created_at=started,
            last_activity_at=started + 60 * len(lines),
        )
        session.add(request)
        session.flush()
        for offset, (sender, text) in enumerate(lines):
            message = Message(request_id=request.id, sender=sender,
                              kind=MessageKind.TEXT.value, body=text,
                              created_at=started + 60 * (offset + 1))
            session.add(message)
            if sender == "streamer":  # who answered has read what came before
                session.flush()
                request.read_up_to = message.id
    return True

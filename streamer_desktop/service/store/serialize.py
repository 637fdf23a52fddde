"""From rows to wire types, for the streamer's and the customer's view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from streamer_desktop.service.models import (
    Business,
    Customer,
    CustomerRequest,
    Message,
    Stream,
    User,
)
from streamer_desktop.service.security import LinkSigner
from streamer_desktop.service.store.clock import from_epoch, iso, maybe_from_epoch
from streamer_desktop.service.translation import local_time
from streamer_desktop.wire import (
    AppointmentOut,
    BusinessOut,
    BusinessSettings,
    CustomerMessageOut,
    CustomerOut,
    MessageKind,
    MessageOut,
    RequestOut,
    Role,
    StreamOut,
    StreamStatus,
    UserOut,
)


def hhmm(minutes: int) -> str:
    """``"22:00"`` from minutes since midnight."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        role=Role(user.role),
        time_zone=user.time_zone,
        locale=user.locale,
        online=user.online,
    )


def business_settings(business: Business) -> BusinessSettings:
    return BusinessSettings(
        scheduled_streams_enabled=business.scheduled_streams_enabled,
        default_duration_min=business.default_duration_min,
        quiet_hours_start=hhmm(business.quiet_start_min),
        quiet_hours_end=hhmm(business.quiet_end_min),
    )


def business_out(business: Business) -> BusinessOut:
    return BusinessOut(
        id=business.id,
        slug=business.slug,
        name=business.name,
        settings=business_settings(business),
    )


def customer_out(customer: Customer) -> CustomerOut:
    return CustomerOut(
        id=customer.id, name=customer.name, time_zone=customer.time_zone, locale=customer.locale
    )


def stream_out(stream: Stream) -> StreamOut:
    return StreamOut(
        id=stream.id,
        request_id=stream.request_id,
        starts_at=from_epoch(stream.starts_at),
        ends_at=from_epoch(stream.ends_at),
        duration_min=stream.duration_min,
        customer_time_zone=stream.customer_time_zone,
        streamer_time_zone=stream.streamer_time_zone,
        status=StreamStatus(stream.status),
        cancelled_by=stream.cancelled_by,
        cancelled_at=maybe_from_epoch(stream.cancelled_at),
        confirmed_at=maybe_from_epoch(stream.confirmed_at),
        started_at=maybe_from_epoch(stream.started_at),
        completed_at=maybe_from_epoch(stream.completed_at),
        rescheduled_from_id=stream.rescheduled_from_id,
        booked_at=from_epoch(stream.created_at),
        cancel_note=stream.cancel_note,
        customer_details_kept=(stream.status == StreamStatus.AWAITING_CUSTOMER
                               and stream.customer_email is not None),
    )


def message_out(message: Message, stream: Stream | None, stream_view: StreamOut | None = None
                ) -> MessageOut:
    """The streamer's view of a message; ``stream_view``: its stream's, if already made."""
    if stream is not None and stream_view is None:
        stream_view = stream_out(stream)
    return MessageOut(
        id=message.id,
        request_id=message.request_id,
        sender=message.sender,
        kind=MessageKind(message.kind),
        body=message.body,
        stream=stream_view,
        created_at=from_epoch(message.created_at),
    )


def request_out(
    request: CustomerRequest, last_message: Message | None, stream: Stream | None,
    last_message_stream: Stream | None = None, unread: int = 0,
) -> RequestOut:
    return RequestOut(
        id=request.id,
        customer=customer_out(request.customer),
        streamer_id=request.streamer_id,
        status=request.status,
        created_at=from_epoch(request.created_at),
        last_activity_at=from_epoch(request.last_activity_at),
        last_message=(
            message_out(last_message, last_message_stream) if last_message is not None else None
        ),
        stream=stream_out(stream) if stream is not None else None,
        unread=unread,
    )


# --- the customer's view ---------------------------------------------------------
#
# Conversation events are stored without tokens: where an appointment appears,
# its data holds "public_id", which ``with_tokens`` swaps for the signed token
# at the moment it is sent to the customer.


@dataclass(frozen=True, slots=True)
class Parties:
    """Who a conversation is between, as the customer's view names them."""

    locale: str
    """The customer's language."""
    streamer_name: str
    business_name: str

    @classmethod
    def of(cls, request: CustomerRequest, business: Business) -> Parties:
        return cls(request.customer.locale, request.streamer.display_name, business.name)


def appointment_data(stream: Stream, parties: Parties) -> dict[str, Any]:
    """The customer's view of a stream, token-free, for storing in an event.

    "when" is the start written for the customer: in their zone and language.
    """
    return {
        "public_id": stream.public_id,
        "starts_at": iso(stream.starts_at),
        "when": local_time(from_epoch(stream.starts_at), stream.customer_time_zone,
                           parties.locale),
        "ends_at": iso(stream.ends_at),
        "duration_min": stream.duration_min,
        "time_zone": stream.customer_time_zone,
        "status": stream.status,
        "streamer_name": parties.streamer_name,
        "business_name": parties.business_name,
        "email": stream.customer_email,
        "cancelled_by": stream.cancelled_by,
        "cancel_note": stream.cancel_note,
    }


@dataclass(frozen=True, slots=True)
class Views:
    """A stream as each side sees it, made once for the several events of one write."""

    streamer: StreamOut
    streamer_json: dict[str, Any]
    customer: dict[str, Any]
    """The customer's view, token-free (``appointment_data``)."""

    @classmethod
    def of(cls, stream: Stream, parties: Parties) -> Views:
        view = stream_out(stream)
        return cls(view, view.model_dump(mode="json"), appointment_data(stream, parties))


def customer_message_data(message: Message, stream: Stream | None, parties: Parties,
                          appointment: dict[str, Any] | None = None) -> dict[str, Any]:
    """The customer's view of a message, token-free, for storing in an event.

    ``appointment``: the customer's view of ``stream``, when it is already made."""
    if stream is not None and appointment is None:
        appointment = appointment_data(stream, parties)
    return {
        "id": message.id,
        "sender": message.sender,
        "kind": message.kind,
        "body": message.body,
        "appointment": appointment,
        "created_at": iso(message.created_at),
    }


def with_tokens(data: Any, signer: LinkSigner) -> Any:
    """A copy of ``data`` where every appointment's public id became its token."""
    if isinstance(data, dict):
        out = {k: with_tokens(v, signer) for k, v in data.items() if k != "public_id"}
        if "public_id" in data:
            out["token"] = signer.sign("appointment", data["public_id"])
        return out
    if isinstance(data, list):
        return [with_tokens(item, signer) for item in data]
    return data


def customer_message_out(
    message: Message, stream: Stream | None, parties: Parties, signer: LinkSigner,
) -> CustomerMessageOut:
    data = with_tokens(customer_message_data(message, stream, parties), signer)
    return CustomerMessageOut.model_validate(data)


def appointment_out(stream: Stream, parties: Parties, signer: LinkSigner) -> AppointmentOut:
    data = with_tokens(appointment_data(stream, parties), signer)
    return AppointmentOut.model_validate(data)

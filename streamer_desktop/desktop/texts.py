"""What cards and the chat say about messages and streams, in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from streamer_desktop.desktop.formatting import clock_time, when
from streamer_desktop.scheduling.agenda import Phase
from streamer_desktop.wire import MessageKind, MessageOut, StreamOut, StreamStatus


def status_text(status: StreamStatus) -> str:
    return {
        StreamStatus.AWAITING_CUSTOMER: QCoreApplication.translate(
            "Texts", "awaiting the customer"
        ),
        StreamStatus.CONFIRMED: QCoreApplication.translate("Texts", "confirmed"),
        StreamStatus.LIVE: QCoreApplication.translate("Texts", "live"),
        StreamStatus.COMPLETED: QCoreApplication.translate("Texts", "completed"),
        StreamStatus.CANCELLED: QCoreApplication.translate("Texts", "cancelled"),
        StreamStatus.MISSED: QCoreApplication.translate("Texts", "missed"),
    }[status]


def phase_text(phase: Phase) -> str:
    return {
        Phase.SOON: QCoreApplication.translate("Texts", "starts soon"),
        Phase.DUE: QCoreApplication.translate("Texts", "starting now: click to start"),
        Phase.OVERDUE: QCoreApplication.translate("Texts", "overdue"),
        Phase.UNCONFIRMED: QCoreApplication.translate("Texts", "not confirmed by the customer"),
        Phase.LIVE: QCoreApplication.translate("Texts", "live now"),
    }.get(phase, "")


def minutes_between(first: datetime | None, last: datetime | None) -> int:
    """Whole minutes from ``first`` to ``last`` (at least 1 once both are known)."""
    if first is None or last is None:
        return 0
    return max(1, round((last - first).total_seconds() / 60))


def state_text(stream: StreamOut, my_zone: str, locale: str) -> str:
    """Where a stream stands, with who and when where it matters, e.g. "cancelled by the
    customer, Thu 26 Nov, 14:05" or "live since 15:02"."""
    status = stream.status
    if status is StreamStatus.LIVE and stream.started_at is not None:
        return QCoreApplication.translate("Texts", "live since {time}").format(
            time=clock_time(stream.started_at, my_zone, locale))
    if status is StreamStatus.COMPLETED:
        minutes = minutes_between(stream.started_at, stream.completed_at)
        return QCoreApplication.translate("Texts", "completed, {minutes} min").format(
            minutes=minutes)
    if status is StreamStatus.CANCELLED and stream.cancelled_at is not None:
        at = when(stream.cancelled_at, my_zone, locale)
        if stream.cancelled_by == "customer":
            return QCoreApplication.translate(
                "Texts", "cancelled by the customer, {when}").format(when=at)
        return QCoreApplication.translate("Texts", "cancelled by you, {when}").format(when=at)
    return status_text(status)


def stream_line(stream: StreamOut, my_zone: str, locale: str) -> str:
    """Start in the streamer's zone, the customer's clock time, and where it stands."""
    mine = when(stream.starts_at, my_zone, locale)
    theirs = clock_time(stream.starts_at, stream.customer_time_zone, locale)
    return QCoreApplication.translate("Texts", "{mine} (customer {theirs}) · {status}").format(
        mine=mine, theirs=theirs, status=state_text(stream, my_zone, locale)
    )


def message_text(message: MessageOut, my_zone: str, locale: str) -> str:
    """A chat line; a system message is described, with its time in the streamer's zone."""
    kind = message.kind
    if kind is MessageKind.TEXT:
        return message.body
    stream = message.stream
    start = when(stream.starts_at, my_zone, locale) if stream else ""
    lasted = minutes_between(stream.started_at, stream.completed_at) if stream else 0
    return {
        MessageKind.CONFIRMATION_REQUEST: QCoreApplication.translate(
            "Texts", "Stream proposed for {start}; waiting for the customer to confirm."
        ),
        MessageKind.APPOINTMENT: QCoreApplication.translate(
            "Texts", "The customer confirmed the stream on {start}."
        ),
        MessageKind.DECLINED: QCoreApplication.translate(
            "Texts", "The customer declined the stream on {start}."
        ),
        MessageKind.CANCELLATION: QCoreApplication.translate(
            "Texts", "The stream on {start} was cancelled."
        ),
        MessageKind.STREAM_STARTED: QCoreApplication.translate("Texts", "The stream started."),
        MessageKind.STREAM_COMPLETED: QCoreApplication.translate(
            "Texts", "Stream ended, {minutes} min"),
        MessageKind.STREAM_MISSED: QCoreApplication.translate(
            "Texts", "The stream on {start} was missed."
        ),
        MessageKind.TRANSFERRED: QCoreApplication.translate(
            "Texts", "The request was handed to {name}; the customer was told."),
    }[kind].format(start=start, minutes=lasted, name=message.body)


def chip(stream: StreamOut | None, phase: Phase) -> tuple[str, str] | None:
    """A card's status chip, as its kind (which names its colours) and its words; none
    without a stream."""
    if stream is None:
        return None
    status = stream.status
    if status is StreamStatus.LIVE:
        return "live", QCoreApplication.translate("Chip", "Live")
    by_phase = {
        Phase.OVERDUE: ("overdue", QCoreApplication.translate("Chip", "Overdue")),
        Phase.UNCONFIRMED: ("unconfirmed", QCoreApplication.translate("Chip", "Not confirmed")),
        Phase.DUE: ("due", QCoreApplication.translate("Chip", "Starting now")),
        Phase.SOON: ("soon", QCoreApplication.translate("Chip", "Soon")),
    }
    if phase in by_phase:
        return by_phase[phase]
    return {
        StreamStatus.AWAITING_CUSTOMER: (
            "awaiting", QCoreApplication.translate("Chip", "Awaiting confirmation")),
        StreamStatus.CONFIRMED: ("confirmed", QCoreApplication.translate("Chip", "Confirmed")),
        StreamStatus.COMPLETED: ("ended", QCoreApplication.translate("Chip", "Completed")),
        StreamStatus.CANCELLED: ("ended", QCoreApplication.translate("Chip", "Cancelled")),
        StreamStatus.MISSED: ("ended", QCoreApplication.translate("Chip", "Missed")),
    }.get(status)


def stream_when(stream: StreamOut, my_zone: str, locale: str) -> str:
    """The start in the streamer's zone with the customer's clock time, for a card."""
    return QCoreApplication.translate("Texts", "{mine} (customer {theirs})").format(
        mine=when(stream.starts_at, my_zone, locale),
        theirs=clock_time(stream.starts_at, stream.customer_time_zone, locale))


def initials(name: str) -> str:
    """Up to two initials of a name, for its avatar ("Mia Thompson" → "MT")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    letters = "".join(w[0] for w in words[:1] + words[1:][-1:])
    return letters.upper() or "?"

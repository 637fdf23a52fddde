"""What cards and the chat say about messages and streams, in the user's language."""

from __future__ import annotations

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


def stream_line(stream: StreamOut, my_zone: str, locale: str) -> str:
    """Start in the streamer's zone, the customer's clock time, and the status."""
    mine = when(stream.starts_at, my_zone, locale)
    theirs = clock_time(stream.starts_at, stream.customer_time_zone, locale)
    return QCoreApplication.translate("Texts", "{mine} (customer {theirs}) · {status}").format(
        mine=mine, theirs=theirs, status=status_text(stream.status)
    )


def message_text(message: MessageOut, my_zone: str, locale: str) -> str:
    """A chat line; a system message is described, with its time in the streamer's zone."""
    kind = message.kind
    if kind is MessageKind.TEXT:
        return message.body
    start = when(message.stream.starts_at, my_zone, locale) if message.stream else ""
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
        MessageKind.STREAM_MISSED: QCoreApplication.translate(
            "Texts", "The stream on {start} was missed."
        ),
    }[kind].format(start=start)

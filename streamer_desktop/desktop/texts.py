"""What cards and the chat say about messages and streams, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from streamer_desktop.desktop.formatting import clock_time, when
from streamer_desktop.scheduling.agenda import Phase
from streamer_desktop.wire import MessageKind, MessageOut, StreamOut, StreamStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def status_text(status: StreamStatus) -> str:
    return {
        StreamStatus.AWAITING_CUSTOMER: _tr("awaiting the customer"),
        StreamStatus.CONFIRMED: _tr("confirmed"),
        StreamStatus.LIVE: _tr("live"),
        StreamStatus.COMPLETED: _tr("completed"),
        StreamStatus.CANCELLED: _tr("cancelled"),
        StreamStatus.MISSED: _tr("missed"),
    }[status]


def phase_text(phase: Phase) -> str:
    return {
        Phase.SOON: _tr("starts soon"),
        Phase.DUE: _tr("starting now: click to start"),
        Phase.OVERDUE: _tr("overdue"),
        Phase.LIVE: _tr("live now"),
    }.get(phase, "")


def stream_line(stream: StreamOut, my_zone: str, locale: str) -> str:
    """Start in the streamer's zone, the customer's clock time, and the status."""
    mine = when(stream.starts_at, my_zone, locale)
    theirs = clock_time(stream.starts_at, stream.customer_time_zone, locale)
    return _tr("{mine} (customer {theirs}) · {status}").format(
        mine=mine, theirs=theirs, status=status_text(stream.status))


def message_text(message: MessageOut, my_zone: str, locale: str) -> str:
    """A chat line; a system message is described, with its time in the streamer's zone."""
    kind = message.kind
    if kind is MessageKind.TEXT:
        return message.body
    start = when(message.stream.starts_at, my_zone, locale) if message.stream else ""
    return {
        MessageKind.CONFIRMATION_REQUEST: _tr("Stream proposed for {start}; waiting for the "
                                              "customer to confirm."),
        MessageKind.APPOINTMENT: _tr("The customer confirmed the stream on {start}."),
        MessageKind.DECLINED: _tr("The customer declined the stream on {start}."),
        MessageKind.CANCELLATION: _tr("The stream on {start} was cancelled."),
        MessageKind.STREAM_STARTED: _tr("The stream started."),
        MessageKind.STREAM_MISSED: _tr("The stream on {start} was missed."),
    }[kind].format(start=start)

"""The open request's chat transcript as a list model: one row per message.

Each row knows what the chat view paints for it (:class:`ChatRow`): the text, the time,
who wrote it, whether a day starts with it ("Today", "Yesterday", a date in the reader's
locale), and whether it follows a message of the same sender closely enough to be shown
as one group. Rows are worked out once per message and kept: the view asks for every
row's size on each layout, and writing dates through Babel costs more than the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from streamer_desktop.desktop.formatting import clock_time, local_date
from streamer_desktop.desktop.roles import ChatRole
from streamer_desktop.desktop.texts import message_text
from streamer_desktop.i18n.places import babel_locale
from streamer_desktop.wire import MessageKind, MessageOut

_Index = QModelIndex | QPersistentModelIndex

GROUP_GAP = timedelta(minutes=5)
"""Messages of one sender closer than this are shown as one group."""

STREAM_KINDS = frozenset({MessageKind.CONFIRMATION_REQUEST, MessageKind.APPOINTMENT})
"""System messages shown as an appointment box rather than a line."""


@dataclass(frozen=True, slots=True)
class ChatRow:
    """What the chat view shows for one message."""

    message_id: int
    sender: str
    kind: MessageKind
    text: str
    time: str
    day: str
    grouped: bool
    spoken: str
    """What a screen reader says: "Customer, 9:30 AM: …"."""

    @property
    def is_system(self) -> bool:
        return self.kind is not MessageKind.TEXT

    @property
    def is_appointment(self) -> bool:
        return self.kind in STREAM_KINDS


def day_label(day: date, today: date, locale: str) -> str:
    """"Today", "Yesterday", or the date as the reader's locale writes it (with the year
    when it is not this year's)."""
    if day == today:
        return QCoreApplication.translate("Chat", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("Chat", "Yesterday")
    pattern = "EEEE d MMMM" if day.year == today.year else "EEEE d MMMM y"
    return str(format_date(day, pattern, locale=babel_locale(locale)))


def _speaker(sender: str) -> str:
    if sender == "customer":
        return QCoreApplication.translate("Chat", "Customer")
    if sender == "streamer":
        return QCoreApplication.translate("Chat", "You")
    return QCoreApplication.translate("Chat", "Notice")


class ChatModel(QAbstractListModel):
    """Messages oldest first, each with what the view needs to paint it."""

    def __init__(self, zone: str, locale: str, clock: Callable[[], datetime] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageOut] = []
        self._zone = zone
        self._locale = locale
        self._clock = clock or (lambda: datetime.now(UTC))
        self._today = self._local_today()
        self._rows: dict[int, ChatRow] = {}

    @property
    def zone(self) -> str:
        return self._zone

    @zone.setter
    def zone(self, zone: str) -> None:
        self._zone = zone
        self._forget_rows()

    @property
    def locale(self) -> str:
        return self._locale

    @locale.setter
    def locale(self, locale: str) -> None:
        self._locale = locale
        self._forget_rows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def row(self, number: int) -> ChatRow:
        """What row ``number`` shows (worked out on first use, then kept)."""
        message = self._messages[number]
        row = self._rows.get(message.id)
        if row is None:
            row = self._rows[message.id] = self._work_out(number)
        return row

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        row = self.row(index.row())
        values: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: row.text,
            Qt.ItemDataRole.AccessibleTextRole: row.spoken,
            Qt.ItemDataRole.ToolTipRole: row.time,
            ChatRole.MESSAGE_ID: row.message_id,
            ChatRole.SENDER: row.sender,
            ChatRole.KIND: row.kind.value,
            ChatRole.TIME: row.time,
            ChatRole.DAY: row.day,
            ChatRole.GROUPED: row.grouped,
            ChatRole.IS_STREAM_BOX: row.is_appointment,
        }
        return values.get(role)

    def show(self, messages: list[MessageOut]) -> None:
        """Show ``messages``; rows are inserted when they extend what is shown at either end
        (older ones loaded before, newer ones arriving after)."""
        shown = [m.id for m in self._messages]
        ids = [m.id for m in messages]
        if shown and len(ids) >= len(shown):
            start = ids.index(shown[0]) if shown[0] in ids else -1
            if start >= 0 and ids[start:start + len(shown)] == shown:
                if start:
                    # The first row shown so far may no longer open its day or its group.
                    self._rows.pop(shown[0], None)
                    self.beginInsertRows(QModelIndex(), 0, start - 1)
                    self._messages = list(messages[:start]) + self._messages
                    self.endInsertRows()
                    self._changed(start, start)
                if len(ids) > len(self._messages):
                    self.beginInsertRows(QModelIndex(), len(self._messages), len(ids) - 1)
                    self._messages = list(messages)
                    self.endInsertRows()
                return
        self.beginResetModel()
        self._rows.clear()
        self._messages = list(messages)
        self.endResetModel()

    def check_day(self) -> None:
        """Call now and then: after midnight, "Today" becomes "Yesterday"."""
        today = self._local_today()
        if today != self._today:
            self._today = today
            self._forget_rows()

    def _changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def _forget_rows(self) -> None:
        self._today = self._local_today()
        self._rows.clear()
        if self._messages:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()

    def _local_today(self) -> date:
        return local_date(self._clock(), self._zone)

    def _work_out(self, number: int) -> ChatRow:
        message = self._messages[number]
        day = local_date(message.created_at, self._zone)
        previous = self._messages[number - 1] if number else None
        new_day = previous is None or local_date(previous.created_at, self._zone) != day
        grouped = (not new_day and previous is not None
                   and previous.sender == message.sender
                   and previous.kind is MessageKind.TEXT and message.kind is MessageKind.TEXT
                   and message.created_at - previous.created_at < GROUP_GAP)
        time = clock_time(message.created_at, self._zone, self._locale)
        text = message_text(message, self._zone, self._locale)
        spoken = QCoreApplication.translate("Chat", "{who}, {time}: {text}").format(
            who=_speaker(message.sender), time=time, text=text)
        return ChatRow(message.id, message.sender, message.kind, text, time,
                       day_label(day, self._today, self._locale) if new_day else "",
                       grouped, spoken)

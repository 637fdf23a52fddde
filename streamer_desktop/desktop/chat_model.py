"""The open request's chat transcript as a list model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from streamer_desktop.desktop.formatting import clock_time
from streamer_desktop.desktop.texts import message_text
from streamer_desktop.wire import MessageKind, MessageOut

_Index = QModelIndex | QPersistentModelIndex


class ChatRole(IntEnum):
    MESSAGE_ID = Qt.ItemDataRole.UserRole + 1
    SENDER = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3


class ChatModel(QAbstractListModel):
    """Messages oldest first; system messages are described, in italics."""

    def __init__(self, zone: str, locale: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageOut] = []
        self._zone = zone
        self._locale = locale
        # A line's text, by message id: the view asks for it on every layout, and
        # writing a time through Babel costs more than the rest of the row.
        self._lines: dict[int, str] = {}

    @property
    def zone(self) -> str:
        return self._zone

    @zone.setter
    def zone(self, zone: str) -> None:
        self._zone = zone
        self._lines.clear()

    @property
    def locale(self) -> str:
        return self._locale

    @locale.setter
    def locale(self, locale: str) -> None:
        self._locale = locale
        self._lines.clear()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        message = self._messages[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            line = self._lines.get(message.id)
            if line is None:
                stamp = clock_time(message.created_at, self.zone, self.locale)
                text = message_text(message, self.zone, self.locale)
                who = {"customer": "◀", "streamer": "▶"}.get(message.sender, "•")
                line = self._lines[message.id] = f"{who} {stamp}  {text}"
            return line
        if role == Qt.ItemDataRole.FontRole and message.kind is not MessageKind.TEXT:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (Qt.AlignmentFlag.AlignRight if message.sender == "streamer"
                    else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        values: dict[int, Any] = {
            ChatRole.MESSAGE_ID: message.id,
            ChatRole.SENDER: message.sender,
            ChatRole.KIND: message.kind.value,
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
                    self.beginInsertRows(QModelIndex(), 0, start - 1)
                    self._messages = list(messages[:start]) + self._messages
                    self.endInsertRows()
                if len(ids) > len(self._messages):
                    self.beginInsertRows(QModelIndex(), len(self._messages), len(ids) - 1)
                    self._messages = list(messages)
                    self.endInsertRows()
                return
        self.beginResetModel()
        self._lines.clear()
        self._messages = list(messages)
        self.endResetModel()

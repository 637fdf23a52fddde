"""The cards of *Active* and *My requests*: a list model with named roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from streamer_desktop.desktop.roles import Role
from streamer_desktop.scheduling.agenda import Phase

if TYPE_CHECKING:
    from streamer_desktop.wire import RequestOut

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Card:
    """What one card shows: a request and where its stream stands now."""

    request: RequestOut
    phase: Phase
    summary: str
    """One line about the last message or the stream, already in the user's language."""
    stream_line: str
    """The stream's time in both zones and its status; empty without a stream."""
    chip: tuple[str, str] | None = None
    """The stream's status chip: its kind (its colours) and its words."""
    stream_when: str = ""
    """The stream's start in both zones, shown beside the chip."""
    request_id: int = field(init=False)
    """The request's id, kept at hand: the model reads it for every card at every re-order."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "request_id", self.request.id)


class RequestListModel(QAbstractListModel):
    """Cards in display order. :meth:`show` applies a new list with the least change:

    changed cards emit ``dataChanged`` for their rows only, a new order is a
    layout change (selection and scroll position follow their cards), and a
    different set of cards resets the model.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self._rows: dict[int, int] = {}
        self._ids: list[int] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            unread = card.request.unread
            parts = [card.request.customer.name,
                     QCoreApplication.translate("Cards", "{count} unread").format(count=unread)
                     if unread else "", card.stream_line, card.summary]
            return ". ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.stream_line or None
        values: dict[int, Any] = {
            Role.REQUEST_ID: card.request_id,
            Role.CUSTOMER: card.request.customer.name,
            Role.SUMMARY: card.summary,
            Role.STREAM_LINE: card.stream_line,
            Role.PHASE: card.phase.value,
            Role.STREAM_ID: card.request.stream.id if card.request.stream else None,
            Role.CARD: card,
            Role.UNREAD: card.request.unread,
        }
        return values.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({role.value: QByteArray(role.name.lower().encode()) for role in Role})
        return names

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, request_id: int) -> int | None:
        return self._rows.get(request_id)

    def show(self, cards: list[Card]) -> None:
        """Display ``cards`` in this order."""
        old_ids = self._ids
        new_ids = [c.request_id for c in cards]
        if old_ids != new_ids and (len(old_ids) != len(new_ids)
                                   or self._rows.keys() != set(new_ids)):
            self.beginResetModel()
            self._set(cards, new_ids)
            self.endResetModel()
            return
        if old_ids != new_ids:
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            moved_ids = [self._cards[i.row()].request_id for i in persistent]
            self._set(cards, new_ids)
            self.changePersistentIndexList(
                persistent, [self.index(self._rows[rid], 0) for rid in moved_ids])
            self.layoutChanged.emit()
            return
        # Unchanged cards are the very same objects (the board reuses them).
        changed = [row for row, (a, b) in enumerate(zip(self._cards, cards, strict=True))
                   if a is not b]
        self._cards = list(cards)
        for row in changed:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def _set(self, cards: list[Card], ids: list[int]) -> None:
        self._cards = list(cards)
        self._ids = ids
        self._rows = dict(zip(ids, range(len(ids)), strict=True))

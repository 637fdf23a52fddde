"""The request lists' own widgets: a card list that speaks when it is empty or when a
search hides every card, and the search field above the lists."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLineEdit, QListView

from streamer_desktop.desktop.roles import Role


class CardList(QListView):
    """A list of cards that says so, in words, when it is empty.

    Its current card, whether moved to by mouse or keys, is announced with
    :attr:`current_request_changed`: the open chat follows it.
    """

    current_request_changed = Signal(int)
    rows_changed = Signal()
    """Cards came or went (or the model was replaced)."""

    def __init__(self) -> None:
        super().__init__()
        self.placeholder = ""
        self.no_match = ""
        """Said when a search hides every card."""
        self._filter = ""

    def filter_cards(self, text: str) -> None:
        """Show only the cards whose customer, stream or last message holds ``text``."""
        self._filter = text.casefold().strip()
        model = self.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            shown = not self._filter or self._filter in " ".join(
                str(index.data(role) or "") for role in (
                    Role.CUSTOMER, Role.STREAM_LINE, Role.SUMMARY)).casefold()
            self.setRowHidden(row, not shown)
        self.viewport().update()

    def visible_rows(self) -> list[int]:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        return [row for row in range(rows) if not self.isRowHidden(row)]

    def _refilter(self) -> None:
        if self._filter:
            self.filter_cards(self._filter)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                           model.layoutChanged):
                signal.connect(self.rows_changed)
            for signal in (model.rowsInserted, model.modelReset, model.layoutChanged,
                           model.dataChanged):
                signal.connect(self._refilter)
        self.rows_changed.emit()

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        request_id = current.data(Role.REQUEST_ID) if current.isValid() else None
        if request_id is not None:
            self.current_request_changed.emit(int(request_id))

    def let_go(self) -> None:
        """No card here is current or selected (another list's card is)."""
        self.clearSelection()
        self.setCurrentIndex(QModelIndex())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None:
            return
        empty = model.rowCount() == 0
        said = self.placeholder if empty else self.no_match
        if said and (empty or (self._filter and not self.visible_rows())):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             said)


class SearchField(QLineEdit):
    """The request search: ↓ or Return goes to the first card found; Escape clears."""

    go_to_cards = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_to_cards.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)

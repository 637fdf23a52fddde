"""A dialog that shows a read-only table with a *Close* button: the keyboard shortcuts,
the bundled components' licences."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class SheetDialog(QDialog):
    """``table`` (named ``<name>Table``) above a *Close* button (``<name>CloseButton``);
    whatever goes above the table is added with :meth:`add_above`."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.table = QTableWidget(0, columns)
        self.table.setObjectName(f"{name}Table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.closeButton = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.closeButton.setObjectName(f"{name}CloseButton")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.table, 1)
        self._layout.addWidget(buttons)

    def add_above(self, widget: QWidget) -> None:
        """Put ``widget`` above the table, under what was added before."""
        self._layout.insertWidget(self._layout.indexOf(self.table), widget)

    def fill(self, rows: Sequence[Sequence[str]]) -> None:
        """Show ``rows``, one text per column."""
        self.table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[tuple[str, ...]]:
        """The table as shown."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [tuple(text(row, column) for column in range(self.table.columnCount()))
                for row in range(self.table.rowCount())]

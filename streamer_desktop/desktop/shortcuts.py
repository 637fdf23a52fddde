"""Help → Keyboard shortcuts: a sheet made from the window's actions themselves, so it
lists exactly the keys that work, written as this system writes them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.language import Retranslating


def action_words(action: QAction) -> str:
    """An action's text as a sentence: without its mnemonic or trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class ShortcutsDialog(Retranslating, QDialog):
    """What each key does, one row per action that has keys."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self._actions = [a for a in actions if a.shortcuts()]
        self.table = QTableWidget(len(self._actions), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.closeButton = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.closeButton.setObjectName("shortcutsCloseButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(480, 420)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr(
            "One row per action: what it does and the keys that do it."))
        self.closeButton.setText(self.tr("Close"))
        self.closeButton.setAccessibleDescription(self.tr("Close the list of shortcuts."))
        for row, action in enumerate(self._actions):
            keys = self.tr(" or ").join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            self.table.setItem(row, 0, QTableWidgetItem(action_words(action)))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def rows(self) -> list[tuple[str, str]]:
        """The sheet as shown: (action, keys) per row."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]

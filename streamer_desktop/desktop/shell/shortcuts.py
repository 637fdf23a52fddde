"""Help → Keyboard shortcuts: a sheet made from the window's actions themselves, so it
lists exactly the keys that work, written as this system writes them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.shell.sheet import SheetDialog


def action_words(action: QAction) -> str:
    """An action's text as a sentence: without its mnemonic or trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class ShortcutsDialog(Retranslating, SheetDialog):
    """What each key does, one row per action that has keys."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__("shortcuts", 2, parent)
        self._actions = [a for a in actions if a.shortcuts()]
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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
        self.fill([(action_words(action), self.tr(" or ").join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()))
            for action in self._actions])

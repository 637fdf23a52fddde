"""The open request's conversation in the chat view.

It shows the messages the workspace holds for the request in front, loads older ones
when the streamer scrolls to the top (keeping the messages being read where they
were), follows new ones to the bottom, and writes times in the streamer's zone and
language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListView

from streamer_desktop.desktop.chat.delegate import ChatDelegate
from streamer_desktop.desktop.chat.model import ChatModel
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.desktop.workspace import Workspace


class ChatPresenter(QObject):
    """Fills ``view`` with the conversation of the request ``current()`` names."""

    def __init__(self, view: QListView, tasks: TaskGroup, zone: str, locale: str,
                 clock: Callable[[], datetime], current: Callable[[], int | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = ChatModel(zone, locale, clock)
        self._view = view
        self._tasks = tasks
        self._current = current
        self._workspace: Workspace | None = None
        self._anchor: tuple[int, int] | None = None  # scroll value and range, before
        self._loading_older = False
        view.setItemDelegate(ChatDelegate(view))
        view.setModel(self.model)
        self.model.rowsAboutToBeInserted.connect(self._on_growing)
        self.model.rowsInserted.connect(self._on_grown)
        self.model.modelReset.connect(view.scrollToBottom)
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def attach(self, workspace: Workspace) -> None:
        """Follow ``workspace`` (once signed in)."""
        self._workspace = workspace
        workspace.messages_changed.connect(self._on_messages_changed)

    def show(self, request_id: int | None) -> None:
        """Show the conversation of ``request_id`` (None: none)."""
        workspace = self._workspace
        messages = workspace.messages.get(request_id, []) if (
            workspace is not None and request_id is not None) else []
        self.model.show(messages)

    def use(self, zone: str, locale: str) -> None:
        """Write times in ``zone`` and ``locale`` from now on (Settings changed)."""
        self.model.zone, self.model.locale = zone, locale
        self.model.show([])
        self.show(self._current())

    def _on_messages_changed(self, request_id: int) -> None:
        if request_id == self._current():
            self.show(request_id)

    def _on_growing(self, _parent: object, first: int, _last: int) -> None:
        bar = self._view.verticalScrollBar()
        self._anchor = (bar.value(), bar.maximum()) if first == 0 else None

    def _on_grown(self, _parent: object, first: int, _last: int) -> None:
        view = self._view
        if first > 0 or self._anchor is None:
            view.scrollToBottom()  # a new message: show it
            return
        # Older messages went in above: keep the ones being read where they were.
        value, maximum = self._anchor
        view.doItemsLayout()
        bar = view.verticalScrollBar()
        bar.setValue(value + bar.maximum() - maximum)

    def _on_scrolled(self, value: int) -> None:
        workspace, request_id = self._workspace, self._current()
        bar = self._view.verticalScrollBar()
        if (value == bar.minimum() and bar.maximum() > bar.minimum() and workspace is not None
                and request_id is not None and workspace.has_older(request_id)
                and not self._loading_older):
            self._tasks.spawn(self._load_older(workspace, request_id))

    async def _load_older(self, workspace: Workspace, request_id: int) -> None:
        self._loading_older = True
        try:
            await workspace.load_older(request_id)
        finally:
            self._loading_older = False

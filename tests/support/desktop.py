"""Running the desktop app in tests: a recording notifier and waiting helpers.

The qasync loop is marked running for the whole test, so asyncio work
proceeds whenever Qt processes events; the helpers wait with pytest-qt's
``waitUntil``, which processes them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.roles import Role
from streamer_desktop.desktop.shell.notifier import Notifier

T = TypeVar("T")


class RecordingNotifier(Notifier):
    """Keeps every notification instead of showing it."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, int]] = []

    def notify(self, title: str, text: str, request_id: int) -> None:
        self.shown.append((title, text, request_id))


def card_value(view_model: object, request_id: int, role: int) -> str:
    """A role's value on the card of ``request_id`` in a request list model ("" if none)."""
    model = view_model
    for row in range(model.rowCount()):  # type: ignore[attr-defined]
        index = model.index(row, 0)  # type: ignore[attr-defined]
        if index.data(Role.REQUEST_ID) == request_id:
            return str(index.data(role))
    return ""


def run(qtbot: QtBot, coroutine: Coroutine[Any, Any, T], timeout: float = 20.0) -> T:
    """Run ``coroutine`` to its end while Qt (and so asyncio) keeps working."""
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
    return task.result()


def until(qtbot: QtBot, condition: Callable[[], object], timeout: float = 10.0,
          what: str = "condition") -> None:
    """Let the app run until ``condition`` holds; fail after ``timeout`` seconds."""
    try:
        qtbot.waitUntil(lambda: bool(condition()), timeout=int(timeout * 1000))
    except AssertionError as exc:
        raise AssertionError(f"timed out waiting for {what}") from exc


def answer(qtbot: QtBot, parent: QWidget, name: str, button: str) -> None:
    """Wait for the dialog ``name`` over ``parent`` and click its button ``button``, as the
    streamer would."""
    found: list[QDialog] = []

    def shown() -> bool:
        dialog = parent.findChild(QDialog, name)
        if dialog is not None and dialog.isVisible():
            found.append(dialog)
            return True
        return False

    until(qtbot, shown, what=f"the dialog {name}")
    target = found[-1].findChild(QPushButton, button)
    assert target is not None, button
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def right_click(widget: QWidget, pos: QPoint) -> None:
    """A right click at ``pos``: the context-menu event the window system makes of one
    (Qt's test clicks do not make it)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)

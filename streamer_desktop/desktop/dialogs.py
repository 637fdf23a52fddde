"""Waiting for a dialog without blocking the event loop (no ``exec()`` in async code)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import QDialog, QLabel, QPushButton


async def result_of(dialog: QDialog) -> int:
    """Open ``dialog`` (window-modal) and return its result once it is closed."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await done
    finally:
        dialog.finished.disconnect(finished)


async def run_until_done(dialog: QDialog, button: QPushButton, error: QLabel,
                         attempt: Callable[[], Awaitable[str | None]]) -> bool:
    """Open ``dialog``; each click of ``button`` runs ``attempt`` (one at a time, the
    button off meanwhile). When it answers None the dialog closes as accepted; a reason
    is shown in ``error`` and the dialog stays open, with what was entered. True once
    accepted."""
    busy = False

    async def run_once() -> None:
        nonlocal busy
        if busy:
            return  # a second click while the first is on its way
        busy = True
        button.setEnabled(False)
        try:
            why = await attempt()
        finally:
            busy = False
            button.setEnabled(True)
        if why is None:
            dialog.accept()
        else:
            error.setText(why)
            error.show()

    pending: set[asyncio.Task[None]] = set()

    def clicked() -> None:
        task = asyncio.ensure_future(run_once())
        pending.add(task)
        task.add_done_callback(pending.discard)

    button.clicked.connect(clicked)
    try:
        return await result_of(dialog) == QDialog.DialogCode.Accepted
    finally:
        button.clicked.disconnect(clicked)
        for task in pending:
            task.cancel()

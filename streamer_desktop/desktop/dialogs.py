"""Waiting for a dialog without blocking the event loop (no ``exec()`` in async code)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


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

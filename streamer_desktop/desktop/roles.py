"""Named roles of the request list models (light: the window imports it before any data)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    """Named roles of the request models."""

    REQUEST_ID = Qt.ItemDataRole.UserRole + 1
    CUSTOMER = Qt.ItemDataRole.UserRole + 2
    SUMMARY = Qt.ItemDataRole.UserRole + 3
    STREAM_LINE = Qt.ItemDataRole.UserRole + 4
    PHASE = Qt.ItemDataRole.UserRole + 5
    STREAM_ID = Qt.ItemDataRole.UserRole + 6
    CARD = Qt.ItemDataRole.UserRole + 7

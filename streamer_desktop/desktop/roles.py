"""Named roles of the list models (light: the window imports it before any data)."""

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
    UNREAD = Qt.ItemDataRole.UserRole + 8
    """How many of the customer's messages the streamer has not seen."""


class ChatRole(IntEnum):
    """Named roles of the chat model."""

    MESSAGE_ID = Qt.ItemDataRole.UserRole + 1
    SENDER = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3
    TIME = Qt.ItemDataRole.UserRole + 4
    DAY = Qt.ItemDataRole.UserRole + 5
    """The day this message opens ("Today", "Yesterday", a date), or "" within a day."""
    GROUPED = Qt.ItemDataRole.UserRole + 6
    """Whether it follows a message of the same sender closely (shown as one group)."""
    IS_STREAM_BOX = Qt.ItemDataRole.UserRole + 7
    """Whether it shows a stream's proposal or appointment as a box with actions."""

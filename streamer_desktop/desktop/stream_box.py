"""The open request's stream, above its chat: where it stands, and the live view.

:class:`StreamBox` says where the stream stands and offers what can be done with it
now (start, reschedule, cancel, message the customer). :class:`LiveView` is the panel
beside the chat while the stream is live: elapsed time, what the customer sees, and *End
stream*. Both only show what they are given; the window's owner decides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.language import Retranslating


class StreamBox(Retranslating, QFrame):
    """One line about the stream, with the buttons that apply to it now."""

    def __init__(self, reschedule: QAction, cancel: QAction, message: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("streamBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.streamStateLabel = QLabel()
        self.streamStateLabel.setObjectName("streamStateLabel")
        self.streamStateLabel.setWordWrap(True)
        self.streamStateLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.startStreamButton = QPushButton()
        self.startStreamButton.setObjectName("startStreamButton")
        self.streamRescheduleButton = QToolButton()
        self.streamRescheduleButton.setObjectName("streamRescheduleButton")
        self.streamRescheduleButton.setDefaultAction(reschedule)
        self.streamCancelButton = QToolButton()
        self.streamCancelButton.setObjectName("streamCancelButton")
        self.streamCancelButton.setDefaultAction(cancel)
        self.streamMessageButton = QToolButton()
        self.streamMessageButton.setObjectName("streamMessageButton")
        self.streamMessageButton.setDefaultAction(message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.streamStateLabel, 1)
        layout.addWidget(self.startStreamButton)
        layout.addWidget(self.streamRescheduleButton)
        layout.addWidget(self.streamCancelButton)
        layout.addWidget(self.streamMessageButton)
        self.startStreamButton.hide()
        self.hide()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.startStreamButton.setText(self.tr("Start stream"))
        self.startStreamButton.setToolTip(self.tr(
            "Go live: the customer gets an e-mail with the link to join."))
        self.setAccessibleName(self.tr("Stream"))

    def show_state(self, text: str, *, can_start: bool) -> None:
        """Show the stream's state (``text``); offer *Start* when it can start now."""
        self.streamStateLabel.setText(text)
        self.streamStateLabel.setAccessibleName(text)
        self.startStreamButton.setVisible(can_start)
        self.show()


class LiveView(Retranslating, QFrame):
    """The stream while it is live: elapsed time, what the customer sees, *End stream*."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.clock = clock
        self._since: datetime | None = None
        self._customer = ""
        self.liveTitleLabel = QLabel()
        self.liveTitleLabel.setObjectName("liveTitleLabel")
        font = self.liveTitleLabel.font()
        font.setBold(True)
        self.liveTitleLabel.setFont(font)
        self.liveElapsedLabel = QLabel()
        self.liveElapsedLabel.setObjectName("liveElapsedLabel")
        big = self.liveElapsedLabel.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.liveElapsedLabel.setFont(big)
        self.liveInfoLabel = QLabel()
        self.liveInfoLabel.setObjectName("liveInfoLabel")
        self.liveInfoLabel.setWordWrap(True)
        self.endStreamButton = QPushButton()
        self.endStreamButton.setObjectName("endStreamButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.liveTitleLabel)
        layout.addWidget(self.liveElapsedLabel)
        layout.addWidget(self.liveInfoLabel, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.endStreamButton)
        self.setMinimumWidth(240)
        self.setMaximumWidth(340)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._show_elapsed)
        self.hide()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.liveTitleLabel.setText(self.tr("Live with {name}").format(name=self._customer))
        self.liveInfoLabel.setText(self.tr(
            "The customer sees the stream page from their e-mail link: that the stream is "
            "live, with this chat beside it. Your messages reach them at once. Video will "
            "appear here once the app streams it."))
        self.endStreamButton.setText(self.tr("End stream"))
        self.endStreamButton.setAccessibleDescription(self.tr(
            "End the stream; the customer sees that it has ended."))
        self.setAccessibleName(self.tr("Live stream"))
        self._show_elapsed()

    def show_live(self, customer: str, since: datetime) -> None:
        """Show the live stream with ``customer``, started at ``since``."""
        self._customer, self._since = customer, since
        self.translate_ui()
        self._timer.start()
        self.show()

    def stop(self) -> None:
        """Nothing is live in the open chat."""
        self._since = None
        self._timer.stop()
        self.hide()

    @property
    def elapsed_text(self) -> str:
        """The time since the start, as shown: "4:05", or "1:02:09" past an hour."""
        if self._since is None:
            return ""
        seconds = max(0, int((self.clock() - self._since).total_seconds()))
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"

    def _show_elapsed(self) -> None:
        self.liveElapsedLabel.setText(self.elapsed_text)
        self.liveElapsedLabel.setAccessibleName(
            self.tr("Live for {elapsed}").format(elapsed=self.elapsed_text))

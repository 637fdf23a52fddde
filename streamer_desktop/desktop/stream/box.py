"""The open request's stream, above its chat: where it stands, and the live view.

:class:`StreamBox` says where the stream stands and offers what can be done with it
now (start, reschedule, cancel, message the customer). :class:`LiveView` is the panel
beside the chat while the stream is live: the self-view, whether the customer is
watching, elapsed time, muting and *End stream*. Both only show what they are given;
the window's owner decides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QPixmap
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

SELF_VIEW_SIZE = QSize(288, 162)


class Presence(Enum):
    """Whether the customer is watching the live stream."""

    WAITING = "waiting"
    CONNECTING = "connecting"
    WATCHING = "watching"
    RECONNECTING = "reconnecting"
    LEFT = "left"


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
    """The stream while it is live: the self-view, whether the customer is watching,
    the elapsed time, muting, and *End stream*."""

    camera_muted = Signal(bool)
    microphone_muted = Signal(bool)
    test_source_requested = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.clock = clock
        self._since: datetime | None = None
        self._customer = ""
        self._presence = Presence.WAITING
        self._source_problem = ""
        self.liveTitleLabel = QLabel()
        self.liveTitleLabel.setObjectName("liveTitleLabel")
        font = self.liveTitleLabel.font()
        font.setBold(True)
        self.liveTitleLabel.setFont(font)
        self.liveSelfView = QLabel()
        self.liveSelfView.setObjectName("liveSelfView")
        self.liveSelfView.setFixedSize(SELF_VIEW_SIZE)
        self.liveSelfView.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.liveSelfView.setWordWrap(True)
        self.liveSelfView.setStyleSheet("background: black; color: white;")
        self.livePresenceLabel = QLabel()
        self.livePresenceLabel.setObjectName("livePresenceLabel")
        self.livePresenceLabel.setWordWrap(True)
        self.liveElapsedLabel = QLabel()
        self.liveElapsedLabel.setObjectName("liveElapsedLabel")
        big = self.liveElapsedLabel.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.liveElapsedLabel.setFont(big)
        self.liveSourceNotice = QLabel()
        self.liveSourceNotice.setObjectName("liveSourceNotice")
        self.liveSourceNotice.setWordWrap(True)
        self.useTestSourceButton = QPushButton()
        self.useTestSourceButton.setObjectName("useTestSourceButton")
        self.useTestSourceButton.clicked.connect(self.test_source_requested)
        self.muteCameraButton = QPushButton()
        self.muteCameraButton.setObjectName("muteCameraButton")
        self.muteCameraButton.setCheckable(True)
        self.muteCameraButton.toggled.connect(self._on_camera_toggled)
        self.muteMicrophoneButton = QPushButton()
        self.muteMicrophoneButton.setObjectName("muteMicrophoneButton")
        self.muteMicrophoneButton.setCheckable(True)
        self.muteMicrophoneButton.toggled.connect(self._on_microphone_toggled)
        self.liveInfoLabel = QLabel()
        self.liveInfoLabel.setObjectName("liveInfoLabel")
        self.liveInfoLabel.setWordWrap(True)
        self.endStreamButton = QPushButton()
        self.endStreamButton.setObjectName("endStreamButton")
        mutes = QHBoxLayout()
        mutes.addWidget(self.muteCameraButton)
        mutes.addWidget(self.muteMicrophoneButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.liveTitleLabel)
        layout.addWidget(self.liveSelfView, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.livePresenceLabel)
        layout.addWidget(self.liveElapsedLabel)
        layout.addWidget(self.liveSourceNotice)
        layout.addWidget(self.useTestSourceButton)
        layout.addLayout(mutes)
        layout.addWidget(self.liveInfoLabel, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.endStreamButton)
        self.setMinimumWidth(SELF_VIEW_SIZE.width() + 24)
        self.setMaximumWidth(SELF_VIEW_SIZE.width() + 40)
        self.liveSourceNotice.hide()
        self.useTestSourceButton.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._show_elapsed)
        self.hide()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.liveTitleLabel.setText(self.tr("Live with {name}").format(name=self._customer))
        self.liveInfoLabel.setText(self.tr(
            "The customer watches on the stream page from their e-mail link, with this "
            "chat beside the picture. Your messages reach them at once."))
        self.endStreamButton.setText(self.tr("End stream"))
        self.endStreamButton.setAccessibleDescription(self.tr(
            "End the stream; the customer sees that it has ended."))
        self.muteCameraButton.setText(self.tr("Camera off") if self.muteCameraButton.isChecked()
                                      else self.tr("Turn camera off"))
        self.muteMicrophoneButton.setText(
            self.tr("Microphone off") if self.muteMicrophoneButton.isChecked()
            else self.tr("Turn microphone off"))
        self.useTestSourceButton.setText(self.tr("Use the test picture"))
        self.liveSelfView.setAccessibleName(self.tr("What the customer sees"))
        if self.liveSelfView.pixmap().isNull():
            self.liveSelfView.setText(self.tr("Starting the camera…"))
        self.livePresenceLabel.setText(self._presence_text())
        self.setAccessibleName(self.tr("Live stream"))
        self._show_elapsed()

    def _presence_text(self) -> str:
        name = self._customer
        return {
            Presence.WAITING: self.tr("Waiting for {name} to open the stream page…"),
            Presence.CONNECTING: self.tr("{name} is joining…"),
            Presence.WATCHING: self.tr("{name} is watching."),
            Presence.RECONNECTING: self.tr("{name}'s connection dropped; reconnecting…"),
            Presence.LEFT: self.tr("{name} left the stream page."),
        }[self._presence].format(name=name)

    def show_presence(self, presence: Presence) -> None:
        """Say whether the customer is watching."""
        self._presence = presence
        self.livePresenceLabel.setText(self._presence_text())
        self.livePresenceLabel.setAccessibleName(self.livePresenceLabel.text())

    def show_picture(self, image: QImage) -> None:
        """The self-view's newest picture."""
        self.liveSelfView.setPixmap(QPixmap.fromImage(image).scaled(
            SELF_VIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def show_source_problem(self, text: str) -> None:
        """Say why there is no picture (empty: there is one), offering the test picture."""
        self._source_problem = text
        self.liveSourceNotice.setText(text)
        self.liveSourceNotice.setVisible(bool(text))
        self.useTestSourceButton.setVisible(bool(text))
        if text:
            self.liveSelfView.clear()
            self.liveSelfView.setText(self.tr("No picture"))

    def reset_media(self) -> None:
        """Back to no picture, nobody watching and nothing muted (a new stream)."""
        for button in (self.muteCameraButton, self.muteMicrophoneButton):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.liveSelfView.clear()
        self._presence = Presence.WAITING
        self.show_source_problem("")
        self.translate_ui()

    def _on_camera_toggled(self, muted: bool) -> None:
        self.translate_ui()
        self.camera_muted.emit(muted)

    def _on_microphone_toggled(self, muted: bool) -> None:
        self.translate_ui()
        self.microphone_muted.emit(muted)

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

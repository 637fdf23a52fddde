"""Asking before a stream changes for the customer: cancelling (with an optional message
to them), starting and ending."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.dialogs import result_of, run_until_done
from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.palette import Tone, set_tone

Cancel = Callable[[str], Awaitable[str | None]]
"""Cancels with the message; returns None when done, else why not."""


class CancelStreamDialog(Retranslating, QDialog):
    """"Cancel the stream with Priya on Thu 26 Nov, 18:00?", with a message to the
    customer. It stays open, with what was typed, until the cancel has gone through."""

    def __init__(self, customer: str, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelStreamDialog")
        self._customer, self._when = customer, when
        self.questionLabel = QLabel()
        self.questionLabel.setObjectName("cancelQuestionLabel")
        self.questionLabel.setWordWrap(True)
        self.messageLabel = QLabel()
        self.cancelMessageEdit = QPlainTextEdit()
        self.cancelMessageEdit.setObjectName("cancelMessageEdit")
        self.cancelMessageEdit.setTabChangesFocus(True)
        self.messageLabel.setBuddy(self.cancelMessageEdit)
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("cancelErrorLabel")
        self.errorLabel.setWordWrap(True)
        set_tone(self.errorLabel, Tone.ERROR)
        self.errorLabel.hide()
        self.buttons = QDialogButtonBox()
        self.confirmCancelButton = QPushButton()
        self.confirmCancelButton.setObjectName("confirmCancelButton")
        self.keepStreamButton = QPushButton()
        self.keepStreamButton.setObjectName("keepStreamButton")
        self.buttons.addButton(self.confirmCancelButton,
                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.keepStreamButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.keepStreamButton.setDefault(True)  # Return keeps the stream: nothing is lost
        self.keepStreamButton.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.questionLabel)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.cancelMessageEdit, 1)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttons)
        self.resize(460, 300)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cancel the stream"))
        self.questionLabel.setText(self.tr(
            "Cancel the stream with {name} on {when}? The customer is told in the chat and "
            "by e-mail.").format(name=self._customer, when=self._when))
        self.messageLabel.setText(self.tr("&Message to the customer (optional):"))
        self.cancelMessageEdit.setAccessibleName(self.tr("Message to the customer"))
        self.cancelMessageEdit.setPlaceholderText(self.tr(
            "For example: Sorry, something came up. Shall we find another time?"))
        self.confirmCancelButton.setText(self.tr("Cancel stream"))
        self.keepStreamButton.setText(self.tr("Keep it"))
        self.cancelMessageEdit.setAccessibleDescription(self.tr(
            "Sent to the customer with the cancellation, in the chat and by e-mail."))
        self.confirmCancelButton.setAccessibleDescription(self.tr(
            "Cancel the stream; the customer is told."))
        self.keepStreamButton.setAccessibleDescription(self.tr(
            "Close this question; the stream stays booked."))

    async def run(self, cancel: Cancel) -> bool:
        """Ask; on *Cancel stream* call ``cancel`` with the message, and stay open with
        its reason when it fails. True once the stream is cancelled."""
        return await run_until_done(
            self, self.confirmCancelButton, self.errorLabel,
            lambda: cancel(self.cancelMessageEdit.toPlainText()))


class StreamQuestion(Retranslating, QDialog):
    """A yes-or-no question before starting or ending a stream."""

    def __init__(self, name: str, question: Callable[[], str], yes: Callable[[], str],
                 no: Callable[[], str], title: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._question, self._yes, self._no, self._title = question, yes, no, title
        self.questionLabel = QLabel()
        self.questionLabel.setWordWrap(True)
        self.yesButton = QPushButton()
        self.yesButton.setObjectName(f"{name}Yes")
        self.noButton = QPushButton()
        self.noButton.setObjectName(f"{name}No")
        buttons = QDialogButtonBox()
        buttons.addButton(self.yesButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.noButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.yesButton.setDefault(True)
        self.yesButton.clicked.connect(self.accept)
        self.noButton.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.questionLabel)
        layout.addWidget(buttons)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self._title())
        self.questionLabel.setText(self._question())
        self.yesButton.setText(self._yes())
        self.noButton.setText(self._no())
        for button in (self.yesButton, self.noButton):  # the question says what each does
            button.setAccessibleDescription(self._question())

    async def ask(self) -> bool:
        return await result_of(self) == QDialog.DialogCode.Accepted

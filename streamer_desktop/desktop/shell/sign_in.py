"""The sign-in dialog for a remote service: e-mail and password, once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.dialogs import result_of
from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.palette import Tone, set_tone


class SignInDialog(Retranslating, QDialog):
    """Asks for e-mail and password; :meth:`ask` returns them, or None when cancelled."""

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._server_url = server_url
        self.serverLabel = QLabel()
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("signInError")
        set_tone(self.errorLabel, Tone.ERROR)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.hide()
        self.emailEdit = QLineEdit()
        self.emailEdit.setObjectName("emailEdit")

        self.passwordEdit = QLineEdit()
        self.passwordEdit.setObjectName("passwordEdit")

        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.emailLabel = QLabel()
        self.emailLabel.setBuddy(self.emailEdit)
        self.passwordLabel = QLabel()
        self.passwordLabel.setBuddy(self.passwordEdit)
        form = QFormLayout()
        form.addRow(self.emailLabel, self.emailEdit)
        form.addRow(self.passwordLabel, self.passwordEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("signInButtons")
        self.okButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancelButton = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.serverLabel)
        layout.addWidget(self.errorLabel)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.serverLabel.setText(self.tr("Service: {url}").format(url=self._server_url))
        self.emailLabel.setText(self.tr("E-mail"))
        self.emailEdit.setAccessibleName(self.tr("E-mail"))
        self.passwordLabel.setText(self.tr("Password"))
        self.passwordEdit.setAccessibleName(self.tr("Password"))
        self.emailEdit.setAccessibleDescription(self.tr("The e-mail address you sign in with."))
        self.passwordEdit.setAccessibleDescription(self.tr("Your password for this service."))
        self.okButton.setAccessibleDescription(self.tr("Sign in with this e-mail and password."))
        self.cancelButton.setAccessibleDescription(self.tr("Close without signing in."))

    async def ask(self, error: str = "") -> tuple[str, str] | None:
        """Show the dialog without blocking the loop; the entered e-mail and password."""
        self.errorLabel.setText(error)
        self.errorLabel.setVisible(bool(error))
        self.passwordEdit.clear()
        if await result_of(self) != QDialog.DialogCode.Accepted:
            return None
        return self.emailEdit.text().strip(), self.passwordEdit.text()

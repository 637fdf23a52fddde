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


class SignInDialog(QDialog):
    """Asks for e-mail and password; :meth:`ask` returns them, or None when cancelled."""

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.serverLabel = QLabel(self.tr("Service: {url}").format(url=server_url))
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("signInError")
        self.errorLabel.setStyleSheet("color:#cf222e;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.hide()
        self.emailEdit = QLineEdit()
        self.emailEdit.setObjectName("emailEdit")
        self.emailEdit.setAccessibleName(self.tr("E-mail"))
        self.passwordEdit = QLineEdit()
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setAccessibleName(self.tr("Password"))
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("E-mail"), self.emailEdit)
        form.addRow(self.tr("Password"), self.passwordEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("signInButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.serverLabel)
        layout.addWidget(self.errorLabel)
        layout.addLayout(form)
        layout.addWidget(buttons)

    async def ask(self, error: str = "") -> tuple[str, str] | None:
        """Show the dialog without blocking the loop; the entered e-mail and password."""
        self.errorLabel.setText(error)
        self.errorLabel.setVisible(bool(error))
        self.passwordEdit.clear()
        if await result_of(self) != QDialog.DialogCode.Accepted:
            return None
        return self.emailEdit.text().strip(), self.passwordEdit.text()

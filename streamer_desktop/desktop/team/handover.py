"""Handing the open request to a colleague: the dialog that picks one, and the
presenter that asks the service. The chat and any stream not yet started go along;
the customer is told in the chat, and the colleague's list gains the request live."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.dialogs import run_until_done
from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.palette import Tone, set_tone
from streamer_desktop.desktop.shell.main_window import MainWindow
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.desktop.workspace import Workspace
from streamer_desktop.wire import TeamMemberOut

HandOverTo = Callable[[int], Awaitable[str | None]]
"""Hands the request to the colleague with this id; None when done, else why not."""


class HandOverDialog(Retranslating, QDialog):
    """"Hand Priya's request to a colleague": the colleagues, online ones first (only they
    can be chosen). It stays open, with the choice, until the handover has gone through."""

    def __init__(self, customer: str, colleagues: list[TeamMemberOut],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self._customer = customer
        self._colleagues = colleagues
        self.questionLabel = QLabel()
        self.questionLabel.setWordWrap(True)
        self.colleagueList = QListWidget()
        self.colleagueList.setObjectName("colleagueList")
        self.questionLabel.setBuddy(self.colleagueList)
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("transferErrorLabel")
        self.errorLabel.setWordWrap(True)
        set_tone(self.errorLabel, Tone.ERROR)
        self.errorLabel.hide()
        self.transferButton = QPushButton()
        self.transferButton.setObjectName("transferButton")
        self.keepButton = QPushButton()
        self.keepButton.setObjectName("keepRequestButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.transferButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keepButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.transferButton.setDefault(True)
        self.keepButton.clicked.connect(self.reject)
        self.colleagueList.currentItemChanged.connect(self._on_choice)
        self.colleagueList.itemActivated.connect(lambda _item: self.transferButton.click())
        layout = QVBoxLayout(self)
        layout.addWidget(self.questionLabel)
        layout.addWidget(self.colleagueList, 1)
        layout.addWidget(self.errorLabel)
        layout.addWidget(buttons)
        self.resize(420, 340)
        self.translate_ui()
        first_online = next((i for i, c in enumerate(colleagues) if c.online), None)
        if first_online is not None:
            self.colleagueList.setCurrentRow(first_online)
        self._on_choice()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over to a colleague"))
        if not self._colleagues:
            self.questionLabel.setText(self.tr("No colleague works in this shop yet."))
        elif any(c.online for c in self._colleagues):
            self.questionLabel.setText(self.tr(
                "Hand {name}'s request to &whom? The chat and any stream not yet started go "
                "along; {name} is told in the chat.").format(name=self._customer))
        else:
            self.questionLabel.setText(self.tr(
                "No colleague is online right now, so {name}'s request stays with "
                "you.").format(name=self._customer))
        self.colleagueList.clear()
        for colleague in self._colleagues:
            item = QListWidgetItem(self._line(colleague))
            item.setData(Qt.ItemDataRole.UserRole, colleague.id)
            if not colleague.online:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsSelectable)
            self.colleagueList.addItem(item)
        self.colleagueList.setAccessibleName(self.tr("Colleagues"))
        self.colleagueList.setAccessibleDescription(self.tr(
            "Your shop's streamers; only those online can take the request."))
        self.transferButton.setText(self.tr("Hand over"))
        self.transferButton.setAccessibleDescription(self.tr(
            "Give the request to the chosen colleague; it leaves your list."))
        self.keepButton.setText(self.tr("Keep it"))
        self.keepButton.setAccessibleDescription(self.tr(
            "Close this question; the request stays with you."))

    def _line(self, colleague: TeamMemberOut) -> str:
        presence = self.tr("online") if colleague.online else self.tr("offline")
        load = self.tr("%n open request(s)", "", colleague.open_requests)
        return f"{colleague.display_name} · {presence} · {load}"

    def _on_choice(self, *_args: object) -> None:
        self.transferButton.setEnabled(self.chosen() is not None)

    def chosen(self) -> int | None:
        """The id of the colleague chosen, if any."""
        item = self.colleagueList.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    async def run(self, hand_over: HandOverTo) -> bool:
        """Ask; on *Hand over* call ``hand_over`` with the colleague's id, and stay open
        with its reason when it fails. True once the request has gone."""

        async def attempt() -> str | None:
            chosen = self.chosen()
            if chosen is None:
                return self.tr("Choose a colleague who is online.")
            return await hand_over(chosen)

        return await run_until_done(self, self.transferButton, self.errorLabel, attempt)


class HandOver(QObject):
    """Carries out *Hand over to a colleague…* for the window's open request."""

    def __init__(self, window: MainWindow, workspace: Workspace, tasks: TaskGroup) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._tasks = tasks
        self.dialog: HandOverDialog | None = None
        window.transfer_requested.connect(self.open)

    def open(self, request_id: int) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self._tasks.spawn(self._hand_over(request_id))

    async def _hand_over(self, request_id: int) -> None:
        request = self._workspace.requests.get(request_id)
        if request is None:
            return
        colleagues = await self._workspace.colleagues()
        if isinstance(colleagues, str):
            self._window.show_notice(colleagues)
            return
        names = {c.id: c.display_name for c in colleagues}
        chosen: list[int] = []

        async def hand_over(user_id: int) -> str | None:
            chosen.append(user_id)
            return await self._workspace.transfer(request_id, user_id)

        dialog = HandOverDialog(request.customer.name, colleagues, self._window)
        self.dialog = dialog
        try:
            if await dialog.run(hand_over):
                self._window.show_notice(self.tr("{customer}'s request is now with {name}.")
                                         .format(customer=request.customer.name,
                                                 name=names.get(chosen[-1], "")))
        finally:
            self.dialog = None
            dialog.deleteLater()

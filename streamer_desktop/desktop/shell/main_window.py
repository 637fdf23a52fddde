"""The main window: Active and My requests on the left, the chat on the right.

It renders what it is given and emits what the streamer asks for; the app
connects those signals to the workspace. Widget names are part of the
automation contract (see the architecture notes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.chat.view import ChatView
from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.requests.lists import CardList, SearchField
from streamer_desktop.desktop.roles import ChatRole, Role
from streamer_desktop.desktop.shell.actions import (
    Menu,
    card_actions,
    fill_menu,
    make_actions,
    translate_actions,
)
from streamer_desktop.desktop.stream.box import LiveView, StreamBox

if TYPE_CHECKING:
    # Loaded when first opened: the licences' metadata costs the first paint ~20 ms.
    from streamer_desktop.desktop.shell.about import AboutDialog
    from streamer_desktop.desktop.shell.shortcuts import ShortcutsDialog


def system_clock() -> datetime:
    return datetime.now(UTC)


MAX_NOTICES = 3
"""How many messages the notice banner keeps, newest last."""


def _bring_up(dialog: QDialog) -> None:
    """Show a modeless dialog in front, with the keyboard."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


class MainWindow(Retranslating, QMainWindow):
    """The streamer's workplace."""

    request_selected = Signal(int)
    send_requested = Signal(int, str)
    start_requested = Signal(int)
    schedule_requested = Signal(int)
    reschedule_requested = Signal(int)
    cancel_stream_requested = Signal(int)
    transfer_requested = Signal(int)
    end_requested = Signal(int)
    sign_out_requested = Signal()
    settings_requested = Signal()
    shop_requested = Signal()
    outbox_requested = Signal()
    quit_requested = Signal()
    hidden_to_tray = Signal()
    in_front_changed = Signal(bool)
    """The window became the active one (True), or another window did (False)."""

    def __init__(self, clock: Callable[[], datetime] = system_clock) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.keep_running_in_tray = False
        """Whether closing the window hides it to the tray instead of quitting."""
        self.current_request_id: int | None = None
        self._overdue_confirmed = True
        self._loading_why = ""  # why loading takes longer, when it does
        self._notices: list[tuple[str, bool]] = []  # text, and whether it ends when online
        self.resize(1100, 720)

        self.titleLabel = QLabel()
        self.titleLabel.setObjectName("titleLabel")
        self.connectionBanner = QLabel()
        self.connectionBanner.setObjectName("connectionBanner")
        self.connectionBanner.hide()
        self.noticeBanner = QLabel()
        self.noticeBanner.setObjectName("noticeBanner")
        self.noticeBanner.setWordWrap(True)
        self.noticeBanner.hide()

        self.meatballsButton = QToolButton()
        self.meatballsButton.setObjectName("meatballsButton")
        self.meatballsButton.setText("⋯")
        self.meatballsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.meatballsButton)
        self.menu.setObjectName("meatballsMenu")
        # Every action, its keys and its menus come from one table (actions.py).
        actions = self._actions = make_actions(self)
        self.scheduleStreamAction = actions["scheduleStreamAction"]
        self.startStreamAction = actions["startStreamAction"]
        self.rescheduleAction = actions["rescheduleAction"]
        self.cancelStreamAction = actions["cancelStreamAction"]
        self.messageCustomerAction = actions["messageCustomerAction"]
        self.transferRequestAction = actions["transferRequestAction"]
        self.findRequestsAction = actions["findRequestsAction"]
        self.settingsAction = actions["settingsAction"]
        self.shortcutsAction = actions["shortcutsAction"]
        self.openShopAction = actions["openShopAction"]
        self.openOutboxAction = actions["openOutboxAction"]
        self.aboutAction = actions["aboutAction"]
        self.signOutAction = actions["signOutAction"]
        self.quitAction = actions["quitAction"]
        self.nextRequestAction = actions["nextRequestAction"]
        self.previousRequestAction = actions["previousRequestAction"]
        self.helpMenu = QMenu(self.menu)
        self.helpMenu.setObjectName("helpMenu")
        fill_menu(self.helpMenu, actions, Menu.HELP)
        fill_menu(self.menu, actions, Menu.MAIN, before_last=self.helpMenu)
        self.shortcutsDialog: ShortcutsDialog | None = None
        self.aboutDialog: AboutDialog | None = None
        self.openShopAction.triggered.connect(self.shop_requested)
        self.openOutboxAction.triggered.connect(self.outbox_requested)
        self.meatballsButton.setMenu(self.menu)

        header = QHBoxLayout()
        header.addWidget(self.titleLabel)
        header.addStretch(1)
        header.addWidget(self.meatballsButton)

        self.requestSearchEdit = SearchField()
        self.requestSearchEdit.setObjectName("requestSearchEdit")
        self.requestSearchEdit.setClearButtonEnabled(True)
        self.activeLabel = QLabel()
        self.activeView = self._list("activeView")
        self.activeView.rows_changed.connect(self._fit_active)
        self.myRequestsLabel = QLabel()
        self.myRequestsView = self._list("myRequestsView")
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.requestSearchEdit, self.activeLabel, self.activeView,
                       self.myRequestsLabel, self.myRequestsView):
            lists_layout.addWidget(widget)
        self.loadingLabel = QLabel()
        self.loadingLabel.setObjectName("loadingLabel")
        self.loadingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loadingLabel.setWordWrap(True)
        self.leftStack = QStackedWidget()
        self.leftStack.addWidget(self.loadingLabel)
        self.leftStack.addWidget(lists)

        self.chatTitle = QLabel()
        self.chatTitle.setObjectName("chatTitle")
        title_font = self.chatTitle.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.chatTitle.setFont(title_font)
        # The customer's clock and place, beside their name.
        self.chatZoneLabel = QLabel()
        self.chatZoneLabel.setObjectName("chatZoneLabel")
        self.chatZoneLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        chat_header = QHBoxLayout()
        chat_header.setContentsMargins(2, 0, 2, 0)
        chat_header.addWidget(self.chatTitle)
        chat_header.addSpacing(8)
        chat_header.addWidget(self.chatZoneLabel, 1)
        self.streamBox = StreamBox(self.rescheduleAction, self.cancelStreamAction,
                                   self.messageCustomerAction)
        self.liveView = LiveView(clock)
        # Shown above the chat while the open request's stream is overdue.
        self.overdueBar = QWidget()
        self.overdueBar.setObjectName("overdueBar")
        self.overdueLabel = QLabel()
        self.messageCustomerButton = QPushButton()
        self.messageCustomerButton.setObjectName("messageCustomerButton")
        self.rescheduleButton = QPushButton()
        self.rescheduleButton.setObjectName("rescheduleButton")
        overdue = QHBoxLayout(self.overdueBar)
        overdue.setContentsMargins(6, 4, 6, 4)
        overdue.addWidget(self.overdueLabel, 1)
        overdue.addWidget(self.messageCustomerButton)
        overdue.addWidget(self.rescheduleButton)
        self.overdueBar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # its colour
        self.overdueBar.hide()
        self.chatView = ChatView()
        self.chatView.setObjectName("chatView")
        self.chatView.setResizeMode(QListView.ResizeMode.Adjust)  # bubbles re-wrap
        self.chatView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.chatView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.chatView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.messageEdit = QLineEdit()
        self.messageEdit.setObjectName("messageEdit")
        self.sendButton = QPushButton()
        self.sendButton.setObjectName("sendButton")
        self.sendButton.setDefault(True)
        compose = QHBoxLayout()
        compose.addWidget(self.messageEdit, 1)
        compose.addWidget(self.sendButton)
        chat = QWidget()
        chat_layout = QVBoxLayout(chat)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.addLayout(chat_header)
        chat_layout.addWidget(self.streamBox)
        chat_layout.addWidget(self.overdueBar)
        chat_layout.addWidget(self.chatView, 1)
        chat_layout.addLayout(compose)
        # While the open request's stream is live, its live view stands beside the chat.
        beside = QWidget()
        beside_layout = QHBoxLayout(beside)
        beside_layout.setContentsMargins(0, 0, 0, 0)
        beside_layout.addWidget(self.liveView)
        beside_layout.addWidget(chat, 1)

        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        self.splitter = splitter
        splitter.addWidget(self.leftStack)
        splitter.addWidget(beside)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 740])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(self.connectionBanner)
        layout.addWidget(self.noticeBanner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        for view, other in ((self.myRequestsView, self.activeView),
                            (self.activeView, self.myRequestsView)):
            view.current_request_changed.connect(self._on_current_card)
            view.current_request_changed.connect(lambda _rid, other=other: other.let_go())
        self.activeView.clicked.connect(self._on_active_clicked)
        self.activeView.activated.connect(self._on_active_clicked)  # Return on a card
        self.sendButton.clicked.connect(self._on_send)
        self.messageEdit.returnPressed.connect(self._on_send)
        self.scheduleStreamAction.triggered.connect(self._on_schedule)
        self.messageCustomerButton.clicked.connect(self.messageEdit.setFocus)
        self.messageCustomerAction.triggered.connect(self.messageEdit.setFocus)
        self.rescheduleButton.clicked.connect(self._on_reschedule)
        self.rescheduleAction.triggered.connect(self._on_reschedule)
        self.cancelStreamAction.triggered.connect(self._on_cancel_stream)
        self.transferRequestAction.triggered.connect(self._on_transfer)
        self.streamBox.startStreamButton.clicked.connect(self._on_start)
        self.startStreamAction.triggered.connect(self._on_start)
        self.findRequestsAction.triggered.connect(self._on_find)
        self.requestSearchEdit.textChanged.connect(self._on_search)
        self.requestSearchEdit.go_to_cards.connect(lambda: self._step_request(+1, first=True))
        self.nextRequestAction.triggered.connect(lambda: self._step_request(+1))
        self.previousRequestAction.triggered.connect(lambda: self._step_request(-1))
        self.shortcutsAction.triggered.connect(self.show_shortcuts)
        self.aboutAction.triggered.connect(self.show_about)
        self.liveView.endStreamButton.clicked.connect(self._on_end)
        self.cardMenu = QMenu(self)
        self.cardMenu.setObjectName("cardContextMenu")
        for action in card_actions(self._actions):
            self.cardMenu.addAction(action)
        # A stream's box in the chat offers the same actions, clicked or right-clicked.
        self.chatView.clicked.connect(
            lambda index: self._on_box_menu(self.chatView.visualRect(index).center()))
        self.chatView.customContextMenuRequested.connect(self._on_box_menu)
        for view in (self.activeView, self.myRequestsView):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda at, view=view: self._on_card_menu(view, at))
        self.settingsAction.triggered.connect(self.settings_requested)
        self.signOutAction.triggered.connect(self.sign_out_requested)
        self.quitAction.triggered.connect(self.quit_requested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.noticeBanner, self.clear_notices)
        self._set_chat_enabled(False)
        self.set_schedule_ready(False)  # until a request is selected
        self.set_stream_actions(manageable=False)
        self._fit_active()
        self.set_loading(True)
        self.translate_ui()

    def translate_ui(self) -> None:
        """Set every text; called again when the language changes."""
        self.setWindowTitle(self.tr("Streamer desktop"))
        self.titleLabel.setText(self.tr("My workplace"))
        self.meatballsButton.setToolTip(self.tr("More actions"))
        self.meatballsButton.setAccessibleName(self.tr("More actions"))
        self.helpMenu.setTitle(self.tr("Help"))
        translate_actions(self._actions)
        self.requestSearchEdit.setPlaceholderText(self.tr("Find a customer or message"))
        self.requestSearchEdit.setAccessibleName(self.tr("Find a request"))
        self.requestSearchEdit.setToolTip(self.tr(
            "Shows only the requests whose customer, stream or last message holds what you "
            "type. ↓ goes to the first one; Escape clears."))
        self.activeView.no_match = self.myRequestsView.no_match = self.tr(
            "No request matches your search.")
        self._word_active()
        self.myRequestsLabel.setText(self.tr("My requests"))
        self.activeView.setAccessibleName(self.tr("Active"))
        self.activeView.placeholder = self.tr(
            "Nothing to start right now. A scheduled stream appears here at its start time.")
        self.myRequestsView.setAccessibleName(self.tr("My requests"))
        self.myRequestsView.placeholder = self.tr(
            "No requests yet. Customers reach you from the chat on the shop's site.")
        self._word_loading()
        self.chatView.setAccessibleName(self.tr("Chat"))
        self.messageEdit.setPlaceholderText(self.tr("Write a message…"))
        self.messageEdit.setAccessibleName(self.tr("Message"))
        self.sendButton.setText(self.tr("Send"))
        self._word_overdue()
        self.messageCustomerButton.setText(self.tr("Message the customer"))
        self.rescheduleButton.setText(self.tr("Reschedule…"))
        self.sendButton.setAccessibleName(self.tr("Send"))
        self.sendButton.setAccessibleDescription(self.tr("Send the message to the customer."))
        self.messageEdit.setAccessibleDescription(self.tr(
            "What you write to the customer of the open chat. Return sends it."))
        self.activeView.setAccessibleDescription(self.tr(
            "Streams that can start now. Return or a click on one starts it."))
        self.myRequestsView.setAccessibleDescription(self.tr(
            "Your customers' requests, the most urgent first. The chat shows the selected "
            "one; Alt+Down and Alt+Up move between them from anywhere."))
        self.chatView.setAccessibleDescription(self.tr(
            "The conversation with the customer, oldest first. A stream's box offers what "
            "can be done with the stream."))
        self.messageCustomerButton.setAccessibleDescription(self.tr(
            "Write to the customer about the overdue stream."))
        self.rescheduleButton.setAccessibleDescription(self.tr(
            "Move the stream to another time; the customer is asked to confirm it."))
        if self.current_request_id is None:
            self.chatTitle.setText(self.tr("Select a request to see its chat."))

    # --- what the app tells the window ---------------------------------------------

    def set_loading(self, loading: bool, why: str = "") -> None:
        """Show the lists, or a loading text (with ``why`` it is taking longer)."""
        self._loading_why = why
        self._word_loading()
        self.leftStack.setCurrentIndex(0 if loading else 1)

    def _word_loading(self) -> None:
        self.loadingLabel.setText(self._loading_why or self.tr("Loading your requests…"))

    def set_online(self, online: bool) -> None:
        self.connectionBanner.setText(self.tr(
            "Offline: reconnecting… The lists show the last known state."))
        self.connectionBanner.setVisible(not online)
        if online:
            self.forget_offline_notices()

    def show_notice(self, text: str, *, until_online: bool = False) -> None:
        """A message in the window (errors, and notifications of last resort).

        The last few stay, newest last, each once; ``until_online`` ones go away when
        the connection is back. Escape dismisses them all.
        """
        self._notices = [n for n in self._notices if n[0] != text][-(MAX_NOTICES - 1):]
        self._notices.append((text, until_online))
        self._show_notices()

    def forget_offline_notices(self) -> None:
        """What was said about a lost connection is over."""
        self._notices = [(text, offline) for text, offline in self._notices if not offline]
        self._show_notices()

    def clear_notices(self) -> None:
        self._notices = []
        self._show_notices()

    def _show_notices(self) -> None:
        self.noticeBanner.setText("\n".join(text for text, _ in self._notices))
        self.noticeBanner.setVisible(bool(self._notices))

    def set_schedule_available(self, available: bool) -> None:
        """Show *Schedule a stream* only while the business has the feature on."""
        self.scheduleStreamAction.setVisible(available)

    def set_schedule_ready(self, ready: bool) -> None:
        """Whether the action can be used now (a request is selected, the dialog exists)."""
        self.scheduleStreamAction.setEnabled(ready)

    def _word_active(self) -> None:
        model = self.activeView.model()
        empty = model is None or model.rowCount() == 0
        self.activeLabel.setText(self.tr("Active · nothing to start now") if empty
                                 else self.tr("Active"))

    def _fit_active(self) -> None:
        """*Active* is a slim header while empty, and as tall as its cards (up to three)
        otherwise."""
        model = self.activeView.model()
        rows = model.rowCount() if model is not None else 0
        self._word_active()
        self.activeView.setVisible(rows > 0)
        if rows:
            row = max(self.activeView.sizeHintForRow(0), 1)
            self.activeView.setFixedHeight(min(rows, 3) * row
                                           + 2 * self.activeView.frameWidth())
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is not None:
            layout.activate()  # placed now: a click may follow at once

    def save_layout(self) -> tuple[QByteArray, QByteArray]:
        """The window's size and place, and the split between the lists and the chat."""
        return self.saveGeometry(), self.splitter.saveState()

    def restore_layout(self, geometry: QByteArray | None, split: QByteArray | None) -> None:
        """Put the window back as it was; the first time, fit it on the screen."""
        if not geometry or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1100, int(screen.width() * 0.9)),
                        min(720, int(screen.height() * 0.9)))
        else:
            on_screen = self.screen().availableGeometry()
            frame = self.frameGeometry()
            if not on_screen.contains(frame.topLeft()) or frame.width() > on_screen.width():
                self.resize(min(frame.width(), on_screen.width()),
                            min(frame.height(), on_screen.height()))
                self.move(on_screen.topLeft())
        if split:
            self.splitter.restoreState(split)

    def set_stream_actions(self, *, manageable: bool, reschedulable: bool = True,
                           has_chat: bool = False) -> None:
        """Enable *Reschedule* and *Cancel stream* while the open request's stream has
        not started (rescheduling also needs the shop's switch on)."""
        self.rescheduleAction.setEnabled(manageable and reschedulable)
        self.cancelStreamAction.setEnabled(manageable)
        self.messageCustomerAction.setEnabled(has_chat)
        self.transferRequestAction.setEnabled(has_chat)
        # The stream box shows only what applies (the menus show the rest greyed).
        self.streamBox.streamRescheduleButton.setVisible(manageable and reschedulable)
        self.streamBox.streamCancelButton.setVisible(manageable)

    def show_stream(self, text: str, *, can_start: bool) -> None:
        """The open request's stream: its state, and *Start* when it can start now."""
        self.streamBox.show_state(text, can_start=can_start)
        self.startStreamAction.setEnabled(can_start)

    def hide_stream(self) -> None:
        """The open request has no stream."""
        self.streamBox.hide()
        self.startStreamAction.setEnabled(False)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts."""
        if self.shortcutsDialog is None:
            from streamer_desktop.desktop.shell.shortcuts import ShortcutsDialog

            self.shortcutsDialog = ShortcutsDialog(self.actions(), self)
        _bring_up(self.shortcutsDialog)

    def show_about(self) -> None:
        """Help → About."""
        if self.aboutDialog is None:
            from streamer_desktop.desktop.shell.about import AboutDialog

            self.aboutDialog = AboutDialog(self)
        _bring_up(self.aboutDialog)

    def show_live(self, customer: str, since: datetime) -> None:
        """The open request's stream is live: the live view beside the chat."""
        self.liveView.show_live(customer, since)

    def hide_live(self) -> None:
        self.liveView.stop()

    def show_chat(self, request_id: int, title: str, where: str = "") -> None:
        """Open a request's chat: ``title`` is the customer's name, ``where`` their clock
        and place when the zone is not the streamer's ("04:00 there · New York")."""
        self.current_request_id = request_id
        self.chatTitle.setText(title)
        self.show_customer_clock(where)
        self._set_chat_enabled(True)

    def close_chat(self) -> None:
        """The open request is no longer the streamer's (handed over): no chat is open."""
        self.current_request_id = None
        self.chatTitle.setText(self.tr("Select a request to see its chat."))
        self.show_customer_clock("")
        self._set_chat_enabled(False)

    def show_customer_clock(self, where: str) -> None:
        self.chatZoneLabel.setText(where)
        self.chatZoneLabel.setAccessibleName(where)

    def set_overdue(self, overdue: bool, *, confirmed: bool = True) -> None:
        """Offer the overdue actions for the open request, saying why they are offered."""
        self._overdue_confirmed = confirmed
        self._word_overdue()
        self.overdueBar.setVisible(overdue)

    def _word_overdue(self) -> None:
        self.overdueLabel.setText(
            self.tr("This stream is overdue: the customer is waiting.")
            if self._overdue_confirmed else
            self.tr("The start time has come, but the customer has not confirmed this stream."))

    def select_request(self, request_id: int) -> None:
        """Select a request's card and open its chat (as a notification's click does)."""
        for view in (self.activeView, self.myRequestsView):
            model = view.model()
            row = model.row_of(request_id) if model is not None else None  # type: ignore[attr-defined]
            if row is not None:
                view.setCurrentIndex(model.index(row, 0))
        self.request_selected.emit(request_id)

    def on_message_sent(self, request_id: int) -> None:
        if request_id == self.current_request_id:
            self.messageEdit.clear()

    # --- private -------------------------------------------------------------------

    def _list(self, name: str) -> CardList:
        view = CardList()
        view.setObjectName(name)
        view.setUniformItemSizes(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return view

    def _set_chat_enabled(self, enabled: bool) -> None:
        self.messageEdit.setEnabled(enabled)
        self.sendButton.setEnabled(enabled)

    def _on_current_card(self, request_id: int) -> None:
        if request_id != self.current_request_id:
            self.request_selected.emit(request_id)

    def _on_active_clicked(self, index: QModelIndex) -> None:
        request_id = int(index.data(Role.REQUEST_ID))
        self._on_current_card(request_id)
        if index.data(Role.PHASE) in ("due", "overdue"):
            self.start_requested.emit(request_id)

    def _on_send(self) -> None:
        text = self.messageEdit.text().strip()
        if text and self.current_request_id is not None:
            self.send_requested.emit(self.current_request_id, text)

    def _on_reschedule(self) -> None:
        if self.current_request_id is not None:
            self.reschedule_requested.emit(self.current_request_id)

    def _on_cancel_stream(self) -> None:
        if self.current_request_id is not None:
            self.cancel_stream_requested.emit(self.current_request_id)

    def _on_transfer(self) -> None:
        if self.current_request_id is not None:
            self.transfer_requested.emit(self.current_request_id)

    def _on_find(self) -> None:
        self.requestSearchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.requestSearchEdit.selectAll()

    def _on_search(self, text: str) -> None:
        for view in (self.activeView, self.myRequestsView):
            view.filter_cards(text)

    def _step_request(self, step: int, *, first: bool = False) -> None:
        """Open the next (or previous) card shown, across *Active* and *My requests*;
        with ``first``, the first one shown, with the keyboard in its list."""
        cards = [(view, row) for view in (self.activeView, self.myRequestsView)
                 if view.isVisible() or view is self.myRequestsView
                 for row in view.visible_rows()]
        if not cards:
            return
        ids = [int(view.model().index(row, 0).data(Role.REQUEST_ID)) for view, row in cards]
        if first or self.current_request_id not in ids:
            at = 0 if step > 0 or first else len(cards) - 1
        else:
            at = max(0, min(len(cards) - 1, ids.index(self.current_request_id) + step))
        view, row = cards[at]
        view.setCurrentIndex(view.model().index(row, 0))
        if first:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_start(self) -> None:
        if self.current_request_id is not None:
            self.start_requested.emit(self.current_request_id)

    def _on_end(self) -> None:
        if self.current_request_id is not None:
            self.end_requested.emit(self.current_request_id)

    def _on_card_menu(self, view: CardList, at: QPoint) -> None:
        """The card under the pointer becomes the open one; its actions pop up."""
        index = view.indexAt(at)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        self.cardMenu.popup(view.viewport().mapToGlobal(at))

    def _on_box_menu(self, at: QPoint) -> None:
        index = self.chatView.indexAt(at)
        if index.isValid() and index.data(ChatRole.IS_STREAM_BOX):
            self.cardMenu.popup(self.chatView.viewport().mapToGlobal(at))

    def _on_schedule(self) -> None:
        if self.current_request_id is not None:
            self.schedule_requested.emit(self.current_request_id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            self.in_front_changed.emit(self.isActiveWindow())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_running_in_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
        else:
            event.accept()
            self.quit_requested.emit()

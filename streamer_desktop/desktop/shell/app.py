"""The desktop app's lifetime: connect, sign in, load, follow events, shut down.

:class:`DesktopApp` is built by the composition root (``cli.py``) with every
part it needs; it owns the window, the workspace and the board, and wires
their signals together.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from streamer_desktop.client.api import ApiClient, ApiError, ServiceUnreachable
from streamer_desktop.client.events import Backoff
from streamer_desktop.desktop import palette
from streamer_desktop.desktop.chat.model import ChatModel
from streamer_desktop.desktop.chat.presenter import ChatPresenter
from streamer_desktop.desktop.formatting import zone_label
from streamer_desktop.desktop.language import Languages
from streamer_desktop.desktop.requests.board import AgendaBoard, Alarm
from streamer_desktop.desktop.requests.card_delegate import CardDelegate
from streamer_desktop.desktop.requests.clock_texts import ClockTexts
from streamer_desktop.desktop.schedule.presenter import StreamScheduler
from streamer_desktop.desktop.settings.dialog import SettingsDialog
from streamer_desktop.desktop.settings.presenter import SettingsPresenter
from streamer_desktop.desktop.settings.store import DesktopSettings
from streamer_desktop.desktop.shell import notifier as notifier_module
from streamer_desktop.desktop.shell.alerts import Alerts
from streamer_desktop.desktop.shell.connection import Connection
from streamer_desktop.desktop.shell.credentials import CredentialStore
from streamer_desktop.desktop.shell.icons import TrayState, tray_icon
from streamer_desktop.desktop.shell.main_window import MainWindow
from streamer_desktop.desktop.shell.notifier import BannerNotifier, Notifier
from streamer_desktop.desktop.shell.session import Session
from streamer_desktop.desktop.shell.tray import TrayMenu
from streamer_desktop.desktop.stream.presenter import StreamControl
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.desktop.team.handover import HandOver
from streamer_desktop.desktop.workspace import Workspace
from streamer_desktop.wire import BusinessSettings

if TYPE_CHECKING:
    from streamer_desktop.desktop.stream.live_video import LiveVideo

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class DesktopApp(QObject):
    """Owns the window and the presenters; :meth:`start` brings everything up."""

    def __init__(self, app: QApplication, settings: DesktopSettings,
                 credentials: CredentialStore, *, clock: Clock = system_clock,
                 notifier: Notifier | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 window: MainWindow | None = None,
                 languages: Languages | None = None,
                 alarm: Alarm | None = None) -> None:
        super().__init__()
        self._qt_app = app
        self.settings = settings
        self._credentials = credentials
        self._clock = clock
        self._alarm = alarm
        self.tasks = TaskGroup(on_error or self._show_error)
        self.languages = languages or Languages(app)
        if window is None:  # a window built by the caller has its language already
            self.languages.apply(settings.language)
        self.quit_event = asyncio.Event()
        self.api: ApiClient | None = None
        self.workspace: Workspace | None = None
        self.board: AgendaBoard | None = None
        self.scheduler: StreamScheduler | None = None
        self.stream_control: StreamControl | None = None
        self.hand_over: HandOver | None = None
        self.live_video: LiveVideo | None = None
        self._apply_appearance()  # before any window is shown
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._apply_appearance())
        self._connection: Connection | None = None
        self.tray_state = TrayState.NORMAL
        """What the tray icon shows: normal, a reminder due, or offline."""
        self._reminder_due = False
        self._online = True
        # The window may already be on screen (shown before the slower imports); the
        # lists get their board's models once signed in.
        if window is None:
            window = MainWindow(clock)
            window.restore_layout(*settings.window_layout)
        self.window = window
        self.window.liveView.clock = clock
        # The painters of cards and bubbles (the window is built before they are loaded).
        self.clock_texts = ClockTexts(clock, settings.time_zone, self._locale())
        for view in (self.window.myRequestsView, self.window.activeView):
            view.setItemDelegate(CardDelegate(self.clock_texts, view))
        # Once a minute: clocks on cards and in the chat header move on; days turn over.
        self._minute = QTimer(self)
        self._minute.setSingleShot(True)
        self._minute.timeout.connect(self._on_minute)
        self._aim_minute()
        self.window.keep_running_in_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.window.in_front_changed.connect(self._on_in_front)
        self.chat = ChatPresenter(self.window.chatView, self.tasks, settings.time_zone,
                                  self._locale(), clock, lambda: self.window.current_request_id,
                                  self)
        self._settings_editor = SettingsPresenter(
            settings, self.window, self.tasks,
            lambda: self.live_video is not None and self.live_video.live_count > 0, self)
        self.tray = self._make_tray() if QSystemTrayIcon.isSystemTrayAvailable() else None
        # Until start() has found what works here, notices go to the window.
        self.alerts = Alerts(self.window, settings, notifier or BannerNotifier(self.window, self),
                             self)
        self.alerts.reminded.connect(self._on_reminded)
        self._notifier_given = notifier is not None
        self.window.quit_requested.connect(self.quit_event.set)

    @property
    def chat_model(self) -> ChatModel:
        """The open chat's messages, as the chat view shows them."""
        return self.chat.model

    def _apply_appearance(self) -> None:
        """Light or dark, as chosen in Settings or (by default) as the system is."""
        scheme = palette.scheme_for(palette.Appearance(self.settings.appearance))
        if scheme is not palette.current_scheme() or not self._qt_app.styleSheet():
            palette.apply(self._qt_app, scheme)
            if self.board is not None:
                self.window.myRequestsView.viewport().update()
                self.window.activeView.viewport().update()

    def _locale(self) -> str:
        """The locale dates and times are written in (that of the app's language)."""
        return self.languages.locale_name or QLocale.system().name()

    # --- start and stop ----------------------------------------------------------------

    async def start(self, connection: Connection) -> bool:
        """Show the window, sign in and load; False when the user gave up signing in."""
        self.window.show()
        if not self._notifier_given:
            chosen = await notifier_module.choose(self.tasks, self.window, self.tray,
                                                  self.tr("Streamer desktop"), self)
            self.alerts.use(chosen)
            log.info("Notifications: %s", chosen.name)
        api = ApiClient(connection.url, language=self._locale)
        self.api = api
        self.window.openOutboxAction.setVisible(connection.outbox_dir is not None)
        self.window.openOutboxAction.setToolTip(str(connection.outbox_dir or ""))
        self._connection = connection
        session = Session(api, connection, self._credentials, self.window,
                          show_error=self._show_error, quit_event=self.quit_event, parent=self)
        if not await session.sign_in():
            return False
        workspace = Workspace(api, self.tasks, self, sign_in_again=session.sign_in_again)
        self.workspace = workspace
        board = AgendaBoard(workspace, self._clock, lambda: self.settings.time_zone,
                            self._locale, self, alarm=self._alarm)
        self.board = board
        self.window.activeView.setModel(board.active_model)
        self.window.myRequestsView.setModel(board.requests_model)
        self.scheduler = StreamScheduler(workspace, api, self.tasks, self._clock,
                                         lambda: self.settings.time_zone, self._locale,
                                         self.window)
        self.stream_control = StreamControl(self.window, workspace, board, self.tasks,
                                            self._clock, lambda: self.settings.time_zone,
                                            self._locale)
        self.hand_over = HandOver(self.window, workspace, self.tasks)
        from streamer_desktop.desktop.stream.live_video import (
            LiveVideo,  # its media loads when used
        )

        self.live_video = LiveVideo(self.window, workspace, api, self.tasks,
                                    lambda: self.settings.video_source, self)
        self._wire(workspace, board, session)
        if await workspace.load():
            self.window.set_loading(False)
        else:
            self.tasks.spawn(self._keep_loading(workspace))
        workspace.start_live()
        return True

    async def _keep_loading(self, workspace: Workspace) -> None:
        """The first load failed: try again, with growing pauses, saying so."""
        backoff = Backoff(first=1.0, most=30.0)
        while True:
            delay = backoff.next_delay()
            self.window.set_loading(True, self.tr(
                "The service cannot be reached. Trying again in {seconds} s…").format(
                    seconds=max(1, round(delay))))
            await asyncio.sleep(delay)
            self.window.set_loading(True)
            if await workspace.load():
                self.window.set_loading(False)
                self.window.forget_offline_notices()  # the failure they told of is over
                return

    async def run_until_quit(self) -> None:
        await self.quit_event.wait()

    async def shutdown(self) -> None:
        """Remember the window's layout, stop background work and close the connection
        to the service."""
        self.settings.window_layout = self.window.save_layout()
        if self.live_video is not None:
            await self.live_video.close()
        await self.tasks.cancel_all()
        if self.api is not None:
            await self.api.aclose()
        if self.tray is not None:
            self.tray.hide()
        self.window.close()

    # --- wiring ------------------------------------------------------------------------

    def _wire(self, workspace: Workspace, board: AgendaBoard, session: Session) -> None:
        window = self.window
        window.request_selected.connect(self._on_request_selected)
        window.send_requested.connect(
            lambda rid, text: self.tasks.spawn(workspace.send(rid, text)))
        window.sign_out_requested.connect(lambda: self.tasks.spawn(session.sign_out(workspace)))
        scheduler = self.scheduler
        assert scheduler is not None
        window.schedule_requested.connect(lambda rid: scheduler.open(rid))
        window.reschedule_requested.connect(lambda rid: scheduler.open(rid, reschedule=True))
        window.settings_requested.connect(lambda: self.tasks.spawn(self.edit_settings()))
        window.shop_requested.connect(self._open_shop)
        window.outbox_requested.connect(self._open_outbox)
        workspace.message_sent.connect(window.on_message_sent)
        self.chat.attach(workspace)
        workspace.settings_changed.connect(self._on_settings_changed)
        workspace.connection_changed.connect(window.set_online)
        workspace.connection_changed.connect(self._on_online)
        workspace.failed.connect(
            lambda text, offline: window.show_notice(text, until_online=offline))
        self.alerts.attach(workspace)
        workspace.requests_changed.connect(self._on_requests_changed)
        board.reminder_due.connect(self.alerts.remind)
        for model in (board.active_model, board.requests_model):
            model.dataChanged.connect(self._show_stream)
            model.layoutChanged.connect(self._show_stream)
            model.modelReset.connect(self._show_stream)

    def _on_online(self, online: bool) -> None:
        self._online = online
        self._show_tray_state()

    def _on_reminded(self) -> None:
        self._reminder_due = True
        self._show_tray_state()

    def _show_tray_state(self) -> None:
        state = (TrayState.OFFLINE if not self._online else
                 TrayState.REMINDER if self._reminder_due else TrayState.NORMAL)
        if state is not self.tray_state:
            self.tray_state = state
            if self.tray is not None:
                self.tray.setIcon(tray_icon(state))

    def _on_in_front(self, in_front: bool) -> None:
        """The open chat is read while the window is in front, and only then."""
        if self.workspace is not None:
            self.workspace.read(self.window.current_request_id if in_front else None)

    def _on_request_selected(self, request_id: int) -> None:
        self._reminder_due = False  # the streamer is at the window, attending to it
        self._show_tray_state()
        workspace = self.workspace
        if workspace is None or request_id not in workspace.requests:
            return
        request = workspace.requests[request_id]
        self.window.show_chat(request_id, request.customer.name,
                              self._customer_clock(request.customer.time_zone))
        self.chat.show(request_id)
        self._show_stream()
        workspace.read(request_id if self.window.isActiveWindow() else None)
        self.tasks.spawn(workspace.open_chat(request_id))

    def _customer_clock(self, zone: str) -> str:
        """"04:00 there · New York" while the customer's clock differs from the
        streamer's, else ""."""
        there = self.clock_texts.there(zone)
        return f"{there} · {zone_label(zone, self._locale())}" if there else ""

    def _aim_minute(self) -> None:
        now = self._clock()
        self._minute.start(60_000 - (now.second * 1000 + now.microsecond // 1000) + 5)

    def _on_minute(self) -> None:
        self._aim_minute()
        self.chat.model.check_day()
        request_id, workspace = self.window.current_request_id, self.workspace
        if workspace is not None and request_id in workspace.requests:
            self.window.show_customer_clock(
                self._customer_clock(workspace.requests[request_id].customer.time_zone))
        for view in (self.window.myRequestsView, self.window.activeView):
            view.viewport().update()

    def _show_stream(self, *_args: object) -> None:
        if self.stream_control is not None:
            self.stream_control.refresh()

    def _on_requests_changed(self) -> None:
        request_id, workspace = self.window.current_request_id, self.workspace
        if workspace is not None and request_id is not None and (
                request_id not in workspace.requests):
            self.window.close_chat()  # handed over: its chat is no longer this streamer's
            self.chat.show(None)
            self._show_stream()

    def _on_settings_changed(self, settings: BusinessSettings) -> None:
        self.window.set_schedule_available(settings.scheduled_streams_enabled)
        self._show_stream()

    async def edit_settings(self) -> None:
        """Open the settings dialog and apply what the streamer saves."""
        language = self.settings.language
        chosen = await self._settings_editor.edit()
        if chosen is None:
            return
        self._apply_appearance()
        if chosen.language != language:
            self.languages.apply(chosen.language)  # every window re-translates itself
        self.chat.use(chosen.time_zone, self._locale())
        self.clock_texts.use(chosen.time_zone, self._locale())
        if self.board is not None:
            self.board.retranslate()  # cards speak the new language, in the new zone

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        """The settings dialog while it is open."""
        return self._settings_editor.dialog

    def _open_shop(self) -> None:
        if self._connection is not None:
            QDesktopServices.openUrl(QUrl(self._connection.url + "/"))

    def _open_outbox(self) -> None:
        folder = self._connection.outbox_dir if self._connection is not None else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(tray_icon(TrayState.NORMAL), self)
        menu = TrayMenu(tray)
        menu.open_requested.connect(self._on_tray_open)
        menu.paused_changed.connect(self._set_paused)
        menu.quit_requested.connect(self.quit_event.set)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        self._tray_menu = menu
        return tray

    def _set_paused(self, paused: bool) -> None:
        self.alerts.paused = paused

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self._on_tray_open()  # a left click on the icon brings the window back

    def _on_tray_open(self) -> None:
        self.window.showNormal()
        self.window.activateWindow()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ServiceUnreachable):
            self.window.show_notice(self.tr("The service cannot be reached."), until_online=True)
        elif isinstance(error, ApiError):
            self.window.show_notice(error.message)
        else:
            self.window.show_notice(self.tr("Something went wrong: {error}").format(
                error=error))

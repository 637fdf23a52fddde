"""Signing in to the service: at start, again when the session ends, and out.

However many calls find the session ended at once, the streamer is asked once; the
window, its lists and any text being written stay as they are. The words belong to the
app's translation context (``DesktopApp``), where they began.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from streamer_desktop.client.api import ApiClient, ApiError, ServiceUnreachable
from streamer_desktop.desktop.shell.connection import Connection
from streamer_desktop.desktop.shell.credentials import CredentialStore
from streamer_desktop.desktop.shell.main_window import MainWindow
from streamer_desktop.desktop.shell.sign_in import SignInDialog
from streamer_desktop.desktop.workspace import Workspace


class Session(QObject):
    """The streamer's session with one service, kept in the keyring where one works."""

    def __init__(self, api: ApiClient, connection: Connection, credentials: CredentialStore,
                 window: MainWindow, *, show_error: Callable[[BaseException], None],
                 quit_event: asyncio.Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._connection = connection
        self._credentials = credentials
        self._window = window
        self._show_error = show_error
        self._quit = quit_event
        self._signing_in: asyncio.Future[None] | None = None

    async def sign_in(self) -> bool:
        """Sign in with what the connection or the keyring holds, else ask; False when
        the streamer gives up."""
        api, connection = self._api, self._connection
        if connection.email and connection.password:
            try:
                await api.login(connection.email, connection.password)
                return True
            except (ApiError, ServiceUnreachable) as exc:
                self._show_error(exc)
                return False
        api.token = await self._credentials.load(connection.url)
        if api.token:
            try:
                await api.me()
                return True
            except ApiError:
                api.token = None
            except ServiceUnreachable as exc:
                self._show_error(exc)
                return True  # keep the token; the workspace reconnects
        return await self._ask()

    async def sign_in_again(self, why: str = "") -> None:
        """Ask for e-mail and password again (one dialog however many ask), or quit."""
        if self._signing_in is None:
            self._signing_in = asyncio.ensure_future(self._sign_in_once(why))
        signing_in = self._signing_in
        try:
            await asyncio.shield(signing_in)
        finally:
            if signing_in.done() and self._signing_in is signing_in:
                self._signing_in = None

    async def sign_out(self, workspace: Workspace) -> None:
        """Sign out and offer to sign in again (as anyone); the app and the draft stay."""
        await workspace.sign_out()
        await self.sign_in_again(QCoreApplication.translate("DesktopApp", "You are signed out."))
        self._window.clear_notices()
        await workspace.reload()

    async def _sign_in_once(self, why: str) -> None:
        self._api.token = None
        await self._credentials.forget(self._api.base_url)
        self._window.show_notice(why or QCoreApplication.translate(
            "DesktopApp", "Your session has ended. Please sign in again."))
        if not await self._ask():
            self._quit.set()
            await asyncio.Event().wait()  # ended with the app

    async def _ask(self) -> bool:
        """Ask for e-mail and password until they work; False when the streamer gives up."""
        dialog = SignInDialog(self._connection.url, self._window)
        try:
            return await self._ask_until_signed_in(dialog)
        finally:
            dialog.deleteLater()

    async def _ask_until_signed_in(self, dialog: SignInDialog) -> bool:
        error = ""
        while True:
            answer = await dialog.ask(error)
            if answer is None:
                return False
            try:
                result = await self._api.login(*answer)
            except ApiError as exc:
                error = exc.message
                continue
            except ServiceUnreachable:
                error = QCoreApplication.translate(
                    "DesktopApp",
                    "The service cannot be reached. Check the address and your connection.")
                continue
            await self._credentials.save(self._connection.url, result.token)
            if not self._credentials.persistent:
                self._window.show_notice(QCoreApplication.translate(
                    "DesktopApp",
                    "No keyring works on this computer: you stay signed in until you quit."))
            return True

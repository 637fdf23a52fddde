"""The sign-in token, kept in the operating system's keyring and nowhere else.

Where no keyring works (a headless Linux box, say), the token is kept for
this session only, and ``persistent`` says so, so that the app can tell the
user; it never falls back to a plain file.
"""

from __future__ import annotations

import asyncio
import logging

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE_NAME = "streamer-desktop"


class CredentialStore:
    """Tokens by service URL. Keyring calls can block, so they run in a thread."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}
        self.persistent = True

    async def load(self, server_url: str) -> str | None:
        if server_url in self._session:
            return self._session[server_url]
        try:
            value: str | None = await asyncio.to_thread(
                keyring.get_password, SERVICE_NAME, server_url)
            return value
        except (KeyringError, RuntimeError) as exc:
            self._lost_keyring(exc)
            return None

    async def save(self, server_url: str, token: str) -> None:
        self._session[server_url] = token
        try:
            await asyncio.to_thread(keyring.set_password, SERVICE_NAME, server_url, token)
        except (KeyringError, RuntimeError) as exc:
            self._lost_keyring(exc)

    async def forget(self, server_url: str) -> None:
        self._session.pop(server_url, None)
        try:
            await asyncio.to_thread(keyring.delete_password, SERVICE_NAME, server_url)
        except (KeyringError, RuntimeError) as exc:
            log.info("Nothing removed from the keyring: %s", exc)

    def _lost_keyring(self, exc: Exception) -> None:
        log.warning("No working keyring (%s); the sign-in lasts for this session only", exc)
        self.persistent = False

"""Sending composed messages: over SMTP, or into a folder the user can open."""

from __future__ import annotations

import asyncio
import logging
import os
import re
from collections.abc import Awaitable, Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

import aiosmtplib

log = logging.getLogger(__name__)


Accepted = Callable[[], Awaitable[None]]
"""Called the moment the message is accepted, before the connection is closed: the outbox
records it as sent there, so a crash repeats a message only inside that moment."""


class Mailer(Protocol):
    """Delivers one message; raises on failure (the outbox tries again later)."""

    async def send(self, message: EmailMessage, accepted: Accepted) -> None: ...

    def describe(self) -> str: ...


class SmtpMailer:
    """Sends through the shop's SMTP server."""

    def __init__(self, host: str, port: int, *, username: str | None = None,
                 password: str | None = None, start_tls: bool = False,
                 use_tls: bool = False) -> None:
        self._host, self._port = host, port
        self._username, self._password = username, password
        self._start_tls, self._use_tls = start_tls, use_tls

    async def send(self, message: EmailMessage, accepted: Accepted) -> None:
        # The envelope names the one addressee of the structured To header, never what a
        # reparse of the headers might find.
        recipients = [address.addr_spec for address in message["To"].addresses]
        sender = message["From"].addresses[0].addr_spec
        client = aiosmtplib.SMTP(
            hostname=self._host, port=self._port, username=self._username,
            password=self._password, start_tls=self._start_tls or None,
            use_tls=self._use_tls, timeout=30)
        async with client:  # connects (and signs in); says QUIT on leaving
            await client.send_message(message, sender=sender, recipients=recipients)
            await accepted()  # recorded before QUIT's round trip, not after

    def describe(self) -> str:
        return f"SMTP server {self._host}:{self._port}"


class FolderMailer:
    """Writes each message as an ``.eml`` file: nothing leaves the machine unasked."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def send(self, message: EmailMessage, accepted: Accepted) -> None:
        await asyncio.to_thread(self._write, message)
        await accepted()

    def _write(self, message: EmailMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", str(message["Message-ID"]).strip("<>"))
        target = self.folder / f"{name}.eml"
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(message.as_bytes())
        os.replace(temporary, target)  # a reader never sees half a message

    def describe(self) -> str:
        return f"the folder {self.folder}"

"""A real SMTP server for tests (aiosmtpd), and the service wired to it."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.support.clock import T0, PinnedClock


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.recipients: list[list[str]] = []  # the SMTP envelope's, message by message
        self._lock = threading.Lock()

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        with self._lock:
            # Decoded as a mail client does (RFC 2047 subjects, for example).
            self.recipients.append(list(envelope.rcpt_tos))  # type: ignore[attr-defined]
            self.messages.append(email.message_from_bytes(
                envelope.content, policy=email.policy.default))  # type: ignore[attr-defined]
        return "250 OK"

    def of_kind(self, words: str) -> list[Message]:
        with self._lock:
            return [m for m in self.messages if words in str(m["Subject"])]


def plain_text(message: Message) -> str:
    """The text/plain body of an e-mail."""
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


class MailService:
    """The service with SMTP set, restartable on the same data folder."""

    def __init__(self, data_dir: Path, smtp_port: int, clock: PinnedClock) -> None:
        self.settings = ServiceSettings(host="127.0.0.1", port=0, data_dir=data_dir, demo=True,
                                        sweep_interval_s=0.05, smtp_host="127.0.0.1",
                                        smtp_port=smtp_port, mail_from="shop@example.com")
        self.clock = clock
        self.embedded: EmbeddedService | None = None
        self.url = ""

    def start(self) -> str:
        self.embedded = EmbeddedService(self.settings, clock=self.clock)
        self.url = self.embedded.start()
        return self.url

    def stop(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()


@pytest.fixture
def mail_service(tmp_path: Path, inbox: tuple[Inbox, int]) -> Iterator[MailService]:
    service = MailService(tmp_path / "service", inbox[1], PinnedClock(T0))
    service.start()
    yield service
    service.stop()

#!/usr/bin/env python3
"""Render the README's pictures from the demo shop at a fixed clock.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR]

Starts the service with its demo data and the desktop app against it, both on a clock
pinned to Thursday 26 November 2026, 09:00 UTC, with the streamer in Berlin. A customer
opens a chat, the streamer books a stream that the customer confirms, and another one
waits for a customer's answer. Then, in the light and the dark scheme, it saves:

- ``main-<scheme>.png``: the window, with the confirmed stream's chat open;
- ``chat-<scheme>.png``: that chat, with its appointment box;
- ``schedule-<scheme>.png``: *Schedule a stream* for another customer at a time that
  collides with the confirmed stream, so it shows the conflict notice;
- ``settings-<scheme>.png``: the settings.

Writes to ``docs/screenshots`` unless told otherwise (``--out``), in English unless told
otherwise (``--language``; ``QT_SCALE_FACTOR=2`` renders at twice the scale), and exits
non-zero when any picture could not be made. The test suite runs it, so the pictures stay current.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import httpx  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from streamer_desktop.desktop import palette  # noqa: E402
from streamer_desktop.desktop.settings.store import DesktopSettings  # noqa: E402
from streamer_desktop.desktop.shell.app import DesktopApp  # noqa: E402
from streamer_desktop.desktop.shell.connection import Connection  # noqa: E402
from streamer_desktop.desktop.shell.credentials import CredentialStore  # noqa: E402
from streamer_desktop.desktop.shell.notifier import Notifier  # noqa: E402
from streamer_desktop.service.server import EmbeddedService  # noqa: E402
from streamer_desktop.service.settings import ServiceSettings  # noqa: E402

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
STREAMER = ("anna@demo.shop", "streamer-demo")
ZONE = "Europe/Berlin"
SIZE = (1280, 800)


class Silent(Notifier):
    """Pictures need no pop-ups."""

    def notify(self, title: str, text: str, request_id: int) -> None:
        pass


def _save(widget: QWidget, path: Path) -> None:
    image = widget.grab().toImage()
    if image.isNull() or image.width() < 200 or image.height() < 150:
        raise RuntimeError(f"{path.name}: nothing was drawn")
    if not image.save(str(path)):
        raise RuntimeError(f"{path.name}: could not be written")


def _customer_books(url: str, streamer: httpx.Client) -> int:
    """A customer asks in the widget; the streamer answers and books; the customer
    confirms. Returns the request's id."""
    opened = httpx.post(f"{url}/api/widget/requests", json={
        "business": "demo-shop", "name": "Sofia Rossi", "time_zone": "America/New_York",
        "locale": "en-US",
        "message": "Hi! Could you show me the walnut sideboard live? I'd like to see the "
                   "grain and how the drawers close."}).json()
    token = opened["token"]
    request_id = next(r["id"] for r in streamer.get("/api/requests").json()
                      if r["customer"]["name"] == "Sofia Rossi")
    streamer.post(f"/api/requests/{request_id}/messages", json={
        "body": "Of course! I'm with another customer right now. Shall we do a short "
                "video stream in a few minutes?"}).raise_for_status()
    httpx.post(f"{url}/api/c/{token}/messages",
               json={"body": "Perfect, thank you."}).raise_for_status()
    streamer.post("/api/streams", json={
        "request_id": request_id, "starts_at": (NOW + timedelta(minutes=5)).isoformat(),
        "streamer_time_zone": ZONE}).raise_for_status()
    messages = httpx.get(f"{url}/api/c/{token}").json()["messages"]
    appointment = next(m for m in reversed(messages) if m.get("appointment"))
    httpx.post(f"{url}/api/a/{appointment['appointment']['token']}/confirm",
               json={"email": "sofia@example.com", "consent": True}).raise_for_status()
    return int(request_id)


def _the_morning(url: str) -> tuple[int, dict[str, int]]:
    """What happened before the pictures: one stream confirmed, another proposed.
    Returns the confirmed stream's request and every request's id by customer."""
    with httpx.Client(base_url=url, timeout=30) as streamer:
        token = streamer.post("/api/auth/login", json=dict(
            zip(("email", "password"), STREAMER, strict=True))).json()["token"]
        streamer.headers["Authorization"] = f"Bearer {token}"
        request_id = _customer_books(url, streamer)
        others = {r["customer"]["name"]: r["id"] for r in streamer.get("/api/requests").json()}
        streamer.post("/api/streams", json={
            "request_id": others["Aarav Thapa"],
            "starts_at": (NOW + timedelta(days=1, hours=6)).isoformat(),
            "streamer_time_zone": ZONE}).raise_for_status()
    return request_id, others


async def _settle(desktop: DesktopApp, seconds: float = 0.4) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def render(app: QApplication, out: Path, data: Path, language: str = "en"
                 ) -> list[Path]:
    service = EmbeddedService(ServiceSettings(host="127.0.0.1", port=0,
                                              data_dir=data / "service", demo=True),
                              clock=lambda: NOW)
    url = service.start()
    settings = DesktopSettings(QSettings(str(data / "desktop.ini"),
                                         QSettings.Format.IniFormat))
    settings.time_zone = ZONE
    settings.language = language
    settings.video_source = "test"  # the settings picture previews the test source
    desktop = DesktopApp(app, settings, CredentialStore(), clock=lambda: NOW,
                         notifier=Silent())
    written: list[Path] = []
    try:
        if not await desktop.start(Connection(url, *STREAMER)):
            raise RuntimeError("the app did not sign in to the demo shop")
        request_id, others = await asyncio.to_thread(_the_morning, url)
        window = desktop.window
        window.resize(*SIZE)
        window.show()
        await _settle(desktop, 1.0)
        workspace = desktop.workspace
        assert workspace is not None
        for _ in range(50):  # the live events of the bookings reach the window
            if request_id in workspace.requests and workspace.requests[request_id].stream:
                break
            await asyncio.sleep(0.1)
        for scheme in palette.Scheme:
            palette.apply(app, scheme)
            window.select_request(request_id)
            await _settle(desktop, 0.8)
            for name, widget in (("main", window), ("chat", window.chatView.parentWidget())):
                path = out / f"{name}-{scheme.value}.png"
                _save(widget, path)
                written.append(path)
            window.select_request(others["Mia Thompson"])
            await _settle(desktop)
            window.scheduleStreamAction.trigger()
            await _settle(desktop)
            dialog = desktop.scheduler.dialog if desktop.scheduler else None
            if dialog is None:
                raise RuntimeError("Schedule a stream did not open")
            path = out / f"schedule-{scheme.value}.png"
            _save(dialog, path)
            written.append(path)
            dialog.reject()
            desktop.tasks.spawn(desktop.edit_settings())
            await _settle(desktop)
            if desktop.settings_dialog is None:
                raise RuntimeError("the settings did not open")
            path = out / f"settings-{scheme.value}.png"
            _save(desktop.settings_dialog, path)
            written.append(path)
            desktop.settings_dialog.reject()
            await _settle(desktop)
    finally:
        await desktop.shutdown()
        service.stop()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots",
                        help="the folder to write the pictures to")
    parser.add_argument("--language", default="en",
                        help="the app's language: en (the README's), de, ru, or pseudo "
                             "(with STREAMER_PSEUDO_LOCALE=1) to check the layouts")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder, asyncio.Runner(
            loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        try:
            written = runner.run(render(app, options.out, Path(folder), options.language))
        except (RuntimeError, httpx.HTTPError) as error:
            print(f"screenshots: {error}", file=sys.stderr)
            return 1
    for path in written:
        size = QImage(str(path)).size()
        print(f"{path} ({size.width()}×{size.height()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

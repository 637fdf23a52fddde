"""The live picture, end to end on loopback: the desktop (offscreen, the test source)
starts a confirmed stream at its time; headless Chromium opens the stream page from the
join e-mail; the page's video decodes frames with sound; the desktop's live view shows
the self-view and that the customer watches; reloading the page brings the picture back;
a second browser takes over and the first takes it back; the streamer's connection
dropping for 10 s does not end the stream; ending it on the desktop shows "ended" on the
page, and closing the page shows the streamer that the customer left."""

from __future__ import annotations

import email
import email.policy
import re
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import qasync
from playwright.sync_api import Page
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.shell.app import Connection, DesktopApp
from streamer_desktop.desktop.stream.box import Presence
from streamer_desktop.video.readback import FIRST_PICTURE_JS, WATCH_JS
from tests.conftest import T0, RunningService
from tests.desktop.conftest import AppFactory
from tests.desktop.stream.test_manage_stream import _book, _open
from tests.support.api import STREAMER, wait_until
from tests.support.browser import BrowserThread
from tests.support.desktop import answer, run, until
from tests.support.proxy import CuttableProxy


def join_link(outbox: Path) -> str:
    """The stream page's link from the e-mail sent at the start."""

    def find() -> str | None:
        for path in outbox.glob("*.eml"):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            body = message.get_body(preferencelist=("plain",))
            match = body and re.search(r"(http\S+/stream/\S+)", body.get_content())
            if match:
                return match.group(1)
        return None

    return wait_until(find, what="the join e-mail")


def _with_test_picture(make_app: AppFactory, qtbot: QtBot, proxy: CuttableProxy
                       ) -> DesktopApp:
    """The app, signed in, streaming the test picture (as ``--video-source test``)."""
    desktop = make_app()
    desktop.settings.video_source_override = "test"
    assert run(qtbot, desktop.start(Connection(f"http://127.0.0.1:{proxy.port}", *STREAMER)))
    return desktop


def _go_live(desktop: DesktopApp, qtbot: QtBot, service: RunningService,
             streamer: httpx.Client) -> None:
    """Emily Carter's confirmed stream, started at its time from the stream box."""
    _book(service, streamer, 1, 1)
    _open(desktop, qtbot, 1, "confirmed")
    service.clock.set(T0 + timedelta(hours=1))
    until(qtbot, desktop.window.streamBox.startStreamButton.isVisible, what="Start")
    qtbot.mouseClick(desktop.window.streamBox.startStreamButton, Qt.MouseButton.LeftButton)
    answer(qtbot, desktop.window, "startStreamQuestion", "startStreamQuestionYes")
    until(qtbot, desktop.window.liveView.isVisible, what="the live view")


def _watch(page: Page, seconds: float = 3.0) -> dict[str, Any]:
    page.evaluate(FIRST_PICTURE_JS, 20_000)
    seen: dict[str, Any] = page.evaluate(WATCH_JS, int(seconds * 1000))
    return seen


def test_the_customer_watches_the_stream_and_sees_it_end(
    make_app: AppFactory, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client, proxy: CuttableProxy, browser: BrowserThread,
) -> None:
    desktop = _with_test_picture(make_app, qtbot, proxy)
    _go_live(desktop, qtbot, service, streamer)
    view = desktop.window.liveView
    until(qtbot, lambda: not view.liveSelfView.pixmap().isNull(), what="the self-view")
    assert view.livePresenceLabel.text() == "Waiting for Emily Carter to open the stream page…"
    link = join_link(service.data_dir / "outbox")

    watched, ended = threading.Event(), threading.Event()
    seen: dict[str, Any] = {}

    def customer(page: Page) -> str:
        page.goto(link)
        seen["first"] = _watch(page)
        page.get_by_role("button", name="Turn on sound").click()
        seen["sound"] = page.evaluate("document.querySelector('#stream-video').muted")
        page.reload()  # the page comes back to the same stream
        seen["again"] = _watch(page)
        # The link opened in a second browser takes over; the first says so, and takes
        # it back when asked.
        elsewhere = page.context.browser.new_context()  # type: ignore[union-attr]
        second = elsewhere.new_page()
        second.goto(link)
        seen["second"] = _watch(second, 1.0)
        page.locator("#stream-note", has_text="another window or browser").wait_for()
        elsewhere.close()
        page.get_by_role("button", name="Watch here").click()
        seen["back"] = _watch(page, 1.0)
        watched.set()
        assert ended.wait(60)
        page.locator("#stream-state[data-state=ended]").wait_for(timeout=20_000)
        return page.locator("#stream-state").inner_text()

    done = browser.submit(customer)
    until(qtbot, lambda: watched.is_set() or done.done(), timeout=90,
          what="the customer to watch")
    if done.done():
        done.result()  # raises what went wrong in the page
    for visit in ("second", "back"):
        assert seen[visit]["frames"] >= 20, seen[visit]
    for visit in ("first", "again"):
        figures = seen[visit]
        assert figures["frames"] >= 60, figures  # 3 s at 30 frames a second, nearly all
        assert (figures["width"], figures["height"]) == (1280, 720), figures
        assert figures["audio"] == 1, figures
        assert figures["latencies"], figures
        assert max(figures["latencies"]) < 1000, figures  # the clock read back: glass to glass
    assert seen["first"]["muted"]  # sound off until the customer turns it on
    assert seen["sound"] is False
    stream_id = desktop.workspace.requests[1].stream.id
    live_video = desktop.live_video
    assert live_video is not None
    until(qtbot, lambda: live_video.presence_of(stream_id) is Presence.WATCHING,
          what="watching")
    assert view.livePresenceLabel.text() == "Emily Carter is watching."
    broadcaster = live_video.streaming(stream_id)
    assert broadcaster is not None
    assert len(broadcaster.viewings) == 1  # one page at a time is served

    qtbot.mouseClick(view.endStreamButton, Qt.MouseButton.LeftButton)
    answer(qtbot, desktop.window, "endStreamQuestion", "endStreamQuestionYes")
    ended.set()
    until(qtbot, done.done, timeout=60, what="the page to show the end")
    assert "The live video has ended." in done.result()
    until(qtbot, lambda: live_video.streaming(stream_id) is None, what="the media to stop")


def test_the_picture_comes_back_after_the_streamers_connection_drops(
    make_app: AppFactory, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client, proxy: CuttableProxy, browser: BrowserThread,
) -> None:
    """The streamer's connection to the service drops for 10 s while the customer's page
    loses the picture and asks again; once it is back, the page gets an offer and the
    picture, and the stream never ended."""
    desktop = _with_test_picture(make_app, qtbot, proxy)
    _go_live(desktop, qtbot, service, streamer)
    link = join_link(service.data_dir / "outbox")
    watching, asked_again, back = threading.Event(), threading.Event(), threading.Event()
    watching_again, checked = threading.Event(), threading.Event()
    seen: dict[str, Any] = {}

    def customer(page: Page) -> None:
        page.goto(link)
        seen["before"] = _watch(page, 1.0)
        watching.set()
        assert back.wait(60)  # the streamer is offline: the page is reloaded meanwhile
        page.reload()
        page.locator("#stream-note", has_text="Connecting").wait_for()
        asked_again.set()
        page.evaluate(FIRST_PICTURE_JS, 40_000)
        seen["after"] = _watch(page)
        watching_again.set()
        assert checked.wait(30)  # the page stays open while the desktop is looked at

    done = browser.submit(customer)
    until(qtbot, lambda: watching.is_set() or done.done(), timeout=60, what="the picture")
    proxy.cut()
    until(qtbot, lambda: not desktop.workspace.online, what="the desktop offline")
    cut_at = time.monotonic()
    back.set()
    until(qtbot, lambda: asked_again.is_set() or done.done(), timeout=30, what="a new join")
    until(qtbot, lambda: time.monotonic() - cut_at >= 10, timeout=15, what="ten seconds")
    proxy.restore()
    until(qtbot, lambda: watching_again.is_set() or done.done(), timeout=60,
          what="the picture again")
    assert seen["after"]["frames"] >= 60, seen["after"]
    assert desktop.workspace.requests[1].stream.status == "live"
    until(qtbot, lambda: desktop.window.liveView.livePresenceLabel.text()
          == "Emily Carter is watching.", what="the customer watching")
    checked.set()
    until(qtbot, done.done, what="the page to close")
    done.result()
    until(qtbot, lambda: desktop.window.liveView.livePresenceLabel.text()
          == "Emily Carter left the stream page.", what="the customer gone")


def test_without_a_camera_the_live_view_says_so_and_offers_the_test_picture(
    desktop: DesktopApp, qtbot: QtBot, loop: qasync.QEventLoop, service: RunningService,
    streamer: httpx.Client,
) -> None:
    """This machine has no camera, and nothing chose another source."""
    _go_live(desktop, qtbot, service, streamer)
    view = desktop.window.liveView
    until(qtbot, view.liveSourceNotice.isVisible, what="the notice")
    assert view.liveSourceNotice.text().startswith("No camera was found on this computer.")
    assert view.liveSelfView.text() == "No picture"
    qtbot.mouseClick(view.useTestSourceButton, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: not view.liveSelfView.pixmap().isNull(), what="the test picture")
    assert not view.liveSourceNotice.isVisible()
    assert not view.useTestSourceButton.isVisible()

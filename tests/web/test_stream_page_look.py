"""The stream page while live, as a customer sees it on a computer and on a phone.

The picture gets the width, the state is a quiet line (not a red heading), full screen
is offered, a phone on its side shows the picture on the whole screen with the chat
one tap away, and the appointment box offers no cancel while the stream is live (the
service would refuse it). Screenshots go to ``STREAM_PAGE_SHOTS`` when it is set.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.conftest import T0, RunningService
from tests.service.test_lifecycle import _appointment_token, _conversation_token
from tests.support.api import schedule
from tests.support.browser import BrowserThread

SIZES = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
              "device_scale_factor": 2},
    "phone-landscape": {"viewport": {"width": 844, "height": 390}, "is_mobile": True,
                        "has_touch": True, "device_scale_factor": 2},
}


def _live_stream_page(service: RunningService, streamer: httpx.Client, request_id: int) -> str:
    start = T0 + timedelta(hours=1)
    stream = schedule(streamer, request_id, start).json()
    token = _appointment_token(service, streamer, request_id)
    confirmed = httpx.post(f"{service.url}/api/a/{token}/confirm",
                           json={"email": "jonas@example.com", "consent": True})
    assert confirmed.status_code == 200, confirmed.text
    service.clock.set(start - timedelta(minutes=5))
    assert streamer.post(f"/api/streams/{stream['id']}/start").status_code == 200
    return f"{service.url}/stream/{_conversation_token(service, streamer, request_id)}"


def _shot(page: Page, name: str) -> None:
    folder = os.environ.get("STREAM_PAGE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"stream-{name}.png"))


@pytest.mark.parametrize("size", list(SIZES))
def test_the_live_stream_page(browser: BrowserThread, service: RunningService,
                              streamer: httpx.Client, size: str) -> None:
    url = _live_stream_page(service, streamer, 3)
    width = SIZES[size]["viewport"]["width"]  # type: ignore[index]
    height = SIZES[size]["viewport"]["height"]  # type: ignore[index]

    def look(page: Page) -> None:
        page.goto(url)
        state = page.locator("#stream-state")
        expect(state).to_have_attribute("data-state", "live")
        screen = page.locator(".stream-screen")
        expect(screen).to_be_visible()
        # The appointment box says it is live, and offers no cancel.
        box = page.locator("#stream-chat .appointment-box")
        expect(box).to_have_attribute("data-status", "live")
        expect(box).to_contain_text("Live now")
        expect(page.get_by_role("button", name="Cancel the appointment")).to_have_count(0)
        expect(box.get_by_role("link", name="Calendar file (.ics)")).to_have_count(0)
        # A quiet line, not a red heading.
        expect(state.get_by_role("heading")).to_have_count(0)
        colour = state.locator(".live-line").evaluate("e => getComputedStyle(e).color")
        assert colour == "rgb(31, 35, 40)", colour
        frame = screen.bounding_box()
        assert frame is not None
        if size == "phone-landscape":
            expect(state).to_be_hidden()
            assert frame["height"] >= height - 1  # the picture fills the screen
            chat = page.get_by_role("link", name="Chat")
            expect(chat).to_be_visible()
            _shot(page, size)
            chat.click()
            expect(page.get_by_label("Write a message…")).to_be_in_viewport()
            return
        expect(page.get_by_role("button", name="Full screen")).to_be_visible()
        line = state.bounding_box()
        assert line is not None
        if size == "phone":
            assert frame["width"] == width  # edge to edge
            assert line["height"] <= height * 0.06, line  # a line, not a fifth of the screen
            assert frame["y"] < height * 0.12
        else:
            assert frame["width"] >= width * 0.55  # the picture has most of the width
            assert line["height"] <= 40
        _shot(page, size)

    browser.run(look, **SIZES[size])

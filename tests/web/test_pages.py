"""The stream page (waiting, live, ended), the admin page, coming back to a chat, and a
phone-sized screen."""

from __future__ import annotations

from datetime import timedelta

import httpx
from playwright.sync_api import Page, expect

from tests.conftest import T0, RunningService
from tests.service.test_lifecycle import _appointment_token, _conversation_token
from tests.support.api import ADMIN, STREAMER, schedule, sign_in
from tests.support.browser import BrowserThread

PHONE = {"viewport": {"width": 375, "height": 667}, "is_mobile": True, "has_touch": True}


def test_stream_page_waits_then_goes_live(browser: BrowserThread, service: RunningService,
                                          streamer: httpx.Client) -> None:
    start = T0 + timedelta(hours=1)
    stream = schedule(streamer, 3, start).json()
    token = _appointment_token(service, streamer, 3)
    httpx.post(f"{service.url}/api/a/{token}/confirm",
               json={"email": "jonas@example.com", "consent": True})
    conversation = _conversation_token(service, streamer, 3)

    def watch(page: Page) -> None:
        page.goto(f"{service.url}/stream/{conversation}")
        state = page.locator("#stream-state")
        expect(state).to_have_attribute("data-state", "waiting")
        service.clock.set(start - timedelta(minutes=5))
        assert streamer.post(f"/api/streams/{stream['id']}/start").status_code == 200
        expect(state).to_have_attribute("data-state", "live")
        expect(page.locator("#stream-chat .messages li").last).to_contain_text(
            "The live video has started.")
        page.get_by_label("Write a message…").fill("I'm here!")
        page.get_by_role("button", name="Send").click()
        expect(page.locator("#stream-chat .messages li").last).to_have_text("I'm here!")
        assert streamer.post(f"/api/streams/{stream['id']}/complete").status_code == 200
        expect(state).to_have_attribute("data-state", "ended")
        expect(state.get_by_role("heading")).to_have_text("The live video has ended.")
        expect(page.locator("#stream-chat .messages li").last).to_have_text(
            "The live video has ended.")

    browser.run(watch)


def test_admin_switch_is_at_the_bottom_of_content_and_changes_the_setting(
    browser: BrowserThread, service: RunningService
) -> None:
    def switch_off(page: Page) -> None:
        page.goto(f"{service.url}/admin")
        page.get_by_label("E-mail").fill(ADMIN[0])
        page.get_by_label("Password").fill("wrong")
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("alert")).to_have_text("The e-mail or the password is wrong.")
        page.get_by_label("E-mail").fill(ADMIN[0])
        page.get_by_label("Password").fill(ADMIN[1])
        page.get_by_role("button", name="Sign in").click()
        content = page.get_by_role("region", name="Content")
        switch = content.get_by_role("switch", name="Scheduled stream")
        expect(switch).to_be_checked()
        # The switch is the last control of the Content section.
        last = content.locator("input").last
        assert last.get_attribute("id") == "scheduled-stream-switch"
        switch.uncheck()
        expect(content.get_by_role("status")).to_have_text("Saved.")

    browser.run(switch_off)
    with sign_in(service.url, *STREAMER) as streamer:
        assert streamer.get("/api/business/settings").json()[
            "scheduled_streams_enabled"] is False


def test_streamer_cannot_use_the_admin_page(browser: BrowserThread,
                                            service: RunningService) -> None:
    def try_it(page: Page) -> None:
        page.goto(f"{service.url}/admin")
        page.get_by_label("E-mail").fill(STREAMER[0])
        page.get_by_label("Password").fill(STREAMER[1])
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("alert")).to_contain_text("Only an administrator")

    browser.run(try_it)


def test_coming_back_finds_the_same_conversation(browser: BrowserThread,
                                                 service: RunningService) -> None:
    def first_visit_then_return(page: Page) -> str:
        page.goto(service.url + "/")
        page.get_by_role("button", name="Chat with a consultant").click()
        page.get_by_label("Your name").fill("Lena")
        page.get_by_label("How can we help?").fill("Do you have it in grey?")
        page.get_by_role("button", name="Start chat").click()
        expect(page.locator(".messages li").first).to_have_text("Do you have it in grey?")
        link = page.locator(".conversation-link").get_attribute("href")
        page.reload()  # the browser's storage brings the same chat back
        page.get_by_role("button", name="Chat with a consultant").click()
        expect(page.locator(".messages li").first).to_have_text("Do you have it in grey?")
        assert link is not None
        return link

    link = browser.run(first_visit_then_return)

    def from_the_link_elsewhere(page: Page) -> None:  # a new browser profile
        page.goto(link)
        expect(page.locator(".messages li").first).to_have_text("Do you have it in grey?")

    browser.run(from_the_link_elsewhere)


def test_phone_sized_screen_and_keyboard(browser: BrowserThread, service: RunningService) -> None:
    def on_a_phone(page: Page) -> None:
        page.goto(service.url + "/")
        expect(page.get_by_role("button", name="Chat with a consultant")).to_be_visible()
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Chat with a consultant")).to_be_focused()
        page.keyboard.press("Enter")
        panel = page.locator("#chat-panel")
        expect(panel).to_be_visible()
        box = panel.bounding_box()
        assert box is not None
        assert box["width"] == 375  # the panel takes the whole phone screen
        expect(page.get_by_label("Your name")).to_be_focused()
        page.keyboard.type("Sam")
        page.keyboard.press("Tab")
        page.keyboard.type("Hi from my phone")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        expect(page.locator(".messages li").first).to_have_text("Hi from my phone")
        page.screenshot(path="/tmp/widget-phone.png")

    browser.run(on_a_phone, **PHONE)


def test_unknown_appointment_token_shows_a_clear_message(browser: BrowserThread,
                                                         service: RunningService) -> None:
    def visit(page: Page) -> None:
        page.goto(f"{service.url}/appointment/{'0' * 32}.forged-token-value")
        expect(page.get_by_role("alert")).to_have_text("The appointment was not found.")

    browser.run(visit)


def test_widget_speaks_the_browsers_language(browser: BrowserThread,
                                             service: RunningService) -> None:
    def in_german(page: Page) -> None:
        page.goto(service.url + "/")
        page.get_by_role("button", name="Mit einer Beraterin chatten").click()
        expect(page.get_by_label("Wie können wir helfen?")).to_be_visible()
        expect(page.get_by_role("button", name="Chat beginnen")).to_be_visible()

    browser.run(in_german, locale="de-DE")

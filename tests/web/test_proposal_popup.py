"""The customer's confirmation pop-up, the appointment's cancel, the launcher's badge and
the page language, in Chromium at a desktop and a phone size.

A screenshot of each state is kept in ``test-artifacts/web/`` (or the folder named by
``STREAMER_TEST_ARTIFACTS``) for a person to look at.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.conftest import T0, RunningService
from tests.service.test_lifecycle import _appointment_token
from tests.support.api import schedule
from tests.support.browser import BrowserThread

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("STREAMER_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "web"

SIZES = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def _fully_in_view(page: Page, selector: str) -> None:
    """Every element matching ``selector`` is inside the viewport and is what a click at its
    middle reaches (nothing covers it, no scrolling needed)."""
    visible = page.evaluate("""(selector) => [...document.querySelectorAll(selector)].map((n) => {
        const r = n.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { text: n.textContent, inside: r.top >= 0 && r.left >= 0 && r.width > 0 &&
                 r.bottom <= innerHeight && r.right <= innerWidth,
                 reached: hit === n || n.contains(hit) };
    })""", selector)
    assert visible, selector
    for item in visible:
        assert item["inside"], f"{selector} {item['text']!r} is outside the window"
        assert item["reached"], f"{selector} {item['text']!r} is covered"


def _open_chat(page: Page, url: str, name: str) -> None:
    page.goto(url + "/")
    page.get_by_role("button", name="Chat with a consultant").click()
    page.get_by_label("Your name").fill(name)
    page.get_by_label("How can we help?").fill("Hi")
    page.get_by_role("button", name="Start chat").click()
    expect(page.locator(".messages li").first).to_have_text("Hi")


def _request_of(streamer: httpx.Client, name: str) -> int:
    return int(next(r["id"] for r in streamer.get("/api/requests").json()
                    if r["customer"]["name"] == name))


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_proposal_is_a_dialog_whose_consent_and_buttons_are_always_in_view(
    browser: BrowserThread, service: RunningService, streamer: httpx.Client, size: str
) -> None:
    name = f"Popup {size}"

    def propose_and_answer(page: Page) -> None:
        _open_chat(page, service.url, name)
        composer = page.get_by_label("Write a message…")
        composer.focus()
        assert schedule(streamer, _request_of(streamer, name),
                        T0 + timedelta(days=1)).status_code == 201
        dialog = page.get_by_role("dialog", name="Live video proposed")
        expect(dialog).to_be_visible()
        assert dialog.get_attribute("aria-modal") == "true"
        expect(page.get_by_label("Your e-mail")).to_be_focused()  # focus moved in
        assert page.evaluate("getComputedStyle(document.querySelector('.popup'))"
                             ".backgroundColor") == "rgb(255, 255, 255)"  # opaque
        _fully_in_view(page, ".popup .consent input")
        _fully_in_view(page, ".popup .actions button")
        expect(dialog.get_by_role("button", name="Decline this time")).to_be_visible()
        expect(dialog.get_by_role("button", name="Decide later")).to_be_visible()
        _shot(page, f"proposal-{size}")

        # Tab goes round the dialog's controls and never leaves it.
        for _ in range(12):
            page.keyboard.press("Tab")
            assert page.evaluate("document.querySelector('.popup').contains("
                                 "document.activeElement)")
        page.get_by_label("Your e-mail").focus()
        page.keyboard.press("Shift+Tab")
        assert page.evaluate("document.activeElement.textContent") == "Confirm"

        # Confirming without consent says why, at the box.
        page.get_by_label("Your e-mail").fill("kim@example.com")
        dialog.get_by_role("button", name="Confirm").click()
        alert = dialog.get_by_role("alert")
        expect(alert).to_contain_text("without your consent")
        expect(page.get_by_role("checkbox")).to_be_focused()
        assert page.get_by_role("checkbox").get_attribute("aria-invalid") == "true"
        _fully_in_view(page, ".popup .actions button")
        _shot(page, f"proposal-no-consent-{size}")

        # "Decide later" closes it and gives the focus back.
        page.keyboard.press("Escape")
        expect(dialog).to_be_hidden()
        expect(composer).to_be_focused()
        page.get_by_role("button", name="Review the proposal").click()
        expect(dialog).to_be_visible()
        expect(page.get_by_label("Your e-mail")).to_have_value("kim@example.com")  # kept
        page.get_by_role("checkbox").check()
        dialog.get_by_role("button", name="Confirm").click()
        expect(page.locator(".appointment-box")).to_be_visible()
        expect(dialog).to_be_hidden()
        _shot(page, f"appointment-{size}")

        # Cancelling asks once.
        page.get_by_role("button", name="Cancel the appointment").click()
        question = page.locator(".cancel-question")
        expect(question).to_have_text(re.compile(r"^Cancel your live video on .+\?$"))
        expect(page.get_by_role("button", name="No, keep it")).to_be_focused()
        _shot(page, f"cancel-question-{size}")
        page.get_by_role("button", name="No, keep it").click()
        expect(page.get_by_role("button", name="Cancel the appointment")).to_be_focused()
        page.get_by_role("button", name="Cancel the appointment").click()
        page.get_by_role("button", name="Yes, cancel it").click()
        expect(page.locator(".messages li").last).to_have_text("The appointment was cancelled.")

    browser.run(propose_and_answer, **SIZES[size])


def test_a_moved_time_is_confirmed_in_one_click(
    browser: BrowserThread, service: RunningService, streamer: httpx.Client
) -> None:
    def confirm_then_move(page: Page) -> None:
        _open_chat(page, service.url, "Mover")
        request_id = _request_of(streamer, "Mover")
        stream = schedule(streamer, request_id, T0 + timedelta(days=1)).json()
        page.get_by_label("Your e-mail").fill("mover@example.com")
        page.get_by_role("checkbox").check()
        page.get_by_role("button", name="Confirm").click()
        expect(page.locator(".appointment-box")).to_be_visible()
        moved = streamer.post(f"/api/streams/{stream['id']}/reschedule",
                              json={"starts_at": (T0 + timedelta(days=2)).isoformat()})
        assert moved.status_code == 201
        dialog = page.get_by_role("dialog", name="New time proposed")
        expect(dialog).to_be_visible()
        expect(dialog).to_contain_text("mover@example.com")
        expect(dialog.get_by_label("Your e-mail")).to_have_count(0)  # nothing to type again
        confirm = dialog.get_by_role("button", name="Confirm the new time")
        expect(confirm).to_be_focused()
        _shot(page, "moved-one-click")
        confirm.click()
        expect(page.locator(".appointment-box")).to_be_visible()
        assert streamer.get("/api/requests").json()[0]["stream"]["status"] == "confirmed"

    browser.run(confirm_then_move, **SIZES["desktop"])


def test_a_cancelled_appointment_page_reads_well(
    browser: BrowserThread, service: RunningService, streamer: httpx.Client
) -> None:
    schedule(streamer, 2, T0 + timedelta(hours=5))
    token = _appointment_token(service, streamer, 2)
    httpx.post(f"{service.url}/api/a/{token}/confirm",
               json={"email": "lucas@example.com", "consent": True})

    def cancel_it(page: Page) -> None:
        page.goto(f"{service.url}/appointment/{token}")
        page.get_by_role("button", name="Cancel the appointment").click()
        page.get_by_role("button", name="Yes, cancel it").click()
        expect(page.locator(".state")).to_have_text("The appointment was cancelled.")
        text = page.locator("main").inner_text()
        assert "null" not in text
        assert "undefined" not in text
        expect(page.get_by_role("button", name="Cancel the appointment")).to_have_count(0)
        _shot(page, "appointment-cancelled")

    browser.run(cancel_it, **SIZES["phone"])


def test_the_page_language_follows_what_is_shown(
    browser: BrowserThread, service: RunningService
) -> None:
    def read(page: Page) -> str:
        page.goto(service.url + "/")
        # (wait_for_function polls by evaluating a string, which the page's CSP forbids)
        page.locator("#chat-button").wait_for()
        return str(page.evaluate("document.documentElement.lang"))

    assert browser.run(read, locale="de-DE") == "de"
    assert browser.run(read, locale="ru-RU") == "ru"
    assert browser.run(read, locale="fr-FR") == "en"  # shown in English, said so


def test_the_closed_chat_shows_what_arrived_on_the_launcher(
    browser: BrowserThread, service: RunningService, streamer: httpx.Client
) -> None:
    def come_back_later(page: Page) -> None:
        _open_chat(page, service.url, "Badge")
        request_id = _request_of(streamer, "Badge")
        page.reload()  # the chat is closed now, and listening
        launcher = page.locator("#chat-button")
        expect(launcher).to_have_attribute("aria-expanded", "false")
        title = page.title()
        expect(launcher.locator(".badge")).to_have_attribute("hidden", "")
        streamer.post(f"/api/requests/{request_id}/messages", json={"body": "Still there?"})
        expect(launcher.locator(".badge")).to_have_text("1")
        expect(page).to_have_title(f"(1) {title}")
        expect(launcher).to_have_accessible_name("Chat with a consultant (1 new)")
        schedule(streamer, request_id, T0 + timedelta(days=1))
        expect(launcher.locator(".badge")).to_have_text("2")  # and the proposal
        _shot(page, "launcher-badge")
        launcher.click()
        expect(launcher.locator(".badge")).to_have_attribute("hidden", "")
        expect(page).to_have_title(title)
        expect(page.get_by_role("dialog", name="Live video proposed")).to_be_visible()

    browser.run(come_back_later, **SIZES["desktop"])

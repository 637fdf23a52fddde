"""The customer's journey in a real browser against the real service and SMTP server."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import httpx
from icalendar import Calendar
from playwright.sync_api import Page, expect

from tests.conftest import T0
from tests.support.api import STREAMER, schedule, sign_in, wait_until
from tests.support.browser import BrowserThread
from tests.support.mail import Inbox, MailService, plain_text

NAME = "<script>alert('x')</script> Ann"
FIRST = "Hello <b>there</b>, is the lamp dimmable?"


def _newest_request(streamer: httpx.Client) -> dict[str, object]:
    newest: dict[str, object] = streamer.get("/api/requests").json()[0]
    return newest


def test_customer_journey(browser: BrowserThread, mail_service: MailService,
                          inbox: tuple[Inbox, int], tmp_path: Path) -> None:
    url = mail_service.url
    box = inbox[0]
    streamer = sign_in(url, *STREAMER)
    start = T0 + timedelta(days=1, hours=2)

    def open_request_and_chat(page: Page) -> str:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url + "/")
        page.get_by_role("button", name="Chat with a consultant").click()
        page.get_by_label("Your name").fill(NAME)
        page.get_by_label("How can we help?").fill(FIRST)
        page.get_by_role("button", name="Start chat").click()
        expect(page.locator(".messages li").first).to_have_text(FIRST)
        assert page.locator(".messages b").count() == 0  # shown as text, not markup
        request = _newest_request(streamer)
        assert request["customer"]["name"] == NAME  # type: ignore[index]
        # The streamer answers; the message arrives live.
        streamer.post(f"/api/requests/{request['id']}/messages", json={"body": "Yes, it is!"})
        expect(page.locator(".messages li").last).to_have_text("Yes, it is!")
        page.get_by_label("Write a message…").fill("Can I see it live?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".messages li").last).to_have_text("Can I see it live?")

        # The streamer proposes a time; the pop-up asks for e-mail and consent.
        assert schedule(streamer, int(str(request["id"])), start).status_code == 201
        proposal = page.locator(".proposal")
        expect(proposal).to_be_visible()
        expect(proposal.locator(".when")).to_contain_text("March")  # written by the service
        confirm = proposal.get_by_role("button", name="Confirm")
        proposal.get_by_label("Your e-mail").fill("not an address")
        confirm.click()
        expect(proposal.get_by_role("alert")).to_have_text("Please enter a valid e-mail address.")
        proposal.get_by_label("Your e-mail").fill("ann@example.com")
        confirm.click()  # no consent yet: refused in the browser, saying why
        expect(proposal.get_by_role("alert")).to_contain_text("without your consent")
        proposal.get_by_role("checkbox").check()
        confirm.click()

        # The appointment box, with its calendar file.
        appointment = page.locator(".appointment-box")
        expect(appointment).to_be_visible()
        expect(page.locator(".proposal")).to_be_hidden()
        expect(appointment.get_by_role("link", name="Google Calendar")).to_have_attribute(
            "href", re.compile(r"dates=\d{8}T\d{6}Z%2F\d{8}T\d{6}Z"))
        with page.expect_download() as download:
            appointment.get_by_role("link", name="Calendar file (.ics)").click()
        target = tmp_path / "live-video.ics"
        download.value.save_as(target)
        assert not dialogs  # no script from the customer's name ever ran
        return str(request["id"])

    request_id = browser.run(open_request_and_chat)
    calendar = Calendar.from_ical((tmp_path / "live-video.ics").read_bytes())
    event = calendar.walk("VEVENT")[0]
    assert str(calendar["method"]) == "REQUEST"
    assert event.decoded("dtstart") == start

    # The streamer sees the confirmation; the customer gets the e-mail.
    stream = next(r for r in streamer.get("/api/requests").json()
                  if str(r["id"]) == request_id)["stream"]
    assert stream["status"] == "confirmed"
    wait_until(lambda: box.of_kind("appointment"), what="the confirmation e-mail")
    text = plain_text(box.of_kind("appointment")[0])
    manage = re.search(r"https?://\S+/appointment/\S+", text)
    assert manage is not None

    def cancel_from_the_appointment_page(page: Page) -> None:
        page.goto(manage.group(0))
        expect(page.locator(".when")).not_to_be_empty()
        page.get_by_role("button", name="Cancel the appointment").click()
        page.get_by_role("button", name="Yes, cancel it").click()
        expect(page.locator(".state")).to_have_text("The appointment was cancelled.")

    browser.run(cancel_from_the_appointment_page)
    stream = next(r for r in streamer.get("/api/requests").json()
                  if str(r["id"]) == request_id)["stream"]
    assert stream["status"] == "cancelled"
    assert stream["cancelled_by"] == "customer"
    wait_until(lambda: box.of_kind("Cancelled"), what="the cancellation e-mail")
    streamer.close()


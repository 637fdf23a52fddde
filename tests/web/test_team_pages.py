"""The admin's team pages in Chromium: inviting, the one-time link, disabling with
handover (the customer told), reassigning a request, and the audit log."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect

from tests.conftest import RunningService
from tests.service.test_lifecycle import _conversation_token
from tests.support.api import ADMIN, STREAMER, sign_in, wait_until
from tests.support.browser import BrowserThread

PHONE = {"viewport": {"width": 375, "height": 667}, "is_mobile": True, "has_touch": True}


def _sign_in_as_admin(page: Page, url: str) -> None:
    page.goto(f"{url}/admin")
    page.get_by_label("E-mail").fill(ADMIN[0])
    page.get_by_label("Password").fill(ADMIN[1])
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("navigation", name="Settings sections")).to_be_visible()


def account_link(outbox: Path, to: str) -> str:
    """The one-time link of the newest e-mail to ``to`` in the outbox folder."""

    def find() -> str | None:
        for path in sorted(outbox.glob("account.*.eml"), key=lambda p: p.stat().st_mtime,
                           reverse=True):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            if to in str(message["To"]):
                body = message.get_body()
                assert body is not None
                match = re.search(r"(\S+/account/\S+)", body.get_content())
                return match.group(1) if match else None
        return None

    return wait_until(find, what=f"the e-mail to {to}")


def test_an_admin_invites_and_the_member_chooses_a_password(
        browser: BrowserThread, service: RunningService) -> None:
    def invite(page: Page) -> None:
        _sign_in_as_admin(page, service.url)
        page.get_by_role("link", name="Team").click()
        team = page.get_by_role("region", name="Team")
        expect(team.locator("#team-table tbody tr")).to_have_count(3)
        team.get_by_label("Name").fill("Lea Novak")
        team.get_by_label("E-mail").fill("lea@")
        team.get_by_role("button", name="Send invitation").click()
        expect(page.locator("#invite-error")).to_have_text(
            "Please enter a valid e-mail address.")
        team.get_by_label("E-mail").fill("lea@demo.shop")
        team.get_by_role("button", name="Send invitation").click()
        expect(page.locator("#team-status")).to_have_text(
            "An invitation went to lea@demo.shop.")
        row = page.locator("#team-table tr[data-email='lea@demo.shop']")
        expect(row.locator(".member-status")).to_have_text("Invited")

    browser.run(invite)
    link = account_link(service.data_dir / "outbox", "lea@demo.shop")

    def choose(page: Page) -> None:
        page.goto(link)
        expect(page.get_by_role("heading")).to_have_text("Welcome to Nordic Living")
        expect(page.get_by_text("Lea Novak, you sign in as lea@demo.shop.")).to_be_visible()
        page.get_by_label("New password").fill("a long password")
        page.get_by_label("Repeat the password").fill("a long passw0rd")
        page.get_by_role("button", name="Set password").click()
        expect(page.get_by_role("alert")).to_have_text("The two passwords differ.")
        page.get_by_label("Repeat the password").fill("a long password")
        page.get_by_role("button", name="Set password").click()
        expect(page.locator("#password-done")).to_contain_text(
            "Sign in to the Streamer desktop app with lea@demo.shop")
        page.reload()
        expect(page.get_by_role("alert")).to_have_text(
            "This link has been used or has expired. Ask your shop's administrator for a "
            "new one.")

    browser.run(choose, **PHONE)
    with sign_in(service.url, "lea@demo.shop", "a long password") as lea:
        assert lea.get("/api/me").json()["user"]["display_name"] == "Lea Novak"


def test_disabling_a_streamer_hands_her_requests_over_and_tells_the_customer(
        browser: BrowserThread, service: RunningService) -> None:
    with sign_in(service.url, "mateo@demo.shop", "colleague-demo"):
        pass  # Mateo has been online
    with sign_in(service.url, *STREAMER) as anna:
        conversation = _conversation_token(service, anna, 3)

    def disable(page: Page) -> None:
        _sign_in_as_admin(page, service.url)
        page.get_by_role("link", name="Team").click()
        page.get_by_role("button", name="Disable: Anna Lindqvist").click()
        dialog = page.get_by_role("dialog", name="Disable Anna Lindqvist?")
        expect(dialog).to_contain_text("Their 6 open requests go to a colleague")
        dialog.get_by_label("Hand the requests to").select_option(label="Mateo Rossi")
        dialog.get_by_role("button", name="Disable").click()
        expect(page.locator("#team-status")).to_have_text(
            "Anna Lindqvist: 6 requests handed over, 0 streams carried along, 0 cancelled "
            "(their customers were told).")
        row = page.locator("#team-table tr[data-email='anna@demo.shop']")
        expect(row.locator(".member-status")).to_have_text("Disabled")
        # Every request is Mateo's now; one goes back to Anna's colleague the admin picks.
        page.get_by_role("link", name="Requests").click()
        rows = page.locator("#requests-table tbody tr")
        expect(rows).to_have_count(6)
        expect(rows.locator(".streamer")).to_have_text(["Mateo Rossi"] * 6)
        page.get_by_role("link", name="Audit log").click()
        first = page.locator("#audit-table tbody tr").first
        expect(first).to_contain_text("admin@demo.shop")
        expect(first).to_contain_text("disabled")
        expect(first).to_contain_text("anna@demo.shop")
        expect(first).to_contain_text("handed_to: mateo@demo.shop")

    browser.run(disable)

    def customer(page: Page) -> None:
        page.goto(f"{service.url}/stream/{conversation}")
        expect(page.locator("#stream-chat .messages li").last).to_have_text(
            "Mateo Rossi now looks after your request.")

    browser.run(customer)
    assert httpx.post(f"{service.url}/api/auth/login", json={
        "email": STREAMER[0], "password": STREAMER[1]}).status_code == 403

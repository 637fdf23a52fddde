"""A shop's team: invitations by e-mail, one-time links, disabling with handover,
transfers between colleagues, the audit log, and the command line."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from streamer_desktop.service.db import Database
from streamer_desktop.service.models import Event
from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.conftest import BOTH_DATABASES, T0, RunningService
from tests.service.test_events import EventReader
from tests.service.test_lifecycle import _conversation_token
from tests.support.api import ADMIN, STREAMER, schedule, sign_in, wait_until
from tests.support.mail import Inbox, MailService, plain_text

ROOT = Path(__file__).resolve().parents[2]
COLLEAGUE = ("mateo@demo.shop", "colleague-demo")


def _member(client: httpx.Client, email: str) -> dict[str, object]:
    return next(m for m in client.get("/api/team").json() if m["email"] == email)


def _link(text: str) -> str:
    match = re.search(r"/account/(\S+)", text)
    assert match, text
    return match.group(1)


def test_an_invited_streamer_sets_a_password_from_the_email_and_signs_in(
        mail_service: MailService, inbox: tuple[Inbox, int]) -> None:
    url = mail_service.url
    with sign_in(url, *ADMIN) as admin, sign_in(url, *STREAMER) as streamer:
        assert streamer.post("/api/admin/team", json={
            "email": "lea@demo.shop", "display_name": "Lea"}).status_code == 403
        bad = admin.post("/api/admin/team", json={"email": "lea@", "display_name": "Lea"})
        assert bad.status_code == 422
        assert bad.json()["message"] == "E-mail address: this is not a valid e-mail address."
        invited = admin.post("/api/admin/team", json={
            "email": "lea@demo.shop", "display_name": "Lea\nNovak"})
        assert invited.status_code == 201
        assert invited.json()["status"] == "invited"
        assert invited.json()["display_name"] == "Lea Novak"
        again = admin.post("/api/admin/team", json={
            "email": "LEA@demo.shop", "display_name": "Lea"})
        assert again.status_code == 409
        assert again.json()["message"] == "Someone already signs in with LEA@demo.shop."

        box = inbox[0]
        wait_until(lambda: box.of_kind("invited"), what="the invitation")
        message = box.of_kind("invited")[0]
        assert message["To"] == "Lea Novak <lea@demo.shop>"
        assert message["Subject"] == "You are invited to stream for Nordic Living"
        text = plain_text(message)
        assert f"{url}/account/" in text
        token = _link(text)

        # Before the password is set, no one signs in as Lea.
        assert httpx.post(f"{url}/api/auth/login", json={
            "email": "lea@demo.shop", "password": ""}).status_code == 422
        view = httpx.get(f"{url}/api/account/links/{token}").json()
        assert view == {"purpose": "invite", "email": "lea@demo.shop",
                        "display_name": "Lea Novak", "business_name": "Nordic Living"}
        short = httpx.post(f"{url}/api/account/password",
                           json={"token": token, "password": "short"})
        assert short.json()["message"] == (
            "Password: this is too short (at least 10 characters).")
        forged = httpx.post(f"{url}/api/account/password",
                            json={"token": token[:-2] + "xx", "password": "a long password"})
        assert forged.status_code == 404
        assert httpx.post(f"{url}/api/account/password", json={
            "token": token, "password": "a long password"}).status_code == 204
        used = httpx.post(f"{url}/api/account/password",
                          json={"token": token, "password": "another password"})
        assert used.status_code == 410
        assert "has been used or has expired" in used.json()["message"]
        with sign_in(url, "lea@demo.shop", "a long password") as lea:
            assert lea.get("/api/me").json()["user"]["display_name"] == "Lea Novak"
        assert _member(admin, "lea@demo.shop")["status"] == "active"
        actions = [(e["actor"], e["action"], e["subject"])
                   for e in admin.get("/api/admin/audit").json()]
        assert actions[:2] == [("lea@demo.shop", "invitation.accepted", "lea@demo.shop"),
                               ("admin@demo.shop", "member.invited", "lea@demo.shop")]
        assert streamer.get("/api/admin/audit").status_code == 403


def test_a_password_reset_link_ends_the_old_sessions(
        mail_service: MailService, inbox: tuple[Inbox, int]) -> None:
    url = mail_service.url
    with sign_in(url, *ADMIN) as admin, sign_in(url, *STREAMER) as anna:
        anna_id = anna.get("/api/me").json()["user"]["id"]
        assert admin.post(f"/api/admin/team/{anna_id}/password-reset").status_code == 204
        wait_until(lambda: inbox[0].of_kind("new password"), what="the reset e-mail")
        token = _link(plain_text(inbox[0].of_kind("new password")[0]))
        assert anna.get("/api/me").status_code == 200  # the old password still works
        assert httpx.post(f"{url}/api/account/password", json={
            "token": token, "password": "a fresh password"}).status_code == 204
        assert anna.get("/api/me").status_code == 401
        assert httpx.post(f"{url}/api/auth/login", json={
            "email": STREAMER[0], "password": STREAMER[1]}).status_code == 401
        with sign_in(url, STREAMER[0], "a fresh password") as again:
            assert again.get("/api/me").status_code == 200


@pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)
def test_disabling_hands_requests_and_streams_to_a_colleague(
        service: RunningService, admin: httpx.Client) -> None:
    url = service.url
    with sign_in(url, *STREAMER) as anna, sign_in(url, *COLLEAGUE) as mateo:
        mateo_id = mateo.get("/api/me").json()["user"]["id"]
        anna_id = anna.get("/api/me").json()["user"]["id"]
        noon = T0 + timedelta(days=1, hours=3)
        assert schedule(anna, 1, noon - timedelta(hours=2)).status_code == 201  # carried
        assert schedule(anna, 2, noon).status_code == 201  # Mateo is busy then
        # Mateo takes one of Anna's requests and books it at noon.
        assert anna.post("/api/requests/3/transfer",
                         json={"to_user_id": mateo_id}).status_code == 200
        assert schedule(mateo, 3, noon + timedelta(minutes=10)).status_code == 201
        mateo_events = EventReader(mateo, "/api/events")

        assert admin.post(f"/api/admin/team/{admin.get('/api/me').json()['user']['id']}"
                          "/disable", json={}).status_code == 409  # not oneself
        done = admin.post(f"/api/admin/team/{anna_id}/disable",
                          json={"to_user_id": mateo_id})
        assert done.status_code == 200, done.text
        assert done.json() | {"member": None} == {
            "member": None, "requests_moved": 5, "streams_moved": 1,
            "streams_cancelled": 1}
        assert done.json()["member"]["status"] == "disabled"

        # Anna is out at once; her requests are Mateo's, and he hears of each.
        assert anna.get("/api/requests").status_code == 401
        refused = httpx.post(f"{url}/api/auth/login",
                             json={"email": STREAMER[0], "password": STREAMER[1]})
        assert refused.status_code == 403
        assert refused.json()["message"] == (
            "This account is disabled. Ask your shop's administrator.")
        mine = {r["id"]: r for r in mateo.get("/api/requests").json()}
        assert set(mine) == {1, 2, 3, 4, 5, 6}
        assert mine[1]["stream"]["status"] == "awaiting_customer"
        assert mine[2]["stream"]["status"] == "cancelled"
        heard = set()
        while len(heard) < 5:
            (event,) = mateo_events.take(1)
            if event.event == "request.transferred":
                assert event.json()["to_name"] == "Mateo Rossi"
                heard.add(event.json()["request"]["id"])
        mateo_events.close()
        assert heard == {1, 2, 4, 5, 6}

        # Each customer is told in the chat.
        for request_id, last_kinds in ((1, ["transferred"]),
                                       (2, ["cancellation", "transferred"])):
            token = _conversation_token(service, anna, request_id)
            messages = httpx.get(f"{url}/api/c/{token}").json()["messages"]
            assert [m["kind"] for m in messages[-len(last_kinds):]] == last_kinds
            assert messages[-1]["body"] == "Mateo Rossi"
        # What the customer's page hears of the carried stream names its new streamer.
        db = Database(service.settings.resolved_database_url())
        try:
            with db.read() as session:
                told = session.scalars(
                    sa.select(Event.data).where(Event.topic == "conversation:1",
                                                Event.type == "stream.scheduled")
                    .order_by(Event.id.desc()).limit(1)).one()
        finally:
            db.dispose()
        assert told["appointment"]["streamer_name"] == "Mateo Rossi"
        entry = admin.get("/api/admin/audit").json()[0]
        assert (entry["action"], entry["subject"], entry["detail"]["handed_to"]) == (
            "member.disabled", STREAMER[0], COLLEAGUE[0])

        # Enabled again, she signs in with her old password, with no requests left.
        assert admin.post(f"/api/admin/team/{anna_id}/enable").json()["status"] == "active"
        with sign_in(url, *STREAMER) as back:
            assert back.get("/api/requests").json() == []


@pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)
def test_a_transfer_checks_the_colleague_and_their_agenda(
        service: RunningService, streamer: httpx.Client) -> None:
    url = service.url
    mateo_id = 3
    offline = streamer.post("/api/requests/1/transfer", json={"to_user_id": mateo_id})
    assert offline.status_code == 409
    assert offline.json()["message"] == (
        "Mateo Rossi is offline. Choose a colleague who is online.")
    with sign_in(url, *COLLEAGUE) as mateo:
        start = T0 + timedelta(days=2)
        assert schedule(streamer, 1, start).status_code == 201
        assert streamer.post("/api/requests/2/transfer",
                             json={"to_user_id": mateo_id}).status_code == 200
        assert schedule(mateo, 2, start + timedelta(minutes=15)).status_code == 201
        busy = streamer.post("/api/requests/1/transfer", json={"to_user_id": mateo_id})
        assert busy.status_code == 409
        assert busy.json()["error"] == "colleague_busy"
        assert busy.json()["message"] == (
            "Mateo Rossi has another stream at the time of this request's stream.")
        assert streamer.get("/api/requests/1/messages").status_code == 200  # still Anna's
        assert mateo.post("/api/requests/2/transfer",
                          json={"to_user_id": 99}).status_code == 404
        assert mateo.post("/api/requests/1/transfer",
                          json={"to_user_id": mateo_id}).status_code == 404  # not his


def test_postgresql_refuses_overlapping_streams_whatever_the_path(
        postgres_cluster: object) -> None:
    from tests.support.postgres import Cluster

    assert isinstance(postgres_cluster, Cluster)
    db = Database(postgres_cluster.new_database())
    try:
        db.migrate()
        with db.write() as session:
            session.execute(sa.text(
                "INSERT INTO businesses (id, slug, name, scheduled_streams_enabled, "
                "default_duration_min, quiet_start_min, quiet_end_min, created_at) "
                "VALUES (1, 's', 'S', true, 30, 0, 0, 0)"))
            session.execute(sa.text(
                "INSERT INTO users (id, business_id, email, display_name, password_hash, "
                "role, time_zone, locale, online, created_at) "
                "VALUES (1, 1, 'a@b.c', 'A', '', 'streamer', 'UTC', 'en', true, 0)"))
            session.execute(sa.text(
                "INSERT INTO customers (id, business_id, name, time_zone, locale, created_at)"
                " VALUES (1, 1, 'C', 'UTC', 'en', 0)"))
            session.execute(sa.text(
                "INSERT INTO requests (id, public_id, business_id, customer_id, streamer_id, "
                "status, created_at, last_activity_at) VALUES (1, 'p', 1, 1, 1, 'open', 0, 0)"))
        insert = sa.text(
            "INSERT INTO streams (public_id, business_id, request_id, streamer_id, starts_at,"
            " ends_at, duration_min, customer_time_zone, streamer_time_zone, status, "
            "sequence, created_at) VALUES (:p, 1, 1, 1, :s, :e, 30, 'UTC', 'UTC', :st, 0, 0)")
        with db.write() as session:
            session.execute(insert, {"p": "a", "s": 3600, "e": 5400, "st": "confirmed"})
            # Back to back, and over a cancelled one, is allowed.
            session.execute(insert, {"p": "b", "s": 5400, "e": 7200, "st": "awaiting_customer"})
            session.execute(insert, {"p": "c", "s": 3600, "e": 5400, "st": "cancelled"})
        with pytest.raises(sa.exc.IntegrityError, match="streams_no_overlap"), \
                db.write() as session:
            session.execute(insert, {"p": "d", "s": 5000, "e": 6000, "st": "live"})
    finally:
        db.dispose()


def test_the_command_line_adds_a_shop_whose_admin_then_signs_in(tmp_path: Path) -> None:
    data = tmp_path / "service"

    def admin(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "admin", "--data-dir", str(data),
             "--public-url", "https://streams.example", *args],
            capture_output=True, text=True, timeout=60)

    made = admin("add-shop", "oak-house", "Oak House", "--admin-email", "olga@oak.example",
                 "--admin-name", "Olga")
    assert made.returncode == 0, made.stderr
    assert "https://streams.example/account/" in made.stdout
    token = _link(made.stdout)
    again = admin("add-shop", "oak-house", "Oak House", "--admin-email", "o@oak.example",
                  "--admin-name", "O")
    assert again.returncode == 1
    assert again.stderr.strip() == "main.py admin add-shop: A shop named oak-house exists already."
    assert admin("invite", "--shop", "oak-house", "sam@oak.example", "Sam").returncode == 0
    listed = admin("team", "--shop", "oak-house").stdout.splitlines()
    assert [line.split("\t")[:4] for line in listed] == [
        ["olga@oak.example", "Olga", "admin", "invited"],
        ["sam@oak.example", "Sam", "streamer", "invited"]]

    embedded = EmbeddedService(ServiceSettings(host="127.0.0.1", port=0, data_dir=data))
    url = embedded.start()
    try:
        assert httpx.post(f"{url}/api/account/password", json={
            "token": token, "password": "olga's password"}).status_code == 204
        with sign_in(url, "olga@oak.example", "olga's password") as olga:
            me = olga.get("/api/me").json()
            assert (me["user"]["role"], me["business"]["name"]) == ("admin", "Oak House")
            actions = [e["action"] for e in olga.get("/api/admin/audit").json()]
            assert actions == ["invitation.accepted", "member.invited", "member.invited",
                               "shop.created"]
    finally:
        embedded.stop()

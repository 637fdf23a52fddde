"""The service's languages: complete catalogs, e-mails and pages in the customer's language."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from babel.dates import format_datetime
from babel.messages.pofile import read_po

from streamer_desktop.i18n.places import babel_locale, zone_city
from streamer_desktop.scheduling.zones import zone
from streamer_desktop.service import translation
from tests.conftest import T0, RunningService
from tests.support.api import STREAMER, schedule, sign_in, wait_until
from tests.support.mail import Inbox, MailService, plain_text

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "translations" / "service"
PLACEHOLDER = re.compile(r"%\(\w+\)s|%s|\{\w+\}")


def _catalog(language: str):  # type: ignore[no-untyped-def]
    with (SOURCES / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=language)


@pytest.mark.parametrize("language", ["de", "ru"])
def test_catalog_is_complete_without_fuzzy_entries(language: str) -> None:
    for message in _catalog(language):
        if not message.id:
            continue
        assert message.string, f"untranslated: {message.id!r}"
        assert not message.fuzzy, f"fuzzy: {message.id!r}"
        assert sorted(PLACEHOLDER.findall(message.string)) == sorted(
            PLACEHOLDER.findall(message.id)), f"placeholders of {message.id!r}"


def test_catalogs_hold_every_text_of_the_service(tmp_path: Path) -> None:
    template = tmp_path / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run([str(pybabel), "-q", "extract", "-F", str(SOURCES / "babel.cfg"), "-k", "N_",
                    "-k", "t", "-o", str(template), "."], cwd=ROOT, check=True)
    with template.open("rb") as handle:
        in_code = {m.id for m in read_po(handle) if m.id}
    in_catalog = {m.id for m in _catalog("de") if m.id}
    assert in_code == in_catalog, "run: python3 scripts/i18n.py update"


def test_pages_get_the_texts_of_the_closest_language(service: RunningService) -> None:
    german = httpx.get(f"{service.url}/api/i18n/de-AT").json()
    assert german["locale"] == "de"
    assert german["messages"]["Start chat"] == "Chat beginnen"
    assert httpx.get(f"{service.url}/api/i18n/ja-JP").json() == {"locale": "en",
                                                                  "messages": {}}


@pytest.mark.parametrize(("locale", "subject", "date_words"), [
    ("de-DE", "Ihr Live-Video-Termin bei Nordic Living", "3. März 2026"),
    ("ru-RU", "Ваша видеовстреча с Nordic Living", "3 марта 2026"),
    ("en-GB", "Your live video appointment with Nordic Living", "3 March 2026"),
])
def test_emails_speak_the_customers_language(mail_service: MailService,
                                             inbox: tuple[Inbox, int], locale: str,
                                             subject: str, date_words: str) -> None:
    opened = httpx.post(f"{mail_service.url}/api/widget/requests", json={
        "business": "demo-shop", "name": "Kim", "message": "Hallo", "time_zone": "Europe/Berlin",
        "locale": locale}).json()
    with sign_in(mail_service.url, *STREAMER) as streamer:
        request_id = streamer.get("/api/requests").json()[0]["id"]
        schedule(streamer, request_id, T0 + timedelta(days=1))
    messages = httpx.get(f"{mail_service.url}/api/c/{opened['token']}").json()["messages"]
    token = messages[-1]["appointment"]["token"]
    httpx.post(f"{mail_service.url}/api/a/{token}/confirm",
               json={"email": "kim@example.com", "consent": True})
    box = inbox[0]
    wait_until(lambda: box.of_kind(subject), what=f"the e-mail in {locale}")
    assert date_words in plain_text(box.of_kind(subject)[0])


@pytest.mark.parametrize(("locale", "zone", "when"), [
    ("de-DE", "Europe/Berlin", "Dienstag, 3. März 2026, 10:00 (Berlin)"),
    ("ru-RU", "Europe/Berlin", "вторник, 3 марта 2026\u202fг., 10:00 (Берлин)"),
    ("en-US", "America/Los_Angeles", "Tuesday, March 3, 2026, 1:00\u202fAM (Los Angeles)"),
    ("en-GB", "Asia/Kathmandu", "Tuesday, 3 March 2026, 14:45 (Kathmandu)"),
    # CLDR files Kolkata under its old name, Calcutta: the Russian name is found all the same.
    ("ru-RU", "Asia/Kolkata", "вторник, 3 марта 2026\u202fг., 14:30 (Калькутта)"),
])
def test_the_widget_gets_the_start_in_the_customers_words(
    service: RunningService, streamer: httpx.Client, locale: str, zone: str, when: str
) -> None:
    """The appointment box shows the start as the customer's locale writes it, in their zone."""
    opened = httpx.post(f"{service.url}/api/widget/requests", json={
        "business": "demo-shop", "name": "Kim", "message": "Hi", "time_zone": zone,
        "locale": locale}).json()
    request_id = streamer.get("/api/requests").json()[0]["id"]
    schedule(streamer, request_id, T0 + timedelta(days=1))  # 09:00 UTC
    messages = httpx.get(f"{service.url}/api/c/{opened['token']}").json()["messages"]
    assert messages[-1]["appointment"]["when"] == when
    token = messages[-1]["appointment"]["token"]
    assert httpx.get(f"{service.url}/api/a/{token}").json()["when"] == when


def test_errors_speak_the_readers_language(service: RunningService,
                                           streamer: httpx.Client) -> None:
    answer = httpx.post(f"{service.url}/api/widget/requests", headers={
        "Accept-Language": "de-DE,de;q=0.9,en;q=0.5"}, json={
        "business": "demo-shop", "name": "Kim", "message": "Hallo", "time_zone": "Mars/Base"})
    assert answer.status_code == 422
    assert answer.json()["message"] == "„Mars/Base“ ist keine bekannte Zeitzone."
    missing = httpx.get(f"{service.url}/api/a/{'0' * 32}.abcdefghij",
                        headers={"Accept-Language": "ru"})
    assert missing.json()["message"] == "Встреча не найдена."
    english = streamer.post("/api/streams", json={
        "request_id": 1, "starts_at": T0.isoformat(), "streamer_time_zone": "Europe/Berlin"})
    assert english.json()["message"].startswith("The start time has already passed")


@pytest.mark.parametrize(
    ("language", "body", "message"),
    [
        ("de", {"email": "kim@", "consent": True},
         "E-Mail-Adresse: Keine gültige E-Mail-Adresse."),
        ("ru", {"email": "kim@example.com", "consent": "maybe"},
         "Согласие: должно быть «да» или «нет»."),
        ("en", {"email": "kim@example.com", "consent": "maybe"},
         "Consent: this must be yes or no."),
    ],
)
def test_invalid_input_is_told_in_the_readers_language(
    service: RunningService, language: str, body: dict[str, object], message: str
) -> None:
    """What a customer typed wrong reaches them in their language, naming the field."""
    answer = httpx.post(f"{service.url}/api/a/{'0' * 32}.abcdefghij/confirm", json=body,
                        headers={"Accept-Language": language})
    assert answer.status_code == 422
    assert answer.json()["message"] == message


def test_unknown_address_and_bad_json_are_told_in_the_readers_language(
    service: RunningService,
) -> None:
    nowhere = httpx.get(f"{service.url}/api/nowhere", headers={"Accept-Language": "de"})
    assert (nowhere.status_code, nowhere.json()["message"]) == (
        404, "Unter dieser Adresse gibt es nichts.")
    garbled = httpx.post(f"{service.url}/api/widget/requests", content=b"{oops",
                         headers={"Accept-Language": "ru", "Content-Type": "application/json"})
    assert (garbled.status_code, garbled.json()["message"]) == (
        422, "Запрос — не корректный JSON.")


def test_every_page_text_is_marked_for_translation() -> None:
    """A phrase in the pages' JavaScript outside t(…) would reach readers in English."""
    offenders = []
    for path in sorted((ROOT / "streamer_desktop" / "service" / "web" / "static").glob("*.js")):
        code = re.sub(r"//[^\n]*", "", path.read_text(encoding="utf-8"))  # comments
        code = re.sub(r'\bt\(\s*"(?:[^"\\]|\\.)*"', "t(", code)  # marked texts
        for line_number, line in enumerate(code.splitlines(), 1):
            for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', line):
                if re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)+", literal):
                    continue  # an HTTP header name such as Content-Type
                if re.fullmatch(r"[A-Z][a-z]+(?:[ ,.'’?!…:-]+[A-Za-z]+)+[.?!…:]?", literal):
                    offenders.append(f"{path.name}:{line_number}: {literal!r}")
            for template in re.findall(r"`([^`]*)`", line):
                text = re.sub(r"\$\{[^}]*\}", " ", template)
                if re.search(r"[A-Z][a-z]+(?: [a-z]+){2,}", text):
                    offenders.append(f"{path.name}:{line_number}: {template!r}")
    assert offenders == []


def test_a_start_is_written_as_babel_writes_the_locales_full_date_and_short_time() -> None:
    """``local_time`` keeps the words of each day and each minute; what it writes must be
    what Babel writes for the whole pattern, on DST switches, in half-hour and
    quarter-hour zones, on both sides of the date line, in many locales."""
    zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham",
             "Australia/Lord_Howe", "Pacific/Kiritimati", "Pacific/Pago_Pago",
             "America/St_Johns", "UTC"]
    tags = ["en", "en-US", "en-GB", "de", "de-AT", "ru", "ja", "ar", "fr", "no-such-tag"]
    draw = random.Random(14)
    first = datetime(2026, 1, 1, tzinfo=UTC)
    for _ in range(2000):
        instant = first + timedelta(minutes=draw.randrange(2 * 366 * 24 * 60))
        zone_name, tag = draw.choice(zones), draw.choice(tags)
        locale = babel_locale(tag)
        whole = format_datetime(instant, translation._full_date_short_time(locale),
                                tzinfo=zone(zone_name), locale=locale)
        assert translation.local_time(instant, zone_name, tag) == (
            f"{whole} ({zone_city(zone_name, locale)})"), (instant, zone_name, tag)

"""Customer tokens and e-mail addresses never reach the logs."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.conftest import T0
from tests.support.api import STREAMER, open_request, schedule, sign_in, wait_until
from tests.support.clock import PinnedClock


def test_access_log_hides_tokens_and_addresses(tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    settings = ServiceSettings(host="127.0.0.1", port=0, data_dir=tmp_path, demo=True,
                               access_log=True, sweep_interval_s=0.05)
    embedded = EmbeddedService(settings, clock=PinnedClock(T0))
    url = embedded.start()
    try:
        opened = open_request(url, name="Logan")
        conversation = opened["token"]
        with sign_in(url, *STREAMER) as streamer:
            request_id = streamer.get("/api/requests").json()[0]["id"]
            schedule(streamer, request_id, T0 + timedelta(hours=4))
        with httpx.Client(base_url=url) as customer:
            messages = customer.get(f"/api/c/{conversation}").json()["messages"]
            appointment = messages[-1]["appointment"]["token"]
            customer.post(f"/api/a/{appointment}/confirm",
                          json={"email": "logan.secret@example.com", "consent": True})
            customer.get(f"/api/a/{appointment}")
        wait_until(lambda: list((tmp_path / "outbox").glob("*.eml")), what="the e-mail")
    finally:
        embedded.stop()
    # The service's own logs; httpx and httpcore are this test's client, which knows
    # the tokens anyway.
    service_loggers = ("uvicorn", "streamer_desktop", "sqlalchemy", "alembic", "aiosmtplib",
                       "fastapi", "starlette")
    logged = "\n".join(record.getMessage() for record in caplog.records
                       if record.name.startswith(service_loggers))
    assert "/api/a/<token>" in logged  # the access log ran, with the token hidden
    for secret in (conversation, appointment, conversation.split(".")[1],
                   "logan.secret@example.com"):
        assert secret not in logged

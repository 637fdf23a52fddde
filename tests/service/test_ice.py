"""STUN and TURN for live video: settings that are checked, and TURN credentials made
from the shared secret that a TURN server (coturn's ``use-auth-secret``) accepts and
that expire."""

from __future__ import annotations

import base64
import hashlib
import hmac
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.support.api import STREAMER, sign_in
from tests.support.clock import T0, PinnedClock

ROOT = Path(__file__).resolve().parents[2]


def test_turn_credentials_are_the_shared_secret_scheme_and_expire(tmp_path: Path) -> None:
    settings = ServiceSettings(
        host="127.0.0.1", port=0, data_dir=tmp_path, demo=True,
        stun_urls=["stun:turn.example.com:3478"],
        turn_urls=["turn:turn.example.com:3478?transport=udp", "turns:turn.example.com:5349"],
        turn_secret="north-wind", turn_ttl_s=3600)
    service = EmbeddedService(settings, clock=PinnedClock(T0))
    url = service.start()
    try:
        with sign_in(url, *STREAMER) as streamer:
            servers = streamer.get("/api/live/ice-servers").json()["ice_servers"]
    finally:
        service.stop()
    assert servers[0] == {"urls": ["stun:turn.example.com:3478"], "username": None,
                          "credential": None}
    turn = servers[1]
    assert turn["urls"] == ["turn:turn.example.com:3478?transport=udp",
                            "turns:turn.example.com:5349"]
    expires, label = turn["username"].split(":")
    assert int(expires) == int(T0.timestamp()) + 3600
    assert label == "streamer-2"
    expected = hmac.new(b"north-wind", turn["username"].encode(), hashlib.sha1).digest()
    assert base64.b64decode(turn["credential"]) == expected


@pytest.mark.parametrize(("given", "problem"), [
    ({"turn_urls": ["turn:turn.example.com"]}, "turn_secret"),
    ({"stun_urls": ["https://stun.example.com"]}, "is not a stun:, stuns:, turn: or turns: URL"),
])
def test_bad_ice_settings_are_refused_with_the_reason(given: dict[str, object],
                                                      problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        ServiceSettings(**given)


def test_serve_refuses_turn_without_its_secret(tmp_path: Path) -> None:
    answer = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "serve", "--data-dir", str(tmp_path),
         "--turn", "turn:turn.example.com:3478"],
        capture_output=True, text=True, timeout=60, check=False,
        env={"PATH": "/usr/bin:/bin"})
    assert answer.returncode == 2
    assert "TURN servers need turn_secret (STREAMER_TURN_SECRET)" in answer.stderr

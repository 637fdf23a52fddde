"""The desktop's own service runs as a child process that stops with the desktop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from streamer_desktop.embedded import ServiceProcess
from tests.support.api import STREAMER

ROOT = Path(__file__).resolve().parents[2]


def _answers(url: str) -> bool:
    try:
        httpx.get(f"{url}/api/me", timeout=2)
    except httpx.TransportError:
        return False
    return True


def _gone(url: str, within: float) -> bool:
    """Whether ``url`` stops answering within ``within`` seconds (the child's own pace)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not _answers(url):
            return True
        time.sleep(0.1)  # polling another process's state
    return False


def test_the_child_serves_the_demo_shop_and_stops_when_asked(tmp_path: Path) -> None:
    service = ServiceProcess(tmp_path / "service")
    url = service.start()
    try:
        assert url.startswith("http://127.0.0.1:")
        signed_in = httpx.post(f"{url}/api/auth/login",
                               json={"email": STREAMER[0], "password": STREAMER[1]})
        assert signed_in.status_code == 200
        assert (tmp_path / "service" / "streamer.sqlite3").exists()
    finally:
        service.stop()
    assert not _answers(url)
    service.stop()  # a second stop is harmless


def test_a_child_that_cannot_start_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    service = ServiceProcess(blocker)
    with pytest.raises(RuntimeError, match="did not start"):
        service.start(timeout=60)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_child_ends_when_the_desktop_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "support" / "service_parent.py"),
         str(tmp_path / "service")],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert parent.stdout is not None
    url = parent.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    assert _answers(url)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    parent.stdout.close()
    assert _gone(url, within=15), "the service outlived the desktop"

"""A reminder reaches a real freedesktop notification daemon, and a click comes back.

On Linux the test runs Xvfb, a private D-Bus session bus and dunst (Debian
packages the test script installs); other systems have their own daemons.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
import qasync
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.shell.notifier import OsNotifier
from streamer_desktop.desktop.tasks import TaskGroup
from tests.support.desktop import run, until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="dunst is a Linux notification daemon")


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run the test script, which installs it"
    return path


@pytest.fixture
def dunst(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[dict[str, str]]:
    """dunst on its own X display and session bus; yields that environment."""
    xvfb = subprocess.Popen([_tool("Xvfb"), "-displayfd", "1", "-screen", "0", "800x600x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE, text=True)
    bus = subprocess.Popen([_tool("dbus-daemon"), "--session", "--nofork",
                            "--print-address=1"], stdout=subprocess.PIPE, text=True)
    daemon = None
    try:
        assert xvfb.stdout is not None
        assert bus.stdout is not None
        env = {**os.environ, "DISPLAY": f":{xvfb.stdout.readline().strip()}",
               "DBUS_SESSION_BUS_ADDRESS": bus.stdout.readline().strip()}
        daemon = subprocess.Popen([_tool("dunst")], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        until(qtbot, lambda: _dunstctl(env, "is-paused") in ("true", "false"),
              what="dunst to take the bus name")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        yield env
    finally:
        for process in (daemon, bus, xvfb):
            if process is not None:
                process.terminate()
                process.wait(10)
        for stream in (xvfb.stdout, bus.stdout):
            if stream is not None:
                stream.close()


def _dunstctl(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([_tool("dunstctl"), *args], env=env, capture_output=True,
                            text=True, check=False)
    return result.stdout.strip()


def test_reminder_reaches_dunst_and_click_opens_request(
    dunst: dict[str, str], qtbot: QtBot, loop: qasync.QEventLoop
) -> None:
    errors: list[BaseException] = []
    notifier = OsNotifier(TaskGroup(errors.append), "Streamer desktop")
    assert run(qtbot, notifier.works())
    run(qtbot, notifier.send("Stream with Emily Carter starts now",
                             "Open it in Active to start.", 7))
    until(qtbot, lambda: _dunstctl(dunst, "count", "displayed") == "1",
          what="dunst to show the notification")
    with qtbot.waitSignal(notifier.activated, timeout=5000) as clicked:
        _dunstctl(dunst, "action", "0")  # what a click on the bubble does
    assert clicked.args == [7]
    assert not errors


def test_without_a_daemon_the_os_notifier_says_so(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, loop: qasync.QEventLoop
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    notifier = OsNotifier(TaskGroup(lambda error: None), "Streamer desktop")
    assert run(qtbot, notifier.works()) is False

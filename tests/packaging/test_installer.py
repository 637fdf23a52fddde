"""The real artefact: the installer of this system is built, installed into a throwaway
root and run (the self-check, ``serve`` answering, the desktop offscreen)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"),
                    reason="the .deb is built on Debian and Ubuntu")
def test_the_deb_builds_installs_and_runs() -> None:
    answer = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert answer.returncode == 0, answer.stdout[-4000:] + answer.stderr[-4000:]
    out = answer.stdout
    assert "self-check passed" in out
    assert "Streamer Desktop 0.2.0" in out
    assert "serve: answers /openapi.json" in out
    assert "desktop: ran offscreen for 10 s without a traceback" in out
    (deb,) = (ROOT / "dist").glob("streamer-desktop_*.deb")
    # The target for the download: 70 MiB before live video; FFmpeg's libraries (PyAV's
    # codecs for WebRTC and capture) add about 17 MiB of it.
    assert deb.stat().st_size <= 90 * 2**20
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], check=True,
                             capture_output=True, text=True).stdout
    assert depends.startswith("libc6 (>= ")
    assert depends.count(",") < 20  # the floor, not the libraries the bundle carries

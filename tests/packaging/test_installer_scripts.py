"""The Windows installer's script compiles (NSIS runs on Debian too: a stub bundle
stands in for the Windows one), and the packaging workflow covers the three systems."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from streamer_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not shutil.which("makensis"), reason="NSIS")
def test_the_nsis_script_builds_an_installer(tmp_path: Path) -> None:
    bundle = tmp_path / "streamer-desktop"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("streamer-desktop.exe", "streamer-desktop-console.exe", "_internal/x.dll"):
        (bundle / name).write_bytes(b"stand-in")
    setup = tmp_path / "setup.exe"
    answer = subprocess.run(
        ["makensis", "-V2", f"-DVERSION={__version__}", f"-DBUNDLE={bundle}",
         f"-DOUTFILE={setup}", "streamer-desktop.nsi"],
        cwd=ROOT / "packaging" / "windows", capture_output=True, text=True)
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert setup.read_bytes()[:2] == b"MZ"  # a Windows program


def test_the_workflow_builds_on_the_three_systems() -> None:
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text()
    for system in ("ubuntu-", "windows-", "macos-"):
        assert f"os: {system}" in workflow
    assert "--self-check" in workflow
    assert "makensis" in workflow
    assert "notarytool" in workflow
    assert "upload-artifact" in workflow

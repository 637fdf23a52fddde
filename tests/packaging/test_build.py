"""Every build carries the compiled catalogs: a wheel built from the tree, and one built
from the sdist (as ``pip install streamer-desktop-….tar.gz`` does)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = {
    "streamer_desktop/translations/streamer_desktop_en.qm",
    "streamer_desktop/translations/streamer_desktop_de.qm",
    "streamer_desktop/translations/streamer_desktop_ru.qm",
    "streamer_desktop/service/locale/de/LC_MESSAGES/messages.mo",
    "streamer_desktop/service/locale/ru/LC_MESSAGES/messages.mo",
    "streamer_desktop/service/locale/de/messages.json",
    "streamer_desktop/service/locale/ru/messages.json",
}


def _wheel(source: Path | str, into: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(into),
                    str(source)], check=True, cwd=ROOT)
    wheels = list(into.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _catalogs_in(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {name for name in archive.namelist() if name in CATALOGS}


@pytest.mark.slow
def test_a_wheel_built_from_the_tree_holds_every_catalog(tmp_path: Path) -> None:
    assert _catalogs_in(_wheel(ROOT, tmp_path)) == CATALOGS


@pytest.mark.slow
def test_a_wheel_built_from_the_sdist_holds_every_catalog(tmp_path: Path) -> None:
    sdists = tmp_path / "sdist"
    subprocess.run([sys.executable, "-m", "build", "--sdist", "-o", str(sdists), str(ROOT)],
                   check=True, capture_output=True)
    (sdist,) = sdists.glob("*.tar.gz")
    assert _catalogs_in(_wheel(sdist, tmp_path / "wheel")) == CATALOGS

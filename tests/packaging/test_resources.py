"""The app's identity: one version, the icon in every size and format, the tray's states,
and the freedesktop files, checked with the freedesktop tools."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from streamer_desktop import __version__
from streamer_desktop.desktop.shell.icons import SIZES, TrayState, app_icon, icon_files, tray_icon

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"


def test_version_is_the_apps_name_and_the_one_version() -> None:
    shown = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], check=True,
                           capture_output=True, text=True).stdout.strip()
    assert shown == f"Streamer Desktop {__version__}"
    assert __version__ == "0.2.0"
    metainfo = (LINUX / "shop.streamer.Desktop.metainfo.xml").read_text()
    assert f'<release version="{__version__}"' in metainfo  # the newest release listed


def test_every_icon_size_and_format_is_made_from_the_master(qapp: QApplication) -> None:
    for size in SIZES:
        image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "streamer-desktop.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    for name, count in (("streamer-desktop.ico", 7), ("streamer-desktop.icns", 7)):
        reader = QImageReader(str(ICONS / name))
        assert reader.canRead(), name
        assert reader.imageCount() == count, name
        assert not reader.read().isNull()


def test_the_app_and_tray_icons_and_their_states(qapp: QApplication) -> None:
    assert set(icon_files()) == set(SIZES)
    assert not app_icon().isNull()
    pictures = {state: tray_icon(state).pixmap(32, 32).toImage() for state in TrayState}
    assert len({bytes(image.constBits()) for image in pictures.values()}) == 3  # all differ
    offline = pictures[TrayState.OFFLINE].pixelColor(16, 16)
    assert offline.saturation() < 40  # greyed


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_file_validates() -> None:
    answer = subprocess.run(["desktop-file-validate",
                             str(LINUX / "streamer-desktop.desktop")],
                            capture_output=True, text=True)
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert answer.stdout.strip() == ""  # not even a hint


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_the_appstream_metainfo_validates() -> None:
    answer = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(LINUX / "shop.streamer.Desktop.metainfo.xml")],
                            capture_output=True, text=True)
    assert answer.returncode == 0, answer.stdout + answer.stderr

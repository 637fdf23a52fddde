"""The project's build backend: setuptools, with the translation catalogs compiled first.

Every build (wheel, sdist, editable) compiles the desktop's Qt catalogs (.qm) and the
service's gettext catalogs (.mo and the web pages' JSON) from ``translations/``, and
copies the icon set from ``resources/icons``, before setuptools collects the package
data, so an installed copy speaks English, German and Russian and shows its icon however
it was installed. The built files are never kept in git.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401 - the hooks a frontend may ask for
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    get_requires_for_build_wheel,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

ROOT = Path(__file__).resolve().parents[1]


def compile_catalogs() -> None:
    """Compile every catalog into the package (``scripts/i18n.py compile``), and copy the
    app's icon set in (from ``resources/icons``, where it is kept)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile"], check=True,
                   cwd=ROOT)
    target = ROOT / "streamer_desktop" / "desktop" / "icons"
    target.mkdir(exist_ok=True)
    for png in (ROOT / "resources" / "icons" / "hicolor").glob("*/apps/streamer-desktop.png"):
        size = png.parts[-3].split("x")[0]
        copy = target / f"streamer-desktop-{size}.png"
        # Replaced, never rewritten in place (and only when changed): a running app or
        # test may have the old one open.
        if not copy.exists() or copy.read_bytes() != png.read_bytes():
            fresh = copy.with_name(f".{copy.name}.{os.getpid()}")
            shutil.copyfile(png, fresh)
            os.replace(fresh, copy)


def build_wheel(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                metadata_directory: str | None = None) -> str:
    compile_catalogs()
    return str(_setuptools.build_wheel(wheel_directory, config_settings, metadata_directory))


def build_sdist(sdist_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    compile_catalogs()
    return str(_setuptools.build_sdist(sdist_directory, config_settings))


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    compile_catalogs()
    return str(_setuptools.build_editable(wheel_directory, config_settings,
                                          metadata_directory))

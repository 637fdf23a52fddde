#!/usr/bin/env python3
"""Translations of the desktop app: update the .ts sources, compile the .qm files.

    python3 scripts/i18n.py update    re-read the code into translations/*.ts (keeps work done)
    python3 scripts/i18n.py compile   build streamer_desktop/translations/*.qm from them

The .ts files are the sources translators edit (with Qt Linguist or any editor);
the .qm files are built, not kept in git. scripts/dev.py compiles them before the
app or the tests run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "translations"
COMPILED = ROOT / "streamer_desktop" / "translations"
LANGUAGES = ("en", "de", "ru")
CODE = sorted((ROOT / "streamer_desktop" / "desktop").glob("*.py"))


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6 (next to this Python, or on the PATH)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install the project (pip install -e .)")
    return found


def ts_file(language: str) -> Path:
    return SOURCES / f"streamer_desktop_{language}.ts"


def update() -> None:
    SOURCES.mkdir(exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *map(str, CODE), "-no-obsolete", "-ts",
                    *(str(ts_file(language)) for language in LANGUAGES)], check=True)


def compile_all() -> None:
    COMPILED.mkdir(exist_ok=True)
    for language in LANGUAGES:
        target = COMPILED / f"streamer_desktop_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm",
                        str(target)], check=True)


if __name__ == "__main__":
    commands = {"update": update, "compile": compile_all}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]]()

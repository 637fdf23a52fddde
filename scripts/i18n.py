#!/usr/bin/env python3
"""Translations: update the sources from the code, and compile them.

    python3 scripts/i18n.py update    re-read the code into the sources (keeps work done)
    python3 scripts/i18n.py compile   build what the app and the service load

The desktop's sources are Qt's translations/*.ts (edit them with Qt Linguist or any
editor), compiled to streamer_desktop/translations/*.qm. The service's are gettext
catalogs, translations/service/<lang>/LC_MESSAGES/messages.po, managed with Babel and
compiled to streamer_desktop/service/locale (.mo, and a JSON copy for the web pages).
Built files are not kept in git; scripts/dev.py compiles them before the app or the
tests run.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "translations"
COMPILED = ROOT / "streamer_desktop" / "translations"
LANGUAGES = ("en", "de", "ru")
SERVICE_SOURCES = SOURCES / "service"
SERVICE_COMPILED = ROOT / "streamer_desktop" / "service" / "locale"
SERVICE_LANGUAGES = ("de", "ru")
CODE = sorted((ROOT / "streamer_desktop" / "desktop").rglob("*.py"))


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
    template = SERVICE_SOURCES / "messages.pot"
    subprocess.run([tool("pybabel"), "-q", "extract", "-F", str(SERVICE_SOURCES / "babel.cfg"),
                    "-k", "N_", "-k", "t", "--no-location", "--omit-header", "-o",
                    str(template), "."], check=True, cwd=ROOT)
    for language in SERVICE_LANGUAGES:
        catalog = SERVICE_SOURCES / language / "LC_MESSAGES" / "messages.po"
        command = "update" if catalog.exists() else "init"
        subprocess.run([tool("pybabel"), "-q", command, "-i", str(template), "-d",
                        str(SERVICE_SOURCES), "-l", language, "--no-wrap"]
                       + (["--ignore-obsolete"] if command == "update" else []), check=True)


def _put(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` as a new file that replaces the old one, and only when
    it differs. A running app maps its .qm catalogs into memory: rewriting one in place
    would pull the pages from under it (a bus error), a replaced file leaves it the old."""
    if target.exists() and target.read_bytes() == data:
        return
    fresh = target.with_name(f".{target.name}.{os.getpid()}")
    fresh.write_bytes(data)
    os.replace(fresh, target)


def compile_all() -> None:
    COMPILED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            made = Path(folder) / f"streamer_desktop_{language}.qm"
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)),
                            "-qm", str(made)], check=True)
            _put(COMPILED / made.name, made.read_bytes())
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for language in SERVICE_LANGUAGES:
        source = SERVICE_SOURCES / language / "LC_MESSAGES" / "messages.po"
        with source.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        target = SERVICE_COMPILED / language / "LC_MESSAGES"
        target.mkdir(parents=True, exist_ok=True)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        _put(target / "messages.mo", compiled.getvalue())
        pages = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy
                 and isinstance(m.id, str)}
        _put(SERVICE_COMPILED / language / "messages.json",
             json.dumps(pages, ensure_ascii=False, sort_keys=True).encode("utf-8"))


if __name__ == "__main__":
    commands = {"update": update, "compile": compile_all}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]]()

"""``--self-check``: whether this installation has everything it needs to run.

Meant for installed and frozen copies, where a missing file shows only at run time: it
imports every module, finds the package data (web pages, migrations, catalogs, icons),
migrates a new SQLite database, loads time zones, the keyring, the notifier, Qt's image
formats and translations, encodes the live video's test source, and reads the licences
of the bundled components. Each item prints "ok" or "FAILED" with the reason; the exit
status is the number of failures (0: all is well).
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import streamer_desktop

PACKAGE = Path(streamer_desktop.__file__).resolve().parent
LANGUAGES = ("en", "de", "ru")
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
         "Pacific/Chatham", "UTC")


def _modules() -> str:
    names = [m.name for m in pkgutil.walk_packages([str(PACKAGE)], "streamer_desktop.")
             if ".migrations.versions" not in m.name and not m.name.endswith(".env")]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules"


def _package_data() -> str:
    wanted = [
        "service/web/shop.html", "service/web/appointment.html", "service/web/stream.html",
        "service/web/admin.html", "service/web/privacy.html", "service/web/static/chat.js",
        "service/web/static/widget.css", "service/migrations/env.py",
        "service/migrations/script.py.mako",
        *(f"translations/streamer_desktop_{lang}.qm" for lang in LANGUAGES),
        *(f"service/locale/{lang}/LC_MESSAGES/messages.mo" for lang in ("de", "ru")),
        *(f"service/locale/{lang}/messages.json" for lang in ("de", "ru")),
    ]
    missing = [name for name in wanted if not (PACKAGE / name).is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    versions = list((PACKAGE / "service" / "migrations" / "versions").glob("0*.py"))
    if not versions:
        raise FileNotFoundError("service/migrations/versions/*.py")
    return f"{len(wanted)} files, {len(versions)} migrations"


def _migrations() -> str:
    from streamer_desktop.service.db import Database

    with tempfile.TemporaryDirectory() as folder:
        database = Database(f"sqlite:///{Path(folder) / 'check.sqlite3'}")
        try:
            database.migrate()
            with database.read() as session:
                version = session.connection().exec_driver_sql(
                    "SELECT version_num FROM alembic_version").scalar()
        finally:
            database.dispose()
    return f"a new database is at revision {version}"


def _zones() -> str:
    from zoneinfo import ZoneInfo

    import tzdata  # type: ignore[import-untyped]  # noqa: F401 - zones where the system has none

    for name in ZONES:
        ZoneInfo(name)
    return f"{len(ZONES)} zones"


def _keyring() -> str:
    import keyring

    return type(keyring.get_keyring()).__name__


def _notifier() -> str:
    import desktop_notifier  # noqa: F401

    from streamer_desktop.desktop.shell.icons import largest_icon_file

    icon = largest_icon_file()
    if icon is None:
        raise FileNotFoundError("the app's icon")
    return f"desktop-notifier, icon {icon.name}"


def _qt() -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtGui import QImageReader

    app = QCoreApplication.instance() or QCoreApplication(["self-check"])
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    lacking = {"png", "ico", "svg"} - formats
    if lacking:
        raise RuntimeError("Qt cannot read " + ", ".join(sorted(lacking)))
    for lang in LANGUAGES:
        translator = QTranslator()
        if not translator.load(str(PACKAGE / "translations" / f"streamer_desktop_{lang}.qm")):
            raise RuntimeError(f"the {lang} translation does not load")
    del app
    return f"image formats and {len(LANGUAGES)} translations"


def _video() -> str:
    """The live stream's codecs: a test picture encoded to VP8 and H.264, as a peer
    connection would, and a tick to Opus."""

    import av
    from aiortc.codecs import get_encoder
    from aiortc.rtcrtpparameters import RTCRtpCodecParameters

    from streamer_desktop.video.sources import PatternTrack, TickTrack

    async def first_frames() -> tuple[av.VideoFrame, av.AudioFrame]:
        video, audio = PatternTrack(640, 360), TickTrack()
        return await video.recv(), await audio.recv()

    picture, sound = asyncio.run(first_frames())
    done = []
    for mime, rate, channels in (("video/VP8", 90000, None), ("video/H264", 90000, None),
                                 ("audio/opus", 48000, 2)):
        encoder = get_encoder(RTCRtpCodecParameters(mimeType=mime, clockRate=rate,
                                                    channels=channels))
        frame = sound if mime.startswith("audio") else picture
        payloads, _timestamp = encoder.encode(frame)
        if not payloads:
            raise RuntimeError(f"{mime} made nothing of the test source")
        done.append(mime.split("/")[1])
    return "test source encoded to " + ", ".join(done)


def _licences() -> str:
    from streamer_desktop.desktop.shell.about import bundled_components

    components = {c.name.lower().replace("_", "-"): c for c in bundled_components()}
    needed = ("pyside6-essentials", "qasync", "httpx", "fastapi", "sqlalchemy", "babel")
    missing = [name for name in needed if name not in components]
    if missing:
        raise LookupError("no licence data for " + ", ".join(missing))
    return f"{len(components)} bundled components"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("modules", _modules),
    ("package data", _package_data),
    ("database migrations", _migrations),
    ("time zones", _zones),
    ("keyring", _keyring),
    ("notifications", _notifier),
    ("Qt", _qt),
    ("live video", _video),
    ("licences", _licences),
]


def run(out: TextIO) -> int:
    """Run every check, printing one line each; returns how many failed."""
    failed = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # every failure is reported, then the next check runs
            failed += 1
            print(f"FAILED {name}: {type(exc).__name__}: {exc}", file=out)
            traceback.print_exc(file=out)
        else:
            print(f"ok     {name}: {detail}", file=out)
    print("self-check passed" if not failed else f"self-check: {failed} failed", file=out)
    return failed

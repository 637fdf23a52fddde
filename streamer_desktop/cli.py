"""Command line and composition root: parses arguments and wires the parts together.

``python main.py``            the desktop with an embedded service and demo data
``python main.py --server U`` the desktop against an existing service
``python main.py serve …``    the service alone, for a shop's team
``python main.py admin …``    shops and their teams, from a shell
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from streamer_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from streamer_desktop.desktop.connection import Connection


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every option documented."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=(
            "Streamer desktop: the live-video-shopping streamer's workplace. Without a "
            "command it opens the desktop app, signed in to a service it runs itself "
            "(with demo data on first run), unless --server or the address saved in "
            "Settings names another."
        ),
        epilog="Every service option can also be set as STREAMER_<OPTION> in the environment, "
        "e.g. STREAMER_DATABASE_URL.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--server", metavar="URL",
        help="use the service at URL (asks for e-mail and password once) instead of "
        "the one saved in Settings, or of running one inside the app",
    )
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR",
        help="folder of the embedded service's database and mail outbox "
        "(default: the user's data folder)",
    )
    parser.add_argument(
        "--self-check", action="store_true",
        help="check that this installation has everything it needs (modules, web pages, "
        "migrations, translations, time zones, keyring, notifications, Qt), then exit; "
        "the exit status is the number of failures",
    )
    parser.add_argument(
        "--video-source", metavar="SOURCE",
        help="what live streams show, for this run: 'test' (a moving test picture with a "
        "clock, and a tick each second; no camera needed) or a camera as FFmpeg names it: "
        "/dev/video0 (Linux), 0:0 (macOS), 'video=NAME:audio=NAME' (Windows) (default: "
        "the one chosen in Settings, else the first camera)",
    )
    parser.add_argument("--log-level", default="WARNING",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                        help="how much to log (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser(
        "serve", help="run the sync service alone, for a shop's team",
        description="Run the sync service in the foreground until Ctrl+C. It prints "
        "'Serving on URL' once it accepts connections.",
    )
    serve.add_argument("--host", help="address to listen on (default: 127.0.0.1; "
                       "0.0.0.0 for every interface)")
    serve.add_argument("--port", type=int, help="port to listen on; 0 picks a free one "
                       "(default: 8765)")
    _database_options(serve)
    serve.add_argument("--demo", action="store_true", default=None,
                       help="create a demo shop, users and chats when the database is empty")
    serve.add_argument("--access-log", action="store_true", default=None,
                       help="log every HTTP request (customer tokens are hidden)")
    serve.add_argument("--smtp-host", metavar="HOST",
                       help="SMTP server for customer e-mail; without it, e-mails are written "
                       "to the outbox folder in the data folder")
    serve.add_argument("--smtp-port", type=int, metavar="PORT",
                       help="SMTP port (default: 587); user, password and TLS come from "
                       "STREAMER_SMTP_USERNAME, _PASSWORD, _STARTTLS, _TLS")
    serve.add_argument("--mail-from", metavar="ADDRESS", help="sender of customer e-mail")
    serve.add_argument("--stun", action="append", metavar="URL", dest="stun_urls",
                       help="a STUN server for live video, e.g. stun:stun.example.com:3478 "
                       "(repeat for more)")
    serve.add_argument("--turn", action="append", metavar="URL", dest="turn_urls",
                       help="a TURN server for customers behind strict NATs, e.g. "
                       "turn:turn.example.com:3478 (repeat for more); needs the shared "
                       "secret in STREAMER_TURN_SECRET")
    # The desktop's own service: stop when the desktop closes this process's input.
    serve.add_argument("--with-parent", action="store_true", help=argparse.SUPPRESS)
    from streamer_desktop.service import admin_commands

    admin_commands.add_parser(commands, _database_options)
    return parser


def _database_options(command: argparse.ArgumentParser) -> None:
    """Where the service keeps its data: shared by ``serve`` and ``admin``."""
    command.add_argument("--data-dir", type=Path, dest="serve_data_dir", metavar="DIR",
                         help="folder for the SQLite database, the signing key and the mail "
                         "outbox (default: ./service-data)")
    command.add_argument("--database-url", metavar="URL",
                         help="SQLAlchemy database URL; default: SQLite in the data folder. "
                         "postgresql+psycopg://… lets several replicas share one database")
    command.add_argument("--public-url", metavar="URL",
                         help="address customers (and invited streamers) reach the service "
                         "at, used in links and e-mails")


def main(argv: Sequence[str] | None = None) -> int:
    """Run what the arguments ask for; returns the process's exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.self_check:
        from streamer_desktop import self_check

        return self_check.run(sys.stdout)
    if args.command == "serve":
        return _serve(args)
    if args.command == "admin":
        return _admin(args)
    return _desktop(args)


def _serve(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from streamer_desktop.service.server import serve
    from streamer_desktop.service.settings import ServiceSettings

    given: dict[str, Any] = {
        "host": args.host, "port": args.port, "data_dir": args.serve_data_dir,
        "database_url": args.database_url, "demo": args.demo, "public_url": args.public_url,
        "access_log": args.access_log, "smtp_host": args.smtp_host,
        "smtp_port": args.smtp_port, "mail_from": args.mail_from,
        "stun_urls": args.stun_urls, "turn_urls": args.turn_urls,
    }
    try:
        settings = ServiceSettings(**{k: v for k, v in given.items() if v is not None})
    except ValidationError as exc:
        print(f"main.py serve: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"main.py serve: cannot use the data folder {settings.data_dir}: {exc}",
              file=sys.stderr)
        return 1
    try:
        serve(settings, with_parent=args.with_parent)
    except OSError as exc:
        print(f"main.py serve: cannot listen on {settings.host}:{settings.port}: {exc}",
              file=sys.stderr)
        return 1
    return 0


def _admin(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from streamer_desktop.service import admin_commands
    from streamer_desktop.service.settings import ServiceSettings

    given: dict[str, Any] = {"data_dir": args.serve_data_dir,
                             "database_url": args.database_url, "public_url": args.public_url}
    try:
        settings = ServiceSettings(**{k: v for k, v in given.items() if v is not None})
    except ValidationError as exc:
        print(f"main.py admin: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    return admin_commands.run(args, settings, sys.stdout, sys.stderr)


def _desktop(args: argparse.Namespace) -> int:
    from streamer_desktop.desktop.connection import Connection
    from streamer_desktop.desktop.launch import run_desktop

    # The embedded service: a child process, started off the UI thread once the window
    # is on screen, stopped on quit (and ending by itself if the desktop dies).
    running: list[Any] = []

    def embedded() -> Connection:
        from platformdirs import user_data_path

        from streamer_desktop.service.demo_accounts import DEMO_STREAMER
        from streamer_desktop.service.process import ServiceProcess

        data_dir = args.data_dir or user_data_path("streamer-desktop", appauthor=False) / "service"
        service = ServiceProcess(data_dir.resolve(), log_level=args.log_level)
        running.append(service)
        return Connection(url=service.start(), email=DEMO_STREAMER[0],
                          password=DEMO_STREAMER[1], outbox_dir=data_dir / "outbox")

    def stop() -> None:
        for service in running:
            service.stop()

    return run_desktop(lambda saved: pick_connection(args.server, saved, embedded), stop,
                       video_source=args.video_source)


def pick_connection(given: str | None, saved: str, embedded: Callable[[], Connection]
                    ) -> Connection:
    """The service to work with: ``--server``, else the address saved in Settings, else
    the service inside the app (started by ``embedded``)."""
    from streamer_desktop.desktop.connection import Connection

    url = (given or saved or "").strip()
    return Connection(url=url.rstrip("/")) if url else embedded()

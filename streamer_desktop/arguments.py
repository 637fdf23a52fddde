"""The command line's grammar: every command, option and help text of ``main.py``.

Building the parser imports nothing but the standard library and the version, so
``main.py --help`` and the desktop's start stay light: what each command runs is
imported by :mod:`streamer_desktop.cli` only once the command is known.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from streamer_desktop import APP_NAME, __version__


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
    database_options(serve)
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
    _admin_parser(commands)
    return parser


def database_options(command: argparse.ArgumentParser) -> None:
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


ADMIN_COMMANDS = {
    "add-shop": "create a shop and invite its first admin",
    "invite": "invite a streamer (or, with --admin, an admin) to a shop",
    "team": "list a shop's team",
    "disable": "stop a member signing in; their open requests go to a colleague",
    "enable": "let a disabled member sign in again",
    "remove": "as disable, and take them off the team for good",
    "reset-password": "send a member a one-time link to choose a new password",
    "audit": "show a shop's audit log, newest first",
}


def _admin_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``admin`` command and its subcommands."""
    admin = commands.add_parser(
        "admin", help="manage shops and their teams from the command line",
        description="Manage shops and their teams in the service's database. One-time "
        "links are printed and also sent by e-mail through the outbox (sent by a running "
        "service). Give the same --data-dir or --database-url as `serve`.")
    database_options(admin)
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    shop = actions.add_parser("add-shop", help=ADMIN_COMMANDS["add-shop"])
    shop.add_argument("slug", help="the shop's short name in links, e.g. nordic-living")
    shop.add_argument("name", help="the shop's name as customers see it")
    shop.add_argument("--admin-email", required=True, help="e-mail of the first admin")
    shop.add_argument("--admin-name", required=True, help="name of the first admin")
    invite = actions.add_parser("invite", help=ADMIN_COMMANDS["invite"])
    invite.add_argument("--shop", required=True, help="the shop's short name")
    invite.add_argument("email")
    invite.add_argument("name")
    invite.add_argument("--admin", action="store_true", help="invite an admin")
    listing = actions.add_parser("team", help=ADMIN_COMMANDS["team"])
    listing.add_argument("--shop", required=True, help="the shop's short name")
    for name in ("disable", "remove"):
        action = actions.add_parser(name, help=ADMIN_COMMANDS[name])
        action.add_argument("email")
        action.add_argument("--to", metavar="EMAIL",
                            help="colleague who takes the open requests (default: the "
                            "least busy streamer)")
    for name in ("enable", "reset-password"):
        actions.add_parser(name, help=ADMIN_COMMANDS[name]).add_argument("email")
    log = actions.add_parser("audit", help=ADMIN_COMMANDS["audit"])
    log.add_argument("--shop", required=True, help="the shop's short name")
    log.add_argument("--limit", type=int, default=50, help="how many entries (default: 50)")

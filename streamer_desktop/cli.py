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
from typing import TYPE_CHECKING, Any

from streamer_desktop.arguments import build_parser

if TYPE_CHECKING:
    from streamer_desktop.desktop.shell.connection import Connection


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
    from streamer_desktop.desktop.shell.connection import Connection
    from streamer_desktop.desktop.shell.launch import run_desktop

    # The embedded service: a child process, started off the UI thread once the window
    # is on screen, stopped on quit (and ending by itself if the desktop dies).
    running: list[Any] = []

    def embedded() -> Connection:
        from platformdirs import user_data_path

        from streamer_desktop.demo_accounts import DEMO_STREAMER
        from streamer_desktop.embedded import ServiceProcess

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
    from streamer_desktop.desktop.shell.connection import Connection

    url = (given or saved or "").strip()
    return Connection(url=url.rstrip("/")) if url else embedded()

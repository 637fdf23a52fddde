"""``main.py admin …``: the team's administration from a shell, for the first admin of a
new shop and for scripts. Each command opens the service's database (migrating it
first), does one thing in one transaction, audits it as done from the command line,
and prints what a person needs next (such as a one-time link)."""

from __future__ import annotations

import argparse
from typing import TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from streamer_desktop.service import translation
from streamer_desktop.service.db import Database
from streamer_desktop.service.errors import ServiceError
from streamer_desktop.service.models import Business, User
from streamer_desktop.service.security import LinkSigner
from streamer_desktop.service.settings import ServiceSettings
from streamer_desktop.service.store import audit, team
from streamer_desktop.service.store.clock import Clock, system_clock, to_epoch
from streamer_desktop.wire import InviteIn, Role


def run(args: argparse.Namespace, settings: ServiceSettings, out: TextIO, err: TextIO,
        clock: Clock = system_clock) -> int:
    """Do the command; 0 on success, 1 when the service refuses it (said on ``err``)."""
    db = Database(settings.resolved_database_url())
    signer = LinkSigner(settings.resolved_secret_key())
    base = (settings.public_url or f"http://{settings.host}:{settings.port}").rstrip("/")
    try:
        with db.starting():
            db.migrate()
        with db.write() as session:
            _do(args, session, to_epoch(clock()), signer, base, out)
    except ServiceError as exc:
        message = translation.gettext_for("en")(exc.message)
        print(f"main.py admin {args.admin_command}: "
              f"{message % (exc.details or {}) if '%(' in message else message}", file=err)
        return 1
    finally:
        db.dispose()
    return 0


def _do(args: argparse.Namespace, session: Session, now: int, signer: LinkSigner, base: str,
        out: TextIO) -> None:
    command = args.admin_command
    if command == "add-shop":
        business, token = team.add_shop(session, args.slug, args.name, args.admin_email,
                                        args.admin_name, now, signer)
        print(f"Shop {business.slug} created. {args.admin_email} sets a password here "
              f"(valid 7 days, once):\n{base}/account/{token}", file=out)
    elif command == "invite":
        business = _shop(session, args.shop)
        role = Role.ADMIN if args.admin else Role.STREAMER
        member, token = team.invite(session, business.id, audit.CLI,
                                    InviteIn(email=args.email, display_name=args.name,
                                             role=role), now, signer)
        print(f"{member.email} invited. Their link (valid 7 days, once):\n"
              f"{base}/account/{token}", file=out)
    elif command == "team":
        business = _shop(session, args.shop)
        for m in team.members(session, business.id):
            print(f"{m.email}\t{m.display_name}\t{m.role.value}\t{m.status.value}\t"
                  f"{'online' if m.online else 'offline'}\t{m.open_requests} open", file=out)
    elif command in ("disable", "remove"):
        user = _user(session, args.email)
        to = _user(session, args.to).id if args.to else None
        result = team.disable(session, user.business_id, audit.CLI, user.id, to, now,
                              remove=command == "remove")
        print(f"{user.email} {command}d: {result.requests_moved} requests handed over, "
              f"{result.streams_moved} streams carried along, {result.streams_cancelled} "
              "cancelled (their customers were told).", file=out)
    elif command == "enable":
        user = _user(session, args.email)
        member = team.enable(session, user.business_id, audit.CLI, user.id, now)
        print(f"{member.email} is {member.status.value}.", file=out)
    elif command == "reset-password":
        user = _user(session, args.email)
        token = team.reset_password(session, user.business_id, audit.CLI, user.id, now,
                                    signer)
        print(f"Link for {user.email} (valid once):\n{base}/account/{token}", file=out)
    elif command == "audit":
        business = _shop(session, args.shop)
        for entry in audit.entries(session, business.id, None, args.limit):
            print(f"{entry.at.isoformat()}\t{entry.actor}\t{entry.action}\t{entry.subject}\t"
                  f"{entry.detail}", file=out)


def _shop(session: Session, slug: str) -> Business:
    business = session.scalar(select(Business).where(Business.slug == slug))
    if business is None:
        raise ServiceError(404, "not_found", f"There is no shop named {slug}.")
    return business


def _user(session: Session, email: str) -> User:
    user = session.scalar(select(User).where(func.lower(User.email) == email.lower()))
    if user is None:
        raise ServiceError(404, "not_found", f"No one signs in with {email}.")
    return user

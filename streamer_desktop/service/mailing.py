"""Sending what the outbox holds: each item becomes one e-mail about one stream."""

from __future__ import annotations

import asyncio
import logging
from email.message import EmailMessage
from functools import partial

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from streamer_desktop.service import outbox
from streamer_desktop.service.context import ServiceContext
from streamer_desktop.service.mail import compose, ical, team_mail
from streamer_desktop.service.mail.transport import FolderMailer, Mailer, SmtpMailer
from streamer_desktop.service.models import AccountLink, Business, Stream
from streamer_desktop.service.settings import ServiceSettings
from streamer_desktop.service.store.clock import from_epoch
from streamer_desktop.service.translation import gettext_for

log = logging.getLogger(__name__)


def mailer_for(settings: ServiceSettings) -> Mailer:
    """SMTP when a server is configured; otherwise the outbox folder."""
    if settings.smtp_host:
        return SmtpMailer(settings.smtp_host, settings.smtp_port,
                          username=settings.smtp_username, password=settings.smtp_password,
                          start_tls=settings.smtp_starttls, use_tls=settings.smtp_tls)
    return FolderMailer(settings.outbox_dir())


def appointment(ctx: ServiceContext, stream: Stream, business: Business) -> compose.Appointment:
    """The e-mail view of a stream, with the customer's links."""
    request = stream.request
    base = (ctx.settings.public_url or "").rstrip("/")
    return compose.Appointment(
        public_id=stream.public_id, calendar_id=stream.calendar_uid or stream.public_id,
        sequence=stream.sequence, cancel_note=stream.cancel_note or "",
        starts_at=from_epoch(stream.starts_at), ends_at=from_epoch(stream.ends_at),
        customer_name=request.customer.name, customer_email=stream.customer_email or "",
        customer_zone=stream.customer_time_zone, customer_locale=request.customer.locale,
        streamer_name=request.streamer.display_name, business_name=business.name,
        join_url=f"{base}/stream/{ctx.signer.sign('conversation', request.public_id)}",
        manage_url=f"{base}/appointment/{ctx.signer.sign('appointment', stream.public_id)}")


def calendar_file(ctx: ServiceContext, session: Session, stream: Stream) -> bytes:
    """The appointment as an ``.ics`` file: the invitation, or its cancellation."""
    business = session.get_one(Business, stream.business_id)
    data = appointment(ctx, stream, business)
    invitation = compose.invitation(data, ctx.settings.mail_from, ctx.clock(),
                                    gettext_for(data.customer_locale))
    return ical.build(invitation, cancel=stream.status == "cancelled")


def render(ctx: ServiceContext, item: outbox.Claimed) -> EmailMessage | None:
    """The e-mail an outbox item stands for (None: nothing to send any more)."""
    now = ctx.clock()
    if "link_id" in item.payload:
        return _account_letter(ctx, item.payload["link_id"])
    with ctx.db.read() as session:
        stream = session.get(Stream, item.payload["stream_id"])
        if stream is None or not stream.customer_email:
            return None
        business = session.get_one(Business, stream.business_id)
        data = appointment(ctx, stream, business)
    sender = ctx.settings.mail_from
    tr = gettext_for(data.customer_locale)  # the customer's language, else English
    if item.kind == "confirmation":
        return compose.confirmation(data, sender, now, tr)
    if item.kind == "cancellation":
        return compose.cancellation(data, sender, now, item.payload.get("by") == "customer",
                                    tr)
    if item.kind == "start":
        return compose.starting(data, sender, now, tr)
    if item.kind == "moved":
        return compose.moved(data, sender, now, tr)
    log.error("Unknown outbox item kind %r", item.kind)
    return None


def _account_letter(ctx: ServiceContext, link_id: int) -> EmailMessage | None:
    """A team member's one-time link; nothing once it was used, replaced or expired."""
    now = ctx.now()
    with ctx.db.read() as session:
        link = session.get(AccountLink, link_id)
        if link is None or link.used_at is not None or link.expires_at <= now:
            return None
        user = link.user
        base = (ctx.settings.public_url or "").rstrip("/")
        letter = team_mail.AccountLetter(
            link_id=link.public_id, purpose=link.purpose, name=user.display_name,
            email=user.email, business_name=user.business.name,
            url=f"{base}/account/{ctx.signer.sign('account', link.public_id)}",
            expires_at=from_epoch(link.expires_at), time_zone=user.time_zone,
            locale=user.locale)
    return team_mail.account_link(letter, ctx.settings.mail_from, ctx.clock(),
                                  gettext_for(letter.locale))


async def deliver_due(ctx: ServiceContext, mailer: Mailer) -> int:
    """Send every due item once; returns how many were sent.

    An item is recorded as sent the moment the mail server accepts it. Only a crash
    inside that moment (between the server's "250 OK" and the record's commit) sends it
    again after its lease, with the same Message-ID; SMTP offers no way to close it."""
    now = ctx.now()
    claimed = await ctx.db.run_write(lambda session: outbox.claim(session, now))
    sent = 0
    for item in claimed:
        async def record(item: outbox.Claimed = item) -> None:
            await ctx.db.run_write(partial(outbox.done, item_id=item.id, now=ctx.now()))

        try:
            message = await run_in_threadpool(render, ctx, item)
            if message is None:
                await record()
                continue
            await mailer.send(message, record)
            sent += 1
        except Exception as exc:  # the server may be down: try again later
            # The key and the address are not logged: they identify the customer.
            log.warning("E-mail %s could not be sent (attempt %d): %s", item.kind,
                        item.attempts, type(exc).__name__)
            await ctx.db.run_write(partial(
                outbox.failed, item_id=item.id, attempts=item.attempts, now=ctx.now(),
                error=repr(exc)))
    return sent


async def run_mailer(ctx: ServiceContext, mailer: Mailer) -> None:
    """Deliver due e-mail until cancelled."""
    log.info("Customer e-mail goes to %s", mailer.describe())
    while True:
        try:
            await deliver_due(ctx, mailer)
        except Exception:
            log.exception("The outbox could not be read; trying again")
        await asyncio.sleep(ctx.settings.sweep_interval_s)

"""The e-mails a shop's team member gets: an invitation to join, or a link to choose a
new password. Each carries a one-time link and says until when it works."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from streamer_desktop.i18n import N_
from streamer_desktop.service import translation
from streamer_desktop.service.mail.compose import Gettext, header_name


@dataclass(frozen=True)
class AccountLetter:
    """Everything an e-mail with a one-time account link needs."""

    link_id: str
    purpose: str
    """"invite" or "reset"."""
    name: str
    email: str
    business_name: str
    url: str
    expires_at: datetime
    time_zone: str
    locale: str


def account_link(letter: AccountLetter, sender: str, now: datetime, tr: Gettext
                 ) -> EmailMessage:
    """The invitation, or the password reset."""
    until = translation.local_time(letter.expires_at, letter.time_zone, letter.locale)
    values = {"name": letter.name, "business": letter.business_name, "url": letter.url,
              "until": until}
    if letter.purpose == "invite":
        subject = tr(N_("You are invited to stream for %(business)s")) % values
        body = tr(N_(
            "Hello %(name)s,\n\n"
            "you have been invited to join %(business)s as a streamer. Choose your "
            "password here:\n%(url)s\n\n"
            "The link works once, until %(until)s. Then sign in to the Streamer desktop "
            "app with this e-mail address.\n")) % values
    else:
        subject = tr(N_("Choose a new password for %(business)s")) % values
        body = tr(N_(
            "Hello %(name)s,\n\n"
            "your shop's administrator has asked for a new password for you. Choose it "
            "here:\n%(url)s\n\n"
            "The link works once, until %(until)s. Your current password keeps working "
            "until then.\n")) % values
    message = EmailMessage()
    message["From"] = Address(display_name=header_name(letter.business_name),
                              addr_spec=sender)
    message["To"] = Address(display_name=header_name(letter.name), addr_spec=letter.email)
    message["Subject"] = header_name(subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = f"<account.{letter.link_id}@streamer-desktop>"
    message.set_content(body)
    return message

"""The three e-mails a customer gets: confirmation (with the invitation), cancellation,
and the join link at the start time. Times are in the customer's zone and language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from streamer_desktop.i18n import N_
from streamer_desktop.service import translation
from streamer_desktop.service.mail import ical

Gettext = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Appointment:
    """Everything an e-mail about one scheduled stream needs."""

    public_id: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    customer_name: str
    customer_email: str
    customer_zone: str
    customer_locale: str
    streamer_name: str
    business_name: str
    join_url: str
    manage_url: str


def local_time(appointment: Appointment) -> str:
    """E.g. "Tuesday, 3 March 2026, 15:00 (Kolkata)"."""
    return translation.local_time(appointment.starts_at, appointment.customer_zone,
                                  appointment.customer_locale)


def invitation(a: Appointment, sender: str, now: datetime, tr: Gettext = _same
               ) -> ical.Invitation:
    summary = tr(N_("Live video with %(streamer)s, %(business)s")) % {
        "streamer": a.streamer_name, "business": a.business_name}
    description = tr(N_("Join: %(join)s\nChange or cancel: %(manage)s")) % {
        "join": a.join_url, "manage": a.manage_url}
    return ical.Invitation(
        uid=f"{a.public_id}@streamer-desktop", sequence=a.sequence, starts_at=a.starts_at,
        ends_at=a.ends_at, stamp=now, summary=summary, description=description,
        organizer_email=sender, organizer_name=a.business_name,
        attendee_email=a.customer_email, join_url=a.join_url)


def _message(a: Appointment, sender: str, kind: str, subject: str, body: str, now: datetime
             ) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((a.business_name, sender))
    message["To"] = formataddr((a.customer_name, a.customer_email))
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    # The same message always has the same id: a copy sent twice is recognisably one.
    message["Message-ID"] = f"<{kind}.{a.public_id}.{a.sequence}@streamer-desktop>"
    message.set_content(body)
    return message


def confirmation(a: Appointment, sender: str, now: datetime, tr: Gettext = _same
                 ) -> EmailMessage:
    """Sent when the customer confirms: instructions and a calendar invitation."""
    when = local_time(a)
    subject = tr(N_("Your live video appointment with %(business)s")) % {
        "business": a.business_name}
    body = tr(N_(
        "Hello %(name)s,\n\n"
        "your live video with %(streamer)s from %(business)s is booked for\n%(when)s.\n\n"
        "How it works: at that time you get an e-mail with a link, and %(streamer)s "
        "starts the stream. You can also join from this link:\n%(join)s\n\n"
        "The attached invitation adds the appointment to your calendar.\n"
        "To change or cancel it: %(manage)s\n"
    )) % {"name": a.customer_name, "streamer": a.streamer_name, "business": a.business_name,
         "when": when, "join": a.join_url, "manage": a.manage_url}
    message = _message(a, sender, "confirmation", subject, body, now)
    message.add_attachment(ical.build(invitation(a, sender, now, tr)), maintype="text",
                           subtype="calendar", filename="invite.ics",
                           params={"method": "REQUEST"})
    return message


def cancellation(a: Appointment, sender: str, now: datetime, by_customer: bool,
                 tr: Gettext = _same) -> EmailMessage:
    """Sent when either side cancels: the invitation is withdrawn (same UID)."""
    subject = tr(N_("Cancelled: your live video with %(business)s")) % {
        "business": a.business_name}
    if by_customer:
        what = tr(N_("You cancelled the live video on %(when)s.")) % {"when": local_time(a)}
    else:
        what = tr(N_("%(streamer)s had to cancel the live video on %(when)s.")) % {
            "streamer": a.streamer_name, "when": local_time(a)}
    body = tr(N_(
        "Hello %(name)s,\n\n%(what)s\n"
        "You can agree on a new time in the chat on the shop's site.\n"
    )) % {"name": a.customer_name, "what": what}
    message = _message(a, sender, "cancellation", subject, body, now)
    message.add_attachment(ical.build(invitation(a, sender, now, tr), cancel=True),
                           maintype="text", subtype="calendar", filename="cancel.ics",
                           params={"method": "CANCEL"})
    return message


def starting(a: Appointment, sender: str, now: datetime, tr: Gettext = _same
             ) -> EmailMessage:
    """Sent at the start time: the link to join."""
    subject = tr(N_("Your live video with %(business)s is starting")) % {
        "business": a.business_name}
    body = tr(N_(
        "Hello %(name)s,\n\nit is time: join %(streamer)s here:\n%(join)s\n"
    )) % {"name": a.customer_name, "streamer": a.streamer_name, "join": a.join_url}
    return _message(a, sender, "start", subject, body, now)

"""The e-mails a customer gets: confirmation (with the invitation), a time moved by the
streamer (the invitation updated), cancellation, and the join link at the start time.
Times are in the customer's zone and language.

Names and the streamer's note come from people: headers get them on one line (a line
break would start a header of the customer's making), bodies as plain text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from streamer_desktop.i18n import N_
from streamer_desktop.service import translation
from streamer_desktop.service.mail import ical
from streamer_desktop.wire import one_line

Gettext = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Appointment:
    """Everything an e-mail about one scheduled stream needs."""

    public_id: str
    calendar_id: str
    """The invitation's identity: the first stream's public id when it was moved."""
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
    cancel_note: str = ""


def local_time(appointment: Appointment) -> str:
    """E.g. "Tuesday, 3 March 2026, 15:00 (Kolkata)"."""
    return translation.local_time(appointment.starts_at, appointment.customer_zone,
                                  appointment.customer_locale)


def invitation(a: Appointment, sender: str, now: datetime, tr: Gettext = _same, *,
               accepted: bool = True) -> ical.Invitation:
    summary = tr(N_("Live video with %(streamer)s, %(business)s")) % {
        "streamer": a.streamer_name, "business": a.business_name}
    description = tr(N_("Join: %(join)s\nChange or cancel: %(manage)s")) % {
        "join": a.join_url, "manage": a.manage_url}
    return ical.Invitation(
        uid=f"{a.calendar_id}@streamer-desktop", sequence=a.sequence, starts_at=a.starts_at,
        ends_at=a.ends_at, stamp=now, summary=summary, description=description,
        organizer_email=sender, organizer_name=a.business_name,
        attendee_email=a.customer_email, join_url=a.join_url, attendee_accepted=accepted)


def header_name(text: str) -> str:
    """``text`` for a header: on one line, and never read as an RFC 2047 encoded word (a
    name typed as ``=?utf-8?q?…?=`` would otherwise be decoded into what it hides)."""
    return one_line(text).replace("=?", "= ?")


def _message(a: Appointment, sender: str, kind: str, subject: str, body: str, now: datetime
             ) -> EmailMessage:
    message = EmailMessage()
    message["From"] = Address(display_name=header_name(a.business_name), addr_spec=sender)
    message["To"] = Address(display_name=header_name(a.customer_name),
                            addr_spec=a.customer_email)
    message["Subject"] = header_name(subject)
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
    if a.cancel_note and not by_customer:
        what += "\n\n" + tr(N_("%(streamer)s wrote:")) % {"streamer": a.streamer_name}
        what += "\n" + a.cancel_note + "\n"
    body = tr(N_(
        "Hello %(name)s,\n\n%(what)s\n"
        "You can agree on a new time in the chat on the shop's site.\n"
    )) % {"name": a.customer_name, "what": what}
    message = _message(a, sender, "cancellation", subject, body, now)
    message.add_attachment(ical.build(invitation(a, sender, now, tr), cancel=True),
                           maintype="text", subtype="calendar", filename="cancel.ics",
                           params={"method": "CANCEL"})
    return message


def moved(a: Appointment, sender: str, now: datetime, tr: Gettext = _same) -> EmailMessage:
    """Sent when the streamer moves a confirmed appointment: the updated invitation (same
    UID, higher SEQUENCE) moves it in the customer's calendar; one click confirms."""
    subject = tr(N_("New time for your live video with %(business)s")) % {
        "business": a.business_name}
    body = tr(N_(
        "Hello %(name)s,\n\n"
        "%(streamer)s from %(business)s has moved your live video to\n%(when)s.\n\n"
        "Please confirm the new time with one click here:\n%(manage)s\n"
        "or decline it there if it does not suit you.\n\n"
        "The attached invitation moves the appointment in your calendar.\n"
    )) % {"name": a.customer_name, "streamer": a.streamer_name, "business": a.business_name,
         "when": local_time(a), "manage": a.manage_url}
    message = _message(a, sender, "moved", subject, body, now)
    message.add_attachment(ical.build(invitation(a, sender, now, tr, accepted=False)),
                           maintype="text",
                           subtype="calendar", filename="invite.ics",
                           params={"method": "REQUEST"})
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

"""iCalendar invitations (RFC 5545 / iTIP): a request, and its cancellation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress, vText


@dataclass(frozen=True)
class Invitation:
    """What an invitation says; ``uid`` stays the same for the appointment's life."""

    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    stamp: datetime
    summary: str
    description: str
    organizer_email: str
    organizer_name: str
    attendee_email: str
    join_url: str
    attendee_accepted: bool = True
    """False when the time was moved and waits for the customer's answer."""


def build(invitation: Invitation, *, cancel: bool = False) -> bytes:
    """The ``.ics`` text: METHOD:REQUEST, or METHOD:CANCEL for the same UID."""
    calendar = Calendar()
    calendar.add("prodid", "-//Streamer desktop//Scheduled streams//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancel else "REQUEST")
    event = Event()
    event.add("uid", invitation.uid)
    event.add("sequence", invitation.sequence)
    event.add("dtstamp", invitation.stamp)
    event.add("dtstart", invitation.starts_at)
    event.add("dtend", invitation.ends_at)
    event.add("summary", invitation.summary)
    event.add("description", invitation.description)
    event.add("url", invitation.join_url)
    event.add("location", invitation.join_url)
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    organizer = vCalAddress(f"mailto:{invitation.organizer_email}")
    organizer.params["cn"] = vText(invitation.organizer_name)
    event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{invitation.attendee_email}")
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("ACCEPTED" if invitation.attendee_accepted
                                        else "NEEDS-ACTION")
    attendee.params["rsvp"] = vText("FALSE" if invitation.attendee_accepted else "TRUE")
    event.add("attendee", attendee)
    if not cancel:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", invitation.summary)
        alarm.add("trigger", timedelta(minutes=-10))
        event.add_component(alarm)
    calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data

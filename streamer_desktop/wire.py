"""Wire types: what the service and its clients send each other, defined once.

Instants travel as ISO 8601 in UTC. Time zones travel as IANA names. The
service and the desktop's HTTP client both import these models, so a change
to the contract is one change.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from streamer_desktop.scheduling.agenda import OPEN_STATUSES

MIN_DURATION_MIN = 5
MAX_DURATION_MIN = 240
"""Bounds of a stream's duration; the overlap check relies on the upper one."""

CONSENT_TEXT_VERSION = "2026-11"
"""Version of the personal-data text a customer consents to."""


def _no_nul(text: str) -> str:
    if "\x00" in text:
        raise PydanticCustomError("nul_character", "must not contain NUL characters")
    return text


Text = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_no_nul)]
"""A string as people type it: outer blanks trimmed, NUL refused (not every database stores it)."""

def one_line(text: str) -> str:
    """``text`` with every control and line-separator character made a space, runs of
    blanks made one and outer blanks trimmed: safe in an e-mail header as in a page."""
    cleaned = "".join(
        " " if (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029") else c
        for c in text)
    return " ".join(cleaned.split())


def _filled(text: str) -> str:
    if not text:
        raise PydanticCustomError("string_too_short", "must not be empty")
    return text


Line = Annotated[str, AfterValidator(one_line), AfterValidator(_filled)]
"""A one-line text such as a person's name, never blank: line breaks and control
characters become spaces (a name reaches e-mail headers, where a line break would start
a new header)."""

Id = Annotated[int, Field(ge=1, le=2**53)]
"""A row id: positive and small enough for every database and for JavaScript."""


class Wire(BaseModel):
    """Base of every wire type: unknown fields are refused, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(StrEnum):
    """What a signed-in user may do."""

    STREAMER = "streamer"
    ADMIN = "admin"


class StreamStatus(StrEnum):
    """Where a scheduled stream is in its life."""

    AWAITING_CUSTOMER = "awaiting_customer"
    CONFIRMED = "confirmed"
    LIVE = "live"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    MISSED = "missed"

    @property
    def is_open(self) -> bool:
        """Whether the stream still holds its slot in the streamer's agenda."""
        return self.value in OPEN_STATUSES


class MessageKind(StrEnum):
    """Chat messages are text, or a typed system message rendered by each surface."""

    TEXT = "text"
    CONFIRMATION_REQUEST = "confirmation_request"
    APPOINTMENT = "appointment"
    DECLINED = "declined"
    CANCELLATION = "cancellation"
    STREAM_STARTED = "stream_started"
    STREAM_COMPLETED = "stream_completed"
    STREAM_MISSED = "stream_missed"
    TRANSFERRED = "transferred"
    """The request moved to another streamer; the body is their name."""


class EventType(StrEnum):
    """Kinds of events pushed over the event streams."""

    REQUEST_CREATED = "request.created"
    MESSAGE_CREATED = "message.created"
    STREAM_SCHEDULED = "stream.scheduled"
    STREAM_CONFIRMED = "stream.confirmed"
    STREAM_CANCELLED = "stream.cancelled"
    STREAM_STARTED = "stream.started"
    STREAM_COMPLETED = "stream.completed"
    STREAM_MISSED = "stream.missed"
    SETTINGS_CHANGED = "settings.changed"
    REQUEST_READ = "request.read"
    REQUEST_TRANSFERRED = "request.transferred"
    TEAM_CHANGED = "team.changed"
    LIVE_JOINED = "live.joined"
    """To the streamer: a customer's page asks for the picture (a new viewing session)."""
    LIVE_OFFERED = "live.offered"
    """To the customer: the streamer's WebRTC offer for one viewing session."""
    LIVE_ANSWERED = "live.answered"
    """To the streamer: the customer's WebRTC answer."""
    LIVE_LEFT = "live.left"
    """To the streamer: the customer's page closed its viewing session."""


# --- errors -----------------------------------------------------------------


class ErrorOut(Wire):
    """Every error answer: a stable code, a sentence for people, and details."""

    error: str = Field(description="Stable machine-readable code, e.g. 'stream_conflict'.")
    message: str = Field(description="A sentence that can be shown to the user.")
    details: dict[str, Any] | None = None


# --- sign-in and business ----------------------------------------------------


class UserStatus(StrEnum):
    """Where a member of a shop's team stands."""

    ACTIVE = "active"
    INVITED = "invited"
    """Invited by e-mail; cannot sign in until the invitation's password is set."""
    DISABLED = "disabled"
    REMOVED = "removed"


MIN_PASSWORD_LENGTH = 10


class LoginIn(Wire):
    email: EmailStr
    password: Text = Field(min_length=1, max_length=1024)


class UserOut(Wire):
    id: int
    email: str
    display_name: str
    role: Role
    time_zone: str
    locale: str
    online: bool


class LoginOut(Wire):
    token: str
    user: UserOut


class UserPatch(Wire):
    online: bool | None = None
    time_zone: Text | None = Field(None, max_length=64)
    locale: Text | None = Field(None, max_length=16)


class BusinessSettings(Wire):
    """The switches and defaults an admin sets for the whole team."""

    scheduled_streams_enabled: bool
    default_duration_min: int = Field(ge=MIN_DURATION_MIN, le=MAX_DURATION_MIN)
    quiet_hours_start: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    quiet_hours_end: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


class BusinessSettingsPatch(Wire):
    scheduled_streams_enabled: bool | None = None
    default_duration_min: int | None = Field(None, ge=MIN_DURATION_MIN, le=MAX_DURATION_MIN)
    quiet_hours_start: str | None = Field(None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    quiet_hours_end: str | None = Field(None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


class BusinessOut(Wire):
    id: int
    slug: str
    name: str
    settings: BusinessSettings


class MeOut(Wire):
    user: UserOut
    business: BusinessOut


# --- requests, messages, streams (streamer's view) ----------------------------


class CustomerOut(Wire):
    id: int
    name: str
    time_zone: str
    locale: str


class StreamOut(Wire):
    id: int
    request_id: int
    starts_at: datetime
    ends_at: datetime
    duration_min: int
    customer_time_zone: str
    streamer_time_zone: str
    status: StreamStatus
    cancelled_by: str | None = None
    cancelled_at: datetime | None = None
    confirmed_at: datetime | None = None
    started_at: datetime | None = None
    completed_at: datetime | None = None
    rescheduled_from_id: int | None = None
    booked_at: datetime | None = None
    cancel_note: str | None = Field(None, description="What the streamer told the customer "
                                    "on cancelling.")
    customer_details_kept: bool = Field(
        False, description="Awaiting the customer, who confirmed the time this one replaces: "
        "they confirm the new time in one click, with the e-mail and consent given before.")


class MessageOut(Wire):
    id: int
    request_id: int
    sender: str
    kind: MessageKind
    body: str
    stream: StreamOut | None = None
    created_at: datetime


class RequestOut(Wire):
    id: int
    customer: CustomerOut
    streamer_id: int
    status: str
    created_at: datetime
    last_activity_at: datetime
    last_message: MessageOut | None = None
    stream: StreamOut | None = Field(
        None, description="The request's open stream, else its most recent one."
    )
    unread: int = Field(0, description="Customer messages its streamer has not seen yet.")


class ReadMark(Wire):
    """The streamer has seen a request's messages up to this one."""

    up_to: int = Field(ge=0, le=2**53)


class ReadOut(Wire):
    """A request's read state, as the read event carries it."""

    request_id: int
    read_up_to: int
    unread: int


class MessageCreate(Wire):
    body: Text = Field(min_length=1, max_length=4000)


class StreamCreate(Wire):
    request_id: Id
    starts_at: AwareDatetime
    duration_min: int | None = Field(None, ge=MIN_DURATION_MIN, le=MAX_DURATION_MIN)
    streamer_time_zone: Text = Field(max_length=64)


class StreamCancel(Wire):
    message: Text | None = Field(None, max_length=2000, description="Optional; posted in "
                                 "the chat and written in the customer's e-mail.")


class StreamReschedule(Wire):
    starts_at: AwareDatetime
    duration_min: int | None = Field(None, ge=MIN_DURATION_MIN, le=MAX_DURATION_MIN)
    streamer_time_zone: Text | None = Field(None, max_length=64)


# --- customer side -------------------------------------------------------------


class WidgetRequestCreate(Wire):
    business: Text = Field(min_length=1, max_length=64, description="The shop's slug.")
    name: Annotated[Line, Field(max_length=200)]
    message: Text = Field(min_length=1, max_length=4000)
    time_zone: Text = Field(max_length=64)
    locale: Text = Field("en", max_length=16)


class AppointmentOut(Wire):
    """A scheduled stream as the customer sees it, with the token that acts on it."""

    token: str
    starts_at: datetime
    when: str = Field("", description="The start in the customer's zone and language, "
                      "e.g. 'Dienstag, 3. März 2026, 15:00 (Kolkata)'.")
    ends_at: datetime
    duration_min: int
    time_zone: str
    status: StreamStatus
    streamer_name: str
    business_name: str
    email: str | None = Field(None, description="The customer's e-mail once given. Set while "
                              "awaiting the customer, it means they confirmed the time this one "
                              "replaces, and one click confirms the new one.")
    cancelled_by: str | None = None
    cancel_note: str | None = None


class CustomerMessageOut(Wire):
    id: int
    sender: str
    kind: MessageKind
    body: str
    appointment: AppointmentOut | None = None
    created_at: datetime


class ConversationOut(Wire):
    customer_name: str
    streamer_name: str
    business_name: str
    time_zone: str
    locale: str
    messages: list[CustomerMessageOut]


class WidgetRequestOut(Wire):
    token: str = Field(description="Reaches this conversation and nothing else.")
    conversation: ConversationOut


class TransferIn(Wire):
    """Hand a request, its chat and its scheduled stream to a colleague."""

    to_user_id: Id


# --- the shop's team -----------------------------------------------------------


class TeamMemberOut(Wire):
    id: int
    email: str
    display_name: str
    role: Role
    status: UserStatus
    online: bool
    open_requests: int = Field(description="Open requests this member looks after.")


class InviteIn(Wire):
    email: EmailStr
    display_name: Line = Field(max_length=200)
    role: Role = Role.STREAMER


class HandoverIn(Wire):
    """Whom a disabled or removed member's requests go to (default: the least busy
    active streamer, online first)."""

    to_user_id: Id | None = None


class HandoverOut(Wire):
    member: TeamMemberOut
    requests_moved: int
    streams_moved: int
    streams_cancelled: int = Field(
        description="Streams the colleague could not take (their time was taken); the "
        "customer was told.")


class AuditEntryOut(Wire):
    id: int
    at: datetime
    actor: str
    action: str
    subject: str
    detail: dict[str, Any]


class AccountLinkOut(Wire):
    """What a one-time account link is for, shown before the password is chosen."""

    purpose: str = Field(description='"invite" or "reset".')
    email: str
    display_name: str
    business_name: str


class PasswordSet(Wire):
    token: Text = Field(min_length=1, max_length=200)
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=1024)


class ConfirmIn(Wire):
    """Without ``email``, confirms a moved time with the e-mail and consent kept from the
    time it replaces."""

    email: EmailStr | None = None
    consent: bool = False
    consent_version: Text = Field(CONSENT_TEXT_VERSION, max_length=32)


# --- live video signalling ------------------------------------------------------
# The service only relays these between the two sides: no picture passes through it.

SESSION_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
MAX_SDP = 64_000


class IceServerOut(Wire):
    """A STUN or TURN server, as ``RTCPeerConnection`` takes it."""

    urls: list[str]
    username: str | None = None
    credential: str | None = None


class LiveJoinIn(Wire):
    """A customer's page asks for the picture; ``session`` names this page's viewing."""

    session: str = Field(pattern=SESSION_PATTERN)


class LiveJoinOut(Wire):
    stream_id: int
    ice_servers: list[IceServerOut]


class LiveDescriptionIn(Wire):
    """An SDP offer (streamer) or answer (customer) for one viewing session.

    ``attempt`` numbers the streamer's offers to one viewing; an answer names the
    offer it answers, so a late answer to a replaced offer is recognised."""

    session: str = Field(pattern=SESSION_PATTERN)
    attempt: int = Field(0, ge=0, le=2**31)
    sdp: str = Field(min_length=1, max_length=MAX_SDP)


class LiveLeaveIn(Wire):
    session: str = Field(pattern=SESSION_PATTERN)


class LiveIceOut(Wire):
    """The STUN and TURN servers for a peer connection, with short-lived credentials."""

    ice_servers: list[IceServerOut]


# --- events --------------------------------------------------------------------


class EventOut(Wire):
    id: int
    type: EventType
    data: dict[str, Any]

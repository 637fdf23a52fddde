"""Requests (conversations between a customer and a streamer) and their messages."""

from __future__ import annotations

import re

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from streamer_desktop.i18n import N_
from streamer_desktop.scheduling.zones import is_valid_zone
from streamer_desktop.service import events
from streamer_desktop.service.errors import ServiceError, invalid, not_found
from streamer_desktop.service.models import (
    Business,
    Customer,
    CustomerRequest,
    Message,
    Stream,
    User,
    unattached,
)
from streamer_desktop.service.security import LinkSigner, new_public_id
from streamer_desktop.service.store.accounts import Caller
from streamer_desktop.service.store.serialize import (
    Parties,
    Views,
    customer_message_data,
    customer_message_out,
    message_out,
    request_out,
)
from streamer_desktop.service.tx import Tx
from streamer_desktop.wire import (
    ConversationOut,
    CustomerMessageOut,
    EventType,
    MessageKind,
    MessageOut,
    ReadOut,
    RequestOut,
    Role,
    StreamStatus,
    UserStatus,
    WidgetRequestCreate,
    WidgetRequestOut,
)

_LOCALE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
OPEN_STATUSES = [s.value for s in StreamStatus if s.is_open]

# Built once: putting a statement together costs more than running it on SQLite.
_REQUEST_WITH_PARTIES = (
    select(CustomerRequest)
    .options(joinedload(CustomerRequest.customer), joinedload(CustomerRequest.streamer),
             joinedload(CustomerRequest.business))
    .where(CustomerRequest.id == bindparam("request_id"))
)


def open_request(
    session: Session, body: WidgetRequestCreate, now: int, signer: LinkSigner
) -> WidgetRequestOut:
    """A customer opens a request from the widget; it goes to the least busy online streamer."""
    business = session.scalar(select(Business).where(Business.slug == body.business))
    if business is None:
        raise not_found(N_("The shop was not found."))
    if not is_valid_zone(body.time_zone):
        raise invalid("unknown_time_zone", N_("'%(zone)s' is not a known time zone."),
                      zone=body.time_zone)
    if not _LOCALE.match(body.locale):
        raise invalid("bad_locale", N_("'%(locale)s' is not a language tag."),
                      locale=body.locale)
    streamer = _least_busy_streamer(session, business.id)
    customer = Customer(
        business_id=business.id, name=body.name.strip() or body.name, time_zone=body.time_zone,
        locale=body.locale.replace("_", "-"), created_at=now,
    )
    session.add(customer)
    session.flush()
    request = CustomerRequest(
        public_id=new_public_id(), business_id=business.id, customer_id=customer.id,
        streamer_id=streamer.id, status="open", created_at=now, last_activity_at=now,
    )
    session.add(request)
    session.flush()
    message = Message(
        request_id=request.id, sender="customer", kind=MessageKind.TEXT.value,
        body=body.message, created_at=now,
    )
    session.add(message)
    session.flush()
    events.append(
        session, events.streamer_topic(streamer.id), EventType.REQUEST_CREATED,
        {"request": request_out(request, message, None, unread=1).model_dump(mode="json")},
        now,
    )
    token = signer.sign("conversation", request.public_id)
    return WidgetRequestOut(token=token, conversation=conversation(session, request, signer))


def _least_busy_streamer(session: Session, business_id: int) -> User:
    """The online streamer with the fewest open requests; any streamer if none is online."""
    streamer = least_busy(session, business_id)
    if streamer is None:
        raise ServiceError(
            503, "no_streamer", N_("No streamer works for this shop yet. Please try later.")
        )
    return streamer


def least_busy(session: Session, business_id: int, *, excluding: int | None = None
               ) -> User | None:
    """The active streamer with the fewest open requests, online ones first."""
    open_count = (
        select(func.count(CustomerRequest.id))
        .where(CustomerRequest.streamer_id == User.id, CustomerRequest.status == "open")
        .correlate(User)
        .scalar_subquery()
    )
    query = select(User).where(User.business_id == business_id,
                               User.role == Role.STREAMER.value,
                               User.status == UserStatus.ACTIVE.value)
    if excluding is not None:
        query = query.where(User.id != excluding)
    return session.scalar(query.order_by(User.online.desc(), open_count, User.id).limit(1))


def requests_of(session: Session, caller: Caller) -> list[RequestOut]:
    """The caller's requests (an admin sees the whole business's), newest activity first."""
    query = select(CustomerRequest).join(CustomerRequest.customer)
    if caller.role is Role.ADMIN:
        query = query.where(CustomerRequest.business_id == caller.business_id)
    else:
        query = query.where(CustomerRequest.streamer_id == caller.user_id)
    requests = list(
        session.scalars(query.order_by(CustomerRequest.last_activity_at.desc())).unique()
    )
    if not requests:
        return []
    ids = [r.id for r in requests]
    last_ids = select(func.max(Message.id)).where(Message.request_id.in_(ids)).group_by(
        Message.request_id
    )
    last_messages = {m.request_id: m for m in session.scalars(
        select(Message).where(Message.id.in_(last_ids))
    )}
    streams: dict[int, Stream] = {}
    by_id: dict[int, Stream] = {}
    for stream in session.scalars(
        select(Stream).where(Stream.request_id.in_(ids)).order_by(Stream.id)
    ):
        by_id[stream.id] = stream
        current = streams.get(stream.request_id)
        if current is None or stream.status in OPEN_STATUSES or (
            current.status not in OPEN_STATUSES
        ):
            streams[stream.request_id] = stream
    unread: dict[int, int] = {request_id: count for request_id, count in session.execute(
        select(Message.request_id, func.count(Message.id))
        .join(CustomerRequest, CustomerRequest.id == Message.request_id)
        .where(Message.request_id.in_(ids), Message.sender == "customer",
               Message.id > CustomerRequest.read_up_to)
        .group_by(Message.request_id)
    )}
    result = []
    for request in requests:
        last = last_messages.get(request.id)
        last_stream = by_id.get(last.stream_id) if last and last.stream_id else None
        result.append(request_out(request, last, streams.get(request.id), last_stream,
                                  unread.get(request.id, 0)))
    return result


def mark_read(session: Session, caller: Caller, request_id: int, up_to: int,
              now: int) -> ReadOut:
    """The caller has seen the request's messages up to ``up_to``: its unread count
    drops and every window of the streamer is told. Reading never goes back, and only
    the streamer the request is assigned to marks it (an admin looking leaves it)."""
    request = request_of(session, caller, request_id)
    newest = session.scalar(select(func.max(Message.id)).where(
        Message.request_id == request.id)) or 0
    target = min(up_to, newest)
    if caller.user_id == request.streamer_id and target > request.read_up_to:
        request.read_up_to = target
        session.flush()
        read = _read_out(session, request)
        events.append(session, events.streamer_topic(request.streamer_id),
                      EventType.REQUEST_READ, {"read": read.model_dump(mode="json")}, now)
        return read
    return _read_out(session, request)


def _read_out(session: Session, request: CustomerRequest) -> ReadOut:
    return ReadOut(request_id=request.id, read_up_to=request.read_up_to,
                   unread=unread_of(session, request))


def unread_of(session: Session, request: CustomerRequest) -> int:
    """How many of the customer's messages the request's streamer has not seen."""
    return session.scalar(select(func.count(Message.id)).where(
        Message.request_id == request.id, Message.sender == "customer",
        Message.id > request.read_up_to)) or 0


def request_of(session: Session, caller: Caller, request_id: int) -> CustomerRequest:
    """One of the caller's requests; 404 for another's, so ids reveal nothing."""
    request = session.scalar(_REQUEST_WITH_PARTIES, {"request_id": request_id})
    if request is None or not may_see(caller, request.business_id, request.streamer_id):
        raise not_found(N_("The request was not found."))
    return request


def may_see(caller: Caller, business_id: int, streamer_id: int) -> bool:
    """Whether the caller may see a request: its streamer may, and so may the shop's
    admins."""
    return business_id == caller.business_id and (
        caller.role is Role.ADMIN or streamer_id == caller.user_id)


def messages_of(
    session: Session, caller: Caller, request_id: int, after_id: int = 0, limit: int = 200,
    before_id: int | None = None,
) -> list[MessageOut]:
    """Messages of one of the caller's requests, oldest first.

    With ``before_id``: the newest ``limit`` messages older than it (a chat opens at
    its newest page and reads back from there); otherwise the oldest ``limit``
    messages after ``after_id``.
    """
    request = request_of(session, caller, request_id)
    if before_id is not None:
        rows = list(reversed(list(session.scalars(
            select(Message)
            .where(Message.request_id == request.id, Message.id > after_id,
                   Message.id < before_id)
            .order_by(Message.id.desc())
            .limit(limit)
        ))))
    else:
        rows = list(session.scalars(
            select(Message)
            .where(Message.request_id == request.id, Message.id > after_id)
            .order_by(Message.id)
            .limit(limit)
        ))
    streams = _streams_by_id(session, rows)
    return [message_out(m, streams.get(m.stream_id or 0)) for m in rows]


def post_message(
    session: Session, request: CustomerRequest, sender: str, kind: MessageKind, body: str,
    now: int, stream: Stream | None = None,
) -> Message:
    """Add a message to a conversation and tell both sides (see :func:`add_message`)."""
    tx = Tx.of(session)  # flushed: a stream made in this write has its id
    business = session.get_one(Business, request.business_id)
    touch = request.last_activity_at != now
    message = add_message(tx, request.id, request.streamer_id, Parties.of(request, business),
                          sender, kind, body, now, stream, touch=touch)
    if touch:
        set_committed_value(request, "last_activity_at", now)
    return message


def add_message(
    tx: Tx, request_id: int, streamer_id: int, parties: Parties, sender: str,
    kind: MessageKind, body: str, now: int, stream: Stream | None, *, touch: bool = True,
    views: Views | None = None,
) -> Message:
    """Store a message of a request, mark the request active at ``now`` (unless told it
    already is), and tell the streamer and the customer. ``views``: the stream's, when
    already made.

    The message is returned as an object carrying its values, outside any session."""
    stream_id = stream.id if stream is not None else None
    message_id = tx.scalar(
        "INSERT INTO messages (request_id, sender, kind, body, stream_id, created_at) "
        "VALUES (:request_id, :sender, :kind, :body, :stream_id, :now) RETURNING id",
        {"request_id": request_id, "sender": sender, "kind": kind.value, "body": body,
         "stream_id": stream_id, "now": now})
    message = unattached(Message, {
        "id": message_id, "request_id": request_id, "sender": sender, "kind": kind.value,
        "body": body, "stream_id": stream_id, "created_at": now})
    if touch:
        tx.run("UPDATE requests SET last_activity_at = :now WHERE id = :request_id",
               {"request_id": request_id, "now": now})
    streamer_view, customer_view = (views.streamer, views.customer) if views else (None, None)
    tx.event(events.streamer_topic(streamer_id), EventType.MESSAGE_CREATED,
             {"message": message_out(message, stream, streamer_view).model_dump(mode="json")},
             now)
    tx.event(events.conversation_topic(request_id), EventType.MESSAGE_CREATED,
             {"message": customer_message_data(message, stream, parties, customer_view)}, now)
    return message


def customer_view(
    session: Session, request: CustomerRequest, message: Message, signer: LinkSigner
) -> CustomerMessageOut:
    """A text message as the customer sees it."""
    business = session.get_one(Business, request.business_id)
    return customer_message_out(message, None, Parties.of(request, business), signer)


def request_by_token(session: Session, token: str, signer: LinkSigner) -> CustomerRequest:
    """The conversation a customer's token names; 404 for anything else."""
    public_id = signer.verify("conversation", token)
    request = None if public_id is None else session.scalar(
        select(CustomerRequest).where(CustomerRequest.public_id == public_id)
    )
    if request is None:
        raise not_found(N_("The conversation was not found."))
    return request


def conversation(
    session: Session, request: CustomerRequest, signer: LinkSigner, limit: int = 500
) -> ConversationOut:
    """The customer's view of their conversation."""
    business = session.get_one(Business, request.business_id)
    parties = Parties.of(request, business)
    rows = list(session.scalars(
        select(Message).where(Message.request_id == request.id).order_by(Message.id.desc())
        .limit(limit)
    ))[::-1]
    streams = _streams_by_id(session, rows)
    return ConversationOut(
        customer_name=request.customer.name,
        streamer_name=request.streamer.display_name,
        business_name=business.name,
        time_zone=request.customer.time_zone,
        locale=request.customer.locale,
        messages=[
            customer_message_out(m, streams.get(m.stream_id or 0), parties, signer)
            for m in rows
        ],
    )


def _streams_by_id(session: Session, messages: list[Message]) -> dict[int, Stream]:
    ids = {m.stream_id for m in messages if m.stream_id is not None}
    if not ids:
        return {}
    return {s.id: s for s in session.scalars(select(Stream).where(Stream.id.in_(ids)))}

"""The customer's side: open a request, chat, confirm or cancel an appointment.

Each route is reached only with a token from the customer's own links: the
conversation token for the chat, the appointment token for the appointment.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from sqlalchemy.orm import Session

from streamer_desktop.service import events
from streamer_desktop.service.deps import Ctx
from streamer_desktop.service.routes import errors
from streamer_desktop.service.store import conversations, streams
from streamer_desktop.wire import (
    AppointmentOut,
    ConfirmIn,
    ConversationOut,
    CustomerMessageOut,
    MessageCreate,
    MessageKind,
    WidgetRequestCreate,
    WidgetRequestOut,
)

router = APIRouter(prefix="/api", tags=["customer"])

Token = Annotated[str, Path(min_length=10, max_length=200)]


@router.post("/widget/requests", status_code=201, responses=errors(404, 422, 503))
async def open_request(ctx: Ctx, body: WidgetRequestCreate) -> WidgetRequestOut:
    """Open a request from the shop's chat widget; returns the conversation's token."""
    now = ctx.now()
    return await ctx.db.run_write(
        lambda session: conversations.open_request(session, body, now, ctx.signer)
    )


@router.get("/c/{token}", responses=errors(404))
def get_conversation(ctx: Ctx, token: Token, response: Response) -> ConversationOut:
    """The conversation, as the customer sees it.

    The ``Last-Event-ID`` header names the newest event it reflects: an event
    stream opened from there misses nothing that came after.
    """
    with ctx.db.read() as session:
        request = conversations.request_by_token(session, token, ctx.signer)
        response.headers["Last-Event-ID"] = str(events.newest_id(session))
        return conversations.conversation(session, request, ctx.signer)


@router.post("/c/{token}/messages", status_code=201, responses=errors(404, 422))
async def post_message(ctx: Ctx, token: Token, body: MessageCreate) -> CustomerMessageOut:
    """Send a chat message to the streamer."""
    now = ctx.now()

    def send(session: Session) -> CustomerMessageOut:
        request = conversations.request_by_token(session, token, ctx.signer)
        message = conversations.post_message(
            session, request, "customer", MessageKind.TEXT, body.body, now
        )
        return conversations.customer_view(session, request, message, ctx.signer)

    return await ctx.db.run_write(send)


@router.get("/a/{token}", responses=errors(404))
def get_appointment(ctx: Ctx, token: Token) -> AppointmentOut:
    """The appointment, as the customer sees it."""
    with ctx.db.read() as session:
        stream = streams.appointment_by_token(session, token, ctx.signer)
        return streams.appointment_view(session, stream, ctx.signer)


@router.post("/a/{token}/confirm", responses=errors(404, 409, 422))
async def confirm(ctx: Ctx, token: Token, body: ConfirmIn) -> AppointmentOut:
    """Confirm with an e-mail address and consent to personal-data processing."""
    now = ctx.now()

    def confirm_it(session: Session) -> AppointmentOut:
        stream = streams.appointment_by_token(session, token, ctx.signer)
        streams.confirm(session, stream, body, now)
        return streams.appointment_view(session, stream, ctx.signer)

    return await ctx.db.run_write(confirm_it)


@router.post("/a/{token}/cancel", responses=errors(404, 409))
async def cancel(ctx: Ctx, token: Token) -> AppointmentOut:
    """Decline or cancel; the streamer is told. Cancelling again changes nothing."""
    now = ctx.now()

    def cancel_it(session: Session) -> AppointmentOut:
        stream = streams.appointment_by_token(session, token, ctx.signer)
        streams.cancel_by_customer(session, stream, now)
        return streams.appointment_view(session, stream, ctx.signer)

    return await ctx.db.run_write(cancel_it)

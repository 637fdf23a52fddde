"""The customer's and the admin's web pages: plain HTML, CSS and JavaScript, no build step.

Pages are static files; they read their token from the address and talk to the
API like any client, so nothing a user typed is ever put into HTML by the server.
"""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, Path, Response
from fastapi.responses import FileResponse

from streamer_desktop.service import mailing, translation
from streamer_desktop.service.deps import Ctx
from streamer_desktop.service.routes import errors
from streamer_desktop.service.routes.customer import Token
from streamer_desktop.service.store import streams

WEB = FilePath(__file__).resolve().parents[1] / "web"

router = APIRouter(tags=["pages"])

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # tokens in page addresses stay on this site
}


def _page(name: str) -> FileResponse:
    return FileResponse(WEB / name, media_type="text/html; charset=utf-8",
                        headers=SECURITY_HEADERS)


@router.get("/", include_in_schema=False)
def shop() -> FileResponse:
    """The demo shop page with the chat widget."""
    return _page("shop.html")


@router.get("/appointment/{token}", include_in_schema=False)
def appointment(token: Token) -> FileResponse:
    """The customer's appointment: details, add to calendar, cancel."""
    return _page("appointment.html")


@router.get("/stream/{token}", include_in_schema=False)
def stream(token: Token) -> FileResponse:
    """The stream page of a conversation: waiting, then live with the chat."""
    return _page("stream.html")


@router.get("/admin", include_in_schema=False)
def admin() -> FileResponse:
    """The shop admin's pages: settings, team, requests, audit log."""
    return _page("admin.html")


@router.get("/account/{token}", include_in_schema=False)
def account(token: str) -> FileResponse:
    """A team member's one-time link: choose a password (invitation or reset)."""
    return _page("account.html")


@router.get("/privacy", include_in_schema=False)
def privacy() -> FileResponse:
    """The personal-data text customers consent to."""
    return _page("privacy.html")


@router.get("/api/i18n/{locale}", tags=["pages"])
def page_texts(locale: Annotated[str, Path(max_length=35)]) -> dict[str, object]:
    """The web pages' texts in the language closest to ``locale`` (English: none needed)."""
    language, messages = translation.page_messages(locale)
    return {"locale": language, "messages": messages}


@router.get("/api/a/{token}/calendar.ics", tags=["customer"],
            responses={200: {"content": {"text/calendar": {}}}, **errors(404)})
def calendar_file(ctx: Ctx, token: Token) -> Response:
    """The appointment as an iCalendar file, for "Add to calendar"."""
    with ctx.db.read() as session:
        stream_row = streams.appointment_by_token(session, token, ctx.signer)
        body = mailing.calendar_file(ctx, session, stream_row)
    return Response(body, media_type="text/calendar; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="live-video.ics"'})

"""The application factory: builds the service's parts and wires the routes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from streamer_desktop import __version__
from streamer_desktop.i18n import N_
from streamer_desktop.service import demo, jobs, mailing, validation
from streamer_desktop.service.context import ServiceContext
from streamer_desktop.service.db import Database
from streamer_desktop.service.errors import ServiceError
from streamer_desktop.service.events import EventBroker
from streamer_desktop.service.listener import EventListener
from streamer_desktop.service.models import ServiceState
from streamer_desktop.service.routes import (
    account,
    customer,
    live,
    pages,
    requests,
    streams,
    team,
)
from streamer_desktop.service.routes import events as event_routes
from streamer_desktop.service.security import LinkSigner
from streamer_desktop.service.settings import ServiceSettings
from streamer_desktop.service.store.clock import Clock, system_clock
from streamer_desktop.service.translation import gettext_for
from streamer_desktop.wire import ErrorOut

log = logging.getLogger(__name__)


def create_app(settings: ServiceSettings, *, clock: Clock = system_clock) -> FastAPI:
    """A ready-to-serve app; the schema is migrated when it starts."""
    db = Database(settings.resolved_database_url())
    broker = EventBroker()
    # SQLite serves one process, which hands its events out as it commits them; on
    # PostgreSQL every replica's listener hands out every replica's events.
    listener = None if db.is_sqlite else EventListener(db, broker.publish_live)
    if listener is None:
        db.set_publisher(broker.publish)
    context = ServiceContext(
        settings=settings, db=db, broker=broker,
        signer=LinkSigner(settings.resolved_secret_key()), clock=clock,
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        broker.bind(asyncio.get_running_loop())
        try:
            await run_in_threadpool(_prepare, context)
        except BaseException as exc:
            if isinstance(exc, KeyMismatchError):
                log.error("%s", exc)  # said plainly, before the server reports the failure
            db.dispose()  # the start failed: no connection may stay open
            raise
        if listener is not None:
            listener.start()
        workers = [asyncio.create_task(jobs.run_sweeper(context)),
                   asyncio.create_task(mailing.run_mailer(context, mailing.mailer_for(settings)))]
        try:
            yield
        finally:
            for worker in workers:
                worker.cancel()
            for worker in workers:
                with contextlib.suppress(asyncio.CancelledError):
                    await worker
            if listener is not None:
                await run_in_threadpool(listener.stop)
            db.dispose()

    app = FastAPI(
        title="Streamer sync service",
        version=__version__,
        description="Requests, chats and scheduled streams of live-video-shopping streamers.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        # Nothing reads OpenTelemetry here; checking for a provider cost 4 % of a booking.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.context = context
    _install_error_handlers(app)
    for module in (account, requests, streams, live, team, customer, event_routes,
                   pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=pages.WEB / "static"), name="static")

    @app.get("/api/health", tags=["service"])
    def health() -> dict[str, str]:
        """Whether the service answers, and its version."""
        return {"status": "ok", "version": __version__}

    return app


class KeyMismatchError(RuntimeError):
    """This replica signs with another key than the database was first served with."""


KEY_FINGERPRINT = "link_key_fingerprint"


def _prepare(context: ServiceContext) -> None:
    with context.db.starting():
        context.db.migrate()
        with context.db.write() as session:
            if not context.db.is_sqlite:  # only a shared database has replicas
                _check_key(session, context.signer.fingerprint)
            if context.settings.demo:
                demo.seed_if_empty(session, context.now())


def _check_key(session: Session, fingerprint: str) -> None:
    """The first replica records its key's fingerprint; any other must match it, or
    links made by one would be refused by another."""
    known = session.get(ServiceState, KEY_FINGERPRINT)
    if known is None:
        session.add(ServiceState(name=KEY_FINGERPRINT, value=fingerprint))
    elif known.value != fingerprint:
        raise KeyMismatchError(
            "This service's secret key is not the one this database was first served "
            "with, so customer links would not be valid across replicas. Give every "
            "replica the same key in STREAMER_SECRET_KEY.")


def _error(status: int, code: str, message: str, details: dict[str, object] | None = None
           ) -> JSONResponse:
    body = ErrorOut(error=code, message=message, details=details)
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status)


def _reader_language(request: Request) -> str:
    """The first language of the Accept-Language header ("en" without one)."""
    header = request.headers.get("accept-language", "")
    return header.split(",")[0].split(";")[0].strip() or "en"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def on_service_error(request: Request, exc: ServiceError) -> JSONResponse:
        tr = gettext_for(_reader_language(request))
        message = tr(exc.message)
        if "%(" in message:
            message = message % (exc.details or {})
        return _error(exc.status, exc.code, message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, problems = validation.describe(
            exc.errors(), gettext_for(_reader_language(request))
        )
        return _error(422, "invalid_input", message, {"errors": problems})

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, text = _HTTP_ERRORS.get(exc.status_code, ("http_error", ""))
        message = gettext_for(_reader_language(request))(text) if text else str(exc.detail)
        return _error(exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.error("Unexpected error", exc_info=exc)
        tr = gettext_for(_reader_language(request))
        return _error(500, "internal_error",
                      tr(N_("Something went wrong on the server. Please try again.")))


_HTTP_ERRORS = {
    404: ("not_found", N_("There is nothing at this address.")),
    405: ("method_not_allowed", N_("This address does not take this kind of request.")),
}

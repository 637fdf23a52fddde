"""Timed work of the service: streams whose time ran out become *missed*."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from streamer_desktop.service.context import ServiceContext
from streamer_desktop.service.models import Stream
from streamer_desktop.service.store import streams
from streamer_desktop.wire import StreamStatus

log = logging.getLogger(__name__)

_UNSTARTED = [StreamStatus.AWAITING_CUSTOMER.value, StreamStatus.CONFIRMED.value]


def sweep_once(ctx: ServiceContext) -> int:
    """Mark every stream whose time ran out unstarted; returns how many."""
    now = ctx.now()
    with ctx.db.read() as session:  # a cheap look first: most sweeps find nothing
        due = session.scalar(
            select(Stream.id).where(Stream.status.in_(_UNSTARTED), Stream.ends_at <= now)
            .limit(1)
        )
    if due is None:
        return 0
    with ctx.db.write() as session:
        return streams.mark_missed(session, now)


async def run_sweeper(ctx: ServiceContext) -> None:
    """Sweep every ``sweep_interval_s`` until cancelled; a failing sweep is logged, not fatal."""
    while True:
        try:
            count = await run_in_threadpool(sweep_once, ctx)
            if count:
                log.info("Marked %d stream(s) as missed", count)
        except Exception:
            log.exception("Timed work failed; it is tried again at the next sweep")
        await asyncio.sleep(ctx.settings.sweep_interval_s)

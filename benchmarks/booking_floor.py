"""The floor the service's booking throughput is measured against: the least a booking
can cost on the same stack.

A FastAPI app on the same uvicorn (httptools, uvloop) with one SQLite WAL file and one
writer thread, doing only what no booking can skip: check the bearer token, validate
the body with pydantic, then in one ``BEGIN IMMEDIATE`` transaction an indexed overlap
check and an insert. No events, no outbox, no chat message.

Run by ``benchmarks/service_bench.py``; alone: ``python benchmarks/booking_floor.py DIR``
prints ``Serving on URL``.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import uvicorn
from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel, Field

TOKEN = "floor-token"


class BookIn(BaseModel):
    request_id: int = Field(ge=1)
    starts_at: AwareDatetime
    streamer_time_zone: str = Field(max_length=64)
    duration_min: int | None = Field(None, ge=5, le=240)


def create(path: Path) -> FastAPI:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE IF NOT EXISTS streams (id INTEGER PRIMARY KEY, "
                       "request_id INTEGER, streamer_id INTEGER, starts_at INTEGER, "
                       "ends_at INTEGER, status TEXT)")
    connection.execute("CREATE INDEX IF NOT EXISTS ix_streams ON streams "
                       "(streamer_id, starts_at)")
    writer = ThreadPoolExecutor(max_workers=1)
    app = FastAPI(telemetry={"tracing": False, "metrics": False, "logs": False})

    def book(body: BookIn) -> int | None:
        starts = int(body.starts_at.timestamp())
        ends = starts + (body.duration_min or 30) * 60
        connection.execute("BEGIN IMMEDIATE")
        try:
            clash = connection.execute(
                "SELECT id FROM streams WHERE streamer_id = 2 AND starts_at > ? AND "
                "starts_at < ? AND ends_at > ? AND status = 'awaiting_customer' LIMIT 1",
                (starts - 240 * 60, ends, starts)).fetchone()
            if clash is not None:
                connection.execute("ROLLBACK")
                return None
            cursor = connection.execute(
                "INSERT INTO streams (request_id, streamer_id, starts_at, ends_at, status) "
                "VALUES (?, 2, ?, ?, 'awaiting_customer')", (body.request_id, starts, ends))
            connection.execute("COMMIT")
            return cursor.lastrowid
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    @app.post("/api/streams", status_code=201)
    async def schedule(body: BookIn,
                       authorization: Annotated[str, Header()] = "") -> JSONResponse:
        if authorization != f"Bearer {TOKEN}":
            raise HTTPException(401)
        stream_id = await asyncio.get_running_loop().run_in_executor(writer, book, body)
        if stream_id is None:
            raise HTTPException(409)
        return JSONResponse({"id": stream_id, "starts_at": body.starts_at.isoformat(),
                             "booked_at": datetime.now(UTC).isoformat()}, status_code=201)

    return app


def main() -> None:
    folder = Path(sys.argv[1])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)  # connections wait in the backlog until the server runs
    print(f"Serving on http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(create(folder / "floor.sqlite3"), log_config=None,
                            access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()

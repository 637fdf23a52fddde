"""Running the service: in the foreground (``serve``, also as the desktop's child
process), or in a thread of the caller's process (tests, with an injected clock).

The socket is bound before uvicorn starts, so the URL (with the real port when
port 0 was asked for) is known at once; callers still wait until start-up
(migrations, demo data) has finished before they use it.
"""

from __future__ import annotations

import gc
import logging
import re
import socket
import sys
import threading

import uvicorn

from streamer_desktop.service.app import create_app
from streamer_desktop.service.settings import ServiceSettings
from streamer_desktop.service.store.clock import Clock, system_clock

log = logging.getLogger(__name__)

_TOKEN_IN_PATH = re.compile(r"/api/(c|a)/[^/?\s]+")


class RedactTokens(logging.Filter):
    """Hides customer tokens in logged paths: a logged link would open the conversation."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _TOKEN_IN_PATH.sub(r"/api/\1/<token>", a) if isinstance(a, str) else a
                for a in record.args
            )
        return True


class _Server(uvicorn.Server):
    """uvicorn's server, telling a waiting thread when start-up is over.

    ``own_process``: it is the process's only work, which may then set aside what
    start-up made (see :meth:`startup`).
    """

    def __init__(self, config: uvicorn.Config, *, own_process: bool = False) -> None:
        super().__init__(config)
        self.ready = threading.Event()
        self._own_process = own_process

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
            if self._own_process and self.started:
                # What start-up made (the app, its schemas, the ORM's mappers) lives as
                # long as the process. Set aside, the garbage collector's full passes
                # no longer walk it: they took 110-150 ms each under load, a pause for
                # every request in flight.
                gc.collect()
                gc.freeze()
        finally:
            self.ready.set()


def _run_quietly(server: _Server, sock: socket.socket) -> None:
    """Serve on this thread. A failed start ends in ``SystemExit`` from uvicorn, which
    must not end the process that embeds the service: its log has said why, and
    :meth:`EmbeddedService.start` reports it."""
    try:
        server.run(sockets=[sock])
    except SystemExit:
        server.ready.set()


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio turns on TCP_NODELAY only for sockets that do, and
    # without it every kept-alive response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    """The http URL a bound socket answers at."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def _config(settings: ServiceSettings, clock: Clock) -> uvicorn.Config:
    logging.getLogger("uvicorn.access").addFilter(RedactTokens())
    return uvicorn.Config(
        create_app(settings, clock=clock),
        log_config=None,
        access_log=settings.access_log,
        timeout_graceful_shutdown=3,
        lifespan="on",
    )


def _with_public_url(settings: ServiceSettings, url: str) -> ServiceSettings:
    """Links in e-mails point at ``url`` unless a public address is configured."""
    return settings if settings.public_url else settings.model_copy(update={"public_url": url})


class EmbeddedService:
    """The service in a background thread, as the desktop runs it."""

    def __init__(self, settings: ServiceSettings, *, clock: Clock = system_clock) -> None:
        self._settings = settings
        self._clock = clock
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.url = ""

    def start(self, timeout: float = 60.0) -> str:
        """Start serving; returns the URL once the service answers."""
        sock = bind(self._settings.host, self._settings.port)
        self._socket = sock
        self.url = url_of(sock)
        server = _Server(_config(_with_public_url(self._settings, self.url), self._clock))
        self._server = server
        self._thread = threading.Thread(
            target=_run_quietly, args=(server, sock), name="sync-service", daemon=True
        )
        self._thread.start()
        if not server.ready.wait(timeout) or not server.started:
            self.stop()
            raise RuntimeError("The sync service did not start; see the log for why.")
        return self.url

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the service to finish its requests and stop; wait for it."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = None
        self._thread = None
        self._socket = None


def serve(settings: ServiceSettings, *, announce: bool = True, with_parent: bool = False
          ) -> None:
    """Serve in the foreground until interrupted (SIGINT or SIGTERM), or, ``with_parent``,
    until standard input closes (the parent process stopped us, or ended)."""
    sock = bind(settings.host, settings.port)
    server = _Server(_config(_with_public_url(settings, url_of(sock)), system_clock),
                     own_process=True)

    if with_parent:
        def _watch_parent() -> None:
            for _ in sys.stdin:
                pass
            server.should_exit = True

        threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()

    url = url_of(sock)  # read now: the socket is closed once the server stops

    def _announce() -> None:
        server.ready.wait()
        if server.started and announce:
            # Scripts read this line to learn the port when port 0 was asked for.
            print(f"Serving on {url}", flush=True)

    threading.Thread(target=_announce, daemon=True).start()
    server.run(sockets=[sock])

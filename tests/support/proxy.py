"""A TCP proxy on loopback that a test can cut, to drop a client's connections."""

from __future__ import annotations

import asyncio
import threading
from contextlib import suppress


class CuttableProxy:
    """Forwards 127.0.0.1:<port> to a target; :meth:`cut` drops every connection and
    refuses new ones until :meth:`restore`."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        # Every accepted connection, from the moment it exists: one accepted just as
        # the proxy shuts may never reach _handle, and must be closed all the same.
        self._accepted: set[asyncio.BaseTransport] = set()
        self._closing = False
        self._handlers: set[asyncio.Task[None]] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    def start(self) -> str:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return f"http://127.0.0.1:{self.port}"

    def cut(self) -> None:
        asyncio.run_coroutine_threadsafe(self._cut(), self._loop).result(10)

    def restore(self) -> None:
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)

    def stop(self) -> None:
        with suppress(RuntimeError):
            asyncio.run_coroutine_threadsafe(self._shut(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _listen(self) -> None:
        self._server = await self._loop.create_server(self._protocol, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    def _protocol(self) -> asyncio.StreamReaderProtocol:
        return _Accepted(asyncio.StreamReader(), self._handle, self._accepted)

    async def _shut(self) -> None:
        self._closing = True
        await self._cut()
        # Connections accepted just before the server closed still have their
        # callbacks queued: let them run (they see _closing and hang up), then end
        # whatever is left.
        for _ in range(3):
            await asyncio.sleep(0)
        # Only our handlers are cancelled: asyncio's own task that wraps a just-accepted
        # socket in a transport would, cancelled before its first step, leave that
        # socket open for ever.
        tasks = list(self._handlers)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._cut()  # what the handlers left, until every socket is closed

    async def _cut(self) -> None:
        await self._stop_listening()
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()
        # Also those accepted that no handler has taken yet: a cut drops every
        # connection, and one left to itself here was later collected unclosed.
        for transport in list(self._accepted):
            transport.abort()  # type: ignore[attr-defined]
        # An aborted transport closes its socket on a later turn of the loop: keep the
        # loop turning until each has, or its socket would outlive the loop.
        for _ in range(100):
            if not self._accepted:
                break
            await asyncio.sleep(0)

    async def _stop_listening(self) -> None:
        """Close the listening server without losing a connection asyncio accepted but
        has not yet attached: Server.close() in that gap fails the attach and leaves the
        accepted socket open until it is collected (CPython gh-109564, gh-155934; a
        ResourceWarning in whichever test then collects it)."""
        server, self._server = self._server, None
        if server is None:
            return
        for sock in server.sockets:
            self._loop.remove_reader(sock.fileno())  # accept no more
        for _ in range(10):  # what was accepted attaches (and is then ours to drop)
            await asyncio.sleep(0)
        server.close()
        await server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # Python 3.11's stream protocol calls exception() on the finished handler task,
        # which raises (and logs an error) when the task was cancelled: a handler
        # cancelled at shutdown therefore ends normally.
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            await self._serve(reader, writer)
        except asyncio.CancelledError:
            writer.transport.abort()
        finally:
            self._handlers.discard(task)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        if self._closing:
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.transport.abort()
            return
        self._writers.add(up_writer)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer),
                             return_exceptions=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        finally:
            self._writers.discard(writer)
            writer.transport.abort()


class _Accepted(asyncio.StreamReaderProtocol):
    """A stream protocol that files its transport as soon as the connection exists."""

    def __init__(self, reader: asyncio.StreamReader, handle: object,
                 accepted: set[asyncio.BaseTransport]) -> None:
        super().__init__(reader, handle)  # type: ignore[arg-type]
        self._accepted = accepted
        self._own: asyncio.BaseTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._own = transport
        self._accepted.add(transport)
        super().connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._own is not None:
            self._accepted.discard(self._own)
        super().connection_lost(exc)

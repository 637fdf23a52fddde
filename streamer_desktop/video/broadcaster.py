"""One live stream's media: a source, and a WebRTC peer connection per viewing.

Everything of aiortc runs on a thread of its own with its own event loop, so that
encoding and packets never hold up the window. Calls from other threads return
``concurrent.futures.Future``; what happens on the media thread is reported through
the callbacks given at construction, called on that thread (a Qt signal emitted from
them reaches the window safely).

A customer's page is one *viewing*: reloading the page or opening the link in another
browser makes a new viewing, and the broadcaster then closes the previous one. A
viewing whose connection failed is offered again by the desktop, with a fresh peer
connection (aiortc has no ICE restart), and the stream goes on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import av
from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamError

from streamer_desktop.video import memory
from streamer_desktop.video.sources import Source

log = logging.getLogger(__name__)

T = TypeVar("T")

PREVIEW_SIZE = (320, 180)
PREVIEW_EVERY = 3
"""The self-view shows every third frame: ten a second at 30."""


@dataclass(frozen=True)
class IceServer:
    urls: list[str]
    username: str | None = None
    credential: str | None = None


def without_mdns_candidates(sdp: str) -> str:
    """``sdp`` without the ICE candidates browsers name by an mDNS host name
    (``….local``) to hide their local addresses.

    aiortc waits up to a second to resolve each of them, one after the other, before it
    connects, and they resolve only on the streamer's own network. There the browser's
    checks reach the addresses in our offer anyway, and the connection is made with the
    address they come from; from anywhere else only STUN's and TURN's candidates help.
    """
    return "".join(
        line for line in sdp.splitlines(keepends=True)
        if not (line.startswith("a=candidate:") and ".local " in line))


class _Gate(MediaStreamTrack):
    """Passes its source's frames on, or black pictures (silence) while muted."""

    def __init__(self, source: MediaStreamTrack) -> None:
        super().__init__()
        self.kind = source.kind
        self.muted = False
        self._source = source
        self._blank: Any = None

    async def recv(self) -> Any:
        if self.readyState != "live":
            raise MediaStreamError
        frame = await self._source.recv()
        if not self.muted:
            return frame
        blank = self._blank_like(frame)
        blank.pts, blank.time_base = frame.pts, frame.time_base
        return blank

    def _blank_like(self, frame: Any) -> Any:
        if isinstance(frame, av.VideoFrame):
            key = (frame.width, frame.height)
            if self._blank is None or self._blank[0] != key:
                blank = av.VideoFrame(frame.width, frame.height, "yuv420p")
                for plane, value in zip(blank.planes, (16, 128, 128), strict=True):
                    plane.update(bytes([value]) * plane.buffer_size)
                self._blank = (key, blank)
            return self._blank[1]
        silent = av.AudioFrame(format=frame.format.name, layout=frame.layout.name,
                               samples=frame.samples)
        for audio_plane in silent.planes:
            audio_plane.update(bytes(audio_plane.buffer_size))
        silent.sample_rate = frame.sample_rate
        return silent


class Broadcaster:
    """The media side of one live stream.

    ``on_state(viewing, state)`` hears each viewing's connection state
    (``connecting``, ``connected``, ``disconnected``, ``failed``, ``closed``);
    ``on_preview(width, height, rgb)`` gets the self-view, ten pictures a second, as
    packed 24-bit RGB.
    """

    def __init__(self, open_source: Callable[[], Source],
                 on_state: Callable[[str, str], None],
                 on_preview: Callable[[int, int, bytes], None] | None = None) -> None:
        self._open_source = open_source
        self._on_state = on_state
        self._on_preview = on_preview
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="live-media",
                                        daemon=True)
        self._peers: dict[str, RTCPeerConnection] = {}
        self._attempt_of: dict[str, int] = {}
        self._attempts = 0
        self._source: Source | None = None
        self._gates: list[_Gate] = []
        self._relay: MediaRelay | None = None
        self._preview: asyncio.Task[None] | None = None
        self._turn: asyncio.Lock | None = None
        self._closed = False

    # --- from any thread ---------------------------------------------------------------

    def start(self) -> concurrent.futures.Future[None]:
        """Open the source and start the self-view; the future fails with
        ``SourceError`` when the source cannot be opened."""
        self._thread.start()
        return self._call(self._start())

    def offer(self, viewing: str, ice_servers: list[IceServer]
              ) -> concurrent.futures.Future[tuple[int, str]]:
        """A new peer connection for ``viewing`` (closing any it had): the offer's
        number and its SDP, with every ICE candidate in it."""
        return self._call(self._in_turn(self._offer(viewing, ice_servers)))

    def accept(self, viewing: str, attempt: int, sdp: str) -> concurrent.futures.Future[bool]:
        """The viewing's answer to offer ``attempt``; False when that offer is no
        longer the viewing's (replaced, or the viewing closed)."""
        return self._call(self._in_turn(self._accept(viewing, attempt, sdp)))

    def drop(self, viewing: str) -> concurrent.futures.Future[None]:
        """Close the viewing's connection (the page left)."""
        return self._call(self._in_turn(self._drop(viewing)))

    def mute(self, *, video: bool | None = None, audio: bool | None = None) -> None:
        """Send black pictures (``video``) or silence (``audio``) instead, or again the
        source's; the connections stay as they are."""
        def apply() -> None:
            for gate in self._gates:
                wanted = video if gate.kind == "video" else audio
                if wanted is not None:
                    gate.muted = wanted
        self._loop.call_soon_threadsafe(apply)

    @property
    def viewings(self) -> list[str]:
        return list(self._peers)

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection and the source, end the media thread, and give the
        memory they used back to the system (a stream that never connected too).
        Blocking: call it off the window's thread."""
        if self._closed:
            return
        self._closed = True
        if self._thread.is_alive():
            with contextlib.suppress(concurrent.futures.TimeoutError, RuntimeError):
                self._call(self._stop()).result(timeout)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout)
        if not self._thread.is_alive():
            self._loop.close()
            # Whoever still holds this object holds no media through it.
            self._peers.clear()
            self._attempt_of.clear()
            self._gates, self._relay, self._source, self._preview = [], None, None, None
            memory.give_back()

    def _call(self, work: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(work, self._loop)

    # --- on the media thread -------------------------------------------------------------

    async def _in_turn(self, work: Coroutine[Any, Any, T]) -> T:
        # One change of the connections at a time: a peer closed while it still gathers
        # its candidates would leave the sockets it opens after that behind.
        if self._turn is None:
            self._turn = asyncio.Lock()
        async with self._turn:
            return await work

    async def _start(self) -> None:
        memory.serve_large_blocks_apart()
        self._source = self._open_source()
        self._relay = MediaRelay()
        self._gates = [_Gate(track) for track in (self._source.video, self._source.audio)
                       if track is not None]
        if self._on_preview is not None:
            self._preview = asyncio.create_task(self._show_preview(self._gates[0]))

    async def _show_preview(self, video: _Gate) -> None:
        assert self._relay is not None
        assert self._on_preview is not None
        # Unbuffered: when pictures come faster than this takes them, only the newest waits.
        track = self._relay.subscribe(video, buffered=False)
        shown = 0
        try:
            while True:
                frame = await track.recv()
                shown += 1
                assert isinstance(frame, av.VideoFrame)
                if shown % PREVIEW_EVERY:
                    continue
                small = frame.reformat(width=PREVIEW_SIZE[0], height=PREVIEW_SIZE[1],
                                       format="rgb24")
                plane = small.planes[0]
                data = bytes(plane)
                if plane.line_size != small.width * 3:  # rows padded: pack them
                    row = small.width * 3
                    data = b"".join(data[i * plane.line_size:i * plane.line_size + row]
                                    for i in range(small.height))
                self._on_preview(small.width, small.height, data)
        except MediaStreamError:
            log.info("The self-view stopped: the source ended")

    async def _offer(self, viewing: str, ice_servers: list[IceServer]) -> tuple[int, str]:
        if self._relay is None:
            raise RuntimeError("the broadcaster has not started")
        replaced = self._peers.pop(viewing, None)
        if replaced is not None:  # the same page again: no "closed" for it
            await replaced.close()
        configuration = RTCConfiguration(iceServers=[
            RTCIceServer(urls=s.urls, username=s.username, credential=s.credential)
            for s in ice_servers])
        peer = RTCPeerConnection(configuration)
        self._attempts += 1
        attempt = self._attempts
        self._peers[viewing] = peer
        self._attempt_of[viewing] = attempt

        @peer.on("connectionstatechange")
        def changed() -> None:
            if self._peers.get(viewing) is peer:
                self._on_state(viewing, peer.connectionState)

        for gate in self._gates:
            peer.addTrack(self._relay.subscribe(gate))
        await peer.setLocalDescription(await peer.createOffer())
        return attempt, str(peer.localDescription.sdp)

    async def _accept(self, viewing: str, attempt: int, sdp: str) -> bool:
        peer = self._peers.get(viewing)
        if (peer is None or self._attempt_of.get(viewing) != attempt
                or peer.signalingState != "have-local-offer"):
            return False
        await peer.setRemoteDescription(RTCSessionDescription(
            sdp=without_mdns_candidates(sdp), type="answer"))
        return True

    async def _drop(self, viewing: str) -> None:
        peer = self._peers.pop(viewing, None)
        if peer is not None:
            await peer.close()
            self._on_state(viewing, "closed")

    async def _stop(self) -> None:
        for viewing in list(self._peers):
            await self._in_turn(self._drop(viewing))
        for gate in self._gates:
            gate.stop()
        if self._source is not None:
            self._source.close()
        # What is left (the relay's readers) ends with the tracks it reads.
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        for _ in range(3):  # closed transports release their sockets on the next turns
            await asyncio.sleep(0)

"""The media side on its own: the test picture and its clock, and the broadcaster
sending it to a real WebRTC peer (aiortc) on loopback, muted and not."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import av
import pytest
from aiortc import RTCPeerConnection, RTCSessionDescription

from streamer_desktop.video.broadcaster import Broadcaster, without_mdns_candidates
from streamer_desktop.video.pattern import ClockPattern
from streamer_desktop.video.readback import read_clock_bits
from streamer_desktop.video.sources import (
    Camera,
    SourceError,
    avfoundation_cameras,
    dshow_cameras,
    open_source,
    pattern_source,
)


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (640, 360)])
def test_the_pattern_carries_its_clock_and_moves(width: int, height: int) -> None:
    pattern = ClockPattern(width, height)
    first, later = pattern.planes(0, 1_795_000_123_456), pattern.planes(30, 1_795_000_124_456)
    assert len(first.y) == width * height
    assert len(first.u) == len(first.v) == width * height // 4
    for planes, millis in ((first, 1_795_000_123_456), (later, 1_795_000_124_456)):
        assert read_clock_bits(lambda x, y, p=planes: p.y[y * width + x], width,
                               height) == millis % 2**32
    assert first.y[height // 2 * width:][:width] != later.y[height // 2 * width:][:width]


def test_the_browsers_hidden_addresses_are_left_out_of_an_answer() -> None:
    sdp = ("v=0\r\n"
           "a=candidate:1 1 udp 2122260223 9f3c2a1e-0b7d.local 50514 typ host\r\n"
           "a=candidate:2 1 udp 1686052607 203.0.113.7 50514 typ srflx raddr 0.0.0.0\r\n"
           "a=end-of-candidates\r\n")
    assert without_mdns_candidates(sdp) == (
        "v=0\r\n"
        "a=candidate:2 1 udp 1686052607 203.0.113.7 50514 typ srflx raddr 0.0.0.0\r\n"
        "a=end-of-candidates\r\n")


def test_a_camera_that_is_not_there_is_refused_with_a_reason() -> None:
    with pytest.raises(SourceError, match="/dev/video-none"):
        open_source("/dev/video-none")


@pytest.fixture
def broadcaster() -> Iterator[tuple[Broadcaster, list[tuple[str, str]], list[int]]]:
    states: list[tuple[str, str]] = []
    previews: list[int] = []
    sender = Broadcaster(lambda: pattern_source(640, 360), lambda v, s: states.append((v, s)),
                         lambda w, h, rgb: previews.append(len(rgb)))
    sender.start().result(10)
    yield sender, states, previews
    sender.stop()


def _receive(sender: Broadcaster, viewing: str, frames: int) -> list[av.VideoFrame]:
    """Connect a peer to ``viewing`` and take ``frames`` decoded pictures."""

    async def watch() -> list[av.VideoFrame]:
        attempt, offer = await asyncio.wrap_future(sender.offer(viewing, []))
        peer = RTCPeerConnection()
        pictures: list[av.VideoFrame] = []
        done = asyncio.get_running_loop().create_future()
        pulling: list[asyncio.Task[None]] = []

        @peer.on("track")
        def on_track(track: object) -> None:
            async def pull() -> None:
                while len(pictures) < frames:
                    frame = await track.recv()  # type: ignore[attr-defined]
                    if isinstance(frame, av.VideoFrame):
                        pictures.append(frame)
                if not done.done():
                    done.set_result(None)
            if getattr(track, "kind", "") == "video":
                pulling.append(asyncio.ensure_future(pull()))

        await peer.setRemoteDescription(RTCSessionDescription(offer, "offer"))
        await peer.setLocalDescription(await peer.createAnswer())
        assert await asyncio.wrap_future(sender.accept(viewing, attempt,
                                                       peer.localDescription.sdp))
        await asyncio.wait_for(done, 20)
        await peer.close()
        return pictures

    # On a thread of its own: a test before this one may have left an event loop
    # running on this one (the desktop tests' Qt loop).
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, watch()).result(60)


def _grey(frame: av.VideoFrame) -> float:
    plane = bytes(frame.planes[0])
    return sum(plane[::97]) / len(plane[::97])


def test_a_peer_receives_the_picture_and_black_while_the_camera_is_off(
    broadcaster: tuple[Broadcaster, list[tuple[str, str]], list[int]],
) -> None:
    sender, states, previews = broadcaster
    pictures = _receive(sender, "viewing-one", 20)
    assert (pictures[-1].width, pictures[-1].height) == (640, 360)
    assert _grey(pictures[-1]) > 60  # colour bars
    assert ("viewing-one", "connected") in states
    assert previews  # the self-view saw the same source
    sender.mute(video=True)
    muted = _receive(sender, "viewing-one", 20)  # the same page again: a new connection
    assert _grey(muted[-1]) < 20  # black
    assert sender.viewings == ["viewing-one"]
    # An answer to an offer that was replaced is not taken.
    assert not sender.accept("viewing-one", 1, "v=0\r\n").result(5)
    sender.drop("viewing-one").result(5)
    assert sender.viewings == []
    assert states[-1] == ("viewing-one", "closed")


def test_cameras_are_read_from_avfoundations_and_directshows_device_lists() -> None:
    # What FFmpeg's list_devices writes on a Mac and on Windows.
    mac = ["AVFoundation video devices:", "[0] FaceTime HD Camera", "[1] Capture screen 0",
           "AVFoundation audio devices:", "[0] MacBook Pro Microphone", "Error opening input"]
    assert avfoundation_cameras(mac) == [Camera("FaceTime HD Camera", "0:0")]
    windows = ['"Integrated Camera" (video)',
               'Alternative name "@device_pnp_\\\\?\\usb#vid_04f2"',
               '"Microphone Array (Realtek(R) Audio)" (audio)', "dummy: Immediate exit"]
    assert dshow_cameras(windows) == [Camera(
        "Integrated Camera", "video=Integrated Camera:audio=Microphone Array (Realtek(R) Audio)")]
    assert dshow_cameras([]) == avfoundation_cameras([]) == []


@pytest.mark.parametrize("connected", [True, False], ids=["watched", "never-connected"])
def test_an_ended_stream_holds_no_media(connected: bool) -> None:
    """The peer, its senders (which hold the encoders), the source and its tracks are
    freed when the stream ends, whether or not a page ever connected."""
    sender = Broadcaster(lambda: pattern_source(640, 360), lambda v, s: None)
    sender.start().result(10)
    if connected:
        assert len(_receive(sender, "viewing-one", 10)) == 10
    else:
        sender.offer("viewing-one", []).result(10)  # the page never answers
    peer = sender._peers["viewing-one"]
    held = [weakref.ref(peer), weakref.ref(sender._source)]
    held += [weakref.ref(t.sender) for t in peer.getTransceivers()]
    held += [weakref.ref(gate) for gate in sender._gates]
    del peer
    sender.stop()
    gc.collect()
    assert [ref() for ref in held if ref() is not None] == []

"""Where the picture and sound come from: the test source, or a camera and microphone.

A source is a pair of aiortc tracks. The test source makes them itself (see
``pattern.py``); a camera is read through FFmpeg's capture devices by PyAV: v4l2 and
PulseAudio (or ALSA) on Linux, AVFoundation on macOS, DirectShow on Windows.
"""

from __future__ import annotations

import asyncio
import fractions
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from streamer_desktop.video.pattern import ClockPattern, Tick

TEST = "test"
"""The name of the test source, as ``--video-source`` and Settings take it."""

VIDEO_RATE = 90_000
_VIDEO_BASE = fractions.Fraction(1, VIDEO_RATE)


class SourceError(Exception):
    """A source cannot be opened; the message says why, for the streamer."""


@dataclass(frozen=True)
class Camera:
    """A capture device this computer has."""

    name: str
    """What Settings shows."""
    device: str
    """What FFmpeg opens, e.g. ``/dev/video0``."""


@dataclass
class Source:
    """The tracks of one source; ``close`` releases the devices."""

    video: MediaStreamTrack
    audio: MediaStreamTrack | None
    close: Callable[[], None]


class PatternTrack(MediaStreamTrack):
    """The test picture at ``fps`` frames a second, stamped with the wall clock."""

    kind = "video"

    def __init__(self, width: int = 1280, height: int = 720, fps: int = 30,
                 wall_ms: Callable[[], int] = lambda: int(time.time() * 1000)) -> None:
        super().__init__()
        self._pattern = ClockPattern(width, height)
        self._fps, self._wall_ms = fps, wall_ms
        self._started: float | None = None
        self._index = -1

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        self._index += 1
        if self._started is None:
            self._started = time.monotonic()
        else:
            wait = self._started + self._index / self._fps - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
        planes = self._pattern.planes(self._index, self._wall_ms())
        frame = av.VideoFrame(self._pattern.width, self._pattern.height, "yuv420p")
        for plane, data in zip(frame.planes, (planes.y, planes.u, planes.v), strict=True):
            plane.update(data)
        frame.pts = self._index * VIDEO_RATE // self._fps
        frame.time_base = _VIDEO_BASE
        return frame


class TickTrack(MediaStreamTrack):
    """The test sound: 48 kHz mono in 20 ms frames."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._tick = Tick()
        self._started: float | None = None
        self._index = -1

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        self._index += 1
        if self._started is None:
            self._started = time.monotonic()
        else:
            wait = self._started + self._index * Tick.SAMPLES / Tick.RATE - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
        frame = av.AudioFrame(format="s16", layout="mono", samples=Tick.SAMPLES)
        frame.planes[0].update(self._tick.samples(self._index))
        frame.sample_rate = Tick.RATE
        frame.pts = self._index * Tick.SAMPLES
        frame.time_base = fractions.Fraction(1, Tick.RATE)
        return frame


def pattern_source(width: int = 1280, height: int = 720, fps: int = 30) -> Source:
    """The moving test pattern with its clock, and a tick each second."""
    video, audio = PatternTrack(width, height, fps), TickTrack()

    def close() -> None:
        video.stop()
        audio.stop()

    return Source(video, audio, close)


def cameras() -> list[Camera]:
    """The cameras this computer offers; empty when there are none (or they cannot be
    listed on this system, see ``open_source``)."""
    if sys.platform.startswith("linux"):
        found = []
        for device in sorted(Path("/dev").glob("video*"), key=lambda p: (len(p.name), p.name)):
            name_file = Path("/sys/class/video4linux") / device.name / "name"
            try:
                name = name_file.read_text(encoding="utf-8").strip()
            except OSError:
                name = device.name
            found.append(Camera(f"{name} ({device})", str(device)))
        return found
    if sys.platform == "darwin":
        return [Camera("Default camera", "default")]
    # DirectShow names its devices only in FFmpeg's log: on Windows the streamer gives
    # the device as ``video=NAME:audio=NAME`` (``--video-source``).
    return []


def open_source(name: str, size: tuple[int, int] = (1280, 720), fps: int = 30) -> Source:
    """Open the source called ``name``: :data:`TEST`, or a camera's ``device``.

    Raises :class:`SourceError` with a sentence for the streamer when it cannot.
    """
    if name == TEST:
        return pattern_source(*size, fps)
    from aiortc.contrib.media import MediaPlayer

    options = {"video_size": f"{size[0]}x{size[1]}", "framerate": str(fps)}
    try:
        if sys.platform.startswith("linux"):
            camera = MediaPlayer(name, format="v4l2", options=options)
            try:
                microphone: MediaPlayer | None = MediaPlayer("default", format="pulse")
            except (av.FFmpegError, OSError, ValueError):
                try:
                    microphone = MediaPlayer("default", format="alsa")
                except (av.FFmpegError, OSError, ValueError):
                    microphone = None
            players = [camera, *([microphone] if microphone else [])]
            video, audio = camera.video, microphone.audio if microphone else None
        elif sys.platform == "darwin":
            both = MediaPlayer("0:0" if name == "default" else name, format="avfoundation",
                               options=options)
            players, video, audio = [both], both.video, both.audio
        else:
            both = MediaPlayer(name, format="dshow", options=options)
            players, video, audio = [both], both.video, both.audio
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise SourceError(f"{name}: {exc}") from exc
    if video is None:
        raise SourceError(f"{name}: no picture")

    def close() -> None:
        for player in players:
            for track in (player.video, player.audio):
                if track is not None:
                    track.stop()

    return Source(video, audio, close)

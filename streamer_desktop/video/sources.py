"""Where the picture and sound come from: the test source, or a camera and microphone.

A source is a pair of aiortc tracks. The test source makes them itself (see
``pattern.py``); a camera is read through FFmpeg's capture devices by PyAV: v4l2 and
PulseAudio (or ALSA) on Linux, AVFoundation on macOS, DirectShow on Windows.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import re
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
    """What FFmpeg opens: ``/dev/video0`` (v4l2), ``0:0`` (AVFoundation's camera and
    microphone), ``video=NAME:audio=NAME`` (DirectShow)."""


@dataclass
class Source:
    """The tracks of one source; ``close`` releases the devices."""

    video: MediaStreamTrack
    audio: MediaStreamTrack | None
    close: Callable[[], None]


class _PacedTrack(MediaStreamTrack):
    """A made-up track: frame after frame, each ``period_s`` after the one before,
    counted from the first (a late frame does not push the others back)."""

    def __init__(self, period_s: float) -> None:
        super().__init__()
        self._period_s = period_s
        self._started: float | None = None
        self._index = -1

    async def _next_index(self) -> int:
        """Wait until the next frame is due; its number."""
        if self.readyState != "live":
            raise MediaStreamError
        self._index += 1
        if self._started is None:
            self._started = time.monotonic()
        else:
            wait = self._started + self._index * self._period_s - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
        return self._index


class PatternTrack(_PacedTrack):
    """The test picture at ``fps`` frames a second, stamped with the wall clock."""

    kind = "video"

    def __init__(self, width: int = 1280, height: int = 720, fps: int = 30,
                 wall_ms: Callable[[], int] = lambda: int(time.time() * 1000)) -> None:
        super().__init__(1 / fps)
        self._pattern = ClockPattern(width, height)
        self._fps, self._wall_ms = fps, wall_ms

    async def recv(self) -> av.VideoFrame:
        index = await self._next_index()
        planes = self._pattern.planes(index, self._wall_ms(), time.localtime().tm_gmtoff)
        frame = av.VideoFrame(self._pattern.width, self._pattern.height, "yuv420p")
        for plane, data in zip(frame.planes, (planes.y, planes.u, planes.v), strict=True):
            plane.update(data)
        frame.pts = index * VIDEO_RATE // self._fps
        frame.time_base = _VIDEO_BASE
        return frame


class TickTrack(_PacedTrack):
    """The test sound: 48 kHz mono in 20 ms frames."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__(Tick.SAMPLES / Tick.RATE)
        self._tick = Tick()

    async def recv(self) -> av.AudioFrame:
        index = await self._next_index()
        frame = av.AudioFrame(format="s16", layout="mono", samples=Tick.SAMPLES)
        frame.planes[0].update(self._tick.samples(index))
        frame.sample_rate = Tick.RATE
        frame.pts = index * Tick.SAMPLES
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
    """The cameras this computer offers; empty when there are none."""
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
        return avfoundation_cameras(_device_list("avfoundation", ""))
    if sys.platform == "win32":
        return dshow_cameras(_device_list("dshow", "dummy"))
    return []


def _device_list(format_name: str, file: str) -> list[str]:
    """What FFmpeg's ``list_devices`` option writes to its log for ``format_name``: the
    only way AVFoundation and DirectShow name their devices."""
    import av.logging

    previous = av.logging.get_level()
    av.logging.set_level(av.logging.INFO)
    try:
        # Listing ends with an error, by design.
        with av.logging.Capture() as logs, contextlib.suppress(av.FFmpegError, OSError,
                                                                ValueError):
            av.open(file, format=format_name, options={"list_devices": "true"})
    finally:
        av.logging.set_level(previous)
    return [message.strip() for _level, _name, message in logs]


def avfoundation_cameras(lines: list[str]) -> list[Camera]:
    """The cameras in AVFoundation's device list (``[0] FaceTime HD Camera`` under
    "video devices"), each with the first microphone; screens are left out."""
    videos: list[tuple[str, str]] = []
    audios: list[str] = []
    section = ""
    for line in lines:
        if "video devices" in line or "audio devices" in line:
            section = "video" if "video devices" in line else "audio"
            continue
        match = re.match(r"\[(\d+)\] (.+)", line)
        if match is None:
            continue
        if section == "video" and not match.group(2).startswith("Capture screen"):
            videos.append((match.group(1), match.group(2)))
        elif section == "audio":
            audios.append(match.group(1))
    microphone = audios[0] if audios else "none"
    return [Camera(name, f"{index}:{microphone}") for index, name in videos]


def dshow_cameras(lines: list[str]) -> list[Camera]:
    """The cameras in DirectShow's device list (``"Integrated Camera" (video)``), each
    with the first microphone."""
    videos: list[str] = []
    audios: list[str] = []
    for line in lines:
        match = re.match(r'"(.+)" \((video|audio)\)', line)
        if match is not None:
            (videos if match.group(2) == "video" else audios).append(match.group(1))
    microphone = f":audio={audios[0]}" if audios else ""
    return [Camera(name, f"video={name}{microphone}") for name in videos]


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
            both = MediaPlayer(name, format="avfoundation", options=options)
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

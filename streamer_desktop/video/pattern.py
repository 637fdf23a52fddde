"""The test source's picture and sound: moving colour bars with a clock, and a tick.

The picture is drawn straight into YUV 4:2:0 planes with byte operations (no image
library), cheap enough for 720p at 30 frames a second. It carries the wall-clock time
it was made at twice:

- for people, as seven-segment digits ``HH:MM:SS.mmm`` (the computer's local time) in
  a dark box;
- for machines, as :data:`CLOCK_BITS` black or white squares along the bottom band,
  the time in milliseconds modulo 2**32, most significant bit first. A receiver on the
  same computer (the stream page in a test) reads them back from a decoded frame and
  knows how long that frame took from here to its screen.

The squares are :data:`BLOCK` pixels wide on a grid of 16-pixel macroblocks, with
neutral colour, so a compressed picture keeps them readable.
"""

from __future__ import annotations

from dataclasses import dataclass

CLOCK_BITS = 32
BLOCK = 32
"""The side of one clock square, in pixels of a 1280×720 picture."""
CLOCK_LEFT = 64
"""Where the first square starts, and how far above the bottom edge the band ends."""

_BLACK, _WHITE, _NEUTRAL = 16, 235, 128

# Eight bars (white, yellow, cyan, green, magenta, red, blue, black) as Y, U, V.
_BARS = ((235, 128, 128), (210, 16, 146), (170, 166, 16), (145, 54, 34),
         (106, 202, 222), (81, 90, 240), (41, 240, 110), (16, 128, 128))

# Which of the seven segments (a to g) each digit lights.
_SEGMENTS = {
    "0": "abcdef", "1": "bc", "2": "abdeg", "3": "abcdg", "4": "bcfg", "5": "acdfg",
    "6": "acdefg", "7": "abc", "8": "abcdefg", "9": "abcdfg",
}


@dataclass(frozen=True)
class Planes:
    """One picture as its three planes, each row ``width`` (or ``width // 2``) bytes."""

    y: bytes
    u: bytes
    v: bytes


class ClockPattern:
    """Makes the pictures of one test source, ``width`` × ``height`` (even numbers)."""

    def __init__(self, width: int = 1280, height: int = 720) -> None:
        if width % 32 or height % 2:
            raise ValueError("the test pattern's width is a multiple of 32, its height even")
        self.width, self.height = width, height
        self.scale = height / 720
        bar = width // len(_BARS)
        rows = [bytearray(), bytearray(), bytearray()]
        for y, u, v in _BARS:
            rows[0] += bytes([y]) * bar
            rows[1] += bytes([u]) * (bar // 2)
            rows[2] += bytes([v]) * (bar // 2)
        rows[0] += bytes([_BLACK]) * (width - len(rows[0]))
        for chroma in rows[1:]:
            chroma += bytes([_NEUTRAL]) * (width // 2 - len(chroma))
        # Twice over, so that any shift is one slice.
        self._rows = [bytes(row * 2) for row in rows]

    def planes(self, frame_index: int, millis: int, utc_offset_s: int = 0) -> Planes:
        """The picture of frame ``frame_index``, stamped with the time ``millis`` (ms
        since the epoch); its digits show that time ``utc_offset_s`` ahead of UTC (the
        computer's own clock), the squares always UTC."""
        width, height = self.width, self.height
        shift = (frame_index * 4) % width
        shift -= shift % 2
        y = bytearray(self._rows[0][shift:shift + width] * height)
        half = shift // 2
        u = bytearray(self._rows[1][half:half + width // 2] * (height // 2))
        v = bytearray(self._rows[2][half:half + width // 2] * (height // 2))
        self._draw_clock_text(y, u, v, millis + utc_offset_s * 1000)
        self._draw_clock_bits(y, u, v, millis)
        return Planes(bytes(y), bytes(u), bytes(v))

    # --- drawing ------------------------------------------------------------------------

    def _fill(self, y: bytearray, u: bytearray, v: bytearray, left: int, top: int,
              w: int, h: int, luma: int) -> None:
        """A rectangle of grey ``luma``; ``left``, ``top``, ``w`` and ``h`` even."""
        width = self.width
        line = bytes([luma]) * w
        for row in range(top, top + h):
            start = row * width + left
            y[start:start + w] = line
        half_w, chroma = w // 2, bytes([_NEUTRAL]) * (w // 2)
        for row in range(top // 2, (top + h) // 2):
            start = row * (width // 2) + left // 2
            u[start:start + half_w] = chroma
            v[start:start + half_w] = chroma

    def _draw_clock_bits(self, y: bytearray, u: bytearray, v: bytearray,
                         millis: int) -> None:
        size = even(BLOCK * self.scale)
        left, top = even(CLOCK_LEFT * self.scale), self.height - even(
            CLOCK_LEFT * self.scale) - size
        stamp = millis % 2**CLOCK_BITS
        self._fill(y, u, v, left - size // 2, top - size // 2, size * (CLOCK_BITS + 1),
                   size * 2, _BLACK)
        for bit in range(CLOCK_BITS):
            if stamp >> (CLOCK_BITS - 1 - bit) & 1:
                self._fill(y, u, v, left + bit * size, top, size, size, _WHITE)

    def _draw_clock_text(self, y: bytearray, u: bytearray, v: bytearray,
                         millis: int) -> None:
        seconds, ms = divmod(millis, 1000)
        hours, rest = divmod(seconds % 86400, 3600)
        text = f"{hours:02}:{rest // 60:02}:{rest % 60:02}.{ms:03}"
        digit_w, digit_h = even(36 * self.scale), even(64 * self.scale)
        stroke, gap = even(8 * self.scale), even(16 * self.scale)
        left = top = even(48 * self.scale)
        box_w = sum(digit_w + gap if c.isdigit() else stroke + gap for c in text) + gap
        self._fill(y, u, v, left - gap, top - gap, box_w, digit_h + 2 * gap, _BLACK)
        x = left
        for char in text:
            if not char.isdigit():  # ":" and "." as dots
                self._fill(y, u, v, x, top + digit_h - stroke, stroke, stroke, _WHITE)
                if char == ":":
                    self._fill(y, u, v, x, top + digit_h // 3, stroke, stroke, _WHITE)
                x += stroke + gap
                continue
            middle = (digit_h - stroke) // 2 // 2 * 2
            spans = {
                "a": (x, top, digit_w, stroke), "d": (x, top + digit_h - stroke, digit_w, stroke),
                "g": (x, top + middle, digit_w, stroke),
                "f": (x, top, stroke, middle + stroke), "b": (x + digit_w - stroke, top,
                                                              stroke, middle + stroke),
                "e": (x, top + middle, stroke, digit_h - middle),
                "c": (x + digit_w - stroke, top + middle, stroke, digit_h - middle),
            }
            for segment in _SEGMENTS[char]:
                self._fill(y, u, v, *spans[segment], _WHITE)
            x += digit_w + gap


def even(value: float) -> int:
    return int(value) // 2 * 2


class Tick:
    """The test source's sound: a short 800 Hz beep at each second, silence between."""

    RATE = 48_000
    SAMPLES = 960
    """Samples per 20 ms frame."""

    def __init__(self) -> None:
        import math

        period = self.RATE // 800  # 60 samples: a frame holds 16 whole waves
        beep = bytearray()
        for n in range(self.SAMPLES):
            value = int(6000 * math.sin(2 * math.pi * n / period))
            beep += value.to_bytes(2, "little", signed=True)
        self._beep, self._silence = bytes(beep), bytes(2 * self.SAMPLES)

    def samples(self, frame_index: int) -> bytes:
        """The 16-bit mono samples of 20 ms frame ``frame_index``."""
        return self._beep if frame_index % 50 < 5 else self._silence

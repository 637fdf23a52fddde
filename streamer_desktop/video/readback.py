"""Reading the test pattern's clock back from a decoded picture.

The test source stamps each picture with the time it was made (``pattern.py``). A
receiver on the same computer that reads the stamp back knows how long the picture took
from the source to its screen: the glass-to-glass latency the tests and
``benchmarks/live_video.py`` report. :func:`read_clock_bits` reads a picture in Python;
:data:`WATCH_JS` does the same in the stream page, for the browser's own decoder.
"""

from __future__ import annotations

from collections.abc import Callable

from streamer_desktop.video.pattern import BLOCK, CLOCK_BITS, CLOCK_LEFT, even


def read_clock_bits(luma_at: Callable[[int, int], int], width: int, height: int) -> int:
    """The stamp of a picture, ``luma_at(x, y)`` giving a pixel's grey (0–255): the
    milliseconds since the epoch, modulo 2**32."""
    scale = height / 720
    size = even(BLOCK * scale)
    left, top = even(CLOCK_LEFT * scale), height - even(CLOCK_LEFT * scale) - size
    stamp = 0
    for bit in range(CLOCK_BITS):
        grey = luma_at(left + bit * size + size // 2, top + size // 2)
        stamp = stamp << 1 | (1 if grey > 128 else 0)
    return stamp


WATCH_JS = f"""async (ms) => {{
  // For ``ms`` milliseconds: count the pictures #stream-video presents, and read the
  // clock of every fifth one. Answers the counts, the size, the tracks and the delays.
  const video = document.querySelector('#stream-video');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', {{ willReadFrequently: true }});
  const even = (v) => Math.floor(v / 2) * 2;
  let frames = 0;
  const latencies = [];
  await new Promise((resolve) => {{
    const end = performance.now() + ms;
    const count = (now) => {{
      frames += 1;
      if (frames % 5 === 0 && video.videoWidth) {{
        canvas.width = video.videoWidth; canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const scale = canvas.height / 720, size = even({BLOCK} * scale);
        const left = even({CLOCK_LEFT} * scale), top = canvas.height - left - size;
        let stamp = 0;
        for (let bit = 0; bit < {CLOCK_BITS}; bit++) {{
          const [r, g, b] = context.getImageData(left + bit * size + size / 2,
                                                 top + size / 2, 1, 1).data;
          stamp = stamp * 2 + ((r + g + b) / 3 > 128 ? 1 : 0);
        }}
        latencies.push((Date.now() % 2 ** {CLOCK_BITS}) - stamp);
      }}
      if (now < end) video.requestVideoFrameCallback(count); else resolve();
    }};
    video.requestVideoFrameCallback(count);
  }});
  const stream = video.srcObject;
  return {{ frames, width: video.videoWidth, height: video.videoHeight,
           audio: stream ? stream.getAudioTracks().length : 0,
           muted: video.muted, latencies }};
}}"""

FIRST_PICTURE_JS = """(ms) => new Promise((resolve, reject) => {
  // Resolves with the wall-clock time (ms) at which #stream-video presents its first
  // picture; rejects after ``ms`` without one.
  const video = document.querySelector('#stream-video');
  video.requestVideoFrameCallback(() => resolve(Date.now()));
  setTimeout(() => reject(new Error('no picture in ' + ms + ' ms')), ms);
})"""

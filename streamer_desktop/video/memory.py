"""Giving the memory of an ended stream back to the system.

A stream's encoders, packet buffers and pictures are freed when it ends, but the C
allocator keeps what they used for the process: glibc's raises its threshold for
serving large blocks from its own heaps after the first ones are freed, so a stream's
picture buffers end up in heaps it never shrinks by itself, and the media thread has
a heap (an *arena*) of its own. Measured with the soak benchmark, the app stayed
~110 MB larger after its first ten-second stream than before it. After a stream ends,
:func:`give_back` asks the allocator to return its free pages: glibc's
``malloc_trim`` (every arena), macOS's ``malloc_zone_pressure_relief``. Windows' heap
decommits free pages by itself; elsewhere this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys
from collections.abc import Callable
from functools import cache

log = logging.getLogger(__name__)


def give_back() -> None:
    """Collect Python's garbage, then return the allocator's free pages to the system.

    Takes some milliseconds: call it off the window's thread, once a stream has ended.
    """
    gc.collect()
    release = _allocator_release()
    if release is not None:
        release()


@cache
def serve_large_blocks_apart() -> None:
    """Have glibc serve every block of 256 KiB or more (a picture, an encoder's buffer)
    from memory of its own, given back the moment it is freed, instead of from heaps
    that keep it (glibc raises that threshold by itself once such blocks are freed).
    Called once, when the first stream starts; elsewhere this does nothing.

    Measured (soak and live_video benchmarks, 1280x720 test picture): the app's largest
    size during a stream fell from ~300 to ~235 MB and a minute after the first stream it
    was 13 MB over its size before (22 to 45 MB without this); the sender's CPU rose from
    27-30 % to 32-34 % of one core (fresh pages for each picture)."""
    if not sys.platform.startswith("linux"):
        return
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    if mallopt is not None:
        mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
        mallopt(_M_MMAP_THRESHOLD, 256 * 1024)


_M_MMAP_THRESHOLD = -3
"""glibc's mallopt parameter (malloc.h); setting it turns its adjustment off."""


@cache
def _allocator_release() -> Callable[[], object] | None:
    try:
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(None)
            trim = getattr(libc, "malloc_trim", None)  # glibc; musl has none
            if trim is None:
                return None
            trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
            return lambda: trim(0)
        if sys.platform == "darwin":
            system = ctypes.CDLL(ctypes.util.find_library("System"))
            relieve = system.malloc_zone_pressure_relief
            relieve.argtypes, relieve.restype = [ctypes.c_void_p, ctypes.c_size_t], ctypes.c_size_t
            return lambda: relieve(None, 0)  # every zone, as much as it can
    except (OSError, AttributeError) as exc:
        log.info("The allocator cannot be asked to give memory back: %s", exc)
    return None

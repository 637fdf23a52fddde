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

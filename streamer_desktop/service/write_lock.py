"""The process's SQLite write lock, shared by writer threads and the event loop.

Writes on threads (the ORM's) wait for it as any lock; the event loop must never
block, so it takes the lock only when it is free, and otherwise awaits its next
release. A thread that waits goes first: writes arriving on the loop one after
another could otherwise keep taking the lock between a release and the waiting
thread's wake-up, for as long as they keep coming.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class WriteLock:
    """See the module's notes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._guard = threading.Lock()
        self._threads_waiting = 0
        self._loop_waiters: list[asyncio.Future[None]] = []

    @contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock on a thread, waiting for it as long as it takes."""
        with self._guard:
            self._threads_waiting += 1
        try:
            self._lock.acquire()
        finally:
            with self._guard:
                self._threads_waiting -= 1
        try:
            yield
        finally:
            self.release()

    def try_acquire(self) -> bool:
        """Take the lock if it is free and no thread waits for it (on the loop)."""
        with self._guard:
            if self._threads_waiting:
                return False
        return self._lock.acquire(blocking=False)

    def release(self) -> None:
        """Release the lock; writes waiting on the loop try again."""
        self._lock.release()
        with self._guard:
            waiters, self._loop_waiters = self._loop_waiters, []
        for waiter in waiters:
            waiter.get_loop().call_soon_threadsafe(_wake, waiter)

    async def released(self) -> None:
        """Return after the next release (at once if the lock is free by now)."""
        waiter = asyncio.get_running_loop().create_future()
        with self._guard:
            self._loop_waiters.append(waiter)
            free = not self._lock.locked() and not self._threads_waiting
        if free:  # released between the failed try and now: no release would wake us
            with self._guard:
                if waiter in self._loop_waiters:
                    self._loop_waiters.remove(waiter)
            return
        await waiter


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)

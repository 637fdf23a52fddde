"""Debian's Chromium driven by Playwright, on a thread of its own.

Playwright's synchronous API refuses to run where an asyncio loop is running,
and the desktop tests keep a Qt-driven loop running for the whole session; so
the browser lives on its own thread and tests hand it whole steps to run.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from playwright.sync_api import Browser, Page, Playwright, sync_playwright

T = TypeVar("T")

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Debian's chromium is missing: run the test script, which installs it"
    return path


class BrowserThread:
    """One Chromium for the session; :meth:`run` executes a step on its thread."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="browser")
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._executor.submit(self._start).result(60)

    def _start(self) -> None:
        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_FLAGS)

    def run(self, step: Callable[[Page], T], *, timeout: float = 60.0,
            **context: Any) -> T:
        """Run ``step`` with a fresh page (its own cookies and storage)."""
        return self.submit(step, **context).result(timeout)

    def submit(self, step: Callable[[Page], T], **context: Any) -> Future[T]:
        """Start ``step`` with a fresh page, and return at once: for a test whose own
        thread must keep working (a desktop's event loop) while the page runs."""

        def in_thread() -> T:
            assert self._browser is not None
            browser_context = self._browser.new_context(accept_downloads=True, **context)
            browser_context.set_default_timeout(10_000)
            try:
                return step(browser_context.new_page())
            finally:
                browser_context.close()

        return self._executor.submit(in_thread)

    def close(self) -> None:
        def stop() -> None:
            if self._browser is not None:
                self._browser.close()
            if self._playwright is not None:
                self._playwright.stop()

        self._executor.submit(stop).result(30)
        self._executor.shutdown()

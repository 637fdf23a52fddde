"""Fixtures of the web tests: one Chromium for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.browser import BrowserThread


@pytest.fixture(scope="session")
def browser() -> Iterator[BrowserThread]:
    thread = BrowserThread()
    yield thread
    thread.close()

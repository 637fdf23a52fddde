"""Fixtures: a real service on 127.0.0.1 with a real SQLite file and a pinned clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from streamer_desktop.service.server import EmbeddedService
from streamer_desktop.service.settings import ServiceSettings
from tests.support.api import ADMIN, STREAMER, sign_in
from tests.support.browser import BrowserThread
from tests.support.clock import T0, PinnedClock
from tests.support.postgres import Cluster, server_binaries

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach the keyring of the machine it runs on.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# The layout checks choose the pseudo-locale in Settings, which offers it only on request.
os.environ["STREAMER_PSEUDO_LOCALE"] = "1"

pytest_plugins = ["tests.support.mail"]



@dataclass
class RunningService:
    url: str
    clock: PinnedClock
    data_dir: Path
    settings: ServiceSettings


@pytest.fixture
def clock() -> PinnedClock:
    return PinnedClock(T0)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """A PostgreSQL server for the session (``scripts/dev.py test`` installs it)."""
    binaries = server_binaries()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL's server is not installed; scripts/dev.py installs it")
        pytest.skip("PostgreSQL's server is not installed")
    cluster = Cluster(binaries)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """None: SQLite in the data folder. Tests that also hold for PostgreSQL say
    ``@pytest.mark.parametrize("database_url", BOTH_DATABASES, indirect=True)``."""
    if request.param == "sqlite":
        return None
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()


BOTH_DATABASES = ["sqlite", "postgresql"]


@pytest.fixture
def service(tmp_path: Path, clock: PinnedClock, database_url: str | None
            ) -> Iterator[RunningService]:
    """The sync service with demo data, serving on a free loopback port."""
    settings = ServiceSettings(
        host="127.0.0.1", port=0, data_dir=tmp_path / "service", demo=True,
        sweep_interval_s=0.05, database_url=database_url,
    )
    embedded = EmbeddedService(settings, clock=clock)
    url = embedded.start()
    try:
        yield RunningService(url, clock, settings.data_dir, settings)
    finally:
        embedded.stop()


@pytest.fixture
def streamer(service: RunningService) -> Iterator[httpx.Client]:
    """The demo streamer, signed in."""
    with sign_in(service.url, *STREAMER) as client:
        yield client


@pytest.fixture
def admin(service: RunningService) -> Iterator[httpx.Client]:
    """The demo shop's admin, signed in."""
    with sign_in(service.url, *ADMIN) as client:
        yield client


@pytest.fixture(scope="session")
def browser() -> Iterator[BrowserThread]:
    """One headless Chromium for the session (web pages, and desktop journeys that
    pass through one)."""
    thread = BrowserThread()
    yield thread
    thread.close()

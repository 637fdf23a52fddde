"""SQLite writes on the event loop: the writes of one turn commit together, each keeps
its own all-or-nothing, threads and other processes still get their turn, and the
write-ahead log reaches the database file without any commit copying it."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

from streamer_desktop.service import events
from streamer_desktop.service.db import Database
from streamer_desktop.service.models import ServiceState
from streamer_desktop.service.tx import Tx
from streamer_desktop.wire import EventType

T = TypeVar("T")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'turns.sqlite3'}")
    database.migrate()
    yield database
    database.dispose()


def run(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine on an event loop of its own, on a thread of its own: the thread
    that runs the tests may hold a Qt event loop, left by the desktop's tests."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(main())).result()


def store(name: str, *, fail: bool = False) -> Callable[[Tx], str]:
    """A write that stores a row and an event, then fails if told to."""

    def work(tx: Tx) -> str:
        tx.run("INSERT INTO service_state (name, value) VALUES (:name, 'x')", {"name": name})
        tx.event("test", EventType.MESSAGE_CREATED, {"name": name}, 0)
        if fail:
            raise ValueError(name)
        return name

    return work


def names(db: Database) -> set[str]:
    with db.read() as session:
        return {row.name for row in session.query(ServiceState)
                if row.name.startswith("w")}


def test_a_failing_write_of_a_turn_leaves_nothing_and_the_others_are_kept(
        db: Database) -> None:
    published: list[events.NewEvent] = []
    db.set_publisher(published.extend)

    async def main() -> list[object]:
        return await asyncio.gather(
            db.run_write_sql(store("w1")), db.run_write_sql(store("w2", fail=True)),
            db.run_write_sql(store("w3")), return_exceptions=True)

    results = run(main)
    assert results[0] == "w1"
    assert isinstance(results[1], ValueError)
    assert results[2] == "w3"
    assert names(db) == {"w1", "w3"}
    assert [e.data["name"] for e in published] == ["w1", "w3"]
    assert published[0].id < published[1].id


def test_a_write_waits_for_another_process_without_stalling_the_loop(
        db: Database, tmp_path: Path) -> None:
    other = sqlite3.connect(tmp_path / "turns.sqlite3", isolation_level=None,
                            check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO service_state (name, value) VALUES ('w-other', 'x')")
    threading.Timer(0.5, other.execute, ["COMMIT"]).start()

    async def main() -> tuple[str, float]:
        longest = 0.0

        async def tick() -> None:
            nonlocal longest
            while True:
                began = time.monotonic()
                await asyncio.sleep(0.01)
                longest = max(longest, time.monotonic() - began)

        ticker = asyncio.create_task(tick())
        began = time.monotonic()
        name = await db.run_write_sql(store("w-mine"))
        waited = time.monotonic() - began
        ticker.cancel()
        assert waited >= 0.4  # it did wait for the other writer
        return name, longest

    name, longest = run(main)
    other.close()
    assert name == "w-mine"
    assert names(db) == {"w-other", "w-mine"}
    assert longest < 0.2, f"the loop stood still for {longest:.2f} s"


def test_a_write_on_a_thread_gets_its_turn_among_writes_on_the_loop(db: Database) -> None:
    done = threading.Event()

    def on_a_thread() -> None:
        for number in range(20):
            with db.write() as session:
                session.add(ServiceState(name=f"w-thread-{number}", value="x"))
        done.set()

    async def main() -> int:
        thread = threading.Thread(target=on_a_thread)
        thread.start()
        count = 0
        deadline = time.monotonic() + 20
        # Writes keep arriving on the loop, eight at a time, until the thread is done.
        while not done.is_set() and time.monotonic() < deadline:
            await asyncio.gather(*(db.run_write_sql(store(f"w-loop-{count + k}"))
                                   for k in range(8)))
            count += 8
        thread.join()
        return count

    count = run(main)
    assert done.is_set()
    stored = names(db)
    assert {f"w-thread-{n}" for n in range(20)} <= stored
    assert len([n for n in stored if n.startswith("w-loop-")]) == count


def test_an_orm_write_on_the_loop_thread_during_a_turn_is_refused(db: Database) -> None:
    def nested(tx: Tx) -> None:
        with db.write():
            pass

    async def main() -> None:
        await db.run_write_sql(nested)

    with pytest.raises(RuntimeError, match="worker thread"):
        run(main)


def test_the_log_reaches_the_database_file_without_a_commit_copying_it(
        db: Database, tmp_path: Path) -> None:
    path = tmp_path / "turns.sqlite3"
    before = path.stat().st_size
    for number in range(300):
        with db.write() as session:
            session.add(ServiceState(name=f"w{number:04d}-" + "x" * 200, value="x" * 500))
    deadline = time.monotonic() + 10
    while path.stat().st_size <= before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert path.stat().st_size > before + 100_000

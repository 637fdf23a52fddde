"""Collisions between streams and the nearest free start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from streamer_desktop.scheduling.overlap import first_overlap, nearest_free_start, overlaps

H = timedelta(hours=1)
M = timedelta(minutes=1)
T = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_touching_spans_do_not_overlap() -> None:
    assert not overlaps((T, T + H), (T + H, T + 2 * H))
    assert overlaps((T, T + H), (T + H - M, T + 2 * H))
    assert overlaps((T, T + 3 * H), (T + H, T + 2 * H))


def test_first_overlap_is_the_earliest() -> None:
    busy = [(T + 2 * H, T + 3 * H), (T, T + H)]
    assert first_overlap((T + 30 * M, T + 150 * M), busy) == (T, T + H)
    assert first_overlap((T + H, T + 2 * H), busy) is None


def test_free_desired_start_is_kept() -> None:
    assert nearest_free_start(T, 30 * M, [(T + H, T + 2 * H)], not_before=T - H) == T


def test_nearest_is_right_after_when_closer() -> None:
    busy = [(T, T + 30 * M)]
    assert nearest_free_start(T + 20 * M, 30 * M, busy, not_before=T - 2 * H) == T + 30 * M


def test_nearest_is_right_before_when_closer() -> None:
    busy = [(T, T + H)]
    assert nearest_free_start(T + 5 * M, 30 * M, busy, not_before=T - 2 * H) == T - 30 * M


def test_nearest_never_before_not_before() -> None:
    busy = [(T, T + H)]
    assert nearest_free_start(T + 5 * M, 30 * M, busy, not_before=T - 10 * M) == T + H


def test_gap_too_small_is_skipped() -> None:
    busy = [(T, T + H), (T + H + 20 * M, T + 2 * H)]
    assert nearest_free_start(T + 50 * M, 30 * M, busy, not_before=T) == T + 2 * H


def test_rounded_to_five_minutes_in_utc_across_a_dst_switch() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 2026-03-29 02:00 CET → 03:00 CEST: the busy span ends just after the jump.
    end = datetime(2026, 3, 29, 3, 2, tzinfo=berlin)
    start = end - H
    free = nearest_free_start(start + M, 30 * M, [(start, end)], not_before=end)
    assert free == datetime(2026, 3, 29, 1, 5, tzinfo=UTC)


@given(
    st.lists(st.tuples(st.integers(0, 2000), st.integers(5, 240)), max_size=12),
    st.integers(0, 2000),
    st.integers(5, 240),
)
def test_nearest_free_start_is_free_and_not_early(
    spans: list[tuple[int, int]], desired: int, duration: int
) -> None:
    busy = [(T + s * M, T + (s + d) * M) for s, d in spans]
    result = nearest_free_start(T + desired * M, duration * M, busy, not_before=T)
    assert result >= T
    assert first_overlap((result, result + duration * M), busy) is None
    assert (result - T) % (5 * M) == timedelta(0)

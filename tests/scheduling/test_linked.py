"""Linked wall times across zones: there and back, gaps, folds, and the odd zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streamer_desktop.scheduling.linked import (
    Exact,
    Fold,
    Gap,
    difference,
    in_quiet_hours,
    resolve,
    same_offset,
    switches_between,
    template_dates,
    wall_of,
)

ZONES = sorted(z for z in available_timezones() if "/" in z or z == "UTC")
instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31),
                        timezones=st.just(UTC)).map(lambda d: d.replace(second=0,
                                                                        microsecond=0))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@settings(max_examples=400)
@given(instants, st.sampled_from(ZONES))
def test_there_and_back_returns_the_same_instant(instant: datetime, zone_name: str) -> None:
    shown = wall_of(instant, zone_name)
    result = resolve(shown, zone_name)
    assert not isinstance(result, Gap)  # every wall time shown exists in its zone
    if isinstance(result, Exact):
        assert result.instant == instant
    else:
        assert instant in (result.earlier, result.later)


@settings(max_examples=400)
@given(instants, st.sampled_from(ZONES), st.sampled_from(ZONES))
def test_linking_two_zones_keeps_the_instant(instant: datetime, mine: str, theirs: str
                                             ) -> None:
    their_wall = wall_of(instant, theirs)
    back = resolve(their_wall, theirs)
    instants_back = [back.instant] if isinstance(back, Exact) else [back.earlier, back.later] \
        if isinstance(back, Fold) else []
    assert instant in instants_back
    assert wall_of(instant, mine) - their_wall == -difference(instant, mine, theirs)


@settings(max_examples=200)
@given(st.sampled_from(ZONES), st.datetimes(min_value=datetime(2000, 1, 1),
                                            max_value=datetime(2037, 12, 31)))
def test_gap_bounds_exist_and_surround_the_wall(zone_name: str, wall: datetime) -> None:
    result = resolve(wall.replace(second=0, microsecond=0), zone_name)
    if isinstance(result, Gap):
        before, after = wall_of(result.before, zone_name), wall_of(result.after, zone_name)
        assert before < result.wall < after
        assert result.after - result.before == timedelta(minutes=1)


def test_berlin_spring_forward_gap_names_nearest_times() -> None:
    result = resolve(datetime(2026, 3, 29, 2, 30), "Europe/Berlin")
    assert isinstance(result, Gap)
    assert wall_of(result.before, "Europe/Berlin") == datetime(2026, 3, 29, 1, 59)
    assert wall_of(result.after, "Europe/Berlin") == datetime(2026, 3, 29, 3, 0)


def test_berlin_fall_back_fold_has_two_instants() -> None:
    result = resolve(datetime(2026, 10, 25, 2, 30), "Europe/Berlin")
    assert isinstance(result, Fold)
    assert result.earlier == utc(2026, 10, 25, 0, 30)
    assert result.later == utc(2026, 10, 25, 1, 30)


def test_los_angeles_switches() -> None:
    assert isinstance(resolve(datetime(2026, 3, 8, 2, 15), "America/Los_Angeles"), Gap)
    fold = resolve(datetime(2026, 11, 1, 1, 15), "America/Los_Angeles")
    assert isinstance(fold, Fold)
    assert fold.later - fold.earlier == timedelta(hours=1)


def test_lord_howe_half_hour_dst() -> None:
    # Clocks go forward 30 minutes at 02:00 on the first Sunday of October.
    gap = resolve(datetime(2026, 10, 4, 2, 15), "Australia/Lord_Howe")
    assert isinstance(gap, Gap)
    assert wall_of(gap.after, "Australia/Lord_Howe") == datetime(2026, 10, 4, 2, 30)
    fold = resolve(datetime(2026, 4, 5, 1, 45), "Australia/Lord_Howe")
    assert isinstance(fold, Fold)
    assert fold.later - fold.earlier == timedelta(minutes=30)


@pytest.mark.parametrize(("theirs", "ahead"), [
    ("Asia/Kolkata", timedelta(hours=3, minutes=30)),
    ("Asia/Kathmandu", timedelta(hours=3, minutes=45)),
    ("Pacific/Chatham", timedelta(hours=10, minutes=45)),  # its winter: +12:45
    ("America/Los_Angeles", timedelta(hours=-9)),
])
def test_offsets_against_berlin_in_summer(theirs: str, ahead: timedelta) -> None:
    assert difference(utc(2026, 7, 1, 12), "Europe/Berlin", theirs) == ahead


def test_chatham_in_its_summer_is_thirteen_forty_five() -> None:
    assert difference(utc(2026, 1, 10, 12), "UTC", "Pacific/Chatham") == timedelta(
        hours=13, minutes=45)


def test_kiritimati_and_pago_pago_are_a_day_apart_at_the_same_clock_time() -> None:
    instant = utc(2026, 6, 1, 10, 0)
    kiritimati, pago = wall_of(instant, "Pacific/Kiritimati"), wall_of(instant, "Pacific/Pago_Pago")
    assert kiritimati == datetime(2026, 6, 2, 0, 0)
    assert pago == datetime(2026, 5, 31, 23, 0)
    assert difference(instant, "Pacific/Pago_Pago", "Pacific/Kiritimati") == timedelta(hours=25)


def test_same_offset() -> None:
    assert same_offset(utc(2026, 7, 1), "Europe/Berlin", "Europe/Paris")
    assert not same_offset(utc(2026, 7, 1), "Europe/Berlin", "Europe/London")
    # London and Lisbon share the offset all year; Berlin and Kolkata never.
    assert same_offset(utc(2026, 1, 1), "Europe/London", "Europe/Lisbon")


@pytest.mark.parametrize(("now", "zone_name", "today"), [
    (utc(2026, 3, 2, 22, 59), "Europe/Berlin", (2026, 3, 2)),  # 23:59 in Berlin
    (utc(2026, 3, 2, 23, 0), "Europe/Berlin", (2026, 3, 3)),  # 00:00 in Berlin
    (utc(2026, 3, 2, 10, 0), "Pacific/Kiritimati", (2026, 3, 3)),
    (utc(2026, 3, 2, 10, 0), "Pacific/Pago_Pago", (2026, 3, 1)),
])
def test_templates_follow_the_streamers_calendar(now: datetime, zone_name: str,
                                                 today: tuple[int, int, int]) -> None:
    first, second, third = template_dates(now, zone_name)
    assert (first.year, first.month, first.day) == today
    assert second - first == third - second == timedelta(days=1)


@pytest.mark.parametrize(("local_hour", "quiet"), [(21, False), (22, True), (2, True),
                                                   (7, True), (8, False)])
def test_quiet_hours_across_midnight(local_hour: int, quiet: bool) -> None:
    instant = datetime(2026, 7, 1, local_hour, 30, tzinfo=UTC)
    assert in_quiet_hours(instant, "UTC", 22 * 60, 8 * 60) is quiet
    assert not in_quiet_hours(instant, "UTC", 0, 0)


def test_switches_between_now_and_the_stream() -> None:
    found = switches_between(utc(2026, 3, 20), utc(2026, 4, 5), "Europe/Berlin")
    assert [s.at for s in found] == [utc(2026, 3, 29, 1, 0)]
    assert found[0].after - found[0].before == timedelta(hours=1)
    assert switches_between(utc(2026, 3, 20), utc(2026, 4, 5), "Asia/Kolkata") == []
    lord_howe = switches_between(utc(2026, 9, 25), utc(2026, 10, 10), "Australia/Lord_Howe")
    assert lord_howe[0].after - lord_howe[0].before == timedelta(minutes=30)

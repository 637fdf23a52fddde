"""Sentences of the schedule dialog: zones, differences, switches, quiet hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from streamer_desktop.desktop.formatting import clock_time, short_day, when, zone_label
from streamer_desktop.scheduling.linked import Switch, utc_offset, wall_of


def span(delta: timedelta) -> str:
    """ "9 h 30 min", "45 min", "1 h" for a non-negative span."""
    minutes = abs(int(delta.total_seconds())) // 60
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return QCoreApplication.translate("ScheduleDialog", "{h} h {m} min").format(
            h=hours, m=minutes
        )
    if hours:
        return QCoreApplication.translate("ScheduleDialog", "{h} h").format(h=hours)
    return QCoreApplication.translate("ScheduleDialog", "{m} min").format(m=minutes)


def entry_refused_text(typed: str, locale: str) -> str:
    """Why a typed entry was not taken, with an example in the locale's own form."""
    example = clock_time(datetime(2026, 1, 1, 18, 0, tzinfo=UTC), "UTC", locale)
    return QCoreApplication.translate(
        "ScheduleDialog", "“{typed}” is not a time. Type it like {example}."
    ).format(typed=typed, example=example)


def day_text(day: date, locale: str) -> str:
    """The customer's day under their time, when it is not the calendar's."""
    return QCoreApplication.translate("ScheduleDialog", "on {day}").format(
        day=short_day(day, locale))


def difference_text(ahead: timedelta) -> str:
    if ahead > timedelta(0):
        return QCoreApplication.translate(
            "ScheduleDialog", "The customer is {span} ahead of you."
        ).format(span=span(ahead))
    if ahead < timedelta(0):
        return QCoreApplication.translate(
            "ScheduleDialog", "The customer is {span} behind you."
        ).format(span=span(ahead))
    return QCoreApplication.translate("ScheduleDialog", "You and the customer have the same time.")


def zones_text(mine: str, theirs: str, locale: str) -> str:
    return QCoreApplication.translate("ScheduleDialog", "You: {mine} · Customer: {theirs}").format(
        mine=zone_label(mine, locale), theirs=zone_label(theirs, locale)
    )


def switch_text(switch: Switch, locale: str) -> str:
    shift = switch.after - switch.before
    direction = (
        QCoreApplication.translate("ScheduleDialog", "forward")
        if shift > timedelta(0)
        else QCoreApplication.translate("ScheduleDialog", "back")
    )
    return QCoreApplication.translate(
        "ScheduleDialog", "Before the stream, clocks in {zone} go {direction} {span} on {when}."
    ).format(
        zone=zone_label(switch.zone, locale),
        direction=direction,
        span=span(shift),
        when=when(switch.at, switch.zone, locale),
    )


def gap_text(wall: datetime, zone: str, before: datetime, after: datetime, locale: str) -> str:
    return QCoreApplication.translate(
        "ScheduleDialog",
        "{time} does not exist in {zone} on {day}: the clocks jump forward. "
        "The nearest valid times are {before} and {after}.",
    ).format(
        time=wall.strftime("%H:%M"),
        zone=zone_label(zone, locale),
        day=short_day(wall.date(), locale),
        before=side_text(before, wall.date(), zone, locale),
        after=side_text(after, wall.date(), zone, locale),
    )


def side_text(instant: datetime, day: date, zone: str, locale: str) -> str:
    """A time next to a gap on ``day``: with its own date when that is another day."""
    other_day = wall_of(instant, zone).date() != day
    return (when if other_day else clock_time)(instant, zone, locale)


def fold_text(wall: datetime, zone: str, locale: str) -> str:
    return QCoreApplication.translate(
        "ScheduleDialog",
        "{time} happens twice in {zone} on {day}: the clocks go back. Which one do you mean?",
    ).format(time=wall.strftime("%H:%M"), zone=zone_label(zone, locale),
             day=short_day(wall.date(), locale))


def offset_text(instant: datetime, zone: str, locale: str, first: bool) -> str:
    offset = utc_offset(instant, zone)
    sign = "+" if offset >= timedelta(0) else "−"
    minutes = abs(int(offset.total_seconds())) // 60
    label = f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return (
        QCoreApplication.translate("ScheduleDialog", "The first, before the switch ({offset})")
        if first
        else QCoreApplication.translate("ScheduleDialog", "The second, after the switch ({offset})")
    ).format(offset=label)


def quiet_text(instant: datetime, zone: str, locale: str) -> str:
    part = (
        QCoreApplication.translate("ScheduleDialog", "late at night")
        if wall_of(instant, zone).hour >= 12
        else QCoreApplication.translate("ScheduleDialog", "early in the morning")
    )
    return QCoreApplication.translate(
        "ScheduleDialog", "It will be {time} for the customer: {part} in their time zone."
    ).format(time=clock_time(instant, zone, locale), part=part)


def conflict_text(
    customer: str, start: datetime, end: datetime, zone: str, locale: str, free: datetime | None
) -> str:
    text = QCoreApplication.translate(
        "ScheduleDialog", "This overlaps your stream with {name}, {start}–{end}."
    ).format(name=customer, start=when(start, zone, locale), end=clock_time(end, zone, locale))
    if free is not None:
        text += " " + QCoreApplication.translate(
            "ScheduleDialog", "The nearest free start is {free}."
        ).format(free=when(free, zone, locale))
    return text

"""A time of day as people type it: "18:00", "18.00", "1800", "6:00 pm", "6pm", "18 Uhr".

Qt's date-time field takes a time section by section, so a person who types a time
the way they write it ("6pm", "1800") is refused. :func:`parse_time` reads the
whole entry at once; the field (:mod:`wall_time_edit`) decides what to do with it.
It is pure: the words for the two halves of a day come from the caller (Qt's
locale names them), so the rules can be tested without a window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Half = Literal["am", "pm"]

# What people write after a time in the languages we ship, with no meaning of its own:
# "18 Uhr" (German), "18 ч" / "18 час." (Russian), "18h" / "18h00" (French, and many
# Europeans in English).
_SUFFIXES = ("uhr", "часов", "часа", "час", "ч", "h")
_ENGLISH_HALVES: dict[str, Half] = {
    "am": "am", "a.m.": "am", "a.m": "am", "a": "am",
    "pm": "pm", "p.m.": "pm", "p.m": "pm", "p": "pm",
}
# An hour, then optionally minutes after one separator ("18:00", "18.00", "18h00",
# "18 00"), or three or four digits run together ("1800", "930").
_SEPARATED = re.compile(r"(\d{1,2})(?:\s*[:.,h\-]\s*|\s+)(\d{2})")
_HOUR_ONLY = re.compile(r"(\d{1,2})")
_RUN_TOGETHER = re.compile(r"(\d{1,2})(\d{2})")


@dataclass(frozen=True, slots=True)
class TypedTime:
    """A time read from what was typed.

    ``half`` is the half of the day the person named (am/pm), or None when they named
    none; then ``hour`` is read on a 24-hour clock.
    """

    hour: int
    minute: int
    half: Half | None

    def on_24_hours(self, shown_half: Half | None = None) -> tuple[int, int]:
        """The hour and minute on a 24-hour clock.

        With no half named, an hour from 1 to 12 keeps ``shown_half`` (the half the
        field showed), as a twelve-hour clock's field does: "10:30" typed over
        "9:45 PM" is 10:30 PM.
        """
        half = self.half or (shown_half if 1 <= self.hour <= 12 else None)
        if half is None:
            return self.hour, self.minute
        hour = self.hour % 12
        return (hour + 12 if half == "pm" else hour), self.minute


def parse_time(text: str, am_words: tuple[str, ...] = (),
               pm_words: tuple[str, ...] = ()) -> TypedTime | None:
    """Read a time of day from ``text``, or None when it is not one.

    ``am_words`` and ``pm_words`` are the locale's words for the halves of the day
    (Qt's ``QLocale.amText()`` / ``pmText()``); the English ones are understood in
    every locale, as people copy times from e-mails written in English.
    """
    entry = " ".join(text.strip().lower().split())
    if not entry:
        return None
    halves = dict(_ENGLISH_HALVES)
    for word in am_words:
        if word.strip():
            halves[word.strip().lower()] = "am"
    for word in pm_words:
        if word.strip():
            halves[word.strip().lower()] = "pm"
    half: Half | None = None
    # Longest first, so "p.m." wins over "p" and "часов" over "ч".
    for word in sorted(halves, key=len, reverse=True):
        if entry.endswith(word) and _digit_before(entry, len(word)):
            half, entry = halves[word], entry[: -len(word)].rstrip()
            break
    else:
        bare = entry.removesuffix(".")  # "18 ч."
        for suffix in _SUFFIXES:
            if bare.endswith(suffix) and _digit_before(bare, len(suffix)):
                entry = bare[: -len(suffix)].rstrip()
                break
    for pattern in (_SEPARATED, _RUN_TOGETHER, _HOUR_ONLY):
        match = pattern.fullmatch(entry)
        if match:
            hour = int(match.group(1))
            minute = int(match.group(2)) if pattern is not _HOUR_ONLY else 0
            break
    else:
        return None
    if minute > 59:
        return None
    if half is not None:
        return TypedTime(hour, minute, half) if 1 <= hour <= 12 else None
    return TypedTime(hour, minute, None) if hour <= 23 else None


def _digit_before(entry: str, word_length: int) -> bool:
    """Whether ``entry`` without its last ``word_length`` characters ends in a digit."""
    rest = entry[: -word_length].rstrip().rstrip(".")
    return bool(rest) and rest[-1].isdigit()

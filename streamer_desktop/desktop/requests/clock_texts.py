"""Times a card shows that depend on the moment, kept for the minute they are true in.

When a request was last active reads "9:41 AM" today, "Yesterday", a weekday within the
week and a date before; the customer's clock reads "9:05 PM there" when their zone is
not the streamer's. Cards are painted often and Babel is slow, so each text is worked
out once per minute, zone and language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication

from streamer_desktop.desktop.formatting import clock_time, local_date
from streamer_desktop.i18n.places import babel_locale
from streamer_desktop.scheduling.zones import UnknownZoneError, zone


class ClockTexts:
    """Card times for now, in the streamer's zone and language (:meth:`use`)."""

    def __init__(self, clock: Callable[[], datetime], zone: str = "UTC",
                 locale: str = "en") -> None:
        self.clock = clock
        self.zone = zone
        self.locale = locale
        self._memo: dict[tuple[str, object], str] = {}
        self._minute: int | None = None

    def use(self, zone: str, locale: str) -> None:
        """Write times in another zone or language from now on."""
        self.zone, self.locale = zone, locale
        self._memo.clear()

    def _now(self) -> datetime:
        now = self.clock()
        minute = int(now.timestamp()) // 60
        if minute != self._minute:
            self._minute = minute
            self._memo.clear()
        return now

    def activity(self, at: datetime) -> str:
        """When something last happened, as short as is clear."""
        now = self._now()
        text = self._memo.get(("activity", at))
        if text is None:
            text = self._memo[("activity", at)] = self._activity(at, now)
        return text

    def there(self, customer_zone: str) -> str:
        """The customer's clock now ("9:05 PM there"), or "" when it reads as the
        streamer's."""
        now = self._now()
        text = self._memo.get(("there", customer_zone))
        if text is None:
            text = self._memo[("there", customer_zone)] = self._there(customer_zone, now)
        return text

    def _activity(self, at: datetime, now: datetime) -> str:
        my_zone, locale = self.zone, self.locale
        day, today = local_date(at, my_zone), local_date(now, my_zone)
        if day == today:
            return clock_time(at, my_zone, locale)
        if day == today - timedelta(days=1):
            return QCoreApplication.translate("Chat", "Yesterday")
        pattern = "EEE" if today - day < timedelta(days=7) else (
            "d MMM" if day.year == today.year else "d MMM y")
        return str(format_date(day, pattern, locale=babel_locale(locale)))

    def _there(self, customer_zone: str, now: datetime) -> str:
        my_zone = self.zone
        try:
            if now.astimezone(zone(customer_zone)).utcoffset() == now.astimezone(
                    zone(my_zone)).utcoffset():
                return ""
        except UnknownZoneError:
            return ""
        return QCoreApplication.translate("Cards", "{time} there").format(
            time=clock_time(now, customer_zone, self.locale))

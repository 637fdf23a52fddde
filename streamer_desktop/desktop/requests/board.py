"""The two lists, *Active* and *My requests*, kept in order as time passes.

One alarm (a precise Qt timer in the app) is aimed at the next moment a card
changes place or a reminder is due; nothing polls. A reminder whose moment
passed while the computer slept is shown once, as missed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from streamer_desktop.desktop.requests.model import Card, RequestListModel
from streamer_desktop.desktop.texts import (
    chip,
    message_text,
    phase_text,
    stream_line,
    stream_when,
)
from streamer_desktop.desktop.workspace import Workspace
from streamer_desktop.scheduling import agenda
from streamer_desktop.wire import RequestOut

Clock = Callable[[], datetime]

_LONGEST_WAIT_MS = 6 * 3600 * 1000
"""Re-aim at least this often, so a changed system clock is noticed."""


class Alarm(QObject):
    """Wakes the board at an instant, with :attr:`rang`.

    The app's alarm is a precise Qt timer (:class:`TimerAlarm`); tests give one that
    rings when they move their pinned clock past the instant.
    """

    rang = Signal()

    def aim(self, at: datetime | None, now: datetime) -> None:
        """Ring at ``at`` (``now`` is the board's clock); None: ring no more."""
        raise NotImplementedError

    @property
    def remaining_ms(self) -> int | None:
        """Milliseconds until it rings, or None when it is not set."""
        raise NotImplementedError


class TimerAlarm(Alarm):
    """An alarm on a Qt timer, re-aimed at least every few hours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Qt makes long timers coarse (up to 5 % late: minutes, for a reminder an hour
        # ahead), which would turn an on-time reminder into a missed one.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.rang)

    def aim(self, at: datetime | None, now: datetime) -> None:
        if at is None:
            self._timer.stop()
            return
        wait_ms = int((at - now).total_seconds() * 1000) + 1
        self._timer.start(max(0, min(wait_ms, _LONGEST_WAIT_MS)))

    @property
    def remaining_ms(self) -> int | None:
        return self._timer.remainingTime() if self._timer.isActive() else None


class AgendaBoard(QObject):
    """Feeds ``active_model`` and ``requests_model`` from the workspace and the clock."""

    reminder_due = Signal(object)  # agenda.Reminder

    def __init__(self, workspace: Workspace, clock: Clock, zone: Callable[[], str],
                 locale: Callable[[], str], parent: QObject | None = None, *,
                 alarm: Alarm | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._clock = clock
        self._zone = zone
        self._locale = locale
        self.active_model = RequestListModel(self)
        self.requests_model = RequestListModel(self)
        self._reminded: set[tuple[int, agenda.ReminderKind]] = set()
        # Per request: the request it was made from, and its slot and cards by phase.
        # Cards are rebuilt only when their request, phase, zone or language changed.
        self._slots: dict[int, tuple[RequestOut, agenda.Slot]] = {}
        self._cards: dict[tuple[int, agenda.Phase], tuple[RequestOut, str, str, Card]] = {}
        self._alarm = alarm or TimerAlarm()
        self._alarm.setParent(self)
        self._alarm.rang.connect(self.tick)
        # What only an event can change is sorted once per change, not at every tick:
        # cards without a stream ahead keep their place until new activity.
        self._untimed_cards: list[Card] = []
        self._untimed_keys: list[tuple[datetime, int]] = []  # the cards' keys, oldest first
        self._timed: list[agenda.Slot] = []
        self._stale = True
        workspace.requests_changed.connect(self._on_requests_changed)

    def tick(self) -> None:
        """Place every card for the current instant and aim the timer at the next change."""
        now = self._clock()
        requests = self._workspace.requests
        if self._stale:
            self._sort_untimed(requests)
        active, lifted, listed = agenda.split(self._timed, now)

        def cards(slots: list[agenda.Slot]) -> list[Card]:
            return [self._card(requests[s.request_id], agenda.phase(s, now)) for s in slots]

        self.active_model.show(cards(active))
        self.requests_model.show(cards(lifted) + self._merge(listed, cards(listed)))
        for reminder in agenda.due_reminders(self._timed, now, self._reminded):
            self._reminded.add((reminder.stream_id, reminder.kind))
            self.reminder_due.emit(reminder)
        self._aim(self._timed, now)

    def _merge(self, listed: list[agenda.Slot], listed_cards: list[Card]) -> list[Card]:
        """The listed timed cards placed among the untimed ones, latest activity first.

        Few cards have a stream ahead, so each is put in its place by bisection
        instead of walking the whole list; at equal keys the timed card comes first.
        """
        keys, untimed = self._untimed_keys, self._untimed_cards
        merged: list[Card] = []
        taken = 0
        for slot, card in zip(listed, listed_cards, strict=True):
            # keys run from the oldest activity up: count the untimed cards strictly later.
            place = len(keys) - bisect.bisect_right(keys, agenda.by_activity(slot))
            merged.extend(untimed[taken:place])
            merged.append(card)
            taken = max(taken, place)
        merged.extend(untimed[taken:])
        return merged

    def retranslate(self) -> None:
        """The language or the zone changed: build every card again."""
        self._cards.clear()
        self._stale = True
        self.tick()

    def _on_requests_changed(self) -> None:
        self._stale = True
        self.tick()

    def _sort_untimed(self, requests: dict[int, RequestOut]) -> None:
        slots = [self._slot(r) for r in requests.values()]
        self._timed = [s for s in slots if agenda.is_timed(s)]
        untimed = sorted((s for s in slots if not agenda.is_timed(s)), key=agenda.by_activity,
                         reverse=True)
        self._untimed_cards = [self._card(requests[s.request_id], agenda.Phase.NONE)
                               for s in untimed]
        self._untimed_keys = [agenda.by_activity(s) for s in reversed(untimed)]
        if len(self._slots) > len(requests):
            self._forget_gone(requests.keys())
        self._stale = False

    def _aim(self, slots: list[agenda.Slot], now: datetime) -> None:
        moments = [m for m in (agenda.next_change(slots, now),
                               agenda.next_reminder_at(slots, now)) if m is not None]
        self._alarm.aim(min(moments, default=None), now)

    @property
    def next_tick_ms(self) -> int | None:
        """Milliseconds until the board next wakes, or None when nothing is ahead."""
        return self._alarm.remaining_ms

    def _slot(self, request: RequestOut) -> agenda.Slot:
        cached = self._slots.get(request.id)
        if cached is not None and cached[0] is request:
            return cached[1]
        slot = _slot(request)
        self._slots[request.id] = (request, slot)
        return slot

    def _forget_gone(self, ids: object) -> None:
        keep = set(ids)  # type: ignore[call-overload]
        self._slots = {k: v for k, v in self._slots.items() if k in keep}
        self._cards = {k: v for k, v in self._cards.items() if k[0] in keep}

    def _card(self, request: RequestOut, phase: agenda.Phase) -> Card:
        zone, locale = self._zone(), self._locale()
        cached = self._cards.get((request.id, phase))
        if cached is not None and cached[0] is request and cached[1:3] == (zone, locale):
            return cached[3]
        card = self._make_card(request, phase, zone, locale)
        self._cards[(request.id, phase)] = (request, zone, locale, card)
        return card

    def _make_card(self, request: RequestOut, phase: agenda.Phase, zone: str, locale: str
                   ) -> Card:
        line = short = ""
        if request.stream is not None:
            line = stream_line(request.stream, zone, locale)
            note = phase_text(phase) if phase is not agenda.Phase.LIVE else ""  # said already
            if note:
                line = f"{line} · {note}"
            short = stream_when(request.stream, zone, locale)
        summary = message_text(request.last_message, zone, locale) if request.last_message else ""
        return Card(request=request, phase=phase, summary=summary, stream_line=line,
                    chip=chip(request.stream, phase), stream_when=short)


def _slot(request: RequestOut) -> agenda.Slot:
    stream = request.stream
    return agenda.Slot(
        request_id=request.id, last_activity=request.last_activity_at,
        stream_id=stream.id if stream else None,
        starts_at=stream.starts_at if stream else None,
        ends_at=stream.ends_at if stream else None,
        status=stream.status.value if stream else None,
        booked_at=stream.booked_at if stream else None,
    )

"""The streamer's workspace: requests, chats and settings, kept in step with the service.

It loads the state over HTTP, then applies the service's events as they
arrive. Widgets read its state and call its async methods; they never talk
to the network themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from streamer_desktop.client.api import NEWEST, ApiClient, ApiError, ServiceUnreachable
from streamer_desktop.client.events import EventStream
from streamer_desktop.desktop.tasks import TaskGroup
from streamer_desktop.wire import (
    BusinessSettings,
    EventOut,
    EventType,
    MeOut,
    MessageOut,
    ReadOut,
    RequestOut,
    Role,
    StreamOut,
    TeamMemberOut,
    UserStatus,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

PAGE = 200
"""Messages loaded at a time: a chat opens at its newest page and reads back from there."""


class NoticeKind(Enum):
    """What a notice is about; the notifier and the settings decide how it is shown."""

    NEW_REQUEST = "new_request"
    NEW_MESSAGE = "new_message"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    HANDED_OVER = "handed_over"
    """A colleague (or an admin) gave the streamer a request."""


@dataclass(frozen=True, slots=True)
class Notice:
    kind: NoticeKind
    request_id: int
    customer: str
    text: str = ""


_LIVE_SIGNALS = (EventType.LIVE_JOINED, EventType.LIVE_ANSWERED, EventType.LIVE_LEFT)


class Workspace(QObject):
    """State of the signed-in streamer's work, and the calls that change it."""

    loaded = Signal()
    requests_changed = Signal()
    messages_changed = Signal(int)
    message_sent = Signal(int)
    settings_changed = Signal(object)
    connection_changed = Signal(bool)
    failed = Signal(str, bool)
    """A text to show, and whether it is about the connection (over once back online)."""
    noticed = Signal(object)
    live_signal = Signal(object)
    """A live stream's signalling event (``EventOut``: joined, answered, left)."""

    def __init__(self, api: ApiClient, tasks: TaskGroup, parent: QObject | None = None, *,
                 sign_in_again: Callable[[], Awaitable[None]] | None = None) -> None:
        """``sign_in_again`` runs when the service no longer knows the token, and
        returns once the streamer is signed in again."""
        super().__init__(parent)
        self._sign_in_again = sign_in_again
        self._api = api
        self._tasks = tasks
        self.me: MeOut | None = None
        self.settings: BusinessSettings | None = None
        self.requests: dict[int, RequestOut] = {}
        self.messages: dict[int, list[MessageOut]] = {}
        """Messages of the chats opened so far, oldest first: the pages loaded, plus every
        message heard of since, even while the chat was still loading."""
        self._loaded_chats: set[int] = set()
        self._complete_chats: set[int] = set()  # every older message is loaded
        self._loading: set[int] = set()  # chats whose newest page is on its way
        self.reading: int | None = None
        """The request whose chat the streamer has in front of them: its customer's new
        messages are read as they come (see :meth:`read`)."""
        self.online = False
        self._events = EventStream(
            api, self._on_event, self._on_connection,
            on_handling_failed=self._on_handling_failed,
            on_unauthorized=self._on_unauthorized if sign_in_again is not None else None)

    # --- loading and live sync ---------------------------------------------------

    async def load(self) -> bool:
        """Fetch who we are and every request; False (and ``failed``) when unreachable."""
        try:
            me = await self._api.me()
            requests, newest_event = await self._api.requests()
        except (ServiceUnreachable, ApiError) as exc:
            self._fail(exc)
            return False
        self.me = me
        self.settings = me.business.settings
        self.requests = {r.id: r for r in requests}
        if newest_event is not None and self._events.last_event_id is None:
            self._events.last_event_id = newest_event  # live events pick up from here
        self.loaded.emit()
        self.settings_changed.emit(self.settings)
        self.requests_changed.emit()
        return True

    async def reload(self) -> bool:
        """Fetch everything again, the newest page of each open chat included."""
        if not await self.load():
            return False
        for request_id in list(self._loaded_chats):
            await self._load_page(request_id, NEWEST)
        return True

    async def _on_handling_failed(self, exc: BaseException) -> None:
        self.failed.emit(self.tr("An update from the service could not be shown ({error}); "
                                 "everything was loaded again.").format(error=exc), False)
        await self.reload()

    async def _on_unauthorized(self, _exc: BaseException) -> None:
        assert self._sign_in_again is not None
        await self._sign_in_again()
        await self.reload()

    def start_live(self) -> None:
        """Follow the service's events from now on (reconnecting by itself)."""
        self._tasks.spawn(self._events.run())

    async def open_chat(self, request_id: int) -> None:
        """Load a request's newest messages (once; events keep them current)."""
        for other in self._loaded_chats - {request_id}:  # read back earlier: keep a page
            kept = self.messages.get(other, [])
            if len(kept) > PAGE:
                self.messages[other] = kept[-PAGE:]
                self._complete_chats.discard(other)
        if request_id in self._loaded_chats:
            self.messages_changed.emit(request_id)
            return
        self._loading.add(request_id)
        try:
            if await self._load_page(request_id, NEWEST):
                self._loaded_chats.add(request_id)
        finally:
            self._loading.discard(request_id)

    def read(self, request_id: int | None) -> None:
        """The streamer looks at this request's chat (None: at none, e.g. the window is
        in the background). What it holds counts as read, here and on the service."""
        self.reading = request_id
        request = self.requests.get(request_id) if request_id is not None else None
        if request is None or not request.unread or request.last_message is None:
            return
        self.requests[request.id] = request.model_copy(update={"unread": 0})
        self.requests_changed.emit()
        self._tasks.spawn(self._mark_read(request.id, request.last_message.id))

    async def _mark_read(self, request_id: int, up_to: int) -> None:
        try:
            await self._api.mark_read(request_id, up_to)
        except (ServiceUnreachable, ApiError) as exc:
            # Nothing is lost: the count stays on the service and is read again later.
            log.info("marking request %s read failed: %s", request_id, exc)

    async def load_older(self, request_id: int) -> bool:
        """Load the page of messages before the oldest one known; False when none is left."""
        known = self.messages.get(request_id)
        if request_id not in self._loaded_chats or not known or \
                request_id in self._complete_chats:
            return False
        return await self._load_page(request_id, known[0].id)

    def has_older(self, request_id: int) -> bool:
        """Whether older messages of a loaded chat may still be on the service."""
        return request_id in self._loaded_chats and request_id not in self._complete_chats

    async def _load_page(self, request_id: int, before_id: int) -> bool:
        try:
            page = await self._api.messages(request_id, before_id=before_id, limit=PAGE)
        except (ServiceUnreachable, ApiError) as exc:
            self._fail(exc)
            return False
        known = self.messages.get(request_id, [])
        if before_id == NEWEST and known and len(page) == PAGE and page[0].id > known[-1].id:
            known = []  # a whole page is newer than what we had: there may be a hole
            self._complete_chats.discard(request_id)
        elif len(page) < PAGE:  # the service had no more than this
            self._complete_chats.add(request_id)
        # Messages heard of while the page was on its way are kept too.
        merged = {m.id: m for m in page}
        merged.update({m.id: m for m in known})
        self.messages[request_id] = sorted(merged.values(), key=lambda m: m.id)
        self.messages_changed.emit(request_id)
        return bool(page)

    async def send(self, request_id: int, text: str) -> bool:
        """Send a chat message; on failure the caller keeps the text."""
        try:
            message = await self._api.send_message(request_id, text)
        except (ServiceUnreachable, ApiError) as exc:
            self._fail(exc)
            return False
        self._add_message(message)
        self.message_sent.emit(request_id)
        return True

    async def start_stream(self, request_id: int) -> bool:
        """Go live with the request's stream."""
        request = self.requests.get(request_id)
        if request is None or request.stream is None:
            return False
        try:
            stream = await self._api.start_stream(request.stream.id)
        except (ServiceUnreachable, ApiError) as exc:
            self._fail(exc, self.tr("The stream did not start."))
            return False
        self.put_stream(stream)
        return True

    async def end_stream(self, request_id: int) -> bool:
        """End the request's live stream."""
        request = self.requests.get(request_id)
        if request is None or request.stream is None:
            return False
        try:
            stream = await self._api.complete_stream(request.stream.id)
        except (ServiceUnreachable, ApiError) as exc:
            self._fail(exc, self.tr("The stream is still live."))
            return False
        self.put_stream(stream)
        return True

    async def cancel_stream(self, request_id: int, message: str) -> str | None:
        """Cancel the request's stream, telling the customer ``message`` (may be empty).

        Returns None when it is cancelled, else why not (nothing has changed then)."""
        request = self.requests.get(request_id)
        if request is None or request.stream is None:
            return self.tr("This request has no stream to cancel.")
        stream = await self._attempt(
            self._api.cancel_stream(request.stream.id, message.strip() or None),
            self.tr("The service cannot be reached, so the stream was not cancelled. "
                    "Your message is kept; try again when the connection is back."))
        if isinstance(stream, str):
            return stream
        self.put_stream(stream)
        return None

    async def colleagues(self) -> list[TeamMemberOut] | str:
        """The streamer's active fellow streamers (online first), or why they are
        unknown."""
        team = await self._attempt(self._api.team(), self.tr(
            "The service cannot be reached. Try again when the connection is back."))
        if isinstance(team, str):
            return team
        me = self.me.user.id if self.me is not None else None
        others = [m for m in team if m.id != me and m.status is UserStatus.ACTIVE
                  and m.role is Role.STREAMER]
        return sorted(others, key=lambda m: (not m.online, m.display_name.casefold()))

    async def transfer(self, request_id: int, to_user_id: int) -> str | None:
        """Hand a request to a colleague. None when done (the request leaves this
        workspace), else why not (nothing has changed then)."""
        request = await self._attempt(
            self._api.transfer(request_id, to_user_id),
            self.tr("The service cannot be reached, so the request is still yours. "
                    "Try again when the connection is back."))
        if isinstance(request, str):
            return request
        self._place(request)
        return None

    async def _attempt(self, call: Awaitable[T], unreachable: str) -> T | str:
        """What ``call`` answers, or why it failed: ``unreachable`` when the service is
        out of reach, else the service's reason (an ended session also asks to sign in
        again)."""
        try:
            return await call
        except ServiceUnreachable:
            return unreachable
        except ApiError as exc:
            if exc.status == 401:
                self._fail(exc)
            return exc.message

    def _place(self, request: RequestOut) -> bool:
        """Keep a request that is this streamer's, drop one that went to someone else;
        True when it came in."""
        mine = self.me is None or request.streamer_id == self.me.user.id or (
            self.me.user.role is Role.ADMIN)
        if mine:
            known = request.id in self.requests
            self.requests[request.id] = request
            self.requests_changed.emit()
            return not known
        if self.requests.pop(request.id, None) is not None:
            self.messages.pop(request.id, None)
            self._loaded_chats.discard(request.id)
            self._complete_chats.discard(request.id)
            if self.reading == request.id:
                self.reading = None
            self.requests_changed.emit()
        return False

    async def sign_out(self) -> None:
        try:
            await self._api.logout()
        except (ServiceUnreachable, ApiError) as exc:
            log.info("Sign-out could not reach the service: %s", exc)

    # --- events ------------------------------------------------------------------

    def _on_connection(self, online: bool) -> None:
        self.online = online
        self.connection_changed.emit(online)

    async def _on_event(self, event: EventOut) -> None:
        data = event.data
        if event.type is EventType.REQUEST_CREATED:
            request = RequestOut.model_validate(data["request"])
            self.requests[request.id] = request
            self.requests_changed.emit()
            self.noticed.emit(Notice(NoticeKind.NEW_REQUEST, request.id, request.customer.name,
                                     request.last_message.body if request.last_message else ""))
        elif event.type is EventType.MESSAGE_CREATED:
            message = MessageOut.model_validate(data["message"])
            self._add_message(message)
            owner = self.requests.get(message.request_id)
            if message.sender == "customer" and owner is not None:
                self.noticed.emit(Notice(NoticeKind.NEW_MESSAGE, owner.id,
                                         owner.customer.name, message.body))
        elif event.type is EventType.REQUEST_READ:
            read = ReadOut.model_validate(data["read"])
            target = self.requests.get(read.request_id)
            if target is not None and target.unread != read.unread:
                self.requests[target.id] = target.model_copy(update={"unread": read.unread})
                self.requests_changed.emit()
        elif event.type is EventType.REQUEST_TRANSFERRED:
            request = RequestOut.model_validate(data["request"])
            if self._place(request) and self.me is not None and (
                    data.get("from_user_id") != self.me.user.id):
                self.noticed.emit(Notice(NoticeKind.HANDED_OVER, request.id,
                                         request.customer.name))
        elif event.type in _LIVE_SIGNALS:
            self.live_signal.emit(event)
        elif event.type is EventType.SETTINGS_CHANGED:
            self.settings = BusinessSettings.model_validate(data["settings"])
            self.settings_changed.emit(self.settings)
        elif "stream" in data:
            stream = StreamOut.model_validate(data["stream"])
            self.put_stream(stream)
            target = self.requests.get(stream.request_id)
            if target is not None and event.type is EventType.STREAM_CONFIRMED:
                self.noticed.emit(Notice(NoticeKind.CONFIRMED, target.id,
                                         target.customer.name))
            elif (target is not None and event.type is EventType.STREAM_CANCELLED
                  and stream.cancelled_by == "customer"):
                self.noticed.emit(Notice(NoticeKind.CANCELLED, target.id,
                                         target.customer.name))

    def _add_message(self, message: MessageOut) -> None:
        # Messages are kept for chats that are open or opening; any other chat loads its
        # newest page from the service when it is opened.
        if message.request_id in self._loaded_chats or message.request_id in self._loading:
            chat = self.messages.setdefault(message.request_id, [])
            if not chat or chat[-1].id < message.id:  # the usual case: the newest
                chat.append(message)
                self.messages_changed.emit(message.request_id)
            elif all(m.id != message.id for m in chat):
                chat.append(message)
                chat.sort(key=lambda m: m.id)
                self.messages_changed.emit(message.request_id)
        request = self.requests.get(message.request_id)
        if request is not None and (request.last_message is None
                                    or request.last_message.id <= message.id):
            unread = request.unread
            new = request.last_message is None or request.last_message.id < message.id
            if new and message.sender == "customer":
                if request.id == self.reading:  # read as it arrives
                    self._tasks.spawn(self._mark_read(request.id, message.id))
                else:
                    unread += 1
            self.requests[request.id] = request.model_copy(update={
                "last_message": message, "last_activity_at": message.created_at,
                "unread": unread})
            if message.stream is not None:
                self.put_stream(message.stream, emit=False)
            self.requests_changed.emit()

    def put_stream(self, stream: StreamOut, *, emit: bool = True) -> None:
        """Record a stream's news on its request (older news never replaces an open one)."""
        request = self.requests.get(stream.request_id)
        if request is None:
            return
        current = request.stream
        if current is not None and current.id > stream.id and current.status.is_open:
            return  # an older stream's news does not replace the open one
        self.requests[request.id] = request.model_copy(update={"stream": stream})
        if emit:
            self.requests_changed.emit()

    def _fail(self, exc: Exception, outcome: str = "") -> None:
        """Tell what went wrong; ``outcome`` says what it means when the service is out
        of reach (by default: the text being written is kept)."""
        if isinstance(exc, ServiceUnreachable):
            self.failed.emit(self.tr("The service cannot be reached. {outcome} "
                                     "Try again when the connection is back.").format(
                outcome=outcome or self.tr("Your text is kept.")), True)
        elif isinstance(exc, ApiError) and exc.status == 401 and self._sign_in_again is not None:
            # The session ended: ask to sign in again (the text being written stays).
            self._tasks.spawn(self._on_unauthorized(exc))
        elif isinstance(exc, ApiError):
            self.failed.emit(exc.message, False)
        else:
            self.failed.emit(str(exc), False)

"""Sign-in, bearer tokens, the signed-in user and the business's settings."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from streamer_desktop.i18n import N_
from streamer_desktop.scheduling.linked import minutes_of_day
from streamer_desktop.scheduling.zones import is_valid_zone
from streamer_desktop.service import events
from streamer_desktop.service.errors import ServiceError, forbidden, invalid, unauthorized
from streamer_desktop.service.models import AuthToken, Business, User
from streamer_desktop.service.security import hash_token, new_bearer_token, verify_password
from streamer_desktop.service.store.serialize import (
    business_out,
    business_settings,
    user_out,
)
from streamer_desktop.wire import (
    BusinessSettings,
    BusinessSettingsPatch,
    EventType,
    LoginOut,
    MeOut,
    Role,
    UserPatch,
    UserStatus,
)

TOKEN_LIFETIME_S = 30 * 24 * 3600


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling: every query is scoped to their business."""

    user_id: int
    business_id: int
    role: Role
    token_id: int


class CallerCache:
    """Remembers recently checked tokens for a few seconds, to spare a query per call.

    Sign-out, disabling and a new password forget tokens at once in this process;
    another replica may still accept them for up to ``ttl_s`` seconds. Expiry is
    checked on every use.
    """

    def __init__(self, ttl_s: int = 10, size: int = 10_000) -> None:
        self._ttl_s = ttl_s
        self._size = size
        self._entries: dict[str, tuple[Caller, int, int]] = {}
        self._lock = threading.Lock()

    def get(self, token: str, now: int) -> Caller | None:
        with self._lock:
            entry = self._entries.get(token)
        if entry is None:
            return None
        caller, expires_at, cached_at = entry
        if expires_at <= now or not cached_at <= now < cached_at + self._ttl_s:
            self.forget(token)
            return None
        return caller

    def put(self, token: str, caller: Caller, expires_at: int, now: int) -> None:
        with self._lock:
            if len(self._entries) >= self._size:
                self._entries.clear()
            self._entries[token] = (caller, expires_at, now)

    def forget(self, token: str) -> None:
        with self._lock:
            self._entries.pop(token, None)

    def forget_user(self, user_id: int) -> None:
        """Forget every token of one user (disabled, or their password changed)."""
        with self._lock:
            for token in [t for t, (c, _e, _n) in self._entries.items()
                          if c.user_id == user_id]:
                del self._entries[token]


def login(session: Session, email: str, password: str, now: int) -> LoginOut:
    """Check the password and issue a new bearer token."""
    user = session.scalar(select(User).where(func.lower(User.email) == email.lower()))
    if not verify_password(user.password_hash if user else None, password) or user is None:
        raise ServiceError(401, "bad_credentials", N_("The e-mail or the password is wrong."))
    if user.status != UserStatus.ACTIVE:
        raise ServiceError(403, "account_disabled", N_(
            "This account is disabled. Ask your shop's administrator."))
    token, token_hash = new_bearer_token()
    session.add(
        AuthToken(
            user_id=user.id, token_hash=token_hash, created_at=now,
            expires_at=now + TOKEN_LIFETIME_S,
        )
    )
    user.online = True
    return LoginOut(token=token, user=user_out(user))


def authenticate(session: Session, token: str, now: int) -> tuple[Caller, int]:
    """The caller a bearer token belongs to, and when the token expires.

    401 when it is unknown, expired or revoked.
    """
    row = session.execute(
        select(AuthToken.id, AuthToken.expires_at, AuthToken.revoked_at, User.id,
               User.business_id, User.role)
        .join(User, User.id == AuthToken.user_id)
        .where(AuthToken.token_hash == hash_token(token),
               User.status == UserStatus.ACTIVE.value)
    ).first()
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        raise unauthorized()
    caller = Caller(user_id=row[3], business_id=row.business_id, role=Role(row.role),
                    token_id=row[0])
    return caller, row.expires_at


def logout(session: Session, caller: Caller, now: int) -> None:
    """Revoke the caller's token; the user goes offline."""
    token = session.get(AuthToken, caller.token_id)
    if token is not None and token.revoked_at is None:
        token.revoked_at = now
    user = session.get(User, caller.user_id)
    if user is not None:
        user.online = False


def me(session: Session, caller: Caller) -> MeOut:
    """The signed-in user with their business and its settings."""
    user = session.get_one(User, caller.user_id)
    return MeOut(user=user_out(user), business=business_out(user.business))


def update_me(session: Session, caller: Caller, patch: UserPatch) -> MeOut:
    """Change the caller's presence, zone or language."""
    user = session.get_one(User, caller.user_id)
    if patch.time_zone is not None:
        if not is_valid_zone(patch.time_zone):
            raise invalid(
                "unknown_time_zone", N_("'%(zone)s' is not a known time zone."),
                zone=patch.time_zone
            )
        user.time_zone = patch.time_zone
    if patch.locale is not None:
        user.locale = patch.locale
    if patch.online is not None:
        user.online = patch.online
    return MeOut(user=user_out(user), business=business_out(user.business))


def get_settings(session: Session, caller: Caller) -> BusinessSettings:
    """The caller's business settings."""
    return business_settings(session.get_one(Business, caller.business_id))


def update_settings(
    session: Session, caller: Caller, patch: BusinessSettingsPatch, now: int
) -> BusinessSettings:
    """Change the business's settings (admins only) and tell every connected client."""
    if caller.role is not Role.ADMIN:
        raise forbidden(N_("Only an administrator can change the business's settings."))
    business = session.get_one(Business, caller.business_id)
    if patch.scheduled_streams_enabled is not None:
        business.scheduled_streams_enabled = patch.scheduled_streams_enabled
    if patch.default_duration_min is not None:
        business.default_duration_min = patch.default_duration_min
    if patch.quiet_hours_start is not None:
        business.quiet_start_min = minutes_of_day(patch.quiet_hours_start)
    if patch.quiet_hours_end is not None:
        business.quiet_end_min = minutes_of_day(patch.quiet_hours_end)
    settings = business_settings(business)
    events.append(
        session, events.business_topic(business.id), EventType.SETTINGS_CHANGED,
        {"settings": settings.model_dump(mode="json")}, now,
    )
    return settings

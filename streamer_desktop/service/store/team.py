"""A shop's team: members, invitations, password links, disabling and removing with
handover, reassigning requests, and new shops with their first admin.

Every change is audited in its own transaction (:mod:`.audit`) and told to the
business's clients as ``team.changed``.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from streamer_desktop.i18n import N_
from streamer_desktop.service import events, outbox
from streamer_desktop.service.errors import ServiceError, conflict, forbidden, invalid, not_found
from streamer_desktop.service.models import (
    AccountLink,
    AuthToken,
    Business,
    CustomerRequest,
    User,
)
from streamer_desktop.service.security import LinkSigner, hash_password, new_public_id
from streamer_desktop.service.store import audit, handover
from streamer_desktop.service.store.accounts import Caller
from streamer_desktop.service.store.audit import Actor
from streamer_desktop.service.store.conversations import least_busy, request_of
from streamer_desktop.wire import (
    AccountLinkOut,
    EventType,
    HandoverOut,
    InviteIn,
    PasswordSet,
    RequestOut,
    Role,
    TeamMemberOut,
    UserStatus,
)

LINK_LIFETIME_S = {"invite": 7 * 24 * 3600, "reset": 24 * 3600}
"""How long a one-time link stays valid, by purpose."""

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def require_admin(caller: Caller) -> None:
    if caller.role is not Role.ADMIN:
        raise forbidden(N_("Only an administrator can manage the shop's team."))


# --- reading ----------------------------------------------------------------------


def members(session: Session, business_id: int) -> list[TeamMemberOut]:
    """Everyone in the business but the removed, admins first, then by name."""
    counts: dict[int, int] = {user_id: count for user_id, count in session.execute(
        select(CustomerRequest.streamer_id, func.count(CustomerRequest.id))
        .where(CustomerRequest.business_id == business_id, CustomerRequest.status == "open")
        .group_by(CustomerRequest.streamer_id))}
    users = session.scalars(
        select(User).where(User.business_id == business_id,
                           User.status != UserStatus.REMOVED.value)
        .order_by(User.role, func.lower(User.display_name), User.id))
    return [member_out(u, counts.get(u.id, 0)) for u in users]


def member_out(user: User, open_requests: int) -> TeamMemberOut:
    return TeamMemberOut(id=user.id, email=user.email, display_name=user.display_name,
                         role=Role(user.role), status=UserStatus(user.status),
                         online=user.online and user.status == UserStatus.ACTIVE,
                         open_requests=open_requests)


def _member(session: Session, business_id: int, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.business_id != business_id or (
        user.status == UserStatus.REMOVED
    ):
        raise not_found(N_("The team member was not found."))
    return user


def _open_count(session: Session, user_id: int) -> int:
    return session.scalar(select(func.count(CustomerRequest.id)).where(
        CustomerRequest.streamer_id == user_id, CustomerRequest.status == "open")) or 0


# --- invitations and password links -------------------------------------------------


def invite(session: Session, business_id: int, actor: Actor, body: InviteIn, now: int,
           signer: LinkSigner) -> tuple[TeamMemberOut, str]:
    """Add a member who sets their own password through a one-time link, which goes
    out by e-mail through the outbox. Returns the member and the link's token."""
    email = str(body.email)
    if session.scalar(select(User.id).where(func.lower(User.email) == email.lower())):
        raise conflict("email_taken", N_("Someone already signs in with %(email)s."),
                       email=email)
    user = User(business_id=business_id, email=email, display_name=body.display_name,
                password_hash="", role=body.role.value, status=UserStatus.INVITED.value,
                online=False, created_at=now)
    session.add(user)
    session.flush()
    token = _issue_link(session, user, "invite", now, signer)
    audit.record(session, business_id, actor, "member.invited", email, now,
                 role=body.role.value, name=body.display_name)
    _team_changed(session, business_id, now)
    return member_out(user, 0), token


def reset_password(session: Session, business_id: int, actor: Actor, user_id: int,
                   now: int, signer: LinkSigner) -> str:
    """Send the member a one-time link to choose a new password; returns its token.
    Their current password keeps working until the new one is set."""
    user = _member(session, business_id, user_id)
    if user.status == UserStatus.DISABLED:
        raise conflict("member_disabled",
                       N_("%(name)s is disabled. Enable them first."), name=user.display_name)
    purpose = "invite" if user.status == UserStatus.INVITED else "reset"
    token = _issue_link(session, user, purpose, now, signer)
    audit.record(session, business_id, actor,
                 "invitation.resent" if purpose == "invite" else "password.reset",
                 user.email, now)
    return token


def _issue_link(session: Session, user: User, purpose: str, now: int, signer: LinkSigner
                ) -> str:
    # A new link replaces the ones before it.
    session.execute(update(AccountLink).where(AccountLink.user_id == user.id,
                                              AccountLink.used_at.is_(None))
                    .values(used_at=now))
    link = AccountLink(public_id=new_public_id(), user_id=user.id, purpose=purpose,
                       created_at=now, expires_at=now + LINK_LIFETIME_S[purpose])
    session.add(link)
    session.flush()
    outbox.enqueue(session, f"account:{link.id}", purpose, now, {"link_id": link.id})
    return signer.sign("account", link.public_id)


def link_by_token(session: Session, token: str, signer: LinkSigner, now: int) -> AccountLink:
    """The usable link a token names: 404 when unknown, 410 when used or expired."""
    public_id = signer.verify("account", token)
    link = None if public_id is None else session.scalar(
        select(AccountLink).where(AccountLink.public_id == public_id))
    if link is None or link.user.status in (UserStatus.REMOVED, UserStatus.DISABLED):
        raise not_found(N_("This link is not valid."))
    if link.used_at is not None or link.expires_at <= now:
        raise ServiceError(410, "link_used", N_(
            "This link has been used or has expired. Ask your shop's administrator for "
            "a new one."))
    return link


def link_view(session: Session, token: str, signer: LinkSigner, now: int) -> AccountLinkOut:
    link = link_by_token(session, token, signer, now)
    return AccountLinkOut(purpose=link.purpose, email=link.user.email,
                          display_name=link.user.display_name,
                          business_name=link.user.business.name)


def set_password(session: Session, body: PasswordSet, signer: LinkSigner, now: int) -> int:
    """Use a one-time link: the password is set, an invited member becomes active,
    and every session signed in with the old password ends. Returns the user's id."""
    link = link_by_token(session, body.token, signer, now)
    user = link.user
    user.password_hash = hash_password(body.password)
    link.used_at = now
    if user.status == UserStatus.INVITED:
        user.status = UserStatus.ACTIVE.value
    _revoke_sessions(session, user.id, now)
    audit.record(session, user.business_id, Actor(user.id, user.email),
                 "invitation.accepted" if link.purpose == "invite" else "password.changed",
                 user.email, now)
    _team_changed(session, user.business_id, now)
    return user.id


def _revoke_sessions(session: Session, user_id: int, now: int) -> None:
    session.execute(update(AuthToken).where(AuthToken.user_id == user_id,
                                            AuthToken.revoked_at.is_(None))
                    .values(revoked_at=now))


# --- disabling, enabling, removing ----------------------------------------------------


def disable(session: Session, business_id: int, actor: Actor, user_id: int,
            to_user_id: int | None, now: int, *, remove: bool = False) -> HandoverOut:
    """The member can no longer sign in; their open requests go to ``to_user_id`` (or the
    least busy active streamer), each customer told in the chat, and each stream not
    yet started carried along, or cancelled with the customer told when the colleague
    is busy then. ``remove`` also takes them off the team for good."""
    user = _member(session, business_id, user_id)
    if actor.user_id == user.id:
        raise conflict("own_account", N_("You cannot disable or remove your own account."))
    if user.role == Role.ADMIN and user.status == UserStatus.ACTIVE and not _other_admin(
            session, business_id, user.id):
        raise conflict("last_admin", N_("The shop needs at least one active administrator."))
    requests = list(session.scalars(
        select(CustomerRequest).where(CustomerRequest.streamer_id == user.id,
                                      CustomerRequest.status == "open")
        .order_by(CustomerRequest.id)))
    target = None
    if requests:
        if to_user_id is not None:
            target = handover.colleague(session, business_id, to_user_id)
            if target.id == user.id:
                raise invalid("handover_to_self",
                              N_("Choose a colleague other than the one leaving."))
        else:
            target = least_busy(session, business_id, excluding=user.id)
        if target is None:
            raise conflict("no_colleague", N_(
                "No other streamer could take %(name)s's open requests. Invite one first."),
                name=user.display_name)
        handover.lock_streamers(session, user.id, target.id)
    done = handover.Moved(requests=0)
    for request in requests:
        assert target is not None
        moved = handover.move(session, request, target, now, strict=False)
        done.requests += moved.requests
        done.streams_moved += moved.streams_moved
        done.streams_cancelled += moved.streams_cancelled
    user.status = (UserStatus.REMOVED if remove else UserStatus.DISABLED).value
    user.online = False
    _revoke_sessions(session, user.id, now)
    session.execute(update(AccountLink).where(AccountLink.user_id == user.id,
                                              AccountLink.used_at.is_(None))
                    .values(used_at=now))
    audit.record(session, business_id, actor, "member.removed" if remove else
                 "member.disabled", user.email, now,
                 handed_to=target.email if target else None, requests=done.requests,
                 streams_moved=done.streams_moved, streams_cancelled=done.streams_cancelled)
    _team_changed(session, business_id, now)
    return HandoverOut(member=member_out(user, 0), requests_moved=done.requests,
                       streams_moved=done.streams_moved,
                       streams_cancelled=done.streams_cancelled)


def enable(session: Session, business_id: int, actor: Actor, user_id: int, now: int
           ) -> TeamMemberOut:
    """A disabled member may sign in again (with the password they had)."""
    user = _member(session, business_id, user_id)
    if user.status == UserStatus.DISABLED:
        user.status = (UserStatus.ACTIVE if user.password_hash else UserStatus.INVITED).value
        audit.record(session, business_id, actor, "member.enabled", user.email, now)
        _team_changed(session, business_id, now)
    return member_out(user, _open_count(session, user.id))


def _other_admin(session: Session, business_id: int, user_id: int) -> bool:
    return session.scalar(select(User.id).where(
        User.business_id == business_id, User.role == Role.ADMIN.value,
        User.status == UserStatus.ACTIVE.value, User.id != user_id).limit(1)) is not None


# --- requests ----------------------------------------------------------------------------


def transfer(session: Session, caller: Caller, request_id: int, to_user_id: int, now: int
             ) -> RequestOut:
    """Hand one request to a colleague. A streamer hands their own to a colleague who is
    online; an admin reassigns any request of the shop to any active streamer. A stream
    the colleague cannot take at its time refuses the move (409)."""
    request = request_of(session, caller, request_id)
    target = handover.colleague(session, caller.business_id, to_user_id)
    if target.id == request.streamer_id:
        raise invalid("already_theirs", N_("This request is already with %(name)s."),
                      name=target.display_name)
    if caller.role is not Role.ADMIN and not target.online:
        raise conflict("colleague_offline",
                       N_("%(name)s is offline. Choose a colleague who is online."),
                       name=target.display_name)
    handover.lock_streamers(session, request.streamer_id, target.id)
    previous = request.streamer.email
    moved = handover.move(session, request, target, now, strict=True)
    audit.record(session, caller.business_id, Actor.of(session, caller.user_id),
                 "request.transferred", request.customer.name, now,
                 request_id=request.id, **{"from": previous, "to": target.email},
                 streams_moved=moved.streams_moved)
    return RequestOut.model_validate(moved.view)


# --- shops ------------------------------------------------------------------------------


def add_shop(session: Session, slug: str, name: str, admin_email: str, admin_name: str,
             now: int, signer: LinkSigner) -> tuple[Business, str]:
    """A new shop with its first admin, who sets a password through the returned link
    (also sent by e-mail)."""
    if not _SLUG.match(slug):
        raise invalid("bad_slug", N_(
            "A shop's short name uses lower-case letters, digits and hyphens (2 to 63)."))
    if session.scalar(select(Business.id).where(Business.slug == slug)):
        raise conflict("slug_taken", N_("A shop named %(slug)s exists already."), slug=slug)
    business = Business(slug=slug, name=name, created_at=now)
    session.add(business)
    session.flush()
    actor = audit.CLI
    audit.record(session, business.id, actor, "shop.created", slug, now, name=name)
    _member_out, token = invite(session, business.id, actor,
                                InviteIn(email=admin_email, display_name=admin_name,
                                         role=Role.ADMIN), now, signer)
    return business, token


def _team_changed(session: Session, business_id: int, now: int) -> None:
    events.append(session, events.business_topic(business_id), EventType.TEAM_CHANGED, {}, now)

"""Passwords, bearer tokens and the signed tokens of customer links."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

# A fixed hash verified when the e-mail is unknown, so that a sign-in takes as
# long for a wrong address as for a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


def hash_password(password: str) -> str:
    """An Argon2id hash of ``password`` for storing."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches the stored hash (``None``: an unknown user)."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_bearer_token() -> tuple[str, str]:
    """A fresh bearer token (256 random bits) and the hash under which it is stored."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


def hash_token(token: str) -> str:
    """The stored form of a bearer token."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_public_id() -> str:
    """A random 128-bit identifier, safe to show in links."""
    return secrets.token_hex(16)


class LinkSigner:
    """Makes and checks the tokens of customer links.

    A token is ``<public id>.<MAC>``: the public id names the conversation or
    appointment, the 160-bit HMAC proves the service issued it for that
    purpose. Nothing secret is stored in the database.
    """

    def __init__(self, key: bytes) -> None:
        self._key = key

    @property
    def fingerprint(self) -> str:
        """A mark of the key that reveals nothing of it: replicas sharing a database
        compare it, so that a link one makes is valid on all."""
        return hmac.new(self._key, b"streamer-desktop key fingerprint",
                        hashlib.sha256).hexdigest()[:32]

    def sign(self, purpose: str, public_id: str) -> str:
        """The token for ``public_id`` used as ``purpose`` ("conversation", "appointment")."""
        return f"{public_id}.{self._mac(purpose, public_id)}"

    def verify(self, purpose: str, token: str) -> str | None:
        """The public id a token names, or ``None`` if it is not a token of ours."""
        public_id, dot, mac = token.partition(".")
        if not dot or len(public_id) != 32 or not public_id.isalnum():
            return None
        if not hmac.compare_digest(mac, self._mac(purpose, public_id)):
            return None
        return public_id

    def _mac(self, purpose: str, public_id: str) -> str:
        digest = hmac.new(self._key, f"{purpose}:{public_id}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:20]).decode().rstrip("=")

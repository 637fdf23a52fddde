"""Errors the service answers with: a status, a stable code and a sentence for people."""

from __future__ import annotations

from typing import Any

from streamer_desktop.i18n import N_


class ServiceError(Exception):
    """An expected failure that becomes a JSON error answer.

    ``message`` is the English text as marked for translation; ``%(name)s`` in it
    is filled from ``details`` after it is translated for the reader.
    """

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


def not_found(message: str) -> ServiceError:
    """The thing does not exist, or is not the caller's to see (we do not tell which)."""
    return ServiceError(404, "not_found", message)


def unauthorized() -> ServiceError:
    """No valid sign-in: missing, unknown, expired or revoked token."""
    return ServiceError(
        401, "unauthorized", N_("Your session has expired or is not valid. Please sign in again.")
    )


def forbidden(message: str) -> ServiceError:
    """Signed in, but not allowed to do this."""
    return ServiceError(403, "forbidden", message)


def invalid(code: str, message: str, **details: Any) -> ServiceError:
    """Input that is well-formed but cannot be accepted."""
    return ServiceError(422, code, message, details or None)


def conflict(code: str, message: str, **details: Any) -> ServiceError:
    """The request collides with the current state."""
    return ServiceError(409, code, message, details or None)

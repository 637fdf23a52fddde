"""The STUN and TURN servers handed to both sides of a live stream.

TURN credentials follow the shared-secret scheme TURN servers such as coturn accept
(``use-auth-secret``): the user name is the expiry time and a label, the password the
base64 HMAC-SHA1 of that user name under the shared secret. Nothing is stored: the
TURN server checks them on its own, and they stop working when they expire.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from streamer_desktop.service.settings import ServiceSettings
from streamer_desktop.wire import IceServerOut


def ice_servers(settings: ServiceSettings, label: str, now: int) -> list[IceServerOut]:
    """The servers for one peer, ``label`` naming it in the TURN server's logs."""
    servers = [IceServerOut(urls=list(settings.stun_urls))] if settings.stun_urls else []
    if settings.turn_urls and settings.turn_secret:
        username, password = turn_credentials(settings.turn_secret, label,
                                              now + settings.turn_ttl_s)
        servers.append(IceServerOut(urls=list(settings.turn_urls), username=username,
                                    credential=password))
    return servers


def turn_credentials(secret: str, label: str, expires_at: int) -> tuple[str, str]:
    """A user name and password the TURN server accepts until ``expires_at``."""
    username = f"{expires_at}:{label}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode("ascii")

"""The service's configuration: one settings class, filled from arguments and the environment."""

from __future__ import annotations

import secrets
from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Everything the service needs to start.

    Every field can also be set from an environment variable named
    ``STREAMER_<FIELD>``, for example ``STREAMER_DATABASE_URL``.
    """

    model_config = SettingsConfigDict(env_prefix="STREAMER_", extra="ignore")

    host: str = Field("127.0.0.1", description="Address to listen on.")
    port: int = Field(8765, ge=0, le=65535, description="Port to listen on (0 picks a free one).")
    data_dir: Path = Field(
        Path("./service-data"),
        description="Folder for the SQLite database, the secret key and the mail outbox.",
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL; by default a SQLite file in the data folder. "
        "A postgresql+psycopg:// URL lets several replicas share one database.",
    )
    demo: bool = Field(False, description="Create a demo business, users and chats if empty.")
    secret_key: str | None = Field(
        None,
        description="Key that signs customer links; by default kept in the data folder.",
    )
    public_url: str | None = Field(
        None, description="Address customers reach the service at, used in links and e-mails."
    )
    sweep_interval_s: float = Field(
        5.0, gt=0, description="How often timed work (missed streams) is checked."
    )
    access_log: bool = Field(False, description="Log every HTTP request (tokens are redacted).")
    smtp_host: str | None = Field(
        None, description="SMTP server for customer e-mail; without it, e-mails are written "
        "to the outbox folder in the data folder and nothing leaves the machine.")
    smtp_port: int = Field(587, ge=1, le=65535, description="SMTP port.")
    smtp_username: str | None = Field(None, description="SMTP user name.")
    smtp_password: str | None = Field(None, description="SMTP password.")
    smtp_starttls: bool = Field(False, description="Upgrade the SMTP connection with STARTTLS.")
    smtp_tls: bool = Field(False, description="Connect to SMTP over TLS from the start.")
    mail_from: str = Field("streams@streamer.invalid",
                           description="Sender address of customer e-mail.")

    stun_urls: list[str] = Field(
        default_factory=list,
        description="STUN servers handed to both sides of a live stream, e.g. "
        "stun:stun.example.com:3478 (a JSON list in the environment). Without any, "
        "peers find each other only on networks that reach each other directly.")
    turn_urls: list[str] = Field(
        default_factory=list,
        description="TURN servers (turn:host:3478?transport=udp, turns:…) for customers "
        "behind strict NATs; they need turn_secret.")
    turn_secret: str | None = Field(
        None, description="The TURN server's shared secret (coturn's static-auth-secret): "
        "each peer gets a user name and password made from it that expire.")
    turn_ttl_s: int = Field(3600 * 6, ge=60, le=86400 * 2,
                            description="How long TURN credentials last, in seconds.")

    @field_validator("stun_urls", "turn_urls")
    @classmethod
    def _ice_urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not url.startswith(("stun:", "stuns:", "turn:", "turns:")):
                raise ValueError(f"'{url}' is not a stun:, stuns:, turn: or turns: URL")
        return urls

    @model_validator(mode="after")
    def _turn_needs_secret(self) -> ServiceSettings:
        if self.turn_urls and not self.turn_secret:
            raise ValueError("TURN servers need turn_secret (STREAMER_TURN_SECRET)")
        return self

    def outbox_dir(self) -> Path:
        """Where e-mails are written when no SMTP server is set."""
        return self.data_dir / "outbox"

    def resolved_database_url(self) -> str:
        """The database URL in force: the configured one, or SQLite in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'streamer.sqlite3').resolve()}"

    def resolved_secret_key(self) -> bytes:
        """The signing key: configured, or read from (and first created in) the data folder."""
        if self.secret_key:
            return self.secret_key.encode()
        path = self.data_dir / "secret.key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # Written with owner-only permissions: the key signs every customer link.
            path.touch(mode=0o600, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48), encoding="ascii")
        return path.read_text(encoding="ascii").strip().encode()

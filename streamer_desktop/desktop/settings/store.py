"""The streamer's own settings, kept with QSettings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings

from streamer_desktop.scheduling.zones import is_valid_zone

log = logging.getLogger(__name__)


def system_zone() -> str:
    """This computer's IANA zone; UTC (logged) when it has none set."""
    from tzlocal import get_localzone_name  # here: first asked for after the first paint

    try:
        name = get_localzone_name()
    except Exception as exc:  # tzlocal raises several kinds on a misconfigured machine
        log.warning("The computer's time zone is unknown (%s); using UTC", exc)
        return "UTC"
    return name if name and is_valid_zone(name) else "UTC"


class DesktopSettings:
    """Server URL, time zone, notifications and language."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        self._zone: str | None = None  # read once: every card and chat line asks for it
        self.video_source_override: str | None = None

    @property
    def time_zone(self) -> str:
        if self._zone is None:
            value = str(self._store.value("time_zone", "") or "")
            self._zone = value if value and is_valid_zone(value) else system_zone()
        return self._zone

    @time_zone.setter
    def time_zone(self, value: str) -> None:
        self._store.setValue("time_zone", value)
        self._zone = None

    @property
    def notifications_enabled(self) -> bool:
        return str(self._store.value("notifications", "true")).lower() == "true"

    @notifications_enabled.setter
    def notifications_enabled(self, value: bool) -> None:
        self._store.setValue("notifications", "true" if value else "false")

    @property
    def language(self) -> str:
        """A locale tag, or empty for the system's language."""
        return str(self._store.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value)

    @property
    def appearance(self) -> str:
        """"system" (follow the system's colour scheme), "light" or "dark"."""
        value = str(self._store.value("appearance", "system") or "system")
        return value if value in ("system", "light", "dark") else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._store.setValue("appearance", value)

    @property
    def window_layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The main window's saved geometry and splitter state (None: never saved)."""
        geometry, split = self._store.value("window/geometry"), self._store.value("window/split")
        return (geometry if isinstance(geometry, QByteArray) else None,
                split if isinstance(split, QByteArray) else None)

    @window_layout.setter
    def window_layout(self, value: tuple[QByteArray, QByteArray]) -> None:
        self._store.setValue("window/geometry", value[0])
        self._store.setValue("window/split", value[1])

    @property
    def video_source(self) -> str:
        """The live stream's source: a camera's device, "test" for the test picture, or
        empty for the first camera found. ``video_source_override`` (the command line's
        ``--video-source``) wins for this run without being saved."""
        if self.video_source_override is not None:
            return self.video_source_override
        return str(self._store.value("video/source", "") or "")

    @video_source.setter
    def video_source(self, value: str) -> None:
        self._store.setValue("video/source", value)

    @property
    def server_url(self) -> str:
        return str(self._store.value("server_url", "") or "")

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._store.setValue("server_url", value)

"""The app's icon, made from the PNG set of ``resources/icons`` (the builds copy it into
the package), and the tray icon's states."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

NAME = "streamer-desktop"
"""The icon's name, as the freedesktop files and the installers use it."""
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_files() -> dict[int, Path]:
    """The icon's PNG files by size: those packed into the package, else the source tree's."""
    packed = Path(__file__).resolve().parents[1] / "icons"  # desktop/icons
    if packed.is_dir():
        return {size: packed / f"{NAME}-{size}.png" for size in SIZES
                if (packed / f"{NAME}-{size}.png").is_file()}
    tree = Path(__file__).resolve().parents[3] / "resources" / "icons" / "hicolor"
    return {size: tree / f"{size}x{size}" / "apps" / f"{NAME}.png" for size in SIZES
            if (tree / f"{size}x{size}" / "apps" / f"{NAME}.png").is_file()}


def app_icon() -> QIcon:
    """The app's icon at every size it is drawn in."""
    icon = QIcon()
    for path in icon_files().values():
        icon.addFile(str(path))
    return icon


def largest_icon_file() -> Path | None:
    """The biggest PNG of the icon (for notifications, which take a file)."""
    files = icon_files()
    return files[max(files)] if files else None


class TrayState(Enum):
    """What the tray icon says at a glance."""

    NORMAL = "normal"
    REMINDER = "reminder"
    """A reminder is due: an amber dot."""
    OFFLINE = "offline"
    """The service cannot be reached: greyed."""


def tray_icon(state: TrayState) -> QIcon:
    """The app's icon in the tray, marked for ``state``."""
    base = app_icon()
    if state is TrayState.NORMAL:
        return base
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pixmap = base.pixmap(size, size)
        if state is TrayState.OFFLINE:
            pixmap = base.pixmap(size, size, QIcon.Mode.Disabled)
        else:
            pixmap = _with_dot(pixmap, QColor("#f59e0b"))
        icon.addPixmap(pixmap)
    return icon


def _with_dot(pixmap: QPixmap, colour: QColor) -> QPixmap:
    marked = QPixmap(pixmap)
    side = marked.width()
    radius = side * 0.22
    painter = QPainter(marked)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(Qt.GlobalColor.white, max(1.0, side / 16)))
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(side - radius - 0.5, side - radius - 0.5), radius, radius)
    painter.end()
    return marked

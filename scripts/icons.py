#!/usr/bin/env python3
"""Make every icon file from the one master, resources/icons/streamer-desktop.svg.

    python3 scripts/icons.py

Writes the freedesktop PNG set (resources/icons/hicolor/<n>x<n>/apps/, 16 to 512 px),
the Windows .ico and the macOS .icns (both holding PNG images of several sizes). Run it
after changing the master and commit what it writes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
MASTER = ICONS / "streamer-desktop.svg"
NAME = "streamer-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def render(size: int) -> bytes:
    """The master drawn at ``size`` × ``size`` pixels, as PNG data."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(MASTER)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon holding PNG images (valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon family holding PNG images."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png
                    for size, png in sorted(images.items()))
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    rendered = {size: render(size) for size in {*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES}}
    for size in PNG_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(rendered[size])
    (ICONS / f"{NAME}.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    (ICONS / f"{NAME}.icns").write_bytes(icns({s: rendered[s] for s in ICNS_TYPES}))
    del app


if __name__ == "__main__":
    main()

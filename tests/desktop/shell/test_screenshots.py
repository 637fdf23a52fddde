"""The README's pictures can be made: the script renders every one from the demo shop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]
PICTURES = [f"{name}-{scheme}.png" for scheme in ("light", "dark")
            for name in ("main", "chat", "schedule", "settings")]


def _colours(image: QImage) -> int:
    """How many different colours a grid of points across the picture finds."""
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


def test_the_screenshot_script_renders_every_picture(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"),
                           "--out", str(tmp_path)], env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(PICTURES)
    for name in PICTURES:
        image = QImage(str(tmp_path / name))
        assert not image.isNull(), name
        assert _colours(image) > 8, f"{name} looks empty"
    # Light and dark differ where it shows: the window's background.
    light, dark = QImage(str(tmp_path / "main-light.png")), QImage(str(tmp_path / "main-dark.png"))
    assert light.pixelColor(5, 5).lightness() > 180 > 80 > dark.pixelColor(5, 5).lightness()
    # What the README shows is what the script makes now.
    shown = ROOT / "docs" / "screenshots"
    assert sorted(p.name for p in shown.glob("*.png")) == sorted(PICTURES)

"""What the desktop imports before its window is on screen, and for ``--help``.

The window appears as fast as a bare PySide6 window only if nothing heavy loads before
its first paint: the service is a child process (its database layer, migrations and
models stay out of the desktop's process), and the live video's media (aiortc, PyAV)
loads when a stream starts or Settings shows the camera. These tests hold that by
looking at ``sys.modules`` in a fresh interpreter; they measure no time
(``benchmarks/desktop_bench.py`` does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sqlalchemy", "alembic", "aiortc", "av", "pydantic", "fastapi", "uvicorn")


def _modules_after(code: str) -> list[str]:
    """The top-level packages (and our service's modules) imported by ``code``."""
    probe = code + (
        "\nimport json, sys\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules}"
        " | {m for m in sys.modules if m.startswith('streamer_desktop.')})))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules
            if m in HEAVY or m.startswith(("streamer_desktop.service", "streamer_desktop.video"))]


def test_the_first_paint_imports_nothing_heavy() -> None:
    # What launch.py imports before window.show() and its processEvents(), and what
    # cli.py needs to pick and start the embedded service.
    modules = _modules_after(
        "from streamer_desktop.cli import build_parser\n"
        "build_parser().parse_args([])\n"
        "import streamer_desktop.desktop.shell.launch, streamer_desktop.desktop.shell.main_window\n"
        "import streamer_desktop.desktop.shell.icons, streamer_desktop.desktop.language\n"
        "import streamer_desktop.desktop.settings.store, streamer_desktop.desktop.palette\n"
        "import streamer_desktop.embedded, streamer_desktop.demo_accounts\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from streamer_desktop.desktop.shell.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "app.processEvents()\n")
    assert "PySide6" in modules  # the probe ran what it says
    assert _heavy(modules) == []


def test_help_imports_nothing_heavy() -> None:
    modules = _modules_after(
        "import runpy, sys, contextlib, io\n"
        "sys.argv = ['main.py', '--help']\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    runpy.run_path('main.py', run_name='__main__')\n")
    assert "argparse" in modules
    assert _heavy(modules) == []


@pytest.mark.parametrize("command", [["admin", "--help"], ["serve", "--help"]])
def test_the_commands_help_is_whole_without_the_service(command: list[str]) -> None:
    done = subprocess.run([sys.executable, "main.py", *command], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "--data-dir" in done.stdout


def test_the_desktop_app_loads_live_video_only_when_used() -> None:
    modules = _modules_after("import streamer_desktop.desktop.shell.app\n")
    assert "streamer_desktop.desktop.shell.app" in modules
    assert not {"aiortc", "av"} & set(modules)
    assert [m for m in modules if m.startswith(("streamer_desktop.service",
                                                "streamer_desktop.video"))] == []

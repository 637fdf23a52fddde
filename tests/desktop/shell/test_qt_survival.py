"""The interpreter the project runs on survives a day's worth of Qt calls and more.

Run in a subprocess, because a failure here is an abort of the interpreter,
not an exception: see ``tests/support/qt_survival.py`` for the PySide6 bugs it
guards against.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[2] / "support" / "qt_survival.py"


@pytest.mark.slow
def test_a_million_emits_and_void_calls_leave_the_interpreter_alive() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "1000000"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=110, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == [
        "emits=1000000", "painter_calls=500000", "other_void_calls=500000"]

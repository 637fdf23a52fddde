"""``--self-check`` passes on this installation, and names what is missing when it is not."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from streamer_desktop import self_check

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_check_passes_here() -> None:
    answer = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-check"],
                            capture_output=True, text=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                                 "PATH": "/usr/bin:/bin"})
    assert answer.returncode == 0, answer.stdout + answer.stderr
    lines = answer.stdout.splitlines()
    assert [line.split(":")[0].split(maxsplit=1)[1] for line in lines[:-1]] == [
        name for name, _ in self_check.CHECKS]
    assert all(line.startswith("ok") for line in lines[:-1])
    assert lines[-1] == "self-check passed"


def test_a_missing_file_is_named_and_counted(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_check, "PACKAGE", tmp_path)  # an installation with no data
    out = io.StringIO()
    failed = self_check.run(out)
    text = out.getvalue()
    assert failed >= 2  # the package data, the Qt translations
    assert "FAILED package data: FileNotFoundError: service/web/shop.html" in text
    assert "FAILED Qt: RuntimeError: the en translation does not load" in text
    assert text.splitlines()[-1] == f"self-check: {failed} failed"

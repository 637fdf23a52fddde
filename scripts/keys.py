#!/usr/bin/env python3
"""Write the app's keyboard shortcuts as a Markdown table, from the actions' table.

    python3 scripts/keys.py          print the table
    python3 scripts/keys.py --check  exit 1 when the README's table is stale

The table comes from ``streamer_desktop/desktop/shell/actions.py`` (``ACTIONS``), the one
place the actions are declared; it sits in README.md between the markers below, and
the test suite runs ``--check``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
README = ROOT / "README.md"
BEGIN, END = "<!-- keys: begin -->", "<!-- keys: end -->"


def table() -> str:
    """Every action with keys, in the table's order, its keys as written on Linux."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QKeySequence

    from streamer_desktop.desktop.shell.actions import ACTIONS

    _app = QGuiApplication.instance() or QGuiApplication([])  # standard keys need a platform
    rows = ["| Action | Keys |", "| --- | --- |"]
    for spec in ACTIONS:
        if spec.keys:
            keys = " or ".join(QKeySequence(key).toString() for key in spec.keys)
            rows.append(f"| {spec.text.rstrip('…')} | {keys} |")
    del _app
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    keys = table()
    if "--check" not in argv:
        print(keys)
        return 0
    text = README.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < 0 or text[start + len(BEGIN):end].strip() != keys:
        print("README.md: the keyboard shortcuts are stale; paste in the output of "
              "python3 scripts/keys.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

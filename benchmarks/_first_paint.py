"""Helper of desktop_bench.py: start a window and print the wall clock at its first paint.

    python benchmarks/_first_paint.py bare   a plain PySide6 window
    python benchmarks/_first_paint.py app    the streamer desktop (embedded service, demo)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class FirstPaint(QObject):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched.objectName() == self.name:
            print(f"{time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0))  # type: ignore[union-attr]
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        return False


def main() -> None:
    kind = sys.argv[1]
    app = QApplication(sys.argv)
    watcher = FirstPaint("bench" if kind == "bare" else "mainWindow")
    app.installEventFilter(watcher)
    if kind == "bare":
        window = QWidget()
        window.setObjectName("bench")
        window.resize(1100, 720)
        window.show()
        app.exec()
        return
    from streamer_desktop.cli import main as app_main

    # The service's child process may still be closing its files when the window is
    # gone: the folder goes as far as it can.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        # The app's own loop runs; the filter ends it at the first paint.
        app_main(["--data-dir", folder])


if __name__ == "__main__":
    main()

"""Run on its own interpreter: a million Python-side emits and a million void Qt calls.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` made from
Python and one to ``None`` on every Qt call that returns nothing; on Python 3.11,
where those are ordinary objects, the interpreter aborts (``bool_dealloc`` or
``none_dealloc``) once a count runs out, within a few hundred calls. This script
exits 0 and prints its counts only if the interpreter lived through all of it.

    python tests/support/qt_survival.py [COUNT]
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

CALLS_PER_PAINT = 50


class Source(QObject):
    """One signal of each kind of argument the app emits."""

    bare = Signal()
    flag = Signal(bool)
    number = Signal(int)
    text = Signal(str)
    anything = Signal(object)


class Canvas(QWidget):
    """Makes a fixed number of void QPainter calls each time it is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painter_calls = 0
        self.colour = QColor(20, 120, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        for _ in range(CALLS_PER_PAINT // 2):
            painter.setPen(self.colour)
            painter.drawLine(0, 0, 5, 5)
        painter.end()
        self.painter_calls += CALLS_PER_PAINT


def main(count: int) -> int:
    app = QApplication(sys.argv[:1])
    source = Source()
    received = [0]

    def count_one(*_args: object) -> None:
        received[0] += 1

    for signal in (source.bare, source.flag, source.number, source.text, source.anything):
        signal.connect(count_one)
    for i in range(count // 5):
        source.bare.emit()
        source.flag.emit(True)
        source.number.emit(i)
        source.text.emit("message")
        source.anything.emit(None)

    # Void calls: half in paint events (QPainter), half on plain objects.
    canvas = Canvas()
    canvas.resize(20, 20)
    target = QImage(20, 20, QImage.Format.Format_ARGB32)
    for _ in range(count // 2 // CALLS_PER_PAINT):
        canvas.render(target)  # a real paint event, painted into the image
    timer, named = QTimer(), QObject()
    plain_calls = 0
    while plain_calls < count - canvas.painter_calls:
        timer.setInterval(5)
        named.setObjectName("named")
        plain_calls += 2
    app.processEvents()
    print(f"emits={received[0]} painter_calls={canvas.painter_calls} "
          f"other_void_calls={plain_calls}", flush=True)
    painted = canvas.painter_calls == count // 2 // CALLS_PER_PAINT * CALLS_PER_PAINT
    return 0 if received[0] == count // 5 * 5 and painted else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))

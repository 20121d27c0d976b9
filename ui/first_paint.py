"""The moment a window has first painted: what start-up time means to an analyst.

``CASEFILE_QUIT_WHEN_SHOWN=1`` (see ui/app.py) uses it to time start-ups from outside the
process: benchmarks/bench_bundle.py, and the smoke test of a built bundle.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SHOWN = "casefile: window shown"  # the line a timing script waits for on standard output


class FirstPaint(QObject):
    """Calls ``then`` once, after the first paint of ``widget`` (and its children) is done."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window paints first, then its children, in one pass: a zero timer runs after
            # the whole frame has been drawn.
            QTimer.singleShot(0, self._then)
        return False


def quit_when_painted(widget: QWidget) -> None:
    """Once ``widget`` has painted, say so on standard output and quit the application."""

    def say_shown_and_quit() -> None:
        if sys.stdout is not None:  # a windowed program on Windows has no standard output
            print(SHOWN, flush=True)
        QCoreApplication.quit()

    FirstPaint(widget, say_shown_and_quit)

"""Python's cyclic garbage collection, run on the GUI thread only.

The collector runs in whichever thread is allocating when a threshold is crossed. When that
is a worker (an import, a bundle, a brief) and the garbage holds a Qt object (a closed
dialog, a model, a window), Qt deletes it off the GUI thread and the process can crash. So
automatic collection is switched off and a timer on the GUI thread collects instead, one
generation at a time, as the usual thresholds say.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Keep an instance alive (parented to the application) for as long as Qt runs."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold has been crossed; returns it or -1."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] <= self._thresholds[level]:
                break
            generation = level
        if generation >= 0:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Give collection back to Python (before the application goes away)."""
        self._timer.stop()
        gc.enable()

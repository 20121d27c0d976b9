"""One long job at a time for the window (a backup, a bundle written or read), off the GUI thread.

The job's progress shows in the status bar; its outcome goes to the ``done`` or ``failed``
callable given with it. Messages open without stopping the window (``tell``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QProgressBar

if TYPE_CHECKING:
    from ui.main_window import MainWindow

JOB_WAIT_MS = 30_000


class WindowJobs(QObject):
    """Starts a worker from ui.workers unless one is running; reports through the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._worker: Any = None
        self._on_done: Callable[[Any], None] = _ignore
        self._on_failed: Callable[[str], None] = _ignore
        self.last_message: QMessageBox | None = None
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(
        self,
        worker: Any,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        status: str,
        *,
        show_progress: bool = True,
    ) -> bool:
        """Run ``worker`` on the thread pool; False (and a message) if a job is running."""
        if self._worker is not None:
            self._window.show_message(self.tr("Wait for the running job to finish."))
            return False
        worker.signals.progress.connect(self._show_progress)
        worker.signals.finished.connect(self._finish)
        worker.signals.failed.connect(self._fail)
        self._worker, self._on_done, self._on_failed = worker, done, failed
        if show_progress:
            self.progress.setRange(0, 0)
            self.progress.show()
        self._window.show_message(status)
        QThreadPool.globalInstance().start(worker)
        return True

    def _show_progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self, result: object) -> None:
        self._end()
        self._on_done(result)

    def _fail(self, message: str) -> None:
        self._end()
        self._on_failed(message)

    def _end(self) -> None:
        self._worker = None
        self.progress.hide()

    def wait(self) -> None:
        """Before the library closes: let a running job end."""
        if self._worker is not None:
            QThreadPool.globalInstance().waitForDone(JOB_WAIT_MS)

    def tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A message the analyst closes when ready; it does not stop the window."""
        if self.last_message is not None:
            self.last_message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # case titles and file names are user data
        box.setModal(False)
        box.show()
        self.last_message = box


def _ignore(_value: object) -> None:
    return None

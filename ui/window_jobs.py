"""What a window shows of its work: sentences in the status line, messages, its jobs' progress.

:class:`WindowJobs` is the message sink the window's helpers are given instead of the window:
``show_message`` puts a sentence in the status line, ``tell`` opens a message the analyst closes
when ready (it does not stop the window). It also holds the window's :class:`~ui.jobs.JobRunner`
and starts jobs on it with their progress in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar, QStatusBar, QWidget

from ui.jobs import Job, JobRunner, Work

MESSAGE_MS = 6000


class WindowJobs(QObject):
    """A window's runner, its status line and its messages; see the module docstring."""

    def __init__(self, parent: QWidget, status_bar: QStatusBar, runner: JobRunner) -> None:
        super().__init__(parent)
        self._parent = parent
        self.status_bar = status_bar
        self.runner = runner
        self.last_message: QMessageBox | None = None
        self._followed: list[Job] = []
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        status_bar.addPermanentWidget(self.progress)

    def start(self, work: Work, *, status: str, failure: str, show_progress: bool = True) -> Job:
        """Run ``work`` on the window's runner, saying ``status`` in the status line."""
        job = self.runner.start(work, failure=failure)
        if show_progress:
            self.follow(job)
        self.show_message(status)
        return job

    def follow(self, job: Job) -> None:
        """Show ``job``'s progress in the status bar until it ends."""
        self._followed.append(job)
        job.progressed.connect(self._show_progress)
        job.ended.connect(self._hide_progress)
        self.progress.setRange(0, 0)
        self.progress.show()

    def _show_progress(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _hide_progress(self) -> None:
        self._followed = [job for job in self._followed if job.running]
        if not self._followed:
            self.progress.hide()

    def show_message(self, text: str) -> None:
        """A sentence in the status line, for a few seconds."""
        self.status_bar.showMessage(text, MESSAGE_MS)

    def show_status(self, text: str) -> None:
        """A sentence in the status line until the next one (a job's current step)."""
        self.status_bar.showMessage(text)

    def tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A message the analyst closes when ready; it does not stop the window."""
        if self.last_message is not None:
            self.last_message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # case titles and file names are user data
        box.setModal(False)
        box.show()
        self.last_message = box

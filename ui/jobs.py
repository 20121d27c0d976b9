"""The one way ``ui/`` runs work off the GUI thread: a :class:`Job` on a window's runner.

A job's work is a plain callable that takes a :class:`JobControl`: it reports progress through
it and asks it, between two safe steps, whether to stop. The work runs on the runner's own
thread pool; everything the job tells (progress, the result, the error, a cancel) arrives as a
Qt signal on the GUI thread, in the order the work sent it. Each window owns one runner, so
closing a window waits for that window's jobs and no one else's.

    job = runner.start(partial(import_into_case, library=library, case_id=7, paths=paths))
    job.progressed.connect(show_progress)
    job.succeeded.connect(show_report)
    job.failed.connect(show_problem)  # (a sentence, the exception)

Connecting right after ``start`` is safe: nothing is delivered before the GUI thread returns to
its event loop. The core functions a job calls stay Qt-free; they take a progress callable and
a cancel check where they have one (``control.progress``, ``control.cancelled``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot

from casefile.errors import CasefileError
from ui.messages import describe

log = logging.getLogger(__name__)

WAIT_MS = 30_000


class JobCancelled(Exception):
    """Raised inside a job's work (``control.check_cancelled()``) to stop between two steps."""


class JobState(Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class JobControl:
    """What the work sees of its job; every method may be called from any thread."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, label: str = "") -> None:
        """``done`` of ``total`` steps; ``label`` names the step (a file name), or is empty."""
        self._report(done, total, label)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        """True once the job was asked to stop: the work stops at its next safe point."""
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Raise :class:`JobCancelled` if the job was asked to stop."""
        if self._cancel.is_set():
            raise JobCancelled


Work = Callable[[JobControl], Any]


class _Relay(QObject):
    """The only object the worker thread touches; a child of its job, so always freed with it
    on the GUI thread (see ui/collector.py: a worker must never free a Qt object)."""

    reported = Signal(int, int, str)
    returned = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class Job(QObject):
    """One piece of work on a runner; its signals arrive on the GUI thread.

    ``progressed(done, total, label)`` while it runs, then one of ``succeeded(result)``,
    ``failed(message, exception)`` or ``cancelled()``, then ``ended()``. The message of a
    :class:`~casefile.errors.CasefileError` is its own sentence in the interface's language
    (``ui.messages.describe``); any other error is logged and shown as ``failure`` followed by
    the error, never as a traceback. A job asked to stop that raises (:class:`JobCancelled` or
    whatever the core made of it) is cancelled; one that returns anyway (an import returns the
    sources it stored) has succeeded.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()
    ended = Signal()

    def __init__(
        self, work: Work, failure: str, parent: QObject | None = None, *, background: bool = False
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._failure = failure
        self._relay = _Relay(self)
        self.control = JobControl(self._relay.reported.emit)
        self.state = JobState.RUNNING
        self.background = background
        self.result: Any = None
        self.error: BaseException | None = None
        self.message = ""
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.reported.connect(self._progress, queued)
        self._relay.returned.connect(self._succeed, queued)
        self._relay.raised.connect(self._fail, queued)
        self._relay.stopped.connect(self._stop, queued)

    @property
    def running(self) -> bool:
        return self.state is JobState.RUNNING

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point; nothing happens to work that has none."""
        self.control.cancel()

    def worker(self) -> Callable[[], None]:
        """The function a thread pool runs; it holds the relay, never the job itself."""
        return _in_worker(self._work, self.control, self._relay)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, label: str) -> None:
        if self.running:
            self.progressed.emit(done, total, label)

    @Slot(object)
    def _succeed(self, result: object) -> None:
        self.result = result
        self._end(JobState.SUCCEEDED)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        self.error = error
        self.message = failure_message(error, self._failure)
        self._end(JobState.FAILED)

    @Slot()
    def _stop(self) -> None:
        self._end(JobState.CANCELLED)

    def _end(self, state: JobState) -> None:
        self.state = state
        if state is JobState.SUCCEEDED:
            self.succeeded.emit(self.result)
        elif state is JobState.FAILED:
            self.failed.emit(self.message, self.error)
        else:
            self.cancelled.emit()
        self.ended.emit()


def failure_message(error: BaseException, failure: str) -> str:
    """The sentence to show for ``error``: a core error's own (translated), else
    ``failure: error`` (logged)."""
    if isinstance(error, CasefileError):
        return describe(error)
    log.error("%s", failure, exc_info=error)  # a traceback on screen is a bug; in the log it helps
    return f"{failure}: {error}"


def _in_worker(work: Work, control: JobControl, relay: _Relay) -> Callable[[], None]:
    def run() -> None:
        try:
            result = work(control)
        except JobCancelled:
            relay.stopped.emit()
        except Exception as exc:
            if control.cancelled():  # however the core passed our JobCancelled on
                relay.stopped.emit()
            else:
                relay.raised.emit(exc)
        else:
            relay.returned.emit(result)

    return run


class JobRunner(QObject):
    """A window's jobs, on a thread pool of their own.

    ``start`` runs a job; ``jobs`` are those still running; ``wait_for_all`` (the window's
    close) waits for them, and for no other window's. A ``background`` job (a view reading
    what it draws) never makes the runner ``busy``: it must not stop the analyst from
    restoring a backup, and it is cancelled with the rest when the window closes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._jobs: list[Job] = []
        self.closed = False

    def start(self, work: Work, *, failure: str | None = None, background: bool = False) -> Job:
        """Run ``work(control)`` off the GUI thread; ``failure`` (translated; "The job failed"
        if None) begins the message of an unexpected error. Connect to the returned job's
        signals right away. A runner that was shut down starts nothing (RuntimeError)."""
        if self.closed:
            raise RuntimeError("this window's jobs were shut down")
        failure = failure or QCoreApplication.translate("JobRunner", "The job failed")
        job = Job(work, failure, background=background)
        self._jobs = [*self.jobs, job]  # held here (on this thread) until it has ended
        self._pool.start(job.worker())
        return job

    @property
    def jobs(self) -> list[Job]:
        """The jobs still running, oldest first."""
        self._jobs = [job for job in self._jobs if job.running]
        return list(self._jobs)

    @property
    def busy(self) -> bool:
        """True while a job the analyst started (not a ``background`` one) runs."""
        return any(not job.background for job in self.jobs)

    def cancel_all(self) -> None:
        """Ask every running job to stop at its next safe point."""
        for job in self.jobs:
            job.cancel()

    def shut_down(self) -> None:
        """Cancel and wait for every job, then start no more (the window closes).

        The pool must never be destroyed with a job still running: its destructor waits
        for the job while holding the interpreter, and the job's thread needs the
        interpreter to finish, so the two would wait for each other forever.
        """
        self.closed = True
        self.cancel_all()
        self.wait_for_all()

    def wait_for_all(self, timeout_ms: int = WAIT_MS) -> bool:
        """Block until this runner's work is done (False if ``timeout_ms`` ran out first).

        The jobs' last signals are delivered when the event loop next runs.
        """
        return self._pool.waitForDone(timeout_ms)

"""The job runner: progress on the GUI thread in order, outcomes with their value, cooperative
cancel, and a window's close that waits for its own jobs and no one else's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from casefile.errors import LibraryError
from casefile.library import Library
from ui.jobs import JobControl, JobRunner, JobState
from ui.main_window import MainWindow

WAIT_MS = 30_000


@pytest.fixture
def runner(qtbot) -> Iterator[JobRunner]:  # type: ignore[no-untyped-def]
    made = JobRunner()
    yield made
    made.cancel_all()
    made.wait_for_all()


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


def test_progress_arrives_on_the_gui_thread_in_order(qtbot, runner: JobRunner) -> None:
    worker_threads: list[bool] = []

    def count(control: JobControl) -> str:
        worker_threads.append(_on_gui_thread())
        for step in range(50):
            control.progress(step, 50, f"step {step}")
        return "counted"

    job = runner.start(count)
    seen: list[tuple[int, str, bool]] = []
    job.progressed.connect(lambda done, _total, label: seen.append((done, label, _on_gui_thread())))
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as succeeded:
        pass
    assert worker_threads == [False]  # the work ran off the GUI thread
    assert [done for done, _, _ in seen] == list(range(50))
    assert seen[7][1] == "step 7"
    assert all(on_gui for _, _, on_gui in seen)
    assert succeeded.args == ["counted"]
    assert job.state is JobState.SUCCEEDED
    assert job.result == "counted"
    assert not runner.busy


def test_a_core_error_fails_the_job_with_its_own_sentence(qtbot, runner: JobRunner) -> None:
    problem = LibraryError("casefile.db: the disk is full; nothing was saved.")

    def refuse(_control: JobControl) -> None:
        raise problem

    job = runner.start(refuse, failure="The backup failed")
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed:
        pass
    assert failed.args == ["casefile.db: the disk is full; nothing was saved.", problem]
    assert job.state is JobState.FAILED
    assert job.error is problem


def test_an_unexpected_error_is_logged_and_shown_as_a_sentence(
    qtbot, runner: JobRunner, caplog
) -> None:
    def divide(_control: JobControl) -> float:
        return 1 / 0

    job = runner.start(divide, failure="The backup failed")
    with (
        caplog.at_level(logging.ERROR, logger="ui.jobs"),
        qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed,
    ):
        pass
    message, error = failed.args
    assert message == "The backup failed: division by zero"
    assert isinstance(error, ZeroDivisionError)
    assert "Traceback" not in message
    assert "ZeroDivisionError" in caplog.text  # the traceback went to the log


def test_cancel_stops_a_long_job_at_its_next_safe_point(qtbot, runner: JobRunner) -> None:
    steps_done: list[int] = []

    def long_work(control: JobControl) -> None:
        for step in range(1_000_000):
            control.check_cancelled()
            steps_done.append(step)
            control.progress(step, 1_000_000)
            threading.Event().wait(0.001)  # a step of real work takes a while

    job = runner.start(long_work)
    job.progressed.connect(lambda done, _total, _label: job.cancel() if done >= 3 else None)
    ended: list[str] = []
    job.ended.connect(lambda: ended.append(job.state.value))
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        pass
    assert job.state is JobState.CANCELLED
    assert 3 <= len(steps_done) < 1_000_000
    assert ended == ["cancelled"]
    assert job.result is None
    assert job.error is None


def test_a_job_that_returns_after_a_cancel_has_succeeded(qtbot, runner: JobRunner) -> None:
    """An import asked to stop still returns the sources it stored whole."""
    gate = threading.Event()

    def partial_work(control: JobControl) -> str:
        gate.wait(WAIT_MS / 1000)
        return "stopped early" if control.cancelled() else "all done"

    job = runner.start(partial_work)
    job.cancel()
    gate.set()
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as succeeded:
        pass
    assert succeeded.args == ["stopped early"]


def test_a_runner_waits_for_its_own_jobs_only(qtbot, runner: JobRunner) -> None:
    other = JobRunner()
    release_other = threading.Event()
    other_job = other.start(lambda _control: release_other.wait(WAIT_MS / 1000))
    mine_done = threading.Event()

    def mine(_control: JobControl) -> None:
        threading.Event().wait(0.2)  # still running when the wait starts
        mine_done.set()

    runner.start(mine)
    assert runner.wait_for_all(WAIT_MS)
    assert mine_done.is_set()
    assert other.busy  # never waited for
    assert other_job.running
    release_other.set()
    with qtbot.waitSignal(other_job.ended, timeout=WAIT_MS):
        pass
    assert other.wait_for_all(WAIT_MS)


def test_closing_a_window_waits_for_its_own_jobs_and_not_another_windows(
    qtbot, library: Library, settings, tmp_path: Path
) -> None:
    first = MainWindow(library, settings)
    qtbot.addWidget(first)
    other_library = Library.open(tmp_path / "colega")
    second = MainWindow(other_library, settings)
    qtbot.addWidget(second)

    release_second = threading.Event()
    second_done = threading.Event()

    def second_work(_control: JobControl) -> None:
        release_second.wait(WAIT_MS / 1000)
        second_done.set()

    second_job = second.jobs.runner.start(second_work)

    first_done = threading.Event()

    def first_work(control: JobControl) -> None:
        while not control.cancelled():  # the close asks it to stop…
            threading.Event().wait(0.005)
        threading.Event().wait(0.2)  # …and it takes a moment to reach a safe point
        first_done.set()

    first_job = first.jobs.runner.start(first_work)
    first.close()  # returns only once this window's job is done
    assert first_done.is_set()
    assert not second_done.is_set()  # the other window's job was not waited for
    assert second_job.running
    with qtbot.waitSignal(first_job.ended, timeout=WAIT_MS):
        pass
    assert first_job.state is JobState.SUCCEEDED

    release_second.set()
    with qtbot.waitSignal(second_job.ended, timeout=WAIT_MS):
        pass
    assert second_done.is_set()
    second.close()
    other_library.close()


def test_a_background_job_never_makes_the_runner_busy(qtbot, runner: JobRunner) -> None:
    release = threading.Event()
    job = runner.start(lambda _control: release.wait(WAIT_MS / 1000), background=True)
    assert job.running
    assert not runner.busy  # a view reading what it draws must not block a restore
    release.set()
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        pass


def test_a_runner_shut_down_starts_nothing_more(qtbot, runner: JobRunner) -> None:
    runner.shut_down()
    assert runner.closed
    with pytest.raises(RuntimeError):
        runner.start(lambda _control: None)

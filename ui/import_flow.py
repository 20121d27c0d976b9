"""Imports from the window's side: drops and File ▸ Import become a job on the window's runner,
progress shows in the status bar (with Cancel), and one summary closes each import.

A dropped ``.casefile`` bundle is not read as an article: ``bundles_dropped`` hands it on (the
window gives it to ``LibraryActions.import_bundles``); it brings its own case. Nothing is
imported into a read-only library. The flow knows nothing of the window: it gets the library,
the changes to announce, the window's jobs (runner and message sink), the widgets that take
drops, and three questions it may ask (the open case, which case to import into, whether
writing is refused).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QProgressBar, QPushButton, QWidget

from casefile.library import Library
from ui.changes import LibraryChanges
from ui.jobs import Job
from ui.library_actions import is_bundle
from ui.models.cases import CASE_ID_ROLE
from ui.window_jobs import WindowJobs

if TYPE_CHECKING:
    from casefile.importer import ImportReport

log = logging.getLogger(__name__)
DROP_TARGETS_DELAY_MS = 200  # after the first paint; a zero timer would run before it


class ImportFlow(QObject):
    """At most one import at a time into one case, for one window."""

    finished = Signal(object)  # the ImportReport, after the views have been refreshed
    bundles_dropped = Signal(list)  # [Path] of dropped case bundles

    def __init__(
        self,
        parent: QWidget,
        library: Library,
        changes: LibraryChanges,
        jobs: WindowJobs,
        case_list_view: QAbstractItemView,
        *,
        current_case: Callable[[], int | None],
        choose_case: Callable[[], int | None],
        refuse_writes: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._changes = changes
        self._jobs = jobs
        self._case_list_view = case_list_view
        self._current_case = current_case
        self._choose_case = choose_case
        self._refuse_writes = refuse_writes
        self._job: Job | None = None
        self._case_id: int | None = None
        self._drop_problems: list[str] = []
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"), parent)
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            jobs.status_bar.addPermanentWidget(widget)
            widget.hide()
        self._drop_targets_installed = False

    def install_drop_targets_soon(self) -> None:
        """Once the window is on screen, make it accept drops.

        ui.dnd pulls in every reader (HTML extraction, PDF, DOCX): ~0.35 s and ~50 MB that
        need not delay the window's first paint.
        """
        if not self._drop_targets_installed:
            QTimer.singleShot(DROP_TARGETS_DELAY_MS, self.install_drop_targets)

    def install_drop_targets(self) -> None:
        """Make the window and the case list accept dropped articles (once)."""
        if self._drop_targets_installed:
            return
        self._drop_targets_installed = True
        try:
            from ui.dnd import install_drop_target
        except ImportError as exc:  # pragma: no cover - only while ui/dnd.py is being written
            log.warning("Drag and drop unavailable: %s", exc)
            return
        install_drop_target(self._parent, self.import_drop)
        install_drop_target(self._case_list_view, self.import_drop_on_case_list)

    @property
    def running(self) -> bool:
        return self._job is not None

    def import_drop(self, payload: Any, _position: QPoint) -> None:
        """A drop on the window: import into the open case."""
        self._start_drop(self._current_case(), payload)

    def import_drop_on_case_list(self, payload: Any, position: QPoint) -> None:
        """A drop on a case in the list: import into that case."""
        view = self._case_list_view
        index = view.indexAt(view.viewport().mapFrom(view, position))
        case_id = index.data(CASE_ID_ROLE) if index.isValid() else None
        self._start_drop(int(case_id) if case_id else self._current_case(), payload)

    def _start_drop(self, case_id: int | None, payload: Any) -> None:
        bundles = [path for path in payload.paths if is_bundle(path)]
        if bundles:  # a case bundle brings its own case
            self.bundles_dropped.emit(bundles)
            payload.paths = [path for path in payload.paths if path not in bundles]
            if not payload:
                return
        if self._refuse_writes():
            return
        if case_id is None:
            case_id = self._choose_case()
            if case_id is None:
                return
        self.start(case_id, payload.paths, payload.documents, payload.problems)

    def start(
        self,
        case_id: int,
        paths: Sequence[Path],
        documents: Sequence[Any],
        problems: Sequence[str] = (),
    ) -> bool:
        """Import ``paths`` and ``documents`` into ``case_id``; False if one is running already."""
        if self._refuse_writes():
            return False
        if self._job is not None:
            self._jobs.show_message(self.tr("An import is already running; wait for it to end."))
            return False
        # Imported here, not with the window: ui.workers brings in the importer and its readers.
        from ui.workers import import_into_case

        work = partial(
            import_into_case,
            library=self._library,
            case_id=case_id,
            paths=list(paths),
            documents=list(documents),
        )
        job = self._jobs.runner.start(work, failure=self.tr("The import stopped"))
        job.progressed.connect(self.show_progress)
        job.succeeded.connect(self.finish)
        job.failed.connect(self.fail)
        job.cancelled.connect(self._stopped)
        self._job, self._case_id = job, case_id
        self._drop_problems = list(problems)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._jobs.show_message(self.tr("Importing…"))
        return True

    def show_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self._jobs.show_status(
                self.tr("Importing {name} ({done} of {total})").format(
                    name=name, done=done + 1, total=total
                )
            )

    def finish(self, report: Any) -> None:
        case_id = self._end()
        if case_id is not None:
            self._changes.sources_changed.emit(case_id)
        problems = list(getattr(report, "problems", [])) + self._drop_problems
        self._jobs.show_message(
            self.tr("Import finished: {summary}").format(summary=self.summary(report))
        )
        if problems:
            self._show_summary(report)
        self.finished.emit(report)

    def summary(self, report: ImportReport) -> str:
        """The status line's account of an import: how many added, linked and skipped."""
        parts = [self.tr("%n added", "", len(report.added))]
        if report.linked:
            parts.append(
                self.tr("%n already in the library, added to this case", "", len(report.linked))
            )
        if report.duplicates:
            parts.append(self.tr("%n duplicate", "", len(report.duplicates)))
        if report.unreadable:
            parts.append(self.tr("%n unreadable", "", len(report.unreadable)))
        if report.undated:
            # relative dates wait for the date, typed in the source's details
            parts.append(
                self.tr(
                    "%n without a date (type it in Sources to date its relative dates)",
                    "",
                    len(report.undated),
                )
            )
        if report.cancelled:
            parts.append(self.tr("cancelled"))
        return ", ".join(parts)

    def _show_summary(self, report: Any) -> None:
        try:
            from ui.views.import_summary import ImportSummaryDialog
        except ImportError:  # pragma: no cover
            return
        dialog = ImportSummaryDialog(report, self._parent, drop_problems=self._drop_problems)
        dialog.setModal(False)
        dialog.show()

    def fail(self, message: str, _error: object = None) -> None:
        case_id = self._end()
        if case_id is not None:
            self._changes.sources_changed.emit(case_id)  # whole sources may have been stored
        QMessageBox.warning(self._parent, self.tr("Import stopped"), message)

    def _stopped(self) -> None:
        case_id = self._end()
        if case_id is not None:
            self._changes.sources_changed.emit(case_id)  # whole sources may have been stored
        self._jobs.show_message(self.tr("Import cancelled."))

    def cancel(self) -> None:
        """Stop the running import after the article being stored."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self._jobs.show_message(self.tr("Cancelling after the current article…"))

    def _end(self) -> int | None:
        case_id, self._case_id, self._job = self._case_id, None, None
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        return case_id

"""Imports from the window's side: drops and File ▸ Import go to a worker off the GUI thread,
progress shows in the status bar (with Cancel), and one summary closes each import.

A dropped ``.casefile`` bundle goes to ``LibraryActions.import_bundles`` instead: it brings its
own case. Nothing is imported into a read-only library."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton

from casefile.library import Library
from ui.changes import LibraryChanges
from ui.library_actions import is_bundle
from ui.models.cases import CASE_ID_ROLE
from ui.workers import ImportWorker

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)
DROP_TARGETS_DELAY_MS = 200  # after the first paint; a zero timer would run before it


class ImportFlow(QObject):
    """At most one import at a time into one case; reports through the window."""

    finished = Signal(object)  # the ImportReport, after the views have been refreshed

    def __init__(self, window: MainWindow, library: Library, changes: LibraryChanges) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._changes = changes
        self._worker: Any = None
        self._case_id: int | None = None
        self._drop_problems: list[str] = []
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"), window)
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            window.statusBar().addPermanentWidget(widget)
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
        install_drop_target(self._window, self.import_drop)
        install_drop_target(self._window.case_list.view, self.import_drop_on_case_list)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def import_drop(self, payload: Any, _position: QPoint) -> None:
        """A drop on the window: import into the open case."""
        self._start_drop(self._window.case_id, payload)

    def import_drop_on_case_list(self, payload: Any, position: QPoint) -> None:
        """A drop on a case in the list: import into that case."""
        view = self._window.case_list.view
        index = view.indexAt(view.viewport().mapFrom(view, position))
        case_id = index.data(CASE_ID_ROLE) if index.isValid() else None
        self._start_drop(int(case_id) if case_id else self._window.case_id, payload)

    def _start_drop(self, case_id: int | None, payload: Any) -> None:
        bundles = [path for path in payload.paths if is_bundle(path)]
        if bundles:  # a case bundle brings its own case
            self._window.library_actions.import_bundles(bundles)
            payload.paths = [path for path in payload.paths if path not in bundles]
            if not payload:
                return
        if self._window.library_actions.read_only.refuse():
            return
        if case_id is None:
            case_id = self._window.choose_case_for_import()
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
        if self._window.library_actions.read_only.refuse():
            return False
        if self._worker is not None:
            self._window.show_message(self.tr("An import is already running; wait for it to end."))
            return False
        worker = ImportWorker(self._library, case_id, list(paths), list(documents))
        worker.signals.progress.connect(self.show_progress)
        worker.signals.finished.connect(self.finish)
        worker.signals.failed.connect(self.fail)
        self._worker, self._case_id = worker, case_id
        self._drop_problems = list(problems)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._window.show_message(self.tr("Importing…"))
        QThreadPool.globalInstance().start(worker)
        return True

    def show_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self._window.statusBar().showMessage(
                self.tr("Importing {name} ({done} of {total})").format(
                    name=name, done=done + 1, total=total
                )
            )

    def finish(self, report: Any) -> None:
        case_id = self._case_id
        self._end()
        if case_id is not None:
            self._changes.sources_changed.emit(case_id)
        problems = list(getattr(report, "problems", [])) + self._drop_problems
        summary = report.summary() if hasattr(report, "summary") else ""
        self._window.show_message(self.tr("Import finished: {summary}").format(summary=summary))
        if problems:
            self._show_summary(report)
        self.finished.emit(report)

    def _show_summary(self, report: Any) -> None:
        try:
            from ui.views.import_summary import ImportSummaryDialog
        except ImportError:  # pragma: no cover
            return
        dialog = ImportSummaryDialog(report, self._window, drop_problems=self._drop_problems)
        dialog.setModal(False)
        dialog.show()

    def fail(self, message: str) -> None:
        case_id = self._case_id
        self._end()
        if case_id is not None:
            self._changes.sources_changed.emit(case_id)  # whole sources may have been stored
        QMessageBox.warning(self._window, self.tr("Import stopped"), message)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self._window.show_message(self.tr("Cancelling after the current article…"))

    def _end(self) -> None:
        self._worker = None
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)

    def can_close(self) -> bool:
        """Before the window closes: stop a running import between two articles."""
        if self._worker is None:
            return True
        self._worker.cancel()
        QThreadPool.globalInstance().waitForDone(10_000)
        return True

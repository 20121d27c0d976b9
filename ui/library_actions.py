"""The library as a whole, from the window: backups, restoring one, and case bundles.

Each long job (a backup, a bundle written or read, a restore) runs on the window's runner, one
at a time; its outcome arrives as a signal and a message. The ``*_to``/``*_from`` methods take
their path, so that the menu's file dialogs stay thin and tests (or a drop) can call them
directly. What a read-only library may not do is ``ui.read_only``'s business.

Restoring closes the library, puts the backup in its place and opens it again into the same
Library object, so that every model and view keeps working on it; all of it off the GUI
thread, with a progress dialog over the window that takes its input meanwhile. The window
hears ``about_to_restore`` (commit the edit in progress, empty the undo stack) and
``reopened`` (reload the views). This module knows nothing of the window: it gets the library,
the window's jobs (runner and message sink), its actions, the read-only mode and a way to ask
for the open case.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from casefile.backup import KEEP, RestoreError, list_backups
from casefile.library import Library
from ui.actions import WindowActions
from ui.jobs import Job, Work
from ui.models.cases import count_text
from ui.read_only import ReadOnlyMode
from ui.views.backup_dialog import (
    RestoreBackupDialog,
    RestoreProgressDialog,
    confirm_restore,
    default_backup_path,
    documents_folder,
)
from ui.window_jobs import WindowJobs

# ui.workers is imported by each method that starts a job, not here: it brings in the importer
# and every reader, which the window's first paint need not wait for.

log = logging.getLogger(__name__)
BUNDLE_SUFFIX = ".casefile"
# The bundle summary's kinds, in the words of the case list's counts. Sources count as the
# case's links to them (a source may already be in the library for another case).
_ADDED_KINDS = {
    "source_links": "source",
    "events": "event",
    "quotes": "quote",
    "captions": "caption",
    "actors": "actor",
}
_SKIPPED_KINDS = {
    "sources": "source",
    **{k: v for k, v in _ADDED_KINDS.items() if k != "source_links"},
}


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() == BUNDLE_SUFFIX and path.is_file()


class LibraryActions(QObject):
    """Back up, restore, export and import bundles; see the module docstring."""

    backed_up = Signal(object)  # the backup's path
    about_to_restore = Signal()  # the library is about to close for a restore
    reopened = Signal()  # after a restore (done or not) the library is open again
    restored = Signal(object)  # the backup made of the state that was replaced
    bundle_exported = Signal(object)  # the bundle's path
    bundle_imported = Signal(object)  # the summary dict of casefile.bundle.import_bundle
    job_failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        library: Library,
        jobs: WindowJobs,
        actions: WindowActions,
        read_only: ReadOnlyMode,
        current_case: Callable[[], int | None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self.jobs = jobs
        self._actions = actions
        self.read_only = read_only
        self._current_case = current_case
        self._job: Job | None = None
        self._pending_bundles: list[Path] = []
        self.restore_progress: RestoreProgressDialog | None = None
        actions.back_up.triggered.connect(self.back_up_now)
        actions.restore_backup.triggered.connect(self.restore_from_backup)
        actions.export_bundle.triggered.connect(self.export_bundle)
        actions.import_bundle.triggered.connect(self.import_bundle)

    @property
    def library(self) -> Library:
        return self._library

    @property
    def running(self) -> bool:
        """True while one of these jobs (a backup, a bundle, a restore) runs."""
        return self._job is not None

    def _start(
        self,
        work: Work,
        done: Callable[[Any], None],
        failed: Callable[[str, object], None],
        status: str,
        failure: str,
        *,
        show_progress: bool = True,
    ) -> Job | None:
        """Run ``work`` unless one of these jobs is running (then None, and a message)."""
        if self._job is not None:
            # Translated under WindowJobs, where this refusal used to live.
            self.jobs.show_message(
                QCoreApplication.translate("WindowJobs", "Wait for the running job to finish.")
            )
            return None
        job = self.jobs.start(work, status=status, failure=failure, show_progress=show_progress)
        self._job = job

        # A bundle that came while another job ran (a launch during the opening backup) was
        # queued: it starts when that job ends, whichever it was.
        def succeed(result: object) -> None:
            self._job = None
            done(result)
            self._import_next_bundle()

        def fail(message: str, error: object) -> None:
            self._job = None
            failed(message, error)
            self._import_next_bundle()

        job.succeeded.connect(succeed)
        job.failed.connect(fail)
        return job

    # Backups

    def start_automatic_backup(self, keep: int = KEEP) -> bool:
        """The rolling backup taken when the window opens; a failure is only reported. A team
        library is backed up on its server (pg_dump), not by each analyst's window."""
        if self.library.read_only or self.library.is_team:
            return False
        from ui.workers import back_up_rolling

        job = self._start(
            partial(back_up_rolling, library=self.library, keep=keep),
            self._automatic_backup_done,
            self._automatic_backup_failed,
            self.tr("Backing up the library…"),
            self.tr("The automatic backup failed"),
            show_progress=False,
        )
        return job is not None

    def _automatic_backup_done(self, path: Path) -> None:
        self.jobs.show_message(self.tr("Library backed up ({name}).").format(name=path.name))
        self.backed_up.emit(path)

    def _automatic_backup_failed(self, message: str, _error: object) -> None:
        log.warning("Automatic backup failed: %s", message)
        self.jobs.show_message(
            self.tr("The automatic backup failed: {error}").format(error=message)
        )
        self.job_failed.emit(message)

    def back_up_now(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Back up library"),
            str(default_backup_path()),
            self.tr("Casefile backups (*.db)"),
        )
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, path: Path) -> bool:
        """Copy the library's database to ``path`` (works on a read-only library too)."""
        from ui.workers import back_up

        job = self._start(
            partial(back_up, library=self.library, out_path=path),
            self._backed_up,
            self._failed(self.tr("Backup failed")),
            self.tr("Backing up the library…"),
            self.tr("The backup failed"),
        )
        return job is not None

    def _backed_up(self, path: Path) -> None:
        self.jobs.tell(
            QMessageBox.Icon.Information,
            self.tr("Library backed up"),
            self.tr(
                "The library's database was copied to:\n{path}\n\n"
                "Restore it with File ▸ Restore from backup… ▸ Other backup file…"
            ).format(path=path),
        )
        self.backed_up.emit(path)

    def restore_from_backup(self) -> None:
        dialog = RestoreBackupDialog(list_backups(self.library.folder), self._parent)
        if not dialog.exec():
            return
        path = dialog.chosen_path()
        if path is not None and confirm_restore(self._parent, self.library.folder, path):
            self.restore(path)

    def restore(self, path: Path) -> bool:
        """Start putting ``path`` in place of the library; False if it cannot start now.

        The outcome arrives as ``restored`` (after ``reopened``) or ``job_failed``.
        """
        if self.read_only.refuse():
            return False
        if self.jobs.runner.busy:
            self.jobs.tell(
                QMessageBox.Icon.Warning,
                self.tr("Restore from backup"),
                self.tr("Wait for the running import, backup or export to finish, then restore."),
            )
            return False
        # What the views still read in the background (the timeline picture) ends first.
        self.jobs.runner.cancel_all()
        self.jobs.runner.wait_for_all()
        self.about_to_restore.emit()
        # Closed here, on the GUI thread, so that no view is half-way through a query when the
        # worker replaces the file; until it reopens, the library refuses every query.
        self.library.suspend()
        from ui.workers import restore_from_backup

        job = self._start(
            partial(restore_from_backup, library=self.library, backup_path=path),
            self._restored,
            self._restore_failed,
            self.tr("Restoring the library…"),
            self.tr("The restore failed"),
            show_progress=False,
        )
        assert job is not None  # the runner was idle
        self.restore_progress = RestoreProgressDialog(job, self._parent)
        self.restore_progress.show()
        return True

    def _restored(self, saved: Path) -> None:
        self.reopened.emit()
        self.jobs.show_message(
            self.tr("Library restored. The state before is kept as backup {name}.").format(
                name=saved.name
            )
        )
        self.restored.emit(saved)

    def _restore_failed(self, message: str, error: object) -> None:
        if isinstance(error, RestoreError) and error.reopened:
            self.reopened.emit()
            self.jobs.tell(QMessageBox.Icon.Warning, self.tr("Restore failed"), message)
        else:  # the library stays closed, and locked by this window, until the window closes
            self.jobs.tell(
                QMessageBox.Icon.Critical,
                self.tr("The library is closed"),
                self.tr(
                    "{problem}\n\nClose this window and start Casefile again. Until then "
                    "the library stays locked by this window."
                ).format(problem=message),
            )
        self.job_failed.emit(message)

    # Case bundles

    def export_bundle(self) -> None:
        case_id = self._current_case()
        if case_id is None:
            return
        title = self.library.case(case_id).title
        suggested = documents_folder() / f"{_file_name(title)}{BUNDLE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export case bundle"),
            str(suggested),
            self.tr("Case bundles (*.casefile)"),
        )
        if path:
            chosen = Path(path)
            if chosen.suffix.lower() != BUNDLE_SUFFIX:
                chosen = chosen.with_name(chosen.name + BUNDLE_SUFFIX)
            self.export_bundle_to(chosen, case_id)

    def export_bundle_to(self, path: Path, case_id: int | None = None) -> bool:
        """Write the open case (or ``case_id``) as a bundle at ``path``."""
        case_id = case_id if case_id is not None else self._current_case()
        if case_id is None:
            return False
        from ui.workers import export_bundle

        job = self._start(
            partial(export_bundle, library=self.library, case_id=case_id, out_path=path),
            self._exported,
            self._failed(self.tr("Export failed")),
            self.tr("Exporting the case…"),
            self.tr("The case could not be exported"),
        )
        return job is not None

    def _exported(self, path: Path) -> None:
        self.jobs.tell(
            QMessageBox.Icon.Information,
            self.tr("Case exported"),
            self.tr(
                "The case, its sources and their files are in:\n{path}\n\n"
                "Another Casefile opens it with File ▸ Import case bundle…"
            ).format(path=path),
        )
        self.bundle_exported.emit(path)

    def import_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import case bundle"),
            str(documents_folder()),
            self.tr("Case bundles (*.casefile)"),
        )
        if path:
            self.import_bundles([Path(path)])

    def import_bundles(self, paths: list[Path]) -> None:
        """Import bundles one after another (a drop may bring several)."""
        if self.read_only.refuse():
            return
        self._pending_bundles += paths
        if not self.running:
            self._import_next_bundle()

    def import_bundle_from(self, path: Path) -> bool:
        """Bring ``path``'s case into the library; ``bundle_imported`` then opens it."""
        if self.read_only.refuse():
            return False
        from ui.workers import import_bundle

        job = self._start(
            partial(import_bundle, library=self.library, path=path),
            self._imported,
            self._failed(self.tr("Import failed"), next_bundle=True),
            self.tr("Importing {name}…").format(name=path.name),
            self.tr("The bundle could not be imported"),
        )
        return job is not None

    def _import_next_bundle(self) -> None:
        if self._pending_bundles and not self.running:
            self.import_bundle_from(self._pending_bundles.pop(0))

    def _imported(self, summary: dict[str, Any]) -> None:
        self.bundle_imported.emit(summary)  # the window opens the case
        # The status line said "Importing …" for a few seconds more: it says the import ended.
        done = self.tr("Case imported: {title}").format(title=summary["case_title"])
        self.jobs.show_message(done)
        self.jobs.tell(
            QMessageBox.Icon.Information, self.tr("Case imported"), self.summary(summary)
        )
        self._import_next_bundle()

    def summary(self, result: dict[str, Any]) -> str:
        """Which case, new or merged, and how many items were added and already there."""
        title = str(result["case_title"])
        if result["new_case"]:
            head = self.tr("“{title}” is a new case in this library.").format(title=title)
        else:
            head = self.tr("“{title}” was already in this library; the bundle was merged.").format(
                title=title
            )
        added = _counts_line(result.get("added", {}), _ADDED_KINDS)
        skipped = _counts_line(result.get("skipped", {}), _SKIPPED_KINDS)
        lines = [head, self.tr("Added: {counts}.").format(counts=added or self.tr("nothing new"))]
        if skipped:
            lines.append(self.tr("Already there: {counts}.").format(counts=skipped))
        return "\n\n".join(lines)

    def _failed(self, title: str, *, next_bundle: bool = False) -> Callable[[str, object], None]:
        def report(message: str, _error: object) -> None:
            self.jobs.tell(QMessageBox.Icon.Warning, title, message)
            self.job_failed.emit(message)
            if next_bundle:
                self._import_next_bundle()

        return report

    def update_actions(self) -> None:
        """After the window enabled its actions (see MainWindow.update_actions)."""
        self._actions.export_bundle.setEnabled(self._current_case() is not None)
        if self.library.is_team:  # the server's own backups (pg_dump) keep a team library
            self._actions.back_up.setEnabled(False)
            self._actions.restore_backup.setEnabled(False)
        self.read_only.update_actions()


def _counts_line(counts: dict[str, int], kinds: dict[str, str]) -> str:
    return ", ".join(
        count_text(kind, counts[key]) for key, kind in kinds.items() if counts.get(key)
    )


def _file_name(title: str) -> str:
    """A case title made safe as a file name on every system."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return cleaned[:80] or "case"

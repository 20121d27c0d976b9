"""The library as a whole, from the window: backups, restoring one, and case bundles.

Each long job (a backup, a bundle written or read) runs on the thread pool, one at a time
(``ui.window_jobs``); its outcome arrives as a signal and a message. The ``*_to``/``*_from``
methods take their path, so that the menu's file dialogs stay thin and tests (or a drop) can
call them directly. What a read-only library may not do is ``ui.read_only``'s business.

Restoring closes the library, puts the backup in its place and opens it again into the same
Library object, so that every model and view keeps working on it; the undo stack is emptied.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
)

from casefile.backup import KEEP, list_backups, restore_backup
from casefile.errors import CasefileError
from casefile.library import Library
from ui.models.cases import count_text
from ui.read_only import ReadOnlyMode
from ui.views.backup_dialog import (
    RestoreBackupDialog,
    backup_when,
    default_backup_path,
    documents_folder,
)
from ui.window_jobs import WindowJobs
from ui.workers import (
    BackupWorker,
    BundleExportWorker,
    BundleImportWorker,
    RollingBackupWorker,
)

if TYPE_CHECKING:
    from ui.main_window import MainWindow

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
    """Back up, restore, export and import bundles for ``window``; read-only mode."""

    backed_up = Signal(object)  # the backup's path
    restored = Signal(object)  # the backup made of the state that was replaced
    bundle_exported = Signal(object)  # the bundle's path
    bundle_imported = Signal(object)  # the summary dict of casefile.bundle.import_bundle
    job_failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending_bundles: list[Path] = []
        self.jobs = WindowJobs(window)
        self.read_only = ReadOnlyMode(window, self.jobs)
        actions = window.menu_actions
        actions.back_up.triggered.connect(self.back_up_now)
        actions.restore_backup.triggered.connect(self.restore_from_backup)
        actions.export_bundle.triggered.connect(self.export_bundle)
        actions.import_bundle.triggered.connect(self.import_bundle)

    @property
    def library(self) -> Library:
        return self._window.library

    @property
    def running(self) -> bool:
        return self.jobs.running

    # Backups

    def start_automatic_backup(self, keep: int = KEEP) -> bool:
        """The rolling backup taken when the window opens; a failure is only reported."""
        if self.library.read_only:
            return False
        return self.jobs.start(
            RollingBackupWorker(self.library, keep),
            self._automatic_backup_done,
            self._automatic_backup_failed,
            self.tr("Backing up the library…"),
            show_progress=False,
        )

    def _automatic_backup_done(self, path: Path) -> None:
        self._window.show_message(self.tr("Library backed up ({name}).").format(name=path.name))
        self.backed_up.emit(path)

    def _automatic_backup_failed(self, message: str) -> None:
        log.warning("Automatic backup failed: %s", message)
        self._window.show_message(
            self.tr("The automatic backup failed: {error}").format(error=message)
        )
        self.job_failed.emit(message)

    def back_up_now(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back up library"),
            str(default_backup_path()),
            self.tr("Casefile backups (*.db)"),
        )
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, path: Path) -> bool:
        """Copy the library's database to ``path`` (works on a read-only library too)."""
        return self.jobs.start(
            BackupWorker(self.library, path),
            self._backed_up,
            self._failed(self.tr("Backup failed")),
            self.tr("Backing up the library…"),
        )

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
        dialog = RestoreBackupDialog(list_backups(self.library.folder), self._window)
        if not dialog.exec():
            return
        path = dialog.chosen_path()
        if path is not None and self.confirm_restore(path):
            self.restore(path)

    def confirm_restore(self, path: Path) -> bool:
        """Ask before the library's current state is replaced; says how to go back."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from backup"),
            self.restore_question(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names a file path
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def restore_question(self, path: Path) -> str:
        made = next(
            (info.created for info in list_backups(self.library.folder) if info.path == path), None
        )
        which = backup_when(made) if made is not None else str(path)
        return self.tr(
            "Put the library back as it was in the backup of {which}?\n\n"
            "Everything changed since then leaves the library. Its current state is kept as "
            "a new backup first, so you can undo this by restoring that one."
        ).format(which=which)

    def restore(self, path: Path) -> bool:
        """Close the library, put ``path`` in its place, reopen it and refresh every view."""
        window = self._window
        if self.running or window.imports.running:
            self.jobs.tell(
                QMessageBox.Icon.Warning,
                self.tr("Restore from backup"),
                self.tr("Wait for the running import, backup or export to finish, then restore."),
            )
            return False
        window.detail.finish_pending_edit()
        case_id = window.case_id
        # A few seconds at most (a check and two copies of the database); the window may not
        # change the library meanwhile, so this stays on the GUI thread, with a busy cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.library.close()
            try:
                saved: Path | None = restore_backup(self.library.folder, path)
                problem = ""
            except CasefileError as exc:
                saved, problem = None, str(exc)
            try:
                self.library.reopen()  # every view holds this object: it sees the restored data
            except CasefileError as exc:
                problem = f"{problem}\n\n{exc}".strip()
        finally:
            QApplication.restoreOverrideCursor()
        window.undo_stack.clear()  # its commands describe the state that was replaced
        window.case_model.reload()
        window.open_first_case(case_id)
        window.show_case(window.case_list.current_case_id() or 0)
        if saved is None:
            self.jobs.tell(QMessageBox.Icon.Warning, self.tr("Restore failed"), problem)
            self.job_failed.emit(problem)
            return False
        window.show_message(
            self.tr("Library restored. The state before is kept as backup {name}.").format(
                name=saved.name
            )
        )
        self.restored.emit(saved)
        return True

    # Case bundles

    def export_bundle(self) -> None:
        case_id = self._window.case_id
        if case_id is None:
            return
        title = self.library.case(case_id).title
        suggested = documents_folder() / f"{_file_name(title)}{BUNDLE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self._window,
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
        case_id = case_id if case_id is not None else self._window.case_id
        if case_id is None:
            return False
        return self.jobs.start(
            BundleExportWorker(self.library, case_id, path),
            self._exported,
            self._failed(self.tr("Export failed")),
            self.tr("Exporting the case…"),
        )

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
            self._window,
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
        """Bring ``path``'s case into the library, then open that case."""
        if self.read_only.refuse():
            return False
        return self.jobs.start(
            BundleImportWorker(self.library, path),
            self._imported,
            self._failed(self.tr("Import failed"), next_bundle=True),
            self.tr("Importing {name}…").format(name=path.name),
        )

    def _import_next_bundle(self) -> None:
        if self._pending_bundles and not self.running:
            self.import_bundle_from(self._pending_bundles.pop(0))

    def _imported(self, summary: dict[str, Any]) -> None:
        window = self._window
        case_id = int(summary["case_id"])
        previous = window.case_id
        window.case_model.refresh_case(case_id)  # adds the case when it is new
        window.case_model.refresh_counts()
        window.case_list.select_case(case_id)  # opens it, unless it was open already
        if previous == case_id or window.case_id != case_id:
            window.show_case(case_id)
        self.jobs.tell(
            QMessageBox.Icon.Information, self.tr("Case imported"), self.summary(summary)
        )
        self.bundle_imported.emit(summary)
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

    def _failed(self, title: str, *, next_bundle: bool = False) -> Callable[[str], None]:
        def report(message: str) -> None:
            self.jobs.tell(QMessageBox.Icon.Warning, title, message)
            self.job_failed.emit(message)
            if next_bundle:
                self._import_next_bundle()

        return report

    def update_actions(self) -> None:
        """After the window enabled its actions (see MainWindow.update_actions)."""
        self._window.menu_actions.export_bundle.setEnabled(self._window.case_id is not None)
        self.read_only.update_actions()

    def wait_for_jobs(self) -> None:
        self.jobs.wait()


def _counts_line(counts: dict[str, int], kinds: dict[str, str]) -> str:
    return ", ".join(
        count_text(kind, counts[key]) for key, kind in kinds.items() if counts.get(key)
    )


def _file_name(title: str) -> str:
    """A case title made safe as a file name on every system."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return cleaned[:80] or "case"

"""Choosing a backup to restore: the library's automatic and manual backups, newest first.

The dialog only chooses; :func:`confirm_restore` asks before anything is replaced;
:class:`ui.library_actions.LibraryActions` restores, with :class:`RestoreProgressDialog` over the
window meanwhile.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.backup import BackupInfo, list_backups
from ui.jobs import Job

AnyIndex = QModelIndex | QPersistentModelIndex
BACKUP_FILTER = "*.db"


def documents_folder() -> Path:
    """Where a file the analyst saves by hand goes unless they choose otherwise."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_backup_path(now: dt.datetime | None = None) -> Path:
    """A new manual backup's suggested path: outside the library, so pruning never takes it."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return documents_folder() / f"casefile-backup-{stamp}.db"


def backup_when(created: dt.datetime) -> str:
    """A backup's date and time in the reader's language, to the second (backups made within
    the same minute must be told apart)."""
    when = QDateTime(
        created.year, created.month, created.day, created.hour, created.minute, created.second
    )
    return QLocale().toString(when, "d MMM yyyy, HH:mm:ss")


def confirm_restore(parent: QWidget | None, library_folder: Path, path: Path) -> bool:
    """Ask before the library's current state is replaced by ``path``; says how to go back."""
    made = next((info.created for info in list_backups(library_folder) if info.path == path), None)
    which = backup_when(made) if made is not None else str(path)
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("LibraryActions", "Restore from backup"),
        translate(
            "LibraryActions",
            "Put the library back as it was in the backup of {which}?\n\n"
            "Everything changed since then leaves the library. Its current state is kept as "
            "a new backup first, so you can undo this by restoring that one.",
        ).format(which=which),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # it names a file path
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


class BackupListModel(QAbstractTableModel):
    """Backups as rows of date and size."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Made on"), self.tr("Size"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return backup_when(info.created)
            return QLocale().formattedDataSize(info.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def backup_at(self, row: int) -> BackupInfo | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None


class RestoreBackupDialog(QDialog):
    """Lists ``backups``; ``chosen_path()`` after ``exec()`` is the file to restore, or None."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(440, 360)
        self._chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Casefile backs the library up when it opens and when it closes, keeping the "
                "last ten. Choose the state to go back to."
            )
        )
        intro.setWordWrap(True)
        self.model = BackupListModel(backups, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.empty_label = QLabel(self.tr("There are no backups of this library yet."))
        self.empty_label.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = QPushButton(self.tr("Other backup file…"))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.clicked.connect(self.choose_other_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        if backups:
            self.view.selectRow(0)
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.view.selectionModel().hasSelection())

    def selected_backup(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def choose_other_file(self) -> None:
        """Restore a backup kept elsewhere (e.g. one made with Back up library now)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(documents_folder()),
            self.tr("Casefile backups ({pattern})").format(pattern=BACKUP_FILTER),
        )
        if path:
            self.choose_path(Path(path))

    def choose_path(self, path: Path) -> None:
        """Close the dialog with ``path`` as the choice."""
        self._chosen = path
        super().accept()

    def accept(self) -> None:
        selected = self.selected_backup()
        if selected is None:
            return
        self.choose_path(selected.path)

    def chosen_path(self) -> Path | None:
        return self._chosen


class RestoreProgressDialog(QProgressDialog):
    """Over the window while a restore runs: its progress, and no way past it.

    The library is closed meanwhile, so the window must take no input; the event loop keeps
    turning (the window repaints, the bar moves). It cannot be cancelled: a restore stops
    only whole. It closes itself when the job ends.
    """

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setLabelText(self.tr("Restoring the library…"))
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        # Moved directly: QProgressDialog.setValue runs the event loop inside a modal dialog.
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.setBar(self.progress_bar)
        self._job = job
        job.progressed.connect(self.show_progress)
        job.ended.connect(self.close)

    def show_progress(self, done: int, total: int, _label: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def reject(self) -> None:
        if self._job.running:  # Esc or the close button: the restore goes on
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job.running:
            event.ignore()
            return
        super().closeEvent(event)

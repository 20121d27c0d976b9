"""File ▸ Sync with team library…: the sync runs in the background with its progress and a
Cancel button in the status bar; a line there says when the library last synced. View ▸ Sync
conflicts… lists the values a sync replaced with a later change from the other side.

What a sync brings in reaches the views through the change feed (ui/live.py), as any
change made elsewhere does.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from casefile import sync_conflicts
from casefile.errors import CasefileError
from casefile.library import Library
from ui.formatting import format_moment
from ui.jobs import Job
from ui.views.team_dialog import LAST_TEAM_URL, TeamAddressForm
from ui.window_jobs import WindowJobs

log = logging.getLogger(__name__)


class SyncDialog(QDialog):
    """The team library to sync with, and a case of it to follow (optional)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync with team library"))
        self.fields = TeamAddressForm(settings, self)
        self.case = QLineEdit(self)
        self.case.setPlaceholderText(self.tr("optional: the title of a case there"))
        self.fields.form.addRow(self.tr("Also follow"), self.case)
        note = QLabel(
            self.tr(
                "Your cases go to the team library and come back with your colleagues' "
                "changes. Where both of you changed the same field, the later change wins "
                "and the other is kept under View ▸ Sync conflicts."
            ),
            self,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        sync_button = buttons.addButton(self.tr("Sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        sync_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)

    def accept(self) -> None:
        if not self.fields.complete():
            self.message.setText(self.tr("Give the server and the database."))
            self.message.show()
            return
        super().accept()


class SyncFlow(QObject):
    """Runs syncs for one window and keeps its "last synced" line."""

    synced = Signal(object)  # the SyncReport

    def __init__(
        self, parent: QWidget, library: Library, jobs: WindowJobs, settings: QSettings
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._jobs = jobs
        self._settings = settings
        self._job: Job | None = None
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(180)
        self.cancel_button = QPushButton(self.tr("Cancel sync"), parent)
        self.cancel_button.clicked.connect(self.cancel)
        self.last_synced = QLabel(parent)
        self.last_synced.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.last_synced, self.progress, self.cancel_button):
            jobs.status_bar.addPermanentWidget(widget)
        self.progress.hide()
        self.cancel_button.hide()
        self.show_last_synced()

    @property
    def running(self) -> bool:
        return self._job is not None

    def ask(self) -> None:
        """The dialog, then the sync."""
        dialog = SyncDialog(self._settings, self._parent)
        if not dialog.exec():
            return
        not_kept = dialog.fields.keep_password()
        if not_kept is not None:
            self._jobs.show_message(not_kept)
        url = dialog.fields.address().render_as_string(hide_password=False)
        self._settings.setValue(LAST_TEAM_URL, url)
        self.start(url, dialog.fields.password.text(), dialog.case.text().strip())

    def start(self, url: str, password: str = "", case: str = "") -> Job | None:
        """Sync with the team library at ``url`` in the background."""
        if self._job is not None:
            self._jobs.show_message(self.tr("A sync is already running."))
            return None
        from ui.workers import sync_with_team

        work = partial(sync_with_team, library=self._library, url=url, password=password, case=case)
        job = self._jobs.runner.start(work, failure=self.tr("The sync stopped"))
        job.progressed.connect(self._show_progress)
        job.succeeded.connect(self._finish)
        job.failed.connect(self._fail)
        job.cancelled.connect(self._stopped)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._jobs.show_message(self.tr("Syncing with the team library…"))
        return job

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def _show_progress(self, done: int, total: int, _step: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)

    def _finish(self, report: Any) -> None:
        self._end()
        sent = sum(report.pushed.values())
        received = sum(report.pulled.values())
        self._jobs.show_message(
            self.tr("Synced: {sent} changes sent, {received} received.").format(
                sent=sent, received=received
            )
        )
        self.show_last_synced()
        self.synced.emit(report)
        if report.conflicts:
            self._jobs.tell(
                QMessageBox.Icon.Information,
                self.tr("Sync conflicts"),
                self.tr(
                    "%n value(s) changed on both sides: the later change was kept, the other "
                    "is listed under View ▸ Sync conflicts.",
                    "",
                    report.conflicts,
                ),
            )

    def _fail(self, message: str, _error: object = None) -> None:
        self._end()
        self._jobs.tell(QMessageBox.Icon.Warning, self.tr("Sync stopped"), message)

    def _stopped(self) -> None:
        self._end()
        self._jobs.show_message(self.tr("Sync cancelled; nothing changed."))

    def show_last_synced(self) -> None:
        """The status-bar line: when this library last synced (hidden if never)."""
        try:
            when = sync_conflicts.last_synced(self._library)
        except (CasefileError, SQLAlchemyError):
            when = None
        if when is None:
            self.last_synced.hide()
            return
        self.last_synced.setText(self.tr("Last synced {when}").format(when=format_moment(when)))
        self.last_synced.show()

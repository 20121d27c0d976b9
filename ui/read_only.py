"""A library that cannot be written, and writes that fail while the window is open.

A read-only library (its folder cannot be written, or it was opened read-only beside another
window) shows "(read-only)" in the title and "Read-only" in the status bar; every action and
editor that would write is disabled, and the Review tab shows proposals without deciding
them. A write that fails mid-use (a full disk) is reported in a sentence: the core rolled its
transaction back whole, so nothing stored is lost.

It gets what it changes, not the window: the QMainWindow (title, status bar), the library, the
window's actions, the detail pane, the case tabs and the message sink.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
)

from casefile.library import Library
from ui.actions import WindowActions
from ui.messages import describe
from ui.views.case_tabs import CaseTabs
from ui.views.detail import DetailPane
from ui.views.review import ReviewPanel
from ui.window_jobs import WindowJobs

# PySide6 re-raises an exception from a Python override with this in front, e.g.
# "Error calling Python override of QUndoCommand::redo(): ".
_PYSIDE_PREFIX = re.compile(r"^Error calling Python override of \S*?\(\): ")


class ReadOnlyMode(QObject):
    """Keeps the window's offer in step with whether its library can be written."""

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        actions: WindowActions,
        detail: DetailPane,
        tabs: CaseTabs,
        jobs: WindowJobs,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._actions = actions
        self._detail = detail
        self._tabs = tabs
        self._jobs = jobs
        self.label = QLabel(self.tr("Read-only"), window)
        self.why = self.tr(
            "Nothing can be changed in this library here: its folder cannot be written, "
            "or another Casefile window has it open."
        )
        self.label.setToolTip(self.why)
        self.label.setStyleSheet("font-weight: bold")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        window.windowTitleChanged.connect(self._mark_title)
        if self.active:
            self.enter()

    @property
    def active(self) -> bool:
        return self._library.read_only

    def enter(self) -> None:
        """Show that the library cannot be changed, and offer nothing that would change it."""
        self.label.show()
        actions = self._actions
        for action in (actions.new_case, actions.import_bundle, actions.restore_backup):
            action.setEnabled(False)
        for form in self._detail.forms.values():
            form.accept_button.hide()
            form.reject_button.hide()
            for editor in form.editors.values():
                widgets = [editor.widget, *editor.widget.findChildren(QObject)]
                for widget in widgets:
                    if isinstance(widget, QLineEdit | QPlainTextEdit):
                        widget.setReadOnly(True)
                    elif isinstance(widget, QComboBox):
                        widget.setEnabled(False)
        if isinstance(self._tabs.review, ReviewPanel):
            self._tabs.review.refuse_decisions(self.why)
        self.update_actions()
        self._mark_title(self._window.windowTitle())

    def update_actions(self) -> None:
        """After the window enabled its actions: disable those that write, when read-only."""
        if not self.active:
            return
        actions = self._actions
        for action in (
            actions.rename_case,
            actions.archive_case,
            actions.import_files,
            actions.accept,
            actions.reject,
            actions.delete,
            actions.merge_events,
            actions.sync_team,
        ):
            action.setEnabled(False)

    def refuse(self) -> bool:
        """True, with a message, when the library is read-only (before adding anything)."""
        if self.active:
            self._jobs.show_message(self.tr("This library is read-only; nothing can be added."))
        return self.active

    def _mark_title(self, title: str) -> None:
        suffix = self.tr(" (read-only)")
        if self.active and not title.endswith(suffix):
            self._window.setWindowTitle(title + suffix)

    def report_write_failure(self, error: BaseException) -> None:
        """Say why an edit was not saved, and show the stored values again.

        The command that failed has already left the undo stack (``ui.commands``); the edits
        before it stay undoable.
        """
        message = _PYSIDE_PREFIX.sub("", describe(error))
        kind, item_id = self._detail.shown
        self._detail.show_item(kind, item_id)
        self._jobs.tell(QMessageBox.Icon.Warning, self.tr("Not saved"), message)

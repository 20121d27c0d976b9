"""A library that cannot be written, and writes that fail while the window is open.

A read-only library (its folder cannot be written, or it was opened read-only beside another
window) shows "(read-only)" in the title and "Read-only" in the status bar; every action and
editor that would write is disabled, and the Review tab shows proposals without deciding
them. A write that fails mid-use (a full disk) is reported in a sentence: the core rolled its
transaction back whole, so nothing stored is lost.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from ui.views.review import ReviewPanel
from ui.window_jobs import WindowJobs

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# PySide6 re-raises an exception from a Python override with this in front, e.g.
# "Error calling Python override of QUndoCommand::redo(): ".
_PYSIDE_PREFIX = re.compile(r"^Error calling Python override of \S*?\(\): ")


class ReadOnlyMode(QObject):
    """Keeps the window's offer in step with whether its library can be written."""

    def __init__(self, window: MainWindow, jobs: WindowJobs) -> None:
        super().__init__(window)
        self._window = window
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
        return self._window.library.read_only

    def enter(self) -> None:
        """Show that the library cannot be changed, and offer nothing that would change it."""
        window = self._window
        self.label.show()
        actions = window.menu_actions
        for action in (actions.new_case, actions.import_bundle, actions.restore_backup):
            action.setEnabled(False)
        for form in window.detail.forms.values():
            form.accept_button.hide()
            form.reject_button.hide()
            for editor in form.editors.values():
                widgets = [editor.widget, *editor.widget.findChildren(QObject)]
                for widget in widgets:
                    if isinstance(widget, QLineEdit | QPlainTextEdit):
                        widget.setReadOnly(True)
                    elif isinstance(widget, QComboBox):
                        widget.setEnabled(False)
        if isinstance(window.tabs.review, ReviewPanel):
            window.tabs.review.refuse_decisions(self.why)
        self.update_actions()
        self._mark_title(window.windowTitle())

    def update_actions(self) -> None:
        """After the window enabled its actions: disable those that write, when read-only."""
        if not self.active:
            return
        actions = self._window.menu_actions
        for action in (
            actions.rename_case,
            actions.archive_case,
            actions.import_files,
            actions.accept,
            actions.reject,
            actions.delete,
        ):
            action.setEnabled(False)

    def refuse(self) -> bool:
        """True, with a message, when the library is read-only (before adding anything)."""
        if self.active:
            self._window.show_message(self.tr("This library is read-only; nothing can be added."))
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
        message = _PYSIDE_PREFIX.sub("", str(error))
        kind, item_id = self._window.detail.shown
        self._window.detail.show_item(kind, item_id)
        self._jobs.tell(QMessageBox.Icon.Warning, self.tr("Not saved"), message)

"""Saved searches, under the case list: a click runs one in the toolbar's search field.

A saved search is kept in the library (``saved_search``), so the command line's
``casefile search --saved NAME`` runs the same ones. Saving, renaming and deleting are undoable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import CasefileError
from casefile.library import Library
from ui.changes import LibraryChanges
from ui.commands import DeleteSavedSearchCommand, RenameSavedSearchCommand, SaveSearchCommand
from ui.messages import describe

SEARCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUERY_ROLE = Qt.ItemDataRole.UserRole + 2


class SavedSearchesView(QWidget):
    """The library's saved searches by name; ``run_requested`` carries the query to run."""

    run_requested = Signal(str)
    message = Signal(str)  # why something was not done

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges,
        undo_stack: QUndoStack,
        refuse_writes: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._changes = changes
        self._undo_stack = undo_stack
        self._refuse_writes = refuse_writes
        self.header = QLabel(self.tr("Saved searches"), self)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("savedSearches")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.itemClicked.connect(self._run_item)
        self.list.itemActivated.connect(self._run_item)
        self.hint = QLabel(
            self.tr("Save a search with the star in the search field to keep it here."), self
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed, as a placeholder is
        self.run_action = QAction(self.tr("Run"), self.list)
        self.run_action.triggered.connect(lambda: self._run_item(self.list.currentItem()))
        self.rename_action = QAction(self.tr("Rename…"), self.list)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(self.tr("Delete"), self.list)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.list.addActions([self.run_action, self.rename_action, self.delete_action])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addStretch(0)
        changes.saved_searches_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the library's saved searches again, keeping the selected one."""
        current = self.list.currentItem()
        keep = current.data(SEARCH_ID_ROLE) if current is not None else None
        self.list.clear()
        try:
            saved = self._library.saved_searches()
        except CasefileError:  # a library closed for a restore: shown again when it reopens
            saved = []
        for entry in saved:
            item = QListWidgetItem(entry.name)  # plain text: Qt item text is never markup
            item.setData(SEARCH_ID_ROLE, entry.id)
            item.setData(QUERY_ROLE, entry.query)
            item.setToolTip(entry.query)
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(saved))
        self.hint.setVisible(not saved)

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def save(self, query: str) -> None:
        """Ask for a name, then keep ``query`` under it (the query itself is the default)."""
        query = query.strip()
        if not query or self._refuse_writes():
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save search"),
            self.tr("Name for “{query}”:").format(query=query),
            QLineEdit.EchoMode.Normal,
            query,
        )
        if ok:
            self.save_as(name, query)

    def save_as(self, name: str, query: str) -> None:
        if not name.strip():
            return
        try:
            self._undo_stack.push(SaveSearchCommand(self._library, self._changes, name, query))
        except CasefileError as exc:
            self.message.emit(describe(exc))

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is None or self._refuse_writes():
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename saved search"), self.tr("New name:"), text=item.text()
        )
        if ok and name.strip() and name.strip() != item.text():
            self.rename(int(item.data(SEARCH_ID_ROLE)), name)

    def rename(self, search_id: int, name: str) -> None:
        try:
            self._undo_stack.push(
                RenameSavedSearchCommand(self._library, self._changes, search_id, name)
            )
        except CasefileError as exc:
            self.message.emit(describe(exc))

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None or self._refuse_writes():
            return
        try:
            self._undo_stack.push(
                DeleteSavedSearchCommand(
                    self._library, self._changes, int(item.data(SEARCH_ID_ROLE))
                )
            )
        except CasefileError as exc:
            self.message.emit(describe(exc))

    def _run_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.run_requested.emit(str(item.data(QUERY_ROLE)))

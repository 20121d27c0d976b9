"""Saved searches, under the case list: a click runs one in the toolbar's search field.

A saved search is kept in the library (``saved_search``), so the command line's
``casefile search --saved NAME`` runs the same ones. Saving, renaming and deleting are undoable.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import CasefileError
from casefile.library import Library
from casefile.models import SavedSearch
from ui.changes import LibraryChanges
from ui.commands import DeleteSavedSearchCommand, RenameSavedSearchCommand, SaveSearchCommand
from ui.messages import describe

SEARCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUERY_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class SavedSearchesModel(QAbstractListModel):
    """The library's saved searches by name; :meth:`refresh` tells the view precisely what
    changed (a row added, gone, renamed or moved), so its selection stays put."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[SavedSearch] = []
        self.refresh()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        saved = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return saved.name  # drawn as plain text by the item view
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like HTML is drawn as HTML: the query is user text.
            return html.escape(saved.query, quote=False)
        if role == SEARCH_ID_ROLE:
            return saved.id
        if role == QUERY_ROLE:
            return saved.query
        return None

    def refresh(self) -> None:
        """Read the saved searches again and tell the views each difference."""
        try:
            fresh = self._library.saved_searches()
        except CasefileError:  # a library closed for a restore: read again when it reopens
            return
        wanted = {saved.id for saved in fresh}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, saved in enumerate(fresh):
            ids = [kept.id for kept in self._rows]
            if row < len(self._rows) and ids[row] == saved.id:
                pass
            elif saved.id in ids:
                old = ids.index(saved.id)
                self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), row)
                self._rows.insert(row, self._rows.pop(old))
                self.endMoveRows()
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, saved)
                self.endInsertRows()
                continue
            kept = self._rows[row]
            if (kept.name, kept.query) != (saved.name, saved.query):
                self._rows[row] = saved
                self.dataChanged.emit(self.index(row), self.index(row))

    def names(self) -> list[str]:
        return [saved.name for saved in self._rows]


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
        self.model = SavedSearchesModel(library, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setObjectName("savedSearches")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # A click runs a search, and so does Return; a double-click (or a platform where
        # one click also activates) would run it twice: a second run of the same search
        # within a double-click's time is the same request.
        self._last_run: tuple[int, float] = (0, 0.0)
        self.list.clicked.connect(self._run_index)
        self.list.activated.connect(self._run_index)
        self.hint = QLabel(
            self.tr("Save a search with the star in the search field to keep it here."), self
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed, as a placeholder is
        self.run_action = QAction(self.tr("Run"), self.list)
        self.run_action.triggered.connect(lambda: self._run_index(self.list.currentIndex(), True))
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
        # Room for the heading and three lines of the hint or the list, however the
        # splitter above is dragged (a word-wrapped label cannot ask for its own height).
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        changes.saved_searches_changed.connect(self.refresh)
        self.model.modelReset.connect(self._show_hint)
        self.model.rowsInserted.connect(self._show_hint)
        self.model.rowsRemoved.connect(self._show_hint)
        self._show_hint()

    def refresh(self) -> None:
        """Show the library's saved searches again (the selected one stays selected)."""
        self.model.refresh()
        self._show_hint()

    def _show_hint(self) -> None:
        saved = self.model.rowCount() > 0
        self.list.setVisible(saved)
        self.hint.setVisible(not saved)

    def names(self) -> list[str]:
        """The saved searches' names, in the order shown."""
        return self.model.names()

    def save(self, query: str) -> None:
        """Ask for a name, then keep ``query`` under it (the query itself is the default)."""
        query = query.strip()
        if not query or self._refuse_writes():
            return
        # The query is the name's default; it stays out of the label, which Qt would draw
        # as HTML if it looked like HTML.
        name, ok = QInputDialog.getText(
            self, self.tr("Save search"), self.tr("Name:"), QLineEdit.EchoMode.Normal, query
        )
        if ok:
            self.save_as(name, query)

    def save_as(self, name: str, query: str) -> None:
        """Keep ``query`` under ``name`` (undoable); a reason is said if it cannot be."""
        if not name.strip():
            return
        try:
            self._undo_stack.push(SaveSearchCommand(self._library, self._changes, name, query))
        except CasefileError as exc:
            self.message.emit(describe(exc))

    def rename_current(self) -> None:
        """Ask for the selected saved search's new name, then give it (undoable)."""
        index = self.list.currentIndex()
        if not index.isValid() or self._refuse_writes():
            return
        old = str(index.data())
        name, ok = QInputDialog.getText(
            self, self.tr("Rename saved search"), self.tr("New name:"), text=old
        )
        if ok and name.strip() and name.strip() != old:
            self.rename(int(index.data(SEARCH_ID_ROLE)), name)

    def rename(self, search_id: int, name: str) -> None:
        """Give the saved search ``search_id`` another name (undoable)."""
        try:
            self._undo_stack.push(
                RenameSavedSearchCommand(self._library, self._changes, search_id, name)
            )
        except CasefileError as exc:
            self.message.emit(describe(exc))

    def delete_current(self) -> None:
        """Forget the selected saved search (undoable)."""
        index = self.list.currentIndex()
        if not index.isValid() or self._refuse_writes():
            return
        try:
            self._undo_stack.push(
                DeleteSavedSearchCommand(
                    self._library, self._changes, int(index.data(SEARCH_ID_ROLE))
                )
            )
        except CasefileError as exc:
            self.message.emit(describe(exc))

    def _run_index(self, index: QModelIndex, again: bool = False) -> None:
        if not index.isValid():
            return
        search_id, now = int(index.data(SEARCH_ID_ROLE)), time.monotonic()
        last_id, last_time = self._last_run
        double = now - last_time < QApplication.doubleClickInterval() / 1000
        if not again and search_id == last_id and double:
            return
        self._last_run = (search_id, now)
        self.run_requested.emit(str(index.data(QUERY_ROLE)))

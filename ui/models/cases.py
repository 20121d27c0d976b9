"""The case list: every case with its counts; archived cases greyed, hidden unless asked for."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from casefile.errors import NotFoundError
from casefile.library import Library
from casefile.models import Case
from ui.changes import LibraryChanges

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 3  # "3 sources · 120 events · 12 quotes"

AnyIndex = QModelIndex | QPersistentModelIndex
ARCHIVED_FOREGROUND = QColor("#8a8a8a")


@dataclass
class CaseRow:
    id: int
    title: str
    archived: bool
    counts: dict[str, int] = field(default_factory=dict)


def count_text(kind: str, number: int) -> str:
    """ "1 event", "12 events": English and Spanish both use the singular for one only."""
    forms = {
        "source": (
            QCoreApplication.translate("Counts", "1 source"),
            QCoreApplication.translate("Counts", "{n} sources"),
        ),
        "event": (
            QCoreApplication.translate("Counts", "1 event"),
            QCoreApplication.translate("Counts", "{n} events"),
        ),
        "quote": (
            QCoreApplication.translate("Counts", "1 quote"),
            QCoreApplication.translate("Counts", "{n} quotes"),
        ),
        "caption": (
            QCoreApplication.translate("Counts", "1 caption"),
            QCoreApplication.translate("Counts", "{n} captions"),
        ),
        "actor": (
            QCoreApplication.translate("Counts", "1 actor"),
            QCoreApplication.translate("Counts", "{n} actors"),
        ),
    }
    one, many = forms[kind]
    return one if number == 1 else many.format(n=QLocale().toString(number))


def counts_text(counts: dict[str, int]) -> str:
    """The counts line under a case's title, e.g. "3 sources · 120 events"."""
    parts = [count_text("source", counts.get("source", 0))]
    parts += [
        count_text(kind, counts[kind])
        for kind in ("event", "quote", "caption", "actor")
        if counts.get(kind)
    ]
    return " · ".join(parts)


class CaseListModel(QAbstractListModel):
    """Every case in the library, archived ones included (the proxy hides them)."""

    def __init__(
        self, library: Library, changes: LibraryChanges, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[CaseRow] = []
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(150)
        self._counts_timer.timeout.connect(self.refresh_counts)
        changes.case_changed.connect(self.refresh_case)
        changes.item_added.connect(self._schedule_counts)
        changes.item_removed.connect(self._schedule_counts)
        changes.sources_changed.connect(self._schedule_counts)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        counts = self._library.case_counts()
        self._rows = [
            CaseRow(case.id, case.title, case.archived, counts.get(case.id, {}))
            for case in self._library.cases()
            if case.id is not None
        ]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{counts_text(row.counts)}"
        if role == CASE_ID_ROLE:
            return row.id
        if role == ARCHIVED_ROLE:
            return row.archived
        if role == COUNTS_ROLE:
            text = counts_text(row.counts)
            if row.archived:
                text = QCoreApplication.translate("CaseListModel", "archived") + " · " + text
            return text
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return ARCHIVED_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, case_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == case_id:
                return position
        return None

    def case_row(self, case_id: int) -> CaseRow | None:
        position = self.row_of(case_id)
        return None if position is None else self._rows[position]

    def add_case(self, case: Case) -> None:
        """Show a case just created."""
        assert case.id is not None
        if self.row_of(case.id) is not None:
            return
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(CaseRow(case.id, case.title, case.archived, {}))
        self.endInsertRows()

    def refresh_case(self, case_id: int) -> None:
        """Re-read one case's title, archived flag and counts after it changed."""
        position = self.row_of(case_id)
        try:
            case = self._library.case(case_id)
        except NotFoundError:  # the case is gone
            if position is not None:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self.endRemoveRows()
            return
        if position is None:
            self.add_case(case)
            return
        row = self._rows[position]
        row.title, row.archived = case.title, case.archived
        self.dataChanged.emit(self.index(position), self.index(position))

    def _schedule_counts(self, *_args: Any) -> None:
        self._counts_timer.start()

    def refresh_counts(self) -> None:
        """Re-count every case's items (one GROUP BY per kind) and repaint changed rows."""
        counts = self._library.case_counts()
        for position, row in enumerate(self._rows):
            fresh = counts.get(row.id, {})
            if fresh != row.counts:
                row.counts = fresh
                self.dataChanged.emit(self.index(position), self.index(position))


class CaseFilterProxyModel(QSortFilterProxyModel):
    """Cases by title, filtered by the text typed above the list; archived ones on request."""

    def __init__(self, source: CaseListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self._show_archived = False
        self.sort(0)

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if not self._show_archived and index.data(ARCHIVED_ROLE):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def row_of(self, case_id: int) -> int | None:
        source = self.sourceModel()
        assert isinstance(source, CaseListModel)
        position = source.row_of(case_id)
        if position is None:
            return None
        mapped = self.mapFromSource(source.index(position))
        return mapped.row() if mapped.isValid() else None

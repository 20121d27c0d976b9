"""The shared table model: one case's items of one kind, as lightweight tuples.

Rows come from one Core ``select`` of the columns the table shows (no ORM objects), so a case
of 100,000 events loads in a few tenths of a second and costs a few tens of MB. Text is
formatted only when a visible cell asks for it. After a load the model follows
:class:`~ui.changes.LibraryChanges` row by row: an edit re-reads one row and emits
``dataChanged``; an addition or removal inserts or removes that row. Only a new import (which
adds many items at once) reloads the whole table.

Sorting happens here, in Python on the tuples (:meth:`sort`); :class:`ItemProxyModel` forwards
the view's sort requests to it and only filters, so that sorting 100,000 rows does not cost
millions of ``data()`` calls from C++.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from sqlalchemy import Select
from sqlalchemy.engine import Engine

from casefile.domain import Review
from casefile.library import Library
from ui.changes import LibraryChanges

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4

Row = tuple[Any, ...]
AnyIndex = QModelIndex | QPersistentModelIndex

PROPOSED_BACKGROUND = QColor("#fff3cd")
REJECTED_FOREGROUND = QColor("#8a8a8a")


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, what a cell shows, and how the column sorts."""

    header: str  # the English header, marked with QT_TRANSLATE_NOOP(<model class name>, …)
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any]
    width: int = 120


def text_at(position: int) -> Callable[[Row], str]:
    """A cell showing field ``position`` of the row as plain text, on one line."""

    def display(row: Row) -> str:
        value = row[position]
        return "" if value is None else str(value).replace("\n", " ")

    return display


def sortable(position: int) -> Callable[[Row], Any]:
    """A sort key for field ``position`` that puts empty values last and ignores case."""

    def key(row: Row) -> Any:
        value = row[position]
        if value is None or value == "":
            return (1, "")
        if isinstance(value, str):
            return (0, value.casefold())
        return (0, value)

    return key


def fetch_tuples(engine: Engine, statement: Select[Any]) -> list[Row]:
    """Run a Core select straight through the driver and keep its plain tuples.

    SQLAlchemy's result rows cost ~40% more time than the driver's own tuples on 100,000
    events. The price: values come as the driver gives them (SQLite dates as ISO strings),
    which :func:`ui.formatting.as_date` accepts.
    """
    compiled = statement.compile(dialect=engine.dialect)
    parameters: Any = compiled.params
    if compiled.positiontup is not None:
        parameters = tuple(compiled.params[name] for name in compiled.positiontup)
    with engine.connect() as connection:
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(str(compiled), parameters)
            return list(cursor.fetchall())
        finally:
            cursor.close()


class ItemTableModel(QAbstractTableModel):
    """One case's items of :attr:`kind`; subclasses say which columns and how they read."""

    kind: ClassVar[str]
    table: ClassVar[Any]  # the SQLModel table, e.g. Event
    columns: ClassVar[Sequence[Column]]
    default_sort_column: ClassVar[int] = -1  # none: rows stay in the order the statement gives
    has_review: ClassVar[bool] = True
    # True when statement() already returns rows in the order of the first column's sort key
    # (a timeline comes out of SQLite by date): loading then skips a redundant Python sort.
    presorted: ClassVar[bool] = False

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[Row] = []
        self._case_id: int | None = None
        self._show_rejected = False
        self._sort_column = self.default_sort_column
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._row_of_id: dict[int, int] | None = None
        self._filter_texts: dict[int, str] = {}  # item id -> its cells, casefolded, once asked
        if changes is not None:
            changes.item_changed.connect(self.refresh_item)
            changes.item_added.connect(self.add_item)
            changes.item_removed.connect(self.remove_item)
            changes.sources_changed.connect(self.reload_case)

    # What subclasses provide

    def statement(self, case_id: int) -> Select[Any]:
        """The select of this kind's rows for ``case_id``; the first column is the item id."""
        raise NotImplementedError

    def row_font(self, row: Row) -> QFont | None:
        """A font for the whole row (e.g. italic for planned events), or None."""
        return None

    def review_of(self, row: Row) -> str:
        """The row's review state ("accepted" for kinds without review)."""
        return Review.ACCEPTED.value

    # Loading

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        """Show ``case_id``'s items (None: nothing)."""
        self.beginResetModel()
        self._case_id = case_id
        self._rows = self._fetch() if case_id is not None else []
        self._filter_texts = {}
        default_order = (self._sort_column, self._sort_order) == (0, Qt.SortOrder.AscendingOrder)
        if not (self.presorted and default_order):
            self._sort_rows()
        self._row_of_id = None
        self.endResetModel()

    def set_show_rejected(self, show: bool) -> None:
        """Include rejected proposals (greyed) or leave them out; reloads the table."""
        if show != self._show_rejected:
            self._show_rejected = show
            self.set_case(self._case_id)

    def reload_case(self, case_id: int) -> None:
        """Reload after a bulk change (an import) to ``case_id``."""
        if case_id == self._case_id:
            self.set_case(case_id)

    def _filtered(self, statement: Select[Any]) -> Select[Any]:
        if self.has_review and not self._show_rejected:
            statement = statement.where(self.table.review != Review.REJECTED.value)
        return statement

    def _fetch(self, item_id: int | None = None) -> list[Row]:
        assert self._case_id is not None
        statement = self._filtered(self.statement(self._case_id))
        if item_id is not None:
            statement = statement.where(self.table.id == item_id)
        return fetch_tuples(self._library.engine, statement)

    # Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.columns[section].header)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.columns[index.column()].display(row)
            return text if len(text) > 40 else None
        if role == ITEM_ID_ROLE:
            return row[0]
        if role == KIND_ROLE:
            return self.kind
        if role == REVIEW_ROLE:
            return self.review_of(row)
        if role == FILTER_ROLE:
            text = self._filter_texts.get(row[0])
            if text is None:
                text = " ".join(column.display(row) for column in self.columns).casefold()
                self._filter_texts[row[0]] = text
            return text
        if role == Qt.ItemDataRole.FontRole:
            return self.row_font(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return PROPOSED_BACKGROUND if self.review_of(row) == Review.PROPOSED else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return REJECTED_FOREGROUND if self.review_of(row) == Review.REJECTED else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [row[0] for row in self._rows]
        persistent = self.persistentIndexList()
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self._row_of_id = None
        new_rows = self._id_rows()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_rows[old_ids[index.row()]], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if 0 <= self._sort_column < len(self.columns):
            key = self.columns[self._sort_column].sort_key
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            self._rows.sort(key=key, reverse=descending)

    # Looking rows up

    def _id_rows(self) -> dict[int, int]:
        if self._row_of_id is None:
            self._row_of_id = {row[0]: position for position, row in enumerate(self._rows)}
        return self._row_of_id

    def row_of(self, item_id: int) -> int | None:
        """The row showing item ``item_id``, or None."""
        return self._id_rows().get(item_id)

    def item_id(self, row: int) -> int:
        return int(self._rows[row][0])

    def review_counts(self) -> dict[str, int]:
        """How many rows are proposed, accepted, rejected."""
        counts: dict[str, int] = {}
        for row in self._rows:
            review = self.review_of(row)
            counts[review] = counts.get(review, 0) + 1
        return counts

    # Following the library, row by row

    def refresh_item(self, kind: str, item_id: int) -> None:
        """Re-read one edited item; it may leave the table (rejected) or join it (reopened)."""
        if kind != self.kind or self._case_id is None:
            return
        position = self.row_of(item_id)
        fresh = self._fetch(item_id)
        if position is None:
            if fresh:
                self._insert_row(fresh[0])
            return
        if not fresh:
            self._remove_row(position)
            return
        self._rows[position] = fresh[0]
        self._filter_texts.pop(item_id, None)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))

    def add_item(self, kind: str, item_id: int) -> None:
        """Show an item just added (typed by hand, or put back by undo) if it is this case's."""
        if kind != self.kind or self._case_id is None or self.row_of(item_id) is not None:
            return
        fresh = self._fetch(item_id)
        if fresh:
            self._insert_row(fresh[0])

    def remove_item(self, kind: str, item_id: int) -> None:
        if kind != self.kind:
            return
        position = self.row_of(item_id)
        if position is not None:
            self._remove_row(position)

    def _insert_row(self, row: Row) -> None:
        position = self._insert_position(row)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._row_of_id = None
        self.endInsertRows()

    def _insert_position(self, row: Row) -> int:
        if not 0 <= self._sort_column < len(self.columns):
            return len(self._rows)
        key = self.columns[self._sort_column].sort_key
        if self._sort_order == Qt.SortOrder.AscendingOrder:
            return bisect.bisect_right(self._rows, key(row), key=key)
        wanted = key(row)
        for position, other in enumerate(self._rows):
            if key(other) < wanted:
                return position
        return len(self._rows)

    def _remove_row(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._row_of_id = None
        self.endRemoveRows()


class ItemProxyModel(QSortFilterProxyModel):
    """Filters rows by the text typed above a table; sorting is the source model's."""

    def __init__(self, source: ItemTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        assert isinstance(source, ItemTableModel)
        source.sort(column, order)

    def item_model(self) -> ItemTableModel:
        source = self.sourceModel()
        assert isinstance(source, ItemTableModel)
        return source

    def row_of(self, item_id: int) -> int | None:
        """The proxy row showing ``item_id``, or None when absent or filtered out."""
        source_row = self.item_model().row_of(item_id)
        if source_row is None:
            return None
        mapped = self.mapFromSource(self.item_model().index(source_row, 0))
        return mapped.row() if mapped.isValid() else None

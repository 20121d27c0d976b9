"""The shared table model: one case's items of one kind, as lightweight tuples.

Rows come from a typed :class:`~casefile.library.Library` method (``library.event_rows`` and
its siblings in :mod:`casefile.queries`) as the driver's own tuples, no ORM objects, and text
is formatted only when a visible cell asks for it. A kind whose rows come out of the library
already in the first column's order (:attr:`ItemTableModel.presorted`: the timeline, by date)
is read a page at a time as the view scrolls down to it (``canFetchMore``/``fetchMore``, the
pages found by their last date and id), so a case of 100,000 events paints after reading its
first page. What needs every row reads the rest first, in one query: sorting by any other
order, the filter field, finding an item not read yet.

After a load the model follows :class:`~ui.changes.LibraryChanges` row by row: an edit re-reads
one row and emits ``dataChanged``; an addition or removal inserts or removes that row (one that
falls after the rows read so far is left to the page that will bring it). Only a new import
(which adds many items at once) reloads the whole table.

Sorting happens here, in Python on the tuples (:meth:`sort`); :class:`ItemProxyModel` forwards
the view's sort requests to it and only filters, so that sorting 100,000 rows does not cost
millions of ``data()`` calls from C++.
"""

from __future__ import annotations

import bisect
import html
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

from casefile.domain import Review
from casefile.library import Library
from ui.changes import LibraryChanges

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4

Row = tuple[Any, ...]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_ROWS = 1000  # rows a page of a presorted table reads: a few ms, many screens of rows
PROPOSED_BACKGROUND = QColor("#fff3cd")
REJECTED_FOREGROUND = QColor("#8a8a8a")


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, what a cell shows, and how the column sorts."""

    header: str  # the English header, marked with QT_TRANSLATE_NOOP(<model class name>, …)
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any]
    width: int = 120
    # Free text (a place, a speaker, an outlet) that may be cut to its header's width when the
    # table is narrow; a date, a count or a state is always shown whole.
    squeeze: bool = False
    least: int = 0  # never narrower than this (a day such as "29 Sep 2026" shown whole)


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


class ItemTableModel(QAbstractTableModel):
    """One case's items of :attr:`kind`; subclasses say which columns and how rows are read."""

    kind: ClassVar[str]
    columns: ClassVar[Sequence[Column]]
    default_sort_column: ClassVar[int] = -1  # none: rows stay in the order the library gives
    has_review: ClassVar[bool] = True
    icon_size: ClassVar[int] = 0  # pixels of a picture beside a row's first cell; 0: none
    # True when read_rows() gives rows in the order of the first column's sort key and
    # read_page() reads them in pages (a timeline comes out of SQLite by date): in that order
    # the table skips a redundant Python sort and reads rows as the view shows them.
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
        self._last_read: Row | None = None  # the last row of the last page read
        self._more = False  # whether pages may remain unread
        self._read_all = False  # read every row, not pages (while a filter is set)
        if changes is not None:
            changes.item_changed.connect(self.refresh_item)
            changes.item_added.connect(self.add_item)
            changes.item_removed.connect(self.remove_item)
            changes.sources_changed.connect(self.reload_case)

    # What subclasses provide

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        """This kind's rows of ``case_id`` from the library, each starting with the item's id;
        ``item_id``'s row only when given (none if it is not shown)."""
        raise NotImplementedError

    def read_page(
        self, case_id: int, *, include_rejected: bool, after: Row | None, limit: int | None
    ) -> Sequence[Row]:
        """Of a :attr:`presorted` kind: at most ``limit`` (None: all) of the rows that follow
        ``after`` (None: from the first) in the first column's order."""
        raise NotImplementedError

    def row_font(self, row: Row) -> QFont | None:
        """A font for the whole row (e.g. italic for planned events), or None."""
        return None

    def review_of(self, row: Row) -> str:
        """The row's review state ("accepted" for kinds without review)."""
        return Review.ACCEPTED.value

    def decoration(self, row: Row, column: int) -> Any:
        """A picture beside the cell's text (a caption's thumbnail), or None."""
        return None

    # Loading

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        """Show ``case_id``'s items (None: nothing): its first page, or all when sorted."""
        self.beginResetModel()
        self._case_id = case_id
        self._rows, self._last_read, self._more = [], None, False
        if case_id is not None and self._paged():
            self._rows = self._read_page(PAGE_ROWS)
        elif case_id is not None:
            self._rows = self._fetch()
            if not (self.presorted and self._default_order()):
                self._sort_rows()
        self._filter_texts = {}
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

    def set_read_all(self, read_all: bool) -> None:
        """Read every row now and on each load (True, while a filter is set), or pages."""
        self._read_all = read_all
        if read_all:
            self.fetch_all()

    def _default_order(self) -> bool:
        return (self._sort_column, self._sort_order) == (0, Qt.SortOrder.AscendingOrder)

    def _paged(self) -> bool:
        """Whether rows are read a page at a time: a presorted kind, in the library's order."""
        return self.presorted and self._default_order() and not self._read_all

    def _fetch(self, item_id: int | None = None) -> list[Row]:
        assert self._case_id is not None
        return list(
            self.read_rows(self._case_id, include_rejected=self._show_rejected, item_id=item_id)
        )

    def _read_page(self, limit: int | None) -> list[Row]:
        """The next page (``limit`` None: every row left), less the rows shown already."""
        assert self._case_id is not None
        page = self.read_page(
            self._case_id,
            include_rejected=self._show_rejected,
            after=self._last_read,
            limit=limit,
        )
        self._more = limit is not None and len(page) == limit
        if page:
            self._last_read = page[-1]
        # An item edited or added after it was shown may come again: it keeps its row.
        shown = self._id_rows() if self._rows else {}
        return [row for row in page if row[0] not in shown]

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the next page of rows, as the view scrolls down to the last row read."""
        if self.canFetchMore(parent):
            self._append_rows(self._read_page(PAGE_ROWS))

    def fetch_all(self) -> None:
        """Read every row not read yet, in one query (before sorting or filtering them all)."""
        if self._more:
            self._append_rows(self._read_page(None))

    def _append_rows(self, rows: list[Row]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        if self._row_of_id is not None:
            self._row_of_id.update((row[0], first + n) for n, row in enumerate(rows))
        self.endInsertRows()

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
            # Qt guesses whether a tooltip is rich text from its tags: the analyst's text (a
            # photo's caption from anyone) is escaped inside markup of ours, so it shows as is.
            return f"<p>{html.escape(text)}</p>" if len(text) > 40 else None
        if role == ITEM_ID_ROLE:
            return row[0]
        if role == KIND_ROLE:
            return self.kind
        if role == REVIEW_ROLE:
            return self.review_of(row)
        if role == FILTER_ROLE:
            cells = self._filter_texts.get(row[0])
            if cells is None:
                cells = " ".join(column.display(row) for column in self.columns).casefold()
                self._filter_texts[row[0]] = cells
            return cells
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, index.column())
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
        self.fetch_all()
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
        """The row showing item ``item_id``, or None; reads the rest of the rows if need be."""
        position = self._id_rows().get(item_id)
        if position is None and self._more:
            self.fetch_all()
            position = self._id_rows().get(item_id)
        return position

    def item_id(self, row: int) -> int:
        return int(self._rows[row][0])

    # Following the library, row by row

    def refresh_item(self, kind: str, item_id: int) -> None:
        """Re-read one edited item; it may leave the table (rejected) or join it (reopened)."""
        if kind != self.kind or self._case_id is None:
            return
        position = self._id_rows().get(item_id)
        fresh = self._fetch(item_id)
        if position is None:
            if fresh and self._is_read(fresh[0]):
                self._insert_row(fresh[0])
            return
        if not fresh:
            self._remove_row(position)
            return
        self._rows[position] = fresh[0]
        self._filter_texts.pop(item_id, None)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))
        self._keep_sorted(position)

    def _keep_sorted(self, position: int) -> None:
        """Move an edited row to where the table's order puts it now (an event whose date
        changed goes to its new day), or let it go when that place is on a page not read."""
        row = self._rows[position]
        if not self._is_read(row):
            self._remove_row(position)
            return
        if not 0 <= self._sort_column < len(self.columns):
            return
        rest = self._rows[:position] + self._rows[position + 1 :]
        if self._in_order(rest, position, row):
            return
        target = self._insert_position(row, rest)
        # Qt's destination counts rows before the move: one past the target when moving down.
        destination = target if target < position else target + 1
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        del self._rows[position]
        self._rows.insert(target, row)
        self._row_of_id = None
        self.endMoveRows()

    def _in_order(self, rows: list[Row], position: int, row: Row) -> bool:
        """Whether ``row`` put at ``position`` of ``rows`` keeps the table's order."""
        key = self.columns[self._sort_column].sort_key
        ascending = self._sort_order == Qt.SortOrder.AscendingOrder
        before = rows[position - 1] if position > 0 else None
        after = rows[position] if position < len(rows) else None
        wanted = key(row)
        if before is not None and (key(before) > wanted if ascending else key(before) < wanted):
            return False
        return after is None or (wanted <= key(after) if ascending else wanted >= key(after))

    def add_item(self, kind: str, item_id: int) -> None:
        """Show an item just added (typed by hand, or put back by undo) if it is this case's."""
        if kind != self.kind or self._case_id is None or item_id in self._id_rows():
            return
        fresh = self._fetch(item_id)
        if fresh and self._is_read(fresh[0]):
            self._insert_row(fresh[0])

    def remove_item(self, kind: str, item_id: int) -> None:
        if kind != self.kind:
            return
        position = self._id_rows().get(item_id)
        if position is not None:
            self._remove_row(position)

    def _is_read(self, row: Row) -> bool:
        """Whether ``row`` falls among the rows read so far (else a later page brings it)."""
        if not self._more or self._last_read is None:
            return True
        key = self.columns[0].sort_key
        return bool(key(row) <= key(self._last_read))

    def _insert_row(self, row: Row) -> None:
        position = self._insert_position(row)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._row_of_id = None
        self.endInsertRows()

    def _insert_position(self, row: Row, rows: list[Row] | None = None) -> int:
        """Where ``row`` goes among ``rows`` (the table's) in the table's order."""
        rows = self._rows if rows is None else rows
        if not 0 <= self._sort_column < len(self.columns):
            return len(rows)
        key = self.columns[self._sort_column].sort_key
        if self._sort_order == Qt.SortOrder.AscendingOrder:
            return bisect.bisect_right(rows, key(row), key=key)
        wanted = key(row)
        for position, other in enumerate(rows):
            if key(other) < wanted:
                return position
        return len(rows)

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

    def setFilterFixedString(self, pattern: str) -> None:
        """Show only the rows containing ``pattern`` (every row when it is empty).

        A filter looks through every row, not only the pages read: while one is set, the
        source reads its case whole.
        """
        self.item_model().set_read_all(bool(pattern))
        super().setFilterFixedString(pattern)

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

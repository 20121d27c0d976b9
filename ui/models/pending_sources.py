"""The sources of a case that hold proposals, each with how many still await review.

The list shows one line a source, so a long title is elided there; its tooltip carries the full
title, the outlet and the date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from casefile.library import Library
from ui.models.items import AnyIndex
from ui.models.proposals import pending_counts


@dataclass
class SourceRow:
    """A listed source: its label, where and when it appeared, and how many proposals wait."""

    id: int
    title: str
    pending: int
    origin: str = ""  # "outlet · YYYY-MM-DD", either part left out when unknown


class PendingSourcesModel(QAbstractListModel):
    """The case's sources that hold proposals, each with how many are pending.

    A source stays listed once it reaches zero, so the list does not jump under the analyst;
    it drops out at the next :meth:`load`.
    """

    SourceIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[SourceRow] = []

    def load(self, case_id: int | None) -> None:
        counts = pending_counts(self._library, case_id) if case_id is not None else {}
        rows: list[SourceRow] = []
        if case_id is not None and counts:
            for source in self._library.source_summaries(case_id, counts):
                label = source.title or source.original_name or source.url
                day = source.published.isoformat() if source.published else ""
                origin = " · ".join(part for part in (source.outlet, day) if part)
                label = label or self.tr("Untitled source")
                rows.append(SourceRow(source.id, label, counts[source.id], origin))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def update_counts(self, counts: dict[int, int]) -> bool:
        """Apply fresh counts in place; False when a source is missing (reload then)."""
        listed = {row.id for row in self._rows}
        if any(source_id not in listed for source_id, count in counts.items() if count):
            return False
        for number, row in enumerate(self._rows):
            pending = counts.get(row.id, 0)
            if pending != row.pending:
                row.pending = pending
                index = self.index(number)
                self.dataChanged.emit(index, index)
        return True

    def source_id(self, number: int) -> int:
        return self._rows[number].id

    def row_of(self, source_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == source_id), None)

    def total_pending(self) -> int:
        return sum(row.pending for row in self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title} ({row.pending})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.pending == 0:
            return QColor(130, 130, 130)
        if role == self.SourceIdRole:
            return row.id
        return None

    def _tooltip(self, row: SourceRow) -> str:
        """The count, then the full title and where it is from, one a line.

        The count comes first on purpose: Qt guesses rich text from a tooltip's first line only,
        so a title holding "<b>" is still shown as typed.
        """
        lines = [self.tr("Proposals pending: %d") % row.pending, row.title]
        return "\n".join([*lines, row.origin] if row.origin else lines)

"""A case's actors: people, organisations and places."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QObject, QTimer

from casefile.library import Library
from ui.changes import LibraryChanges
from ui.formatting import actor_kind_name, review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at
from ui.translatable import QT_TRANSLATE_NOOP

# Positions in a row tuple: the fields of casefile.queries.ActorRow.
ID, NAME, KIND, ROLE, COUNTRY, ALIASES, REVIEW, QUOTES = range(8)


def _said(row: Row) -> str:
    return str(row[QUOTES]) if row[QUOTES] else ""


class ActorTableModel(ItemTableModel):
    kind = "actor"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Name"), text_at(NAME), sortable(NAME), width=220
        ),
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Kind"),
            lambda row: actor_kind_name(row[KIND]),
            sortable(KIND),
            width=110,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Role"),
            text_at(ROLE),
            sortable(ROLE),
            width=200,
            squeeze=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Country"),
            text_at(COUNTRY),
            sortable(COUNTRY),
            width=80,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Also known as"),
            text_at(ALIASES),
            sortable(ALIASES),
            width=200,
            squeeze=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Quotes"),
            _said,
            lambda row: -row[QUOTES],  # who is quoted most, first
            width=70,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=90,
        ),
    )
    QUOTES_COLUMN: ClassVar[int] = 5

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(library, changes, parent)
        self._recount_due = False
        if changes is not None:
            # a quote accepted, rejected, deleted or linked changes who is quoted how often
            changes.item_changed.connect(self._quotes_moved)
            changes.item_added.connect(self._quotes_moved)
            changes.item_removed.connect(self._quotes_moved)

    def _quotes_moved(self, kind: str, _item_id: int) -> None:
        if kind != "quote" or self._case_id is None or not self._rows or self._recount_due:
            return
        # many quotes reviewed at once ("accept all") are counted once, when control returns
        self._recount_due = True
        QTimer.singleShot(0, self._recount)

    def _recount(self) -> None:
        self._recount_due = False
        if self._case_id is None or not self._rows:
            return
        counts = self._library.quotes_by_actor(self._case_id)
        for position, row in enumerate(self._rows):
            said = counts.get(row[ID], 0)
            if said != row[QUOTES]:
                self._rows[position] = (*row[:QUOTES], said)
                cell = self.index(position, self.QUOTES_COLUMN)
                self.dataChanged.emit(cell, cell)

    default_sort_column: ClassVar[int] = 0  # the library already orders by this column

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        return self._library.actor_rows(case_id, include_rejected=include_rejected, item_id=item_id)

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

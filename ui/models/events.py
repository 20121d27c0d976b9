"""The timeline: a case's events by date, each date written only as precisely as its source."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtGui import QFont

from casefile.domain import EventStatus
from ui.formatting import (
    category_name,
    corroboration_text,
    format_span,
    review_name,
    status_name,
)
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at
from ui.translatable import QT_TRANSLATE_NOOP

# Positions in a row tuple: the fields of casefile.queries.EventRow.
(
    ID, DATE, PRECISION, END_DATE, TITLE, PLACE, STATUS, REVIEW, SOURCE, CATEGORY,
    CORROBORATION, DAYS, SAME_AS,
) = range(13)  # fmt: skip


class EventTableModel(ItemTableModel):
    """Events of one case, sorted by date; planned events in italics."""

    kind = "event"
    presorted = True  # by (date, id), as the date column sorts
    columns = (
        Column(
            QT_TRANSLATE_NOOP("EventTableModel", "Date"),
            lambda row: format_span(row[DATE], row[END_DATE], row[PRECISION]),
            lambda row: (row[DATE], row[ID]),
            width=105,
            least=95,
        ),
        Column(
            QT_TRANSLATE_NOOP("EventTableModel", "Event"),
            text_at(TITLE),
            sortable(TITLE),
            width=420,
        ),
        Column(
            QT_TRANSLATE_NOOP("EventTableModel", "Kind"),
            lambda row: category_name(row[CATEGORY]) if row[CATEGORY] else "",
            sortable(CATEGORY),
            width=85,
        ),
        Column(
            # how many sources report it; ⚠ when they put it on different days
            QT_TRANSLATE_NOOP("EventTableModel", "Sources"),
            lambda row: corroboration_text(row[CORROBORATION], row[DAYS]),
            lambda row: (row[CORROBORATION], row[DAYS]),
            width=55,
        ),
        Column(
            QT_TRANSLATE_NOOP("EventTableModel", "Place"),
            text_at(PLACE),
            sortable(PLACE),
            width=95,
            squeeze=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("EventTableModel", "Status"),
            lambda row: status_name(row[STATUS]),
            sortable(STATUS),
            width=80,
        ),
        Column(
            QT_TRANSLATE_NOOP("EventTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=85,
        ),
    )

    default_sort_column: ClassVar[int] = 0  # the library already orders by this column

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        return self._library.event_rows(case_id, include_rejected=include_rejected, item_id=item_id)

    def read_page(
        self, case_id: int, *, include_rejected: bool, after: Row | None, limit: int | None
    ) -> Sequence[Row]:
        return self._library.event_rows(
            case_id,
            include_rejected=include_rejected,
            after=None if after is None else (after[DATE], after[ID]),
            limit=limit,
        )

    def row_font(self, row: Row) -> QFont | None:
        if row[STATUS] == EventStatus.PLANNED:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

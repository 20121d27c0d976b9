"""A case's quotes: who said what, and when."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from casefile.domain import Precision
from ui.formatting import format_date, review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at
from ui.translatable import QT_TRANSLATE_NOOP

# Positions in a row tuple: the fields of casefile.queries.QuoteRow (TEXT: its start; a table
# cell shows one line, the detail pane the whole quote).
ID, DATE, SPEAKER, TEXT, REVIEW = range(5)


class QuoteTableModel(ItemTableModel):
    kind = "quote"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("QuoteTableModel", "Date"),
            lambda row: format_date(row[DATE], Precision.DAY),
            sortable(DATE),
            width=110,
            least=95,
        ),
        Column(
            QT_TRANSLATE_NOOP("QuoteTableModel", "Speaker"),
            text_at(SPEAKER),
            sortable(SPEAKER),
            width=180,
            squeeze=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("QuoteTableModel", "Quote"), text_at(TEXT), sortable(TEXT), width=480
        ),
        Column(
            QT_TRANSLATE_NOOP("QuoteTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=90,
        ),
    )

    default_sort_column: ClassVar[int] = 0  # the library already orders by this column

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        return self._library.quote_rows(case_id, include_rejected=include_rejected, item_id=item_id)

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

"""A case's quotes: who said what, and when."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Select, func, select

from casefile.domain import Precision
from casefile.models import Quote
from ui.formatting import format_date, review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at

ID, DATE, SPEAKER, TEXT, REVIEW = range(5)
SHOWN_CHARACTERS = 300  # a table cell shows one line; the detail pane shows the whole quote


class QuoteTableModel(ItemTableModel):
    kind = "quote"
    table = Quote
    columns = (
        Column(
            QT_TRANSLATE_NOOP("QuoteTableModel", "Date"),
            lambda row: format_date(row[DATE], Precision.DAY),
            sortable(DATE),
            width=110,
        ),
        Column(
            QT_TRANSLATE_NOOP("QuoteTableModel", "Speaker"),
            text_at(SPEAKER),
            sortable(SPEAKER),
            width=180,
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

    default_sort_column: ClassVar[int] = 0  # the statement already orders by this column

    def statement(self, case_id: int) -> Select[Any]:
        return (
            select(
                Quote.id,
                Quote.date,
                Quote.speaker,
                func.substr(Quote.text, 1, SHOWN_CHARACTERS),
                Quote.review,
            )
            .where(Quote.case_id == case_id)
            .order_by(Quote.date, Quote.id)  # type: ignore[arg-type]
        )

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

"""A case's sources: the articles and documents its items come from."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Select, select

from casefile.domain import Precision
from casefile.models import CaseSource, Source
from ui.formatting import format_date, source_kind_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at

ID, PUBLISHED, TITLE, OUTLET, KIND, AUTHOR, ORIGINAL_NAME = range(7)


def _title(row: Row) -> str:
    return text_at(TITLE)(row) or text_at(ORIGINAL_NAME)(row)


class SourceTableModel(ItemTableModel):
    kind = "source"
    table = Source
    has_review = False
    columns = (
        Column(
            QT_TRANSLATE_NOOP("SourceTableModel", "Published"),
            lambda row: format_date(row[PUBLISHED], Precision.DAY),
            sortable(PUBLISHED),
            width=110,
        ),
        Column(
            QT_TRANSLATE_NOOP("SourceTableModel", "Title"),
            _title,
            lambda row: _title(row).casefold(),
            width=420,
        ),
        Column(
            QT_TRANSLATE_NOOP("SourceTableModel", "Outlet"),
            text_at(OUTLET),
            sortable(OUTLET),
            width=160,
        ),
        Column(
            QT_TRANSLATE_NOOP("SourceTableModel", "Kind"),
            lambda row: source_kind_name(row[KIND]),
            sortable(KIND),
            width=110,
        ),
        Column(
            QT_TRANSLATE_NOOP("SourceTableModel", "Author"),
            text_at(AUTHOR),
            sortable(AUTHOR),
            width=160,
        ),
    )

    default_sort_column: ClassVar[int] = 0  # the statement already orders by this column

    def statement(self, case_id: int) -> Select[Any]:
        return (
            select(
                Source.id,
                Source.published,
                Source.title,
                Source.outlet,
                Source.kind,
                Source.author,
                Source.original_name,
            )
            .join(CaseSource, CaseSource.source_id == Source.id)  # type: ignore[arg-type]
            .where(CaseSource.case_id == case_id)
            .order_by(Source.published, Source.id)  # type: ignore[arg-type]
        )

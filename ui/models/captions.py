"""A case's photo captions and their credits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Select, func, select

from casefile.models import Caption
from ui.formatting import review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at

ID, CAPTION, CREDIT, REVIEW = range(4)


class CaptionTableModel(ItemTableModel):
    kind = "caption"
    table = Caption
    columns = (
        Column(
            QT_TRANSLATE_NOOP("CaptionTableModel", "Caption"),
            text_at(CAPTION),
            sortable(CAPTION),
            width=520,
        ),
        Column(
            QT_TRANSLATE_NOOP("CaptionTableModel", "Credit"),
            text_at(CREDIT),
            sortable(CREDIT),
            width=180,
        ),
        Column(
            QT_TRANSLATE_NOOP("CaptionTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=90,
        ),
    )

    def statement(self, case_id: int) -> Select[Any]:
        return (
            select(Caption.id, func.substr(Caption.caption, 1, 300), Caption.credit, Caption.review)
            .where(Caption.case_id == case_id)
            .order_by(Caption.id)  # type: ignore[arg-type]
        )

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

"""A case's photo captions and their credits."""

from __future__ import annotations

from collections.abc import Sequence

from ui.formatting import review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at
from ui.translatable import QT_TRANSLATE_NOOP

# Positions in a row tuple: the fields of casefile.queries.CaptionRow (CAPTION: its start, as
# much as a table cell shows).
ID, CAPTION, CREDIT, REVIEW = range(4)


class CaptionTableModel(ItemTableModel):
    kind = "caption"
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
            squeeze=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CaptionTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=90,
        ),
    )

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        return self._library.caption_rows(
            case_id, include_rejected=include_rejected, item_id=item_id
        )

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

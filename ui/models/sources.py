"""A case's sources: the articles and documents its items come from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from casefile.domain import Precision
from ui.formatting import format_date, source_kind_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at
from ui.translatable import QT_TRANSLATE_NOOP

# Positions in a row tuple: the fields of casefile.queries.SourceRow.
ID, PUBLISHED, TITLE, OUTLET, KIND, AUTHOR, ORIGINAL_NAME = range(7)


def _title(row: Row) -> str:
    return text_at(TITLE)(row) or text_at(ORIGINAL_NAME)(row)


class SourceTableModel(ItemTableModel):
    kind = "source"
    has_review = False
    columns = (
        Column(
            QT_TRANSLATE_NOOP("SourceTableModel", "Published"),
            lambda row: format_date(row[PUBLISHED], Precision.DAY),
            sortable(PUBLISHED),
            width=110,
            least=95,
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
            squeeze=True,
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
            squeeze=True,
        ),
    )

    default_sort_column: ClassVar[int] = 0  # the library already orders by this column

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        return self._library.source_rows(case_id, item_id=item_id)  # sources have no review

"""A case's actors: people, organisations and places."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ui.formatting import actor_kind_name, review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at
from ui.translatable import QT_TRANSLATE_NOOP

# Positions in a row tuple: the fields of casefile.queries.ActorRow.
ID, NAME, KIND, ROLE, COUNTRY, ALIASES, REVIEW = range(7)


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
            QT_TRANSLATE_NOOP("ActorTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=90,
        ),
    )

    default_sort_column: ClassVar[int] = 0  # the library already orders by this column

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        return self._library.actor_rows(case_id, include_rejected=include_rejected, item_id=item_id)

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

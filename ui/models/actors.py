"""A case's actors: people, organisations and places."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Select, select

from casefile.models import Actor
from ui.formatting import actor_kind_name, review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at

ID, NAME, KIND, ROLE, COUNTRY, ALIASES, REVIEW = range(7)


class ActorTableModel(ItemTableModel):
    kind = "actor"
    table = Actor
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
            QT_TRANSLATE_NOOP("ActorTableModel", "Role"), text_at(ROLE), sortable(ROLE), width=200
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
        ),
        Column(
            QT_TRANSLATE_NOOP("ActorTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=90,
        ),
    )

    default_sort_column: ClassVar[int] = 0  # the statement already orders by this column

    def statement(self, case_id: int) -> Select[Any]:
        return (
            select(
                Actor.id,
                Actor.name,
                Actor.kind,
                Actor.role,
                Actor.country,
                Actor.aliases,
                Actor.review,
            )
            .where(Actor.case_id == case_id)
            .order_by(Actor.name, Actor.id)  # type: ignore[arg-type]
        )

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

"""Articles of our own about one meeting, in Spanish and in English, and about another one
the same week: what the consolidation tests (core and window) import."""

from __future__ import annotations

import datetime as dt

from casefile import ingest

TUESDAY = dt.date(2026, 1, 13)

SPANISH = (
    "Ciudad de México, 13 de enero de 2026.\n\n"
    "La presidenta Claudia Sheinbaum se reunió este martes con el secretario de Estado Marco "
    "Rubio en Palacio Nacional para revisar la cooperación en seguridad fronteriza.\n"
)
ENGLISH = (
    "Washington, January 13, 2026.\n\n"
    "Mexican President Claudia Sheinbaum met Secretary of State Marco Rubio on Tuesday in "
    "Mexico City to review border security cooperation.\n"
)
OTHER_MEETING = (
    "Ottawa, January 13, 2026.\n\n"
    "Canadian Prime Minister Mark Carney met President Claudia Sheinbaum's trade envoy Luisa "
    "Ortega on Tuesday to discuss steel tariffs.\n"
)


def document(body: str, name: str, language: str) -> ingest.Document:
    """An article as a drop or a file would give it, published on ``TUESDAY``."""
    return ingest.Document(
        text=body,
        title=name,
        outlet=None,
        url=None,
        published=TUESDAY,
        language=language,
        original_name=f"{name}.txt",
    )

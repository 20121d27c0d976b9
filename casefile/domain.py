"""Values shared by every layer: the kinds, states and precisions an analyst works with."""

from __future__ import annotations

from enum import StrEnum


class Precision(StrEnum):
    """How much of a date the text actually gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    REPORTED = "reported"


class Review(StrEnum):
    """Where a proposed item stands in the analyst's review."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SourceKind(StrEnum):
    ARTICLE = "article"
    COMMUNIQUE = "communique"
    STATEMENT = "statement"
    TRANSCRIPT = "transcript"
    SOCIAL_POST = "social_post"
    IMAGE = "image"
    OTHER = "other"


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"

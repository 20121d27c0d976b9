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


class Category(StrEnum):
    """What kind of happening an event is: a small set drawn from the PLOVER event ontology
    (the successor of CAMEO in event-data work), from cooperation to force. Ordered from
    cooperation to conflict, as the relation chart draws them."""

    CONSULT = "consult"  # meet, visit, call, talk
    AGREE = "agree"  # agree, sign, settle
    COOPERATE = "cooperate"  # joint work, exchange, coordination
    AID = "aid"  # humanitarian, economic or security assistance
    REQUEST = "request"  # ask, demand, urge
    ACCUSE = "accuse"  # accuse, criticise, condemn, protest
    REJECT = "reject"  # reject, refuse, deny
    THREATEN = "threaten"  # threaten, warn, ultimatum
    SANCTION = "sanction"  # sanctions, tariffs, expulsions, cut ties
    FORCE = "force"  # coerce, arrest, seize, attack, use of force
    OTHER = "other"

    @property
    def cooperative(self) -> bool:
        """Whether the happening brings the two sides together (the chart's upper half)."""
        return self in (Category.CONSULT, Category.AGREE, Category.COOPERATE, Category.AID)

    @property
    def conflictive(self) -> bool:
        """Whether the happening sets the two sides against each other (the lower half)."""
        return self in (
            Category.ACCUSE,
            Category.REJECT,
            Category.THREATEN,
            Category.SANCTION,
            Category.FORCE,
        )


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

"""Quotes linked to the case's actors who said them.

Each article names its speakers as it can: one gives "Mauricio Macri", the next only
"Macri". Once a batch of sources is in, every quote nobody has edited is linked to the
actor of the case it names, by name or alias; a speaker given by surname alone takes the
full name of the one person of the case it can be, so the case reads one name per person.
An analyst's own edit is never changed, and a rejected actor is no one to link to.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import select

from casefile.domain import ActorKind, Review
from casefile.folding import name_key
from casefile.library import Library
from casefile.models import Actor, Quote, utcnow

# "X y Y", "X and Y": two speakers, linked to neither.
_JOINED = (" y ", " e ", " and ", " & ")


def link_speakers(library: Library, case_id: int) -> int:
    """Link the case's unlinked, unedited quotes to the actor each names, and give quotes
    linked before the full name their actor has taken since; returns how many changed."""
    with library.session() as session:
        actors = [
            actor
            for actor in session.exec(select(Actor).where(Actor.case_id == case_id))
            if actor.review != Review.REJECTED.value
        ]
        if not actors:
            return 0
        by_name: dict[str, Actor] = {}
        for actor in actors:
            for name in actor.names:
                by_name.setdefault(name_key(name), actor)
        people = [actor for actor in actors if actor.kind == ActorKind.PERSON.value]
        by_id = {actor.id: actor for actor in actors}
        linked = 0
        for quote in session.exec(
            select(Quote).where(
                Quote.case_id == case_id,
                Quote.speaker_actor_id.is_not(None),  # type: ignore[union-attr]
                Quote.version <= 3,  # changed by no one but its review and its link
            )
        ):
            # linked before the actor took a fuller name ("Macri", now "Mauricio Macri")
            named = by_id.get(quote.speaker_actor_id)
            if named is not None and _is_tail(quote.speaker, named.name):
                quote.speaker = named.name
                quote.version += 1
                quote.modified_at = utcnow()
                session.add(quote)
                linked += 1
        quotes = session.exec(
            select(Quote).where(
                Quote.case_id == case_id,
                Quote.speaker_actor_id.is_(None),  # type: ignore[union-attr]
                Quote.speaker != "",
                Quote.version <= 2,  # nobody has edited it (accepting it is no edit)
            )
        )
        for quote in quotes:
            speaker = quote.speaker.strip()
            if any(joined in speaker for joined in _JOINED):
                continue
            # "Macri" is the case's "Mauricio Macri" before it is an actor named "Macri"
            found = _by_surname(speaker, people) or by_name.get(name_key(speaker))
            if found is None or found.id is None:
                continue
            quote.speaker_actor_id = found.id
            if len(found.name.split()) > len(speaker.split()):
                quote.speaker = found.name  # the fuller name the case files them under
            quote.version += 1  # a change like any other: a team library syncs it
            quote.modified_at = utcnow()
            session.add(quote)
            linked += 1
        if linked:
            session.commit()
        return linked


def _is_tail(speaker: str, name: str) -> bool:
    """Whether ``speaker`` is the last words of ``name``, and fewer of them."""
    words, named = speaker.split(), name.split()
    return 0 < len(words) < len(named) and [name_key(w) for w in named[-len(words) :]] == [
        name_key(w) for w in words
    ]


def _by_surname(speaker: str, people: Sequence[Actor]) -> Actor | None:
    """The one person of the case whose full name ends with ``speaker`` ("Macri" for
    "Mauricio Macri", "da Silva" for "Luiz Inácio Lula da Silva"); None when none or
    several do, or the speaker is no short name."""
    if not 1 <= len(speaker.split()) <= 2 or not speaker[:1].isalpha():
        return None
    found = {actor.id: actor for actor in people for name in actor.names if _is_tail(speaker, name)}
    return next(iter(found.values())) if len(found) == 1 else None

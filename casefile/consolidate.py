"""One happening, many sources: an event's links to the evidence it stands on.

Every event keeps its first evidence in its own columns and one ``EventSource`` link per
piece of evidence (the first included), each with the date its source gives. From the links
come the corroboration (how many sources report it) and the date conflicts (sources that put
it on different days).

A new source that reports a happening the case already holds is matched here: the same day
(or a month that holds the other's day), and the same people, places or organisations named,
in either language, with the same kind of happening. The importer then proposes the new
event "same as" the one held; accepting it adds its evidence to that event (:func:`merge`).
The analyst merges and splits by hand too; each operation returns what undoes it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlmodel import Session, col, select

from casefile.domain import Category, Precision, Review
from casefile.errors import LibraryError, NotFoundError
from casefile.folding import fold
from casefile.library import Library
from casefile.models import Event, EventActor, EventSource, ItemTag


# Words that start a sentence or name a time, capitalised but no one's name.
def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, folded, for readable lists."""
    return frozenset(fold(word) for word in words.split())


_NOT_NAMES = _vocabulary(
    "El La Los Las Un Una The A An En In On At De Del Por Para Con Tras Según This That "
    "Este Esta Lunes Martes Miércoles Jueves Viernes Sábado Domingo Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Enero Febrero Marzo Abril Mayo Junio Julio "
    "Agosto Septiembre Octubre Noviembre Diciembre January February March April May June "
    "July August September October November December Ministry Ministerio Minister "
    "Ministro Ministra President Presidente Presidenta Foreign Exteriores Relaciones "
    "Secretary Secretario Secretaria Government Gobierno"
)
_NAME = re.compile(r"(?<![\w.])[A-ZÁÉÍÓÚÑ][\w'’-]{2,}")


def names_in(text: str) -> set[str]:
    """The capitalised words a text names people, places and bodies by, folded, places in
    one language for both ("Estados Unidos" and "United States" are one name)."""
    canonical = _place_names()
    found: set[str] = set()
    folded_text = fold(text)
    for name, key in canonical.items():
        if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", folded_text):
            found.add(key)
    for word in _NAME.findall(text):
        folded = fold(word)
        if folded not in _NOT_NAMES and folded not in canonical:
            found.add(folded)
    return found


@cache
def _place_names() -> dict[str, str]:
    """Every place name and alias the gazetteer knows, folded, to its Spanish name folded."""
    from casefile.extract.gazetteer import PLACES

    names: dict[str, str] = {}
    for spanish, english, aliases in PLACES:
        for name in (spanish, english, *aliases):
            if len(name) > 2:
                names.setdefault(fold(name), fold(spanish))
    return names


def dates_agree(
    first: dt.date, first_precision: str, second: dt.date, second_precision: str
) -> bool:
    """Whether two dates can be the same happening's: the same day, or a month (year) that
    holds the other's day."""
    day, month, year = Precision.DAY.value, Precision.MONTH.value, Precision.YEAR.value
    if first_precision == day and second_precision == day:
        return first == second
    if month in (first_precision, second_precision) and year not in (
        first_precision,
        second_precision,
    ):
        return (first.year, first.month) == (second.year, second.month)
    return first_precision == second_precision == year and first.year == second.year


def same_happening(first: tuple[dt.date, str, str], second: tuple[dt.date, str, str]) -> bool:
    """Whether two (date, precision, text) report one happening: their dates agree, they
    name the same kind of happening (or one names none), and they share two names, or the
    one name the shorter of them gives ("Sheinbaum met Carney" and "Sheinbaum met Rubio"
    on one day stay apart)."""
    from casefile.extract.categories import categorize

    if not dates_agree(first[0], first[1], second[0], second[1]):
        return False
    kinds = {categorize(first[2]), categorize(second[2])} - {Category.OTHER}
    if len(kinds) > 1:
        return False
    names_first, names_second = names_in(first[2]), names_in(second[2])
    shared = names_first & names_second
    if len(shared) >= 2:
        return True
    return len(shared) == 1 and min(len(names_first), len(names_second)) == 1 and bool(kinds)


def find_same_as(
    session: Session,
    case_id: int,
    date: dt.date,
    precision: str,
    text: str,
    *,
    other_than_source: int | None,
    excluded: Collection[int] = (),
) -> int | None:
    """The case's event (accepted first, then proposed) that reports the same happening as
    (date, precision, text) from another source; None when none does."""
    window = dt.timedelta(days=366 if precision == Precision.YEAR.value else 31)
    candidates = session.exec(
        select(Event)
        .where(
            Event.case_id == case_id,
            Event.review != Review.REJECTED.value,
            col(Event.same_as_id).is_(None),
            Event.date >= date - window,
            Event.date <= date + window,
        )
        .order_by(col(Event.id))
    ).all()
    accepted_first = sorted(candidates, key=lambda e: e.review != Review.ACCEPTED.value)
    for event in accepted_first:
        if event.id in excluded or (
            other_than_source is not None and event.source_id == other_than_source
        ):
            continue
        theirs = f"{event.title} {event.evidence_text}"
        if same_happening((date, precision, text), (event.date, event.precision, theirs)):
            return event.id
    return None


def first_link(event: Event) -> EventSource:
    """An event's own evidence as a link (its first), for an event just written."""
    assert event.id is not None
    return EventSource(
        event_id=event.id,
        source_id=event.source_id,
        evidence_start=event.evidence_start,
        evidence_end=event.evidence_end,
        evidence_text=event.evidence_text,
        date=event.date,
        precision=event.precision,
    )


def links(library: Library, event_id: int) -> list[EventSource]:
    """The evidence an event stands on, first link first."""
    return event_links(library, [event_id]).get(event_id, [])


def event_links(library: Library, event_ids: Iterable[int]) -> dict[int, list[EventSource]]:
    """The links of many events at once, each event's first link first."""
    ids = list(event_ids)
    found: dict[int, list[EventSource]] = {}
    with library.session() as session:
        for start in range(0, len(ids), 500):
            for link in session.exec(
                select(EventSource)
                .where(col(EventSource.event_id).in_(ids[start : start + 500]))
                .order_by(col(EventSource.id))
            ):
                found.setdefault(link.event_id, []).append(link)
    return found


@dataclass(frozen=True)
class Standing:
    """How well sources back an event: how many report it, and the dates they disagree on."""

    corroboration: int  # sources that report it
    conflicts: tuple[tuple[int | None, dt.date, str], ...] = ()  # (source, date, precision)

    @property
    def conflicted(self) -> bool:
        return bool(self.conflicts)


def standings(library: Library, event_ids: Iterable[int]) -> dict[int, Standing]:
    """Corroboration and date conflicts of each event (events without links count their own
    source, if any)."""
    ids = list(event_ids)
    found: dict[int, list[EventSource]] = {event_id: [] for event_id in ids}
    own: dict[int, int | None] = {}
    with library.session() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for link in session.exec(
                select(EventSource).where(col(EventSource.event_id).in_(chunk))
            ):
                found[link.event_id].append(link)
            for event_id, source_id in session.exec(
                select(Event.id, Event.source_id).where(col(Event.id).in_(chunk))
            ):
                assert event_id is not None
                own[event_id] = source_id
    result = {}
    for event_id in ids:
        sources = {link.source_id for link in found[event_id] if link.source_id is not None}
        if (source_id := own.get(event_id)) is not None:
            sources.add(source_id)
        days = {
            (link.source_id, link.date, link.precision)
            for link in found[event_id]
            if link.date is not None and link.precision == Precision.DAY.value
        }
        conflicts = (
            tuple(sorted(days, key=lambda d: (d[1], d[0] or 0)))
            if len({day for _, day, _ in days}) > 1
            else ()
        )
        result[event_id] = Standing(len(sources), conflicts)
    return result


@dataclass
class Merged:
    """What :func:`merge` changed, so that :func:`unmerge` can put it back."""

    target_id: int
    merged: dict[str, Any]  # the merged event's row as it was
    moved_links: list[int] = field(default_factory=list)  # links moved to the target
    added_links: list[int] = field(default_factory=list)  # links made from its own evidence
    actors: list[int] = field(default_factory=list)  # its actors, as linked before
    tags: list[dict[str, Any]] = field(default_factory=list)


def merge(library: Library, target_id: int, other_id: int) -> Merged:
    """Make ``other_id`` part of ``target_id``: its evidence becomes the target's links, its
    actors the target's, and it goes. Returns what :func:`unmerge` needs."""
    if target_id == other_id:
        raise LibraryError(key="merge_itself", item_id=target_id)
    with library.session() as session:
        target = session.get(Event, target_id)
        other = session.get(Event, other_id)
        if target is None or other is None:
            missing = other_id if target is not None else target_id
            raise NotFoundError(key="no_item", kind="event", item_id=missing)
        if target.case_id != other.case_id:
            raise LibraryError(key="merge_across_cases", item_id=other_id)
        record = Merged(target_id=target_id, merged=other.model_dump())
        theirs = list(session.exec(select(EventSource).where(EventSource.event_id == other_id)))
        if not theirs and (other.source_id is not None or other.evidence_text):
            made = first_link(other)
            session.add(made)
            session.flush()
            theirs = [made]
            assert made.id is not None
            record.added_links.append(made.id)
        held_links = session.exec(select(EventSource).where(EventSource.event_id == target_id))
        if not list(held_links) and (target.source_id is not None or target.evidence_text):
            session.add(first_link(target))  # a target typed before links existed
        for link in theirs:
            assert link.id is not None
            link.event_id = target_id
            session.add(link)
            record.moved_links.append(link.id)
        held = set(
            session.exec(select(EventActor.actor_id).where(EventActor.event_id == target_id))
        )
        for row in session.exec(select(EventActor).where(EventActor.event_id == other_id)):
            record.actors.append(row.actor_id)
            if row.actor_id not in held:
                session.add(EventActor(event_id=target_id, actor_id=row.actor_id))
        for tag in session.exec(
            select(ItemTag).where(ItemTag.item_kind == "event", ItemTag.item_id == other_id)
        ):
            record.tags.append(tag.model_dump())
            session.delete(tag)
        if target.review != Review.ACCEPTED.value and other.review == Review.ACCEPTED.value:
            target.review = Review.ACCEPTED.value
            session.add(target)
        session.flush()
        session.delete(other)
        session.commit()
    return record


def unmerge(library: Library, record: Merged) -> int:
    """Undo :func:`merge`: the merged event back (new id if its old one was taken), its
    links, actors and tags with it. Returns its id."""
    restored = library.restore("event", dict(record.merged))
    event_id: int = restored.id
    with library.session() as session:
        for link_id in record.moved_links:
            link = session.get(EventSource, link_id)
            if link is None:
                continue
            if link_id in record.added_links:
                session.delete(link)
            else:
                link.event_id = event_id
                session.add(link)
        for actor_id in record.actors:
            if session.get(EventActor, (event_id, actor_id)) is None:
                session.add(EventActor(event_id=event_id, actor_id=actor_id))
        for tag in record.tags:
            session.add(ItemTag.model_validate({**tag, "id": None, "item_id": event_id}))
        session.commit()
    return event_id


@dataclass
class Split:
    """What :func:`split` made: the new event, and the link it took."""

    event_id: int
    new_event_id: int
    link_id: int
    before: dict[str, Any]  # the first event's evidence columns, as they were


def split(library: Library, event_id: int, link_id: int) -> Split:
    """Take one piece of evidence off an event into an event of its own, on the date that
    source gives; the first event keeps the rest. Refused for an event's only link."""
    with library.session() as session:
        event = session.get(Event, event_id)
        link = session.get(EventSource, link_id)
        if event is None or link is None or link.event_id != event_id:
            raise NotFoundError(key="no_item", kind="event", item_id=event_id)
        rest = [
            other
            for other in session.exec(
                select(EventSource)
                .where(EventSource.event_id == event_id)
                .order_by(col(EventSource.id))
            )
            if other.id != link_id
        ]
        if not rest:
            raise LibraryError(key="split_only_link", item_id=event_id)
        before = {name: getattr(event, name) for name in _EVIDENCE_FIELDS}
        fields = event.model_dump(
            exclude={"id", "uid", "version", "modified_at", "same_as_id", *_EVIDENCE_FIELDS}
        )
        new = Event.model_validate(
            {
                **fields,
                "date": link.date or event.date,
                "precision": link.precision if link.date else event.precision,
                "source_id": link.source_id,
                "evidence_start": link.evidence_start,
                "evidence_end": link.evidence_end,
                "evidence_text": link.evidence_text,
            }
        )
        session.add(new)
        session.flush()
        assert new.id is not None
        link.event_id = new.id
        session.add(link)
        if event.source_id == link.source_id and event.evidence_start == link.evidence_start:
            _take_evidence(event, rest[0])  # the first event stood on the link that left
        session.add(event)
        session.commit()
        return Split(event_id, new.id, link_id, before)


def unsplit(library: Library, record: Split) -> None:
    """Undo :func:`split`: the link back on the first event, the new event gone."""
    with library.session() as session:
        event = session.get(Event, record.event_id)
        link = session.get(EventSource, record.link_id)
        new = session.get(Event, record.new_event_id)
        if event is None or link is None:
            raise NotFoundError(key="no_item", kind="event", item_id=record.event_id)
        link.event_id = record.event_id
        session.add(link)
        for name, value in record.before.items():
            setattr(event, name, value)
        session.add(event)
        session.flush()
        if new is not None:
            session.delete(new)
        session.commit()


_EVIDENCE_FIELDS = ("source_id", "evidence_start", "evidence_end", "evidence_text")


def _take_evidence(event: Event, link: EventSource) -> None:
    event.source_id = link.source_id
    event.evidence_start = link.evidence_start
    event.evidence_end = link.evidence_end
    event.evidence_text = link.evidence_text


def accept_same_as(library: Library, event_id: int) -> Merged:
    """Accept a "same as" proposal: its evidence joins the event it reports, and it goes."""
    event = library.get("event", event_id)
    if event.same_as_id is None:
        raise LibraryError(key="not_same_as", item_id=event_id)
    return merge(library, event.same_as_id, event_id)

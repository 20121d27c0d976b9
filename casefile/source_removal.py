"""Taking a source out of a case, with everything drawn from it, and putting it all back.

An analyst who dropped the wrong article removes it: the events, quotes and captions drawn
from it in that case go with it (an accepted item without its source would lose its
evidence), and so do the actors it proposed; an actor already accepted stays, since other
sources' events may name it, and only loses its evidence in this source. A source no other
case keeps is deleted; its original stays in files/ until the next start-up sweep moves it
to lost+found/, so nothing is destroyed at once. One transaction each way: remove_source
returns what restore_source needs to undo it, ids included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from casefile.domain import Review
from casefile.errors import NotFoundError
from casefile.library import Library
from casefile.models import (
    Actor,
    Caption,
    CaseSource,
    Event,
    EventActor,
    EventSource,
    ItemTag,
    Quote,
    Source,
)

DRAWN: dict[str, Any] = {"event": Event, "quote": Quote, "caption": Caption, "actor": Actor}


@dataclass
class RemovedSource:
    """Every row :func:`remove_source` deleted, as it was."""

    case_id: int
    source_id: int
    title: str
    source: dict[str, Any] | None  # the source itself, when no other case kept it
    items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    tags: list[dict[str, Any]] = field(default_factory=list)
    event_actors: list[dict[str, Any]] = field(default_factory=list)
    kept_actors: list[dict[str, Any]] = field(default_factory=list)  # evidence they had
    # One happening, many sources: the evidence links that went (the source's own, and those
    # of events that went with it), and events other sources still back, with the evidence
    # they stood on before
    event_links: list[dict[str, Any]] = field(default_factory=list)
    kept_events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def item_count(self) -> int:
        return sum(len(rows) for rows in self.items.values())


def drawn_items(library: Library, case_id: int, source_id: int) -> dict[str, int]:
    """How many items of each kind removing the source takes with it (for a confirmation)."""
    with library.session() as session:
        return {
            kind: sum(_goes(kind, row) for row in _drawn(session, table, case_id, source_id))
            for kind, table in DRAWN.items()
        }


def remove_source(library: Library, case_id: int, source_id: int) -> RemovedSource:
    """Take ``source_id`` out of ``case_id`` with the items drawn from it; see the module."""
    with library.session() as session:
        source = session.get(Source, source_id)
        link = session.get(CaseSource, (case_id, source_id))
        if source is None or link is None:
            raise NotFoundError(key="source_not_in_case", source_id=source_id, case_id=case_id)
        removed = RemovedSource(case_id, source_id, source.title or source.original_name, None)
        _take_links(session, removed)
        for kind, table in DRAWN.items():
            rows = _drawn(session, table, case_id, source_id)
            removed.kept_actors += [_detach(session, row) for row in rows if not _goes(kind, row)]
            rows = [row for row in rows if _goes(kind, row)]
            removed.items[kind] = [row.model_dump() for row in rows]
            for row in rows:
                removed.tags += _take_tags(session, kind, row.id)
                if kind in ("event", "actor"):
                    removed.event_actors += _take_event_actors(session, kind, row.id)
                session.delete(row)
        session.delete(link)
        session.flush()
        others = session.exec(select(CaseSource).where(CaseSource.source_id == source_id)).first()
        if others is None:
            removed.source = source.model_dump()
            removed.tags += _take_tags(session, "source", source_id)
            session.delete(source)
        session.commit()
    return removed


def restore_source(library: Library, removed: RemovedSource) -> int:
    """Put back everything :func:`remove_source` took; returns the source's id.

    Rows come back with their old ids where those are still free. SQLite hands the highest
    freed ids to the next rows added, so an import since the removal may hold some: those
    rows get new ids, and every link to them follows. If the same article was imported
    again meanwhile, the items go back onto that source.
    """
    with library.session() as session:
        ids: dict[str, dict[int, int]] = {kind: {} for kind in ("source", *DRAWN)}
        source_id = _put_back_source(session, removed)
        ids["source"][removed.source_id] = source_id
        if session.get(CaseSource, (removed.case_id, source_id)) is None:
            session.add(CaseSource(case_id=removed.case_id, source_id=source_id))
        for kind in ("actor", "event", "quote", "caption"):  # actors before events name them
            for row in removed.items.get(kind, []):
                item = _put_back(session, DRAWN[kind], {**row, "source_id": source_id})
                ids[kind][row["id"]] = item.id
        for evidence in removed.kept_actors:
            actor = session.get(Actor, evidence["id"])
            if actor is not None:
                for name, value in {**evidence, "source_id": source_id}.items():
                    setattr(actor, name, value)
                session.add(actor)
        links = {
            (ids["event"].get(link["event_id"], link["event_id"]),
             ids["actor"].get(link["actor_id"], link["actor_id"]))
            for link in removed.event_actors
        }  # fmt: skip
        for event_id, actor_id in sorted(links):
            session.add(EventActor(event_id=event_id, actor_id=actor_id))
        for tag in removed.tags:
            item_id = ids[tag["item_kind"]].get(tag["item_id"], tag["item_id"])
            session.add(ItemTag(tag_id=tag["tag_id"], item_kind=tag["item_kind"], item_id=item_id))
        for evidence in removed.kept_events:
            event = session.get(Event, evidence["id"])
            if event is not None:
                for name, value in {**evidence, "source_id": source_id}.items():
                    setattr(event, name, value)
                session.add(event)
        for link in removed.event_links:
            event_id = ids["event"].get(link["event_id"], link["event_id"])
            if session.get(Event, event_id) is None:
                continue
            linked_source = (
                source_id if link["source_id"] == removed.source_id else link["source_id"]
            )
            row = {**link, "id": None, "event_id": event_id, "source_id": linked_source}
            session.add(EventSource.model_validate(row))
        session.commit()
    return source_id


_EVIDENCE = ("source_id", "evidence_start", "evidence_end", "evidence_text")


def _take_links(session: Session, removed: RemovedSource) -> None:
    """The source's links in the case go; an event it stood on that other sources back stays,
    standing on the next of them; the links of events that go with the source are kept for
    undo (the database drops them with their events)."""
    case_events = select(Event.id).where(Event.case_id == removed.case_id)
    rows = session.exec(select(EventSource).where(col(EventSource.event_id).in_(case_events))).all()
    by_event: dict[int, list[EventSource]] = {}
    for link in rows:
        by_event.setdefault(link.event_id, []).append(link)
    for event_id, links in by_event.items():
        event = session.get(Event, event_id)
        if event is None:
            continue
        others = [link for link in links if link.source_id != removed.source_id]
        if event.source_id == removed.source_id and not others:
            removed.event_links += [link.model_dump() for link in links]  # goes with the event
            continue
        for link in links:
            if link.source_id == removed.source_id:
                removed.event_links.append(link.model_dump())
                session.delete(link)
        if event.source_id == removed.source_id:
            removed.kept_events.append(
                {"id": event.id, **{n: getattr(event, n) for n in _EVIDENCE}}
            )
            first = min(others, key=lambda link: link.id or 0)
            for name in _EVIDENCE:
                setattr(event, name, getattr(first, name))
            session.add(event)
    session.flush()


def _put_back_source(session: Session, removed: RemovedSource) -> int:
    """The source's id once back: its own, a new one, or that of the same article re-imported."""
    if removed.source is None:
        return removed.source_id  # another case kept it: it never left
    again = session.exec(
        select(Source).where(Source.content_hash == removed.source["content_hash"])
    ).first()
    if again is not None and again.id is not None:
        return again.id
    source = _put_back(session, Source, removed.source)
    assert source.id is not None
    return int(source.id)


def _put_back(session: Session, table: Any, row: dict[str, Any]) -> Any:
    """Insert ``row`` with its old id if still free, else with a new one; returns the row."""
    if session.get(table, row["id"]) is not None:
        row = {name: value for name, value in row.items() if name != "id"}
    item = table.model_validate(row)
    session.add(item)
    session.flush()
    return item


def _goes(kind: str, row: Any) -> bool:
    """Whether a row drawn from the source leaves with it: all but accepted actors."""
    return kind != "actor" or row.review != Review.ACCEPTED.value


def _detach(session: Session, actor: Actor) -> dict[str, Any]:
    """Clear an accepted actor's evidence in the source going away; returns what it was."""
    names = ("source_id", "evidence_start", "evidence_end", "evidence_text")
    before = {"id": actor.id, **{name: getattr(actor, name) for name in names}}
    actor.source_id = actor.evidence_start = actor.evidence_end = None
    actor.evidence_text = ""
    session.add(actor)
    return before


def _drawn(session: Session, table: Any, case_id: int, source_id: int) -> list[Any]:
    query = select(table).where(table.case_id == case_id, table.source_id == source_id)
    return list(session.exec(query))


def _take_tags(session: Session, kind: str, item_id: int) -> list[dict[str, Any]]:
    links = list(
        session.exec(select(ItemTag).where(ItemTag.item_kind == kind, ItemTag.item_id == item_id))
    )
    for link in links:
        session.delete(link)
    return [link.model_dump() for link in links]


def _take_event_actors(session: Session, kind: str, item_id: int) -> list[dict[str, Any]]:
    column = EventActor.event_id if kind == "event" else EventActor.actor_id
    links = list(session.exec(select(EventActor).where(col(column) == item_id)))
    for link in links:
        session.delete(link)
    return [link.model_dump() for link in links]

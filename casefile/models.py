"""The library's tables: cases, sources, the items drawn from them, actors and tags.

Every event, quote, caption and actor carries its evidence (the source and the exact span of
its text) and a review state. Items typed by hand have no evidence and are accepted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy import event as sa_event
from sqlmodel import Field, SQLModel

from casefile.domain import ActorKind, EventStatus, Precision, Review, SourceKind


def new_uid() -> str:
    """A global id for a row: the same case, source or item on every library it syncs to."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC, as stored in the library."""
    return dt.datetime.now(dt.UTC)


def _fk(target: str, ondelete: str, *, nullable: bool, primary_key: bool = False) -> Column[int]:
    return Column(
        Integer,
        ForeignKey(target, ondelete=ondelete),
        nullable=nullable,
        primary_key=primary_key,
        index=not primary_key,
    )


class Case(SQLModel, table=True):
    """One track an analyst follows, e.g. Mexico–US security cooperation."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid)  # global: the same row in every library
    modified_at: dt.datetime = Field(default_factory=utcnow)  # the last change, for sync
    version: int = 1  # one more at each edit (Library.update): see EditConflictError
    title: str = Field(index=True)
    countries: str = ""  # ISO codes, comma-separated: "MX,US"
    description: str = ""
    summary: str = ""  # the analyst's own text, printed in the brief
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    archived: bool = False

    @property
    def country_codes(self) -> list[str]:
        return [code for code in self.countries.split(",") if code]


class Source(SQLModel, table=True):
    """An article or document; stored once per library, whatever the cases it belongs to."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid)  # global: the same row in every library
    modified_at: dt.datetime = Field(default_factory=utcnow)  # the last change, for sync
    version: int = 1  # one more at each edit (Library.update): see EditConflictError
    kind: str = SourceKind.ARTICLE.value
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    language: str = ""
    published: dt.date | None = None
    original_name: str = ""
    stored_file: str = ""  # path under the library's files/ folder, empty for pasted text
    content_hash: str = Field(unique=True, index=True)  # SHA-256 of the original bytes
    text: str = ""
    notes: str = ""
    added_at: dt.datetime = Field(default_factory=utcnow)


class CaseSource(SQLModel, table=True):
    case_id: int = Field(sa_column=_fk("case.id", "CASCADE", nullable=False, primary_key=True))
    source_id: int = Field(sa_column=_fk("source.id", "CASCADE", nullable=False, primary_key=True))


class Evidence(SQLModel):
    """Columns shared by every reviewable item: where it came from and where it stands."""

    review: str = Review.ACCEPTED.value
    source_id: int | None = Field(default=None, foreign_key="source.id", ondelete="SET NULL")
    evidence_start: int | None = None
    evidence_end: int | None = None
    evidence_text: str = ""


class Actor(Evidence, table=True):
    """A person, organisation or place that matters to a case."""

    # The counts by review state read this index alone; it also serves case deletes.
    __table_args__ = (Index("ix_actor_case_review", "case_id", "review", "source_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid)  # global: the same row in every library
    modified_at: dt.datetime = Field(default_factory=utcnow)  # the last change, for sync
    version: int = 1  # one more at each edit (Library.update): see EditConflictError
    case_id: int = Field(foreign_key="case.id", ondelete="CASCADE")
    name: str
    kind: str = ActorKind.PERSON.value
    aliases: str = ""  # "; "-separated
    role: str = ""
    country: str = ""

    @property
    def alias_list(self) -> list[str]:
        return [alias.strip() for alias in self.aliases.split(";") if alias.strip()]

    @property
    def names(self) -> list[str]:
        """Every name the actor goes by: its own, then its aliases."""
        return [self.name, *self.alias_list]


class Event(Evidence, table=True):
    # The timeline reads one case in date order; one index serves that and case deletes.
    # The counts by review state (tally, pending per source) read the second one alone.
    __table_args__ = (
        Index("ix_event_case_date", "case_id", "date"),
        Index("ix_event_case_review", "case_id", "review", "source_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid)  # global: the same row in every library
    modified_at: dt.datetime = Field(default_factory=utcnow)  # the last change, for sync
    version: int = 1  # one more at each edit (Library.update): see EditConflictError
    case_id: int = Field(foreign_key="case.id", ondelete="CASCADE")
    date: dt.date
    precision: str = Precision.DAY.value
    end_date: dt.date | None = None
    title: str = ""
    description: str = ""
    place: str = ""
    status: str = EventStatus.OCCURRED.value
    category: str = ""  # one of domain.Category, "" while none is proposed
    direction: str = ""  # "MX>US": who acts on whom, between the case's countries
    # A proposal the importer found to report a happening the case already holds: accepting
    # it adds its evidence to that event instead of a new one (see casefile.consolidate).
    same_as_id: int | None = Field(default=None, foreign_key="event.id", ondelete="SET NULL")


class EventSource(SQLModel, table=True):
    """One piece of evidence an event stands on: a source and the span that reports it, with
    the date that source gives. An event's own evidence columns repeat its first link."""

    __tablename__ = "event_source"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid)  # global: the same row in every library
    modified_at: dt.datetime = Field(default_factory=utcnow)  # the last change, for sync
    event_id: int = Field(sa_column=_fk("event.id", "CASCADE", nullable=False))
    source_id: int | None = Field(default=None, foreign_key="source.id", ondelete="SET NULL")
    evidence_start: int | None = None
    evidence_end: int | None = None
    evidence_text: str = ""
    date: dt.date | None = None  # the day (or month, year) this source puts it on
    precision: str = Precision.DAY.value
    added_at: dt.datetime = Field(default_factory=utcnow)


class EventActor(SQLModel, table=True):
    event_id: int = Field(sa_column=_fk("event.id", "CASCADE", nullable=False, primary_key=True))
    actor_id: int = Field(sa_column=_fk("actor.id", "CASCADE", nullable=False, primary_key=True))


class Quote(Evidence, table=True):
    # The counts by review state read this index alone; it also serves case deletes.
    __table_args__ = (Index("ix_quote_case_review", "case_id", "review", "source_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid)  # global: the same row in every library
    modified_at: dt.datetime = Field(default_factory=utcnow)  # the last change, for sync
    version: int = 1  # one more at each edit (Library.update): see EditConflictError
    case_id: int = Field(foreign_key="case.id", ondelete="CASCADE")
    text: str
    speaker: str = ""  # as credited, free text when no actor fits
    speaker_actor_id: int | None = Field(default=None, foreign_key="actor.id", ondelete="SET NULL")
    language: str = ""
    date: dt.date | None = None


class Caption(Evidence, table=True):
    # The counts by review state read this index alone; it also serves case deletes.
    __table_args__ = (Index("ix_caption_case_review", "case_id", "review", "source_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid)  # global: the same row in every library
    modified_at: dt.datetime = Field(default_factory=utcnow)  # the last change, for sync
    version: int = 1  # one more at each edit (Library.update): see EditConflictError
    case_id: int = Field(foreign_key="case.id", ondelete="CASCADE")
    caption: str
    credit: str = ""
    image_file: str = ""  # path under files/, when an image is attached


class Tag(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class ItemTag(SQLModel, table=True):
    """A tag on a case, source, event or quote (``item_kind`` says which table)."""

    __table_args__ = (UniqueConstraint("tag_id", "item_kind", "item_id"),)

    id: int | None = Field(default=None, primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", index=True, ondelete="CASCADE")
    item_kind: str = Field(index=True)  # "case", "source", "event", "quote", "caption"
    item_id: int = Field(index=True)


class SavedSearch(SQLModel, table=True):
    """A search the analyst keeps in the sidebar: a name and the query as typed."""

    __tablename__ = "saved_search"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    query: str
    created_at: dt.datetime = Field(default_factory=utcnow)


class GlossaryEntry(SQLModel, table=True):
    """The analyst's addition to the shipped glossary: one concept, its forms in each
    language separated by " | " (as in casefile/data/glossary_es_en.tsv)."""

    __tablename__ = "glossary_entry"

    id: int | None = Field(default=None, primary_key=True)
    spanish: str = ""
    english: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)


ITEM_TABLES: dict[str, type[SQLModel]] = {
    "case": Case,
    "source": Source,
    "event": Event,
    "quote": Quote,
    "caption": Caption,
    "actor": Actor,
}


def _note_change(_mapper: Any, _connection: Any, target: Any) -> None:
    """An update through the ORM (merging events, taking a source's evidence back) moves the
    row's version and time of change, as Library.update does: a concurrent edit or a sync
    sees it, and "the later change wins" judges it right."""
    if hasattr(target, "version"):
        target.version = (target.version or 0) + 1
    target.modified_at = utcnow()


for _model in (Case, Source, Event, EventSource, Quote, Caption, Actor):
    sa_event.listen(_model, "before_update", _note_change)

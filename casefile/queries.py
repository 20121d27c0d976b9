"""What an interface reads of one case: the rows its tables list, its counts, tags and period.

Each answer is one query (or one a kind) whose values are plain: tuples, named tuples, dicts,
and the library's own models where a whole item is wanted. :class:`CaseQueries` is mixed into
:class:`~casefile.library.Library`, so the interface asks ``library.event_rows(case_id)`` and
never builds SQL itself.

The table rows (``event_rows`` and its siblings) come straight from the driver as its own
tuples: SQLAlchemy's result rows cost ~40% more on 100,000 events. Values are as the driver
gives them, so a date is an ISO string from SQLite (a ``date`` from PostgreSQL), and each row
type below lists its fields in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, case, func, select, tuple_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from casefile.domain import Precision, Review
from casefile.models import (
    ITEM_TABLES,
    Actor,
    Caption,
    CaseSource,
    Event,
    EventActor,
    EventSource,
    ItemTag,
    Quote,
    Source,
    Tag,
)

# The kinds extraction proposes and an analyst reviews.
PROPOSAL_KINDS = ("event", "quote", "caption", "actor")
TAGGED_KINDS = ("event", "quote", "caption")  # the kinds of a case's items that carry tags
# A table cell shows one line of a quote or caption; the detail pane reads the whole item.
SHOWN_CHARACTERS = 300

StoredDate = dt.date | str  # as the driver gives it: an ISO string from SQLite
# (id, date, precision, end_date, title, place, status, review, source_id, category,
#  corroboration: sources that report it, days: the distinct days its sources give (more than
#  one is a date conflict), same_as_id)
EventRow = tuple[
    int, StoredDate, str, StoredDate | None, str, str, str, str, int | None, str, int, int,
    int | None,
]  # fmt: skip
# (id, date: its own, else its source's published date, speaker, text: its first
#  SHOWN_CHARACTERS, review)
QuoteRow = tuple[int, StoredDate | None, str, str, str]
# (id, caption: its first SHOWN_CHARACTERS, credit, review, image_file: its stored picture or "")
CaptionRow = tuple[int, str, str, str, str]
# (id, name, kind, role, country, aliases, review, quotes: how many quotes not rejected it said)
ActorRow = tuple[int, str, str, str, str, str, str, int]
# (id, published, title, outlet, kind, author, original_name)
SourceRow = tuple[int, StoredDate | None, str, str, str, str, str]

ProposalItem = Event | Quote | Caption | Actor


class SourceSummary(NamedTuple):
    """What names a source in a list: its title (or file name or address), outlet and day."""

    id: int
    title: str
    original_name: str
    url: str
    outlet: str
    published: dt.date | None


@dataclass(frozen=True)
class CaseTally:
    """A case's counts as the status bar gives them."""

    counts: dict[str, int]  # per kind ("source", "event", …); rejected proposals left out
    proposed: int  # proposals still awaiting review, of every kind


class CaseQueries:
    """The read-only questions about one case; :class:`~casefile.library.Library` has them."""

    engine: Engine

    # The item tables, one row a visible item. ``include_rejected`` False leaves rejected
    # proposals out; ``item_id`` reads that one item's row only (none if it is not shown).

    def event_rows(
        self,
        case_id: int,
        *,
        include_rejected: bool = False,
        item_id: int | None = None,
        after: tuple[StoredDate, int] | None = None,
        limit: int | None = None,
    ) -> list[EventRow]:
        """The case's timeline: its events by date, as :data:`EventRow` tuples.

        ``after`` (an event's date and id) and ``limit`` read the timeline a page at a time:
        at most ``limit`` events of those that come after that one in (date, id) order, which
        the index on (case_id, date) serves without sorting the case.
        """
        # Per event, from its links: the sources that report it (its own counts when it has
        # no links, as a bulk-loaded event) and the days they give. Correlated subqueries
        # on the link table's event_id index: one page of the timeline reads its own rows.
        reported = (
            select(func.count(func.distinct(col(EventSource.source_id))))
            .where(col(EventSource.event_id) == col(Event.id))
            .scalar_subquery()
        )
        corroboration = case(  # CASE, not max(a, b): PostgreSQL's max takes one argument
            (reported > 0, reported),
            (col(Event.source_id).is_not(None), 1),
            else_=0,
        )
        days = (
            select(func.count(func.distinct(col(EventSource.date))))
            .where(
                col(EventSource.event_id) == col(Event.id),
                col(EventSource.precision) == Precision.DAY.value,
            )
            .scalar_subquery()
        )
        statement = select(
            col(Event.id),
            col(Event.date),
            col(Event.precision),
            col(Event.end_date),
            col(Event.title),
            col(Event.place),
            col(Event.status),
            col(Event.review),
            col(Event.source_id),
            col(Event.category),
            corroboration,
            days,
            col(Event.same_as_id),
        ).order_by(col(Event.date), col(Event.id))
        if after is not None:
            date, event_id = after
            # _driver_rows hands values to the driver as they are: an ISO string compares as
            # SQLite stores a date.
            stored = date.isoformat() if isinstance(date, dt.date) else date
            statement = statement.where(
                tuple_(col(Event.date), col(Event.id)) > tuple_(stored, event_id)
            )
        if limit is not None:
            statement = statement.limit(limit)
        return self._item_rows(Event, statement, case_id, include_rejected, item_id)

    def picture_rows(self, case_id: int) -> list[tuple[Any, ...]]:
        """What the timeline picture draws of each event not rejected: (id, date, precision,
        end_date, title, status, category, direction, sources, days). Sources and days (the
        distinct days its sources give) come from one grouped pass over the links, not a
        query per event: a case of 100,000 events is read in one go."""
        counts = (
            select(
                col(EventSource.event_id).label("event_id"),
                func.count(func.distinct(col(EventSource.source_id))).label("sources"),
                func.count(
                    func.distinct(
                        case(
                            (col(EventSource.precision) == Precision.DAY.value, EventSource.date),
                        )
                    )
                ).label("days"),
            )
            .join(Event, col(Event.id) == col(EventSource.event_id))
            .where(col(Event.case_id) == case_id)
            .group_by(col(EventSource.event_id))
            .subquery()
        )
        own = case((col(Event.source_id).is_not(None), 1), else_=0)
        statement = (
            select(
                col(Event.id),
                col(Event.date),
                col(Event.precision),
                col(Event.end_date),
                col(Event.title),
                col(Event.status),
                col(Event.category),
                col(Event.direction),
                func.coalesce(func.nullif(counts.c.sources, 0), own),
                func.coalesce(counts.c.days, 0),
            )
            .outerjoin(counts, counts.c.event_id == col(Event.id))
            .where(col(Event.case_id) == case_id, col(Event.review) != Review.REJECTED.value)
        )
        return self._driver_rows(statement)

    def event_actor_names(self, case_id: int) -> dict[int, str]:
        """For each event linked to an actor, the name of its first linked actor."""
        statement = (
            select(col(EventActor.event_id), col(Actor.name))
            .join(Actor, col(Actor.id) == col(EventActor.actor_id))
            .where(col(Actor.case_id) == case_id)
            .order_by(col(EventActor.event_id), col(Actor.id))
        )
        names: dict[int, str] = {}
        for event_id, name in self._driver_rows(statement):
            names.setdefault(int(event_id), str(name))
        return names

    def event_directions(self, case_id: int) -> dict[int, str]:
        """Each event's direction ("MX>US"), for events that have one."""
        statement = select(col(Event.id), col(Event.direction)).where(
            col(Event.case_id) == case_id, col(Event.direction) != ""
        )
        return {
            int(event_id): str(direction) for event_id, direction in self._driver_rows(statement)
        }

    def quote_rows(
        self, case_id: int, *, include_rejected: bool = False, item_id: int | None = None
    ) -> list[QuoteRow]:
        """The case's quotes by date, as :data:`QuoteRow` tuples.

        A quote whose own date is not known (its article said "dijo" without a day) shows,
        and sorts by, its source's published date, as the brief dates it.
        """
        published = (
            select(col(Source.published))
            .where(col(Source.id) == col(Quote.source_id))
            .scalar_subquery()
        )
        said = func.coalesce(col(Quote.date), published)
        statement = select(
            col(Quote.id),
            said,
            col(Quote.speaker),
            func.substr(col(Quote.text), 1, SHOWN_CHARACTERS),
            col(Quote.review),
        ).order_by(said, col(Quote.id))
        return self._item_rows(Quote, statement, case_id, include_rejected, item_id)

    def caption_rows(
        self, case_id: int, *, include_rejected: bool = False, item_id: int | None = None
    ) -> list[CaptionRow]:
        """The case's photo captions in the order they were added, as :data:`CaptionRow`."""
        statement = select(
            col(Caption.id),
            func.substr(col(Caption.caption), 1, SHOWN_CHARACTERS),
            col(Caption.credit),
            col(Caption.review),
            col(Caption.image_file),
        ).order_by(col(Caption.id))
        return self._item_rows(Caption, statement, case_id, include_rejected, item_id)

    def actor_rows(
        self, case_id: int, *, include_rejected: bool = False, item_id: int | None = None
    ) -> list[ActorRow]:
        """The case's actors by name, as :data:`ActorRow` tuples."""
        said = (
            select(func.count(col(Quote.id)))
            .where(
                col(Quote.speaker_actor_id) == col(Actor.id),
                col(Quote.review) != Review.REJECTED.value,
            )
            .scalar_subquery()
        )
        statement = select(
            col(Actor.id),
            col(Actor.name),
            col(Actor.kind),
            col(Actor.role),
            col(Actor.country),
            col(Actor.aliases),
            col(Actor.review),
            said,
        ).order_by(col(Actor.name), col(Actor.id))
        return self._item_rows(Actor, statement, case_id, include_rejected, item_id)

    def quotes_by_actor(self, case_id: int) -> dict[int, int]:
        """How many of the case's quotes not rejected each actor said (linked actors only)."""
        statement = (
            select(col(Quote.speaker_actor_id), func.count(col(Quote.id)))
            .where(
                col(Quote.case_id) == case_id,
                col(Quote.speaker_actor_id).is_not(None),
                col(Quote.review) != Review.REJECTED.value,
            )
            .group_by(col(Quote.speaker_actor_id))
        )
        return {int(actor): int(count) for actor, count in self._driver_rows(statement)}

    def source_rows(self, case_id: int, *, item_id: int | None = None) -> list[SourceRow]:
        """The case's sources by publication date, as :data:`SourceRow` tuples."""
        statement = (
            select(
                col(Source.id),
                col(Source.published),
                col(Source.title),
                col(Source.outlet),
                col(Source.kind),
                col(Source.author),
                col(Source.original_name),
            )
            .join(CaseSource, col(CaseSource.source_id) == col(Source.id))
            .where(col(CaseSource.case_id) == case_id)
            .order_by(col(Source.published), col(Source.id))
        )
        if item_id is not None:
            statement = statement.where(col(Source.id) == item_id)
        return self._driver_rows(statement)

    def _item_rows(
        self,
        table: Any,
        statement: Select[*tuple[Any, ...]],
        case_id: int,
        include_rejected: bool,
        item_id: int | None,
    ) -> list[Any]:
        statement = statement.where(table.case_id == case_id)
        if not include_rejected:
            statement = statement.where(table.review != Review.REJECTED.value)
        if item_id is not None:
            statement = statement.where(table.id == item_id)
        return self._driver_rows(statement)

    def _driver_rows(self, statement: Select[*tuple[Any, ...]]) -> list[Any]:
        """Run a Core select straight through the driver and keep its plain tuples."""
        compiled = statement.compile(dialect=self.engine.dialect)
        parameters: Any = compiled.params
        if compiled.positiontup is not None:
            parameters = tuple(compiled.params[name] for name in compiled.positiontup)
        with self.engine.connect() as connection:
            driver_connection = connection.connection.dbapi_connection
            assert driver_connection is not None  # a checked-out connection always has one
            cursor = driver_connection.cursor()
            try:
                cursor.execute(str(compiled), parameters)
                return list(cursor.fetchall())
            finally:
                cursor.close()

    # Counts

    def case_tally(self, case_id: int) -> CaseTally:
        """How many sources and items the case holds, and how many proposals await review.

        One GROUP BY a kind: cheap enough to run after every edit.
        """
        counts: dict[str, int] = {}
        proposed = 0
        with self.engine.connect() as connection:
            counts["source"] = connection.execute(
                select(func.count()).where(col(CaseSource.case_id) == case_id)
            ).scalar_one()
            for kind in PROPOSAL_KINDS:
                table: Any = ITEM_TABLES[kind]
                rows = connection.execute(
                    select(table.review, func.count())
                    .where(table.case_id == case_id)
                    .group_by(table.review)
                )
                for review, count in rows:
                    if review != Review.REJECTED:
                        counts[kind] = counts.get(kind, 0) + count
                    if review == Review.PROPOSED:
                        proposed += count
        return CaseTally(counts, proposed)

    def pending_counts(self, case_id: int) -> dict[int, int]:
        """How many proposals still await review, per source of the case (by source id)."""
        counts: dict[int, int] = {}
        with self.engine.connect() as connection:
            for kind in PROPOSAL_KINDS:
                table: Any = ITEM_TABLES[kind]
                query = (
                    select(table.source_id, func.count())
                    .where(table.case_id == case_id, table.review == Review.PROPOSED.value)
                    .where(table.source_id.is_not(None))
                    .group_by(table.source_id)
                )
                for source_id, count in connection.execute(query):
                    counts[source_id] = counts.get(source_id, 0) + count
        return counts

    # Sources and what was drawn from them

    def source_summaries(self, case_id: int, source_ids: Collection[int]) -> list[SourceSummary]:
        """Those of ``source_ids`` that are in the case, by publication date."""
        query = (
            select(
                col(Source.id),
                col(Source.title),
                col(Source.original_name),
                col(Source.url),
                col(Source.outlet),
                col(Source.published),
            )
            .join(CaseSource, col(CaseSource.source_id) == col(Source.id))
            .where(col(CaseSource.case_id) == case_id, col(Source.id).in_(list(source_ids)))
            .order_by(col(Source.published), col(Source.id))
        )
        with self.engine.connect() as connection:
            return list(map(SourceSummary._make, connection.execute(query)))

    def items_from_source(self, case_id: int, source_id: int) -> list[tuple[str, ProposalItem]]:
        """(kind, item) for every event, quote, caption and actor of the case drawn from one
        source, in every review state, in the order their evidence appears in its text
        (items without evidence last)."""
        found: list[tuple[str, ProposalItem]] = []
        with Session(self.engine) as session:
            for kind in PROPOSAL_KINDS:
                table: Any = ITEM_TABLES[kind]
                query = select(table).where(table.case_id == case_id, table.source_id == source_id)
                found += [(kind, item) for item in session.scalars(query)]
        found.sort(key=_evidence_order)
        return found

    # The brief's choices

    def tags_in_case(self, case_id: int) -> list[str]:
        """Every tag on the case, its sources and its events, quotes and captions, sorted."""
        tagged = select(col(Tag.name)).join(ItemTag, col(ItemTag.tag_id) == col(Tag.id))
        queries = [
            tagged.where(col(ItemTag.item_kind) == "case", col(ItemTag.item_id) == case_id),
            tagged.join(CaseSource, col(CaseSource.source_id) == col(ItemTag.item_id)).where(
                col(ItemTag.item_kind) == "source", col(CaseSource.case_id) == case_id
            ),
        ]
        for kind in TAGGED_KINDS:
            table: Any = ITEM_TABLES[kind]
            queries.append(
                tagged.join(table, table.id == col(ItemTag.item_id)).where(
                    col(ItemTag.item_kind) == kind, table.case_id == case_id
                )
            )
        names: set[str] = set()
        with self.engine.connect() as connection:
            for query in queries:
                names.update(connection.execute(query).scalars())
        return sorted(names, key=str.casefold)

    def event_span(self, case_id: int) -> tuple[dt.date, dt.date] | None:
        """The dates of the case's first and last events, or None when it has none."""
        query = select(func.min(col(Event.date)), func.max(col(Event.date))).where(
            col(Event.case_id) == case_id
        )
        with self.engine.connect() as connection:
            first, last = connection.execute(query).one()
        if first is None or last is None:
            return None
        return first, last


def _evidence_order(found: tuple[str, ProposalItem]) -> tuple[bool, int, str, int]:
    kind, item = found
    start = item.evidence_start
    return (start is None, start or 0, kind, item.id or 0)

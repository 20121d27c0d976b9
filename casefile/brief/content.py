"""What goes into a brief: a case's accepted items, filtered by period and tags, with the
sources they cite numbered in order of first citation.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from casefile.consolidate import Standing, event_links, standings
from casefile.domain import ActorKind, Precision, Review, SourceKind
from casefile.files import is_stored_name
from casefile.ingest.lead import lead_of
from casefile.library import Library
from casefile.models import Caption, Event, EventActor, EventSource, Quote, Source

ALL_SECTIONS = frozenset({"summary", "timeline", "quotes", "captions", "actors", "sources"})
SECTION_ORDER = ("summary", "timeline", "quotes", "captions", "actors", "sources")
ACCEPTED = [Review.ACCEPTED.value]
_ID_CHUNK = 500  # stays well under SQLite's bound-parameter limit


@dataclass(frozen=True)
class BriefOptions:
    """What a brief prints: language, period (inclusive), sections, tags (any of), byline."""

    language: str = "en"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sections: frozenset[str] = ALL_SECTIONS
    tags: frozenset[str] = frozenset()
    author: str = ""
    organisation: str = ""
    classification: str = ""
    issued: dt.date | None = None  # today when not given
    paper: str = "a4"  # or "letter"


@dataclass(frozen=True)
class SourceNote:
    """One numbered note in the brief's list of sources."""

    number: int
    outlet: str
    title: str
    author: str
    published: dt.date | None
    url: str
    photo: bool = False  # an image source: a photograph, whose title is its caption's start


@dataclass(frozen=True)
class TimelineEntry:
    """One row of the key developments table."""

    date: dt.date
    end_date: dt.date | None
    precision: str
    title: str
    description: str
    place: str
    status: str
    notes: tuple[int, ...]  # every source that reports it, by note number
    corroboration: int = 1  # sources that report it
    category: str = ""
    # (note numbers, date, precision) per day its sources give, when they give several
    conflicts: tuple[tuple[tuple[int, ...], dt.date, str], ...] = ()


@dataclass(frozen=True)
class QuoteEntry:
    """One quotation with who said it and when."""

    text: str
    speaker: str
    date: dt.date | None
    notes: tuple[int, ...]


@dataclass(frozen=True)
class CaptionEntry:
    """A caption, its credit and, when attached, the image file."""

    caption: str
    credit: str
    image: Path | None
    notes: tuple[int, ...]


@dataclass(frozen=True)
class ActorEntry:
    """A person or organisation and the part they play."""

    name: str
    kind: str
    role: str
    country: str


@dataclass
class BriefContent:
    """Everything the layout prints, already filtered and in reading order."""

    title: str
    description: str
    summary: str
    country_codes: list[str]
    period_start: dt.date | None
    period_end: dt.date | None
    # Each end at the precision of what dates it: an event known only by month is "October
    # 2025" on the cover, not a false "1 October 2025"; dates the analyst chose are days.
    period_precision: tuple[str, str] = ("day", "day")
    timeline: list[TimelineEntry] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)
    captions: list[CaptionEntry] = field(default_factory=list)
    actors: list[ActorEntry] = field(default_factory=list)
    notes: list[SourceNote] = field(default_factory=list)


class Citations:
    """Numbers sources in the order the brief first cites them."""

    def __init__(self, sources: dict[int, Source], fetch: Callable[[int], Source | None]) -> None:
        self._sources = sources
        self._fetch = fetch
        self._numbers: dict[int, int] = {}
        self.notes: list[SourceNote] = []

    def cite_all(self, source_ids: Iterable[int | None]) -> tuple[int, ...]:
        """The note numbers of several sources, each once, in the order given."""
        numbers: list[int] = []
        for source_id in source_ids:
            for number in self.cite(source_id):
                if number not in numbers:
                    numbers.append(number)
        return tuple(numbers)

    def cite(self, source_id: int | None) -> tuple[int, ...]:
        """The note number for ``source_id`` (none for items typed by hand or a lost source)."""
        if source_id is None:
            return ()
        if source_id not in self._numbers:
            source = self._sources.get(source_id) or self._fetch(source_id)
            if source is None:
                return ()
            number = len(self.notes) + 1
            self._numbers[source_id] = number
            self.notes.append(
                SourceNote(
                    number=number,
                    outlet=source.outlet,
                    title=_note_title(source),
                    author=source.author,
                    published=source.published,
                    url=source.url,
                    photo=source.kind == SourceKind.IMAGE.value,
                )
            )
        return (self._numbers[source_id],)


def _note_title(source: Source) -> str:
    """A source's title for its note: a photograph is never named by its file."""
    if source.kind == SourceKind.IMAGE.value:
        return source.title
    return source.title or lead_of(source.text) or source.original_name


CollectProgress = Callable[[int, int], None]


def collect(
    library: Library, case_id: int, filters: BriefOptions, progress: CollectProgress | None = None
) -> BriefContent:
    """Gather the accepted items of a case that a brief with ``filters`` prints."""
    steps = 5
    report = progress or (lambda _done, _total: None)
    case = library.case(case_id)
    sources = {source.id: source for source in library.sources(case_id) if source.id is not None}
    citations = Citations(sources, lambda source_id: _source(library, source_id))
    wanted = filters.sections
    report(1, steps)

    events = _kept(library, "event", case_id, filters, lambda e: _event_overlaps(e, filters))
    ids = [event.id for event in events if event.id is not None]
    links = event_links(library, ids) if "timeline" in wanted else {}
    standing = standings(library, ids) if "timeline" in wanted else {}
    timeline = (
        [_timeline_entry(event, citations, links, standing) for event in events]
        if "timeline" in wanted
        else []
    )
    report(2, steps)

    quotes = _kept(library, "quote", case_id, filters, lambda q: _quote_in(q, sources, filters))
    quote_entries = (
        [QuoteEntry(q.text, q.speaker, q.date, citations.cite(q.source_id)) for q in quotes]
        if "quotes" in wanted
        else []
    )
    report(3, steps)

    captions = _kept(
        library, "caption", case_id, filters, lambda c: _caption_in(c, sources, filters)
    )
    caption_entries = (
        [_caption_entry(library, caption, citations) for caption in captions]
        if "captions" in wanted
        else []
    )
    report(4, steps)

    actors = _actors(library, case_id, filters, events, quotes) if "actors" in wanted else []
    start, end, precision = _period(events, filters)
    report(5, steps)
    return BriefContent(
        title=case.title,
        description=case.description,
        summary=case.summary if "summary" in wanted else "",
        country_codes=case.country_codes,
        period_start=start,
        period_end=end,
        period_precision=precision,
        timeline=timeline,
        quotes=quote_entries,
        captions=caption_entries,
        actors=actors,
        notes=citations.notes if "sources" in wanted else [],
    )


def _source(library: Library, source_id: int) -> Source | None:
    with library.session() as session:
        return session.get(Source, source_id)


def _kept(
    library: Library,
    kind: str,
    case_id: int,
    filters: BriefOptions,
    in_period: Callable[[Any], bool],
) -> list[Any]:
    items = library.items(kind, case_id, reviews=ACCEPTED)
    if filters.tags:
        tagged = library.tagged(kind, sorted(filters.tags))
        items = [item for item in items if item.id in tagged]
    return [item for item in items if in_period(item)]


def _last_day(value: dt.date, precision: str) -> dt.date:
    """The last day a date stands for: a month-precision date covers its whole month."""
    if precision == Precision.YEAR:
        return dt.date(value.year, 12, 31)
    if precision == Precision.MONTH:
        return dt.date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    return value


def _event_overlaps(event: Event, filters: BriefOptions) -> bool:
    end = _last_day(event.end_date or event.date, event.precision)
    if filters.date_from is not None and end < filters.date_from:
        return False
    return not (filters.date_to is not None and event.date > filters.date_to)


def _within(value: dt.date | None, filters: BriefOptions) -> bool:
    """Undated items stay: nothing says they fall outside the period."""
    if value is None:
        return True
    if filters.date_from is not None and value < filters.date_from:
        return False
    return not (filters.date_to is not None and value > filters.date_to)


def _published(source_id: int | None, sources: dict[int, Source]) -> dt.date | None:
    source = sources.get(source_id) if source_id is not None else None
    return source.published if source is not None else None


def _quote_in(quote: Quote, sources: dict[int, Source], filters: BriefOptions) -> bool:
    return _within(quote.date or _published(quote.source_id, sources), filters)


def _caption_in(caption: Caption, sources: dict[int, Source], filters: BriefOptions) -> bool:
    return _within(_published(caption.source_id, sources), filters)


def _timeline_entry(
    event: Event,
    citations: Citations,
    links: dict[int, list[EventSource]],
    standing: dict[int, Standing],
) -> TimelineEntry:
    """A row citing every source that reports the event, with how many do, and the days
    they give when they disagree."""
    assert event.id is not None
    held = links.get(event.id, [])
    notes = citations.cite_all([event.source_id, *(link.source_id for link in held)])
    state = standing.get(event.id)
    conflicts: tuple[tuple[tuple[int, ...], dt.date, str], ...] = ()
    if state is not None and state.conflicted:
        days: dict[dt.date, list[int | None]] = {}
        for source_id, day, _precision in state.conflicts:
            days.setdefault(day, []).append(source_id)
        conflicts = tuple(
            (citations.cite_all(sources), day, Precision.DAY.value)
            for day, sources in sorted(days.items())
        )
    return TimelineEntry(
        date=event.date,
        end_date=event.end_date,
        precision=event.precision,
        title=event.title,
        description=event.description,
        place=event.place,
        status=event.status,
        notes=notes,
        corroboration=state.corroboration if state is not None else len(notes),
        category=event.category,
        conflicts=conflicts,
    )


def _caption_entry(library: Library, caption: Caption, citations: Citations) -> CaptionEntry:
    # A name the library never makes (a row from a team library) is never followed as a path.
    image = library.files.path(caption.image_file) if is_stored_name(caption.image_file) else None
    if caption.image_file and image is None:
        image = library.files.root / "missing"  # printed as "image not available"
    return CaptionEntry(caption.caption, caption.credit, image, citations.cite(caption.source_id))


def _actors(
    library: Library,
    case_id: int,
    filters: BriefOptions,
    events: Sequence[Event],
    quotes: Sequence[Quote],
) -> list[ActorEntry]:
    """People and organisations; with tags set, those tagged or involved in what is printed."""
    actors = [
        actor
        for actor in library.items("actor", case_id, reviews=ACCEPTED)
        if actor.kind in (ActorKind.PERSON, ActorKind.ORGANISATION)
    ]
    if filters.tags:
        involved = library.tagged("actor", sorted(filters.tags))
        involved |= _event_actor_ids(library, [e.id for e in events if e.id is not None])
        involved |= {q.speaker_actor_id for q in quotes if q.speaker_actor_id is not None}
        actors = [actor for actor in actors if actor.id in involved]
    actors.sort(key=lambda actor: (actor.kind != ActorKind.PERSON, actor.name.casefold()))
    return [ActorEntry(a.name, a.kind, a.role, a.country) for a in actors]


def _event_actor_ids(library: Library, event_ids: Iterable[int]) -> set[int]:
    ids = list(event_ids)
    found: set[int] = set()
    with library.session() as session:
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            query = select(EventActor.actor_id).where(col(EventActor.event_id).in_(chunk))
            found.update(session.exec(query))
    return found


def _period(
    events: Sequence[Event], filters: BriefOptions
) -> tuple[dt.date | None, dt.date | None, tuple[str, str]]:
    """The period printed on the cover: the options' dates, else the events' span, each end
    with its precision."""
    start, end = filters.date_from, filters.date_to
    precision = [Precision.DAY.value, Precision.DAY.value]
    if events:
        if start is None:
            first = min(events, key=lambda event: (event.date, _finer(event.precision)))
            start, precision[0] = first.date, first.precision
        if end is None:
            last = max(
                events, key=lambda event: (event.end_date or event.date, _finer(event.precision))
            )
            end, precision[1] = last.end_date or last.date, last.precision
    return start, end, (precision[0], precision[1])


def _finer(precision: str) -> int:
    """Of two events on one date, the one known to the day dates the period."""
    return {Precision.DAY.value: 2, Precision.MONTH.value: 1}.get(precision, 0)

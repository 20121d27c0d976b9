"""Turning dropped files into sources: read, propose, store, one transaction per source."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from casefile import ingest
from casefile.domain import Review, SourceKind
from casefile.errors import CasefileError, DuplicateSourceError, NotFoundError
from casefile.files import content_hash
from casefile.import_pictures import (
    Pictures,
    forget_unlisted,
    make_thumbnails,
    photo_captions,
    store_pictures,
)
from casefile.library import Library
from casefile.models import (
    Actor,
    Caption,
    Case,
    CaseSource,
    Event,
    EventSource,
    Quote,
    Source,
    utcnow,
)
from casefile.speakers import link_speakers
from casefile.storage import LibraryWriteError, write_failure

if TYPE_CHECKING:
    from casefile.extract import Proposals

Progress = Callable[[int, int, str], None]
PageProgress = Callable[[str, int, int], None]  # (file name, pages done, pages in all)


@dataclass
class ImportReport:
    """What one import did, for the summary shown at the end."""

    added: list[tuple[str, int]] = field(default_factory=list)  # (name, source id)
    linked: list[tuple[str, int]] = field(default_factory=list)  # already in library, now in case
    duplicates: list[str] = field(default_factory=list)  # messages
    unreadable: list[str] = field(default_factory=list)  # messages
    cancelled: bool = False
    # Sources added whose page gave no date: their relative dates ("este lunes") wait for
    # the analyst to type it (propose_dated_events). Pictures are not counted.
    undated: list[tuple[str, int]] = field(default_factory=list)  # (name, source id)
    # The error behind each message above, so that an interface can say it in its own words.
    errors: dict[str, CasefileError] = field(default_factory=dict)

    def skip(self, skipped: list[str], error: CasefileError) -> None:
        """Note ``error`` in ``skipped`` (``duplicates`` or ``unreadable``) and in ``errors``."""
        message = str(error)
        skipped.append(message)
        self.errors[message] = error

    @property
    def problems(self) -> list[str]:
        return self.duplicates + self.unreadable

    def summary(self) -> str:
        parts = [f"{len(self.added)} added"]
        if self.linked:
            parts.append(f"{len(self.linked)} already in the library, added to this case")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} duplicate")
        if self.unreadable:
            parts.append(f"{len(self.unreadable)} unreadable")
        if self.undated:
            parts.append(f"{len(self.undated)} without a date")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


def known_actors(library: Library, case_id: int) -> list[tuple[str, list[str]]]:
    """The case's accepted actors with their aliases, for matching new mentions."""
    return [
        (actor.name, actor.alias_list)
        for actor in library.items("actor", case_id, reviews=[Review.ACCEPTED.value])
    ]


def add_document(
    library: Library,
    case_id: int,
    document: ingest.Document,
    *,
    accept: bool = False,
    proposals: Proposals | None = None,
    _retried: bool = False,
) -> tuple[str, int]:
    """Store ``document`` as a source of the case with its proposals, in one transaction.

    Returns ("added" or "linked", source id). Raises DuplicateSourceError when the same
    content is already in this case.
    """
    library.case(case_id)  # a clear NotFoundError before any work
    data = document.content or document.text.encode("utf-8")
    digest = content_hash(data)
    name = document.original_name or document.title or "text"
    with library.session() as session:
        existing = session.exec(select(Source).where(Source.content_hash == digest)).first()
        if existing is not None and session.get(CaseSource, (case_id, existing.id)) is not None:
            shown = existing.title or existing.original_name
            raise DuplicateSourceError(key="duplicate_in_case", name=name, shown=shown)
    # Extraction is imported when first used: compiling its patterns takes ~0.4 s, which a
    # window that only shows the library (and imports this module) should not wait for.
    from casefile.ingest.lead import lead_of

    if proposals is None:
        proposals = _proposals_of(library, case_id, document)
    review = Review.ACCEPTED.value if accept else Review.PROPOSED.value
    if existing is not None and existing.id is not None:
        pictures = store_pictures(library, document, proposals.captions, existing.stored_file, name)
        try:
            with library.session() as session:
                session.add(CaseSource(case_id=case_id, source_id=existing.id))
                _add_proposals(session, case_id, existing.id, document, proposals, review, pictures)
                session.commit()
        except BaseException:
            forget_unlisted(library, pictures.written)
            raise
        make_thumbnails(library, pictures)
        return "linked", existing.id
    stored = ""
    if document.content and document.suffix:
        try:
            stored = library.files.put(document.content, digest, document.suffix)
        except OSError as exc:
            failure = write_failure(exc, library.folder) or LibraryWriteError(
                key="file_not_stored", name=name, folder=library.folder, detail=exc.strerror
            )
            raise failure from exc
    try:
        pictures = store_pictures(library, document, proposals.captions, stored, name)
    except BaseException:
        forget_unlisted(library, [stored])
        raise
    source = Source(
        kind=str(document.kind),
        title=document.title or lead_of(document.text, proposals.captions),
        outlet=document.outlet or "",
        author=document.author or "",
        url=document.url or "",
        language=document.language or "",
        published=document.published,
        original_name=document.original_name or "",
        stored_file=stored,
        content_hash=digest,
        text=document.text,
    )
    try:
        with library.session() as session:
            session.add(source)
            session.flush()
            assert source.id is not None
            session.add(CaseSource(case_id=case_id, source_id=source.id))
            _add_proposals(session, case_id, source.id, document, proposals, review, pictures)
            session.commit()
    except IntegrityError:
        # Another process (a colleague on the team library) stored the same content between
        # our check and our insert: it is stored once; this case links to it, as when the
        # source was there before (or is told it has it already).
        if _retried:
            raise DuplicateSourceError(key="duplicate_in_library", name=name) from None
        return add_document(
            library, case_id, document, accept=accept, proposals=proposals, _retried=True
        )
    except BaseException:
        forget_unlisted(library, [stored, *pictures.written])
        raise
    assert source.id is not None
    make_thumbnails(library, pictures)
    return "added", source.id


def _proposals_of(library: Library, case_id: int, document: ingest.Document) -> Proposals:
    """What the document's text proposes; a photo's caption line proposes nothing of its own
    (its figure is proposed as a caption: ``import_pictures.photo_captions``)."""
    from casefile.extract import Proposals, propose

    if document.kind == SourceKind.IMAGE and not document.read_by_ocr:
        return Proposals(events=[], quotes=[], captions=[], actors=[])
    return propose(
        document.text,
        document.published,
        document.language,
        known_actors=known_actors(library, case_id),
        headline=document.title,
    )


def _excerpt(text: str, start: int, end: int) -> str:
    return text[max(0, start) : max(0, end)]


def _add_proposals(
    session: Session,
    case_id: int,
    source_id: int,
    document: ingest.Document,
    proposals: Proposals,
    review: str,
    pictures: Pictures,
) -> None:
    text = document.text
    evidence: dict[str, Any] = {"review": review, "source_id": source_id}
    _add_events(session, case_id, source_id, text, proposals, review)
    for quote in proposals.quotes:
        session.add(
            Quote(
                case_id=case_id,
                text=quote.text,
                speaker=quote.speaker or "",
                date=quote.date,
                evidence_start=quote.start,
                evidence_end=quote.end,
                evidence_text=_excerpt(text, quote.start, quote.end),
                **evidence,
            )
        )
    for index, caption in enumerate(proposals.captions):
        session.add(
            Caption(
                case_id=case_id,
                caption=caption.caption,
                credit=caption.credit,
                image_file=pictures.by_caption.get(index, ""),
                evidence_start=caption.start,
                evidence_end=caption.end,
                evidence_text=_excerpt(text, caption.start, caption.end),
                **evidence,
            )
        )
    if document.kind == SourceKind.IMAGE:
        session.add_all(photo_captions(case_id, document, pictures, evidence))
    existing_names = {
        name.casefold() for name in session.exec(select(Actor.name).where(Actor.case_id == case_id))
    }
    for actor in proposals.actors:
        name = actor.known_as or actor.name
        if actor.known_as and _extends(actor.name, actor.known_as):
            _fuller_actor(session, case_id, actor.known_as, actor.name)
            existing_names.add(actor.name.casefold())
            continue
        if name.casefold() in existing_names:
            continue
        existing_names.add(name.casefold())
        session.add(
            Actor(
                case_id=case_id,
                name=name,
                kind=str(actor.kind),
                evidence_start=actor.start,
                evidence_end=actor.end,
                evidence_text=_excerpt(text, actor.start, actor.end),
                **evidence,
            )
        )


def _extends(name: str, known: str) -> bool:
    """Whether ``name`` is ``known`` with given names before it: "Mauricio Macri" for the
    case's "Macri", the one word an earlier article gave."""
    words, known_words = name.split(), known.split()
    return len(known_words) == 1 and len(words) > 1 and words[-1].casefold() == known.casefold()


def _fuller_actor(session: Session, case_id: int, known: str, name: str) -> None:
    """The case's actor filed under a bare surname takes the full name an article gives,
    the surname kept as an alias, so every source of the case files them under one name."""
    for actor in session.exec(select(Actor).where(Actor.case_id == case_id, Actor.name == known)):
        aliases = [*actor.alias_list, known]
        actor.name = name
        actor.aliases = "; ".join(dict.fromkeys(aliases))
        actor.version += 1
        actor.modified_at = utcnow()
        session.add(actor)


def _add_events(
    session: Session,
    case_id: int,
    source_id: int,
    text: str,
    proposals: Proposals,
    review: str,
) -> list[int]:
    """The source's events with their first links, categories and directions. An event that
    reports a happening the case already holds is proposed "same as" it; accepted at once
    (``review`` accepted, as ``import --accept`` does), its evidence joins that event.
    Returns the ids of the events added."""
    from casefile.consolidate import find_same_as
    from casefile.extract.categories import categorize, country_names, direction

    case = session.get(Case, case_id)
    countries = [(code, country_names(code)) for code in (case.country_codes if case else [])]
    added: set[int] = set()
    for proposed in proposals.events:
        evidence_text = _excerpt(text, proposed.start, proposed.end_offset)
        clause = f"{proposed.title} {evidence_text}"
        same_as = find_same_as(
            session,
            case_id,
            proposed.date,
            str(proposed.precision),
            clause,
            other_than_source=source_id,
            excluded=added,
        )
        link = EventSource(
            source_id=source_id,
            evidence_start=proposed.start,
            evidence_end=proposed.end_offset,
            evidence_text=evidence_text,
            date=proposed.date,
            precision=str(proposed.precision),
            event_id=0,
        )
        if same_as is not None and review == Review.ACCEPTED.value:
            link.event_id = same_as
            session.add(link)
            continue
        event = Event(
            case_id=case_id,
            date=proposed.date,
            precision=str(proposed.precision),
            end_date=proposed.end,
            status=str(proposed.status),
            title=proposed.title,
            place=proposed.place,
            category=str(categorize(evidence_text or proposed.title)),
            direction=direction(evidence_text, countries),
            same_as_id=same_as,
            review=review,
            source_id=source_id,
            evidence_start=proposed.start,
            evidence_end=proposed.end_offset,
            evidence_text=evidence_text,
        )
        session.add(event)
        session.flush()
        assert event.id is not None
        added.add(event.id)
        link.event_id = event.id
        session.add(link)
    return sorted(added)


class Dated(NamedTuple):
    """What dating a source proposed: the events added, the quotes given their day, and the
    untouched proposals a new date moved (deleted, their rows kept for undo)."""

    events: list[int]
    quotes: list[int]
    replaced: list[dict[str, Any]]


def propose_dated_events(library: Library, source_id: int) -> Dated:
    """Propose, in every case that holds the source, the events its text dates once its
    published date is known: what its relative dates ("este lunes", "ayer", "last week")
    resolve to, which an import of a page that gave no date could not propose; and give its
    quotes without a date the day their sentence now gives ("“…”, dijo este lunes").

    When the date is corrected rather than newly given, a proposal nobody has touched yet
    (not reviewed, not edited, on this source alone) whose day the new date changes is
    replaced by the new one. Any other stretch of the text that already gives one of the
    case's events from this source, in any review state, proposes nothing new: what the
    analyst accepted, edited or rejected stays as it is, and so does a quote's date already
    set. Pictures are left out (their text is a caption line). Returns what changed, for undo
    (:func:`withdraw_dated`).
    """
    from casefile.extract import Proposals, propose

    with library.session() as session:
        source = session.get(Source, source_id)
        if source is None or source.published is None or source.kind == SourceKind.IMAGE:
            return Dated([], [], [])
        text, published, language = source.text, source.published, source.language
        headline = source.title
        case_ids = list(
            session.exec(select(CaseSource.case_id).where(CaseSource.source_id == source_id))
        )
    dated = Dated([], [], [])
    for case_id in case_ids:
        proposed = propose(
            text, published, language or None, known_actors(library, case_id), headline
        )
        with library.session() as session:
            moved = _moved_proposals(session, case_id, source_id, proposed.events)
        dated.replaced.extend(library.delete("event", event_id) for event_id in moved)
        with library.session() as session:
            taken = _evidence_spans(session, case_id, source_id)
            new = [
                event
                for event in proposed.events
                if not any(event.start < end and start < event.end_offset for start, end in taken)
            ]
            only_events = Proposals(events=new, quotes=[], captions=[], actors=[])
            dated.events.extend(
                _add_events(session, case_id, source_id, text, only_events, Review.PROPOSED.value)
            )
            session.commit()
            undated = session.exec(
                select(Quote.id, Quote.evidence_start).where(
                    Quote.case_id == case_id,
                    Quote.source_id == source_id,
                    col(Quote.date).is_(None),
                )
            ).all()
        said = {quote.start: quote.date for quote in proposed.quotes if quote.date}
        for quote_id, start in undated:
            if quote_id is not None and start in said:
                library.update("quote", quote_id, date=said[start])
                dated.quotes.append(quote_id)
    return dated


def _moved_proposals(
    session: Session, case_id: int, source_id: int, fresh: Sequence[Any]
) -> list[int]:
    """The case's untouched proposals from this source (proposed, never edited, on it alone)
    whose stretch of text the new date resolves to another date or precision."""
    resolved = {(e.start, e.end_offset): (e.date, str(e.precision)) for e in fresh}
    moved = []
    for event in session.exec(
        select(Event).where(
            Event.case_id == case_id,
            Event.source_id == source_id,
            Event.review == Review.PROPOSED.value,
            Event.version == 1,
        )
    ):
        now = resolved.get((event.evidence_start or -1, event.evidence_end or -1))
        if now is None or now == (event.date, event.precision):
            continue
        links = session.exec(select(EventSource.source_id).where(EventSource.event_id == event.id))
        if set(links) == {source_id} and event.id is not None:
            moved.append(event.id)
    return moved


def withdraw_dated(library: Library, dated: Dated) -> list[int]:
    """Undo :func:`propose_dated_events`: its events deleted, the proposals it replaced put
    back (their ids returned), its quotes' days taken back (those still there)."""
    for event_id in dated.events:
        try:
            library.delete("event", event_id)
        except NotFoundError:
            continue  # deleted meanwhile (a colleague, the source removed): nothing to undo
    restored = [library.restore("event", snapshot).id for snapshot in dated.replaced]
    for quote_id in dated.quotes:
        try:
            library.update("quote", quote_id, date=None)
        except NotFoundError:
            continue
    return restored


def _evidence_spans(session: Session, case_id: int, source_id: int) -> list[tuple[int, int]]:
    """Where the case's events from this source stand in its text: their own evidence and
    every link of theirs to it."""
    own = session.exec(
        select(Event.evidence_start, Event.evidence_end).where(
            Event.case_id == case_id, Event.source_id == source_id
        )
    )
    linked = session.exec(
        select(EventSource.evidence_start, EventSource.evidence_end)
        .join(Event, col(Event.id) == col(EventSource.event_id))
        .where(Event.case_id == case_id, EventSource.source_id == source_id)
    )
    return [(start, end) for start, end in [*own, *linked] if start is not None and end is not None]


def import_paths(
    library: Library,
    case_id: int,
    paths: Iterable[Path],
    *,
    accept: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    pages: PageProgress | None = None,
) -> ImportReport:
    """Import files and folders (recursively) into a case; one transaction per source.

    ``pages`` follows a scan or picture being read by OCR page by page; a cancel stops it
    between two pages and nothing of that file is stored.
    """
    report = ImportReport()
    files = list(ingest.iter_article_files(paths))
    for index, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(index, len(files), path.name)
        steps = ingest.Steps(
            progress=partial(pages, path.name) if pages is not None else None,
            cancelled=cancelled,
        )
        try:
            document = ingest.read(path, steps)
        except ingest.OcrCancelled:
            report.cancelled = True
            break
        except CasefileError as exc:
            report.skip(report.unreadable, exc)
            continue
        _import_document(library, case_id, document, accept, report)
    if report.added:
        link_speakers(library, case_id)  # across the batch: "Macri" here, in full there
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


def import_documents(
    library: Library, case_id: int, documents: Sequence[ingest.Document], *, accept: bool = False
) -> ImportReport:
    """Import documents already read (dropped text, links, HTML from a browser)."""
    report = ImportReport()
    for document in documents:
        _import_document(library, case_id, document, accept, report)
    if report.added:
        link_speakers(library, case_id)
    return report


def _import_document(
    library: Library, case_id: int, document: ingest.Document, accept: bool, report: ImportReport
) -> None:
    for part in [document, *document.attachments]:
        name = part.original_name or part.title or "text"
        try:
            outcome, source_id = add_document(library, case_id, part, accept=accept)
        except DuplicateSourceError as exc:
            report.skip(report.duplicates, exc)
            continue
        except LibraryWriteError:
            raise  # every later file would fail the same way: stop and say why
        except CasefileError as exc:
            report.skip(
                report.unreadable, CasefileError(key="source_refused", name=name, problem=exc)
            )
            continue
        (report.added if outcome == "added" else report.linked).append((name, source_id))
        if outcome == "added" and part.published is None and part.kind != SourceKind.IMAGE:
            report.undated.append((name, source_id))

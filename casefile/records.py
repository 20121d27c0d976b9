"""Cases, items and proposals as plain JSON-ready dicts, for the command line and bundles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.domain import Precision

if TYPE_CHECKING:  # the library's database stack is not needed to extract from a file
    from casefile.library import Library


def date_at_precision(value: dt.date | None, precision: str) -> str | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``: only as much as the text gives."""
    if value is None:
        return None
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


# A row's version counts the edits made in this library: the same row synced to another
# library has its own count. Its global id ("uid") and last change ("modified_at") are shown.
LOCAL = {"version"}


def case_as_dict(library: Library, case_id: int) -> dict[str, Any]:
    """The case with every source and item, fields named as in the library."""
    case = library.case(case_id)
    value: dict[str, Any] = {
        "case": {**case.model_dump(exclude=LOCAL), "tags": library.tags("case", case_id)}
    }
    value["sources"] = [
        {**source.model_dump(exclude={"text", *LOCAL}), "characters": len(source.text)}
        for source in library.sources(case_id)
    ]
    for kind, key in (
        ("event", "events"),
        ("quote", "quotes"),
        ("caption", "captions"),
        ("actor", "actors"),
    ):
        value[key] = [item.model_dump(exclude=LOCAL) for item in library.items(kind, case_id)]
    from casefile.consolidate import event_links, standings

    ids = [event["id"] for event in value["events"]]
    standing = standings(library, ids)
    linked = event_links(library, ids)
    for event in value["events"]:
        event["date_text"] = date_at_precision(event["date"], event["precision"])
        event["sources"] = [
            {
                "source_id": link.source_id,
                "evidence_text": link.evidence_text,
                "date": date_at_precision(link.date, link.precision),
            }
            for link in linked.get(event["id"], [])
        ]
        event["corroboration"] = standing[event["id"]].corroboration
        event["date_conflict"] = standing[event["id"]].conflicted
    return value


def extraction_as_dict(path: Path, published: dt.date | None = None) -> dict[str, Any]:
    """What the app proposes from one file, without touching any library."""
    from casefile import ingest
    from casefile.extract import propose

    document = ingest.read(path)
    reference = published or document.published
    proposals = propose(document.text, reference, document.language, headline=document.title)
    return {
        "source": {
            "title": document.title,
            "outlet": document.outlet,
            "url": document.url,
            "published": reference.isoformat() if reference else None,
            "language": document.language,
            "kind": str(document.kind),
            "read_by_ocr": document.read_by_ocr,  # the text was recognised in its pictures
            "characters": len(document.text),
        },
        "events": [
            {
                "date": date_at_precision(event.date, str(event.precision)),
                "precision": str(event.precision),
                "end": event.end.isoformat() if event.end else None,
                "status": str(event.status),
                "title": event.title,
                "place": event.place,
                "evidence": event.evidence,
                "start": event.start,
                "end_offset": event.end_offset,
            }
            for event in proposals.events
        ],
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "evidence_start": quote.start,
                "evidence_end": quote.end,
            }
            for quote in proposals.quotes
        ],
        "captions": [
            {"caption": caption.caption, "credit": caption.credit} for caption in proposals.captions
        ],
        "actors": [
            {"name": actor.known_as or actor.name, "kind": str(actor.kind)}
            for actor in proposals.actors
        ],
    }


def dates_as_list(
    text: str, reference: dt.date | None, language: str | None
) -> list[dict[str, Any]]:
    """The temporal expressions found in ``text``, resolved against ``reference``."""
    from casefile.extract.dates import find_dates

    return [
        {
            "text": found.text,
            "start": found.start,
            "end": found.end,
            "value": date_at_precision(found.value, str(found.precision)),
            "precision": str(found.precision),
            "end_value": found.end_value.isoformat() if found.end_value else None,
        }
        for found in find_dates(text, reference, language)
    ]

"""What the app proposes from an article's text: events, quotes, captions and actors.

``propose`` is the one entry point the importer calls; each kind of item has its own module
and can be used on its own. Everything here is a proposal for the analyst to review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casefile.domain import ActorKind, EventStatus, Precision
from casefile.extract.actors import ActorProposal, place_of, propose_actors
from casefile.extract.captions import CaptionProposal, propose_captions
from casefile.extract.dates import detect_language
from casefile.extract.events import EventProposal, propose_events
from casefile.extract.quotes import QuoteProposal, propose_quotes
from casefile.extract.speaker_names import canonical_speakers
from casefile.folding import name_key

__all__ = [
    "ActorProposal",
    "CaptionProposal",
    "EventProposal",
    "Proposals",
    "QuoteProposal",
    "propose",
]


@dataclass
class Proposals:
    """Everything proposed from one text, each item with offsets into that text."""

    events: list[EventProposal]
    quotes: list[QuoteProposal]
    captions: list[CaptionProposal]
    actors: list[ActorProposal]


def propose(
    text: str,
    published: dt.date | None,
    language: str | None = None,
    known_actors: Sequence[tuple[str, Sequence[str]]] = (),
    headline: str | None = None,
) -> Proposals:
    """Events, quotes, captions and actors proposed from ``text``.

    ``published`` anchors relative dates ("el pasado 11 de enero"); ``language`` is "es",
    "en" or None to detect it; ``known_actors`` are (canonical name, aliases) pairs of the
    case's accepted actors, so new mentions are matched to them; ``headline`` is the title
    the page was read to have, never a picture's caption ("Headline | Site" looks like one).
    """
    text = _rejoined(text)
    lang = language or detect_language(text)
    captions = [c for c in propose_captions(text) if not _is_headline(c, headline)]
    text = _without_related_links(text)  # captions read first: a link line may hold none
    events = _with_caption_days(
        propose_events(_without_captions(text, captions), published, lang),
        _caption_events(text, captions, published, lang),
    )
    for event in events:
        event.place = place_of(event.evidence, lang)
    actors = propose_actors(_without_bylines(_without_credits(text, captions)), known_actors, lang)
    quotes = propose_quotes(text, lang)
    people = [a.known_as or a.name for a in actors if a.kind is ActorKind.PERSON]
    people += [a.name for a in actors if a.kind is ActorKind.PERSON and a.known_as]
    people += [name for name, _ in known_actors]
    named = canonical_speakers([(q.speaker, q.start) for q in quotes], text, people)
    for quote, speaker in zip(quotes, named, strict=True):
        quote.speaker = speaker
        quote.date = _day_said(quote, events, published)
    return Proposals(events=events, quotes=quotes, captions=captions, actors=actors)


def _is_headline(caption: CaptionProposal, headline: str | None) -> bool:
    key = name_key(headline)
    return bool(key) and name_key(caption.caption) == key


def _day_said(
    quote: QuoteProposal, events: Sequence[EventProposal], published: dt.date | None
) -> dt.date | None:
    """The day the sentences that hold ``quote`` give for it ("“…”, dijo este lunes"): the
    one day of a past event proposed from them, never a day still to come; None when they
    give none, or more than one."""
    days = {
        event.date
        for event in events
        if event.precision is Precision.DAY
        and event.status is not EventStatus.PLANNED
        and event.start < quote.end
        and event.end_offset > quote.start
        and (published is None or event.date <= published)
    }
    return days.pop() if len(days) == 1 else None


def _without_captions(text: str, captions: list[CaptionProposal]) -> str:
    """``text`` with caption lines blanked out, keeping every offset where it was.

    A photo caption describes the picture, often of an older occasion ("la otra semana"),
    not the news the article dates; events drawn from it would mislead.
    """
    return _blanked(text, [(caption.start, caption.end) for caption in captions])


# A caption that says its picture is an old one: "Foto de archivo", "FILE PHOTO:", "(file)".
_ARCHIVE_PICTURE = re.compile(r"(?i:\barchivo\b|\bfile\b|\bfile[ \t]+photo\b)")


def _caption_events(
    text: str, captions: list[CaptionProposal], published: dt.date | None, lang: str
) -> list[EventProposal]:
    """The events each caption dates, read caption by caption (never over the whole text
    again), with offsets into ``text``; none from a picture the caption says is old."""
    found: list[EventProposal] = []
    for caption in captions:
        line = text[caption.start : caption.end]
        if _ARCHIVE_PICTURE.search(line):
            continue
        for event in propose_events(line, published, lang):
            found.append(
                dataclasses.replace(
                    event,
                    start=event.start + caption.start,
                    end_offset=event.end_offset + caption.start,
                )
            )
    return found


def _with_caption_days(
    events: list[EventProposal], pictured: list[EventProposal]
) -> list[EventProposal]:
    """The story's events, and those a caption dates on a day the story does not: "posan …
    tras la investidura este lunes" is the day's news too; a caption on a day the story
    dates adds nothing."""
    days = {(event.date, event.precision) for event in events}
    kept = list(events)
    for event in pictured:
        if (event.date, event.precision) not in days:
            days.add((event.date, event.precision))
            kept.append(event)
    return sorted(kept, key=lambda event: event.start)


def _without_credits(text: str, captions: list[CaptionProposal]) -> str:
    """``text`` with the photographers credited under captions blanked out, keeping every
    offset where it was.

    "Photo by Alex Moreno" credits a photographer, who is not an actor in the story; an
    institution credited ("Foto: Gobierno de Sonora") may well be, so it stays.
    """
    spans = []
    for caption in captions:
        credited = propose_actors(caption.credit) if caption.credit else []
        if not credited or any(actor.kind is not ActorKind.PERSON for actor in credited):
            continue
        at = text.rfind(caption.credit, caption.start, caption.end)
        if at >= 0:
            spans.append((at, at + len(caption.credit)))
    return _blanked(text, spans)


# Hard-wrapped text (wire copy pasted from an e-mail, "Xi⏎Jinping a Lima"): most lines of
# a similar middling length, most of them ending inside a sentence.
_WRAPPED_LINE = range(40, 91)
_MIN_WRAPPED_LINES = 6
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”»)\]]\s*$")


def _rejoined(text: str) -> str:
    """``text`` with the lines of a hard-wrapped text joined into its paragraphs, a line
    break inside a sentence turned to a space, every offset where it was; any other text as
    it is (a headline, a caption or a list keeps its own lines)."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    wrapped = [line for line in filled if len(line.rstrip()) in _WRAPPED_LINE]
    open_ended = [line for line in wrapped if not _ENDS_SENTENCE.search(line)]
    if (
        len(filled) < _MIN_WRAPPED_LINES
        or len(wrapped) < 0.6 * len(filled)
        or len(open_ended) < 0.5 * len(wrapped)
    ):
        return text
    joined = [
        line + (" " if index + 1 < len(lines) else "")
        if len(line.rstrip()) in _WRAPPED_LINE
        and not _ENDS_SENTENCE.search(line)
        and index + 1 < len(lines)
        and lines[index + 1].strip()
        else line + ("\n" if index + 1 < len(lines) else "")
        for index, line in enumerate(lines)
    ]
    return "".join(joined)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each (start, end) span turned to spaces: offsets stay where they were."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# Who wrote, reported or edited the piece: journalists, not actors in the story.
_BYLINES = re.compile(
    r"^[ \t]*(?:By|BY|Por|POR)[ \t]+[A-ZÁÉÍÓÚÑ][^\n]{1,80}$"
    r"|\((?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b[^)\n]{1,300}\)"
    r"|^[ \t]*(?:(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by|Con\s+información\s+de"
    r"|Edición(?:\s+de)?|Redacción)\b[^\n]{1,200}$"
    r"|^[^\n]{0,120}\b(?:writers?|reporters?|correspondents?)\b[^\n]{0,120}\bcontributed"
    r"\s+to\s+this\s+report\.?[ \t]*$",
    re.MULTILINE,
)


# A line that links to another article ("READ: …", "LEA TAMBIÉN: …", "Mirá también …"):
# another story's headline, never a sentence of this one.
_RELATED_LINK = re.compile(
    r"^[ \t]*(?i:(?:also[ \t]+)?read(?:[ \t]+(?:more|also))?|see[ \t]+also|related"
    r"|le[ae][ \t]+(?:también|tambien|más|mas)|leer[ \t]+(?:también|más)|mir[aá](?:[ \t]+"
    r"(?:también|tambien))?|ver[ \t]+también|(?:también[ \t]+)?te[ \t]+puede[ \t]+interesar"
    r"|noticias?[ \t]+relacionadas?)[ \t]*(?::|\||»|(?<=n)(?=[A-ZÁÉÍÓÚÑ]))[^\n]*$",
    re.MULTILINE,
)


def _without_related_links(text: str) -> str:
    """``text`` with lines that link to other articles blanked, offsets kept."""
    return _RELATED_LINK.sub(lambda match: " " * len(match.group()), text)


def _without_bylines(text: str) -> str:
    """``text`` with bylines and reporting or editing credits blanked, offsets kept."""
    return _BYLINES.sub(lambda match: " " * len(match.group()), text)

"""Score extraction against articles with expected results.

Usage: python scripts/eval_extraction.py [DIR] [--articles FOLDER]   (default /work/shared/corpus)
       python scripts/eval_extraction.py --set realnews [--peer heideltime] [--misses]
       python scripts/eval_extraction.py --set fixtures|heldout|corpus

Every ``NAME.expected.json`` in DIR is paired with the article ``NAME.<suffix>`` of a format
Casefile reads (.txt, .md, .html, .pdf, .docx, .eml), found beside it or in ``--articles``
(tests/fixtures/expected/ with tests/fixtures/articles/ is our own set). Each article is read
through ``casefile.ingest.read`` and proposed from as the importer does; an e-mail is scored
together with the articles attached to it, each part against its own publication date.

Proposals are compared with what an analyst extracted (see the corpus README): events on date
at its precision plus evidence, quotes on their text (and separately with the speaker),
captions on caption plus credit (a closing full stop is not part of either), people and
places case-insensitively against the PERSON and PLACE actors proposed. Organisations are
listed but not scored, since the expected files do not name them. Optional events never count
against recall. Each miss is printed: what was expected and not proposed, and what was
proposed and not expected.

Besides precision, recall and F1 it counts wrong days (a day proposed in a month the expected
events have, on none of their days), speakers right (of the expected quotes found, those
credited to the expected person, or to nobody when nobody is), credits right (of the expected
captions found by their caption, those with the expected credit) and, where the expected file
has ``title`` and ``outlet``, the source's headline and outlet as read. Of the matched events
it checks the titles: "event titles ok" is the share at most 90 characters long with no "…",
no dateline and no attribution wrapper (según / according to, or "X dijo que" unless the
annotator's ``what`` reports the saying itself), and "title words" the mean share of the
``what``'s content words (folded, stop words out) found in the title.

``--set realnews`` scores the real-news set (scripts/realnews_eval.py: eval/realnews/, texts
git-ignored) and names the texts that are missing; ``--peer heideltime`` scores HeidelTime's
DATEs on the same texts, by the same code, as a second row.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casefile.domain import ActorKind  # noqa: E402
from casefile.extract import Proposals, propose  # noqa: E402
from casefile.extract.actors import ActorProposal  # noqa: E402
from casefile.extract.captions import CaptionProposal  # noqa: E402
from casefile.extract.quotes import QuoteProposal  # noqa: E402
from casefile.folding import fold, name_key  # noqa: E402
from casefile.ingest import SUPPORTED_SUFFIXES, Document, read  # noqa: E402
from scripts import realnews_eval  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus")
SETS = {
    "corpus": (DEFAULT_CORPUS, None),
    "fixtures": (ROOT / "tests/fixtures/expected", ROOT / "tests/fixtures/articles"),
    "heldout": (ROOT / "tests/fixtures/heldout", None),
}
PEER_SPECS = Path("/work/shared/peer-specs/recognizers-text-datetime")
CATEGORIES = ("events", "quotes", "quotes+speaker", "captions", "actors")
CHECKS = (
    "speakers right",
    "credits right",
    "titles right",
    "outlets right",
    "published right",
    "event titles ok",
)
SHARES = ("title words",)
EXPECTED_SUFFIX = ".expected.json"

# What a matched event's title is checked for: an analyst's title is short and carries no
# attribution ("según el comunicado", "X dijo que", "according to"), no dateline and no "…".
# "X dijo que" is the event itself when the analyst's own ``what`` reports the saying
# ("Maduro informa que habló con Petro"): then it is no wrapper.
TITLE_LIMIT = 90
_TITLE_SOURCE = re.compile(r"\b(?:según|de\s+acuerdo\s+con|conforme\s+a|according\s+to)\b", re.I)
_TITLE_SAID_THAT = re.compile(
    r"\b(?:dijo|dijeron|dice|dicen|informó|informaron|informa|afirmó|afirmaron|señaló"
    r"|señalaron|indicó|indicaron|aseguró|aseguraron|declaró|explicó|sostuvo|comunicó"
    r"|anunció|anunciaron|confirmó|reveló|precisó|detalló|agregó|añadió|advirtió|destacó"
    r"|manifestó|reiteró|subrayó|reconoció|aclaró|said|says|told|announced|stated|added"
    r"|reported|confirmed|explained|noted|warned|revealed|claimed)\b[^.;:]{0,40}?"
    r"\b(?:que|that)\b",
    re.IGNORECASE,
)
# The analyst's ``what`` reports a saying: "Trump says …", "Boric aclara que …", "tweets".
_WHAT_SPEECH = re.compile(
    r"\b(?:says|said|tells|told|announces|announced|reports|reported|tweets|tweeted|warns|calls"
    r"|claims|confirms|declares|statement|dice|dijo|informa|informó|anuncia|anunció|afirma"
    r"|afirmó|asegura|aseguró|aclara|aclaró|declara|declaró|revela|reveló|advierte|denuncia"
    r"|denunció|confirma|comunica|sostiene|señala|explica|destaca|reitera|califica|critica"
    r"|comunicado|carta|anuncio)\b",
    re.IGNORECASE,
)
# "(Reuters) -", "(Agencia).-", "WASHINGTON, Feb 5": where a wire story opens.
_TITLE_DATELINE = re.compile(
    r"\([A-Z][\w ]{0,20}\)\s*\.?\s*[-–—]|\.-\s"
    r"|^[A-ZÁÉÍÓÚÑ]{3,}(?:[ ,]+[A-ZÁÉÍÓÚÑ]{2,})*\s*,[^,]{0,30}\d"
)
_STOP_WORDS = (
    "a al ante bajo con contra de del desde e el en entre hacia hasta la las le les lo los "
    "mas o para por que se sin sobre su sus tras u un una unas unos y ya es son fue fueron "
    "ha han este esta estos estas ese esa eso como cuando donde muy tambien "
    "the of and or to in on at by for from with a an as is are was were be been has have "
    "had its it his her their this that these those into over after before about"
)
_FOLD_STOP_WORDS = frozenset(_STOP_WORDS.split())


@dataclass
class Tally:
    """Matched, proposed and expected counts for one category."""

    matched_proposed: int = 0
    proposed: int = 0
    matched_expected: int = 0
    expected: int = 0

    def add(self, other: Tally) -> None:
        """Add another file's counts to these."""
        self.matched_proposed += other.matched_proposed
        self.proposed += other.proposed
        self.matched_expected += other.matched_expected
        self.expected += other.expected

    def line(self, name: str) -> str:
        """One row of the report: precision, recall and F1 with their counts."""
        p = self.matched_proposed / self.proposed if self.proposed else 1.0
        r = self.matched_expected / self.expected if self.expected else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        counts = f"{self.matched_proposed}/{self.proposed}  {self.matched_expected}/{self.expected}"
        return f"  {name:<15} P {p:5.2f}  R {r:5.2f}  F1 {f1:5.2f}   ({counts})"


@dataclass
class Part:
    """One text proposed from: an article, or an article attached to an e-mail."""

    text: str
    published: dt.date | None
    proposals: Proposals


@dataclass
class Score:
    """Tallies per category for one article or many, with every miss spelled out."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    false_days: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    checks: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    shares: dict[str, list[float]] = field(default_factory=dict)  # name -> [sum, count]

    def add(self, other: Score) -> None:
        """Add another article's score to this one."""
        for name, tally in other.tallies.items():
            self.tallies.setdefault(name, Tally()).add(tally)
        for name, (right, total) in other.checks.items():
            self.check(name, right, total)
        for name, (added, count) in other.shares.items():
            sums = self.shares.setdefault(name, [0.0, 0.0])
            sums[0] += added
            sums[1] += count
        self.false_days += other.false_days
        self.misses += other.misses
        self.organisations += other.organisations

    def check(self, name: str, right: int | bool, total: int = 1) -> None:
        """Count ``right`` of ``total`` items checked under ``name``."""
        counts = self.checks.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += total

    def share(self, name: str, value: float) -> None:
        """Add one item's share (0 to 1) to the mean kept under ``name``."""
        sums = self.shares.setdefault(name, [0.0, 0.0])
        sums[0] += value
        sums[1] += 1


def read_parts(path: Path, published: dt.date | None) -> list[Part]:
    """The article and its attachments, each proposed from as the importer does.

    ``published`` stands in for a part whose date the reader did not find.
    """
    return parts_of(read(path), published)


def parts_of(document: Document, published: dt.date | None) -> list[Part]:
    """A read document and its attachments, each proposed from as the importer does."""
    parts = []
    for part in [document, *document.attachments]:
        date = part.published or published
        proposals = propose(part.text, date, part.language, headline=part.title)
        parts.append(Part(part.text, date, proposals))
    return parts


def _greedy(
    proposed: Sequence[Any], expected: Sequence[Any], same: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """One-to-one pairs (proposed index, expected index), first come first served."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, item in enumerate(proposed):
        for j, want in enumerate(expected):
            if j not in used and same(item, want):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _norm(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def date_at_precision(value: dt.date, precision: str) -> str:
    """``2026-02`` for a month, ``2026`` for a year, the ISO date for a day."""
    iso = value.isoformat()
    return {"month": iso[:7], "year": iso[:4]}.get(str(precision), iso)


def _evidence_matches(text: str, start: int, end: int, evidence: str, wanted: str) -> bool:
    if _norm(wanted) in _norm(evidence):
        return True
    at = text.find(wanted)
    if at < 0:
        return False
    overlap = min(end, at + len(wanted)) - max(start, at)
    return overlap >= 0.5 * min(len(wanted), max(1, end - start))


def _caption_norm(value: str | None) -> str:
    return _norm(value).rstrip(".").rstrip()


def _unmatched(items: Sequence[Any], pairs: list[tuple[int, int]], side: int) -> list[Any]:
    used = {pair[side] for pair in pairs}
    return [item for index, item in enumerate(items) if index not in used]


def score_events(parts: Sequence[Part], expected: list[dict[str, Any]]) -> Score:
    """Events match on the date at its precision plus their evidence."""
    events = [(part.text, event) for part in parts for event in part.proposals.events]

    def same_words(item: tuple[str, Any], want: dict[str, Any]) -> bool:
        text, event = item
        return _evidence_matches(
            text, event.start, event.end_offset, event.evidence, want["evidence"]
        )

    def same(item: tuple[str, Any], want: dict[str, Any]) -> bool:
        event = item[1]
        dated = date_at_precision(event.date, event.precision) == want["date"]
        return dated and same_words(item, want)

    pairs = _greedy(events, expected, same)
    required = [j for j, want in enumerate(expected) if not want.get("optional")]
    score = Score({"events": Tally(len(pairs), len(events), 0, len(required))})
    score.tallies["events"].matched_expected = sum(1 for _, j in pairs if j in required)
    for i, j in pairs:
        title = getattr(events[i][1], "title", None)
        if title is None:
            continue  # a peer's DATE has no title to judge
        what = expected[j].get("what", "")
        score.check("event titles ok", title_ok(title, what))
        if what:
            score.share("title words", title_words(title, what))
    for want in _unmatched(expected, pairs, 1):
        if want.get("optional"):
            continue
        near = [_event_line(item[1]) for item in events if same_words(item, want)]
        got = "; ".join(near) or "nothing for these words"
        score.misses.append(f"event: expected {want['date']} {want['evidence']!r}; got {got}")
    for _, event in _unmatched(events, pairs, 0):
        score.misses.append(f"event: not expected, got {_event_line(event)}")
    score.false_days = false_days([event for _, event in events], expected)
    return score


def title_ok(title: str, what: str = "") -> bool:
    """Whether an event's title is as an analyst would write it: at most TITLE_LIMIT
    characters, no attribution wrapper, no dateline, not cut short with "…". A "X dijo
    que" is no wrapper when ``what`` (the analyst's description) reports the saying too."""
    said = _TITLE_SAID_THAT.search(title) is not None and not _WHAT_SPEECH.search(what)
    return (
        len(title) <= TITLE_LIMIT
        and "…" not in title
        and _TITLE_SOURCE.search(title) is None
        and not said
        and _TITLE_DATELINE.search(title) is None
    )


def _content_words(text: str) -> set[str]:
    return {word for word in re.findall(r"\w+", fold(text)) if word not in _FOLD_STOP_WORDS}


def title_words(title: str, what: str) -> float:
    """The share of the gold ``what``'s content words (folded, stop words out) in ``title``."""
    wanted = _content_words(what)
    return len(wanted & _content_words(title)) / len(wanted) if wanted else 1.0


def _event_line(event: Any) -> str:
    return (
        f"{date_at_precision(event.date, event.precision)} ({event.precision}) {event.evidence!r}"
    )


def false_days(events: Sequence[Any], expected: list[dict[str, Any]]) -> list[str]:
    """Days proposed in a month the expected events have, on none of their days."""
    dates = {want["date"] for want in expected}
    months = {date[:7] for date in dates if len(date) >= 7}
    return [
        f"{event.date.isoformat()} ({event.evidence!r})"
        for event in events
        if str(event.precision) == "day"
        and event.date.isoformat() not in dates
        and event.date.isoformat()[:7] in months
    ]


_LEADING_ARTICLE = re.compile(r"^(?i:the|an?|el|la|los|las|una?)\s+(?=\S)")


def speaker_key(speaker: str | None) -> str:
    """A speaker folded for comparison, without a leading article: annotators write "el
    Ejecutivo sandinista" and "Ejecutivo sandinista", "Un portavoz" and "portavoz" for the
    same speaker, and the article names no one."""
    return name_key(_LEADING_ARTICLE.sub("", (speaker or "").strip(), count=1))


def score_quotes(quotes: Sequence[QuoteProposal], expected: list[dict[str, Any]]) -> Score:
    """Quotes match on their text; "quotes+speaker" on the credited speaker too."""

    def same_text(quote: QuoteProposal, want: dict[str, Any]) -> bool:
        return _norm(quote.text) == _norm(want["text"])

    def same(quote: QuoteProposal, want: dict[str, Any]) -> bool:
        return same_text(quote, want) and speaker_key(quote.speaker) == speaker_key(
            want.get("speaker")
        )

    by_text = _greedy(quotes, expected, same_text)
    with_speaker = _greedy(quotes, expected, same)
    score = Score(
        {
            "quotes": Tally(len(by_text), len(quotes), len(by_text), len(expected)),
            "quotes+speaker": Tally(
                len(with_speaker), len(quotes), len(with_speaker), len(expected)
            ),
        }
    )
    for i, j in by_text:
        right = speaker_key(quotes[i].speaker) == speaker_key(expected[j].get("speaker"))
        score.check("speakers right", right)
        if (i, j) not in with_speaker:
            score.misses.append(
                f"quote {quotes[i].text[:40]!r}…: expected speaker {expected[j].get('speaker')!r}, "
                f"got {quotes[i].speaker!r}"
            )
    for want in _unmatched(expected, by_text, 1):
        score.misses.append(f"quote: expected {want['text'][:60]!r}…, not proposed")
    for quote in _unmatched(quotes, by_text, 0):
        score.misses.append(f"quote: not expected, got {quote.text!r} (speaker {quote.speaker!r})")
    return score


def score_captions(captions: Sequence[CaptionProposal], expected: list[dict[str, Any]]) -> Score:
    """Captions match on caption plus credit."""

    def same(caption: CaptionProposal, want: dict[str, Any]) -> bool:
        return _caption_norm(caption.caption) == _caption_norm(want["caption"]) and (
            _caption_norm(caption.credit) == _caption_norm(want["credit"])
        )

    def same_caption(caption: CaptionProposal, want: dict[str, Any]) -> bool:
        return _caption_norm(caption.caption) == _caption_norm(want["caption"])

    pairs = _greedy(captions, expected, same)
    score = Score({"captions": Tally(len(pairs), len(captions), len(pairs), len(expected))})
    for i, j in _greedy(captions, expected, same_caption):
        score.check("credits right", same(captions[i], expected[j]))
    for want in _unmatched(expected, pairs, 1):
        score.misses.append(f"caption: expected {want['caption']!r} / {want['credit']!r}")
    for caption in _unmatched(captions, pairs, 0):
        score.misses.append(f"caption: got {caption.caption!r} / {caption.credit!r}")
    return score


def score_actors(actors: Sequence[ActorProposal], expected: list[str]) -> Score:
    """People and places match an actor's name or canonical name, case-insensitively."""
    scored = [a for a in actors if a.kind in (ActorKind.PERSON, ActorKind.PLACE)]

    def same(actor: ActorProposal, want: str) -> bool:
        return _norm(want) in {_norm(actor.name), _norm(actor.known_as)}

    pairs = _greedy(scored, expected, same)
    score = Score({"actors": Tally(len(pairs), len(scored), len(pairs), len(expected))})
    for want in _unmatched(expected, pairs, 1):
        other = [f"{a.name} ({a.kind})" for a in actors if a not in scored and same(a, want)]
        score.misses.append(f"actor: expected {want!r}, got {', '.join(other) or 'nothing'}")
    for actor in _unmatched(scored, pairs, 0):
        score.misses.append(f"actor: not expected, got {actor.name!r} ({actor.kind})")
    score.organisations = [a.name for a in actors if a.kind is ActorKind.ORGANISATION]
    return score


def evaluate(
    path: Path, expected_path: Path | None = None, *, excerpt: bool = False, as_read: bool = False
) -> Score:
    """Score one article against its expected file (by default ``NAME.expected.json`` beside it).

    ``excerpt``: the text is the start of the article the gold was written from, so gold items
    it does not hold are left out (see ``within``).
    """
    expected_path = expected_path or path.with_name(path.stem + EXPECTED_SUFFIX)
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    document = read(path)
    if excerpt:
        expected = within(expected, document.text)
    # as_read: relative dates resolve against the date the app reads from the page, as an
    # analyst's import does, never against the gold's
    parts = parts_of(document, None if as_read else dt.date.fromisoformat(expected["published"]))
    score = score_events(parts, expected["events"])
    score.add(score_metadata(document, expected))
    for other in (
        score_quotes([q for part in parts for q in part.proposals.quotes], expected["quotes"]),
        score_captions(
            [c for part in parts for c in part.proposals.captions], expected["captions"]
        ),
        score_actors(_one_per_actor(parts), expected["people"] + expected["places"]),
    ):
        score.add(other)
    return score


def within(expected: dict[str, Any], text: str) -> dict[str, Any]:
    """The gold items whose words ``text`` holds: events by their evidence, quotes by their
    words, captions by their caption, people and places by name, the title if printed.

    The search tool returns a stored page's first 2,000 characters or so, where the gold was
    written from the whole article; an item past the cut is no miss of the extraction's.
    """
    folded = _norm(text)

    def holds(value: str | None) -> bool:
        return bool(value) and _norm(value) in folded

    kept = dict(expected)
    kept["events"] = [e for e in expected["events"] if holds(e.get("evidence"))]
    kept["quotes"] = [q for q in expected["quotes"] if holds(q["text"])]
    kept["captions"] = [c for c in expected["captions"] if holds(c["caption"])]
    kept["people"] = [p for p in expected["people"] if holds(p)]
    kept["places"] = [p for p in expected["places"] if holds(p)]
    if not holds(expected.get("title")):
        kept["title"] = None
    return kept


def score_metadata(document: Document, expected: dict[str, Any]) -> Score:
    """The headline and outlet as read, where the expected file names them."""
    score = Score()
    title, outlet = expected.get("title"), expected.get("outlet")
    if "outlet" in expected:  # real news: the page's date as read, against the gold's
        right = document.published == dt.date.fromisoformat(expected["published"])
        score.check("published right", right)
        if not right:
            score.misses.append(
                f"published: expected {expected['published']}, got {document.published}"
            )
    if title:
        right = realnews_eval.title_key(document.title) == realnews_eval.title_key(title)
        score.check("titles right", right)
        if not right:
            score.misses.append(f"title: expected {title!r}, got {document.title!r}")
    if outlet:
        right = name_key(document.outlet) == name_key(outlet)
        score.check("outlets right", right)
        if not right:
            score.misses.append(f"outlet: expected {outlet!r}, got {document.outlet!r}")
    return score


def _one_per_actor(parts: Sequence[Part]) -> list[ActorProposal]:
    """Actors of all parts, each once: an e-mail and its attachment name the same people."""
    seen: set[tuple[str, str]] = set()
    actors = []
    for part in parts:
        for actor in part.proposals.actors:
            key = (str(actor.kind), _norm(actor.known_as or actor.name))
            if key not in seen:
                seen.add(key)
                actors.append(actor)
    return actors


def find_pairs(folder: Path, articles: Path | None = None) -> list[tuple[Path, Path]]:
    """(article, expected file) for every ``NAME.expected.json`` in ``folder`` with an article."""
    found = []
    for expected_path in sorted(folder.glob("*" + EXPECTED_SUFFIX)):
        name = expected_path.name.removesuffix(EXPECTED_SUFFIX)
        candidates = [
            candidate
            for candidate in sorted((articles or folder).glob(f"{name}.*"))
            if candidate.suffix.lower() in SUPPORTED_SUFFIXES and candidate.stem == name
        ]
        if candidates:
            found.append((candidates[0], expected_path))
    return found


def print_score(name: str, score: Score, *, misses: bool = True, days: bool = True) -> None:
    """Each category's precision, recall and F1, then the misses."""
    print(name)
    for category in CATEGORIES:
        tally = score.tallies.get(category)
        print(tally.line(category) if tally else f"  {category:<15} not scored")
    for name in CHECKS:
        if name in score.checks:
            right, total = score.checks[name]
            print(f"  {name:<15} {right / total if total else 1.0:5.2f}   ({right}/{total})")
    for name in SHARES:
        if name in score.shares:
            added, count = score.shares[name]
            print(f"  {name:<15} {added / count if count else 1.0:5.2f}   (mean of {count:.0f})")
    for item in score.false_days if days else []:
        print(f"  wrong day: {item}")
    if misses:
        for item in score.misses:
            print(f"  miss: {item}")
        print(f"  organisations (not scored): {', '.join(score.organisations) or 'none'}")


def print_peer_specs() -> None:
    """The date resolver's score on the Recognizers-Text specs, when eval_dates.py offers it."""
    script = ROOT / "scripts" / "eval_dates.py"
    if not script.exists() or not PEER_SPECS.exists():
        return
    spec = importlib.util.spec_from_file_location("eval_dates", script)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    if not hasattr(module, "score_peer_specs"):
        return
    print(f"peer specs ({PEER_SPECS.name}):")
    for language, (right, considered) in module.score_peer_specs(PEER_SPECS).items():
        share = right / considered if considered else 0.0
        print(f"  {language:<15} {right}/{considered} right ({share:.0%})")


# Real articles with blind gold: "realnews" is the development set whose misses were read to
# find the families to fix; "blind" to "blind11" were each held out, measured, then read as
# further development sets (blind10 to blind13 in the eighth session); "blind14" (60 articles)
# was measured at the end of the eighth session and again in the ninth, its misses never read
# (two of its wrong-day lines were seen in the ninth), and stays held out; "blind15" (60
# articles, built in the ninth session) was measured once, then read in the tenth; "blind16"
# (60 articles, built in the tenth session) was measured once, then read in the eleventh;
# "blind17" (60 articles, built in the eleventh session) is held out: read its totals only.
# Texts rebuilt
# from the search tool are the pages' first 2,000 characters or so: score them with
# --excerpts (blind11's gold is of its excerpts).
REALNEWS_SETS = {
    "realnews": realnews_eval.REALNEWS,
    "blind": realnews_eval.ROOT / "eval" / "realnews-blind",
    "blind2": realnews_eval.ROOT / "eval" / "realnews-blind2",
    "blind3": realnews_eval.ROOT / "eval" / "realnews-blind3",
    "blind4": realnews_eval.ROOT / "eval" / "realnews-blind4",
    "blind5": realnews_eval.ROOT / "eval" / "realnews-blind5",
    "blind6": realnews_eval.ROOT / "eval" / "realnews-blind6",
    "blind7": realnews_eval.ROOT / "eval" / "realnews-blind7",
    "blind8": realnews_eval.ROOT / "eval" / "realnews-blind8",
    "blind9": realnews_eval.ROOT / "eval" / "realnews-blind9",
    "blind10": realnews_eval.ROOT / "eval" / "realnews-blind10",
    "blind11": realnews_eval.ROOT / "eval" / "realnews-blind11",
    "blind12": realnews_eval.ROOT / "eval" / "realnews-blind12",
    "blind13": realnews_eval.ROOT / "eval" / "realnews-blind13",
    "blind14": realnews_eval.ROOT / "eval" / "realnews-blind14",
    "blind15": realnews_eval.ROOT / "eval" / "realnews-blind15",
    "blind16": realnews_eval.ROOT / "eval" / "realnews-blind16",
    "blind17": realnews_eval.ROOT / "eval" / "realnews-blind17",
}


def score_realnews(
    *,
    misses: bool,
    peer: str | None,
    folder: Path = realnews_eval.REALNEWS,
    excerpts: bool = False,
    as_read: bool = False,
) -> int:
    """A real-news set, per article and in total, with the peer's row when asked."""
    articles = realnews_eval.load_set(folder)
    present = [article for article in articles if article.text.exists()]
    for article in articles:
        if article not in present:
            where = article.text.relative_to(realnews_eval.ROOT)
            print(f"missing text: {where}  (look up {article.url})")
    if not present:
        return 2
    totals = Score()
    by_language: dict[str, Score] = {}
    for article in present:
        score = evaluate(article.text, article.gold, excerpt=excerpts, as_read=as_read)
        if misses:
            print_score(f"{article.file} ({article.language}, {article.pair})", score)
        totals.add(score)
        by_language.setdefault(article.language, Score()).add(score)
    for language, score in sorted(by_language.items()):
        print_score(f"casefile, {language}:", score, misses=False, days=False)
    print_score(f"casefile, all {len(present)} real articles:", totals, misses=False)
    per_20 = 20 * len(totals.false_days) / len(present)
    print(f"  wrong days per 20 articles: {per_20:.1f}")
    if peer == "heideltime":
        print_peer_row(present, excerpts=excerpts)
    return 0


def print_peer_row(articles: Sequence[realnews_eval.RealArticle], *, excerpts: bool) -> None:
    """HeidelTime's DATEs as events, scored by score_events on the same texts."""
    documents = {article.file: read(article.text) for article in articles}
    found = realnews_eval.run_heideltime(
        [(a.file, documents[a.file].text, a.language, a.published) for a in articles]
    )
    totals = Score()
    for article in articles:
        text = documents[article.file].text
        events = realnews_eval.peer_events(text, found.get(article.file, []))
        expected = json.loads(article.gold.read_text(encoding="utf-8"))
        if excerpts:
            expected = within(expected, text)
        proposals = Proposals(events, [], [], [])  # type: ignore[arg-type]
        totals.add(score_events([Part(text, article.published, proposals)], expected["events"]))
    print(f"heideltime, all {len(articles)} real articles (DATEs as events):")
    print(totals.tallies["events"].line("events"))
    print(f"  wrong days per 20 articles: {20 * len(totals.false_days) / len(articles):.1f}")


def main(argv: Sequence[str]) -> int:
    """Score every article with an expected file in the folder and print totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=Path, help="where the articles are, if not beside")
    parser.add_argument("--set", choices=[*SETS, *REALNEWS_SETS], help="a named set to score")
    parser.add_argument("--peer", choices=["heideltime"], help="also score a peer (realnews)")
    parser.add_argument("--misses", action="store_true", help="per-article misses (realnews)")
    parser.add_argument(
        "--excerpts",
        action="store_true",
        help="texts are the articles' starts: score what they hold",
    )
    parser.add_argument(
        "--as-read", action="store_true", help="dates as the app reads them, not the gold's"
    )
    options = parser.parse_args(argv)
    if options.set in REALNEWS_SETS:
        folder = REALNEWS_SETS[options.set]
        return score_realnews(
            misses=options.misses,
            peer=options.peer,
            folder=folder,
            excerpts=options.excerpts,
            as_read=options.as_read,
        )
    if options.set:
        options.folder, options.articles = SETS[options.set]
    pairs = find_pairs(options.folder, options.articles)
    if not pairs:
        print(f"{options.folder}: no NAME.expected.json with its article", file=sys.stderr)
        return 2
    totals = Score()
    for article, expected_path in pairs:
        score = evaluate(article, expected_path)
        print_score(article.name, score)
        totals.add(score)
    print_score(f"all {len(pairs)} article(s):", totals, misses=False)
    print_peer_specs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

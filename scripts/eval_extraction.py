"""Score extraction against a corpus of articles with expected results.

Usage: python scripts/eval_extraction.py [DIR]   (default /work/shared/corpus)

Every ``NAME.txt`` with a ``NAME.expected.json`` beside it is read, run through
``casefile.extract`` and compared with what an analyst extracted (see the corpus README):
events on date at its precision plus evidence, quotes on their text (and separately with
the speaker), captions on caption plus credit, people and places case-insensitively
against the PERSON and PLACE actors proposed. Organisations are listed but not scored,
since the expected files do not name them. Optional events never count against recall.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casefile.domain import ActorKind  # noqa: E402
from casefile.extract import propose  # noqa: E402
from casefile.extract.actors import ActorProposal, propose_actors  # noqa: E402
from casefile.extract.captions import CaptionProposal, propose_captions  # noqa: E402
from casefile.extract.quotes import QuoteProposal, propose_quotes  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus")
PEER_SPECS = Path("/work/shared/peer-specs/recognizers-text-datetime")
CATEGORIES = ("events", "quotes", "quotes+speaker", "captions", "actors")


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
class Article:
    """A corpus article's text and publication date."""

    text: str
    published: dt.date | None


def read_article(path: Path) -> Article:
    """The article through ``casefile.ingest.read`` when it exists, else a plain reader."""
    try:
        from casefile.ingest import read
    except ImportError:
        raw = path.read_text(encoding="utf-8")
        found = re.search(r"(?:^|\n)\s*date (\d{4}-\d{2}-\d{2})[ \t]*", raw)
        if not found:
            return Article(raw, None)
        text = raw[: found.start()] + raw[found.end() :]
        return Article(text, dt.date.fromisoformat(found.group(1)))
    document = read(path)
    return Article(document.text, document.published)


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


def score_events(text: str, events: Sequence[Any], expected: list[dict[str, Any]]) -> Tally:
    """Events match on the date at its precision plus their evidence."""

    def same(event: Any, want: dict[str, Any]) -> bool:
        return date_at_precision(event.date, event.precision) == want["date"] and (
            _evidence_matches(text, event.start, event.end_offset, event.evidence, want["evidence"])
        )

    pairs = _greedy(events, expected, same)
    required = [j for j, want in enumerate(expected) if not want.get("optional")]
    return Tally(
        matched_proposed=len(pairs),
        proposed=len(events),
        matched_expected=sum(1 for _, j in pairs if j in required),
        expected=len(required),
    )


def false_days(events: Sequence[Any], expected: list[dict[str, Any]]) -> list[str]:
    """Day-precision proposals not expected where only their month is expected."""
    dates = {want["date"] for want in expected}
    return [
        f"{event.date.isoformat()} ({event.evidence!r})"
        for event in events
        if str(event.precision) == "day"
        and event.date.isoformat() not in dates
        and event.date.isoformat()[:7] in dates
    ]


def score_quotes(
    quotes: Sequence[QuoteProposal], expected: list[dict[str, Any]], *, speaker: bool
) -> Tally:
    """Quotes match on their text; with ``speaker``, on the credited speaker too."""

    def same(quote: QuoteProposal, want: dict[str, Any]) -> bool:
        if _norm(quote.text) != _norm(want["text"]):
            return False
        return not speaker or _norm(quote.speaker) == _norm(want.get("speaker"))

    pairs = _greedy(quotes, expected, same)
    return Tally(len(pairs), len(quotes), len(pairs), len(expected))


def score_captions(captions: Sequence[CaptionProposal], expected: list[dict[str, Any]]) -> Tally:
    """Captions match on caption plus credit."""

    def same(caption: CaptionProposal, want: dict[str, Any]) -> bool:
        return _norm(caption.caption) == _norm(want["caption"]) and _norm(caption.credit) == _norm(
            want["credit"]
        )

    pairs = _greedy(captions, expected, same)
    return Tally(len(pairs), len(captions), len(pairs), len(expected))


def score_actors(actors: Sequence[ActorProposal], expected: list[str]) -> Tally:
    """People and places match an actor's name or canonical name, case-insensitively."""
    scored = [a for a in actors if a.kind in (ActorKind.PERSON, ActorKind.PLACE)]

    def same(actor: ActorProposal, want: str) -> bool:
        return _norm(want) in {_norm(actor.name), _norm(actor.known_as)}

    pairs = _greedy(scored, expected, same)
    return Tally(len(pairs), len(scored), len(pairs), len(expected))


def evaluate(path: Path, totals: dict[str, Tally]) -> None:
    """Score one article, print its misses, and add its counts to ``totals``."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = read_article(path)
    published = article.published or dt.date.fromisoformat(expected["published"])
    quotes = propose_quotes(article.text)
    captions = propose_captions(article.text)
    actors = propose_actors(article.text)
    tallies = {
        "quotes": score_quotes(quotes, expected["quotes"], speaker=False),
        "quotes+speaker": score_quotes(quotes, expected["quotes"], speaker=True),
        "captions": score_captions(captions, expected["captions"]),
        "actors": score_actors(actors, expected["people"] + expected["places"]),
    }
    print(f"{path.name}")
    try:
        proposals = propose(article.text, published)
    except ImportError as error:
        print(f"  events: not scored, the date resolver does not import yet ({error})")
    else:
        tallies["events"] = score_events(article.text, proposals.events, expected["events"])
        for item in false_days(proposals.events, expected["events"]):
            print(f"  false day: {item}")
    for name in CATEGORIES:
        if name in tallies:
            print(tallies[name].line(name))
            totals.setdefault(name, Tally()).add(tallies[name])
    for quote in quotes:
        print(f"  quote: {quote.text[:50]!r}… — speaker {quote.speaker!r}")
    organisations = [a.name for a in actors if a.kind is ActorKind.ORGANISATION]
    print(f"  organisations (not scored): {', '.join(organisations) or 'none'}")


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


def main(argv: Sequence[str]) -> int:
    """Score every article in the corpus folder and print totals."""
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    articles = sorted(p for p in corpus.glob("*.txt") if p.with_suffix(".expected.json").exists())
    if not articles:
        print(f"{corpus}: no NAME.txt with NAME.expected.json beside it", file=sys.stderr)
        return 2
    totals: dict[str, Tally] = {}
    for path in articles:
        evaluate(path, totals)
    print(f"all {len(articles)} article(s):")
    for name in CATEGORIES:
        print(totals[name].line(name) if name in totals else f"  {name:<15} not scored")
    print_peer_specs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The real-news set and the peer tagger, for ``eval_extraction.py --set realnews``.

``eval/realnews/sources.tsv`` lists the articles (file, url, published, language, pair); their
texts are third-party writing, kept out of git in ``eval/realnews/texts/``; the blind gold
files are ``eval/realnews/gold/<stem>.json``. A text that is missing is named with its URL so
it can be looked up again.

The peer is HeidelTime, run from its own venv (``make peer`` makes ``.venv-peer``) through
``scripts/heideltime_peer.py``. Used naively as an event finder, every DATE it tags is an
event: its value at its own precision, its sentence as evidence. It is a yardstick, never a
dependency of Casefile.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from casefile.domain import Precision
from casefile.extract.events import split_sentences

ROOT = Path(__file__).resolve().parent.parent
REALNEWS = ROOT / "eval" / "realnews"
PEER_PYTHON = ROOT / ".venv-peer" / "bin" / "python"
PEER_SCRIPT = ROOT / "scripts" / "heideltime_peer.py"

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-WE)?")
_PART_OF_YEAR = re.compile(r"(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)")


@dataclass
class RealArticle:
    """One row of sources.tsv, with where its text and its gold file are."""

    file: str
    url: str
    published: dt.date
    language: str
    pair: str
    text: Path
    gold: Path


def load_set(folder: Path = REALNEWS) -> list[RealArticle]:
    """Every article listed in ``folder``/sources.tsv, texts present or not."""
    articles = []
    with (folder / "sources.tsv").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            stem = Path(row["file"]).stem
            articles.append(
                RealArticle(
                    file=row["file"],
                    url=row["url"],
                    published=dt.date.fromisoformat(row["published"]),
                    language=row["language"],
                    pair=row["pair"],
                    text=folder / "texts" / row["file"],
                    gold=folder / "gold" / f"{stem}.json",
                )
            )
    return articles


def title_key(value: str | None) -> str:
    """A headline folded for comparison: spacing, case and closing punctuation aside."""
    return " ".join((value or "").split()).casefold().rstrip(" .:")


@dataclass
class PeerEvent:
    """A DATE the peer tagged, in the shape the event scorer reads."""

    date: dt.date
    precision: Precision
    evidence: str
    start: int
    end_offset: int


def peer_value(value: str) -> tuple[dt.date, Precision] | None:
    """A TIMEX3 value at the conventions' precision; None for what has no calendar date.

    A week is the month its working days fall in (its Wednesday's), as the conventions say;
    a quarter, half or season of a year is that year. Undated values (PRESENT_REF, XXXX-…)
    and decades are dropped.
    """
    try:
        if match := _DAY.fullmatch(value):
            return dt.date(*map(int, match.groups())), Precision.DAY
        if match := _WEEK.fullmatch(value):
            wednesday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 3)
            return wednesday.replace(day=1), Precision.MONTH
        if match := _MONTH.fullmatch(value):
            return dt.date(int(match[1]), int(match[2]), 1), Precision.MONTH
        if (match := _YEAR.fullmatch(value)) or (match := _PART_OF_YEAR.fullmatch(value)):
            return dt.date(int(match[1]), 1, 1), Precision.YEAR
    except ValueError:
        return None
    return None


def peer_events(text: str, timexes: Sequence[dict[str, object]]) -> list[PeerEvent]:
    """Every DATE timex with a calendar value as an event; its sentence is the evidence."""
    sentences = split_sentences(text)
    events = []
    for timex in timexes:
        resolved = peer_value(str(timex.get("value", "")))
        start = int(str(timex.get("start", -1)))
        if timex.get("type") != "DATE" or resolved is None or start < 0:
            continue
        end = int(str(timex.get("end", start)))
        around = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        events.append(PeerEvent(resolved[0], resolved[1], text[around[0] : around[1]], start, end))
    return events


def run_heideltime(documents: Sequence[tuple[str, str, str, dt.date]]) -> dict[str, list[dict]]:
    """Timexes per document id from HeidelTime, for (id, text, language, dct) documents."""
    if not PEER_PYTHON.exists():
        raise SystemExit("HeidelTime is not installed: run `make peer` first (.venv-peer)")
    lines = "".join(
        json.dumps({"id": ident, "text": text, "language": lang, "dct": dct.isoformat()}) + "\n"
        for ident, text, lang, dct in documents
    )
    done = subprocess.run(
        [str(PEER_PYTHON), str(PEER_SCRIPT)],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, list[dict]] = {}
    for line in done.stdout.splitlines():
        answer = json.loads(line)
        if answer.get("error"):
            print(f"  heideltime: {answer['id']}: {answer['error']}")
        found[answer["id"]] = answer.get("timexes", [])
    return found

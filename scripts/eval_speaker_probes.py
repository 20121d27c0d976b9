"""Score quote speakers on the invented probe articles in eval/speaker-probes/.

Two sets of short articles written by helpers who had not read the rules, each quote with
the speaker an analyst would credit: ``development`` was read (the ninth session's speaker
fixes came from its failures); ``heldout`` was written after those fixes and is for
measuring only (its totals were watched in the tenth session, its misses never read);
``heldout2`` was written in the tenth session by another helper and is measured once, at
that session's end. The texts are our own (invented), so they are in git.

    .venv/bin/python scripts/eval_speaker_probes.py [development|heldout|heldout2] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casefile.extract import propose  # noqa: E402
from casefile.folding import name_key  # noqa: E402
from casefile.ingest import read_text  # noqa: E402

PROBES = ROOT / "eval" / "speaker-probes"
# The day the probe articles are read as published: they give no date of their own.
PUBLISHED = dt.date(2024, 5, 14)


def _quote_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip(" .,;:").casefold())


def _speaker_key(speaker: str | None) -> str:
    """A speaker compared without a leading article, case, accents or spacing, "and" and
    "y" alike ("X and Y" is "X y Y")."""
    folded = re.sub(r"^(?i:la|el|los|las|the)\s+", "", (speaker or "").strip())
    return name_key(re.sub(r"\s+and\s+", " y ", folded))


def score(name: str, *, misses: bool) -> tuple[int, int]:
    """Speakers right and quotes scored (those the set says are quotes)."""
    articles = json.loads((PROBES / f"{name}.json").read_text(encoding="utf-8"))["articles"]
    right = total = 0
    for article in articles:
        document = read_text(article["text"] + "\n")
        found = {
            _quote_key(quote.text): quote.speaker
            for quote in propose(document.text, PUBLISHED, document.language).quotes
        }
        for want in article["quotes"]:
            if want["speaker"] is None:
                continue  # a title or a single word: no quote, no speaker to score
            total += 1
            wanted = want["speaker"] if isinstance(want["speaker"], list) else [want["speaker"]]
            got = found.get(_quote_key(want["text"]), "(no quote)")
            if _speaker_key(got) in {_speaker_key(w) for w in wanted}:
                right += 1
            elif misses:
                print(f"{article['id']}: {want['text'][:50]!r} expected {wanted[0]!r}, got {got!r}")
    return right, total


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "set", nargs="?", choices=["development", "heldout", "heldout2"], default="heldout"
    )
    parser.add_argument("--misses", action="store_true", help="list the wrong speakers")
    options = parser.parse_args(argv)
    right, total = score(options.set, misses=options.misses)
    print(f"{options.set}: speakers right {right}/{total} ({right / total:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

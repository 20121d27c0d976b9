"""Score the date resolver against the Recognizers-Text date-time specs.

    python scripts/eval_dates.py [SPEC_DIR] [--failures N]

Which cases count:
- cases whose every expected result is a ``datetimeV2.date`` or ``datetimeV2.daterange``
  with a reference date and a closed resolution (both ends known). Open ranges ("after
  2018", "since tomorrow") and "not resolved" values are left out: ``TemporalExpression``
  has no way to say "open-ended" or "unresolvable", so those cases test something the
  resolver does not claim to do;
- cases with no expected result at all ("This may take longer", "Tel: +86 138-2010-2015"):
  they are right when we find nothing, which is what keeps false positives honest.

A case is right when our expressions pair off, in order, with the expected ones: the same
span once leading articles and prepositions ("el", "the", "on"...) and trailing
punctuation are set aside, and a resolved value among the spec's alternatives. A spec
``date`` is our DAY precision without ``end_value``; a spec ``daterange`` [start, end) is our
``value`` plus an end the spec's convention allows: a month or year named alone ends at the
next one, and an explicit range's end is either the day after our inclusive ``end_value``,
that day itself ("3 to 12 September" ends on the 12th in the spec), or the first day of
the month or year it closes ("March to May" ends on 1 May).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from casefile.domain import Precision  # noqa: E402
from casefile.extract.dates import TemporalExpression, find_dates  # noqa: E402

DEFAULT_SPECS = Path("/work/shared/peer-specs/recognizers-text-datetime")
LANGUAGES = {"es": "Spanish-DateTimeModel.json", "en": "English-DateTimeModel.json"}
DATE_TYPES = {"datetimeV2.date", "datetimeV2.daterange"}
_FILLER = {"el", "la", "los", "las", "the", "on", "in", "en", "a", "al", "de", "del", "día",
           "dia", "of", "for", "por"}  # fmt: skip
# Cases with no results carry no reference; any date will do for finding nothing.
_ANY_REFERENCE = dt.date(2018, 1, 1)

Value = tuple[dt.date, dt.date | None]  # (day, None) for a date; (start, end) for a range


@dataclass(frozen=True)
class Expected:
    """One expected span and the values it may resolve to."""

    text: str
    values: list[Value]


@dataclass(frozen=True)
class Case:
    """One spec sentence with its reference date and expected spans."""

    text: str
    reference: dt.date
    expected: list[Expected]


def _normalise(span: str) -> str:
    words = span.lower().strip(" .,;:!?¿¡()").split()
    while words and words[0] in _FILLER:
        words.pop(0)
    return " ".join(words)


def _values(result: dict[str, Any]) -> list[Value] | None:
    """The alternatives a result resolves to, or None when one is open or unresolved."""
    values: list[Value] = []
    for item in result.get("Resolution", {}).get("values", []):
        if "value" in item:
            try:
                values.append((dt.date.fromisoformat(item["value"]), None))
            except ValueError:
                return None
        elif "start" in item and "end" in item:
            values.append(
                (dt.date.fromisoformat(item["start"]), dt.date.fromisoformat(item["end"]))
            )
        else:
            return None
    return values or None


def load_cases(path: Path) -> list[Case]:
    """The cases of one spec file this evaluation considers (see the module docstring)."""
    raw = json.loads(path.read_text(encoding="utf-8-sig"))
    cases: list[Case] = []
    for item in raw:
        results = item.get("Results", [])
        if not results:
            cases.append(Case(item["Input"], _ANY_REFERENCE, []))
            continue
        types = {r.get("TypeName") or r.get("Typename") for r in results}
        reference = item.get("Context", {}).get("ReferenceDateTime")
        if not types <= DATE_TYPES or not reference:
            continue
        expected = [Expected(r["Text"], v) for r in results if (v := _values(r)) is not None]
        if len(expected) == len(results):
            cases.append(Case(item["Input"], dt.date.fromisoformat(reference[:10]), expected))
    return cases


def _ends(found: TemporalExpression) -> set[dt.date]:
    """The exclusive range ends in the spec's convention that our expression stands for."""
    day = dt.timedelta(days=1)
    if found.end_value is None:
        if found.precision is Precision.MONTH:
            following = found.value.replace(day=28) + dt.timedelta(days=4)
            return {following.replace(day=1)}
        if found.precision is Precision.YEAR:
            return {found.value.replace(year=found.value.year + 1)}
        return {found.value + day}
    end = found.end_value
    ends = {end + day, end}
    if (end + day).day == 1:
        ends.add(end.replace(day=1))
    if (end + day).timetuple().tm_yday == 1:
        ends.add(end.replace(month=1, day=1))
    return ends


def _value_matches(found: TemporalExpression, value: Value) -> bool:
    start, end = value
    if end is None:
        return found.precision is Precision.DAY and found.end_value is None and found.value == start
    return found.value == start and end in _ends(found)


def is_right(case: Case, found: list[TemporalExpression]) -> bool:
    """Whether ``found`` pairs off with the case's expected spans and values."""
    if len(found) != len(case.expected):
        return False
    return all(
        _normalise(ours.text) == _normalise(theirs.text)
        and any(_value_matches(ours, v) for v in theirs.values)
        for ours, theirs in zip(found, case.expected, strict=True)
    )


def score(cases: list[Case], language: str) -> tuple[int, list[tuple[Case, list[Any]]]]:
    """How many cases are right, and the failing ones with what we found."""
    right = 0
    failures: list[tuple[Case, list[Any]]] = []
    for case in cases:
        found = find_dates(case.text, case.reference, language)
        if is_right(case, found):
            right += 1
        else:
            failures.append((case, found))
    return right, failures


def score_peer_specs(spec_dir: Path) -> dict[str, tuple[int, int]]:
    """(right, considered) per language code for the spec files found in ``spec_dir``."""
    scores: dict[str, tuple[int, int]] = {}
    for language, name in LANGUAGES.items():
        path = spec_dir / name
        if path.exists():
            cases = load_cases(path)
            right, _ = score(cases, language)
            scores[language] = (right, len(cases))
    return scores


def _describe(found: list[TemporalExpression]) -> str:
    return "; ".join(
        f"[{f.text}] {f.value} {f.precision.value}" + (f"..{f.end_value}" if f.end_value else "")
        for f in found
    )


def main(argv: list[str] | None = None) -> int:
    """Print cases considered, right and the share per language (and failures on request)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec_dir", nargs="?", type=Path, default=DEFAULT_SPECS)
    parser.add_argument("--failures", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    for language, name in LANGUAGES.items():
        path = args.spec_dir / name
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 2
        cases = load_cases(path)
        right, failures = score(cases, language)
        share = right / len(cases) if cases else 0.0
        print(f"{language}: {len(cases)} cases considered, {right} right ({share:.1%})")
        for case, found in failures[: args.failures]:
            wanted = "; ".join(
                f"[{e.text}] " + " | ".join(f"{s}" + (f"..{t}" if t else "") for s, t in e.values)
                for e in case.expected
            )
            print(f"  {case.reference} {case.text!r}\n    want {wanted or '-'}")
            print(f"    got  {_describe(found) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

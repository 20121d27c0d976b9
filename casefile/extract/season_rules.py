"""Seasons: "next spring", "el verano pasado", "la primavera de 2019", "the summer of 2020",
"in the summer of that year", "el otoño de ese año".

A season is the year it falls in (its precision is YEAR): the text names no month of it, and
which months a season covers depends on the hemisphere. A season with no year and no word
that places it ("en verano", "in the fall") is a habit or vague, not a date.

Seasons start in March, June, September and December; "next spring" is the first spring to
start after the reference, "last summer" the last one to end before it, "this winter" the one
of the reference's year. "Of that year" takes the year of the last date the text gave (see
``find_dates``); with none it is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from casefile.domain import Precision
from casefile.extract.absolute_rules import year_pattern, year_value
from casefile.extract.date_periods import (
    FUTURE,
    PAST,
    Context,
    Reading,
    Rule,
    rule,
    shift,
    tense_of,
)

_START_MONTH = {
    "primavera": 3, "verano": 6, "otoño": 9, "otono": 9, "invierno": 12,
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}  # fmt: skip
_SEASONS = {
    "es": r"primavera|verano|oto[ñn]o|invierno",
    "en": r"spring|summer|autumn|fall|winter",
}
# Words before "fall" that make it the season ("in the fall of 2019"), not the verb.
_FALL_AFTER = {"the", "in", "during", "by", "until", "since"}
_CUE = {"es": "primavera|verano|otoño|otono|invierno", "en": "spring|summer|autumn|fall|winter"}


def _season_year(start_month: int, reference: dt.date, tense: str | None) -> int:
    """The year of the season starting in ``start_month`` that ``tense`` points at."""
    this = dt.date(reference.year, start_month, 1)
    if tense == FUTURE:
        return reference.year if this > reference else reference.year + 1
    if tense == PAST:
        return reference.year if shift(this, 3, "month") <= reference else reference.year - 1
    return reference.year


def _season(match: re.Match[str], ctx: Context) -> Reading | None:
    groups = match.groupdict()
    name = match["season"].lower()
    start_month = _START_MONTH.get(name)
    if start_month is None:
        return None
    if (
        name == "fall"
        and not groups.get("pre")
        and ctx.word_before(match.start()) not in _FALL_AFTER
    ):
        return None  # "prices fall 2%": the verb
    if groups.get("year"):
        year = year_value(groups["year"], ctx.reference)
        return None if year is None else Reading(dt.date(year, 1, 1), Precision.YEAR)
    if groups.get("same"):
        # The year of the date before it, which find_dates supplies.
        return Reading(dt.date(ctx.reference.year, 1, 1), Precision.YEAR, unplaced=True)
    words = " ".join(w for w in (groups.get("pre"), groups.get("post")) if w)
    tense = tense_of(words)
    if tense is None:
        return None
    year = _season_year(start_month, ctx.reference, tense if tense in {PAST, FUTURE} else None)
    return Reading(
        dt.date(year, 1, 1),
        Precision.YEAR,
        relative=True,
        tense=tense if tense in {PAST, FUTURE} else None,
    )


@cache
def season_rules(lang: str) -> list[Rule]:
    """The season phrase shapes of ``lang`` ("es" or "en")."""
    season = _SEASONS[lang]
    year = year_pattern(lang)
    if lang == "es":
        pattern = (
            rf"(?:(?:el|la)\s+)?(?:(?P<pre>pr[oó]xim[oa]|pasad[oa]|este|esta|[uú]ltim[oa])\s+)?"
            rf"(?P<season>{season})(?:\s+(?:de|del)\s+(?:(?:el\s+)?(?:a[ñn]o\s+)?(?P<year>{year})"
            rf"|(?P<same>(?:ese|aquel|este\s+mismo|ese\s+mismo|el\s+mismo)\s+a[ñn]o))"
            rf"|\s+(?P<post>pasad[oa]|pr[oó]xim[oa]|que\s+viene|entrante))?"
        )
    else:
        pattern = (
            rf"(?:the\s+)?(?:(?P<pre>next|last|this|coming|past|previous|this\s+past"
            rf"|this\s+coming|upcoming)\s+)?(?P<season>{season})(?:\s+(?:of\s+)?(?P<year>{year})"
            rf"|\s+of\s+(?P<same>(?:that|the\s+same)\s+year))?"
        )
    return [rule(pattern, _season, _CUE[lang])]

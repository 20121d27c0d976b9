"""A month joined to a year said in words: "mayo del año pasado", "marzo del próximo año",
"enero de este año", "March of last year", "in April next year", "agosto del mismo año", and
with a day before or after the month ("el 12 de septiembre de este año", "September 12 of
last year").

The phrase is one expression at month precision, or day precision with its day. "The same
year" and "ese año" point back to the year of the last date the text gave; with none before
them the phrase is left out, not guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from casefile.domain import Precision
from casefile.extract.date_periods import FUTURE, PAST, Context, Reading, Rule, rule, tense_of
from casefile.extract.date_words import (
    MODIFIERS_AFTER_ES,
    MODIFIERS_BEFORE_EN,
    month_number,
    month_pattern,
)

# Words that tie the year to one named earlier in the text, not to the article's date.
_SAME_YEAR = re.compile(r"mism|ese|esa|aquel|same|that", re.IGNORECASE)
_MOD_ES = (
    r"pr[oó]xim[oa]|pasad[oa]|anterior|siguiente|[uú]ltim[oa]|mism[oa]|este\s+mism[oa]"
    r"|ese\s+mism[oa]"
)
_POST_ES = MODIFIERS_AFTER_ES
_MOD_EN = MODIFIERS_BEFORE_EN


def _month_of_year(match: re.Match[str], ctx: Context) -> Reading | None:
    groups = match.groupdict()
    words = [groups.get(name) for name in ("det", "det2", "mod", "mod2", "post")]
    said = " ".join(w for w in words if w and w.lower() != "the")
    month = month_number(match["month"], ctx.lang)
    if month is None or not said:
        return None  # "mayo del año 2019", "March of the year": other rules or none
    if ctx.lang == "en" and not match["month"][:1].isupper():
        return None  # "this may last year": the verb
    this = said.lower().startswith(("este", "esta", "this"))  # "este mismo año": this year
    day = int(groups.get("day") or groups.get("day2") or 0)
    if day and not 1 <= day <= calendar.monthrange(ctx.reference.year, month)[1]:
        return None  # "31 de febrero del año pasado": no such day
    if _SAME_YEAR.search(said) and not this:
        # The year is that of the date before it, which find_dates supplies.
        if day:
            return Reading(dt.date(ctx.reference.year, month, day), Precision.DAY, unplaced=True)
        return Reading(dt.date(ctx.reference.year, month, 1), Precision.MONTH, unplaced=True)
    tense = tense_of(said)
    if tense is None:
        return None
    offset = {PAST: -1, FUTURE: 1}.get(tense, 0)
    if day:
        # "el 12 de septiembre de este año", "September 12 of last year": that day
        year = ctx.reference.year + offset
        value = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        return Reading(value, Precision.DAY, relative=True, tense=tense if offset else None)
    value = dt.date(ctx.reference.year + offset, month, 1)
    return Reading(value, Precision.MONTH, relative=True, tense=tense if offset else None)


@cache
def month_year_rules(lang: str) -> list[Rule]:
    """The month-of-a-relative-year shapes of ``lang`` ("es" or "en")."""
    month = month_pattern(lang, abbreviations=False)
    if lang == "es":
        pattern = (
            r"(?:(?P<day>[0-3]?\d)\s+de\s+)?"  # "12 de septiembre de este año": that day
            rf"(?P<month>{month})\s+del?\s+(?:(?P<det>el|este|esta|ese|esa|aquel)\s+)?"
            rf"(?:(?P<mod>{_MOD_ES})\s+)?a[ñn]o(?:\s+(?P<post>{_POST_ES}))?"
        )
        return [rule(pattern, _month_of_year, r"a[ñn]o")]
    # English puts "of" between month and year, or nothing: "March last year".
    pattern = (
        r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
        rf"(?P<month>{month})(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?)?"
        rf"\s+(?:of\s+(?:(?P<det>the|this|that)\s+)?(?:(?P<mod>{_MOD_EN})\s+)?"
        rf"|(?:(?P<det2>this|that)|(?P<mod2>last|next))\s+)year"
    )
    return [rule(pattern, _month_of_year, r"year")]

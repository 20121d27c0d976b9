"""Phrase shapes for the early, middle or late part of a week, month or year named by a word
rather than a number: "a finales de este mes", "fin de mes", "más tarde esta semana",
"mediados de noviembre", "earlier this year", "mid-November", "end of the week".

The parts, as DAY ranges (MONTH ranges for a year):

- a week's start is Monday to Wednesday, its end Thursday to Sunday;
- a month's start is the 1st to the 15th, its middle the 10th to the 20th, its end the 16th
  to its last day;
- a year's start is January to June, its end July to December (a year written as a number,
  "a finales de 2000", keeps the four-month thirds of ``period_rules``).

"earlier"/"más temprano" stops at the reference when the reference falls inside that part,
and "later"/"más tarde" starts at it: the words point away from the reference.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from casefile.domain import Precision
from casefile.extract.date_periods import (
    FUTURE,
    PAST,
    Context,
    Reading,
    Rule,
    month_end,
    place_month,
    rule,
    shift,
    tense_of,
    week_start,
)
from casefile.extract.date_words import MODIFIERS_AFTER_ES, month_number, month_pattern

_EARLY = {"principios", "inicios", "inicio", "comienzos", "comienzo", "early", "earlier",
          "beginning", "start", "temprano"}  # fmt: skip
_MIDDLE = {"mediados", "mid", "middle", "media"}
_RELATIVE_TO_REFERENCE = {"earlier", "later", "temprano", "tarde"}

_PART_ES = (
    r"(?:a\s+|al\s+|para\s+)?(?P<part>principios|inicios?|comienzos?|mediados|finales|fines"
    r"|fin|final|m[aá]s\s+temprano|m[aá]s\s+tarde)\s+(?:de\s+|del\s+|en\s+)?"
)
_MOD_ES = r"(?P<mod>la\s+|el\s+|este\s+|esta\s+|la\s+pr[oó]xima\s+|el\s+pr[oó]ximo\s+)?"
_POST_ES = r"(?:\s+(?P<post>pasad[oa]|pr[oó]xim[oa]|que\s+viene|anterior|siguiente))?"
_PART_EN = (
    r"(?:the\s+)?(?:(?P<part>early|earlier|late|later|mid)(?:\s+in\s+|\s+of\s+|-|\s+)"
    r"|(?P<part3>beginning|start|middle|end)\s+of\s+)"
)
_MOD_EN = r"(?P<mod>the\s+|this\s+|next\s+|last\s+|previous\s+|the\s+next\s+|the\s+last\s+)?"


def _word(match: re.Match[str]) -> str:
    return (match["part"] or match.groupdict().get("part3") or "").lower().split()[-1]


def _offset(match: re.Match[str], groups: tuple[str, ...] = ("mod", "post")) -> int:
    """-1, 1 or 0: the period before, after or of the reference the words in ``groups`` say
    ("pasado", "next", "este")."""
    words = " ".join(w for w in (match.groupdict().get(g) for g in groups) if w)
    return {PAST: -1, FUTURE: 1}.get(tense_of(words) or "", 0)


def _clip(
    start: dt.date, last: dt.date, word: str, reference: dt.date
) -> tuple[dt.date, dt.date] | None:
    """The part's days, cut at the reference for "earlier"/"later"."""
    if word in {"earlier", "temprano"} and start < reference <= last:
        last = reference - dt.timedelta(days=1)
    if word in {"later", "tarde"} and start <= reference <= last:
        start = reference
    return (start, last) if start <= last else None


def _week_part(match: re.Match[str], ctx: Context) -> Reading | None:
    monday = shift(week_start(ctx.reference), _offset(match), "week")
    word = _word(match)
    if word in _MIDDLE or (word == "fin" and not match["mod"]):  # "fin de semana": weekend
        return None
    if word in _EARLY:
        start, last = monday, monday + dt.timedelta(days=2)
    else:
        start, last = monday + dt.timedelta(days=3), monday + dt.timedelta(days=6)
    days = _clip(start, last, word, ctx.reference)
    if days is None:
        return None
    return Reading(days[0], Precision.DAY, days[1], relative=True)


def _month_days(first: dt.date, word: str) -> tuple[dt.date, dt.date]:
    if word in _EARLY:
        return first, first.replace(day=15)
    if word in _MIDDLE:
        return first.replace(day=10), first.replace(day=20)
    return first.replace(day=16), month_end(first)


# The year a month's part is in, after it: "a principios de diciembre de 2020", "del año
# pasado", "a finales de marzo de este año", "in early December 2020", "early December last
# year".
_NUMBERED_YEAR = r"(?P<year>(?:1[0-9]\d\d|20\d\d|21\d\d)(?!\d))"
_OF_YEAR_ES = (
    rf"(?:\s+del?\s+(?:(?:el\s+)?(?:a[ñn]o\s+)?{_NUMBERED_YEAR}"
    r"|(?P<ydet>el\s+|este\s+|esta\s+)?(?P<ymod>pr[oó]ximo\s+|pasado\s+)?a[ñn]o"
    rf"(?:\s+(?P<ypost>{MODIFIERS_AFTER_ES}))?))?"
)
_OF_YEAR_EN = rf"(?:,?\s+(?:of\s+)?{_NUMBERED_YEAR}|\s+(?:of\s+)?(?P<ymod>last|next|this)\s+year)?"


def _month_part(match: re.Match[str], ctx: Context) -> Reading | None:
    word = _word(match)
    if match.groupdict().get("month"):
        month = month_number(match["month"], ctx.lang)
        if month is None:
            return None
        first = place_month(month, ctx.reference, None)
        year_words = ("ydet", "ymod", "ypost")
        if match.groupdict().get("year"):
            first = dt.date(int(match["year"]), month, 1)  # "a principios de diciembre de 2020"
        elif any(match.groupdict().get(g) for g in year_words):
            # "del año pasado": the month of that year, not the one nearest the article
            first = dt.date(ctx.reference.year + _offset(match, year_words), month, 1)
    else:
        first = shift(ctx.reference.replace(day=1), _offset(match), "month")
    start, last = _month_days(first, word)
    days = _clip(start, last, word, ctx.reference)
    if days is None:
        return None
    return Reading(days[0], Precision.DAY, days[1], relative=True)


def _year_part(match: re.Match[str], ctx: Context) -> Reading | None:
    word = _word(match)
    if word in _MIDDLE:
        return None
    year = ctx.reference.year + _offset(match)
    first = dt.date(year, 1 if word in _EARLY else 7, 1)
    last = month_end(shift(first, 5, "month"))
    days = _clip(first, last, word, ctx.reference)
    if days is None:
        return None
    start, end = days
    if start.day != 1 or end != month_end(end):
        return Reading(start, Precision.DAY, end, relative=True)
    return Reading(start, Precision.MONTH, end, relative=True)


@cache
def part_rules(lang: str) -> list[Rule]:
    """The part-of-a-period phrase shapes of ``lang`` ("es" or "en")."""
    if lang == "es":
        return [
            rule(rf"{_PART_ES}{_MOD_ES}semana{_POST_ES}", _week_part),
            rule(rf"{_PART_ES}{_MOD_ES}mes{_POST_ES}", _month_part),
            rule(rf"{_PART_ES}(?P<mod>)(?P<month>{month_pattern('es', abbreviations=False)})"
                 rf"{_OF_YEAR_ES}", _month_part),
            rule(rf"{_PART_ES}{_MOD_ES}a[ñn]o{_POST_ES}", _year_part),
        ]  # fmt: skip
    return [
        rule(rf"{_PART_EN}{_MOD_EN}week", _week_part),
        rule(rf"{_PART_EN}{_MOD_EN}month", _month_part),
        rule(rf"{_PART_EN}(?P<mod>)(?P<month>{month_pattern('en', abbreviations=False)})"
             rf"{_OF_YEAR_EN}", _month_part),
        rule(rf"{_PART_EN}{_MOD_EN}year|(?P<part2>eoy)(?P<mod2>)", _eoy_or_year_part),
    ]  # fmt: skip


def _eoy_or_year_part(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["part2"]:
        first = dt.date(ctx.reference.year, 7, 1)
        return Reading(first, Precision.MONTH, dt.date(first.year, 12, 31), relative=True)
    return _year_part(match, ctx)

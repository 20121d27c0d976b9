"""Parts of a year or month counted in units: "el tercer mes de 2021", "the first 2 weeks of
2021", "los últimos cuatro meses de 2021", "the last week of this month", "the 15th day of
next month", "semana 27 del año pasado"; runs of business days ("the next 4 business days",
"los 4 días hábiles anteriores") and of whole quarters or decades ("the last 2 quarters",
"las próximas dos décadas").

Weeks of a year are ISO weeks; weeks of a month are the Monday-to-Sunday weeks whose Thursday
falls in it (as in ``period_rules``). Business days are Monday to Friday; holidays are not
known here, so they are counted as working days.
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
    month_end,
    place_month,
    rule,
    safe_date,
    shift,
    tense_of,
    week_reading,
    week_start,
)
from casefile.extract.date_words import month_number, month_pattern, number_pattern, parse_number

_LAST = {"last", "última", "ultima", "último", "ultimo", "últimas", "ultimas", "últimos", "ultimos"}
_ORDINAL_EN = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last"
    r"|(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|twentieth|thirtieth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|\d{1,2}(?:st|nd|rd|th)"
)
_ORDINAL_ES = (
    r"primer[oa]?s?|segund[oa]s?|tercer[oa]?s?|cuart[oa]s?|quint[oa]s?|sext[oa]s?"
    r"|s[eé]ptim[oa]s?|octav[oa]s?|noven[oa]s?|d[eé]cim[oa]s?|[uú]ltim[oa]s?|\d{1,2}(?:\.?[ºª°])?"
)
_YEAR_MOD = {
    "en": r"(?P<ymod>this|next|last|previous|coming|following|the\s+next|the\s+last)\s+year",
    "es": r"(?:(?:el|este)\s+)?(?:(?P<ymod>pr[oó]ximo|pasado|[uú]ltimo|anterior|este)\s+a[ñn]o"
    r"|a[ñn]o\s+(?P<ymod2>pasado|pr[oó]ximo|que\s+viene|anterior))",
}
_MONTH_MOD = {
    "en": r"(?P<mmod>this|next|last|previous|the\s+next|the\s+last)\s+month",
    "es": r"(?:el\s+)?(?:(?P<mmod>pr[oó]ximo|pasado|este)\s+mes"
    r"|mes\s+(?P<mmod2>pasado|pr[oó]ximo|que\s+viene|anterior))",
}


def _offset(words: str | None) -> int:
    return {PAST: -1, FUTURE: 1}.get(tense_of(words) or "", 0)


def _ordinal(text: str, lang: str) -> int | None:
    """1, 2, 3... for an ordinal; 0 for "last"/"último"."""
    lowered = text.lower()
    if lowered in _LAST:
        return 0
    digits = re.match(r"\d+", lowered)
    if digits:
        return int(digits.group(0))
    masculine = re.sub(r"a$", "o", re.sub(r"(?<=[oa])s$", "", lowered)) if lang == "es" else lowered
    return parse_number(masculine.replace("é", "e"), lang)


def _container(match: re.Match[str], ctx: Context) -> tuple[str, dt.date] | None:
    """ "year" or "month" and the first day of the period the phrase counts within."""
    groups = match.groupdict()
    if groups.get("year"):
        year = year_value(groups["year"], ctx.reference)
        return None if year is None else ("year", dt.date(year, 1, 1))
    if groups.get("ymod") or groups.get("ymod2"):
        offset = _offset(groups.get("ymod") or groups.get("ymod2"))
        return "year", dt.date(ctx.reference.year + offset, 1, 1)
    if groups.get("month"):
        month = month_number(groups["month"], ctx.lang)
        return None if month is None else ("month", place_month(month, ctx.reference, None))
    offset = _offset(groups.get("mmod") or groups.get("mmod2"))
    return "month", shift(ctx.reference.replace(day=1), offset, "month")


def _unit(text: str) -> str:
    """ "day", "week" or "month" for "días", "weeks", "mes"..."""
    return {"d": "day", "w": "week", "s": "week"}.get(text[:1].lower(), "month")


def _counted_part(match: re.Match[str], ctx: Context) -> Reading | None:
    """The nth unit, or the first or last n units, of a year or month."""
    container = _container(match, ctx)
    nth = _ordinal(match["ord"], ctx.lang)
    if container is None or nth is None:
        return None
    kind, first = container
    unit = _unit(match["unit"])
    count = parse_number(match["n"], ctx.lang) if match["n"] else None
    last = month_end(first) if kind == "month" else dt.date(first.year, 12, 31)
    if count is not None:
        return _first_or_last(first, last, unit, count, from_end=nth == 0)
    if nth == 1 and match["ord"][:1].isalpha() and match["ord"].lower().endswith("s"):
        return None  # "los primeros días de": no count
    return _nth(first, last, kind, unit, nth)


def _first_or_last(
    first: dt.date, last: dt.date, unit: str, count: int, *, from_end: bool
) -> Reading | None:
    if not 0 < count <= 366:
        return None
    if unit == "month":
        if count > 12:
            return None
        start = shift(first, 12 - count, "month") if from_end else first
        return Reading(start, Precision.MONTH, month_end(shift(start, count - 1, "month")))
    if unit == "week":
        weeks = _weeks(first, last)
        chosen = weeks[-count:] if from_end else weeks[:count]
        if not chosen or count > len(weeks):
            return None
        return Reading(chosen[0], Precision.DAY, chosen[-1] + dt.timedelta(days=6))
    if from_end:
        return Reading(last - dt.timedelta(days=count - 1), Precision.DAY, last)
    return Reading(first, Precision.DAY, first + dt.timedelta(days=count - 1))


def _weeks(first: dt.date, last: dt.date) -> list[dt.date]:
    """The Mondays of the weeks whose Thursday falls between ``first`` and ``last``."""
    monday = week_start(first)
    mondays = []
    while monday + dt.timedelta(days=3) <= last:
        if monday + dt.timedelta(days=3) >= first:
            mondays.append(monday)
        monday += dt.timedelta(days=7)
    return mondays


def _nth(first: dt.date, last: dt.date, kind: str, unit: str, nth: int) -> Reading | None:
    if unit == "month":
        if kind != "year" or nth > 12:
            return None
        return Reading(shift(first, (nth or 12) - 1, "month"), Precision.MONTH)
    if unit == "week":
        weeks = _weeks(first, last)
        if nth > len(weeks):
            return None
        return week_reading(weeks[nth - 1], relative=True, tense=None)
    day = last if nth == 0 else first + dt.timedelta(days=nth - 1)
    if day > last or (kind == "month" and nth > 31):
        return None
    return Reading(day, Precision.DAY, relative=True)


def _numbered_week(match: re.Match[str], ctx: Context) -> Reading | None:
    container = _container(match, ctx)
    if container is None:
        return None
    _, first = container
    weeks = _weeks(first, dt.date(first.year, 12, 31))
    number = int(match["wn"])
    if not 0 < number <= len(weeks):
        return None
    return week_reading(weeks[number - 1], relative=True, tense=None)


def _day_of_month(match: re.Match[str], ctx: Context) -> Reading | None:
    container = _container(match, ctx)
    day = parse_number(match["day"], ctx.lang)
    if container is None or day is None:
        return None
    value = safe_date(container[1].year, container[1].month, day)
    return None if value is None else Reading(value, Precision.DAY, relative=True)


def _business_days(match: re.Match[str], ctx: Context) -> Reading | None:
    """The next or previous ``n`` Monday-to-Friday days, the reference left out."""
    count = parse_number(match["n"], ctx.lang)
    if count is None or not 0 < count <= 260:
        return None
    if not (match["mod"] or match["mod2"]):
        return None  # "durante tres días de trabajo": how long, not which days
    step = -1 if tense_of(match["mod"] or match["mod2"]) == PAST else 1
    days: list[dt.date] = []
    day = ctx.reference
    while len(days) < count:
        day += dt.timedelta(days=step)
        if day.weekday() < 5:
            days.append(day)
    start, end = min(days), max(days)
    return Reading(start, Precision.DAY, end, True, PAST if step < 0 else FUTURE)


def _whole_units(match: re.Match[str], ctx: Context) -> Reading | None:
    """The next or last ``n`` whole quarters or decades, the reference's own left out."""
    count = parse_number(match["n"], ctx.lang)
    if count is None or not 0 < count <= 40:
        return None
    past = tense_of(match["mod"]) == PAST
    if match["unit"].lower().startswith(("q", "t")):
        current = dt.date(ctx.reference.year, (ctx.reference.month - 1) // 3 * 3 + 1, 1)
        start = shift(current, -3 * count if past else 3, "month")
        end = month_end(shift(start, 3 * count - 1, "month"))
        return Reading(start, Precision.MONTH, end, True, PAST if past else FUTURE)
    decade = ctx.reference.year // 10 * 10
    first = decade - 10 * count if past else decade + 10
    return Reading(
        dt.date(first, 1, 1), Precision.YEAR, dt.date(first + 10 * count - 1, 12, 31), True
    )


@cache
def span_rules(lang: str) -> list[Rule]:
    """The counted-part, business-day and whole-unit phrase shapes of ``lang``."""
    num = number_pattern(lang)
    year = rf"(?P<year>{year_pattern(lang)})|{_YEAR_MOD[lang]}"
    month = rf"(?P<month>{month_pattern(lang, abbreviations=False)})|{_MONTH_MOD[lang]}"
    if lang == "es":
        return [
            rule(
                rf"(?:(?:el|la|los|las)\s+)?(?P<ord>{_ORDINAL_ES})\s+(?:(?P<n>{num})\s+)?"
                rf"(?P<unit>d[ií]as?|semanas?|mes(?:es)?)\s+(?:de|del)\s+(?:{year}|{month})",
                _counted_part,
            ),
            rule(rf"semana\s+(?P<wn>\d{{1,2}})\s+(?:de|del)\s+(?:{year})", _numbered_week,
                 "semana"),
            rule(rf"(?:el\s+)?d[ií]a\s+(?P<day>\d{{1,2}})\s+(?:de|del)\s+{_MONTH_MOD[lang]}",
                 _day_of_month),
            rule(
                rf"(?:(?P<mod>pr[oó]xim[oa]s|siguientes|[uú]ltim[oa]s|pasad[oa]s|anteriores)\s+)?"
                rf"(?P<n>{num})\s+d[ií]as\s+(?:laborables|h[aá]biles|de\s+trabajo)"
                rf"(?:\s+(?P<mod2>siguientes|pr[oó]ximos|anteriores|pasados))?",
                _business_days,
                "laborab|hábil|habil|de trabajo",
            ),
            rule(
                rf"(?:(?:los|las)\s+)?(?P<mod>pr[oó]xim[oa]s|siguientes|[uú]ltim[oa]s|pasad[oa]s"
                rf"|anteriores)\s+(?P<n>{num})\s+(?P<unit>trimestres|d[eé]cadas)",
                _whole_units,
                "trimestres|décadas|decadas",
            ),
        ]  # fmt: skip
    return [
        rule(
            rf"(?:the\s+)?(?P<ord>{_ORDINAL_EN})\s+(?:(?P<n>{num})\s+)?(?P<unit>days?|weeks?"
            rf"|months?)\s+of\s+(?:the\s+)?(?:{year}|{month})",
            _counted_part,
        ),
        rule(rf"week\s+(?P<wn>\d{{1,2}})\s+of\s+(?:{_YEAR_MOD[lang]})", _numbered_week, "week"),
        rule(
            rf"(?P<mod>next|last|past|previous|coming|following|upcoming)\s+(?P<n>{num})\s+"
            rf"(?:business|working|work)\s+days(?P<mod2>)",
            _business_days,
            "business|work",
        ),
        rule(
            rf"(?:the\s+)?(?P<mod>next|last|past|previous|coming|following|upcoming)\s+"
            rf"(?P<n>{num})\s+(?P<unit>quarters|decades)",
            _whole_units,
            "quarters|decades",
        ),
    ]

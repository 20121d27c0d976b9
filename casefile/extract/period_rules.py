"""Phrase shapes for calendar periods longer than a day: numbered weeks ("la primera semana de
octubre", "week 31"), quarters and semesters ("el tercer trimestre de 2019", "Q1 2024"),
parts of a year ("a finales de 2000"), decades ("los años 90") and centuries ("siglo XV").

Weeks run Monday to Sunday and belong to the month (or ISO year) that holds their Thursday,
so "la primera semana de enero de 2015" starts on Monday 29 December 2014.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from casefile.domain import Precision
from casefile.extract.absolute_rules import YEAR, year_value
from casefile.extract.date_periods import (
    FUTURE,
    PAST,
    Context,
    Reading,
    Rule,
    month_end,
    place_in_year,
    place_month,
    rule,
    shift,
    tense_of,
    week_reading,
    week_start,
)
from casefile.extract.date_words import day_pattern, month_number, month_pattern, parse_number

_ORDINALS = {
    "primer": 1, "primera": 1, "primero": 1, "segunda": 2, "segundo": 2, "tercer": 3,
    "tercera": 3, "tercero": 3, "cuarta": 4, "cuarto": 4, "quinta": 5, "quinto": 5,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
}  # fmt: skip
_LAST = {"última", "ultima", "último", "ultimo", "last"}
_ORDINAL_ES = (
    r"primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|[uú]ltim[oa]|[1-5](?:\.?[ºª°]|er|o|a)?"
)
_ORDINAL_EN = r"first|second|third|fourth|fifth|last|[1-5](?:st|nd|rd|th)"
_DECADE_WORDS = {
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "twenties": 20, "thirties": 30,
    "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90,
}  # fmt: skip
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# Early, middle and late in a year, as four-month thirds (the Recognizers-Text convention).
_YEAR_PARTS = {
    "principios": 1, "inicios": 1, "comienzos": 1, "early": 1, "beginning": 1,
    "mediados": 5, "mid": 5, "middle": 5,
    "finales": 9, "fines": 9, "late": 9, "end": 9,
}  # fmt: skip


def _ordinal(text: str) -> int | None:
    """1-5 for "primera", "3ª", "3rd"; 0 for "última"/"last"."""
    lowered = text.lower()
    if lowered in _LAST:
        return 0
    digits = re.match(r"\d", lowered)
    return int(digits.group(0)) if digits else _ORDINALS.get(lowered)


def _group(match: re.Match[str], *names: str) -> str | None:
    """The first of the named groups that matched (alternatives carry numbered names)."""
    groups = match.groupdict()
    return next((groups[n] for n in names if groups.get(n)), None)


def _year_of(match: re.Match[str], ctx: Context) -> int | None:
    return year_value(_group(match, "year", "year2", "year3"), ctx.reference)


def _nth_week_of_month(first: dt.date, nth: int) -> dt.date | None:
    """Monday of the ``nth`` week (0 = last) of ``first``'s month."""
    if nth == 0:
        monday = week_start(month_end(first))
        return (
            monday
            if (monday + dt.timedelta(days=3)).month == first.month
            else shift(monday, -1, "week")
        )
    monday = week_start(first)
    if (monday + dt.timedelta(days=3)).month != first.month:
        monday = shift(monday, 1, "week")
    candidate = shift(monday, nth - 1, "week")
    return candidate if (candidate + dt.timedelta(days=3)).month == first.month else None


def _iso_week(year: int, week: int) -> dt.date | None:
    """Monday of ISO week ``week`` of ``year`` (0 = the last one)."""
    if week == 0:
        week = dt.date(year, 12, 28).isocalendar().week
    try:
        return dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def _nth_week(match: re.Match[str], ctx: Context) -> Reading | None:
    nth = _ordinal(match["ord"])
    if nth is None:
        return None
    year = _year_of(match, ctx)
    if match["month"]:
        month = month_number(match["month"], ctx.lang)
        if month is None:
            return None
        first = dt.date(year, month, 1) if year else place_month(month, ctx.reference, None)
        monday = _nth_week_of_month(first, nth)
    else:
        monday = _iso_week(year or ctx.reference.year, nth)
    if monday is None:
        return None
    return week_reading(monday, relative=year is None, tense=None)


def _numbered_week(match: re.Match[str], ctx: Context) -> Reading | None:
    year = _year_of(match, ctx)
    monday = _iso_week(year or ctx.reference.year, int(match["n"]))
    if monday is None or int(match["n"]) == 0:
        return None
    return week_reading(monday, relative=year is None, tense=None)


def _week_of_day(match: re.Match[str], ctx: Context) -> Reading | None:
    day = parse_number(_group(match, "day", "day2") or "", ctx.lang)
    month = month_number(_group(match, "month", "month2") or "", ctx.lang)
    if not day or not month:
        return None
    year = _year_of(match, ctx)
    placed = dt.date(year, month, day) if year else place_in_year(month, day, ctx.reference, None)
    if placed is None:
        return None
    return week_reading(week_start(placed), relative=year is None, tense=None)


def _quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    quarter = _group(match, "q", "q2")
    number = int(quarter) if quarter else _ordinal(_group(match, "ord") or "")
    months = 6 if (_group(match, "unit") or "").lower().startswith(("semest", "half")) else 3
    if not number or number * months > 12:
        return None
    modifier = _group(match, "ymod", "ymod2")
    if modifier is not None:  # "del próximo año", "of last year": counted from the reference
        tense = tense_of(modifier)
        year = ctx.reference.year + {PAST: -1, FUTURE: 1}.get(tense or "", 0)
    else:
        year = _year_of(match, ctx) or ctx.reference.year
    first = dt.date(year, (number - 1) * months + 1, 1)
    last = month_end(shift(first, months - 1, "month"))
    return Reading(first, Precision.MONTH, last, relative=modifier is not None)


# "del próximo año", "del año pasado", "de este año"; "of next year", "last year".
_YEAR_MOD_ES = (
    r"(?:de|del)\s+(?:(?:el|este)\s+)?(?:(?P<ymod>pr[oó]ximo|pasado|[uú]ltimo|anterior"
    r"|siguiente|este|entrante)\s+a[ñn]o|a[ñn]o\s+(?P<ymod2>pasado|pr[oó]ximo|que\s+viene"
    r"|anterior|siguiente|entrante|en\s+curso))"
)
_YEAR_MOD_EN = r"(?P<ymod>this|next|last|previous|the\s+next|the\s+previous|the\s+coming)\s+year"


def _decade(match: re.Match[str], ctx: Context) -> Reading | None:
    text = (_group(match, "decade", "decade2") or "").lower()
    value = _DECADE_WORDS.get(text)
    if value is None:
        value = int(text)
    if value < 100:
        century = 1900 if 1900 + value <= ctx.reference.year else 2000
        if 2000 + value <= ctx.reference.year:
            century = 2000 if value < 30 else 1900
        value += century
    if value % 10:
        return None
    return Reading(dt.date(value, 1, 1), Precision.YEAR, dt.date(value + 9, 12, 31))


def _roman(text: str) -> int | None:
    values = [_ROMAN.get(c) for c in text.lower()]
    if not values or None in values:
        return None
    numbers = [v for v in values if v is not None]
    return sum(
        -v if i + 1 < len(numbers) and v < numbers[i + 1] else v for i, v in enumerate(numbers)
    )


def _century(match: re.Match[str], ctx: Context) -> Reading | None:
    text = match["century"]
    number = parse_number(text, ctx.lang) if text[0].isdigit() else _roman(text)
    if number is None:
        number = parse_number(text, ctx.lang)
    if not number or number > 22:
        return None
    first = dt.date(max(1, (number - 1) * 100), 1, 1)
    return Reading(first, Precision.YEAR, dt.date((number - 1) * 100 + 99, 12, 31))


def _year_part(match: re.Match[str], ctx: Context) -> Reading | None:
    start_month = _YEAR_PARTS[(_group(match, "part", "part2") or "").lower()]
    year = year_value(match["year"], ctx.reference) if match["year"] else ctx.reference.year
    if year is None:
        return None
    first = dt.date(year, start_month, 1)
    return Reading(first, Precision.MONTH, month_end(shift(first, 3, "month")), not match["year"])


@cache
def period_rules(lang: str) -> list[Rule]:
    """The period phrase shapes of ``lang`` ("es" or "en")."""
    month = month_pattern(lang)
    day = day_pattern(lang)
    if lang == "es":
        return [
            rule(
                rf"(?:(?:la|las)\s+)?(?P<ord>{_ORDINAL_ES})\s+semana\s+(?:de|del)\s+(?:(?P<month>"
                rf"{month})(?:\s+(?:de|del)\s+(?P<year>{YEAR}))?|(?:a[ñn]o\s+)?(?P<year2>{YEAR}))",
                _nth_week,
            ),
            rule(
                rf"semana\s+(?P<n>\d{{1,2}})(?:\s+(?:de|del)\s+(?P<year>{YEAR}))?", _numbered_week
            ),
            rule(
                rf"(?:la\s+)?semana\s+(?:(?:que\s+(?:inicia|comienza|empieza|va)|a\s+partir)\s+)?"
                rf"(?:de|del|el)\s+(?:el\s+|del\s+)?(?P<day>{day})\s+de\s+(?P<month>{month})"
                rf"(?:\s+de\s+(?P<year>{YEAR}))?",
                _week_of_day,
            ),
            rule(
                rf"(?:(?:el|la)\s+)?(?P<ord>{_ORDINAL_ES})\s+(?P<unit>trimestre|semestre)"
                rf"(?:\s*(?:-|de|del)?\s*(?:a[ñn]o\s+)?(?P<year>{YEAR})|\s+{_YEAR_MOD_ES}"
                rf"|\s+del\s+a[ñn]o)?"
                rf"|(?P<year2>{YEAR})\s*-?\s*[tT](?P<q>[1-4])",
                _quarter,
            ),
            rule(
                r"(?:la\s+)?d[eé]cada\s+de\s+(?:los\s+)?(?:a[ñn]os\s+)?(?P<decade>(?:1\d|20)?\d0)"
                r"|(?:los\s+)?a[ñn]os\s+(?P<decade2>(?:1\d|20)?\d0|veinte|treinta|cuarenta"
                r"|cincuenta|sesenta|setenta|ochenta|noventa)(?!\s+de\b)",
                _decade,
            ),
            rule(r"siglo\s+(?P<century>[ivxlIVXL]+|\d{1,2})", _century),
            rule(
                rf"(?P<part>principios|inicios|comienzos|mediados|finales|fines)\s+(?:de|del)\s+"
                rf"(?:(?P<year>{YEAR})|este\s+a[ñn]o)",
                _year_part,
            ),
        ]
    return [
        rule(
            rf"(?:the\s+)?(?P<ord>{_ORDINAL_EN})\s+week\s+of\s+(?:(?P<month>{month})(?:,?\s+"
            rf"(?P<year>{YEAR}))?|(?P<year2>{YEAR}))",
            _nth_week,
        ),
        rule(rf"week\s+(?P<n>\d{{1,2}})(?:\s+of\s+(?P<year>{YEAR}))?", _numbered_week),
        rule(
            rf"(?:the\s+week\s+(?:of|beginning|starting(?:\s+on)?|commencing)|w/c)\s+(?:(?P<month>{month})\s+(?:the\s+)?(?P<day>{day})|(?:the\s+)?"
            rf"(?P<day2>{day})\s+(?:of\s+)?(?P<month2>{month}))(?:,?\s+(?P<year>{YEAR}))?",
            _week_of_day,
        ),
        rule(
            rf"(?:the\s+)?(?P<ord>{_ORDINAL_EN})\s+(?P<unit>quarter|half)(?:\s+of\s+(?P<year>{YEAR})"
            rf"|\s+(?:of\s+)?{_YEAR_MOD_EN}|\s+of\s+(?:the|this)\s+year)?"
            rf"|Q(?P<q>[1-4])\s*(?P<year2>{YEAR})"
            rf"|(?P<year3>{YEAR})\s*-?\s*Q(?P<q2>[1-4])",
            _quarter,
        ),
        rule(
            r"(?:the\s+)?(?P<decade>(?:1\d|20)?\d0)\s?'?s|(?:the\s+)?(?P<decade2>twenties|thirties"
            r"|forties|fifties|sixties|seventies|eighties|nineties)",
            _decade,
        ),
        rule(r"(?:the\s+)?(?P<century>\d{1,2}(?:st|nd|rd|th))\s+century", _century),
        rule(
            rf"(?:(?P<part>early|mid|late)[\s-]+|(?:the\s+)?(?P<part2>beginning|middle|end)\s+of"
            rf"\s+)(?P<year>{YEAR})",
            _year_part,
        ),
    ]

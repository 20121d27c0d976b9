"""Holidays by name: "Navidad", "Día del Trabajo", "el Día de Muertos de 2024", "Easter 2018",
"last Thanksgiving", "Independence Day"; "la víspera de Navidad" is the day before.

A holiday without a year is the occurrence nearest the reference; "pasado"/"last" takes the
last one before it, "próximo"/"next" the first one after, "de este año"/"this year" the
reference's year. Spanish "Día de la Independencia" is Mexico's (16 September) unless the
text says "de Estados Unidos"; English "Independence Day" is the 4th of July.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from dateutil.easter import easter

from casefile.domain import Precision
from casefile.extract.absolute_rules import YEAR
from casefile.extract.date_periods import FUTURE, PAST, Context, Reading, Rule, rule, tense_of

Holiday = Callable[[int], dt.date]


def _fixed(month: int, day: int) -> Holiday:
    return lambda year: dt.date(year, month, day)


def _nth_weekday(month: int, weekday: int, nth: int) -> Holiday:
    """The ``nth`` ``weekday`` (0 = Monday) of ``month``; ``nth`` -1 is the last one."""

    def day_in(year: int) -> dt.date:
        if nth < 0:
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))

    return day_in


def _from_easter(days: int) -> Holiday:
    return lambda year: easter(year) + dt.timedelta(days=days)


def _after(holiday: Holiday, days: int) -> Holiday:
    return lambda year: holiday(year) + dt.timedelta(days=days)


_THANKSGIVING = _nth_weekday(11, 3, 4)

# (pattern, date in a given year); patterns are matched case-insensitively.
_HOLIDAYS: dict[str, list[tuple[str, Holiday]]] = {
    "es": [
        (r"navidad|d[ií]a\s+de\s+navidad", _fixed(12, 25)),
        (r"nochebuena", _fixed(12, 24)),
        (r"nochevieja", _fixed(12, 31)),
        (r"(?:d[ií]a\s+de\s+)?a[ñn]o\s+nuevo", _fixed(1, 1)),
        (r"d[ií]a\s+de\s+(?:los\s+)?reyes(?:\s+magos)?", _fixed(1, 6)),
        (r"d[ií]a\s+de\s+la\s+constituci[oó]n", _fixed(2, 5)),
        (r"d[ií]a\s+de\s+la\s+bandera", _fixed(2, 24)),
        (r"d[ií]a\s+(?:internacional\s+)?del?\s+(?:los\s+)?trabaj(?:o|ador|adores)", _fixed(5, 1)),
        (
            r"d[ií]a\s+de\s+(?:la\s+)?independencia\s+de\s+(?:los\s+)?(?:estados\s+unidos"
            r"|ee\.\s?uu\.?|eu|eua)",
            _fixed(7, 4),
        ),
        (r"d[ií]a\s+de\s+(?:la\s+)?independencia", _fixed(9, 16)),
        (r"d[ií]a\s+de\s+(?:los\s+)?(?:fieles\s+)?(?:muertos|difuntos)", _fixed(11, 2)),
        (r"d[ií]a\s+de\s+la\s+revoluci[oó]n", _fixed(11, 20)),
        (r"d[ií]a\s+de\s+la\s+virgen(?:\s+de\s+guadalupe)?", _fixed(12, 12)),
        (r"d[ií]a\s+de\s+la\s+raza", _fixed(10, 12)),
        (r"d[ií]a\s+de\s+san\s+valent[ií]n|d[ií]a\s+del\s+amor\s+y\s+la\s+amistad", _fixed(2, 14)),
        (r"d[ií]a\s+de\s+(?:la\s+)?tierra", _fixed(4, 22)),
        (r"d[ií]a\s+de\s+san\s+patricio", _fixed(3, 17)),
        (r"d[ií]a\s+de\s+acci[oó]n\s+de\s+gracias", _THANKSGIVING),
        (r"viernes\s+negro|black\s+friday", _after(_THANKSGIVING, 1)),
        (r"domingo\s+de\s+(?:pascua|resurrecci[oó]n)|pascua", _from_easter(0)),
        (r"viernes\s+santo", _from_easter(-2)),
        (r"jueves\s+santo", _from_easter(-3)),
        (r"halloween", _fixed(10, 31)),
    ],
    "en": [
        (r"christmas\s+eve", _fixed(12, 24)),
        (r"christmas(?:\s+day)?|xmas", _fixed(12, 25)),
        (r"new\s+year'?s?\s+eve", _fixed(12, 31)),
        (r"new\s+year'?s?(?:\s+day)?", _fixed(1, 1)),
        (r"easter(?:\s+sunday)?", _from_easter(0)),
        (r"good\s+friday", _from_easter(-2)),
        (r"thanksgiving(?:\s+day)?", _THANKSGIVING),
        (r"black\s+friday", _after(_THANKSGIVING, 1)),
        (r"independence\s+day|(?:the\s+)?fourth\s+of\s+july", _fixed(7, 4)),
        (r"labou?r\s+day", _nth_weekday(9, 0, 1)),
        (r"memorial\s+day", _nth_weekday(5, 0, -1)),
        (r"(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day", _nth_weekday(1, 0, 3)),
        (r"presidents'?\s+day", _nth_weekday(2, 0, 3)),
        (r"columbus\s+day", _nth_weekday(10, 0, 2)),
        (r"veterans'?\s+day", _fixed(11, 11)),
        (r"earth\s+day", _fixed(4, 22)),
        (r"(?:saint|st\.?)\s+patrick'?s?(?:\s+day)?", _fixed(3, 17)),
        (r"valentine'?s\s+day", _fixed(2, 14)),
        (r"halloween", _fixed(10, 31)),
        (r"juneteenth", _fixed(6, 19)),
        (r"cinco\s+de\s+mayo", _fixed(5, 5)),
        (r"(?:international\s+)?workers'?\s+day|may\s+day", _fixed(5, 1)),
        (r"day\s+of\s+the\s+dead", _fixed(11, 2)),
    ],
}
_PRE = {
    "es": r"(?:(?P<pre>(?:el\s+)?(?:pasado|pr[oó]ximo|este|esta))\s+)?",
    "en": r"(?:(?P<pre>last|previous|next|following|this|this\s+year'?s)\s+)?",
}
# "(the) weekend of" before a holiday's name, "weekend" after it (or after its year).
_WEEKEND = {
    "es": (r"(?:el\s+)?fin\s+de\s+semana\s+(?:de(?:l)?\s+)?", r"\s+fin\s+de\s+semana"),
    "en": (r"(?:the\s+)?weekend\s+of\s+", r"\s+weekend"),
}
# The day before a holiday: "la víspera de Nochebuena" (23 December), "the eve of Easter".
_EVE = {
    "es": r"(?P<eve>(?:la\s+)?v[ií]spera\s+de(?:l)?\s+)?",
    "en": r"(?P<eve>(?:the\s+)?eve\s+of\s+)?",
}
_YEAR_TAIL = {
    "es": rf"(?:\s*(?:de|del)?\s*(?:(?P<year>{YEAR})|(?P<this>este\s+a[ñn]o)))?",
    "en": rf"(?:\s*,?\s*(?:of\s+|in\s+)?(?:(?P<year>{YEAR})|(?P<this>this\s+year)))?",
}


def _read(match: re.Match[str], ctx: Context) -> Reading | None:
    """The day of the holiday whose group matched, in the year the wording gives."""
    holiday = next(h for i, (_, h) in enumerate(_HOLIDAYS[ctx.lang]) if match[f"h{i}"])
    if match["year"]:
        return Reading(holiday(int(match["year"])), Precision.DAY)
    reference = ctx.reference
    tense = tense_of(match["pre"])
    if match["this"] or tense == "this":
        return Reading(holiday(reference.year), Precision.DAY, relative=True)
    days = [holiday(year) for year in (reference.year - 1, reference.year, reference.year + 1)]
    if tense == PAST:
        value = max(d for d in days if d < reference)
    elif tense == FUTURE:
        value = min(d for d in days if d > reference)
    else:
        value = min(days, key=lambda d: (abs((d - reference).days), d > reference))
    return Reading(value, Precision.DAY, relative=True, tense=tense, year_given=False)


@cache
def holiday_rules(lang: str) -> list[Rule]:
    """The holiday names of ``lang`` ("es" or "en"), each with its optional year: one
    alternation with a group per holiday, so the text is scanned once for all of them."""
    names = "|".join(f"(?P<h{i}>{pattern})" for i, (pattern, _) in enumerate(_HOLIDAYS[lang]))
    weekend = _WEEKEND[lang]
    return [
        rule(
            rf"{_EVE[lang]}(?P<wk1>{weekend[0]})?{_PRE[lang]}(?:{names})(?P<wk2>{weekend[1]})?"
            rf"{_YEAR_TAIL[lang]}(?P<wk3>{weekend[1]})?",
            _read_with_weekend,
        )
    ]


def _read_with_weekend(match: re.Match[str], ctx: Context) -> Reading | None:
    """The holiday, or with "weekend" the weekend it belongs to, the holiday included: the
    one before a Monday or Tuesday holiday, else the one that closes its week."""
    reading = _read(match, ctx)
    if reading is not None and match["eve"]:
        return dataclasses.replace(reading, value=reading.value - dt.timedelta(days=1))
    if reading is None or not (match["wk1"] or match["wk2"] or match["wk3"]):
        return reading
    day = reading.value
    if day.weekday() <= 1:
        start, end = day - dt.timedelta(days=day.weekday() + 2), day
    else:
        saturday = day + dt.timedelta(days=5 - day.weekday())
        start, end = min(day, saturday), saturday + dt.timedelta(days=1)
    return Reading(start, Precision.DAY, end, reading.relative, reading.tense, reading.year_given)

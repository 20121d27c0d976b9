"""Phrase shapes that count within a month: "el segundo lunes de marzo", "the first Friday of
next month", "the 20th of next month", "el 20 del mes pasado", "vigésimo segundo de junio".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from casefile.domain import Precision
from casefile.extract.date_periods import (
    Context,
    Reading,
    Rule,
    place_in_year,
    place_month,
    rule,
    safe_date,
    shift,
    tense_of,
)
from casefile.extract.date_tense import lean_to_verb
from casefile.extract.date_words import (
    alternation,
    day_pattern,
    month_number,
    month_pattern,
    ordinal_day_pattern,
    parse_number,
    weekday_number,
    weekday_pattern,
)

_NTH = {
    "es": {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
           "quinto": 5, "último": -1, "ultimo": -1},
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1},
}  # fmt: skip
_TENS_ORDINAL = {"décimo": 10, "decimo": 10, "vigésimo": 20, "vigesimo": 20, "trigésimo": 30,
                 "trigesimo": 30}  # fmt: skip
_UNITS_ORDINAL = {"primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3,
                  "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "septimo": 7,
                  "octavo": 8, "noveno": 9}  # fmt: skip
_RELATIVE_MONTH = {
    "es": r"(?:d?el\s+)?(?:(?P<mod>pr[oó]ximo|pasado|siguiente|anterior)\s+mes|mes\s+"
    r"(?P<mod2>pr[oó]ximo|pasado|que\s+viene|siguiente|anterior|entrante)|este\s+mes)",
    "en": r"(?:(?P<mod>next|last|this|the\s+following|the\s+previous|the\s+coming)\s+month)",
}
_YEAR = r"(?:\s+(?:de|del|of)?\s*(?P<year>(?:19|20)\d\d))?"


def _month_start(match: re.Match[str], ctx: Context) -> dt.date | None:
    """The first day of the month the phrase names: by name (with or without a year) or
    relative to the reference ("next month", "del mes pasado")."""
    groups = match.groupdict()
    if groups.get("month"):
        month = month_number(groups["month"], ctx.lang)
        if month is None:
            return None
        if groups.get("year"):
            return dt.date(int(groups["year"]), month, 1)
        return lean_to_verb(place_month(month, ctx.reference, None), ctx, match.start())
    words = " ".join(w for w in (groups.get("mod"), groups.get("mod2")) if w)
    tense = tense_of(words) if words else "this"
    offset = {"past": -1, "future": 1}.get(tense or "", 0)
    return shift(ctx.reference.replace(day=1), offset, "month")


def _nth_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "el segundo lunes de marzo": the n-th (or last) weekday of that month."""
    nth = _NTH[ctx.lang].get(match["nth"].lower())
    weekday = weekday_number(match["wd"], ctx.lang)
    first = _month_start(match, ctx)
    if nth is None or weekday is None or first is None:
        return None
    days = [
        day
        for day in range(1, calendar.monthrange(first.year, first.month)[1] + 1)
        if first.replace(day=day).weekday() == weekday
    ]
    index = nth - 1 if nth > 0 else -1
    if index >= len(days):
        return None
    value = first.replace(day=days[index])
    given = bool(match.groupdict().get("year"))
    return Reading(value, Precision.DAY, relative=not given, year_given=given)


def _day_of_relative_month(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "the 20th of next month", "el 20 del mes pasado"."""
    day = parse_number(match["day"], ctx.lang)
    first = _month_start(match, ctx)
    if day is None or first is None:
        return None
    value = safe_date(first.year, first.month, day)
    return Reading(value, Precision.DAY, relative=True) if value else None


def _ordinal_words_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "vigésimo segundo de junio": a day written as a compound Spanish ordinal."""
    day = _TENS_ORDINAL[match["tens"].lower()] + _UNITS_ORDINAL[match["unit"].lower()]
    month = month_number(match["month"], ctx.lang)
    if month is None or day > 31:
        return None
    if match["year"]:
        value = safe_date(int(match["year"]), month, day)
        return Reading(value, Precision.DAY) if value else None
    value = place_in_year(month, day, ctx.reference, None)
    return Reading(value, Precision.DAY, relative=True, year_given=False) if value else None


@cache
def ordinal_rules(lang: str) -> list[Rule]:
    """The in-month counting shapes of ``lang`` ("es" or "en")."""
    nth = alternation(list(_NTH[lang]))
    wd = weekday_pattern(lang)
    month = month_pattern(lang, abbreviations=False)
    relative = _RELATIVE_MONTH[lang]
    named = rf"(?P<month>{month}){_YEAR}"
    if lang == "es":
        return [
            rule(
                rf"(?:el\s+)?(?P<nth>{nth})\s+(?P<wd>{wd})\s+(?:de\s+|del\s+)?(?:{named}|{relative})",
                _nth_weekday,
            ),
            rule(
                rf"(?:el\s+)?(?:d[ií]a\s+)?(?P<day>{day_pattern(lang)})\s+(?:{relative})",
                _day_of_relative_month,
            ),
            rule(
                rf"(?:el\s+)?(?P<tens>{alternation(list(_TENS_ORDINAL))})\s+"
                rf"(?P<unit>{alternation(list(_UNITS_ORDINAL))})\s+de\s+(?P<month>{month}){_YEAR}",
                _ordinal_words_day,
            ),
        ]
    return [
        rule(
            rf"(?:the\s+)?(?P<nth>{nth})\s+(?P<wd>{wd})\s+(?:of|in)\s+(?:{named}|{relative})",
            _nth_weekday,
        ),
        rule(
            rf"(?:the\s+)?(?P<day>{ordinal_day_pattern()})\s+of\s+(?:{relative})",
            _day_of_relative_month,
        ),
    ]

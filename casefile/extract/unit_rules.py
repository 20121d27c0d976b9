"""A calendar unit named with no number: "of the year.", "for the month", "de la semana.",
"the weekend", "the week after next", "year to date", "this calendar year", "cy2008", "the
rest of the week", "next workweek", "the fortnight".

A bare "the week"/"el año" means the reference's own week or year only where the phrase ends
a clause after a preposition ("player of the year.", "ventas en el año"): mid-sentence ("the
year before the war", "el año en que...") it usually points at another time the text names.
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
    rule,
    shift,
    tense_of,
    week_reading,
    week_start,
)

# The clause ends: punctuation, a line break or the end of the text.
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)\]]|$))"
_BARE_BEFORE = {
    "en": r"(?:for|in|of|during|throughout)\s+the\s+",
    "es": r"(?:en|de|durante)\s+(?:el|la)\s+|del\s+",
}

# Words before "del mes"/"of the year" that name a part of any month or year.
_PART_WORDS = {"día", "dia", "días", "dias", "day", "days", "fin", "end", "principio", "inicio",
               "mitad", "finales", "principios", "mediados", "comienzos", "inicios", "fines",
               "middle", "beginning", "start", "semana", "week", "weeks", "semanas", "quincena",
               "half", "rest", "resto", "part", "parte", "course", "transcurso"}  # fmt: skip


def _bare_unit(match: re.Match[str], ctx: Context) -> Reading | None:
    """The reference's own day, week, month or year."""
    if ctx.word_before(match.start()) in _PART_WORDS:
        return None  # "el primer día del mes", "the end of the year": a habit or a part
    unit = match["unit"].lower()
    reference = ctx.reference
    if unit in {"day", "día", "dia"}:
        return Reading(reference, Precision.DAY, relative=True)
    if unit in {"week", "semana"}:
        return week_reading(week_start(reference), relative=True, tense=None)
    if unit in {"month", "mes"}:
        return Reading(reference.replace(day=1), Precision.MONTH, relative=True)
    return Reading(reference.replace(month=1, day=1), Precision.YEAR, relative=True)


def _weekend(match: re.Match[str], ctx: Context) -> Reading | None:
    """The weekend nearest the reference: early in the week, the one just gone."""
    monday = week_start(ctx.reference)
    if ctx.reference.weekday() <= 1:
        monday = shift(monday, -1, "week")
    saturday = monday + dt.timedelta(days=5)
    return Reading(saturday, Precision.DAY, saturday + dt.timedelta(days=1), relative=True)


def _week_after_next(match: re.Match[str], ctx: Context) -> Reading | None:
    monday = shift(week_start(ctx.reference), 2, "week")
    return week_reading(monday, relative=True, tense=FUTURE)


def _year_to_date(match: re.Match[str], ctx: Context) -> Reading | None:
    first = ctx.reference.replace(month=1, day=1)
    return Reading(first, Precision.DAY, ctx.reference, relative=True, tense=PAST)


def _calendar_year(match: re.Match[str], ctx: Context) -> Reading | None:
    groups = match.groupdict()
    text = groups.get("year") or groups.get("year2")
    if text:
        year = year_value(text, ctx.reference)
        if year is None:
            return None
        return Reading(dt.date(year, 1, 1), Precision.YEAR)
    offset = {PAST: -1, FUTURE: 1}.get(tense_of(match["mod"]) or "", 0)
    return Reading(dt.date(ctx.reference.year + offset, 1, 1), Precision.YEAR, relative=True)


def _rest_of_week(match: re.Match[str], ctx: Context) -> Reading | None:
    sunday = week_start(ctx.reference) + dt.timedelta(days=6)
    return Reading(ctx.reference, Precision.DAY, sunday, relative=True, tense=FUTURE)


def _work_week(match: re.Match[str], ctx: Context) -> Reading | None:
    offset = {PAST: -1, FUTURE: 1}.get(tense_of(match["mod"]) or "", 0)
    monday = shift(week_start(ctx.reference), offset, "week")
    return Reading(monday, Precision.DAY, monday + dt.timedelta(days=4), relative=True)


def _fortnight(match: re.Match[str], ctx: Context) -> Reading | None:
    """Two weeks from the reference's Monday; "next"/"last" the two after or before."""
    offset = {PAST: -1, FUTURE: 1}.get(tense_of(match["mod"]) or "", 0)
    monday = shift(week_start(ctx.reference), 2 * offset, "week")
    return Reading(monday, Precision.DAY, monday + dt.timedelta(days=13), relative=True)


@cache
def unit_rules(lang: str) -> list[Rule]:
    """The number-less calendar unit phrase shapes of ``lang`` ("es" or "en")."""
    if lang == "es":
        return [
            rule(rf"(?:{_BARE_BEFORE[lang]})(?P<unit>semana|mes|a[ñn]o){_CLAUSE_END}",
                 _bare_unit),
            rule(r"(?:el|este|al|del)\s+fin\s+de\s+semana" + _CLAUSE_END, _weekend, "fin de"),
            rule(r"(?:la\s+)?semana\s+despu[eé]s\s+de\s+la\s+pr[oó]xima", _week_after_next,
                 "despu"),
            rule(r"(?:el\s+)?a[ñn]o\s+hasta\s+(?:la\s+fecha|hoy)|(?:en\s+)?lo\s+que\s+va\s+"
                 r"(?:del|de\s+este)\s+a[ñn]o", _year_to_date, "hasta|que va"),
            rule(
                rf"(?P<mod>este|el\s+pr[oó]ximo|el\s+pasado)\s+(?:a[ñn]o\s+calendario"
                rf"|calendario\s+a[ñn]o)|(?:el\s+)?a[ñn]o\s+calendario\s+(?P<year>{YEAR}|\d\d)",
                _calendar_year,
                "calendario",
            ),
            rule(r"(?:el\s+)?resto\s+de\s+(?:la|esta)\s+semana", _rest_of_week, "resto"),
        ]  # fmt: skip
    return [
        rule(rf"(?:{_BARE_BEFORE[lang]})(?P<unit>week|month|year){_CLAUSE_END}", _bare_unit),
        rule(rf"for\s+the\s+(?P<unit>day){_CLAUSE_END}", _bare_unit, "for the"),
        rule(r"(?:the|over\s+the)\s+weekend" + _CLAUSE_END, _weekend, "weekend"),
        rule(r"(?:the\s+)?week\s+after\s+next", _week_after_next, "after next"),
        rule(r"(?:the\s+)?year\s+to\s+date|ytd", _year_to_date, "to date|ytd"),
        rule(
            rf"(?P<mod>this|current|the\s+current|next|last|previous)\s+calendar\s+year"
            rf"|(?:the\s+)?calendar\s+year\s+(?P<year>{YEAR})|cy\s?(?P<year2>{YEAR}|\d\d)",
            _calendar_year,
            "calendar|cy",
        ),
        rule(r"(?:the\s+)?(?:rest|remaining|remainder)\s+of\s+(?:the|this)\s+week",
             _rest_of_week, "rest|remain"),
        rule(r"(?P<mod>this|next|last|previous|the\s+next)\s+(?:work(?:ing)?\s*week)",
             _work_week, "work"),
        rule(
            rf"the\s+fortnight{_CLAUSE_END}|(?:the\s+)?(?P<mod>next|last"
            rf"|previous|this|coming)\s+fortnight",
            _fortnight,
            "fortnight",
        ),
    ]  # fmt: skip

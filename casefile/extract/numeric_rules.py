"""Dates written with digits and separators: "16/01/2026", "2025-11-03", "20170302", "03/11",
"11-2025", month names between numbers ("23/Sep/2020", "2020-aug-01", "sep-23-2020") and
ranges of them ("10/1-11/2/2017", "5/1/2019-5/7/2020", "28/2-1/3").

Spanish puts the day first, English the month, unless the first number cannot be a month.
A year-first ISO date is read inside file names and addresses too ("report-2018-09-23.pdf").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from dateutil.parser import ParserError, parse

from casefile.domain import Precision
from casefile.extract.absolute_rules import (
    YEAR,
    day_reading,
    in_date_context,
    match_tense,
    year_value,
)
from casefile.extract.date_periods import Context, Reading, Rule, rule, safe_date
from casefile.extract.date_words import PARSER_INFO, month_number, month_pattern, weekday_pattern

# No digit, dot, slash or dash glued to a date's edges: "1.2.3.4" and "3-1-2-2020" are not dates.
_OPEN = r"(?<![./\-])"
_CLOSE = r"(?![./\-]?\d)"
# A year-first ISO date may follow a dash or underscore in a file name, not a digit and dash.
_ISO_OPEN = r"(?<![./])(?<!\d-)"
# "el 2.4 por ciento", "on 3.5 billion", "$2.4": a decimal number that is an amount, not a day.
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|por\s*ciento|per\s*cent|percent|pct\b|puntos?\b|points?\b"
    r"|mill(?:ones|[oó]n|ions?)\b|mil\b|millardos?\b|billones\b|bill[oó]n\b|billions?\b"
    r"|bn\b|thousands?\b|trill(?:ones|[oó]n|ions?)\b|m\b|k\b"
    r"|toneladas?\b|tons?\b|tonnes?\b|kil(?:o|ó)?(?:s|gramos?|grams?|[oó]metros?|ometers?)?\b"
    r"|kg\b|km\b|gramos?\b|grams?\b|libras?\b|pounds?\b|lbs?\b|litros?\b|liters?\b"
    r"|metros?\b|meters?\b|hect[aá]reas?\b|hectares?\b|acres?\b|grados?\b|degrees?\b"
    r"|d[oó]lares\b|dollars?\b|pesos?\b|euros?\b|usd\b|mxn\b|eur\b|veces\b|times\b)",
    re.IGNORECASE,
)
# Words that make a bare day/month a day: "el 2.4", "on 5.12".
_DAY_ARTICLES = {"el", "on", "este", "próximo", "the"}
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|(?<![^\W\d_])(?:US|USD|MXN|EUR|GBP))\s*\Z")


def _numeric(match: re.Match[str], ctx: Context) -> Reading | None:
    text = match["num"]
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    yearfirst = bool(re.match(r"\d{4}", text))
    try:
        parsed = parse(
            text,
            parserinfo=PARSER_INFO[ctx.lang],
            dayfirst=ctx.lang == "es" and not yearfirst,
            yearfirst=yearfirst,
        ).date()
    except (ParserError, OverflowError, ValueError):
        return None
    short_year = None if yearfirst else re.search(r"[/.-](\d\d)$", text)
    if short_year:  # dateutil reads two-digit years against today, not the article's date
        year = year_value(short_year.group(1), ctx.reference)
        parsed = safe_date(year or parsed.year, parsed.month, parsed.day) or parsed
    return Reading(parsed, Precision.DAY)


def _day_slash_month(match: re.Match[str], ctx: Context) -> Reading | None:
    if _is_amount(match, ctx):
        return None
    marked = bool(match["wd"] or match["pre"]) or ctx.word_before(match.start()) in _DAY_ARTICLES
    # "de 2.1 a 2.4", "rose to 2.4": after a mere preposition a decimal is a figure.
    loosely_marked = "/" in match["dm"] and in_date_context(match, ctx)
    if not marked and not loosely_marked:
        return None
    first, second = (int(part) for part in re.split(r"[/.-]", match["dm"]))
    day, month = _day_and_month(first, second, ctx.lang)
    if month > 12 or day > 31:
        return None
    return day_reading(ctx, day, month, None, match_tense(match))


def _is_amount(match: re.Match[str], ctx: Context) -> bool:
    """A number with a currency sign before it or a unit or magnitude after it."""
    return bool(
        _QUANTITY_AFTER.match(ctx.text, match.end())
        or _CURRENCY_BEFORE.search(ctx.text[max(0, match.start() - 12) : match.start()])
    )


def _day_and_month(first: int, second: int, lang: str) -> tuple[int, int]:
    """Day and month of a pair of numbers in the language's order."""
    return (first, second) if lang == "es" or first > 12 else (second, first)


def _numeric_month_year(match: re.Match[str], ctx: Context) -> Reading | None:
    month = int(match["mnum"] or match["mnum2"])
    year = int(match["year"] or match["year2"])
    return Reading(dt.date(year, month, 1), Precision.MONTH)


def _named_month(match: re.Match[str], ctx: Context) -> Reading | None:
    """Three parts in any order, one a month name, one a four-digit year, one the day."""
    parts = [match["a"], match["b"], match["c"]]
    months = [m for p in parts if (m := month_number(p, ctx.lang)) is not None]
    years = [int(p) for p in parts if p.isdigit() and len(p) == 4]
    days = [int(p) for p in parts if p.isdigit() and len(p) <= 2]
    if len(months) != 1 or len(years) != 1 or len(days) != 1:
        return None
    value = safe_date(years[0], months[0], days[0])
    return None if value is None else Reading(value, Precision.DAY)


def _numeric_range(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "10/1-11/2/2017", "5/1/2019-5/7/2020", "5/1-5/7, 2020", "28/2-1/3"."""
    day1, month1 = _day_and_month(int(match["p1"]), int(match["p2"]), ctx.lang)
    day2, month2 = _day_and_month(int(match["p3"]), int(match["p4"]), ctx.lang)
    if max(month1, month2) > 12 or max(day1, day2) > 31:
        return None
    year1, year2 = match["y1"], match["y2"]
    if year1 and year2:
        start, end = safe_date(int(year1), month1, day1), safe_date(int(year2), month2, day2)
    elif year2:
        end = safe_date(int(year2), month2, day2)
        start = safe_date(int(year2), month1, day1)
        if start and end and start > end:
            start = safe_date(int(year2) - 1, month1, day1)
    elif not match["pre"] and not in_date_context(match, ctx):
        return None  # "1/2-3/4 cup": fractions, unless a preposition says it is a date
    else:
        placed = day_reading(ctx, day1, month1, None, None)
        start = placed.value if placed else None
        end = _on_or_after(start, month2, day2) if start else None
    if start is None or end is None or end <= start:
        return None
    relative = not year2
    return Reading(start, Precision.DAY, end, relative, None, not relative)


def _on_or_after(start: dt.date, month: int, day: int) -> dt.date | None:
    """The first ``day``/``month`` after ``start`` (this year or the next)."""
    for year in (start.year, start.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate > start:
            return candidate
    return None


def _listed_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "los días 18 y 19 de junio": the 18th takes the month (and year) the list ends with."""
    month = month_number(match["month"], ctx.lang)
    if month is None or int(match["day"]) > 31:
        return None
    year = year_value(match["year"], ctx.reference)
    return day_reading(ctx, int(match["day"]), month, year, None)


def _day_of_month_number(match: re.Match[str], ctx: Context) -> Reading | None:
    """Spanish "el 17 del 11": day and month both as numbers."""
    day, month = int(match["day"]), int(match["mnum"])
    if month > 12 or day > 31:
        return None
    return day_reading(ctx, day, month, None, None)


@cache
def numeric_rules(lang: str) -> list[Rule]:
    """The digit-and-separator date shapes of ``lang`` ("es" or "en")."""
    wd = weekday_pattern(lang)
    part = rf"(?:\d{{4}}|\d{{1,2}}|{month_pattern(lang)})"
    rules = [
        rule(
            rf"{_OPEN}(?:(?P<wd>{wd})\s*,?\s*)?(?P<num>\d{{1,2}}[/.-]\d{{1,2}}[/.-]"
            rf"(?:\d{{4}}|\d\d)){_CLOSE}",
            _numeric,
            r"\d[/.-]\d{1,2}[/.-]\d\d",
        ),
        rule(
            rf"(?:(?P<wd>{wd})\s*,?\s*)?{_ISO_OPEN}(?P<num>(?:1\d|20|21)\d\d[/.-]\d{{1,2}}[/.-]\d{{1,2}}"
            rf"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])){_CLOSE}",
            _numeric,
            r"\d{4}[/.-]\d|\d{8}",
        ),
        rule(
            rf"{_OPEN}(?:(?P<pre>este|pr[oó]ximo|this|next)\s+)?(?:(?P<wd>{wd})\s*,?\s*)?"
            rf"\(?(?P<dm>\d{{1,2}}[/.]\d{{1,2}})\)?{_CLOSE}",
            _day_slash_month,
            r"\d[/.]\d",
        ),
        rule(
            rf"{_OPEN}(?P<mnum>0?[1-9]|1[0-2])[/-](?P<year>(?:19|20)\d\d){_CLOSE}"
            rf"|{_OPEN}(?P<year2>(?:19|20)\d\d)-(?P<mnum2>0?[1-9]|1[0-2]){_CLOSE}",
            _numeric_month_year,
            r"\d[/-][12]\d{3}|[12]\d{3}-\d",
        ),
        rule(
            rf"{_OPEN}(?P<a>{part})(?P<sep>[/.-])(?P<b>{part})(?P=sep)(?P<c>{part}){_CLOSE}",
            _named_month,
            r"\d[/.-][^\W\d_]|[^\W\d_][/.-]\d",
        ),
        rule(
            rf"(?:(?P<pre>from|between|del?|desde|entre)\s+)?{_OPEN}(?P<p1>\d{{1,2}})(?P<sep>[/-])"
            rf"(?P<p2>\d{{1,2}})(?:(?P=sep)(?P<y1>\d{{4}}))?\s*[-–]\s*(?P<p3>\d{{1,2}})(?P=sep)"
            rf"(?P<p4>\d{{1,2}})(?:(?:(?P=sep)|,\s*)(?P<y2>\d{{4}}))?{_CLOSE}",
            _numeric_range,
            r"\d[/-]\d{1,2}(?:[/-]\d{4})?\s*[-–]\s*\d",
        ),
    ]
    month = month_pattern(lang, abbreviations=False)
    joiner = r"\s*(?:,|y|e|and|&)\s*(?:el\s+|the\s+)?"
    rules.append(
        rule(
            rf"(?P<day>\d{{1,2}})(?=(?:\s*,\s*\d{{1,2}})*{joiner}\d{{1,2}}\s+(?:de\s+|of\s+)?"
            rf"(?P<month>{month})(?:\s*(?:de|del|,)?\s*(?P<year>{YEAR}))?)",
            _listed_day,
            r"\d\s*(?:,|y|e|and|&)\s*(?:el |the )?\d",
        )
    )
    if lang == "es":
        rules.append(
            rule(r"(?<=\bel\s)(?P<day>\d{1,2})\s+del\s+(?P<mnum>\d{1,2})(?!\s*de\b)(?![\d]|[.,]\d)",
                 _day_of_month_number, r"\d del \d")
        )  # fmt: skip
    return rules

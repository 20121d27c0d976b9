"""Readings that lean on a neighbouring date: "entre enero de 2019 y ahora", "between now and
November 15th", "from March to date", and offsets from a named day ("two weeks before
Christmas", "tres días después del 12 de enero").
"""

from __future__ import annotations

import re

from casefile.domain import Precision
from casefile.extract.date_periods import FUTURE, PAST, Context, Reading, shift
from casefile.extract.date_words import number_pattern, parse_number, unit_name, unit_pattern

_NOW = {
    "es": r"ahora|el\s+d[ií]a\s+de\s+hoy|la\s+fecha(?:\s+actual)?",
    "en": r"now|date|current\s+date|the\s+present",
}
_TO_NOW = {
    "es": re.compile(rf"\s+(?:y|hasta)\s+(?:{_NOW['es']})(?!\w)", re.IGNORECASE),
    "en": re.compile(rf"\s+(?:and|to|till|until|through)\s+(?:{_NOW['en']})(?!\w)", re.IGNORECASE),
}
_NOW_AND = {
    "es": re.compile(r"(?<!\w)(?:entre|desde)\s+ahora\s+(?:y|hasta)\s+(?:el\s+)?$", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:between|from)\s+now\s+(?:and|to|till|until)\s+$", re.IGNORECASE),
}
_OPENER = {
    "es": re.compile(r"(?<!\w)(?:entre|desde)\s+(?:el\s+)?$", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE),
}
_OFFSET_DIRECTION = {
    "es": r"(?P<dir>antes|despu[eé]s)\s+(?:de(?:l)?|de\s+la|de\s+el)\s+",
    "en": r"(?P<dir>before|after|from)\s+",
}
_WINDOW = 40


def _offset_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?P<n>{number_pattern(lang)})\s+(?P<unit>{unit_pattern()})\s+"
        rf"{_OFFSET_DIRECTION[lang]}$",
        re.IGNORECASE,
    )


_OFFSETS = {lang: _offset_pattern(lang) for lang in ("es", "en")}


def _year_later(reading: Reading) -> Reading:
    end = shift(reading.end_value, 1, "year") if reading.end_value else None
    value = shift(reading.value, 1, "year")
    return Reading(value, reading.precision, end, reading.relative, FUTURE, reading.year_given)


def with_anchors(start: int, end: int, reading: Reading, ctx: Context) -> tuple[int, int, Reading]:
    """The span and reading once "… and now" ranges and offsets before the date are read."""
    window = max(0, start - _WINDOW)
    offset = _OFFSETS[ctx.lang].search(ctx.text, window, start)
    if offset is not None and reading.precision is Precision.DAY and reading.end_value is None:
        amount = parse_number(offset["n"], ctx.lang)
        if amount is not None and amount <= 400:
            sign = -1 if offset["dir"].lower() in {"antes", "before"} else 1
            day = shift(reading.value, sign * amount, unit_name(offset["unit"]))
            tense = PAST if sign < 0 else FUTURE
            return offset.start(), end, Reading(day, Precision.DAY, None, True, tense)
    to_now = _TO_NOW[ctx.lang].match(ctx.text, end)
    opener = _OPENER[ctx.lang].search(ctx.text, window, start)
    word = to_now.group(0).split()[0].lower() if to_now else ""
    if to_now and (opener or word not in {"y", "and"}) and reading.value < ctx.reference:
        begin = opener.start() if opener else start
        return begin, to_now.end(), Reading(reading.value, reading.precision, ctx.reference, True)
    now_and = _NOW_AND[ctx.lang].search(ctx.text, window, start)
    if now_and and not reading.year_given and reading.value <= ctx.reference:
        reading = _year_later(reading)  # "between now and November 15th": the coming one
    if now_and and reading.value > ctx.reference:
        last = reading.end_value or reading.value
        return now_and.start(), end, Reading(ctx.reference, Precision.DAY, last, True, FUTURE)
    return start, end, reading

"""Calendar arithmetic for the date resolver: weeks, month ends, and picking the right year.

Everything is built on ``dateutil.relativedelta`` so month and year steps clamp to the end of
shorter months instead of failing (31 January + 1 month is 28/29 February).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from casefile.domain import Precision

PAST = "past"
FUTURE = "future"


@dataclass(frozen=True)
class Reading:
    """What one matched phrase means, before it is tied to its place in the text."""

    value: dt.date
    precision: Precision
    end_value: dt.date | None = None
    relative: bool = False
    tense: str | None = None
    year_given: bool = True
    # "agosto del mismo año": the year is that of the date before it; with none, the phrase
    # still keeps shorter readings inside it out, and is itself left out.
    unplaced: bool = False
    # A whole week ("la semana pasada") or a rough offset ("hace un año", "two weeks ago"):
    # the day is arithmetic, so an event files it under its month (the conventions' reading).
    approximate: bool = False


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` days, weeks, fortnights, months or years."""
    if unit == "day":
        step = relativedelta(days=amount)
    elif unit == "week":
        step = relativedelta(weeks=amount)
    elif unit == "fortnight":
        step = relativedelta(weeks=2 * amount)
    elif unit == "month":
        step = relativedelta(months=amount)
    else:
        step = relativedelta(years=amount)
    result: dt.date = day + step
    return result


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    result: dt.date = day + relativedelta(day=31)
    return result


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (weeks run Monday to Sunday, as in Mexico and ISO)."""
    return day - dt.timedelta(days=day.weekday())


def week_reading(monday: dt.date, *, relative: bool, tense: str | None) -> Reading:
    """A Monday-to-Sunday week as a day-precision range, approximate for an event."""
    end = monday + dt.timedelta(days=6)
    return Reading(monday, Precision.DAY, end, relative, tense, approximate=True)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def place_in_year(month: int, day: int, reference: dt.date, tense: str | None) -> dt.date | None:
    """The year-less day ``day``/``month`` placed in the year the wording implies.

    "el pasado 11 de enero" is the last one on or before ``reference``; "el próximo 23 de
    enero" the first one after it; with no tense word, the one nearest ``reference`` (an
    article of January mentioning "23 de diciembre" means the December just gone).
    """
    candidates = [
        d
        for year in range(reference.year - 4, reference.year + 5)
        if (d := safe_date(year, month, day)) is not None
    ]
    if tense == PAST:
        past = [d for d in candidates if d <= reference]
        return max(past) if past else None
    if tense == FUTURE:
        future = [d for d in candidates if d > reference]
        return min(future) if future else None
    return min(candidates, key=lambda d: (abs((d - reference).days), d > reference), default=None)


def place_month(month: int, reference: dt.date, tense: str | None) -> dt.date:
    """The first day of the month ``month`` nearest ``reference``, or the past or coming one."""
    this_year = dt.date(reference.year, month, 1)
    candidates = [shift(this_year, years, "year") for years in (-1, 0, 1)]
    current = reference.replace(day=1)
    if tense == PAST:
        return max(d for d in candidates if d < current)
    if tense == FUTURE:
        return min(d for d in candidates if d > current)
    return min(candidates, key=lambda d: (abs((d - current).days), d > current))


def place_weekday(weekday: int, reference: dt.date, mode: str | None) -> dt.date:
    """The date of ``weekday`` (0 = Monday) relative to ``reference``.

    ``mode``: PAST is the last one strictly before the reference ("el jueves pasado", "last
    Thursday"), FUTURE the first strictly after ("el próximo lunes"), "this" the one in the
    reference's week ("este jueves"), None the nearest one ("el jueves").
    """
    if mode == "this":
        return week_start(reference) + dt.timedelta(days=weekday)
    ahead = (weekday - reference.weekday()) % 7
    behind = (reference.weekday() - weekday) % 7
    if mode == PAST:
        return reference - dt.timedelta(days=behind or 7)
    if mode == FUTURE:
        return reference + dt.timedelta(days=ahead or 7)
    if ahead <= behind:
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=behind)


def place_day_of_month(day: int, reference: dt.date, weekday: int | None = None) -> dt.date | None:
    """The month-less day ``day`` ("el día 18") nearest ``reference``; with ``weekday``
    ("el martes 25"), the nearest month where that day falls on that weekday."""
    best: dt.date | None = None
    for months in range(-12, 13):
        month_start = shift(reference.replace(day=1), months, "month")
        candidate = safe_date(month_start.year, month_start.month, day)
        if candidate is None or (weekday is not None and candidate.weekday() != weekday):
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


# How far back the context checks look: a few words, never the whole text before a match
# (slicing text[:position] for every match made long texts quadratic).
_LOOK_BACK = 60


@dataclass(frozen=True)
class Context:
    """The text being read, the date it is read against, and its language."""

    text: str
    reference: dt.date
    lang: str

    def word_before(self, position: int) -> str:
        """The word (or comma) just before ``position``, lower-cased; "" at the start."""
        before = self.text[max(0, position - _LOOK_BACK) : position].rstrip()
        if before.endswith(","):
            return ","
        words = before.split()
        return words[-1].lower().strip("(\"'“«") if words else ""

    def is_name_like(self, start: int) -> bool:
        """Whether a capitalised word at ``start`` follows another capitalised word, as in
        "Plácido Domingo" or "Ana Marzo": then it is a surname, not a date."""
        if not self.text[start : start + 1].isupper():
            return False
        before = self.text[max(0, start - _LOOK_BACK) : start].rstrip()
        words = before.split()
        return bool(words) and words[-1][:1].isupper() and not before.endswith((".", ":"))


_PAST_WORDS = ("pasad", "anterior", "últim", "ultim", "last", "past", "previous", "ago", "hace")
_FUTURE_WORDS = ("próxim", "proxim", "siguiente", "que viene", "entrante", "next", "coming",
                 "following", "upcoming", "dentro", "in ", "after")  # fmt: skip


def tense_of(words: str | None) -> str | None:
    """PAST, FUTURE, "this" or None for a modifier such as "pasado", "next", "este"."""
    if not words:
        return None
    lowered = words.lower()
    if any(w in lowered for w in _PAST_WORDS):
        return PAST
    if any(w in lowered for w in _FUTURE_WORDS):
        return FUTURE
    if lowered.split()[0] in {"este", "esta", "this", "current", "actual", "en curso"}:
        return "this"
    return None


@dataclass(frozen=True)
class Rule:
    """One phrase shape: a regex and the function that says what a match of it means.

    ``cue``, when set, is a case-sensitive regex of lower-case words one of which every match
    contains: a text without any ("días hábiles", "fortnight") skips the rule's scan, which
    costs far more than finding a plain word."""

    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], Context], Reading | None]
    cue: re.Pattern[str] | None = None


def rule(
    pattern: str,
    read: Callable[[re.Match[str], Context], Reading | None],
    cue: str | None = None,
) -> Rule:
    """A case-insensitive rule whose pattern starts and ends at word boundaries."""
    compiled = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)
    return Rule(compiled, read, re.compile(cue) if cue else None)

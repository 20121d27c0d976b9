"""The temporal resolver: finds dates in Spanish or English text and resolves them to the
calendar, keeping only the precision the text gives.

Conventions, so callers know what a value means:

- ``precision`` is DAY, MONTH or YEAR. A month or year named alone ("febrero", "en 2025",
  "el mes pasado") has ``value`` on its first day and ``end_value`` None: no false day.
- ``end_value`` is set for ranges only, and is the last day covered (inclusive): "del 10 al
  12 de marzo" ends on the 12th, "la semana pasada" is Monday to Sunday at DAY precision,
  "de marzo a mayo" is MONTH precision ending on 31 May, "los años 90" YEAR precision ending
  on 31 December 1999.
- Longer periods are ranges at the precision of their edges: quarters and semesters, and
  "a principios/mediados/finales de 2000" (four-month thirds), are MONTH ranges; decades and
  centuries are YEAR ranges; numbered weeks ("la primera semana de octubre") DAY ranges.
- Offsets are counted in whole units from the reference and land on a day: "hace tres días",
  "hace un mes" (16 January -> 16 December), "in two years", "a year ago". The day is
  arithmetic on the article's date, not a day the text leaves out, so offsets in weeks,
  months or years (and whole weeks) are marked ``approximate``: events file them under the
  month. "hace unos días" is vague and no date at all.
- A unit named with no number is the reference's own only where it ends a clause ("player of
  the year.", "ventas en el año"); "the weekend" early in the week is the one just gone, and a
  holiday's weekend ("Labor Day weekend") runs from its Saturday or the holiday, whichever
  comes first, to its Sunday or the holiday. Like a whole week, a weekend is ``approximate``.
  Business days are Monday to Friday.
- A relative phrase restated by a calendar date beside it ("this morning (20 March)", "hace
  64 años, el 3 de febrero de 1962") is that date alone. A bare weekday after a week or a day
  in the same sentence is read from it: "la próxima semana … el martes" is next week's
  Tuesday, "El domingo … el lunes" the Monday after that Sunday.
- A day without a year takes the year that puts it nearest the reference, unless a tense word
  ("el pasado", "próximo") says which side of the reference it is on; so does an adjective
  on the happening it dates ("la próxima conmemoración en noviembre", "the upcoming summit
  on March 2").
- "la víspera" is the day before the reference, or before a day its sentence names first;
  "la víspera de la cumbre" is no day. A count to or from a happening the text does not date
  ("a 16 días de la cumbre", "tres semanas después de asumir", "two months after talks were
  suspended") is counted from the reference, and left out when its sentence names another
  day to count from (see ``countdown_rules``).
- ``relative`` is True whenever the reference was needed, including to fill in a year.
- Weekdays: "el jueves" is the nearest Thursday, "este jueves" the one in the reference's
  week (Monday to Sunday), "el jueves pasado"/"last Thursday" the last one strictly before
  the reference and "el próximo lunes"/"this coming Monday" the first one strictly after it.
  English "next Friday"/"following Friday" is the Friday of next week (the common English
  reading, and Recognizers-Text's); Spanish "el próximo viernes" said on a Monday is that
  same week's Friday in Mexican usage, so it stays the first one after the reference.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from casefile.domain import Precision
from casefile.extract.absolute_rules import absolute_rules
from casefile.extract.countdown_rules import countdown_rules, counts_from_reference
from casefile.extract.date_anchors import with_anchors
from casefile.extract.date_periods import FUTURE, PAST, Context, Reading, month_end, shift
from casefile.extract.date_tense import verb_tense_around
from casefile.extract.date_words import STOPWORDS, weekday_number
from casefile.extract.holiday_rules import holiday_rules
from casefile.extract.month_year_rules import month_year_rules
from casefile.extract.numeric_rules import numeric_rules
from casefile.extract.ordinal_rules import ordinal_rules
from casefile.extract.part_rules import part_rules
from casefile.extract.period_rules import period_rules
from casefile.extract.relative_rules import relative_rules
from casefile.extract.season_rules import season_rules
from casefile.extract.span_rules import span_rules
from casefile.extract.unit_rules import unit_rules

__all__ = ["TemporalExpression", "detect_language", "find_dates"]


@dataclass(frozen=True)
class TemporalExpression:
    """One date, month, year or range found in a text, resolved to the calendar."""

    text: str
    start: int
    end: int
    value: dt.date
    precision: Precision
    end_value: dt.date | None
    relative: bool
    tense: str | None
    approximate: bool = False  # a whole week or a rough offset: an event's month, not a day
    year_given: bool = True  # False when the year was filled in from the reference


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    reading: Reading


_RANGE_OPENERS = {
    # "entre los días 21 y 22 de marzo": one stretch of days ("los días 21 y 22" alone are
    # two, as the peer specs read them)
    "es": re.compile(
        r"(?:\b(?:del?|desde|entre)\s+(?:el\s+|los\s+|las\s+)?(?:d[ií]as?\s+)?)$",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?:\b(?:from|between)\s+(?:the\s+)?)$", re.IGNORECASE),
}
_RANGE_JOINERS = {
    "es": re.compile(r"\s*(?:-|–|~|al?|hasta(?:\s+el)?|y(?:\s+el)?)\s*", re.IGNORECASE),
    "en": re.compile(r"\s*(?:-|–|~|to|through|thru|till|until|and)\s*(?:the\s+)?", re.IGNORECASE),
}
# Joiners that make a range on their own; the others ("y", "a", "and") need an opener.
_STRONG_JOINERS = {"-", "–", "~", "hasta", "hasta el", "to", "through", "thru", "till", "until"}
_OPENER_FOR_AND = {"entre", "between"}
_WORD = re.compile(r"[a-záéíóúñü]+")
# Between a relative phrase and the calendar date that restates it: a comma or a bracket.
_APPOSITION = re.compile(r"\s*[,(]\s*(?:(?:el|on|the)\s+)?", re.IGNORECASE)
_RESTATED_DAYS = 31
# "el lunes o el martes", "Monday or Tuesday": alternatives, each read on its own.
_LIST_JOINER = re.compile(r"\s*(?:,|y|e|o|u|ni|and|or|nor)\s+(?:(?:el|on|the)\s+)?", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
# "the weekend", "el pasado fin de semana": like a whole week, the month it falls in.
_WEEKEND = re.compile(r"\b(?:week-?end|fin\s+de\s+semana)\b", re.IGNORECASE)
_EVE = re.compile(r"la\s+v[ií]spera", re.IGNORECASE)


def detect_language(text: str) -> str:
    """ "es" or "en", by counting common words of each language (Spanish on a tie)."""
    return _clear_language(text) or "es"


def _clear_language(text: str) -> str | None:
    """ "es" or "en" when common words of one language outnumber the other's, else None."""
    words = _WORD.findall(text.lower())
    spanish = sum(w in STOPWORDS["es"] for w in words)
    english = sum(w in STOPWORDS["en"] for w in words)
    if spanish == english:
        return None
    return "en" if english > spanish else "es"


def find_dates(
    text: str,
    reference: dt.date | None = None,
    language: str | None = None,
    *,
    year_before: int | None = None,
) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, in reading order, resolved against
    ``reference`` (today when None); ``language`` is "es", "en" or None to detect it.

    When the language is not given and the text does not say ("last Thursday", "2/3 - 5/3"),
    both languages' rules are tried and their longest non-overlapping readings kept.

    ``year_before`` is the year of the last date given before ``text`` (an earlier sentence):
    "the summer of that year", "agosto del mismo año" take it when ``text`` names none."""
    reference = reference or dt.date.today()
    lang = language if language in {"es", "en"} else _clear_language(text)
    if lang is not None:
        found = _read(Context(text, reference, lang), year_before)
    else:
        found = _choose(
            [
                *_read(Context(text, reference, "es"), year_before),
                *_read(Context(text, reference, "en"), year_before),
            ]
        )
    return [
        TemporalExpression(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            value=f.reading.value,
            precision=f.reading.precision,
            end_value=f.reading.end_value,
            relative=f.reading.relative,
            tense=f.reading.tense,
            approximate=f.reading.approximate or _WEEKEND.search(text, f.start, f.end) is not None,
            year_given=f.reading.year_given,
        )
        for f in found
        if not f.reading.unplaced
    ]


def _read(ctx: Context, year_before: int | None = None) -> list[_Found]:
    """The readings of one language's rules, overlaps resolved and ranges joined."""
    merged = _merge_ranges(_choose(_candidates(ctx)), ctx)
    anchored = [
        f if f.reading.unplaced else _Found(*with_anchors(f.start, f.end, f.reading, ctx))
        for f in merged
    ]
    placed = _in_year_before(_choose(anchored), year_before)
    in_context = _weekdays_in_context(_without_restated(placed, ctx), ctx)
    return _counted_from_the_day_before(_eves_in_context(in_context, ctx), ctx)


def _is_deictic(reading: Reading) -> bool:
    """A date said from the article's day ("hoy", "this morning", "el martes", "hace 64
    años"), as against a calendar date ("20 March", "3 de febrero de 1962")."""
    return reading.relative and reading.year_given


def _coarseness(reading: Reading) -> int:
    if reading.approximate:
        return 1
    return {Precision.DAY: 0, Precision.MONTH: 1}.get(reading.precision, 2)


def _restates(deictic: _Found, calendar: _Found) -> bool:
    """Whether ``calendar``, set beside ``deictic``, names the same time more exactly."""
    if not _is_deictic(deictic.reading) or _is_deictic(calendar.reading):
        return False
    if _coarseness(calendar.reading) > _coarseness(deictic.reading):
        return False
    return abs((deictic.reading.value - calendar.reading.value).days) <= _RESTATED_DAYS


def _without_restated(found: list[_Found], ctx: Context) -> list[_Found]:
    """ "this morning (20 March)", "Hace 64 años, el 3 de febrero de 1962": a relative phrase
    with a calendar date beside it in apposition is that date, said twice; only the calendar
    date is kept."""
    dropped: set[int] = set()
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if _APPOSITION.fullmatch(ctx.text, first.end, second.start) is None:
            continue
        if _restates(first, second):
            dropped.add(index)
        elif _restates(second, first):
            dropped.add(index + 1)
    return [item for index, item in enumerate(found) if index not in dropped]


def _is_week(reading: Reading) -> bool:
    """A whole Monday-to-Sunday week ("la próxima semana", "last week")."""
    end = reading.end_value
    return (
        reading.approximate
        and end is not None
        and (end - reading.value).days == 6
        and reading.value.weekday() == 0
    )


def _weekdays_in_context(found: list[_Found], ctx: Context) -> list[_Found]:
    """A bare weekday read after a week or a day in the same sentence: "visitará México la
    próxima semana para reunirse … el martes" is next week's Tuesday; "El domingo … esperaba
    hablar el lunes" the Monday after that Sunday. A weekday whose verb is past keeps its
    reading ("la próxima semana viajará, anunció el martes")."""
    placed: list[_Found] = []
    anchor: _Found | None = None
    for item in found:
        if anchor is not None and _SENTENCE_STOP.search(ctx.text, anchor.end, item.start):
            anchor = None
        reading = item.reading
        if (
            anchor is not None
            and reading.tense != PAST
            and _is_bare_weekday(item, ctx)
            and _LIST_JOINER.fullmatch(ctx.text, anchor.end, item.start) is None
        ):
            item = _Found(item.start, item.end, _weekday_after(reading, anchor.reading))
        placed.append(item)
        if _is_week(item.reading) or (
            _is_deictic(item.reading)
            and item.reading.precision is Precision.DAY
            and item.reading.end_value is None
            and not item.reading.approximate
        ):
            anchor = item
    return placed


def _weekday_after(reading: Reading, anchor: Reading) -> Reading:
    """``reading``'s weekday in the week ``anchor`` names, or the first one after the day
    ``anchor`` names when ``reading`` falls before it."""
    weekday = reading.value.weekday()
    if _is_week(anchor):
        end = anchor.end_value or anchor.value
        if anchor.value <= reading.value <= end:
            return reading
        value = anchor.value + dt.timedelta(days=weekday)
    elif reading.value < anchor.value:
        value = anchor.value + dt.timedelta(days=(weekday - anchor.value.weekday()) % 7 or 7)
    else:
        return reading
    tense = FUTURE if value > anchor.value else reading.tense
    return dataclasses.replace(reading, value=value, tense=tense)


def _is_single_day(reading: Reading) -> bool:
    return (
        reading.precision is Precision.DAY
        and reading.end_value is None
        and not reading.approximate
        and not reading.unplaced
    )


def _eves_in_context(found: list[_Found], ctx: Context) -> list[_Found]:
    """ "Llegó a Lima el 3 de mayo; la víspera se había reunido…": "la víspera" after a day
    named in its sentence is the day before that one, not before the article's."""
    placed: list[_Found] = []
    anchor: _Found | None = None
    for item in found:
        if anchor is not None and _SENTENCE_STOP.search(ctx.text, anchor.end, item.start):
            anchor = None
        if _EVE.fullmatch(ctx.text, item.start, item.end) and anchor is not None:
            value = anchor.reading.value - dt.timedelta(days=1)
            item = _Found(item.start, item.end, dataclasses.replace(item.reading, value=value))
        elif _is_single_day(item.reading):
            anchor = item
        placed.append(item)
    return placed


def _counted_from_the_day_before(found: list[_Found], ctx: Context) -> list[_Found]:
    """ "a 16 días de la cumbre", "tres semanas después de asumir" count from the day their
    sentence reports; with another day named in the sentence ("el 3 de mayo, tres días
    después de su llegada") that day, not the article's, is the one counted from, and the
    phrase is left out rather than counted from the wrong day."""
    counts = [counts_from_reference(ctx.text[f.start : f.end]) for f in found]
    if not any(counts):
        return found
    kept: list[_Found] = []
    for index, item in enumerate(found):
        if counts[index] and any(
            not counts[other]
            and _is_single_day(found[other].reading)
            and found[other].reading.value != ctx.reference
            and _SENTENCE_STOP.search(
                ctx.text, min(item.end, found[other].end), max(item.start, found[other].start)
            )
            is None
            for other in range(len(found))
        ):
            continue
        kept.append(item)
    return kept


def _in_year_before(found: list[_Found], year: int | None = None) -> list[_Found]:
    """ "En 2019 ... en agosto del mismo año": a month of "the same year" takes the year of
    the last date before it that gives one; with none it stays unplaced."""
    placed: list[_Found] = []
    for item in found:
        reading = item.reading
        if reading.unplaced and year is not None:
            day = min(reading.value.day, calendar.monthrange(year, reading.value.month)[1])
            value = reading.value.replace(year=year, day=day)  # "29 de febrero del mismo año"
            reading = dataclasses.replace(reading, value=value, unplaced=False)
        elif reading.year_given and not reading.unplaced:
            year = (reading.end_value or reading.value).year
        placed.append(_Found(item.start, item.end, reading))
    return placed


def _candidates(ctx: Context) -> list[_Found]:
    """Every reading any rule gives, overlapping ones included."""
    found: list[_Found] = []
    rules = (
        *numeric_rules(ctx.lang),
        *absolute_rules(ctx.lang),
        *relative_rules(ctx.lang),
        *period_rules(ctx.lang),
        *part_rules(ctx.lang),
        *holiday_rules(ctx.lang),
        *span_rules(ctx.lang),
        *unit_rules(ctx.lang),
        *month_year_rules(ctx.lang),
        *ordinal_rules(ctx.lang),
        *season_rules(ctx.lang),
        *countdown_rules(ctx.lang),
    )
    lowered = ctx.text.lower()
    for rule in rules:
        if rule.cue is not None and rule.cue.search(lowered) is None:
            continue
        for match in rule.pattern.finditer(ctx.text):
            if match.end() == match.start():
                continue
            try:
                reading = rule.read(match, ctx)
            except (ValueError, OverflowError):  # dates past year 9999 and the like
                reading = None
            if reading is not None:
                found.append(_Found(match.start(), match.end(), reading))
    return found


def _choose(candidates: list[_Found]) -> list[_Found]:
    """The longest readings that do not overlap, in text order: "el pasado 11 de enero"
    beats "11 de enero", which beats "enero"."""
    starts: list[int] = []  # chosen spans, kept sorted and disjoint, so a bisect finds
    chosen: list[_Found] = []  # the neighbours a new span could overlap
    for item in sorted(candidates, key=lambda f: (f.start - f.end, f.start)):
        index = bisect.bisect_right(starts, item.start)
        if index > 0 and chosen[index - 1].end > item.start:
            continue
        if index < len(chosen) and chosen[index].start < item.end:
            continue
        starts.insert(index, item.start)
        chosen.insert(index, item)
    return chosen


def _last_day(reading: Reading) -> dt.date:
    """The last day a reading covers."""
    if reading.end_value is not None:
        return reading.end_value
    if reading.precision is Precision.MONTH:
        return month_end(reading.value)
    if reading.precision is Precision.YEAR:
        return reading.value.replace(month=12, day=31)
    return reading.value


def _in_year_of(start: Reading, end: Reading) -> Reading:
    """A year-less range start moved into the year the range's end gives ("de 18 de
    noviembre a 19 de diciembre de 2015"), or the year before when it would fall after it."""
    try:
        moved = start.value.replace(year=end.value.year)
    except ValueError:  # 29 February
        return start
    if moved > end.value:
        moved = moved.replace(year=moved.year - 1)
    return Reading(moved, start.precision, start.end_value, start.relative, start.tense)


def _merge_ranges(found: list[_Found], ctx: Context) -> list[_Found]:
    """Join "desde X hasta Y", "between X and Y", "X - Y" into one range reading."""
    merged: list[_Found] = []
    index = 0
    while index < len(found):
        current = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and _is_schedule(current, following, ctx):
            index += 2  # "de lunes a viernes", "Monday through Friday": a habit, no date
            continue
        joined = _join(current, following, ctx) if following else None
        if joined is not None:
            merged.append(joined)
            index += 2
        else:
            merged.append(current)
            index += 1
    return merged


# Before a weekday, words that make it one day, not a day of every week: "el jueves y el
# viernes", "del jueves al sábado", "on Sunday and Monday".
_ONE_DAY_BEFORE = re.compile(r"(?i:\b(?:el|del|on|this|next|last|este|próximo|pasado))[ \t]+$")


def _is_schedule(first: _Found, second: _Found, ctx: Context) -> bool:
    """Two bare weekday names joined as a range: a working schedule ("de lunes a viernes",
    "Monday to Friday"), not a week's days ("el jueves y el viernes", "on Sunday and
    Monday")."""
    if not (_is_bare_weekday(first, ctx) and _is_bare_weekday(second, ctx)):
        return False
    joiner = _RANGE_JOINERS[ctx.lang].fullmatch(ctx.text, first.end, second.start)
    if joiner is None:
        return False
    said = ctx.text[first.start : first.end].lower()
    one_day = said.startswith("el ") or bool(
        _ONE_DAY_BEFORE.search(ctx.text, max(0, first.start - 12), first.start)
    )
    if one_day and joiner.group(0).split()[0].lower() in ("y", "e", "and"):
        return False  # "el jueves y el viernes", "on Sunday and Monday": two days
    # "del jueves al sábado" is a run of days when its verb is past or future, a schedule
    # in the present ("abren del lunes al viernes")
    return not one_day or verb_tense_around(ctx, first.start, second.end) not in (PAST, FUTURE)


def _is_bare_weekday(found: _Found, ctx: Context) -> bool:
    """Whether a reading is a weekday's name alone ("viernes", "el viernes", "Friday")."""
    name = ctx.text[found.start : found.end].lower().removeprefix("el ").strip()
    return weekday_number(name, ctx.lang) is not None


def _two_days_running(first: _Found, second: _Found, ctx: Context) -> bool:
    """Whether "el 11 y 12 de septiembre" names one stretch of two days running: a bare
    day number after "el", then the next day with its month ("los días 18 y 19", a list
    of days, stays two)."""
    said = ctx.text[first.start : first.end]
    return (
        said.isdigit()
        and ctx.text[max(0, first.start - 3) : first.start].lower() == "el "
        and second.reading.precision is Precision.DAY
        and (second.reading.value - first.reading.value).days == 1
    )


def _join(first: _Found, second: _Found | None, ctx: Context) -> _Found | None:
    if second is None or first.reading.unplaced or second.reading.unplaced:
        return None
    joiner = _RANGE_JOINERS[ctx.lang].fullmatch(ctx.text, first.end, second.start)
    if joiner is None:
        return None
    word = " ".join(joiner.group(0).lower().replace("the", "").split())
    opener = _RANGE_OPENERS[ctx.lang].search(ctx.text, max(0, first.start - 30), first.start)
    opener_word = opener.group(0).split()[0].lower() if opener else ""
    running = word.split()[0] in {"y", "and"} and _two_days_running(first, second, ctx)
    if word not in _STRONG_JOINERS and not opener and not running:
        return None
    if word.split()[0] in {"y", "and"} and opener_word not in _OPENER_FOR_AND and not running:
        return None
    start, end = first.reading, second.reading
    if end.year_given and not start.year_given and start.precision is not Precision.YEAR:
        start = _in_year_of(start, end)
    end_day = _last_day(end)
    if end_day <= start.value and _is_bare_weekday(second, ctx):
        end_day += dt.timedelta(days=7)  # "de hoy al viernes" said on a Saturday: ahead
    elif end_day < start.value and not end.year_given:
        end_day = shift(end_day, 1, "year")
    if end_day <= start.value:
        return None
    tense = start.tense if start.tense in {PAST, FUTURE} else end.tense
    reading = Reading(start.value, start.precision, end_day, start.relative or end.relative, tense)
    return _Found(opener.start() if opener else first.start, second.end, reading)

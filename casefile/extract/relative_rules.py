"""Phrase shapes whose date depends on the reference: "ayer", "el jueves pasado", "next month",
"hace tres días", "la próxima semana", "the last 3 months".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache

from casefile.domain import Precision
from casefile.extract.date_periods import (
    FUTURE,
    PAST,
    Context,
    Reading,
    Rule,
    month_end,
    place_weekday,
    rule,
    shift,
    tense_of,
    week_reading,
    week_start,
)
from casefile.extract.date_tense import (
    SPANISH_SUBORDINATE_PAST_END,
    verb_tense_around,
    verb_tense_before,
)
from casefile.extract.date_words import (
    MODIFIERS_AFTER_ES,
    MODIFIERS_BEFORE_EN,
    number_pattern,
    parse_number,
    unit_name,
    unit_pattern,
    weekday_number,
    weekday_pattern,
)

_DAY_WORDS = {
    "hoy": (0, None), "ayer": (-1, PAST), "anteayer": (-2, PAST), "antier": (-2, PAST),
    "antes de ayer": (-2, PAST), "pasado mañana": (2, FUTURE), "pasado manana": (2, FUTURE),
    "mañana": (1, FUTURE), "esta mañana": (0, None), "today": (0, None),
    "yesterday": (-1, PAST), "tomorrow": (1, FUTURE), "tmrw": (1, FUTURE),
    "the day before yesterday": (-2, PAST), "the day after tomorrow": (2, FUTURE),
    "el día después de mañana": (2, FUTURE), "el dia despues de mañana": (2, FUTURE),
    "el día antes de ayer": (-2, PAST), "el dia antes de ayer": (-2, PAST),
    "this morning": (0, None), "tonight": (0, None),
    "anoche": (-1, PAST), "anteanoche": (-2, PAST), "antenoche": (-2, PAST),
    "esta noche": (0, None), "esta tarde": (0, None), "last night": (-1, PAST),
    "this evening": (0, None), "this afternoon": (0, None),
}  # fmt: skip
# Words before "mañana" that make it the morning, not tomorrow ("por la mañana").
_MORNING_BEFORE = {"la", "una", "cada", "toda", "media", "esa", "aquella", "misma", "las"}
# Words before a weekday that make it a habit ("cada lunes", "los lunes"), not a date.
_HABIT_BEFORE = {"cada", "los", "todos", "every"}
# Before "en/in N years", a word that makes it the span a record is counted over.
_SUPERLATIVE = re.compile(
    r"\b(?:primer[oa]?|únic[oa]|unic[oa]|mayor|menor|peor|mejor|más\s+\w+|first|only|highest"
    r"|lowest|biggest|largest|worst|best|most\s+\w+|record|récord)\b[^.;:!?\n]*$",
    re.IGNORECASE,
)
# Words before "mar." that make it the sea ("el mar.", "al mar.") rather than "martes".
_SEA_BEFORE = {"el", "del", "al", "un", "ese", "este", "alta", "en"}
_FEW = {"unos", "unas"}  # "hace unos meses": a few, filed under the month it lands in
# An infinitive a weekday may hang on ("para reunirse … el martes", "to meet … on Tuesday").
_INFINITIVE = {
    "es": re.compile(r"(?<!\w)[a-záéíóúñ]+(?:ar|er|ir)(?:se|le|les|lo|la|los|las)?(?!\w)"),
    "en": re.compile(r"(?<!\w)to\s+[a-z]+(?!\w)"),
}
_NOT_INFINITIVES = {"ayer", "lugar", "mujer", "militar", "nuclear", "popular", "particular",
                    "hogar", "mar", "par", "bar", "poder", "titular", "regular", "similar",
                    "familiar", "escolar", "solar", "polar", "celular"}  # fmt: skip
_INFINITIVE_LOOK_BACK = 160
_INFINITIVE_WORDS = 10

_UNIT_ES = r"semana|mes|a[ñn]o|trimestre|semestre|fin\s+de\s+semana|d[eé]cada|decenio"
_UNIT_EN = r"week|month|year|quarter|weekend|decade"  # fortnights: see unit_rules
_MOD_PRE_ES = (
    r"pr[oó]xim[oa]|pasad[oa]|anterior|siguiente|[uú]ltim[oa]|este\s+pr[oó]xim[oa]"
    r"|este\s+pasad[oa]|esta\s+pr[oó]xima|esta\s+pasada|mism[oa]"
)
_MOD_POST_ES = MODIFIERS_AFTER_ES
_MOD_EN = MODIFIERS_BEFORE_EN


def _day_word(match: re.Match[str], ctx: Context) -> Reading | None:
    phrase = " ".join(match.group(0).lower().split())
    if phrase in {"mañana", "manana"} and ctx.word_before(match.start()) in _MORNING_BEFORE:
        return None
    days, tense = _DAY_WORDS.get(phrase, (1, FUTURE))
    value = ctx.reference + dt.timedelta(days=days)
    return Reading(value, Precision.DAY, relative=True, tense=tense)


def _eve(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "la víspera", "en la víspera": the day before the article's (``find_dates`` moves it
    to the day before a day its sentence names first). "La víspera de la cumbre" is the day
    before a happening the text does not date: no day."""
    value = ctx.reference - dt.timedelta(days=1)
    return Reading(value, Precision.DAY, relative=True, tense=PAST)


def _week_offset(words: str | None) -> int | None:
    """-1, 0 or +1 for a week qualifier such as "de la próxima semana" or "this week"."""
    if not words:
        return None
    tense = tense_of(words)
    return {PAST: -1, FUTURE: 1}.get(tense or "", 0)


_FOR_A_DAY_AHEAD = frozenset(["para"])  # "para este martes", "para el jueves"


def _weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    groups = _groups(match, {"week": ("week2",)})
    weekday = weekday_number(match["wd"], ctx.lang)
    if weekday is None or ctx.word_before(match.start()) in _HABIT_BEFORE:
        return None
    name = match["wd"]
    if ctx.lang == "en" and len(name) <= 4 and name.islower() and not name.endswith("."):
        return None  # "sat", "sun", "wed" as words
    if name.lower() == "mar." and ctx.word_before(match.start()) in _SEA_BEFORE:
        return None  # "una negociación por el mar.": the sea, not Tuesday
    if match["wd"][:1].isupper() and ctx.lang == "es" and ctx.is_name_like(match.start("wd")):
        return None
    week = _week_offset(groups["week"])
    if week is not None:
        monday = shift(week_start(ctx.reference), week, "week")
        value = monday + dt.timedelta(days=weekday)
        return Reading(value, Precision.DAY, relative=True, tense=tense_of(groups["week"]))
    words = " ".join(w for w in (match["pre"], match["post"]) if w)
    tense = tense_of(words)
    if words.lower().startswith(("este pasado", "this past")):
        tense = PAST
    if ctx.lang == "en" and words.lower() in {"next", "following"}:
        # English "next Friday" is the Friday of next week; "this coming Friday" the first.
        value = shift(week_start(ctx.reference), 1, "week") + dt.timedelta(days=weekday)
        return Reading(value, Precision.DAY, relative=True, tense=FUTURE)
    if tense in {None, "this"} and ctx.word_before(match.start()) in _FOR_A_DAY_AHEAD:
        # "se prepara la cumbre para este martes": what a day is set aside for is ahead
        value = _weekday_on_side(weekday, ctx.reference, FUTURE)
        return Reading(value, Precision.DAY, relative=True, tense=FUTURE)
    if tense in {None, "this"}:
        # "este sábado anunció" said on a Tuesday is the Saturday gone; "el jueves viajará"
        # the one coming: the verb's tense says which side of the article's date it is on.
        verb = (
            _planned(ctx, match.start())
            or verb_tense_around(ctx, match.start(), match.end())
            or _governing_future(ctx, match.start())
        )
        if verb is not None:
            value = _weekday_on_side(weekday, ctx.reference, verb)
            return Reading(value, Precision.DAY, relative=True, tense=verb)
    value = place_weekday(weekday, ctx.reference, tense)
    return Reading(value, Precision.DAY, relative=True, tense=None if tense == "this" else tense)


# A day agreed on or decided for, whatever the tense of the agreeing: "acordaron reunirse el
# lunes", "decidimos viajar este sábado", "agreed to meet on Monday".
_PLAN_INFINITIVE = {
    "es": re.compile(
        r"(?i:\b(?:acord|decid|pact|conven|convin|plane|program|resolv|qued)[a-záéíóúñ]*[ \t]+"
        r"(?:en[ \t]+)?(?P<infinitive>[a-záéíóúñ]+(?:ar|er|ir))(?:se|nos|le|les|lo|la)?[ \t]+"
        r"(?:(?:este|esta|el|la|el[ \t]+próximo|la[ \t]+próxima)[ \t]+)?)$"
    ),
    "en": re.compile(
        r"(?i:\b(?:agreed|agree|agrees|decided|decide|decides|planned|plan|plans|arranged)"
        r"[ \t]+to[ \t]+(?P<infinitive>[a-z]+)[ \t]+(?:(?:on|this)[ \t]+)?)$"
    ),
}
# A clause about what is still to come, its verb in the present subjunctive: "antes de que
# asuma, el lunes, la presidencia", "hasta que llegue el martes".
_STILL_TO_COME = re.compile(
    r"(?i:\b(?:antes[ \t]+de[ \t]+que|hasta[ \t]+que|una[ \t]+vez[ \t]+que|en[ \t]+cuanto)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,4}?(?P<verb>[a-záéíóúñ]+)[ \t,]+(?:este[ \t]+|el[ \t]+)?)$"
)


# A deadline: "before (midnight on) Sunday", "until Friday", "antes del domingo", "hasta el
# viernes"; the day set is ahead unless the verb says it is gone ("left before Sunday").
_DEADLINE = {
    "es": re.compile(
        r"(?i:\b(?:antes[ \t]+del?|hasta[ \t]+el|a[ \t]+más[ \t]+tardar[ \t]+el)[ \t]+"
        r"(?:(?:próximo|este)[ \t]+)?)$"
    ),
    "en": re.compile(
        r"(?i:\b(?:before|until|till|by)[ \t]+(?:(?:midnight|noon|the[ \t]+end[ \t]+of)"
        r"[ \t]+)?(?:(?:on|this|next)[ \t]+)?)$"
    ),
}


def _planned(ctx: Context, position: int) -> str | None:
    """FUTURE for a weekday agreed on, still to come or set as a deadline (see above), unless
    for a deadline its verb is in the past; None otherwise."""
    before = ctx.text[max(0, position - _INFINITIVE_LOOK_BACK) : position]
    if _DEADLINE[ctx.lang].search(before) and verb_tense_before(ctx, position) != PAST:
        return FUTURE  # "ordering they leave before midnight on Sunday"
    plan = _PLAN_INFINITIVE[ctx.lang].search(before)
    if plan is not None and plan["infinitive"].lower() not in _NOT_INFINITIVES:
        return FUTURE  # not "acordaron ayer jueves": "ayer" is no infinitive
    if ctx.lang == "es" and (coming := _STILL_TO_COME.search(before)) is not None:
        verb = coming["verb"].lower()
        if not verb.endswith(SPANISH_SUBORDINATE_PAST_END):
            return FUTURE
    return None


def _governing_future(ctx: Context, position: int) -> str | None:
    """FUTURE when the weekday hangs on an infinitive whose own verb is future: "viajará a
    Lima para reunirse con su homólogo peruano, Juan Pérez, el martes", "will travel to Lima
    to meet her counterpart, Juan Pérez, on Tuesday"."""
    before = ctx.text[max(0, position - _INFINITIVE_LOOK_BACK) : position]
    stop = max(before.rfind(mark) for mark in ".;:!?\n")
    base = position - len(before) + stop + 1
    last = None
    for found in _INFINITIVE[ctx.lang].finditer(ctx.text, base, position):
        last = found
    if last is None or last.group(0).lower() in _NOT_INFINITIVES:
        return None
    between = ctx.text[last.end() : position]
    if len(between.split()) > _INFINITIVE_WORDS or any(mark in between for mark in '“”"«»'):
        return None  # too far, or the infinitive is in someone's quoted words
    return FUTURE if verb_tense_before(ctx, last.start()) == FUTURE else None


def _weekday_on_side(weekday: int, reference: dt.date, tense: str) -> dt.date:
    """The ``weekday`` on or before the reference (PAST), or on or after it (FUTURE)."""
    if tense == PAST:
        return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
    return reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)


def _unit_period(unit: str, offset: int, reference: dt.date) -> Reading:
    """The calendar week, month, quarter, year... ``offset`` units from the reference's."""
    tense = PAST if offset < 0 else FUTURE if offset > 0 else None
    if unit in {"week", "semana"}:
        return week_reading(
            shift(week_start(reference), offset, "week"), relative=True, tense=tense
        )
    if unit in {"weekend", "fin de semana"}:
        saturday = shift(week_start(reference), offset, "week") + dt.timedelta(days=5)
        return Reading(saturday, Precision.DAY, saturday + dt.timedelta(days=1), True, tense)
    if unit in {"month", "mes"}:
        first = shift(reference.replace(day=1), offset, "month")
        return Reading(first, Precision.MONTH, None, True, tense)
    if unit in {"quarter", "trimestre", "semestre"}:
        months = 6 if unit == "semestre" else 3
        start_month = (reference.month - 1) // months * months + 1
        first = shift(reference.replace(month=start_month, day=1), offset * months, "month")
        last = month_end(shift(first, months - 1, "month"))
        return Reading(first, Precision.MONTH, last, True, tense)
    if unit in {"decade", "década", "decada", "decenio"}:
        first = dt.date(reference.year // 10 * 10 + 10 * offset, 1, 1)
        return Reading(first, Precision.YEAR, dt.date(first.year + 9, 12, 31), True, tense)
    first = dt.date(reference.year + offset, 1, 1)
    return Reading(first, Precision.YEAR, None, True, tense)


def _relative_unit(match: re.Match[str], ctx: Context) -> Reading | None:
    words = " ".join(w for w in (match["pre"], match["post"], match["det"]) if w)
    if not words.strip():
        return None
    tense = tense_of(words)
    if tense is None and not re.match(r"mism|same", words, re.IGNORECASE):
        return None
    offset = {PAST: -1, FUTURE: 1}.get(tense or "", 0)
    if match["after"]:
        offset = 2 if offset >= 0 else -2
    unit = " ".join(match["unit"].lower().replace("ñ", "n").split()).replace("ano", "año")
    unit = {"año": "year", "decenio": "decade"}.get(unit, unit)
    if (
        unit in {"weekend", "fin de semana"}
        and offset == 0
        and ctx.reference.weekday() < 5
        and verb_tense_around(ctx, match.start(), match.end()) == PAST
    ):
        offset = -1  # "played cat-and-mouse this weekend", said on a Monday: the one gone
    return _unit_period(unit, offset, ctx.reference)


def _offset(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = unit_name(match["unit"])
    if match["n"].lower() in {"unos", "unas"} and unit == "day":
        return None  # "hace unos días": vague, no day
    amount = parse_number(match["n"], ctx.lang) or (3 if match["n"].lower() in _FEW else None)
    if amount is None or amount > 400:
        return None
    anchor_word = match.groupdict().get("anchor") or "hoy"
    anchor = _DAY_WORDS.get((anchor_word).lower().replace("now", "today"), (0, None))
    direction = (match.groupdict().get("dir") or "").lower()
    if direction in {"en", "in"} and _counts_a_span(match, ctx):
        return None
    sign = -1 if direction.startswith(("hace", "ago", "antes", "anterior", "before")) else 1
    base = ctx.reference + dt.timedelta(days=anchor[0])
    # Whole units counted from the reference land on a day ("hace un mes" from 16 January
    # is 16 December): arithmetic on the article's date, not a day the text leaves out.
    day = shift(base, sign * amount, unit)
    tense = PAST if sign < 0 else FUTURE
    if direction.startswith(("dentro", "within")):
        return Reading(ctx.reference, Precision.DAY, day, True, tense)
    rough = unit in {"week", "fortnight", "month", "year"}
    return Reading(day, Precision.DAY, relative=True, tense=tense, approximate=rough)


def _compound_offset(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "hace un mes y 21 días", "1 month and 21 days ago": both parts counted back."""
    amounts = [parse_number(match[name], ctx.lang) for name in ("n", "n2")]
    if None in amounts or max(a or 0 for a in amounts) > 400:
        return None
    day = ctx.reference
    for amount, unit in zip(amounts, (match["unit"], match["unit2"]), strict=True):
        day = shift(day, -(amount or 0), unit_name(unit))
    rough = unit_name(match["unit2"]) != "day"
    return Reading(day, Precision.DAY, relative=True, tense=PAST, approximate=rough)


def _counts_a_span(match: re.Match[str], ctx: Context) -> bool:
    """Whether "en/in N units" is how long something took or the span a record is counted
    over, not a day ahead: "la primera visita en diez años", "the highest in five years",
    "en 74 días dejó 900 muertos", "won the war in six days"."""
    if _SUPERLATIVE.search(ctx.text, max(0, match.start() - 80), match.start()):
        return True
    return verb_tense_around(ctx, match.start(), match.end()) == PAST


def _weekday_of_offset(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "Monday two weeks from now", "in 3 days on Friday": that weekday in the week (Monday
    to Sunday) of the day the offset lands on; not "for the first time in 20 years on
    Tuesday", where the years are a span and Tuesday a day of its own."""
    if match["n2"] is not None and _counts_a_span(match, ctx):
        return None
    groups = _groups(match, {"n": ("n2",), "unit": ("unit2",), "wd": ("wd2",)})
    amount = parse_number(groups["n"] or "", ctx.lang)
    weekday = weekday_number(groups["wd"] or "", ctx.lang)
    if amount is None or amount > 400 or weekday is None:
        return None
    landed = shift(ctx.reference, amount, unit_name(groups["unit"] or ""))
    value = week_start(landed) + dt.timedelta(days=weekday)
    return Reading(value, Precision.DAY, relative=True, tense=FUTURE)


def _span(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "los próximos tres días", "the last 3 months": a run of days next to the reference."""
    aliases = {"n": ("n2", "n3"), "unit": ("unit2", "unit3"), "mod": ("mod2", "mod3")}
    groups = _groups(match, aliases)
    amount = parse_number(groups["n"] or "", ctx.lang)
    if amount is None or amount > 400 or groups["unit"] is None:
        return None
    singular = groups["unit"].lower() == "mes" or not groups["unit"].lower().endswith("s")
    if amount > 1 and singular:
        return None  # "only 3 next week": a count, then a week
    unit = unit_name(groups["unit"])
    if tense_of(groups["mod"]) == PAST:
        start = shift(ctx.reference, -amount, unit)
        return Reading(start, Precision.DAY, ctx.reference - dt.timedelta(days=1), True, PAST)
    start = ctx.reference + dt.timedelta(days=1)
    end = shift(start, amount, unit) - dt.timedelta(days=1)
    return Reading(start, Precision.DAY, end, True, FUTURE)


@cache
def relative_rules(lang: str) -> list[Rule]:
    """The relative phrase shapes of ``lang`` ("es" or "en")."""
    num = number_pattern(lang)
    units = unit_pattern()
    wd = weekday_pattern(lang)
    if lang == "es":
        week_q = (
            r"(?:de\s+)?(?:la\s+|esta\s+)?(?:(?:pr[oó]xima|pasada|siguiente|anterior)\s+semana"
            r"|semana\s+(?:pr[oó]xima|pasada|siguiente|anterior|que\s+viene|entrante)"
            r"|esta\s+semana)(?:\s*-)?"
        )
        return [
            rule(
                r"el\s+d[ií]a\s+(?:despu[eé]s\s+de\s+mañana|antes\s+de\s+ayer)"
                r"|pasado\s+ma[ñn]ana|antes\s+de\s+ayer|anteayer|antier|ayer|hoy|esta\s+mañana"
                r"|anteanoche|antenoche|anoche|esta\s+noche|esta\s+tarde|mañana",
                _day_word,
            ),
            rule(r"la\s+v[ií]spera(?!\s+(?:de|del)(?!\w))", _eve, "víspera|vispera"),
            rule(
                rf"hace\s+(?P<n>{num})\s+(?P<unit>{units})\s*,?\s+y\s+(?P<n2>{num})\s+"
                rf"(?P<unit2>{units})",
                _compound_offset,
            ),
            rule(
                rf"(?:(?P<week>{week_q})\s+(?:el\s+)?)?(?:(?P<pre>este\s+pr[oó]ximo|este\s+pasado"
                rf"|pr[oó]ximo|pasado|este|esta)\s+)?(?P<wd>{wd})(?:\s+(?P<post>pasado|pr[oó]ximo"
                rf"|que\s+viene|siguiente|anterior)|,?\s+(?P<week2>{week_q}))?",
                _weekday,
            ),
            rule(
                rf"(?:(?P<det>el|la|los|las|este|esta|ese|esa)\s+)?(?:(?P<pre>{_MOD_PRE_ES})\s+)?"
                rf"(?P<unit>{_UNIT_ES})(?:\s+(?P<after>después\s+de\s+la\s+pr[oó]xima)"
                rf"|\s+(?P<post>{_MOD_POST_ES}))?",
                _relative_unit,
            ),
            rule(rf"(?P<dir>hace)\s+(?P<n>{num}|unos|unas)\s+(?P<unit>{units})", _offset),
            rule(
                rf"(?P<dir>dentro\s+de|en(?!\s+(?:l[oa]s\s+)?pr[oó]x))\s+(?:(?:l[oa]s\s+)?pr[oó]xim[oa]s\s+)?"
                rf"(?P<n>{num})\s+"
                rf"(?P<unit>{units})",
                _offset,
            ),
            rule(
                rf"(?P<n>{num})\s+(?P<unit>{units})\s+(?P<dir>después|antes|a\s+partir"
                rf"|posteriores|anteriores)\s+(?:de\s+|del\s+)?(?P<anchor>hoy|mañana|ayer|ahora)",
                _offset,
            ),
            rule(
                rf"(?:(?P<mod>pr[oó]xim[oa]s|siguientes|[uú]ltim[oa]s|pasad[oa]s|anteriores)\s+"
                rf"(?P<n>{num})\s+(?P<unit>{units})|(?P<n2>{num})\s+(?P<unit2>{units})\s+"
                rf"(?P<mod2>pr[oó]xim[oa]s|siguientes|pasad[oa]s|anteriores)|(?P<n3>{num})\s+"
                rf"(?P<mod3>pr[oó]xim[oa]s)\s+(?P<unit3>{units}))",
                _span,
            ),
        ]
    week_q = (
        r"(?:(?:of\s+)?(?:the\s+)?(?:next|last|previous|following|this|coming)\s+week"
        r"|(?:this|next|last)\s+week(?:\s+on)?"
        r")(?:\s*-)?"
    )
    return [
        rule(
            r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today"
            r"|tomorrow|tmrw|this\s+morning|tonight|last\s+night|this\s+evening"
            r"|this\s+afternoon",
            _day_word,
        ),
        rule(
            rf"(?:(?P<week>{week_q})\s+)?(?:(?P<pre>this\s+past|this\s+coming|this\s+upcoming"
            rf"|last|next|this|coming|past|previous|upcoming|following)\s+)?(?P<wd>{wd})(?:\s+(?P<post>last|next)"
            rf"|,?\s+(?P<week2>{week_q}))?",
            _weekday,
        ),
        rule(
            rf"(?:(?P<det>the)\s+)?(?:(?P<pre>{_MOD_EN})\s+)?(?P<unit>{_UNIT_EN})"
            rf"(?P<after>\s+after\s+next)?(?P<post>)",
            _relative_unit,
        ),
        rule(rf"(?P<n>{num})\s+(?P<unit>{units})\s+(?P<dir>ago)", _offset),
        rule(
            rf"(?P<n>{num})\s+(?P<unit>{units})\s*,?\s+and\s+(?P<n2>{num})\s+(?P<unit2>{units})"
            rf"\s+ago",
            _compound_offset,
        ),
        rule(
            rf"(?P<dir>in(?!\s+the\s+next)|within)\s+(?:(?:the\s+)?next\s+)?(?P<n>{num})\s+"
            rf"(?P<unit>{units})",
            _offset,
        ),
        rule(
            rf"(?P<n>{num})\s+(?P<unit>{units})\s+(?P<dir>from|after|before)\s+"
            rf"(?P<anchor>today|tomorrow|tmrw|yesterday|now)",
            _offset,
        ),
        rule(rf"(?P<n>{num})\s+(?P<unit>{units})\s+(?P<dir>later)", _offset),
        rule(
            rf"(?P<wd>{wd})\s*,?\s+(?P<n>{num})\s+(?P<unit>{units})\s+(?:from\s+(?:now|today)"
            rf"|later)|in\s+(?P<n2>{num})\s+(?P<unit2>{units})\s+on\s+(?P<wd2>{wd})",
            _weekday_of_offset,
        ),
        rule(
            rf"(?:(?P<mod>next|last|past|previous|coming|following|upcoming)\s+(?P<n>{num})\s+"
            rf"(?P<unit>{units})|(?P<n2>{num})\s+(?P<mod2>next|upcoming|past|previous|"
            rf"following|coming|last)\s+(?P<unit2>{units}))",
            _span,
        ),
    ]


def _groups(match: re.Match[str], aliases: Mapping[str, tuple[str, ...]]) -> dict[str, str | None]:
    """The match's named groups, with alternative spellings ("n2", "week2") folded in."""
    groups: dict[str, str | None] = match.groupdict()
    for name, alternatives in aliases.items():
        groups[name] = groups.get(name) or next(
            (groups[a] for a in alternatives if groups.get(a)), None
        )
    return groups

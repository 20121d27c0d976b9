"""Phrase shapes that name a calendar date: "23 de enero de 2026", "Jan. 23", "16/01/2026",
"febrero 2026", "en 2025", "del 10 al 12 de marzo", "March 10-12".

A year left out is filled in from the reference (see ``place_in_year``), so those readings are
marked relative too.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from casefile.domain import Precision
from casefile.extract.date_periods import (
    FUTURE,
    PAST,
    Context,
    Reading,
    Rule,
    month_end,
    place_day_of_month,
    place_in_year,
    place_month,
    rule,
    safe_date,
    shift,
    tense_of,
)
from casefile.extract.date_tense import (
    GOVERNING_WORDS,
    REPORTING_ASIDE,
    lean_to_verb,
    modifier_tense_before,
    verb_tense_before,
)
from casefile.extract.date_words import (
    day_pattern,
    month_number,
    month_pattern,
    ordinal_day_pattern,
    parse_number,
    parse_year_words,
    weekday_number,
    weekday_pattern,
    year_words_pattern,
)

YEAR = r"(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d])"
# Words that may follow a year written in words; any other word makes it a quantity
# ("dos mil personas", "two thousand troops"). The year is matched atomically so that a
# quantity does not shrink to a shorter year ("two thousand" of "two thousand and five troops").
_AFTER_WORD_YEAR = (
    r"(?=\s*(?:$|[^\w\s]|\d|(?:y|and|en|in|on|at|a|to|the|el|la|when|cuando|que|that)(?!\w)))"
)


def year_pattern(lang: str) -> str:
    """A year in digits or in words ("2018", "dos mil dieciocho", "nineteen ninety six")."""
    return rf"(?:{YEAR}|(?>{year_words_pattern(lang)}){_AFTER_WORD_YEAR})"


# Words after which a bare month name or year is a date ("en mayo", "since 2019").
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_DATE_PREPOSITIONS = {
    "es": {"en", "de", "del", "desde", "hasta", "para", "durante", "a", "al", "entre", "y", "o",
           "e", "partir", "inicios", "finales", "principios", "mediados", "antes", "después",
           "tras", "año", "este", ","},
    "en": {"in", "of", "since", "until", "till", "by", "through", "to", "from", "during",
           "and", "or", "between", "before", "after", "early", "late", "mid", "year", ","},
}  # fmt: skip
# Words after which a year in words alone is a year ("in nineteen eighty eight").
_WORD_YEAR_AFTER = {"in", "since", "until", "during", "year", "of"}
# Words after a year that make it a quantity ("2000 personas", "1500 million").
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|[.,]\d|por\s+ciento|per\s*cent|personas|people|millones|millon|million|mil\b"
    r"|dólares|dolares|dollars|pesos|kil|metros|km|toneladas|tons|elementos|soldiers|soldados)",
    re.IGNORECASE,
)


def year_value(text: str | None, reference: dt.date) -> int | None:
    """A four-digit year, or a two-digit one ("del 87", "'95") read in the nearest century."""
    if not text:
        return None
    digits = text.strip("'’ ")
    if not digits.isdigit():
        return parse_year_words(digits)
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    return 2000 + short if 2000 + short <= reference.year + 20 else 1900 + short


def match_tense(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    words = " ".join(w for w in (groups.get("pre"), groups.get("post")) if w)
    tense = tense_of(words)
    return None if tense == "this" else tense


def day_reading(
    ctx: Context, day: int, month: int, year: int | None, tense: str | None
) -> Reading | None:
    """The day ``day``/``month``, in ``year`` or else the year the reference implies."""
    if year is not None:
        value = safe_date(year, month, day)
        return None if value is None else Reading(value, Precision.DAY, tense=tense)
    placed = place_in_year(month, day, ctx.reference, tense)
    if placed is None:
        return None
    return Reading(placed, Precision.DAY, relative=True, tense=tense, year_given=False)


def _day_month(match: re.Match[str], ctx: Context) -> Reading | None:
    day = parse_number(match["day"], ctx.lang)
    groups = match.groupdict()
    month = (
        month_number(match["month"], ctx.lang) if groups.get("month") else int(groups["mnum"] or 0)
    )
    if not day or not month or day > 31 or month > 12:
        return None
    year = year_value(groups.get("year") or groups.get("year2"), ctx.reference)
    if groups.get("month") and _abbreviation_out_of_context(match, ctx):
        return None
    if _is_money(ctx, match.start("day")) or _is_day_range_end(match, day):
        return None
    if groups.get("month") and _count_after_month(match):
        return None
    tense = match_tense(match)
    if tense is None and year is None:  # "the upcoming summit on November 14"
        tense = modifier_tense_before(ctx, match.start())
    if tense is None and year is None:
        return _leant_day(ctx, day, month, match)
    return day_reading(ctx, day, month, year, tense)


def _leant_day(ctx: Context, day: int, month: int, match: re.Match[str]) -> Reading | None:
    """A year-less day placed nearest the reference, unless the verb right before it says the
    other way:
    "se celebrará el 20 de diciembre" in June is the December to come, "was held on July 1"
    in June the July gone, where the nearest would be the other one."""
    nearest = place_in_year(month, day, ctx.reference, None)
    if nearest is None:
        return None
    # the verb may stand before its object: "asumió el poder el 1 de marzo"
    verb = verb_tense_before(ctx, match.start(), reach=GOVERNING_WORDS + 2, at_comma=True)
    if (verb == PAST and nearest > ctx.reference) or (verb == FUTURE and nearest < ctx.reference):
        nearest = place_in_year(month, day, ctx.reference, verb) or nearest
    return Reading(nearest, Precision.DAY, relative=True, year_given=False)


def _count_after_month(match: re.Match[str]) -> bool:
    """ "Last November, the two navies", "In March, three leaders": a number in words after a
    comma or "the" is a count; a day there is written as an ordinal ("March the second"); so
    is one after a month that a day in figures opened ("4 May two thousand troops")."""
    if match.start("month") > match.start("day"):
        return False
    written = match["day"].lower()
    if written[:1].isdigit() or written.endswith(("st", "nd", "rd", "th")):
        return False
    before = match.string[max(0, match.start("month") - 4) : match.start("month")]
    if re.search(r"\d[ \t]*$", before):
        return True  # "on 4 May two thousand troops": the day came before the month
    gap = match.string[match.end("month") : match.start("day")].lower()
    return "," in gap or "the" in gap


def _is_money(ctx: Context, start: int) -> bool:
    """Whether a currency sign stands just before ``start`` ("$12 December 27")."""
    return ctx.text[max(0, start - 2) : start].rstrip().endswith(("$", "€", "£"))


def _is_day_range_end(match: re.Match[str], day: int) -> bool:
    """ "November 18-19": a dash and a later day of the month, not the year '19."""
    short = match.groupdict().get("year2")
    if not short or match.string[match.start("year2") - 1] != "-":
        return False
    return day < int(short) <= 31


def _abbreviation_out_of_context(match: re.Match[str], ctx: Context) -> bool:
    """ "mar" (sea) or "may" (modal) next to a bare number are not months unless written
    as dates: lower-case three-letter names need a digit day next to them."""
    name = match["month"].rstrip(".")
    return name.islower() and name in {"mar", "may"} and not match["day"][:1].isdigit()


def _month_alone(match: re.Match[str], ctx: Context) -> Reading | None:
    month = month_number(match["month"], ctx.lang)
    if month is None:
        return None
    tense = tense_of(" ".join(w for w in (match["pre"], match["post"]) if w))
    in_context = in_date_context(match, ctx)
    if tense is None and not in_context and not _unambiguous_month(match, ctx):
        return None
    if (
        ctx.lang == "en"
        and match["month"] in {"may", "march"}
        and (tense is not None or ctx.word_before(match.start()) in {"and", "or", ","})
    ):
        return None  # "this may take", "and may also": the verb
    if not match["pre"] and ctx.is_name_like(match.start("month")) and not in_context:
        # "Ana Marzo"; "Last December" and "In March," are capitalised for the sentence
        return None
    if _first_name(match, ctx):
        return None
    if tense == "this":
        value = dt.date(ctx.reference.year, month, 1)
        return Reading(value, Precision.MONTH, relative=True, year_given=False)
    if tense is None:  # "la próxima conmemoración en noviembre": the coming November
        tense = modifier_tense_before(ctx, match.start())
    value = place_month(month, ctx.reference, tense)
    if tense is None:  # "comenzó en abril" said in October: the April gone, not the next
        value = _lean_either_side(value, ctx, match)
    return Reading(value, Precision.MONTH, relative=True, tense=tense, year_given=False)


_CAPITALISED_NEXT = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]")


def _first_name(match: re.Match[str], ctx: Context) -> bool:
    """ "Julio César Arriola", "Abril Pérez": a capitalised Spanish month name with a
    capitalised word after it is a first name (months are written in lower case)."""
    name = match["month"]
    if ctx.lang != "es" or match["pre"] or match["post"] or not name[:1].isupper():
        return False
    return _CAPITALISED_NEXT.match(ctx.text, match.end()) is not None


_WORDS_AFTER = re.compile(r"(?:[^\w.;:!?\n]+\w+){1,5}")


def _lean_either_side(value: dt.date, ctx: Context, match: re.Match[str]) -> dt.date:
    """A year-less month leant to the tense of its verb: the one before it ("comenzó en
    abril"), or with none there in its clause one of the five words after it ("In April,
    the ministers held talks", "In June, the two envoys talked", "since the meeting in April,
    we have held")."""
    if verb_tense_before(ctx, match.start()) is not None:
        return lean_to_verb(value, ctx, match.start())
    current = ctx.reference.replace(day=1)
    start = match.end()
    if (aside := REPORTING_ASIDE.match(ctx.text, start)) is not None:
        start = aside.end() + 1  # "In November, he said, a session may be held"
    after = _WORDS_AFTER.match(ctx.text, start)
    verb = verb_tense_before(ctx, after.end(), governing=False) if after else None
    if verb == PAST and value > current:
        return shift(value, -1, "year")
    if verb == FUTURE and value < current:
        return shift(value, 1, "year")
    return value


def _unambiguous_month(match: re.Match[str], ctx: Context) -> bool:
    """A month name standing alone that can only be a month: Spanish months are written in
    lower case (capitalised "Marzo" mid-sentence is a surname), English ones capitalised;
    "mayo" (a verb form) and "May" (the modal) need a preposition before them."""
    name = match["month"]
    if name.lower() in {"mayo", "may", "march"}:
        return False
    return ctx.lang == "es" or name[:1].isupper()


def in_date_context(match: re.Match[str], ctx: Context) -> bool:
    before = ctx.word_before(match.start())
    return before in _DATE_PREPOSITIONS[ctx.lang]


def _year(match: re.Match[str], ctx: Context) -> Reading | None:
    if not match["pre"] and not in_date_context(match, ctx) and not _year_of_noun(match, ctx):
        return None
    if _QUANTITY_AFTER.match(ctx.text, match.end()):
        return None
    in_words = not match["year"][:1].isdigit()
    if in_words and (ctx.lang == "es" or ctx.word_before(match.start()) not in _WORD_YEAR_AFTER):
        return None  # "aumentó en dos mil", "rose to two thousand": amounts
    year = year_value(match["year"], ctx.reference)
    return None if year is None else Reading(dt.date(year, 1, 1), Precision.YEAR)


def _year_of_noun(match: re.Match[str], ctx: Context) -> bool:
    """ "en el 2016", "the 2016 agreement", "the 1982 war": a digit year after an article;
    in English only before a singular word ("the 2000 troops" is a count)."""
    if not match["year"][:1].isdigit():
        return False
    before = ctx.word_before(match.start())
    if ctx.lang == "es":
        return before == "el"
    after = _NEXT_WORD.match(ctx.text, match.end())
    owner = before.endswith(("'s", "’s"))  # "the Council's 2021 statement"
    return (before == "the" or owner) and after is not None and not after[1].lower().endswith("s")


def _day_only(match: re.Match[str], ctx: Context) -> Reading | None:
    day = parse_number(match["day"], ctx.lang)
    weekday = weekday_number(match["wd"], ctx.lang) if match["wd"] else None
    if not day or day > 31:
        return None
    value = place_day_of_month(day, ctx.reference, weekday)
    if value is None:
        return None
    return Reading(value, Precision.DAY, relative=True, year_given=False)


def _day_range(match: re.Match[str], ctx: Context) -> Reading | None:
    first, last = parse_number(match["d1"], ctx.lang), parse_number(match["d2"], ctx.lang)
    month = month_number(match["month"], ctx.lang)
    if not first or not last or not month or first >= last or last > 31:
        return None
    if not match["pre"] and re.fullmatch(r"\s*(?:y|and)\s*", match["conn"], re.IGNORECASE):
        return None
    year = year_value(match["year"], ctx.reference)
    start = day_reading(ctx, first, month, year, None)
    if start is None:
        return None
    end = safe_date(start.value.year, month, last)
    if end is None:
        return None
    return Reading(start.value, Precision.DAY, end, start.relative, None, year is not None)


def _month_range(match: re.Match[str], ctx: Context) -> Reading | None:
    m1, m2 = month_number(match["m1"], ctx.lang), month_number(match["m2"], ctx.lang)
    conn = match["conn"].strip().lower()
    if not m1 or not m2 or m1 == m2:
        return None
    if not match["pre"] and conn not in {"-", "–", "to", "through", "till", "until", "hasta"}:
        return None
    if conn in {"y", "and"} and (match["pre"] or "").lower() not in {"entre", "between"}:
        return None
    y1 = year_value(match["y1"], ctx.reference)
    y2 = year_value(match["y2"], ctx.reference)
    if y1 is None and y2 is None:
        said = tense_of(match.groupdict().get("post"))
        if said in (PAST, FUTURE):  # "de enero a agosto pasado": the run wholly gone by
            start = _run_of_months(m1, m2, ctx.reference, said, whole=True)
        else:  # "cayeron de octubre a diciembre": its verb's tense, if it has one
            verb = verb_tense_before(ctx, match.start(), reach=GOVERNING_WORDS, at_comma=True)
            start = _run_of_months(m1, m2, ctx.reference, verb, whole=False)
    elif y1 is None and y2 is not None:
        start = dt.date(y2 if m1 < m2 else y2 - 1, m1, 1)
    else:
        start = dt.date(y1 or ctx.reference.year, m1, 1)
    end_year = y2 if y2 is not None else (start.year if m2 > m1 else start.year + 1)
    end = month_end(dt.date(end_year, m2, 1))
    if end < start:
        return None
    return Reading(start, Precision.MONTH, end, y1 is None and y2 is None)


def _run_of_months(
    m1: int, m2: int, reference: dt.date, tense: str | None, *, whole: bool
) -> dt.date:
    """The first month of a run of months named without a year ("de enero a agosto"): with
    ``whole`` ("pasado", "próximo") the run wholly gone by or wholly to come; for a verb in
    the past the last run begun, in the future the first not yet over; else the run nearest
    the reference, taken whole (a run holding the reference is nearest of all). Placing its first
    month alone would put "de enero a agosto", said in September, in the year to come."""
    current = reference.replace(day=1)
    runs = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        first = dt.date(year, m1, 1)
        last = month_end(dt.date(year if m2 > m1 else year + 1, m2, 1))
        runs.append((first, last))
    if tense == PAST:  # over ("agosto pasado"), or for a verb begun ("cayeron de … a …")
        gone = [f for f, last in runs if (last < current if whole else f < current)]
        return max(gone, default=runs[0][0])
    if tense == FUTURE:  # to come ("próximo"), or for a verb not yet over ("pasará entre …")
        ahead = [f for f, last in runs if (f > current if whole else last >= current)]
        return min(ahead, default=runs[-1][0])

    def distance(run: tuple[dt.date, dt.date]) -> tuple[int, bool]:
        first, last = run
        gap = (first - reference).days if reference < first else max(0, (reference - last).days)
        return gap, first > reference  # a tie goes to the run gone by

    return min(runs, key=distance)[0]


def _year_range(match: re.Match[str], ctx: Context) -> Reading | None:
    first, last = int(match["y1"]), int(match["y2"])
    conn = match["conn"].strip().lower()
    opener = (match["pre"] or "").lower()
    if first >= last or (conn in {"a", "al"} and not opener):
        return None
    if conn in {"y", "and"} and opener not in {"entre", "between"}:
        return None
    return Reading(dt.date(first, 1, 1), Precision.YEAR, dt.date(last, 12, 31))


# "the first week", "the 3rd quarter", "the first in-person meeting": an ordinal before a
# noun is not a day of the month.
_NO_NOUN = (
    r"(?!\s+(?!(?:and|or|at|in|on|to|through|till|until|when|this|next|last|from|for|we|i|he"
    r"|she|they|it|is|was|will|of)(?![\w-]))[a-z])"
)

# "the visit was the first in Bosnia", "it marks the second": the first one of something,
# never a day of the month, after a copula or "mark"/"become".
_NOT_AFTER_A_COPULA = "".join(
    rf"(?<!\b{verb}\s)"
    for verb in ("was", "is", "are", "were", "be", "been", "being", "marks", "marked", "became",
                 "becomes", "become", "remains", "remained")
)  # fmt: skip

# "The first was recorded on …", "the second came a week later": the first one, the subject
# of its verb, not a day.
_NO_VERB_AFTER = (
    r"(?!\s+(?:was|is|were|are|has|had|came|took|followed)\b"
    r"|\s+on\s+(?:[A-Z][a-z]+\s+\d|\d{1,2}\s+[A-Z][a-z]+))"  # "and the second on December 29"
)

# "the first to ban", "the second to sign": the first one to do something, not a day; "the
# first to the fifth", "the 1st to 5th" are a range of days.
_NOT_ONE_TO = r"(?!\s+to\s+(?!the\b|\d)[a-z]+(?<!st)(?<!nd)(?<!rd)(?<!th)\b)"


@cache
def absolute_rules(lang: str) -> list[Rule]:
    """The calendar-date phrase shapes of ``lang`` ("es" or "en")."""
    day = day_pattern(lang)
    month = month_pattern(lang)
    full_month = month_pattern(lang, abbreviations=False)
    wd = weekday_pattern(lang)
    year = year_pattern(lang)
    numeric = [
        rule(
            rf"(?:(?P<pre>del?|desde|entre|between|from|in)\s+(?:el\s+a[ñn]o\s+)?)?"
            rf"(?<![\d-])(?P<y1>{YEAR})"
            rf"(?P<conn>\s*[-–~]\s*|\s+(?:a|al|hasta|y|hacia|to|through|till|until|and)\s+)"
            rf"(?:el\s+)?(?P<y2>{YEAR})(?![-\d])",
            _year_range,
        ),
        rule(
            rf"(?:(?P<pre>(?:el\s+)?a[ñn]o(?:\s+calendario)?|(?:the\s+)?(?:calendar\s+)?year)"
            rf"\s+(?:de\s+|of\s+)?)?(?P<year>{year})",
            _year,
        ),
    ]
    if lang == "es":
        pre = r"(?:(?P<pre>(?:el\s+)?pasado|(?:el\s+)?pr[oó]ximo|este)\s+)?"
        year_tail = (
            rf"(?:\s*(?:de|del|,|[-/.]|en)?\s*(?P<year>{year})"
            rf"|(?:\s+del\s+|[-/'])(?P<year2>\d\d)(?!\d))?"
        )
        return [
            *numeric,
            rule(
                rf"{pre}(?:(?P<wd>{wd})\s*,?\s+(?:el\s+)?)?(?:d[ií]a\s+)?(?P<day>{day})\s*"
                rf"(?:de\s+|del\s+|[-/.]\s*|\s)(?P<month>{month}){year_tail}"
                rf"(?:\s+(?P<post>pasado|pr[oó]ximo))?",
                _day_month,
            ),
            rule(
                rf"(?P<day>\d{{1,2}})\s+de\s+(?P<mnum>\d{{1,2}})\s+de\s+(?P<year>{YEAR})",
                _day_month,
            ),
            rule(
                rf"(?P<month>{month_pattern('es', abbreviations=False)}"
                rf"|{month_pattern('en', abbreviations=False)})\s+(?P<day>\d{{1,2}}),\s*"
                rf"(?P<year>{YEAR})",
                _month_first,
            ),
            rule(
                rf"(?P<month>{full_month})\s+(?P<day>\d{{1,2}})(?:\s+de\s+(?P<year>{YEAR}))?"
                rf"(?=\s*(?:[.,;:(—–-](?!\d)|$))",
                _month_first_day,
            ),
            rule(
                rf"(?:(?P<pre>este|pr[oó]ximo|pasado)\s+)?(?:(?:el\s+)?mes\s+de\s+)?"
                rf"(?P<month>{month})\s*(?:de\s+|del\s+|,\s*|/|-|\s)(?P<year>{year})"
                rf"|(?P<month2>{month})\s+del?\s+(?P<year2>\d\d)(?!\d)",
                _month_year_any,
            ),
            rule(
                rf"(?:(?P<pre>(?:el\s+)?(?:pr[oó]ximo|pasado)(?:\s+mes\s+de)?|(?:el\s+)?mes\s+de"
                rf"|este|esta)\s+)?(?P<month>{full_month})(?:\s+(?P<post>pasado|pr[oó]ximo"
                rf"|que\s+viene|entrante))?",
                _month_alone,
            ),
            rule(rf"(?:el\s+)?d[ií]a\s+(?P<day>{day})(?P<wd>)", _day_only),
            rule(
                rf"(?P<wd>{wd})\s*,?\s+(?:el\s+)?(?:d[ií]a\s+)?(?P<day>{day})"
                rf"(?!\s*(?:de\s+|[-/.])?\s*\w)",
                _day_only,
            ),
            rule(
                rf"(?:(?P<pre>del?|desde|entre)\s+(?:el\s+)?)?(?P<d1>{day})(?P<conn>\s*(?:al?|hasta"
                rf"(?:\s+el)?|y(?:\s+el)?|-|–)\s*)(?P<d2>{day})\s+(?:de\s+)?(?:el\s+)?"
                rf"(?P<month>{month})(?:\s*(?:de|del|,|en)?\s*(?P<year>{YEAR}))?",
                _day_range,
            ),
            rule(
                rf"(?:(?P<pre>del?|desde|entre)\s+)?(?:este\s+)?(?P<m1>{month})(?:\s+(?:de\s+)?"
                rf"(?P<y1>{YEAR}))?(?P<conn>\s*(?:a|al|hasta|y|-|–)\s*)(?P<m2>{month})"
                rf"(?:\s*(?:de|del|,|en)?\s*(?P<y2>{YEAR})"
                r"|\s+(?P<post>pasad[oa]s?|pr[oó]xim[oa]s?|anteriores?|siguientes?))?",
                _month_range,
            ),
        ]
    pre = r"(?:(?P<pre>this|next|last|this\s+past|this\s+coming)\s+)?"
    year_tail = (
        rf"(?:\s*,?\s*(?:of\s+|in\s+)?(?P<year>{year})|(?:\s+of\s+'?|[-/'])(?P<year2>\d\d)(?!\d))?"
    )
    return [
        *numeric,
        rule(
            rf"{pre}(?:(?P<wd>{wd})\s*,?\s*)?(?:the\s+)?(?P<day>{day})\s*(?:of\s+|-\s*)?"
            rf"(?P<month>{month}){year_tail}",
            _day_month,
        ),
        rule(
            rf"{pre}(?:(?P<wd>{wd})\s*[,-]?\s*)?(?P<month>{month})\s*[,/-]?\s*(?:the\s+)?"
            rf"(?P<day>{day}){year_tail}",
            _day_month,
        ),
        rule(
            rf"(?:(?P<pre>this|next|last)\s+)?(?P<month>{month})\s*(?:,\s*|\s+of\s+|/|-|\s)"
            rf"(?P<year>{year})|(?P<year2>{YEAR})\s+(?P<month2>{full_month})",
            _month_year_any,
        ),
        rule(
            rf"(?:(?P<pre>this\s+past|this\s+coming|this|next|last)\s+)?(?P<month>{full_month})"
            rf"(?P<post>)",
            _month_alone,
        ),
        rule(
            rf"{_NOT_AFTER_A_COPULA}the\s+(?P<day>{ordinal_day_pattern()})(?P<wd>)(?!\s+of\s)"
            rf"{_NO_VERB_AFTER}{_NO_NOUN}{_NOT_ONE_TO}",
            _day_only,
        ),
        rule(
            rf"(?P<wd>{wd})\s*,?\s+(?:the\s+)?(?P<day>\d{{1,2}}(?:st|nd|rd|th)?(?!\s*\w)"
            rf"|{ordinal_day_pattern()}{_NO_NOUN})",
            _day_only,
        ),
        rule(
            rf"(?:(?P<pre>from|between)\s+)?(?P<month>{month})\s*(?P<d1>{day})(?P<conn>\s*"
            rf"(?:-|–|to|through|till|until|and|thru)\s*)(?:the\s+)?(?P<d2>{day})"
            rf"(?:,?\s*(?P<year>{YEAR}))?",
            _day_range,
        ),
        rule(
            rf"(?:(?P<pre>from|between)\s+)?(?:the\s+)?(?P<d1>{day})(?P<conn>\s*(?:-|–|to|"
            rf"through|till|until|and)\s*)(?:the\s+)?(?P<d2>{day})\s+(?:of\s+)?(?P<month>{month})"
            rf"(?:,?\s*(?P<year>{YEAR}))?",
            _day_range,
        ),
        rule(
            rf"(?:(?P<pre>from|between)\s+)?(?P<m1>{month})(?:\s+(?P<y1>{YEAR}))?(?P<conn>\s*"
            rf"(?:-|–|to|through|till|until|and)\s*)(?P<m2>{month})(?:,?\s*(?P<y2>{YEAR}))?",
            _month_range,
        ),
    ]


def _month_first(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "abril 18, 2025" on a Spanish page, "November 20, 2025" in a wire caption inside a
    Spanish story: month first, day, comma, year."""
    name = match["month"]
    month = month_number(name, "es") or month_number(name, "en")
    value = safe_date(int(match["year"]), month, int(match["day"])) if month else None
    return None if value is None else Reading(value, Precision.DAY)


def _month_first_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "ESTAMBUL, Türkiye, julio 23.—", "julio 23 de 2025": month first, then the day, in
    a dateline or a Latin American date; with no year, the year nearest the reference. A
    figure after the month is a day only where punctuation ends it ("en julio 23 personas"
    is a count)."""
    day, month = int(match["day"]), month_number(match["month"], ctx.lang)
    if not month or not 1 <= day <= 31:
        return None
    if match["month"][:1].isupper() and ctx.is_name_like(match.start("month")):
        return None  # "Mario Julio 23": a name
    return day_reading(ctx, day, month, year_value(match["year"], ctx.reference), None)


def _month_year_any(match: re.Match[str], ctx: Context) -> Reading | None:
    groups = match.groupdict()
    name = groups.get("month") or groups.get("month2") or ""
    month = month_number(name, ctx.lang)
    year = year_value(groups.get("year") or groups.get("year2"), ctx.reference)
    if month is None or year is None:
        return None
    return Reading(dt.date(year, month, 1), Precision.MONTH, tense=match_tense(match))

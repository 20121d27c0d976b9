"""Days counted between the article's day and a happening the text names but does not date:
"a tan solo 16 días de que se celebre la cumbre", "a tres semanas de las elecciones" (the
happening is that many days ahead), "tres semanas después de asumir el cargo", "two months
after talks were suspended" (the happening is that many days back).

The count runs from the article's date: these phrases are said from the day the clause
reports. A sentence that dates its clause otherwise ("el 3 de mayo, tres días después de su
llegada") counts from that day, which the reader cannot see here; ``find_dates`` then leaves
the phrase out (see ``counts_from_reference``). As with other offsets, weeks and months land
on an arithmetic day, so they are ``approximate``: events file them under the month. Years
are not counted back (see ``_SINCE_UNITS``).
"""

from __future__ import annotations

import re
from functools import cache

from casefile.domain import Precision
from casefile.extract.date_periods import FUTURE, PAST, Context, Reading, Rule, rule, shift
from casefile.extract.date_tense import clause_tense, verb_tense_around
from casefile.extract.date_words import (
    month_pattern,
    number_pattern,
    parse_number,
    unit_name,
    weekday_pattern,
)

_MAX_DAYS = 800  # "18 meses después" is a count; "300 semanas" a figure
_ROUGH = {"week", "fortnight", "month", "year"}
# "a tan solo 16 días", "a apenas dos semanas", "a menos de un mes": the count's hedges.
_HEDGE_ES = (
    r"(?:(?:tan\s+)?s[oó]lo\s+|apenas\s+|escas[oa]s\s+|menos\s+de\s+|poco\s+m[aá]s\s+de\s+"
    r"|casi\s+|unos\s+|unas\s+)?"
)
# A count of days in office is how long someone has served: "a 100 días de gobierno".
_SERVED = re.compile(
    r"\s+del?\s+(?:(?:su|el|la|este|esta)\s+)?(?:gobierno|mandato|gesti[oó]n|administraci[oó]n"
    r"|legislatura)\b",
    re.IGNORECASE,
)
# Words after "después de"/"after" that point back to something the text already dated.
_ANAPHORA = re.compile(
    r"\s+(?:de\s+|del\s+|de\s+que\s+)?(?:eso|esto|ello|aquello|ese\s+d[ií]a|that|this|it|then)\b",
    re.IGNORECASE,
)
# Counting back in years is left out: "tres años después de la independencia" tells a
# history, whose clause is seldom the article's day.
_SINCE_UNITS = r"d[ií]as?|days?|semanas?|weeks?|quincenas?|fortnights?|mes|meses|months?"
# A clause that states a rule or duty ("must", "deberán") counts from no particular day.
_RULE_WORDS = re.compile(
    r"\b(?:must|shall|deb(?:e|en|er[aá]n?)|tendr[aá]n?\s+que|habr[aá]n?\s+de)\b", re.IGNORECASE
)
_RULE_REACH = 100
_DURATION_BEFORE = {"en", "durante", "por", "in", "for", "during", "within", "dentro"}


@cache
def _dated_next(lang: str) -> re.Pattern[str]:
    """A date right after the link word: then the count is from that date (date_anchors)."""
    return re.compile(
        rf"\s+(?:(?:de|del|que|the|el|la)\s+)*(?:\d|(?:{month_pattern(lang)})(?!\w)"
        rf"|(?:{weekday_pattern(lang)})|(?:hoy|ayer|mañana|ahora|today|yesterday|tomorrow"
        rf"|now)\b)",
        re.IGNORECASE,
    )


def _counted(match: re.Match[str], ctx: Context, sign: int) -> Reading | None:
    amount = parse_number(match["n"], ctx.lang)
    if amount is None or amount == 0:
        return None
    unit = unit_name(match["unit"])
    day = shift(ctx.reference, sign * amount, unit)
    if abs((day - ctx.reference).days) > _MAX_DAYS:
        return None
    tense = FUTURE if sign > 0 else PAST
    return Reading(day, Precision.DAY, relative=True, tense=tense, approximate=unit in _ROUGH)


_DETERMINERS = {
    "la",
    "las",
    "los",
    "el",
    "su",
    "sus",
    "esta",
    "este",
    "estas",
    "estos",
    "un",
    "una",
    "nuestra",
    "nuestro",
}
_INFINITIVE = re.compile(r"[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|le|les)?")
_THAT = re.compile(r"\s+de\s+que\b", re.IGNORECASE)


def _days_to_go(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "a tan solo 16 días de que se celebre la cumbre": the happening is 16 days ahead;
    "a dos semanas de que estallara la crisis" counts back to one gone. A bare noun after
    "de" is what the days are of ("condenado a 30 días de arresto"), no happening."""
    head, link = match["head"], match["link"].lower()
    before = ctx.word_before(match.start())
    if parse_number(before, ctx.lang) is not None or _SERVED.match(ctx.text, match.end()):
        return None  # "de 7 a 15 días de", "a 100 días de gobierno"
    if _dated_next(ctx.lang).match(ctx.text, match.end()):
        return None
    if link == "de" and head.lower() == "que":
        tense = clause_tense(ctx, match.end("head")) or FUTURE
    elif link == "de" and head.islower() and _INFINITIVE.fullmatch(head):
        tense = PAST if head.lower().startswith("haber") else FUTURE
    elif link == "del" or head.lower() in _DETERMINERS or head[:1].isupper():
        # "a 16 días de la cumbre": ahead, unless the clause tells of what already happened
        # ("a diez días del sismo, hallaron…": counted from a day the text does not give).
        if verb_tense_around(ctx, match.start(), match.end()) == PAST:
            return None
        tense = FUTURE
    else:
        return None
    return _counted(match, ctx, 1 if tense == FUTURE else -1)


def _time_since(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "tres semanas después de asumir el cargo", "two months after talks were suspended":
    said of the article's day, the happening is that many days back."""
    end = match.end()
    if _ANAPHORA.match(ctx.text, end) or _dated_next(ctx.lang).match(ctx.text, end):
        return None
    if ctx.word_before(match.start()) in _DURATION_BEFORE:
        return None  # "for two years after the war": how long
    that = _THAT.match(ctx.text, end)
    if that is not None and clause_tense(ctx, that.end()) != PAST:
        return None  # "dos días después de que se celebre": ahead of a day not given
    if verb_tense_around(ctx, match.start(), end) == FUTURE:
        return None  # "two weeks after the vote, parliament will convene"
    sentence = ctx.text[max(0, match.start() - _RULE_REACH) : end + _RULE_REACH]
    if _RULE_WORDS.search(sentence):
        return None  # "30 days after the law takes effect, firms must comply": a rule
    return _counted(match, ctx, -1)


@cache
def countdown_rules(lang: str) -> list[Rule]:
    """The counted-to-a-happening shapes of ``lang`` ("es" or "en")."""
    num = number_pattern(lang)
    if lang == "es":
        return [
            rule(
                rf"a\s+{_HEDGE_ES}(?P<n>{num})\s+(?P<unit>d[ií]as?|semanas?)"
                rf"(?=\s+(?P<link>del?)\s+(?P<head>[^\W\d_]+))",
                _days_to_go,
                r"d[ií]as?|semanas?",
            ),
            rule(
                rf"(?P<n>{num})\s+(?P<unit>{_SINCE_UNITS})\s+despu[eé]s(?=\s+del?\s)",
                _time_since,
                r"despu[eé]s",
            ),
        ]
    return [
        rule(
            rf"(?P<n>{num})\s+(?P<unit>{_SINCE_UNITS})\s+after(?=\s+[\w“\"])",
            _time_since,
            r"after",
        ),
    ]


def counts_from_reference(text: str) -> bool:
    """Whether a matched phrase is one of these counts, which hold only where the sentence
    gives no other day to count from."""
    return _COUNT_SHAPE.search(text) is not None


_COUNT_SHAPE = re.compile(
    r"^a\s.*\b(?:d[ií]as?|semanas?)$|\b(?:despu[eé]s|after)$", re.IGNORECASE | re.DOTALL
)

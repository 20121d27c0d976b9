"""Event proposals: one for each dated clause of an article that reports or plans something.

Each proposal carries the clause as evidence (an exact slice of the text, with its offsets),
the date at the precision the text gives, and whether the event already happened or is
planned. The analyst accepts, edits or rejects them in review.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from casefile.domain import EventStatus, Precision
from casefile.extract.dates import TemporalExpression, detect_language, find_dates
from casefile.extract.event_titles import event_title

__all__ = ["EventProposal", "propose_events", "split_sentences"]

TITLE_LIMIT = 90

# Words ending in a dot that do not end a sentence.
_ABBREVIATION_WORDS = (
    "sr sra srta dr dra lic ing gral gob mtro mtra arq prof núm num no art cap pág pp vol "
    "mr mrs ms st jr sen rep gov gen col lt sgt dept inc corp co ltd vs etc aprox "
    "ene feb mar abr jun jul ago sep sept oct nov dic jan aug dec"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’»)]*(?=\s+[¿¡“\"«(\[]?[A-ZÁÉÍÓÚÑ0-9])|\n\s*")
_BULLET = re.compile(r"[-*•–]\s+")  # a list item's marker is not part of its sentence
_TRAILING_TOKEN = re.compile(r"(?<![\w.])[\w.]+$")
_TOKEN_WINDOW = 40
_CLAUSE_BREAK = re.compile(r"[;:]\s+")
# "WASHINGTON, Feb 5 (Reuters) - ", "Culiacán (México), 20 ene (EFE).- ": where a wire
# story opens; an all-capitals place or a news agency in brackets tells it from prose.
_DATELINE = re.compile(
    r"^(?:[A-ZÁÉÍÓÚÑ]{2,}(?:[ .]+[A-ZÁÉÍÓÚÑ]{2,})*\.?\s*,?[^\n]{0,40}?"
    r"|[A-ZÁÉÍÓÚÑ][^\n,]{0,40},[^\n]{0,30}?\((?:EFE|AP|AFP|Reuters|Notimex|Xinhua|DPA|ANSA"
    r"|Europa Press|Bloomberg|NTX|Prensa Latina)\)\s*)\.?[-—–]{1,2}\s+"
)
# A dateline opening a sentence: a place ("Ciudad de México", "Istanbul/Athens", "Monterrey,
# Nuevo León", "EEUU, a"), its date, an agency in brackets maybe, then a dash or ":-:".
_PLACE_WORD = r"(?:[A-ZÁÉÍÓÚÑ(][\w.'’/()-]*|de|del|la|las|los|el|y|and|of|on)"
_DATELINE_PLACE = re.compile(rf"{_PLACE_WORD}(?:[ ,]+{_PLACE_WORD})*\s*,\s*(?:a\s+)?")
_DATELINE_PLACE_LIMIT = 60
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*\.?\s*(?::-:|[-–—]+)\s*")
_CONNECTORS = frozenset(
    ["de", "del", "la", "las", "el", "los", "y", "e", "en", "of", "the", "and", "in", "a", "al"]
)
_VAGUE_PART = re.compile(
    r"\b(?:end|late|later|early|earlier|beginning|start|mid|middle|finales|fines|fin|final"
    r"|principios|inicios?|comienzos?|mediados|temprano|tarde)\b",
    re.IGNORECASE,
)
_YEAR_WORD = re.compile(r"\b(?:year|a[ñn]o)\b", re.IGNORECASE)
# A page's time stamp beside its date ("23 noviembre, 2024 | 8:33 am") is no happening.
_CLOCK_WORDS = frozenset(["am", "pm", "a", "m", "p", "h", "hrs", "horas", "gmt", "utc", "cet"])
_SINCE = re.compile(r"\b(?:desde|since|a\s+partir\s+de)\s+(?:el\s+(?:año\s+)?)?$", re.IGNORECASE)
_NOW = re.compile(r"hoy|today|ahora|now|actualmente|nowadays|currently", re.IGNORECASE)
# "que hoy ocupa", "lo que hoy es", "donde hoy se alza", "what is today": a relative clause
# describing how things stand, not a day something happened.
_NOWADAYS_BEFORE = re.compile(
    r"\b(?i:que|donde|cual|cuales|what|which|where)\s+(?:(?i:is|are|es|son)\s+)?$"
)
# "a día de hoy", "hasta el día de hoy": how things stand so far ("as of today" and "hasta
# hoy" may instead say when a change takes effect: "closes its airspace as of today").
_UNTIL_NOW_BEFORE = re.compile(r"\b(?i:a|al|hasta[ \t]+el)[ \t]+(?i:d[ií]a)[ \t]+(?i:de)[ \t]+$")
_QUOTATION = re.compile(r"“[^”\n]{1,2000}”|«[^»\n]{1,2000}»|\"[^\"\n]{1,2000}\"")
_HEADER = re.compile(r"^[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}|url[ \t]+\S+)[ \t]*", re.MULTILINE)
# A page's stamp of when it was put up or changed: "Publicado el …", "update: …".
_STAMP_WORDS = (
    r"publicad[oa]|actualizad[oa]|actualizaci[oó]n|modificad[oa]|published|updated?|posted"
    r"|last[ \t]+modified"
)
_BYLINE = re.compile(rf"\b(?:{_STAMP_WORDS})\b", re.IGNORECASE)
# ... right before the date it gives: "update: 2024-11-29", "Actualizado el 3 de mayo".
_PAGE_UPDATE = re.compile(
    rf"\b(?:{_STAMP_WORDS})(?:[ \t]+(?:on|el|a[ \t]+las))?[ \t]*:?[ \t]*$", re.IGNORECASE
)
# "Por Ana Ruiz, 8 de diciembre": "por"/"by" makes a byline only where it opens the line;
# in prose ("convocada por el Consejo este viernes") it is a preposition.
_BY = re.compile(r"[\W_]*(?:por|by)\b", re.IGNORECASE)
# "los últimos 25 años", "the past three months", "los próximos 4 días hábiles": a run of
# units counted from the article's date is a duration, not a happening on its first day.
_RUN_MODIFIER = (
    r"[uú]ltim[oa]s|pasad[oa]s|anteriores|pr[oó]xim[oa]s|siguientes|last|past|previous|next"
    r"|coming|following|upcoming"
)
_RUN_UNIT = (
    r"(?:d[ií]as|semanas|meses|a[ñn]os|trimestres|d[eé]cadas|days|weeks|months|years|quarters"
    r"|decades)(?:\s+(?:h[aá]biles|laborables|de\s+trabajo))?"
)
# "en lo que va del año", "year to date": the span a figure is counted over, up to today.
_SO_FAR = re.compile(
    r"(?:en\s+)?lo\s+que\s+va\s+(?:del|de\s+este)\s+a[ñn]o|(?:the\s+)?year\s+to\s+date|ytd",
    re.IGNORECASE,
)
_COUNTED_RUN = re.compile(
    rf"(?:(?:l[oa]s|the)\s+)?(?:(?:{_RUN_MODIFIER})\s+[\w-]+(?:\s+y\s+\w+)?\s+"
    rf"(?:(?:business|working|work)\s+)?{_RUN_UNIT}|[\w-]+(?:\s+y\s+\w+)?\s+{_RUN_UNIT}\s+"
    rf"(?:{_RUN_MODIFIER})|[\w-]+\s+(?:{_RUN_MODIFIER})\s+{_RUN_UNIT})",
    re.IGNORECASE,
)
# "within two months", "dentro de un año", "en un plazo de seis meses": a deadline counted
# from the article's date; the thing may happen on any day of it, so none is its date.
_DEADLINE = re.compile(
    r"(?i:within|dentro\s+de|en\s+un\s+plazo\s+de|en\s+el\s+plazo\s+de)\s+[\w-]+\s+"
    r"(?i:weeks?|months?|years?|semanas?|mes|meses|años?)\b"
)
_FUTURE_WORDING = re.compile(
    r"\b(?:previst[oa]s?|programad[oa]s?|pr[oó]xim[oa]s?|\w+(?:ará|arán|erá|erán|irá|irán)"
    r"|se\s+llevará|tendrá\s+lugar|will|shall|is\s+scheduled|are\s+scheduled|is\s+due"
    r"|planned|plans?\s+to|is\s+expected|are\s+expected|upcoming)\b",
    re.IGNORECASE,
)


@dataclass
class EventProposal:
    """A dated event the text reports or plans, for the analyst to review."""

    date: dt.date
    precision: Precision
    end: dt.date | None
    status: EventStatus
    title: str
    evidence: str
    start: int
    end_offset: int
    place: str = ""  # where the clause says it happens ("en Washington"), if it says


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding space; abbreviations such as
    "EE.UU.", "Sr." and "a.m." do not end one, line breaks always do."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0).strip() and _ends_with_abbreviation(text, match.start()):
            continue
        end = match.end() if match.group(0).strip() else match.start()
        spans.extend(_trimmed(text, start, end))
        start = match.end()
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` closes an abbreviation rather than a sentence."""
    # A bounded look-back: searching all of text[:dot] made long texts quadratic.
    word = _TRAILING_TOKEN.search(text, max(0, dot - _TOKEN_WINDOW), dot)
    if word is None:
        return False
    token = word.group(0)
    if "." in token:  # "EE.UU", "a.m", "U.S": dotted initials
        return True
    return token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    bullet = _BULLET.match(text, start, end)
    if bullet is not None:
        start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _clause_breaks(text: str, sentence: _Span) -> tuple[list[int], list[int]]:
    """Starts and ends of the ";" or ":" breaks in a sentence, found once per sentence."""
    found = list(_CLAUSE_BREAK.finditer(text, sentence.start, sentence.end))
    return [b.start() for b in found], [b.end() for b in found]


def _clause(
    sentence: _Span, breaks: tuple[list[int], list[int]], found: TemporalExpression
) -> _Span:
    """The part of the sentence between ";" or ":" breaks that holds the date."""
    starts, ends = breaks  # both sorted: the breaks never overlap
    before = bisect.bisect_right(ends, found.start)
    after = bisect.bisect_left(starts, found.end)
    start = ends[before - 1] if before else sentence.start
    end = starts[after] if after < len(starts) else sentence.end
    return _Span(start, end)


def _title(
    body: str,
    clause: _Span,
    found: TemporalExpression,
    others: list[TemporalExpression],
    news_start: int,
) -> str:
    """The analyst's title for the event at ``found``: drawn from the clause after any
    dateline, with the clause's other dates known so they go too (see event_titles)."""
    start = news_start if clause.start < news_start <= found.start else clause.start
    dates = [
        (other.start - start, other.end - start)
        for other in others
        if start <= other.start and other.end <= clause.end
    ]
    words = body[start : clause.end]
    return event_title(words, (found.start - start, found.end - start), dates, TITLE_LIMIT)


def _names_only(evidence: str, found: TemporalExpression, offset: int) -> bool:
    """True when the clause is a dateline or heading: a date and a few capitalised names."""
    rest = evidence[: found.start - offset] + " " + evidence[found.end - offset :]
    words = [
        word
        for word in re.findall(r"\w+", _DATELINE.sub("", rest.strip()))
        if word.casefold() not in _CLOCK_WORDS and not word.isdigit()
    ]
    if len(words) > 6:
        return False
    return not any(word[0].islower() and word not in _CONNECTORS for word in words)


def _coarsened(found: TemporalExpression) -> TemporalExpression:
    """A vague part of a month or year at the precision of the whole: "by the end of March"
    is March, not the 16th to the 31st; "a principios de 2027" and "earlier this year" are the
    year, "earlier this month" the month. Explicit parts ("the first half of 2026", "the last
    week of March") keep their range."""
    end = found.end_value
    if end is None or not _VAGUE_PART.search(found.text):
        return found
    value = found.value
    if found.precision is Precision.DAY and (value.year, value.month) == (end.year, end.month):
        return replace(found, value=value.replace(day=1), precision=Precision.MONTH, end_value=None)
    whole_year = found.precision is Precision.MONTH or _YEAR_WORD.search(found.text)
    if whole_year and value.year == end.year:
        return replace(
            found, value=dt.date(value.year, 1, 1), precision=Precision.YEAR, end_value=None
        )
    return found


def _is_duration(text: str, found: TemporalExpression) -> bool:
    """ "decomisos desde 2019", "since 2015", "desde hace dos años": the start of a span a
    figure is counted over, not a happening on that date."""
    if found.precision is not Precision.YEAR and not found.approximate:
        return False
    return _SINCE.search(text, max(0, found.start - 24), found.start) is not None


def _is_counted_run(found: TemporalExpression) -> bool:
    """ "de los últimos 25 años", "over the past three months", "los próximos dos días", "en
    lo que va del año": units counted from the article's date measure a span; no day of it
    is the event's."""
    if found.end_value is None:
        return False
    return (
        _COUNTED_RUN.fullmatch(found.text) is not None
        or _SO_FAR.fullmatch(found.text) is not None
        or _DEADLINE.match(found.text) is not None
    )


def _is_era(found: TemporalExpression) -> bool:
    """ "en el siglo XIX", "los años 90": an era, which no single year stands for."""
    end = found.end_value
    return (
        found.precision is Precision.YEAR and end is not None and end.year - found.value.year >= 9
    )


def _is_bracketed_span(text: str, found: TemporalExpression) -> bool:
    """ "el expresidente (2006-2009)", "Helmut Kohl (1930–2017)": years in brackets beside a
    name or title are a term of office or a life, not a happening on either year."""
    if found.end_value is None or found.precision is not Precision.YEAR:
        return False
    before = text[max(0, found.start - 2) : found.start].rstrip()
    after = text[found.end : found.end + 2].lstrip()
    return before.endswith("(") and after.startswith(")")


# A place named after a date: "la Plaza de Mayo", "la avenida 9 de Julio", "el Hospital 12
# de Octubre", "la calle 18 de Julio". The month is capitalised, as Spanish never writes one.
_PLACE_BEFORE_DATE = re.compile(
    r"\b(?i:plaza|avenida|av\.|avda\.|calle|paseo|bulevar|boulevard|hospital|sanatorio"
    r"|estadio|puente|colonia|barrio|parque|escuela|colegio|liceo|aeropuerto|estación|cerro"
    r"|villa|ruta|autopista|glorieta|rotonda|plazoleta|avenue|street)[ \t]+(?:de[ \t]+)?$"
)
_CAPITALISED_MONTH = re.compile(
    r"\b(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre"
    r"|Noviembre|Diciembre)\b"
)


def _names_a_place(text: str, found: TemporalExpression) -> bool:
    """ "la Plaza de Mayo", "la avenida 9 de Julio": a place's name, not a date."""
    return _CAPITALISED_MONTH.search(found.text) is not None and bool(
        _PLACE_BEFORE_DATE.search(text, max(0, found.start - 20), found.start)
    )


_CLOCK_CONVERSION = re.compile(
    r"\(\s*\d{1,2}[:.Hh]\d{2}\s*(?:horas?\s+)?(?:GMT|UTC|hora\s+local|local\s+time)[^()]*\)",
    re.IGNORECASE,
)


def _in_clock_conversion(text: str, found: TemporalExpression) -> bool:
    """ "desde las 8 de la noche (01H00 GMT del jueves)": the same moment in another time
    zone, not a happening of its own."""
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(
        m.start() <= found.start - line_start and found.end - line_start <= m.end()
        for m in _CLOCK_CONVERSION.finditer(line)
    )


def _by_month(found: TemporalExpression) -> TemporalExpression:
    """A whole week or a rough offset at month precision: "la semana pasada" is the month its
    working days fall in (its Wednesday's), "hace un año" the month a year back."""
    if not found.approximate:
        return found
    day = found.value
    if found.end_value is not None and (found.end_value - day).days == 6:
        day += dt.timedelta(days=2)
    return replace(found, value=day.replace(day=1), precision=Precision.MONTH, end_value=None)


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the quotations in ``text``, both sorted."""
    found = list(_QUOTATION.finditer(text))
    return [match.start() for match in found], [match.end() for match in found]


def _inside_quote(quoted: tuple[list[int], list[int]], offset: int) -> bool:
    starts, ends = quoted
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < ends[index]


def _last_day(found: TemporalExpression) -> dt.date:
    if found.end_value is not None:
        return found.end_value
    if found.precision is Precision.MONTH:
        return (found.value.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(
            days=1
        )
    if found.precision is Precision.YEAR:
        return found.value.replace(month=12, day=31)
    return found.value


def _status(found: TemporalExpression, clause: str, published: dt.date | None) -> EventStatus:
    """PLANNED when the date lies after publication or the wording looks ahead."""
    if published is not None:
        if found.value > published:
            return EventStatus.PLANNED
        if _last_day(found) < published:
            return EventStatus.OCCURRED
        if found.end_value is not None and found.end_value <= published:
            return EventStatus.OCCURRED  # "en lo que va del año": a span up to today
    if found.tense == "future" or _FUTURE_WORDING.search(clause):
        return EventStatus.PLANNED
    return EventStatus.OCCURRED


def _is_byline(
    text: str, sentence: _Span, found: TemporalExpression, published: dt.date | None
) -> bool:
    """A dateline or byline that only repeats the publication date, or a page's own stamp of
    when it was changed ("update: 2024-11-29, 14:34", "Actualizado el 3 de mayo")."""
    stamp = text[sentence.start : sentence.end].strip()
    if (
        len(stamp) <= 80
        and not stamp.endswith((".", "!", "?"))
        and _PAGE_UPDATE.search(text, max(sentence.start, found.start - 20), found.start)
    ):
        return True
    if published is None or found.value != published or found.end_value is not None:
        return False
    line = text[sentence.start : min(sentence.end, sentence.start + 81)]
    if len(line) <= 80 and not line.rstrip().endswith((".", "!", "?")):
        return True
    if _BY.match(text, sentence.start) is not None:
        return True
    return bool(_BYLINE.search(text, sentence.start, found.start))


def _dateline_end(body: str, sentence: _Span, first: TemporalExpression) -> int | None:
    """Where the dateline ends when ``sentence`` opens with one around its first date
    ("Ciudad de México, 4 de febrero (Agencia).- ", "City, 7 May 2023 (dpa) - ", "13 febrero
    2026.-"), else None."""
    if first.start - sentence.start > _DATELINE_PLACE_LIMIT:
        return None
    opens = not body[sentence.start : first.start].strip()  # "13 febrero 2026.-El …"
    if not opens and _DATELINE_PLACE.fullmatch(body, sentence.start, first.start) is None:
        return None
    tail = _DATELINE_TAIL.match(body, first.end, sentence.end)
    return None if tail is None else tail.end()


def _runs_on(body: str, sentence: _Span, following: _Span | None) -> bool:
    """Whether a line break cut the sentence short: it ends without a stop and the next line
    goes on in lower case ("… planean\ndiscutir formas de …")."""
    if following is None or body[sentence.end - 1] in '.!?…:;"”»)':
        return False
    gap = body[sentence.end : following.start]
    return gap.count("\n") == 1 and not gap.strip() and body[following.start].islower()


def _without_datelines(
    body: str, sentences: list[_Span], found: list[list[TemporalExpression]]
) -> list[int]:
    """For each sentence, where its news starts: after a dateline that opens it, and with the
    dateline's date left out of ``found`` when the sentence (or the line it runs on into)
    holds a date of its own: the dateline dates the report, not what it reports."""
    starts = []
    for index, sentence in enumerate(sentences):
        dates = found[index]
        end = _dateline_end(body, sentence, dates[0]) if dates else None
        if end is None:
            starts.append(sentence.start)
            continue
        starts.append(end)
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        own = len(dates) > 1 or (
            following is not None and _runs_on(body, sentence, following) and bool(found[index + 1])
        )
        if own:
            found[index] = dates[1:]
    return starts


def _dates_by_sentence(
    body: str, sentences: list[_Span], published: dt.date | None, lang: str
) -> list[list[TemporalExpression]]:
    """The dates of each sentence, at their offsets in ``body``; "the summer of that year"
    takes the year of the last date an earlier sentence gave."""
    year: int | None = None
    found_in = []
    for sentence in sentences:
        text = body[sentence.start : sentence.end]
        found = [
            replace(found, start=found.start + sentence.start, end=found.end + sentence.start)
            for found in find_dates(text, published, lang, year_before=year)
        ]
        for item in found:
            # A year the text gives ("en 2020", "el año pasado"), not today's behind "ayer".
            if item.year_given and (not item.relative or item.precision is not Precision.DAY):
                year = (item.end_value or item.value).year
        found_in.append(found)
    return found_in


def _without_setting_years(
    founds: list[TemporalExpression], sentence: _Span, breaks: tuple[list[int], list[int]]
) -> list[TemporalExpression]:
    """ "This year, the dam will not be filled until the end of August", "entre enero y
    marzo de este año": a year that only sets the scene for a month or day of it in the same
    clause is no event of its own."""
    clauses = [_clause(sentence, breaks, found) for found in founds]
    return [
        found
        for found, clause in zip(founds, clauses, strict=True)
        if found.precision is not Precision.YEAR
        or found.end_value is not None
        or not found.relative
        or not any(
            other.precision is not Precision.YEAR
            and other.value.year == found.value.year
            and other_clause == clause
            for other, other_clause in zip(founds, clauses, strict=True)
        )
    ]


def propose_events(
    text: str, published: dt.date | None, language: str | None = None
) -> list[EventProposal]:
    """One proposal per dated clause of ``text``, with relative dates resolved against
    ``published`` (and left out when it is unknown); header lines are not events."""
    lang = language or detect_language(text)
    body = _HEADER.sub(lambda m: " " * len(m.group(0)), text)
    quoted = _quoted_spans(body)
    proposals: list[EventProposal] = []
    seen: set[tuple[dt.date, Precision, int, int]] = set()
    # A lede repeated under its dateline ("- Leaders met on Thursday." then "City, 7 May
    # (dpa) - Leaders met on Thursday."): the same words and date make one event.
    said: set[tuple[dt.date, Precision, str]] = set()
    sentences = [_Span(start, end) for start, end in split_sentences(body)]
    found_in = _dates_by_sentence(body, sentences, published, lang)
    news_starts = _without_datelines(body, sentences, found_in)
    for sentence, founds, news_start in zip(sentences, found_in, news_starts, strict=True):
        breaks = _clause_breaks(body, sentence)
        for placed in _without_setting_years(founds, sentence, breaks):
            if published is None and placed.relative:
                continue  # "ayer" or "12 feb" with no article date: any day would be a guess
            if _NOW.fullmatch(placed.text) and _inside_quote(quoted, placed.start):
                continue  # "hoy" in someone's words is "nowadays" more often than a day
            if _NOW.fullmatch(placed.text) and _NOWADAYS_BEFORE.search(
                body, max(0, placed.start - 12), placed.start
            ):
                continue  # "el territorio que hoy ocupa Belice": what is so nowadays
            if _NOW.fullmatch(placed.text) and _UNTIL_NOW_BEFORE.search(
                body, max(0, placed.start - 16), placed.start
            ):
                continue  # "a día de hoy no hay acuerdo": a state that holds until now, not a
            # day something happened
            if _is_duration(body, placed) or _is_era(placed) or _is_counted_run(placed):
                continue
            if _is_bracketed_span(body, placed) or _in_clock_conversion(body, placed):
                continue
            if _names_a_place(body, placed):
                continue  # "frente a la Casa Rosada, en la Plaza de Mayo"
            placed = _by_month(_coarsened(placed))
            if _is_byline(body, sentence, placed, published):
                continue
            clause = _clause(sentence, breaks, placed)
            if _names_only(body[clause.start : clause.end], placed, clause.start):
                if clause == sentence:
                    continue  # "Ciudad de México, 23 de enero de 2026.": a dateline
                clause = sentence  # "Informe conjunto: abril de 2026." names it before the colon
            key = (placed.value, placed.precision, clause.start, clause.end)
            words = " ".join(body[max(clause.start, news_start) : clause.end].split())
            if key in seen or (placed.value, placed.precision, words) in said:
                continue
            seen.add(key)
            said.add((placed.value, placed.precision, words))
            evidence = text[clause.start : clause.end]
            proposals.append(
                EventProposal(
                    date=placed.value,
                    precision=placed.precision,
                    end=placed.end_value,
                    status=_status(placed, evidence, published),
                    title=_title(body, clause, placed, founds, news_start),
                    evidence=evidence,
                    start=clause.start,
                    end_offset=clause.end,
                )
            )
    return proposals

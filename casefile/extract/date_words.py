"""The words dates are written with, in Spanish and English, and the regex pieces built on them.

Month and weekday names are looked up through python-dateutil ``parserinfo`` subclasses, so
the same tables serve ``dateutil.parser.parse`` and the phrase regexes in ``date_rules``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from dateutil.parser import parserinfo


class SpanishParserInfo(parserinfo):  # type: ignore[misc]  # dateutil ships no type hints
    """Spanish month and weekday names (with and without accents) for dateutil."""

    JUMP: ClassVar[list[str]] = [" ", ".", ",", ";", "-", "/", "'", "de", "del", "el", "la"]
    PERTAIN: ClassVar[list[str]] = ["de", "del"]
    MONTHS: ClassVar[list[tuple[str, ...]]] = [
        ("ene", "enero"),
        ("feb", "febrero"),
        ("mar", "marzo"),
        ("abr", "abril"),
        ("may", "mayo"),
        ("jun", "junio"),
        ("jul", "julio"),
        ("ago", "agosto"),
        ("sep", "sept", "set", "septiembre", "setiembre"),
        ("oct", "octubre"),
        ("nov", "noviembre"),
        ("dic", "diciembre"),
    ]
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = [
        ("lun", "lunes"),
        ("mar", "martes"),
        ("mié", "mie", "miérc", "mierc", "miércoles", "miercoles"),
        ("jue", "juev", "jueves"),
        ("vie", "vier", "viernes"),
        ("sáb", "sab", "sábado", "sabado"),
        ("dom", "domingo"),
    ]


class EnglishParserInfo(parserinfo):  # type: ignore[misc]  # dateutil ships no type hints
    """dateutil's English names plus the abbreviations newspapers use ("Sept.", "Tues.")."""

    MONTHS: ClassVar[list[tuple[str, ...]]] = [
        ("jan", "january"),
        ("feb", "february", "febr"),
        ("mar", "march"),
        ("apr", "april"),
        ("may",),
        ("jun", "june"),
        ("jul", "july"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("oct", "october"),
        ("nov", "november"),
        ("dec", "december"),
    ]
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = [
        ("mon", "monday"),
        ("tue", "tues", "tuesday"),
        ("wed", "wednesday"),
        ("thu", "thur", "thurs", "thursday"),
        ("fri", "friday"),
        ("sat", "saturday"),
        ("sun", "sunday"),
    ]


PARSER_INFO: dict[str, parserinfo] = {
    "es": SpanishParserInfo(dayfirst=True),
    "en": EnglishParserInfo(dayfirst=False),
}

# Words that place a period relative to now, after it ("el año pasado", "el mes que viene")
# and before it in English ("last year", "the coming month").
MODIFIERS_AFTER_ES = (
    r"pasad[oa]|pr[oó]xim[oa]|anterior|siguiente|que\s+viene|entrante|en\s+curso|actual"
)
MODIFIERS_BEFORE_EN = (
    r"last|next|this|past|previous|following|coming|upcoming|current|same|this\s+past"
)

_FULL_MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre",
    "en": "january february march april may june july august september october november december",
}

_UNITS = {
    "day": "d[ií]as?|days?",
    "week": "semanas?|weeks?",
    "fortnight": "quincenas?|fortnights?",
    "month": "mes|meses|months?",
    "year": "a[ñn]os?|years?",
}

_CARDINALS_ES = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
}  # fmt: skip
_ORDINALS_ES = {
    "primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "cuarto": 4,
    "quinto": 5, "sexto": 6, "séptimo": 7, "septimo": 7, "octavo": 8, "noveno": 9,
    "décimo": 10, "decimo": 10,
}  # fmt: skip
_CARDINALS_EN = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "couple": 2,
}  # fmt: skip
_ORDINALS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip

NUMBER_WORDS: dict[str, dict[str, int]] = {
    "es": {**_CARDINALS_ES, **_ORDINALS_ES},
    "en": {**_CARDINALS_EN, **_ORDINALS_EN},
}
_TENS = {
    "es": (
        "veinte",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ),
    "en": ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
}


_NOT_DAYS = {"a", "an", "un", "una", "couple"}


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first so "veintiuno" wins over "veinte".

    A look-ahead on the words' first letters comes first: the regex engine tries each
    case-insensitive branch in turn, and most positions in a text start none of them."""
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    branches = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return f"(?=[{firsts}])(?:{branches})"


def number_pattern(lang: str) -> str:
    """Digits or a number in words up to ninety-nine ("treinta y uno", "twenty-one")."""
    words = alternation(list(NUMBER_WORDS[lang]))
    tens = "|".join(_TENS[lang])
    joiner = r"\s+y\s+" if lang == "es" else r"[\s-]+"
    units = alternation(
        [w for w, n in NUMBER_WORDS[lang].items() if n < 10 and w not in {"a", "an", "un"}]
    )
    return rf"(?:\d{{1,2}}|(?:{tens}){joiner}(?:{units})|{words})"


def parse_number(text: str, lang: str) -> int | None:
    """The value of a number written as digits or words; None when it is not a number."""
    cleaned = re.sub(
        r"(?<=\d)\s?(?:st|nd|rd|th|º|°|ª|o\.|\.º|\.°|er|ro|ero)$", "", text.strip().lower()
    )
    if cleaned.isdigit():
        return int(cleaned)
    parts = [p for p in re.split(r"[\s-]+", cleaned) if p not in {"y", "and"}]
    total = 0
    for part in parts:
        value = NUMBER_WORDS[lang].get(part)
        if value is None:
            return None
        total += value
    return total if parts else None


def day_pattern(lang: str) -> str:
    """A day of the month: "23", "1o.", "1.º", "1er", "23rd", or in words ("veintitrés")."""
    suffix = r"(?:\s?(?:o\.|º|°|ª)|\.º|\.°|ero|ro|er)?" if lang == "es" else r"(?:st|nd|rd|th)?"
    words = {w: n for w, n in NUMBER_WORDS[lang].items() if w not in _NOT_DAYS and n <= 31}
    tens = _TENS[lang][:2]
    joiner = r"\s+y\s+" if lang == "es" else r"[\s-]+"
    units = alternation([w for w, n in words.items() if n < 10])
    spelled = rf"(?:{'|'.join(tens)}){joiner}(?:{units})|{alternation(list(words))}"
    return rf"(?:(?:3[01]|[12]\d|0?[1-9]){suffix}(?!\d)|(?:{spelled})(?!\w))"


def ordinal_day_pattern() -> str:
    """An English ordinal day: "18th", "first", "twenty-first" (never a bare cardinal)."""
    ordinals = alternation([w for w, n in _ORDINALS_EN.items() if n <= 31])
    units = alternation([w for w, n in _ORDINALS_EN.items() if n < 10])
    return rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?:twenty|thirty)[\s-]+(?:{units})|{ordinals})(?!\w)"


def month_pattern(lang: str, *, abbreviations: bool = True) -> str:
    """Month names; abbreviations ("ene.", "Sept.") only where the caller has date context."""
    full = _FULL_MONTHS[lang].split()
    if not abbreviations:
        return rf"(?:{alternation(full)})(?![^\W\d_])"
    short = [n for n in PARSER_INFO[lang]._months if n not in full]
    # A digit may follow straight on ("Dec31"); a letter may not ("marzo" is not "mar").
    return (
        rf"(?:(?:{alternation(full)})(?![^\W\d_])"
        rf"|(?:{alternation(short)})(?:\.(?!\w))?(?![^\W\d_]))"
    )


def weekday_pattern(lang: str) -> str:
    """Weekday names, full or abbreviated with a dot ("miérc.", "Tue")."""
    info = PARSER_INFO[lang]
    full = [n for n in info._weekdays if len(n) > 4 or n in {"lunes", "jueves"}]
    short = [n for n in info._weekdays if n not in full]
    # English abbreviations appear without a dot ("Tue May 9"); the readers reject the
    # lower-case ones that are also words ("sat", "sun").
    dot = r"\.?" if lang == "en" else r"\."
    return rf"(?:(?:{alternation(full)})(?!\w)|(?:{alternation(short)}){dot}(?!\w))"


def unit_pattern() -> str:
    """Calendar units, both languages: días/days, semanas/weeks, meses/months, años/years."""
    return "|".join(_UNITS.values())


def unit_name(text: str) -> str:
    """The canonical unit ("day", "week", ...) a unit word stands for."""
    for name, pattern in _UNITS.items():
        if re.fullmatch(pattern, text.lower()):
            return name
    raise ValueError(f"not a calendar unit: {text!r}")


def month_number(name: str, lang: str) -> int | None:
    """1-12 for a month name or abbreviation, through dateutil's parserinfo."""
    value: int | None = PARSER_INFO[lang].month(name.rstrip(".").lower())
    return value


def weekday_number(name: str, lang: str) -> int | None:
    """0 (Monday) to 6 for a weekday name or abbreviation."""
    value: int | None = PARSER_INFO[lang].weekday(name.rstrip(".").lower())
    return value


_STOPWORDS_ES = (
    "el la los las de del que y en un una por con para se su al es lo como más pero sus le ya "
    "fue este esta entre cuando muy sin sobre también hasta donde han ha"
)
_STOPWORDS_EN = (
    "the of and to in is that for it was on with as be by at this are from his an have has "
    "but not which will they their were been its would"
)
STOPWORDS = {"es": frozenset(_STOPWORDS_ES.split()), "en": frozenset(_STOPWORDS_EN.split())}


_HUNDREDS_ES = {
    "novecientos": 900, "ochocientos": 800, "setecientos": 700, "seiscientos": 600,
    "quinientos": 500, "cuatrocientos": 400, "trescientos": 300, "doscientos": 200, "cien": 100,
    "ciento": 100,
}  # fmt: skip
_TEENS_EN = "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"


def _below_hundred(lang: str) -> str:
    """A number from one to ninety-nine in words (no "a"/"un"), for the tail of a year."""
    tens = "|".join(_TENS[lang])
    joiner = r"\s+y\s+" if lang == "es" else r"[\s-]+"
    words = (
        [w for w, n in _CARDINALS_ES.items() if n < 100]
        if lang == "es"
        else [w for w, n in _CARDINALS_EN.items() if n < 100 and w not in {"a", "an", "couple"}]
    )
    units = alternation([w for w in words if NUMBER_WORDS[lang][w] < 10])
    return rf"(?:(?:{tens}){joiner}(?:{units})|{alternation(words)})(?!\w)"


def year_words_pattern(lang: str) -> str:
    """A year written in words: "dos mil veinte", "mil novecientos noventa y dos", "two
    thousand and fifteen", "nineteen ninety six", "seventeen hundred thirty three"."""
    rest = _below_hundred(lang)
    if lang == "es":
        hundreds = alternation(list(_HUNDREDS_ES))
        return rf"(?:dos\s+mil|mil(?:\s+(?:{hundreds}))?)(?:\s+{rest})?(?!\w)"
    teens = "|".join(_TEENS_EN.split())
    return (
        rf"(?:(?:one|two)\s+thousand(?:\s+(?:and\s+)?{rest})?"
        rf"|(?:{teens})\s+hundred(?:\s+(?:and\s+)?{rest})?"
        rf"|(?:{teens})[\s-]+(?:oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)"
        rf"|(?:{'|'.join(_TENS['en'])})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight"
        rf"|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
        rf"|nineteen))(?!\w)"
    )


def parse_year_words(text: str) -> int | None:
    """The year a year in words stands for (see ``year_words_pattern``), or None."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in {"y", "and", "oh"}]
    lang = "es" if {"mil", "dos"} & set(words) or set(words) & set(_HUNDREDS_ES) else "en"
    for big in ("mil", "thousand"):
        if big in words:
            split = words.index(big)
            thousands = 2000 if words[:split] in (["dos"], ["two"]) else 1000
            return _year_from(thousands, words[split + 1 :], lang)
    if len(words) > 1 and words[1] == "hundred":
        century = NUMBER_WORDS["en"].get(words[0])
        return None if century is None else _year_from(century * 100, words[2:], "en")
    century = NUMBER_WORDS["en"].get(words[0]) if words else None
    tail = _sum_words(words[1:], "en")
    if century is None or tail is None:
        return None
    return century * 100 + tail


def _year_from(base: int, words: list[str], lang: str) -> int | None:
    """``base`` plus the hundreds and units ``words`` add ("novecientos noventa y dos")."""
    if words and words[0] in _HUNDREDS_ES:
        base += _HUNDREDS_ES[words[0]]
        words = words[1:]
    tail = _sum_words(words, lang) if words else 0
    return None if tail is None else base + tail


def _sum_words(words: list[str], lang: str) -> int | None:
    """The sum of number words ("ninety", "six" -> 96), None if one is not a number."""
    values = [NUMBER_WORDS[lang].get(w) for w in words]
    if not values or None in values:
        return None
    return sum(v for v in values if v is not None)

"""Dates as articles and file formats write them: ISO, e-mail, PDF, and wire-story datelines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

_MONTHS = {
    "enero": 1, "ene": 1, "january": 1, "jan": 1,
    "febrero": 2, "feb": 2, "february": 2,
    "marzo": 3, "mar": 3, "march": 3,
    "abril": 4, "abr": 4, "april": 4, "apr": 4,
    "mayo": 5, "may": 5,
    "junio": 6, "jun": 6, "june": 6,
    "julio": 7, "jul": 7, "july": 7,
    "agosto": 8, "ago": 8, "august": 8, "aug": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "september": 9,
    "octubre": 10, "oct": 10, "october": 10,
    "noviembre": 11, "nov": 11, "november": 11,
    "diciembre": 12, "dic": 12, "december": 12, "dec": 12,
}  # fmt: skip

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?\s*")
_PDF = re.compile(r"\s*(?:D:)?(\d{4})(\d{2})(\d{2}).*")

_PLACE = (
    r"(?P<place>[A-ZÁÉÍÓÚÑ][\w.'’ /-]{1,40}?"
    r"(?:\s*\([^()\n]{2,30}\))?"  # EFE's "Culiacán (México)"
    r"(?:,\s*[A-ZÁÉÍÓÚÑ][\w.'’ -]{1,25}?)?)"
)
_OUTLET = r"(?:\s*\((?P<outlet>[^()\n]{2,40})\))?"
_END = r"\s*(?:\.?\s*[-–—]+|\.|:)"
_SPANISH_DATELINE = re.compile(
    _PLACE
    # "Lima, 14 nov (EFE).-"; a wire's capitals may leave the comma out: "MADRID 27 Mar."
    + r"(?:,|(?<=[A-ZÁÉÍÓÚÑ]{3}))\s+(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>[A-Za-zé]+)\.?"
    + r"(?:\s+(?:de\s+|del\s+)?(?P<year>\d{4}))?"
    + _OUTLET
    + _END
)
_ENGLISH_DATELINE = re.compile(
    _PLACE
    + r",\s+(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
    + _OUTLET
    + _END
)
# A dateline that is only its date: "25 de septiembre de 2024.- La presidenta …".
_DATE_DATELINE = re.compile(
    r"(?P<day>\d{1,2})\s+de\s+(?P<month>[A-Za-zé]+)\s+(?:de|del)\s+(?P<year>\d{4})"
    r"\s*(?:\.\s*[-–—]+|[-–—]+)\s*(?=\S)"
)
_DATELINE_PARAGRAPHS = 4
_FUTURE_SLACK = dt.timedelta(days=7)

# A date in a page's address: /2024/03/05/, /2024-03-05/, /20240305/ or …-20240305-…,
# /05/03/2024/ (day first, as Spanish-language sites write it).
_URL_YMD = re.compile(r"(?<![\d])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?![\d])")
_URL_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?![\d])")
_URL_DMY = re.compile(r"/(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})/")
# A time stamp run into a slug: "…-202203191723_noticia.html" (year, month, day, hour, minute).
_URL_STAMP = re.compile(r"(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d(?![\d])")
_WEEKDAY = (
    r"(?:(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+)?"
)
# A line that is a date and little else, at the top of a page: "March 17, 2015 / 2:38 PM",
# "Saturday, August 5, 2023", "22 March 2024", "lunes 12 de enero 2026", "27 de enero de
# 2025", "17/03/2026 | 12:53", "2024-11-26 21:36".
_STAMP_MONTH_FIRST = re.compile(
    _WEEKDAY + r"(?P<month>[A-Za-zé]{3,10})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
_STAMP_DAY_FIRST = re.compile(
    _WEEKDAY + r"(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>[A-Za-zé]{3,10})\.?,?\s+"
    r"(?:de\s+|del\s+)?(?P<year>\d{4})",
    re.IGNORECASE,
)
# "30.Abr.2023 / 03:45 pm"
_STAMP_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>[A-Za-zé]{3,10})\.(?P<year>\d{4})")
_STAMP_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})")
_STAMP_ISO = re.compile(r"(?P<year>\d{4})-(?P<b>\d{2})-(?P<a>\d{2})")
_STAMP_OPENING = re.compile(r"\d{1,2}\s+de\s+[a-zé]+\s+de\s+\d{4}\s+\d{1,2}:\d{2}", re.I)
_STAMP_LINES = 6
_STAMP_MAX_CHARS = 60
_STAMP_REST_WORDS = 4
_EARLIEST = 1995


@dataclass
class Dateline:
    """The opening of a wire story: "Washington, 1 jun (EFE).-"."""

    place: str
    date: dt.date | None  # None when the dateline has no year and none can be inferred
    outlet: str | None


def parse_date(value: str) -> dt.date | None:
    """The calendar date written in an ISO, e-mail (RFC 2822) or PDF date string."""
    for pattern in (_ISO, _PDF):
        match = pattern.fullmatch(value)
        if match:
            return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def find_dateline(body: str, reference: dt.date | None = None) -> Dateline | None:
    """The dateline opening one of the first paragraphs of ``body``, if there is one.

    Without a year in the dateline the date is taken from ``reference`` (the nearest such
    date not more than a week after it); without either, the date stays None rather than
    guessing the current year.
    """
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    for paragraph in paragraphs[:_DATELINE_PARAGRAPHS]:
        for pattern in (_SPANISH_DATELINE, _ENGLISH_DATELINE):
            match = pattern.match(paragraph)
            if match is None:
                continue
            month = _MONTHS.get(match.group("month").lower())
            if month is None:
                continue
            day = int(match.group("day"))
            year = match.group("year")
            date = _date(int(year), month, day) if year else _infer_year(month, day, reference)
            outlet = match.group("outlet")
            return Dateline(match.group("place").strip(), date, outlet.strip() if outlet else None)
        bare = _DATE_DATELINE.match(paragraph)
        if bare is not None and (month := _MONTHS.get(bare["month"].lower())) is not None:
            return Dateline("", _date(int(bare["year"]), month, int(bare["day"])), None)
    return None


def without_dateline(paragraph: str) -> str:
    """``paragraph`` without the wire dateline that opens it ("Lima, 14 nov (EFE).- ",
    "MADRID 27 Mar. (EUROPA PRESS) - "), or as it is when none does."""
    for pattern in (_SPANISH_DATELINE, _ENGLISH_DATELINE):
        match = pattern.match(paragraph)
        if match is not None and _MONTHS.get(match.group("month").lower()) is not None:
            return paragraph[match.end() :].lstrip(" -–—.:")
    return paragraph


def _infer_year(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    if reference is None:
        return None
    candidate = _date(reference.year, month, day)
    if candidate is not None and candidate > reference + _FUTURE_SLACK:
        candidate = _date(reference.year - 1, month, day)
    return candidate


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_in_url(url: str | None, today: dt.date | None = None) -> dt.date | None:
    """The publication date a page's address carries in its path, if any."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    patterns = ((_URL_YMD, "ymd"), (_URL_DMY, "dmy"), (_URL_COMPACT, "ymd"), (_URL_STAMP, "ymd"))
    for pattern, order in patterns:
        for found in pattern.finditer(path):
            groups = [g for g in found.groups() if g not in ("/", "-")]  # the DMY separator
            first, second, third = (int(g) for g in groups)
            year, month, day = (first, second, third) if order == "ymd" else (third, second, first)
            date = _date(year, month, day)
            if date is not None and year >= _EARLIEST and date <= latest:
                return date
    return None


def date_stamp(body: str, language: str | None = None) -> dt.date | None:
    """The date a page prints on a short line of its own near its top ("March 17, 2015 /
    2:38 PM", "27 de enero de 2025", "17/03/2026 | 12:53"); None when there is none."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    for line in lines[:_STAMP_LINES]:
        if len(line) > _STAMP_MAX_CHARS:
            # "15 de enero de 2025 2:50 PM Actualizado: 15 de enero …": a long stamp line
            # read by its opening only
            line = line[:_STAMP_MAX_CHARS] if _STAMP_OPENING.match(line) else ""
        date = _stamped(line, language) if line else None
        if date is not None:
            return date
    return None


def _stamped(line: str, language: str | None) -> dt.date | None:
    for pattern in (
        _STAMP_MONTH_FIRST,
        _STAMP_DAY_FIRST,
        _STAMP_DOTTED,
        _STAMP_ISO,
        _STAMP_NUMERIC,
    ):
        found = pattern.search(line)
        if found is None:
            continue
        rest = line[: found.start()] + " " + line[found.end() :]
        words = re.findall(r"[^\W\d_]{3,}", rest)
        ends_a_sentence = len(words) > 1 and rest.rstrip().endswith((".", "!", "?"))
        if len(words) > _STAMP_REST_WORDS or re.search(r"[.!?]\s", rest) or ends_a_sentence:
            return None  # a sentence that mentions a date, not a date line
        groups = found.groupdict()
        year = int(groups["year"])
        if "month" in groups:
            month = _MONTHS.get(groups["month"].lower().rstrip("."))
            if month is None:
                continue
            day = int(groups["day"])
        else:
            a, b = int(groups["a"]), int(groups["b"])
            # day first as Spanish-language pages write it; month first in English, when
            # the numbers allow either
            month_first = pattern is _STAMP_NUMERIC and (
                a <= 12 < b or (language == "en" and b <= 12 and a <= 12)
            )
            day, month = (b, a) if month_first else (a, b)
        date = _date(year, month, day)
        if date is not None and year >= _EARLIEST:
            return date
    return None

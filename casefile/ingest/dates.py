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
    r"(?P<place>[A-ZÁÉÍÓÚÑ][\w.'’ -]{1,40}?"
    r"(?:\s*\([^()\n]{2,30}\))?"  # EFE's "Culiacán (México)"
    r"(?:,\s*[A-ZÁÉÍÓÚÑ][\w.'’ -]{1,25}?)?)"
)
_OUTLET = r"(?:\s*\((?P<outlet>[^()\n]{2,40})\))?"
_END = r"\s*(?:\.?\s*[-–—]+|\.|:)"
_SPANISH_DATELINE = re.compile(
    _PLACE
    + r",\s+(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>[A-Za-zé]+)\.?"
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
_DATELINE_PARAGRAPHS = 4
_FUTURE_SLACK = dt.timedelta(days=7)


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
    return None


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

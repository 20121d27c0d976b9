"""What an article's own text says about it: header lines, title, language."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from casefile.ingest.dates import parse_date

_SPANISH = frozenset(
    [
        "de",
        "la",
        "que",
        "el",
        "en",
        "y",
        "los",
        "del",
        "se",
        "las",
        "por",
        "un",
        "para",
        "con",
        "una",
        "su",
        "al",
        "lo",
        "como",
        "más",
        "pero",
        "sus",
        "le",
        "ya",
        "fue",
        "este",
        "ha",
        "porque",
        "esta",
        "entre",
        "cuando",
        "muy",
        "sin",
        "sobre",
        "también",
        "hasta",
        "hay",
        "donde",
        "desde",
        "todo",
        "nos",
        "durante",
        "todos",
        "les",
        "ni",
        "contra",
        "otros",
        "ese",
        "eso",
        "ante",
        "ellos",
        "esto",
        "antes",
        "algunos",
        "qué",
        "unos",
        "otro",
        "otras",
        "otra",
        "él",
        "tanto",
        "esa",
        "estos",
        "mucho",
        "quienes",
        "nada",
        "muchos",
        "cual",
        "según",
        "tras",
        "dijo",
        "será",
        "están",
        "cuyo",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "with",
        "as",
        "was",
        "on",
        "be",
        "at",
        "by",
        "this",
        "have",
        "from",
        "or",
        "an",
        "are",
        "but",
        "not",
        "which",
        "were",
        "has",
        "had",
        "its",
        "their",
        "they",
        "will",
        "would",
        "been",
        "said",
        "after",
        "who",
        "also",
        "more",
        "than",
        "about",
        "into",
        "what",
        "when",
        "there",
        "can",
        "could",
        "should",
        "over",
        "other",
        "these",
        "some",
        "our",
        "we",
        "his",
        "her",
        "him",
        "them",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGE_SAMPLE_WORDS = 5000
_MIN_STOPWORDS = 3
_LANGUAGE_MARGIN = 1.5

_HEADER = re.compile(r"[ \t]*(date|url|title|outlet|author)[ \t]+(\S.*?)[ \t]*")
_DATE_HEADER = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ \t]+(\S.*))?")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.IGNORECASE)
_TITLE_MAX_CHARS = 160
_TITLE_MAX_WORDS = 28


@dataclass
class Header:
    """``date``/``url``/``title``/``outlet``/``author`` lines found at the top of a text."""

    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None


def detect_language(text: str) -> str | None:
    """ "es" or "en" by counting common function words; None when too short or too mixed."""
    spanish = english = 0
    for index, match in enumerate(_WORD.finditer(text)):
        if index >= _LANGUAGE_SAMPLE_WORDS:
            break
        word = match.group().lower()
        spanish += word in _SPANISH
        english += word in _ENGLISH
    if spanish + english < _MIN_STOPWORDS:
        return None
    if spanish >= english * _LANGUAGE_MARGIN and spanish > english:
        return "es"
    if english >= spanish * _LANGUAGE_MARGIN and english > spanish:
        return "en"
    return None


def split_header(text: str) -> tuple[str, Header]:
    """Take header lines off the top of ``text``; return the article body and what they said.

    Header lines are ``date YYYY-MM-DD`` and ``url …`` (also ``title``, ``outlet``,
    ``author``), in any order, before the first paragraph. A ``date`` line may carry the
    first paragraph after the date on the same line; the token is removed and the paragraph
    kept, so the body reads as the article does.
    """
    header = Header()
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        match = _HEADER.fullmatch(lines[index])
        rest = _accept(header, match.group(1), match.group(2)) if match else None
        if rest is None:
            break
        if rest:
            lines[index] = rest
            break
        index += 1
    return "\n".join(lines[index:]).strip(), header


def _accept(header: Header, key: str, value: str) -> str | None:
    """Record one header line; return what follows it on the line ("" if nothing).

    None means the line is not a header after all, so the body starts there.
    """
    if key == "date":
        date_match = _DATE_HEADER.fullmatch(value)
        published = parse_date(date_match.group(1)) if date_match else None
        if date_match is None or published is None or header.published is not None:
            return None
        header.published = published
        return date_match.group(2) or ""
    if key == "url":
        if header.url is not None or not _URL.fullmatch(value):
            return None
        header.url = value
        return ""
    if getattr(header, key) is not None:
        return None
    setattr(header, key, value)
    return ""


def guess_title(body: str) -> str | None:
    """The first line when it is short and headline-shaped, else None."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = lines[0].lstrip("#").strip()
    if (
        not first
        or len(first) > _TITLE_MAX_CHARS
        or len(first.split()) > _TITLE_MAX_WORDS
        or first[-1] in ".,;:"
        or _URL.fullmatch(first)
    ):
        return None
    return first


def first_url(text: str) -> str | None:
    """The first web address in ``text``, if any."""
    match = _URL.search(text)
    return match.group().rstrip(".,;:)»”") if match else None

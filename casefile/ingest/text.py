"""Plain-text articles (.txt, .md, dropped text) and the assembly every reader shares."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from casefile.errors import UnreadableFileError
from casefile.ingest.dates import date_in_url, date_stamp, find_dateline
from casefile.ingest.document import Document
from casefile.ingest.encoding import decode_text
from casefile.ingest.metadata import (
    detect_language,
    first_url,
    guess_title,
    same_as_file_name,
    split_header,
    strip_site_name,
)
from casefile.ingest.outlets import find_outlet, site_domain

_EMAIL_SUFFIX = ".eml"
_OPENING_LINES = 5


@dataclass
class Known:
    """Metadata the container format gave (HTML meta tags, PDF info, e-mail headers).

    ``published`` is a statement of publication (article:published_time, an e-mail's Date)
    and beats a dateline; ``created`` is only when the file was made (PDF CreationDate,
    Word's created) and yields to a dateline that carries a year.
    """

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    created: dt.date | None = None
    author: str | None = None
    language: str | None = None
    reference: dt.date | None = None  # a date to infer a dateline's missing year from


def read_text_file(data: bytes, name: str, suffix: str) -> Document:
    """A .txt or .md file: decode, take the header lines off, read the metadata."""
    text = decode_text(data, name)
    return assemble(text, name=name, content=data, suffix=suffix, known=Known())


def assemble(
    text: str,
    *,
    name: str | None,
    content: bytes,
    suffix: str,
    known: Known,
) -> Document:
    """Build a Document from article text plus what its container said about it.

    Header lines (``date …``, ``url …``) beat the container; the container beats what
    is guessed from the body (dateline, headline-shaped line), except language: counting
    Spanish and English function words in the body is more reliable than a site template's
    ``<html lang>``, which is kept only when the count is undecided.

    The outlet is the site that published the article (the outlet table's name for the
    URL's host, the page's own site name, or the host itself), never the agency a wire
    story's dateline credits: that agency is the author when no author is known.
    """
    body, header = split_header(text)
    if not body:
        what = name or "The dropped text"
        raise UnreadableFileError(key="no_text", name=what)
    # An e-mail that shares an article usually carries its link in the body.
    url = header.url or known.url or (first_url(body) if suffix == _EMAIL_SUFFIX else None)
    url_date = date_in_url(url)
    language = detect_language(body) or known.language
    reference = (
        header.published
        or known.published
        or known.reference
        or url_date
        or _month_end(header.month)
        or known.created
    )
    dateline = find_dateline(body, reference)
    dateline_date = dateline.date if dateline else None
    dateline_agency = dateline.outlet if dateline else None
    opening = [line.strip() for line in body.split("\n", _OPENING_LINES * 4) if line.strip()]
    outlet = header.outlet or find_outlet(
        url, site_name=known.outlet, lines=opening[:_OPENING_LINES], text=body
    )
    return Document(
        text=body,
        title=header.title
        or _known_title(known, outlet, url, name)
        or guess_title(body, url=url, outlet=outlet, name=name),
        outlet=outlet,
        url=url,
        published=header.published
        or known.published
        or _in_month(header.month, dateline_date, url_date, lambda: date_stamp(body, language))
        or known.created,
        language=language,
        author=header.author or known.author or dateline_agency,
        original_name=name,
        content=content,
        suffix=suffix,
    )


def _month_end(month: dt.date | None) -> dt.date | None:
    """The last day of ``month`` (given by its first day)."""
    if month is None:
        return None
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def _in_month(
    month: dt.date | None,
    dateline: dt.date | None,
    address: dt.date | None,
    date_line: Callable[[], dt.date | None],
) -> dt.date | None:
    """The first of the dateline's, the address's and the date line's dates (the last read
    only when needed) in the month a month-only date line gives, or the first of them when
    there is no such line."""

    def fits(date: dt.date | None) -> bool:
        return date is not None and (
            month is None or (date.year, date.month) == (month.year, month.month)
        )

    for date in (dateline, address):
        if fits(date):
            return date
    stamped = date_line()
    return stamped if fits(stamped) else None


def _known_title(known: Known, outlet: str | None, url: str | None, name: str | None) -> str | None:
    """The container's title without the site's name, unless it is only the file's name."""
    if not known.title:
        return None
    names = [each for each in (outlet, known.outlet, site_domain(url)) if each]
    title = strip_site_name(known.title, names)
    return None if same_as_file_name(title, name) else title

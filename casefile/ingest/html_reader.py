"""Saved web pages and HTML dropped from a browser: the article body, not the page around it."""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

import trafilatura
from trafilatura.settings import use_config

from casefile.ingest.dates import parse_date
from casefile.ingest.document import MAX_FILE_BYTES, Document
from casefile.ingest.encoding import clean_text, decode_text
from casefile.ingest.figures import page_figures
from casefile.ingest.html_text import PageFacts, parse_page
from casefile.ingest.text import Known, assemble

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_FIGURE = re.compile(r"<(/?)figure\b", re.IGNORECASE)
_FIGCAPTION = re.compile(r"<(/?)figcaption\b", re.IGNORECASE)
_FRAGMENT_MARK = re.compile(r"<!--\s*StartFragment\s*-->", re.IGNORECASE)
_PAGE_TAG = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# trafilatura's time grows quickly with the number of elements (15 s for 400,000), and a
# real article page has a few thousand; pages with more tags than this use the plain reader.
_MAX_TREE_ELEMENTS = 50_000

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher")
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "parsely-author")

logging.getLogger("trafilatura").setLevel(logging.ERROR)

_CONFIG = use_config()  # the packaged defaults, read from disk; nothing is downloaded
_CONFIG.set("DEFAULT", "MAX_TREE_SIZE", str(_MAX_TREE_ELEMENTS))
_CONFIG.set("DEFAULT", "MAX_FILE_SIZE", str(2 * MAX_FILE_BYTES))  # text may outgrow its bytes


def read_html_file(data: bytes, name: str, suffix: str, folder: Path | None = None) -> Document:
    """A saved web page (.html, .htm); ``folder`` is where it was saved, with its pictures."""
    html = _decode_html(data, name)
    document = read_html(html, name=name, content=data, suffix=suffix, base_url=None)
    document.figures = page_figures(html, folder, name)
    return document


def read_html(
    html: str, *, name: str | None, content: bytes, suffix: str, base_url: str | None
) -> Document:
    """Article text and metadata from HTML: a whole page, or a selection from a browser."""
    # A browser selection (clipboard HTML, or markup without <html>/<body>) is all article:
    # the analyst chose it, so nothing in it is dropped as page furniture.
    selection = _FRAGMENT_MARK.search(html) is not None or _PAGE_TAG.search(html) is None
    facts, fallback_text = parse_page(html, drop_chrome=not selection)
    text = "" if selection else _article_body(html)
    if not text.strip():
        text = fallback_text or parse_page(html, drop_chrome=False)[1]
    return assemble(text, name=name, content=content, suffix=suffix, known=_known(facts, base_url))


def _article_body(html: str) -> str:
    """trafilatura's article body, paragraphs separated by blank lines; "" if it finds none."""
    # trafilatura drops <figure> with its caption; photo captions are evidence, so keep them.
    if html.count("<") > _MAX_TREE_ELEMENTS:
        return ""
    prepared = _FIGCAPTION.sub(r"<\1p", _FIGURE.sub(r"<\1div", html))
    try:
        body = trafilatura.extract(
            prepared,
            fast=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            config=_CONFIG,
        )
    except Exception:  # any parser failure means "use the plain reader"
        return ""
    if not body:
        return ""
    return "\n\n".join(line.strip() for line in body.split("\n") if line.strip())


def _known(facts: PageFacts, base_url: str | None) -> Known:
    meta = facts.meta
    published = next(
        (date for key in _PUBLISHED_KEYS if key in meta and (date := parse_date(meta[key]))),
        None,
    )
    author = _first(meta, _AUTHOR_KEYS)
    if author and "://" in author:
        author = None  # article:author is often a profile URL, not a name
    return Known(
        title=_first(meta, _TITLE_KEYS) or facts.title,
        outlet=_first(meta, _OUTLET_KEYS),
        url=facts.canonical or meta.get("og:url") or base_url,
        published=published,
        created=parse_date(facts.time) if facts.time else None,
        author=author,
        language=_language(facts.lang or meta.get("og:locale") or meta.get("language")),
    )


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((" ".join(meta[key].split()) for key in keys if meta.get(key)), None)


def _language(code: str | None) -> str | None:
    if not code:
        return None
    primary = code.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in ("es", "en") else None


def _decode_html(data: bytes, name: str) -> str:
    """Decode with the page's declared charset when it is right, else detect it."""
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith(_BOMS):
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
            if codec in ("latin-1", "iso8859-1", "ascii"):
                codec = "cp1252"  # what browsers do: these labels mean Windows-1252
            return clean_text(data.decode(codec), name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect instead
    return decode_text(data, name)

"""PDF articles: the text layer read with pypdf, lines joined back into paragraphs."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from casefile.errors import UnreadableFileError
from casefile.ingest.dates import parse_date
from casefile.ingest.document import Document
from casefile.ingest.encoding import clean_text
from casefile.ingest.text import Known, assemble

_PLACEHOLDERS = frozenset({"untitled", "anonymous", "(anonymous)", "unspecified", "unknown", ""})
_WORD_EXPORT = re.compile(r"^Microsoft (?:Word|PowerPoint) - ", re.IGNORECASE)
_SENTENCE_END = tuple('.!?:”»"')
_FULL_LINE_SHARE = 0.8  # a line this close to the page's measure wraps into the next one

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, name: str) -> Document:
    """A PDF with a text layer; encrypted, damaged or scanned-only PDFs are refused."""
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader, name)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        known = Known(
            title=_meaningful(_WORD_EXPORT.sub("", info.title or "")) if info else None,
            author=_meaningful(info.author or "") if info else None,
            created=_creation_date(info.get("/CreationDate")) if info else None,
        )
    except UnreadableFileError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise UnreadableFileError(
            f"{name}: the PDF is damaged and cannot be read ({type(exc).__name__})"
        ) from exc
    text = "\n\n".join(_paragraphs(page) for page in pages if page.strip())
    if not text.strip():
        raise UnreadableFileError(
            f"{name}: the PDF has no readable text layer (a scan? run OCR on it first)"
        )
    return assemble(clean_text(text, name), name=name, content=data, suffix=".pdf", known=known)


def _unlock(reader: PdfReader, name: str) -> None:
    """Open PDFs that are encrypted with an empty user password; refuse the rest."""
    if not reader.is_encrypted:
        return
    try:
        opened = bool(reader.decrypt(""))
    except (DependencyError, NotImplementedError) as exc:
        raise UnreadableFileError(
            f"{name}: the PDF is encrypted in a way Casefile cannot open; "
            "save an unprotected copy and try again"
        ) from exc
    except (FileNotDecryptedError, PdfReadError):
        opened = False
    if not opened:
        raise UnreadableFileError(
            f"{name}: the PDF is password-protected; save an unprotected copy and try again"
        )


def _meaningful(value: str) -> str | None:
    value = " ".join(value.split())
    return None if value.lower() in _PLACEHOLDERS else value


def _creation_date(value: object) -> dt.date | None:
    return parse_date(str(value)) if value else None


def _paragraphs(page: str) -> str:
    """Rejoin the lines of a page: a line filling the measure runs on; a short one ends."""
    lines = [line.strip() for line in page.split("\n")]
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return ""
    measure = widths[int(len(widths) * 0.9) - 1 if len(widths) > 1 else 0]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            _flush(current, paragraphs)
            continue
        current.append(line)
        if len(line) < measure * _FULL_LINE_SHARE or (
            line.endswith(_SENTENCE_END) and len(line) < measure * 0.95
        ):
            _flush(current, paragraphs)
    _flush(current, paragraphs)
    return "\n\n".join(paragraphs)


def _flush(current: list[str], paragraphs: list[str]) -> None:
    if current:
        paragraphs.append(" ".join(current))
        current.clear()

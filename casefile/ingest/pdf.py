"""PDF articles: the text layer read with pypdf, lines joined back into paragraphs.

A PDF with no text layer, or one of garbage (``scan.is_garbage``), is a scan: its pages are
read by OCR instead (``casefile.ingest.scan``).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from dataclasses import dataclass

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from casefile.errors import UnreadableFileError
from casefile.ingest.dates import parse_date
from casefile.ingest.document import Document
from casefile.ingest.encoding import clean_text
from casefile.ingest.ocr import Steps
from casefile.ingest.scan import is_garbage, read_pages
from casefile.ingest.text import Known, assemble

_PLACEHOLDERS = frozenset({"untitled", "anonymous", "(anonymous)", "unspecified", "unknown", ""})
_WORD_EXPORT = re.compile(r"^Microsoft (?:Word|PowerPoint) - ", re.IGNORECASE)
# Lines of one paragraph sit about 1.2 font sizes apart; a wider gap is paragraph spacing.
_PARAGRAPH_GAP = 1.5

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, name: str, steps: Steps | None = None) -> Document:
    """A PDF's text, from its text layer or, for a scan, by OCR; encrypted or damaged PDFs
    are refused. ``steps`` follows (and may stop) the reading of a scan page by page."""
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader, name)
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata
        known = Known(
            title=_meaningful(_WORD_EXPORT.sub("", info.title or "")) if info else None,
            author=_meaningful(info.author or "") if info else None,
            created=_creation_date(info.get("/CreationDate")) if info else None,
        )
    except UnreadableFileError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise UnreadableFileError(key="pdf_damaged", name=name, detail=type(exc).__name__) from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    scanned = is_garbage(text, len(pages))
    if scanned:
        text = read_pages(data, name, steps or Steps())
        # A scan was made when the paper was scanned, often long after it was printed: that
        # day would date "el pasado jueves" wrongly, so only the text's own dates count.
        known.created = None
    document = assemble(clean_text(text, name), name=name, content=data, suffix=".pdf", known=known)
    document.read_by_ocr = scanned
    return document


def _unlock(reader: PdfReader, name: str) -> None:
    """Open PDFs that are encrypted with an empty user password; refuse the rest."""
    if not reader.is_encrypted:
        return
    try:
        opened = bool(reader.decrypt(""))
    except (DependencyError, NotImplementedError) as exc:
        raise UnreadableFileError(key="pdf_encryption", name=name) from exc
    except (FileNotDecryptedError, PdfReadError):
        opened = False
    if not opened:
        raise UnreadableFileError(key="pdf_password", name=name)


def _meaningful(value: str) -> str | None:
    value = " ".join(value.split())
    return None if value.lower() in _PLACEHOLDERS else value


def _creation_date(value: object) -> dt.date | None:
    return parse_date(str(value)) if value else None


@dataclass
class _Line:
    text: str = ""
    y: float | None = None
    size: float = 0.0


def _page_text(page: PageObject) -> str:
    """The page's text with its lines rejoined into paragraphs by their vertical spacing."""
    lines: list[_Line] = [_Line()]

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        line = lines[-1]
        if text.strip():
            if line.y is None:
                line.y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            line.size = max(line.size, abs(size * tm[3] * cm[3]) or size)
        line.text += text
        if text.endswith("\n"):
            lines.append(_Line())

    plain = page.extract_text(visitor_text=visit) or ""
    placed = [line for line in lines if line.text.strip()]
    if "".join(line.text for line in lines).strip() != plain.strip() or not placed:
        return plain  # the visitor saw something else than the text: keep pypdf's lines
    return _rejoin(placed)


def _rejoin(lines: list[_Line]) -> str:
    """A new paragraph where the gap above a line is wider than its leading or the size changes."""
    paragraphs: list[list[str]] = [[]]
    previous: _Line | None = None
    for line in lines:
        if previous is not None and _starts_paragraph(previous, line):
            paragraphs.append([])
        paragraphs[-1].append(" ".join(line.text.split()))
        previous = line
    return "\n\n".join(" ".join(part) for part in paragraphs if part)


def _starts_paragraph(previous: _Line, line: _Line) -> bool:
    if previous.y is None or line.y is None or not previous.size or not line.size:
        return True
    gap = previous.y - line.y
    same_size = abs(previous.size - line.size) <= 0.1 * max(previous.size, line.size)
    return not same_size or gap <= 0 or gap > _PARAGRAPH_GAP * line.size

"""Reading articles: one reader per format, each returning a Document.

``read(path)`` for dropped files, ``read_text``/``read_html_string``/``read_url`` for what
a browser drops, ``iter_article_files`` to expand dropped folders. Nothing here touches
the network: a dropped link is stored as a link, never fetched.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from casefile.errors import UnreadableFileError
from casefile.ingest.document import (
    HTML_SUFFIXES,
    IMAGE_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_SCAN_BYTES,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    Document,
    Figure,
)
from casefile.ingest.encoding import clean_text
from casefile.ingest.folders import iter_article_files
from casefile.ingest.metadata import detect_language
from casefile.ingest.ocr import OcrCancelled, Steps
from casefile.ingest.text import Known, assemble, read_text_file

# The HTML, PDF, DOCX and e-mail readers are imported where they are first used: their
# libraries (trafilatura, pypdf, python-docx) take ~0.3 s to load, which the window's start
# should not pay before anything is dropped.

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_SCAN_BYTES",
    "SUPPORTED_SUFFIXES",
    "Document",
    "Figure",
    "OcrCancelled",
    "Steps",
    "detect_language",
    "iter_article_files",
    "read",
    "read_bytes",
    "read_html_string",
    "read_text",
    "read_url",
]

_MEGABYTE = 1024 * 1024


def read(path: Path, steps: Steps | None = None) -> Document:
    """Read one dropped file; raise UnreadableFileError saying why it cannot be a source.

    ``steps`` follows the pages of a scan or an image read by OCR, and may stop it
    (``OcrCancelled``) between two pages.
    """
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(name, suffix)
    try:
        if path.is_dir():
            raise UnreadableFileError(key="is_folder", name=name)
        size = path.stat().st_size
        _check_size(name, size, suffix)
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError(key="file_gone", name=name) from None
    except PermissionError:
        raise UnreadableFileError(key="file_forbidden", name=name) from None
    except OSError as exc:
        raise UnreadableFileError(key="file_unreadable", name=name, detail=exc.strerror) from None
    return read_bytes(data, name, steps, folder=path.parent)


def read_bytes(
    data: bytes, name: str, steps: Steps | None = None, *, folder: Path | None = None
) -> Document:
    """Read a file's bytes as the format its name's suffix says (used for e-mail attachments).

    ``folder`` is where the file was, for a saved page's pictures beside it."""
    suffix = Path(name).suffix.lower()
    _check_size(name, len(data), suffix)
    if not data.strip():
        raise UnreadableFileError(key="file_empty", name=name)
    if suffix in TEXT_SUFFIXES:
        return read_text_file(data, name, suffix)
    if suffix in HTML_SUFFIXES:
        from casefile.ingest.html_reader import read_html_file

        return read_html_file(data, name, suffix, folder)
    if suffix == ".pdf":
        from casefile.ingest.pdf import read_pdf

        return read_pdf(data, name, steps)
    if suffix in IMAGE_SUFFIXES:
        from casefile.ingest.image import read_image

        return read_image(data, name, suffix, steps)
    if suffix == ".docx":
        from casefile.ingest.docx_reader import read_docx

        return read_docx(data, name)
    if suffix == ".eml":
        from casefile.ingest.eml import read_eml

        # An attached scan is read with the same progress and cancel as a dropped one.
        return read_eml(data, name, lambda part, part_name: read_bytes(part, part_name, steps))
    raise _unsupported(name, suffix)


def read_text(text: str, *, title: str | None = None) -> Document:
    """Text dropped or pasted from a browser selection; stored as UTF-8 .txt."""
    content = text.encode("utf-8")
    _check_size("The dropped text", len(content))
    cleaned = clean_text(text, "The dropped text")
    document = assemble(cleaned, name=None, content=content, suffix=".txt", known=Known())
    document.title = title or document.title
    return document


def read_html_string(html: str, *, base_url: str | None = None) -> Document:
    """HTML dropped from a browser (a selection or a whole page); never fetches anything."""
    from casefile.ingest.figures import page_figures
    from casefile.ingest.html_reader import read_html

    content = html.encode("utf-8")
    _check_size("The dropped page", len(content))
    cleaned = clean_text(html, "The dropped page")
    document = read_html(cleaned, name=None, content=content, suffix=".html", base_url=base_url)
    document.figures = page_figures(cleaned, None)  # inline pictures only: nothing is fetched
    return document


def read_url(url: str, *, title: str | None = None) -> Document:
    """A dropped link, kept as a reference to read later; it is never fetched."""
    address = url.strip()
    parts = urlsplit(address)
    if not parts.scheme or not (parts.netloc or parts.path):
        if not address:
            raise UnreadableFileError(key="empty_link")
        raise UnreadableFileError(key="not_a_web_address", address=address)
    label = " ".join(title.split()) if title else None
    text = f"{label}\n\n{address}" if label else address
    host = parts.hostname or ""
    return Document(
        text=text,
        title=label,
        outlet=host.removeprefix("www.") or None,
        url=address,
        published=None,
        language=detect_language(label) if label else None,
        content=address.encode("utf-8"),
        suffix="",
    )


def _check_size(name: str, size: int, suffix: str = "") -> None:
    limit = MAX_SCAN_BYTES if suffix == ".pdf" or suffix in IMAGE_SUFFIXES else MAX_FILE_BYTES
    if size > limit:
        raise UnreadableFileError(
            key="file_too_large", name=name, size=size / _MEGABYTE, limit=limit // _MEGABYTE
        )


def _unsupported(name: str, suffix: str) -> UnreadableFileError:
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    if suffix:
        return UnreadableFileError(key="unsupported_suffix", name=name, suffix=suffix, kinds=kinds)
    return UnreadableFileError(key="unsupported_no_suffix", name=name, kinds=kinds)

"""Word documents (.docx): paragraphs and tables in order, with the document's properties."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from casefile.errors import UnreadableFileError
from casefile.ingest.document import MAX_FILE_BYTES
from casefile.ingest.document import Document as Article
from casefile.ingest.encoding import clean_text
from casefile.ingest.text import Known, assemble

_MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES  # refuse zip bombs before python-docx unpacks them


def read_docx(data: bytes, name: str) -> Article:
    """A .docx file; a renamed zip, an old .doc or a damaged file is refused."""
    _check_package(data, name)
    try:
        word = docx.Document(io.BytesIO(data))
        text = "\n\n".join(_blocks(word))
        properties = word.core_properties
        known = Known(
            title=(properties.title or "").strip() or None,
            author=(properties.author or "").strip() or None,
            created=properties.created.date() if properties.created else None,
        )
    except Exception as exc:  # python-docx raises many types on bad packages
        raise UnreadableFileError(
            key="docx_unreadable", name=name, detail=type(exc).__name__
        ) from exc
    return assemble(clean_text(text, name), name=name, content=data, suffix=".docx", known=known)


def _check_package(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableFileError(key="not_docx", name=name) from exc
    if not any(entry.filename == "word/document.xml" for entry in entries):
        raise UnreadableFileError(key="zip_not_word", name=name)
    if sum(entry.file_size for entry in entries) > _MAX_UNPACKED_BYTES:
        raise UnreadableFileError(key="docx_too_large", name=name)


def _blocks(word: WordDocument) -> list[str]:
    """Paragraph and table texts in document order (tables one row per line)."""
    blocks: list[str] = []
    for item in word.iter_inner_content():
        if isinstance(item, Paragraph):
            if item.text.strip():
                blocks.append(item.text.strip())
        elif isinstance(item, Table):
            rows = [" | ".join(cell.text.strip() for cell in row.cells) for row in item.rows]
            blocks.append("\n".join(row for row in rows if row.strip(" |")))
    return [block for block in blocks if block]

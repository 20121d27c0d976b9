"""The value every reader returns: an article's text and what is known about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casefile.domain import SourceKind

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file (or dropped text) Casefile reads: 20 MiB, far above any article."""

MAX_SCAN_BYTES = 300 * 1024 * 1024
"""Largest PDF or image: a photo straight from a camera, a scan of a few hundred pages."""

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"})
SUPPORTED_SUFFIXES = frozenset(
    {*TEXT_SUFFIXES, *HTML_SUFFIXES, *IMAGE_SUFFIXES, ".pdf", ".docx", ".eml"}
)


@dataclass
class Figure:
    """A picture that goes with a caption: a photo's own caption (``caption`` and ``credit``
    from its metadata, empty when it has none), or a saved page's figure (the caption it
    stands beside). ``data`` is the picture's bytes, ``suffix`` its type (".jpg")."""

    caption: str
    credit: str
    data: bytes
    suffix: str


@dataclass
class Document:
    """An article as read from a file, a drop or a link.

    ``text`` is what the analyst reads; offsets of extracted items index into it.
    ``content`` is the original bytes, hashed and stored as the source's file.
    """

    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    language: str | None
    author: str | None = None
    kind: SourceKind = SourceKind.ARTICLE
    original_name: str | None = None
    content: bytes = b""
    suffix: str = ""
    attachments: list[Document] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    read_by_ocr: bool = False  # the text was recognised in pictures of pages

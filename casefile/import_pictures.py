"""The pictures an import keeps: a photo source's own picture, and a saved page's figures.

A saved page's figure is kept only when a proposed caption is its caption (matched on their
words), so that no picture is stored that no row names; a photo's own picture is the source's
stored file, proposed as a caption of its own (an empty one, to write, when its file had none).
Thumbnails are made in the import's worker, once the rows are committed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from casefile import ingest
from casefile.domain import Review, SourceKind
from casefile.files import content_hash
from casefile.library import Library
from casefile.models import Caption, Source
from casefile.storage import LibraryWriteError, write_failure

if TYPE_CHECKING:
    from casefile.extract import CaptionProposal

_MATCHED_SHARE = 0.8  # of the shorter caption's words, for a figure to be a caption's


@dataclass
class Pictures:
    """Where an import's pictures are stored: by proposed caption, and the photo's own."""

    by_caption: dict[int, str] = field(default_factory=dict)  # caption's index → stored path
    photo: str = ""  # an image source's picture: its own stored file
    written: list[str] = field(default_factory=list)  # files this import wrote, to undo

    def all(self) -> list[str]:
        return [*self.by_caption.values(), *([self.photo] if self.photo else [])]


def store_pictures(
    library: Library,
    document: ingest.Document,
    captions: Sequence[CaptionProposal],
    stored: str,
    name: str,
) -> Pictures:
    """Store the figures that a proposed caption stands beside; ``stored`` is the source's own
    file (an image source's picture). A write that fails takes back what this call wrote."""
    pictures = Pictures(photo=stored if document.kind == SourceKind.IMAGE else "")
    figures = [f for f in document.figures if not (stored and f.data == document.content)]
    for index, caption in enumerate(captions):
        figure = _figure_of(caption.caption, figures)
        if figure is None:
            continue
        digest = content_hash(figure.data)
        try:
            existed = library.files.has(library.files.relative_path(digest, figure.suffix))
            path = library.files.put(figure.data, digest, figure.suffix)
        except OSError as exc:
            forget_unlisted(library, pictures.written)
            failure = write_failure(exc, library.folder) or LibraryWriteError(
                key="file_not_stored", name=name, folder=library.folder, detail=exc.strerror
            )
            raise failure from exc
        pictures.by_caption[index] = path
        if not existed:
            pictures.written.append(path)
    return pictures


def _figure_of(caption: str, figures: list[ingest.Figure]) -> ingest.Figure | None:
    """The figure whose caption is this proposed caption (taken off the list)."""
    wanted = _caption_words(caption)
    if not wanted:
        return None
    for figure in figures:
        words = _caption_words(figure.caption)
        if words and len(wanted & words) >= _MATCHED_SHARE * min(len(wanted), len(words)):
            figures.remove(figure)
            return figure
    return None


def _caption_words(text: str) -> set[str]:
    return {word for word in re.findall(r"\w+", text.casefold()) if len(word) > 2}


def photo_captions(
    case_id: int, document: ingest.Document, pictures: Pictures, evidence: dict[str, Any]
) -> list[Caption]:
    """A photo's own caption from its metadata, with its picture; with none, an empty caption
    is proposed, which the review asks the analyst to write."""
    made = []
    for figure in document.figures:
        caption = figure.caption
        start = document.text.find(caption) if caption else -1
        made.append(
            Caption(
                case_id=case_id,
                caption=caption,
                credit=figure.credit,
                image_file=pictures.photo,
                evidence_start=start if start >= 0 else None,
                evidence_end=start + len(caption) if start >= 0 else None,
                evidence_text=caption,
                # An empty caption stays proposed even in an accepting import: someone writes it.
                review=evidence["review"] if caption else Review.PROPOSED.value,
                source_id=evidence["source_id"],
            )
        )
    return made


def make_thumbnails(library: Library, pictures: Pictures) -> None:
    """Thumbnails and previews made in the import's worker (``casefile.thumbnails``)."""
    from casefile.thumbnails import make_thumbnails as make

    make(library.files, pictures.all())


def forget_unlisted(library: Library, paths: Iterable[str]) -> None:
    """Remove the files among ``paths`` that no source or caption names (an import undone)."""
    for path in paths:
        if path and not is_listed(library, path):
            library.files.remove(path)


def is_listed(library: Library, stored: str) -> bool:
    """Whether a source's original or a caption's picture is the stored file ``stored``."""
    with library.session() as session:
        if session.exec(select(Source.id).where(Source.stored_file == stored)).first():
            return True
        query = select(Caption.id).where(Caption.image_file == stored)
        return session.exec(query).first() is not None

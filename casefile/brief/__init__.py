"""A case's brief as a PDF: ``build(library, case_id, BriefOptions(...), out_path, progress)``.

Only accepted items are printed. The PDF is written under a temporary name beside
``out_path`` and renamed when complete, so a failed build leaves no file behind. It is a
PDF/A-2b file: ReportLab lays it out with embedded fonts only, pdfa.py adds the rest.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from casefile.brief.content import ALL_SECTIONS, SECTION_ORDER, BriefOptions, collect
from casefile.brief.fonts import SANS
from casefile.brief.labels import labels_for
from casefile.brief.layout import Story
from casefile.brief.pages import RunningText, numbered_canvas
from casefile.brief.pdfa import to_pdfa
from casefile.brief.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    make_styles,
    page_size,
)
from casefile.errors import CasefileError
from casefile.library import Library

__all__ = ["ALL_SECTIONS", "SECTION_ORDER", "BriefOptions", "BriefReport", "build"]

Progress = Callable[[int, int], None]
_COLLECT_STEPS = 5


@dataclass(frozen=True)
class BriefReport:
    """What was written: the file, its page count and how many source notes it lists."""

    path: Path
    pages: int
    notes: int


class _Counting:
    """Forwards progress to the caller and remembers an error it raised (e.g. a cancel)."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self.raised: BaseException | None = None
        self.total = _COLLECT_STEPS + 1
        self.offset = 0

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        try:
            self._progress(done, total)
        except BaseException as exc:
            self.raised = exc
            raise

    def layout_event(self, kind: str, value: int) -> None:
        """ReportLab's progress: the story's size, then flowables done; pages check a cancel."""
        if kind == "SIZE_EST":
            self.total = _COLLECT_STEPS + value + 1
        elif kind == "PROGRESS":
            self.offset = value
            self(min(_COLLECT_STEPS + value, self.total - 1), self.total)
        elif kind == "PAGE":
            self(min(_COLLECT_STEPS + self.offset, self.total - 1), self.total)


def build(
    library: Library,
    case_id: int,
    options: BriefOptions,
    out_path: Path,
    progress: Progress | None = None,
) -> BriefReport:
    """Write the brief of case ``case_id`` to ``out_path``; raises CasefileError on failure.

    ``progress(done, total)`` is called as the build advances; an exception it raises stops
    the build, leaves no file and propagates unchanged.
    """
    out_path = Path(out_path)
    labels = labels_for(options.language)
    counting = _Counting(progress)
    content = collect(
        library,
        case_id,
        options,
        lambda done, _total: counting(done, _COLLECT_STEPS + 1),
    )
    styles = make_styles()
    story = Story(content, options, labels, styles).flowables()
    running = RunningText(
        content.title, labels.page, options.classification, page_size(options.paper)
    )
    temp = _temp_beside(out_path)
    try:
        laid_out = io.BytesIO()
        doc = _document(laid_out, content.title, options, labels.brief)
        doc.setProgressCallBack(counting.layout_event)
        doc.build(story, canvasmaker=numbered_canvas(running))
        created = dt.datetime.now().astimezone().replace(microsecond=0)
        temp.write_bytes(to_pdfa(laid_out.getvalue(), created))
        os.replace(temp, out_path)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if exc is counting.raised or isinstance(exc, CasefileError | KeyboardInterrupt):
            raise
        if isinstance(exc, OSError):
            raise CasefileError(f"Cannot write {out_path}: {_reason(exc)}.") from exc
        raise CasefileError(f"The brief of {content.title!r} could not be laid out: {exc}") from exc
    counting(counting.total, counting.total)
    return BriefReport(path=out_path, pages=doc.page, notes=len(content.notes))


def _document(out: io.BytesIO, title: str, options: BriefOptions, kind: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        out,
        pagesize=page_size(options.paper),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=", ".join(part for part in (options.author, options.organisation) if part),
        subject=f"{kind}: {title}",
        creator="Casefile",
        lang=options.language,
        # The canvas's own first font, otherwise Helvetica: named on every page, never embedded.
        initialFontName=SANS,
    )
    # No frame padding: text lines up with the running head's rules.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _temp_beside(out_path: Path) -> Path:
    """A new empty file in ``out_path``'s folder, so the final rename stays on one disk."""
    try:
        fd, name = tempfile.mkstemp(
            dir=out_path.parent, prefix=f".{out_path.stem}.", suffix=".pdf-partial"
        )
    except OSError as exc:
        raise CasefileError(f"Cannot write {out_path}: {_reason(exc)}.") from exc
    os.close(fd)
    return Path(name)


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "it is a folder"
    return exc.strerror or str(exc)

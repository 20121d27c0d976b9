"""Running heads and feet: case title, "page N of M", and the classification marking.

"of M" needs the page count, known only at the end: the canvas keeps each page's state and
draws the heads and feet on all of them when the document is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from casefile.brief.fonts import SANS, SANS_BOLD
from casefile.brief.styles import (
    HAIRLINE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARKING,
    MUTED,
)

_MAX_HEAD_CHARS = 90


@dataclass(frozen=True)
class RunningText:
    """What every page repeats."""

    case_title: str
    page_label: str  # "Page {n} of", the total follows
    classification: str
    page_size: tuple[float, float]


def numbered_canvas(running: RunningText) -> type[Canvas]:
    """A canvas class that draws ``running`` on every page once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self._page_bookmarks: list[tuple[str, dict[str, Any]]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:
            # A bookmark binds to the page being written, so it waits for its page's replay.
            self._page_bookmarks.append((key, kwargs))

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._page_bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                decorate(self, running, total)
                for key, kwargs in state["_page_bookmarks"]:
                    super().bookmarkPage(key, **kwargs)
                super().showPage()
            super().save()

    return NumberedCanvas


def decorate(canvas: Canvas, running: RunningText, total: int) -> None:
    """Draw the head (title, marking) and foot (marking, page N of M) of the current page."""
    width, height = running.page_size
    number = canvas.getPageNumber()
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    head_y = height - MARGIN_TOP + 12
    foot_y = MARGIN_BOTTOM - 16
    canvas.saveState()
    if running.classification:
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.setFillColor(MARKING)
        marking = running.classification.upper()
        canvas.drawCentredString(width / 2, height - 14, marking)
        canvas.drawCentredString(width / 2, 10, marking)
    if number > 1:  # the cover carries the title already
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, head_y, _shortened(running.case_title))
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.4)
        canvas.line(left, head_y - 5, right, head_y - 5)
        canvas.line(left, foot_y + 10, right, foot_y + 10)
        page = f"{running.page_label.format(n=number)} {total}"
        canvas.drawRightString(right, foot_y, page)
    canvas.restoreState()


def _shortened(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= _MAX_HEAD_CHARS else title[: _MAX_HEAD_CHARS - 1] + "…"

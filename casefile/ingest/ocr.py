"""Text from pictures of text (scans, screenshots, photographed pages) with Tesseract.

Tesseract runs as a separate program (through pytesseract), one page at a time, in Spanish and
English together. Its words come back with their block, paragraph and line numbers, from which
the page's paragraphs are rebuilt the way every other reader gives them: lines of a paragraph
joined by spaces (a word split by a hyphen at a line's end joined again), paragraphs apart by
a blank line. Evidence offsets then index into this text like into any article's.

A page read with few confident words is a photograph, not a page of text (``Page.is_text``):
an image source keeps such a reading out of its text.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.errors import UnreadableFileError

if TYPE_CHECKING:
    from PIL.Image import Image

LANGUAGES = "spa+eng"
# Tesseract reads best at about 300 dpi; a page rendered from a PDF is drawn at this resolution
# and an image much smaller than a page at that resolution is enlarged before reading.
DPI = 300
MIN_WORD_CONFIDENCE = 60  # of 100: below it a "word" is usually a speck or a texture
MIN_TEXT_WORDS = 12  # fewer confident words than this: a photo with a sign in it, not a page
_LARGEST_SIDE = 6000  # pixels; larger scans are reduced first (Tesseract's time grows with area)


class OcrCancelled(Exception):
    """The analyst stopped a reading between two pages; nothing of it is kept."""


@dataclass
class Steps:
    """Progress over a long reading (page ``done`` of ``total``) and the question whether to
    stop, both optional; a reader calls ``page(done, total)`` before each page."""

    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def page(self, done: int, total: int) -> None:
        """Say page ``done`` of ``total`` starts (``total`` when all are read), unless the
        analyst asked to stop: then OcrCancelled."""
        if self.cancelled is not None and self.cancelled():
            raise OcrCancelled
        if self.progress is not None:
            self.progress(done, total)


@dataclass
class Page:
    """One page as Tesseract read it."""

    text: str
    confident_words: int = 0

    @property
    def is_text(self) -> bool:
        """Whether the picture holds enough legible words to be a page of text."""
        return self.confident_words >= MIN_TEXT_WORDS


# Where an installer built by packaging/casefile.spec puts its own Tesseract, beside the app.
BUNDLED_FOLDER = "tesseract"


@cache
def tesseract_ready() -> bool:
    """Whether the Tesseract program and its Spanish and English data are installed (the
    installers' own copy first, else the system's); pytesseract is pointed at it."""
    program = _tesseract_program()
    if program is None:
        return False
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = program
    try:
        languages = set(pytesseract.get_languages(config=""))
    except (OSError, RuntimeError, pytesseract.TesseractError):
        return False
    return {"spa", "eng"} <= languages


# An app opened from the Finder does not get the shell's PATH, where Homebrew puts its programs.
_HOMEBREW = (Path("/opt/homebrew/bin/tesseract"), Path("/usr/local/bin/tesseract"))


def _tesseract_program() -> str | None:
    """The Tesseract to run: an installer's own (with its data), the one on the PATH, or on
    macOS Homebrew's; None when there is none."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a built application
    if bundle is not None:
        folder = Path(bundle) / BUNDLED_FOLDER
        program = folder / ("tesseract.exe" if sys.platform == "win32" else "tesseract")
        if program.is_file():
            os.environ.setdefault("TESSDATA_PREFIX", str(folder / "tessdata"))
            return str(program)
    found = shutil.which("tesseract")
    if found is None and sys.platform == "darwin":
        found = next((str(path) for path in _HOMEBREW if path.is_file()), None)
    return found


def require_tesseract(name: str) -> None:
    """Raise a sentence saying how to install Tesseract when it is missing."""
    if not tesseract_ready():
        raise UnreadableFileError(key="ocr_missing", name=name)


def recognise(image: Image, name: str) -> Page:
    """Read the text in ``image`` (any mode and size) as paragraphs; ``name`` is the file's,
    for a refusal."""
    import pytesseract

    prepared = _prepared(image)
    try:
        data = pytesseract.image_to_data(
            prepared,
            lang=LANGUAGES,
            config="--psm 3",
            output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractError as exc:
        raise UnreadableFileError(key="ocr_failed", name=name, detail=str(exc.message)) from exc
    return _page(data)


def _prepared(image: Image) -> Image:
    """Greyscale, at a size Tesseract reads well."""
    from PIL import Image as PILImage

    picture = image.convert("L") if image.mode != "L" else image
    largest = max(picture.size)
    if largest > _LARGEST_SIDE:
        scale = _LARGEST_SIDE / largest
    elif largest < 1000:  # a small screenshot: text a few pixels high reads badly
        scale = 2.0
    else:
        return picture
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    return picture.resize(size, PILImage.Resampling.LANCZOS)


def _page(data: dict[str, list[object]]) -> Page:
    paragraphs: dict[tuple[int, int], list[_Line]] = {}
    lines: dict[tuple[int, int, int], _Line] = {}
    page = Page(text="")
    for index, raw in enumerate(data["text"]):
        word = str(raw).strip()
        if not word:
            continue
        confidence = float(str(data["conf"][index]))
        if confidence >= MIN_WORD_CONFIDENCE:
            page.confident_words += 1
        block, paragraph, number = (int(str(data[key][index])) for key in _POSITION)
        line = lines.get((block, paragraph, number))
        if line is None:
            line = lines[(block, paragraph, number)] = _Line()
            paragraphs.setdefault((block, paragraph), []).append(line)
        line.words.append(word)
        right = int(str(data["left"][index])) + int(str(data["width"][index]))
        line.right = max(line.right, right)
    page.text = "\n\n".join(_joined(paragraph) for paragraph in paragraphs.values())
    return page


_POSITION = ("block_num", "par_num", "line_num")
# A line that stops this far short of its paragraph's right edge ended there on purpose (a
# heading, a dateline, a "url …" line above the text): it keeps its line break.
_SHORT_LINE = 0.7


@dataclass
class _Line:
    words: list[str] = field(default_factory=list)
    right: int = 0  # pixels: where the line's last word ends


def _joined(lines: list[_Line]) -> str:
    """A paragraph's lines as one line, but for lines that end short; "acuer-" at a line's end
    and "dos" after it join."""
    edge = max(line.right for line in lines)
    text = ""
    for index, line in enumerate(lines):
        words = " ".join(line.words)
        if text.endswith("-") and words[:1].islower() and text[-2:-1].isalpha():
            text = text[:-1] + words
        elif text:
            short = lines[index - 1].right < _SHORT_LINE * edge
            text = f"{text}{chr(10) if short else ' '}{words}"
        else:
            text = words
    return text

"""Scanned PDFs: pages with no text layer (or a layer of garbage) read by OCR.

A scan's pages are drawn with PDFium (pypdfium2) at ``ocr.DPI`` and read one at a time, so a
300-page scan holds one page image in memory, reports each page, and stops between two pages
when asked (nothing of a stopped reading is kept). The recognised text is the source's text.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from casefile.errors import UnreadableFileError
from casefile.ingest import ocr
from casefile.ingest.image import MAX_PIXELS

if TYPE_CHECKING:
    from PIL.Image import Image
    from pypdfium2 import PdfDocument

# A letter run with a vowel, as words of Spanish and English have; a text layer where few
# tokens look like that is a font without a Unicode map ("ÉÏÒÍ ÌÑ"), or a scanner's
# invisible layer of misreadings, and is read again from the picture.
_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(
    r"^[(¿¡\"'“«]*[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]*[AEIOUaeiouÁÉÍÓÚáéíóú][A-Za-zÁÉÍÓÚÜÑáéíóúüñ]*[)?!.,;:\"'”»]*$"
)
_MIN_WORDLIKE_SHARE = 0.5
_MIN_TOKENS = 20
_MIN_CHARACTERS_PER_PAGE = 40


def is_garbage(text: str, pages: int) -> bool:
    """Whether a PDF's text layer is too thin or too garbled to be its text."""
    tokens = _TOKEN.findall(text)
    if len("".join(tokens)) < _MIN_CHARACTERS_PER_PAGE * max(pages, 1) / 4:
        return True  # a page or two of headers over pictures of pages
    if len(tokens) < _MIN_TOKENS:
        return False  # too little to judge: a short note is a short note
    wordlike = sum(1 for token in tokens if _WORDLIKE.match(token))
    return wordlike / len(tokens) < _MIN_WORDLIKE_SHARE


def _page_picture(document: PdfDocument, index: int, name: str) -> Image:
    """Page ``index`` drawn at ``ocr.DPI``, or smaller when that would pass ``MAX_PIXELS`` (a
    page a few metres wide is a few hundred bytes of PDF and gigabytes of pixels)."""
    import pypdfium2

    page = document[index]
    try:
        width, height = page.get_size()  # points
        scale = min(ocr.DPI / 72, math.sqrt(MAX_PIXELS / max(width * height, 1.0)))
        picture: Image = page.render(scale=scale, grayscale=True).to_pil()
        return picture
    except (pypdfium2.PdfiumError, MemoryError) as exc:
        raise UnreadableFileError(key="pdf_damaged", name=name, detail=str(exc)) from None
    finally:
        page.close()


def read_pages(data: bytes, name: str, steps: ocr.Steps) -> str:
    """The recognised text of every page of the PDF in ``data``, paragraphs apart."""
    import pypdfium2

    ocr.require_tesseract(name)
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise UnreadableFileError(key="pdf_damaged", name=name, detail=str(exc)) from exc
    try:
        total = len(document)
        texts = []
        for index in range(total):
            steps.page(index, total)
            texts.append(ocr.recognise(_page_picture(document, index, name), name).text)
        steps.page(total, total)
    finally:
        document.close()
    text = "\n\n".join(text for text in texts if text.strip())
    if not text.strip():
        raise UnreadableFileError(key="scan_no_text", name=name)
    return text

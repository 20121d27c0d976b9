"""The brief's Unicode fonts (DejaVu, shipped in resources/fonts), registered with ReportLab once.

PDF's built-in fonts cover Latin-1 only; an embedded TrueType family prints accents, ñ, ¿ ¡,
“ ” « » and em dashes alike, and ReportLab embeds just the glyphs a brief uses. Every font the
brief names is one of these (the canvas starts in SANS, not ReportLab's unembedded Helvetica),
as PDF/A asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from casefile.errors import CasefileError

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

SERIF = "CasefileSerif"
SERIF_BOLD = "CasefileSerif-Bold"
SERIF_ITALIC = "CasefileSerif-Italic"
SERIF_BOLD_ITALIC = "CasefileSerif-BoldItalic"
SANS = "CasefileSans"
SANS_BOLD = "CasefileSans-Bold"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

# What a character the face lacks (an emoji, a Chinese name) prints as: a hollow box, as the
# font's .notdef glyph looked before. PDF/A forbids showing .notdef itself (ISO 19005-2,
# 6.2.11.8), and every DejaVu face has this one.
MISSING_GLYPH = 0x25AF  # ▯ WHITE VERTICAL RECTANGLE


class BriefFont(TTFont):  # type: ignore[misc]
    """A TrueType face that draws a character it lacks with the MISSING_GLYPH box.

    Such a character keeps a code of its own in the embedded subset, mapped to the box's glyph
    and width, and its own ToUnicode entry: the page shows a box, copied text reads as written.
    One beyond U+FFFF (an emoji) becomes the box character itself, since ReportLab's ToUnicode
    maps only the Basic Multilingual Plane and would garble it.
    """

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        return float(super().stringWidth(self._covered(text), size, encoding))

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        return super().splitString(self._covered(text), doc, encoding)

    def _covered(self, text: str | bytes) -> str:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if text.isascii() and text.isprintable():  # every face has printable ASCII
            return text
        face = self.face
        missing = set(map(ord, text)).difference(face.charToGlyph)
        missing.discard(0xA0)  # ReportLab prints a no-break space as a space
        if not missing:
            return text
        astral = {code for code in missing if code > 0xFFFF}
        for code in missing - astral:
            # ReportLab itself extends these two tables this way (for shaped glyphs).
            face.charToGlyph[code] = face.charToGlyph[MISSING_GLYPH]
            face.charWidths[code] = face.charWidths[MISSING_GLYPH]
        return text.translate(dict.fromkeys(astral, MISSING_GLYPH)) if astral else text


def register_fonts(folder: Path = FONTS_DIR) -> None:
    """Register the serif and sans families (and their <b>/<i> mappings) if not done yet."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name in registered:
            continue
        path = folder / filename
        try:
            pdfmetrics.registerFont(BriefFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise CasefileError(
                f"The brief's font {path} is missing or unreadable; reinstall Casefile ({exc})."
            ) from exc
    _map_family(SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC)
    # The sans family has no italic of its own: slanted text in it falls back to upright.
    _map_family(SANS, SANS, SANS_BOLD, SANS, SANS_BOLD)


def _map_family(family: str, normal: str, bold: str, italic: str, bold_italic: str) -> None:
    addMapping(family, 0, 0, normal)
    addMapping(family, 1, 0, bold)
    addMapping(family, 0, 1, italic)
    addMapping(family, 1, 1, bold_italic)

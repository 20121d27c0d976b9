"""The brief's Unicode fonts (DejaVu, shipped in resources/fonts), registered with ReportLab once.

PDF's built-in fonts cover Latin-1 only; an embedded TrueType family prints accents, ñ, ¿ ¡,
“ ” « » and em dashes alike, and ReportLab embeds just the glyphs a brief uses.
"""

from __future__ import annotations

from pathlib import Path

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


def register_fonts(folder: Path = FONTS_DIR) -> None:
    """Register the serif and sans families (and their <b>/<i> mappings) if not done yet."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name in registered:
            continue
        path = folder / filename
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
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

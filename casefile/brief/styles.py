"""The brief's look in one place: page geometry, colours, the type scale and table styles.

Styles are built once per build and shared by every paragraph: a ParagraphStyle per row
would cost more than the row itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from casefile.brief.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a4": A4,
    "letter": LETTER,
}  # Letter for readers in the United States
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 25 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 24 * mm


def page_size(paper: str) -> tuple[float, float]:
    """Width and height in points of "a4" or "letter" (A4 for anything else)."""
    return PAPER_SIZES.get(paper, PAPER_SIZES["a4"])


def frame_width(paper: str) -> float:
    """The width text runs in on ``paper``, between the side margins."""
    width, _height = page_size(paper)
    return float(width - MARGIN_LEFT - MARGIN_RIGHT)


INK = colors.HexColor("#1d232b")
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5c6773")
HAIRLINE = colors.HexColor("#c3c9d1")
ZEBRA = colors.HexColor("#f3f5f8")
MARKING = colors.HexColor("#9b1c1c")

# Controls other than tab and newline have no glyph and upset the paragraph parser.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def text(value: str) -> str:
    """User text made safe for Paragraph markup: controls dropped, ``& < >`` escaped."""
    return escape(_CONTROLS.sub("", value))


def lines(value: str) -> str:
    """Like :func:`text`, keeping the writer's line breaks."""
    return "<br/>".join(text(line) for line in value.strip().splitlines())


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a brief, from the cover title down to table cells."""

    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_title: ParagraphStyle
    cell_detail: ParagraphStyle
    cell_date: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    caption: ParagraphStyle
    credit: ParagraphStyle
    note: ParagraphStyle
    marking: ParagraphStyle


def make_styles() -> Styles:
    """Register the fonts and build the type scale: 9.5 pt serif body, sans headings."""
    register_fonts()
    base = ParagraphStyle("base", fontName=SERIF, fontSize=9.5, leading=14, textColor=INK)

    def style(name: str, parent: ParagraphStyle = base, **values: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **values)

    cell = style("cell", fontSize=8.5, leading=11.5)
    return Styles(
        cover_kicker=style(
            "cover_kicker", fontName=SANS_BOLD, fontSize=9, leading=12, textColor=ACCENT
        ),
        cover_title=style(
            "cover_title", fontName=SERIF_BOLD, fontSize=26, leading=32, spaceAfter=10
        ),
        cover_subtitle=style(
            "cover_subtitle", fontName=SERIF_ITALIC, fontSize=12, leading=17, textColor=MUTED
        ),
        cover_label=style("cover_label", fontName=SANS, fontSize=7.5, leading=10, textColor=MUTED),
        cover_value=style("cover_value", fontSize=10.5, leading=14),
        heading=style(
            "heading",
            fontName=SANS_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
        ),
        body=style("body", spaceAfter=7),
        muted=style("muted", fontName=SERIF_ITALIC, textColor=MUTED),
        cell=cell,
        cell_title=style("cell_title", cell, fontName=SERIF_BOLD),
        cell_detail=style("cell_detail", cell, fontSize=8, leading=11, textColor=MUTED),
        cell_date=style("cell_date", cell, fontName=SANS, fontSize=8, leading=11),
        quote=style(
            "quote",
            fontName=SERIF_ITALIC,
            fontSize=10.5,
            leading=15,
            leftIndent=12,
            keepWithNext=1,
        ),
        attribution=style(
            "attribution",
            fontName=SANS,
            fontSize=8,
            leading=11,
            leftIndent=12,
            textColor=MUTED,
            spaceBefore=3,
            spaceAfter=12,
        ),
        caption=style("caption", spaceBefore=5, keepWithNext=1),
        credit=style(
            "credit", fontName=SANS, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=14
        ),
        note=style(
            "note",
            fontSize=8.5,
            leading=12,
            leftIndent=22,
            bulletIndent=0,
            bulletFontName=SANS,
            bulletFontSize=8,
            spaceAfter=5,
        ),
        marking=style("marking", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=MARKING),
    )


def table_style(columns: int, *, align_right_last: bool = False) -> TableStyle:
    """Hairline rules, a tinted header row repeated on each page, zebra rows, top-aligned."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 7, 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("FONT", (0, 1), (-1, -1), SANS, 8, 11),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    if align_right_last:
        commands.append(("ALIGN", (columns - 1, 0), (columns - 1, -1), "RIGHT"))
    return TableStyle(commands)

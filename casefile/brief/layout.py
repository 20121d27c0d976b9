"""The brief's flowables: a cover, then one section per part of the content, in reading order."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image as Picture
from PIL import ImageOps
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from casefile.brief.charts import charted, timeline_drawing
from casefile.brief.content import (
    SECTION_ORDER,
    ActorEntry,
    BriefContent,
    BriefOptions,
    CaptionEntry,
    QuoteEntry,
    SourceNote,
    TimelineEntry,
)
from casefile.brief.fonts import SANS
from casefile.brief.labels import Labels, format_date, format_period, format_range
from casefile.brief.styles import (
    ACCENT,
    HAIRLINE,
    Styles,
    frame_width,
    lines,
    table_style,
    text,
)
from casefile.domain import ActorKind, Precision
from casefile.ingest.image import MAX_PIXELS, prepare_pillow

IMAGE_MAX_HEIGHT = 80 * mm
IMAGE_SHARE = 0.45  # of the text width, for a picture beside its caption
IMAGE_GAP = 5 * mm  # between a picture and its caption
BESIDE_MAX_HEIGHT = 150 * mm  # a caption taller than this beside its picture goes under it
PRINT_DPI = 220  # a picture is embedded at no more pixels than this needs at its printed size


class SectionHeading(Paragraph):  # type: ignore[misc]
    """A section title that also marks its page in the PDF outline."""

    def __init__(self, title: str, key: str, style: object) -> None:
        super().__init__(text(title), style)
        self.outline_title = title
        self.outline_key = key

    def draw(self) -> None:
        """Bookmark the heading, list it in the outline, then print it."""
        self.canv.bookmarkHorizontal(self.outline_key, 0, self.height + 6)
        self.canv.addOutlineEntry(self.outline_title, self.outline_key, level=0)
        super().draw()


class Story:
    """Builds the flowables of one brief with one set of styles and labels."""

    def __init__(
        self, content: BriefContent, options: BriefOptions, labels: Labels, styles: Styles
    ):
        self.content = content
        self.options = options
        self._width = frame_width(options.paper)
        self.labels = labels
        self.styles = styles
        # Note numbers only make sense when the notes they point to are printed.
        self.show_notes = "sources" in options.sections

    def flowables(self) -> list[Flowable]:
        """The cover followed by every chosen section."""
        story = self.cover()
        builders = {
            "summary": self.summary,
            "timeline": self.timeline,
            "quotes": self.quotes,
            "captions": self.captions,
            "actors": self.actors,
            "sources": self.sources,
        }
        first = True
        for section in SECTION_ORDER:
            if section not in self.options.sections:
                continue
            if not first:
                story.append(CondPageBreak(60 * mm))
                story.append(Spacer(1, 10))
            first = False
            story.append(self.heading(section))
            story.extend(builders[section]())
        return story

    def heading(self, section: str) -> Flowable:
        """The section's title, bookmarked in the outline."""
        return SectionHeading(self.labels.section_title(section), section, self.styles.heading)

    # Cover

    def cover(self) -> list[Flowable]:
        """Title block, then a two-column table of countries, period, byline and issue date."""
        s, labels, content = self.styles, self.labels, self.content
        story: list[Flowable] = [
            Spacer(1, 38 * mm),
            Paragraph(text(labels.brief.upper()), s.cover_kicker),
            Spacer(1, 6),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=14),
            Paragraph(text(content.title), s.cover_title),
        ]
        if content.description.strip():
            story.append(Paragraph(lines(content.description), s.cover_subtitle))
        story.append(Spacer(1, 26 * mm))
        rows = [(labels.countries, self._countries())]
        rows.append(
            (
                labels.period,
                format_period(
                    content.period_start, content.period_end, labels, content.period_precision
                ),
            )
        )
        if self.options.author:
            rows.append((labels.author, self.options.author))
        if self.options.organisation:
            rows.append((labels.organisation, self.options.organisation))
        issued = self.options.issued or dt.date.today()
        rows.append((labels.issued, format_date(issued, Precision.DAY, labels)))
        data = [
            [Paragraph(text(label.upper()), s.cover_label), Paragraph(text(value), s.cover_value)]
            for label, value in rows
        ]
        details = Table(data, colWidths=[42 * mm, self._width - 42 * mm], hAlign="LEFT")
        details.setStyle(
            [
                # The cells are paragraphs, but a table names its cell font all the same
                # (Helvetica, unembedded, unless told).
                ("FONT", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
            ]
        )
        story.extend([details, PageBreak()])
        return story

    def _countries(self) -> str:
        names = [self.labels.country_name(code) for code in self.content.country_codes]
        return " · ".join(names) if names else "—"

    # Sections

    def summary(self) -> list[Flowable]:
        """The analyst's summary, one paragraph per blank-line-separated block."""
        blocks = [block for block in _blocks(self.content.summary)]
        if not blocks:
            return [self._empty()]
        return [Paragraph(lines(block), self.styles.body) for block in blocks]

    def timeline(self) -> list[Flowable]:
        """Date, development (title and description), status and notes, one row per event."""
        entries = self.content.timeline
        if not entries:
            return [self._empty()]
        labels = self.labels
        header = [labels.date, labels.development, labels.status, labels.notes]
        rows: list[list[object]] = [[label.upper() for label in header]]
        rows.extend(self._timeline_row(entry) for entry in entries)
        widths = [36 * mm, self._width - 36 * mm - 20 * mm - 18 * mm, 20 * mm, 18 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(table_style(4, align_right_last=True))
        shown = charted(entries)
        picture = timeline_drawing(shown, self._width, labels)
        words = labels.relation
        if hidden := len(entries) - len(shown):
            earliest = min(entry.date for entry in entries).year
            note = labels.earlier_one_not_charted if hidden == 1 else labels.earlier_not_charted
            words += ". " + note.format(n=hidden, year=earliest)
        caption = Paragraph(text(words), self.styles.muted)
        return [KeepTogether([picture, caption]), Spacer(1, 4 * mm), table]

    def _timeline_row(self, entry: TimelineEntry) -> list[object]:
        s = self.styles
        when = format_range(entry.date, entry.end_date, entry.precision, self.labels)
        development: list[Paragraph] = [Paragraph(text(entry.title or "—"), s.cell_title)]
        detail = " — ".join(
            part for part in (entry.place.strip(), entry.description.strip()) if part
        )
        if detail:
            development.append(Paragraph(text(detail), s.cell_detail))
        standing = []
        if entry.corroboration > 1:
            standing.append(self.labels.reported_by.format(n=entry.corroboration))
        if entry.conflicts:
            days = "; ".join(
                f"{format_date(day, precision, self.labels)} {self._notes(notes)}".strip()
                for notes, day, precision in entry.conflicts
            )
            standing.append(self.labels.days_differ.format(days=days))
        if standing:
            development.append(Paragraph(text(" · ".join(standing)), s.cell_detail))
        return [
            Paragraph(text(when), s.cell_date),
            development,
            self.labels.status_name(entry.status),
            # several sources wrap onto more lines rather than run into the status
            Paragraph(text(self._notes(entry.notes)), self._notes_style),
        ]

    def quotes(self) -> list[Flowable]:
        """Each quotation in the language's quotation marks, then speaker, date and note."""
        if not self.content.quotes:
            return [self._empty()]
        story: list[Flowable] = []
        for entry in self.content.quotes:
            story.extend(self._quote(entry))
        return story

    def _quote(self, entry: QuoteEntry) -> list[Flowable]:
        s, labels = self.styles, self.labels
        parts = [entry.speaker.strip()] if entry.speaker.strip() else []
        if entry.date is not None:
            parts.append(format_date(entry.date, Precision.DAY, labels))
        notes = self._notes(entry.notes)
        attribution = " · ".join([text(part) for part in parts] + ([notes] if notes else []))
        if parts:
            attribution = "— " + attribution
        return [
            Paragraph(text(labels.quoted(entry.text.strip())), s.quote),
            Paragraph(attribution or "&nbsp;", s.attribution),
        ]

    def captions(self) -> list[Flowable]:
        """Each caption and its credit, beside its picture (scaled to fit) when it has one."""
        if not self.content.captions:
            return [self._empty()]
        story: list[Flowable] = []
        for entry in self.content.captions:
            story.extend(self._caption(entry))
        return story

    def _caption(self, entry: CaptionEntry) -> list[Flowable]:
        s = self.styles
        caption = text(entry.caption.strip() or "—")
        notes = self._notes(entry.notes)
        words: list[Flowable] = [
            Paragraph(f"{caption} {notes}" if notes else caption, s.caption),
            Paragraph(text(entry.credit.strip()) or "&nbsp;", s.credit),
        ]
        if entry.image is None:
            return words
        picture_width = self._width * IMAGE_SHARE
        image = _image(entry, picture_width - IMAGE_GAP, IMAGE_MAX_HEIGHT)
        picture = image or Paragraph(text(self.labels.image_missing), s.muted)
        beside = self._width - picture_width
        if sum(part.wrap(beside, 1e6)[1] for part in words) > BESIDE_MAX_HEIGHT:
            # A caption longer than a page beside its picture could not be laid out: the
            # picture goes above it, and the caption runs on over pages like any paragraph.
            return [picture, *words]
        # The picture on the left, its caption and credit beside it, kept on one page.
        row = Table(
            [[picture, words]],
            colWidths=[picture_width, beside],
            hAlign="LEFT",
            style=[
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), IMAGE_GAP),
                ("LEFTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        )
        return [KeepTogether([row, Spacer(1, 12)])]

    def actors(self) -> list[Flowable]:
        """People first, then organisations: name, type, role and country."""
        entries = self.content.actors
        if not entries:
            return [self._empty()]
        labels = self.labels
        # Columns nobody filled in are left out rather than printed empty.
        with_role = any(entry.role.strip() for entry in entries)
        with_country = any(entry.country.strip() for entry in entries)
        header = [labels.name, labels.kind]
        widths = [60 * mm, 28 * mm]
        if with_role:
            header.append(labels.role)
            widths.append(self._width - 88 * mm - (32 * mm if with_country else 0))
        if with_country:
            header.append(labels.country)
            widths.append(32 * mm)
        widths[-1] += self._width - sum(widths)
        rows: list[list[object]] = [[label.upper() for label in header]]
        rows.extend(self._actor_row(entry, with_role, with_country) for entry in entries)
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(table_style(len(header)))
        return [table]

    def _actor_row(self, entry: ActorEntry, with_role: bool, with_country: bool) -> list[object]:
        s, labels = self.styles, self.labels
        kind = labels.people if entry.kind == ActorKind.PERSON else labels.organisations
        row: list[object] = [Paragraph(text(entry.name), s.cell_title), kind]
        if with_role:
            row.append(Paragraph(text(entry.role), s.cell))
        if with_country:
            country = labels.country_name(entry.country) if entry.country.strip() else ""
            row.append(Paragraph(text(country), s.cell))
        return row

    def sources(self) -> list[Flowable]:
        """The numbered notes, in the order the brief first cites them."""
        if not self.content.notes:
            return [self._empty()]
        return [self._note(note) for note in self.content.notes]

    def _note(self, note: SourceNote) -> Paragraph:
        parts: list[str] = []
        if note.photo:
            parts.append(text(self.labels.photograph))
        if note.outlet.strip():
            parts.append(f"<b>{text(note.outlet.strip())}</b>")
        if note.title.strip():
            parts.append(text(self.labels.quoted(note.title.strip())))
        if note.author.strip():
            parts.append(text(note.author.strip()))
        if note.published is not None:
            parts.append(text(format_date(note.published, Precision.DAY, self.labels)))
        if note.url.strip():
            parts.append(_link(note.url.strip()))
        return Paragraph(". ".join(parts) or "—", self.styles.note, bulletText=f"[{note.number}]")

    # Pieces

    @property
    def _notes_style(self) -> ParagraphStyle:
        return ParagraphStyle("cell_notes", parent=self.styles.cell_date, alignment=TA_RIGHT)

    def _notes(self, numbers: Sequence[int]) -> str:
        if not self.show_notes or not numbers:
            return ""
        return " ".join(f"[{number}]" for number in numbers)

    def _empty(self) -> Paragraph:
        return Paragraph(text(self.labels.no_items), self.styles.muted)


def _blocks(value: str) -> list[str]:
    """Paragraphs separated by blank lines."""
    blocks: list[str] = []
    current: list[str] = []
    for line in value.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _image(entry: CaptionEntry, max_width: float, max_height: float) -> Image | None:
    """The caption's picture scaled to fit, or None when the file is missing or unreadable.

    The picture is turned upright (a phone's EXIF orientation), made RGB (a CMYK photo beside
    the brief's sRGB output intent is not PDF/A, ISO 19005-2 6.2.4.3) and reduced to what its
    printed size needs at ``PRINT_DPI``: a 24-megapixel photo would otherwise add its whole
    weight to the PDF. Any picture Pillow opens prints (HEIC, WebP, TIFF as well).
    """
    assert entry.image is not None
    try:
        prepared = _printable(entry.image, max_width, max_height)
    except Exception:  # any unreadable picture prints as "image not available"
        return None
    if prepared is None:
        return None
    source, width, height = prepared
    image = Image(source, width=width, height=height)
    image.hAlign = "LEFT"
    return image


def _printable(
    path: Path, max_width: float, max_height: float
) -> tuple[io.BytesIO, float, float] | None:
    """The picture at ``path`` as a JPEG or PNG ready to embed, and its printed size in points."""
    prepare_pillow()
    with Picture.open(path) as opened:
        if opened.width * opened.height > MAX_PIXELS:
            return None  # checked before a pixel is decoded
        picture = ImageOps.exif_transpose(opened)
        width, height = picture.size
        if width <= 0 or height <= 0:
            return None
        # Points: a picture is never printed larger than one point a pixel.
        scale = min(max_width / width, max_height / height, 1.0)
        printed = (width * scale, height * scale)
        pixels = (
            max(1, min(width, round(printed[0] / 72 * PRINT_DPI))),
            max(1, min(height, round(printed[1] / 72 * PRINT_DPI))),
        )
        has_alpha = "A" in picture.getbands() or "transparency" in picture.info
        picture = picture.convert("RGBA" if has_alpha else "RGB")
        if pixels != picture.size:
            picture = picture.resize(pixels, Picture.Resampling.LANCZOS)
    copy = io.BytesIO()
    if has_alpha:
        picture.save(copy, "PNG", optimize=True)
    else:
        picture.save(copy, "JPEG", quality=88, optimize=True)
    copy.seek(0)
    return copy, printed[0], printed[1]


def _link(url: str) -> str:
    shown = text(url)
    if url.startswith(("http://", "https://")) and not any(c in url for c in "\"'<> "):
        return f'<a href="{shown}" color="#1f3a5f">{shown}</a>'
    return shown

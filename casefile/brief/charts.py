"""The brief's pictures of the timeline, drawn as vectors (ReportLab graphics), never
screenshots: they print sharp at any size and their words stay text.

- The timeline: one lane per kind of event over the period, a day as a dot (larger when
  more sources report it), a month or a year as a bar across it, a planned event hollow, a
  date conflict outlined in red; the axis in years or months.
- The relation: per month, the events of cooperation as a bar above the line and those of
  conflict below it, on the same time axis.

User text never reaches these drawings as markup: lane names and tick labels are fixed words
of the brief's language and dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from casefile.brief.content import TimelineEntry
from casefile.brief.fonts import SANS
from casefile.brief.labels import Labels
from casefile.domain import Category, EventStatus, Precision

_COLOURS = {
    "consult": colors.HexColor("#2e86ab"),
    "agree": colors.HexColor("#268b54"),
    "cooperate": colors.HexColor("#58a65c"),
    "aid": colors.HexColor("#83b24d"),
    "request": colors.HexColor("#c8a028"),
    "accuse": colors.HexColor("#d6762e"),
    "reject": colors.HexColor("#c45834"),
    "threaten": colors.HexColor("#be3c3c"),
    "sanction": colors.HexColor("#a02846"),
    "force": colors.HexColor("#781e28"),
    "other": colors.HexColor("#787882"),
}
_CONFLICT = colors.HexColor("#dc2828")
_MUTED = colors.HexColor("#8a8a8a")
_LANE = 13.0  # points per lane
_LABEL = 62.0  # points for the lane names
_AXIS = 14.0
_BAND = 44.0
_FONT_SIZE = 6.5
CATEGORY_WORDS = {
    "en": {
        "consult": "meeting",
        "agree": "agreement",
        "cooperate": "cooperation",
        "aid": "aid",
        "request": "request",
        "accuse": "accusation",
        "reject": "rejection",
        "threaten": "threat",
        "sanction": "sanction",
        "force": "force",
        "other": "other",
    },
    "es": {
        "consult": "reunión",
        "agree": "acuerdo",
        "cooperate": "cooperación",
        "aid": "ayuda",
        "request": "petición",
        "accuse": "acusación",
        "reject": "rechazo",
        "threaten": "amenaza",
        "sanction": "sanción",
        "force": "fuerza",
        "other": "otro",
    },
}


def _span(entry: TimelineEntry) -> tuple[int, int]:
    """The days an entry covers at its precision, as ordinals [first, after the last)."""
    value = entry.date
    if entry.precision == Precision.YEAR.value:
        return dt.date(value.year, 1, 1).toordinal(), dt.date(value.year + 1, 1, 1).toordinal()
    if entry.precision == Precision.MONTH.value:
        first = value.replace(day=1)
        return first.toordinal(), (first + dt.timedelta(days=32)).replace(day=1).toordinal()
    last = entry.end_date if entry.end_date and entry.end_date > value else value
    return value.toordinal(), last.toordinal() + 1


# The picture's period: most of the events, not a few old ones the articles recall ("la
# frontera se estableció en 1859") squeezing a year of news into a sliver at its edge.
_BULK = 0.85  # the share of events, the latest ones, that set the period...
_LONG_TAIL = 2.0  # ...when the whole span is this many times longer than theirs


def charted(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """The entries the timeline picture shows: all of them, or, when a few much older ones
    would stretch its period far beyond the rest, the latest ``_BULK`` share and whatever
    falls within their period (the table lists every entry)."""
    if len(entries) < 5:
        return list(entries)
    spans = sorted(_span(entry) for entry in entries)
    latest = max(last for _, last in spans)
    start = spans[int(len(spans) * (1 - _BULK))][0]
    if latest - spans[0][0] <= _LONG_TAIL * max(latest - start, 31):
        return list(entries)
    return [entry for entry in entries if _span(entry)[1] > start]


def timeline_drawing(entries: Sequence[TimelineEntry], width: float, labels: Labels) -> Drawing:
    """The timeline picture for ``entries`` across ``width`` points (give it ``charted``'s)."""
    words = CATEGORY_WORDS.get(labels.language, CATEGORY_WORDS["en"])
    order = [category.value for category in Category]
    used = {entry.category or "other" for entry in entries}
    lanes = [lane for lane in order if lane in used] or ["other"]
    spans = [_span(entry) for entry in entries]
    earliest = min(first for first, _ in spans)
    latest = max(last for _, last in spans)
    margin = max((latest - earliest) * 0.03, 3.0)
    low, high = earliest - margin, latest + margin
    height = _AXIS + _LANE * len(lanes) + _BAND + 8
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=_FONT_SIZE)
    plot_left, plot_right = _LABEL, width - 4
    scale = (plot_right - plot_left) / (high - low)

    def x(day: float) -> float:
        return plot_left + (day - low) * scale

    top = height - _AXIS
    for index, lane in enumerate(lanes):
        y = top - (index + 0.5) * _LANE
        if index % 2:
            drawing.add(
                Rect(0, y - _LANE / 2, width, _LANE, fillColor=colors.HexColor("#f3f3f1"),
                     strokeColor=None)
            )  # fmt: skip
        drawing.add(String(2, y - 2.2, words.get(lane, lane), fontName=SANS, fontSize=_FONT_SIZE))
    for day, label in _ticks(low, high, labels):
        tick = x(day)
        drawing.add(Line(tick, top, tick, top - _LANE * len(lanes), strokeColor=_MUTED,
                         strokeWidth=0.25))  # fmt: skip
        drawing.add(String(tick + 1.5, top + 3, label, fontName=SANS, fontSize=_FONT_SIZE))
    for entry, (first, last) in zip(entries, spans, strict=True):
        lane = entry.category or "other"
        y = top - (lanes.index(lane) + 0.5) * _LANE
        colour = _COLOURS.get(lane, _COLOURS["other"])
        planned = entry.status == EventStatus.PLANNED.value
        stroke = _CONFLICT if entry.conflicts else colour
        fill = None if planned else colour
        x0, x1 = x(first), x(last)
        if entry.precision == Precision.DAY.value or x1 - x0 < 3:
            radius = min(1.8 + 0.7 * (max(entry.corroboration, 1) - 1), 4.5)
            drawing.add(Circle((x0 + x1) / 2, y, radius, fillColor=fill, strokeColor=stroke,
                               strokeWidth=0.8 if entry.conflicts else 0.5))  # fmt: skip
        else:
            bar = 2.5 + 0.8 * min(entry.corroboration, 4)
            drawing.add(Rect(x0, y - bar / 2, x1 - x0, bar, rx=1, ry=1, fillColor=fill,
                             strokeColor=stroke, strokeWidth=0.5))  # fmt: skip
    _relation(drawing, entries, x, plot_left, plot_right, labels)
    return drawing


def _relation(
    drawing: Drawing,
    entries: Sequence[TimelineEntry],
    x: object,
    left: float,
    right: float,
    labels: Labels,
) -> None:
    """Per month, cooperation above the line and conflict below it."""
    assert callable(x)
    months: dict[tuple[int, int], list[int]] = {}
    for entry in entries:
        try:
            category = Category(entry.category or "other")
        except ValueError:
            category = Category.OTHER
        counts = months.setdefault((entry.date.year, entry.date.month), [0, 0])
        if category.cooperative:
            counts[0] += 1
        elif category.conflictive:
            counts[1] += 1
    middle = _BAND / 2 + 2
    drawing.add(Line(left, middle, right, middle, strokeColor=_MUTED, strokeWidth=0.4))
    drawing.add(String(2, middle + 8, labels.cooperation, fontName=SANS, fontSize=_FONT_SIZE))
    drawing.add(String(2, middle - 12, labels.conflict, fontName=SANS, fontSize=_FONT_SIZE))
    peak = max((max(counts) for counts in months.values()), default=0) or 1
    scale = (_BAND / 2 - 4) / peak
    for (year, month), (coop, conflict) in months.items():
        first = dt.date(year, month, 1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        x0, x1 = x(first.toordinal()), x(following.toordinal())
        width = max(x1 - x0 - 0.4, 0.6)
        if coop:
            drawing.add(Rect(x0, middle, width, coop * scale, fillColor=_COLOURS["agree"],
                             strokeColor=None))  # fmt: skip
        if conflict:
            drawing.add(Rect(x0, middle - conflict * scale, width, conflict * scale,
                             fillColor=_COLOURS["threaten"], strokeColor=None))  # fmt: skip


def _ticks(low: float, high: float, labels: Labels) -> list[tuple[float, str]]:
    """Years when the period is long, months (with their year at January) when short."""
    first = dt.date.fromordinal(max(1, int(low)))
    last = dt.date.fromordinal(max(1, int(high)))
    if high - low > 365 * 2.5:
        step = max(1, (last.year - first.year) // 8 + 1)
        return [
            (float(dt.date(year, 1, 1).toordinal()), str(year))
            for year in range(first.year + 1, last.year + 1)
            if year % step == 0
        ]
    ticks: list[tuple[float, str]] = []
    year, month = first.year, first.month
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = max(1, months // 10 + 1)
    count = 0
    while (year, month) <= (last.year, last.month):
        day = dt.date(year, month, 1)
        if day.toordinal() >= low and count % step == 0:
            name = labels.months[month - 1][:3]
            ticks.append(
                (float(day.toordinal()), f"{name} {year}" if month == 1 or not ticks else name)
            )
        count += 1
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks

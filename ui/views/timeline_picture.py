"""The timeline as a picture, above its table: time left to right, one lane per category or
per acting country, and under the lanes the relation month by month.

Each event is drawn as precisely as its sources date it: a day is a dot, a month or a year a
bar across it. Weight is corroboration (a dot grows with the sources that report it), a ring
in the warning colour marks sources that give different days, a hollow mark a planned event.
The band at the bottom counts the months' events, cooperation above the line and conflict
below it.

Zoom runs from decades to days: the wheel (Ctrl held) or a pinch zooms about the pointer,
the wheel alone pans, + and − zoom, Left and Right step to the previous and next event, Home
and End go to the first and last. Selecting here selects in the table and the detail pane,
and back; the picture follows every edit and undo.

Only what is in view is painted: events are kept sorted by day, so a frame looks up its two
ends with a bisection and draws those between (see benchmarks/bench_timeline_picture.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casefile.domain import ActorKind, Category, EventStatus, Precision, Review
from casefile.library import Library
from ui.changes import LibraryChanges
from ui.formatting import category_name
from ui.jobs import JobControl, JobRunner

# Lanes by category run from cooperation to conflict, as the relation band does.
_CATEGORY_ORDER = [category.value for category in Category]
_COLOURS = {
    "consult": QColor(46, 134, 171),
    "agree": QColor(38, 139, 84),
    "cooperate": QColor(88, 166, 92),
    "aid": QColor(131, 178, 77),
    "request": QColor(200, 160, 40),
    "accuse": QColor(214, 118, 46),
    "reject": QColor(196, 88, 52),
    "threaten": QColor(190, 60, 60),
    "sanction": QColor(160, 40, 70),
    "force": QColor(120, 30, 40),
    "other": QColor(120, 120, 130),
}
_CONFLICT = QColor(220, 40, 40)
_LANE_HEIGHT = 34
_MIN_LANE_HEIGHT = 20
_AXIS_HEIGHT = 34
_BAND_HEIGHT = 70
_LABEL_WIDTH = 120
_MIN_DAYS, _MAX_DAYS = 3.0, 365.25 * 60  # the narrowest and widest spans in view
_BUCKET = 3  # pixels: marks of one lane closer than this are drawn once, the heaviest
_CROWDED = 1500  # marks in view past which a lane's dots are read from its index
_MOST_DRAWN = 1500  # dots a crowded frame draws, at most


@dataclass(frozen=True)
class Mark:
    """One event as the picture draws it."""

    id: int
    start: float  # days since 1 Jan year 1 (date.toordinal), the span's first day
    end: float  # its day after the last
    lane: str
    title: str
    sources: int
    conflicted: bool
    planned: bool
    precise: bool  # dated to the day: a dot, not a bar
    category: str


def _span(value: dt.date, precision: str, end: dt.date | None) -> tuple[float, float]:
    """The days an event covers as its precision says: a day, its month, its year."""
    if precision == Precision.YEAR.value:
        first, last = dt.date(value.year, 1, 1), dt.date(value.year + 1, 1, 1)
    elif precision == Precision.MONTH.value:
        first = value.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1)
        if end is not None and end > value:
            last = (end.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    else:
        first = value
        last = (end if end is not None and end > value else value) + dt.timedelta(days=1)
    return float(first.toordinal()), float(last.toordinal())


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


class TimelineCanvas(QWidget):
    """The painted timeline; see the module."""

    event_selected = Signal(int)  # an event the analyst picked here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Timeline picture"))
        self._marks: list[Mark] = []
        self._by_id: dict[int, Mark] = {}  # the selected mark is looked up every frame
        self._starts: list[float] = []
        self._lanes: list[str] = []
        self._lane_names: dict[str, str] = {}
        self._months: dict[tuple[int, int], tuple[int, int]] = {}  # (coop, conflict)
        self._view = (float(dt.date.today().toordinal() - 365), float(dt.date.today().toordinal()))
        self._selected: int | None = None
        self._drag_x: float | None = None
        self._dots: dict[tuple[int, float, bool, bool], QPixmap] = {}
        self._dots_by_lane: dict[str, _LaneDots] = {}
        self._spans: list[Mark] = []  # the month- and year-dated, by start
        self._span_starts: list[float] = []
        self.frames_painted = 0

    # Data

    def set_marks(self, marks: list[Mark], lane_names: dict[str, str], lanes: list[str]) -> None:
        """Show ``marks`` in ``lanes`` (in that order); keeps the view unless it is empty."""
        self.show_prepared(prepare(marks, lane_names, lanes))

    def show_prepared(self, prepared: Prepared) -> None:
        """Show events already sorted and indexed (see :func:`prepare`, which a job runs)."""
        first_time = not self._marks
        self._marks = prepared.marks
        self._by_id = {mark.id: mark for mark in prepared.marks}
        self._starts = prepared.starts
        self._dots_by_lane = prepared.dots_by_lane
        self._spans = prepared.spans
        self._span_starts = prepared.span_starts
        self._lanes = prepared.lanes
        self._lane_names = prepared.lane_names
        self._months = prepared.months
        if first_time or not self._visible_range_has_marks():
            self.fit_all()
        self.updateGeometry()
        self.update()

    def _visible_range_has_marks(self) -> bool:
        low, high = self._view
        return bool(self._marks) and any(low <= mark.start <= high for mark in self._marks[:1])

    def fit_all(self) -> None:
        """Show every event, with a margin."""
        if not self._marks:
            return
        low = self._marks[0].start
        high = max(mark.end for mark in self._marks)
        margin = max((high - low) * 0.04, 2.0)
        self._set_view(low - margin, high + margin)

    def select(self, event_id: int | None, *, reveal: bool = True) -> None:
        """Mark ``event_id`` as selected (from the table), bringing it into view."""
        self._selected = event_id
        mark = self._mark(event_id)
        if reveal and mark is not None:
            low, high = self._view
            if not low <= mark.start <= high:
                width = high - low
                self._set_view(mark.start - width / 2, mark.start + width / 2)
        self.update()

    def _mark(self, event_id: int | None) -> Mark | None:
        return self._by_id.get(event_id) if event_id is not None else None

    @property
    def view(self) -> tuple[float, float]:
        return self._view

    def _set_view(self, low: float, high: float) -> None:
        width = min(max(high - low, _MIN_DAYS), _MAX_DAYS)
        middle = (low + high) / 2
        self._view = (middle - width / 2, middle + width / 2)
        self.update()

    def zoom(self, factor: float, about: float | None = None) -> None:
        """Narrow (factor < 1) or widen the days in view, keeping day ``about`` in place."""
        low, high = self._view
        centre = (low + high) / 2 if about is None else about
        self._set_view(centre - (centre - low) * factor, centre + (high - centre) * factor)

    def pan(self, days: float) -> None:
        low, high = self._view
        self._set_view(low + days, high + days)

    # Geometry

    def sizeHint(self) -> QSize:
        return QSize(900, _AXIS_HEIGHT + _LANE_HEIGHT * max(len(self._lanes), 3) + _BAND_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        # Every lane keeps room for its name: more lanes than the pane holds scroll.
        lanes = max(len(self._lanes), 2)
        return QSize(300, _AXIS_HEIGHT + _MIN_LANE_HEIGHT * lanes + _BAND_HEIGHT)

    def _plot(self) -> QRectF:
        width = max(1, self.width() - _LABEL_WIDTH - 8)
        height = max(1, self.height() - _AXIS_HEIGHT - _BAND_HEIGHT)
        return QRectF(_LABEL_WIDTH, _AXIS_HEIGHT, width, height)

    def _x(self, day: float) -> float:
        plot = self._plot()
        low, high = self._view
        return plot.left() + (day - low) / (high - low) * plot.width()

    def _day(self, x: float) -> float:
        plot = self._plot()
        low, high = self._view
        return low + (x - plot.left()) / plot.width() * (high - low)

    def _lane_height(self) -> float:
        return self._plot().height() / max(len(self._lanes), 1)

    def _lane_y(self, lane: str) -> float:
        index = self._lanes.index(lane) if lane in self._lanes else len(self._lanes) - 1
        return self._plot().top() + (index + 0.5) * self._lane_height()

    def _radius(self, mark: Mark) -> float:
        return min(4.0 + 2.0 * (mark.sources - 1), 11.0) if mark.sources else 4.0

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._paint_lanes(painter)
        self._paint_axis(painter)
        self._paint_marks(painter)
        self._paint_band(painter)
        painter.end()
        self.frames_painted += 1

    def _paint_lanes(self, painter: QPainter) -> None:
        plot = self._plot()
        height = self._lane_height()
        metrics = QFontMetrics(self.font())
        for index, lane in enumerate(self._lanes):
            top = plot.top() + index * height
            if index % 2:
                painter.fillRect(
                    QRectF(0, top, self.width(), height), self.palette().alternateBase()
                )
            name = metrics.elidedText(
                self._lane_names.get(lane, lane), Qt.TextElideMode.ElideRight, _LABEL_WIDTH - 12
            )
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(6, top, _LABEL_WIDTH - 10, height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                name,
            )

    def _paint_axis(self, painter: QPainter) -> None:
        plot = self._plot()
        low, high = self._view
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        metrics = QFontMetrics(self.font())
        labels: list[tuple[float, str, bool]] = []
        for day, label, major in _ticks(low, high, plot.width()):
            x = self._x(day)
            if not plot.left() <= x <= plot.right():
                continue
            painter.setPen(QPen(self.palette().mid().color(), 1 if major else 0.5))
            painter.drawLine(
                QPointF(x, plot.top() - (8 if major else 4)), QPointF(x, plot.bottom())
            )
            if label:
                labels.append((x, label, major))
        # Labels never touch: a new month's or year's first, then the others where room is left.
        taken: list[tuple[float, float]] = []
        painter.setPen(self.palette().text().color())
        for x, label, _major in sorted(labels, key=lambda item: not item[2]):
            left, right = x + 3, x + 3 + metrics.horizontalAdvance(label)
            if right > self.width() - 2:
                continue  # a label the edge would cut ("202") says nothing
            if all(right + 6 <= start or left >= end + 6 for start, end in taken):
                taken.append((left, right))
                painter.drawText(QPointF(left, plot.top() - 10), label)

    def _paint_marks(self, painter: QPainter) -> None:
        plot = self._plot()
        low, high = self._view
        first = bisect.bisect_left(self._starts, low - 366.0)  # a year's bar may reach in
        last = bisect.bisect_right(self._starts, high)
        # The frame's geometry once, not per mark: a decade's zoom walks every event.
        left, scale = plot.left(), plot.width() / (high - low)
        lane_height = self._lane_height()
        lane_y = {
            lane: plot.top() + (index + 0.5) * lane_height for index, lane in enumerate(self._lanes)
        }
        fallback_y = plot.top() + (len(self._lanes) - 0.5) * lane_height
        painter.save()
        painter.setClipRect(plot)
        selected = None
        # Level of detail: at most one mark per lane and few pixels, the heaviest (a conflict
        # first). At a decade's zoom thousands of events share a pixel; drawing each costs
        # frames and shows nothing more.
        buckets: dict[tuple[str, int, int], tuple[Mark, float, float]] = {}
        crowded = last - first > _CROWDED
        if crowded:
            # Thousands in view: each lane's dots come from its index, the heaviest of each
            # few pixels found by bisection and a range-maximum table, not a walk of them all;
            # the few pixels widen so that a frame draws some 1,500 marks at most.
            pixels = max(_BUCKET, math.ceil(len(self._lanes) * plot.width() / _MOST_DRAWN))
            for lane, lane_dots in self._dots_by_lane.items():
                for mark in lane_dots.heaviest(low, high, pixels / scale):
                    x = left + (mark.start - low) * scale
                    if mark.id != self._selected:
                        buckets[(lane, int(x) // pixels, -1)] = (mark, x, x)
            self._paint_covered(painter, low, high, left, scale, lane_y, fallback_y)
        walked = [] if crowded else self._marks[first:last]
        if crowded:
            chosen = self._mark(self._selected)
            if chosen is not None and chosen.end >= low and chosen.start <= high:
                selected = (
                    chosen,
                    left + (chosen.start - low) * scale,
                    left + (chosen.end - low) * scale,
                )
        for mark in walked:
            if mark.end < low:
                continue
            x0 = left + (mark.start - low) * scale
            x1 = left + (mark.end - low) * scale
            if mark.id == self._selected:
                selected = (mark, x0, x1)
                continue
            dot = mark.precise or x1 - x0 < 6
            key = (mark.lane, int((x0 + x1) / 2) // _BUCKET, -1 if dot else int(x1 - x0) // _BUCKET)
            held = buckets.get(key)
            if held is None or (mark.conflicted, mark.sources) > (
                held[0].conflicted,
                held[0].sources,
            ):
                buckets[key] = (mark, x0, x1)
        for mark, x0, x1 in buckets.values():
            self._paint_mark(painter, mark, x0, x1, lane_y.get(mark.lane, fallback_y), False)
        if selected is not None:
            mark, x0, x1 = selected
            self._paint_mark(painter, mark, x0, x1, lane_y.get(mark.lane, fallback_y), True)
        painter.restore()

    def _paint_covered(
        self,
        painter: QPainter,
        low: float,
        high: float,
        left: float,
        scale: float,
        lane_y: dict[str, float],
        fallback_y: float,
    ) -> None:
        """At a crowded zoom, the month- and year-dated events as the stretches of each lane
        they cover, one band per stretch: a thousand overlapping bars read no better."""
        first = bisect.bisect_left(self._span_starts, low - 366.0)
        last = bisect.bisect_right(self._span_starts, high)
        covered: dict[str, list[list[float]]] = {}
        for mark in self._spans[first:last]:
            if mark.end < low:
                continue
            stretches = covered.setdefault(mark.lane, [])
            if stretches and mark.start <= stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], mark.end)
            else:
                stretches.append([mark.start, mark.end])
        painter.setPen(Qt.PenStyle.NoPen)
        for lane, stretches in covered.items():
            colour = QColor(_COLOURS.get(lane, _COLOURS["other"]))
            colour.setAlpha(110)
            painter.setBrush(colour)
            y = lane_y.get(lane, fallback_y)
            for start, end in stretches:
                x0, x1 = left + (start - low) * scale, left + (end - low) * scale
                painter.drawRect(QRectF(x0, y - 4, max(x1 - x0, 2), 8))

    def _paint_mark(
        self, painter: QPainter, mark: Mark, x0: float, x1: float, y: float, selected: bool
    ) -> None:
        colour = _COLOURS.get(mark.category, _COLOURS["other"])
        if (mark.precise or x1 - x0 < 6) and not selected:
            dot = self._dot(colour, self._radius(mark), mark.planned, mark.conflicted)
            half = dot.width() / dot.devicePixelRatio() / 2
            painter.drawPixmap(QPointF((x0 + x1) / 2 - half, y - half), dot)
            return
        outline = QPen(self.palette().highlight().color(), 3) if selected else QPen(colour, 1.5)
        if mark.conflicted:
            outline = QPen(_CONFLICT, 3 if selected else 2)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush if mark.planned else colour)
        if mark.precise or x1 - x0 < 6:
            radius = self._radius(mark) + 2
            painter.drawEllipse(QPointF((x0 + x1) / 2, y), radius, radius)
        else:
            height = 6 + 2 * min(mark.sources, 4)
            painter.drawRoundedRect(QRectF(x0, y - height / 2, x1 - x0, height), 3, 3)

    def _dot(self, colour: QColor, radius: float, planned: bool, conflicted: bool) -> QPixmap:
        """A dot drawn once and then copied: painting thousands of antialiased ellipses a
        frame is what made a decade's zoom slow."""
        key = (colour.rgb(), radius, planned, conflicted)
        dot = self._dots.get(key)
        if dot is None:
            ratio = self.devicePixelRatioF()
            side = int((radius + 3) * 2)
            dot = QPixmap(int(side * ratio), int(side * ratio))
            dot.setDevicePixelRatio(ratio)
            dot.fill(Qt.GlobalColor.transparent)
            painter = QPainter(dot)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(_CONFLICT, 2) if conflicted else QPen(colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush if planned else colour)
            painter.drawEllipse(QPointF(side / 2, side / 2), radius, radius)
            painter.end()
            self._dots[key] = dot
        return dot

    def _paint_band(self, painter: QPainter) -> None:
        plot = self._plot()
        top = plot.bottom() + 6
        middle = top + (_BAND_HEIGHT - 12) / 2
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(QPointF(plot.left(), middle), QPointF(plot.right(), middle))
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QRectF(6, top, _LABEL_WIDTH - 10, _BAND_HEIGHT - 12),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.tr("Relation"),
        )
        if not self._months:
            return
        peak = max(max(coop, conflict) for coop, conflict in self._months.values()) or 1
        scale = (_BAND_HEIGHT - 16) / 2 / peak
        low, high = self._view
        painter.save()
        # A month begun before the view's first day is cut at the axis, not drawn under the
        # band's label.
        painter.setClipRect(QRectF(plot.left(), top, plot.width(), _BAND_HEIGHT))
        for (year, month), (coop, conflict) in self._months.items():
            first = dt.date(year, month, 1)
            following = (first + dt.timedelta(days=32)).replace(day=1)
            if following.toordinal() < low or first.toordinal() > high:
                continue
            x0, x1 = self._x(first.toordinal()), self._x(following.toordinal())
            width = max(x1 - x0 - 1, 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_COLOURS["agree"])
            painter.drawRect(QRectF(x0, middle - coop * scale, width, coop * scale))
            painter.setBrush(_COLOURS["threaten"])
            painter.drawRect(QRectF(x0, middle, width, conflict * scale))
        painter.restore()

    # Pointer and keys

    def mark_at(self, x: float, y: float) -> Mark | None:
        """The event drawn under a point, the nearest when several are."""
        best: tuple[float, Mark] | None = None
        low = self._day(x - 12)
        first = bisect.bisect_left(self._starts, low - 366.0)
        last = bisect.bisect_right(self._starts, self._day(x + 12))
        for mark in self._marks[first:last]:
            mark_y = self._lane_y(mark.lane)
            if abs(mark_y - y) > self._lane_height() / 2:
                continue
            x0, x1 = self._x(mark.start), self._x(mark.end)
            if mark.precise or x1 - x0 < 6:
                distance = abs((x0 + x1) / 2 - x)
                if distance > self._radius(mark) + 4:
                    continue
            elif x0 - 3 <= x <= x1 + 3:
                distance = 0.0
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, mark)
        return best[1] if best else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        mark = self.mark_at(position.x(), position.y())
        if mark is not None:
            self._choose(mark)
        else:
            self._drag_x = position.x()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._drag_x is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.pan(self._day(self._drag_x) - self._day(position.x()))
            self._drag_x = position.x()
        mark = self.mark_at(position.x(), position.y())
        self.setToolTip(self._tooltip(mark) if mark is not None else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_x = None
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(0.8**steps, self._day(event.position().x()))
        else:
            low, high = self._view
            self.pan(-steps * (high - low) / 10)
        event.accept()

    def event(self, event: QEvent) -> bool:
        """A trackpad's pinch zooms about the fingers, as Ctrl+wheel does."""
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom(1.0 / (1.0 + event.value()), self._day(event.position().x()))
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            # About the selected event while it is in view, as a map zooms about its pin.
            self.zoom(0.5 if key != Qt.Key.Key_Minus else 2.0, self._selected_day())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._marks:
            self._choose(self._marks[0 if key == Qt.Key.Key_Home else -1])
        elif key == Qt.Key.Key_0:
            self.fit_all()
        else:
            super().keyPressEvent(event)

    def _selected_day(self) -> float | None:
        """The middle of the selected event, if one is selected and in view."""
        low, high = self._view
        mark = self._mark(self._selected)
        if mark is None:
            return None
        middle = (mark.start + mark.end) / 2
        return middle if low <= middle <= high else None

    def _step(self, direction: int) -> None:
        if not self._marks:
            return
        ids = [mark.id for mark in self._marks]
        index = ids.index(self._selected) if self._selected in ids else -1
        if index < 0:
            index = 0 if direction > 0 else len(ids) - 1
        else:
            index = min(max(index + direction, 0), len(ids) - 1)
        self._choose(self._marks[index])

    def _choose(self, mark: Mark) -> None:
        self.select(mark.id)
        self.event_selected.emit(mark.id)

    def _tooltip(self, mark: Mark) -> str:
        day = dt.date.fromordinal(int(mark.start)).isoformat()
        lines = [f"{day} — {mark.title}", category_name(mark.category)]
        lines.append(self.tr("Reported by %n source(s).", "", mark.sources))
        if mark.conflicted:
            lines.append(self.tr("The sources give different days for it."))
        return "\n".join(lines)


@dataclass
class Prepared:
    """Events sorted and indexed for painting: made off the GUI thread for a large case."""

    marks: list[Mark]
    starts: list[float]
    dots_by_lane: dict[str, _LaneDots]
    spans: list[Mark]
    span_starts: list[float]
    lanes: list[str]
    lane_names: dict[str, str]
    months: dict[tuple[int, int], tuple[int, int]]


def prepare(marks: list[Mark], lane_names: dict[str, str], lanes: list[str]) -> Prepared:
    """Sort ``marks``, index each lane's day-dated ones, count the months' relation. Plain
    Python on plain data: safe to run on a job's thread."""
    ordered = sorted(marks, key=lambda mark: (mark.start, mark.id))
    dots_by_lane: dict[str, _LaneDots] = {}
    for mark in ordered:
        if mark.precise:
            dots_by_lane.setdefault(mark.lane, _LaneDots()).add(mark)
    for lane_dots in dots_by_lane.values():
        lane_dots.build()
    spans = [mark for mark in ordered if not mark.precise]
    months: dict[tuple[int, int], tuple[int, int]] = {}
    for mark in ordered:
        day = dt.date.fromordinal(int(mark.start))
        coop, conflict = months.get((day.year, day.month), (0, 0))
        category = Category(mark.category) if mark.category in _CATEGORY_ORDER else None
        if category is not None and category.cooperative:
            coop += 1
        elif category is not None and category.conflictive:
            conflict += 1
        months[(day.year, day.month)] = (coop, conflict)
    return Prepared(
        ordered,
        [mark.start for mark in ordered],
        dots_by_lane,
        spans,
        [mark.start for mark in spans],
        lanes,
        lane_names,
        months,
    )


class _LaneDots:
    """One lane's day-dated events by day, with a sparse table for "the heaviest between
    two days" in constant time (heaviest: a date conflict first, then the most sources)."""

    def __init__(self) -> None:
        self.marks: list[Mark] = []
        self.starts: list[float] = []
        self._table: list[list[int]] = []

    def add(self, mark: Mark) -> None:
        self.marks.append(mark)

    def build(self) -> None:
        self.marks.sort(key=lambda mark: mark.start)
        self.starts = [mark.start for mark in self.marks]
        weights = [(mark.conflicted, mark.sources) for mark in self.marks]
        level = list(range(len(self.marks)))
        self._weights = weights
        self._table = [level]
        width = 1
        while width * 2 <= len(level):
            previous = self._table[-1]
            level = [
                a if weights[a] >= weights[b] else b
                for a, b in zip(previous, previous[width:], strict=False)
            ]
            self._table.append(level)
            width *= 2

    def _best(self, low: int, high: int) -> int:
        """The index of the heaviest mark in marks[low:high] (high > low)."""
        span = (high - low).bit_length() - 1
        row = self._table[span]
        a, b = row[low], row[high - (1 << span)]
        return a if self._weights[a] >= self._weights[b] else b

    def heaviest(self, low: float, high: float, step: float) -> list[Mark]:
        """The heaviest mark of each ``step`` days between ``low`` and ``high``."""
        found = []
        start = bisect.bisect_left(self.starts, low)
        end = bisect.bisect_right(self.starts, high)
        while start < end:
            bucket_end = low + (int((self.starts[start] - low) / step) + 1) * step
            stop = bisect.bisect_left(self.starts, bucket_end, start, end)
            stop = max(stop, start + 1)
            found.append(self.marks[self._best(start, stop)])
            start = stop
        return found


def _date_label(day: dt.date, form: str) -> str:
    """``day`` in the interface's language ("Jan 2026", "ene 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def _ticks(low: float, high: float, width: float) -> list[tuple[float, str, bool]]:
    """Axis ticks for the days in view: years, months or days, as many as the width holds.
    The first tick and each new year's carry the year, so a zoomed view always says when."""
    days = high - low
    first = dt.date.fromordinal(max(1, int(low)))
    last = dt.date.fromordinal(max(1, int(high) + 1))
    ticks: list[tuple[float, str, bool]] = []
    if days > 365 * 3:
        step = max(1, int(days / 365 / max(width / 90, 1)) + 1)
        for year in range(first.year, last.year + 1):
            if year % step == 0:
                ticks.append((float(dt.date(year, 1, 1).toordinal()), str(year), True))
    elif days > 75:
        step = max(1, int(days / 30 / max(width / 70, 1)) + 1)
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            at = dt.date(year, month, 1)
            if (month - 1) % step == 0 and at.toordinal() >= low:
                form = "MMM yyyy" if month == 1 or not ticks else "MMM"
                ticks.append((float(at.toordinal()), _date_label(at, form), month == 1))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        step = max(1, int(days / max(width / 60, 1)) + 1)
        day = first
        while day <= last:
            in_view = day.toordinal() >= low
            if in_view and (day.toordinal() % step == 0 or day.day == 1):
                new_year = not ticks or (day.month == 1 and day.day == 1)
                form = "d MMM yyyy" if new_year else "d MMM"
                ticks.append((float(day.toordinal()), _date_label(day, form), day.day == 1))
            day += dt.timedelta(days=1)
    return ticks


class TimelinePicture(QWidget):
    """The canvas with its lane choice, reading the case's events and following changes."""

    event_selected = Signal(int)

    def __init__(
        self, library: Library, changes: LibraryChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._case_id: int | None = None
        self._runner: JobRunner | None = None
        self._generation = 0
        self.canvas = TimelineCanvas(self)
        self.canvas.event_selected.connect(self.event_selected)
        self.lanes = QComboBox(self)
        self.lanes.addItem(self.tr("Lanes by kind"), "category")
        self.lanes.addItem(self.tr("Lanes by acting country"), "country")
        self.lanes.addItem(self.tr("Lanes by actor"), "actor")
        self.lanes.currentIndexChanged.connect(lambda _index: self.reload())
        self.hint = QLabel(
            self.tr("Ctrl+wheel or +/− zooms, wheel or drag pans, ←/→ step, 0 shows all"), self
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.lanes)
        bar.addStretch(1)
        bar.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        scroll = QScrollArea(self)  # lanes by actor may be more than the pane's height holds
        scroll.setWidget(self.canvas)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        self._reload_timer = QTimer(self)  # many edits in a row (a merge, an import): one reload
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(50)
        self._reload_timer.timeout.connect(self.reload)
        for signal in (changes.item_changed, changes.item_added, changes.item_removed):
            signal.connect(self._changed)
        changes.sources_changed.connect(lambda *_args: self._reload_timer.start())

    def sizeHint(self) -> QSize:
        # The canvas's own wish, not its scroll area's: the splitter opens at the lanes' height.
        wanted = self.canvas.sizeHint()
        return QSize(wanted.width(), wanted.height() + self.lanes.sizeHint().height() + 4)

    def _changed(self, kind: str, _item_id: int) -> None:
        if kind == "event":
            self._reload_timer.start()

    def set_runner(self, runner: JobRunner) -> None:
        """Read and index the events on ``runner`` (the window's), off the GUI thread: a case
        of 100,000 events must not hold the first paint."""
        self._runner = runner

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.canvas.set_marks([], {}, [])
        # Read a moment later, not now: the window's first paint (the table's first rows)
        # should not share the interpreter with a read of the whole case.
        self._reload_timer.start()

    def reload(self) -> None:
        """Read the case's events again (not the rejected ones) and repaint."""
        if self._case_id is None:
            self.canvas.set_marks([], {}, [])
            return
        lanes_by = str(self.lanes.currentData())
        names = {lane: category_name(lane) for lane in _CATEGORY_ORDER}
        names["—"] = self.tr("No direction") if lanes_by == "country" else self.tr("No actor")
        work = partial(_read_marks, self._library, self._case_id, lanes_by, names)
        if self._runner is None:
            self.canvas.show_prepared(work(None))
            return
        if self._runner.closed:  # the window is closing: nothing more to draw
            return
        self._generation += 1
        generation = self._generation
        job = self._runner.start(lambda control: (generation, work(control)), background=True)
        # A bound method, not a lambda: Qt drops the connection when this view is deleted
        # (a window closed while its picture was still being read).
        job.succeeded.connect(self._show)

    def _show(self, result: tuple[int, Prepared]) -> None:
        generation, prepared = result
        if generation == self._generation:  # a later reload supersedes this one
            self.canvas.show_prepared(prepared)


_ACTOR_LANES = 12  # the actors most events name get a lane each; the rest share "—"


def _actors_of_events(library: Library, case_id: int, titles: dict[int, str]) -> dict[int, str]:
    """Each event's actor for the lanes: one linked to it, else the first of the case's
    accepted people and organisations its title names; only the actors most events name."""
    actors = [
        actor
        for actor in library.items("actor", case_id, reviews=[Review.ACCEPTED.value])
        if actor.kind != ActorKind.PLACE.value
    ]
    linked = library.event_actor_names(case_id)
    found: dict[int, str] = {}
    for event_id, title in titles.items():
        if event_id in linked:
            found[event_id] = linked[event_id]
            continue
        folded = title.casefold()
        for actor in actors:
            if any(name.casefold() in folded for name in (actor.name, *actor.alias_list)):
                found[event_id] = actor.name
                break
    counts: dict[str, int] = {}
    for name in found.values():
        counts[name] = counts.get(name, 0) + 1
    kept = set(sorted(counts, key=lambda name: -counts[name])[:_ACTOR_LANES])
    return {event_id: name for event_id, name in found.items() if name in kept}


def _read_marks(
    library: Library,
    case_id: int,
    lanes_by: str,
    names: dict[str, str],
    control: JobControl | None,
) -> Prepared:
    """The case's events as marks, sorted and indexed (runs on a job's thread; a window
    closing cancels it between the steps)."""
    rows = library.picture_rows(case_id)
    if control is not None:
        control.check_cancelled()
    actors = (
        _actors_of_events(library, case_id, {int(row[0]): str(row[4]) for row in rows})
        if lanes_by == "actor"
        else {}
    )
    marks = []
    for event_id, day, precision, end, title, status, category, direction, sources, days in rows:
        start, stop = _span(_as_date(day), precision, _as_date(end) if end else None)
        lane = category or Category.OTHER.value
        if lanes_by == "country":
            lane = (direction or "").split(">")[0] or "—"
        elif lanes_by == "actor":
            lane = actors.get(int(event_id), "—")
        marks.append(
            Mark(
                int(event_id),
                start,
                stop,
                lane,
                title,
                int(sources),
                int(days) > 1,
                status == EventStatus.PLANNED.value,
                precision == Precision.DAY.value,
                category or Category.OTHER.value,
            )
        )
    if lanes_by in ("country", "actor"):
        lanes = [*sorted({mark.lane for mark in marks} - {"—"}), "—"]
        lane_names = {lane: lane if lane != "—" else names["—"] for lane in lanes}
    else:
        used = {mark.lane for mark in marks}
        lanes = [lane for lane in _CATEGORY_ORDER if lane in used] or [Category.OTHER.value]
        lane_names = {lane: names.get(lane, lane) for lane in lanes}
    if control is not None:
        control.check_cancelled()
    return prepare(marks, lane_names, lanes)

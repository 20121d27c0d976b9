"""How long the painted timeline takes per frame, on a case of 10,000 events, at every zoom.

Each frame is the canvas painted into an offscreen image at 1200×420 (the size it has beside
the table at 1920 px), the median of ``--frames`` frames per zoom, against a floor measured
in the same run: the same canvas painting no events (lanes, axis and band only). Issue 12's
target: a frame under 16 ms at any zoom. Zooming and panning only move the view, so their
response is one frame; the time to load the events into the canvas is printed too.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_timeline_picture.py [--events N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from casefile.domain import Category
from ui.views.timeline_picture import Mark, TimelineCanvas

ZOOMS = {  # days in view
    "all (12 years)": None,
    "five years": 365.0 * 5,
    "eighteen months": 548.0,
    "one year": 365.0,
    "one month": 31.0,
    "one week": 7.0,
}


def marks(count: int) -> list[Mark]:
    """``count`` events over twelve years: most to the day, a fifth by month or year."""
    rng = random.Random(12)
    first = dt.date(2015, 1, 1).toordinal()
    categories = [category.value for category in Category]
    made = []
    for event_id in range(1, count + 1):
        day = first + rng.randrange(365 * 12)
        kind = rng.random()
        span = 1.0 if kind < 0.8 else (30.0 if kind < 0.95 else 365.0)
        made.append(
            Mark(
                event_id,
                float(day),
                float(day) + span,
                rng.choice(categories),
                f"Event {event_id}",
                rng.choice((1, 1, 1, 2, 3, 5)),
                rng.random() < 0.03,
                rng.random() < 0.1,
                span == 1.0,
                rng.choice(categories),
            )
        )
    return made


def frame_ms(canvas: TimelineCanvas, frames: int) -> float:
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(frames):
        start = time.perf_counter()
        canvas.render(image)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    lanes = [category.value for category in Category]
    names = {lane: lane for lane in lanes}

    empty = TimelineCanvas()
    empty.resize(1200, 420)
    empty.set_marks([], names, lanes)
    floor = frame_ms(empty, args.frames)

    canvas = TimelineCanvas()
    canvas.resize(1200, 420)
    made = marks(args.events)
    start = time.perf_counter()
    canvas.set_marks(made, names, lanes)
    loaded = (time.perf_counter() - start) * 1000
    print(f"{args.events} events, canvas 1200x420, median of {args.frames} frames")
    print(f"  load into the canvas: {loaded:.1f} ms")
    print(f"  floor (no events):    {floor:.2f} ms per frame")
    worst = 0.0
    centre = dt.date(2021, 6, 15).toordinal()
    for name, days in ZOOMS.items():
        if days is None:
            canvas.fit_all()
        else:
            canvas._set_view(centre - days / 2, centre + days / 2)
        low, high = canvas.view
        shown = sum(1 for mark in made if mark.end >= low and mark.start <= high)
        ms = frame_ms(canvas, args.frames)
        worst = max(worst, ms)
        print(f"  {name:<16} {shown:>6} in view  {ms:6.2f} ms per frame  ({ms / floor:.1f}x floor)")
    print(f"  worst frame {worst:.2f} ms (target under 16 ms)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

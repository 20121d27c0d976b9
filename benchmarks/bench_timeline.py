"""How soon the first screen paints: on an empty library, and on a case of 100,000 events.

Each figure is a fresh Python process, timed from its launch (interpreter start, imports,
queries) to its first paint, each beside a floor measured in the same run:

- the window on an EMPTY library, started as ``main.py`` starts it (``ui.app.main``), against
  a bare QApplication + QMainWindow process (issue 11's target: within 0.6 s);
- the main window on a library with one 100,000-event case (bulk Core insert), showing the
  timeline, against a bare QTableView over a 100,000-row model (target: within 4×); its peak
  RSS and the time to scroll to the bottom are printed too.

Medians of ``--runs`` runs give the ratios.

    .venv/bin/python benchmarks/bench_timeline.py [--events N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LAUNCHED = "CASEFILE_BENCH_LAUNCHED"  # the parent's clock when it started the child


def since_launch() -> float:
    """Seconds since the parent launched this child process (interpreter start included)."""
    return time.time() - float(os.environ[LAUNCHED])


def first_paint_filter(on_paint: Callable[[float], None]) -> Any:
    """An event filter that calls ``on_paint(since_launch())`` at the first Paint it sees."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.at:
                self.at = since_launch()
                on_paint(self.at)
            return False

    return FirstPaint()


def build_library(folder: Path, events: int) -> float:
    """A library with one case of ``events`` events; returns the seconds the insert took."""
    sys.path.insert(0, str(ROOT))
    from casefile.library import Library

    library = Library.open(folder)
    case = library.create_case("Seguridad MX–US (benchmark)")
    start = dt.date(2000, 1, 1)
    rows = [
        {
            "case_id": case.id,
            "date": start + dt.timedelta(days=number % 9000),
            "precision": ("day", "month", "year")[number % 3],
            "title": f"Reunión bilateral sobre fentanilo y tráfico de armas n.º {number}",
            "place": "Washington" if number % 2 else "Ciudad de México",
            "status": "planned" if number % 10 == 0 else "occurred",
            "review": "proposed" if number % 4 else "accepted",
        }
        for number in range(events)
    ]
    began = time.perf_counter()
    library.bulk_insert("event", rows)
    elapsed = time.perf_counter() - began
    library.close()
    # The bulk path leaves the search index to catch up at the next open; do it here, so that
    # every run of the window opens a library in the state an analyst's is in.
    Library.open(folder).close()
    return elapsed


def build_empty_library(folder: Path) -> None:
    """A fresh library with no case, created (and migrated) before any timed run."""
    sys.path.insert(0, str(ROOT))
    from casefile.library import Library

    Library.open(folder).close()


def run_window(folder: str) -> None:
    """Child process: open the window on the library, show the timeline, paint, quit."""
    began = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    importlib.import_module("casefile.library")  # before PySide6, as main.py imports it
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from casefile.library import Library
    from ui.main_window import MainWindow

    app = QApplication([])
    first_paint = first_paint_filter(lambda _at: QTimer.singleShot(0, app.quit))
    imported = time.perf_counter()
    library = Library.open(Path(folder), defer_checks=True)  # as ui.app opens it
    settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    table = window.tabs.show_tab("event")
    table.view.viewport().installEventFilter(first_paint)
    built = time.perf_counter()
    window.show()
    app.exec()
    painted = time.perf_counter()
    table.view.scrollToBottom()
    table.view.viewport().repaint()
    scrolled = time.perf_counter()
    rows = table.model.rowCount()
    window.close()
    app.processEvents()  # deferred work (drop targets) runs before the process ends
    ended = time.perf_counter()
    library.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"first_paint={first_paint.at:.3f} imports={imported - began:.3f} "
        f"window={built - imported:.3f} rows_loaded={rows} "
        f"scroll_to_bottom={scrolled - painted:.3f} "
        f"to_exit={ended - began:.3f} peak_mb={peak:.0f}"
    )


def run_empty_window(folder: str) -> None:
    """Child process: start as main.py does (``ui.app.main``) on an empty library; quit at the
    first paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    main_py = importlib.import_module("main")  # main.py, its imports in their order
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import ui.app

    first_paint = first_paint_filter(lambda _at: QTimer.singleShot(0, QApplication.quit))
    create_application = ui.app.create_application

    def watched_application(argv: list[str]) -> QApplication:
        app = create_application(argv)
        app.installEventFilter(first_paint)
        return app

    ui.app.create_application = watched_application  # type: ignore[assignment]
    status = main_py.main([sys.argv[0], "--library", folder])
    print(f"first_paint={first_paint.at:.3f} status={status}")


def run_bare_window() -> None:
    """Child process: the floor, a bare QApplication and QMainWindow, painted once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    first_paint = first_paint_filter(lambda _at: QTimer.singleShot(0, app.quit))
    app.installEventFilter(first_paint)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
    print(f"first_paint={first_paint.at:.3f}")


def run_bare_table(rows: int) -> None:
    """Child process: a QTableView over a plain 100,000-row model, for comparison."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    class Rows(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return rows

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 5

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return f"{index.row()}:{index.column()}"

    app = QApplication([])
    model = Rows()
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    first_paint = first_paint_filter(lambda _at: QTimer.singleShot(0, app.quit))
    view.viewport().installEventFilter(first_paint)
    view.show()
    app.exec()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"first_paint={first_paint.at:.3f} rows={model.rowCount()} peak_mb={peak:.0f}")


def timed_child(arguments: list[str], **environment: str) -> tuple[float, float, str]:
    """Run this script as a child; (seconds in all, seconds to its first paint, its line)."""
    began = time.perf_counter()
    inherited = {
        name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
    }
    result = subprocess.run(
        [sys.executable, __file__, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env={
            **inherited,
            "QT_QPA_PLATFORM": "offscreen",
            **environment,
            LAUNCHED: repr(time.time()),
        },
    )
    line = result.stdout.strip().splitlines()[-1]
    painted = float(line.split("first_paint=")[1].split()[0])
    return time.perf_counter() - began, painted, line


def measure(label: str, runs: int, arguments: list[str], **environment: str) -> float:
    """Print each run of one child and return the median seconds to its first paint."""
    paints = []
    for run in range(1, runs + 1):
        seconds, painted, line = timed_child(arguments, **environment)
        paints.append(painted)
        print(f"{label}, run {run}: {seconds:.2f} s in all; {line}")
    return statistics.median(paints)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child-window", metavar="LIBRARY", help=argparse.SUPPRESS)
    parser.add_argument("--child-empty", metavar="LIBRARY", help=argparse.SUPPRESS)
    parser.add_argument("--child-bare-window", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-table", type=int, metavar="ROWS", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child_window:
        run_window(arguments.child_window)
        return
    if arguments.child_empty:
        run_empty_window(arguments.child_empty)
        return
    if arguments.child_bare_window:
        run_bare_window()
        return
    if arguments.child_table:
        run_bare_table(arguments.child_table)
        return
    runs = arguments.runs
    with tempfile.TemporaryDirectory() as temporary:
        empty = Path(temporary) / "empty"
        build_empty_library(empty)
        # The children read compiled bytecode, as an installed app does (pip compiles it), even
        # where PYTHONDONTWRITEBYTECODE is set; one warm-up run writes it. The empty window
        # reads its settings from the temporary folder, not from the user's own.
        settings = {
            "XDG_CONFIG_HOME": str(Path(temporary) / "config"),
            "PYTHONPYCACHEPREFIX": str(Path(temporary) / "bytecode"),
        }
        timed_child(["--child-empty", str(empty)], **settings)
        window = measure(
            "window on an empty library", runs, ["--child-empty", str(empty)], **settings
        )
        floor = measure(
            "bare QApplication + QMainWindow", runs, ["--child-bare-window"], **settings
        )
        print(
            f"EMPTY LIBRARY: first paint {window:.3f} s after process start (median), "
            f"target <= 0.6 s; floor {floor:.3f} s, ratio {window / floor:.1f}"
        )

        folder = Path(temporary) / "library"
        insert = build_library(folder, arguments.events)
        print(f"bulk insert of {arguments.events:,} events: {insert:.2f} s")
        timeline = measure(
            "main window on the timeline", runs, ["--child-window", str(folder)], **settings
        )
        bare = measure(
            "bare QTableView, same row count",
            runs,
            ["--child-table", str(arguments.events)],
            **settings,
        )
        print(
            f"{arguments.events:,}-EVENT TIMELINE: first paint {timeline:.3f} s after process "
            f"start (median); bare QTableView {bare:.3f} s; ratio {timeline / bare:.1f}, "
            "target <= 4"
        )


if __name__ == "__main__":
    main()

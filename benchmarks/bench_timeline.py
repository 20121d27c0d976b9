"""How long the main window takes to open on a case of 100,000 events, and at what memory.

Builds a library with one 100,000-event case (bulk Core insert), then runs a fresh Python
process that opens the main window on it, shows the timeline, paints it once and quits; the
figure is that whole process (interpreter start, imports, query, first paint) and its peak RSS.
For scale, the same is measured for a bare QTableView over a 100,000-row model.

    .venv/bin/python benchmarks/bench_timeline.py [--events N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
    return elapsed


def run_window(folder: str) -> None:
    """Child process: open the window on the library, show the timeline, paint, quit."""
    began = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from casefile.library import Library
    from ui.main_window import MainWindow

    class FirstPaint(QObject):
        """Notes when the timeline's rows are first painted, then lets the loop run out."""

        at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.at:
                self.at = time.perf_counter()
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication([])
    imported = time.perf_counter()
    library = Library.open(Path(folder))
    settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    table = window.tabs.show_tab("event")
    first_paint = FirstPaint()
    table.view.viewport().installEventFilter(first_paint)
    built = time.perf_counter()
    window.show()
    app.exec()
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
        f"rows={rows} imports={imported - began:.3f} window={built - imported:.3f} "
        f"first_paint={first_paint.at - began:.3f} "
        f"scroll_to_bottom={scrolled - first_paint.at:.3f} "
        f"to_exit={ended - began:.3f} peak_mb={peak:.0f}"
    )


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
    view.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows={model.rowCount()} peak_mb={peak:.0f}")


def timed_child(arguments: list[str]) -> tuple[float, str]:
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return time.perf_counter() - began, result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child-window", metavar="LIBRARY", help=argparse.SUPPRESS)
    parser.add_argument("--child-table", type=int, metavar="ROWS", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child_window:
        run_window(arguments.child_window)
        return
    if arguments.child_table:
        run_bare_table(arguments.child_table)
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "library"
        insert = build_library(folder, arguments.events)
        print(f"bulk insert of {arguments.events:,} events: {insert:.2f} s")
        for run in range(1, arguments.runs + 1):
            seconds, figures = timed_child(["--child-window", str(folder)])
            print(f"main window on the timeline, run {run}: {seconds:.2f} s in all; {figures}")
        seconds, figures = timed_child(["--child-table", str(arguments.events)])
        print(f"bare QTableView, same row count: {seconds:.2f} s in all; {figures}")


if __name__ == "__main__":
    main()

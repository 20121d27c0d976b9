"""Screenshots of the timeline picture over a case built from the fixture articles.

    .venv/bin/python scripts/screenshot_picture.py               # offscreen
    DISPLAY=:99 .venv/bin/python scripts/screenshot_picture.py --platform xcb   # under Xvfb

Imports tests/fixtures/articles and tests/fixtures/heldout into one case, every proposal
accepted (``casefile import --accept``: the same meeting in several articles becomes one event
with several sources), selects the event most sources report, and writes
docs/images/timeline-picture-1280x800.png (the whole case) and
docs/images/timeline-picture-zoomed-1280x800.png (zoomed about that event with +).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT))

from screenshot import screenshot_app, security_case  # noqa: E402  (scripts/ is on the path, as its folder)


def build_library(folder: Path) -> int:
    from casefile.importer import import_paths
    from casefile.library import Library

    library = Library.open(folder)
    case = security_case(library)
    assert case.id is not None
    report = import_paths(
        library, case.id, [FIXTURES / "articles", FIXTURES / "heldout"], accept=True
    )
    print(f"imported: {report.summary()}")
    library.close()
    return case.id


def grab(folder: Path, case_id: int, out: Path) -> None:
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from casefile.library import Library
    from ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    library = Library.open(folder)
    settings = QSettings(str(folder / "screenshot.ini"), QSettings.Format.IniFormat)
    settings.setValue("session/last_case", str(case_id))
    window = MainWindow(library, settings)
    window.resize(1280, 800)
    window.show()
    table = window.tabs.show_tab("event")
    picture = window.tabs.picture
    for _ in range(50):  # the picture reads the case on the window's job runner
        app.processEvents()
        if picture.canvas._marks:
            break
        window.jobs.runner.wait_for_all(100)
    # (id, date, precision, end, title, status, category, direction, sources, days)
    best = max(library.picture_rows(case_id), key=lambda row: (row[8], -row[0]))
    table.select_item(best[0])
    picture.canvas.fit_all()
    for _ in range(5):
        app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    whole = out / "timeline-picture-1280x800.png"
    window.grab().save(str(whole))
    print(f"wrote {whole} (event {best[0]}, {best[8]} sources)")
    canvas = picture.canvas
    canvas.setFocus()
    for _ in range(4):  # + zooms about the selected event, as the analyst would
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier)
        canvas.keyPressEvent(press)
    for _ in range(5):
        app.processEvents()
    zoomed = out / "timeline-picture-zoomed-1280x800.png"
    window.grab().save(str(zoomed))
    print(f"wrote {zoomed}")
    window.close()
    library.close()


def main() -> None:
    arguments, _app = screenshot_app(__doc__.splitlines()[0], ROOT / "docs" / "images")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "library"
        case_id = build_library(folder)
        grab(folder, case_id, arguments.out)


if __name__ == "__main__":
    main()

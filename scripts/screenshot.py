"""Screenshots of the main window over a real case built from tests/fixtures/articles.

    .venv/bin/python scripts/screenshot.py            # offscreen, writes docs/main-window*.png
    DISPLAY=:99 .venv/bin/python scripts/screenshot.py --platform xcb   # under Xvfb

Writes docs/main-window.png (1280×800), docs/main-window-1920.png (1920×1080) and
docs/main-window-es.png (1280×800, Spanish interface).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from casefile.library import Library
    from casefile.models import Case


def security_case(library: Library) -> Case:
    """The Mexico–US security case the screenshots show (empty)."""
    case = library.create_case(
        "Seguridad México–EE. UU.",
        ["MX", "US"],
        "Cooperación bilateral en seguridad: fentanilo, tráfico de armas, Grupo de Implementación.",
    )
    assert case.id is not None
    return case


def build_library(folder: Path) -> int:
    """A library with the fixture articles imported into one case, half reviewed."""
    from casefile.domain import Review
    from casefile.importer import import_paths
    from casefile.library import Library
    from casefile.models import Event

    library = Library.open(folder)
    case = security_case(library)
    assert case.id is not None
    report = import_paths(library, case.id, [ARTICLES])
    print(f"imported: {report.summary()}")
    for kind in ("event", "quote", "caption", "actor"):
        for number, item in enumerate(library.items(kind, case.id)):
            if number % 3 != 2:
                library.set_review(kind, item.id, Review.ACCEPTED.value)
    library.update(
        "case",
        case.id,
        summary="México y EE.UU. acordaron metas comunes contra el tráfico de armas y "
        "de fentanilo; la próxima reunión ministerial está prevista para febrero.",
    )
    for title, events in (("Aranceles al acero", 14), ("Migración y frontera norte", 37)):
        other = library.create_case(title, ["MX", "US"])
        for number in range(events):
            library.add(
                Event(
                    case_id=other.id,
                    date=dt.date(2025, 1 + number % 12, 1 + number % 27),
                    title=f"{title}: hecho {number + 1}",
                )
            )
    for name, query in (
        ("Fentanilo en puertos", "fentanyl puerto*"),
        ("Armas: tráfico hacia el sur", '"tráfico de armas" OR "arms trafficking"'),
        ("Lo que dijo la SRE desde enero", "speaker:SRE after:2026-01"),
    ):
        library.save_search(name, query)
    archived = library.create_case("Cumbre de Líderes de América del Norte 2024")
    library.update("case", archived.id, archived=True)
    library.close()
    return case.id


def grab(folder: Path, case_id: int, size: tuple[int, int], out: Path, language: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from casefile.library import Library
    from ui.app import install_translations
    from ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, language)
    library = Library.open(folder)
    settings = QSettings(str(folder / f"screenshot-{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue("session/last_case", str(case_id))
    window = MainWindow(library, settings)
    window.resize(*size)
    window.show()
    app.processEvents()
    splitter_sizes = [int(size[0] * 0.22), int(size[0] * 0.5), int(size[0] * 0.28)]
    window.splitter.setSizes(splitter_sizes)
    table = window.tabs.show_tab("event")
    planned = next(
        (
            row
            for row in range(table.proxy.rowCount())
            if table.proxy.index(row, 3).data(0) in ("planned", "previsto")
        ),
        0,
    )
    table.select_item(
        table.model.item_id(table.proxy.mapToSource(table.proxy.index(planned, 0)).row())
    )
    table.view.setFocus()
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(f"wrote {out} ({size[0]}×{size[1]})")
    window.close()
    library.close()
    for translator in translators:
        app.removeTranslator(translator)


def screenshot_app(description: str, out: Path) -> tuple[argparse.Namespace, object]:
    """The screenshot scripts' command line (--platform, --out) and their QApplication,
    on its own settings (organisation "CasefileScreenshots"), never the analyst's."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    parser.add_argument("--out", type=Path, default=out)
    arguments = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = arguments.platform
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("CasefileScreenshots")
    app = QApplication([])
    app.setApplicationName("Casefile")
    return arguments, app


def main() -> None:
    arguments, _app = screenshot_app(__doc__.splitlines()[0], ROOT / "docs")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "library"
        case_id = build_library(folder)
        grab(folder, case_id, (1280, 800), arguments.out / "main-window.png", "en")
        grab(folder, case_id, (1920, 1080), arguments.out / "main-window-1920.png", "en")
        grab(folder, case_id, (1280, 800), arguments.out / "main-window-es.png", "es")


if __name__ == "__main__":
    main()

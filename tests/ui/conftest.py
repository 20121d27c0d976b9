"""UI fixtures: a library in tmp_path, settings in an ini file there, the main window over both."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from PySide6.QtCore import QCoreApplication, QSettings

from casefile.domain import Review
from casefile.library import Library
from casefile.models import Actor, Caption, CaseSource, Event, Quote, Source

QCoreApplication.setOrganizationName("CasefileTests")  # never the analyst's real settings
QCoreApplication.setApplicationName("CasefileTests")


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):  # type: ignore[no-untyped-def]
    """As the app does: garbage (closed windows, models) is only ever collected on this thread."""
    from ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()


ARTICLE = (
    "CIUDAD DE MÉXICO.— El canciller se reunió el 23 de enero de 2026 con el secretario de "
    "Estado para hablar de fentanilo y tráfico de armas. «Vamos a detener el tráfico», dijo. "
    "La próxima reunión del Grupo de Implementación será en febrero de 2026."
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    from write_refusals import install

    opened = Library.open(tmp_path / "lib")
    install(opened)  # before a window's background job connects (tests/write_refusals.py)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _add_source(library: Library, case_id: int, title: str, text: str = ARTICLE) -> int:
    """A source linked to the case, as an import would store it."""
    with library.session() as session:
        source = Source(
            content_hash=f"hash-{title}-{case_id}",
            title=title,
            outlet="El Universal",
            text=text,
            published=dt.date(2026, 1, 24),
        )
        session.add(source)
        session.flush()
        assert source.id is not None
        session.add(CaseSource(case_id=case_id, source_id=source.id))
        session.commit()
        return source.id


@pytest.fixture
def add_source(library: Library):  # type: ignore[no-untyped-def]
    """add_source(case_id, title, text=ARTICLE) -> source id."""
    return lambda case_id, title, text=ARTICLE: _add_source(library, case_id, title, text)


@pytest.fixture
def security_case(library: Library) -> int:
    """A case with one source and an event, quote, caption and actor drawn from it."""
    case = library.create_case("Seguridad MX–US", ["MX", "US"])
    assert case.id is not None
    source_id = _add_source(library, case.id, "Reunión en Washington")
    start = ARTICLE.index("el 23 de enero")
    library.add(
        Event(
            case_id=case.id,
            date=dt.date(2026, 1, 23),
            title="Reunión de seguridad",
            place="Washington",
            source_id=source_id,
            evidence_start=start,
            evidence_end=start + len("el 23 de enero de 2026"),
            evidence_text="el 23 de enero de 2026",
        )
    )
    library.add(
        Event(
            case_id=case.id,
            date=dt.date(2026, 2, 1),
            precision="month",
            title="Grupo de Implementación",
            status="planned",
            review=Review.PROPOSED.value,
            source_id=source_id,
        )
    )
    library.add(
        Quote(
            case_id=case.id,
            text="Vamos a detener el tráfico",
            speaker="Canciller",
            source_id=source_id,
            review=Review.PROPOSED.value,
        )
    )
    library.add(Caption(case_id=case.id, caption="El canciller en Washington", credit="SRE"))
    library.add(
        Actor(case_id=case.id, name="Secretaría de Relaciones Exteriores", kind="organisation")
    )
    return case.id


@pytest.fixture
def make_window(qtbot, library: Library, settings: QSettings):  # type: ignore[no-untyped-def]
    """Opens a main window over the library as it is now (create the data first)."""
    from ui.main_window import MainWindow

    opened: list[MainWindow] = []

    import shiboken6
    import write_refusals

    def make() -> MainWindow:
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        runner = window.jobs.runner
        write_refusals.QUIET.append(lambda: shiboken6.isValid(runner) and runner.wait_for_all())
        with qtbot.waitActive(window):  # shortcuts only reach the active window
            window.show()
            window.activateWindow()
        opened.append(window)
        return window

    yield make
    write_refusals.QUIET.clear()
    for window in opened:
        window.close()


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    """The main window over the library (empty unless a data fixture ran first)."""
    return make_window()

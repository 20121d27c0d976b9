"""The window shows what others change while it is open (issue 14): the command line on the
same folder, a colleague on the team library; the analyst's selection and typing stay."""

from __future__ import annotations

import datetime as dt
from contextlib import closing

from cli_runner import casefile
from PySide6.QtCore import QSettings

from casefile.library import Library
from casefile.models import Event
from ui.main_window import MainWindow

SEEN_WITHIN_MS = 8000  # "within a few seconds": the window asks once a second

ARTICLE = """date 2026-02-06
Reunión ministerial de seguridad en Washington

WASHINGTON.— Los cancilleres de México y Estados Unidos se reunieron el pasado jueves 5 de
febrero en Washington y acordaron metas mensuales contra el tráfico de armas.
"""


def test_an_import_from_the_command_line_appears_in_the_open_window(
    qtbot, security_case, library: Library, make_window, tmp_path
) -> None:
    window = make_window()
    sources = window.tabs.show_tab("source")
    assert sources.model.rowCount() == 1
    events = window.tabs.tables["event"]
    first_event = events.model.item_id(0)
    events.select_item(first_event)
    article = tmp_path / "reunion.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    casefile(library.folder, "import", str(security_case), str(article))
    qtbot.waitUntil(lambda: sources.model.rowCount() == 2, timeout=SEEN_WITHIN_MS)
    counts = window.case_model.case_row(security_case)
    assert counts is not None
    qtbot.waitUntil(lambda: window.case_model.case_row(security_case).counts["source"] == 2)
    assert events.current_item_id() == first_event  # the selection stayed
    casefile(library.folder, "search", "armas", "--save", "Armas")
    qtbot.waitUntil(lambda: window.saved_searches.names() == ["Armas"], timeout=SEEN_WITHIN_MS)


def test_a_colleagues_edit_shows_and_what_the_analyst_types_stays(
    qtbot, security_case, library: Library, make_window
) -> None:
    window = make_window()
    events = window.tabs.show_tab("event")
    event_id = events.model.item_id(0)
    events.select_item(event_id)
    form = window.detail.current_form()
    place = form.editors["place"].line
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, "Ciudad de Mexi")  # typing, not finished
    with closing(Library.open(library.folder)) as colleague:
        shown = library.get("event", event_id)
        colleague.update(
            "event", event_id, seen={"title": shown.title}, title="Cumbre de seguridad"
        )
    title = form.editors["title"].line
    qtbot.waitUntil(lambda: title.text() == "Cumbre de seguridad", timeout=SEEN_WITHIN_MS)
    row = events.model.row_of(event_id)
    assert row is not None
    assert "Cumbre de seguridad" in {
        events.model.index(row, column).data() for column in range(events.model.columnCount())
    }
    assert place.text() == "Ciudad de Mexi"  # the analyst's typing is still there
    assert place.hasFocus()
    assert events.current_item_id() == event_id
    qtbot.keyClicks(place, "co")
    place.editingFinished.emit()
    assert library.get("event", event_id).place == "Ciudad de Mexico"
    assert library.get("event", event_id).title == "Cumbre de seguridad"  # both edits kept


def test_a_team_library_window_hears_a_colleague_through_listen_notify(
    qtbot, team_url: str, tmp_path
) -> None:
    with closing(Library.open(team_url)) as library:
        case = library.create_case("Seguridad")
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)  # closed and deleted below, before its library
        window.show()
        events = window.tabs.show_tab("event")
        assert events.model.rowCount() == 0
        with closing(Library.open(team_url)) as colleague:
            colleague.add(
                Event(case_id=case.id, date=dt.date(2026, 2, 5), title="Reunión ministerial")
            )
        qtbot.waitUntil(lambda: events.model.rowCount() == 1, timeout=SEEN_WITHIN_MS)
        window.close()
        # Gone before its library closes: no timer of it fires on a dropped database.
        with qtbot.waitSignal(window.destroyed):
            window.deleteLater()

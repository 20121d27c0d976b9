"""Typing the date of a source proposes its relative dates, correcting it moves the untouched
ones, and undo takes each step back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from casefile.importer import import_paths
from casefile.library import Library

ARTICLE = (
    "Cancilleres acuerdan nueva ronda\n\n"
    "Los cancilleres de ambos países se reunieron este lunes en la frontera y acordaron "
    "revisar el tratado de aguas.\n\n"
    "La comisión mixta fue creada el 4 de marzo de 2019 en Santa Cruz.\n"
)


def test_typing_or_correcting_a_sources_date_proposes_its_relative_dates_undoably(
    qtbot, library: Library, make_window, tmp_path: Path
) -> None:
    page = tmp_path / "nota.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    case = library.create_case("Bolivia–Chile", ["BO", "CL"])
    import_paths(library, case.id, [page])
    window = make_window()
    sources = window.tabs.show_tab("source")
    source_id = sources.model.item_id(0)
    assert sources.select_item(source_id)
    line = window.detail.current_form().editors["published"].line

    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "2025-03-12")
    qtbot.keyClick(line, Qt.Key.Key_Return)

    days = sorted(str(row[1]) for row in library.event_rows(case.id))
    assert days == ["2019-03-04", "2025-03-10"]  # "este lunes", said on Wednesday the 12th
    assert "propose 1 event" in window.statusBar().currentMessage()
    events = window.tabs.show_tab("event")
    qtbot.waitUntil(lambda: events.model.rowCount() == 2)
    sources = window.tabs.show_tab("source")
    assert sources.select_item(source_id)
    line = window.detail.current_form().editors["published"].line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "2025-03-19")  # a week out: the untouched proposal moves with it
    qtbot.keyClick(line, Qt.Key.Key_Return)
    days = sorted(str(row[1]) for row in library.event_rows(case.id))
    assert days == ["2019-03-04", "2025-03-17"]
    events = window.tabs.show_tab("event")
    qtbot.waitUntil(lambda: events.model.rowCount() == 2)

    window.undo_stack.undo()
    days = sorted(str(row[1]) for row in library.event_rows(case.id))
    assert days == ["2019-03-04", "2025-03-10"]
    qtbot.waitUntil(lambda: events.model.rowCount() == 2)
    window.undo_stack.undo()

    assert [str(row[1]) for row in library.event_rows(case.id)] == ["2019-03-04"]
    assert library.get("source", source_id).published is None
    qtbot.waitUntil(lambda: events.model.rowCount() == 1)

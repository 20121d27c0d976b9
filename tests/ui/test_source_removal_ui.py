"""Removing a source from the Sources tab: confirmed, one undo step, everything back on undo."""

from __future__ import annotations

from message_boxes import answer_message_box
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casefile.library import Library


def _select_source(window):  # type: ignore[no-untyped-def]
    table = window.tabs.show_tab("source")
    source_id = table.model.item_id(0)
    assert table.select_item(source_id)
    table.view.setFocus()
    return table, source_id


def test_delete_on_a_source_asks_then_removes_it_with_its_items_and_undo_puts_them_back(
    qtbot, security_case: int, library: Library, make_window
) -> None:
    window = make_window()
    table, source_id = _select_source(window)
    assert window.menu_actions.delete.isEnabled()
    events = window.tabs.tables["event"].model
    assert events.rowCount() == 2

    seen = answer_message_box(qtbot, "Remove")
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    assert "Reunión en Washington" in seen[0]
    assert "3 items" in seen[0]  # two events and a quote were drawn from it
    assert table.model.rowCount() == 0
    assert events.rowCount() == 0
    assert library.sources(security_case) == []
    assert [c.caption for c in library.items("caption", security_case)] == [
        "El canciller en Washington"  # typed by hand: it has no source and stays
    ]

    window.menu_actions.undo.trigger()
    assert table.model.rowCount() == 1
    assert events.rowCount() == 2
    assert [source.id for source in library.sources(security_case)] == [source_id]
    assert library.items("quote", security_case)[0].source_id == source_id


def test_cancel_keeps_the_source(qtbot, security_case: int, library: Library, make_window) -> None:
    window = make_window()
    table, source_id = _select_source(window)
    answer_message_box(qtbot, "Cancel")
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    assert [source.id for source in library.sources(security_case)] == [source_id]
    assert window.undo_stack.count() == 0


def test_a_source_without_a_title_is_named_by_its_file(library: Library) -> None:
    from casefile.models import Source
    from ui.source_actions import source_label

    source = library.add(Source(content_hash="f" * 64, original_name="nota-sin-titulo.txt"))
    assert source_label(library, source.id) == "nota-sin-titulo.txt"

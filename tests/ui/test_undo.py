"""Every edit goes through the undo stack and round-trips through the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casefile.library import Library


def _select_first(window, kind: str):  # type: ignore[no-untyped-def]
    table = window.tabs.show_tab(kind)
    item_id = table.model.item_id(0)
    assert table.select_item(item_id)
    return table, item_id


def _type_into(qtbot, line, text: str) -> None:  # type: ignore[no-untyped-def]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_editing_a_field_writes_the_database_and_undo_redo_round_trip(
    qtbot, security_case, library: Library, make_window
) -> None:
    window = make_window()
    table, event_id = _select_first(window, "event")
    title = window.detail.current_form().editors["title"].line
    _type_into(qtbot, title, "Reunion bilateral")
    assert library.get("event", event_id).title == "Reunion bilateral"
    assert table.proxy.index(0, 1).data() == "Reunion bilateral"
    assert window.menu_actions.undo.text() == "Undo Edit event"
    window.menu_actions.undo.trigger()
    assert library.get("event", event_id).title == "Reunión de seguridad"
    assert title.text() == "Reunión de seguridad"
    window.menu_actions.redo.trigger()
    assert library.get("event", event_id).title == "Reunion bilateral"


def test_typing_a_month_sets_the_date_and_its_precision(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    table, event_id = _select_first(window, "event")
    editor = window.detail.current_form().editors["date+precision"].line
    _type_into(qtbot, editor, "2025-11")
    event = library.get("event", event_id)
    assert (event.date, event.precision) == (dt.date(2025, 11, 1), "month")
    assert table.proxy.index(0, 0).data() == "Nov 2025"
    window.undo_stack.undo()
    event = library.get("event", event_id)
    assert (event.date, event.precision) == (dt.date(2026, 1, 23), "day")


def test_a_date_that_is_not_a_date_is_refused_with_a_message(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    _table, event_id = _select_first(window, "event")
    editor = window.detail.current_form().editors["date+precision"].line
    _type_into(qtbot, editor, "el martes")
    assert library.get("event", event_id).date == dt.date(2026, 1, 23)
    assert editor.text() == "2026-01-23"
    assert "not a date" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_choosing_a_status_is_one_undoable_edit(security_case, library, make_window) -> None:
    window = make_window()
    _table, event_id = _select_first(window, "event")
    combo = window.detail.current_form().editors["status"].combo
    combo.setCurrentIndex(combo.findData("planned"))
    combo.activated.emit(combo.currentIndex())
    assert library.get("event", event_id).status == "planned"
    window.undo_stack.undo()
    assert library.get("event", event_id).status == "occurred"


def test_tags_are_set_and_undone(qtbot, security_case, library, make_window) -> None:
    window = make_window()
    _table, quote_id = _select_first(window, "quote")
    tags = window.detail.current_form().editors["tags"].line
    _type_into(qtbot, tags, "fentanilo, armas")
    assert library.tags("quote", quote_id) == ["armas", "fentanilo"]
    window.undo_stack.undo()
    assert library.tags("quote", quote_id) == []


def test_case_fields_are_edited_in_the_detail_pane(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    assert window.detail.shown == ("case", security_case)
    summary = window.detail.current_form().editors["summary"].text
    summary.setFocus()
    qtbot.keyClicks(summary, "Cooperacion en seguridad")
    window.case_list.view.setFocus()  # leaving the field saves it
    assert library.case(security_case).summary == "Cooperacion en seguridad"
    window.undo_stack.undo()
    assert library.case(security_case).summary == ""


def test_delete_key_deletes_the_selected_item_and_undo_restores_it(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    table, event_id = _select_first(window, "event")
    library.set_tags("event", event_id, ["cumbre"])
    table.view.setFocus()
    with qtbot.assertNotEmitted(table.model.modelReset):
        QTest.keyClick(table.view, Qt.Key.Key_Delete)
    assert table.model.rowCount() == 1
    assert [event.id for event in library.items("event", security_case)] != [event_id]
    window.menu_actions.undo.trigger()
    assert table.model.rowCount() == 2
    assert library.get("event", event_id).title == "Reunión de seguridad"
    assert library.tags("event", event_id) == ["cumbre"]


def test_accept_and_reject_shortcuts_work_on_the_selection(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    table = window.tabs.show_tab("event")
    planned = table.model.item_id(1)
    table.select_item(planned)
    table.view.setFocus()
    QTest.keyClick(table.view, Qt.Key.Key_A)
    assert library.get("event", planned).review == "accepted"
    QTest.keyClick(table.view, Qt.Key.Key_R)
    assert library.get("event", planned).review == "rejected"
    assert table.model.row_of(planned) is None  # rejected proposals leave the table
    window.undo_stack.undo()
    assert library.get("event", planned).review == "accepted"
    assert table.model.row_of(planned) is not None


def test_typing_a_letter_in_a_field_does_not_accept(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    table = window.tabs.show_tab("event")
    planned = table.model.item_id(1)
    table.select_item(planned)
    title = window.detail.current_form().editors["title"].line
    title.setFocus()
    qtbot.keyClicks(title, "a")
    assert library.get("event", planned).review == "proposed"
    assert title.text() == "aGrupo de Implementación"


def _pending(library: Library, case_id: int) -> int:
    return sum(
        len(library.items(kind, case_id, reviews=["proposed"])) for kind in ("event", "quote")
    )


def test_edit_menu_accept_works_on_the_review_tab(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    window.tabs.show_review()
    assert window.menu_actions.accept.isEnabled()
    before = _pending(library, security_case)
    window.menu_actions.accept.trigger()
    assert _pending(library, security_case) == before - 1
    window.menu_actions.undo.trigger()
    assert _pending(library, security_case) == before

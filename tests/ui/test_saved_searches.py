"""Saved searches in the sidebar and the analyst's glossary in Settings (issue 13), on a real
library and real widgets: the dialogs are answered by typing into them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QTableWidget

from casefile.models import Event
from ui.preferences import Preferences
from ui.views.settings_dialog import SettingsDialog


def _answer_next_input_dialog(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """When the next QInputDialog opens, type ``text`` into it and press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        line = dialog.findChild(QLineEdit)
        line.selectAll()
        QTest.keyClicks(line, text)
        QTest.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def _cell_editor(table: QTableWidget) -> QLineEdit:
    """The cell editor open now (the one closed by Tab lingers until deleted, hidden)."""
    (editor,) = [line for line in table.viewport().findChildren(QLineEdit) if line.isVisible()]
    return editor


def test_a_search_saved_from_the_field_runs_from_the_sidebar(
    qtbot, security_case, library, make_window
) -> None:
    window = make_window()
    field, sidebar = window.search_field, window.saved_searches
    assert sidebar.hint.isVisible()
    assert not sidebar.list.isVisible()
    assert not field.save_action.isVisible()
    field.setFocus()
    qtbot.keyClicks(field, "washington kind:event")
    assert field.save_action.isVisible()
    _answer_next_input_dialog(qtbot, "Puertos <b>clave</b>")
    field.save_action.trigger()
    assert [s.name for s in library.saved_searches()] == ["Puertos <b>clave</b>"]
    assert sidebar.names() == ["Puertos <b>clave</b>"]
    # a tooltip that looks like HTML would be drawn as HTML: the query is escaped
    tip = sidebar.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "washington kind:event"
    assert sidebar.list.isVisible()
    assert not sidebar.hint.isVisible()
    field.clear()
    with qtbot.waitSignal(field.searched) as searched:
        qtbot.mouseClick(
            sidebar.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=sidebar.list.visualRect(sidebar.model.index(0)).center(),
        )
    assert field.text() == "washington kind:event"
    assert searched.args[0] >= 1
    assert field.popup.isVisible()
    assert {hit.kind for hit in field.hits.hits} == {"event"}


def test_a_query_that_looks_like_markup_is_escaped_in_the_tooltip(qtbot, library) -> None:
    from ui.views.saved_searches import SavedSearchesModel

    library.save_search("Marcado", "puerto <b>clave</b> & más")
    model = SavedSearchesModel(library)
    tip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "puerto &lt;b&gt;clave&lt;/b&gt; &amp; más"


def test_undo_and_redo_keep_finding_a_saved_search_whose_row_came_back(
    qtbot, library, make_window
) -> None:
    library.save_search("A", "a")
    library.save_search("B", "b")
    window = make_window()
    sidebar, stack = window.saved_searches, window.undo_stack
    first = library.find_saved_search("A").id
    sidebar.rename(first, "A2")
    sidebar.list.setCurrentIndex(sidebar.model.index(0))
    sidebar.delete_current()
    assert sidebar.names() == ["B"]
    stack.undo()  # the row comes back under its own id ...
    stack.undo()  # ... so the rename before it is undone too
    assert sidebar.names() == ["A", "B"]
    assert library.find_saved_search("A").id == first
    stack.redo()
    stack.redo()
    assert sidebar.names() == ["B"]
    assert stack.index() == stack.count()  # no step was dropped on the way


def test_saved_searches_are_renamed_and_deleted_with_undo(qtbot, library, make_window) -> None:
    library.save_search("Aranceles", "aranceles OR tariffs")
    library.save_search("Fentanilo", "fentanilo")
    window = make_window()
    sidebar = window.saved_searches
    assert sidebar.names() == ["Aranceles", "Fentanilo"]
    sidebar.list.setCurrentIndex(sidebar.model.index(1))
    sidebar.list.setFocus()
    QTest.keyClick(sidebar.list, Qt.Key.Key_Delete)
    assert sidebar.names() == ["Aranceles"]
    assert [s.name for s in library.saved_searches()] == ["Aranceles"]
    window.undo_stack.undo()
    assert sidebar.names() == ["Aranceles", "Fentanilo"]
    assert {s.name: s.query for s in library.saved_searches()}["Fentanilo"] == "fentanilo"
    # a name another saved search has is refused with a sentence; nothing changes
    with qtbot.waitSignal(sidebar.message) as said:
        sidebar.rename(library.saved_searches()[1].id, "aranceles")
    assert "already named 'aranceles'" in said.args[0]
    assert sidebar.names() == ["Aranceles", "Fentanilo"]
    sidebar.rename(library.saved_searches()[1].id, "Fentanilo y precursores")
    assert sidebar.names() == ["Aranceles", "Fentanilo y precursores"]
    window.undo_stack.undo()
    assert sidebar.names() == ["Aranceles", "Fentanilo"]


def test_saving_under_a_name_in_use_replaces_its_query_and_undo_gives_it_back(
    qtbot, library, make_window
) -> None:
    library.save_search("Fentanilo", "fentanilo")
    window = make_window()
    window.saved_searches.save_as("fentanilo", "fentanyl OR fentanilo kind:quote")
    assert [(s.name, s.query) for s in library.saved_searches()] == [
        ("fentanilo", "fentanyl OR fentanilo kind:quote")
    ]
    window.undo_stack.undo()
    assert [(s.name, s.query) for s in library.saved_searches()] == [("Fentanilo", "fentanilo")]


def test_the_glossary_is_edited_in_settings_and_search_uses_it(
    qtbot, library, settings, make_window
) -> None:
    case = library.create_case("Seguridad")
    library.add(Event(case_id=case.id, date=dt.date(2026, 6, 1), title="Caen tres halcones"))
    window = make_window()
    dialog = SettingsDialog(Preferences(settings), window, library)
    qtbot.addWidget(dialog)
    editor = dialog.glossary
    assert editor is not None
    dialog.tabs.setCurrentWidget(editor)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert editor.shipped.rowCount() > 300
    editor.filter.setText("fentanilo")
    shown = [r for r in range(editor.shipped.rowCount()) if not editor.shipped.isRowHidden(r)]
    assert shown
    assert all("fentanyl" in editor.shipped.item(r, 1).text() for r in shown)
    editor.add_term()  # opens the new row's Spanish cell for typing
    _cell_editor(editor.table).insert("halcón | halcones")  # QTest types ASCII only
    QTest.keyClick(_cell_editor(editor.table), Qt.Key.Key_Tab)  # on to the English cell
    QTest.keyClicks(_cell_editor(editor.table), "lookout | lookouts")
    editor.add_term()  # a row left empty is not kept
    library.change_glossary([("plaza", "turf")], [])  # the command line, meanwhile
    dialog.accept()
    assert [(e.spanish, e.english) for e in library.glossary()] == [
        ("plaza", "turf"),
        ("halcón | halcones", "lookout | lookouts"),
    ]
    field = window.search_field
    field.setFocus()
    with qtbot.waitSignal(field.searched) as searched:
        qtbot.keyClicks(field, "lookouts")
    assert searched.args == [1]
    assert field.hits.hits[0].matched == ("halcones",)
    # opened again, the dialog shows the entry; removing it and saving forgets it
    again = SettingsDialog(Preferences(settings), window, library)
    qtbot.addWidget(again)
    assert again.glossary is not None
    assert again.glossary.entries() == [
        ("plaza", "turf"),
        ("halcón | halcones", "lookout | lookouts"),
    ]
    again.glossary.table.selectRow(1)
    again.glossary.remove_selected()
    again.accept()
    assert [e.spanish for e in library.glossary()] == ["plaza"]
    # a term with one side only is refused with a sentence, and the dialog stays open
    third = SettingsDialog(Preferences(settings), window, library)
    qtbot.addWidget(third)
    assert third.glossary is not None
    third.glossary.add_term()
    third.glossary.model.setData(third.glossary.model.index(1, 0), "sicario")
    third.accept()
    assert third.result() == 0
    assert "needs its form in the other language" in third.glossary.message.text()

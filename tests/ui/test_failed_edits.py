"""An edit the library refuses (read-only medium, full disk) leaves the undo stack as it was.

The failing writes are real: SQLite connections that may not write (as a read-only library's
are) or may not grow the database (a full disk), set up on the library's own engine.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from write_refusals import full_disk, read_only_medium

from casefile.library import Library
from ui.app import report_errors_in


@pytest.fixture
def reporting_window(make_window, monkeypatch):  # type: ignore[no-untyped-def]
    """The main window, with errors escaping a slot reported as the app reports them."""
    window = make_window()
    monkeypatch.setattr(sys, "excepthook", report_errors_in(window, sys.excepthook))
    return window


def _select_first(window, kind: str) -> int:  # type: ignore[no-untyped-def]
    table = window.tabs.show_tab(kind)
    item_id = table.model.item_id(0)
    assert table.select_item(item_id)
    return int(item_id)


def _type_into(qtbot, line, text: str) -> None:  # type: ignore[no-untyped-def]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _not_saved(window) -> str:  # type: ignore[no-untyped-def]
    message = window.library_actions.jobs.last_message
    assert message is not None
    assert message.windowTitle() == "Not saved"
    return str(message.text())


def test_undo_after_a_failed_tag_edit_leaves_the_tags_and_undoes_the_edit_before(
    qtbot, security_case, library: Library, reporting_window
) -> None:
    window = reporting_window
    quote_id = _select_first(window, "quote")
    library.set_tags("quote", quote_id, ["cumbre"])
    window.detail.show_item("quote", quote_id)
    form = window.detail.current_form()
    _type_into(qtbot, form.editors["speaker"].line, "Marcelo Ebrard")
    assert window.undo_stack.count() == 1

    with read_only_medium(library):
        _type_into(qtbot, form.editors["tags"].line, "fentanilo, armas")
        text = _not_saved(window)
        assert text.endswith("is read-only (or its disk failed); nothing was saved.")
        assert not text.startswith("Error calling")
    assert library.tags("quote", quote_id) == ["cumbre"]
    assert form.editors["tags"].line.text() == "cumbre"  # the stored tags, shown again
    assert window.undo_stack.count() == 1
    assert window.menu_actions.undo.text() == "Undo Edit quote"

    window.menu_actions.undo.trigger()
    quote = library.get("quote", quote_id)
    assert quote.speaker == "Canciller"
    assert library.tags("quote", quote_id) == ["cumbre"]
    window.menu_actions.redo.trigger()
    assert library.get("quote", quote_id).speaker == "Marcelo Ebrard"


@pytest.mark.parametrize("refusal", [read_only_medium, full_disk])
def test_a_refused_edit_leaves_earlier_edits_undoable(
    qtbot, security_case, library: Library, reporting_window, refusal
) -> None:
    window = reporting_window
    window.detail.show_item("case", security_case)
    editors = window.detail.forms["case"].editors
    _type_into(qtbot, editors["title"].line, "Seguridad")
    with refusal(library):
        editors["description"].edited.emit("Una nota muy larga. " * 20_000)
        assert "nothing was saved" in _not_saved(window)
    assert library.case(security_case).description == ""
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert library.case(security_case).title == "Seguridad MX–US"


def test_a_refused_delete_leaves_nothing_to_undo_and_the_next_edit_is_its_own_step(
    qtbot, security_case, library: Library, reporting_window
) -> None:
    window = reporting_window
    event_id = _select_first(window, "event")
    library.set_tags("event", event_id, ["cumbre"])
    table = window.tabs.show_tab("event")
    table.view.setFocus()
    with read_only_medium(library):
        QTest.keyClick(table.view, Qt.Key.Key_Delete)
        assert "nothing was saved" in _not_saved(window)
    assert window.undo_stack.count() == 0  # no empty "Delete event" step either
    assert table.model.row_of(event_id) is not None
    assert library.get("event", event_id).title == "Reunión de seguridad"

    # The delete's macro was closed: the next edit is one step, and Undo works.
    window.detail.show_item("event", event_id)
    _type_into(qtbot, window.detail.current_form().editors["title"].line, "Reunion")
    assert window.undo_stack.count() == 1
    assert window.menu_actions.undo.isEnabled()
    window.menu_actions.undo.trigger()
    assert library.get("event", event_id).title == "Reunión de seguridad"
    assert library.tags("event", event_id) == ["cumbre"]


def test_an_undo_the_library_refuses_is_reported_and_leaves_the_stack(
    qtbot, security_case, library: Library, reporting_window
) -> None:
    window = reporting_window
    window.detail.show_item("case", security_case)
    editors = window.detail.forms["case"].editors
    _type_into(qtbot, editors["title"].line, "Seguridad")
    _type_into(qtbot, editors["title"].line, "Seguridad 2026")
    with read_only_medium(library):
        window.menu_actions.undo.trigger()
        assert "nothing was saved" in _not_saved(window)
    # What is stored is still the last edit; the step that could not be undone is gone, so
    # Undo now takes back the edit before it, to the state that edit found.
    assert library.case(security_case).title == "Seguridad 2026"
    assert window.undo_stack.count() == 1
    window.menu_actions.undo.trigger()
    assert library.case(security_case).title == "Seguridad MX–US"


def test_a_refused_accept_all_in_review_leaves_no_empty_step(
    qtbot, security_case, library: Library, reporting_window
) -> None:
    window = reporting_window
    window.tabs.show_review()
    panel = window.tabs.review
    with read_only_medium(library):
        qtbot.mouseClick(panel.accept_source_button, Qt.MouseButton.LeftButton)
        assert "nothing was saved" in _not_saved(window)
    assert window.undo_stack.count() == 0
    assert {row.review for row in panel.proposals.rows()} == {"proposed", "accepted"}
    qtbot.mouseClick(panel.accept_source_button, Qt.MouseButton.LeftButton)
    assert {row.review for row in panel.proposals.rows()} == {"accepted"}
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert len(library.items("event", security_case, reviews=["proposed"])) == 1


def test_an_edit_to_a_value_a_colleague_changed_meanwhile_is_refused_and_shown(
    qtbot, security_case, library: Library, reporting_window, tmp_path
) -> None:
    from contextlib import closing

    window = reporting_window
    quote_id = _select_first(window, "quote")
    form = window.detail.current_form()
    shown = form.editors["speaker"].line.text()
    # a colleague (another process on the same library) changes the speaker meanwhile
    with closing(Library.open(library.folder)) as colleague:
        colleague.update("quote", quote_id, seen={"speaker": shown}, speaker="Ana Salcedo")
    _type_into(qtbot, form.editors["speaker"].line, "Marcelo Ebrard")
    assert "Someone else changed this while you were editing it" in _not_saved(window)
    assert library.get("quote", quote_id).speaker == "Ana Salcedo"  # their edit stands
    assert form.editors["speaker"].line.text() == "Ana Salcedo"  # and is what the pane shows
    table = window.tabs.tables["quote"]
    row = table.model.row_of(quote_id)
    shown_in_table = {
        table.model.index(row, column).data() for column in range(table.model.columnCount())
    }
    assert "Ana Salcedo" in shown_in_table
    assert window.undo_stack.count() == 0  # nothing was done, nothing to undo
    # the analyst makes the change again, now on the value they see: it is saved
    _type_into(qtbot, form.editors["speaker"].line, "Marcelo Ebrard")
    assert library.get("quote", quote_id).speaker == "Marcelo Ebrard"

"""One event, many sources, in the window: the timeline's Sources column, accepting a "same
as" proposal in review, merging events by hand and splitting one off, each undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from same_meeting import ENGLISH, SPANISH, document

from casefile import consolidate
from casefile.domain import Review
from casefile.importer import import_documents
from casefile.library import Library

OTHER = (
    "Ottawa, January 14, 2026.\n\n"
    "Canadian Prime Minister Mark Carney met trade envoy Luisa Ortega on Wednesday to discuss "
    "steel tariffs.\n"
)


def timeline_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    table = window.tabs.show_tab("event")
    return [table.proxy.index(row, 1).data() for row in range(table.proxy.rowCount())]


def test_the_timeline_shows_how_many_sources_report_each_event(
    library: Library, make_window
) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    import_documents(
        library,
        case.id,
        [document(SPANISH, "nota", "es"), document(ENGLISH, "wire", "en")],
        accept=True,
    )
    window = make_window()
    table = window.tabs.show_tab("event")
    assert table.proxy.rowCount() == 1
    horizontal = Qt.Orientation.Horizontal
    headers = [table.proxy.headerData(n, horizontal) for n in range(table.proxy.columnCount())]
    assert table.proxy.index(0, headers.index("Sources")).data() == "2"
    assert table.proxy.index(0, headers.index("Kind")).data() == "meeting"


def test_accepting_a_same_as_proposal_adds_its_source_and_undo_takes_it_back(
    library: Library, make_window, qtbot
) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    import_documents(library, case.id, [document(SPANISH, "nota", "es")], accept=True)
    report = import_documents(library, case.id, [document(ENGLISH, "wire", "en")])
    [held] = [e for e in library.items("event", case.id) if e.review == Review.ACCEPTED.value]
    window = make_window()
    window.tabs.show_review()
    panel = window.tabs.review
    number = panel.sources.row_of(report.added[0][1])
    panel.sources_view.setCurrentIndex(panel.sources.index(number))
    row = next(
        n for n in range(panel.proposals.rowCount()) if panel.proposals.row(n).kind == "event"
    )
    assert panel.proposals.row(row).same_as == held.id
    assert panel.proposals.index(row, 3).data().startswith("Same as: 2026-01-13")
    panel._select_row(row)
    panel.accept_current()
    events = [e for e in library.items("event", case.id) if e.review != Review.REJECTED.value]
    assert [e.id for e in events] == [held.id]
    assert consolidate.standings(library, [held.id])[held.id].corroboration == 2
    window.undo_stack.undo()
    assert len(library.items("event", case.id)) == 2
    assert consolidate.standings(library, [held.id])[held.id].corroboration == 1


def test_merging_two_events_by_hand_and_splitting_one_off_again(
    library: Library, make_window
) -> None:
    case = library.create_case("Norteamérica", ["MX", "CA", "US"])
    assert case.id is not None
    import_documents(
        library,
        case.id,
        [document(ENGLISH, "wire", "en"), document(OTHER, "ottawa", "en")],
        accept=True,
    )
    window = make_window()
    assert len(timeline_titles(window)) == 2
    table = window.tabs.show_tab("event")
    selection = table.view.selectionModel()
    for row in range(2):
        selection.select(
            table.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    window.update_actions()
    assert window.menu_actions.merge_events.isEnabled()
    window.menu_actions.merge_events.trigger()
    assert len(timeline_titles(window)) == 1
    [event] = library.items("event", case.id)
    assert consolidate.standings(library, [event.id])[event.id].corroboration == 2

    # the detail pane lists both sources; split the second off
    table.select_item(event.id)
    box = window.detail.event_sources
    assert box.list.count() == 2
    box.list.setCurrentRow(1)
    assert box.split_button.isEnabled()
    box.split_button.click()
    assert len(timeline_titles(window)) == 2
    window.undo_stack.undo()  # the split
    assert len(timeline_titles(window)) == 1
    window.undo_stack.undo()  # the merge
    assert len(timeline_titles(window)) == 2

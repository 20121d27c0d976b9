"""Table models over the library: tuples, formatting, precise change signals, 100,000 rows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from casefile.domain import Review
from casefile.library import Library
from casefile.models import Event
from ui.changes import LibraryChanges
from ui.formatting import format_date, format_span, parse_date_input
from ui.models.events import EventTableModel
from ui.models.items import ITEM_ID_ROLE, PAGE_ROWS, ItemProxyModel


@pytest.fixture
def changes(qtbot) -> LibraryChanges:  # type: ignore[no-untyped-def]
    return LibraryChanges()


@pytest.fixture
def case_id(library: Library) -> int:
    case = library.create_case("Armas")
    for day, title, precision, status in (
        (dt.date(2026, 1, 23), "Reunión", "day", "occurred"),
        (dt.date(2026, 2, 1), "Grupo de Implementación", "month", "planned"),
        (dt.date(2025, 1, 1), "Acuerdo", "year", "occurred"),
    ):
        library.add(
            Event(case_id=case.id, date=day, title=title, precision=precision, status=status)
        )
    return case.id


def test_dates_are_written_at_their_precision_in_both_languages() -> None:
    day = dt.date(2026, 1, 23)
    assert format_date(day, "day", "es") == "23 ene 2026"
    assert format_date(dt.date(2026, 2, 1), "month", "es") == "feb 2026"
    assert format_date(day, "year", "es") == "2026"
    assert format_date(day, "day", "en") == "23 Jan 2026"
    assert format_span(day, dt.date(2026, 1, 25), "day", "es") == "23 ene 2026 – 25 ene 2026"
    assert parse_date_input("2026-02") == (dt.date(2026, 2, 1), "month")
    assert parse_date_input("2026") == (dt.date(2026, 1, 1), "year")
    assert parse_date_input("el martes") is None


def test_timeline_shows_events_by_date_at_their_precision(library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish))
    try:
        model.set_case(case_id)
        dates = [model.index(row, 0).data() for row in range(model.rowCount())]
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert dates == ["2025", "23 ene 2026", "feb 2026"]


def test_planned_events_are_italic_and_say_so(library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    planned = model.index(2, 0)
    assert planned.data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(2, 5).data() == "planned"  # Date, Event, Kind, Sources, Place, Status
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None


def test_markup_in_a_title_is_shown_as_typed(library, changes) -> None:
    case = library.create_case("X")
    library.add(Event(case_id=case.id, date=dt.date(2026, 1, 1), title="<b>x</b> &amp; y"))
    model = EventTableModel(library, changes)
    model.set_case(case.id)
    assert model.index(0, 1).data(Qt.ItemDataRole.DisplayRole) == "<b>x</b> &amp; y"


def test_an_edit_changes_one_row_without_a_reset(qtbot, library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    event_id = model.item_id(1)
    library.update("event", event_id, title="Reunión bilateral")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as signal:
        changes.item_changed.emit("event", event_id)
    top_left, bottom_right = signal.args[:2]
    assert (top_left.row(), bottom_right.row()) == (1, 1)
    assert model.index(1, 1).data() == "Reunión bilateral"


def test_an_added_event_is_inserted_at_its_date(qtbot, library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    added = library.add(Event(case_id=case_id, date=dt.date(2026, 1, 10), title="Llamada"))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted) as signal:
        changes.item_added.emit("event", added.id)
    assert signal.args[1:] == [1, 1]  # after 2025, before 23 Jan 2026
    assert model.index(1, 1).data() == "Llamada"


@pytest.mark.parametrize("descending", [False, True])
def test_an_event_whose_date_changes_moves_to_its_new_day(
    qtbot, qtmodeltester, library, case_id, changes, descending: bool
) -> None:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    if descending:
        model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    moved = next(model.item_id(row) for row in range(3) if model.index(row, 1).data() == "Acuerdo")
    library.update("event", moved, date=dt.date(2026, 3, 5), precision="day")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsMoved):
        changes.item_changed.emit("event", moved)
    titles = [model.index(row, 1).data() for row in range(model.rowCount())]
    expected = ["Reunión", "Grupo de Implementación", "Acuerdo"]
    assert titles == (expected[::-1] if descending else expected)
    assert model.row_of(moved) == titles.index("Acuerdo")


def test_an_edit_that_keeps_the_order_moves_nothing(qtbot, library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    event_id = model.item_id(1)
    library.update("event", event_id, date=dt.date(2026, 1, 24))  # still between its neighbours
    with qtbot.assertNotEmitted(model.rowsMoved), qtbot.waitSignal(model.dataChanged):
        changes.item_changed.emit("event", event_id)
    assert model.item_id(1) == event_id


def test_other_cases_items_are_ignored(qtbot, library, case_id, changes) -> None:
    other = library.create_case("Otro")
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    added = library.add(Event(case_id=other.id, date=dt.date(2026, 1, 10), title="Ajeno"))
    with qtbot.assertNotEmitted(model.rowsInserted):
        changes.item_added.emit("event", added.id)
    assert model.rowCount() == 3


def test_rejected_proposals_leave_the_table_unless_shown(qtbot, library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    event_id = model.item_id(0)
    library.set_review("event", event_id, Review.REJECTED.value)
    with qtbot.waitSignal(model.rowsRemoved):
        changes.item_changed.emit("event", event_id)
    assert model.row_of(event_id) is None
    model.set_show_rejected(True)
    assert model.row_of(event_id) is not None
    assert model.index(model.row_of(event_id), 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_sorting_by_title_keeps_the_selection_on_the_same_item(
    qtbot, library, case_id, changes
) -> None:
    from PySide6.QtWidgets import QTableView

    model = EventTableModel(library, changes)
    model.set_case(case_id)
    proxy = ItemProxyModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setCurrentIndex(proxy.index(0, 0))
    chosen = view.currentIndex().data(ITEM_ID_ROLE)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(row, 1).data() for row in range(proxy.rowCount())]
    assert titles == ["Acuerdo", "Grupo de Implementación", "Reunión"]
    assert view.currentIndex().data(ITEM_ID_ROLE) == chosen


def test_the_filter_field_filters_on_every_column(library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    proxy = ItemProxyModel(model)
    proxy.setFilterFixedString("implementación")
    assert proxy.rowCount() == 1
    proxy.setFilterFixedString("planned")
    assert proxy.rowCount() == 1


def test_a_case_of_100000_events_opens_on_a_page_and_reads_on_as_needed(
    qtbot, library: Library, make_window
) -> None:
    case = library.create_case("Grande")
    start = dt.date(2000, 1, 1)
    library.bulk_insert(
        "event",
        [
            {
                "case_id": case.id,
                "date": start + dt.timedelta(days=number % 9000),
                "title": f"Evento {number}",
                "review": "proposed" if number % 3 else "accepted",
            }
            for number in range(100_000)
        ],
    )
    window = make_window()
    table = window.tabs.show_tab("event")
    assert table.model.rowCount() == PAGE_ROWS
    assert "100,000 events" in window.counts_label.text()
    table.view.scrollToBottom()  # to the last row read: the next page comes
    qtbot.waitUntil(lambda: table.model.rowCount() == 2 * PAGE_ROWS)
    last_id = library.event_rows(case.id)[-1][0]
    assert table.select_item(last_id)  # as a search hit does: every row is read
    assert table.model.rowCount() == table.proxy.rowCount() == 100_000
    last = table.proxy.index(99_999, 0)
    assert last.data(ITEM_ID_ROLE) == last_id
    viewport = table.view.viewport()
    qtbot.waitUntil(lambda: table.view.visualRect(last).intersects(viewport.rect()))


def test_the_filter_field_waits_for_a_pause_in_typing(qtbot, security_case, make_window) -> None:
    window = make_window()
    table = window.tabs.show_tab("event")
    qtbot.keyClicks(table.filter_field, "grupo")
    assert table.proxy.rowCount() == 2  # not yet
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 1)
    table.select_item(table.model.item_id(0))  # hidden by the filter: clears it
    assert table.filter_field.text() == ""
    assert table.proxy.rowCount() == 2

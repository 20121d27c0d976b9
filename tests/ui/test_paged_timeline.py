"""The timeline reads its rows a page at a time, and whatever needs them all reads the rest.

Pages are three rows long here (``PAGE_ROWS`` patched), over a case of ten events, so that
every page boundary is in reach; the 100,000-event case is in test_models.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from casefile.domain import Review
from casefile.library import Library
from casefile.models import Event
from ui.changes import LibraryChanges
from ui.models import items
from ui.models.events import EventTableModel
from ui.models.items import ITEM_ID_ROLE, ItemProxyModel

PAGE = 3
EVENTS = 10


@pytest.fixture(autouse=True)
def short_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(items, "PAGE_ROWS", PAGE)


@pytest.fixture
def changes(qapp) -> LibraryChanges:  # type: ignore[no-untyped-def]
    return LibraryChanges()


@pytest.fixture
def case_id(library: Library) -> int:
    """Ten events, one a day from 1 March 2026, titled "Evento 0" to "Evento 9"; inserted in
    reverse, so that the order of their ids is not the timeline's."""
    case = library.create_case("Paginado")
    assert case.id is not None
    for number in reversed(range(EVENTS)):
        day = dt.date(2026, 3, 1) + dt.timedelta(days=number)
        library.add(Event(case_id=case.id, date=day, title=f"Evento {number}"))
    return case.id


@pytest.fixture
def model(library: Library, case_id: int, changes: LibraryChanges) -> EventTableModel:
    model = EventTableModel(library, changes)
    model.set_case(case_id)
    return model


def titles(model: EventTableModel) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def every_title() -> list[str]:
    return [f"Evento {number}" for number in range(EVENTS)]


def event_id(library: Library, case_id: int, title: str) -> int:
    return next(row[0] for row in library.event_rows(case_id) if row[4] == title)


def test_a_case_opens_on_its_first_page_and_reads_on_as_the_view_asks(model) -> None:
    assert titles(model) == every_title()[:PAGE]
    while model.canFetchMore():
        model.fetchMore()
    assert titles(model) == every_title()
    model.fetchMore()  # nothing left: no harm
    assert model.rowCount() == EVENTS


def test_a_view_reads_pages_as_it_scrolls_down(qtbot, model) -> None:
    from PySide6.QtWidgets import QTableView

    proxy = ItemProxyModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(600, 400)  # room for more than a page: the view reads until it is full
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() == EVENTS)
    assert [proxy.index(row, 1).data() for row in range(proxy.rowCount())] == every_title()


def test_sorting_by_another_column_reads_every_row(qtbot, model) -> None:
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert titles(model) == every_title()[::-1]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert titles(model) == every_title()
    assert not model.canFetchMore()


def test_the_filter_looks_through_rows_not_read_yet(model) -> None:
    proxy = ItemProxyModel(model)
    proxy.setFilterFixedString("evento 8")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 1).data() == "Evento 8"


def test_a_case_opened_under_a_filter_is_read_whole(library, case_id, changes) -> None:
    model = EventTableModel(library, changes)
    proxy = ItemProxyModel(model)
    proxy.setFilterFixedString("evento 9")
    model.set_case(case_id)
    assert proxy.rowCount() == 1
    assert model.rowCount() == EVENTS


def test_an_item_not_read_yet_is_found(library, case_id, model) -> None:
    last = event_id(library, case_id, "Evento 9")
    proxy = ItemProxyModel(model)
    row = proxy.row_of(last)
    assert row is not None
    assert proxy.index(row, 0).data(ITEM_ID_ROLE) == last


def test_an_event_added_among_the_rows_read_is_inserted_at_its_date(
    qtbot, library, case_id, changes, model
) -> None:
    added = library.add(Event(case_id=case_id, date=dt.date(2026, 3, 2), title="Llamada"))
    with qtbot.waitSignal(model.rowsInserted) as signal:
        changes.item_added.emit("event", added.id)
    assert signal.args[1:] == [2, 2]  # 1 and 2 March by id order: after both, before the 3rd


def test_an_event_added_beyond_the_rows_read_comes_with_its_page_once(
    qtbot, library, case_id, changes, model
) -> None:
    added = library.add(Event(case_id=case_id, date=dt.date(2026, 3, 9), title="Llamada"))
    with qtbot.assertNotEmitted(model.rowsInserted):
        changes.item_added.emit("event", added.id)
    model.fetch_all()
    shown = titles(model)
    assert shown.count("Llamada") == 1
    assert shown.index("Llamada") == shown.index("Evento 8") + 1


def test_an_event_moved_beyond_the_rows_read_leaves_and_comes_with_its_page_once(
    qtbot, library, case_id, changes, model
) -> None:
    moved = event_id(library, case_id, "Evento 0")
    library.update("event", moved, date=dt.date(2026, 3, 8))
    with qtbot.waitSignal(model.rowsRemoved):
        changes.item_changed.emit("event", moved)
    assert "Evento 0" not in titles(model)  # its new day is on a page not read yet
    model.fetch_all()
    assert titles(model).count("Evento 0") == 1
    assert model.rowCount() == EVENTS
    shown = titles(model)
    assert shown.index("Evento 6") < shown.index("Evento 0") < shown.index("Evento 8")


def test_an_event_rejected_beyond_the_rows_read_never_shows(
    qtbot, library, case_id, changes, model
) -> None:
    rejected = event_id(library, case_id, "Evento 7")
    library.set_review("event", rejected, Review.REJECTED.value)
    with qtbot.assertNotEmitted(model.rowsInserted):
        changes.item_changed.emit("event", rejected)
    model.fetch_all()
    assert "Evento 7" not in titles(model)
    assert model.rowCount() == EVENTS - 1


def test_a_paged_timeline_and_its_proxy_pass_the_model_tester(
    request, library, case_id, changes
) -> None:
    model = EventTableModel(library, changes)
    proxy = ItemProxyModel(model)
    # The testers come after the case is set: hearing modelReset, Qt's tester calls fetchMore
    # before it notes that the reset has ended, and takes the page read for rows inserted
    # during the reset.
    model.set_case(case_id)
    testers = [ModelTester(request.config), ModelTester(request.config)]
    testers[0].check(model)
    testers[1].check(proxy)
    try:
        model.fetchMore()
        proxy.setFilterFixedString("evento")
        proxy.setFilterFixedString("")
        model.sort(1, Qt.SortOrder.AscendingOrder)
        model.sort(0, Qt.SortOrder.AscendingOrder)
    finally:
        for tester in testers:
            tester._cleanup()
    assert model.rowCount() == EVENTS

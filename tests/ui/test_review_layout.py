"""The Review tab's room: the detail pane gives way, splitters are remembered, titles elide."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics

from casefile.domain import Review
from casefile.library import Library
from casefile.models import Event, Quote
from ui import preferences as keys

LONG_TITLE = (
    "El canciller y el secretario de Estado acuerdan en Washington un calendario de reuniones "
    "sobre fentanilo, tráfico de armas y migración que culminará antes del verano"
)
PARAGRAPH = (
    "CIUDAD DE MÉXICO.— El canciller se reunió el 23 de enero de 2026 con el secretario de "
    "Estado para hablar de fentanilo y tráfico de armas, y ambos acordaron un calendario. "
)
ARTICLE = PARAGRAPH * 12


@pytest.fixture
def review_case(library: Library, add_source) -> int:  # type: ignore[no-untyped-def]
    """A case with three real-length sources, each holding pending proposals."""
    case = library.create_case("Seguridad MX–US", ["MX", "US"])
    assert case.id is not None
    for number, title in enumerate([LONG_TITLE, "Reunión en Washington", "Segunda ronda"]):
        source_id = add_source(case.id, title, ARTICLE)
        for paragraph in range(4):
            start = paragraph * len(PARAGRAPH) + PARAGRAPH.index("el 23 de enero")
            library.add(
                Event(
                    case_id=case.id,
                    date=dt.date(2026, 1, 23 - number),
                    title=f"El canciller y el secretario de Estado se reúnen ({paragraph})",
                    review=Review.PROPOSED.value,
                    source_id=source_id,
                    evidence_start=start,
                    evidence_end=start + len("el 23 de enero de 2026"),
                )
            )
        library.add(
            Quote(
                case_id=case.id,
                text="Vamos a detener el tráfico de armas hacia el sur, y lo haremos juntos",
                speaker="Canciller",
                review=Review.PROPOSED.value,
                source_id=source_id,
            )
        )
    return case.id


def _open_review(qtbot, make_window, width: int = 1280, height: int = 800):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(width, height)
    window.tabs.show_review()
    qtbot.waitUntil(lambda: window.tabs.review.isVisible())
    return window


def test_the_detail_pane_gives_way_to_review_and_returns_at_its_width(
    qtbot, review_case: int, make_window
) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.tabs.show_tab("event")
    qtbot.waitUntil(lambda: window.detail.isVisible())
    cases, _tabs, detail = window.splitter.sizes()
    window.tabs.show_review()
    assert window.detail.isHidden()
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] == 0)
    assert window.splitter.sizes()[0] == cases  # the case list stays as the analyst left it
    window.tabs.show_tab("quote")
    assert window.detail.isVisible()
    assert window.detail.shown == ("case", review_case)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] > 0)
    assert abs(window.splitter.sizes()[2] - detail) <= 2


def test_a_case_list_dragged_during_review_leaves_the_detail_pane_its_width(
    qtbot, review_case: int, make_window
) -> None:
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.detail.isVisible())
    detail = window.splitter.sizes()[2]
    window.tabs.show_review()
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] == 0)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([240, total - 240, 0])  # as a drag of the only handle left does
    window.tabs.show_tab("event")
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] > 0)
    assert abs(window.splitter.sizes()[2] - detail) <= 2
    assert abs(window.splitter.sizes()[0] - 240) <= 2


def test_an_empty_case_brings_the_detail_pane_back(
    qtbot, library: Library, review_case: int, make_window
) -> None:
    empty = library.create_case("Sin fuentes")
    window = _open_review(qtbot, make_window)
    window.case_model.add_case(empty)
    assert empty.id is not None
    window.case_list.select_case(empty.id)
    assert window.tabs.currentWidget() is window.tabs.empty_state
    assert window.detail.isVisible()
    assert window.detail.shown == ("case", empty.id)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_review_gives_the_proposals_and_the_text_the_room(
    qtbot, review_case: int, make_window, width: int, height: int
) -> None:
    window = _open_review(qtbot, make_window, width, height)
    panel = window.tabs.review
    qtbot.waitUntil(lambda: panel.proposals_view.width() >= 0.45 * width)
    assert panel.text_view.width() == panel.proposals_view.width()  # the text sits below them
    assert panel.sources_view.width() >= 200
    assert panel.proposals_view.columnWidth(2) >= 0.2 * width  # the proposal itself
    lines = panel.proposals_view.fontMetrics().lineSpacing()
    assert 2 * lines <= panel.proposals_view.rowHeight(0) < 3 * lines  # two lines a proposal
    text_lines = panel.text_view.viewport().height() // panel.text_view.fontMetrics().lineSpacing()
    assert text_lines >= 12


def test_review_splitters_are_remembered_across_starts(
    qtbot, review_case: int, make_window, settings: QSettings
) -> None:
    window = _open_review(qtbot, make_window)
    panel = window.tabs.review
    panel.splitter.setSizes([320, sum(panel.splitter.sizes()) - 320])
    panel.evidence_splitter.setSizes([250, sum(panel.evidence_splitter.sizes()) - 250])
    qtbot.waitUntil(lambda: panel.splitter.sizes()[0] == 320)
    columns, rows = panel.splitter.sizes(), panel.evidence_splitter.sizes()
    detail = window._detail_width
    window.close()  # while reviewing: the detail pane is saved at its width all the same
    assert settings.value(keys.REVIEW_SPLITTERS) is not None
    again = make_window()
    again.resize(1280, 800)
    assert again.detail.isVisible()
    qtbot.waitUntil(lambda: again.splitter.sizes()[2] > 0)
    assert abs(again.splitter.sizes()[2] - detail) <= 2
    again.close()  # never showed review: what was saved stays
    third = _open_review(qtbot, make_window)
    panel = third.tabs.review
    qtbot.waitUntil(lambda: panel.splitter.sizes() == columns)
    assert panel.evidence_splitter.sizes() == rows


def test_an_unreadable_review_layout_leaves_the_defaults(
    qtbot, review_case: int, make_window, settings: QSettings
) -> None:
    settings.setValue(keys.REVIEW_SPLITTERS, b"not a splitter state")
    window = _open_review(qtbot, make_window)
    panel = window.tabs.review
    qtbot.waitUntil(lambda: panel.proposals_view.width() >= 0.45 * 1280)


def test_a_long_source_title_is_elided_and_whole_in_its_tooltip(
    qtbot, review_case: int, make_window
) -> None:
    window = _open_review(qtbot, make_window)
    view = window.tabs.review.sources_view
    model = view.model()
    row = next(n for n in range(model.rowCount()) if LONG_TITLE in model.index(n, 0).data())
    index = model.index(row, 0)
    rect = view.visualRect(index)
    assert rect.width() <= view.viewport().width()  # no sideways scrolling past the title
    assert view.horizontalScrollBar().maximum() == 0
    assert rect.height() < 2 * view.fontMetrics().lineSpacing()  # one line
    shown = index.data()
    metrics = QFontMetrics(view.font())
    assert metrics.horizontalAdvance(shown) > rect.width()  # so Qt elides it ...
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle  # ... keeping both ends
    assert metrics.elidedText(shown, view.textElideMode(), rect.width()).endswith("(5)")
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines() == [
        "Proposals pending: 5",
        LONG_TITLE,
        "El Universal · 2026-01-24",
    ]


def test_a_review_never_shown_saves_no_made_up_layout(
    qtbot, review_case: int, make_window, settings: QSettings
) -> None:
    make_window().close()
    assert settings.value(keys.REVIEW_SPLITTERS) is None

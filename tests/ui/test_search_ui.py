"""Search from the toolbar: hits with escaped, highlighted snippets; a hit opens its item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casefile import search
from casefile.models import Event, Quote
from ui.views.search import HTML_ROLE, hit_html, snippet_html


def test_snippets_escape_user_markup_and_bold_the_matches() -> None:
    snippet = f"<b>x</b> &amp; {search.HIGHLIGHT_START}fentanilo{search.HIGHLIGHT_END} <script>"
    assert snippet_html(snippet) == "&lt;b&gt;x&lt;/b&gt; &amp;amp; <b>fentanilo</b> &lt;script&gt;"


def test_a_hit_title_is_escaped() -> None:
    hit = search.SearchHit("event", 1, 1, "<i>Cumbre</i>", "texto", 1.0, dt.date(2026, 1, 23))
    html = hit_html(hit)
    assert "&lt;i&gt;Cumbre&lt;/i&gt;" in html
    assert "23 Jan 2026" in html


def test_ctrl_k_and_ctrl_f_focus_the_search_field(qtbot, window) -> None:
    for key in ("Ctrl+K", "Ctrl+F"):
        window.case_list.view.setFocus()
        QTest.keySequence(window, key)
        assert window.search_field.hasFocus()


def test_typing_searches_the_whole_library(qtbot, security_case, library, make_window) -> None:
    other = library.create_case("Energía")
    library.add(Event(case_id=other.id, date=dt.date(2025, 6, 1), title="Fentanilo en puertos"))
    window = make_window()
    field = window.search_field
    field.setFocus()
    with qtbot.waitSignal(field.searched) as searched:
        qtbot.keyClicks(field, "puertos")
    assert searched.args == [1]
    assert field.popup.isVisible()
    assert "<b>puertos</b>" in field.popup.model().index(0, 0).data(HTML_ROLE)


def test_choosing_a_hit_opens_its_case_tab_and_item(
    qtbot, security_case, library, make_window
) -> None:
    other = library.create_case("Aaa energía")
    quote = library.add(
        Quote(case_id=other.id, text="Los puertos son clave contra el fentanilo", speaker="Semar")
    )
    window = make_window()
    assert window.case_id == other.id
    window.case_list.select_case(security_case)
    field = window.search_field
    field.setFocus()
    with qtbot.waitSignal(field.searched):
        qtbot.keyClicks(field, "puertos")
    QTest.keyClick(field.popup, Qt.Key.Key_Return)
    assert window.case_id == other.id
    table = window.tabs.current_table()
    assert table is not None
    assert table.kind == "quote"
    assert table.current_item_id() == quote.id
    assert window.detail.shown == ("quote", quote.id)
    assert not field.popup.isVisible()


def test_return_in_the_field_opens_the_best_hit(qtbot, security_case, make_window) -> None:
    window = make_window()
    field = window.search_field
    field.setFocus()
    qtbot.keyClicks(field, "detener")
    QTest.keyClick(field, Qt.Key.Key_Return)
    table = window.tabs.current_table()
    assert table is not None
    assert table.kind == "quote"
    assert table.current_item_id() is not None


def test_a_query_without_hits_closes_the_popup(qtbot, security_case, make_window) -> None:
    window = make_window()
    field = window.search_field
    field.setFocus()
    with qtbot.waitSignal(field.searched) as searched:
        qtbot.keyClicks(field, "zzzzqq")
    assert searched.args == [0]
    assert not field.popup.isVisible()


def test_hits_are_grouped_by_kind_and_say_which_form_they_found(qapp) -> None:  # type: ignore[no-untyped-def]
    from casefile.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
    from ui.views.search import HTML_ROLE, SearchHitsModel

    marked = f"decomiso de {HIGHLIGHT_START}fentanilo{HIGHLIGHT_END}"
    hits = [
        SearchHit("event", 1, 1, "Decomiso", marked, 3.0, matched=("fentanilo",)),
        SearchHit("quote", 2, 1, "Kessler", marked, 2.0, matched=("fentanilo",)),
        SearchHit("event", 3, 1, "Otro", marked, 1.0, matched=("fentanilo",)),
    ]
    model = SearchHitsModel()
    model.set_hits(hits)
    assert [hit.id for hit in model.hits] == [1, 3, 2]  # the events together, best first
    first = model.data(model.index(0, 0), HTML_ROLE)
    assert "1/2" in first
    assert "found: fentanilo" in first

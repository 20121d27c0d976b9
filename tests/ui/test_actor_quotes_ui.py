"""The actors table says how many quotes each actor said, and follows the analyst's review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casefile.importer import import_paths
from casefile.library import Library

ARTICLES = (
    "date 2024-03-05\n\nCumbre en Asunción\n\n"
    "Ibarra llegó este martes a Asunción para la cumbre regional. “Estamos dejando atrás "
    "treinta años de desconfianza”, dijo Ibarra ante los periodistas.\n",
    "date 2024-03-06\n\nAcuerdo sobre la represa\n\n"
    "El presidente Tomás Ibarra firmó este miércoles el acuerdo sobre la represa. “Decidimos "
    "juntos poner en orden la represa”, afirmó Ibarra.\n",
)


def test_the_actors_table_counts_each_actors_quotes_as_the_analyst_reviews(
    qtbot, library: Library, tmp_path: Path, make_window
) -> None:
    case = library.create_case("Argentina–Paraguay", ["AR", "PY"])
    assert case.id is not None
    paths = []
    for number, text in enumerate(ARTICLES, start=1):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    import_paths(library, case.id, paths)
    window = make_window()
    actors = window.tabs.show_tab("actor")
    column = [
        actors.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(len(actors.model.columns))
    ].index("Quotes")
    (ibarra,) = [a.id for a in library.items("actor", case.id) if a.name == "Tomás Ibarra"]

    def said() -> str:
        return actors.model.index(actors.model.row_of(ibarra), column).data()

    assert said() == "2"  # "Ibarra" in the first article is the second's Tomás Ibarra
    quotes = window.tabs.show_tab("quote")
    first = quotes.model.item_id(0)
    quotes.select_item(first)
    quotes.view.setFocus()
    QTest.keyClick(quotes.view, Qt.Key.Key_R)  # rejected: no one's words any more
    qtbot.waitUntil(lambda: said() == "1")
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: said() == "2")

"""An imported quote is dated: by the day its sentence gives, else by its article's date."""

from __future__ import annotations

from pathlib import Path

from casefile.importer import import_paths
from casefile.library import Library

ARTICLE = (
    "date 2025-03-12\n"
    "Fronteras abiertas\n\n"
    "“La frontera seguirá abierta”, afirmó este lunes la ministra Elena Sáenz en Quito.\n\n"
    "“Nada cambia para los transportistas”, dijo Sáenz a la prensa.\n"
)


def test_imported_quotes_are_dated_by_their_sentence_or_their_article(tmp_path: Path) -> None:
    article = tmp_path / "nota.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    library = Library.open(tmp_path / "library")
    case = library.create_case("Ecuador–Perú", ["EC", "PE"])
    import_paths(library, case.id, [article])

    rows = {row[3][:10]: row for row in library.quote_rows(case.id)}

    said, undated = rows["La fronter"], rows["Nada cambi"]
    assert said[1] == "2025-03-10"  # "este lunes", in an article of Wednesday the 12th
    assert undated[1] == "2025-03-12"  # no day given: the article's, as the brief shows it
    assert library.get("quote", said[0]).date.isoformat() == "2025-03-10"
    assert library.get("quote", undated[0]).date is None  # not invented in storage
    library.close()

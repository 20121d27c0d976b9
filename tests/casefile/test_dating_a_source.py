"""A page that gave no date proposes its relative dates once the analyst dates it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casefile.domain import Review
from casefile.importer import (
    Dated,
    ImportReport,
    import_paths,
    propose_dated_events,
    withdraw_dated,
)
from casefile.library import Library

pytestmark = pytest.mark.both_backends  # a team library dates its sources the same way

# No date line, no address, no dateline: nothing to read the page's date from.
ARTICLE = (
    "Cancilleres acuerdan nueva ronda\n\n"
    "Los cancilleres de ambos países se reunieron este lunes en la frontera y acordaron "
    "revisar el tratado de aguas.\n\n"
    "La comisión mixta fue creada el 4 de marzo de 2019 en Santa Cruz.\n"
)


def _import_page(library: Library, tmp_path: Path, text: str) -> tuple[int, int, ImportReport]:
    """(case id, source id, report) of a new case holding one page of ``text``."""
    article = tmp_path / "nota.txt"
    article.write_text(text, encoding="utf-8")
    case = library.create_case("Bolivia–Chile", ["BO", "CL"])
    assert case.id is not None
    report = import_paths(library, case.id, [article])
    (source,) = library.sources(case.id)
    return case.id, source.id, report


def _import(library: Library, tmp_path: Path) -> tuple[int, int]:
    case_id, source_id, report = _import_page(library, tmp_path, ARTICLE)
    assert report.undated == [("nota.txt", source_id)]  # the summary says it waits for a date
    assert report.summary() == "1 added, 1 without a date"
    return case_id, source_id


def _events(library: Library, case_id: int) -> list[tuple[str, str]]:
    return sorted((str(row[1]), row[7]) for row in library.event_rows(case_id))


def test_dating_a_source_proposes_what_its_relative_dates_resolve_to(
    library: Library, tmp_path: Path
) -> None:
    case_id, source_id = _import(library, tmp_path)
    assert library.get("source", source_id).published is None
    assert _events(library, case_id) == [("2019-03-04", "proposed")]  # absolute only

    library.update("source", source_id, published=dt.date(2025, 3, 12))
    dated = propose_dated_events(library, source_id)

    assert len(dated.events) == 1
    assert _events(library, case_id) == [("2019-03-04", "proposed"), ("2025-03-10", "proposed")]
    assert propose_dated_events(library, source_id) == Dated([], [], [])  # once, never twice

    withdraw_dated(library, dated)  # undo
    assert _events(library, case_id) == [("2019-03-04", "proposed")]


def test_what_the_analyst_rejected_is_not_proposed_again(library: Library, tmp_path: Path) -> None:
    _case_id, source_id = _import(library, tmp_path)
    library.update("source", source_id, published=dt.date(2025, 3, 12))
    [added] = propose_dated_events(library, source_id).events
    library.update("event", added, review=Review.REJECTED.value)

    library.update("source", source_id, published=dt.date(2025, 3, 13))

    assert propose_dated_events(library, source_id) == Dated([], [], [])
    assert library.get("event", added).review == Review.REJECTED.value


def test_a_source_without_a_date_proposes_nothing_more(library: Library, tmp_path: Path) -> None:
    case_id, source_id = _import(library, tmp_path)
    assert propose_dated_events(library, source_id) == Dated([], [], [])
    assert _events(library, case_id) == [("2019-03-04", "proposed")]


def test_dating_a_source_gives_its_quotes_the_day_their_sentence_gives(
    library: Library, tmp_path: Path
) -> None:
    case_id, source_id, _report = _import_page(
        library,
        tmp_path,
        "Ronda en la frontera\n\n"
        "“La frontera seguirá abierta”, afirmó este lunes la ministra Elena Sáenz.\n\n"
        "“Nada cambia”, dijo Sáenz a la prensa.\n",
    )
    quotes = {row[3][:5]: row[0] for row in library.quote_rows(case_id)}
    assert all(library.get("quote", quote_id).date is None for quote_id in quotes.values())

    library.update("source", source_id, published=dt.date(2025, 3, 12))
    dated = propose_dated_events(library, source_id)

    assert dated.quotes == [quotes["La fr"]]
    assert library.get("quote", quotes["La fr"]).date == dt.date(2025, 3, 10)
    assert library.get("quote", quotes["Nada "]).date is None  # shown by the article's date
    withdraw_dated(library, dated)
    assert library.get("quote", quotes["La fr"]).date is None


def test_correcting_a_date_moves_the_proposals_nobody_has_touched(
    library: Library, tmp_path: Path
) -> None:
    case_id, source_id, _report = _import_page(
        library,
        tmp_path,
        "date 2025-03-19\n"
        "Cancilleres acuerdan nueva ronda\n\n"
        "Los cancilleres se reunieron este lunes en la frontera y acordaron revisar el "
        "tratado.\n\n"
        "Los presidentes hablaron por teléfono ayer sobre el río compartido.\n\n"
        "La comisión mixta fue creada el 4 de marzo de 2019 en Santa Cruz.\n",
    )
    rows = {str(row[1]): row[0] for row in library.event_rows(case_id)}
    assert sorted(rows) == ["2019-03-04", "2025-03-17", "2025-03-18"]
    library.update("event", rows["2025-03-18"], review=Review.ACCEPTED.value)  # "ayer", kept

    library.update("source", source_id, published=dt.date(2025, 3, 12))  # the page was wrong
    dated = propose_dated_events(library, source_id)

    assert _events(library, case_id) == [
        ("2019-03-04", "proposed"),  # an absolute date does not move
        ("2025-03-10", "proposed"),  # "este lunes" of the corrected week
        ("2025-03-18", "accepted"),  # what the analyst accepted stays as it is
    ]
    assert [snapshot["id"] for snapshot in dated.replaced] == [rows["2025-03-17"]]

    withdraw_dated(library, dated)
    assert _events(library, case_id) == [
        ("2019-03-04", "proposed"),
        ("2025-03-17", "proposed"),
        ("2025-03-18", "accepted"),
    ]

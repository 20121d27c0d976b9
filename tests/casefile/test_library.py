import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import select

from casefile import integrity
from casefile.domain import Review
from casefile.errors import LibraryError, NotFoundError
from casefile.library import Library
from casefile.models import Caption, CaseSource, Event, Quote, Source

pytestmark = pytest.mark.both_backends


@pytest.mark.sqlite_only("WAL and SQLite's pragmas")
def test_new_library_uses_wal_and_foreign_keys(library: Library) -> None:
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (library.folder / "casefile.db").exists()
    assert (library.folder / "files").is_dir()


def test_library_records_its_schema_version(library: Library) -> None:
    from casefile import migrations

    assert library.schema_version() == migrations.head_revision()


def test_case_keeps_countries_as_upper_case_codes(library: Library) -> None:
    case = library.create_case("Seguridad México–EE.UU.", ["mx", " us"], "Cooperación")
    again = library.case(case.id)
    assert again.country_codes == ["MX", "US"]
    assert again.description == "Cooperación"


def test_case_without_title_is_refused(library: Library) -> None:
    with pytest.raises(LibraryError, match="title"):
        library.create_case("   ")


def test_find_case_by_id_or_exact_title(library: Library) -> None:
    case = library.create_case("Fentanyl")
    assert library.find_case(str(case.id)).title == "Fentanyl"
    assert library.find_case("Fentanyl").id == case.id
    with pytest.raises(NotFoundError, match="case list"):
        library.find_case("fentanyl")


def test_update_returns_old_values_and_delete_restore_round_trips(library: Library) -> None:
    case = library.create_case("Arms")
    event = library.add(Event(case_id=case.id, date=dt.date(2026, 1, 11), title="Call"))
    before = library.update("event", event.id, title="Phone call", place="Washington")
    assert before == {"title": "Call", "place": ""}
    snapshot = library.delete("event", event.id)
    assert library.items("event", case.id) == []
    library.restore("event", snapshot)
    restored = library.get("event", event.id)
    assert (restored.title, restored.place) == ("Phone call", "Washington")


def test_items_filter_by_review_state(library: Library) -> None:
    case = library.create_case("Cartels")
    library.add(Quote(case_id=case.id, text="a", review=Review.PROPOSED.value))
    library.add(Quote(case_id=case.id, text="b"))
    accepted = library.items("quote", case.id, reviews=[Review.ACCEPTED.value])
    assert [quote.text for quote in accepted] == ["b"]


def test_deleting_a_case_removes_its_items_and_links(library: Library) -> None:
    case = library.create_case("Doomed")
    library.add(Caption(case_id=case.id, caption="Photo", credit="Especial"))
    with library.session() as session:
        source = Source(content_hash="h1", title="A")
        session.add(source)
        session.flush()
        session.add(CaseSource(case_id=case.id, source_id=source.id))
        session.commit()
    library.delete("case", case.id)
    with library.session() as session:
        assert session.exec(select(Caption)).all() == []
        assert session.exec(select(CaseSource)).all() == []
        assert len(session.exec(select(Source)).all()) == 1  # sources belong to the library


def test_tags_replace_and_report_previous(library: Library) -> None:
    case = library.create_case("Tags")
    assert library.set_tags("case", case.id, ["fentanilo", "armas"]) == []
    assert library.set_tags("case", case.id, ["armas"]) == ["armas", "fentanilo"]
    assert library.tags("case", case.id) == ["armas"]
    assert library.tagged("case", ["armas"]) == {case.id}


def test_library_folder_that_cannot_be_created_gives_a_clear_error(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LibraryError, match="Cannot create the library folder"):
        Library.open(blocker / "library")


def test_library_url_seam_opens_any_sqlalchemy_url(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    with closing(Library(url, tmp_path / "files")) as library:
        assert library.create_case("Via URL").id == 1
    with closing(sqlite3.connect(tmp_path / "other.db")) as connection:
        assert connection.execute('SELECT title FROM "case"').fetchone()


def _bulk_events(library: Library, case_id: int, count: int, title: str) -> None:
    rows = [
        {"case_id": case_id, "date": dt.date(2026, 1, i + 1), "title": f"{title} {i}"}
        for i in range(count)
    ]
    assert library.bulk_insert("event", rows) == count


def _backlog(library: Library) -> bool:
    from casefile import search

    with library.engine.connect() as connection:
        return search.has_backlog(connection)


@pytest.mark.sqlite_only("the deferred index of a bulk load is SQLite's (FTS5 tokenising)")
def test_bulk_insert_fills_defaults_and_search_finds_every_row(library: Library) -> None:
    case = library.create_case("Bulk")
    _bulk_events(library, case.id, 20, "Cumbre")
    events = library.items("event", case.id)
    assert [event.date.day for event in events] == list(range(1, 21))
    assert {event.precision for event in events} == {"day"}
    assert {event.review for event in events} == {"accepted"}
    assert {event.evidence_text for event in events} == {""}
    assert _backlog(library)
    assert len(library.search("cumbre", limit=100)) == 20
    assert not _backlog(library)
    # The insert trigger is back: a later single insert is indexed at once.
    library.add(Event(case_id=case.id, date=dt.date(2026, 2, 1), title="Cumbre final"))
    assert not _backlog(library)
    assert len(library.search("cumbre", limit=100)) == 21


def test_rows_edited_or_deleted_before_the_index_catches_up(library: Library) -> None:
    case = library.create_case("Bulk")
    _bulk_events(library, case.id, 5, "Cumbre")
    first, second, *_ = library.items("event", case.id)
    library.update("event", first.id, title="Reunión bilateral")
    library.delete("event", second.id)
    hits = library.search("cumbre", limit=100)
    assert sorted(hit.id for hit in hits) == [3, 4, 5]
    assert [hit.id for hit in library.search("bilateral")] == [first.id]
    with library.engine.connect() as connection:
        assert integrity.search_index_consistent(connection)


def test_a_backlog_left_by_a_bulk_load_is_indexed_on_the_next_open(tmp_path: Path) -> None:
    with closing(Library.open(tmp_path / "library")) as library:
        case = library.create_case("Bulk")
        _bulk_events(library, case.id, 30, "Cumbre")
    with closing(Library.open(tmp_path / "library")) as reopened:
        assert not _backlog(reopened)
        with reopened.engine.connect() as connection:
            assert integrity.search_index_consistent(connection)
        assert reopened.sweep_report is not None
        assert not reopened.sweep_report.search_index_rebuilt


def test_bulk_insert_refuses_unknown_fields(library: Library) -> None:
    case = library.create_case("Bulk")
    with pytest.raises(ValueError, match="titel"):
        library.bulk_insert(
            "event", [{"case_id": case.id, "date": dt.date(2026, 1, 1), "titel": "x"}]
        )
    assert library.items("event", case.id) == []


def test_bulk_insert_takes_rows_with_different_fields(library: Library) -> None:
    case = library.create_case("Bulk")
    rows = [
        {"case_id": case.id, "date": dt.date(2026, 1, 1), "title": "Con lugar", "place": "CDMX"},
        {"case_id": case.id, "date": dt.date(2026, 1, 2), "title": "Sin lugar"},
    ]
    library.bulk_insert("event", rows)
    assert [event.place for event in library.items("event", case.id)] == ["CDMX", ""]


def test_a_failed_bulk_load_keeps_the_index_trigger_and_adds_nothing(library: Library) -> None:
    case = library.create_case("Bulk")
    rows = [
        {"case_id": case.id, "date": dt.date(2026, 1, 1), "title": "Cumbre"},
        {"case_id": 999, "date": dt.date(2026, 1, 2), "title": "Cumbre huérfana"},
    ]
    with pytest.raises(Exception, match=r"(?i)foreign key"):
        library.bulk_insert("event", rows)
    assert library.items("event", case.id) == []
    library.add(Event(case_id=case.id, date=dt.date(2026, 2, 1), title="Pez cebra"))
    assert [hit.title for hit in library.search("cebra")] == ["Pez cebra"]


def test_bulk_insert_refuses_ids(library: Library) -> None:
    case = library.create_case("Bulk")
    with pytest.raises(ValueError, match="id"):
        library.bulk_insert("event", [{"id": 77, "case_id": case.id, "date": dt.date(2026, 1, 1)}])


def test_restore_gives_a_new_id_when_an_item_added_since_holds_the_old_one(
    library: Library,
) -> None:
    case = library.create_case("Ids")
    first = library.add(Event(case_id=case.id, date=dt.date(2026, 1, 1), title="Primero"))
    snapshot = library.delete("event", first.id)
    later = library.add(Event(case_id=case.id, date=dt.date(2026, 1, 2), title="Después"))
    if library.is_sqlite:
        assert later.id == first.id  # SQLite handed the freed id out again
    back = library.restore("event", snapshot)
    assert back.id != later.id
    assert sorted(e.title for e in library.items("event", case.id)) == ["Después", "Primero"]

import datetime as dt
import sqlite3

import pytest
from sqlmodel import select

from casefile.domain import Review
from casefile.errors import LibraryError, NotFoundError
from casefile.library import Library
from casefile.models import Caption, CaseSource, Event, Quote, Source


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
    library = Library.from_url(f"sqlite:///{tmp_path / 'other.db'}", tmp_path / "files")
    assert library.create_case("Via URL").id == 1
    assert sqlite3.connect(tmp_path / "other.db").execute('SELECT title FROM "case"').fetchone()


def test_bulk_insert_fills_defaults_and_indexes_rows(library: Library) -> None:
    from casefile import search

    case = library.create_case("Bulk")
    rows = [
        {"case_id": case.id, "date": dt.date(2026, 1, i + 1), "title": f"Cumbre {i}"}
        for i in range(20)
    ]
    assert library.bulk_insert("event", rows) == 20
    events = library.items("event", case.id)
    assert [event.date.day for event in events] == list(range(1, 21))
    assert {event.precision for event in events} == {"day"}
    assert {event.review for event in events} == {"accepted"}
    with library.engine.connect() as connection:
        assert len(search.search(connection, "cumbre", limit=100)) == 20
    # The insert trigger is back: a later single insert is indexed too.
    library.add(Event(case_id=case.id, date=dt.date(2026, 2, 1), title="Cumbre final"))
    with library.engine.connect() as connection:
        assert len(search.search(connection, "cumbre", limit=100)) == 21

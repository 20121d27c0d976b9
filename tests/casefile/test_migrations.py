"""An older library is upgraded on open with every row intact."""

import datetime as dt
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from casefile import migrations, search
from casefile.library import Library, make_engine

pytestmark = pytest.mark.both_backends


def _library_at_first_revision(folder: Path) -> None:
    (folder / "files").mkdir(parents=True)
    engine = make_engine(f"sqlite:///{folder / 'casefile.db'}")
    migrations.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                'INSERT INTO "case" (id, title, countries, description, summary, created_at, '
                "updated_at, archived) VALUES (1, 'Old case', 'MX,US', '', '', "
                "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO event (id, case_id, date, precision, title, description, place, "
                "status, review, evidence_text) VALUES (7, 1, '2025-03-02', 'day', "
                "'Reunión sobre fentanilo', '', '', 'occurred', 'accepted', '')"
            )
        )
    assert migrations.current_revision(engine) == "0001"
    engine.dispose()


def test_old_library_is_upgraded_with_its_rows_intact(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    _library_at_first_revision(folder)
    with closing(Library.open(folder)) as library:
        assert library.schema_version() == migrations.head_revision()
        event = library.get("event", 7)
        assert (event.title, event.date) == ("Reunión sobre fentanilo", dt.date(2025, 3, 2))
        assert library.case(1).country_codes == ["MX", "US"]


def test_a_team_library_is_created_from_the_first_revision_up(empty_team_url: str) -> None:
    """PostgreSQL runs the same history: the first schema, rows, then every migration since
    (its own full-text search among them, which indexes the rows already there)."""
    engine = make_engine(empty_team_url)
    migrations.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                'INSERT INTO "case" (id, title, countries, description, summary, created_at, '
                "updated_at, archived) VALUES (1, 'Old case', 'MX,US', '', '', "
                "'2025-01-01 00:00:00', '2025-01-01 00:00:00', false)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO event (id, case_id, date, precision, title, description, place, "
                "status, review, evidence_text) VALUES (7, 1, '2025-03-02', 'day', "
                "'Reuniones sobre fentanilo', '', '', 'occurred', 'accepted', '')"
            )
        )
    engine.dispose()
    with closing(Library.open(empty_team_url)) as library:
        assert library.schema_version() == migrations.head_revision()
        assert [hit.id for hit in library.search("reunión")] == [7]
        migrations.downgrade(library.engine, "0007")
        migrations.upgrade(library.engine)
        assert [hit.id for hit in library.search("fentanyl")] == [7]


def test_upgrade_indexes_rows_that_were_already_there(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    _library_at_first_revision(folder)
    with closing(Library.open(folder)) as library, library.engine.connect() as connection:
        hits = search.search(connection, "fentanilo")
    assert [(hit.kind, hit.id) for hit in hits] == [("event", 7)]


def test_opening_a_current_library_twice_changes_nothing(library_location: str) -> None:
    with closing(Library.open(library_location)) as library:
        library.create_case("Once")
    with closing(Library.open(library_location)) as again:
        assert [case.title for case in again.cases()] == ["Once"]


def test_downgrade_then_upgrade_keeps_rows(library_location: str) -> None:
    with closing(Library.open(library_location)) as library:
        library.create_case("Kept")
        migrations.downgrade(library.engine, "0001")
        migrations.upgrade(library.engine)
        assert [case.title for case in library.cases()] == ["Kept"]


def test_downgrade_below_the_backlog_indexes_what_it_held(tmp_path: Path) -> None:
    with closing(Library.open(tmp_path / "lib")) as library:
        case = library.create_case("Bulk")
        rows = [{"case_id": case.id, "date": dt.date(2026, 3, 1), "title": "Decomiso"}] * 3
        library.bulk_insert("event", rows)
        migrations.downgrade(library.engine, "0003")
        with library.engine.connect() as connection:
            assert len(search.search(connection, "decomiso")) == 3
            indexes = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event'"
            ).scalars()
            assert set(indexes) == {"ix_event_case_id", "ix_event_date"}
        migrations.upgrade(library.engine)
        assert len(library.search("decomiso")) == 3


def test_version_files_follow_the_naming_the_quick_head_check_relies_on() -> None:
    assert migrations.head_revision() == migrations.alembic_head_revision()
    for path in migrations.VERSIONS.glob("*.py"):
        number = path.name.split("_", 1)[0]
        assert f'revision = "{number}"' in path.read_text(encoding="utf-8"), path.name


def test_opening_a_current_library_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    Library.open(tmp_path / "lib").close()
    probe = (
        "import sys; from pathlib import Path; from casefile.library import Library; "
        f"Library.open(Path({str(tmp_path / 'lib')!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"


def test_counts_by_review_state_are_answered_from_an_index_for_every_kind(
    tmp_path: Path,
) -> None:
    with closing(Library.open(tmp_path / "lib")) as library, library.engine.connect() as db:
        for kind in ("event", "quote", "caption", "actor"):
            tally = db.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT review, count(*) FROM {kind} "
                "WHERE case_id = 1 GROUP BY review"
            ).all()
            pending = db.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT source_id, count(*) FROM {kind} WHERE case_id = 1 "
                "AND review = 'proposed' AND source_id IS NOT NULL GROUP BY source_id"
            ).all()
            for plan in (tally, pending):
                assert any(f"COVERING INDEX ix_{kind}_case_review" in row[-1] for row in plan)

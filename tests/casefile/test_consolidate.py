"""One happening, many sources: links, "same as" proposals, merge and split with undo, the
migration that gives every event its first link, and what the command line shows."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from same_meeting import ENGLISH, OTHER_MEETING, SPANISH, TUESDAY, document
from sqlalchemy import text

from casefile import consolidate, migrations
from casefile.domain import Review
from casefile.errors import LibraryError
from casefile.importer import import_documents
from casefile.library import Library, make_engine
from casefile.models import Event
from casefile.source_removal import remove_source, restore_source


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with closing(Library.open(tmp_path / "lib")) as opened:
        yield opened


def events_of(library: Library, case_id: int) -> list[Event]:
    return [e for e in library.items("event", case_id) if e.review != Review.REJECTED.value]


def test_the_same_meeting_in_spanish_and_english_is_one_event_with_two_sources(
    library: Library,
) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    import_documents(
        library,
        case.id,
        [document(SPANISH, "nota-es", "es"), document(ENGLISH, "wire-en", "en")],
        accept=True,
    )
    [event] = events_of(library, case.id)
    assert event.date == TUESDAY
    standing = consolidate.standings(library, [event.id])[event.id]
    assert standing.corroboration == 2
    assert not standing.conflicted
    assert len(consolidate.links(library, event.id)) == 2


def test_different_meetings_on_the_same_day_stay_apart(library: Library) -> None:
    case = library.create_case("Norteamérica", ["MX", "CA", "US"])
    assert case.id is not None
    import_documents(
        library,
        case.id,
        [document(ENGLISH, "wire-en", "en"), document(OTHER_MEETING, "ottawa", "en")],
        accept=True,
    )
    assert len(events_of(library, case.id)) == 2


def test_a_second_source_is_proposed_same_as_and_accepting_adds_its_evidence(
    library: Library,
) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    import_documents(library, case.id, [document(SPANISH, "nota-es", "es")], accept=True)
    import_documents(library, case.id, [document(ENGLISH, "wire-en", "en")])
    held, proposed = sorted(events_of(library, case.id), key=lambda e: e.id or 0)
    assert proposed.same_as_id == held.id
    assert proposed.review == Review.PROPOSED.value

    record = consolidate.accept_same_as(library, proposed.id)
    [event] = events_of(library, case.id)
    assert event.id == held.id
    assert consolidate.standings(library, [held.id])[held.id].corroboration == 2

    restored = consolidate.unmerge(library, record)  # undo
    assert len(events_of(library, case.id)) == 2
    assert consolidate.standings(library, [held.id])[held.id].corroboration == 1
    assert consolidate.standings(library, [restored])[restored].corroboration == 1


def test_merge_and_split_by_hand_undo_cleanly(library: Library) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    import_documents(
        library,
        case.id,
        [document(ENGLISH, "wire-en", "en"), document(OTHER_MEETING, "ottawa", "en")],
        accept=True,
    )
    first, second = sorted(events_of(library, case.id), key=lambda e: e.id or 0)
    merged = consolidate.merge(library, first.id, second.id)
    assert [e.id for e in events_of(library, case.id)] == [first.id]
    links = consolidate.links(library, first.id)
    assert len(links) == 2

    split = consolidate.split(library, first.id, links[1].id)
    assert len(events_of(library, case.id)) == 2
    assert len(consolidate.links(library, first.id)) == 1
    assert len(consolidate.links(library, split.new_event_id)) == 1
    consolidate.unsplit(library, split)
    assert len(consolidate.links(library, first.id)) == 2

    consolidate.unmerge(library, merged)
    assert len(events_of(library, case.id)) == 2
    assert len(consolidate.links(library, first.id)) == 1

    with pytest.raises(LibraryError):
        consolidate.split(library, first.id, consolidate.links(library, first.id)[0].id)
    with pytest.raises(LibraryError):
        consolidate.merge(library, first.id, first.id)


def test_sources_that_disagree_on_the_day_are_a_conflict(library: Library) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    import_documents(
        library,
        case.id,
        [document(SPANISH, "nota-es", "es"), document(OTHER_MEETING, "ottawa", "en")],
        accept=True,
    )
    first, second = sorted(events_of(library, case.id), key=lambda e: e.id or 0)
    library.update("event", second.id, date=dt.date(2026, 1, 14))
    with library.session() as session:
        for link in session.exec(
            consolidate.select(consolidate.EventSource).where(
                consolidate.EventSource.event_id == second.id
            )
        ):
            link.date = dt.date(2026, 1, 14)
            session.add(link)
        session.commit()
    consolidate.merge(library, first.id, second.id)
    standing = consolidate.standings(library, [first.id])[first.id]
    assert standing.conflicted
    assert {day for _, day, _ in standing.conflicts} == {TUESDAY, dt.date(2026, 1, 14)}


def test_removing_one_source_keeps_the_event_the_other_reports(library: Library) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    report = import_documents(
        library,
        case.id,
        [document(SPANISH, "nota-es", "es"), document(ENGLISH, "wire-en", "en")],
        accept=True,
    )
    spanish_source = report.added[0][1]
    [event] = events_of(library, case.id)
    removed = remove_source(library, case.id, spanish_source)
    [kept] = events_of(library, case.id)
    assert kept.id == event.id
    assert kept.source_id == report.added[1][1]
    assert consolidate.standings(library, [kept.id])[kept.id].corroboration == 1
    restore_source(library, removed)
    assert consolidate.standings(library, [kept.id])[kept.id].corroboration == 2


def test_deleting_an_event_and_undoing_keeps_its_links(library: Library) -> None:
    case = library.create_case("México–EE. UU.", ["MX", "US"])
    assert case.id is not None
    import_documents(
        library,
        case.id,
        [document(SPANISH, "nota-es", "es"), document(ENGLISH, "wire-en", "en")],
        accept=True,
    )
    [event] = events_of(library, case.id)
    snapshot = library.delete("event", event.id)
    restored = library.restore("event", snapshot)
    assert len(consolidate.links(library, restored.id)) == 2


def test_the_migration_makes_each_event_s_evidence_its_first_link(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    (folder / "files").mkdir(parents=True)
    engine = make_engine(f"sqlite:///{folder / 'casefile.db'}")
    migrations.upgrade(engine, "0005")
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
                "INSERT INTO source (id, kind, title, outlet, author, url, language, "
                "original_name, stored_file, content_hash, text, notes, added_at) VALUES (4, "
                "'article', 'Nota', '', '', '', 'es', 'nota.txt', '', :hash, 'Se reunieron.', "
                "'', '2025-01-01 00:00:00')"
            ),
            {"hash": "a" * 64},
        )
        connection.execute(
            text(
                "INSERT INTO event (id, case_id, date, precision, title, description, place, "
                "status, review, source_id, evidence_start, evidence_end, evidence_text) VALUES "
                "(7, 1, '2025-03-02', 'day', 'Reunión', '', '', 'occurred', 'accepted', 4, 0, "
                "13, 'Se reunieron.')"
            )
        )
    engine.dispose()
    with closing(Library.open(folder)) as library:
        [link] = consolidate.links(library, 7)
        assert (link.source_id, link.evidence_text, link.date) == (
            4,
            "Se reunieron.",
            dt.date(2025, 3, 2),
        )
        assert library.get("event", 7).title == "Reunión"


def test_show_json_gives_each_event_its_sources_and_corroboration(tmp_path: Path) -> None:
    """``casefile import --accept`` of two articles about one meeting gives one event with
    two sources, as ``show --json`` prints it (the real command, in a subprocess)."""
    folder = tmp_path / "lib"
    files = []
    for name, body in (("nota-es.txt", SPANISH), ("wire-en.txt", ENGLISH)):
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        files.append(str(path))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "CASEFILE_LIBRARY": str(folder)}
        return subprocess.run(
            [sys.executable, "-m", "casefile", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )

    run("case", "new", "México–EE. UU.", "--countries", "MX,US")
    run("import", "México–EE. UU.", *files, "--accept")
    shown = json.loads(run("show", "México–EE. UU.", "--json").stdout)
    [event] = shown["events"]
    assert event["corroboration"] == 2
    assert len(event["sources"]) == 2
    assert {"source_id", "evidence_text"} <= set(event["sources"][0])
    assert event["category"] == "consult"
    assert event["date_conflict"] is False

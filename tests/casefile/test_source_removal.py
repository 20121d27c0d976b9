"""Taking a source out of a case and putting it back, on real libraries with imported articles."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from casefile import integrity
from casefile.domain import Review
from casefile.errors import NotFoundError
from casefile.importer import import_paths
from casefile.library import Library
from casefile.source_removal import drawn_items, remove_source, restore_source

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
ARTICLE = ARTICLES / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"
OTHER = ARTICLES / "comunicado-conjunto-grupo-implementacion-seguridad.txt"


def _rows(library: Library) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table that removal touches, to compare before and after."""
    database = library.folder / "casefile.db"
    with closing(sqlite3.connect(database)) as connection:
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall())
            for table in (
                "source", "casesource", "event", "quote", "caption", "actor", "itemtag",
                "eventactor",
            )
        }  # fmt: skip


@pytest.fixture
def imported(library: Library) -> tuple[Library, int, int]:
    case = library.create_case("Seguridad")
    assert case.id is not None
    import_paths(library, case.id, [ARTICLE, OTHER])
    source = next(s for s in library.sources(case.id) if s.original_name == ARTICLE.name)
    assert source.id is not None
    return library, case.id, source.id


def test_removing_a_source_takes_what_was_drawn_from_it_and_undo_restores_every_row(
    imported: tuple[Library, int, int],
) -> None:
    library, case_id, source_id = imported
    events = library.items("event", case_id)
    library.set_tags("event", events[0].id, ["fentanilo"])
    library.set_review("event", events[0].id, Review.ACCEPTED.value)
    before = _rows(library)
    counts = drawn_items(library, case_id, source_id)
    assert min(counts["event"], counts["quote"], counts["caption"]) > 0

    removed = remove_source(library, case_id, source_id)
    assert removed.item_count == sum(counts.values())
    remaining = [source.id for source in library.sources(case_id)]
    assert len(remaining) == 1
    assert source_id not in remaining
    left = library.items("event", case_id) + library.items("quote", case_id)
    assert all(item.source_id != source_id for item in left)
    assert not library.search("Salcedo", case_id=case_id, kinds=["quote", "event"])

    restore_source(library, removed)
    assert _rows(library) == before
    with library.engine.connect() as connection:
        assert integrity.search_index_consistent(connection)


def test_a_source_another_case_keeps_stays_in_the_library(
    imported: tuple[Library, int, int],
) -> None:
    library, case_id, source_id = imported
    other = library.create_case("Armas")
    assert other.id is not None
    import_paths(library, other.id, [ARTICLE])  # linked, not stored twice
    removed = remove_source(library, case_id, source_id)
    assert removed.source is None
    assert library.get("source", source_id).original_name == ARTICLE.name
    assert [s.id for s in library.sources(other.id)] == [source_id]


def test_an_accepted_actor_stays_and_gets_its_evidence_back_on_undo(
    imported: tuple[Library, int, int],
) -> None:
    library, case_id, source_id = imported
    actor = next(a for a in library.items("actor", case_id) if a.source_id == source_id)
    library.set_review("actor", actor.id, Review.ACCEPTED.value)
    removed = remove_source(library, case_id, source_id)
    kept = library.get("actor", actor.id)
    assert (kept.name, kept.source_id, kept.evidence_text) == (actor.name, None, "")
    restore_source(library, removed)
    back = library.get("actor", actor.id)
    assert (back.source_id, back.evidence_text) == (source_id, actor.evidence_text)


def test_removing_a_source_that_is_not_in_the_case_changes_nothing(
    imported: tuple[Library, int, int],
) -> None:
    library, case_id, _source_id = imported
    before = _rows(library)
    with pytest.raises(NotFoundError):
        remove_source(library, case_id, 999)
    assert _rows(library) == before


def test_undo_after_another_import_took_the_freed_ids_gives_new_ones(
    imported: tuple[Library, int, int],
) -> None:
    library, case_id, _source_id = imported
    last = max(source.id for source in library.sources(case_id) if source.id is not None)
    quotes_before = sorted(q.text for q in library.items("quote", case_id))
    removed = remove_source(library, case_id, last)  # the newest rows: their ids are reused
    third = ARTICLES / "utf16-sre-llamada-confirma-ministerial.txt"
    assert import_paths(library, case_id, [third]).added
    assert library.get("source", last).original_name == third.name  # it took the freed id
    taken = {e.id for e in library.items("event", case_id)}
    assert taken & {row["id"] for row in removed.items["event"]}
    back = restore_source(library, removed)
    assert back != last
    assert library.get("source", back).original_name == OTHER.name
    texts = sorted(q.text for q in library.items("quote", case_id))
    assert set(quotes_before) <= set(texts)
    drawn = [e for e in library.items("event", case_id) if e.source_id == back]
    assert len(drawn) == len(removed.items["event"])
    with library.engine.connect() as connection:
        assert integrity.search_index_consistent(connection)


def test_undo_after_the_same_article_came_back_puts_the_items_on_it(
    imported: tuple[Library, int, int],
) -> None:
    library, case_id, source_id = imported
    removed = remove_source(library, case_id, source_id)
    import_paths(library, case_id, [ARTICLE])  # stored again under a new id, new proposals
    again = next(s.id for s in library.sources(case_id) if s.original_name == ARTICLE.name)
    assert restore_source(library, removed) == again
    assert [s.original_name for s in library.sources(case_id)].count(ARTICLE.name) == 1


def test_the_count_in_the_confirmation_leaves_out_accepted_actors(
    imported: tuple[Library, int, int],
) -> None:
    library, case_id, source_id = imported
    actors = [a for a in library.items("actor", case_id) if a.source_id == source_id]
    library.set_review("actor", actors[0].id, Review.ACCEPTED.value)
    counts = drawn_items(library, case_id, source_id)
    removed = remove_source(library, case_id, source_id)
    assert counts["actor"] == len(actors) - 1 == len(removed.items["actor"])

"""Quotes linked to the case's actors who said them, one name per person across sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.importer import import_paths
from casefile.library import Library
from casefile.models import Actor
from casefile.speakers import link_speakers

pytestmark = pytest.mark.both_backends  # a team library links its speakers the same way

# The first article names the president by surname only; the second gives his full name.
SURNAME_ONLY = (
    "date 2024-03-05\n\nCumbre en Asunción\n\n"
    "Ibarra llegó este martes a Asunción para la cumbre regional. “Estamos dejando atrás "
    "treinta años de desconfianza”, dijo Ibarra ante los periodistas.\n"
)
FULL_NAME = (
    "date 2024-03-06\n\nAcuerdo sobre la represa\n\n"
    "El presidente Tomás Ibarra firmó este miércoles el acuerdo sobre la represa con su par "
    "paraguayo, Ramón Cañete. “Decidimos juntos poner en orden la represa”, afirmó Cañete.\n"
)


def _case(library: Library, tmp_path: Path, *texts: str) -> int:
    case = library.create_case("Argentina–Paraguay", ["AR", "PY"])
    assert case.id is not None
    paths = []
    for number, text in enumerate(texts, start=1):
        path = tmp_path / f"{number:02d}-nota.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    import_paths(library, case.id, paths, accept=True)
    return case.id


def _speakers(library: Library, case_id: int) -> list[tuple[str, str | None]]:
    actors = {actor.id: actor.name for actor in library.items("actor", case_id)}
    return [
        (quote.speaker, actors.get(quote.speaker_actor_id))
        for quote in library.items("quote", case_id)
    ]


def test_a_speaker_named_by_surname_takes_the_full_name_another_source_gives(
    library: Library, tmp_path: Path
) -> None:
    case_id = _case(library, tmp_path, SURNAME_ONLY, FULL_NAME)
    names = [actor.name for actor in library.items("actor", case_id)]
    assert "Tomás Ibarra" in names
    assert "Ibarra" not in names
    assert sorted(_speakers(library, case_id)) == [
        ("Ramón Cañete", "Ramón Cañete"),
        ("Tomás Ibarra", "Tomás Ibarra"),
    ]


def test_an_actor_filed_under_a_surname_takes_the_full_name_a_later_source_gives(
    library: Library, tmp_path: Path
) -> None:
    titled = SURNAME_ONLY.replace("Ibarra llegó", "El presidente Ibarra llegó")
    case_id = _case(library, tmp_path, titled)
    assert [actor.name for actor in library.items("actor", case_id)] == ["Ibarra"]
    second = tmp_path / "full.txt"
    second.write_text(FULL_NAME, encoding="utf-8")
    import_paths(library, case_id, [second], accept=True)
    actors = {actor.name: actor.alias_list for actor in library.items("actor", case_id)}
    assert actors["Tomás Ibarra"] == ["Ibarra"]  # one actor, the surname kept as an alias
    assert ("Tomás Ibarra", "Tomás Ibarra") in _speakers(library, case_id)


def test_an_edited_speaker_is_never_changed(library: Library, tmp_path: Path) -> None:
    case_id = _case(library, tmp_path, SURNAME_ONLY)
    (quote,) = library.items("quote", case_id)
    library.update("quote", quote.id, speaker="el presidente Ibarra")  # the analyst's words
    library.add(Actor(case_id=case_id, name="Tomás Ibarra", review="accepted"))
    assert link_speakers(library, case_id) == 0
    assert _speakers(library, case_id) == [("el presidente Ibarra", None)]


def test_a_rejected_actor_is_no_one_to_link_to(library: Library, tmp_path: Path) -> None:
    case_id = _case(library, tmp_path, SURNAME_ONLY)
    library.add(Actor(case_id=case_id, name="Tomás Ibarra", review="rejected"))
    assert link_speakers(library, case_id) == 0
    assert _speakers(library, case_id) == [("Ibarra", None)]
    library.add(Actor(case_id=case_id, name="Tomás Ibarra", review="proposed"))
    assert link_speakers(library, case_id) == 1
    assert _speakers(library, case_id) == [("Tomás Ibarra", "Tomás Ibarra")]


def test_two_people_of_one_surname_leave_the_surname_as_it_is(
    library: Library, tmp_path: Path
) -> None:
    two = FULL_NAME.replace("su par paraguayo, Ramón Cañete", "su hermano, Luis Ibarra")
    case_id = _case(library, tmp_path, two, SURNAME_ONLY)
    assert ("Ibarra", None) in _speakers(library, case_id)


def test_naming_another_speaker_links_the_quote_to_that_actor_and_undo_links_it_back(
    library: Library, tmp_path: Path
) -> None:
    case_id = _case(library, tmp_path, FULL_NAME)
    (quote,) = library.items("quote", case_id)
    assert _speakers(library, case_id) == [("Ramón Cañete", "Ramón Cañete")]
    before = library.update("quote", quote.id, speaker="Tomás Ibarra")  # the analyst's fix
    assert _speakers(library, case_id) == [("Tomás Ibarra", "Tomás Ibarra")]
    library.update("quote", quote.id, speaker="un funcionario")
    assert _speakers(library, case_id) == [("un funcionario", None)]  # no one of the case
    library.update("quote", quote.id, **before)  # undo puts the first name and link back
    assert _speakers(library, case_id) == [("Ramón Cañete", "Ramón Cañete")]

"""Searching as a bilingual analyst thinks (issue 13), on a real library: word forms, the
other names of a country or body, the other language's word, and the operators and filters
of casefile/query.py."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile import search
from casefile.errors import LibraryError
from casefile.library import Library
from casefile.models import Actor, Event, ItemTag, Quote, Tag
from casefile.query import Vocabulary, parse

pytestmark = pytest.mark.both_backends


@pytest.fixture
def case(library: Library) -> int:
    made = library.create_case("Seguridad México–EE. UU.")
    other = library.create_case("Aguas del Silala")
    assert made.id is not None
    assert other.id is not None
    events = [
        (
            dt.date(2026, 1, 11),
            "Reunión ministerial en Washington",
            "Los laboratorios clandestinos",
        ),
        (dt.date(2026, 2, 5), "Nuevas reuniones del grupo", "Decomiso de fentanilo en Sonora"),
        (dt.date(2026, 3, 20), "Ministers hold two meetings", "Talks on tariffs and steel"),
        (dt.date(2026, 4, 2), "EE.UU. impone aranceles", "Acero y aluminio"),
        (dt.date(2026, 4, 9), "Estados Unidos anuncia visitas", "Extradición de un operador"),
        (dt.date(2026, 5, 1), "Comunicado de la SRE", "La cancillería responde"),
    ]
    for day, title, description in events:
        library.add(Event(case_id=made.id, date=day, title=title, description=description))
    library.add(Event(case_id=other.id, date=dt.date(2026, 2, 1), title="Reunión sobre el Silala"))
    library.add(
        Quote(case_id=made.id, text="Cada laboratorio desmantelado cuenta", speaker="Laura Kessler")
    )
    library.add(Quote(case_id=made.id, text="El laboratorio era enorme", speaker="Omar García"))
    library.add(Actor(case_id=made.id, name="Omar García", kind="person", aliases="el secretario"))
    return made.id


def _find(library: Library, typed: str, **filters: object) -> list[search.SearchHit]:
    with library.engine.connect() as connection:
        return search.search(connection, typed, **filters)


def _titles(library: Library, typed: str, **filters: object) -> set[str]:
    return {hit.title for hit in _find(library, typed, **filters)}


def test_word_forms_meet_in_both_languages(library: Library, case: int) -> None:
    assert _titles(library, "reuniones", case_id=case) == {
        "Reunión ministerial en Washington",
        "Nuevas reuniones del grupo",
    }
    assert _titles(library, "meeting", case_id=case) == {"Ministers hold two meetings"}
    laboratorio = {"Laura Kessler", "Omar García", "Reunión ministerial en Washington"}
    assert _titles(library, "laboratorios", case_id=case) == laboratorio
    assert _titles(library, "LABORATORIO", case_id=case) == laboratorio  # case, accents aside


def test_quotes_keep_the_form_as_typed(library: Library, case: int) -> None:
    assert _titles(library, '"reuniones"', case_id=case) == {"Nuevas reuniones del grupo"}
    assert _titles(library, '"reunion ministerial"', case_id=case) == {
        "Reunión ministerial en Washington"
    }


def test_a_country_s_other_names_find_it(library: Library, case: int) -> None:
    both = {"EE.UU. impone aranceles", "Estados Unidos anuncia visitas"}
    assert _titles(library, "EEUU", case_id=case) >= both
    assert _titles(library, "EE. UU.", case_id=case) >= both
    assert _titles(library, "Estados Unidos", case_id=case) >= both
    # "us" in lower case is the English pronoun, not the country
    assert parse("us").groups
    assert not Vocabulary.shipped().equivalents("us")
    assert "Estados Unidos" in Vocabulary.shipped().equivalents("US")


def test_an_institution_s_acronym_finds_its_name(library: Library, case: int) -> None:
    assert "Comunicado de la SRE" in _titles(library, "cancillería", case_id=case)
    assert "Comunicado de la SRE" in _titles(library, "Secretaría de Relaciones Exteriores")


def test_a_query_in_one_language_finds_the_other_and_says_which_form(
    library: Library, case: int
) -> None:
    assert _titles(library, "fentanyl", case_id=case) == {"Nuevas reuniones del grupo"}
    assert _titles(library, "tariffs", case_id=case) >= {
        "EE.UU. impone aranceles",
        "Ministers hold two meetings",
    }
    (hit,) = [h for h in _find(library, "fentanyl", case_id=case)]
    assert hit.matched == ("fentanilo",)
    assert _titles(library, "seizure", case_id=case) == {"Nuevas reuniones del grupo"}


def test_the_analyst_s_own_glossary_entries_apply(library: Library, case: int) -> None:
    vocabulary = Vocabulary.shipped([("acero", "steel", "hierro colado")])
    assert "Ministers hold two meetings" in _titles(
        library, "acero", case_id=case, vocabulary=vocabulary
    )


def test_or_exclusion_and_prefix(library: Library, case: int) -> None:
    assert _titles(library, "fentanilo OR extradición", case_id=case) == {
        "Nuevas reuniones del grupo",
        "Estados Unidos anuncia visitas",
    }
    assert _titles(library, "reunión -washington", case_id=case) == {"Nuevas reuniones del grupo"}
    assert _titles(library, "minist*", case_id=case) == {
        "Reunión ministerial en Washington",
        "Ministers hold two meetings",
    }
    assert _titles(library, "-washington", case_id=case) == set()  # nothing to look for


def test_filters(library: Library, case: int) -> None:
    assert _titles(library, "laboratorio kind:quote", case_id=case) == {
        "Laura Kessler",
        "Omar García",
    }
    assert _titles(library, "laboratorio speaker:Kessler") == {"Laura Kessler"}
    assert _titles(library, "actor:secretario", case_id=case) == {"Omar García"}
    assert _titles(library, "reunión case:Silala") == {"Reunión sobre el Silala"}
    assert _titles(library, 'reunión case:"Seguridad México–EE. UU."') == {
        "Reunión ministerial en Washington",
        "Nuevas reuniones del grupo",
    }
    assert _titles(library, "reunión after:2026-02 before:2026-03", case_id=case) == {
        "Nuevas reuniones del grupo"
    }
    assert _titles(library, "reunión before:2026-02-05", case_id=case) == {
        "Reunión ministerial en Washington"
    }
    event = next(e for e in library.items("event", case) if e.title.startswith("Nuevas"))
    tag = library.add(Tag(name="fentanyl"))
    library.add(ItemTag(tag_id=tag.id, item_kind="event", item_id=event.id))
    assert _titles(library, "reunión tag:Fentanyl", case_id=case) == {"Nuevas reuniones del grupo"}


@pytest.mark.parametrize(
    "typed",
    ["kind:nonsense reunión", "after:someday reunión", "case:nowhere reunión", '"', "-", "OR", ":"],
)
def test_odd_input_finds_nothing_and_never_fails(library: Library, case: int, typed: str) -> None:
    assert _find(library, typed, case_id=case) == []


def test_a_name_is_found_whole_never_by_its_stem(library: Library) -> None:
    made = library.create_case("Nombres")
    assert made.id is not None
    for title in ("La cantidad de comercio creció", "Canadá y la COMAR firmaron"):
        library.add(Event(case_id=made.id, date=dt.date(2026, 1, 1), title=title))
    assert _titles(library, "Canadá", case_id=made.id) == {"Canadá y la COMAR firmaron"}
    assert _titles(library, "COMAR", case_id=made.id) == {"Canadá y la COMAR firmaron"}
    assert "Estados Unidos" in Vocabulary.shipped().equivalents("U.S.")


def test_the_librarys_own_glossary_entries_join_the_shipped_ones(
    library: Library, case: int
) -> None:
    library.add(Event(case_id=case, date=dt.date(2026, 6, 1), title="Caen tres halcones"))
    assert library.search("lookouts") == []
    library.set_glossary([("halcón | halcones", " lookout |  lookouts "), ("", "  ")])
    with pytest.raises(LibraryError, match="“sicario” needs its form in the other language"):
        library.set_glossary([("sicario", "")])
    assert [(e.spanish, e.english) for e in library.glossary()] == [
        ("halcón | halcones", "lookout | lookouts")
    ]
    hits = library.search("lookout")
    assert [(hit.title, hit.matched) for hit in hits] == [("Caen tres halcones", ("halcones",))]
    # another connection (the command line, a colleague) changed the glossary: seen at once
    with library.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM glossary_entry")
    assert library.search("lookout") == []
    # the shipped glossary is still there
    assert library.search("fentanyl")


def test_saving_the_glossary_keeps_the_rows_that_stay(library: Library) -> None:
    first = library.set_glossary([("plaza", "turf"), ("halcón", "lookout")])
    again = library.set_glossary([("halcón", "lookout"), ("sicario", "hitman")])
    assert next((e.id, e.spanish) for e in again) == (first[1].id, "halcón")
    assert [e.spanish for e in again] == ["halcón", "sicario"]


def test_glossary_changes_keep_what_others_added_meanwhile(library: Library) -> None:
    library.set_glossary([("plaza", "turf")])
    library.change_glossary([("halcón", "lookout")], [])  # another analyst, meanwhile
    kept = library.change_glossary([("sicario", "hitman")], [("plaza", "turf")])
    assert [(e.spanish, e.english) for e in kept] == [("halcón", "lookout"), ("sicario", "hitman")]


def test_saved_searches_by_name(library: Library) -> None:
    first = library.save_search("  Fentanilo   en puertos ", "fentanilo puerto*")
    assert (first.name, first.query) == ("Fentanilo en puertos", "fentanilo puerto*")
    library.save_search("aranceles", "aranceles OR tariffs")
    replaced = library.save_search("FENTANILO EN PUERTOS", "fentanyl port*")
    assert replaced.id == first.id
    assert [(s.name, s.query) for s in library.saved_searches()] == [
        ("aranceles", "aranceles OR tariffs"),
        ("FENTANILO EN PUERTOS", "fentanyl port*"),
    ]
    with pytest.raises(LibraryError, match="already named 'Aranceles'"):
        library.rename_saved_search(first.id or 0, "Aranceles")
    with pytest.raises(LibraryError, match="needs a name"):
        library.save_search("  ", "x")
    with pytest.raises(LibraryError, match="nothing to save"):
        library.save_search("vacía", "   ")
    gone = library.delete_saved_search(first.id or 0)
    assert gone.query == "fentanyl port*"
    assert [s.name for s in library.saved_searches()] == ["aranceles"]
    # names meet whatever their capitals, accented ones too (SQLite's lower() folds ASCII)
    accented = library.save_search("Éxito", "a")
    assert library.save_search("éxito", "b").id == accented.id
    assert library.find_saved_search(" ÉXITO ").query == "b"
    # put back (undo) under its own id, whatever was saved since
    library.put_back_saved_search(gone.model_dump())
    assert library.find_saved_search("fentanilo en puertos").id == first.id

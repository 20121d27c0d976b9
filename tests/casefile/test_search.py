import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile import search
from casefile.domain import Review
from casefile.library import Library
from casefile.models import Caption, CaseSource, Event, Quote, Source

pytestmark = pytest.mark.both_backends


def _fill(library: Library) -> tuple[int, int]:
    first = library.create_case("Seguridad")
    second = library.create_case("Energía")
    library.add(
        Event(
            case_id=first.id,
            date=dt.date(2026, 1, 23),
            title="Reunión del Grupo",
            description="Fentanilo y tráfico de armas",
        )
    )
    library.add(Event(case_id=second.id, date=dt.date(2025, 6, 1), title="Fentanilo en puertos"))
    library.add(Quote(case_id=first.id, text="Detener el tráfico de fentanilo", speaker="SRE"))
    library.add(
        Caption(case_id=first.id, caption="El canciller en Washington", credit="FB: @SREMX")
    )
    library.add(Quote(case_id=first.id, text="fentanilo rechazado", review=Review.REJECTED.value))
    with library.session() as session:
        source = Source(content_hash="abc", title="Nota", text="La cooperación contra el fentanilo")
        session.add(source)
        session.flush()
        session.add(CaseSource(case_id=first.id, source_id=source.id))
        session.commit()
    return first.id, second.id


def _search(library: Library, query: str, **filters):
    with library.engine.connect() as connection:
        return search.search(connection, query, **filters)


def test_lowercase_query_finds_capitalised_word(library: Library) -> None:
    _fill(library)
    hits = _search(library, "fentanilo")
    assert {hit.kind for hit in hits} == {"event", "quote", "source"}
    assert any(search.HIGHLIGHT_START + "Fentanilo" in hit.snippet for hit in hits)


def test_rejected_proposals_are_not_found(library: Library) -> None:
    _fill(library)
    assert all("rechazado" not in hit.snippet for hit in _search(library, "fentanilo"))


def test_filters_by_case_kind_and_date(library: Library) -> None:
    first, second = _fill(library)
    assert {hit.case for hit in _search(library, "fentanilo", case_id=second)} == {second}
    in_first = _search(library, "fentanilo", case_id=first)
    assert {hit.kind for hit in in_first} == {"event", "quote", "source"}
    assert [hit.kind for hit in _search(library, "fentanilo", kinds=["quote"])] == ["quote"]
    dated = _search(library, "fentanilo", date_from=dt.date(2026, 1, 1), kinds=["event"])
    assert [hit.date for hit in dated] == [dt.date(2026, 1, 23)]


def test_source_hits_name_their_case(library: Library) -> None:
    first, _ = _fill(library)
    (hit,) = _search(library, "cooperación")
    assert (hit.kind, hit.case) == ("source", first)


def test_accents_are_optional_in_queries(library: Library) -> None:
    _fill(library)
    assert [hit.kind for hit in _search(library, "reunion")] == ["event"]


def test_prefix_and_phrase_queries(library: Library) -> None:
    _fill(library)
    assert _search(library, "fenta*")
    assert [hit.kind for hit in _search(library, '"tráfico de fentanilo"')] == ["quote"]


def test_edits_and_deletes_keep_the_index_in_step(library: Library) -> None:
    first, _ = _fill(library)
    (caption,) = library.items("caption", first)
    library.update("caption", caption.id, caption="Reunión en la Ciudad de México")
    assert _search(library, "Washington") == []
    assert [hit.id for hit in _search(library, "Ciudad")] == [caption.id]
    library.delete("caption", caption.id)
    assert _search(library, "Ciudad") == []


def test_hostile_queries_return_results_or_nothing(library: Library) -> None:
    _fill(library)
    for query in ['"', "AND (", "*", "NEAR(", "fentanilo OR", "-", "title:x", "^", "''", ""]:
        _search(library, query)


def test_any_query_runs_against_a_real_index(library: Library) -> None:
    _fill(library)

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.characters(), max_size=40))
    def run(query: str) -> None:
        _search(library, query)

    run()

"""Actor proposals: people, organisations and places, one per actor, in their fullest form."""

from __future__ import annotations

import pytest

from casefile.domain import ActorKind
from casefile.extract.actors import ActorProposal, propose_actors


def _names(actors: list[ActorProposal], kind: ActorKind) -> list[str]:
    return [a.name for a in actors if a.kind is kind]


SPANISH = (
    "Tras la visita de la secretaria Alicia Bárcena Ibarra a Ottawa, el embajador Ronald "
    "Johnson y el fiscal Ernesto Vega de los Santos hablaron con la Fiscalía General de la "
    "República (FGR). Johnson dijo que EU apoyará la investigación. Vega de los Santos "
    "respondió que la FGR compartirá datos con Estados Unidos y con Canadá el próximo martes."
)


def test_people_with_particles_and_titles_are_named_in_full() -> None:
    people = _names(propose_actors(SPANISH), ActorKind.PERSON)
    assert people == ["Alicia Bárcena Ibarra", "Ronald Johnson", "Ernesto Vega de los Santos"]


def test_surname_alone_merges_into_the_full_name_at_its_first_mention() -> None:
    text = (
        "Llegó Rubio. Más tarde, el secretario Marco Rubio habló con De la Fuente "
        "y Juan Ramón de la Fuente."
    )
    actors = propose_actors(text)
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["Marco Rubio", "Juan Ramón de la Fuente"]
    assert text[people[0].start : people[0].end] == "Rubio"


def test_organisation_and_its_acronym_are_one_actor() -> None:
    organisations = _names(propose_actors(SPANISH), ActorKind.ORGANISATION)
    assert organisations == ["Fiscalía General de la República"]


def test_united_states_aliases_are_one_place_named_by_language() -> None:
    spanish = propose_actors("EU y EE.UU. son lo mismo que Estados Unidos, dijo.", language="es")
    assert [(a.name, a.known_as) for a in spanish] == [("Estados Unidos", None)]
    english = propose_actors("The U.S. and the United States and USA agreed.", language="en")
    assert [(a.name, a.kind) for a in english] == [("United States", ActorKind.PLACE)]
    only_acronym = propose_actors("Llegó la delegación de EE.UU. ayer.", language="es")
    assert [(a.name, a.known_as) for a in only_acronym] == [("EE.UU.", "Estados Unidos")]


def test_eu_in_english_text_is_not_the_united_states() -> None:
    actors = propose_actors("The EU imposed tariffs on steel from Brazil.", language="en")
    assert [a.name for a in actors if a.kind is ActorKind.PLACE] == ["Brazil"]


def test_places_come_from_the_gazetteer_in_both_languages() -> None:
    places = _names(propose_actors(SPANISH), ActorKind.PLACE)
    assert places == ["Ottawa", "Estados Unidos", "Canadá"]
    english = propose_actors(
        "Officials flew from Mexico City to Washington and Houston.", language="en"
    )
    assert _names(english, ActorKind.PLACE) == ["Mexico City", "Washington", "Houston"]


def test_sentence_initial_words_months_and_programmes_are_not_actors() -> None:
    text = (
        "Tras el encuentro, El Gobierno habló. Los Acuerdos siguen. En Marzo y el Lunes "
        "Hubo calma. El Programa de Vigilancia Fronteriza y Control Aduanero sigue. "
        "This Monday, The Report came out in April."
    )
    assert propose_actors(text) == []


def test_known_actors_are_matched_with_their_aliases() -> None:
    text = "La titular de la SSPC, conocida como la Jefa Ríos, viajó a Tijuana."
    known = [
        ("Secretaría de Seguridad y Protección Ciudadana", ["SSPC"]),
        ("Elena Ríos", ["Jefa Ríos"]),
    ]
    actors = propose_actors(text, known)
    matched = {a.known_as: text[a.start : a.end] for a in actors if a.known_as}
    assert matched == {
        "Secretaría de Seguridad y Protección Ciudadana": "SSPC",
        "Elena Ríos": "Jefa Ríos",
    }


def test_english_titles_are_not_part_of_the_name() -> None:
    text = (
        "President Lucía Morales met Secretary of State Daniel Price. "
        "Price said the FBI would help."
    )
    actors = propose_actors(text, language="en")
    assert _names(actors, ActorKind.PERSON) == ["Lucía Morales", "Daniel Price"]
    assert _names(actors, ActorKind.ORGANISATION) == ["FBI"]


def test_social_handles_are_not_actors() -> None:
    assert propose_actors("Síguenos en @SREMX y #SeguridadFronteriza.") == []


def test_two_organisations_joined_by_y_are_two_actors() -> None:
    text = (
        "La Secretaría de Marina y la Fiscalía General revisaron la Secretaría de Salud "
        "y Bienestar."
    )
    organisations = _names(propose_actors(text), ActorKind.ORGANISATION)
    assert organisations == [
        "Secretaría de Marina",
        "Fiscalía General",
        "Secretaría de Salud y Bienestar",
    ]


def test_dateline_in_capitals_is_not_an_acronym() -> None:
    text = "TIJUANA CITY, March 3 — The DEA opened an office."
    assert _names(propose_actors(text, language="en"), ActorKind.ORGANISATION) == ["DEA"]


@pytest.mark.parametrize(
    ("lang", "text", "person", "place"),
    [
        ("es", "La fiscal Virginia Ortega habló desde Virginia.", "Virginia Ortega", "Virginia"),
        (
            "es",
            "El diputado Miguel Hidalgo Pérez visitó Hidalgo.",
            "Miguel Hidalgo Pérez",
            "Hidalgo",
        ),
        ("en", "Agents in Laredo arrested Tom Austin on Friday.", "Tom Austin", "Laredo"),
    ],
)
def test_a_place_inside_a_person_s_name_is_part_of_the_name(
    lang: str, text: str, person: str, place: str
) -> None:
    found = {(actor.name, actor.kind) for actor in propose_actors(text, [], lang)}
    assert (person, ActorKind.PERSON) in found
    assert (place, ActorKind.PLACE) in found
    assert len(found) == 2


def test_a_place_after_a_comma_or_a_function_word_is_still_a_place() -> None:
    text = "En Tucson, la DEA habló con agentes de Atlanta, Georgia."
    places = [a.name for a in propose_actors(text, [], "es") if a.kind is ActorKind.PLACE]
    assert places == ["Tucson", "Atlanta", "Georgia"]


def test_a_possessive_ends_a_name() -> None:
    text = "Ambassador Catherine Lowell's Press Conference drew O'Brien and reporters."
    people = [a.name for a in propose_actors(text, [], "en") if a.kind is ActorKind.PERSON]
    assert "Catherine Lowell" in people
    assert not any("Press" in name for name in people)


def test_roman_numerals_are_not_organisations() -> None:
    text = "Ambos países libraron una guerra en el siglo XIX y se reunieron en la XXVIII Cumbre."
    assert [a.name for a in propose_actors(text)] == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("El ministro noruego de Exteriores, Sindre Vollan, llegó ayer.", "Sindre Vollan"),
        ("Se reunió con su homólogo danés, Ulrik Thorsager, en la sede.", "Ulrik Thorsager"),
        ("Sindre Vollan, ministro de Exteriores, llegó ayer.", "Sindre Vollan"),
    ],
)
def test_a_name_in_apposition_to_a_title_is_a_person(text: str, person: str) -> None:
    people = [a.name for a in propose_actors(text, (), "es") if a.kind is ActorKind.PERSON]
    assert people == [person]


def test_kosovo_is_a_place() -> None:
    places = [a.name for a in propose_actors("Talks with Kosovo resumed.", (), "en")]
    assert "Kosovo" in places


def test_a_given_name_written_without_its_accent_still_opens_a_name() -> None:
    names = [a.name for a in propose_actors("Ana Ruiz met Tomas Ibarra and Jose Luis Pena.")]
    assert names == ["Ana Ruiz", "Tomas Ibarra", "Jose Luis Pena"]


def test_a_nationality_is_no_given_name_even_where_one_is_spelt_alike() -> None:
    # "Germán" is a given name; "German" before a title is a nationality
    names = [a.name for a in propose_actors("German Chancellor Olaf Brandt said on Tuesday.")]
    assert names == ["Olaf Brandt"]

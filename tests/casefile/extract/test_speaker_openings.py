"""What opens a sentence before whoever spoke: a time, a concessive clause, a function word."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import propose

PUBLISHED = dt.date(2024, 12, 20)


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in propose(text, PUBLISHED).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Este viernes el canciller Tomás Ibarra admitió que la relación “no pasa por su "
        "mejor momento”.",
        "Ayer por la tarde el canciller Tomás Ibarra dijo que “nada cambia”.",
        "El jueves el canciller Tomás Ibarra aseguró que “nada cambia”.",
    ],
)
def test_a_time_opening_the_sentence_is_not_the_speaker(text: str) -> None:
    assert _speakers(text) == ["Tomás Ibarra"]


def test_a_weekday_that_is_a_given_name_stays_in_the_name() -> None:
    assert _speakers("Domingo Ferrer dijo que “nada cambia”.") == ["Domingo Ferrer"]


@pytest.mark.parametrize(
    "opening",
    ["Si bien Elena Sáenz cuidó su tono", "Aunque Elena Sáenz evitó los insultos"],
)
def test_a_bare_verb_after_a_concessive_clause_goes_on_with_its_subject(opening: str) -> None:
    text = (
        "El ministro Luis Carranza habló el miércoles.\n"
        f"{opening}, señaló enfático que “hace falta más humildad”.\n"
    )
    assert _speakers(text) == ["Elena Sáenz"]


def test_a_concessive_clause_that_names_no_one_leaves_the_last_speaker() -> None:
    text = (
        "“Seguiremos adelante”, dijo el ministro Luis Carranza el miércoles.\n"
        "Aunque la reunión terminó tarde, señaló que “hace falta más humildad”.\n"
    )
    assert _speakers(text) == ["Luis Carranza", "Luis Carranza"]


def test_although_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Luis Carranza spoke on Wednesday. Although Ana Ruiz avoided names, she said it was "
        "“a hard week”."
    )
    assert _speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El ministro de Asuntos Exteriores, Julián Cordero, viajó a Rabat el lunes.\n"
            "“La relación vive su mejor momento”, dijo el responsable de la diplomacia.\n",
            "Julián Cordero",
        ),
        (
            "The Minister of Foreign Affairs, Karim Idrissi, arrived in Nouakchott on Monday.\n"
            "“We share a common destiny,” the FM said.\n",
            "Karim Idrissi",
        ),
        (
            "External Affairs Minister Ravi Menon met his counterpart on Monday.\n"
            "“We noted the progress,” the top diplomat said.\n",
            "Ravi Menon",
        ),
    ],
)
def test_a_foreign_minister_is_named_by_any_title_of_the_office(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]

"""Date families from held-out sets ten and eleven, once read (eighth session), each on our
own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract.dates import find_dates
from casefile.extract.events import propose_events

THURSDAY = dt.date(2025, 1, 16)


def values(text: str, language: str | None = None) -> list[dt.date]:
    return [found.value for found in find_dates(text, THURSDAY, language)]


def test_the_first_after_a_copula_is_the_first_one_not_a_day() -> None:
    assert values("The envoy's trip was the first in the region for a decade.", "en") == []
    assert values("It marks the second such visit this term.", "en") == []


def test_the_first_after_on_is_still_a_day() -> None:
    assert values("The talks resume on the first in Geneva.", "en") == [dt.date(2025, 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March, he said, a joint session may be held in Lima.", dt.date(2025, 3, 1)),
        ("In March, Ana Ruiz said, the two cabinets will meet.", dt.date(2025, 3, 1)),
        ("In March, he said, the two cabinets met in Lima.", dt.date(2024, 3, 1)),
    ],
)
def test_a_reporting_aside_does_not_set_the_tense_of_a_month(text: str, expected: dt.date) -> None:
    assert values(text, "en") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Los dos gobiernos acordaron reunirse el lunes en la frontera.",
        "Ambos países acordamos reunirnos este lunes para formar un comité.",
        "The ministers agreed to meet on Monday in Geneva.",
    ],
)
def test_a_day_agreed_on_is_the_coming_one(text: str) -> None:
    assert values(text) == [dt.date(2025, 1, 20)]


def test_a_day_still_to_come_after_antes_de_que_is_the_coming_one() -> None:
    text = "La llamada ocurre días antes de que el nuevo presidente asuma, el lunes, el cargo."
    assert values(text, "es") == [dt.date(2025, 1, 20)]


def test_antes_de_que_with_a_past_subjunctive_stays_in_the_past() -> None:
    text = "Llegó antes de que el presidente asumiera el lunes el cargo."
    assert values(text, "es") == [dt.date(2025, 1, 13)]


def test_a_day_met_on_stays_the_one_gone() -> None:
    assert values("Se reunieron el lunes en Lima.", "es") == [dt.date(2025, 1, 13)]


def test_ayer_after_a_verb_of_agreeing_is_no_plan() -> None:
    found = values("Los presidentes acordaron ayer miércoles impulsar la unión aduanera.", "es")
    assert set(found) == {dt.date(2025, 1, 15)}  # "ayer" and "miércoles": the day gone


def test_a_pages_update_stamp_proposes_nothing() -> None:
    stamps = (
        "2025-01-16 09:10 update: 2025-01-17, 14:34",
        "Actualizado el 15 de enero de 2025",
        "Publicado el 14 de enero de 2025",
    )
    for stamp in stamps:
        text = f"{stamp}\n\nLos ministros se reunieron el lunes en la frontera."
        assert [e.date for e in propose_events(text, THURSDAY, None)] == [dt.date(2025, 1, 13)]


def test_a_sentence_about_an_update_is_still_an_event() -> None:
    text = "The treaty was updated on 3 March 2020 to add a clause."
    assert [e.date for e in propose_events(text, THURSDAY, "en")] == [dt.date(2020, 3, 3)]


def test_an_ordinal_that_is_the_subject_of_its_verb_is_no_day() -> None:
    text = "The first was recorded on August 27, 2024, and the second on December 29, 2024."
    assert values(text, "en") == [dt.date(2024, 8, 27), dt.date(2024, 12, 29)]


def test_a_weekday_in_a_clock_conversion_is_no_event() -> None:
    text = "La medida se aplicará desde las 8 de la noche (01H00 GMT del jueves), dijo la ministra."
    assert propose_events(text, THURSDAY, "es") == []

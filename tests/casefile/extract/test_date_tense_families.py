"""Dates whose side of the article's day a verb decides: families seen on real pages read in
the tenth session, each stated here in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import propose


def _events(text: str, reference: dt.date) -> list[tuple[str, str]]:
    return [
        (event.date.isoformat(), str(event.precision)) for event in propose(text, reference).events
    ]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("El Gobierno amenazó también con imponer en noviembre un arancel a las importaciones.",
         "2025-11"),
        ("El presidente prometió visitar en noviembre la zona afectada.", "2025-11"),
        ("The president promised to visit the flooded area in November.", "2025-11"),
        ("Both ministers agreed to meet again in November in the capital.", "2025-11"),
    ],
)  # fmt: skip
def test_a_month_after_a_verb_of_intent_and_its_infinitive_is_ahead(text: str, month: str) -> None:
    assert _events(text, dt.date(2025, 10, 27)) == [(f"{month}-01", "month")]


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("El nuevo presidente, elegido en abril, se reunirá con su homólogo en la cumbre.",
         "2025-04-01", "month"),
        ("La cumbre celebrada el lunes terminó sin acuerdo.", "2025-10-20", "day"),
        # after "será" the participle is a plan
        ("El acuerdo será firmado en marzo por ambas partes.", "2026-03-01", "month"),
    ],
)  # fmt: skip
def test_a_past_participle_right_before_a_date_says_it_is_gone(
    text: str, date: str, precision: str
) -> None:
    assert _events(text, dt.date(2025, 10, 22)) == [(date, precision)]


@pytest.mark.parametrize(
    "text",
    [
        "A día de hoy no hay acuerdo entre las partes.",
        "Hasta el día de hoy no hubo respuesta del Gobierno.",
    ],
)
def test_how_things_stand_until_today_is_no_event(text: str) -> None:
    assert _events(text, dt.date(2025, 3, 13)) == []


def test_a_change_that_takes_effect_today_is_an_event() -> None:
    text = "The country closes its airspace to all flights as of today."
    assert _events(text, dt.date(2025, 4, 7)) == [("2025-04-07", "day")]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # said on a Monday: the weekend just gone
        ("The two capitals played cat-and-mouse this weekend over the flights.", "2025-01"),
        ("Este fin de semana los cancilleres se reunieron en Lima.", "2025-01"),
        # still to come
        ("Este fin de semana los cancilleres se reunirán en Lima.", "2025-02"),
    ],
)
def test_this_weekend_follows_the_tense_of_its_verb(text: str, month: str) -> None:
    assert _events(text, dt.date(2025, 1, 27)) == [(f"{month}-01", "month")]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Los gobiernos se encontrarán el 12 de septiembre de este año en Lima.", ["2025-09-12"]),
        ("El tratado se firmó el 12 de septiembre del año pasado.", ["2024-09-12"]),
        # two days running after "el": one stretch, from its first day
        ("Acordaron que el 11 y 12 de septiembre de este año se reunirán en Lima.",
         ["2025-09-11"]),
        ("The treaty was signed on September 12 of last year.", ["2024-09-12"]),
        ("The leaders will meet on 3 March next year.", ["2026-03-03"]),
        ("El acuerdo se firmó en marzo de 2019 y entró en vigor el 12 de septiembre del mismo "
         "año.", ["2019-09-12"]),
    ],
)  # fmt: skip
def test_a_day_of_a_month_of_a_year_said_in_words_is_that_day(text: str, days: list[str]) -> None:
    found = [date for date, precision in _events(text, dt.date(2025, 8, 21)) if precision == "day"]
    assert found == days


def test_between_the_days_of_a_month_is_one_stretch() -> None:
    text = "La visita del presidente será entre los días 21 y 22 de marzo en la capital."
    assert [
        (e.date.isoformat(), str(e.end)) for e in propose(text, dt.date(2016, 3, 18)).events
    ] == [("2016-03-21", "2016-03-22")]

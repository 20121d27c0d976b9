"""Date families an outside tester found failing on sentences of their own: each a rule."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import propose


def _events(text: str, reference: dt.date) -> list[tuple[str, str]]:
    return [
        (event.date.isoformat(), str(event.precision)) for event in propose(text, reference).events
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Anoche, cientos de personas marcharon frente a la embajada.", "2024-03-14"),
        ("El último vuelo de evacuación despegó anteanoche.", "2024-03-13"),
        ("The minister announced last night a ban on imports.", "2024-03-14"),
        ("El presidente hablará esta noche en cadena nacional.", "2024-03-15"),
        ("The envoy will arrive this evening in the capital.", "2024-03-15"),
    ],
)
def test_night_and_evening_words_are_days(text: str, day: str) -> None:
    assert _events(text, dt.date(2024, 3, 15)) == [(day, "day")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("La cumbre se celebrará el 20 de diciembre en la capital.", "2015-12-20"),
        ("La cumbre se celebró el 1 de julio en la capital.", "2014-07-01"),
        ("The summit will be held on December 20 in the capital.", "2015-12-20"),
        ("The leaders met on August 15 in the capital.", "2014-08-15"),
        # no verb right before it: the nearest, as before
        ("El 2 de julio, la comisión revisará el tratado.", "2015-07-02"),
    ],
)
def test_a_day_without_its_year_follows_the_verb_right_before_it(text: str, day: str) -> None:
    assert _events(text, dt.date(2015, 6, 10)) == [(day, "day")]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Las exportaciones cayeron de octubre a diciembre.", "2014-10-01"),
        ("Las exportaciones crecerán de enero a marzo.", "2016-01-01"),
        ("The summit will be held in January.", "2016-01-01"),
        ("The agreement will be signed in March.", "2016-03-01"),
    ],
)
def test_a_verb_places_months_named_without_a_year(text: str, month: str) -> None:
    assert _events(text, dt.date(2015, 6, 10))[0] == (month, "month")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("El consejo se reunirá el jueves y el viernes.", ["2024-03-14", "2024-03-15"]),
        ("The ministers met on Monday and Tuesday.", ["2024-03-11", "2024-03-12"]),
        ("Los ministros se reunieron el lunes y el martes.", ["2024-03-11", "2024-03-12"]),
    ],
)
def test_two_weekdays_each_with_its_article_are_two_days(text: str, days: list[str]) -> None:
    assert _events(text, dt.date(2024, 3, 13)) == [(day, "day") for day in days]


@pytest.mark.parametrize(
    "text",
    [
        "Las oficinas consulares abren de lunes a viernes.",
        "Los pasos fronterizos abren del lunes al viernes.",
        "The office is open Monday to Friday.",
    ],
)
def test_a_weekly_schedule_is_still_no_day(text: str) -> None:
    assert _events(text, dt.date(2024, 3, 13)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Miles de personas se concentraron en la Plaza de Mayo contra el acuerdo.",
        "Los heridos fueron trasladados al Hospital 12 de Octubre.",
        "La marcha recorrió la avenida 9 de Julio hasta el centro.",
    ],
)
def test_a_place_named_after_a_date_is_no_date(text: str) -> None:
    assert _events(text, dt.date(2024, 3, 13)) == []

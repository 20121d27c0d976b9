"""Dates in less common layouts: years in words, month names between numbers, numeric ranges,
dates inside file names; and the look-alikes that must stay undated."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.domain import Precision
from casefile.extract.dates import TemporalExpression, find_dates

REF = dt.date(2026, 1, 16)


def only(text: str, language: str, reference: dt.date = REF) -> TemporalExpression:
    found = find_dates(text, reference, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "span", "expected"),
    [
        ("El acta se firmó el tres de mayo de dos mil once.", "es",
         "tres de mayo de dos mil once", dt.date(2011, 5, 3)),
        ("Nació el 9 de abril de mil novecientos setenta y cuatro en Puebla.", "es",
         "9 de abril de mil novecientos setenta y cuatro", dt.date(1974, 4, 9)),
        ("The treaty was signed on May third nineteen seventy four in Geneva.", "en",
         "May third nineteen seventy four", dt.date(1974, 5, 3)),
        ("The mill opened on 2 June eighteen hundred sixty one.", "en",
         "2 June eighteen hundred sixty one", dt.date(1861, 6, 2)),
        ("The first contract is dated 7 March two thousand and nine.", "en",
         "7 March two thousand and nine", dt.date(2009, 3, 7)),
    ],
)  # fmt: skip
def test_year_in_words_completes_a_day(
    text: str, language: str, span: str, expected: dt.date
) -> None:
    found = only(text, language)
    assert (found.text, found.value, found.precision) == (span, expected, Precision.DAY)
    assert not found.relative


def test_month_with_a_year_in_words_is_month_precision() -> None:
    found = only("The depot closed in June two thousand and twelve.", "en")
    assert (found.value, found.precision) == (dt.date(2012, 6, 1), Precision.MONTH)
    assert only("La obra terminó en junio de dos mil doce.", "es").value == dt.date(2012, 6, 1)


def test_a_year_in_words_alone_after_in_is_year_precision() -> None:
    found = only("The family moved north in nineteen eighty eight.", "en")
    assert (found.value, found.precision) == (dt.date(1988, 1, 1), Precision.YEAR)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In two thousand homes the water was cut.", "en"),
        ("Marched on 4 May two thousand troops into the valley.", "en"),
        ("El 3 de mayo dos mil personas marcharon.", "es"),
    ],
)
def test_a_number_in_words_before_a_noun_is_not_a_year(text: str, language: str) -> None:
    found = find_dates(text, REF, language)
    assert all(f.precision is not Precision.YEAR and f.value.year != 2000 for f in found), found
    assert all("mil" not in f.text and "thousand" not in f.text for f in found)
    assert all(f.value.day in (3, 4) for f in found), found  # never "May two"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Copia del oficio 14/Mar/2024 adjunta.", "es", dt.date(2024, 3, 14)),
        ("La bitácora dice 2023-jul-05 en la portada.", "es", dt.date(2023, 7, 5)),
        ("The log reads Jul-05-2023 on the cover.", "en", dt.date(2023, 7, 5)),
        ("Filed as 2021/Nov/30 in the registry.", "en", dt.date(2021, 11, 30)),
        ("The scan is named minutes_final-2019-04-02.pdf on the drive.", "en",
         dt.date(2019, 4, 2)),
        ("El archivo acta-20220615.docx llegó tarde.", "es", dt.date(2022, 6, 15)),
    ],
)  # fmt: skip
def test_numbers_around_a_month_name_and_dates_in_file_names(
    text: str, language: str, expected: dt.date
) -> None:
    found = only(text, language)
    assert (found.value, found.precision, found.end_value) == (expected, Precision.DAY, None)


def test_two_digit_year_is_read_against_the_reference_not_today() -> None:
    assert only("The deed is dated 06/21/51.", "en").value == dt.date(1951, 6, 21)
    assert only("El recibo dice 02/03/09.", "es").value == dt.date(2009, 3, 2)


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("La veda va del 3/6-9/7/2025 en la costa.", "es", dt.date(2025, 6, 3),
         dt.date(2025, 7, 9)),
        ("The closure runs 6/3-7/9/2025 on the coast.", "en", dt.date(2025, 6, 3),
         dt.date(2025, 7, 9)),
        ("Permits ran from 12/1/2024-1/15/2025.", "en", dt.date(2024, 12, 1),
         dt.date(2025, 1, 15)),
        ("La feria será del 20/12-6/1.", "es", dt.date(2025, 12, 20), dt.date(2026, 1, 6)),
    ],
)  # fmt: skip
def test_numeric_ranges_end_on_their_last_day(
    text: str, language: str, start: dt.date, end: dt.date
) -> None:
    found = only(text, language)
    assert (found.value, found.end_value, found.precision) == (start, end, Precision.DAY)


def test_day_and_month_as_numbers_after_el() -> None:
    assert only("La factura es del pedido hecho el 17 del 11.", "es").value == dt.date(2025, 11, 17)


@pytest.mark.parametrize(
    "text",
    [
        "El marcador final fue 3-1 y luego 2-2.",
        "Llame al 55-1234-5678 o al 800-2020-2021.",
        "Actualice a la versión 3.10.2 o 2.7-1.",
        "The recipe needs 1/2-3/4 cup of flour and a 3-1 ratio.",
        "She paid $2,020.15 and scored 12-5.",
        "Hicieron la reunión por la mañana del día.",
    ],
)
def test_look_alikes_are_not_dates(text: str) -> None:
    assert find_dates(text, REF, "es" if "El" in text or "Llame" in text else "en") == []


def test_listed_days_take_the_month_the_list_ends_with() -> None:
    found = find_dates("Las audiencias serán los días 9, 10 y 12 de febrero.", REF, "es")
    assert [(f.text, f.value) for f in found] == [
        ("9", dt.date(2026, 2, 9)),
        ("10", dt.date(2026, 2, 10)),
        ("12 de febrero", dt.date(2026, 2, 12)),
    ]
    found = find_dates("The hearings are on 9 and 10 February.", REF, "en")
    assert [f.value for f in found] == [dt.date(2026, 2, 9), dt.date(2026, 2, 10)]


def test_numbers_listed_before_a_month_far_away_are_not_days() -> None:
    found = find_dates("Hubo 12 y 15 de los 30 casos en mayo.", REF, "es")
    assert [f.text for f in found] == ["mayo"]


def test_between_now_and_a_yearless_day_gone_by_is_the_coming_one() -> None:
    found = only("The board has between now and January 10 to decide.", "en")
    assert (found.value, found.end_value) == (REF, dt.date(2027, 1, 10))

"""A part of a month with its year, and a run of months named without one."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.domain import Precision
from casefile.extract.dates import find_dates


def _one(text: str, reference: dt.date, lang: str) -> tuple[dt.date, Precision, dt.date | None]:
    (found,) = find_dates(text, reference, lang)
    return found.value, found.precision, found.end_value


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("a principios de diciembre de 2020", "es", dt.date(2020, 12, 1)),
        ("a finales de marzo del 2021", "es", dt.date(2021, 3, 16)),
        ("a principios de diciembre del año pasado", "es", dt.date(2022, 12, 1)),
        ("a mediados de enero del próximo año", "es", dt.date(2024, 1, 10)),
        ("in early December 2020", "en", dt.date(2020, 12, 1)),
        ("in late March, 2021", "en", dt.date(2021, 3, 16)),
        ("early December last year", "en", dt.date(2022, 12, 1)),
    ],
)
def test_the_part_of_a_month_is_in_the_year_said_after_it(
    text: str, lang: str, first: dt.date
) -> None:
    assert _one(text, dt.date(2023, 7, 5), lang)[0] == first


def test_the_part_of_a_month_without_a_year_is_still_the_nearest_one() -> None:
    assert _one("a principios de diciembre", dt.date(2023, 7, 5), "es")[0] == dt.date(2023, 12, 1)


@pytest.mark.parametrize(
    ("text", "reference", "first", "last"),
    [
        # said in September: the months just gone, never the same months of next year
        ("de enero a agosto", dt.date(2024, 9, 20), dt.date(2024, 1, 1), dt.date(2024, 8, 31)),
        ("de enero a agosto pasado", dt.date(2025, 2, 20), dt.date(2024, 1, 1),
         dt.date(2024, 8, 31)),
        ("entre marzo y mayo pasados", dt.date(2024, 9, 20), dt.date(2024, 3, 1),
         dt.date(2024, 5, 31)),
        ("de noviembre a febrero próximo", dt.date(2024, 9, 20), dt.date(2024, 11, 1),
         dt.date(2025, 2, 28)),
        # a run that holds the day said is the nearest of all
        ("de noviembre a febrero", dt.date(2024, 12, 20), dt.date(2024, 11, 1),
         dt.date(2025, 2, 28)),
    ],
)  # fmt: skip
def test_a_run_of_months_without_a_year_is_placed_whole(
    text: str, reference: dt.date, first: dt.date, last: dt.date
) -> None:
    assert _one(text, reference, "es") == (first, Precision.MONTH, last)

"""Decimal figures and amounts are never read as a day and month."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract.dates import find_dates

REF = dt.date(2026, 10, 15)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Se enviaron 2.4 millones de dosis.", "es"),
        ("Llegaron el 2.4 millones de dosis prometidas.", "es"),
        ("La cifra aumentó en 2.4 millones.", "es"),
        ("Unos 2,5 millones de personas votaron.", "es"),
        ("La inflación subió el 2.4 por ciento.", "es"),
        ("El desempleo bajó al 1.2%.", "es"),
        ("Se incautaron 4.5 toneladas de cocaína.", "es"),
        ("Se decomisaron 12.5 kilos de fentanilo.", "es"),
        ("El precio es de 12.99 dólares.", "es"),
        ("La tasa subió de 2.1 a 2.4 puntos.", "es"),
        ("La tasa creció en 2.4 durante el trimestre.", "es"),
        ("The deal is worth $3.5 billion.", "en"),
        ("The fine was USD 4.5 million.", "en"),
        ("Inflation rose to 1.2% on 2.4 percent growth.", "en"),
        ("Output rose from 2.1 to 2.4 over the quarter.", "en"),
        ("Exports stood at 7.6 thousand tons.", "en"),
        ("The ticket costs $ 5.12 on the day.", "en"),
    ],
)
def test_decimal_amount_is_not_a_day(text: str, language: str) -> None:
    assert [e.text for e in find_dates(text, REF, language)] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Llegó el 2.4 a la ciudad.", "es", dt.date(2027, 4, 2)),
        ("The task is due on 5.12 at noon.", "en", dt.date(2026, 5, 12)),
        ("We meet Friday 7.6 with Jim.", "en", dt.date(2026, 7, 6)),
        ("La audiencia es el 3/4 en Tijuana.", "es", dt.date(2027, 4, 3)),
    ],
)
def test_day_and_month_with_digits_marked_as_a_date(
    text: str, language: str, expected: dt.date
) -> None:
    assert [e.value for e in find_dates(text, REF, language)] == [expected]

"""A month joined to a year said in words is one expression at month precision."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.domain import Precision
from casefile.extract.dates import find_dates

REF = dt.date(2026, 10, 15)


@pytest.mark.parametrize(
    ("text", "language", "span", "expected"),
    [
        ("Ocurrió en mayo del año pasado.", "es", "mayo del año pasado", dt.date(2025, 5, 1)),
        ("Se votará en marzo del próximo año.", "es", "marzo del próximo año", dt.date(2027, 3, 1)),
        ("Abrirá en mayo del año que viene.", "es", "mayo del año que viene", dt.date(2027, 5, 1)),
        ("Lo anunció en enero de este año.", "es", "enero de este año", dt.date(2026, 1, 1)),
        ("Cerró en diciembre de este mismo año.", "es", "diciembre de este mismo año",
         dt.date(2026, 12, 1)),
        ("It happened in March of last year.", "en", "March of last year", dt.date(2025, 3, 1)),
        ("It opens in April of next year.", "en", "April of next year", dt.date(2027, 4, 1)),
        ("It opened in May of this year.", "en", "May of this year", dt.date(2026, 5, 1)),
        ("Talks stalled in March last year.", "en", "March last year", dt.date(2025, 3, 1)),
    ],
)  # fmt: skip
def test_month_of_a_relative_year_is_one_month(
    text: str, language: str, span: str, expected: dt.date
) -> None:
    found = find_dates(text, REF, language)
    assert [(e.text, e.value, e.precision) for e in found] == [(span, expected, Precision.MONTH)]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("En 2019 hubo un ataque; en agosto del mismo año, otro.", "es", "agosto del mismo año"),
        ("En 2019 hubo un ataque y en agosto de ese año, otro.", "es", "agosto de ese año"),
        ("A raid came in 2019, and in August of the same year another.", "en",
         "August of the same year"),
        ("A raid came in 2019; in August of that year, another.", "en", "August of that year"),
    ],
)  # fmt: skip
def test_month_of_the_same_year_takes_the_year_named_before(
    text: str, language: str, span: str
) -> None:
    found = find_dates(text, REF, language)
    assert [(e.text, e.value) for e in found][-1] == (span, dt.date(2019, 8, 1))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hubo 2019 detenidos; en agosto del mismo año, otro ataque.", "es"),
        ("En agosto del mismo año hubo otro ataque.", "es"),
        ("In August of the same year another raid came.", "en"),
    ],
)
def test_month_of_the_same_year_with_no_year_before_is_left_out(text: str, language: str) -> None:
    found = find_dates(text, REF, language)
    assert [e.text for e in found if "ago" in e.text.lower() or "Aug" in e.text] == []
    assert [e for e in found if e.precision is Precision.YEAR] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La investigación comenzó en abril.", "es", dt.date(2026, 4, 1)),
        ("Los detuvieron en abril, según la fiscalía.", "es", dt.date(2026, 4, 1)),
        ("The probe began in April.", "en", dt.date(2026, 4, 1)),
        ("Agents arrested him in April.", "en", dt.date(2026, 4, 1)),
        ("Los ministros se reunirán en mayo.", "es", dt.date(2027, 5, 1)),
        ("Dijo que la obra comenzará en abril.", "es", dt.date(2027, 4, 1)),
        ("The ministers will meet in May.", "en", dt.date(2027, 5, 1)),
        ("The report is expected in May.", "en", dt.date(2027, 5, 1)),
        ("Viajó a Irán en abril.", "es", dt.date(2026, 4, 1)),
        ("La mayoría votó en abril.", "es", dt.date(2026, 4, 1)),
        ("Se reunió con la Secretaría en abril.", "es", dt.date(2026, 4, 1)),
        ("El informe de abril lo confirma.", "es", dt.date(2027, 4, 1)),
        ("The report of April confirms it.", "en", dt.date(2027, 4, 1)),
    ],
)
def test_month_without_year_leans_to_the_tense_of_its_verb(
    text: str, language: str, expected: dt.date
) -> None:
    found = find_dates(text, REF, language)
    assert [(e.value, e.precision) for e in found] == [(expected, Precision.MONTH)]

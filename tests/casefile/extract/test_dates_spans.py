"""Counted parts of a period, business days, whole quarters, bare calendar units, holiday
weekends and weekday-plus-offset phrases, on our own sentences; and their traps."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.domain import Precision
from casefile.extract.dates import TemporalExpression, find_dates

# Wednesday 11 March 2026.
REF = dt.date(2026, 3, 11)


def only(text: str, language: str, reference: dt.date = REF) -> TemporalExpression:
    found = find_dates(text, reference, language)
    assert len(found) == 1, found
    return found[0]


def span(found: TemporalExpression) -> tuple[dt.date, dt.date | None, Precision]:
    return found.value, found.end_value, found.precision


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El padrón se cerrará el segundo mes de 2027.", "es",
         (dt.date(2027, 2, 1), None, Precision.MONTH)),
        ("The audit covers the last two months of 2025.", "en",
         (dt.date(2025, 11, 1), dt.date(2025, 12, 31), Precision.MONTH)),
        ("Las obras ocupan las primeras 3 semanas de 2027.", "es",
         (dt.date(2027, 1, 4), dt.date(2027, 1, 24), Precision.DAY)),
        ("Flights resume in the first five days of next year.", "en",
         (dt.date(2027, 1, 1), dt.date(2027, 1, 5), Precision.DAY)),
        ("The vote is set for the last week of next month.", "en",
         (dt.date(2026, 4, 27), dt.date(2026, 5, 3), Precision.DAY)),
        ("La entrega será el día 20 del próximo mes.", "es",
         (dt.date(2026, 4, 20), None, Precision.DAY)),
        ("Los datos de la semana 12 del año pasado no cuadran.", "es",
         (dt.date(2025, 3, 17), dt.date(2025, 3, 23), Precision.DAY)),
    ],
)  # fmt: skip
def test_counted_parts_of_a_year_or_month(
    text: str, language: str, expected: tuple[dt.date, dt.date | None, Precision]
) -> None:
    assert span(only(text, language)) == expected


def test_el_primer_dia_del_mes_without_a_modifier_is_a_habit_not_a_date() -> None:
    assert find_dates("Cobran la renta el primer día del mes.", REF, "es") == []


def test_business_days_skip_the_weekend_and_the_reference() -> None:
    found = only("The court gave them the next 3 business days to reply.", "en")
    assert span(found) == (dt.date(2026, 3, 12), dt.date(2026, 3, 16), Precision.DAY)
    found = only("Revisaron los 4 días hábiles anteriores.", "es")
    assert span(found) == (dt.date(2026, 3, 5), dt.date(2026, 3, 10), Precision.DAY)


def test_whole_quarters_and_decades_leave_the_current_one_out() -> None:
    found = only("Profits fell over the past two quarters.", "en")
    assert span(found) == (dt.date(2025, 7, 1), dt.date(2025, 12, 31), Precision.MONTH)
    found = only("El plan cubre las próximas tres décadas.", "es")
    assert span(found) == (dt.date(2030, 1, 1), dt.date(2059, 12, 31), Precision.YEAR)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("She was named officer of the year.", "en", (dt.date(2026, 1, 1), None, Precision.YEAR)),
        ("Fue el peor incendio del mes.", "es", (dt.date(2026, 3, 1), None, Precision.MONTH)),
        ("Sales were flat in the week.", "en",
         (dt.date(2026, 3, 9), dt.date(2026, 3, 15), Precision.DAY)),
        ("Es el mayor decomiso en lo que va del año.", "es",
         (dt.date(2026, 1, 1), REF, Precision.DAY)),
        ("Exports rose 4% year to date.", "en", (dt.date(2026, 1, 1), REF, Precision.DAY)),
        ("The budget for this calendar year is tight.", "en",
         (dt.date(2026, 1, 1), None, Precision.YEAR)),
        ("They meet the week after next.", "en",
         (dt.date(2026, 3, 23), dt.date(2026, 3, 29), Precision.DAY)),
        ("The office is shut for the rest of the week.", "en",
         (REF, dt.date(2026, 3, 15), Precision.DAY)),
    ],
)  # fmt: skip
def test_bare_units_at_a_clause_end_are_the_references_own(
    text: str, language: str, expected: tuple[dt.date, dt.date | None, Precision]
) -> None:
    assert span(only(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The year before the war, the mill closed.", "en"),
        ("El año en que cerró la fábrica fue duro.", "es"),
        ("At the end of the day the talks failed", "en"),
        ("Aprobaron el orden del día sin cambios", "es"),
        ("They stayed for a fortnight in the hills", "en"),
        ("Llovió a mediados de la semana.", "es"),
        ("He had been questioned the day before.", "en"),
        ("Lo habían visto el día anterior.", "es"),
    ],
)
def test_bare_units_mid_sentence_are_not_dates(text: str, language: str) -> None:
    assert find_dates(text, REF, language) == []


def test_the_weekend_early_in_the_week_is_the_one_just_gone() -> None:
    monday = dt.date(2026, 3, 9)
    found = only("Two stores were robbed over the weekend.", "en", monday)
    assert span(found) == (dt.date(2026, 3, 7), dt.date(2026, 3, 8), Precision.DAY)


def test_holiday_weekend_covers_the_holiday_and_its_weekend() -> None:
    found = only("Traffic peaked on Memorial Day weekend 2025.", "en")
    assert span(found) == (dt.date(2025, 5, 24), dt.date(2025, 5, 26), Precision.DAY)
    found = only("Cerraron la frontera el fin de semana de Navidad de 2025.", "es")
    assert span(found) == (dt.date(2025, 12, 25), dt.date(2025, 12, 28), Precision.DAY)


def test_weekday_with_an_offset_is_that_weekday_of_the_landing_week() -> None:
    assert only("They return Tuesday three weeks from now.", "en").value == dt.date(2026, 3, 31)
    assert only("They return in 4 days on Saturday.", "en").value == dt.date(2026, 3, 14)


def test_a_week_named_by_its_first_day() -> None:
    found = only("Hearings resume the week commencing April 6.", "en")
    assert span(found) == (dt.date(2026, 4, 6), dt.date(2026, 4, 12), Precision.DAY)


def test_day_range_with_a_dash_is_not_a_two_digit_year() -> None:
    found = only("The fair runs April 14-16.", "en")
    assert span(found) == (dt.date(2026, 4, 14), dt.date(2026, 4, 16), Precision.DAY)


def test_an_amount_of_money_is_not_a_day() -> None:
    found = only("He paid $15 March 3 for the permit.", "en")
    assert (found.text, found.value) == ("March 3", dt.date(2026, 3, 3))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She won the first round and the 3rd set.", "en"),
        ("Show results for the first week", "en"),
        ("Se reunieron por la mañana.", "es"),
    ],
)
def test_ordinals_before_a_noun_are_not_days(text: str, language: str) -> None:
    assert find_dates(text, REF, language) == []


def test_a_count_before_next_week_is_not_a_run_of_weeks() -> None:
    found = only("We will be only 3 next week.", "en")
    assert (found.text, found.value) == ("next week", dt.date(2026, 3, 16))


def test_the_next_fortnight_is_the_two_weeks_after_this_one() -> None:
    found = only("Talks resume in the next fortnight.", "en")
    assert span(found) == (dt.date(2026, 3, 23), dt.date(2026, 4, 5), Precision.DAY)

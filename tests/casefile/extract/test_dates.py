"""The temporal resolver on our own sentences, in Spanish and English."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.domain import Precision
from casefile.extract.dates import TemporalExpression, detect_language, find_dates

# A Friday in mid-January: a December date without a year is last December.
REF = dt.date(2026, 1, 16)


def only(text: str, language: str = "es", reference: dt.date = REF) -> TemporalExpression:
    found = find_dates(text, reference, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La cumbre fue el 23 de enero de 2025 en Monterrey.", "es", dt.date(2025, 1, 23)),
        ("Se firmó el 1o. de mayo de 2024.", "es", dt.date(2024, 5, 1)),
        ("Llegó el 1 jun 2024 a la capital.", "es", dt.date(2024, 6, 1)),
        ("El informe del 2025-11-03 lo confirma.", "es", dt.date(2025, 11, 3)),
        ("El oficio fechado 03/11/2025 lo confirma.", "es", dt.date(2025, 11, 3)),
        ("The memo dated 11/03/2025 confirms it.", "en", dt.date(2025, 11, 3)),
        ("The summit took place on March 4, 2025.", "en", dt.date(2025, 3, 4)),
        ("The summit took place on 4 March 2025.", "en", dt.date(2025, 3, 4)),
    ],
)
def test_absolute_day_resolves_to_that_day(text: str, language: str, expected: dt.date) -> None:
    found = only(text, language)
    assert (found.value, found.precision, found.relative) == (expected, Precision.DAY, False)
    assert text[found.start : found.end] == found.text


def test_missing_year_takes_the_year_nearest_the_reference() -> None:
    assert only("Los cancilleres hablaron el 23 de diciembre.").value == dt.date(2025, 12, 23)
    assert only("La visita será el 2 de febrero.").value == dt.date(2026, 2, 2)
    assert only("They spoke on Dec. 29.", "en").value == dt.date(2025, 12, 29)


def test_el_pasado_places_the_day_on_or_before_the_reference() -> None:
    found = only("El pasado 20 de enero hubo una llamada.")
    assert (found.value, found.tense, found.relative) == (dt.date(2025, 1, 20), "past", True)


def test_el_proximo_places_the_day_after_the_reference() -> None:
    found = only("La reunión será el próximo 10 de enero.")
    assert (found.value, found.tense) == (dt.date(2027, 1, 10), "future")


def test_month_alone_keeps_month_precision_without_end() -> None:
    found = only("Las negociaciones seguirán en febrero.")
    assert (found.value, found.precision, found.end_value) == (
        dt.date(2026, 2, 1),
        Precision.MONTH,
        None,
    )


def test_relative_month_keeps_month_precision() -> None:
    assert only("Se verán el próximo mes de marzo.").value == dt.date(2026, 3, 1)
    assert only("Se verán el próximo mes de marzo.").precision is Precision.MONTH
    assert only("Ocurrió el mes pasado.").value == dt.date(2025, 12, 1)
    assert only("It happens next month.", "en").precision is Precision.MONTH


def test_month_and_year_give_month_precision() -> None:
    assert only("La ley entró en vigor en octubre de 2024.").value == dt.date(2024, 10, 1)
    assert only("Vigente desde octubre 2024.").precision is Precision.MONTH


def test_year_after_preposition_gives_year_precision() -> None:
    found = only("El acuerdo se firmó en 2019.")
    assert (found.value, found.precision) == (dt.date(2019, 1, 1), Precision.YEAR)
    assert only("It was signed in 2019.", "en").precision is Precision.YEAR


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ayer se anunció el plan.", "es", dt.date(2026, 1, 15)),
        ("Anteayer se anunció el plan.", "es", dt.date(2026, 1, 14)),
        ("Hoy se anunció el plan.", "es", dt.date(2026, 1, 16)),
        ("Mañana se anuncia el plan.", "es", dt.date(2026, 1, 17)),
        ("Pasado mañana se anuncia el plan.", "es", dt.date(2026, 1, 18)),
        ("Esta mañana se anunció el plan.", "es", dt.date(2026, 1, 16)),
        ("The plan was announced yesterday.", "en", dt.date(2026, 1, 15)),
        ("The plan will be announced tomorrow.", "en", dt.date(2026, 1, 17)),
    ],
)
def test_day_words_count_from_the_reference(text: str, language: str, expected: dt.date) -> None:
    assert only(text, language).value == expected


def test_por_la_manana_is_not_tomorrow() -> None:
    assert find_dates("Los agentes llegaron por la mañana al puerto.", REF, "es") == []
    assert find_dates("Se reunieron en la mañana con el gabinete.", REF, "es") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Este jueves se reunieron.", "es", dt.date(2026, 1, 15)),
        ("El jueves pasado se reunieron.", "es", dt.date(2026, 1, 15)),
        ("El próximo lunes se reúnen.", "es", dt.date(2026, 1, 19)),
        ("El martes se reunieron.", "es", dt.date(2026, 1, 13)),
        ("They met last Wednesday.", "en", dt.date(2026, 1, 14)),
        ("They meet next Monday.", "en", dt.date(2026, 1, 19)),
        ("They meet next Saturday.", "en", dt.date(2026, 1, 24)),
        ("They meet this coming Saturday.", "en", dt.date(2026, 1, 17)),
        ("Se reúnen el próximo sábado.", "es", dt.date(2026, 1, 17)),
        ("They met on Thursday.", "en", dt.date(2026, 1, 15)),
    ],
)
def test_weekdays_resolve_around_the_reference(text: str, language: str, expected: dt.date) -> None:
    assert only(text, language).value == expected


def test_last_week_is_a_monday_to_sunday_range() -> None:
    found = only("La semana pasada hubo dos reuniones.")
    assert (found.value, found.end_value, found.precision) == (
        dt.date(2026, 1, 5),
        dt.date(2026, 1, 11),
        Precision.DAY,
    )
    assert only("They meet next week.", "en").value == dt.date(2026, 1, 19)


@pytest.mark.parametrize(
    ("text", "language", "value", "precision"),
    [
        ("Lo dijo hace tres días.", "es", dt.date(2026, 1, 13), Precision.DAY),
        ("Lo dijo hace dos semanas.", "es", dt.date(2026, 1, 2), Precision.DAY),
        ("Lo dijo hace un mes.", "es", dt.date(2025, 12, 16), Precision.DAY),
        ("Lo dijo hace un año.", "es", dt.date(2025, 1, 16), Precision.DAY),
        ("He said so three days ago.", "en", dt.date(2026, 1, 13), Precision.DAY),
        ("He said so a year ago.", "en", dt.date(2025, 1, 16), Precision.DAY),
        ("It was signed two months ago.", "en", dt.date(2025, 11, 16), Precision.DAY),
    ],
)
def test_offsets_count_whole_units_back_from_the_reference(
    text: str, language: str, value: dt.date, precision: Precision
) -> None:
    found = only(text, language)
    assert (found.value, found.precision, found.tense) == (value, precision, "past")


def test_last_and_next_year_are_year_precision() -> None:
    assert only("El año pasado se firmó.").value == dt.date(2025, 1, 1)
    assert only("Se firmará el próximo año.").value == dt.date(2027, 1, 1)
    assert only("It will be signed next year.", "en").precision is Precision.YEAR


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La feria será del 4 al 6 de marzo.", "es"),
        ("La feria será entre el 4 y el 6 de marzo.", "es"),
        ("The fair runs March 4-6.", "en"),
        ("The fair runs between March 4 and 6.", "en"),
    ],
)
def test_day_ranges_end_on_their_last_day(text: str, language: str) -> None:
    found = only(text, language)
    assert (found.value, found.end_value) == (dt.date(2026, 3, 4), dt.date(2026, 3, 6))


@pytest.mark.parametrize(
    "text",
    [
        "El alcalde Luis Marzo visitó la obra.",
        "Se invirtieron 1.5 millones en la obra.",
        "La sesión empezó a las 10:30 horas.",
        "Participaron 2000 personas y 45 agentes.",
        "Puede que mayo sea decisivo, dijo.",
    ],
)
def test_things_that_are_not_dates_are_not_found(text: str) -> None:
    found = find_dates(text, REF, "es")
    assert [f.text for f in found if f.text.lower() != "mayo"] == []


def test_mayo_needs_date_context() -> None:
    assert find_dates("Espero que mayo me deje ir.", REF, "es") == []
    assert only("La visita será en mayo.").value == dt.date(2026, 5, 1)


def test_numbers_in_words_count_days() -> None:
    assert only("Fue hace veintiún días.").value == dt.date(2025, 12, 26)
    assert only("It was twenty-one days ago.", "en").value == dt.date(2025, 12, 26)


def test_detect_language_tells_spanish_from_english() -> None:
    assert detect_language("El gobierno de México y los Estados Unidos firmaron") == "es"
    assert detect_language("The government of Mexico and the United States signed") == "en"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["es", "en", None]))
def test_find_dates_never_raises_and_offsets_slice_the_text(
    text: str, language: str | None
) -> None:
    for found in find_dates(text, REF, language):
        assert text[found.start : found.end] == found.text
        assert found.end_value is None or found.end_value >= found.value


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["el", "23", "de", "enero", "2026", "/", "-", "próximo", "pasado", "hace", "tres",
             "días", "la", "semana", "mañana", "March", "10", "to", "12", "between", "and", ",",
             "31", "febrero", "1o.", "del", "al", "last", "ago"]
        )
    )
)  # fmt: skip
def test_date_like_word_salad_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    for found in find_dates(text, REF, None):
        assert text[found.start : found.end] == found.text


def test_quarter_is_a_month_range() -> None:
    found = only("Las remesas crecieron en el segundo trimestre de 2024.")
    assert (found.value, found.end_value, found.precision) == (
        dt.date(2024, 4, 1),
        dt.date(2024, 6, 30),
        Precision.MONTH,
    )


def test_decade_is_a_year_range() -> None:
    found = only("La cooperación comenzó en los años 90.")
    assert (found.value, found.end_value, found.precision) == (
        dt.date(1990, 1, 1),
        dt.date(1999, 12, 31),
        Precision.YEAR,
    )


def test_numbered_week_of_a_month_starts_on_a_monday() -> None:
    found = only("La misión llegará la primera semana de febrero.")
    assert (found.value, found.end_value) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))


def test_year_range_needs_an_opener_or_dash_and_phone_numbers_are_not_ranges() -> None:
    assert only("Gobernó de 2012 a 2018.").end_value == dt.date(2018, 12, 31)
    assert find_dates("Llame al +52 138-2010-2015.", REF, "es") == []
    assert [f.text for f in find_dates("Creció en 2019 y 2021.", REF, "es")] == ["2019", "2021"]


def test_range_start_without_year_takes_the_year_of_its_end() -> None:
    found = only("Estuvo detenido del 20 de noviembre al 3 de febrero de 2024.")
    assert (found.value, found.end_value) == (dt.date(2023, 11, 20), dt.date(2024, 2, 3))


def test_english_may_as_a_verb_is_not_a_month() -> None:
    assert find_dates("This may take longer, and may also fail.", REF, "en") == []
    assert only("The talks resume in May.", "en").value == dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last Thursday", dt.date(2026, 1, 15)),
        ("jueves pasado", dt.date(2026, 1, 15)),
        ("yesterday", dt.date(2026, 1, 15)),
        ("ayer", dt.date(2026, 1, 15)),
    ],
)
def test_short_text_of_no_clear_language_is_read_in_both(text: str, expected: dt.date) -> None:
    found = find_dates(text, REF)
    assert [(f.text, f.value) for f in found] == [(text, expected)]


def test_a_clear_language_is_still_read_alone() -> None:
    # "May" stays a modal verb when the sentence is plainly English.
    assert find_dates("The minister said it may take time.", REF) == []


def test_a_megabyte_on_one_line_finishes() -> None:
    pieces = ["de", "12", "2024", "mayo", "March", "3/4", "x1", "hace", "dos", "días", "-", "a"]
    line = " ".join(pieces[(i * 7) % len(pieces)] for i in range(250_000))  # 1 MB
    found = find_dates(line, REF, "es")
    assert found
    assert all(line[f.start : f.end] == f.text for f in found)


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("El pago llegará a fin de mes.", "es", dt.date(2026, 1, 16), dt.date(2026, 1, 31)),
        ("Se votará a mediados de marzo.", "es", dt.date(2026, 3, 10), dt.date(2026, 3, 20)),
        (
            "Habrá respuesta más tarde esta semana.",
            "es",
            dt.date(2026, 1, 16),
            dt.date(2026, 1, 18),
        ),
        ("Talks resume early next week.", "en", dt.date(2026, 1, 19), dt.date(2026, 1, 21)),
        ("The vote is due in mid-March.", "en", dt.date(2026, 3, 10), dt.date(2026, 3, 20)),
    ],
)
def test_part_of_a_named_period_is_a_day_range(
    text: str, language: str, start: dt.date, end: dt.date
) -> None:
    found = only(text, language)
    assert (found.value, found.end_value, found.precision) == (start, end, Precision.DAY)


def test_end_of_the_year_word_is_its_second_half() -> None:
    found = only("Se espera a finales de este año.")
    assert (found.value, found.end_value) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert found.precision is Precision.MONTH


def test_fin_de_semana_is_not_the_end_of_a_week() -> None:
    assert all(
        f.text != "fin de semana" or f.value.weekday() == 5
        for f in find_dates("Viajará el fin de semana.", REF, "es")
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El desfile del Día de la Independencia fue tranquilo.", "es", dt.date(2025, 9, 16)),
        ("Volverán después del Día de Muertos de 2024.", "es", dt.date(2024, 11, 2)),
        ("La tregua de Navidad pasada no duró.", "es", dt.date(2025, 12, 25)),
        ("Talks stalled before Thanksgiving 2025.", "en", dt.date(2025, 11, 27)),
        ("They will meet again next Easter.", "en", dt.date(2026, 4, 5)),
        ("Trade rules change on Independence Day.", "en", dt.date(2026, 7, 4)),
    ],
)
def test_holidays_resolve_to_their_day(text: str, language: str, expected: dt.date) -> None:
    found = only(text, language)
    assert (found.value, found.precision) == (expected, Precision.DAY)


def test_range_up_to_now_ends_on_the_reference() -> None:
    found = only("Las remesas crecieron entre marzo de 2025 y ahora.")
    assert (found.value, found.end_value) == (dt.date(2025, 3, 1), REF)
    assert found.text == "entre marzo de 2025 y ahora"


def test_offset_from_a_named_day_moves_that_day() -> None:
    found = only("The deal was struck two weeks before Christmas 2025.", "en")
    assert (found.value, found.precision) == (dt.date(2025, 12, 11), Precision.DAY)
    assert only("Llegaron tres días después del 12 de enero.").value == dt.date(2026, 1, 15)

"""Date families that real news showed us, each stated once, on our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.domain import Precision
from casefile.extract.dates import find_dates
from casefile.extract.events import propose_events

TUESDAY = dt.date(2026, 1, 13)


def events(text: str, language: str = "es", published: dt.date = TUESDAY) -> list[tuple[str, str]]:
    """(date at its precision, precision) of each event proposed from ``text``."""
    found = propose_events(text, published, language)
    return [(_at_precision(e.date, e.precision), str(e.precision)) for e in found]


def _at_precision(value: dt.date, precision: Precision) -> str:
    return {"month": value.isoformat()[:7], "year": value.isoformat()[:4]}.get(
        str(precision), value.isoformat()
    )


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("La semana pasada los ministros se reunieron en Quito.", "es", "2026-01"),
        ("Esta semana la comisión revisa el acuerdo fronterizo.", "es", "2026-01"),
        ("La próxima semana la delegación viajará a Lima.", "es", "2026-01"),
        ("Last week the envoys met in Canberra.", "en", "2026-01"),
    ],
)
def test_whole_week_is_its_month_never_an_invented_monday(
    text: str, language: str, month: str
) -> None:
    assert events(text, language) == [(month, "month")]


def test_week_across_two_months_is_the_month_of_its_working_days() -> None:
    # Monday 29 December 2025 to Sunday 4 January 2026: Wednesday is 31 December.
    assert events("La semana pasada hubo dos reuniones.", published=dt.date(2026, 1, 8)) == [
        ("2025-12", "month")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Este sábado el canciller anunció la visita.", "es", dt.date(2026, 1, 10)),
        ("El canciller anunció este sábado la visita.", "es", dt.date(2026, 1, 10)),
        ("Este sábado el canciller viajará a Santiago.", "es", dt.date(2026, 1, 17)),
        ("El ministro dijo que el jueves firmarán el acta.", "es", dt.date(2026, 1, 15)),
        ("The minister announced on Saturday a new envoy.", "en", dt.date(2026, 1, 10)),
        ("The minister will travel on Saturday to Beijing.", "en", dt.date(2026, 1, 17)),
    ],
)
def test_weekday_with_este_follows_the_tense_of_its_verb(
    text: str, language: str, expected: dt.date
) -> None:
    found = find_dates(text, TUESDAY, language)
    assert [(f.value, f.precision) for f in found] == [(expected, Precision.DAY)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Las oficinas consulares atienden de lunes a viernes.", "es"),
        ("Los puestos fronterizos abren del lunes al viernes.", "es"),
        ("The crossing is open from Monday through Friday.", "en"),
        ("Los jueves se reúne el gabinete binacional.", "es"),
        ("Every Tuesday the border commission meets.", "en"),
        ("En los próximos días se conocerá la respuesta.", "es"),
        ("A reply is expected in the coming days.", "en"),
        ("Hace unos días la cancillería envió una nota.", "es"),
        ("Recientemente se firmó un memorando.", "es"),
    ],
)
def test_schedules_and_vague_references_are_never_a_day(text: str, language: str) -> None:
    assert events(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fue la primera visita oficial en diez años.", "es"),
        ("It was the first state visit in ten years.", "en"),
        ("The trade surplus is the highest in five years.", "en"),
        ("Los decomisos de armas se triplicaron desde 2019.", "es"),
        ("Seizures have tripled since 2019.", "en"),
        ("La frontera está cerrada desde hace dos años.", "es"),
    ],
)
def test_years_after_first_or_since_are_a_duration_not_an_event(text: str, language: str) -> None:
    assert events(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("Hace un año ambos gobiernos firmaron el tratado.", "es", "2025-01"),
        ("Hace dos semanas la fiscalía entregó a tres acusados.", "es", "2025-12"),
        ("Hace unos meses la embajada reabrió.", "es", "2025-10"),
        ("The two leaders met a year ago in Lima.", "en", "2025-01"),
        ("Three weeks ago the ministry opened an inquiry.", "en", "2025-12"),
    ],
)
def test_approximate_offset_keeps_month_precision(text: str, language: str, month: str) -> None:
    assert events(text, language) == [(month, "month")]


def test_offset_in_days_keeps_its_day() -> None:
    assert events("Hace tres días la Guardia Nacional aseguró 40 armas.") == [("2026-01-10", "day")]


def test_range_from_today_runs_forward() -> None:
    saturday = dt.date(2026, 1, 17)
    (found,) = find_dates("La consulta está abierta de hoy al viernes.", saturday, "es")
    assert (found.value, found.end_value) == (saturday, dt.date(2026, 1, 23))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The summit is on the first Friday of next month.", "en", dt.date(2026, 2, 6)),
        ("La cumbre será el segundo lunes de marzo.", "es", dt.date(2026, 3, 9)),
        ("El foro cierra el último viernes de enero de 2025.", "es", dt.date(2025, 1, 31)),
        ("The talks resume on the 20th of next month.", "en", dt.date(2026, 2, 20)),
        ("Las pláticas se reanudan el 20 del próximo mes.", "es", dt.date(2026, 2, 20)),
        ("The agreement was signed 1 month and 21 days ago.", "en", dt.date(2025, 11, 22)),
        ("El acuerdo se firmó hace un mes y 21 días.", "es", dt.date(2025, 11, 22)),
        ("La comitiva llega pasado mañana.", "es", dt.date(2026, 1, 15)),
        ("La comitiva llega el día después de mañana.", "es", dt.date(2026, 1, 15)),
        ("The delegation arrives the day after tomorrow.", "en", dt.date(2026, 1, 15)),
        ("La ley entró en vigor el vigésimo segundo de junio de 2025.", "es", dt.date(2025, 6, 22)),
    ],
)
def test_counted_days_and_weekdays_resolve_to_their_day(
    text: str, language: str, expected: dt.date
) -> None:
    found = find_dates(text, TUESDAY, language)
    assert [(f.value, f.precision) for f in found] == [(expected, Precision.DAY)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El 3 de enero pasado la comisión sesionó en Arica.", "es", [("2026-01-03", "day")]),
        ("En el 2016 se intentó reabrir el paso.", "es", [("2016", "year")]),
        ("Both sides signed the 2016 agreement on fisheries.", "en", [("2016", "year")]),
        ("The government sent the 2000 troops north.", "en", []),
        ("Ambos países libraron una guerra en el siglo XIX.", "es", []),
        ("5 diciembre, 2025 | 10:41 am", "es", []),
    ],
)
def test_day_with_pasado_year_of_a_noun_eras_and_time_stamps(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text, language) == expected

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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Valparaíso, 13 de enero (Agencia Sur).- La canciller anunció el lunes una visita.",
            "es",
            [("2026-01-12", "day")],
        ),
        (
            "Rosario, Santa Fe, 13 de enero de 2026.– Del 8 al 10 de enero sesionó la comisión.",
            "es",
            [("2026-01-08", "day")],
        ),
        (
            "PERTH, a 13 de enero de 2026 :-: Los gobiernos de Australia y de Chile, por medio "
            "de sus cancillerías, firmarán\n"
            "un memorando que entregarán el jueves en la sede consular.",
            "es",
            [("2026-01-15", "day")],
        ),
        (
            "- Envoys of both states met on Monday in Oslo.\n"
            "Bergen/Oslo, 13 January 2026 (NTB) - Envoys of both states met on Monday in Oslo.",
            "en",
            [("2026-01-12", "day")],
        ),
    ],
)
def test_dateline_day_yields_to_the_sentences_own_date(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sería la primera cumbre formal de los últimos 30 años entre ambos países.", "es"),
        ("Exports have doubled over the past three months.", "en"),
        ("En lo que va del año se han decomisado 200 kilos de cocaína.", "es"),
        ("Durante tres días de trabajo, los peritos revisaron los expedientes.", "es"),
    ],
)
def test_units_counted_back_or_ahead_from_the_article_are_a_duration(
    text: str, language: str
) -> None:
    assert events(text, language) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Una sesión pedida por el Consejo Regional este jueves, 15 de enero, abrió el debate.",
            dt.date(2026, 1, 15),
            [("2026-01-15", "day")],
        ),
        (
            "El sábado por la tarde, la ministra dijo que esperaba hablar por radio el domingo.",
            dt.date(2026, 1, 18),
            [("2026-01-17", "day"), ("2026-01-18", "day")],
        ),
        (
            "Los dos jefes de Estado posan en la escalinata, el viernes 16 de enero de 2026.",
            dt.date(2026, 1, 16),
            [("2026-01-16", "day")],
        ),
    ],
)
def test_full_date_with_weekday_is_kept_when_por_is_only_a_preposition(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert events(text, "es", published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last November, the two navies held joint drills.", [("2025-11", "month")]),
        ("This March the commission will report again.", [("2026-03", "month")]),
        ("Next June, both parliaments vote on the treaty.", [("2026-06", "month")]),
    ],
)
def test_month_after_last_this_or_next_is_that_month_not_a_surname(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("The ministers quarrelled earlier this month.", "en", dt.date(2026, 3, 19), "2026-03"),
        ("The ministers agreed earlier this year to talk.", "en", dt.date(2026, 3, 19), "2026"),
        ("The ministers agreed earlier this year to talk.", "en", dt.date(2026, 11, 2), "2026"),
        ("A principios de este año los cancilleres pactaron una tregua.", "es", TUESDAY, "2026"),
    ],
)
def test_earlier_this_month_is_the_month_and_earlier_this_year_the_year(
    text: str, language: str, published: dt.date, expected: str
) -> None:
    assert [date for date, _ in events(text, language, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Over the weekend, the premier praised the new trade deal.", "en"),
        ("El pasado fin de semana los dos ministros cenaron en Quito.", "es"),
    ],
)
def test_weekend_is_its_month_not_an_invented_saturday(text: str, language: str) -> None:
    assert events(text, language) == [("2026-01", "month")]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "The two envoys met at the harbour this morning (11 January).",
            "en",
            TUESDAY,
            [("2026-01-11", "day")],
        ),
        (
            "Hace 40 años, el 9 de enero de 1986, los dos países firmaron la paz.",
            "es",
            TUESDAY,
            [("1986-01-09", "day")],
        ),
        (
            "El embajador recibe a la prensa en Quito, Ecuador, October 2, 2025.",
            "es",
            TUESDAY,
            [("2025-10-02", "day")],
        ),
        (
            "- enero 9, 2026\nLa comisión sesionó el viernes.",
            "es",
            TUESDAY,
            [("2026-01-09", "day")],
        ),
    ],
)
def test_calendar_date_beside_a_relative_phrase_or_written_month_first_is_that_day(
    text: str, language: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert events(text, language, published) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "La presidenta visitará Lima la próxima semana para reunirse con el primer "
            "ministro Ramón Díaz el martes.",
            "es",
            TUESDAY,
            dt.date(2026, 1, 20),
        ),
        (
            "El lunes próximo llega la delegación y va a estar con nosotros el martes.",
            "es",
            TUESDAY,
            dt.date(2026, 1, 20),
        ),
        (
            "El canciller viajará a Lima para reunirse con su homólogo peruano, Ramón "
            "Díaz, el martes.",
            "es",
            dt.date(2026, 1, 14),
            dt.date(2026, 1, 20),
        ),
        (
            "The envoy will fly to Lima to meet her counterpart, the veteran diplomat Ramon "
            "Diaz, on Tuesday.",
            "en",
            dt.date(2026, 1, 14),
            dt.date(2026, 1, 20),
        ),
    ],
)
def test_weekday_in_a_next_week_or_future_clause_is_ahead(
    text: str, language: str, published: dt.date, expected: dt.date
) -> None:
    found = find_dates(text, published, language)
    assert found[-1].value == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Bolivia pide negociar una salida al mar.", "es", []),
        (
            "La guerra de 1879, que en 90 días dejó miles de muertos, marcó la frontera.",
            "es",
            [("1879", "year")],
        ),
        ("The army won the border war in six days.", "en", []),
        ("The country was the first to ban the cables from its network.", "en", []),
        ("Se reunió con su colega Julio César Ortega en la cancillería.", "es", []),
        ("The envoy cited the Council's 2019 presidential statement.", "en", [("2019", "year")]),
    ],
)
def test_words_that_only_look_like_dates_are_no_event(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "This year, the reservoir will not be filled until the end of May.",
            "en",
            [("2026-05", "month")],
        ),
        (
            "Entre febrero y abril de este año los puertos recibirán los escáneres.",
            "es",
            [("2026-02", "month")],
        ),
    ],
)
def test_a_year_that_sets_the_scene_for_a_month_of_it_is_not_its_own_event(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("Next spring the agency opens an office in Tucson.", "en", dt.date(2026, 10, 14), "2027"),
        ("El verano pasado los guardacostas patrullaron juntos.", "es", TUESDAY, "2025"),
        ("En la primavera de 2019 se firmó el memorando.", "es", TUESDAY, "2019"),
        (
            "Relations soured in 2017. Both navies nearly clashed in the summer of that year.",
            "en",
            TUESDAY,
            "2017",
        ),
        (
            "Las pláticas empezaron en 2018. En agosto del mismo año se rompieron.",
            "es",
            TUESDAY,
            "2018-08",
        ),
    ],
)
def test_seasons_are_their_year_and_that_year_reaches_back_to_an_earlier_sentence(
    text: str, language: str, published: dt.date, expected: str
) -> None:
    found = propose_events(text, published, language)
    last = max(found, key=lambda event: event.start)
    assert _at_precision(last.date, last.precision) == expected
    assert last.evidence == text.rsplit(". ", 1)[-1]


def test_month_before_its_verb_leans_to_that_verb() -> None:
    text = "And since the summit of the joint commission in April, we have held monthly calls."
    assert events(text, "en", dt.date(2026, 10, 14)) == [("2026-04", "month")]


def _days(text: str, language: str = "es", published: dt.date = TUESDAY) -> list[dt.date]:
    return [found.value for found in find_dates(text, published, language)]


def test_la_vispera_is_the_day_before_the_article_or_before_the_day_just_named() -> None:
    assert _days("En rueda de prensa la víspera, la alcaldesa anunció el cierre.") == [
        dt.date(2026, 1, 12)
    ]
    assert _days("En la víspera, el gobernador firmó el decreto.") == [dt.date(2026, 1, 12)]
    assert _days("Llegó a Quito el 3 de enero y la víspera había hablado con el rey.") == [
        dt.date(2026, 1, 3),
        dt.date(2026, 1, 2),
    ]
    # The eve of a happening the text does not date is no day at all.
    assert _days("En la víspera de la votación hubo protestas en Cuenca.") == []
    assert _days("On the eve of the vote, the envoys met in Tallinn.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El foro arranca a tan solo 12 días de que se inaugure la feria de Lima.",
            [("2026-01-25", "day")],
        ),
        (
            "La firma llega a apenas tres semanas de las elecciones en Honduras.",
            [("2026-02", "month")],
        ),
        ("Estamos a diez días del plazo fijado por la comisión.", [("2026-01-23", "day")]),
        # Days of something ("de arresto"), days in office, or a past clause: no day.
        ("El juez lo condenó a 30 días de arresto domiciliario.", []),
        ("A 100 días de gobierno, la presidenta presentó su informe.", []),
        ("A diez días del derrumbe, los rescatistas hallaron a dos mineros.", []),
    ],
)
def test_a_n_dias_de_counts_ahead_to_an_undated_happening(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Las ministras hablaron de la próxima celebración en noviembre del centenario.",
            "es",
            dt.date(2024, 8, 9),
            ("2024-11", "month"),
        ),
        (
            "The delegates discussed the upcoming summit on March 2 in Nairobi.",
            "en",
            dt.date(2025, 11, 20),
            ("2026-03-02", "day"),
        ),
        (
            "Los diputados recordaron la pasada cumbre en octubre con el vecino.",
            "es",
            dt.date(2026, 9, 1),
            ("2025-10", "month"),
        ),
    ],
)
def test_next_or_upcoming_happening_puts_its_yearless_month_on_that_side(
    text: str, language: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert events(text, language, published) == [expected]


def test_sentence_initial_in_month_comma_is_that_month_not_a_surname() -> None:
    found = find_dates("In June, the two envoys talked briefly in Oslo.", TUESDAY, "en")
    assert [(f.text, f.value, f.precision) for f in found] == [
        ("June", dt.date(2025, 6, 1), Precision.MONTH)
    ]
    assert _days("Ana Marzo firmó el convenio.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MONTEVIDEO, Uruguay, enero 12.— Los cancilleres concluyeron la ronda.",
            dt.date(2026, 1, 12),
        ),
        ("QUITO, enero 9 de 2026 (Xinhua) — Los ministros firmaron el pacto.", dt.date(2026, 1, 9)),
    ],
)
def test_spanish_dateline_with_the_month_first_is_that_day(text: str, expected: dt.date) -> None:
    assert _days(text)[0] == expected
    assert _days("En enero 23 personas cruzaron la frontera.") == [dt.date(2026, 1, 1)]


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("La cumbre será durante el primer trimestre del próximo año.", "es", (2027, 1), (2027, 3)),
        ("Las ventas cayeron en el cuarto trimestre del año pasado.", "es", (2025, 10), (2025, 12)),
        ("Se revisará en el segundo semestre de este año.", "es", (2026, 7), (2026, 12)),
        ("The port opens in the first quarter of next year.", "en", (2027, 1), (2027, 3)),
        ("Exports fell in the second half of last year.", "en", (2025, 7), (2025, 12)),
    ],
)
def test_quarter_or_half_of_a_relative_year_is_that_quarter(
    text: str, language: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    found = find_dates(text, TUESDAY, language)
    assert len(found) == 1, found
    assert (found[0].value.year, found[0].value.month) == start
    assert found[0].end_value is not None
    assert (found[0].end_value.year, found[0].end_value.month) == end
    assert found[0].precision is Precision.MONTH


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "El canciller viajó, dos días después de asumir el cargo, a Bogotá.",
            "es",
            [("2026-01-11", "day")],
        ),
        (
            "La cita llega un mes después de que el gobierno rechazara la oferta.",
            "es",
            [("2025-12", "month")],
        ),
        (
            "Three weeks after the talks collapsed, both envoys met in Doha on Tuesday.",
            "en",
            [("2025-12", "month"), ("2026-01-13", "day")],
        ),
        # Counted from another day the sentence names, or ahead of the clause: no day.
        (
            "Llegó el 2 de enero y tres días después de su llegada firmó el pacto.",
            "es",
            [("2026-01-02", "day")],
        ),
        ("Two weeks after the vote, parliament will convene.", "en", []),
        ("Dos días después de que se celebre la consulta se conocerá el resultado.", "es", []),
    ],
)
def test_n_units_after_an_undated_happening_counts_back_from_the_article(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text, language) == expected


def test_a_weekday_something_is_prepared_for_is_ahead() -> None:
    # Said on a Monday, with a past verb in the same sentence.
    found = find_dates(
        "En Quito se prepara la cumbre para este jueves, pero el canciller llegó el sábado.",
        dt.date(2023, 5, 29),
        "es",
    )
    assert [f.value for f in found if "jueves" in f.text] == [dt.date(2023, 6, 1)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Tuesday 13 January 2026: the Sunday gone is the 11th, whatever the past verb's form.
        ("La canciller mantuvo este domingo una llamada con su par.", "2026-01-11"),
        ("El embajador propuso este domingo una mesa de diálogo.", "2026-01-11"),
        ("El ministro condujo este domingo la comitiva hasta la frontera.", "2026-01-11"),
        ("La delegación intervino este domingo en el foro regional.", "2026-01-11"),
    ],
)
def test_an_irregular_preterite_puts_this_weekday_in_the_past(text: str, day: str) -> None:
    assert events(text) == [(day, "day")]


def test_an_irregular_english_past_puts_a_yearless_month_behind() -> None:
    # Published in May: "withdrew … in October" is the October before, not the one coming.
    text = "The government withdrew its envoy and two attachés in October."
    assert events(text, "en", dt.date(2026, 5, 20)) == [("2025-10", "month")]


def test_a_weekday_takes_the_tense_of_its_own_side_of_the_comma() -> None:
    # Tuesday 13 January 2026: staying "until Thursday" is ahead; the visit "began" Sunday.
    text = "La visita del canciller, que se extenderá hasta el jueves, comenzó este domingo."
    assert sorted(events(text)) == [("2026-01-11", "day"), ("2026-01-15", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "Perú retiró a su embajador a fines de febrero pasado.",
        "Perú retiró a su embajador a inicio de febrero.",
        "Perú retiró a su embajador a comienzo de febrero.",
    ],
)
def test_a_vague_part_of_a_month_is_the_month(text: str) -> None:
    assert events(text, published=dt.date(2026, 6, 2)) == [("2026-02", "month")]


@pytest.mark.parametrize(
    "text",
    [
        "El expresidente (2011-2015) Rafael Ortiz se reunió el 4 de marzo de 2025 con la jefa "
        "de Estado.",
        "A la cumbre del 4 de marzo de 2025 asistió Rafael Ortiz (1950–2019), según el acta.",
    ],
)
def test_years_in_brackets_beside_a_name_are_a_term_or_a_life(text: str) -> None:
    assert events(text) == [("2025-03-04", "day")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The envoys agreed to reopen both embassies within two months.", "en"),
        ("Los cancilleres acordaron reabrir las embajadas dentro de un año.", "es"),
        ("El gobierno deberá responder en un plazo de seis meses.", "es"),
    ],
)
def test_a_deadline_counted_from_today_dates_nothing(text: str, language: str) -> None:
    assert events(text, language) == []


def test_the_first_before_a_hyphenated_noun_is_no_day() -> None:
    text = "It was the first in-person meeting of the two ministers since the summit."
    assert events(text, "en") == []


def test_a_date_alone_as_a_dateline_gives_way_to_the_sentence_s_own_date() -> None:
    text = "12 enero 2026.-El canciller agradeció ayer la ayuda enviada por su vecino."
    assert events(text, published=dt.date(2026, 1, 12)) == [("2026-01-11", "day")]


def test_a_weekday_takes_the_future_of_its_own_clause_far_back() -> None:
    # Sunday 24 September 2023: the meeting "will" be on the Monday after.
    text = (
        "The president will meet his counterpart in the northern exclave of the country on "
        "Monday, local media reported on Sunday."
    )
    found = events(text, "en", published=dt.date(2023, 9, 24))
    assert ("2023-09-25", "day") in found
    assert ("2023-09-18", "day") not in found


def test_the_present_progressive_with_a_weekday_is_a_plan() -> None:
    # Wednesday 12 June 2024.
    text = "“The president is arriving in our country, he is doing it on Thursday,” she said."
    assert events(text, "en", published=dt.date(2024, 6, 12)) == [("2024-06-13", "day")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El país reclama la mitad del territorio que hoy ocupa su vecino.", "es"),
        ("La frontera pasa por lo que hoy es una reserva natural.", "es"),
        ("The treaty covered what is today a free-trade zone.", "en"),
    ],
)
def test_today_in_a_clause_describing_how_things_stand_is_no_day(text: str, language: str) -> None:
    assert events(text, language) == []

"""Event titles as an analyst writes them: who did what, without attribution or asides."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract.event_titles import event_title
from casefile.extract.events import propose_events

PUBLISHED = dt.date(2026, 3, 20)


def _titles(text: str, lang: str = "es") -> dict[dt.date, str]:
    return {event.date: event.title for event in propose_events(text, PUBLISHED, lang)}


def _title(text: str, lang: str = "es") -> str:
    (event,) = propose_events(text, PUBLISHED, lang)
    return event.title


def test_title_drops_the_date_words_and_the_words_that_lead_them() -> None:
    text = "Los fiscales firmaron el martes 3 de marzo un acuerdo de cooperación."
    assert _title(text) == "Los fiscales firmaron un acuerdo de cooperación"


def test_title_drops_the_clause_s_other_dates_too() -> None:
    text = "Las aduanas retomaron el 5 de marzo las inspecciones suspendidas desde 2021."
    assert (
        _titles(text)[dt.date(2026, 3, 5)] == "Las aduanas retomaron las inspecciones suspendidas"
    )


def test_title_drops_a_dateline() -> None:
    text = "Valparaíso.- La armada chilena rescató ayer a doce pescadores."
    assert _title(text) == "La armada chilena rescató a doce pescadores"


def test_title_puts_the_name_in_place_of_the_role_beside_it() -> None:
    text = (
        "El ministro de Agricultura de Uruguay, Tomás Berreta, inauguró ayer la feria de Durazno."
    )
    assert _title(text) == "Tomás Berreta inauguró la feria de Durazno"


def test_title_joins_two_roles_with_their_names() -> None:
    text = "Los cancilleres de Chile, Ana Ruiz, y de Perú, Luis Soto, se reunieron ayer en Arica."
    assert _title(text) == "Ana Ruiz y Luis Soto se reunieron en Arica"


def test_title_keeps_the_joined_clause_that_holds_the_date() -> None:
    text = (
        "La planta abrió en 2019, pero las autoridades la cerraron el 2 de marzo por fallas "
        "eléctricas."
    )
    titles = _titles(text)
    assert titles[dt.date(2019, 1, 1)] == "La planta abrió"
    assert titles[dt.date(2026, 3, 2)] == "Las autoridades la cerraron por fallas eléctricas"


def test_title_takes_a_dated_tail_after_luego_de_que() -> None:
    text = (
        "La disputa se agravó después de que Honduras expulsara el 4 de marzo a dos diplomáticos."
    )
    assert _title(text) == "Honduras expulsara a dos diplomáticos"


def test_title_drops_the_attribution_wrapper() -> None:
    assert _title("El portavoz dijo que la brigada desactivó el lunes tres minas.") == (
        "La brigada desactivó tres minas"
    )
    assert _title("The agency said that inspectors found the leak on Monday.", "en") == (
        "Inspectors found the leak"
    )


def test_title_keeps_speaker_and_verb_when_the_saying_is_dated() -> None:
    assert _title("El canciller anunció el lunes una visita a Montevideo.") == (
        "El canciller anunció una visita a Montevideo"
    )
    titles = _titles("La ministra informó el martes que el puente reabrirá en junio.")
    assert titles[dt.date(2026, 3, 17)] == "La ministra informó que el puente reabrirá"
    assert titles[dt.date(2026, 6, 1)] == "El puente reabrirá"


def test_title_gives_the_speaker_to_a_report_that_has_no_subject() -> None:
    text = "Lucía Ferrand confirmó que asistirá el 9 de abril a la cumbre de Quito."
    assert _title(text) == "Lucía Ferrand asistirá a la cumbre de Quito"


def test_title_drops_segun_and_according_to() -> None:
    assert _title("Según la policía, los manifestantes bloquearon ayer la carretera.") == (
        "Los manifestantes bloquearon la carretera"
    )
    text = "The ferry sank on Monday near the coast, according to the navy."
    assert _title(text, "en") == "The ferry sank near the coast"


def test_title_drops_a_trailing_speech_tag() -> None:
    assert _title("Los puertos del sur reabrirán el jueves, dijo el gobernador.") == (
        "Los puertos del sur reabrirán"
    )


def test_title_puts_first_the_speaker_of_a_dated_speech_tag() -> None:
    text = "La frontera seguirá abierta para el comercio, aseguró ayer la ministra del Interior."
    assert _title(text) == (
        "La ministra del Interior aseguró que la frontera seguirá abierta para el comercio"
    )


def test_title_drops_relative_clauses_and_brackets() -> None:
    text = (
        "El alcalde, quien asumió el cargo en enero, visitó el martes el hospital (el más "
        "antiguo de la ciudad)."
    )
    assert _titles(text)[dt.date(2026, 3, 17)] == "El alcalde visitó el hospital"


def test_title_makes_a_dated_relative_clause_the_event_of_its_name() -> None:
    text = "La protesta la encabezó Marta Quiroga, quien fue detenida el 8 de marzo en Salta."
    assert _title(text) == "Marta Quiroga fue detenida en Salta"


def test_title_drops_a_participle_aside() -> None:
    text = "La fragata, escoltada por dos patrulleras, llegó ayer a Montevideo."
    assert _title(text) == "La fragata llegó a Montevideo"
    text = (
        "The Port Council, chaired by the Governor of the province, Ellen Marsh, approved on "
        "Monday a new dredging plan."
    )
    assert _title(text, "en") == "The Port Council approved a new dredging plan"


def test_title_drops_an_opening_connector_and_setting() -> None:
    text = "Sin embargo, en la reunión de ayer, los delegados aprobaron el presupuesto."
    assert _title(text) == "Los delegados aprobaron el presupuesto"


def test_title_drops_a_lead_in_such_as_cabe_recordar_que() -> None:
    text = "Cabe recordar que el tribunal absolvió en 2024 a los tres acusados."
    assert _title(text) == "El tribunal absolvió a los tres acusados"


def test_title_too_long_is_cut_before_a_clause_or_preposition_not_with_an_ellipsis() -> None:
    text = (
        "Los presidentes de ambos países inauguraron el jueves el nuevo puente internacional "
        "sobre el río Bermejo para impulsar el comercio regional de granos y legumbres."
    )
    title = _title(text)
    assert len(title) <= 90
    assert "…" not in title
    assert title == "Los presidentes de ambos países inauguraron el nuevo puente internacional"


def test_title_ends_in_an_ellipsis_only_when_nothing_shorter_reads() -> None:
    clause = "A" * 40 + " " + "B" * 40 + " " + "C" * 40 + " el 3 de marzo"
    title = event_title(clause, (len(clause) - 14, len(clause)))
    assert len(title) <= 90
    assert title.endswith("…")


def test_title_changes_nothing_of_the_evidence() -> None:
    text = "Según la policía, los manifestantes bloquearon ayer la carretera."
    (event,) = propose_events(text, PUBLISHED, "es")
    assert event.evidence == text
    assert text[event.start : event.end_offset] == event.evidence


@pytest.mark.parametrize(
    "text", [", Lima y Quito, el lunes 3 de marzo de 2025.", " , , Ana, el 4 de marzo."]
)
def test_title_of_a_clause_opening_with_a_comma_does_not_fail(text: str) -> None:
    events = propose_events(text, dt.date(2025, 3, 5), "es")
    assert all(event.title for event in events)


def test_title_drops_the_hashtags_of_a_social_post() -> None:
    events = propose_events(
        "#VIDEO #FOTOS Ruiz y Lezcano sostienen una reunión este sábado en el Palacio de "
        "Gobierno de Quito #7Ene\n\n"
        "El acto duró una hora.",
        dt.date(2023, 1, 7),
        "es",
    )
    assert [e.title for e in events] == [
        "Ruiz y Lezcano sostienen una reunión en el Palacio de Gobierno de Quito"
    ]


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        (
            "“Nada cambia para los pasos”, dijo la ministra a la prensa, antes de anunciar que "
            "la comisión mixta volverá a sesionar el 3 de abril.",
            "es",
            "La comisión mixta volverá a sesionar",
        ),
        (
            "The minister spoke to reporters before announcing that the joint commission will "
            "meet again on 3 April.",
            "en",
            "The joint commission will meet again",
        ),
    ],
)
def test_title_is_what_was_announced_after_a_preposition(
    text: str, language: str, title: str
) -> None:
    (event,) = propose_events(text, dt.date(2025, 3, 12), language)
    assert event.title == title


def test_an_adjective_that_names_a_role_elsewhere_does_not_swallow_the_opening() -> None:
    text = (
        "En un intento de superar las tensiones diplomáticas por la isla, la canciller de "
        "Chile, Ana Ruiz, y su par de Perú, Tomás Ibarra, se reunieron este jueves en Lima."
    )
    assert _title(text) == "Ana Ruiz y Tomás Ibarra se reunieron en Lima"


def test_who_said_it_is_the_whole_subject_not_the_country_it_ends_on() -> None:
    text = "El mandatario de EE.UU. declaró que se reunirá con su homólogo chino este jueves."
    assert _title(text) == "El mandatario de EE.UU. se reunirá con su homólogo chino"

"""Event proposals from our own short articles."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.domain import EventStatus, Precision
from casefile.extract.events import propose_events, split_sentences

PUBLISHED = dt.date(2026, 3, 20)

ARTICLE_ES = (
    "date 2026-03-20\n"
    "url https://example.org/nota\n"
    "Los gabinetes de seguridad de ambos países se reunieron el pasado 9 de marzo en "
    "Monterrey. El Sr. Pérez, enviado de EE.UU., dijo que la próxima ronda está prevista "
    "para el 2 de abril; la delegación llegará a las 9 a.m. del día anterior.\n\n"
    "La cooperación en materia de armas será revisada en mayo de 2026, según el comunicado.\n"
    "Sin fecha: los equipos técnicos siguen trabajando."
)


def test_each_dated_sentence_gives_one_event_with_its_evidence() -> None:
    events = propose_events(ARTICLE_ES, PUBLISHED, "es")
    by_date = {(e.date, e.precision): e for e in events}
    assert set(by_date) == {
        (dt.date(2026, 3, 9), Precision.DAY),
        (dt.date(2026, 4, 2), Precision.DAY),
        (dt.date(2026, 5, 1), Precision.MONTH),
    }
    for event in events:
        assert ARTICLE_ES[event.start : event.end_offset] == event.evidence
    assert (
        "se reunieron el pasado 9 de marzo"
        in by_date[(dt.date(2026, 3, 9), Precision.DAY)].evidence
    )


def test_past_dates_occurred_and_future_ones_are_planned() -> None:
    events = {e.date: e.status for e in propose_events(ARTICLE_ES, PUBLISHED, "es")}
    assert events[dt.date(2026, 3, 9)] is EventStatus.OCCURRED
    assert events[dt.date(2026, 4, 2)] is EventStatus.PLANNED
    assert events[dt.date(2026, 5, 1)] is EventStatus.PLANNED


def test_header_date_line_is_not_an_event() -> None:
    events = propose_events(ARTICLE_ES, PUBLISHED, "es")
    assert all(e.date != PUBLISHED for e in events)


def test_byline_repeating_the_publication_date_is_not_an_event() -> None:
    text = "Por Ana Ruiz | 20 de marzo de 2026\nEl 5 de marzo se firmó el convenio."
    events = propose_events(text, PUBLISHED, "es")
    assert [e.date for e in events] == [dt.date(2026, 3, 5)]


def test_clause_after_a_semicolon_is_its_own_evidence() -> None:
    events = propose_events(ARTICLE_ES, PUBLISHED, "es")
    planned = next(e for e in events if e.date == dt.date(2026, 4, 2))
    assert planned.evidence.endswith("para el 2 de abril")
    assert "llegará" not in planned.evidence


def test_title_is_short_and_drops_the_date_words() -> None:
    long_text = (
        "El pasado 9 de marzo, los secretarios de ambos países firmaron en la capital un "
        "memorando amplio sobre tráfico de armas, vigilancia fronteriza y extradiciones."
    )
    (event,) = propose_events(long_text, PUBLISHED, "es")
    assert len(event.title) <= 90
    assert event.title.startswith("Los secretarios")
    assert "9 de marzo" not in event.title


def test_future_wording_without_reference_makes_an_event_planned() -> None:
    (event,) = propose_events("The two delegations will meet on June 3, 2026.", None, "en")
    assert event.status is EventStatus.PLANNED
    assert event.date == dt.date(2026, 6, 3)


def test_relative_dates_use_the_publication_date() -> None:
    (event,) = propose_events("Officials met last Tuesday in El Paso.", PUBLISHED, "en")
    assert (event.date, event.status) == (dt.date(2026, 3, 17), EventStatus.OCCURRED)


def test_month_only_event_has_no_false_day() -> None:
    (event,) = propose_events("La cumbre se celebrará el próximo mes de junio.", PUBLISHED)
    assert (event.date, event.precision, event.end) == (dt.date(2026, 6, 1), Precision.MONTH, None)


def test_abbreviations_do_not_split_sentences() -> None:
    text = "El Sr. Gómez habló con EE.UU. a las 8 a.m. del lunes. Luego se fue."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["El Sr. Gómez habló con EE.UU. a las 8 a.m. del lunes.", "Luego se fue."]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_evidence_is_always_a_slice_of_the_text(text: str) -> None:
    for event in propose_events(text, PUBLISHED, None):
        assert text[event.start : event.end_offset] == event.evidence
        assert len(event.title) <= 90


def test_a_megabyte_without_sentence_breaks_finishes() -> None:
    words = ["el", "12", "de", "mayo", "de", "2024", "y", "semana", "pasada", "x9", ";", "next"]
    line = " ".join(words[i % len(words)] for i in range(260_000))  # 1 MB, no full stop
    proposals = propose_events(line, dt.date(2026, 1, 16), "es")
    assert proposals
    assert all(line[p.start : p.end_offset] == p.evidence for p in proposals)


def test_without_a_published_date_only_dates_with_their_year_become_events() -> None:
    text = (
        "Ayer la canciller viajó a Washington. El 12 de febrero se reunirá con el secretario. "
        "El acuerdo se firmó el 23 de enero de 2026 en la Ciudad de México."
    )
    proposals = propose_events(text, None, "es")
    assert [(p.date, p.precision) for p in proposals] == [(dt.date(2026, 1, 23), Precision.DAY)]


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "es",
            "MONTERREY, 4 mar (Reuters) - Fiscales de ambos países acordaron el martes un "
            "protocolo de intercambio de pruebas.",
            "Fiscales de ambos países acordaron un protocolo de intercambio de pruebas",
        ),
        (
            "es",
            "Tijuana (México), 4 mar (EFE).- Agentes aduanales retuvieron ayer un cargamento "
            "de cartuchos.",
            "Agentes aduanales retuvieron un cargamento de cartuchos",
        ),
        (
            "en",
            "EL PASO, Texas, March 4 (AP) — Border agents on Tuesday seized 40 rifles.",
            "Border agents seized 40 rifles",
        ),
        (
            "es",
            "| 2 mar 2026 | Reunión técnica sobre precursores | Manzanillo |",
            "Reunión técnica sobre precursores — Manzanillo",
        ),
        ("es", "La auditoría comenzó en febrero de 2026.", "La auditoría comenzó"),
        (
            "en",
            "The review is due in April at the Mexico City embassy.",
            "The review is due at the Mexico City embassy",
        ),
    ],
)
def test_title_drops_datelines_and_the_date_words_wherever_they_stand(
    lang: str, text: str, title: str
) -> None:
    events = propose_events(text, PUBLISHED, lang)
    assert events, text
    assert events[0].title == title


def test_a_dateline_on_its_own_line_is_not_an_event() -> None:
    text = "Washington, D.C., 20 de marzo de 2026.\nLas delegaciones firmaron el acuerdo ayer."
    events = propose_events(text, PUBLISHED, "es")
    assert [event.title for event in events] == ["Las delegaciones firmaron el acuerdo"]


def test_a_list_item_with_its_date_after_a_colon_is_titled_by_what_comes_before() -> None:
    (event,) = propose_events("- Informe conjunto sobre aduanas: mayo de 2026.", PUBLISHED, "es")
    assert (event.title, event.precision) == ("Informe conjunto sobre aduanas", Precision.MONTH)
    assert event.evidence == "Informe conjunto sobre aduanas: mayo de 2026."


def test_a_span_up_to_the_publication_date_has_occurred_whatever_else_is_planned() -> None:
    text = (
        "Las revisiones conjuntas corrieron del 2 de marzo a hoy, antes de la cumbre prevista "
        "para el próximo mes."
    )
    events = propose_events(text, PUBLISHED, "es")
    so_far = next(event for event in events if event.end is not None)
    assert (so_far.date, so_far.end) == (dt.date(2026, 3, 2), PUBLISHED)
    assert so_far.status is EventStatus.OCCURRED
    later = next(event for event in events if event.precision is Precision.MONTH)
    assert later.status is EventStatus.PLANNED


@pytest.mark.parametrize(
    ("lang", "text", "date", "precision"),
    [
        (
            "en",
            "The agencies will report by the end of April.",
            dt.date(2026, 4, 1),
            Precision.MONTH,
        ),
        ("es", "El informe llegará a finales de abril.", dt.date(2026, 4, 1), Precision.MONTH),
        ("en", "Talks resume in mid-May in Ottawa.", dt.date(2026, 5, 1), Precision.MONTH),
        ("es", "La planta abrirá a principios de 2027.", dt.date(2027, 1, 1), Precision.YEAR),
    ],
)
def test_a_vague_part_of_a_month_or_year_is_the_whole_month_or_year(
    lang: str, text: str, date: dt.date, precision: Precision
) -> None:
    (event,) = propose_events(text, PUBLISHED, lang)
    assert (event.date, event.precision, event.end) == (date, precision, None)


def test_an_explicit_part_keeps_its_range() -> None:
    (event,) = propose_events("Imports fell in the first half of 2025.", PUBLISHED, "en")
    assert (event.date, event.end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))


def test_today_inside_someone_s_words_is_not_a_dated_event() -> None:
    text = (
        "“Las armas cruzan hoy la frontera sin control”, dijo la fiscal. "
        "Hoy se reunió el gabinete de seguridad."
    )
    events = propose_events(text, PUBLISHED, "es")
    assert [event.evidence for event in events] == ["Hoy se reunió el gabinete de seguridad."]

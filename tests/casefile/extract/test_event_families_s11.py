"""Date and caption families seen on real pages in the eleventh session's reading of a set of
real news, each stated here in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import propose
from casefile.extract.captions import propose_captions


def _days(text: str, reference: dt.date, language: str | None = None) -> list[str]:
    return [event.date.isoformat() for event in propose(text, reference, language).events]


def test_a_record_span_before_a_weekday_leaves_the_weekday_a_day_of_its_own() -> None:
    text = (
        "The two leaders reopened the crossings on their border for the first time in 20 "
        "years on Tuesday."
    )
    assert _days(text, dt.date(2018, 9, 11), "en") == ["2018-09-11"]


def test_an_offset_and_a_weekday_ahead_still_land_in_that_week() -> None:
    text = "The two delegations will meet again in 3 days on Friday in Geneva."
    assert _days(text, dt.date(2018, 9, 11), "en") == ["2018-09-14"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("El embajador presentó sus cartas al presidente en la víspera de Navidad.", "2024-12-24"),
        (
            "El embajador presentó sus cartas al presidente el lunes, víspera de Nochebuena, "
            "en el palacio.",
            "2024-12-23",
        ),
        ("The ambassador presented his letters on the eve of Christmas.", "2024-12-24"),
    ],
)
def test_the_eve_of_a_holiday_is_the_day_before_it(text: str, day: str) -> None:
    assert _days(text, dt.date(2024, 12, 26)) == [day]


@pytest.mark.parametrize(
    "text",
    [
        "El mandatario uruguayo asumió el poder el 1 de marzo en Montevideo.",
        "La canciller firmó el acuerdo el 1 de marzo en Montevideo.",
    ],
)
def test_a_past_verb_before_its_object_places_a_yearless_day_in_the_past(text: str) -> None:
    assert _days(text, dt.date(2024, 12, 26), "es") == ["2024-03-01"]


def test_a_past_verb_opening_the_sentence_places_a_yearless_day_in_the_past() -> None:
    text = "La comitiva salió de Quito. Llegó el 3 de mayo a Lima con los ministros del área."
    assert _days(text, dt.date(2024, 12, 26), "es") == ["2024-05-03"]


def test_a_caption_dates_the_day_the_story_does_not() -> None:
    text = (
        "Los presidentes firman un acuerdo\n\n"
        "Los presidentes posan tras la firma del acuerdo este lunes en la capital . "
        "crédito Ana Ruiz/EFE\n\n"
        "Los dos gobiernos cerraron ayer una negociación que duró dos años."
    )
    assert sorted(_days(text, dt.date(2024, 7, 3), "es")) == ["2024-07-01", "2024-07-02"]


def test_a_caption_on_a_day_the_story_dates_adds_nothing() -> None:
    text = (
        "Soldiers guard the entrance of the tunnel, Thursday, Feb. 12, 2026. (AP Photo/Ana "
        "Ruiz)\n\nSoldiers found the tunnel on Thursday near the border crossing."
    )
    assert _days(text, dt.date(2026, 2, 14), "en") == ["2026-02-12"]


def test_an_archive_pictures_day_is_no_event() -> None:
    text = (
        "Foto de archivo de los presidentes en la cumbre del 3 de mayo de 2019 . crédito Ana "
        "Ruiz/EFE\n\nLos dos gobiernos cerraron ayer una negociación que duró dos años."
    )
    assert _days(text, dt.date(2024, 7, 3), "es") == ["2024-07-02"]


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Los presidentes posan tras la firma en la capital (Panamá) . crédito Ana Ruiz/EFE",
            "Los presidentes posan tras la firma en la capital (Panamá)",
            "Ana Ruiz/EFE",
        ),
        (
            "Se estima que la cifra suba a 800.000 personas este año -crédito Ana Ruiz/EFE",
            "Se estima que la cifra suba a 800.000 personas este año",
            "Ana Ruiz/EFE",
        ),
    ],
)
def test_a_lower_case_credit_label_after_the_stop_or_a_dash(
    text: str, caption: str, credit: str
) -> None:
    assert [(c.caption, c.credit) for c in propose_captions(text)] == [(caption, credit)]


def test_a_photo_by_line_under_a_portraits_name_credits_it_whole() -> None:
    text = "Irma Soto.\nFoto de Ana R. GIL / AFP/ EFE/ PEDRO LUNA\nLa reunión fue larga."
    assert [(c.caption, c.credit) for c in propose_captions(text)] == [
        ("Irma Soto.", "Ana R. GIL / AFP/ EFE/ PEDRO LUNA")
    ]


def test_a_wire_caption_dated_in_its_first_sentence_may_run_on_above_its_credit() -> None:
    caption = (
        "Police officers stand guard at the entrance to the village, on September 25, 2023. "
        "A standoff at a monastery nearby ended late on Sunday, the minister announced."
    )
    text = f"Headline of the story\n\n{caption}\nGetty Images\nPRISTINA (AP) – The story starts."
    assert [(c.caption, c.credit) for c in propose_captions(text)] == [(caption, "Getty Images")]


def test_a_paragraph_of_two_undated_sentences_above_an_agency_line_is_no_caption() -> None:
    text = (
        "The talks went on into the night. Both sides said they were close to a deal.\n"
        "Getty Images\n"
    )
    assert propose_captions(text) == []


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "The ministers greet each other in Lima on Monday. (Photo by Ana Ruiz/Getty Images)",
            "The ministers greet each other in Lima on Monday.",
            "Ana Ruiz/Getty Images",
        ),
        (
            "FOTO DE ARCHIVO: Los cancilleres en Lima, 3 de mayo de 2024. REUTERS/Ana Ruiz",
            "Los cancilleres en Lima, 3 de mayo de 2024",
            "REUTERS/Ana Ruiz",
        ),
        (
            "Los cancilleres se saludan en Lima. Cortesía: Cancillería del Perú",
            "Los cancilleres se saludan en Lima.",
            "Cancillería del Perú",
        ),
    ],
)
def test_labels_around_a_credit_are_no_part_of_it(line: str, caption: str, credit: str) -> None:
    text = f"Titular de la nota\n\n{line}\n\nEl cuerpo de la nota empieza aquí y sigue largo."
    assert [(c.caption, c.credit) for c in propose_captions(text)] == [(caption, credit)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "India expelled six diplomats, ordering they leave before midnight on Sunday.",
            "2024-10-20",
        ),
        ("The ministers have until Friday to reply to the note.", "2024-10-18"),
        ("Los diplomáticos deberán abandonar el país antes del domingo.", "2024-10-20"),
        ("The diplomats left the country before Sunday.", "2024-10-13"),
        ("Los diplomáticos abandonaron el país antes del domingo.", "2024-10-13"),
    ],
)
def test_a_weekday_set_as_a_deadline_is_ahead_unless_its_verb_is_past(text: str, day: str) -> None:
    assert _days(text, dt.date(2024, 10, 14)) == [day]

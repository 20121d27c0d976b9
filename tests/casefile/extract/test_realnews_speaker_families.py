"""Speaker families from the fourth round on real news (held-out set six, once read), each
on our own sentences: who is credited when the verb, the role or the body is worded in a way
the earlier rounds had not met."""

from __future__ import annotations

import datetime as dt

from casefile.extract import propose

PUBLISHED = dt.date(2026, 1, 13)


def speakers(text: str, language: str = "es") -> dict[str, str | None]:
    """Quote text -> speaker, as propose() gives them."""
    return {q.text: q.speaker for q in propose(text, PUBLISHED, language).quotes}


def test_any_past_tense_verb_between_the_quote_and_a_role_credits_the_role() -> None:
    text = (
        "La vicecanciller Irene Solano recibió a la delegación el lunes.\n\n"
        "“Este convenio ha dado frutos en salud y en educación para los dos pueblos”, "
        "ilustró la representante de la Cancillería."
    )
    assert speakers(text) == {
        "Este convenio ha dado frutos en salud y en educación para los dos pueblos": (
            "la representante de la Cancillería"
        )
    }


def test_a_ministry_named_with_its_second_portfolio_is_a_role_not_a_surname() -> None:
    text = (
        "La canciller, Marta Quiroga, recibió a su colega.\n\n"
        "“Fue una visita de enorme valor para la región”, sostuvo la ministra de "
        "Relaciones Exteriores y Culto."
    )
    assert speakers(text) == {"Fue una visita de enorme valor para la región": "Marta Quiroga"}


def test_a_feminine_head_of_diplomacy_is_the_foreign_minister_the_article_named() -> None:
    text = (
        "La canciller, Marta Quiroga, recibió a su colega.\n\n"
        "La jefa de la diplomacia argentina señaló que fue una reunión “de agenda muy "
        "concreta”."
    )
    assert speakers(text) == {"de agenda muy concreta": "Marta Quiroga"}


def test_what_the_speaker_referred_to_is_no_part_of_the_name() -> None:
    text = (
        "El negociador Pavel Duda habló al término de la reunión.\n\n"
        "“Hemos hablado de todo, y ahora toca a los equipos”, dijo Duda en referencia a "
        "los técnicos de ambas delegaciones."
    )
    assert speakers(text) == {"Hemos hablado de todo, y ahora toca a los equipos": "Pavel Duda"}


def test_a_fragment_with_no_speech_verb_is_credited_to_its_sentence_subject() -> None:
    text = (
        "El Gobierno de Malasia se ha declarado “profundamente inquieto” por las maniobras "
        "navales de la semana pasada."
    )
    assert speakers(text) == {"profundamente inquieto": "Gobierno de Malasia"}


def test_a_subject_then_an_aside_and_a_verb_that_is_not_a_speech_verb() -> None:
    text = (
        "En una visita a la frontera, Ortega había adelantado sobre la agenda: “Queremos "
        "resolver los temas pendientes con nuestros vecinos”."
    )
    assert speakers(text) == {
        "Queremos resolver los temas pendientes con nuestros vecinos": "Ortega"
    }


def test_an_english_subject_right_before_a_quoted_verb_phrase() -> None:
    text = (
        "Mr Doyle met the prime minister before the match.\n\n"
        "Mr Doyle “welcomed the close work between both governments on energy”."
    )
    assert speakers(text, "en") == {
        "welcomed the close work between both governments on energy": "Doyle"
    }


def test_according_to_a_body_mid_sentence_credits_the_fragment_after_it() -> None:
    text = (
        "Todo empezó, según el Ministerio de Exteriores de Malasia, durante una “patrulla "
        "de rutina” cerca del arrecife."
    )
    assert speakers(text) == {"patrulla de rutina": "Ministerio de Exteriores de Malasia"}


def test_a_body_with_a_nationality_adjective_takes_the_name_the_article_spells_out() -> None:
    text = (
        "El Ministerio de Exteriores de Malasia convocó al embajador.\n\n"
        "El choque “muestra que hacen falta reglas claras”, ha advertido el Ministerio de "
        "Exteriores malasio en un comunicado."
    )
    assert speakers(text) == {
        "muestra que hacen falta reglas claras": "Ministerio de Exteriores de Malasia"
    }


def test_the_same_sources_are_the_sources_the_article_described_first() -> None:
    text = (
        "The minister spoke with full backing from Lisbon, diplomatic sources in Lisbon "
        "have confirmed.\n\n"
        "“He is in constant contact with the prime minister,” the sources said.\n\n"
        "“The talks went further than expected,” the same sources added.\n\n"
        "“We will defend our positions,” they said."
    )
    assert speakers(text, "en") == {
        "He is in constant contact with the prime minister": "diplomatic sources in Lisbon",
        "The talks went further than expected": "diplomatic sources in Lisbon",
        "We will defend our positions": "diplomatic sources in Lisbon",
    }


def test_a_korean_family_name_takes_the_given_name_printed_after_it() -> None:
    text = (
        "Foreign Minister Park Seo-yeon met her Chinese counterpart in Seoul.\n\n"
        "Park thanked him for the visit.\n\n"
        "“We look forward to steady talks on the peninsula,” Park said."
    )
    assert speakers(text, "en") == {
        "We look forward to steady talks on the peninsula": ("Park Seo-yeon")
    }


def test_a_surname_without_its_arabic_article_is_the_full_name() -> None:
    text = (
        "El canciller sirio, Fares al-Hamadi, viajó a Ankara.\n\n"
        "Luego, Hamadi indicó que ambos países abren “una etapa distinta”."
    )
    assert speakers(text) == {"una etapa distinta": "Fares al-Hamadi"}


def test_a_counterpart_is_the_head_of_diplomacy_the_next_sentence_names() -> None:
    text = (
        "La ministra de Exteriores, Eva Lindqvist, recibió a su homólogo tunecino Karim "
        "Jaziri.\n\n"
        "Jaziri dijo estar «muy satisfecho con la cooperación». El jefe de la diplomacia se "
        "comprometió a «cumplir todos los acuerdos firmados»."
    )
    assert speakers(text)["cumplir todos los acuerdos firmados"] == "Karim Jaziri"


def test_the_speaker_after_a_relative_is_who_speaks() -> None:
    text = (
        "El canciller chileno, Rodrigo Vidal, se reunió con su par, una cita en la que el "
        "canciller Vidal subrayó la urgencia de «cerrar el acuerdo de aguas»."
    )
    assert speakers(text) == {"cerrar el acuerdo de aguas": "Rodrigo Vidal"}


def test_a_subject_introducing_words_with_a_colon_owns_them_past_a_relative() -> None:
    text = (
        "En una visita a la frontera, Ortega había adelantado sobre la agenda que une a "
        "ambos gobiernos: “Queremos resolver los temas pendientes”."
    )
    assert speakers(text) == {"Queremos resolver los temas pendientes": "Ortega"}


def test_a_speech_verb_joined_to_the_verb_before_takes_the_sentence_subject() -> None:
    text = (
        "The Dutch Foreign Ministry described the letter as “unacceptable” and said Mr "
        "Hale was “no longer welcome” at the talks."
    )
    assert speakers(text, "en")["no longer welcome"] == "Dutch Foreign Ministry"


def test_a_described_person_whose_surname_is_a_country_is_still_a_person() -> None:
    text = (
        "El primer ministro, Aníbal Chile, recibió a su par.\n\n"
        "Por su parte, el conservador Chile indicó que hace falta una “gestión compartida "
        "del agua”."
    )
    assert speakers(text) == {"gestión compartida del agua": "Aníbal Chile"}

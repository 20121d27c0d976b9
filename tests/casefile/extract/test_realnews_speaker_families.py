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


def test_a_role_reaches_a_name_behind_a_long_office_name_with_a_gloss() -> None:
    text = (
        "En rueda de prensa, el portavoz de la Oficina de Asuntos Fronterizos del Consejo de "
        "Estado (Gabinete central) Li Wenhao afirmó que la visita fue “una provocación”.\n\n"
        "El portavoz insistió en que la frontera “no está en discusión”."
    )
    assert speakers(text)["no está en discusión"] == "Li Wenhao"


def test_the_ministry_is_the_ministry_named_by_the_words_before_it() -> None:
    text = (
        "The two ministers spoke by phone on Tuesday, Peru's foreign ministry said.\n\n"
        '"Both sides agreed to meet soon," the ministry said.'
    )
    assert speakers(text, "en") == {"Both sides agreed to meet soon": "Peru's foreign ministry"}


def test_the_text_is_the_people_who_signed_the_message() -> None:
    text = (
        "En un mensaje oficial, firmado por los copresidentes Ana Flores y Luis Mena, el "
        "Ejecutivo saludó al pueblo vecino.\n\n"
        "“Que la paz nos acompañe en la búsqueda de soluciones”, señala el texto."
    )
    assert speakers(text) == {
        "Que la paz nos acompañe en la búsqueda de soluciones": "Ana Flores y Luis Mena"
    }


def test_an_impersonal_sentence_issues_no_document() -> None:
    text = (
        "También se envió una nota diplomática a la Cancillería.\n\n"
        "El comunicado añadió que las labores “continúan con normalidad”."
    )
    assert speakers(text) == {"continúan con normalidad": "El comunicado"}


def test_a_pronoun_after_a_passive_sentence_is_its_subject() -> None:
    text = (
        "The Minister of Foreign Affairs, Bola Adeyemi, travelled to Accra.\n\n"
        "Adeyemi was received by his counterpart, according to a statement on his X handle.\n\n"
        "“Trust between neighbours is central to our diplomacy,” he stated."
    )
    assert speakers(text, "en") == {
        "Trust between neighbours is central to our diplomacy": ("Bola Adeyemi")
    }


def test_according_to_someone_a_place_did_something_is_their_account() -> None:
    text = (
        "El presidente turco, Kemal Aydin, habló en Izmir.\n\n"
        "Según el presidente turco, Grecia no ha respondido a las “propuestas de diálogo”."
    )
    assert speakers(text) == {"propuestas de diálogo": "Kemal Aydin"}


def test_according_to_a_place_a_person_warned_keeps_the_person() -> None:
    text = (
        "El presidente turco, Kemal Aydin, habló en Izmir.\n\n"
        "Según Atenas, el presidente turco advirtió que sus tropas podrían “llegar de "
        "noche”."
    )
    assert speakers(text) == {"llegar de noche": "Kemal Aydin"}


def test_according_to_what_someone_told_the_press_credits_them() -> None:
    text = (
        "Según declaró hoy a la prensa local Irene Vogel, directora del Instituto de "
        "Estudios Fronterizos, «estas reuniones cierran una etapa de cortesías»."
    )
    assert speakers(text) == {"estas reuniones cierran una etapa de cortesías": "Irene Vogel"}


def test_a_circumstance_with_no_comma_then_the_subject_s_name() -> None:
    text = (
        "Durante su viaje a Lima en marzo Ruiz subrayó que el tema estaba cerrado, pero «la "
        "reparación moral sigue pendiente»."
    )
    assert speakers(text) == {"la reparación moral sigue pendiente": "Ruiz"}


def test_a_long_relative_aside_between_the_subject_and_the_verb() -> None:
    text = (
        "Minister Joan Harte arrived on Monday.\n\n"
        "Minister Harte, who has been visiting the islands and meeting local officials and "
        "elected members of the assembly all week, said that it had been made clear to her "
        "that “your rights come first”."
    )
    assert speakers(text, "en") == {"your rights come first": "Joan Harte"}


def test_a_role_of_a_country_named_in_two_words_is_that_country_s_holder() -> None:
    text = (
        "El mandatario estadounidense, Tom Baxter, habló el domingo.\n\n"
        "El presidente de Estados Unidos instó a Cuba a “alcanzar un acuerdo” pronto."
    )
    assert speakers(text) == {"alcanzar un acuerdo": "Tom Baxter"}


def test_the_subject_after_a_conjunction_ending_in_que() -> None:
    text = (
        "Los dos países se cruzaron reproches a raíz de que el Ministerio de Exteriores "
        "argelino denunciase un “comportamiento hostil” de su vecino."
    )
    assert speakers(text) == {"comportamiento hostil": "Ministerio de Exteriores argelino"}


def test_a_subject_after_despues_de_que_and_an_aside() -> None:
    text = (
        "Las críticas llegan después de que Lin, en un acto ante reservistas, subrayara "
        "que las maniobras son “ensayos de guerra”."
    )
    assert speakers(text) == {"ensayos de guerra": "Lin"}


def test_a_bare_que_reports_what_was_said_and_its_subject_speaks_for_no_one() -> None:
    text = (
        "Un alto funcionario informó a la prensa que la decisión responde a la política de "
        "“primero nuestro país”."
    )
    assert speakers(text) == {"primero nuestro país": "Un alto funcionario"}


def test_a_group_speaks_with_a_plural_verb_and_an_adverb_before_it() -> None:
    text = (
        "Las autoridades marroquíes también descartaron entrar en “una lógica de escalada” "
        "con su vecino."
    )
    assert speakers(text) == {"una lógica de escalada": "Las autoridades marroquíes"}


def test_a_bare_verb_after_according_to_someone_continues_their_account() -> None:
    text = (
        "Los cancilleres se reunieron en Mascate. Según Al-Harthy, se espera un acuerdo "
        "pronto. Describió la postura egipcia como “correcta y lógica”."
    )
    assert speakers(text) == {"correcta y lógica": "Al-Harthy"}


def test_a_ruler_credited_after_a_quote_is_the_ruler_who_spoke_last() -> None:
    text = (
        "El dictador de Cuba, Miguel Ferrán, habló tras las palabras del mandatario "
        "estadounidense, Tom Baxter.\n\n"
        "“No hay conversaciones”, dijo Ferrán en la red X.\n\n"
        "“Siempre hemos querido un diálogo serio”, recalcó el gobernante en un mensaje."
    )
    assert speakers(text)["Siempre hemos querido un diálogo serio"] == "Miguel Ferrán"


def test_the_authorities_of_a_country_are_many_and_stay_as_printed() -> None:
    text = (
        "El secretario estadounidense, Mark Rowan, viajó a Miami.\n\n"
        "Según las autoridades estadounidenses, las reuniones vuelven cuando Washington "
        "considere “necesario reunirse”."
    )
    assert speakers(text) == {"necesario reunirse": "las autoridades estadounidenses"}


def test_an_adverb_after_a_role_is_no_part_of_it() -> None:
    text = (
        "President Ana Solís spoke on Monday.\n\n"
        '"We will keep talking with respect," the head of the Executive also said.'
    )
    assert speakers(text, "en") == {"We will keep talking with respect": "Ana Solís"}


def test_the_broadcaster_someone_spoke_to_is_no_part_of_their_name() -> None:
    text = (
        "El canciller Nikos Petrou viajó a Ankara.\n\n"
        "“Hay margen para el diálogo”, dijo Nikos Petrou a la emisora pública ERT."
    )
    assert speakers(text) == {"Hay margen para el diálogo": "Nikos Petrou"}


def test_the_foreign_ministry_is_the_one_a_country_s_possessive_named() -> None:
    text = (
        "Talks stalled on Tuesday, Jordan's foreign ministry said.\n\n"
        '"The attacks must stop at once," the foreign ministry said.'
    )
    assert speakers(text, "en") == {"The attacks must stop at once": "Jordan's foreign ministry"}


def test_said_today_names_no_one_and_the_speaker_goes_on() -> None:
    text = (
        "El presidente Andrés Rivas recibió al canciller.\n\n"
        "“Una pausa no es una ruptura”, dijo hoy Rivas. “Es una llamada de atención”, dijo hoy."
    )
    assert speakers(text)["Es una llamada de atención"] == "Andrés Rivas"


def test_a_ruler_of_one_country_is_not_the_president_of_another() -> None:
    text = (
        "Marta Ibáñez asistió a la investidura del presidente de Bolivia, Rodrigo Salas.\n\n"
        "El gobernante paraguayo afirmó que hablaron “de energía y comercio”."
    )
    assert speakers(text) == {"de energía y comercio": "El gobernante paraguayo"}


def test_a_role_is_the_holder_the_story_is_about_not_the_last_one_mentioned() -> None:
    text = (
        "El presidente de Cuba, Mario Fuentes, agradeció la ayuda, en plena crisis agravada "
        "por el bloqueo ordenado por el presidente de Estados Unidos, Tom Baxter.\n\n"
        "El mandatario escribió en sus redes sociales: “Gracias, hermanos”."
    )
    assert speakers(text) == {"Gracias, hermanos": "Mario Fuentes"}


def test_a_woman_official_is_not_the_man_quoted_before() -> None:
    text = (
        "El presidente de Estados Unidos, Tom Baxter, dijo: “Habrá más sanciones”.\n\n"
        "La carga fue recibida por Elena Ruiz, ministra de Comercio.\n\n"
        "“Nos sentimos acompañados”, afirmó la funcionaria."
    )
    assert speakers(text)["Nos sentimos acompañados"] != "Tom Baxter"


def test_a_name_in_commas_after_an_object_is_not_the_next_verb_s_subject() -> None:
    text = (
        "La canciller Rosa Lim dijo que denunció la acción ante su homólogo chino, Wang Tao, "
        "y recordó el tratado de defensa.\n\n"
        "“Deben retroceder”, ha advertido."
    )
    assert speakers(text)["Deben retroceder"] != "Wang Tao"


def test_la_autoridad_may_be_a_man() -> None:
    text = (
        "El ministro de Relaciones Exteriores, Tomás Ibarra, habló de la frontera.\n\n"
        "“Mantenemos un diálogo permanente”, indicó el canciller.\n\n"
        "La autoridad mencionó que el vecino tomó “una decisión soberana”."
    )
    assert speakers(text)["una decisión soberana"] == "Tomás Ibarra"


def test_a_possessive_country_before_a_title_and_a_name_is_still_that_person() -> None:
    text = (
        "Chile's Deputy Minister Ana Robles confirmed the visit on Tuesday. "
        "“The agenda is nearly closed,” she told reporters.\n\n"
        "“There will be agreements,” she also pointed out."
    )
    assert speakers(text, "en") == {
        "The agenda is nearly closed": "Ana Robles",
        "There will be agreements": "Ana Robles",
    }


def test_both_authorities_are_the_two_people_just_named_together() -> None:
    text = (
        "Asimismo, Ríos y Mendoza trataron la apertura de pasos fronterizos que, según ambas "
        "autoridades, ha permitido «mejorar la vida en la frontera»."
    )
    assert speakers(text) == {"mejorar la vida en la frontera": "Ríos y Mendoza"}


def test_shared_on_social_media_is_a_way_of_saying() -> None:
    text = '"Our talks today strengthened our ties," Prime Minister Tesfaye shared on social media.'
    assert speakers(text, "en") == {"Our talks today strengthened our ties": "Tesfaye"}

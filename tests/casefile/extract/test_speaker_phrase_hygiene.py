"""What stands around a speaker's name and is no part of it, and phrases that credit no one.

Families seen on real pages (the tenth session's reading of a set of real news), each stated
here in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import propose

PUBLISHED = dt.date(2025, 3, 14)


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in propose(text, PUBLISHED).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Canciller Tomás Ibarra previously said the pact was "a turning point for the region".',
            "Tomás Ibarra",
        ),
        (
            "El canciller Tomás Ibarra visitó Quito. “No habrá marcha atrás en el acuerdo”, "
            "dijo Ibarra nuevamente ante los periodistas.",
            "Tomás Ibarra",
        ),
    ],
)
def test_a_time_adverb_after_the_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El canciller Tomás Ibarra visitó Quito. “No habrá marcha atrás en el acuerdo”, "
            "afirmó Ibarra para el diario local La Hora.",
            "Tomás Ibarra",
        ),
        (
            "El canciller Tomás Ibarra visitó Quito. “No habrá marcha atrás en el acuerdo”, "
            "declaró Ibarra a Canal Andino TV.",
            "Tomás Ibarra",
        ),
        (
            "El canciller Tomás Ibarra visitó Quito. “Es un día histórico para los dos "
            "pueblos”, dijo Ibarra junto a su homóloga.",
            "Tomás Ibarra",
        ),
    ],
)
def test_the_medium_or_company_after_the_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_person_named_by_initials_is_credited_by_the_name_they_stand_for() -> None:
    text = (
        "El presidente de Chile, Andrés Ruiz Olmedo (ARO), aclaró sus palabras ante la prensa. "
        "Según ARO, “en cada gobierno hubo una empresa favorita”."
    )
    assert _speakers(text) == ["Andrés Ruiz Olmedo"]


def test_a_body_named_by_initials_keeps_them() -> None:
    text = (
        "La Comisión Nacional de Aguas (CNA) activó sus protocolos. Según la CNA, “el caudal "
        "del río sigue en descenso”."
    )
    assert _speakers(text) == ["Comisión Nacional de Aguas (CNA)"]


def test_a_country_after_a_title_is_not_part_of_the_name_after_it() -> None:
    text = (
        "Chilean Ambassador to Peru Sutarjo said he was counting on the talks. “If they can "
        "resolve these problems quickly, then I see a robust relationship,” he said."
    )
    proposals = propose(text, PUBLISHED)
    assert [quote.speaker for quote in proposals.quotes] == ["Sutarjo"]
    assert "Peru Sutarjo" not in [actor.name for actor in proposals.actors]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Canciller Tomás Ibarra met his counterpart in Lima. “There is a will to talk,” "
            "Ibarra said. In his words, “this is a new chapter for both nations”.",
            "Tomás Ibarra",
        ),
        (
            "La reunión empezó con un discurso del canciller de Chile, Tomás Ibarra. De "
            "acuerdo con sus palabras, el diálogo abrió “una nueva ventana de oportunidades”.",
            "Tomás Ibarra",
        ),
        (
            "La canciller Elena Sáenz recibió a su homólogo. “Hay voluntad de diálogo”, dijo "
            "Sáenz. Estas declaraciones llegan después de que la ministra calificara la "
            "reunión de “muy franca”.",
            "Elena Sáenz",
        ),
    ],
)
def test_words_said_to_be_someones_stand_for_who_spoke_last(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_a_clause_found_where_a_name_should_be_is_credited_to_its_subject() -> None:
    text = (
        "As part of her tour, Ruiz also went to Arica to meet Arica-based naval commander, "
        "Tomás Ibarra, “in line with the government's plan to visit every region.”"
    )
    assert _speakers(text) == ["Ruiz"]


@pytest.mark.parametrize(
    "boilerplate",
    ["READ: Parliament approves 2024 budget of $18.5bn", "LEA TAMBIÉN: El Congreso aprueba"],
)
def test_a_related_article_line_is_not_the_sentence_before_a_quote(boilerplate: str) -> None:
    text = (
        "Prime Minister Ana Ruiz said she had held fruitful talks with her guest.\n"
        f"{boilerplate}\n"
        "“I look forward to continuing the work in the coming meetings,” she added."
    )
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_place_opening_the_sentence_says_where_not_who() -> None:
    text = (
        "El presidente de Bolivia, Luis Arce, se reunió con su par en Lima. Allí informó que "
        "reinstalarán el gabinete binacional “a la brevedad posible”."
    )
    assert _speakers(text) == ["Luis Arce"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [("Ese mismo día", "Consejo de Seguridad Nacional"), ("That same day", "Security Council")],
)
def test_a_day_named_before_the_subject_is_no_part_of_it(opening: str, speaker: str) -> None:
    text = (
        f"{opening} el Consejo de Seguridad Nacional decidió cerrar la frontera a “todos los "
        "involucrados en el conflicto”."
        if opening.startswith("Ese")
        else f"{opening} the Security Council said the border would stay closed to “all those "
        "involved in the conflict”."
    )
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El Ministerio de Exteriores de Chile difundió un comunicado el lunes. “La "
            "frontera no está en discusión”, decía el escueto texto difundido por la tarde.",
            "Ministerio de Exteriores de Chile",
        ),
        (
            "The press release from the Chilean Foreign Ministry was blunt. “This step "
            "aggravates relations that are already at a low,” the release says.",
            "Chilean Foreign Ministry",
        ),
        (
            "“La visita busca afirmar el apoyo de Chile a Bolivia”, según una declaración "
            "emitida este sábado por la Presidencia chilena.",
            "Presidencia chilena",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tomás Ibarra llegó a Brasilia. “Los intereses de los dos países confluyen”, "
            "resumió Ibarra tras la cita. El ministro señaló que “el próximo paso es cerrar "
            "el acuerdo”.",
            "Tomás Ibarra",
        ),
        (
            "Tomás Ibarra habló en el foro. “Bolivia no es solo gas”, destacó Ibarra. El "
            "mandatario también destacó que el apoyo de sus vecinos “llega en buen momento”.",
            "Tomás Ibarra",
        ),
        (  # the article never gives the full name: the surname it credits will do
            "“Mantuve una reunión bilateral para fortalecer los lazos”, informó Ibarra en la "
            "red social X. El gobernante chileno afirmó que conversaron “sobre energía y "
            "comercio”.",
            "Ibarra",
        ),
    ],
)
def test_a_role_given_to_no_one_named_stands_for_who_was_quoted_just_before(
    text: str, speaker: str
) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the spokesperson is someone else than the official quoted before
            "“We remain committed to the islanders,” said Ambassador Ana Ruiz. The spokesperson "
            "added that “the position has not changed”.",
            ["Ana Ruiz", "The spokesperson"],
        ),
        (  # the French president is not the German chancellor quoted before
            "El canciller alemán, Tomás Ibarra, habló primero. “Europa debe unirse”, dijo "
            "Ibarra. El presidente francés afirmó que “se abre una nueva página”.",
            ["Tomás Ibarra", "El presidente francés"],
        ),
    ],
)
def test_a_role_that_does_not_fit_who_was_quoted_before_is_left_as_it_is(
    text: str, speakers: list[str]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chile has rejected Lima's account and said the patrol boat acted in an "
            "“unprofessional and dangerous” manner.",
            "Chile",
        ),
        (
            "El Gobierno de Chile ha rechazado la nota y afirmó que la patrulla actuó de forma "
            "“profesional y prudente”.",
            "Gobierno de Chile",
        ),
    ],
)
def test_a_subject_with_two_predicates_is_who_spoke_in_the_second(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“El río no está en discusión”, señala una nota oficial de la Cancillería de Paraguay.",
            "Cancillería de Paraguay",
        ),
        (
            "“Lamentamos la decisión”, indicó el comunicado del gobierno chileno.",
            "gobierno chileno",
        ),
        (
            "Los dos presidentes hablaron de comercio, informó el gobierno chileno en un "
            "comunicado. “Se trataron temas de relevancia”, señala el comunicado difundido a "
            "la prensa.",
            "gobierno chileno",
        ),
    ],
)
def test_a_body_in_lower_case_issues_a_document_too(text: str, speaker: str) -> None:
    assert [(who or "").removeprefix("el ") for who in _speakers(text)] == [speaker]


def test_a_surname_with_its_particle_finds_a_name_with_a_nickname() -> None:
    text = (
        "El presidente recibió a su par Tomás Andrés “Toto” da Cunha, quien eligió Chile para "
        "su primer viaje. “Todo lo que es nuevo debe ser probado”, expresó da Cunha."
    )
    assert _speakers(text)[-1] == "Tomás Andrés Toto da Cunha"


def test_a_body_credited_without_its_country_takes_the_one_the_article_prints() -> None:
    text = (
        "Las Fuerzas Armadas de Honduras denunciaron que una lancha ingresó en sus aguas. “La "
        "embarcación no tenía permiso”, indicaron las Fuerzas Armadas en un comunicado."
    )
    assert _speakers(text) == ["Fuerzas Armadas de Honduras"]


def test_a_ministry_whose_name_lists_its_portfolios_after_a_comma_is_one_body() -> None:
    text = (
        "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación emitió un comunicado "
        "el martes. “La exclusión es inaceptable”, decía el texto."
    )
    assert _speakers(text) == ["Ministerio de Asuntos Exteriores, Unión Europea y Cooperación"]


def test_hard_wrapped_wire_copy_reads_as_its_paragraphs() -> None:
    line = "La visita del presidente chino Tomás Ibarra a Lima, donde asiste a la\n"
    text = (
        "(AGENCIA) - LIMA, 15 NOV - "
        + line
        + "cumbre regional, permitió a ambos países renovar su asociación\n"
        "estratégica y potenciar el protocolo de un acuerdo comercial.\n"
        "Así informó la prensa estatal, mientras en Lima la presidenta\n"
        "peruana, Ana Ruiz, recibía en el Palacio de Gobierno a Ibarra, que\n"
        "visita el Perú por tercera vez. “Este es otro proyecto exitoso de la\n"
        "cooperación entre los dos países”, dijo Ibarra durante el encuentro.\n"
    )
    proposals = propose(text, PUBLISHED)
    assert "Tomás Ibarra" in [actor.name for actor in proposals.actors]
    assert [quote.speaker for quote in proposals.quotes] == ["Tomás Ibarra"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chile's ambassador to Peru believes it is time to abandon “megaphone diplomacy”.\n"
            "Tomás Ibarra Soto made the call on Monday, at the embassy's anniversary.",
            "Tomás Ibarra Soto",
        ),
        (  # a place opening the next sentence is no one
            "The foreign minister said the talks were “on track”. Buenos Aires expects a deal.",
            "The foreign minister",
        ),
    ],
)
def test_a_role_no_one_has_yet_is_the_person_the_next_sentence_opens_on(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El presidente de EE.UU., Tomás Ibarra, anunció una cumbre. El inquilino de la "
            "Casa Blanca declaró que “será una gran reunión”.",
            "Tomás Ibarra",
        ),
        (
            "El presidente francés, Tomás Ibarra, recibió a su homólogo. El inquilino del "
            "Elíseo afirmó que “se trata de una amistad”.",
            "Tomás Ibarra",
        ),
    ],
)
def test_the_tenant_of_a_seat_of_power_is_its_countrys_president(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_person_named_with_their_country_after_them_holds_its_nationality() -> None:
    text = (
        "Presidents Ana Ruiz of Chile and Tomás Ibarra of Peru signed a treaty in Lima. The "
        "Peruvian president previously stated that the visit would bring “a new era of trade”."
    )
    assert _speakers(text) == ["Tomás Ibarra"]

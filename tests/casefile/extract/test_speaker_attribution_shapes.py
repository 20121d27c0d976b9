"""Attribution shapes an outside tester found failing on invented articles: each a family."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import propose

PUBLISHED = dt.date(2024, 5, 14)


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in propose(text, PUBLISHED).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'La ministra Elena Sáenz aseguró que el informe "forma parte de una campaña política".',
            "Elena Sáenz",
        ),
        ('Minister Elena Saenz said the report "is part of a political campaign".', "Elena Saenz"),
    ],
)
def test_words_after_a_report_that_open_on_a_verb_are_a_quote_not_its_title(
    text: str, speaker: str
) -> None:
    assert [who for _, who in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“La prioridad es la seguridad de los viajeros”. Así lo explicó el canciller, Tomás "
            "Ibarra, quien anunció un vuelo especial.",
            "Tomás Ibarra",
        ),
        (
            "“La ayuda no puede ser un arma de guerra”. Las palabras son de la comisionada "
            "Tomasa Ibarra, de visita en la frontera.",
            "Tomasa Ibarra",
        ),
        (
            "“Our patience is running out.” That was the message from the foreign minister, "
            "Tomás Ibarra, to his partners on Monday.",
            "Tomás Ibarra",
        ),
    ],
)
def test_the_sentence_after_a_quote_may_name_its_speaker(text: str, speaker: str) -> None:
    assert [who for _, who in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“Estamos cerca de un acuerdo”, indicó a este diario el ministro de Economía, Tomás "
        "Ibarra.",
        "La capital pidió la extradición. “No recibimos ninguna solicitud”, aseguró a la agencia "
        "Prensa Sur el fiscal general, Tomás Ibarra.",
        "“Es un día histórico”, afirmó Lucía Páez. “Europa cumple su palabra”, dijo por su parte "
        "Tomás Ibarra.",
    ],
)
def test_to_whom_and_for_his_part_stand_between_the_verb_and_its_speaker(text: str) -> None:
    assert _quotes(text)[-1][1] == "Tomás Ibarra"


def test_the_medium_a_speaker_spoke_to_is_not_the_speaker() -> None:
    text = (
        "El canciller Tomás Ibarra dijo que las conversaciones “se centran en la frontera”. "
        "“No hablaremos de otro tema”, afirmó a la agencia oficial de noticias Prensa Sur."
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Tomás Ibarra", "Tomás Ibarra"]


def test_where_a_role_spoke_is_no_part_of_it() -> None:
    text = (
        "La ministra de Comercio, Elena Sáenz, llegó a la capital vecina.\n"
        "“Hemos dado un paso histórico”, dijo la ministra a la salida del palacio de gobierno.\n"
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Elena Sáenz"]


def test_a_time_before_a_bare_verb_is_not_the_speaker() -> None:
    text = (
        "La presidenta Elena Sáenz criticó las nuevas restricciones. “Castigan a familias "
        "enteras”, sostuvo. Más tarde, en una entrevista radial, insistió en que “el diálogo "
        "sigue abierto”."
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Elena Sáenz", "Elena Sáenz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El presidente Hugo Cáceres habló por teléfono con el primer ministro, Tomás "
            "Ibarra. Este último le aseguró que “el apoyo seguirá llegando”.",
            "Tomás Ibarra",
        ),
        (
            "The foreign minister, Hugo Caceres, met his counterpart, Tomas Ibarra, on Tuesday. "
            "The former said the dispute “threatens our water security”.",
            "Hugo Caceres",
        ),
    ],
)
def test_the_latter_and_the_former_are_one_of_the_two_named_last(text: str, speaker: str) -> None:
    assert [who for _, who in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Tanto Lucía Páez como Tomás Ibarra coincidieron en que “el paso necesita obras”.",
            "Lucía Páez y Tomás Ibarra",
        ),
        (
            "El canciller Hugo Cáceres, y su homólogo, Tomás Ibarra, firmaron un memorándum. "
            "Ambos coincidieron en que “la migración debe ser ordenada”.",
            "Hugo Cáceres y Tomás Ibarra",
        ),
    ],
)
def test_two_speakers_credited_together_are_both_named(text: str, speakers: str) -> None:
    assert [who for _, who in _quotes(text)] == [speakers]


@pytest.mark.parametrize(
    ("nationality", "speaker"),
    [("ecuatoriano", "Hugo Cáceres"), ("colombiano", "Tomás Ibarra")],
)
def test_a_nationality_finds_its_country_however_it_is_spelt(
    nationality: str, speaker: str
) -> None:
    text = (
        "El presidente de Ecuador, Hugo Cáceres, visitó la capital para reunirse con Tomás "
        "Ibarra, jefe de Estado de Colombia. Los dos gobiernos acordaron reabrir el puente. "
        f"«Somos una sola familia», afirmó el mandatario {nationality}."
    )
    assert [who for _, who in _quotes(text)] == [speaker]


def test_what_a_speaker_is_after_the_name_is_no_part_of_it() -> None:
    text = (
        '"We are ready to sign the agreement," said Tomas Ibarra, the country\'s trade '
        "commissioner, after talks in the capital."
    )
    assert [who for _, who in _quotes(text)] == ["Tomas Ibarra"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "According to a statement from the Ministry of Foreign Affairs of Ruritania, the "
            'mission "will proceed as planned".',
            "Ministry of Foreign Affairs of Ruritania",
        ),
        (
            "En un comunicado, la Cancillería de Ruritania expresó su “profunda preocupación”. "
            "El texto señala que “la liberación de los presos es una condición indispensable”.",
            "Cancillería de Ruritania",
        ),
        (
            "El Ministerio de Exteriores de Ruritania denunció en un comunicado “la persecución "
            "financiera”. Según la nota, las sanciones “constituyen un acto de guerra”.",
            "Ministerio de Exteriores de Ruritania",
        ),
    ],
)
def test_a_document_speaks_for_the_body_that_issued_it(text: str, body: str) -> None:
    assert {who for _, who in _quotes(text)} == {body}


def test_two_quotes_joined_in_one_sentence_share_their_speaker() -> None:
    text = (
        "“La puerta está abierta”, pero “no a cualquier precio”, advirtió el ministro de "
        "Comercio, Tomás Ibarra."
    )
    assert [who for _, who in _quotes(text)] == ["Tomás Ibarra", "Tomás Ibarra"]


def test_the_minister_is_the_one_called_a_minister_before_a_secretary_of_state() -> None:
    text = (
        "The external affairs minister, Tomas Ibarra, met Secretary of State Lucia Paez in "
        "the capital. Paez praised the partnership. The minister said the country "
        '"values its autonomy above all".'
    )
    assert [who for _, who in _quotes(text)] == ["Tomas Ibarra"]


def test_a_speaker_named_after_what_they_are_and_before_the_verb() -> None:
    text = '"We are open to talks," the country\'s foreign minister, Tomas Ibarra, said on Sunday.'
    assert [who for _, who in _quotes(text)] == ["Tomas Ibarra"]


def test_the_subject_of_what_was_said_is_not_who_said_it() -> None:
    text = (
        'Spokesman Tomas Ibarra dismissed the reports as "fake news" and said the capital '
        '"has nothing to hide".'
    )
    assert _quotes(text) == [("fake news", "Tomas Ibarra"), ("has nothing to hide", "Tomas Ibarra")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Horas después de afirmar que Chile debía hacer “una pausa” en la relación, el "
            "presidente de Chile, Tomás Ibarra, ha aclarado el sentido de sus palabras.",
            "Tomás Ibarra",
        ),
        (
            "After saying the border was “closed for good”, Foreign Minister Ana Ruiz added that "
            "talks could resume.",
            "Ana Ruiz",
        ),
    ],
)
def test_words_in_an_opening_infinitive_clause_are_the_main_clause_subjects(
    text: str, speaker: str
) -> None:
    assert [who for _, who in _quotes(text)] == [speaker]


def test_initials_after_a_name_between_commas_do_not_hide_the_subject() -> None:
    text = (
        "El presidente de Chile, Tomás Ibarra Olmedo (TIO), ha aclarado sus palabras: “Dije "
        "que vamos a tener una pausa, no una ruptura”."
    )
    assert [who for _, who in _quotes(text)] == ["Tomás Ibarra Olmedo"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ruiz aseguró que no tenía “ninguna intención” de viajar. A esto replicó Ibarra: "
            "“Quiere visitar la capital, pero antes cambiar nuestro Gobierno”.",
            "Ibarra",
        ),
        ("Respondió la ministra Ana Ruiz: “No aceptamos presiones de nadie”.", "Ana Ruiz"),
    ],
)
def test_a_sentence_that_opens_on_its_verb_credits_the_subject_after_it(
    text: str, speaker: str
) -> None:
    assert [who for _, who in _quotes(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Ana Ruiz complained last month that her neighbours are setting "
            "“new preconditions” for talks.",
            "Ana Ruiz",
        ),
        (
            "El canciller Tomás Ibarra se quejó de que el vecino impone “nuevas condiciones” al "
            "diálogo.",
            "Tomás Ibarra",
        ),
        (
            "La Embajada de Chile en Lima desmintió que haya un conflicto entre ambos países y "
            "confirmó que la relación “es sólida”.",
            "Embajada de Chile en Lima",
        ),
    ],
)
def test_complaints_and_denials_credit_who_made_them(text: str, speaker: str) -> None:
    assert [who for _, who in _quotes(text)] == [speaker]


def test_a_representative_quoted_after_a_named_person_is_that_person() -> None:
    text = (
        "“La estrategia es personal y corrupta”, dijo el canciller Tomás Ibarra. “El "
        "secretario no conoce nuestro país”, dijo el representante del Gobierno a la prensa."
    )
    assert [who for _, who in _quotes(text)] == ["Tomás Ibarra", "Tomás Ibarra"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Desde la residencia de verano, Ibarra realizó una breve declaración junto a su "
            "homóloga.\n\n“Hemos logrado acercar nuestras posturas en pocas semanas”.",
            "Ibarra",
        ),
        (
            "Prime Minister Ana Ruiz gave a short speech at the border post.\n\n“We will not "
            "close this crossing again.”",
            "Ana Ruiz",
        ),
    ],
)
def test_words_standing_alone_after_someone_made_a_statement_are_theirs(
    text: str, speaker: str
) -> None:
    assert [who for _, who in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La Comisión Nacional de Aguas (CNA) anunció que ha iniciado un “operativo "
            "humanitario” en la frontera.",
            "Comisión Nacional de Aguas (CNA)",
        ),
        (
            "El presidente Andrés Ruiz Olmedo (ARO) anunció que habrá “una pausa” en la relación.",
            "Andrés Ruiz Olmedo",
        ),
        ("Chile ha propuesto crear “un corredor humanitario” para los migrantes.", "Chile"),
    ],
)
def test_initials_in_brackets_before_the_verb_and_proposals(text: str, speaker: str) -> None:
    assert [who for _, who in _quotes(text)] == [speaker]

"""Speaker families seen on real pages in the eleventh session's reading of a set of real
news, each stated here in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.extract import propose
from casefile.extract.actors import propose_actors

PUBLISHED = dt.date(2025, 3, 14)


def _speakers(text: str, language: str | None = None) -> list[str | None]:
    return [quote.speaker for quote in propose(text, PUBLISHED, language).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officials met on Monday. “The gate has been shut for years,” Maria Lopez, a "
            "trader from a village near the crossing, told reporters.",
            "Maria Lopez",
        ),
        (
            "Officials met on Monday. “The gate has been shut for years,” Maria Lopez, 52, a "
            "trader, said.",
            "Maria Lopez",
        ),
        (
            "Los ministros se reunieron el lunes. «El paso lleva años cerrado», Ana María "
            "Ruiz, vecina del pueblo fronterizo, dijo a la prensa.",
            "Ana María Ruiz",
        ),
        (
            "Talks went on. “We want a prosperous partnership,” Hamdok, who leads the "
            "transitional cabinet, said on Thursday.",
            "Hamdok",
        ),
    ],
)
def test_a_name_described_between_commas_before_the_verb_is_the_speaker(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


def test_the_whole_office_of_someone_speaks_not_the_word_office() -> None:
    text = "Talks went on. “The line will be marked within months,” Petrosyan’s Office said."
    assert _speakers(text, "en") == ["Petrosyan’s Office"]


def test_which_it_said_credits_the_pronoun_not_the_place_before_the_relative() -> None:
    text = (
        "“Security details will be settled soon,” the Border Commission said. It added that "
        "the road near Dalen must move, which it said “is simple and will be done in weeks.”"
    )
    assert _speakers(text, "en") == ["Border Commission", "Border Commission"]


def test_a_surname_that_is_also_a_title_stays_part_of_the_name() -> None:
    names = [
        a.name
        for a in propose_actors(
            "Lo anunció la canciller hondureña, Marta Lucía Reina. También habló Juan Rey.",
            [],
            "es",
        )
    ]
    assert "Marta Lucía Reina" in names
    assert "Juan Rey" in names


def test_a_title_word_standing_alone_as_subject_is_the_person_who_bears_it_as_surname() -> None:
    text = (
        "Lo informó la canciller hondureña, Marta Lucía Reina. Reina celebró el voto y "
        "subrayó que “cierra un siglo de disputas”."
    )
    assert _speakers(text, "es") == ["Marta Lucía Reina"]


def test_the_network_x_at_a_sentence_end_is_no_initial() -> None:
    text = (
        "El canciller Pablo Soto lo escribió en la red social X. Soto celebró el voto y "
        "subrayó que “cierra un siglo de disputas”."
    )
    assert _speakers(text, "es") == ["Pablo Soto"]


@pytest.mark.parametrize(
    "text",
    [
        "El secretario de Estado, Tom Kessler, izó la bandera. «Promesa cumplida», cerró "
        "Kessler su discurso ante los invitados.",
        "El secretario de Estado, Tom Kessler, izó la bandera. «Misión cumplida», remató "
        "Kessler sus palabras en el patio.",
    ],
)
def test_the_object_after_an_inverted_name_is_no_part_of_it(text: str) -> None:
    assert _speakers(text, "es") == ["Tom Kessler"]


def test_according_to_someone_a_phrase_of_company_is_no_speaker() -> None:
    text = (
        "El presidente Mario Ledesma recibió a su homólogo. Según el mandatario, junto a su "
        "colega coincidieron en la necesidad de “estrechar mucho más el vínculo”."
    )
    assert _speakers(text, "es") == ["Mario Ledesma"]


@pytest.mark.parametrize(
    ("account", "speaker"),
    [("", None), ("Según Exteriores, duró una hora. ", None)],  # a subhead no one speaks
)
def test_a_negation_opening_a_sentence_is_no_speaker(account: str, speaker: str | None) -> None:
    text = (
        f"El ministro Pablo Soto se reunió con su par. {account}No han precisado si se trató "
        'la aduana.\n"Una asociación de largo plazo"\nEl encuentro duró una hora.'
    )
    assert _speakers(text, "es") == [speaker]


def test_a_name_then_its_post_without_a_closing_comma_is_the_speaker() -> None:
    text = (
        "Hubo acuerdo. Carlos Fernando Mejía, director de Migración Colombia indicó que "
        "“el objetivo central de la reunión se cumplió”."
    )
    assert _speakers(text, "es") == ["Carlos Fernando Mejía"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Last Friday Prime Minister Abel Tesfaye gathered his cabinet.", "Abel Tesfaye"),
        ("Last Friday the prime minister gathered his cabinet.", None),
    ],
)
def test_a_fragment_in_what_he_told_goes_to_whoever_he_is_never_to_a_country(
    opening: str, speaker: str | None
) -> None:
    text = (
        f"Norway says “stay calm” after the talk\n\n{opening} He told his ministers that the "
        "country has “historical and economic” grounds to reach the sea."
    )
    assert _speakers(text, "en") == ["Norway", speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('La ministra Ana Morales fue tajante: "No vamos a retroceder".', "Ana Morales"),
        ('The envoy Peter Lind was blunt: "We will not move."', "Peter Lind"),
    ],
)
def test_a_subject_who_was_blunt_before_a_colon_said_the_words(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("verb", ["met", "held talks with", "spoke with", "thanked"])
def test_she_after_a_sentence_with_an_irregular_past_verb_is_its_subject(verb: str) -> None:
    text = (
        f"Foreign Minister Jana Novak {verb} her counterpart on Monday. "
        '"We will not back down," she told a news conference.'
    )
    assert _speakers(text, "en") == ["Jana Novak"]


def test_an_honorific_before_a_described_name_is_no_bar() -> None:
    text = 'Talks went on. "We will not back down," Ms Novak, 54, told the BBC.'
    assert _speakers(text, "en") == ["Novak"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"No vamos a retroceder", dijo a EFE Ana Morales.', "Ana Morales"),
        ('"No vamos a retroceder", señaló a Reuters la canciller Ana Morales.', "Ana Morales"),
        ('"No vamos a retroceder", dijo a La Nación el ministro Pedro Paz.', "Pedro Paz"),
        ("«No vamos a retroceder», le dijo a Ana Morales.", None),
    ],
)
def test_whom_the_words_were_said_to_is_skipped_before_who_said_them(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text, "es") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is a historic day," said a visibly moved Luis Acosta.', "Luis Acosta"),
        ('"Es un día histórico", dijo un emocionado Luis Acosta.', "Luis Acosta"),
        ('"Es un día histórico", dijo a su homólogo Luis Acosta.', None),
    ],
)
def test_someone_described_by_how_they_were_is_the_person_named(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text) == [speaker]


def test_a_lower_case_post_before_a_name_after_the_words_names_a_speaker() -> None:
    text = '"There has been progress," presidential spokesman Pedro Paz told reporters.'
    assert _speakers(text, "en") == ["Pedro Paz"]


def test_in_his_speech_between_the_verb_and_the_name_is_skipped() -> None:
    text = '"Bolivia no renunciará al mar", recalcó en su discurso Luis Acosta.'
    assert _speakers(text, "es") == ["Luis Acosta"]


def test_the_head_of_a_ministry_is_its_minister() -> None:
    text = (
        'El ministro de Defensa, Raúl Ibarra, visitó la frontera. "Estamos preparados", '
        "aseguró el titular de Defensa."
    )
    assert _speakers(text, "es") == ["Raúl Ibarra"]


def test_a_host_named_before_a_verb_gives_no_title_to_whom_he_hosted() -> None:
    text = (
        "Chilean President Gabriel Soto hosted his Peruvian counterpart Luis Vera on Monday.\n\n"
        '"We share an agenda," the Chilean leader said.\n\n'
        'The Peruvian president said the border "unites us".'
    )
    assert _speakers(text, "en") == ["Gabriel Soto", "Luis Vera"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'En palabras del canciller Pedro Ríos, "la relación vive su mejor momento".',
            "Pedro Ríos",
        ),
        ('In the words of Foreign Minister Pedro Rios, ties are "at their best".', "Pedro Rios"),
    ],
)
def test_in_the_words_of_someone_credits_them(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_verb_joined_by_y_and_a_pronoun_shares_the_sentences_subject() -> None:
    text = (
        "El Gobierno de Bolivia rechazó las declaraciones y las calificó de "
        '"inaceptables e injerencistas".'
    )
    assert _speakers(text, "es") == ["Gobierno de Bolivia"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Both Morales and Rios agreed that relations were "at their best".', "Morales and Rios"),
        # "agreed to" a plan is no saying: the words are still his who said so
        (
            'Juan Ortiz met the envoys. He said both sides agreed to "meet again in principle".',
            "Juan Ortiz",
        ),
    ],
)
def test_agreed_that_reports_speech_and_agreed_to_does_not(text: str, speaker: str) -> None:
    assert _speakers(text, "en") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Luis Acosta fue enfático al señalar que "no habrá marcha atrás".', "Luis Acosta"),
        ('Lo dijo el presidente Luis Acosta: "Es un paso histórico".', "Luis Acosta"),
        (
            '"Es un paso histórico". Con estas palabras, el presidente Luis Acosta celebró '
            "la firma.",
            "Luis Acosta",
        ),
    ],
)
def test_spanish_frames_around_the_words_name_who_said_them(text: str, speaker: str) -> None:
    assert _speakers(text, "es") == [speaker]


def test_a_date_opening_a_clause_is_no_speaker() -> None:
    text = (
        "El presidente Luis Acosta criticó a su par. El 27 de febrero, volvió a marcar "
        "distancia, al asegurar que no lo recibiría. “Eso sí que no”, afirmó entonces."
    )
    assert _speakers(text, "es") == ["Luis Acosta"]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('Ella le dijo que las conversaciones eran "un buen comienzo".', "Ana Ruiz"),
        ('Este le respondió que las conversaciones eran "un buen comienzo".', "Pedro Gil"),
    ],
)
def test_a_pronoun_before_a_dative_clitic_and_este_for_the_latter(
    second: str, speaker: str
) -> None:
    text = f"Ana Ruiz se reunió con Pedro Gil en Lima. {second}"
    assert _speakers(text, "es") == [speaker]


def test_an_object_pronoun_after_a_subject_in_commas_is_no_speaker() -> None:
    text = (
        'La ministra, Ana Ruiz, dijo que las conversaciones fueron "francas y útiles". Su '
        'homólogo, Pedro Gil, las calificó de "un buen comienzo".'
    )
    assert _speakers(text, "es") == ["Ana Ruiz", "Pedro Gil"]


def test_a_nationality_before_pm_is_a_role_not_a_person() -> None:
    text = (
        "Tusk rebuffs his neighbour\n\n"
        "“Our farmers can count on me,” Polish PM said.\n\n"
        "Polish Prime Minister Donald Tusk on Thursday turned down the call for talks."
    )
    assert _speakers(text, "en") == ["Donald Tusk"]


def test_a_hyphenated_title_is_no_part_of_the_name() -> None:
    names = [
        a.name for a in propose_actors("Ambassador-at-Large Rahim Uddin was present.", [], "en")
    ]
    assert names == ["Rahim Uddin"]


def _people(text: str) -> list[str]:
    return [a.name for a in propose_actors(text, [], "en") if a.kind.value == "person"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "PM Nikos Andreou and President Ali Demir signed the declaration.",
            ["Nikos Andreou", "Ali Demir"],
        ),
        ("PM Ferrand said the talks had failed.", ["Ferrand"]),
    ],
)
def test_pm_before_a_name_is_its_title(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_a_headlines_pm_and_title_case_words_make_no_name() -> None:
    people = _people("PM Abiy Holds Talks with Egyptian Leader in Cairo")
    assert not any("Abiy" in name or "Holds" in name for name in people)


def test_and_that_of_another_country_gives_the_office_named_before() -> None:
    text = (
        "El presidente de Venezuela, Nicolás Maduro, y el de Guyana, Irfaan Ali, se reunieron "
        "el jueves. El mandatario guyanés le dijo a la prensa que defendió su "
        '"derecho soberano" a otorgar licencias.'
    )
    assert _speakers(text, "es") == ["Irfaan Ali"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'El encuentro fue definido por el Gobierno de Uruguay como "una instancia importante '
            'para definir intereses".',
            "Gobierno de Uruguay",
        ),
        (
            'El acuerdo fue calificado de "un paso histórico" por el canciller Pedro Ríos.',
            "Pedro Ríos",
        ),
        (
            'The deal was described by Foreign Minister Pedro Rios as "a historic step".',
            "Pedro Rios",
        ),
        (
            'The deal was described as "a historic step" by Foreign Minister Pedro Rios.',
            "Pedro Rios",
        ),
        ('The deal was described as "a historic step".', None),
    ],
)
def test_a_passive_credits_its_agent_never_the_thing_described(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The talks were useful," Ruiz was quoted as saying by the state agency.', "Ruiz"),
        (
            'The country will "never give up" its claim, according to President Ana Ruiz.',
            "Ana Ruiz",
        ),
    ],
)
def test_quoted_as_saying_and_a_late_according_to_name_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text, "en") == [speaker]


def test_a_subhead_quote_is_said_by_whoever_the_paragraph_under_it_names() -> None:
    text = (
        "“The border must stay open,” Foreign Minister Ana Ruiz said on Monday.\n\n"
        "“We need a system of checks and balances”\n\n"
        "Speaking about the treaty, Prime Minister Tomas Varga said that the text should "
        "hold such a system."
    )
    assert _speakers(text, "en") == ["Ana Ruiz", "Tomas Varga"]


def test_words_introduced_by_a_colon_above_go_on_with_that_speaker() -> None:
    text = (
        "La presidenta Irma Soto pidió calma tras las declaraciones. La mandataria respondió:\n\n"
        "“El lunes, cabeza fría”\n\n"
        "Luego se refirió al comercio."
    )
    assert _speakers(text, "es") == ["Irma Soto"]


def test_a_body_named_after_its_leaders_surname_takes_the_full_name() -> None:
    text = (
        "El presidente Nicolás Maduro recibió al embajador. El régimen de Maduro dice que el "
        'nombramiento es "garantía de no injerencia en asuntos internos".'
    )
    assert _speakers(text, "es") == ["El régimen de Nicolás Maduro"]


def test_someones_office_speaks_by_its_holders_full_name() -> None:
    text = (
        'President Emmanuel Macron\'s office said the officials were "on their way to France". '
        'The Élysée added that talks would "resume soon", Macron\'s office said.'
    )
    assert _speakers(text, "en") == ["Emmanuel Macron's office", "Emmanuel Macron's office"]


SALAS = "El canciller peruano, Jorge Salas, visitó Santiago. "


@pytest.mark.parametrize(
    "second",
    [
        'Salas hizo un llamado a "mantener el diálogo abierto".',
        '"La relación -añadió Salas- es sólida y madura".',
        "«La relación —añadió Salas— es sólida y madura».",
        'A decir de Salas, la relación es "sólida y madura".',
        'La reunión fue "muy productiva", a decir del canciller.',
        '"Es sólida", dijo Salas sobre la relación.',
    ],
)
def test_more_spanish_attribution_shapes(second: str) -> None:
    assert _speakers(SALAS + second, "es") == ["Jorge Salas"]


def test_a_bare_verb_between_dashes_inside_the_words_goes_on_with_the_last_speaker() -> None:
    text = SALAS + '"La relación es sólida -dijo-, y seguirá creciendo".'
    assert _speakers(text, "es") == ["Jorge Salas"]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ('Ruiz: "No vamos a retroceder"', "Ruiz"),
        ('"No vamos a retroceder": Ruiz', "Ruiz"),
        ('"We will not back down" – Ana Ruiz', "Ana Ruiz"),
        ('Ruiz vows to "defend every metre" of the border', "Ruiz"),
    ],
)
def test_a_headline_naming_only_who_said_the_words_credits_them(
    headline: str, speaker: str
) -> None:
    assert _speakers(f"{headline}\n\nThe minister spoke on Monday.") == [speaker]


KUMAR = (
    "Indian Foreign Minister Ravi Kumar met his Chinese counterpart Li Wei in Beijing on Monday. "
)


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('His Indian counterpart said the talks were "candid and constructive".', "Ravi Kumar"),
        ('"The talks were candid," one Indian diplomat told The Hindu.', "one Indian diplomat"),
        ('"The talks were candid," another official said.', "another official"),
    ],
)
def test_a_counterpart_by_nationality_and_someone_new(second: str, speaker: str) -> None:
    assert _speakers(KUMAR + second, "en") == [speaker]


def test_hablo_de_reports_speech() -> None:
    text = (
        "La canciller chilena, Ana Morales, y su par peruano, Jorge Salas, se reunieron en "
        'Lima. Morales dijo que hubo "avances concretos", mientras que Salas habló de "un '
        'nuevo comienzo".'
    )
    assert _speakers(text, "es") == ["Ana Morales", "Jorge Salas"]


def test_the_two_leaders_are_the_two_just_named() -> None:
    text = (
        "Greek Prime Minister Nikos Andreou hosted Turkish President Ali Demir in Athens. The "
        'two leaders said in a joint statement that they would "deepen cooperation".'
    )
    assert _speakers(text, "en") == ["Nikos Andreou and Ali Demir"]


def test_coincidio_en_que_reports_speech() -> None:
    text = (
        "El presidente Luis Acosta recibió a la presidenta Irma Soto. Acosta afirmó que la "
        'reunión fue "muy productiva" y Soto coincidió en que fue "un paso histórico".'
    )
    assert _speakers(text, "es") == ["Luis Acosta", "Irma Soto"]

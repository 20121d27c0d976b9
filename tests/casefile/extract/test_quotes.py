"""Quote proposals: speech between quotation marks, credited to whoever the text names."""

from __future__ import annotations

import pytest

from casefile.extract.quotes import propose_quotes


def test_speaker_after_spanish_verb_is_the_whole_crediting_phrase() -> None:
    text = (
        "“Ambos gobiernos revisarán cada trimestre los compromisos adquiridos en la frontera”, "
        "indica el boletín emitido por la Secretaría de Gobernación y la Embajada de EU."
    )
    [quote] = propose_quotes(text)
    assert quote.text == (
        "Ambos gobiernos revisarán cada trimestre los compromisos adquiridos en la frontera"
    )
    assert (
        quote.speaker == "el boletín emitido por la Secretaría de Gobernación y la Embajada de EU"
    )


def test_speaker_keeps_a_document_phrase_but_drops_circumstances() -> None:
    text = (
        "“Las delegaciones coincidieron en la necesidad de compartir información”, "
        "señalaron ambos gobiernos en la nota diplomática.\n"
        "“No habrá acuerdo que vulnere nuestra soberanía nacional”, afirmó el canciller "
        "Ramiro Valdés de la Torre en conferencia de prensa."
    )
    first, second = propose_quotes(text)
    assert first.speaker == "ambos gobiernos en la nota diplomática"
    assert second.speaker == "el canciller Ramiro Valdés de la Torre"


def test_english_speaker_before_or_after_the_verb() -> None:
    text = (
        '"We are going to keep the border open for trade," Hernández said on Tuesday. '
        '"Nobody wants a tariff war between neighbours," said Senator Alice Moore.'
    )
    first, second = propose_quotes(text, "en")
    assert first.speaker == "Hernández"
    assert second.speaker == "Senator Alice Moore"
    assert second.text == "Nobody wants a tariff war between neighbours"


def test_speaker_named_before_the_quote() -> None:
    text = (
        "La gobernadora Elena Ríos afirmó que «los puentes internacionales seguirán abiertos "
        "toda la semana». Según la cancillería, “la visita del enviado servirá para revisar "
        'los acuerdos”. The minister told reporters: "We will not accept armed agents here."'
    )
    quotes = propose_quotes(text)
    assert [q.speaker for q in quotes] == [
        "La gobernadora Elena Ríos",
        "la cancillería",
        "The minister",
    ]


def test_evidence_is_the_quote_with_its_attribution() -> None:
    text = "Antes. “Seguiremos trabajando con nuestros vecinos del norte”, dijo Ríos. Después."
    [quote] = propose_quotes(text)
    assert quote.evidence == "“Seguiremos trabajando con nuestros vecinos del norte”, dijo Ríos"
    assert text[quote.start : quote.end] == quote.evidence


def test_names_of_programmes_and_media_are_not_quotes() -> None:
    text = (
        "El esquema “Frontera Segura y Ordenada para el Comercio Regional” sigue vigente. "
        "En la “Mañanera” se habló del plan \"Quédate en México\" y de la cadena 'Canal Once'."
    )
    assert propose_quotes(text) == []


def test_uncredited_long_sentence_is_a_quote_without_speaker() -> None:
    text = "La frase “no es posible sostener la cooperación sin confianza mutua” circuló en redes."
    [quote] = propose_quotes(text)
    assert quote.text == "no es posible sostener la cooperación sin confianza mutua"
    assert quote.speaker is None


def test_quoted_text_is_kept_exactly_as_printed() -> None:
    text = "«Vamos  a revisar, uno por uno, los casos pendientes.», escribió la embajadora."
    [quote] = propose_quotes(text)
    assert quote.text == "Vamos  a revisar, uno por uno, los casos pendientes."
    assert quote.speaker == "la embajadora"


def test_apostrophes_do_not_open_or_close_quotes() -> None:
    text = "The ministry’s note didn’t say much about the envoy’s visit to the capital."
    assert propose_quotes(text) == []


def test_unclosed_quote_does_not_run_into_the_next_paragraph() -> None:
    text = "“Esta frase nunca se cierra en el párrafo\n\nY esta otra línea continúa sin comillas."
    assert propose_quotes(text) == []


def test_circumstances_between_verb_and_speaker_are_skipped() -> None:
    text = (
        "“Los envíos revisados no tenían documentos de origen válidos”, dijo ayer a "
        "periodistas el almirante Tomás Ruiz, según la agencia."
    )
    [quote] = propose_quotes(text)
    assert quote.speaker == "el almirante Tomás Ruiz"


def test_second_quote_in_a_paragraph_keeps_the_speaker() -> None:
    text = (
        "“Las inspecciones seguirán toda la semana”, dijo la fiscal Ana Ruiz. "
        "“No vamos a detenernos hasta revisar cada uno de los contenedores pendientes.”"
    )
    assert [q.speaker for q in propose_quotes(text)] == ["la fiscal Ana Ruiz"] * 2


def test_speaker_before_an_aside_and_a_reporting_phrase() -> None:
    text = (
        "Carmen Iturbide Salas, who runs the customs office in Reynosa, told reporters: "
        '"We inspected every truck that crossed on Monday night."\n'
        "Deputy Attorney General Mark Feeney, who chaired the U.S. side of the session, said: "
        "“Nobody leaves this room without a date for the next review.”\n"
        "La fiscal Ana Ruiz, quien encabeza la unidad, dijo a la prensa: "
        "«Vamos a revisar cada uno de los expedientes abiertos.»\n"
        "El general Octavio Lara, que dirige la zona militar, aseguró: "
        "«Los retenes seguirán en la carretera hasta fin de mes.»"
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "Carmen Iturbide Salas",
        "Deputy Attorney General Mark Feeney",
        "La fiscal Ana Ruiz",
        "El general Octavio Lara",
    ]


def test_speaker_quoted_through_a_medium() -> None:
    text = (
        "- Commissioner Laura Benítez, quoted by the Gulf Courier: "
        '"Our agents found the second tunnel by following the water bills."\n'
        "El alcalde Rubén Ochoa, citado por el diario local: "
        "«No permitiremos que el puente vuelva a cerrarse por una protesta.»\n"
        "La senadora Irma Quintero, en declaraciones a Radio Fórmula: "
        "«Pediremos la comparecencia del titular de Aduanas la próxima semana.»"
    )
    quotes = propose_quotes(text)
    assert [q.speaker for q in quotes] == [
        "Commissioner Laura Benítez",
        "El alcalde Rubén Ochoa",
        "La senadora Irma Quintero",
    ]
    assert quotes[0].evidence.startswith("Commissioner Laura Benítez, quoted by")


def test_a_clause_that_says_when_is_not_the_speaker() -> None:
    text = "Tras la reunión, en Washington, dijo: «Nadie quiere cerrar la frontera al comercio.»"
    [quote] = propose_quotes(text)
    assert quote.speaker is None


def test_pronoun_speaker_is_the_person_who_spoke_last() -> None:
    text = (
        "Prosecutor Dana Whitfield said the case would go to trial in May. "
        '"We have the ledgers, the phones and two witnesses who will testify," she said.\n\n'
        "La diputada Lorena Ibarra pidió revisar el acuerdo antes de votarlo. "
        "«No firmaremos nada que no haya pasado antes por el Congreso», dijo ella.\n\n"
        "The Interior Ministry said the new checkpoints would open in June. "
        '"Every lane will have a scanner before the summer begins," it said.'
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "Prosecutor Dana Whitfield",
        "La diputada Lorena Ibarra",
        "The Interior Ministry",
    ]


def test_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    text = (
        "El subsecretario Joaquín Medina aseguró que el plan estaba listo. "
        "La embajadora Sara Quinn respondió que no lo estaba. "
        "«No enviaremos tropas a la frontera bajo ninguna circunstancia», dijo él."
    )
    [quote] = propose_quotes(text)
    assert quote.speaker == "El subsecretario Joaquín Medina"


def test_pronoun_before_the_quote_is_resolved_too() -> None:
    text = (
        "Senator Ruth Ames said the bill would pass in March. "
        'She added: "It has the votes and it has the money behind it."'
    )
    [quote] = propose_quotes(text)
    assert quote.speaker == "Senator Ruth Ames"


def test_bare_verb_after_the_quote_credits_the_last_speaker() -> None:
    text = (
        "El gobernador Mario Ponce, por su parte, aseguró que la entidad tendrá más agentes "
        "en abril. «Nadie va a cruzar armas por nuestras aduanas sin que lo sepamos», afirmó.\n"
        "La canciller Elena Soto informó que la reunión será en marzo. "
        "Añadió: «Llevaremos la lista completa de armas decomisadas.»"
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "El gobernador Mario Ponce",
        "La canciller Elena Soto",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Nobody spoke before.
        '"We will keep every crossing open through the holidays," she said.',
        "«Este acuerdo no se negocia con nadie, ni ahora ni después», afirmó.",
        # Only countries, offices and two people at once spoke before.
        "Mexico and Canada said they would coordinate. The Treasury Department said on Monday "
        'that it would act. "We are watching every shipment that leaves the port," she said.',
        # A plural pronoun is never one person.
        "Ana Ruiz said the plan was final. "
        '"There is nothing left to negotiate on this point," they said.',
        # "Officials" is capitalised only because it opens the sentence.
        "Officials said the border would stay open. Other officials disagreed. "
        '"We will keep it open for commerce and for nothing else," she said.',
        # The last speaker is more than a paragraph away.
        "Ana Ruiz dijo que el plan estaba listo.\n\nEl puente cerró a las diez.\n\n"
        "Los camiones esperaron toda la noche.\n\n"
        "«Nadie va a pasar sin revisión hasta el lunes por la mañana», dijo ella.",
    ],
)
def test_pronoun_or_bare_verb_without_a_fitting_speaker_credits_no_one(text: str) -> None:
    [quote] = propose_quotes(text)
    assert quote.speaker is None


def test_he_said_credits_the_quote_though_he_is_also_a_spanish_verb() -> None:
    text = (
        "The governor told reporters the new radars were working. "
        '"We can see every light aircraft that takes off near the border," he said.'
    )
    [quote] = propose_quotes(text)
    assert quote.speaker == "The governor"
    assert quote.evidence.endswith("he said")


def test_last_speaker_is_looked_for_only_a_few_sentences_back_on_a_long_line() -> None:
    filler = "El tráfico en el puente fue intenso durante toda la tarde del martes. " * 40
    text = (
        f"La jueza Marta Ríos dijo que revisará el caso. {filler}"
        "«Nadie va a pasar sin revisión hasta el lunes por la mañana», dijo ella."
    )
    [quote] = propose_quotes(text)
    assert quote.speaker is None


def test_a_description_after_the_name_is_not_part_of_the_speaker() -> None:
    text = (
        "“Every seized rifle goes back to a licensed dealer somewhere,” said Miriam Coldwell, "
        "the deputy chief of the ATF's Phoenix field division.\n"
        "Owen Larraby, a former customs inspector who now consults for shippers, said: "
        "“The scanners miss anything packed inside engine blocks.”\n"
        "«Los cárteles compran las armas en tiendas legales de Arizona», dijo Rosaura Melgar, "
        "investigadora del Colegio de Sonora en Hermosillo.\n"
        "«Pediremos la entrega de los tres detenidos antes de fin de mes», afirmó el fiscal "
        "adjunto Baltasar Quiroga Peña, responsable de la unidad de extradiciones de la FGR."
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "Miriam Coldwell",
        "Owen Larraby",
        "Rosaura Melgar",
        "el fiscal adjunto Baltasar Quiroga Peña",
    ]


def test_a_name_after_a_comma_completes_a_title_rather_than_describing() -> None:
    text = (
        "«Los consulados atenderán a todos los connacionales detenidos», dijo el cónsul de "
        "México en Los Ángeles, Julián Ocampo Reyes.\n"
        "“Nobody tracks the buyers once the guns cross the river,” said Naomi Treadwell, "
        "Director of the Southwest Arms Study."
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "el cónsul de México en Los Ángeles, Julián Ocampo Reyes",
        "Naomi Treadwell",
    ]


def test_where_or_how_it_was_said_is_not_part_of_the_speaker() -> None:
    text = (
        "«Ninguna aduana quedará sin escáner este año», dijo la subsecretaria Olga Medrano "
        "en la reunión de evaluación.\n"
        "«Cada cargamento deja un rastro contable», publicó en la red social X Fabián "
        "Urquidi Soto, fiscal federal del Distrito de Arizona.\n"
        "“The permits will be reviewed one by one,” wrote Commissioner Hal Brody on X.\n"
        "«No habrá prórrogas para los importadores», señalaron ambos gobiernos en el "
        "comunicado conjunto."
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "la subsecretaria Olga Medrano",
        "Fabián Urquidi Soto",
        "Commissioner Hal Brody",
        "ambos gobiernos en el comunicado conjunto",
    ]


def test_where_when_or_to_whom_may_stand_between_verb_and_quote() -> None:
    text = (
        "The envoy said in Brussels last month: “We will not sign a deal that ignores the "
        "border.”\n"
        "Port director Gail Renner told reporters the agency would “inspect every container "
        "that arrives from Lázaro Cárdenas.”\n"
        "La senadora Irma Quintero dijo en la sesión del martes: «Pediremos la comparecencia "
        "del titular de Aduanas.»"
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "The envoy",
        "Port director Gail Renner",
        "La senadora Irma Quintero",
    ]


def test_a_leading_conjunction_is_never_the_speaker() -> None:
    text = (
        "La jueza Carolina Ibáñez dijo que el juicio empezará en mayo.\n"
        "Y agrega: «Las pruebas de balística llegaron completas esta semana.»\n"
        "Y la subsecretaria Irene Casas añadió: «Revisaremos cada expediente abierto.»"
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "La jueza Carolina Ibáñez",
        "la subsecretaria Irene Casas",
    ]


def test_a_speaker_named_after_como_dijo_is_found_without_the_clause() -> None:
    text = (
        "Como nos dijo una exdiplomática de la embajada que pidió el anonimato: "
        "«En Washington nadie leyó el informe completo.»\n"
        "As Senator Ruth Ames said: “It has the votes and it has the money behind it.”"
    )
    assert [q.speaker for q in propose_quotes(text)] == [
        "una exdiplomática de la embajada",
        "Senator Ruth Ames",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A conjunction with nobody before it.
        "Y añade: «Nadie va a pasar sin revisión hasta el lunes por la mañana.»",
        # Impersonal: "as was said".
        "Como se dijo en la reunión: «Nadie va a pasar sin revisión hasta el lunes.»",
        # A long phrase that is a clause, not a title.
        "Nobody in the three committees that reviewed the bill over the last two years "
        'said: "We should wait for the next session to vote on it."',
    ],
)
def test_conjunctions_clauses_and_impersonal_verbs_credit_no_one(text: str) -> None:
    [quote] = propose_quotes(text)
    assert quote.speaker is None


def test_a_long_title_in_title_case_before_the_name_is_kept() -> None:
    text = (
        "Principal Deputy Assistant Secretary of Homeland Security for Border and Immigration "
        "Policy Marcus Vandermeer said: “Every port will have the new scanners by June.”"
    )
    [quote] = propose_quotes(text)
    assert quote.speaker == (
        "Principal Deputy Assistant Secretary of Homeland Security for Border and Immigration "
        "Policy Marcus Vandermeer"
    )


def test_a_lone_adverb_before_the_verb_gives_way_to_the_person_after_it() -> None:
    text = (
        "La reunión terminó tarde. Después dijo la embajadora: "
        "«Nadie va a pasar sin revisión hasta el lunes.»\n"
        "Then said Ruiz: “Nobody crosses without an inspection until Monday.”"
    )
    assert [q.speaker for q in propose_quotes(text)] == ["la embajadora", "Ruiz"]


def test_a_day_after_a_bare_verb_is_not_a_speaker() -> None:
    text = "El puente cerró a las diez. Dijo el martes: «Nadie va a pasar sin revisión.»"
    [quote] = propose_quotes(text)
    assert quote.speaker is None

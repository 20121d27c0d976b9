"""Quote proposals: speech between quotation marks, credited to whoever the text names."""

from __future__ import annotations

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
    assert second.text == "Nobody wants a tariff war between neighbours,"


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

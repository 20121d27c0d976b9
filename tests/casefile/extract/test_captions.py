"""Caption proposals: photo captions and their credits, never share buttons or prose."""

from __future__ import annotations

import pytest

from casefile.extract.captions import propose_captions


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "La embajadora recorre la aduana de Nogales / FB: @EmbajadaMX",
            "La embajadora recorre la aduana de Nogales",
            "FB: @EmbajadaMX",
        ),
        (
            "Elementos de la Guardia Nacional en un retén / Especial",
            "Elementos de la Guardia Nacional en un retén",
            "Especial",
        ),
        ("Vista del puente fronterizo / Cuartoscuro", "Vista del puente fronterizo", "Cuartoscuro"),
        (
            "El gabinete de seguridad en Palacio Nacional | Foto: Presidencia",
            "El gabinete de seguridad en Palacio Nacional",
            "Presidencia",
        ),
        (
            "La secretaria durante su visita Foto: Gobierno de Sonora",
            "La secretaria durante su visita",
            "Gobierno de Sonora",
        ),
        (
            "Camiones esperan en la garita (AP Foto/Laura Gómez)",
            "Camiones esperan en la garita",
            "AP Foto/Laura Gómez",
        ),
        (
            "Trucks wait at the crossing. REUTERS/Paul Smith",
            "Trucks wait at the crossing",
            "REUTERS/Paul Smith",
        ),
        (
            "The envoy arrives in the capital Photo by Jane Roe/Getty Images",
            "The envoy arrives in the capital",
            "Jane Roe/Getty Images",
        ),
        (
            "La gobernadora saluda a migrantes X / @GobiernoSonora",
            "La gobernadora saluda a migrantes",
            "X / @GobiernoSonora",
        ),
        ("Reunión de cancilleres en Ottawa (Foto: EFE)", "Reunión de cancilleres en Ottawa", "EFE"),
    ],
)
def test_caption_line_splits_into_caption_and_credit(line: str, caption: str, credit: str) -> None:
    text = f"Un párrafo de la nota.\n\n{line}\n\nOtro párrafo."
    [found] = propose_captions(text)
    assert (found.caption, found.credit) == (caption, credit)
    assert text[found.start : found.end] == line


@pytest.mark.parametrize(
    "line",
    [
        "Compartir en Facebook / Twitter / WhatsApp",
        "Share / Tweet / Email",
        "Compartir en Facebook / Compartir en X / Enviar por WhatsApp",
        "Enviar por correo | Imprimir | Copiar enlace",
        "Share on Facebook / Send via Telegram / Print this story",
        "Tweet this · Email to a friend · Copy link",
        "Compartir esta nota / Enviar por e-mail",
        "Share on Facebook / Send by WhatsApp",
        "El reparto de costos será 50/50 y los camiones irán a 80 km/h y/o menos.",
        "Consulta el comunicado en https://www.gob.mx/sre/prensa/comunicado-123",
        "Las cifras de 2024 / 2025 muestran una baja en los decomisos.",
    ],
)
def test_share_buttons_and_prose_with_slashes_are_not_captions(line: str) -> None:
    assert propose_captions(f"Texto previo.\n{line}\nTexto posterior.") == []


def test_caption_inside_a_flattened_paragraph_is_found_by_its_handle() -> None:
    text = (
        "La reunión terminó sin acuerdos. El subsecretario en la sede diplomática "
        "/ FB: @SREMX “Seguiremos hablando”, dijo después."
    )
    [found] = propose_captions(text)
    assert (found.caption, found.credit) == (
        "El subsecretario en la sede diplomática",
        "FB: @SREMX",
    )
    assert text[found.start : found.end].endswith("@SREMX")


def test_every_caption_of_an_article_is_found_in_order() -> None:
    text = (
        "Primer párrafo de la nota con datos.\n\n"
        "Los negociadores llegan a la cita / Especial\n\n"
        "Segundo párrafo.\n\n"
        "La delegación estadounidense en la capital / X: @StateDept\n"
    )
    found = propose_captions(text)
    assert [c.credit for c in found] == ["Especial", "X: @StateDept"]


def test_table_rows_with_pipes_are_not_captions() -> None:
    text = "Fecha | Suceso\n12 de marzo de 2026 | Visita oficial del enviado a la frontera\n"
    assert propose_captions(text) == []


def test_photographer_named_after_photo_by_is_the_credit() -> None:
    [found] = propose_captions("Officials meet at the ministry. Photo by Ana Ruiz\n")
    assert (found.caption, found.credit) == ("Officials meet at the ministry", "Ana Ruiz")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Un agente revisa el correo decomisado en la aduana / Especial",
            "Un agente revisa el correo decomisado en la aduana",
            "Especial",
        ),
        ("Copia del acuerdo firmado / Cuartoscuro", "Copia del acuerdo firmado", "Cuartoscuro"),
        (
            "Mensaje publicado en X por la embajada / X: @EmbajadaEUA",
            "Mensaje publicado en X por la embajada",
            "X: @EmbajadaEUA",
        ),
        (
            "Officials print the new customs forms / Courtesy",
            "Officials print the new customs forms",
            "Courtesy",
        ),
    ],
)
def test_captions_that_mention_sending_or_sharing_are_still_captions(
    line: str, caption: str, credit: str
) -> None:
    [found] = propose_captions(f"Texto previo.\n\n{line}\n\nTexto posterior.")
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Agents inspect a pickup at the Mariposa crossing in Nogales, Arizona, U.S., "
            "March 3, 2026. REUTERS/Elena Marwick/File Photo",
            "Agents inspect a pickup at the Mariposa crossing in Nogales, Arizona, U.S., "
            "March 3, 2026",
            "REUTERS/Elena Marwick/File Photo",
        ),
        (
            "Marines unload seized rifles at the port of Manzanillo (AP Photo/Dario Quesnel/File)",
            "Marines unload seized rifles at the port of Manzanillo",
            "AP Photo/Dario Quesnel/File",
        ),
        (
            "Peritos de la FGR revisan cajas de cartuchos en Reynosa. EFE/Lucía Barragán/Archivo",
            "Peritos de la FGR revisan cajas de cartuchos en Reynosa",
            "EFE/Lucía Barragán/Archivo",
        ),
    ],
)
def test_agency_stamp_with_a_second_slash_is_one_credit(
    line: str, caption: str, credit: str
) -> None:
    [found] = propose_captions(f"Texto previo.\n\n{line}\n\nTexto posterior.")
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Los datos vienen de la encuesta AP/NORC sobre armas/seguridad fronteriza",
        "The figures come from the Reuters/Ipsos poll/border survey",
    ],
)
def test_prose_naming_an_agency_between_slashes_is_not_a_caption(line: str) -> None:
    assert propose_captions(f"Texto previo.\n{line}\nTexto posterior.") == []


def _only(text: str) -> tuple[str, str]:
    [found] = propose_captions(text)
    assert found.caption in text[found.start : found.end]
    return found.caption.rstrip("."), found.credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Los cancilleres firman el memorando en Lima. (Foto: Ministerio de Comercio Exterior)",
            "Los cancilleres firman el memorando en Lima",
            "Ministerio de Comercio Exterior",
        ),
        (
            "El plano que acompaña la denuncia (Foto: Captura de pantalla/Fiscalía)",
            "El plano que acompaña la denuncia",
            "Captura de pantalla/Fiscalía",
        ),
        (
            "La ministra saluda a los alcaldes de la región. | Foto: Laura Pinto/vocera del "
            "ministerio/@LauraPinto",
            "La ministra saluda a los alcaldes de la región",
            "Laura Pinto/vocera del ministerio/@LauraPinto",
        ),
        (
            "Los dos jefes de Estado posan ante la prensa Foto: Facebook Ana Gómez",
            "Los dos jefes de Estado posan ante la prensa",
            "Facebook Ana Gómez",
        ),
    ],
)
def test_credit_after_foto_label_drops_the_label(line: str, caption: str, credit: str) -> None:
    assert _only(f"Texto previo.\n\n{line}\n\nTexto posterior.") == (caption, credit)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "The two ministers shake hands before the summit (Tom Reyes/PA)",
            "The two ministers shake hands before the summit",
            "Tom Reyes/PA",
        ),
        (
            "The envoy speaks to reporters outside the embassy. Picture: Alamy/Handout",
            "The envoy speaks to reporters outside the embassy",
            "Alamy/Handout",
        ),
        (
            "Fishermen pull nets from the river at dawn. Photo: Reuters",
            "Fishermen pull nets from the river at dawn",
            "Reuters",
        ),
        (
            "The premier greets the visiting delegation at the airport.Tom Reyes—Getty Images",
            "The premier greets the visiting delegation at the airport",
            "Tom Reyes—Getty Images",
        ),
        (
            "El jefe de Gobierno conversa con su homólogo en la capital.EFE/EPA/ANA GIL "
            "AUSTRALIA AND NEW ZEALAND OUT",
            "El jefe de Gobierno conversa con su homólogo en la capital",
            "EFE/EPA/ANA GIL",
        ),
        (
            "Los ministros asisten a una ceremonia en el puerto - Jonas Weber/dpa",
            "Los ministros asisten a una ceremonia en el puerto",
            "Jonas Weber/dpa",
        ),
        (
            "La ministra llega al foro regional en Quito (Pedro Arias/EFE)",
            "La ministra llega al foro regional en Quito",
            "Pedro Arias/EFE",
        ),
        (
            "Las dos delegaciones discuten los aranceles - crédito Shutterstock",
            "Las dos delegaciones discuten los aranceles",
            "Shutterstock",
        ),
    ],
)
def test_credits_in_english_and_agency_shapes(line: str, caption: str, credit: str) -> None:
    assert _only(f"Some text before.\n\n{line}\n\nSome text after.") == (caption, credit)


def test_archive_label_and_trailing_archive_tag_are_not_caption_or_credit() -> None:
    text = (
        "Archivo - La ministra de Defensa visita la base naval. - MINISTERIO DE DEFENSA - "
        "Archivo\n\nMADRID, 3 Mar. -\n"
    )
    assert _only(text) == ("La ministra de Defensa visita la base naval", "MINISTERIO DE DEFENSA")


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Foto: EFE", "EFE"),
        ("(Carla Soto / Associated Press)", "Carla Soto / Associated Press"),
        ("Getty Images", "Getty Images"),
    ],
)
def test_credit_line_under_a_one_sentence_caption_credits_it(credit_line: str, credit: str) -> None:
    text = (
        "Párrafo de la nota. Con dos frases.\n\n"
        "Imagen que muestra a los dos presidentes durante la cumbre regional.\n"
        f"{credit_line}\n\nSigue la nota."
    )
    assert _only(text) == (
        "Imagen que muestra a los dos presidentes durante la cumbre regional",
        credit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "La nota empieza aquí.\n\n©Especial\n\nLa nota sigue.",
        "The talks went on for hours. Neither side gave ground.\nPhoto: Office of the Premier",
    ],
)
def test_credit_line_with_no_caption_above_has_an_empty_caption(text: str) -> None:
    [found] = propose_captions(text)
    assert found.caption == ""
    assert found.credit in {"Especial", "Office of the Premier"}


def test_alt_text_placeholder_repeating_the_caption_gives_one_caption() -> None:
    text = (
        "Texto previo.\n\n"
        "placeholder Foto: El cónsul entrega sus cartas credenciales al ministro. (EFE)\n"
        "El cónsul entrega sus cartas credenciales al ministro. (EFE)\n\nTexto posterior."
    )
    assert _only(text) == ("El cónsul entrega sus cartas credenciales al ministro", "EFE")


@pytest.mark.parametrize(
    "text",
    [
        "Texto previo.\n\nFoto: Decenas de personas esperan en la fila del consulado\n",
        "Texto previo.\n\nBy LAURA PINTO\nAssociated Press\n\nThe story begins.",
        "El ministro llegó a la capital el lunes. Allí firmó el convenio con su par. (EFE)\n",
        "The talks will resume next week, a spokesman told Reuters\n",
        "Las conversaciones seguirán en abril, según informó la agencia EFE.\n",
    ],
)
def test_alt_text_bylines_and_news_ending_in_an_agency_are_not_captions(text: str) -> None:
    assert propose_captions(text) == []


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Minister Lee Dong-hun, left, greets his counterpart in Osaka on Friday. [KYODO]",
            "Minister Lee Dong-hun, left, greets his counterpart in Osaka on Friday.",
            "KYODO",
        ),
        (
            "El negociador jefe habla con la prensa en Ginebra. Autor: TASS Publicado: "
            "12/03/2025 | 08:15 am",
            "El negociador jefe habla con la prensa en Ginebra.",
            "TASS",
        ),
        (
            "- La reunión tuvo lugar el lunes en Quito. Foto principal: EFE",
            "La reunión tuvo lugar el lunes en Quito.",
            "EFE",
        ),
        (
            "The minister speaks in Lisbon on March 3, 2025 [Rui Costa/Lusa Agency]",
            "The minister speaks in Lisbon on March 3, 2025",
            "Rui Costa/Lusa Agency",
        ),
        (
            "El canciller durante la conferencia en Lima. - Ana Quispe - Europa Press",
            "El canciller durante la conferencia en Lima.",
            "Ana Quispe - Europa Press",
        ),
        (
            "Los presidentes en la cumbre de Quito.   -  Derechos de autor  Telenoticias vía "
            "agencias",
            "Los presidentes en la cumbre de Quito.",
            "Telenoticias vía agencias",
        ),
        (
            "Canciller peruana, Rosa Ayala. • Foto: EFE",
            "Canciller peruana, Rosa Ayala.",
            "EFE",
        ),
    ],
)
def test_credits_in_brackets_after_a_dash_or_a_label_end_the_caption(
    line: str, caption: str, credit: str
) -> None:
    [found] = propose_captions(line + "\n\nEl texto del artículo sigue aquí con más detalle.")
    assert (found.caption, found.credit) == (caption, credit)


def test_a_story_s_sign_off_agency_after_reported_speech_is_no_caption() -> None:
    text = (
        "Both ministers stressed the need to cooperate closely on the northern border. (Yonhap)\n"
    )
    assert propose_captions(text) == []


def test_a_copyright_line_credits_no_picture() -> None:
    text = '"We have not made a fuss about it," she said.\n© AAP 2024\n'
    assert propose_captions(text) == []


def test_an_explicit_photo_credit_label_after_a_two_sentence_caption() -> None:
    text = "File image. The decree lifts a ban on flights. | Photo Credit: REUTERS\n"
    [found] = propose_captions(text)
    assert (found.caption, found.credit) == (
        "File image. The decree lifts a ban on flights.",
        "REUTERS",
    )


def test_a_lead_picture_s_credit_above_its_caption() -> None:
    text = (
        "date 2019-02-22\n"
        "Photo: Presidency\n\n"
        "The two presidents at an earlier summit (file photo).\n\n"
        "The presidents met again on Friday to discuss trade and the border.\n"
    )
    [found] = propose_captions(text)
    assert (found.caption, found.credit) == (
        "The two presidents at an earlier summit (file photo).",
        "Presidency",
    )


def test_a_social_network_named_after_a_caption_s_stop_is_its_credit() -> None:
    text = "Los dos presidentes se saludan en el puente fronterizo. Twitter\n"
    [found] = propose_captions(text)
    assert (found.caption, found.credit) == (
        "Los dos presidentes se saludan en el puente fronterizo.",
        "Twitter",
    )


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Los dos ministros junto al lago el pasado 17 de mayo REUTERS\n",
            "Los dos ministros junto al lago el pasado 17 de mayo",
            "REUTERS",
        ),
        (
            "El presidente anuncia la visita de su vecino. (Laura Méndez)\n",
            "El presidente anuncia la visita de su vecino.",
            "Laura Méndez",
        ),
        (
            "PHOTO/PRESIDENCIA DE CHILE - El presidente recibe a su homólogo en Santiago\n",
            "El presidente recibe a su homólogo en Santiago",
            "PRESIDENCIA DE CHILE",
        ),
        (
            "The two ministers pose before their meeting in Ankara. [Via EPA]\n",
            "The two ministers pose before their meeting in Ankara.",
            "EPA",
        ),
        (
            "A spokesman speaks at a press conference in Beijing. (Photo / Xinhua)\n",
            "A spokesman speaks at a press conference in Beijing.",
            "Xinhua",
        ),
        (
            "El canciller, en la rueda de prensa de este martes\nE.P.\n",
            "El canciller, en la rueda de prensa de este martes",
            "E.P.",
        ),
    ],
)
def test_more_credit_layouts_from_real_pages(text: str, caption: str, credit: str) -> None:
    [found] = propose_captions(text)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "Con información de EFE\n",
        "FUENTE: Con información de AFP\n",
        "Por Ana Castro con Agencia EFE\n",
        "El país es considerado un punto de tránsito de la droga. (I)\n",
        "Cumbre bilateral en la capital - MRE\n\nCumbre bilateral en la capital\n",
    ],
)
def test_source_notes_markers_and_page_titles_are_no_captions(text: str) -> None:
    assert propose_captions(text) == []


def test_a_named_platform_credits_an_account_written_without_its_at_sign() -> None:
    # As a scan's OCR reads "@" (or a desk forgets it); a bare "X:" stays an ordinary word.
    [caption] = propose_captions("Los ministros llegan a la cumbre en Brasilia / FB: Itamaraty\n")
    assert (caption.caption, caption.credit) == (
        "Los ministros llegan a la cumbre en Brasilia",
        "FB: Itamaraty",
    )
    assert propose_captions("La ministra respondió / X: Cancillería\n") == []
    assert propose_captions("Se explicó el plan / FB: sin mayúscula\n") == []


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (  # a copyright label after the caption's stop, with no dash before it
            "Los dos cancilleres en la sede del ministerio, el martes 4 de marzo de 2025. "
            "Derechos de autor Ana Gil/AP",
            "Los dos cancilleres en la sede del ministerio, el martes 4 de marzo de 2025.",
            "Ana Gil/AP",
        ),
        (  # a slash run into the credit after the stop, "Courtesy of" left out
            "The two leaders arrive at the summit venue on the 30th. /Courtesy of the "
            "Presidential Office",
            "The two leaders arrive at the summit venue on the 30th.",
            "Presidential Office",
        ),
        (
            "The two leaders arrive at the summit venue on Monday. /Yonhap",
            "The two leaders arrive at the summit venue on Monday.",
            "Yonhap",
        ),
        (  # an archive label inside the credit's brackets is no part of it
            "The two presidents, left and right, at the border post [File: Ana Gil/Reuters]",
            "The two presidents, left and right, at the border post",
            "Ana Gil/Reuters",
        ),
        (  # the photographer's name in capitals belongs to the agency's credit
            "Los dos presidentes, en el palacio de gobierno ANA GIL | EFE",
            "Los dos presidentes, en el palacio de gobierno",
            "ANA GIL | EFE",
        ),
        (  # one word in capitals is the caption's own
            "Los dos presidentes, en la sede de la ONU | EFE",
            "Los dos presidentes, en la sede de la ONU",
            "EFE",
        ),
        (  # who drew an infographic credits it as a photographer does a picture
            "Lorries queueing at the border crossing.\nInfographic from PA Graphics.",
            "Lorries queueing at the border crossing.",
            "PA Graphics",
        ),
        (  # a caption that ends on a dash, its credit on the line under it
            "The two presidents shake hands at the border   -  \nAFP",
            "The two presidents shake hands at the border",
            "AFP",
        ),
    ],
)
def test_credit_layouts_of_news_sites_seen_on_real_pages(
    text: str, caption: str, credit: str
) -> None:
    assert [(c.caption, c.credit) for c in propose_captions(text)] == [(caption, credit)]


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (  # the agency and the photographer first, in capitals, then the caption
            "AFP / CASA DE GOBIERNO / ANA GIL  -   El presidente recibe a su homólogo a su "
            "llegada al aeropuerto",
            "El presidente recibe a su homólogo a su llegada al aeropuerto",
            "AFP / CASA DE GOBIERNO / ANA GIL",
        ),
        (
            "HANDOUT AFP-PHOTO - El canciller (segundo por la izquierda) en la cumbre",
            "El canciller (segundo por la izquierda) en la cumbre",
            "HANDOUT AFP-PHOTO",
        ),
        (  # the photographer and the outlet in brackets after the caption's stop
            "The embassy building in the capital. (Ana Gil/The Border Observer)",
            "The embassy building in the capital.",
            "Ana Gil/The Border Observer",
        ),
        (  # the photographer and the agency after a comma, after the caption's stop
            "The two leaders meet at the official residence, March 3, 2024. Ana Gil, EPA-EFE.",
            "The two leaders meet at the official residence, March 3, 2024.",
            "Ana Gil, EPA-EFE",
        ),
    ],
)
def test_credit_layouts_with_the_credit_first_or_in_brackets(
    text: str, caption: str, credit: str
) -> None:
    assert [(c.caption, c.credit) for c in propose_captions(text)] == [(caption, credit)]


def test_an_agency_that_opens_a_sentence_is_no_credit_first() -> None:
    assert propose_captions("EFE informó que - según fuentes oficiales - la reunión terminó.") == []


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "El embajador presentó sus credenciales ante el Rey el pasado 13 de enero CASA DE "
            "S.M. EL REY",
            "El embajador presentó sus credenciales ante el Rey el pasado 13 de enero",
            "CASA DE S.M. EL REY",
        ),
        (
            "Los cancilleres en la cumbre de Lima AGENCIA ANDINA",
            "Los cancilleres en la cumbre de Lima",
            "AGENCIA ANDINA",
        ),
    ],
)
def test_a_source_in_capitals_after_a_caption_without_a_stop_is_its_credit(
    text: str, caption: str, credit: str
) -> None:
    assert [(c.caption, c.credit) for c in propose_captions(text)] == [(caption, credit)]


@pytest.mark.parametrize(
    "text",
    [
        "Los dos cancilleres firmaron el acuerdo en la sede de la ONU",
        "La reunión terminó sin acuerdo entre la OTAN y la UE",
    ],
)
def test_one_acronym_at_a_lines_end_is_no_credit(text: str) -> None:
    assert propose_captions(text) == []

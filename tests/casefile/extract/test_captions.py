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

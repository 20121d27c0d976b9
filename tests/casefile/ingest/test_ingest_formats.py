"""Each fixture article, in each format, reads back as the analyst would read it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from casefile import ingest
from casefile.domain import SourceKind

ARTICLES = Path(__file__).parents[2] / "fixtures" / "articles"


def read(name: str) -> ingest.Document:
    return ingest.read(ARTICLES / name)


def test_text_with_date_and_first_paragraph_on_one_line_keeps_the_paragraph() -> None:
    document = read("2026-01-20-laboratorios-fentanilo-sinaloa.txt")
    assert document.published == dt.date(2026, 1, 20)
    assert document.text.startswith("El Gabinete de Seguridad informó este martes")
    assert "date 2026" not in document.text
    assert "el pasado 11 de enero" in document.text
    assert document.language == "es"
    assert document.title is None  # the first line is a paragraph, not a headline


def test_text_with_date_and_url_header_lines_gives_title_outlet_and_url() -> None:
    document = read("2026-02-05-ministerial-washington-arms-targets.txt")
    assert document.published == dt.date(2026, 2, 5)
    assert document.url == (
        "https://www.borderledger.example/2026/02/05/mexico-us-ministerial-gun-trafficking-targets"
    )
    assert document.title == (
        "Mexico and U.S. set joint targets on gun trafficking at Washington security meeting"
    )
    assert document.outlet == "Border Ledger"  # the site, by its domain's words; not the agency
    assert document.author == "Reuters"
    assert document.language == "en"
    assert document.text.startswith("Mexico and U.S. set joint targets")
    assert "url https" not in document.text


def test_text_file_keeps_its_original_bytes_and_suffix() -> None:
    path = ARTICLES / "efe-red-trafico-armas-nogales.txt"
    document = ingest.read(path)
    assert document.content == path.read_bytes()
    assert document.suffix == ".txt"
    assert document.original_name == path.name
    assert document.kind == SourceKind.ARTICLE


def test_markdown_heading_becomes_the_title_without_its_hashes() -> None:
    document = read("notas-seguimiento-reunion-ministerial.md")
    assert document.title == "Reunión ministerial de seguridad: puntos a seguir"
    assert document.suffix == ".md"
    assert document.language == "es"


def test_saved_web_page_keeps_the_article_and_drops_navigation_share_buttons_and_footer() -> None:
    document = read("diario-frontera-reunion-ministerial.html")
    assert "Los gobiernos de México y Estados Unidos acordaron ayer" in document.text
    assert "“Venimos a Washington con una exigencia clara" in document.text
    for boilerplate in ("Compartir en Facebook", "Portada", "Aviso de privacidad", "Suscríbete"):
        assert boilerplate not in document.text
    assert "Te puede interesar" not in document.text


def test_saved_web_page_keeps_photo_captions_with_their_credits() -> None:
    document = read("diario-frontera-reunion-ministerial.html")
    assert "antes de la reunión en el Departamento de Estado / FB: @SREMX" in document.text
    assert "durante la sesión de trabajo / Especial" in document.text


def test_saved_web_page_metadata_comes_from_its_meta_tags() -> None:
    document = read("diario-frontera-reunion-ministerial.html")
    assert document.title == (
        "México y EU fijan metas contra el tráfico de armas en reunión ministerial"
    )
    assert document.outlet == "Diario Frontera Norte"
    assert document.url == (
        "https://www.diariofronteranorte.example/seguridad/2026/02/06/mexico-eu-metas-trafico-armas"
    )
    assert document.published == dt.date(2026, 2, 6)
    assert document.author == "Andrea Villalobos"
    assert document.language == "es"
    assert document.suffix == ".html"


def test_pdf_text_layer_is_read_as_paragraphs_with_its_metadata() -> None:
    document = read("joint-statement-security-implementation-group.pdf")
    assert document.title == (
        "Joint Statement on the Mexico–United States Security Implementation Group"
    )
    assert document.author == "Office of the Spokesperson, U.S. Department of State"
    assert document.published == dt.date(2026, 1, 23)
    assert document.language == "en"
    paragraphs = document.text.split("\n\n")
    assert (
        "Delegations from both countries at the Ministry of Foreign Affairs. Photo by Sofía Landa"
        in (paragraphs)
    )
    assert any(
        p.startswith("“Security cooperation between our countries rests") for p in paragraphs
    )
    assert document.suffix == ".pdf"


def test_docx_paragraphs_tables_and_core_properties_are_read() -> None:
    document = read("nota-informativa-trafico-armas.docx")
    assert document.title == "Nota informativa: tráfico de armas de Estados Unidos hacia México"
    assert document.author == "Unidad de Análisis"
    assert document.published == dt.date(2026, 2, 13)
    assert "Fusiles asegurados en la garita Mariposa, en Nogales / Especial" in document.text
    assert "«Cada arma que cruza la frontera" in document.text
    assert "5 de febrero de 2026 | Reunión ministerial de seguridad en Washington" in document.text
    assert document.suffix == ".docx"


def test_email_body_headers_and_article_attachment_are_read() -> None:
    document = read("fwd-nota-efe-laboratorios-sinaloa.eml")
    assert document.title == "Fwd: Nota EFE sobre laboratorios de fentanilo en Sinaloa"
    assert document.author == "Lucía Herrera"
    assert document.published == dt.date(2026, 1, 21)
    assert document.text.startswith("Hola equipo:")  # text/plain preferred over the HTML part
    assert "<p>" not in document.text
    assert [part.original_name for part in document.attachments] == [
        "efe-laboratorios-sinaloa.txt"
    ]  # the GIF logo is not an article


def test_email_attachment_dateline_takes_its_year_from_the_email_date() -> None:
    attachment = read("fwd-nota-efe-laboratorios-sinaloa.eml").attachments[0]
    assert attachment.published == dt.date(2026, 1, 20)
    assert attachment.author == "EFE"
    assert (
        attachment.title == "Desmantelan tres laboratorios de fentanilo en Sinaloa; nueve detenidos"
    )
    assert attachment.suffix == ".txt"
    assert attachment.content.decode("utf-8").startswith("Desmantelan tres laboratorios")


def test_every_fixture_article_is_readable_and_has_a_language() -> None:
    for path in ingest.iter_article_files([ARTICLES]):
        document = ingest.read(path)
        assert document.text.strip(), path.name
        assert document.language in ("es", "en"), path.name

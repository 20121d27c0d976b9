"""The English HTML, DOCX, e-mail and Markdown fixtures and the Spanish PDF read back with
their metadata, and with the article body only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from casefile import ingest

ARTICLES = Path(__file__).parents[2] / "fixtures" / "articles"


def read(name: str) -> ingest.Document:
    return ingest.read(ARTICLES / name)


def test_english_web_page_metadata_comes_from_its_meta_tags() -> None:
    document = read("border-ledger-treasury-sanctions-precursor-network.html")
    assert document.title == (
        "U.S. Treasury sanctions Sinaloa network that moved fentanyl precursors through "
        "Pacific ports"
    )
    assert document.outlet == "The Border Ledger"
    assert document.url == (
        "https://www.borderledger.example/2026/02/11/treasury-sanctions-sinaloa-precursor-network"
    )
    assert document.published == dt.date(2026, 2, 11)
    assert document.author == "Nadia Brennan"
    assert document.language == "en"
    assert document.suffix == ".html"


def test_english_web_page_keeps_the_story_and_its_captions_without_the_page_around_it() -> None:
    document = read("border-ledger-treasury-sanctions-precursor-network.html")
    assert document.text.startswith("WASHINGTON — The U.S. Treasury Department on Tuesday")
    assert document.text.rstrip().endswith("scheduled for next month in Mexico City.")
    assert "the Treasury Department in Washington. REUTERS/Kevin Marsh" in document.text
    assert "Colima state, Mexico. (AP Photo/Rodrigo Peña)" in document.text
    for boilerplate in (
        "Share on Facebook",
        "Copy link",
        "Most read",
        "Cargo wait times",
        "Sign up for The Ledger Daily",
        "Privacy Policy",
        "All rights reserved",
        "Subscribe",
        "ledgerAds",
    ):
        assert boilerplate not in document.text, boilerplate


def test_english_markdown_notes_take_date_and_author_lines_and_the_heading_as_title() -> None:
    document = read("notes-precursor-sanctions-followup.md")
    assert document.published == dt.date(2026, 2, 18)
    assert document.author == "Priya Raman"
    assert document.title == "Follow-up: Treasury sanctions on the Sinaloa precursor network"
    assert document.language == "en"
    assert document.url is None
    assert document.suffix == ".md"
    assert document.text.startswith("# Follow-up: Treasury sanctions")
    assert "date 2026" not in document.text
    assert "author Priya" not in document.text


def test_english_docx_brief_reads_paragraphs_and_core_properties() -> None:
    document = read("rio-bravo-weekly-brief-port-inspections.docx")
    assert document.title == "Weekly Security Brief: precursor inspections at Pacific ports"
    assert document.author == "Rio Bravo Policy Institute"
    assert document.published == dt.date(2026, 2, 17)
    assert document.language == "en"
    assert document.suffix == ".docx"
    paragraphs = document.text.split("\n\n")
    assert "Navy personnel inspect a container at the port of Lázaro Cárdenas. X / @SEMAR_mx" in (
        paragraphs
    )
    assert any(p.startswith("‘We need the serial numbers within 48 hours") for p in paragraphs)


def test_spanish_pdf_reads_its_text_layer_with_title_author_and_date() -> None:
    document = read("linea-fronteriza-revision-conjunta-nogales.pdf")
    assert document.title == (
        "Aduanas de México y EE.UU. revisarán juntas la carga en la garita de Nogales"
    )
    assert document.author == "Redacción Línea Fronteriza"
    assert document.published == dt.date(2026, 2, 19)
    assert document.language == "es"
    assert document.suffix == ".pdf"
    paragraphs = document.text.split("\n\n")
    assert (
        "Agentes de la ANAM y de la CBP revisan un tractocamión en la garita Mariposa | Foto: "
        "Gobierno de Sonora" in paragraphs
    )
    assert any(
        p.startswith("NOGALES, Son., 19 de febrero de 2026.— La Agencia") for p in paragraphs
    )
    assert "«Carga Segura»" in document.text


def test_english_email_reads_headers_and_its_saved_page_attachment() -> None:
    document = read("fwd-pacific-wire-tijuana-tunnel.eml")
    assert document.title == "Fwd: Tijuana tunnel story for the case file"
    assert document.author == "Owen Castellanos"
    assert document.published == dt.date(2026, 2, 14)
    assert document.language == "en"
    assert document.suffix == ".eml"
    assert document.text.startswith("Hi all,")
    assert [part.original_name for part in document.attachments] == [
        "pacific-wire-tijuana-tunnel.html"
    ]


def test_english_email_attachment_is_a_web_page_with_its_own_metadata_and_no_furniture() -> None:
    page = read("fwd-pacific-wire-tijuana-tunnel.eml").attachments[0]
    assert page.title == "Cross-border tunnel found under Tijuana warehouse, Mexican officials say"
    assert page.outlet == "Pacific Wire"
    assert page.url == "https://www.pacificwire.example/2026/02/13/tijuana-tunnel"
    assert page.published == dt.date(2026, 2, 13)  # the page's date, not the e-mail's
    assert page.author == "Carla Denning"
    assert page.language == "en"
    assert page.suffix == ".html"
    assert "TIJUANA, Mexico (Pacific Wire) — Mexican soldiers on Thursday found" in page.text
    assert "Feb. 12, 2026. (AP Photo/Marisol Ortiz)" in page.text
    for boilerplate in ("Tweet", "Home", "All rights reserved", "Privacy"):
        assert boilerplate not in page.text, boilerplate

"""Metadata rules: header lines, datelines, titles, languages and the formats' own fields."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile import ingest
from casefile.ingest.dates import find_dateline, parse_date
from casefile.ingest.metadata import detect_language, guess_title, split_header


def test_date_header_alone_on_the_first_line_is_removed_from_the_body() -> None:
    body, header = split_header("date 2026-01-16\nurl https://example.org/nota\n\nTítulo\n\nTexto.")
    assert header.published == dt.date(2026, 1, 16)
    assert header.url == "https://example.org/nota"
    assert body == "Título\n\nTexto."


def test_date_header_sharing_its_line_with_the_first_paragraph_keeps_the_paragraph() -> None:
    body, header = split_header(" date 2026-01-16 Tras la llamada, ambos acordaron.\n\nOtro.")
    assert header.published == dt.date(2026, 1, 16)
    assert body == "Tras la llamada, ambos acordaron.\n\nOtro."


def test_header_lines_may_come_in_any_order_with_title_outlet_and_author() -> None:
    body, header = split_header(
        "url https://example.org/a\ntitle Reunión en Washington\noutlet Diario X\n"
        "author Ana Pérez\ndate 2026-02-05\nCuerpo de la nota."
    )
    assert header == type(header)(
        published=dt.date(2026, 2, 5),
        url="https://example.org/a",
        title="Reunión en Washington",
        outlet="Diario X",
        author="Ana Pérez",
    )
    assert body == "Cuerpo de la nota."


@pytest.mark.parametrize(
    "text",
    [
        "date of the meeting was set for February.",  # prose, not a header
        "date 2026-13-45 is not a date",
        "url is where the story lives",
    ],
)
def test_lines_that_only_look_like_headers_stay_in_the_body(text: str) -> None:
    body, header = split_header(text)
    assert body == text
    assert header.published is None
    assert header.url is None


def test_document_from_text_uses_the_header_date_over_a_dateline() -> None:
    document = ingest.read_text(
        "date 2026-01-17\nCIUDAD DE MÉXICO, 16 de enero de 2026 (Reuters) — La cancillería."
    )
    assert document.published == dt.date(2026, 1, 17)
    assert document.author == "Reuters"  # the agency wrote it; no site says who published it
    assert document.outlet is None


@pytest.mark.parametrize(
    ("opening", "place", "outlet", "date"),
    [
        ("Washington, 1 jun (EFE).- El Gobierno", "Washington", "EFE", None),
        ("CIUDAD DE MÉXICO, 16 de enero (Reuters) — Los", "CIUDAD DE MÉXICO", "Reuters", None),
        ("WASHINGTON, Feb 5 (Reuters) - Mexico", "WASHINGTON", "Reuters", None),
        ("Culiacán (México), 20 ene (EFE).- Fuerzas", "Culiacán (México)", "EFE", None),
        ("Ciudad de México, 23 de enero de 2026. La SRE", "Ciudad de México", None, (2026, 1, 23)),
        ("MEXICO CITY, January 23, 2026 — The", "MEXICO CITY", None, (2026, 1, 23)),
    ],
)
def test_datelines_give_place_outlet_and_a_date_only_when_the_year_is_known(
    opening: str, place: str, outlet: str | None, date: tuple[int, int, int] | None
) -> None:
    dateline = find_dateline(opening)
    assert dateline is not None
    assert dateline.place == place
    assert dateline.outlet == outlet
    assert dateline.date == (dt.date(*date) if date else None)


def test_dateline_without_a_year_takes_it_from_a_reference_date() -> None:
    dateline = find_dateline("Washington, 12 feb (EFE).- El", reference=dt.date(2026, 2, 13))
    assert dateline is not None
    assert dateline.date == dt.date(2026, 2, 12)


def test_dateline_late_in_december_read_in_january_belongs_to_the_year_before() -> None:
    dateline = find_dateline("Washington, 30 dic (EFE).- El", reference=dt.date(2026, 1, 2))
    assert dateline is not None
    assert dateline.date == dt.date(2025, 12, 30)


def test_sentence_opening_with_a_place_and_date_is_not_a_dateline() -> None:
    assert find_dateline("En Sinaloa, 3 de enero se registraron enfrentamientos.") is None


def test_wire_story_without_a_year_has_no_published_date_but_names_the_agency() -> None:
    document = ingest.read_text("Título breve\n\nWashington, 12 feb (EFE).- El Departamento.")
    assert document.published is None
    assert document.author == "EFE"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-16", (2026, 1, 16)),
        ("2026-01-16T23:30:00-06:00", (2026, 1, 16)),  # the date as written, not converted
        ("Fri, 16 Jan 2026 10:00:00 -0600", (2026, 1, 16)),
        ("D:20260123180000-06'00'", (2026, 1, 23)),
        ("20260123", (2026, 1, 23)),
    ],
)
def test_dates_in_iso_email_and_pdf_forms_are_parsed(
    value: str, expected: tuple[int, int, int]
) -> None:
    assert parse_date(value) == dt.date(*expected)


@pytest.mark.parametrize("value", ["", "mañana", "2026-02-30", "D:2026"])
def test_unparseable_dates_give_none(value: str) -> None:
    assert parse_date(value) is None


def test_short_first_line_is_the_title() -> None:
    assert guess_title("Marina asegura precursores en Manzanillo\n\nLa Secretaría…") == (
        "Marina asegura precursores en Manzanillo"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Una sola línea sin nada más",
        "Esta primera línea es una oración completa que termina en punto.\n\nOtra.",
        "https://example.org/nota\n\nTexto.",
        " ".join(["palabra"] * 40) + "\n\nTexto.",
    ],
)
def test_first_lines_that_are_not_headlines_give_no_title(text: str) -> None:
    assert guess_title(text) is None


def test_language_of_spanish_text_is_es() -> None:
    assert detect_language("El canciller dijo que la reunión será en Washington con los") == "es"


def test_language_of_english_text_is_en() -> None:
    assert detect_language("The minister said that the meeting will be held in Washington") == "en"


@pytest.mark.parametrize("text", ["", "Sheinbaum Trump Rubio", "12345 67890"])
def test_language_is_unknown_for_text_without_function_words(text: str) -> None:
    assert detect_language(text) is None


def test_html_meta_tags_give_title_outlet_url_date_author_and_language() -> None:
    page = """<html lang="en-US"><head>
      <meta property="og:title" content="Talks end with arms deal">
      <meta property="og:site_name" content="The Border Ledger">
      <meta property="og:url" content="https://borderledger.example/og">
      <link rel="canonical" href="https://borderledger.example/canonical">
      <meta name="date" content="2026-02-05">
      <meta name="author" content="Sam Ortiz">
      <title>Talks end | The Border Ledger</title></head>
      <body><article><p>Mexico and the United States agreed on Thursday to share data.</p>
      </article></body></html>"""
    document = ingest.read_html_string(page)
    assert document.title == "Talks end with arms deal"
    assert document.outlet == "The Border Ledger"
    assert document.url == "https://borderledger.example/canonical"
    assert document.published == dt.date(2026, 2, 5)
    assert document.author == "Sam Ortiz"
    assert document.language == "en"


def test_html_lang_is_used_when_the_text_is_too_short_to_tell() -> None:
    document = ingest.read_html_string(
        '<html lang="es"><body><p>Sheinbaum, Rubio.</p></body></html>'
    )
    assert document.language == "es"


def test_html_without_og_title_falls_back_to_the_title_element() -> None:
    page = "<html><head><title>Reunión bilateral</title></head><body><p>Texto.</p></body></html>"
    assert ingest.read_html_string(page).title == "Reunión bilateral"


def test_article_author_given_as_a_profile_url_is_not_taken_as_a_name() -> None:
    page = (
        '<html><head><meta property="article:author" content="https://x.example/ana">'
        "</head><body><p>Texto de la nota.</p></body></html>"
    )
    assert ingest.read_html_string(page).author is None

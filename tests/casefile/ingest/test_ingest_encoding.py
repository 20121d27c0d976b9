"""Text files come out with their accents whatever encoding they were saved in."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from casefile import ingest
from casefile.errors import UnreadableFileError
from casefile.ingest.encoding import decode_text

ARTICLES = Path(__file__).parents[2] / "fixtures" / "articles"

SPANISH = (
    "La Secretaría de Relaciones Exteriores confirmó la reunión de este año; "
    "un niño resultó herido, según “comillas” y «comillas latinas» — ¿qué dijo el señor Núñez?\n"
)


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", SPANISH.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + SPANISH.encode("utf-8")),
        ("utf-16 with BOM", SPANISH.encode("utf-16")),
        ("utf-16-le without BOM", SPANISH.encode("utf-16-le")),
        ("utf-16-be without BOM", SPANISH.encode("utf-16-be")),
        ("utf-32 with BOM", SPANISH.encode("utf-32")),
        ("windows-1252", SPANISH.encode("cp1252")),
    ],
)
def test_spanish_text_decodes_with_its_accents_and_quotes(label: str, data: bytes) -> None:
    assert decode_text(data, "nota.txt") == SPANISH, label


def test_latin1_spanish_text_decodes_with_its_accents() -> None:
    text = "La Secretaría de Relaciones Exteriores informó que el niño y su año escolar.\n"
    assert decode_text(text.encode("latin-1"), "nota.txt") == text


def test_short_windows_1252_text_is_not_mistaken_for_another_code_page() -> None:
    assert decode_text("Peña “sí”".encode("cp1252"), "nota.txt") == "Peña “sí”"


def test_windows_line_ends_become_newlines() -> None:
    assert decode_text(b"uno\r\ndos\rtres\n", "nota.txt") == "uno\ndos\ntres\n"


def test_decomposed_accents_are_composed_so_searches_match() -> None:
    decomposed = "Secretari\u0301a"  # as macOS file names and some editors write it
    assert decode_text(decomposed.encode("utf-8"), "nota.txt") == "Secretaría"


def test_non_latin_text_in_a_legacy_encoding_is_still_decoded() -> None:
    text = "Министерство иностранных дел сообщило о встрече в Вашингтоне. " * 5
    assert decode_text(text.encode("cp1251"), "nota.txt") == text


def test_windows_1252_fixture_reads_with_accents_quotes_and_dashes() -> None:
    document = ingest.read(ARTICLES / "cp1252-decomiso-precursores-manzanillo.txt")
    assert "la Secretaría de Relaciones Exteriores prepara" in document.text
    assert "un niño de 11 años" in document.text
    assert "“Queremos que estos decomisos se traduzcan en menos muertes”" in document.text
    assert "CIUDAD DE MÉXICO, 28 de enero (Reuters) — La Secretaría" in document.text
    assert "\r" not in document.text
    assert document.author == "Reuters"


def test_utf16_fixture_reads_with_accents_and_header() -> None:
    document = ingest.read(ARTICLES / "utf16-sre-llamada-confirma-ministerial.txt")
    assert document.published is not None
    assert document.published.isoformat() == "2026-01-30"
    assert "«Nuestra cooperación funciona cuando ambas partes asumen su responsabilidad»" in (
        document.text
    )
    assert document.title == (
        "La canciller Ortega Villaseñor y el secretario Whitcomb confirman la reunión ministerial"
    )


def test_binary_bytes_are_refused_as_not_text() -> None:
    data = bytes(range(256)) * 8
    with pytest.raises(UnreadableFileError, match=r"foto\.txt: .*binary"):
        decode_text(data, "foto.txt")


def test_damaged_utf16_after_a_bom_is_refused() -> None:
    with pytest.raises(UnreadableFileError, match="damaged"):
        decode_text(codecs.BOM_UTF16_LE + "hola".encode("utf-16-le") + b"\x00\xd8", "nota.txt")


def test_saved_page_declaring_iso_8859_1_is_read_as_windows_1252(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"></head><body>'
        "<p>“La Secretaría de Relaciones Exteriores” confirmó la reunión del año.</p></body></html>"
    )
    path = tmp_path / "pagina.htm"
    path.write_bytes(page.encode("cp1252"))
    document = ingest.read(path)
    assert document.text == "“La Secretaría de Relaciones Exteriores” confirmó la reunión del año."


def test_saved_page_with_a_wrong_charset_label_is_still_decoded(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Peña Nieto, año.</p></body></html>'
    path = tmp_path / "pagina.html"
    path.write_bytes(page.encode("cp1252"))
    assert ingest.read(path).text == "Peña Nieto, año."

"""What a browser drops (text, HTML, links) and dropped folders become documents and file lists."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from casefile import ingest
from casefile.errors import UnreadableFileError


def test_dropped_selection_becomes_a_text_document_stored_as_utf8() -> None:
    text = "Marina asegura precursores\n\nLa Secretaría de Marina aseguró el pasado 11 de enero…"
    document = ingest.read_text(text)
    assert document.text == text
    assert document.content == text.encode("utf-8")
    assert document.suffix == ".txt"
    assert document.title == "Marina asegura precursores"
    assert document.language == "es"
    assert document.original_name is None


def test_dropped_selection_title_from_the_browser_wins_over_a_guess() -> None:
    document = ingest.read_text("Una línea\n\nOtra línea de la nota.", title="Página de origen")
    assert document.title == "Página de origen"


def test_dropped_selection_with_a_date_header_is_dated() -> None:
    document = ingest.read_text(" date 2026-01-16 Tras la llamada, la SRE informó.")
    assert document.published == dt.date(2026, 1, 16)
    assert document.text == "Tras la llamada, la SRE informó."


def test_empty_dropped_selection_is_refused() -> None:
    with pytest.raises(UnreadableFileError, match="The dropped text: there is no text"):
        ingest.read_text("  \n ")


def test_dropped_link_is_stored_with_its_title_and_never_fetched() -> None:
    url = "https://www.diariofronteranorte.example/seguridad/2026/02/06/metas"
    document = ingest.read_url(url, title="México y EU fijan metas contra el tráfico de armas")
    assert document.url == url
    assert document.title == "México y EU fijan metas contra el tráfico de armas"
    assert document.text == f"{document.title}\n\n{url}"
    assert document.outlet == "diariofronteranorte.example"
    assert document.content == url.encode("utf-8")
    assert document.published is None


def test_dropped_link_without_a_title_is_its_address() -> None:
    document = ingest.read_url("https://example.org/nota")
    assert document.text == "https://example.org/nota"
    assert document.title is None


@pytest.mark.parametrize("url", ["", "   ", "no es una dirección"])
def test_dropped_text_that_is_not_a_link_is_refused(url: str) -> None:
    with pytest.raises(UnreadableFileError, match="not a web address"):
        ingest.read_url(url)


def test_dropped_html_selection_keeps_everything_selected() -> None:
    fragment = (
        "<html><body><!--StartFragment--><nav>Sección Seguridad</nav>"
        "<p>“Vamos a medir resultados”, dijo la canciller.</p>"
        "<p>Foto de la reunión / FB: @SREMX</p><!--EndFragment--></body></html>"
    )
    document = ingest.read_html_string(fragment, base_url="https://example.org/nota")
    assert document.text == (
        "Sección Seguridad\n\n“Vamos a medir resultados”, dijo la canciller.\n\n"
        "Foto de la reunión / FB: @SREMX"
    )
    assert document.url == "https://example.org/nota"
    assert document.suffix == ".html"
    assert document.content == fragment.encode("utf-8")


def test_dropped_html_without_page_tags_is_read_as_a_selection() -> None:
    document = ingest.read_html_string("<b>Reunión</b> en <i>Washington</i><br>el 5 de febrero")
    assert document.text == "Reunión en Washington\nel 5 de febrero"


def test_html_script_and_style_never_reach_the_text() -> None:
    page = "<html><head><style>p{}</style></head><body><script>var x=1;</script><p>Nota.</p>"
    assert ingest.read_html_string(page).text == "Nota."


def make_tree(root: Path) -> None:
    (root / "b-carpeta").mkdir(parents=True)
    (root / ".oculta").mkdir()
    (root / "a.txt").write_text("uno", encoding="utf-8")
    (root / "C.PDF").write_bytes(b"%PDF")
    (root / "video.mp4").write_bytes(b"\x00\x00\x00\x18ftyp")
    (root / ".borrador.txt").write_text("oculto", encoding="utf-8")
    (root / ".oculta" / "x.txt").write_text("oculto", encoding="utf-8")
    (root / "b-carpeta" / "d.eml").write_text("From: a@b.c\n\nhola", encoding="utf-8")
    (root / "b-carpeta" / "e.html").write_text("<p>hola</p>", encoding="utf-8")


def test_dropped_folder_expands_recursively_to_supported_visible_files_in_order(
    tmp_path: Path,
) -> None:
    make_tree(tmp_path)
    found = [
        path.relative_to(tmp_path).as_posix() for path in ingest.iter_article_files([tmp_path])
    ]
    assert found == ["a.txt", "b-carpeta/d.eml", "b-carpeta/e.html", "C.PDF"]


def test_file_dropped_twice_or_inside_a_dropped_folder_is_listed_once(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = list(ingest.iter_article_files([tmp_path / "a.txt", tmp_path, tmp_path / "a.txt"]))
    assert len(found) == len(set(found)) == 4


def test_directly_dropped_unsupported_file_is_listed_so_reading_can_say_why(
    tmp_path: Path,
) -> None:
    make_tree(tmp_path)
    found = list(ingest.iter_article_files([tmp_path / "video.mp4"]))
    assert found == [tmp_path / "video.mp4"]
    with pytest.raises(UnreadableFileError, match=r"cannot read \.mp4 files"):
        ingest.read(found[0])


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_in_a_dropped_folder_does_not_loop(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "b-carpeta" / "vuelta").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "enlace.txt").symlink_to(tmp_path / "a.txt")
    found = list(ingest.iter_article_files([tmp_path]))
    assert len(found) == 4

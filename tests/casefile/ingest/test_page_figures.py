"""A saved web page keeps its figures: each caption gets the picture it stood beside, from the
page's "_files" folder or an inline data URI; nothing is fetched, nothing outside the page's
folder is read, and the folder's pictures are not sources of their own."""

from __future__ import annotations

import base64
from pathlib import Path

from pictures import photo
from sqlmodel import select

from casefile import ingest
from casefile.importer import import_paths
from casefile.library import Library
from casefile.models import Caption, Source

PAGE = """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Paraguay y Brasil revisan Itaipú | Diario del Sur</title></head><body>
<article><h1>Paraguay y Brasil revisan el anexo de Itaipú</h1>
<p>Asunción, 4 de abril de 2026. Los equipos técnicos de Paraguay y Brasil se reunieron el
pasado martes para revisar la tarifa de la energía de la represa binacional.</p>
<figure><img src="{first}" alt="">
<figcaption>Los negociadores posan frente a la represa / Foto: Agencia IP</figcaption></figure>
<p>El canciller paraguayo dijo que “la revisión avanza a buen ritmo”.</p>
<figure><img src="{second}" alt="">
<figcaption>Vista del vertedero durante la visita / Foto: Itaipú Binacional</figcaption></figure>
<figure><img src="https://example.org/solo-en-la-web.jpg" alt="">
<figcaption>Una foto que solo está en la web / Foto: Archivo</figcaption></figure>
<figure><img src="../fuera.jpg" alt="">
<figcaption>Un archivo fuera de la carpeta de la página / Foto: Especial</figcaption></figure>
<figure><img src="vecino.jpg" alt="">
<figcaption>Otro archivo junto a la página / Foto: Archivo personal</figcaption></figure>
</article></body></html>"""


def _saved_page(folder: Path) -> tuple[Path, bytes, bytes]:
    first = photo((400, 260), colour="navy")
    second = photo((400, 260), colour="maroon", fmt="PNG")
    files = folder / "itaipu_files"
    files.mkdir(parents=True)
    (files / "negociadores.jpg").write_bytes(first)
    (folder.parent / "fuera.jpg").write_bytes(photo((50, 50)))
    (folder / "vecino.jpg").write_bytes(photo((60, 60)))  # beside the page, not saved with it
    inline = "data:image/png;base64," + base64.b64encode(second).decode("ascii")
    page = folder / "itaipu.html"
    page.write_text(PAGE.format(first="itaipu_files/negociadores.jpg", second=inline), "utf-8")
    return page, first, second


def test_each_caption_gets_the_picture_beside_it(library: Library, tmp_path: Path) -> None:
    page, first, second = _saved_page(tmp_path / "descargas")
    case = library.create_case("Paraguay–Brasil", ["PY", "BR"])

    (page.parent / "vecino.jpg").unlink()  # in a dropped folder it would be a source itself
    report = import_paths(library, case.id, [page.parent])  # the whole folder, as dropped

    assert [name for name, _ in report.added] == ["itaipu.html"]  # its pictures are no sources
    with library.session() as session:
        captions = {c.caption: c for c in session.exec(select(Caption))}
        assert len(session.exec(select(Source)).all()) == 1
    pictures = {
        caption: library.files.path(item.image_file).read_bytes() if item.image_file else None
        for caption, item in captions.items()
    }
    assert pictures["Los negociadores posan frente a la represa"] == first
    assert pictures["Vista del vertedero durante la visita"] == second
    assert pictures["Una foto que solo está en la web"] is None  # never fetched
    assert pictures["Un archivo fuera de la carpeta de la página"] is None
    stored = sorted(p.name for p in library.files.root.rglob("*") if p.is_file())
    assert len(stored) == 3  # the page and its two pictures: nothing no row names


def test_a_page_dropped_from_a_browser_keeps_only_its_inline_pictures(tmp_path: Path) -> None:
    _page, _first, second = _saved_page(tmp_path / "descargas")
    html = (tmp_path / "descargas" / "itaipu.html").read_text("utf-8")
    document = ingest.read_html_string(html)
    assert [figure.data for figure in document.figures] == [second]


def test_a_figure_whose_file_is_no_picture_is_left_without_one(tmp_path: Path) -> None:
    page, _first, _second = _saved_page(tmp_path / "descargas")
    (page.parent / "itaipu_files" / "negociadores.jpg").write_bytes(b"<html>not found</html>")
    document = ingest.read(page)
    assert [figure.caption.split(" / ")[0] for figure in document.figures] == [
        "Vista del vertedero durante la visita"
    ]


def test_a_picture_beside_the_page_but_not_saved_with_it_is_not_read(tmp_path: Path) -> None:
    page, first, second = _saved_page(tmp_path / "descargas")
    document = ingest.read(page)  # vecino.jpg lies beside the page, outside itaipu_files/
    assert [figure.data for figure in document.figures] == [first, second]

"""Scans and pictures of text read by OCR: an article printed, rasterised at 200 dpi and
imported as a scan proposes what its text does, with evidence in the recognised text; long
scans report each page and stop between two pages, leaving nothing half stored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pictures import FONTS, character_accuracy, printed_pdf, scanned_pdf, scanned_tiff
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlmodel import select

from casefile import ingest
from casefile.domain import SourceKind
from casefile.errors import UnreadableFileError
from casefile.importer import import_paths
from casefile.library import Library
from casefile.models import Caption, Event, Quote, Source

pytestmark = pytest.mark.usefixtures("tesseract")

SHARED_CORPUS = Path("/work/shared/corpus/mx-us-security-2026-01-16.txt")

# Our own words: a dated meeting, a relative date, a quote with its speaker, a photo caption.
ARTICLE = """date 2026-02-10

Bolivia y Chile retoman el diálogo sobre las aguas del Silala

La Paz, 10 de febrero. Los cancilleres de Bolivia y Chile se reunieron el pasado 3 de febrero \
en Santiago para revisar la hoja de ruta sobre el uso de las aguas del Silala y el paso \
fronterizo de Colchane, cerrado desde hace meses por las protestas de los transportistas.

La canciller chilena, Elena Riquelme, afirmó que “el diálogo directo es el único camino que \
ambos pueblos merecen y no vamos a abandonarlo”.

El ministro boliviano Tomás Quiroga anunció que una comisión técnica se reunirá el próximo \
14 de marzo en La Paz para medir el caudal del río junto a expertos de las dos partes.

Los cancilleres durante la firma del acta en Santiago / Foto: Cancillería de Chile

Según Quiroga, “la confianza se construye con datos compartidos y con visitas frecuentes”.
"""


def _proposals(library: Library, case_id: int) -> dict[str, set[tuple[object, ...]]]:
    with library.session() as session:
        events = session.exec(select(Event).where(Event.case_id == case_id)).all()
        quotes = session.exec(select(Quote).where(Quote.case_id == case_id)).all()
        captions = session.exec(select(Caption).where(Caption.case_id == case_id)).all()
    return {
        "events": {(e.date, e.precision, e.title) for e in events},
        "quotes": {(q.text, q.speaker) for q in quotes},
        "captions": {(c.caption, c.credit) for c in captions},
    }


def _import_both(library: Library, text_path: Path, scan_path: Path) -> tuple[dict, dict]:
    as_text = library.create_case("Como texto", [])
    as_scan = library.create_case("Como escaneo", [])
    assert import_paths(library, as_text.id, [text_path]).added
    assert import_paths(library, as_scan.id, [scan_path]).added
    return _proposals(library, as_text.id), _proposals(library, as_scan.id)


def test_a_scanned_article_proposes_what_its_text_does(library: Library, tmp_path: Path) -> None:
    text_path = tmp_path / "silala.txt"
    text_path.write_text(ARTICLE, encoding="utf-8")
    scan = scanned_pdf(ARTICLE, tmp_path)

    from_text, from_scan = _import_both(library, text_path, scan)

    assert from_text["events"]
    assert from_text["quotes"]
    assert from_text["captions"]
    assert from_scan == from_text
    with library.session() as session:
        source = session.exec(select(Source).where(Source.original_name == "escaneo.pdf")).one()
        quotes = session.exec(select(Quote).where(Quote.source_id == source.id)).all()
    for quote in quotes:  # evidence points into the recognised text
        assert source.text[quote.evidence_start : quote.evidence_end] == quote.evidence_text
        assert quote.text in quote.evidence_text


@pytest.mark.skipif(not SHARED_CORPUS.is_file(), reason="the shared corpus is not on this machine")
def test_the_shared_corpus_article_read_from_a_scan(library: Library, tmp_path: Path) -> None:
    original = SHARED_CORPUS.read_text(encoding="utf-8")
    scan = scanned_pdf(original, tmp_path)
    document = ingest.read(scan)
    body = ingest.read(SHARED_CORPUS).text

    assert document.read_by_ocr
    assert character_accuracy(document.text, body) >= 0.98
    from_text, from_scan = _import_both(library, SHARED_CORPUS, scan)
    assert from_scan == from_text


def test_a_text_layer_of_garbage_is_read_again_from_the_page(tmp_path: Path) -> None:
    # The page shows the article as a picture, under an invisible layer of junk glyphs, as a
    # scanner's bad OCR or a font without a Unicode map leaves it.
    [page] = _rasterised_text_page("Los presidentes firmaron el acuerdo fronterizo en Quito.")
    picture = tmp_path / "page.png"
    page.save(picture)
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    sheet.drawImage(str(picture), 0, 0, width, height)
    junk = sheet.beginText(40, height - 60)
    junk.setTextRenderMode(3)  # invisible
    junk.setFont("Helvetica", 9)
    for _ in range(6):
        junk.textLine("ÉÏÒÍ ÌÑ ÞÐÆ ØÝÞ ÏÌ ÐÞ ÆØ ÝÐ ÞÏ ÌÆ ØÐ ÝÏ")
    sheet.drawText(junk)
    sheet.showPage()
    sheet.save()
    path = tmp_path / "capa-rota.pdf"
    path.write_bytes(buffer.getvalue())

    document = ingest.read(path)
    assert document.read_by_ocr
    assert "firmaron el acuerdo fronterizo" in document.text


def test_a_pdf_with_a_real_text_layer_is_not_read_by_ocr(tmp_path: Path) -> None:
    document = ingest.read(printed_pdf(ARTICLE, tmp_path / "digital.pdf"))
    assert not document.read_by_ocr
    assert "Elena Riquelme" in document.text


def test_a_multi_page_tiff_scan_reads_every_page(tmp_path: Path) -> None:
    long_text = "\n\n".join([ARTICLE] * 3)  # two pages or more once printed
    scan = scanned_tiff(long_text, tmp_path)
    with Image.open(scan) as image:
        assert image.n_frames >= 2
    document = ingest.read(scan)
    assert document.kind == SourceKind.IMAGE
    assert document.read_by_ocr
    assert document.text.count("Elena Riquelme") == 3


def test_a_screenshot_of_a_post_becomes_the_sources_text(tmp_path: Path) -> None:
    lines = [
        "Cancillería de Guatemala",
        "Hoy recibimos al canciller de México para revisar la agenda migratoria",
        "y la cooperación en la frontera sur. Seguiremos trabajando juntos.",
    ]
    screenshot = Image.new("RGB", (900, 200), "white")
    draw = ImageDraw.Draw(screenshot)
    font = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 18)
    for number, line in enumerate(lines):
        draw.text((20, 20 + number * 40), line, fill="black", font=font)
    path = tmp_path / "captura.png"
    screenshot.save(path)

    document = ingest.read(path)
    assert document.read_by_ocr
    assert "agenda migratoria" in document.text
    assert document.figures
    assert document.figures[0].caption == ""


def test_scan_progress_reports_each_page(tmp_path: Path) -> None:
    scan = scanned_pdf("\n\n".join([ARTICLE] * 3), tmp_path)
    seen: list[tuple[int, int]] = []
    ingest.read(scan, ingest.Steps(progress=lambda done, total: seen.append((done, total))))
    total = seen[-1][1]
    assert total >= 2
    assert seen == [(page, total) for page in range(total + 1)]


def test_cancelling_a_scan_between_pages_stores_nothing(library: Library, tmp_path: Path) -> None:
    case = library.create_case("Caso", [])
    scan = scanned_pdf("\n\n".join([ARTICLE] * 3), tmp_path)
    pages: list[int] = []

    report = import_paths(
        library,
        case.id,
        [scan],
        pages=lambda _name, done, _total: pages.append(done),
        cancelled=lambda: len(pages) >= 1,  # the analyst presses Cancel during page one
    )

    assert report.cancelled
    assert not report.added
    assert pages == [0]
    with library.session() as session:
        assert session.exec(select(Source)).first() is None
    assert not [path for path in library.files.root.rglob("*") if path.is_file()]


def test_a_blank_scan_is_refused_with_a_sentence(tmp_path: Path) -> None:
    blank = Image.new("L", (1654, 2339), 255)
    path = tmp_path / "blanco.pdf"
    blank.save(path, "PDF", resolution=200)
    with pytest.raises(UnreadableFileError, match=r"^blanco\.pdf: no text could be read"):
        ingest.read(path)


def _rasterised_text_page(sentence: str) -> list[Image.Image]:
    page = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 30)
    for number in range(8):
        draw.text((150, 200 + number * 60), sentence, fill=0, font=font)
    return [page]


def test_a_scans_own_date_does_not_date_its_article(tmp_path: Path) -> None:
    # The scanner stamps the day it scanned; an undated article stays undated rather than
    # having "el pasado jueves" resolved against that day.
    undated = ARTICLE.replace("date 2026-02-10\n\n", "").replace("La Paz, 10 de febrero. ", "")
    document = ingest.read(scanned_pdf(undated, tmp_path))
    assert document.read_by_ocr
    assert document.published is None


def test_a_page_metres_wide_is_drawn_smaller_not_into_gigabytes(tmp_path: Path) -> None:
    # A few hundred bytes of PDF whose page, drawn at 300 dpi, would be 3.6 gigapixels.
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=(14_400, 14_400))
    sheet.rect(100, 100, 50, 50, fill=1)
    sheet.showPage()
    sheet.save()
    path = tmp_path / "enorme.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(UnreadableFileError, match=r"^enorme\.pdf: no text could be read"):
        ingest.read(path)

"""The brief as a real PDF, read back with pypdf: what it prints, what it leaves out."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from casefile.brief import BriefOptions, build
from casefile.library import Library

ISSUED = dt.date(2026, 3, 2)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _flat(path: Path) -> str:
    """The PDF's text with line breaks undone, for phrases a table cell may wrap."""
    return re.sub(r"\s+", " ", _text(path))


def _build(library: Library, case_id: int, tmp_path: Path, **options: Any) -> tuple[Path, Any]:
    out = tmp_path / "brief.pdf"
    report = build(library, case_id, BriefOptions(issued=ISSUED, **options), out)
    return out, report


def test_english_brief_prints_every_section_title_and_page_numbers(library, case_id, tmp_path):
    out, report = _build(library, case_id, tmp_path, language="en")
    text = _flat(out)
    for title in (
        "Summary",
        "Key developments",
        "Key quotes",
        "Images and captions",
        "Actors",
        "Sources",
    ):
        assert title in text
    assert report.pages == len(PdfReader(out).pages) >= 2
    assert f"Page 2 of {report.pages}" in text
    assert "Mexico · United States" in text
    assert "January 23, 2026" in text
    assert "February 2026" in text


def test_spanish_brief_uses_spanish_titles_dates_and_quotes(library, case_id, tmp_path):
    out, report = _build(library, case_id, tmp_path, language="es")
    text = _flat(out)
    for title in (
        "Resumen",
        "Hechos clave",
        "Declaraciones clave",
        "Imágenes y pies de foto",
        "Actores",
        "Fuentes",
    ):
        assert title in text
    assert f"Página 2 de {report.pages}" in text
    assert "México · Estados Unidos" in text
    assert "23 de enero de 2026" in text
    assert "febrero de 2026" in text
    assert "«La cooperación debe respetar nuestra soberanía»" in text
    assert "previsto" in text
    assert "¿acuerdo? ¡Sí!" in text


def test_only_accepted_items_are_printed(library, case_id, tmp_path):
    out, _ = _build(library, case_id, tmp_path)
    text = _flat(out)
    assert "La cooperación debe respetar nuestra soberanía" in text
    assert "Every lab closed is a life saved" in text
    assert "Rejected development" not in text
    assert "Proposed development" not in text
    assert "Rejected quotation text" not in text


def test_captions_print_with_credits_and_a_missing_image_does_not_break_the_export(
    library, case_id, tmp_path
):
    out, _ = _build(library, case_id, tmp_path)
    text = _flat(out)
    assert "Fusiles asegurados en Nogales" in text
    assert "Foto: Especial" in text
    assert "Imagen perdida" in text
    assert "Foto: AP" in text
    assert "(image not available)" in text
    images = [img for page in PdfReader(out).pages for img in page.images]
    assert len(images) == 1


def test_a_corrupt_image_prints_as_not_available(library, case_id, tmp_path):
    [stored] = [p for p in library.files.root.rglob("*.png")]
    stored.write_bytes(b"\x89PNG\r\n\x1a\nnot really a png")
    out, _ = _build(library, case_id, tmp_path)
    assert _flat(out).count("(image not available)") == 2


def test_every_note_number_resolves_and_uncited_sources_are_left_out(library, case_id, tmp_path):
    out, report = _build(library, case_id, tmp_path)
    text = _flat(out)
    body, _, notes = text.rpartition("Sources")
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
    listed = [int(n) for n in re.findall(r"\[(\d+)\]", notes)]
    assert cited == set(listed) == {1, 2, 3}
    assert listed == [1, 2, 3]
    assert report.notes == 3
    assert "Uncited Gazette" not in text
    assert "https://sre.example/comunicado" in text
    # Numbered by first citation: the timeline cites SRE first, then Reuters.
    assert re.search(r"\[1\] SRE", notes)
    assert re.search(r"\[2\] Reuters", notes)


def test_fonts_are_embedded_and_metadata_and_outline_are_set(library, case_id, tmp_path):
    out = tmp_path / "brief.pdf"
    build(library, case_id, BriefOptions(author="Ana López", organisation="Observatorio"), out)
    reader = PdfReader(out)
    descriptors = [
        font["/FontDescriptor"]
        for page in reader.pages
        for font in (page["/Resources"]["/Font"].values())
        for font in [font.get_object()]
        for font in font.get("/DescendantFonts", [font])
        for font in [font.get_object()]
        if "/FontDescriptor" in font
    ]
    assert descriptors
    assert all("/FontFile2" in d.get_object() for d in descriptors)
    assert reader.metadata.title == "Seguridad México–EE.UU."
    assert reader.metadata.author == "Ana López, Observatorio"
    titles = [entry.title for entry in reader.outline]
    assert titles == [
        "Summary",
        "Key developments",
        "Key quotes",
        "Images and captions",
        "Actors",
        "Sources",
    ]


def test_classification_is_marked_on_every_page(library, case_id, tmp_path):
    out, _ = _build(library, case_id, tmp_path, classification="Uso interno")
    for page in PdfReader(out).pages:
        assert (page.extract_text() or "").count("USO INTERNO") == 2


def test_chosen_sections_only_and_no_dangling_note_numbers(library, case_id, tmp_path):
    out, report = _build(library, case_id, tmp_path, sections=frozenset({"quotes"}))
    text = _flat(out)
    assert "Key quotes" in text
    assert "Key developments" not in text
    assert not re.search(r"\[\d+\]", text)
    assert [entry.title for entry in PdfReader(out).outline] == ["Key quotes"]
    assert report.notes == 0


def test_period_filters_the_timeline(library, case_id, tmp_path):
    out, _ = _build(library, case_id, tmp_path, date_from=dt.date(2026, 1, 25))
    text = _flat(out)
    assert "Planned ministerial" in text
    assert "Grupo de Implementación" not in text


def test_outline_entries_open_the_page_their_heading_is_on(library, case_id, tmp_path):
    out, report = _build(library, case_id, tmp_path, language="es")
    reader = PdfReader(out)
    pages = [reader.get_destination_page_number(entry) for entry in reader.outline]
    assert pages[0] == 1  # the summary follows the cover
    assert pages == sorted(pages)
    assert pages[-1] == report.pages - 1
    for entry, number in zip(reader.outline, pages, strict=True):
        assert entry.title in (reader.pages[number].extract_text() or "")


def test_tags_keep_only_tagged_items_and_the_sources_they_cite(library, case_id, tmp_path):
    event = next(e for e in library.items("event", case_id) if e.title == "Planned ministerial")
    library.set_tags("event", event.id, ["armas"])
    out, report = _build(library, case_id, tmp_path, tags=frozenset({"armas"}))
    text = _flat(out)
    assert "Planned ministerial" in text
    assert "Grupo de Implementación" not in text
    assert "La cooperación debe respetar nuestra soberanía" not in text
    assert report.notes == 1
    assert re.search(r"\[1\] Reuters", text)


def _cover(path: Path) -> str:
    return re.sub(r"\s+", " ", PdfReader(path).pages[0].extract_text() or "")


def _dated_case(library: Library, *events: tuple[dt.date, str]) -> int:
    from casefile.models import Event

    case = library.create_case("Periodo")
    assert case.id is not None
    for day, precision in events:
        library.add(Event(case_id=case.id, date=day, precision=precision, title="Hecho"))
    return case.id


def test_cover_period_keeps_each_end_at_its_precision(library, tmp_path):
    case_id = _dated_case(library, (dt.date(2025, 10, 1), "month"), (dt.date(2026, 2, 12), "day"))
    out, _ = _build(library, case_id, tmp_path)
    assert "October 2025 – February 12, 2026" in _cover(out)
    assert "October 1, 2025" not in _cover(out)
    out, _ = _build(library, case_id, tmp_path, language="es")
    assert "octubre de 2025 – 12 de febrero de 2026" in _cover(out)


def test_cover_period_of_one_month_names_it_once(library, tmp_path):
    case_id = _dated_case(library, (dt.date(2026, 5, 1), "month"))
    out, _ = _build(library, case_id, tmp_path)
    assert "PERIOD COVERED May 2026 DATE" in _cover(out)


def test_cover_period_the_analyst_chose_is_printed_in_days(library, tmp_path):
    case_id = _dated_case(library, (dt.date(2026, 5, 1), "month"))
    out, _ = _build(
        library, case_id, tmp_path, date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 6, 30)
    )
    assert "April 1 – June 30, 2026" in _cover(out)


def test_letter_paper_for_readers_in_the_united_states(library, case_id, tmp_path):
    out, _ = _build(library, case_id, tmp_path, paper="letter")
    pages = PdfReader(out).pages
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} == {
        (612, 792)
    }
    assert "Page 2 of" in _text(out)
    a4, _ = _build(library, case_id, tmp_path)
    assert round(float(PdfReader(a4).pages[0].mediabox.height)) == 842


def test_a_source_without_headline_is_cited_by_its_lead_never_its_file_name(library, tmp_path):
    from casefile.models import CaseSource, Event, Source

    case = library.create_case("Bolivia–Chile", ["BO", "CL"])
    lead = "Los cancilleres de ambos países se reunieron en Arica para revisar la agenda común."
    source = library.add(
        Source(
            content_hash="7" * 64,
            original_name="bo-cl-nota-2026-01-16.txt",
            outlet="Diario del Norte",
            published=dt.date(2026, 1, 16),
            text=lead + " Otra frase sigue aquí, más larga, sin importancia para la nota.",
        )
    )
    library.add(CaseSource(case_id=case.id, source_id=source.id))
    library.add(
        Event(case_id=case.id, source_id=source.id, date=dt.date(2026, 1, 15), title="Cita")
    )
    out, report = _build(library, case.id, tmp_path)
    assert report.notes == 1
    assert "bo-cl-nota-2026-01-16.txt" not in _flat(out)
    cited = lead.rstrip(".")
    assert f"«{cited}»" in _flat(out) or f"“{cited}”" in _flat(out)

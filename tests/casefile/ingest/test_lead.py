"""A source whose page gave no headline is named by its lead, never by its file name."""

from __future__ import annotations

from pathlib import Path

from casefile.importer import import_paths
from casefile.ingest.lead import LEAD_CHARS, lead_of
from casefile.library import Library

ARTICLE = (
    "date 2026-01-16\n"
    "url https://diario.example/2026/01/16/nota\n"
    "Fronteras\n\n"
    "Los jefes de las diplomacias de ambos países firmaron ayer en Arica un memorando sobre "
    "pasos fronterizos. La próxima ronda será en marzo.\n"
)


def test_importing_an_article_without_headline_titles_it_by_its_lead(tmp_path: Path) -> None:
    article = tmp_path / "bo-cl-nota-2026-01-16.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    library = Library.open(tmp_path / "library")
    case = library.create_case("Bolivia–Chile", ["BO", "CL"])
    import_paths(library, case.id, [article])
    (source,) = library.sources(case.id)
    assert source.title.startswith("Los jefes de las diplomacias de ambos países firmaron")
    assert "bo-cl-nota" not in source.title
    library.close()


def test_lead_skips_captions_and_short_chrome_and_clips_at_a_word() -> None:
    text = (
        "Inicio\n"
        "El canciller saluda a su homólogo en el palacio. Foto: EFE\n"
        + "La reunión bilateral "
        + "duró varias horas y abordó la agenda común " * 5
        + ".\n"
    )
    lead = lead_of(text)
    assert lead.startswith("La reunión bilateral duró")
    assert lead.endswith("…")
    assert len(lead) <= LEAD_CHARS
    assert not lead[:-1].endswith(" ")


def test_a_quotation_opening_the_lead_leaves_no_lone_mark() -> None:
    text = "“Valoramos mucho el gesto del canciller británico con la región. Lo esperamos”, dijo."
    assert lead_of(text) == "Valoramos mucho el gesto del canciller británico con la región"


def test_text_with_no_sentence_of_prose_has_no_lead() -> None:
    assert lead_of("Inicio\nPolítica\nCompartir") == ""


def test_a_lead_keeps_no_hashtags() -> None:
    text = (
        "#VIDEO #FOTOS Ruiz y Lezcano firman el acuerdo de pesca en la sede #7Mar\n\nOtro párrafo."
    )
    assert lead_of(text) == "Ruiz y Lezcano firman el acuerdo de pesca en la sede"


def test_a_wire_dateline_is_no_part_of_the_lead() -> None:
    text = (
        "QUITO, 30 Dic. 2025 (Agencia Norte) - El presidente de Ecuador se ha comprometido este "
        "martes a reabrir el paso fronterizo."
    )
    assert lead_of(text).startswith("El presidente de Ecuador se ha comprometido")


def test_a_push_or_newsletter_prompt_is_no_lead() -> None:
    text = (
        "Get real time updates directly on your device, subscribe now.\n\n"
        "The foreign minister visited Quito on Sunday after eight months of tension."
    )
    assert lead_of(text).startswith("The foreign minister visited Quito")

"""One event, many sources, in the brief: each row cites every source that reports it, says
how many do and which days they disagree on, over a vector picture of the timeline and the
relation month by month."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from casefile import consolidate
from casefile.brief import build
from casefile.brief.charts import charted
from casefile.brief.content import BriefOptions, TimelineEntry
from casefile.library import Library
from casefile.models import CaseSource, Event, EventSource, Source

ISSUED = dt.date(2026, 2, 1)


def _flat(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def _case(library: Library) -> int:
    case = library.create_case("Frontera norte", ["MX", "US"])
    assert case.id is not None
    sources = []
    for number, outlet in enumerate(("Diario Norte", "Wire Service", "Gaceta"), start=1):
        source = library.add(
            Source(content_hash=f"{number:064d}", title=f"Nota {number}", outlet=outlet)
        )
        library.add(CaseSource(case_id=case.id, source_id=source.id))
        sources.append(source.id)
    met = library.add(
        Event(case_id=case.id, date=dt.date(2026, 1, 13), title="Cancilleres se reúnen",
              category="consult", source_id=sources[0], evidence_text="se reunieron")
    )  # fmt: skip
    other = library.add(
        Event(case_id=case.id, date=dt.date(2026, 1, 14), title="Ministers meet",
              category="consult", source_id=sources[1], evidence_text="met")
    )  # fmt: skip
    library.add(
        Event(case_id=case.id, date=dt.date(2026, 1, 20), title="Aranceles al acero",
              category="sanction", source_id=sources[2], evidence_text="impuso aranceles")
    )  # fmt: skip
    with library.session() as session:
        session.add(EventSource(event_id=met.id, source_id=sources[0], date=met.date))
        session.add(EventSource(event_id=other.id, source_id=sources[1], date=other.date))
        session.commit()
    consolidate.merge(library, met.id, other.id)  # two sources, two days: a conflict
    return case.id


def test_a_row_cites_every_source_and_says_how_many_and_which_days(
    library: Library, tmp_path: Path
) -> None:
    case_id = _case(library)
    out = tmp_path / "brief.pdf"
    build(library, case_id, BriefOptions(issued=ISSUED, language="en"), out)
    text = _flat(out)
    assert "Cancilleres se reúnen" in text
    assert "Ministers meet" not in text  # merged into the first: one row
    assert "Reported by 2 sources" in text
    assert "Sources give different days: January 13, 2026 [1]; January 14, 2026 [2]" in text
    assert "[1] [2]" in text
    assert "The relation month by month" in text


def test_the_timeline_picture_is_drawn_as_vectors_with_its_words_as_text(
    library: Library, tmp_path: Path
) -> None:
    case_id = _case(library)
    out = tmp_path / "brief.pdf"
    build(library, case_id, BriefOptions(issued=ISSUED, language="es"), out)
    page = PdfReader(out).pages[1]
    assert not page.images  # drawn, not pasted as a picture
    words = page.extract_text() or ""
    for word in ("reunión", "sanción", "cooperación", "conflicto"):
        assert word in words


def _entry(day: dt.date) -> TimelineEntry:
    return TimelineEntry(day, None, "day", "Hecho", "", "", "occurred", (1,))


def test_a_few_old_events_do_not_stretch_the_picture_over_a_century() -> None:
    recent = [_entry(dt.date(2025, month, 10)) for month in range(1, 13)]
    old = [_entry(dt.date(1859, 1, 1)), _entry(dt.date(1945, 5, 8))]
    shown = charted([*old, *recent])
    assert shown == recent  # the year of news fills the picture; the table keeps them all
    assert charted(recent) == recent
    assert charted([*old[:1], *recent[:3]]) == [*old[:1], *recent[:3]]  # too few to judge


def test_the_caption_says_how_many_earlier_events_only_the_table_lists(
    library: Library, tmp_path: Path
) -> None:
    case_id = _case(library)
    source = library.add(Source(content_hash=f"{9:064d}", title="Historia", outlet="Gaceta"))
    library.add(CaseSource(case_id=case_id, source_id=source.id))
    for year in (1859, 1903):
        library.add(
            Event(case_id=case_id, date=dt.date(year, 1, 1), precision="year",
                  title=f"Tratado de {year}", category="agree", source_id=source.id,
                  evidence_text=str(year))
        )  # fmt: skip
    for day in range(1, 13):
        library.add(
            Event(case_id=case_id, date=dt.date(2026, 1, 15 + day), title=f"Reunión {day}",
                  category="consult", source_id=source.id, evidence_text="se reunieron")
        )  # fmt: skip
    out = tmp_path / "brief.pdf"
    build(library, case_id, BriefOptions(issued=ISSUED, language="es"), out)
    text = _flat(out)
    assert "2 hechos anteriores, desde 1859, figuran en la tabla, no en el gráfico" in text
    assert "Tratado de 1859" in text


def test_a_headline_that_quotes_someone_is_printed_in_one_pair_of_marks(
    library: Library, tmp_path: Path
) -> None:
    case = library.create_case("Frontera norte", ["MX", "US"])
    assert case.id is not None
    for title in ('"La frontera está abierta"', 'Ruiz says "no crisis" after talks'):
        source = library.add(
            Source(content_hash=f"{len(title):064d}", title=title, outlet="Gaceta")
        )
        library.add(CaseSource(case_id=case.id, source_id=source.id))
        library.add(
            Event(case_id=case.id, date=dt.date(2026, 1, 13), title="Cancilleres se reúnen",
                  category="consult", source_id=source.id, evidence_text="se reunieron")
        )  # fmt: skip
    out = tmp_path / "brief.pdf"
    build(library, case.id, BriefOptions(issued=ISSUED, language="en"), out)
    text = _flat(out)
    assert "“La frontera está abierta”" in text
    assert "“Ruiz says ‘no crisis’ after talks”" in text
    assert '“"' not in text

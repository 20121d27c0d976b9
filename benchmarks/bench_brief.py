"""How long a large brief takes to build, against plain ReportLab laying out the same document.

Builds a temp library with one case of 1,000 events, 300 quotes and 50 captions (all
accepted, citing ~40 sources), then times ``casefile.brief.build`` in a fresh process: the
whole process (interpreter, imports, query, layout, write) and the build call alone. The
baseline is a fresh process laying out a comparable document with bare ReportLab: the same
table rows and paragraphs, the same embedded TrueType font, page numbers in the foot.

    .venv/bin/python benchmarks/bench_brief.py [--events N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUOTES, CAPTIONS, SOURCES = 300, 50, 40
TITLE = "Reunión bilateral sobre fentanilo y tráfico de armas n.º {n}"
DESCRIPTION = (
    "Las delegaciones de México y Estados Unidos revisaron los avances en el desmantelamiento "
    "de laboratorios y el rastreo de armas, y acordaron metas verificables (n.º {n})."
)
QUOTE = "La cooperación en seguridad tiene que respetar nuestra soberanía, dijo {n}"


def build_library(folder: Path, events: int) -> int:
    """A library with one large accepted case; returns the case id."""
    sys.path.insert(0, str(ROOT))
    from casefile.library import Library
    from casefile.models import CaseSource, Source

    library = Library.open(folder)
    case = library.create_case("Seguridad México–EE.UU. (benchmark)", ["MX", "US"])
    library.update("case", case.id, summary="\n\n".join(DESCRIPTION.format(n=n) for n in range(4)))
    source_ids = []
    for number in range(SOURCES):
        source = library.add(
            Source(
                title=f"Nota {number} sobre cooperación bilateral",
                outlet=("EFE", "Reuters", "SRE", "La Jornada")[number % 4],
                url=f"https://example.org/notas/{number}",
                published=dt.date(2026, 1, 1) + dt.timedelta(days=number),
                content_hash=f"{number:064d}",
            )
        )
        library.add(CaseSource(case_id=case.id, source_id=source.id))
        source_ids.append(source.id)
    start = dt.date(2024, 1, 1)
    library.bulk_insert(
        "event",
        [
            {
                "case_id": case.id,
                "date": start + dt.timedelta(days=n),
                "precision": ("day", "day", "month")[n % 3],
                "title": TITLE.format(n=n),
                "description": DESCRIPTION.format(n=n),
                "status": "planned" if n % 10 == 0 else "occurred",
                "review": "accepted",
                "source_id": source_ids[n % SOURCES],
            }
            for n in range(events)
        ],
    )
    library.bulk_insert(
        "quote",
        [
            {
                "case_id": case.id,
                "text": QUOTE.format(n=n),
                "speaker": "Claudia Sheinbaum",
                "date": start + dt.timedelta(days=n),
                "review": "accepted",
                "source_id": source_ids[n % SOURCES],
            }
            for n in range(QUOTES)
        ],
    )
    library.bulk_insert(
        "caption",
        [
            {
                "case_id": case.id,
                "caption": f"Fusiles asegurados en Nogales, Sonora (foto {n})",
                "credit": "Foto: Especial",
                "review": "accepted",
                "source_id": source_ids[n % SOURCES],
            }
            for n in range(CAPTIONS)
        ],
    )
    library.close()
    return int(case.id)  # type: ignore[arg-type]


def child_brief(folder: str, case_id: str, out: str) -> dict[str, Any]:
    """In a fresh process: open the library and build the brief."""
    sys.path.insert(0, str(ROOT))
    from casefile.brief import BriefOptions, build
    from casefile.library import Library

    library = Library.open(Path(folder))
    began = time.perf_counter()
    report = build(library, int(case_id), BriefOptions(language="es"), Path(out))
    return {"build": time.perf_counter() - began, "pages": report.pages}


def child_baseline(events: int, out: str) -> dict[str, Any]:
    """In a fresh process: bare ReportLab, the same rows and paragraphs, one TTF embedded."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    began = time.perf_counter()
    fonts = ROOT / "resources" / "fonts"
    pdfmetrics.registerFont(TTFont("Serif", str(fonts / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("Sans", str(fonts / "DejaVuSans.ttf")))
    body = ParagraphStyle("body", fontName="Serif", fontSize=9.5, leading=14)
    cell = ParagraphStyle("cell", fontName="Serif", fontSize=8.5, leading=11.5)
    small = ParagraphStyle("small", fontName="Sans", fontSize=8, leading=11)
    story: list[Any] = [Paragraph(DESCRIPTION.format(n=n), body) for n in range(4)]
    rows: list[list[Any]] = [["FECHA", "HECHO", "ESTADO", "NOTAS"]]
    for n in range(events):
        rows.append(
            [
                Paragraph(f"{n % 28 + 1} de enero de 2026", small),
                [Paragraph(TITLE.format(n=n), cell), Paragraph(DESCRIPTION.format(n=n), small)],
                "ocurrido",
                f"[{n % SOURCES + 1}]",
            ]
        )
    table = Table(rows, colWidths=[36 * mm, 90 * mm, 20 * mm, 14 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Sans", 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
            ]
        )
    )
    story.append(table)
    for n in range(QUOTES):
        story.append(Paragraph(f"«{QUOTE.format(n=n)}»", body))
        story.append(Paragraph("— Claudia Sheinbaum · 3 de enero de 2026 · [1]", small))
    for n in range(CAPTIONS):
        story.append(Paragraph(f"Fusiles asegurados en Nogales, Sonora (foto {n}) [2]", body))
        story.append(Paragraph("Foto: Especial", small))
    for n in range(SOURCES):
        story.append(Paragraph(f"[{n + 1}] EFE. «Nota {n}». https://example.org/notas/{n}", cell))

    def foot(canvas: Any, doc: Any) -> None:
        canvas.setFont("Sans", 7.5)
        canvas.drawRightString(A4[0] - 25 * mm, 15 * mm, f"Página {doc.page}")

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm)
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return {"build": time.perf_counter() - began, "pages": doc.page}


def run_child(*args: str) -> dict[str, Any]:
    """Run this script as a child; adds the whole-process seconds to what it reports."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    figures: dict[str, Any] = json.loads(done.stdout)
    figures["process"] = time.perf_counter() - began
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = child_brief(*rest) if kind == "brief" else child_baseline(int(rest[0]), rest[1])
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "library"
        case_id = build_library(folder, args.events)
        briefs = [
            run_child("brief", str(folder), str(case_id), f"{temp}/brief.pdf")
            for _ in range(args.runs)
        ]
        plains = [
            run_child("baseline", str(args.events), f"{temp}/plain.pdf") for _ in range(args.runs)
        ]
    print(f"{args.events} events, {QUOTES} quotes, {CAPTIONS} captions, {SOURCES} sources")
    print(f"(median of {args.runs} fresh processes)")
    for name, runs in (("casefile brief", briefs), ("plain ReportLab", plains)):
        process = statistics.median(r["process"] for r in runs)
        build = statistics.median(r["build"] for r in runs)
        print(
            f"{name:16} process {process:6.2f} s   build {build:6.2f} s   {runs[0]['pages']} pages"
        )
    ratio_process = statistics.median(r["process"] for r in briefs) / statistics.median(
        r["process"] for r in plains
    )
    ratio_build = statistics.median(r["build"] for r in briefs) / statistics.median(
        r["build"] for r in plains
    )
    print(f"ratio            process {ratio_process:6.2f}×   build {ratio_build:6.2f}×")
    print("(target ≤ 1.5×; the brief's process also imports and opens the library, ~0.45 s)")


if __name__ == "__main__":
    main()

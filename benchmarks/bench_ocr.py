"""Seconds per scanned page, and how much of it is Tesseract's own.

An article (the shared corpus article when ../shared is there, else our own fixture) is
printed to A4, rasterised at 200 dpi with pdftoppm and bound as a PDF of page pictures. We time
reading it through Casefile (``ingest.read``: PDFium draws each page at 300 dpi, Tesseract
reads it, the paragraphs are rebuilt) against the floor measured in the same run: the
``tesseract`` program alone on the same pages at the same resolution, with the same languages.
Also a 10-page scan, to show the time grows with the pages and memory does not.
Run: .venv/bin/python benchmarks/bench_ocr.py [ROUNDS]
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the project first: tests/casefile is no package

from pictures import rasterised, scanned_pdf  # noqa: E402

from casefile import ingest  # noqa: E402
from casefile.ingest import ocr  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "mx-us-security-2026-01-16.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "articles" / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"


def seconds(action: object, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - began)
    return statistics.median(timings)


def tesseract_alone(pages: list[Path]) -> None:
    for page in pages:
        subprocess.run(
            ["tesseract", str(page), "-", "-l", ocr.LANGUAGES, "--dpi", str(ocr.DPI), "--psm", "3"],
            check=True,
            capture_output=True,
        )


def main() -> int:
    if not ocr.tesseract_ready():
        print("Tesseract with Spanish and English is not installed; nothing to measure.")
        return 1
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    article = CORPUS if CORPUS.is_file() else FIXTURE
    text = article.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        scan = scanned_pdf(text, folder, "scan.pdf")
        # The floor reads the very pictures Casefile reads: the pages drawn at 300 dpi.
        pictures = []
        for number, page in enumerate(rasterised(scan, ocr.DPI)):
            picture = folder / f"page-{number}.png"
            page.save(picture)
            pictures.append(picture)
        count = len(pictures)
        ours = seconds(lambda: ingest.read(scan), rounds) / count
        floor = seconds(lambda: tesseract_alone(pictures), rounds) / count
        long_scan = scanned_pdf("\n\n".join([text] * 5), folder, "long.pdf")
        long_pages = len(rasterised(long_scan, 30))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        long_seconds = seconds(lambda: ingest.read(long_scan), 1)
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    print(f"article: {article.name}, {count} page(s) at 200 dpi, read at {ocr.DPI} dpi")
    print(f"Casefile (ingest.read):   {ours:6.2f} s a page (median of {rounds})")
    print(f"tesseract alone (floor):  {floor:6.2f} s a page")
    print(f"ratio:                    {ours / floor:6.2f}x the floor")
    print(
        f"{long_pages}-page scan:              {long_seconds:6.2f} s "
        f"({long_seconds / long_pages:.2f} s a page), peak memory grew {grown / 1024:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well a scan reads: the shared corpus article printed to PDF, rasterised at 200 dpi with
pdftoppm, bound as a scan and imported. Prints the OCR text's character accuracy against the
article's text, and whether the scan proposes the same events, quotes and captions.

Usage: .venv/bin/python scripts/eval_ocr.py [ARTICLE.txt ...]   (default: the shared corpus)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the project first: tests/casefile is no package

from pictures import SCAN_DPI, character_accuracy, scanned_pdf  # noqa: E402
from sqlmodel import select  # noqa: E402

from casefile import ingest  # noqa: E402
from casefile.importer import import_paths  # noqa: E402
from casefile.ingest.encoding import decode_text  # noqa: E402
from casefile.library import Library  # noqa: E402
from casefile.models import Caption, Event, Quote  # noqa: E402

CORPUS = Path("/work/shared/corpus")


def proposals(library: Library, case_id: int) -> dict[str, set[tuple[object, ...]]]:
    with library.session() as session:
        return {
            "events": {
                (e.date, e.precision, e.title)
                for e in session.exec(select(Event).where(Event.case_id == case_id))
            },
            "quotes": {
                (q.text, q.speaker)
                for q in session.exec(select(Quote).where(Quote.case_id == case_id))
            },
            "captions": {
                (c.caption, c.credit)
                for c in session.exec(select(Caption).where(Caption.case_id == case_id))
            },
        }


def evaluate(article: Path, folder: Path) -> bool:
    printed = decode_text(article.read_bytes(), article.name)  # as a reader shows it
    scan = scanned_pdf(printed, folder, f"{article.stem}.pdf")
    read = ingest.read(scan)
    accuracy = character_accuracy(read.text, ingest.read(article).text)
    library = Library.open(folder / "library")
    try:
        as_text = library.create_case("text")
        as_scan = library.create_case("scan")
        import_paths(library, as_text.id, [article])
        import_paths(library, as_scan.id, [scan])
        expected, found = proposals(library, as_text.id), proposals(library, as_scan.id)
    finally:
        library.close()
    print(f"{article.name}: {SCAN_DPI} dpi scan, character accuracy {accuracy:.2%}")
    same = True
    for kind in expected:
        missing, extra = expected[kind] - found[kind], found[kind] - expected[kind]
        verdict = "same" if not missing and not extra else "DIFFERENT"
        same &= verdict == "same"
        print(
            f"  {kind:8} {len(expected[kind]):3} from the text, {len(found[kind]):3} from the "
            f"scan: {verdict}"
        )
        for item in sorted(map(str, missing)):
            print(f"    only in the text: {item}")
        for item in sorted(map(str, extra)):
            print(f"    only in the scan: {item}")
    return same and accuracy >= 0.98


def main() -> int:
    articles = [Path(arg) for arg in sys.argv[1:]] or sorted(CORPUS.glob("*.txt"))
    if not articles:
        print(f"No articles given and none in {CORPUS}.")
        return 1
    results = []
    for article in articles:
        with tempfile.TemporaryDirectory() as temp:
            results.append(evaluate(article, Path(temp)))
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())

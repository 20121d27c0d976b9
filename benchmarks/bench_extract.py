"""Milliseconds per article to read, to propose, and to import (read, propose, store).

Runs over our own fixture articles (tests/fixtures/articles) and, when ../shared is there,
the corpus articles; prints the median of several rounds per article and per step, and the
throughput of proposing over ~100 KB of news prose.
Run: .venv/bin/python benchmarks/bench_extract.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from casefile import ingest
from casefile.extract import propose
from casefile.importer import import_paths
from casefile.library import Library

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
CORPUS = ROOT.parent / "shared" / "corpus"


def articles() -> list[Path]:
    found = sorted(FIXTURES.iterdir())
    if CORPUS.is_dir():
        found += sorted(CORPUS.glob("*.txt"))
    return found


def milliseconds(action: object, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings)


def import_milliseconds(paths: list[Path], rounds: int) -> dict[Path, float]:
    """Each round imports every article into a new library (a second import is a duplicate)."""
    timings: dict[Path, list[float]] = {path: [] for path in paths}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as temp:
            library = Library.open(Path(temp) / "library")
            case = library.create_case("Benchmark")
            assert case.id is not None
            for path in paths:
                began = time.perf_counter()
                report = import_paths(library, case.id, [path])
                timings[path].append((time.perf_counter() - began) * 1000)
                assert report.added, (path, report.summary())
            library.close()
    return {path: statistics.median(values) for path, values in timings.items()}


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    paths = articles()
    imports = import_milliseconds(paths, rounds)
    print(f"{'article':<58} {'KB':>5} {'read':>7} {'propose':>8} {'import':>7}  (ms, median)")
    texts = []
    for path in paths:
        document = ingest.read(path)
        texts.append(document.text)
        read = milliseconds(lambda path=path: ingest.read(path), rounds)
        proposing = milliseconds(
            lambda document=document: propose(document.text, document.published), rounds
        )
        size = path.stat().st_size / 1024
        timings = f"{read:>7.1f} {proposing:>8.1f} {imports[path]:>7.1f}"
        print(f"{path.name[:58]:<58} {size:>5.1f} {timings}")
    prose = "\n\n".join(texts)
    prose = (prose * (100_000 // len(prose) + 1))[:100_000]
    per_100kb = milliseconds(lambda: propose(prose, None, "es"), max(3, rounds // 3))
    print(f"propose over 100 KB of this prose: {per_100kb:.0f} ms")


if __name__ == "__main__":
    main()

"""Kill imports with SIGKILL at random moments and check that the library only holds whole sources.

    python scripts/soak_kill.py --files 500 --kills 40
    python scripts/soak_kill.py --files 300 --kills 6 --json   # what the test suite runs

Each round starts ``python -m casefile import`` on a folder of generated articles (Spanish and
English, with dates and quotes), kills it after a random delay, then opens the library (which
runs the start-up sweep) and checks:

* ``PRAGMA integrity_check`` is ok and the search index matches the tables;
* every source's file is in files/ and hashes to its content_hash; no other file is there;
* every source is linked to the case and has exactly the events, quotes and captions that
  ``propose`` gives for its text (a source is there whole or not at all).

A last, uninterrupted import must finish the rest: as many sources as articles, one file each,
no hash twice. Prints kills survived, files tried and rows lost (sources missing at the end).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casefile import ingest, integrity  # noqa: E402
from casefile.extract import propose  # noqa: E402
from casefile.files import content_hash  # noqa: E402
from casefile.library import Library  # noqa: E402

CASE = "Soak"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
PEOPLE = ["Alicia Bárcena", "Juan Ramón de la Fuente", "Antony Blinken", "Marco Rubio"]
PLACES = ["Washington", "Ciudad de México", "Monterrey", "El Paso", "Tijuana"]


def write_articles(folder: Path, count: int, seed: int) -> list[Path]:
    """``count`` distinct small articles, half Spanish and half English."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        month = rng.randrange(8)
        day = rng.randint(1, 28)
        person, place = rng.choice(PEOPLE), rng.choice(PLACES)
        if index % 2:
            body = (
                f"date 2026-{month + 1:02d}-{day:02d}\n"
                f"Reunión bilateral sobre seguridad, nota {index}\n\n"
                f"El pasado {rng.randint(1, day)} de {MESES[month]}, funcionarios de México y "
                f"Estados Unidos se reunieron en {place} para revisar el tráfico de armas "
                f"(expediente {index}-{rng.randrange(10**6)}).\n\n"
                f"“Vamos a redoblar los esfuerzos, nota {index}”, afirmó {person}.\n"
            )
        else:
            body = (
                f"date 2026-{month + 1:02d}-{day:02d}\n"
                f"Security talks, report {index}\n\n"
                f"On {MONTHS[month]} {rng.randint(1, day)}, 2026, officials met in {place} "
                f"to review fentanyl seizures (file {index}-{rng.randrange(10**6)}).\n\n"
                f"“We will keep working together, report {index},” said {person}.\n"
            )
        path = folder / f"article-{index:04d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def expected_counts(paths: list[Path]) -> dict[str, tuple[int, int, int]]:
    """Per content hash, the events, quotes and captions a whole import gives."""
    expected = {}
    for path in paths:
        document = ingest.read(path)
        proposals = propose(document.text, document.published, document.language, known_actors=[])
        digest = content_hash(document.content)
        expected[digest] = (
            len(proposals.events),
            len(proposals.quotes),
            len(proposals.captions),
        )
    return expected


def check_library(
    folder: Path, expected: dict[str, tuple[int, int, int]], swept: Counter[str]
) -> list[str]:
    """Open the library (running the sweep) and list everything that is not whole."""
    library = Library.open(folder)
    report = library.sweep_report
    if report is not None:
        swept["orphans"] += len(report.moved_orphans)
        swept["temp_files"] += len(report.removed_temp_files)
        swept["index_rebuilds"] += int(report.search_index_rebuilt)
    problems: list[str] = []
    try:
        with library.engine.connect() as connection:
            verdict = integrity.check_database(connection, full=True)
            if verdict != ["ok"]:
                problems.append(f"integrity_check: {verdict}")
            if not integrity.search_index_consistent(connection):
                problems.append("search index out of step after the sweep")
            sources = connection.exec_driver_sql(
                "SELECT id, content_hash, stored_file FROM source"
            ).all()
            linked = {
                row[0] for row in connection.exec_driver_sql("SELECT source_id FROM casesource")
            }
            counts: dict[str, Counter[int]] = {}
            for kind in ("event", "quote", "caption"):
                rows = connection.exec_driver_sql(f'SELECT source_id FROM "{kind}"').all()
                counts[kind] = Counter(row[0] for row in rows)
        stored = set(library.files.stored())
        for source_id, digest, stored_file in sources:
            path = library.files.path(stored_file)
            if not stored_file or not path.is_file():
                problems.append(f"source {source_id}: no file")
            elif content_hash(path.read_bytes()) != digest:
                problems.append(f"source {source_id}: file does not match its hash")
            if source_id not in linked:
                problems.append(f"source {source_id}: not linked to the case")
            got = tuple(counts[kind][source_id] for kind in ("event", "quote", "caption"))
            if digest not in expected:
                problems.append(f"source {source_id}: not one of the articles")
            elif got != expected[digest]:
                problems.append(f"source {source_id}: items {got}, expected {expected[digest]}")
        orphans = stored - {row[2] for row in sources}
        if orphans:
            problems.append(f"{len(orphans)} files no source lists, e.g. {sorted(orphans)[0]}")
    finally:
        library.close()
    return problems


def run_import(library: Path, articles: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "casefile",
            "import",
            CASE,
            str(articles),
            "--library",
            str(library),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def soak(files: int, kills: int, seed: int, workdir: Path) -> dict[str, Any]:
    """Run the whole soak; returns the figures and every problem found."""
    rng = random.Random(seed)
    articles = workdir / "articles"
    library_folder = workdir / "library"
    paths = write_articles(articles, files, seed)
    expected = expected_counts(paths)
    Library.open(library_folder).create_case(CASE)
    problems: list[str] = []
    swept: Counter[str] = Counter()
    survived = 0
    started = time.monotonic()
    for round_number in range(kills):
        process = run_import(library_folder, articles)
        time.sleep(rng.uniform(0.4, 1.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            survived += 1
        process.wait()
        problems += [
            f"round {round_number}: {p}" for p in check_library(library_folder, expected, swept)
        ]
    final = run_import(library_folder, articles)
    if final.wait(timeout=600) != 0:
        problems.append(f"the final import exited with {final.returncode}")
    problems += [f"final: {p}" for p in check_library(library_folder, expected, swept)]
    library = Library.open(library_folder)
    with library.engine.connect() as connection:
        hashes = [row[0] for row in connection.exec_driver_sql("SELECT content_hash FROM source")]
    stored = len(list(library.files.stored()))
    library.close()
    if len(set(hashes)) != len(hashes):
        problems.append("a content hash appears twice")
    if stored != len(hashes):
        problems.append(f"{stored} files for {len(hashes)} sources")
    return {
        "kills_survived": survived,
        "rounds": kills,
        "files_tried": files,
        "sources": len(hashes),
        "rows_lost": files - len(set(hashes) & set(expected)),
        "swept": dict(swept),
        "problems": problems,
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--workdir", type=Path, help="keep the library here (default: a temp dir)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casefile-soak-") as temp:
        figures = soak(args.files, args.kills, args.seed, args.workdir or Path(temp))
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"kills survived: {figures['kills_survived']} of {figures['rounds']} rounds")
        print(f"files tried:    {figures['files_tried']}")
        print(f"sources:        {figures['sources']}")
        print(f"rows lost:      {figures['rows_lost']}")
        print(f"swept:          {figures['swept']}")
        print(f"seconds:        {figures['seconds']}")
        for problem in figures["problems"]:
            print(f"PROBLEM: {problem}")
    return 1 if figures["problems"] or figures["rows_lost"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

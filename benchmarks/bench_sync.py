"""Sync with a team library, and search on PostgreSQL next to SQLite (issue 14).

    .venv/bin/python benchmarks/bench_sync.py

Uses the PostgreSQL server ``CASEFILE_TEST_PG`` names, or starts a throwaway one on loopback
(tests/pg_server.py; Debian's postgresql package). Prints:

- the first sync of a laptop case of 10,000 items to an empty team library, next to a floor
  measured in the same run: the same rows written to the server by one plain executemany;
- the first sync of a second laptop that follows the case (everything comes down);
- an incremental sync after 10 edits (target: under 1 s on loopback);
- search latency on the team library next to the laptop's, on the same data.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import create_engine, text  # noqa: E402

from casefile import sync  # noqa: E402
from casefile.library import Library  # noqa: E402

EVENTS, QUOTES, CAPTIONS = 7_000, 2_000, 1_000
WORDS = (
    "fentanilo",
    "armas",
    "cártel",
    "decomiso",
    "reunión",
    "ministerial",
    "frontera",
    "aduanas",
    "Sonora",
    "Sinaloa",
    "extradición",
    "cooperación",
    "seguridad",
    "acuerdo",
    "aranceles",
    "migración",
    "canciller",
    "embajada",
    "Nogales",
    "laboratorio",
    "precursores",
    "marina",
    "ejército",
    "garita",
    "comunicado",
    "conjunto",
    "Washington",
)


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def build(laptop: Library, rng: random.Random) -> int:
    case = laptop.create_case("Benchmark", ["MX", "US"])
    assert case.id is not None
    laptop.bulk_insert(
        "event",
        [
            {
                "case_id": case.id,
                "date": dt.date(2020 + i % 6, 1 + i % 12, 1 + i % 28),
                "title": sentence(rng, 8),
                "description": sentence(rng, 20),
            }
            for i in range(EVENTS)
        ],
    )
    laptop.bulk_insert(
        "quote",
        [{"case_id": case.id, "text": sentence(rng, 18), "speaker": "SRE"} for _ in range(QUOTES)],
    )
    laptop.bulk_insert(
        "caption",
        [
            {"case_id": case.id, "caption": sentence(rng, 12), "credit": "AP"}
            for _ in range(CAPTIONS)
        ],
    )
    laptop.catch_up_index()
    return case.id


def floor(server: str, rows: int, rng: random.Random) -> float:
    """The same number of rows of the same size, one executemany into a plain table."""
    engine = create_engine(server.replace("postgresql://", "postgresql+psycopg://"))
    values = [{"a": sentence(rng, 8), "b": sentence(rng, 20)} for _ in range(rows)]
    with engine.begin() as connection:
        connection.execute(text("CREATE TEMP TABLE floor_rows (a text, b text)"))
        began = time.perf_counter()
        connection.execute(text("INSERT INTO floor_rows (a, b) VALUES (:a, :b)"), values)
        elapsed = time.perf_counter() - began
    engine.dispose()
    return elapsed


def timed(action: object) -> float:
    began = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - began


def main() -> None:
    import pg_server

    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        server = os.environ.get("CASEFILE_TEST_PG")
        started = None
        if not server:
            started = Path(tempfile.mkdtemp(prefix="casefile-bench-pg-"))
            server = pg_server.start(started)
        admin = create_engine(
            server.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
        )
        name = f"casefile_bench_{os.getpid()}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        team_url = server.rsplit("/", 1)[0] + "/" + name
        try:
            laptop = Library.open(folder / "laptop")
            case_id = build(laptop, rng)
            team = Library.open_team(team_url)
            items = EVENTS + QUOTES + CAPTIONS
            first = timed(lambda: sync.sync(laptop, team))
            base = floor(server, items, rng)
            print(
                f"first sync, {items:,} items up:      {first:7.2f} s "
                f"(floor, one executemany of as many rows: {base:.2f} s; {first / base:.1f}x)"
            )
            other = Library.open(folder / "other")
            down = timed(lambda: sync.sync(other, team, "Benchmark"))
            print(f"first sync of a second laptop, down: {down:7.2f} s")
            for event in laptop.items("event", case_id)[:10]:
                laptop.update("event", event.id, title=event.title + " (revisado)")
            incremental = timed(lambda: sync.sync(laptop, team))
            verdict = "under" if incremental < 1 else "OVER"
            print(f"incremental sync, 10 edits:          {incremental:7.2f} s ({verdict} 1 s)")
            queries = [" ".join(rng.sample(WORDS, rng.choice([1, 2]))) for _ in range(40)]
            for library, label in ((laptop, "SQLite (laptop)"), (team, "PostgreSQL (team)")):
                library.search("fentanilo")  # warm
                latencies = []
                for query in queries:
                    began = time.perf_counter()
                    library.search(query, limit=50)
                    latencies.append((time.perf_counter() - began) * 1000)
                print(
                    f"search top-50 on {label:18} median {statistics.median(latencies):6.2f} ms, "
                    f"p90 {sorted(latencies)[int(len(latencies) * 0.9) - 1]:6.2f} ms"
                )
            laptop.close()
            other.close()
            team.close()
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
            if started is not None:
                pg_server.stop(started)


if __name__ == "__main__":
    main()

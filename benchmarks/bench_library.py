"""Bulk-load 100,000 events and 20,000 quotes, then time searches.

Prints rows/s for the library's bulk path next to raw sqlite3 executemany into a bare table,
the time the search index then takes to catch up (the bulk path defers it to the next
search), and the median and p90 latency of 50 searches through ``Library.search``.
Run: .venv/bin/python benchmarks/bench_library.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from casefile.library import Library

EVENTS = 100_000
QUOTES = 20_000
WORDS = [
    "fentanilo",
    "armas",
    "cárteles",
    "frontera",
    "reunión",
    "ministerial",
    "canciller",
    "seguridad",
    "cooperación",
    "comunicado",
    "conjunto",
    "extradición",
    "aduanas",
    "puerto",
    "decomiso",
    "laboratorio",
    "precursores",
    "Sinaloa",
    "Jalisco",
    "Washington",
    "México",
    "Estados",
    "Unidos",
    "sanciones",
    "tesoro",
    "embajada",
    "visita",
    "acuerdo",
    "grupo",
    "implementación",
    "tráfico",
    "migración",
    "soberanía",
]


def vocabulary(rng: random.Random, size: int = 8000) -> list[str]:
    """Domain words first, then invented ones: word frequencies fall off as in real prose."""
    letters = "abcdefghijklmnopqrstuvwxyzáéíóúñ"
    invented = [
        "".join(rng.choice(letters) for _ in range(rng.randint(3, 11))) for _ in range(size)
    ]
    return WORDS + invented


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(VOCABULARY, ZIPF, k=n))


VOCABULARY = vocabulary(random.Random(3))
ZIPF = [1 / (rank + 10) for rank in range(len(VOCABULARY))]


def event_rows(case_id: int, rng: random.Random) -> list[dict[str, object]]:
    start = dt.date(2020, 1, 1)
    return [
        {
            "case_id": case_id,
            "date": start + dt.timedelta(days=rng.randrange(2500)),
            "precision": "day",
            "title": sentence(rng, 6),
            "description": sentence(rng, 14),
            "place": "",
            "status": "occurred",
            "review": "accepted",
            "evidence_text": "",
        }
        for _ in range(EVENTS)
    ]


def quote_rows(case_id: int, rng: random.Random) -> list[dict[str, object]]:
    return [
        {
            "case_id": case_id,
            "text": sentence(rng, 20),
            "speaker": rng.choice(["SRE", "Departamento de Estado", "Marco Rubio"]),
            "language": "es",
            "review": "accepted",
            "evidence_text": "",
        }
        for _ in range(QUOTES)
    ]


def raw_baseline(folder: Path, rows: list[dict[str, object]]) -> float:
    connection = sqlite3.connect(folder / "raw.db")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(
        "CREATE TABLE event (id INTEGER PRIMARY KEY, case_id, date, precision, title, "
        "description, place, status, review, evidence_text)"
    )
    columns = list(rows[0])
    values = [tuple(str(row[c]) if c == "date" else row[c] for c in columns) for row in rows]
    began = time.perf_counter()
    with connection:
        connection.executemany(
            f"INSERT INTO event ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            values,
        )
    elapsed = time.perf_counter() - began
    connection.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    began = time.perf_counter()
    with connection:
        connection.execute(
            "INSERT INTO fts(rowid, title, body) SELECT id, title, description FROM event"
        )
    indexing = time.perf_counter() - began
    connection.close()
    return len(rows) / elapsed, len(rows) / (elapsed + indexing)


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        library = Library.open(folder / "library")
        case = library.create_case("Benchmark")
        assert case.id is not None
        events, quotes = event_rows(case.id, rng), quote_rows(case.id, rng)

        raw, raw_indexed = raw_baseline(folder, events)
        began = time.perf_counter()
        library.bulk_insert("event", events)
        library.bulk_insert("quote", quotes)
        elapsed = time.perf_counter() - began
        began = time.perf_counter()
        library.catch_up_index()
        indexing = time.perf_counter() - began
        rows = EVENTS + QUOTES
        print(f"raw sqlite3 executemany (no index):       {raw:>9,.0f} rows/s")
        print(f"raw executemany + one FTS5 INSERT…SELECT: {raw_indexed:>9,.0f} rows/s")
        print(
            f"library bulk path (index deferred):       {rows / elapsed:>9,.0f} rows/s "
            f"({rows:,} rows in {elapsed:.2f} s; {raw * elapsed / rows:.2f}x raw)"
        )
        print(
            f"index catch-up at the next search:        {indexing:>9.2f} s "
            f"(bulk + index {rows / (elapsed + indexing):,.0f} rows/s)"
        )

        queries = [" ".join(rng.sample(VOCABULARY[:2000], rng.choice([1, 2]))) for _ in range(45)]
        queries += ["fentanilo", "reunión ministerial", "cárteles", "Rubio", "extradición"]
        latencies = []
        library.search("fentanilo")  # warm the page cache once
        for query in queries:
            began = time.perf_counter()
            hits = library.search(query, limit=50)
            latencies.append((time.perf_counter() - began) * 1000)
            assert hits or query not in ("fentanilo", "Rubio"), query
        latencies.sort()
        p90 = latencies[int(len(latencies) * 0.9) - 1]
        print(
            f"search top-50: median {statistics.median(latencies):.2f} ms, p90 {p90:.2f} ms "
            f"over {len(queries)} queries"
        )
        # The floor: the same queries as plain FTS5 words (no word forms, aliases or
        # glossary), the same columns, snippet and ranking, on the same index.
        raw_latencies = []
        with library.engine.connect() as connection:
            for query in queries:
                match = " ".join(f'"{word}"' for word in re.findall(r"\w+", query))
                began = time.perf_counter()
                connection.exec_driver_sql(
                    "SELECT kind, rowid / 8, case_id, title, "
                    "snippet(search_index, -1, '[', ']', '…', 16), bm25(search_index, 4.0, 1.0) "
                    "FROM search_index WHERE search_index MATCH ? AND review != 'rejected' "
                    "ORDER BY 6 LIMIT 50",
                    (match,),
                ).all()
                raw_latencies.append((time.perf_counter() - began) * 1000)
        raw_median = statistics.median(raw_latencies)
        print(
            f"raw FTS5, same queries as plain words: median {raw_median:.2f} ms; "
            f"Library.search {statistics.median(latencies) / raw_median:.2f}x (target <= 2x)"
        )
        library.close()


if __name__ == "__main__":
    main()

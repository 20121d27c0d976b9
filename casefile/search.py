"""Full-text search over sources, events, quotes and captions.

SQLite keeps an FTS5 index in step with the tables through triggers (created by migration
0002); this module and that migration are the only places that know about FTS5. A PostgreSQL
team library searches with PostgreSQL's own full-text search (casefile/search_pg.py, created
by migration 0008) through the same ``search()``: the same syntax, filters and hits. Any other
database falls back to case-insensitive LIKE matching.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from casefile import search_pg
from casefile.domain import Review
from casefile.folding import fold, name_key
from casefile.query import Vocabulary, alternatives, fts_expression, matched_forms, parse

# rowid = item id * 8 + kind code: deletes and updates find an item's index row by rowid.
KIND_CODES = {"source": 1, "event": 2, "quote": 3, "caption": 4}
KINDS = tuple(KIND_CODES)
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
# Id ranges a bulk load inserted without indexing them (see ``deferred_indexing``).
BACKLOG = "search_backlog"

# What each kind puts in the index: (title expression, body expression, case, date).
INDEXED = {
    "source": (
        "new.title",
        "new.outlet || ' ' || new.text || ' ' || new.notes",
        "NULL",
        "new.published",
    ),
    "event": (
        "new.title",
        "new.description || ' ' || new.place || ' ' || new.evidence_text",
        "new.case_id",
        "new.date",
    ),
    "quote": ("new.speaker", "new.text", "new.case_id", "new.date"),
    "caption": ("new.credit", "new.caption", "new.case_id", "NULL"),
}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    case: int | None
    title: str
    snippet: str  # highlighted terms between HIGHLIGHT_START and HIGHLIGHT_END
    score: float
    date: dt.date | None = None
    matched: tuple[str, ...] = ()  # the forms the snippet highlights ("fentanilo", "EE.UU.")

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


def search(
    connection: Connection,
    query: str,
    *,
    case_id: int | None = None,
    kinds: Sequence[str] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    include_rejected: bool = False,
    limit: int = 50,
    vocabulary: Vocabulary | None = None,
) -> list[SearchHit]:
    """Ranked hits for ``query`` (the syntax of casefile/query.py), best first; never raises
    on odd input. Its filters narrow the arguments' (``kind:`` within ``kinds``, …)."""
    postgresql = connection.dialect.name == "postgresql"
    if connection.dialect.name != "sqlite" and not postgresql:
        return _search_like(connection, query, case_id=case_id, kinds=kinds, limit=limit)
    parsed = parse(query)
    if parsed.kinds:
        kinds = [kind for kind in parsed.kinds if not kinds or kind in kinds]
        if not kinds:
            return []
    if parsed.speaker:
        kinds = ["quote"]
    if parsed.case:
        case_id = _case_named(connection, parsed.case, case_id)
        if case_id is None:
            return []
    date_from = max(filter(None, (date_from, parsed.after)), default=None)
    date_to = min(filter(None, (date_to, parsed.before)), default=None)
    if parsed.actor:
        # The actor the analyst means: one whose name or alias holds what was typed; then
        # every name it goes by is looked for.
        wanted = name_key(parsed.actor)
        for group in _actor_names(connection, case_id):
            if any(wanted and wanted in name_key(name) for name in group):
                parsed.actor = group[0]
                vocabulary = (vocabulary or Vocabulary.shipped()).with_groups([group])
                break
    params: dict[str, object] = {"limit": limit}
    where = []
    if postgresql:
        looked_for = alternatives(parsed, vocabulary or Vocabulary.shipped())
        if looked_for is None:
            return []
        match = search_pg.tsquery(*looked_for, params)
    else:
        fts = fts_expression(parsed, vocabulary or Vocabulary.shipped())
        if fts is None:
            return []
        where.append("search_index MATCH :match")
        params["match"] = fts
    if parsed.tag:
        where.append(
            "rowid IN (SELECT it.item_id * 8 + CASE it.item_kind "
            + " ".join(f"WHEN '{kind}' THEN {code}" for kind, code in KIND_CODES.items())
            + " ELSE 0 END FROM itemtag it JOIN tag t ON t.id = it.tag_id "
            "WHERE lower(t.name) = lower(:tag))"
        )
        params["tag"] = parsed.tag
    if case_id is not None:
        where.append(
            "(case_id = :case OR (kind = 'source' AND rowid / 8 IN "
            "(SELECT source_id FROM casesource WHERE case_id = :case)))"
        )
        params["case"] = case_id
    if kinds:
        names = [kind for kind in kinds if kind in KIND_CODES]
        where.append("kind IN (" + ",".join(f"'{name}'" for name in names) + ")")
    if date_from is not None:
        where.append("item_date >= :date_from")
        params["date_from"] = date_from.isoformat()
    if date_to is not None:
        where.append("item_date <= :date_to")
        params["date_to"] = date_to.isoformat()
    if not include_rejected:
        where.append("review != :rejected")
        params["rejected"] = Review.REJECTED.value
    if postgresql:
        where = where or ["TRUE"]
        sql = search_pg.search_sql(where, match, HIGHLIGHT_START, HIGHLIGHT_END)
        rows = connection.execute(text(sql), params).all()
        return _with_source_cases(connection, [_hit(*row) for row in rows])
    sql = (
        "SELECT kind, rowid / 8, case_id, title, "
        f"snippet(search_index, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16), "
        "bm25(search_index, 4.0, 1.0), item_date FROM search_index WHERE "
        + " AND ".join(where)
        + " ORDER BY 6 LIMIT :limit"
    )
    rows = connection.execute(text(sql), params).all()
    hits = [_hit(*row) for row in rows]
    return _with_source_cases(connection, hits)


def _case_named(connection: Connection, named: str, within: int | None) -> int | None:
    """The case ``case:`` names (its number, its exact title, else the one title holding
    it), if it agrees with the case the search is already in."""
    rows = connection.execute(text('SELECT id, title FROM "case"')).all()
    folded = fold(named)
    found = [int(i) for i, title in rows if str(i) == named.strip() or fold(title) == folded]
    if not found:
        found = [int(i) for i, title in rows if folded in fold(title)]
    if len(found) != 1 or (within is not None and found[0] != within):
        return None
    return found[0]


def _actor_names(connection: Connection, case_id: int | None) -> list[tuple[str, ...]]:
    """Each actor of the case (of every case if None) with its aliases, as a group of names
    for one thing."""
    rows = connection.execute(
        text(
            "SELECT name, aliases FROM actor WHERE review != :rejected"
            + (" AND case_id = :case" if case_id is not None else "")
        ),
        {"case": case_id, "rejected": Review.REJECTED.value},
    ).all()
    groups = []
    for name, aliases in rows:
        names = [name, *(alias.strip() for alias in re.split(r"[;\n]", aliases or ""))]
        groups.append(tuple(n for n in names if n))
    return groups


def _hit(
    kind: str,
    item_id: int,
    case: int | None,
    title: str,
    snippet: str,
    rank: float,
    item_date: str | None,
) -> SearchHit:
    day = None
    if item_date:
        try:
            day = dt.date.fromisoformat(item_date[:10])
        except ValueError:
            day = None
    snippet = snippet or ""
    matched = tuple(matched_forms(snippet, HIGHLIGHT_START, HIGHLIGHT_END))
    return SearchHit(kind, int(item_id), case, title or "", snippet, -float(rank), day, matched)


def _with_source_cases(connection: Connection, hits: list[SearchHit]) -> list[SearchHit]:
    """A source belongs to cases through casefile links; name the first one."""
    source_ids = [hit.id for hit in hits if hit.kind == "source"]
    if not source_ids:
        return hits
    rows = connection.execute(
        text(
            "SELECT source_id, MIN(case_id) FROM casesource WHERE source_id IN ("
            + ",".join(str(int(i)) for i in source_ids)
            + ") GROUP BY source_id"
        )
    ).all()
    cases: dict[int, int] = {int(source): int(case) for source, case in rows}
    return [
        SearchHit(
            hit.kind,
            hit.id,
            cases.get(hit.id),
            hit.title,
            hit.snippet,
            hit.score,
            hit.date,
            hit.matched,
        )
        if hit.kind == "source"
        else hit
        for hit in hits
    ]


def _search_like(
    connection: Connection,
    query: str,
    *,
    case_id: int | None,
    kinds: Sequence[str] | None,
    limit: int,
) -> list[SearchHit]:
    """Portable fallback for servers without FTS5: every word must appear, no ranking."""
    words = re.findall(r"\w+", query.lower())
    if not words:
        return []
    columns = {
        "event": ("title", "description", "event.case_id", "date"),
        "quote": ("speaker", "text", "quote.case_id", "date"),
        "caption": ("credit", "caption", "caption.case_id", "NULL"),
    }
    hits: list[SearchHit] = []
    for kind, (title, body, case_column, date_column) in columns.items():
        if kinds and kind not in kinds:
            continue
        conditions = [f"LOWER({title} || ' ' || {body}) LIKE :w{i}" for i in range(len(words))]
        params: dict[str, object] = {f"w{i}": f"%{word}%" for i, word in enumerate(words)}
        if case_id is not None:
            conditions.append(f"{case_column} = :case")
            params["case"] = case_id
        sql = (
            f"SELECT id, {case_column}, {title}, {body}, {date_column} FROM {kind} WHERE "
            + " AND ".join(conditions)
            + f" LIMIT {int(limit)}"
        )
        for item_id, case, head, body_text, _day in connection.execute(text(sql), params):
            hits.append(SearchHit(kind, item_id, case, head or "", (body_text or "")[:160], 0.0))
    return hits[:limit]


def create_index_sql() -> list[str]:
    """Statements that create the FTS5 index and the triggers keeping it in step."""
    statements = [
        "CREATE VIRTUAL TABLE search_index USING fts5(title, body, kind UNINDEXED, "
        "case_id UNINDEXED, item_date UNINDEXED, review UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    ]
    for kind, (title, body, case, day) in INDEXED.items():
        code = KIND_CODES[kind]
        review = "'accepted'" if kind == "source" else "new.review"
        insert = (
            "INSERT INTO search_index(rowid, title, body, kind, case_id, item_date, review) "
            f"VALUES (new.id * 8 + {code}, {title}, {body}, '{kind}', {case}, {day}, {review});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code};"
        statements += [
            f'CREATE TRIGGER {kind}_index_insert AFTER INSERT ON "{kind}" BEGIN {insert} END',
            f'CREATE TRIGGER {kind}_index_delete AFTER DELETE ON "{kind}" BEGIN {delete} END',
            f'CREATE TRIGGER {kind}_index_update AFTER UPDATE ON "{kind}" '
            f"BEGIN {delete} {insert} END",
        ]
    return statements


def backfill_sql() -> list[str]:
    """Statements that index every row already in the tables (for upgrades and rebuilds)."""
    return [_backfill_statement(kind) for kind in INDEXED]


def _backfill_statement(kind: str, verb: str = "INSERT") -> str:
    title, body, case, day = INDEXED[kind]
    review = "'accepted'" if kind == "source" else "new.review"
    columns = ", ".join(
        expression.replace("new.", "") for expression in (title, body, case, day, review)
    )
    return (
        f"{verb} INTO search_index(rowid, title, body, case_id, item_date, review, kind) "
        f"SELECT id * 8 + {KIND_CODES[kind]}, {columns}, '{kind}' FROM \"{kind}\""
    )


@contextmanager
def deferred_indexing(connection: Connection, kind: str) -> Iterator[None]:
    """Within one transaction, insert rows into ``kind`` unindexed and note them in the backlog.

    Tokenising is most of the cost of an insert (FTS5 alone takes ~2.5x a plain executemany
    here), so a bulk load suspends the insert trigger and records the id range it added, in
    the same transaction as the rows: a crash loses both or neither. ``catch_up`` indexes the
    backlog; ``search`` runs it first, so no search ever misses a row.
    """
    if connection.dialect.name != "sqlite" or kind not in INDEXED:
        yield
        return
    trigger = f"{kind}_index_insert"
    trigger_sql = connection.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": trigger},
    ).scalar_one()
    # The driver opens its transaction only at the first write, so DDL before one would be
    # committed alone: a failed load would then leave the table without its trigger for
    # good. This empty write opens the transaction first, so a rollback restores it too.
    connection.execute(text(f"DELETE FROM {BACKLOG} WHERE 0"))
    last_id = f'SELECT COALESCE(MAX(id), 0) FROM "{kind}"'
    before = connection.execute(text(last_id)).scalar_one()
    connection.execute(text(f"DROP TRIGGER {trigger}"))
    yield
    after = connection.execute(text(last_id)).scalar_one()
    if after > before:
        connection.execute(
            text(f"INSERT INTO {BACKLOG} (kind, first_id, last_id) VALUES (:kind, :first, :last)"),
            {"kind": kind, "first": before + 1, "last": after},
        )
    connection.execute(text(trigger_sql))


def has_backlog(connection: Connection) -> bool:
    """True when a bulk load left rows that ``catch_up`` has not indexed yet."""
    if connection.dialect.name != "sqlite" or not _backlog_exists(connection):
        return False
    return backlog_waiting(connection)


def backlog_waiting(connection: Connection) -> bool:
    """``has_backlog`` for a library at the current schema (the backlog table is there)."""
    return bool(connection.execute(text(f"SELECT EXISTS (SELECT 1 FROM {BACKLOG})")).scalar())


def catch_up(connection: Connection) -> int:
    """Index the rows bulk loads left in the backlog; returns how many id ranges were done.

    Run inside a write transaction. A row edited since its bulk load was indexed by the
    update trigger already: its entry is dropped first, then the range indexed in one go
    (INSERT OR REPLACE would look every row up, at ~1.4x the cost).
    """
    if not has_backlog(connection):
        return 0
    ranges = connection.execute(text(f"SELECT rowid, kind, first_id, last_id FROM {BACKLOG}")).all()
    for backlog_row, kind, first, last in ranges:
        code = KIND_CODES[kind]
        bounds = {"a": first, "b": last, "low": first * 8 + code, "high": last * 8 + code}
        connection.execute(
            text(
                "DELETE FROM search_index WHERE rowid BETWEEN :low AND :high "
                f"AND rowid % 8 = {code}"
            ),
            bounds,
        )
        connection.execute(text(_backfill_statement(kind) + " WHERE id BETWEEN :a AND :b"), bounds)
        # Only the ranges read here: another connection may have added one since.
        connection.execute(text(f"DELETE FROM {BACKLOG} WHERE rowid = :row"), {"row": backlog_row})
    return len(ranges)


def create_backlog_sql() -> str:
    """The backlog table (migration 0004)."""
    return f"CREATE TABLE {BACKLOG} (kind TEXT NOT NULL, first_id INTEGER, last_id INTEGER)"


def drain_backlog_sql() -> list[str]:
    """Statements that index every pending range and empty the backlog (for downgrades)."""
    return [
        _backfill_statement(kind, "INSERT OR REPLACE")
        + f" WHERE EXISTS (SELECT 1 FROM {BACKLOG} b WHERE b.kind = '{kind}' "
        f'AND "{kind}".id BETWEEN b.first_id AND b.last_id)'
        for kind in INDEXED
    ] + [f"DELETE FROM {BACKLOG}"]


def rebuild(connection: Connection) -> None:
    """Drop and rebuild the index from the tables (repair after a crash or for a bulk load)."""
    connection.execute(text("DELETE FROM search_index"))
    if _backlog_exists(connection):
        connection.execute(text(f"DELETE FROM {BACKLOG}"))
    for statement in backfill_sql():
        connection.execute(text(statement))


def _backlog_exists(connection: Connection) -> bool:
    """False in a library still below the migration that adds the backlog."""
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": BACKLOG},
    ).first()
    return found is not None

"""What changed in the library, whoever changed it: the feed a window follows to show the
work of others (a colleague on the team library, the command line, a sync) within seconds.

Triggers (created by migration 0010) write one ``change_log`` row per inserted, updated or
deleted case, source, item, link, tag and saved search: its kind, id, case and action. A bulk
load writes one row per case instead ("bulk": read the case again). A reader asks for the
rows after the last one it saw; a cheap signal says first whether there is anything to ask:
``PRAGMA data_version`` on SQLite (it moves when another connection commits), PostgreSQL's
``LISTEN``/``NOTIFY`` on a team library (the triggers notify ``casefile_changes``).

Rows older than a day are pruned when a library is opened: the log is for live windows, not a
history.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection, Engine

TABLE = "change_log"
CHANNEL = "casefile_changes"
KEEP = dt.timedelta(days=1)
GAP_WAIT = 600.0  # seconds a skipped number is asked for again (see ChangeFeed.read)
MAX_GAPS = 100_000

# table: (kind, the id column, the case column or None). A kind None takes the row's
# item_kind (a tag on any kind of item). The rows of UPDATES are parts of another item (a
# tag, a piece of evidence): adding or removing one is an update of that item.
UPDATES = ("event_source", "itemtag")
LOGGED: dict[str, tuple[str | None, str, str | None]] = {
    "case": ("case", "id", "id"),
    "source": ("source", "id", None),
    "event": ("event", "id", "case_id"),
    "quote": ("quote", "id", "case_id"),
    "caption": ("caption", "id", "case_id"),
    "actor": ("actor", "id", "case_id"),
    "casesource": ("casesource", "source_id", "case_id"),
    "event_source": ("event", "event_id", None),  # a piece of evidence: its event changed
    "itemtag": (None, "item_id", None),
    "saved_search": ("saved_search", "id", None),
    "glossary_entry": ("glossary", "id", None),
}


@dataclass(frozen=True)
class Change:
    seq: int
    kind: str
    item_id: int | None
    case_id: int | None
    action: str  # "insert", "update", "delete" or "bulk"


def create_sql(dialect: str) -> list[str]:
    """The log table and its triggers, for ``dialect`` ("sqlite" or "postgresql")."""
    if dialect == "postgresql":
        statements = [
            f"CREATE TABLE {TABLE} (seq bigserial PRIMARY KEY, kind text NOT NULL, "
            "item_id integer, case_id integer, action text NOT NULL, "
            "at timestamptz NOT NULL DEFAULT now())",
            "CREATE FUNCTION casefile_log_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "DECLARE r jsonb; BEGIN "
            "IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF; "
            f"INSERT INTO {TABLE} (kind, item_id, case_id, action) VALUES ("
            "CASE WHEN TG_ARGV[0] = '' THEN r->>'item_kind' ELSE TG_ARGV[0] END, "
            "(r->>TG_ARGV[1])::integer, "
            "CASE WHEN TG_ARGV[2] = '' THEN NULL ELSE (r->>TG_ARGV[2])::integer END, "
            "CASE WHEN TG_ARGV[3] = 'part' THEN 'update' ELSE lower(TG_OP) END); "
            f"PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $$",
        ]
        for table, (kind, id_column, case_column) in LOGGED.items():
            statements.append(
                f'CREATE TRIGGER {table}_log AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION casefile_log_change("
                f"'{kind or ''}', '{id_column}', '{case_column or ''}', "
                f"'{'part' if table in UPDATES else ''}')"
            )
        return statements
    statements = [
        f"CREATE TABLE {TABLE} (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
        "item_id INTEGER, case_id INTEGER, action TEXT NOT NULL, "
        "at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)"
    ]
    for table in LOGGED:
        statements += [
            sqlite_trigger_sql(table, action) for action in ("insert", "update", "delete")
        ]
    return statements


def sqlite_trigger_sql(table: str, action: str) -> str:
    """One of the SQLite triggers that log ``table``'s changes."""
    kind, id_column, case_column = LOGGED[table]
    row = "old" if action == "delete" else "new"
    kind_value = f"'{kind}'" if kind else f"{row}.item_kind"
    case_value = f"{row}.{case_column}" if case_column else "NULL"
    logged = "update" if table in UPDATES else action
    return (
        f'CREATE TRIGGER {table}_log_{action} AFTER {action.upper()} ON "{table}" BEGIN '
        f"INSERT INTO {TABLE} (kind, item_id, case_id, action) VALUES "
        f"({kind_value}, {row}.{id_column}, {case_value}, '{logged}'); END"
    )


def drop_sql(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [
            *(f'DROP TRIGGER IF EXISTS {table}_log ON "{table}"' for table in LOGGED),
            "DROP FUNCTION IF EXISTS casefile_log_change()",
            f"DROP TABLE IF EXISTS {TABLE}",
        ]
    return [
        *(
            f"DROP TRIGGER IF EXISTS {table}_log_{action}"
            for table in LOGGED
            for action in ("insert", "update", "delete")
        ),
        f"DROP TABLE IF EXISTS {TABLE}",
    ]


def log_bulk(connection: Connection, kind: str, case_ids: set[int]) -> None:
    """One "bulk" row per case a bulk load wrote ``kind`` rows to (its rows are not logged
    one by one on SQLite: see ``search.deferred_indexing``)."""
    for case_id in sorted(case_ids):
        connection.execute(
            text(
                f"INSERT INTO {TABLE} (kind, item_id, case_id, action) "
                "VALUES (:kind, NULL, :case, 'bulk')"
            ),
            {"kind": kind, "case": case_id},
        )


def prune(connection: Connection) -> None:
    """Forget what changed more than a day ago (a window opened since has read it)."""
    cutoff = dt.datetime.now(dt.UTC).replace(tzinfo=None) - KEEP
    connection.execute(text(f"DELETE FROM {TABLE} WHERE at < :cutoff"), {"cutoff": cutoff})


class FeedLost(Exception):
    """The feed's connection is gone; a new feed listens again."""


class ChangeFeed:
    """Follows one library's change log from now on: :meth:`pending` is cheap and says
    whether to call :meth:`read`, which returns what changed since the last read."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._postgresql = engine.dialect.name == "postgresql"
        # A connection of its own, held while the feed lives: SQLite's data_version is
        # per connection, and PostgreSQL delivers notifications to the one that listens.
        self._connection: Connection | None = engine.connect()
        self._data_version: Any = None
        self._lost = False
        self._missing: dict[int, float] = {}  # numbers not seen yet: when first missed
        self._last = self._latest()
        if self._postgresql:
            raw = self._raw()
            raw.execute(f"LISTEN {CHANNEL}")
            raw.commit()
        else:
            self._data_version = self._sqlite_data_version()

    def _raw(self) -> Any:
        assert self._connection is not None
        return self._connection.connection.driver_connection

    def _latest(self) -> int:
        assert self._connection is not None
        found = self._connection.execute(text(f"SELECT MAX(seq) FROM {TABLE}")).scalar()
        self._connection.rollback()  # no transaction left open between two reads
        return int(found or 0)

    def _sqlite_data_version(self) -> int:
        assert self._connection is not None
        version = int(self._connection.exec_driver_sql("PRAGMA data_version").scalar() or 0)
        self._connection.rollback()
        return version

    def pending(self) -> bool:
        """Whether anything changed since the last read, as far as this side has heard: a
        notification still on its way is heard at the next call. Raises FeedLost when the
        connection is gone (a server restarted, a network down)."""
        if self._connection is None:
            return False
        if self._postgresql:
            import psycopg

            try:
                return any(True for _ in self._raw().notifies(timeout=0, stop_after=None))
            except psycopg.Error as exc:
                self._lost = True
                raise FeedLost(str(exc)) from exc
        version = self._sqlite_data_version()
        if version == self._data_version:
            return False
        self._data_version = version
        return True

    def read(self) -> list[Change]:
        """What changed since the last read, oldest first.

        A number is drawn when a row is written, not when its transaction commits: a long
        transaction (a sync) can commit rows numbered below ones already read. The numbers
        skipped so far are asked for again at each read until they appear, or for ten
        minutes (a transaction rolled back leaves its numbers unused for good).
        """
        if self._connection is None:
            return []
        now = time.monotonic()
        self._missing = {seq: at for seq, at in self._missing.items() if now - at < GAP_WAIT}
        statement = text(
            f"SELECT seq, kind, item_id, case_id, action FROM {TABLE} "
            "WHERE seq > :last OR seq IN :missing ORDER BY seq"
        ).bindparams(bindparam("missing", expanding=True))
        rows = self._connection.execute(
            statement, {"last": self._last, "missing": sorted(self._missing)}
        ).all()
        self._connection.rollback()
        changes = [Change(int(r[0]), str(r[1]), r[2], r[3], str(r[4])) for r in rows]
        numbers = {change.seq for change in changes}
        newest = max(numbers | {self._last})
        if newest - self._last < MAX_GAPS:
            for seq in range(self._last + 1, newest):
                if seq not in numbers:
                    self._missing[seq] = now
        for seq in numbers:
            self._missing.pop(seq, None)
        self._last = newest
        return changes

    def close(self) -> None:
        if self._connection is not None:
            if self._lost:  # a dead connection is thrown away, not handed back to the pool
                self._connection.invalidate()
            self._connection.close()
            self._connection = None


def by_case(changes: list[Change]) -> Iterator[tuple[int | None, list[Change]]]:
    """``changes`` grouped by case, in the order each case first appears."""
    groups: dict[int | None, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.case_id, []).append(change)
    yield from groups.items()

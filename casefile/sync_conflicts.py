"""The sync conflicts list: each value a sync replaced with a later change from the other side,
kept on the laptop that met it, to restore or dismiss (casefile/sync.py writes it).

A value about to lose is kept as "pending" before the team library changes, and becomes "open"
when the sync ends; a sync killed between the two leaves it pending, settled by the next one.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from casefile.errors import LibraryError, NotFoundError
from casefile.library import Library
from casefile.sync_records import BY_NAME, Records, Side, plain_value


def save_conflicts(connection: Connection, peer: str, conflicts: list[dict[str, Any]]) -> int:
    """Keep each losing value once (a sync run again after a kill finds the same ones)."""
    saved = 0
    for conflict in conflicts:
        values = {
            **conflict,
            "peer": peer,
            "kept": json.dumps(conflict["kept"], sort_keys=True),
            "lost": json.dumps(conflict["lost"], sort_keys=True),
        }
        known = connection.execute(
            text(
                "SELECT 1 FROM sync_conflict WHERE peer = :peer AND tbl = :tbl AND key = :key "
                "AND field = :field AND lost = :lost"
            ),
            values,
        ).first()
        if known is None:
            connection.execute(
                text(
                    "INSERT INTO sync_conflict (peer, tbl, key, field, kept, lost, lost_side, "
                    "label, at, state) VALUES (:peer, :tbl, :key, :field, :kept, :lost, "
                    ":lost_side, :label, :at, 'pending')"
                ),
                {**values, "at": dt.datetime.now(dt.UTC).replace(tzinfo=None)},
            )
            saved += 1
    return saved


def settle_pending(laptop: Library, peer: str, team: Records) -> None:
    """The conflicts a sync killed midway kept as pending: listed if the team's side took
    the winning value (that sync's first half committed), forgotten if not (this sync meets
    them again, if they still stand)."""
    with laptop.engine.begin() as connection:
        pending = connection.execute(
            text(
                "SELECT id, tbl, key, field, kept FROM sync_conflict "
                "WHERE peer = :peer AND state = 'pending'"
            ),
            {"peer": peer},
        ).all()
        for conflict_id, table, key, name, kept in pending:
            row = team.get(table, {}).get(key)
            if name == "*":
                happened = row is None  # the deletion went through
            else:
                happened = row is not None and row.get(name) == json.loads(kept)
            connection.execute(
                text(
                    "UPDATE sync_conflict SET state = 'open' WHERE id = :id"
                    if happened
                    else "DELETE FROM sync_conflict WHERE id = :id"
                ),
                {"id": conflict_id},
            )


# The conflicts list


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    key: str
    field: str
    kept: Any
    lost: Any
    lost_side: str
    label: str
    at: dt.datetime
    state: str


def conflicts(library: Library, *, include_closed: bool = False) -> list[Conflict]:
    """The values that lost to a later change on the other side, newest first."""
    with library.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, tbl, key, field, kept, lost, lost_side, label, at, state "
                "FROM sync_conflict"
                + ("" if include_closed else " WHERE state = 'open'")
                + " ORDER BY at DESC, id DESC"
            )
        ).all()
    return [
        Conflict(
            r[0],
            r[1],
            r[2],
            r[3],
            json.loads(r[4]),
            json.loads(r[5]),
            r[6],
            r[7],
            _moment(r[8]),
            r[9],
        )
        for r in rows
    ]


def _moment(value: Any) -> dt.datetime:
    """A stored time (SQLite gives text to a plain query)."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def dismiss_conflict(library: Library, conflict_id: int) -> None:
    _set_state(library, conflict_id, "dismissed")


def restore_conflict(library: Library, conflict_id: int) -> None:
    """Put the losing value back (an ordinary edit here: the next sync takes it across)."""
    found = [c for c in conflicts(library, include_closed=True) if c.id == conflict_id]
    if not found:
        raise NotFoundError(key="no_item", kind="conflict", item_id=conflict_id)
    conflict = found[0]
    spec = BY_NAME[conflict.table]
    with library.engine.begin() as connection:
        side = Side(library, connection, set())
        if conflict.field == "*":
            if side.id_of(conflict.table, conflict.key) is None and not side.insert(
                spec, conflict.lost
            ):
                raise LibraryError(key="conflict_parent_gone")
        else:
            changes = {
                conflict.field: conflict.lost,
                "modified_at": plain_value(dt.datetime.now(dt.UTC)),
            }
            side.update(spec, conflict.key, changes, seen_version=None)
    _set_state(library, conflict_id, "restored")


def _set_state(library: Library, conflict_id: int, state: str) -> None:
    with library.engine.begin() as connection:
        done = connection.execute(
            text("UPDATE sync_conflict SET state = :state WHERE id = :id"),
            {"state": state, "id": conflict_id},
        ).rowcount
    if not done:
        raise NotFoundError(key="no_item", kind="conflict", item_id=conflict_id)


def last_synced(library: Library) -> dt.datetime | None:
    """When this library last synced with any team library."""
    with library.engine.connect() as connection:
        found = connection.execute(text("SELECT MAX(synced_at) FROM sync_peer")).scalar()
    return _moment(found) if found is not None else None

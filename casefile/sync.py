"""A laptop's library and a team library, brought to agree on the cases the laptop follows.

Every synced row has a global id (``uid``) and the time of its last change (``modified_at``);
links (a source in a case, an actor in an event, a tag on an item) are known by the global
ids they join. The laptop keeps, per team library, each row as both sides last agreed on it
(``sync_base``). A sync then compares three versions of every row: the laptop's, the team's
and that base.

- A row on one side only is new there (it goes across), or, if the base has it, deleted on
  the other side (the deletion goes across).
- A field changed on one side since the base takes that side's value. Changed on both to
  different values, the later change (by ``modified_at``) wins, and the other value is kept
  in the laptop's conflicts list (``sync_conflict``) to restore or dismiss: nothing is lost
  without a trace.
- Originals travel once: a source's file goes across only when the other side lacks it
  (files are named by their content's hash).

The team side is written first, in one transaction under an advisory lock (two laptops
syncing at once take turns), then the laptop's side with the new bases and conflicts, in
one. Killed between the two, the team holds the merge and the laptop its old state and old
bases: the next sync finds the laptop's changes already there and completes. A laptop row
edited while a sync ran is left for the next one (its version moved).

A source removed from a case leaves the case on the other side too; the source itself stays
in the team library, where other cases may hold it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from casefile import credentials
from casefile.errors import CasefileError, NotFoundError
from casefile.files import content_hash, is_stored_name
from casefile.library import Library
from casefile.models import Case, Source
from casefile.sync_conflicts import save_conflicts, settle_pending
from casefile.sync_records import BOOKKEEPING, BY_NAME, LINKS, SPECS, Records, Side, table_of


class SyncCancelled(CasefileError):
    """The analyst cancelled: the team library is as it was (its transaction rolled back)."""


@dataclass
class SyncReport:
    pushed: dict[str, int] = field(default_factory=dict)  # "added", "changed", "deleted"
    pulled: dict[str, int] = field(default_factory=dict)
    files_sent: int = 0
    files_received: int = 0
    conflicts: int = 0
    left_for_next: int = 0  # rows edited on either side while the sync ran: merged next time
    cases: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "files_sent": self.files_sent,
            "files_received": self.files_received,
            "conflicts": self.conflicts,
            "left_for_next": self.left_for_next,
            "cases": self.cases,
        }


Progress = Callable[[int, int, str], None]


def peer_key(team: Library) -> str:
    """How the laptop names a team library: its address without a password."""
    return credentials.account(team.url)


# Merging


@dataclass
class Plan:
    """What each side must do, and what the laptop keeps afterwards."""

    to_team: dict[str, list[tuple[str, str, dict[str, Any]]]] = field(default_factory=dict)
    to_laptop: dict[str, list[tuple[str, str, dict[str, Any]]]] = field(default_factory=dict)
    bases: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def add(self, side: str, table: str, action: str, key: str, record: dict[str, Any]) -> None:
        target = self.to_team if side == "team" else self.to_laptop
        target.setdefault(table, []).append((action, key, record))

    def drop(self, rows: set[tuple[str, str]]) -> None:
        """Leave ``rows`` out of the laptop's side (they are merged again next time)."""
        for table, key in rows:
            work = self.to_laptop.get(table, [])
            self.to_laptop[table] = [entry for entry in work if entry[1] != key]


def _later(laptop: dict[str, Any], team: dict[str, Any]) -> str:
    """Which side changed the row last ("laptop" on a tie: the analyst at hand)."""
    return (
        "team" if (team.get("modified_at") or "") > (laptop.get("modified_at") or "") else "laptop"
    )


def _label(table: str, record: dict[str, Any]) -> str:
    for name in ("title", "name", "text", "caption", "tag", "evidence_text"):
        if record.get(name):
            return str(record[name])[:120]
    return table


def merge(
    table: str, laptop: Records, team: Records, bases: dict[str, dict[str, Any]], plan: Plan
) -> None:
    mine, theirs = laptop.get(table, {}), team.get(table, {})
    for key in sorted(set(mine) | set(theirs) | set(bases)):
        base, here, there = bases.get(key), mine.get(key), theirs.get(key)
        if here is not None and there is not None:
            merged = dict(here)
            winner = _later(here, there)
            for name in sorted(set(here) | set(there)):
                hv, tv = here.get(name), there.get(name)
                if hv == tv:
                    continue
                bv = base.get(name) if base is not None else object()
                if hv == bv:
                    merged[name] = tv
                elif tv == bv:
                    merged[name] = hv
                elif name in BOOKKEEPING:
                    merged[name] = max(str(hv or ""), str(tv or "")) or None
                else:
                    kept, lost = (hv, tv) if winner == "laptop" else (tv, hv)
                    merged[name] = kept
                    plan.conflicts.append(
                        {
                            "tbl": table,
                            "key": key,
                            "field": name,
                            "kept": kept,
                            "lost": lost,
                            "lost_side": "team" if winner == "laptop" else "laptop",
                            "label": _label(table, merged),
                        }
                    )
            if merged != there:
                plan.add(
                    "team",
                    table,
                    "update",
                    key,
                    {k: v for k, v in merged.items() if there.get(k) != v},
                )
            if merged != here:
                plan.add(
                    "laptop",
                    table,
                    "update",
                    key,
                    {k: v for k, v in merged.items() if here.get(k) != v},
                )
            plan.bases[(table, key)] = merged
        elif here is not None or there is not None:
            # On one side only: new there, or deleted on the other side since the base.
            side, row = ("laptop", here) if here is not None else ("team", there)
            assert row is not None
            if base is None:
                plan.add("team" if side == "laptop" else "laptop", table, "insert", key, row)
                plan.bases[(table, key)] = row
            else:
                if table not in LINKS and _edited(row, base):
                    plan.conflicts.append(_deleted(table, key, row, side))
                if not (side == "team" and table == "source"):  # other cases there may hold it
                    plan.add(side, table, "delete", key, row)
                plan.bases[(table, key)] = None
        else:
            plan.bases[(table, key)] = None


def _edited(row: dict[str, Any], base: dict[str, Any]) -> bool:
    """Whether ``row`` differs from ``base`` in more than bookkeeping (times of change)."""
    return any(row.get(name) != base.get(name) for name in (set(row) | set(base)) - BOOKKEEPING)


def _deleted(table: str, key: str, record: dict[str, Any], side: str) -> dict[str, Any]:
    """A row edited on one side since the other deleted it: the deletion goes through, and
    the edited row is kept in the conflicts list."""
    return {
        "tbl": table,
        "key": key,
        "field": "*",
        "kept": None,
        "lost": record,
        "lost_side": side,
        "label": _label(table, record),
    }


# The whole sync


def sync(
    laptop: Library,
    team: Library,
    case: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> SyncReport:
    """Sync ``laptop`` with ``team`` for the cases the laptop follows (and ``case``)."""
    say = progress or (lambda _done, _total, _text: None)
    report = SyncReport()
    peer = peer_key(team)
    say(0, 5, "Reading the cases followed")
    followed = _followed(laptop, peer)
    with laptop.engine.connect() as connection:
        followed |= {row[0] for row in connection.execute(select(table_of(Case).c.uid))}
    if case is not None:
        followed.add(_case_uid(laptop, team, case))
    with team.engine.connect() as team_connection, team_connection.begin():
        if team_connection.dialect.name == "postgresql":
            # Two laptops syncing at once take turns; the lock ends with the transaction.
            team_connection.execute(text("SELECT pg_advisory_xact_lock(4242)"))
        say(1, 5, "Reading the team library")
        _adopt_team_sources(laptop, team_connection, peer)
        theirs = Side(team, team_connection, followed)
        with laptop.engine.connect() as laptop_connection:
            mine = Side(laptop, laptop_connection, followed)
            bases = _bases(laptop_connection, peer)
            _keep_unfollowed_references(mine, bases)
            laptop_connection.rollback()
        settle_pending(laptop, peer, theirs.records)
        plan = Plan()
        for spec in SPECS:
            merge(spec.name, mine.records, theirs.records, bases.get(spec.name, {}), plan)
        if cancelled():
            raise SyncCancelled("The sync was cancelled; nothing changed.")
        # The values about to lose are kept before the team's side changes: a sync killed
        # after it never loses one (pending until this sync's end; see _settle_pending).
        with laptop.engine.begin() as connection:
            report.conflicts = save_conflicts(connection, peer, plan.conflicts)
        say(2, 5, "Sending originals")
        report.files_sent = _send_files(laptop, team, plan.to_team)
        say(3, 5, "Writing to the team library")
        # A team row a colleague changed since it was read is left as they made it: this
        # laptop neither takes the merge nor records it as agreed; the next sync merges again.
        orphans: list[tuple[str, dict[str, Any]]] = []
        moved = _apply(theirs, plan.to_team, report.pushed, theirs.versions, orphans)
        homeless = [_deleted(table, record["uid"], record, "laptop") for table, record in orphans]
        plan.drop(moved)
        report.left_for_next += len(moved)
        if cancelled():
            raise SyncCancelled("The sync was cancelled; nothing changed.")
    say(4, 5, "Writing to this library")
    report.files_received = _send_files(team, laptop, plan.to_laptop)
    with laptop.engine.begin() as connection:
        # What was read stands, ids and versions: a row edited since is left for next time.
        mine.connection = connection
        orphans = []
        skipped = _apply(mine, plan.to_laptop, report.pulled, mine.versions, orphans) | moved
        report.left_for_next += len(skipped - moved)
        # A row added on one side to a case or event the other side deleted meanwhile: the
        # deletion stands, and the row is kept in the conflicts list (nothing lost unseen).
        homeless += [_deleted(table, record["uid"], record, "team") for table, record in orphans]
        report.conflicts += save_conflicts(connection, peer, homeless)
        _save_bases(connection, peer, plan.bases, bases, skipped)
        connection.execute(
            text(
                "UPDATE sync_conflict SET state = 'open' WHERE peer = :peer AND state = 'pending'"
            ),
            {"peer": peer},
        )
        _save_peer(connection, peer, followed)
    report.cases = sorted(
        record["title"] for record in {**theirs.records["case"], **mine.records["case"]}.values()
    )
    say(5, 5, "Done")
    return report


def _keep_unfollowed_references(side: Side, bases: dict[str, dict[str, dict[str, Any]]]) -> None:
    """A reference the laptop cannot follow (to a row of a case it does not follow) reads
    as empty there: it keeps the value both sides last agreed on, so a sync never clears
    it on the team."""
    for spec in SPECS:
        agreed = bases.get(spec.name, {})
        for key, record in side.records.get(spec.name, {}).items():
            base = agreed.get(key)
            if base is None or spec.linked_by:
                continue
            for name, target in spec.refs.items():
                kept = base.get(name)
                if record.get(name) is None and kept and side.id_of(target, kept) is None:
                    record[name] = kept


def _adopt_team_sources(laptop: Library, team: Connection, peer: str) -> None:
    """A source the laptop imported since its last sync that the team library already holds
    (the same file, imported by a colleague meanwhile) takes the team's global id: it is one
    source, stored once, wherever it was imported first."""
    with laptop.engine.begin() as connection:
        rows = connection.execute(
            text(
                "SELECT uid, content_hash FROM source WHERE uid NOT IN "
                "(SELECT key FROM sync_base WHERE peer = :peer AND tbl = 'source')"
            ),
            {"peer": peer},
        ).all()
        if not rows:
            return
        by_hash = {str(digest): str(uid) for uid, digest in rows}
        known = team.execute(
            select(table_of(Source).c.uid, table_of(Source).c.content_hash).where(
                table_of(Source).c.content_hash.in_(list(by_hash))
            )
        ).all()
        for team_uid, digest in known:
            if by_hash[digest] != team_uid:
                connection.execute(
                    text("UPDATE source SET uid = :team WHERE uid = :mine"),
                    {"team": team_uid, "mine": by_hash[digest]},
                )


def _followed(laptop: Library, peer: str) -> set[str]:
    with laptop.engine.connect() as connection:
        found = connection.execute(
            text("SELECT cases FROM sync_peer WHERE peer = :peer"), {"peer": peer}
        ).scalar()
    return set(json.loads(found)) if found else set()


def _case_uid(laptop: Library, team: Library, reference: str) -> str:
    """The case ``reference`` names (an id or title here, else a title on the team)."""
    try:
        return laptop.find_case(reference).uid
    except NotFoundError:
        pass
    with team.engine.connect() as connection:
        found = connection.execute(
            select(table_of(Case).c.uid).where(table_of(Case).c.title == reference)
        ).all()
    if len(found) == 1:
        return str(found[0][0])
    raise NotFoundError(key="no_case_named", reference=reference)


def _bases(connection: Connection, peer: str) -> dict[str, dict[str, dict[str, Any]]]:
    bases: dict[str, dict[str, dict[str, Any]]] = {}
    rows = connection.execute(
        text("SELECT tbl, key, record FROM sync_base WHERE peer = :peer"), {"peer": peer}
    )
    for table, key, record in rows:
        bases.setdefault(table, {})[key] = json.loads(record)
    return bases


# The rows that name a stored file: a source's original, a caption's picture.
_FILE_FIELDS = (("source", "stored_file"), ("caption", "image_file"))


def _send_files(
    origin: Library, target: Library, work: dict[str, list[tuple[str, str, dict[str, Any]]]]
) -> int:
    """Copy the originals and pictures the rows ``target`` is about to get name, where it
    lacks them (a stored file is named after its content hash: ``ab/abcd….jpg``)."""
    sent = 0
    for table, column in _FILE_FIELDS:
        for action, _key, record in work.get(table, []):
            stored = record.get(column)
            if action not in ("insert", "update") or not stored or not is_stored_name(stored):
                continue  # a name the library never makes is no path to follow
            if target.files.has(stored):
                continue
            path = origin.files.path(stored)
            if not path.is_file():
                continue  # named but never stored (an old library's missing picture)
            data = path.read_bytes()
            name = PurePosixPath(stored)
            if content_hash(data) != name.stem:
                continue  # not the file its name says: never passed on
            target.files.put(data, name.stem, name.suffix)
            sent += 1
    return sent


def _apply(
    side: Side,
    work: dict[str, list[tuple[str, str, dict[str, Any]]]],
    counts: dict[str, int],
    versions: dict[str, dict[str, int]] | None,
    orphans: list[tuple[str, dict[str, Any]]] | None = None,
) -> set[tuple[str, str]]:
    """Do ``work`` on ``side``: inserts and updates parents first, deletions children first.
    Returns the rows left alone because they moved since read; the rows that could not be
    added (their case or event was deleted there) go to ``orphans``."""
    skipped: set[tuple[str, str]] = set()
    for spec in SPECS:
        added = [record for action, _key, record in work.get(spec.name, []) if action == "insert"]
        if added:
            left = side.insert_many(spec, added)
            counts["added"] = counts.get("added", 0) + len(added) - len(left)
            if orphans is not None:
                orphans.extend((spec.name, record) for record in left)
        for action, key, record in work.get(spec.name, []):
            if action == "update":
                if spec.linked_by or spec.name == "itemtag":
                    continue
                seen = versions.get(spec.name, {}).get(key) if versions is not None else None
                if side.update(spec, key, dict(record), seen_version=seen):
                    counts["changed"] = counts.get("changed", 0) + 1
                else:
                    skipped.add((spec.name, key))
    # An event proposed as "same as" another: linked once both are there.
    for action, key, record in work.get("event", []):
        if action == "insert" and record.get("same_as_id"):
            side.update(
                BY_NAME["event"], key, {"same_as_id": record["same_as_id"]}, seen_version=None
            )
    for spec in reversed(SPECS):
        for action, key, record in work.get(spec.name, []):
            if action != "delete":
                continue
            if side.holds_unseen(spec, key):
                skipped.add((spec.name, key))  # a row added to it meanwhile: next time
                continue
            side.delete(spec, key, record)
            counts["deleted"] = counts.get("deleted", 0) + 1
    return skipped


def _save_bases(
    connection: Connection,
    peer: str,
    bases: dict[tuple[str, str], dict[str, Any] | None],
    before: dict[str, dict[str, dict[str, Any]]],
    skipped: set[tuple[str, str]],
) -> None:
    """Keep the rows as both sides now agree on them; only those that changed are written."""
    changed = {
        where: record
        for where, record in bases.items()
        if where not in skipped  # the laptop's row moved: merged next time from the old base
        and record != before.get(where[0], {}).get(where[1])
    }
    if not changed:
        return
    keys = [{"peer": peer, "tbl": table, "key": key} for table, key in changed]
    connection.execute(
        text("DELETE FROM sync_base WHERE peer = :peer AND tbl = :tbl AND key = :key"), keys
    )
    rows = [
        {"peer": peer, "tbl": table, "key": key, "record": json.dumps(record, sort_keys=True)}
        for (table, key), record in changed.items()
        if record is not None
    ]
    if rows:
        connection.execute(
            text(
                "INSERT INTO sync_base (peer, tbl, key, record) VALUES (:peer, :tbl, :key, :record)"
            ),
            rows,
        )


def _save_peer(connection: Connection, peer: str, followed: set[str]) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    cases = json.dumps(sorted(followed))
    updated = connection.execute(
        text("UPDATE sync_peer SET cases = :cases, synced_at = :now WHERE peer = :peer"),
        {"peer": peer, "cases": cases, "now": now},
    ).rowcount
    if not updated:
        connection.execute(
            text("INSERT INTO sync_peer (peer, cases, synced_at) VALUES (:peer, :cases, :now)"),
            {"peer": peer, "cases": cases, "now": now},
        )

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.engine import Connection

from casefile import credentials
from casefile.errors import CasefileError, LibraryError, NotFoundError
from casefile.library import Library
from casefile.models import (
    Actor,
    Caption,
    Case,
    CaseSource,
    Event,
    EventActor,
    EventSource,
    ItemTag,
    Quote,
    Source,
    Tag,
)


@dataclass(frozen=True)
class Spec:
    """One synced table: its rows' identity (``uid``, or the global ids of the rows it
    links) and which of its columns name rows of other tables."""

    name: str
    model: Any
    refs: dict[str, str] = field(default_factory=dict)
    linked_by: tuple[str, ...] = ()  # a link table's key: these refs' global ids

    @property
    def table(self) -> Any:
        return _t(self.model)


def _t(model: Any) -> Any:
    """A model's Core table (typed loosely: SQLModel's classes do not declare it)."""
    return model.__table__


ITEM_REFS = {"case_id": "case", "source_id": "source"}
SPECS = (
    Spec("case", Case),
    Spec("source", Source),
    Spec(
        "casesource",
        CaseSource,
        {"case_id": "case", "source_id": "source"},
        ("case_id", "source_id"),
    ),
    Spec("actor", Actor, ITEM_REFS),
    Spec("event", Event, {**ITEM_REFS, "same_as_id": "event"}),
    Spec("event_source", EventSource, {"event_id": "event", "source_id": "source"}),
    Spec(
        "eventactor",
        EventActor,
        {"event_id": "event", "actor_id": "actor"},
        ("event_id", "actor_id"),
    ),
    Spec("quote", Quote, {**ITEM_REFS, "speaker_actor_id": "actor"}),
    Spec("caption", Caption, ITEM_REFS),
    Spec("itemtag", ItemTag),  # keyed by tag name, item kind and the item's global id
)
BY_NAME = {spec.name: spec for spec in SPECS}
LOCAL_COLUMNS = {"id", "version"}
# When changed on both sides, these take the later value and are no conflict.
BOOKKEEPING = {"modified_at", "updated_at", "added_at", "created_at"}
TAGGABLE = ("case", "source", "event", "quote", "caption", "actor")
LINKS = ("casesource", "eventactor", "itemtag")  # rows that only join two others
REQUIRED = ("case_id", "event_id")  # a row is nothing without what these name


class SyncCancelled(CasefileError):
    """The analyst cancelled: the team library is as it was (its transaction rolled back)."""


@dataclass
class SyncReport:
    pushed: dict[str, int] = field(default_factory=dict)  # "added", "changed", "deleted"
    pulled: dict[str, int] = field(default_factory=dict)
    files_sent: int = 0
    files_received: int = 0
    conflicts: int = 0
    left_for_next: int = 0  # laptop rows edited while the sync ran
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
Records = dict[str, dict[str, dict[str, Any]]]  # table -> key -> record


def peer_key(team: Library) -> str:
    """How the laptop names a team library: its address without a password."""
    return credentials.account(team.url)


# Reading one side


def _plain(value: Any) -> Any:
    """A value as JSON keeps it and both databases compare it (times in UTC, naive)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class Side:
    """One library's rows of the followed cases, as records keyed by global identity."""

    def __init__(self, library: Library, connection: Connection, case_uids: set[str]) -> None:
        self.library = library
        self.connection = connection
        self.uids: dict[str, dict[int, str]] = {}  # table -> local id -> uid
        self.ids: dict[str, dict[str, int]] = {}  # table -> uid -> local id
        self.versions: dict[str, dict[str, int]] = {}  # table -> key -> version read
        self.records: Records = {}
        self._read(case_uids)

    def _rows(self, spec: Spec, where: Any) -> list[dict[str, Any]]:
        table = spec.table
        return [dict(row._mapping) for row in self.connection.execute(select(table).where(where))]

    def _read(self, case_uids: set[str]) -> None:
        c = _t(Case).c
        cases = self._rows(BY_NAME["case"], c.uid.in_(case_uids)) if case_uids else []
        case_ids = [row["id"] for row in cases]
        links = self._rows(BY_NAME["casesource"], _t(CaseSource).c.case_id.in_(case_ids))
        source_ids = sorted({row["source_id"] for row in links})
        rows: dict[str, list[dict[str, Any]]] = {
            "case": cases,
            "source": self._rows(BY_NAME["source"], _t(Source).c.id.in_(source_ids)),
            "casesource": links,
        }
        for name in ("actor", "event", "quote", "caption"):
            model = BY_NAME[name].model
            rows[name] = self._rows(BY_NAME[name], model.__table__.c.case_id.in_(case_ids))
        event_ids = [row["id"] for row in rows["event"]]
        rows["event_source"] = self._rows(
            BY_NAME["event_source"], _t(EventSource).c.event_id.in_(event_ids)
        )
        rows["eventactor"] = self._rows(
            BY_NAME["eventactor"], _t(EventActor).c.event_id.in_(event_ids)
        )
        for name in ("case", "source", "actor", "event", "event_source", "quote", "caption"):
            self.uids[name] = {row["id"]: row["uid"] for row in rows[name]}
            self.ids[name] = {row["uid"]: row["id"] for row in rows[name]}
        for spec in SPECS:
            if spec.name == "itemtag":
                continue
            records, versions = {}, {}
            for row in rows[spec.name]:
                key, record = self._record(spec, row)
                records[key] = record
                if "version" in row:
                    versions[key] = row["version"]
            self.records[spec.name] = records
            self.versions[spec.name] = versions
        self.records["itemtag"] = self._tags()

    def uid_of(self, table: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        known: dict[int, Any] = self.uids.setdefault(table, {})
        if local_id not in known:
            model = BY_NAME[table].model
            found = self.connection.execute(
                select(model.__table__.c.uid).where(model.__table__.c.id == local_id)
            ).scalar()
            known[local_id] = found
        found = known[local_id]
        return str(found) if found is not None else None

    def id_of(self, table: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        known = self.ids.setdefault(table, {})
        if uid not in known:
            model = BY_NAME[table].model
            found = self.connection.execute(
                select(model.__table__.c.id).where(model.__table__.c.uid == uid)
            ).scalar()
            if found is None:
                return None
            known[uid] = int(found)
        return known[uid]

    def _record(self, spec: Spec, row: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        record = {}
        for name, value in row.items():
            if name in LOCAL_COLUMNS:
                continue
            if name in spec.refs:
                record[name] = self.uid_of(spec.refs[name], value)
            else:
                record[name] = _plain(value)
        if spec.linked_by:
            key = "|".join(str(record[name]) for name in spec.linked_by)
        else:
            key = str(record["uid"])
        return key, record

    def _tags(self) -> dict[str, dict[str, Any]]:
        rows = self.connection.execute(
            select(_t(ItemTag).c.item_kind, _t(ItemTag).c.item_id, _t(Tag).c.name)
            .join(_t(Tag), _t(Tag).c.id == _t(ItemTag).c.tag_id)
            .where(_t(ItemTag).c.item_kind.in_(TAGGABLE))
        ).all()
        records = {}
        for kind, item_id, name in rows:
            item = self.uids.get(kind, {}).get(item_id)
            if item is None:
                continue  # an item of a case not followed
            record = {"tag": name, "item_kind": kind, "item": item}
            records[f"{name}|{kind}|{item}"] = record
        return records

    # Writing

    def _values(self, spec: Spec, record: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in record.items():
            if name in spec.refs:
                values[name] = self.id_of(spec.refs[name], value)
            elif value is not None and _holds(spec, name, dt.datetime):
                values[name] = dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
            elif value is not None and _holds(spec, name, dt.date):
                values[name] = dt.date.fromisoformat(value)
            else:
                values[name] = value
        return values

    def insert(self, spec: Spec, record: dict[str, Any]) -> bool:
        """Insert one record; False when what it belongs to is not here (see insert_many)."""
        return not self.insert_many(spec, [record])

    def insert_many(self, spec: Spec, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Insert ``records`` of one table in one statement (an executemany), learning the
        new rows' ids for the rows that refer to them. Returns the records that cannot be
        inserted here: their case or event is not (deleted on this side meanwhile)."""
        if spec.name == "itemtag":
            for record in records:
                tag = self._tag_id(record["tag"])
                item = self.id_of(record["item_kind"], record["item"])
                if item is not None:
                    self.connection.execute(
                        insert(_t(ItemTag)).values(
                            tag_id=tag, item_kind=record["item_kind"], item_id=item
                        )
                    )
            return []
        rows, orphans = [], []
        for record in records:
            values = self._values(spec, record)
            if spec.name == "event":
                values["same_as_id"] = None  # set once every event is there (see _apply)
            if any(values.get(name) is None for name in spec.linked_by):
                continue  # a link to a row not here (not followed): nothing to link
            if any(name in values and values[name] is None for name in REQUIRED):
                orphans.append(record)
                continue
            rows.append(values)
        if not rows:
            return orphans
        if spec.linked_by:
            self.connection.execute(insert(spec.table), rows)
            return orphans
        table = spec.table
        made = self.connection.execute(insert(table).returning(table.c.id, table.c.uid), rows)
        for new_id, uid in made:
            self.ids.setdefault(spec.name, {})[uid] = int(new_id)
            self.uids.setdefault(spec.name, {})[int(new_id)] = uid
        return orphans

    def update(
        self, spec: Spec, key: str, changes: dict[str, Any], *, seen_version: int | None
    ) -> bool:
        """Write ``changes`` to the row; False when it moved since read (``seen_version``)."""
        values = self._values(spec, changes)
        condition = spec.table.c.uid == key
        if seen_version is not None:
            condition = condition & (spec.table.c.version == seen_version)
        statement = update(spec.table).where(condition).values(**values)
        if "version" in spec.table.c:
            statement = statement.values(version=spec.table.c.version + 1)
        return bool(self.connection.execute(statement).rowcount)

    def delete(self, spec: Spec, key: str, record: dict[str, Any]) -> None:
        table = spec.table
        if spec.name == "itemtag":
            tag = self.connection.execute(
                select(_t(Tag).c.id).where(_t(Tag).c.name == record["tag"])
            ).scalar()
            item = self.id_of(record["item_kind"], record["item"])
            if tag is not None and item is not None:
                self.connection.execute(
                    delete(table).where(
                        table.c.tag_id == tag,
                        table.c.item_kind == record["item_kind"],
                        table.c.item_id == item,
                    )
                )
            return
        if spec.linked_by:
            ids = [self.id_of(spec.refs[name], record[name]) for name in spec.linked_by]
            if None not in ids:
                self.connection.execute(
                    delete(table).where(
                        *(
                            table.c[name] == value
                            for name, value in zip(spec.linked_by, ids, strict=True)
                        )
                    )
                )
            return
        if spec.name in TAGGABLE:  # its tags go with it, as Library.delete takes them
            item = self.id_of(spec.name, key)
            tags = _t(ItemTag)
            self.connection.execute(
                delete(tags).where(tags.c.item_kind == spec.name, tags.c.item_id == item)
            )
        self.connection.execute(delete(table).where(table.c.uid == key))

    def holds_unseen(self, spec: Spec, key: str) -> bool:
        """Whether deleting this case or event would take rows this sync did not read (a
        colleague's, added while it ran): then it is left for the next sync."""
        children = {"case": ("actor", "event", "quote", "caption"), "event": ("event_source",)}
        if spec.name not in children:
            return False
        parent = self.id_of(spec.name, key)
        column = "case_id" if spec.name == "case" else "event_id"
        for name in children[spec.name]:
            table = BY_NAME[name].table
            uids = self.connection.execute(
                select(table.c.uid).where(table.c[column] == parent)
            ).scalars()
            if any(uid not in self.records.get(name, {}) for uid in uids):
                return True
        return False

    def _tag_id(self, name: str) -> int:
        table = _t(Tag)
        found = self.connection.execute(select(table.c.id).where(table.c.name == name)).scalar()
        if found is None:
            inserted = self.connection.execute(insert(table).values(name=name)).inserted_primary_key
            assert inserted is not None
            found = inserted[0]
        return int(found)


def _holds(spec: Spec, name: str, kind: type) -> bool:
    """Whether the model's field ``name`` holds ``kind`` (a date or a time), maybe None."""
    field_info = spec.model.model_fields.get(name)
    if field_info is None:
        return False
    annotation = field_info.annotation
    return annotation is kind or kind in getattr(annotation, "__args__", ())


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
        followed |= {row[0] for row in connection.execute(select(_t(Case).c.uid))}
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
        _settle_pending(laptop, peer, theirs.records)
        plan = Plan()
        for spec in SPECS:
            merge(spec.name, mine.records, theirs.records, bases.get(spec.name, {}), plan)
        if cancelled():
            raise SyncCancelled("The sync was cancelled; nothing changed.")
        # The values about to lose are kept before the team's side changes: a sync killed
        # after it never loses one (pending until this sync's end; see _settle_pending).
        with laptop.engine.begin() as connection:
            report.conflicts = _save_conflicts(connection, peer, plan.conflicts)
        say(2, 5, "Sending originals")
        report.files_sent = _send_files(laptop, team, plan.to_team.get("source", []))
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
    report.files_received = _send_files(team, laptop, plan.to_laptop.get("source", []))
    with laptop.engine.begin() as connection:
        # What was read stands, ids and versions: a row edited since is left for next time.
        mine.connection = connection
        orphans = []
        skipped = _apply(mine, plan.to_laptop, report.pulled, mine.versions, orphans) | moved
        report.left_for_next += len(skipped - moved)
        # A row added on one side to a case or event the other side deleted meanwhile: the
        # deletion stands, and the row is kept in the conflicts list (nothing lost unseen).
        homeless += [_deleted(table, record["uid"], record, "team") for table, record in orphans]
        report.conflicts += _save_conflicts(connection, peer, homeless)
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
            select(_t(Source).c.uid, _t(Source).c.content_hash).where(
                _t(Source).c.content_hash.in_(list(by_hash))
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
            select(_t(Case).c.uid).where(_t(Case).c.title == reference)
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


def _send_files(
    origin: Library, target: Library, sources: Iterable[tuple[str, str, dict[str, Any]]]
) -> int:
    """Copy the originals of the sources ``target`` is about to get, where it lacks them."""
    sent = 0
    for action, _key, record in sources:
        stored = record.get("stored_file")
        if action != "insert" or not stored or target.files.has(stored):
            continue
        data = origin.files.path(stored).read_bytes()
        target.files.put(data, record["content_hash"], PurePosixPath(stored).suffix)
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


def _save_conflicts(connection: Connection, peer: str, conflicts: list[dict[str, Any]]) -> int:
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


def _settle_pending(laptop: Library, peer: str, team: Records) -> None:
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
                "modified_at": _plain(dt.datetime.now(dt.UTC)),
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

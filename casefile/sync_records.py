"""How sync reads and writes one library: each synced table's rows as records keyed by global
identity (casefile/sync.py compares them), and back.

Every synced row has a global id (``uid``); links (a source in a case, an actor in an event, a
tag on an item) are known by the global ids they join. A record names other rows by their
global ids, never by a library's own ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

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
        return table_of(self.model)


def table_of(model: Any) -> Any:
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


Records = dict[str, dict[str, dict[str, Any]]]  # table -> key -> record


# Reading one side


def plain_value(value: Any) -> Any:
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
        c = table_of(Case).c
        cases = self._rows(BY_NAME["case"], c.uid.in_(case_uids)) if case_uids else []
        case_ids = [row["id"] for row in cases]
        links = self._rows(BY_NAME["casesource"], table_of(CaseSource).c.case_id.in_(case_ids))
        source_ids = sorted({row["source_id"] for row in links})
        rows: dict[str, list[dict[str, Any]]] = {
            "case": cases,
            "source": self._rows(BY_NAME["source"], table_of(Source).c.id.in_(source_ids)),
            "casesource": links,
        }
        for name in ("actor", "event", "quote", "caption"):
            model = BY_NAME[name].model
            rows[name] = self._rows(BY_NAME[name], model.__table__.c.case_id.in_(case_ids))
        event_ids = [row["id"] for row in rows["event"]]
        rows["event_source"] = self._rows(
            BY_NAME["event_source"], table_of(EventSource).c.event_id.in_(event_ids)
        )
        rows["eventactor"] = self._rows(
            BY_NAME["eventactor"], table_of(EventActor).c.event_id.in_(event_ids)
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
                record[name] = plain_value(value)
        if spec.linked_by:
            key = "|".join(str(record[name]) for name in spec.linked_by)
        else:
            key = str(record["uid"])
        return key, record

    def _tags(self) -> dict[str, dict[str, Any]]:
        rows = self.connection.execute(
            select(table_of(ItemTag).c.item_kind, table_of(ItemTag).c.item_id, table_of(Tag).c.name)
            .join(table_of(Tag), table_of(Tag).c.id == table_of(ItemTag).c.tag_id)
            .where(table_of(ItemTag).c.item_kind.in_(TAGGABLE))
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
                        insert(table_of(ItemTag)).values(
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
                select(table_of(Tag).c.id).where(table_of(Tag).c.name == record["tag"])
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
            tags = table_of(ItemTag)
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
        table = table_of(Tag)
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

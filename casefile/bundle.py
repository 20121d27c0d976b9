"""Case bundles: one case with its sources, items, tags and files, carried to another library.

``export_case`` writes a ``.casefile`` zip (see ``bundle_format`` for the manifest);
``import_bundle`` checks the whole bundle first, writes its files, then adds every row in
one transaction. A case keeps a UUID across libraries (table ``caseidentity``): importing a
bundle of a case the library already holds adds only what it lacks, so importing the same
bundle twice adds nothing. Sources already in the library (same content hash) are linked,
not copied.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from casefile.bundle_format import (
    FILES_PREFIX,
    FORMAT,
    ITEM_KIND_NAMES,
    ITEM_KINDS,
    MANIFEST,
    VERSION,
    BundleItem,
    Manifest,
    public_fields,
    read_bundle,
    read_file,
)
from casefile.errors import CasefileError, LibraryError
from casefile.files import content_hash
from casefile.library import Library
from casefile.models import (
    Actor,
    Case,
    CaseSource,
    EventActor,
    EventSource,
    ItemTag,
    Quote,
    Source,
    Tag,
    utcnow,
)
from casefile.thumbnails import make_thumbnails

Progress = Callable[[int, int, str], None]
_UID_NAMESPACE = uuid.UUID("6f1c1e52-5a43-4d0e-9a1b-0c2a3b4c5d6e")


@dataclass
class ImportSummary:
    """What importing a bundle did."""

    case_id: int
    case_title: str
    new_case: bool
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "case_title": self.case_title,
            "new_case": self.new_case,
            "added": self.added,
            "skipped": self.skipped,
        }


def case_uid(library: Library, case_id: int) -> str:
    """The case's identity across libraries: kept from its bundle, or derived from the case."""
    with library.engine.connect() as connection:
        row = connection.execute(
            text("SELECT uid FROM caseidentity WHERE case_id = :id"), {"id": case_id}
        ).first()
    if row is not None:
        return str(row[0])
    case = library.case(case_id)
    # Derived, not stored, so that exporting never writes (a read-only library can export).
    return str(uuid.uuid5(_UID_NAMESPACE, f"{case.id}|{case.created_at.isoformat()}"))


def export_case(
    library: Library, case_id: int, output: Path, *, progress: Progress | None = None
) -> Path:
    """Write the case as a ``.casefile`` bundle at ``output`` (temp file, then rename)."""
    manifest, files = _manifest(library, case_id)
    temp = output.with_name(f".{output.name}.partial-{os.getpid()}")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for index, (member, path) in enumerate(files.items()):
                if progress is not None:
                    progress(index, len(files), path.name)
                archive.write(path, member)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, output)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise LibraryError(key="bundle_unwritable", path=output, detail=exc.strerror) from exc
    if progress is not None:
        progress(len(files), len(files), "")
    return output


def _manifest(library: Library, case_id: int) -> tuple[dict[str, Any], dict[str, Path]]:
    case = library.case(case_id)
    items = {kind: library.items(name, case_id) for kind, name in ITEM_KIND_NAMES.items()}
    linked = library.sources(case_id)
    linked_ids = {source.id for source in linked}
    sources = {source.id: source for source in linked}
    referenced = {item.source_id for values in items.values() for item in values}
    for source_id in referenced - set(sources) - {None}:
        sources[source_id] = library.get("source", source_id)
    files: dict[str, Path] = {}
    tags = _tags_by_item(library)
    source_entries = []
    for source in sources.values():
        member = None
        if source.stored_file:
            path = library.files.path(source.stored_file)
            if not path.is_file():
                raise CasefileError(
                    key="source_file_missing",
                    title=source.title or source.original_name,
                    file=source.stored_file,
                )
            member = FILES_PREFIX + source.stored_file
            files[member] = path
        source_entries.append(
            {
                **public_fields(source),
                "file": member,
                "linked": source.id in linked_ids,
                "tags": tags.get(("source", source.id or 0), []),
            }
        )
    hashes = {source.id: source.content_hash for source in sources.values()}
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "case_uid": case_uid(library, case_id),
        "exported_at": utcnow().isoformat(),
        "case": {**public_fields(case), "tags": tags.get(("case", case_id), [])},
        "sources": source_entries,
    }
    event_actors = _event_actors(library, case_id)
    from casefile.consolidate import event_links

    links = event_links(library, [event.id for event in items.get("events", [])])
    for kind, values in items.items():
        name = ITEM_KIND_NAMES[kind]
        entries = []
        for item in values:
            entry = {
                **public_fields(item),
                "source": hashes.get(item.source_id),
                "tags": tags.get((name, item.id), []),
            }
            if kind == "actors":
                entry["key"] = item.id
            elif kind == "events":
                entry["actors"] = event_actors.get(item.id, [])
                entry["links"] = [
                    {
                        **link.model_dump(mode="json", exclude={"id", "event_id", "source_id"}),
                        "source": hashes.get(link.source_id),
                    }
                    for link in links.get(item.id, [])
                ]
            elif kind == "quotes":
                entry["speaker_actor"] = item.speaker_actor_id
            elif kind == "captions" and item.image_file:
                entry["image"] = FILES_PREFIX + item.image_file
                files[entry["image"]] = library.files.path(item.image_file)
            entries.append(entry)
        manifest[kind] = entries
    return manifest, files


def _tags_by_item(library: Library) -> dict[tuple[str, int], list[str]]:
    with library.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT item_kind, item_id, tag.name FROM itemtag "
                "JOIN tag ON tag.id = itemtag.tag_id ORDER BY tag.name"
            )
        ).all()
    tags: dict[tuple[str, int], list[str]] = {}
    for kind, item_id, name in rows:
        tags.setdefault((str(kind), int(item_id)), []).append(str(name))
    return tags


def _event_actors(library: Library, case_id: int) -> dict[int, list[int]]:
    with library.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT event_id, actor_id FROM eventactor JOIN event ON event.id = event_id "
                "WHERE event.case_id = :case ORDER BY actor_id"
            ),
            {"case": case_id},
        ).all()
    links: dict[int, list[int]] = {}
    for event_id, actor_id in rows:
        links.setdefault(int(event_id), []).append(int(actor_id))
    return links


def import_bundle(
    library: Library, path: Path, *, progress: Progress | None = None
) -> dict[str, Any]:
    """Bring a bundle's case into the library; returns what was added and skipped."""
    archive, manifest = read_bundle(path)
    with archive:
        stored = _store_files(library, archive, manifest, path.name, progress)
    with library.session() as session:
        summary = _add_rows(session, manifest, stored)
        session.commit()
    # Made in the import's worker, not on the window's thread when the Captions tab shows them.
    make_thumbnails(library.files, [stored[e.image] for e in manifest.items["captions"] if e.image])
    return summary.as_dict()


def _store_files(
    library: Library,
    archive: zipfile.ZipFile,
    manifest: Manifest,
    name: str,
    progress: Progress | None,
) -> dict[str, str]:
    """Write the bundle's files into files/ (idempotent by hash); member -> stored path."""
    members = [entry.file for entry in manifest.sources if entry.file]
    members += [entry.image for entry in manifest.items["captions"] if entry.image]
    stored: dict[str, str] = {}
    for index, member in enumerate(members):
        if progress is not None:
            progress(index, len(members), member)
        data = read_file(archive, member, name)
        suffix = PurePosixPath(member).suffix
        try:
            stored[member] = library.files.put(data, content_hash(data), suffix)
        except OSError as exc:
            raise LibraryError(
                key="bundle_file_not_stored", member=member, detail=exc.strerror
            ) from exc
    if progress is not None:
        progress(len(members), len(members), "")
    return stored


def _add_rows(session: Session, manifest: Manifest, stored: dict[str, str]) -> ImportSummary:
    case_id, new_case = _case_for(session, manifest)
    case = session.get(Case, case_id)
    assert case is not None
    summary = ImportSummary(case_id, case.title, new_case)
    source_ids = _add_sources(session, manifest, case_id, stored, summary)
    existing = set() if new_case else _existing_keys(session, case_id)
    actor_ids: dict[int, int] = {}
    for kind in ("actors", "events", "quotes", "captions"):
        added = skipped = 0
        for entry in manifest.items[kind]:
            item = _fresh(entry.item)
            item.case_id = case_id
            item.source_id = source_ids.get(entry.source) if entry.source else None
            key = _item_key(kind, item, entry.source)
            if key in existing:
                skipped += 1
                if kind == "actors" and entry.key is not None:
                    actor_ids[entry.key] = _actor_id(session, case_id, item.name)
                continue
            existing.add(key)
            _attach(item, entry, actor_ids, stored)
            session.add(item)
            session.flush()
            if kind == "actors" and entry.key is not None:
                actor_ids[entry.key] = item.id
            for actor_key in entry.actors:
                session.add(EventActor(event_id=item.id, actor_id=actor_ids[actor_key]))
            for linked, link in entry.links:
                session.add(
                    EventSource.model_validate(
                        {
                            **link.model_dump(exclude={"id", "uid", "modified_at"}),
                            "event_id": item.id,
                            "source_id": source_ids.get(linked) if linked else None,
                        }
                    )
                )
            _add_tags(session, ITEM_KIND_NAMES[kind], item.id, entry.tags)
            added += 1
        summary.added[kind] = added
        summary.skipped[kind] = skipped
    return summary


def _case_for(session: Session, manifest: Manifest) -> tuple[int, bool]:
    """The case this bundle's case already is in the library, or a new one."""
    row = session.execute(
        text("SELECT case_id FROM caseidentity WHERE uid = :uid"), {"uid": manifest.case_uid}
    ).first()
    if row is not None:
        return int(row[0]), False
    for case in session.exec(select(Case)):
        derived = str(uuid.uuid5(_UID_NAMESPACE, f"{case.id}|{case.created_at.isoformat()}"))
        if derived == manifest.case_uid and case.id is not None:
            return case.id, False  # the bundle came from this very library
    case = _fresh(manifest.case)
    session.add(case)
    session.flush()
    assert case.id is not None
    session.execute(
        text("INSERT INTO caseidentity (case_id, uid) VALUES (:id, :uid)"),
        {"id": case.id, "uid": manifest.case_uid},
    )
    _add_tags(session, "case", case.id, manifest.case_tags)
    return case.id, True


def _add_sources(
    session: Session,
    manifest: Manifest,
    case_id: int,
    stored: dict[str, str],
    summary: ImportSummary,
) -> dict[str, int]:
    """Every bundle source's id here (added, or found by hash); links the case to them."""
    ids: dict[str, int] = {}
    counts = {"sources": 0, "source_links": 0}
    skipped = 0
    for entry in manifest.sources:
        digest = entry.source.content_hash
        found = session.exec(select(Source).where(Source.content_hash == digest)).first()
        if found is None:
            found = _fresh(entry.source)
            found.stored_file = stored.get(entry.file, "") if entry.file else ""
            session.add(found)
            session.flush()
            _add_tags(session, "source", found.id, entry.tags)
            counts["sources"] += 1
        assert found.id is not None
        ids[digest] = found.id
        if not entry.linked:
            continue
        if session.get(CaseSource, (case_id, found.id)) is None:
            session.add(CaseSource(case_id=case_id, source_id=found.id))
            counts["source_links"] += 1
        else:
            skipped += 1
    summary.added.update(counts)
    summary.skipped["sources"] = skipped
    return ids


def _fresh(row: Any) -> Any:
    """A new, unsaved row with the same fields (a copy would share the ORM's state)."""
    return type(row).model_validate(row.model_dump(exclude={"id", "uid", "version", "modified_at"}))


def _attach(
    item: Any, entry: BundleItem, actor_ids: dict[int, int], stored: dict[str, str]
) -> None:
    if isinstance(item, Quote) and entry.speaker_actor is not None:
        item.speaker_actor_id = actor_ids.get(entry.speaker_actor)
    if entry.image is not None:
        item.image_file = stored.get(entry.image, "")


def _item_key(kind: str, item: Any, source: str | None) -> tuple[Any, ...]:
    """What makes two items the same, whatever their ids: source, evidence span, main field."""
    if isinstance(item, Actor):
        return (kind, item.name.casefold())
    if kind == "events":
        main: tuple[Any, ...] = (item.date, item.title)
    elif kind == "quotes":
        main = (item.text,)
    else:
        main = (item.caption,)
    return (kind, source, item.evidence_start, item.evidence_end, *main)


def _existing_keys(session: Session, case_id: int) -> set[tuple[Any, ...]]:
    rows = session.execute(text("SELECT id, content_hash FROM source")).all()
    hashes = {int(row[0]): str(row[1]) for row in rows}
    keys: set[tuple[Any, ...]] = set()
    for kind, model in ITEM_KINDS.items():
        table: Any = model
        for item in session.exec(select(table).where(table.case_id == case_id)):
            keys.add(_item_key(kind, item, hashes.get(item.source_id)))
    return keys


def _actor_id(session: Session, case_id: int, name: str) -> int:
    for actor in session.exec(select(Actor).where(Actor.case_id == case_id)):
        if actor.name.casefold() == name.casefold() and actor.id is not None:
            return actor.id
    raise LibraryError(key="actor_vanished", name=name)


def _add_tags(session: Session, kind: str, item_id: int | None, names: list[str]) -> None:
    assert item_id is not None
    for name in names:
        tag = session.exec(select(Tag).where(Tag.name == name)).first()
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
        assert tag.id is not None
        exists = session.exec(
            select(ItemTag).where(
                ItemTag.tag_id == tag.id, ItemTag.item_kind == kind, ItemTag.item_id == item_id
            )
        ).first()
        if exists is None:
            session.add(ItemTag(tag_id=tag.id, item_kind=kind, item_id=item_id))

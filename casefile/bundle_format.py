"""The ``.casefile`` bundle format: a zip of ``manifest.json`` and the sources' files.

Reading a bundle checks everything before anything is written: the zip's member names (no
``..``, absolute paths or symlinks), sizes (a cap on the total, against zip bombs), the
manifest's shape and every field's type, every reference between items, and that each
file's bytes hash to its source's ``content_hash``.

Manifest, version 1::

    {"format": "casefile-bundle", "version": 1, "case_uid": "…", "exported_at": "…",
     "case": {<Case fields>, "tags": [...]},
     "sources": [{<Source fields>, "file": "files/ab/ab….pdf" | null, "linked": true,
                  "tags": [...]}],
     "actors": [{"key": 3, "source": <content_hash> | null, <Actor fields>, "tags": [...]}],
     "events": [{"source": …, <Event fields>, "actors": [<actor keys>], "tags": [...],
                 "links": [{"source": <content_hash> | null, <EventSource fields>}]}],
     "quotes": [{"source": …, <Quote fields>, "speaker_actor": <actor key> | null, …}],
     "captions": [{"source": …, <Caption fields>, "image": "files/…" | null, …}]}

Items refer to their source by content hash and to actors by the key given in the bundle,
so ids never travel between libraries.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError
from sqlmodel import SQLModel

from casefile.errors import CasefileError
from casefile.models import Actor, Caption, Case, Event, EventSource, Quote, Source

FORMAT = "casefile-bundle"
VERSION = 1
MANIFEST = "manifest.json"
FILES_PREFIX = "files/"
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MEMBER_BYTES = 512 * 1024**2
MAX_MEMBERS = 500_000

# Columns that are ids in one library and so never travel in a bundle.
# Ids and sync bookkeeping are the library's own: a bundle's rows get new ones where imported
# (sharing with a team goes through sync, which keeps global ids).
LOCAL_COLUMNS = frozenset(
    {
        "id",
        "case_id",
        "source_id",
        "speaker_actor_id",
        "same_as_id",
        "uid",
        "version",
        "modified_at",
    }
)
ITEM_KINDS: dict[str, type[SQLModel]] = {
    "actors": Actor,
    "events": Event,
    "quotes": Quote,
    "captions": Caption,
}
ITEM_KIND_NAMES = {"actors": "actor", "events": "event", "quotes": "quote", "captions": "caption"}


class BundleError(CasefileError):
    """A file that is not a bundle this version of Casefile can import safely."""


@dataclass
class BundleSource:
    source: Source  # without id
    file: str | None  # member name inside the zip
    linked: bool
    tags: list[str]


@dataclass
class BundleItem:
    item: Any  # an Actor, Event, Quote or Caption without ids (case_id 0)
    source: str | None  # content hash of its source
    tags: list[str]
    key: int | None = None  # actors only
    actors: list[int] = field(default_factory=list)  # events only: actor keys
    links: list[tuple[str | None, Any]] = field(default_factory=list)  # events: (hash, link)
    speaker_actor: int | None = None  # quotes only
    image: str | None = None  # captions only: member name


@dataclass
class Manifest:
    case_uid: str
    case: Case  # without id
    case_tags: list[str]
    sources: list[BundleSource]
    items: dict[str, list[BundleItem]]  # "actors", "events", "quotes", "captions"


def public_fields(model: SQLModel, *exclude: str) -> dict[str, Any]:
    """A row's fields as JSON-ready values, ids of this library left out."""
    return model.model_dump(mode="json", exclude=set(LOCAL_COLUMNS) | set(exclude))


def read_bundle(path: Path) -> tuple[zipfile.ZipFile, Manifest]:
    """Open and check a bundle; the caller closes the returned zip."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError(key="bundle_not_zip", name=name) from exc
    try:
        members = _check_members(archive, name)
        manifest = _parse_manifest(_read_member(archive, MANIFEST, name), name)
        _check_files(archive, manifest, members, name)
    except BaseException:
        archive.close()
        raise
    return archive, manifest


def read_file(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """One member's bytes, never more than its (capped) declared size."""
    return _read_member(archive, member, name)


def _check_members(archive: zipfile.ZipFile, name: str) -> set[str]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(key="bundle_too_many_files", name=name, count=len(infos))
    total = 0
    names: set[str] = set()
    for info in infos:
        member = info.filename
        if not _safe_member_name(member):
            raise BundleError(key="bundle_unsafe_path", name=name, member=member)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError(key="bundle_symbolic_link", name=name, member=member)
        if info.flag_bits & 0x1:
            raise BundleError(key="bundle_encrypted_file", name=name, member=member)
        if member in names:
            raise BundleError(key="bundle_member_twice", name=name, member=member)
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError(key="bundle_member_too_large", name=name, member=member)
        total += info.file_size
        names.add(member)
    if total > MAX_TOTAL_BYTES:
        raise BundleError(
            key="bundle_too_large",
            name=name,
            size=total / 1024**3,
            limit=MAX_TOTAL_BYTES // 1024**3,
        )
    if MANIFEST not in names:
        raise BundleError(key="bundle_no_manifest", name=name, manifest=MANIFEST)
    return names


def _safe_member_name(member: str) -> bool:
    if not member or "\\" in member or "\x00" in member or member.startswith("/"):
        return False
    if re.match(r"^[A-Za-z]:", member):
        return False
    return all(part not in ("..", ".") for part in PurePosixPath(member).parts)


def _read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    try:
        info = archive.getinfo(member)
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError(key="bundle_member_too_large", name=name, member=member)
        with archive.open(info) as handle:
            return handle.read(MAX_MEMBER_BYTES + 1)
    except KeyError:
        raise BundleError(key="bundle_lacks_member", name=name, member=member) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise BundleError(
            key="bundle_member_damaged", name=name, member=member, detail=str(exc)
        ) from None


def _parse_manifest(data: bytes, name: str) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(key="manifest_not_json", name=name, detail=str(exc)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleError(key="not_a_bundle", name=name)
    if raw.get("version") != VERSION:
        raise BundleError(
            key="bundle_version", name=name, version=raw.get("version"), supported=VERSION
        )
    case_uid = raw.get("case_uid")
    if not isinstance(case_uid, str) or not case_uid:
        raise BundleError(key="manifest_no_case", name=name)
    case_fields = _mapping(raw.get("case"), "case", name)
    case = _validate(Case, _without(case_fields, "tags", *LOCAL_COLUMNS), "case", name)
    sources = [_parse_source(value, name) for value in _list(raw.get("sources"), "sources", name)]
    hashes = {entry.source.content_hash for entry in sources}
    if len(hashes) != len(sources):
        raise BundleError(key="manifest_source_twice", name=name)
    items = {
        kind: [_parse_item(kind, value, hashes, name) for value in _list(raw.get(kind), kind, name)]
        for kind in ITEM_KINDS
    }
    _check_actor_keys(items, name)
    return Manifest(case_uid, case, _tags(case_fields, name), sources, items)


def _parse_source(value: Any, name: str) -> BundleSource:
    fields = _mapping(value, "source", name)
    source = _validate(
        Source, _without(fields, "file", "linked", "tags", *LOCAL_COLUMNS), "source", name
    )
    if not re.fullmatch(r"[0-9a-f]{64}", source.content_hash):
        raise BundleError(key="manifest_bad_hash", name=name)
    file = fields.get("file")
    if file is not None and not (isinstance(file, str) and file.startswith(FILES_PREFIX)):
        raise BundleError(key="manifest_file_outside", name=name, file=file, prefix=FILES_PREFIX)
    return BundleSource(source, file, bool(fields.get("linked", True)), _tags(fields, name))


def _parse_item(kind: str, value: Any, hashes: set[str], name: str) -> BundleItem:
    fields = _mapping(value, kind, name)
    extra = ("source", "tags", "key", "actors", "speaker_actor", "image", "links")
    item = _validate(
        ITEM_KINDS[kind], {**_without(fields, *extra, *LOCAL_COLUMNS), "case_id": 0}, kind, name
    )
    source = fields.get("source")
    if source is not None and source not in hashes:
        raise BundleError(key="manifest_unknown_source", name=name, kind=kind)
    entry = BundleItem(item, source, _tags(fields, name))
    if kind == "actors":
        entry.key = _int(fields.get("key"), name)
    elif kind == "events":
        entry.actors = [_int(key, name) for key in _list(fields.get("actors", []), "actors", name)]
        for value in _list(fields.get("links", []), "links", name):
            link_fields = _mapping(value, "link", name)
            linked = link_fields.get("source")
            if linked is not None and linked not in hashes:
                raise BundleError(key="manifest_unknown_source", name=name, kind="link")
            link = _validate(
                EventSource,
                {**_without(link_fields, "source", "id", "event_id", "source_id"), "event_id": 0},
                "link",
                name,
            )
            entry.links.append((linked, link))
    elif kind == "quotes" and fields.get("speaker_actor") is not None:
        entry.speaker_actor = _int(fields.get("speaker_actor"), name)
    elif kind == "captions" and fields.get("image") is not None:
        image = fields["image"]
        if not isinstance(image, str) or not image.startswith(FILES_PREFIX):
            raise BundleError(
                key="manifest_image_outside", name=name, image=image, prefix=FILES_PREFIX
            )
        entry.image = image
    return entry


def _check_actor_keys(items: dict[str, list[BundleItem]], name: str) -> None:
    keys = [entry.key for entry in items["actors"]]
    if len(set(keys)) != len(keys):
        raise BundleError(key="manifest_actor_key_twice", name=name)
    known = set(keys)
    wanted = [key for entry in items["events"] for key in entry.actors]
    wanted += [entry.speaker_actor for entry in items["quotes"] if entry.speaker_actor is not None]
    if any(key not in known for key in wanted):
        raise BundleError(key="manifest_unknown_actor", name=name)


def _check_files(
    archive: zipfile.ZipFile, manifest: Manifest, members: set[str], name: str
) -> None:
    for entry in manifest.sources:
        if entry.file is None:
            continue
        if entry.file not in members:
            raise BundleError(key="manifest_lists_missing", name=name, member=entry.file)
        data = _read_member(archive, entry.file, name)
        if hashlib.sha256(data).hexdigest() != entry.source.content_hash:
            raise BundleError(key="bundle_file_mismatch", name=name, member=entry.file)
    for caption in manifest.items["captions"]:
        if caption.image is not None and caption.image not in members:
            raise BundleError(key="manifest_lists_missing", name=name, member=caption.image)


def _validate(model: type[SQLModel], values: dict[str, Any], what: str, name: str) -> Any:
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise BundleError(
            key="manifest_bad_field", name=name, what=what, field=where, detail=problem["msg"]
        ) from None


def _mapping(value: Any, what: str, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BundleError(key="manifest_not_object", name=name, what=what)
    return value


def _list(value: Any, what: str, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise BundleError(key="manifest_not_list", name=name, what=what)
    return value


def _int(value: Any, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise BundleError(key="manifest_bad_key", name=name, value=value)
    return value


def _tags(fields: dict[str, Any], name: str) -> list[str]:
    tags = fields.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise BundleError(key="manifest_bad_tags", name=name)
    return sorted({tag.strip() for tag in tags if tag.strip()})


def _without(fields: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if key not in names}

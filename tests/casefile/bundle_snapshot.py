"""A library's case as plain values without ids, to compare across libraries in tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from casefile.library import Library

KINDS = ("actor", "event", "quote", "caption")
# Ids, versions and sync bookkeeping are each library's own (bundle_format.LOCAL_COLUMNS).
LOCAL = {"id", "case_id", "source_id", "speaker_actor_id", "uid", "version", "modified_at"}


def case_snapshot(library: Library, case_id: int) -> dict[str, Any]:
    """Everything a bundle must carry, keyed by content rather than by id."""
    case = library.case(case_id)
    sources = {source.id: source for source in library.sources(case_id)}
    hashes = {source_id: source.content_hash for source_id, source in sources.items()}
    actors = {actor.id: actor.name for actor in library.items("actor", case_id)}
    snapshot: dict[str, Any] = {
        "case": {**case.model_dump(exclude=LOCAL), "tags": library.tags("case", case_id)},
        "sources": sorted(
            (
                source.content_hash,
                tuple(sorted(source.model_dump(exclude=LOCAL | {"stored_file"}).items())),
                library.files.path(source.stored_file).read_bytes() if source.stored_file else b"",
                tuple(library.tags("source", source.id)),
            )
            for source in sources.values()
        ),
    }
    with library.engine.connect() as connection:
        links = connection.execute(text("SELECT event_id, actor_id FROM eventactor")).all()
    event_actors: dict[int, list[str]] = {}
    for event_id, actor_id in links:
        event_actors.setdefault(event_id, []).append(actors[actor_id])
    for kind in KINDS:
        rows = []
        for item in library.items(kind, case_id):
            fields = item.model_dump(exclude=LOCAL)
            fields["source"] = hashes.get(item.source_id)
            fields["tags"] = library.tags(kind, item.id)
            if kind == "event":
                fields["actors"] = sorted(event_actors.get(item.id, []))
            if kind == "quote":
                fields["speaker_actor"] = actors.get(item.speaker_actor_id)
            rows.append(repr(sorted(fields.items())))
        snapshot[kind] = sorted(rows)
    return snapshot

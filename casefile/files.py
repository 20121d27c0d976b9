"""The library's folder of original files, stored by content hash and never modified."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

# What a stored file is called: "ab/abcdef….ext" after its content hash.
_STORED_NAME = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{64}(?:\.[a-z0-9]{1,10})?$")


def is_stored_name(relative: str) -> bool:
    """Whether ``relative`` is a stored file's name as the library makes them: never a path
    that leaves the files folder, whatever a row read from a team library says."""
    return bool(_STORED_NAME.match(relative))


def content_hash(data: bytes) -> str:
    """SHA-256 of a source's original bytes: the identity used to spot duplicates."""
    return hashlib.sha256(data).hexdigest()


class FileStore:
    """Originals under ``root``, named ``ab/abcdef….ext`` after their hash."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def relative_path(self, digest: str, suffix: str) -> str:
        safe_suffix = suffix.lower() if suffix.startswith(".") and suffix[1:].isalnum() else ""
        return f"{digest[:2]}/{digest}{safe_suffix}"

    def path(self, relative: str) -> Path:
        return self.root / relative

    def put(self, data: bytes, digest: str, suffix: str) -> str:
        """Write ``data`` atomically (temp file, fsync, rename); returns its relative path."""
        relative = self.relative_path(digest, suffix)
        target = self.root / relative
        if target.exists():
            return relative
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return relative

    def remove(self, relative: str) -> None:
        (self.root / relative).unlink(missing_ok=True)

    def has(self, relative: str) -> bool:
        """Whether the original stored as ``relative`` is here (a sync sends it once)."""
        return (self.root / relative).is_file()

    def stored(self) -> Iterator[str]:
        """Every stored file's relative path, incoming temp files included."""
        if not self.root.exists():
            return
        for path in self.root.rglob("*"):
            if path.is_file():
                yield path.relative_to(self.root).as_posix()


class DatabaseFileStore(FileStore):
    """Originals kept in the library's own database (``stored_file``), for a team library
    that has no folder every analyst can reach. ``path`` writes a file out to ``root`` (a
    cache on this computer) the first time it is asked for, for the brief and the viewer."""

    def __init__(self, engine: Engine, root: Path) -> None:
        super().__init__(root)
        self._engine = engine

    def path(self, relative: str) -> Path:
        target = self.root / relative
        if not target.exists():
            with self._engine.connect() as connection:
                content = connection.execute(
                    text("SELECT content FROM stored_file WHERE path = :path"), {"path": relative}
                ).scalar()
            if content is not None:
                super().put(bytes(content), target.stem, target.suffix)
        return target

    def put(self, data: bytes, digest: str, suffix: str) -> str:
        relative = self.relative_path(digest, suffix)
        with self._engine.begin() as connection:
            # Two analysts importing the same article at once: the second insert is a no-op.
            connection.execute(
                text(
                    "INSERT INTO stored_file (path, content, size) VALUES (:path, :content, "
                    ":size) ON CONFLICT (path) DO NOTHING"
                ),
                {"path": relative, "content": data, "size": len(data)},
            )
        return relative

    def remove(self, relative: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(
                text("DELETE FROM stored_file WHERE path = :path"), {"path": relative}
            )
        super().remove(relative)

    def has(self, relative: str) -> bool:
        with self._engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM stored_file WHERE path = :path"), {"path": relative}
            ).first()
        return found is not None

    def stored(self) -> Iterator[str]:
        with self._engine.connect() as connection:
            yield from (
                str(row[0]) for row in connection.execute(text("SELECT path FROM stored_file"))
            )

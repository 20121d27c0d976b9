"""The library's folder of original files, stored by content hash and never modified."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


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

    def stored(self) -> Iterator[str]:
        """Every stored file's relative path, incoming temp files included."""
        if not self.root.exists():
            return
        for path in self.root.rglob("*"):
            if path.is_file():
                yield path.relative_to(self.root).as_posix()

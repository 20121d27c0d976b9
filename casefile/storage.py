"""Writes that cannot happen: a library on a read-only medium or a full disk.

SQLite rolls the failed transaction back whole, so no half-written row is left; these
helpers only turn the driver's or the OS's words into a message a person can act on.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.exc import OperationalError

from casefile.errors import LibraryError

__all__ = ["LibraryWriteError", "folder_is_writable", "read_only_url", "write_failure"]


class LibraryWriteError(LibraryError):
    """The library cannot be written: a read-only folder or medium, or a full disk."""


# SQLite's words for a write that cannot happen; the transaction is rolled back whole.
_WRITE_FAILURES = ("readonly", "read-only", "disk is full", "disk i/o error", "query_only")


def write_failure(exc: BaseException, folder: Path | str) -> LibraryWriteError | None:
    """A message a person can act on for a failed write, or None if ``exc`` is something else."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return LibraryWriteError(key="disk_full", folder=folder)
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return LibraryWriteError(key="library_read_only", folder=folder)
    message = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, OperationalError) and any(word in message for word in _WRITE_FAILURES):
        if "full" in message:
            return LibraryWriteError(key="disk_full", folder=folder)
        return LibraryWriteError(key="library_read_only_or_failed", folder=folder)
    return None


def folder_is_writable(folder: Path, database_name: str) -> bool:
    """Whether a library folder (and its database, if there is one) can be written."""
    database = folder / database_name
    if not folder.exists():
        return True  # it will be created (or creating it will say why not)
    if not os.access(folder, os.W_OK):
        return False
    return not database.exists() or os.access(database, os.W_OK)


def read_only_url(database: Path) -> str:
    """A SQLite URL that only reads ``database``.

    SQLite reads a WAL-mode database read-only when it can create the -wal/-shm files next to
    it or they exist; on a read-only medium without them it must be told the file is
    immutable (nobody can change it there anyway).
    """
    folder = database.parent
    side_files = all((folder / f"{database.name}{suffix}").exists() for suffix in ("-wal", "-shm"))
    writable_folder = os.access(folder, os.W_OK)
    mode = "mode=ro" if writable_folder or side_files else "immutable=1"
    return f"sqlite:///file:{quote(str(database))}?{mode}&uri=true"

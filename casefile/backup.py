"""Backups of the library's database, and putting one back.

A backup is a copy of ``casefile.db`` made with SQLite's online backup API, so it is
consistent even while the app or an import writes. It holds the database only: the files/
folder is append-only by content hash (a file is never changed in place, and one that no
source lists any more is moved to ``lost+found/`` rather than deleted), so an older database
plus today's files/ and lost+found/ restore cleanly; :func:`restore_backup` moves back any
file the restored database lists. Copy the whole library folder to take it elsewhere.

Backups live in ``<library>/backups/casefile-YYYYmmdd-HHMMSS.db``; :func:`rolling_backup`
(called by the app on start and close) keeps the newest ten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from casefile import integrity, migrations
from casefile.errors import CasefileError, LibraryError
from casefile.library import DATABASE_NAME, FILES_DIR, Library
from casefile.lock import LibraryInUseError, OpenLock

BACKUPS_DIR = "backups"
KEEP = 10
_NAME = re.compile(r"^casefile-(\d{8})-(\d{6})(?:-(\d+))?\.db$")
_PAGES_PER_STEP = 1024
_MTIME_MARGIN = 2.0  # seconds

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the library's backups folder."""

    path: Path
    created: dt.datetime  # local time, from the file's name
    size: int


def backup(
    library: Library, output: Path | None = None, *, progress: Progress | None = None
) -> Path:
    """Copy the library's database to ``output`` (default: a new file in backups/)."""
    if not library.is_sqlite:
        raise LibraryError(key="backup_not_sqlite")
    target = output if output is not None else _new_backup_path(library.folder / BACKUPS_DIR)
    raw = library.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        _copy_database(source, target, progress)
    finally:
        raw.close()
    return target


def rolling_backup(library: Library, keep: int = KEEP) -> Path:
    """Back up unless nothing changed since the newest backup; keep the newest ``keep``."""
    previous = list_backups(library.folder)
    if previous and _untouched_since(library.folder, previous[0].path):
        return previous[0].path  # no copy needed to tell: neither file was written since
    made = backup(library)
    if previous and _digest(previous[0].path) == _digest(made):
        made.unlink()
        made = previous[0].path
    for old in list_backups(library.folder)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return made


def _untouched_since(folder: Path, newest: Path) -> bool:
    """True when the database and its WAL were last written before ``newest`` was made.

    The margin covers a write committed while the backup was being closed; when in doubt
    the caller copies and compares contents.
    """
    try:
        made = newest.stat().st_mtime - _MTIME_MARGIN
        written = [
            path.stat().st_mtime
            for path in (folder / DATABASE_NAME, folder / f"{DATABASE_NAME}-wal")
            if path.exists()
        ]
    except OSError:
        return False
    return all(when < made for when in written)


def list_backups(library: Library | Path) -> list[BackupInfo]:
    """The backups in a library's backups folder, newest first."""
    folder = library.folder if isinstance(library, Library) else library
    found: list[tuple[tuple[str, str, int], BackupInfo]] = []
    try:
        entries = list((folder / BACKUPS_DIR).iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        day, time, counter = match.group(1), match.group(2), int(match.group(3) or 1)
        try:
            created = dt.datetime.strptime(day + time, "%Y%m%d%H%M%S")
        except ValueError:
            continue
        info = BackupInfo(path, created, path.stat().st_size)
        found.append(((day, time, counter), info))
    return [info for _key, info in sorted(found, key=lambda pair: pair[0], reverse=True)]


def restore_backup(
    folder: Path,
    backup_path: Path,
    *,
    progress: Progress | None = None,
    lock: OpenLock | None = None,
) -> Path:
    """Replace the library's database by ``backup_path``; returns the backup of the one replaced.

    Close every Library on the folder first: this refuses (LibraryInUseError) while any
    process has it open. The current database is backed up, then the restored copy is
    written beside it and renamed over it, so a crash leaves one or the other, whole.

    ``lock`` is the folder's open lock when the caller holds it (a suspended Library, see
    :func:`restore_library`): it is made exclusive for the restore and never let go; it is
    still held, exclusive or shared, when this returns or raises.
    """
    database = folder / DATABASE_NAME
    check_backup(backup_path)
    own_lock = lock is None
    held = OpenLock(folder) if lock is None else lock
    try:
        if database.exists() and not held.try_exclusive():
            raise LibraryInUseError(key="library_open_for_restore", folder=folder)
        saved = _save_current(database, folder / BACKUPS_DIR)
        temp = folder / f".{DATABASE_NAME}.restoring"
        with contextlib.closing(sqlite3.connect(_read_only_uri(backup_path), uri=True)) as source:
            _copy_database(source, temp, progress, replace=False)
        for suffix in ("-wal", "-shm"):  # a stale WAL would be replayed onto the restored file
            (folder / f"{DATABASE_NAME}{suffix}").unlink(missing_ok=True)
        os.replace(temp, database)
        _fsync_folder(folder)
        _recover_files(database, folder / FILES_DIR)
    except OSError as exc:
        raise LibraryError(
            key="cannot_restore", name=backup_path.name, detail=exc.strerror
        ) from exc
    finally:
        if own_lock:
            held.release()
    return saved


class RestoreError(LibraryError):
    """A restore into an open library that failed; ``reopened`` says whether it is open again."""

    def __init__(self, *args: object, reopened: bool, key: str = "", **params: object) -> None:
        super().__init__(*args, key=key, **params)
        self.reopened = reopened


def restore_library(
    library: Library, backup_path: Path, *, progress: Progress | None = None
) -> Path:
    """Restore ``backup_path`` into an open library and reopen it into the same object.

    Returns the backup made of the state replaced. The library's open lock stays with this
    process from start to end: exclusive while the database is replaced (another process
    opening the library waits), shared again after, and still held when reopening fails, so
    no other process can sweep or restore the folder behind this one (but for flock's instant
    in a refused upgrade, see :meth:`OpenLock.try_exclusive`). The library is suspended first
    (see :meth:`Library.suspend`; a caller may have done so already).

    Raises RestoreError: with ``reopened`` True the library is open as before (the restore
    changed nothing, or changed it whole); with ``reopened`` False it could not be opened
    again and refuses to be used until it is reopened or closed.
    """
    library.suspend()
    failure: Exception | None = None
    saved: Path | None = None
    try:
        if not library.is_sqlite:
            raise LibraryError(key="restore_not_sqlite")
        saved = restore_backup(
            library.folder, backup_path, progress=progress, lock=library.open_lock
        )
    except Exception as exc:  # whatever stopped the restore, the library is opened again
        failure = exc
    try:
        library.reopen()
    except Exception as exc:
        if failure is not None:  # then nothing was restored (``saved`` is None)
            raise RestoreError(
                key="restore_failed_not_reopened",
                problem=_restore_problem(failure, backup_path),
                detail=exc,
                reopened=False,
            ) from exc
        assert saved is not None  # the restore returned it
        raise RestoreError(
            key="restored_not_reopened", name=saved.name, detail=exc, reopened=False
        ) from exc
    if failure is not None:
        problem = _restore_problem(failure, backup_path)
        raise RestoreError(
            str(problem), reopened=True, key=problem.key, **problem.params
        ) from failure
    assert saved is not None
    return saved


def _restore_problem(failure: Exception, backup_path: Path) -> CasefileError:
    if isinstance(failure, CasefileError):
        return failure
    return LibraryError(key="cannot_restore", name=backup_path.name, detail=str(failure))


def check_backup(path: Path) -> None:
    """Raise CasefileError unless ``path`` is an intact Casefile database this app can read."""
    name = path.name
    if not path.is_file():
        raise CasefileError(key="no_backup_file", name=name)
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(path), uri=True)) as connection:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            version = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                version = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise CasefileError(key="not_a_backup", name=name, detail=str(exc)) from None
    if verdict != ["ok"]:
        raise CasefileError(key="backup_damaged", name=name, detail="; ".join(verdict[:3]))
    if not {"case", "source", "alembic_version"} <= tables or version is None:
        raise CasefileError(key="backup_not_library", name=name)
    known = migrations.known_revisions()
    if version not in known:
        raise CasefileError(key="backup_newer", name=name, version=version)


def _new_backup_path(folder: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    # Within one second, count on from the newest name (not the first free one, which a
    # pruned older backup may have left) so that name order stays time order.
    taken = [
        int(match.group(3) or 1)
        for path in (folder.glob(f"casefile-{stamp}*.db") if folder.is_dir() else [])
        if (match := _NAME.match(path.name)) is not None
    ]
    if not taken:
        return folder / f"casefile-{stamp}.db"
    return folder / f"casefile-{stamp}-{max(taken) + 1}.db"


def _copy_database(
    source: sqlite3.Connection, target: Path, progress: Progress | None, *, replace: bool = True
) -> None:
    """Online-backup ``source`` into a temp file, make it self-contained, then move it."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            key="backup_folder_unwritable", folder=target.parent, detail=exc.strerror
        ) from exc
    temp = target.with_name(f".{target.name}.partial-{os.getpid()}") if replace else target

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total, target.name)

    try:
        with contextlib.closing(sqlite3.connect(temp)) as copy:
            source.backup(copy, pages=_PAGES_PER_STEP, progress=report)
            copy.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if replace:
            os.replace(temp, target)
        _fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise LibraryError(key="backup_unwritable", path=target, detail=reason) from exc


def _save_current(database: Path, backups: Path) -> Path:
    """Back up the database about to be replaced, and fold its WAL into it."""
    if not database.exists():
        return database
    target = _new_backup_path(backups)
    with contextlib.closing(sqlite3.connect(database)) as current:
        _copy_database(current, target, None)
        current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return target


def _recover_files(database: Path, files_root: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        rows = connection.execute(
            "SELECT stored_file FROM source WHERE stored_file != '' "
            "UNION SELECT image_file FROM caption WHERE image_file != ''"
        ).fetchall()
    return integrity.recover_from_lost_and_found(files_root, {str(row[0]) for row in rows})


def _read_only_uri(path: Path) -> str:
    return f"file:{quote(path.resolve().as_posix())}?mode=ro"


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

"""The start-up sweep: put a library back in order after a crash, a kill or a power cut.

An import writes the source's file first and its rows afterwards, in one transaction, so a
process killed in between leaves a file no source lists (or a half-written ``.incoming-*``
temp file) but never a row without its file. The sweep

* removes ``.incoming-*`` temp files and moves files no source lists to ``lost+found/``
  (kept, not deleted: a backup restored later may list them again, see ``backup``);
* runs ``PRAGMA quick_check`` (``integrity_check`` on demand) and reports what it says;
* checks that the search index holds exactly one row per indexed item and rebuilds it if not.

Files are only touched while this process is alone with the library (the exclusive open
lock, see ``lock``) or, when others have it open, once they are older than an hour: another
process may be between writing a file and committing its row.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from casefile import change_log, search

LOST_AND_FOUND = "lost+found"
INCOMING_PREFIX = ".incoming-"
STALE_AFTER_SECONDS = 3600.0


@dataclass
class SweepReport:
    """What the sweep found and did; empty lists and ``ok`` mean a healthy library."""

    removed_temp_files: list[str] = field(default_factory=list)
    moved_orphans: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)  # listed by a source, not on disk
    integrity: list[str] = field(default_factory=lambda: ["ok"])
    search_index_rebuilt: bool = False

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.missing_files


def sweep(
    engine: Engine,
    files_root: Path,
    *,
    alone: bool,
    full_check: bool = False,
    now: float | None = None,
) -> SweepReport:
    """Tidy the files folder and check the database of an open, writable SQLite library.

    ``alone`` says whether this process holds the library's open lock exclusively; when it
    does not, only files older than an hour are moved.
    """
    report = tidy(engine, files_root, alone=alone, now=now)
    check(engine, report, full_check=full_check)
    return report


def tidy(engine: Engine, files_root: Path, *, alone: bool, now: float | None = None) -> SweepReport:
    """The sweep's files: what must happen under the open lock (see :func:`sweep`)."""
    report = SweepReport()
    cutoff = None if alone else (now if now is not None else time.time()) - STALE_AFTER_SECONDS
    with engine.connect() as connection:
        listed = listed_files(connection)
    tidy_files(files_root, listed, cutoff, report)
    report.missing_files = sorted(name for name in listed if not (files_root / name).is_file())
    return report


def check(engine: Engine, report: SweepReport, *, full_check: bool = False) -> None:
    """The sweep's database checks, which need no lock: ``PRAGMA quick_check``, then the
    search index, rebuilt if out of step; their findings go into ``report``."""
    with engine.connect() as connection:
        report.integrity = check_database(connection, full=full_check)
    if report.integrity == ["ok"]:
        with engine.begin() as connection:
            report.search_index_rebuilt = repair_search_index(connection)
            change_log.prune(connection)


def check_database(connection: Connection, *, full: bool = False) -> list[str]:
    """SQLite's own verdict: ``["ok"]`` or the problems it lists."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = connection.exec_driver_sql(f"PRAGMA {pragma}").all()
    except OperationalError as exc:
        return [str(exc.orig)]
    return [str(row[0]) for row in rows] or ["ok"]


def listed_files(connection: Connection) -> set[str]:
    """Every path under files/ that a source or caption refers to."""
    rows = connection.exec_driver_sql(
        "SELECT stored_file FROM source WHERE stored_file != '' "
        "UNION SELECT image_file FROM caption WHERE image_file != ''"
    ).all()
    return {str(row[0]) for row in rows}


def tidy_files(root: Path, listed: set[str], cutoff: float | None, report: SweepReport) -> None:
    """Remove temp files and move unlisted files to lost+found (only those older than cutoff)."""
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(root).as_posix()
        if relative in listed:
            continue
        if cutoff is not None and _mtime(path) > cutoff:
            continue
        if path.name.startswith(INCOMING_PREFIX):
            with contextlib.suppress(OSError):
                path.unlink()
                report.removed_temp_files.append(relative)
            continue
        target = root.parent / LOST_AND_FOUND / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
        except OSError:
            continue
        report.moved_orphans.append(relative)


def recover_from_lost_and_found(root: Path, listed: set[str]) -> list[str]:
    """Move back files a source lists that were swept away earlier; returns what came back."""
    found = root.parent / LOST_AND_FOUND
    recovered: list[str] = []
    for relative in sorted(listed):
        target = root / relative
        kept = found / relative
        if target.exists() or not kept.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(kept, target)
        recovered.append(relative)
    return recovered


def search_index_consistent(connection: Connection) -> bool:
    """True when the index holds one row per source, event, quote and caption, and no others."""
    expected = " UNION ALL ".join(
        f'SELECT id * 8 + {code} FROM "{kind}"' for kind, code in search.KIND_CODES.items()
    )
    counts = connection.exec_driver_sql(
        f"SELECT (SELECT COUNT(*) FROM search_index), (SELECT COUNT(*) FROM ({expected}) AS items)"
    ).one()
    if counts[0] != counts[1]:
        return False
    stray = connection.exec_driver_sql(
        "SELECT 1 FROM (SELECT rowid FROM search_index EXCEPT SELECT * FROM "
        f"({expected}) AS items) AS stray LIMIT 1"
    ).first()
    return stray is None


def repair_search_index(connection: Connection) -> bool:
    """Rebuild the search index when it is out of step with the tables; True if it was."""
    if connection.dialect.name != "sqlite":
        return False
    has_index = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_index'"
    ).first()
    if has_index is None:
        return False
    search.catch_up(connection)  # what a bulk load left for later is not a fault
    if search_index_consistent(connection):
        return False
    search.rebuild(connection)
    return True


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()

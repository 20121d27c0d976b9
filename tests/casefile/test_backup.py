"""Backups of real libraries: made online, rolled, listed and restored with their files."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from casefile.backup import (
    backup,
    check_backup,
    list_backups,
    restore_backup,
    rolling_backup,
)
from casefile.errors import CasefileError
from casefile.importer import import_paths
from casefile.library import Library
from casefile.lock import LibraryInUseError


def _titles(library: Library) -> list[str]:
    return [case.title for case in library.cases()]


def test_backup_change_restore_brings_the_old_rows_back(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    library = Library.open(folder)
    library.create_case("Antes")
    saved = backup(library)
    assert saved.parent == folder / "backups"
    library.create_case("Después")
    library.close()
    replaced = restore_backup(folder, saved)
    with closing(Library.open(folder)) as reopened:
        assert _titles(reopened) == ["Antes"]
        assert replaced in [info.path for info in list_backups(folder)]
    restore_backup(folder, replaced)
    with closing(Library.open(folder)) as restored:
        assert _titles(restored) == ["Antes", "Después"]


def test_backup_is_a_single_intact_sqlite_file(tmp_path: Path) -> None:
    with closing(Library.open(tmp_path / "lib")) as library:
        library.create_case("Uno")
        target = backup(library, tmp_path / "elsewhere" / "copy.db")
    assert not Path(f"{target}-wal").exists()
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    check_backup(target)


def test_restore_is_refused_while_the_library_is_open(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as library:
        saved = backup(library)
        with pytest.raises(LibraryInUseError, match="close it"):
            restore_backup(folder, saved)


def test_restore_refuses_a_file_that_is_not_a_casefile_backup(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    Library.open(folder).close()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE t (x)")
    for path in (junk, other, tmp_path / "missing.db"):
        with pytest.raises(CasefileError):
            restore_backup(folder, path)
    with closing(Library.open(folder)) as library:
        assert library.schema_version() is not None


def test_rolling_backup_keeps_the_newest_and_skips_unchanged(tmp_path: Path) -> None:
    with closing(Library.open(tmp_path / "lib")) as library:
        for index in range(5):
            library.create_case(f"Caso {index}")
            rolling_backup(library, keep=3)
        unchanged = rolling_backup(library, keep=3)
        backups = list_backups(library)
    assert len(backups) == 3
    assert backups[0].path == unchanged
    with closing(sqlite3.connect(backups[0].path)) as connection:
        assert connection.execute('SELECT COUNT(*) FROM "case"').fetchone() == (5,)


def test_restore_brings_back_files_swept_to_lost_and_found(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "nota.txt").write_text(
        "date 2026-01-10\nReunión en Washington\n\nEl 9 de enero hubo una reunión.\n",
        encoding="utf-8",
    )
    with closing(Library.open(folder)) as library:
        case = library.create_case("Caso")
        assert case.id is not None
        ((name, source_id),) = import_paths(library, case.id, [articles]).added
        stored = library.get("source", source_id).stored_file
        saved = backup(library)
        library.delete("source", source_id)
    # The sweep moves the unlisted file to lost+found.
    with closing(Library.open(folder)) as swept:
        assert swept.sweep_report is not None
        assert swept.sweep_report.moved_orphans == [stored]
    restore_backup(folder, saved)
    with closing(Library.open(folder)) as restored:
        assert restored.files.path(stored).is_file()
        assert restored.sweep_report is not None
        assert restored.sweep_report.ok
    assert name == "nota.txt"


def test_cli_backup_prints_the_backup_path(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "lib"
    Library.open(folder).close()
    done = subprocess.run(
        [sys.executable, "-m", "casefile", "backup", "--library", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == list_backups(folder)[0].path


def test_restore_is_refused_while_a_reader_has_the_library_open(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as writer:
        saved = backup(writer)
    with closing(Library.open(folder, read_only=True)), pytest.raises(LibraryInUseError):
        restore_backup(folder, saved)
    restore_backup(folder, saved)


def test_reopen_shows_the_restored_database_through_the_same_object(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as library:
        library.create_case("Antes")
        saved = backup(library)
        library.create_case("Después")
        library.close()
        restore_backup(folder, saved)
        library.reopen()
        assert _titles(library) == ["Antes"]
        with pytest.raises(LibraryInUseError):
            restore_backup(folder, saved)  # reopened means holding the open lock again


def test_rolling_backup_of_an_untouched_library_copies_nothing(tmp_path: Path) -> None:
    with closing(Library.open(tmp_path / "lib")) as library:
        library.create_case("Caso")
        first = rolling_backup(library)
        past = first.stat().st_mtime - 60
        for name in ("casefile.db", "casefile.db-wal"):
            os.utime(library.folder / name, (past, past))
        before = first.stat().st_mtime_ns
        assert rolling_backup(library) == first
        assert first.stat().st_mtime_ns == before
        assert len(list_backups(library)) == 1
        library.create_case("Otro")  # a write: the next rolling backup is a new one
        assert rolling_backup(library) != first

"""Killed imports leave whole sources only; the start-up sweep tidies what a crash leaves."""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from casefile import integrity
from casefile.errors import LibraryError
from casefile.files import content_hash
from casefile.library import Library
from casefile.lock import OpenLock
from casefile.models import Source
from casefile.storage import LibraryWriteError

ROOT = Path(__file__).resolve().parents[2]


def test_sigkilled_imports_leave_whole_sources_and_a_rerun_finishes_without_duplicates(
    tmp_path: Path,
) -> None:
    # The soak script kills `casefile import` at random moments and, after each kill, opens the
    # library and checks integrity_check, files, links and per-source proposal counts.
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "soak_kill.py"),
            "--files",
            "300",
            "--kills",
            "6",
            "--seed",
            "7",
            "--workdir",
            str(tmp_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    figures = json.loads(done.stdout)
    assert figures["problems"] == []
    assert figures["kills_survived"] >= 3
    assert figures["rows_lost"] == 0
    assert figures["sources"] == 300
    assert done.returncode == 0, done.stderr


def _store_orphans(library: Library) -> tuple[str, Path]:
    orphan = library.files.put(b"written, then the process died", content_hash(b"x"), ".txt")
    partial = library.files.root / "ab" / ".incoming-k2j3h4"
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_bytes(b"half a fi")
    return orphan, partial


def test_opening_moves_unlisted_files_to_lost_and_found_and_removes_temp_files(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as library:
        orphan, partial = _store_orphans(library)
    with closing(Library.open(folder)) as reopened:
        report = reopened.sweep_report
        assert report is not None
        assert report.moved_orphans == [orphan]
        assert report.removed_temp_files == ["ab/.incoming-k2j3h4"]
        assert list(reopened.files.stored()) == []
    assert (folder / integrity.LOST_AND_FOUND / orphan).read_bytes().startswith(b"written")
    assert not partial.exists()


def test_sweep_leaves_fresh_files_alone_while_another_process_has_the_library_open(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as library:
        orphan, _partial = _store_orphans(library)
        # Not alone: an import elsewhere may be about to commit.
        with closing(Library.open(folder)) as other:
            assert other.sweep_report is not None
            assert other.sweep_report.moved_orphans == []
            assert orphan in set(other.files.stored())
            later = integrity.sweep(other.engine, other.files.root, alone=False, now=9e12)
            assert later.moved_orphans == [orphan]


def _try_exclusive(folder: Path) -> bool:
    """Whether a fresh OpenLock on ``folder`` can be held exclusively; let go at once."""
    lock = OpenLock(folder)
    try:
        return lock.try_exclusive()
    finally:
        lock.release()


def test_open_lock_is_exclusive_only_for_a_lone_opener(tmp_path: Path) -> None:
    with closing(Library.open(tmp_path / "lib")):
        assert not _try_exclusive(tmp_path / "lib")
    assert _try_exclusive(tmp_path / "lib")


def test_sweep_rebuilds_a_search_index_out_of_step(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as library:
        library.add(Source(title="Reunión en Tijuana", content_hash="a" * 64, text="fentanilo"))
        with library.engine.begin() as connection:
            connection.execute(text("DELETE FROM search_index"))
    with closing(Library.open(folder)) as reopened:
        assert reopened.sweep_report is not None
        assert reopened.sweep_report.search_index_rebuilt
        with reopened.engine.connect() as connection:
            assert integrity.search_index_consistent(connection)


def test_a_read_only_library_can_be_browsed_but_not_changed(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as writable:
        writable.create_case("Visible")
    with closing(Library.open(folder, read_only=True)) as library:
        assert library.read_only
        assert [case.title for case in library.cases()] == ["Visible"]
        with pytest.raises(LibraryWriteError, match="read-only"):
            library.create_case("Nunca")
    with closing(Library.open(folder)) as library:
        assert [case.title for case in library.cases()] == ["Visible"]


def test_read_only_opening_of_a_missing_library_says_so(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match=r"no casefile\.db"):
        Library.open(tmp_path / "nothing", read_only=True)


def test_a_failed_file_write_stops_the_import_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "nota.txt").write_text("Nota\n\nEl 3 de marzo hubo una reunión.\n", "utf-8")
    with closing(Library.open(folder)) as library:
        case = library.create_case("Caso")
        assert case.id is not None
    digest = content_hash((articles / "nota.txt").read_bytes())
    # A dangling link where the file's hash folder goes: the write fails, the sweep skips links.
    (folder / "files" / digest[:2]).symlink_to(tmp_path / "gone")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "casefile",
            "import",
            "Caso",
            str(articles),
            "--library",
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("casefile: nota.txt: cannot store the file")
    assert "Traceback" not in done.stderr
    with closing(Library.open(folder)) as reopened:
        assert reopened.source_count() == 0
        assert reopened.items("event", 1) == []


def test_deferred_checks_run_when_finished_and_the_files_are_tidied_at_open(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    with closing(Library.open(folder)) as library:
        orphan, partial = _store_orphans(library)
        library.add(Source(title="Reunión en Tijuana", content_hash="a" * 64, text="fentanilo"))
        with library.engine.begin() as connection:
            connection.execute(text("DELETE FROM search_index"))
    with closing(Library.open(folder, defer_checks=True)) as library:
        report = library.sweep_report
        assert report is not None
        assert report.moved_orphans == [orphan]  # files: at open, under the lock
        assert not partial.exists()
        assert library.open_lock is not None
        assert not library.open_lock.exclusive  # let down at open, as without deferring
        with library.engine.connect() as connection:
            assert not integrity.search_index_consistent(connection)
        assert library.finish_checks() is report
        assert report.search_index_rebuilt
        assert library.finish_checks() is None  # once
        with library.engine.connect() as connection:
            assert integrity.search_index_consistent(connection)

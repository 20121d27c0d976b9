"""A library on a read-only folder or a full disk: a clear message, no half-written row or file,
and reading still works.

The read-only folder is real: chmod 0555/0444, and the command runs without the privilege to
ignore file modes (the ``unprivileged`` fixture of tests/conftest.py: as root, a child whose
capability bounding set lacks CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER).
The full disk is real too: a file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so that
write() fails with EFBIG) for a command, and SQLite's max_page_count for the database
inside this process.
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from write_refusals import full_disk

from casefile import ingest
from casefile.importer import add_document, import_paths
from casefile.library import DATABASE_NAME, Library
from casefile.storage import LibraryWriteError

ROOT = Path(__file__).resolve().parents[2]
Run = Callable[[list[str]], subprocess.CompletedProcess[str]]
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"

# Exec the command with a file size limit; writes past it fail with EFBIG instead of a signal.
WITH_SIZE_LIMIT = """
import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
os.execv(sys.argv[2], sys.argv[2:])
"""


def _casefile(folder: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "casefile", *arguments, "--library", str(folder)]


def _set_modes(folder: Path, directories: int, files: int) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(directories if path.is_dir() else files)


@pytest.fixture
def read_only_library(tmp_path: Path) -> Iterator[Path]:
    """A library with one case and one imported article, in a folder nobody may write."""
    folder = tmp_path / "lib"
    library = Library.open(folder)
    case = library.create_case("Caso")
    assert case.id is not None
    assert import_paths(library, case.id, [ARTICLE]).added
    library.close()
    _set_modes(folder, 0o555, 0o444)
    yield folder
    _set_modes(folder, 0o755, 0o644)


def _integrity(database: Path) -> str:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def _counts(database: Path) -> tuple[int, int, int]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in ("case", "source", "event")
        )


def test_the_unprivileged_child_really_cannot_write_there(
    read_only_library: Path, unprivileged: Run
) -> None:
    probe = unprivileged([sys.executable, "-c", f"open({str(read_only_library / 'probe')!r}, 'w')"])
    assert probe.returncode != 0
    assert "PermissionError" in probe.stderr


def test_a_read_only_library_is_read_and_every_write_refused_in_a_sentence(
    read_only_library: Path, tmp_path: Path, unprivileged: Run
) -> None:
    database = read_only_library / DATABASE_NAME
    before = _counts(database)
    contents = sorted(read_only_library.rglob("*"))
    listed = unprivileged(_casefile(read_only_library, "case", "list"))
    assert listed.returncode == 0, listed.stderr
    assert "Caso" in listed.stdout
    shown = unprivileged(_casefile(read_only_library, "show", "Caso"))
    assert shown.returncode == 0, shown.stderr
    assert "Sources (1)" in shown.stdout

    other = tmp_path / "otra.txt"
    other.write_text("Otra nota\n\nEl 3 de marzo de 2026 hubo otra reunión.\n", "utf-8")
    imported = unprivileged(_casefile(read_only_library, "import", "Caso", str(other)))
    assert imported.returncode == 2
    assert f"The library {read_only_library} is read-only; nothing was saved." in imported.stderr
    created = unprivileged(_casefile(read_only_library, "case", "new", "Nunca"))
    assert created.returncode == 2
    assert "is read-only" in created.stderr
    for refused in (imported, created):
        assert "Traceback" not in refused.stderr

    copy = tmp_path / "copia.db"
    backed_up = unprivileged(_casefile(read_only_library, "backup", "-o", str(copy)))
    assert backed_up.returncode == 0, backed_up.stderr
    assert _counts(copy) == before

    assert _counts(database) == before
    assert _integrity(database) == "ok"
    assert sorted(read_only_library.rglob("*")) == contents  # not even a temp file


SHOW_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from ui.app import create_application, open_library
app = create_application(["casefile"])
opened = open_library(Path(sys.argv[1]))
assert opened is not None
library, lock = opened
from ui.main_window import MainWindow
window = MainWindow(library, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(window.windowTitle())
print("lock held:", lock.held)
print("new case enabled:", window.menu_actions.new_case.isEnabled())
print("export bundle enabled:", window.menu_actions.export_bundle.isEnabled())
print("events shown:", window.tabs.tables["event"].model.rowCount())
window.close()
"""


def test_the_app_opens_a_read_only_folder_read_only(
    read_only_library: Path, tmp_path: Path, unprivileged: Run
) -> None:
    shown = unprivileged(
        [sys.executable, "-c", SHOW_WINDOW, str(read_only_library), str(tmp_path / "s.ini")]
    )
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "Casefile — Caso (read-only)"
    assert "lock held: False" in lines  # nothing to protect where nobody can write
    assert "new case enabled: False" in lines
    assert "export bundle enabled: True" in lines
    assert any(line.startswith("events shown: ") and line != "events shown: 0" for line in lines)


def test_a_file_the_full_disk_refuses_stops_the_import_and_leaves_nothing_behind(
    tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    folder = tmp_path / "lib"
    library = Library.open(folder)
    library.create_case("Caso")
    library.close()
    database = folder / DATABASE_NAME
    before = _counts(database)
    article = tmp_path / "reunion.html"  # little text, a large original to store
    article.write_text(
        "<html><head><title>Reunión</title></head><body><article><h1>Reunión</h1>"
        "<p>El 23 de enero de 2026 el canciller se reunió con el secretario de Estado.</p>"
        f"</article><!--{'x' * 600_000}--></body></html>",
        encoding="utf-8",
    )
    limit = database.stat().st_size + 256 * 1024
    assert limit < article.stat().st_size
    done = run(
        _casefile(folder, "import", "Caso", str(article)),
        [sys.executable, "-c", WITH_SIZE_LIMIT, str(limit)],
    )
    assert done.returncode == 2
    assert done.stderr.startswith("casefile: reunion.html: cannot store the file in the library")
    assert "File too large" in done.stderr
    assert "Traceback" not in done.stderr
    assert _counts(database) == before
    assert _integrity(database) == "ok"
    assert [path for path in (folder / "files").rglob("*") if path.is_file()] == []
    assert resource.getrlimit(resource.RLIMIT_FSIZE)[0] == resource.RLIM_INFINITY


def test_a_source_the_full_database_refuses_leaves_no_row_and_no_file(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    case = library.create_case("Caso")
    assert case.id is not None
    with full_disk(library):
        document = ingest.read(ARTICLE)
        document.text += "\n\nEl 4 de marzo de 2026 hubo otra reunión. " * 2_000  # needs new pages
        with pytest.raises(LibraryWriteError, match=r"is full; nothing was saved"):
            add_document(library, case.id, document)
        assert library.source_count() == 0
        assert library.items("event", case.id) == []
        assert list(library.files.stored()) == []  # the stored original was taken back
        with library.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        library.create_case("Cabe")  # a write that fits in the pages there are still works
        library.close()

"""File ▸ back up, restore, export and import case bundles, in the real window over real files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl
from PySide6.QtWidgets import QMessageBox

from casefile.backup import check_backup, list_backups, rolling_backup
from casefile.bundle import export_case
from casefile.errors import LibraryError
from casefile.importer import import_paths
from casefile.library import Library
from casefile.lock import LibraryLock
from casefile.models import Source
from ui.main_window import MainWindow
from ui.views.backup_dialog import RestoreBackupDialog, confirm_restore

JOB_MS = 60_000
ARTICLE = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "articles"
    / ("2026-01-20-laboratorios-fentanilo-sinaloa.txt")
)


@pytest.fixture
def shared_case(library: Library) -> int:
    """A case with a real imported article (bundles check every source's content hash)."""
    case = library.create_case("Laboratorios en Sinaloa")
    assert case.id is not None
    assert import_paths(library, case.id, [ARTICLE]).added
    return case.id


def _case_titles(window: MainWindow) -> list[str]:
    model = window.case_model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_the_file_menu_offers_backups_and_bundles(window) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    for text in (
        "Import case bundle…",
        "Export case bundle…",
        "Back up library now…",
        "Restore from backup…",
    ):
        assert text in texts


def test_backing_up_now_writes_a_whole_database(qtbot, security_case, make_window, tmp_path):
    window = make_window()
    target = tmp_path / "elsewhere" / "copia.db"
    with qtbot.waitSignal(window.library_actions.backed_up, timeout=JOB_MS) as done:
        assert window.library_actions.back_up_to(target)
    assert done.args == [target]
    check_backup(target)  # intact, and a Casefile library
    with sqlite3.connect(target) as copy:
        assert copy.execute('SELECT title FROM "case"').fetchall() == [("Seguridad MX–US",)]
    assert "copia.db" in window.library_actions.jobs.last_message.text()


def test_restoring_a_backup_brings_back_the_earlier_state_and_keeps_the_replaced_one(
    qtbot, library: Library, security_case, make_window
) -> None:
    earlier = rolling_backup(library)
    window = make_window()
    later = library.create_case("Creado después")
    window.case_model.add_case(later)
    window.case_list.select_case(later.id)
    assert window.case_id == later.id

    with qtbot.waitSignal(window.library_actions.restored, timeout=JOB_MS) as restored:
        assert window.library_actions.restore(earlier)
    assert _case_titles(window) == ["Seguridad MX–US"]
    assert window.case_id == security_case  # the case still there is opened
    assert window.tabs.tables["event"].model.rowCount() == 2
    assert window.undo_stack.count() == 0
    assert [case.title for case in library.cases()] == ["Seguridad MX–US"]

    kept = restored.args[0]
    assert kept in [info.path for info in list_backups(library.folder)]
    with qtbot.waitSignal(window.library_actions.restored, timeout=JOB_MS):
        assert window.library_actions.restore(kept)  # undoing the restore
    assert sorted(_case_titles(window)) == ["Creado después", "Seguridad MX–US"]
    library.create_case("Se puede escribir")  # the reopened library takes writes


def test_restoring_a_file_that_is_no_backup_says_why_and_keeps_the_library(
    qtbot, library: Library, security_case, make_window, tmp_path
) -> None:
    window = make_window()
    bogus = tmp_path / "notas.db"
    bogus.write_text("not a database", encoding="utf-8")
    with qtbot.waitSignal(window.library_actions.job_failed, timeout=JOB_MS) as failed:
        assert window.library_actions.restore(bogus)
    assert "not a Casefile backup" in failed.args[0]
    assert window.library_actions.jobs.last_message.icon() == QMessageBox.Icon.Warning
    assert _case_titles(window) == ["Seguridad MX–US"]
    assert window.case_id == security_case
    library.create_case("Sigue abierta")


def test_restoring_leaves_the_gui_thread_which_keeps_turning_meanwhile(
    qtbot, library: Library, security_case, make_window
) -> None:
    earlier = rolling_backup(library)
    window = make_window()
    actions = window.library_actions
    # Another connection holds the backup file: the restore waits for it, in its own thread.
    holder = sqlite3.connect(earlier, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    ticks: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(actions.running))
    timer.start(0)
    try:
        assert actions.restore(earlier)  # returns at once
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)
        assert all(ticks)  # the event loop turned while the restore ran
        assert actions.restore_progress is not None
        assert actions.restore_progress.isVisible()  # over the window, taking its input
        assert actions.restore_progress.isModal()
        with pytest.raises(LibraryError, match="closed while its database is replaced"):
            library.cases()  # a view cannot query the file behind the restore's back
    finally:
        holder.rollback()
        holder.close()
        timer.stop()
    with qtbot.waitSignal(actions.restored, timeout=JOB_MS):
        pass
    assert not actions.restore_progress.isVisible()
    assert _case_titles(window) == ["Seguridad MX–US"]
    library.create_case("Abierta otra vez")


# What a second Casefile does to take the library: the window's app lock, then the open lock
# alone (as a restore or a lone sweep needs it). It reports without changing anything.
SECOND_PROCESS = """
import sys
from pathlib import Path
from casefile.lock import LibraryInUseError, LibraryLock, OpenLock
folder = Path(sys.argv[1])
try:
    LibraryLock(folder).acquire()
    print("window: opened")
except LibraryInUseError:
    print("window: refused")
print("alone: yes" if OpenLock(folder).try_exclusive() else "alone: refused")
"""


def _second_process(run, folder: Path) -> str:  # type: ignore[no-untyped-def]
    result = run([sys.executable, "-c", SECOND_PROCESS, str(folder)])
    assert result.returncode == 0, result.stderr
    return str(result.stdout)


def test_a_failed_restore_whose_reopening_fails_keeps_the_library_locked(
    qtbot, library: Library, security_case, make_window, tmp_path, run
) -> None:
    folder = library.folder
    app_lock = LibraryLock(folder)
    app_lock.acquire()  # as ui.app holds it for as long as the window shows the library
    window = make_window()
    actions = window.library_actions
    bogus = tmp_path / "notas.db"
    bogus.write_text("not a database", encoding="utf-8")
    shutil.rmtree(folder / "files")
    (folder / "files").write_text("a file where the folder should be", encoding="utf-8")

    with qtbot.waitSignal(actions.job_failed, timeout=JOB_MS) as failed:
        assert actions.restore(bogus)
    assert "not a Casefile backup" in failed.args[0]
    assert "could not be opened again" in failed.args[0]
    assert actions.jobs.last_message.windowTitle() == "The library is closed"
    with pytest.raises(LibraryError, match="could not be opened again"):
        library.cases()
    assert library.open_lock is not None  # still this process's
    assert _second_process(run, folder) == "window: refused\nalone: refused\n"

    window.close()
    library.close()
    app_lock.release()
    assert _second_process(run, folder) == "window: opened\nalone: yes\n"


HOLD_OPEN = """
import sys
from pathlib import Path
from casefile.library import Library
from casefile.models import Source
library = Library.open(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()
library.close()
"""


def test_a_restore_refused_while_another_process_has_the_library_keeps_the_lock(
    qtbot, library: Library, security_case, make_window, run
) -> None:
    earlier = rolling_backup(library)
    window = make_window()
    actions = window.library_actions
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(library.folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert other.stdout is not None
        assert other.stdout.readline() == "open\n"
        with qtbot.waitSignal(actions.job_failed, timeout=JOB_MS) as failed:
            assert actions.restore(earlier)
        assert "is open (in this or another Casefile process)" in failed.args[0]
    finally:
        other.communicate("\n", timeout=60)
    # flock let go of this window's shared lock when the upgrade failed; it was taken back.
    assert _second_process(run, library.folder) == "window: opened\nalone: refused\n"
    assert _case_titles(window) == ["Seguridad MX–US"]  # reopened as it was
    library.create_case("Sigue abierta")


def test_the_restore_dialog_lists_backups_newest_first_with_date_and_size(
    qtbot, library: Library, security_case
) -> None:
    first = rolling_backup(library)
    library.create_case("Otro")
    second = rolling_backup(library)
    dialog = RestoreBackupDialog(list_backups(library.folder))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data(0x0003) == str(second)  # tooltip: the file
    assert model.index(1, 0).data(0x0003) == str(first)
    assert model.index(0, 1).data()  # a size such as "196 KB"
    assert dialog.restore_button.isEnabled()
    dialog.accept()
    assert dialog.chosen_path() == second


def test_the_restore_dialog_without_backups_says_so(qtbot) -> None:
    dialog = RestoreBackupDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()
    dialog.accept()
    assert dialog.chosen_path() is None


def test_confirming_a_restore_says_the_current_state_is_kept(
    qtbot, library: Library, window
) -> None:
    from message_boxes import answer_message_box

    backup = rolling_backup(library)
    seen = answer_message_box(qtbot, "Cancel")
    assert not confirm_restore(window, library.folder, backup)
    assert "kept as a new backup" in seen[0]
    assert "undo" in seen[0]


def test_a_case_bundle_goes_to_another_library_and_opens_there(
    qtbot, library: Library, shared_case, make_window, settings, tmp_path
) -> None:
    window = make_window()
    bundle = tmp_path / "sinaloa.casefile"
    with qtbot.waitSignal(window.library_actions.bundle_exported, timeout=JOB_MS):
        assert window.library_actions.export_bundle_to(bundle)
    assert bundle.is_file()

    other = Library.open(tmp_path / "colega")
    other.create_case("Ya estaba")
    colleague = MainWindow(other, settings)
    qtbot.addWidget(colleague)
    colleague.show()
    actions = colleague.library_actions
    with qtbot.waitSignal(actions.bundle_imported, timeout=JOB_MS) as imported:
        assert actions.import_bundle_from(bundle)
    summary = imported.args[0]
    assert summary["new_case"]
    assert colleague.case_id == summary["case_id"]
    assert sorted(_case_titles(colleague)) == ["Laboratorios en Sinaloa", "Ya estaba"]
    counts = library.case_counts()[shared_case]
    assert other.case_counts()[summary["case_id"]] == counts
    assert colleague.tabs.tables["event"].model.rowCount() == counts["event"]
    text = actions.jobs.last_message.text()
    assert actions.jobs.last_message.textFormat() == Qt.TextFormat.PlainText  # a bundle's title
    assert "“Laboratorios en Sinaloa” is a new case" in text
    assert f"Added: 1 source, {counts['event']} events" in text

    with qtbot.waitSignal(actions.bundle_imported, timeout=JOB_MS) as again:
        assert actions.import_bundle_from(bundle)
    assert not again.args[0]["new_case"]
    text = actions.jobs.last_message.text()
    assert "was already in this library; the bundle was merged" in text
    assert "Added: nothing new." in text
    assert f"Already there: 1 source, {counts['event']} events" in text
    assert colleague.case_id == summary["case_id"]
    assert other.case_counts()[summary["case_id"]] == counts
    colleague.close()
    other.close()


def test_dropping_a_bundle_on_the_window_imports_its_case(
    qtbot, library: Library, shared_case, settings, tmp_path
) -> None:
    from test_dnd import drop

    bundle = export_case(library, shared_case, tmp_path / "caso.casefile")
    other = Library.open(tmp_path / "colega")
    colleague = MainWindow(other, settings)
    qtbot.addWidget(colleague)
    colleague.show()
    colleague.imports.install_drop_targets()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    with qtbot.waitSignal(colleague.library_actions.bundle_imported, timeout=JOB_MS):
        assert drop(colleague.tabs, mime)  # no case open: a bundle brings its own
    assert _case_titles(colleague) == ["Laboratorios en Sinaloa"]
    assert len(other.sources(colleague.case_id)) == 1
    assert not colleague.imports.running  # the bundle was not read as an article
    colleague.close()
    other.close()


def test_a_file_that_is_no_bundle_is_refused_in_a_sentence(
    qtbot, library: Library, window, tmp_path
) -> None:
    fake = tmp_path / "falso.casefile"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with qtbot.waitSignal(window.library_actions.job_failed, timeout=JOB_MS) as failed:
        assert window.library_actions.import_bundle_from(fake)
    assert "falso.casefile" in failed.args[0]
    assert "Traceback" not in failed.args[0]
    assert library.cases() == []


def test_the_automatic_backup_runs_once_the_window_shows_and_skips_an_unchanged_library(
    qtbot, library: Library, security_case, make_window
) -> None:
    window = make_window()
    actions = window.library_actions
    with qtbot.waitSignal(actions.backed_up, timeout=JOB_MS) as first:
        assert actions.start_automatic_backup()
    assert "Library backed up" in window.statusBar().currentMessage()
    with qtbot.waitSignal(actions.backed_up, timeout=JOB_MS) as second:
        assert actions.start_automatic_backup()
    assert second.args == first.args
    assert len(list_backups(library.folder)) == 1


def test_the_opening_job_runs_the_checks_the_window_left_for_after_its_first_paint(
    qtbot, tmp_path, settings
) -> None:
    from ui.main_window import MainWindow

    folder = tmp_path / "deferred"
    planted = Library.open(folder)
    planted.add(Source(title="Reunión en Tijuana", content_hash="b" * 64, text="fentanilo"))
    with planted.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM search_index")
    planted.close()
    library = Library.open(folder, defer_checks=True)
    try:
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.show()
        assert library.search("fentanilo") == []  # not yet: nothing checked before the window
        with qtbot.waitSignal(window.library_actions.backed_up, timeout=JOB_MS):
            assert window.library_actions.start_automatic_backup()
        assert library.sweep_report is not None
        assert library.sweep_report.search_index_rebuilt
        assert len(library.search("fentanilo")) == 1
        window.close()
    finally:
        library.close()


@pytest.mark.expect_log_warnings("Automatic backup failed")
def test_a_failed_automatic_backup_is_reported_and_the_window_carries_on(
    qtbot, library: Library, security_case, make_window
) -> None:
    (library.folder / "backups").write_text("a file where the folder should be", "utf-8")
    window = make_window()
    with qtbot.waitSignal(window.library_actions.job_failed, timeout=JOB_MS):
        assert window.library_actions.start_automatic_backup()
    assert "automatic backup failed" in window.statusBar().currentMessage()
    assert window.library_actions.jobs.last_message is None  # no dialog in the analyst's way
    library.create_case("Sigue funcionando")

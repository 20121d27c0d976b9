"""Opening and closing the library around the window: lock, read-only, backups, failed writes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
import sys
from pathlib import Path

import pytest
from message_boxes import answer_message_box
from sqlalchemy import text
from write_refusals import full_disk

from casefile.backup import list_backups
from casefile.library import Library
from casefile.lock import LibraryLock
from ui.app import close_library, open_library, report_errors_in
from ui.main_window import MainWindow


def test_the_window_holds_the_lock_and_a_second_one_may_only_read(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    first = open_library(folder)
    assert first is not None
    library, lock = first
    assert lock.held
    assert not library.read_only

    seen = answer_message_box(qtbot, "Open read-only")
    second = open_library(folder)
    assert second is not None
    assert "open in another Casefile window (pid" in seen[0]
    assert "read-only" in seen[0]
    reader, reader_lock = second
    assert reader.read_only
    assert not reader_lock.held
    assert reader.cases() == []
    library.create_case("Escrito en la primera ventana")
    assert [case.title for case in reader.cases()] == ["Escrito en la primera ventana"]
    close_library(reader, reader_lock)
    assert lock.held  # the reader gave up nothing it did not have
    close_library(library, lock)
    again = LibraryLock(folder)
    again.acquire()  # free once the window closed
    again.release()


def test_a_second_window_that_chooses_to_quit_opens_nothing(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    first = open_library(folder)
    assert first is not None
    answer_message_box(qtbot, "Quit")
    assert open_library(folder) is None
    close_library(*first)


def test_closing_backs_the_library_up_and_frees_it(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    opened = open_library(folder)
    assert opened is not None
    opened[0].create_case("Antes de cerrar")
    made = close_library(*opened)
    assert made is not None
    assert [info.path for info in list_backups(folder)] == [made]
    with sqlite3.connect(made) as copy:
        assert copy.execute('SELECT title FROM "case"').fetchall() == [("Antes de cerrar",)]


# The failed backup is logged on purpose: the log is where the analyst can find it.
@pytest.mark.expect_log_warnings(r"^The closing backup of .* failed: ")
def test_a_failed_closing_backup_still_closes_and_frees_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    opened = open_library(folder)
    assert opened is not None
    (folder / "backups").write_text("in the way", "utf-8")
    assert close_library(*opened) is None
    assert not opened[1].held


def _read_only_library(folder: Path) -> Library:
    writable = Library.open(folder)
    case = writable.create_case("Consulta")
    writable.update("case", case.id, description="Solo lectura")
    writable.close()
    return Library.open(folder, read_only=True)


def test_a_read_only_library_says_so_and_offers_nothing_that_writes(
    qtbot, settings, tmp_path: Path
) -> None:
    library = _read_only_library(tmp_path / "lib")
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Casefile — Consulta (read-only)"
    assert window.library_actions.read_only.label.isVisible()
    actions = window.menu_actions
    for action in (
        actions.new_case,
        actions.rename_case,
        actions.archive_case,
        actions.import_files,
        actions.import_bundle,
        actions.restore_backup,
        actions.delete,
    ):
        assert not action.isEnabled(), action.text()
    for action in (actions.export_brief, actions.export_bundle, actions.back_up):
        assert action.isEnabled(), action.text()
    description = window.detail.forms["case"].editors["description"].widget
    assert description.isReadOnly()
    assert description.toPlainText() == "Solo lectura"

    window.import_paths([tmp_path / "nota.txt"])
    assert "read-only" in window.statusBar().currentMessage()
    assert not window.imports.running
    window.close()
    library.close()


def test_an_edit_the_full_disk_refuses_is_reported_and_nothing_is_lost(
    qtbot, library: Library, security_case, make_window, monkeypatch
) -> None:
    window = make_window()
    monkeypatch.setattr(sys, "excepthook", report_errors_in(window, sys.excepthook))
    window.detail.show_item("case", security_case)
    with full_disk(library):
        editor = window.detail.forms["case"].editors["description"]
        editor.edited.emit("Una nota muy larga. " * 20_000)  # as leaving the field would

        message = window.library_actions.jobs.last_message
        assert message is not None
        assert "is full; nothing was saved" in message.text()
        assert editor.widget.toPlainText() == ""  # the stored value, shown again
        assert window.undo_stack.count() == 0
        assert library.case(security_case).description == ""
        with library.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        library.create_case("Corto")  # small writes that fit still work


@pytest.fixture
def in_spanish(qapp):  # type: ignore[no-untyped-def]
    """The interface in Spanish for one test (as test_main_window's ``spanish``)."""
    from PySide6.QtCore import QLocale

    from ui.app import install_translations

    translators = install_translations(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_read_only_is_said_in_spanish_too(in_spanish, qtbot, settings, tmp_path: Path) -> None:
    library = _read_only_library(tmp_path / "lib")
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Casefile — Consulta (solo lectura)"
    assert window.library_actions.read_only.label.text() == "Solo lectura"
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "Restaurar copia de seguridad…" in texts
    assert "Importar paquete de caso…" in texts
    window.close()
    library.close()

"""One window per library: a second launch hands its bundles over; a bundle argument is imported.

The launches are real processes (``python main.py``), the window a real one, the messages go
through a real local socket.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from casefile.bundle import export_case
from casefile.importer import import_paths
from casefile.library import DATABASE_NAME, Library
from ui.first_paint import SHOWN
from ui.single_instance import SingleInstance, bundle_arguments, hand_over, server_name

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"
JOB_MS = 60_000
LAUNCH_S = 60


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A colleague's case as a ``.casefile`` bundle, with one real article."""
    colleague = Library.open(tmp_path / "colleague")
    case = colleague.create_case("Laboratorios en Sinaloa")
    assert case.id is not None
    assert import_paths(colleague, case.id, [ARTICLE]).added
    exported = export_case(colleague, case.id, tmp_path / "sinaloa.casefile")
    colleague.close()
    return exported


@pytest.fixture
def launch_env(tmp_path: Path) -> dict[str, str]:
    """A launch's environment: offscreen, with settings of its own (never the analyst's)."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}


@pytest.fixture
def instance(library: Library) -> Iterator[SingleInstance]:
    """The listener the app starts for ``library``, in this process."""
    listener = SingleInstance(server_name(library.folder))
    assert listener.listen()
    yield listener
    listener.close()
    listener.deleteLater()


def launch(folder: Path, *arguments: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """``python main.py --library folder arguments…``, as a double-click or a menu starts it."""
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--library", str(folder), *arguments],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    stdout, stderr = process.communicate(timeout=LAUNCH_S)
    return process.returncode, stdout, stderr


def test_each_library_has_its_own_name_however_its_folder_is_written(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    same = server_name(tmp_path / "a")
    assert server_name(tmp_path / "a" / ".." / "a") == same
    assert server_name(tmp_path / "b") != same
    assert server_name("postgresql://ana@server/casos") != same
    assert same.startswith("casefile-")
    assert len(same) < 40  # a Unix socket's whole path must fit in ~100 bytes


def test_only_bundles_are_taken_from_the_arguments_as_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert bundle_arguments(["caso.casefile", "nota.txt", "offscreen", "OTRO.CASEFILE"]) == [
        str(tmp_path / "caso.casefile"),
        str(tmp_path / "OTRO.CASEFILE"),
    ]


def test_a_second_launch_hands_its_bundle_to_the_open_window_and_exits(
    qtbot, library: Library, window, instance: SingleInstance, bundle: Path, launch_env
) -> None:
    instance.serve(window, window.library_actions.import_bundles)
    with qtbot.waitSignal(window.library_actions.bundle_imported, timeout=JOB_MS) as imported:
        second = launch(library.folder, str(bundle), env=launch_env)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=LAUNCH_S * 1000)
    status, _stdout, stderr = finish(second)
    assert status == 0, stderr
    assert "Traceback" not in stderr
    assert imported.args[0]["case_title"] == "Laboratorios en Sinaloa"
    assert [case.title for case in library.cases()] == ["Laboratorios en Sinaloa"]
    assert window.case_id == imported.args[0]["case_id"]  # the window opened the new case


def test_a_second_launch_without_files_only_brings_the_window_forward(
    qtbot, library: Library, window, instance: SingleInstance, launch_env
) -> None:
    instance.serve(window, window.library_actions.import_bundles)
    window.showMinimized()
    with qtbot.waitSignal(instance.requested, timeout=LAUNCH_S * 1000) as request:
        second = launch(library.folder, env=launch_env)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=LAUNCH_S * 1000)
    assert finish(second)[0] == 0
    assert request.args == [[]]
    assert not window.isMinimized()
    assert not window.library_actions.running


def test_a_launch_on_another_library_opens_its_own_window(
    library: Library, instance: SingleInstance, tmp_path: Path
) -> None:
    assert not hand_over(server_name(tmp_path / "another"), [])


def test_a_launch_with_a_bundle_opens_the_window_and_imports_it(
    qtbot, tmp_path: Path, bundle: Path, launch_env
) -> None:
    folder = tmp_path / "fresh"
    first = launch(folder, str(bundle), env=launch_env)
    try:
        qtbot.waitUntil(lambda: case_titles(folder) == ["Laboratorios en Sinaloa"], timeout=JOB_MS)
        assert hand_over(server_name(folder), [])  # and it listens for the next launch
        assert first.poll() is None
    finally:
        first.terminate()
        first.communicate(timeout=LAUNCH_S)
        QLocalServer.removeServer(server_name(folder))  # a terminated window leaves its socket


def case_titles(folder: Path) -> list[str]:
    """The cases in the library at ``folder``, read-only: another process may be creating it."""
    try:
        with sqlite3.connect(f"file:{folder / DATABASE_NAME}?mode=ro", uri=True) as database:
            return [title for (title,) in database.execute('SELECT title FROM "case"')]
    except sqlite3.OperationalError:  # not there yet, or its tables not yet made
        return []


def test_requests_made_before_the_window_exists_are_served_once_it_does(
    qtbot, window, instance: SingleInstance, bundle: Path
) -> None:
    instance.receive([str(bundle)])
    assert not window.library_actions.running
    with qtbot.waitSignal(window.library_actions.bundle_imported, timeout=JOB_MS):
        instance.serve(window, window.library_actions.import_bundles)


def test_a_bundle_that_comes_during_the_opening_backup_is_imported_after_it(
    qtbot, window, bundle: Path
) -> None:
    actions = window.library_actions
    with qtbot.waitSignal(actions.backed_up, timeout=JOB_MS):
        assert actions.start_automatic_backup()
        actions.import_bundles([bundle])  # queued behind the backup
    with qtbot.waitSignal(actions.bundle_imported, timeout=JOB_MS) as imported:
        pass
    assert imported.args[0]["new_case"]


def test_a_document_finder_opens_is_imported_like_an_argument(
    qtbot, qapp: QApplication, window, instance: SingleInstance, bundle: Path
) -> None:
    instance.serve(window, window.library_actions.import_bundles)
    instance.hear_file_open_events(qapp)
    try:
        with qtbot.waitSignal(window.library_actions.bundle_imported, timeout=JOB_MS):
            QApplication.sendEvent(qapp, QFileOpenEvent(str(bundle)))
    finally:
        qapp.removeEventFilter(instance)


def test_a_request_that_is_not_ours_only_brings_the_window_forward(
    qtbot, window, instance: SingleInstance
) -> None:
    instance.serve(window, window.library_actions.import_bundles)
    client = QLocalSocket()
    client.connectToServer(instance.name)
    assert client.waitForConnected(1000)
    with qtbot.waitSignal(instance.requested, timeout=5000) as request:
        client.write(b"GET / HTTP/1.0\n")
    assert request.args == [[]]
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0 or not client.isOpen(), timeout=5000)
    client.abort()


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves no file behind")
def test_the_socket_a_crashed_window_left_does_not_stop_the_next_one(tmp_path: Path) -> None:
    name = server_name(tmp_path / "crashed")
    path = Path(QDir.tempPath()) / name
    left = socket.socket(socket.AF_UNIX)
    left.bind(str(path))  # bound and never unlinked: what a killed window leaves
    left.close()
    assert path.exists()
    listener = SingleInstance(name)
    try:
        assert listener.listen()
        client = QLocalSocket()
        client.connectToServer(name)
        assert client.waitForConnected(1000)
        client.abort()
    finally:
        listener.close()


def test_a_second_listener_never_takes_a_live_windows_name(
    caplog, instance: SingleInstance
) -> None:
    second = SingleInstance(instance.name)
    assert not second.listen()
    assert "Later launches will not find this window" in caplog.text
    client = QLocalSocket()
    client.connectToServer(instance.name)
    assert client.waitForConnected(1000)  # the first window still has it
    client.abort()


def test_the_window_can_say_when_it_has_painted_and_quit(tmp_path: Path, launch_env) -> None:
    started = launch(tmp_path / "timed", env={**launch_env, "CASEFILE_QUIT_WHEN_SHOWN": "1"})
    status, stdout, stderr = finish(started)
    assert status == 0, stderr
    assert stdout.splitlines() == [SHOWN]
    assert "Traceback" not in stderr

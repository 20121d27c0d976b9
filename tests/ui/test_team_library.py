"""The window on a team library (a real PostgreSQL server), and File ▸ Open team library…"""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from contextlib import closing

from PySide6.QtCore import QSettings
from sqlalchemy import text
from sqlalchemy.engine import make_url

from casefile.library import Library, make_engine
from casefile.models import Event
from ui.main_window import MainWindow
from ui.views.team_dialog import LAST_TEAM_URL, OpenTeamLibraryDialog


def test_the_window_works_on_a_team_library(qtbot, team_url: str, tmp_path) -> None:
    with closing(Library.open(team_url)) as library:
        case = library.create_case("Seguridad MX–US", ["MX", "US"])
        library.add(Event(case_id=case.id, date=dt.date(2026, 2, 5), title="Reunión ministerial"))
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)  # closed and deleted below, before its library
        window.show()
        database = make_url(team_url).database
        assert database is not None
        assert window.case_id == case.id
        # backups are the server's business, not each analyst's window
        assert not window.menu_actions.back_up.isEnabled()
        assert not window.menu_actions.restore_backup.isEnabled()
        assert not window.library_actions.start_automatic_backup()
        field = window.search_field
        field.setFocus()
        with qtbot.waitSignal(field.searched) as searched:
            qtbot.keyClicks(field, "reuniones")  # PostgreSQL's Spanish stems: reunión
        assert searched.args == [1]
        assert "Reunión" in field.hits.hits[0].snippet
        window.close()
        # Gone before its library closes: no timer of it fires on a dropped database.
        with qtbot.waitSignal(window.destroyed):
            window.deleteLater()


def test_open_team_library_tries_it_then_opens_a_window_of_its_own(
    qtbot, team_url: str, tmp_path
) -> None:
    address = make_url(team_url)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = OpenTeamLibraryDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setText(address.host or "")
    dialog.port.setValue(address.port or 5432)
    dialog.database.setText("no_such_database")
    dialog.user.setText(address.username or "")
    dialog.accept()
    assert dialog.message.isVisible()
    assert "no_such_database" in dialog.message.text()  # the server's reason, as a sentence
    assert dialog.launched is None
    dialog.database.setText(address.database or "")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.launched is not None
    _program, arguments = dialog.launched
    saved = str(settings.value(LAST_TEAM_URL))
    assert make_url(saved).database == address.database
    assert make_url(saved).password is None  # never a password in the settings
    engine = make_engine(team_url)
    try:
        deadline = time.monotonic() + 60
        connected = False
        while time.monotonic() < deadline and not connected:
            with engine.connect() as connection:
                connected = bool(
                    connection.execute(
                        text(
                            "SELECT count(*) FROM pg_stat_activity "
                            "WHERE datname = :name AND pid <> pg_backend_pid()"
                        ),
                        {"name": address.database},
                    ).scalar()
                )
            time.sleep(0.2)
        assert connected, "the new window never opened the team library"
    finally:
        engine.dispose()
        for pid in _processes_running(arguments):
            os.kill(pid, signal.SIGTERM)


def _processes_running(arguments: list[str]) -> list[int]:
    """The processes whose command line ends with ``arguments`` (the detached window)."""
    found = []
    wanted = "\0".join(arguments)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                command = handle.read().decode(errors="replace").rstrip("\0")
        except OSError:
            continue
        if command.endswith(wanted):
            found.append(int(entry))
    return found

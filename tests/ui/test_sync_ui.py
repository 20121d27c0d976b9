"""File ▸ Sync with team library… and View ▸ Sync conflicts… on a real laptop library and a
real PostgreSQL team library (issue 14)."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtWidgets import QDialog

from casefile import sync_conflicts
from casefile.library import Library
from ui.views.conflicts_dialog import ConflictsDialog

WAIT_MS = 60_000


def test_a_sync_from_the_window_and_a_conflict_put_back(
    qtbot, security_case, library: Library, make_window, team_url: str
) -> None:
    window = make_window()
    flow = window.sync
    assert not flow.last_synced.isVisible()  # never synced
    with qtbot.waitSignal(flow.synced, timeout=WAIT_MS) as first:
        flow.start(team_url)
    assert sum(first.args[0].pushed.values()) > 0
    assert flow.last_synced.isVisible()
    assert flow.last_synced.text().startswith("Last synced")
    assert not flow.progress.isVisible()
    event = library.items("event", security_case)[0]
    # the same field changed on both sides: here first, on the team later
    library.update("event", event.id, title="Título del portátil")
    with closing(Library.open(team_url)) as team:
        there = next(
            e for e in team.items("event", team.find_case(str(1)).id) if e.uid == event.uid
        )
        team.update("event", there.id, title="Título del equipo")
    with qtbot.waitSignal(flow.synced, timeout=WAIT_MS) as second:
        flow.start(team_url)
    assert second.args[0].conflicts == 1
    assert library.get("event", event.id).title == "Título del equipo"  # the later change
    message = window.library_actions.jobs.last_message
    assert message is not None
    assert "View ▸ Sync conflicts" in message.text()
    dialog = ConflictsDialog(library, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, column).data() for column in range(dialog.model.columnCount())]
    assert row[1:5] == ["Title", "Título del equipo", "Título del portátil", "this library"]
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert library.get("event", event.id).title == "Título del portátil"
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog)
    assert sync_conflicts.conflicts(library) == []
    dialog.done(QDialog.DialogCode.Accepted)


def test_a_team_window_does_not_offer_to_sync(qtbot, team_url: str, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    with closing(Library.open(team_url)) as library:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)  # closed and deleted below, before its library
        window.show()
        assert not window.menu_actions.sync_team.isEnabled()
        assert not window.menu_actions.sync_conflicts.isEnabled()
        window.close()
        with qtbot.waitSignal(window.destroyed):
            window.deleteLater()

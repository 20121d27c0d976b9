"""A read-only library's Review tab shows the proposals and offers no decision on them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from casefile.library import Library
from ui.main_window import MainWindow


@pytest.fixture
def read_only_window(
    qtbot, library: Library, security_case: int, settings: QSettings, tmp_path: Path
) -> Iterator[MainWindow]:
    """The window over the security case's library, opened read-only, on the Review tab."""
    library.close()
    reader = Library.open(tmp_path / "lib", read_only=True)
    window = MainWindow(reader, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts only reach the active window
        window.show()
        window.activateWindow()
    window.tabs.show_review()
    yield window
    window.close()
    reader.close()


def _reviews(library: Library, case_id: int) -> dict[tuple[str, int], str]:
    return {
        (kind, item.id): item.review
        for kind in ("event", "quote", "caption", "actor")
        for item in library.items(kind, case_id)
    }


def test_the_review_decisions_are_off_and_say_why(read_only_window: MainWindow) -> None:
    panel = read_only_window.tabs.review
    assert panel.proposals.rowCount() == 3  # the source's proposals are there to read
    why = read_only_window.library_actions.read_only.why
    assert not panel.accept_source_button.isEnabled()
    assert panel.accept_source_button.toolTip() == why
    for action in (
        panel.accept_action,
        panel.reject_action,
        panel.edit_action,
        panel.accept_source_action,
    ):
        assert not action.isEnabled(), action.text()
        assert action.toolTip() == why
    assert panel.hint.text().startswith("Read-only")
    assert panel.hint.toolTip() == why


def test_review_keys_decide_nothing_in_a_read_only_library(
    qtbot, read_only_window: MainWindow, security_case: int
) -> None:
    window = read_only_window
    panel = window.tabs.review
    before = _reviews(window.library, security_case)
    panel.proposals_view.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_E):
        QTest.keyClick(panel.proposals_view, key)
    panel.proposals_view.setCurrentIndex(panel.proposals.index(0, 0))
    panel.text_view.setFocus()
    QTest.keyClick(panel.text_view, Qt.Key.Key_Down)  # moving still works
    assert panel.current_row() == 1
    panel.accept_all_of_source()  # as a menu would call it
    assert panel.editor is None
    assert _reviews(window.library, security_case) == before
    assert window.library_actions.jobs.last_message is None  # no "Not saved"
    assert window.undo_stack.count() == 0
    assert not panel.accept_source_button.isEnabled()  # after any reload too
    panel.set_case(security_case)
    assert not panel.accept_source_button.isEnabled()


def test_a_writable_library_offers_the_review_decisions(security_case: int, make_window) -> None:
    window = make_window()
    window.tabs.show_review()
    panel = window.tabs.review
    assert panel.accept_source_button.isEnabled()
    assert panel.accept_action.isEnabled()
    assert panel.hint.text().startswith("A accept")

"""The status bar's counts for the open case: "12 sources · 55 events · … · 47 to review"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from casefile.library import Library
from ui.changes import LibraryChanges
from ui.models.cases import counts_text


class CaseCountsLabel(QLabel):
    """Counts the open case's items (rejected ones left out) and its pending proposals.

    One GROUP BY per kind, at most every 200 ms however many edits arrive.
    """

    def __init__(
        self, library: Library, changes: LibraryChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._case_id: int | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.recount)
        for signal in (changes.item_added, changes.item_removed, changes.item_changed):
            signal.connect(self._schedule)
        changes.sources_changed.connect(self._schedule)

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.recount()

    def _schedule(self, *_args: Any) -> None:
        self._timer.start()

    def recount(self) -> None:
        """Count now."""
        if self._case_id is None:
            self.setText("")
            return
        tally = self._library.case_tally(self._case_id)
        text = counts_text(tally.counts)
        if tally.proposed:
            text += " · " + self.tr("{count} to review").format(count=tally.proposed)
        self.setText(text)

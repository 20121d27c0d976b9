"""The status bar's counts for the open case: "12 sources · 55 events · … · 47 to review"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import func, select

from casefile.domain import Review
from casefile.library import Library
from casefile.models import ITEM_TABLES, CaseSource
from ui.changes import LibraryChanges
from ui.models.cases import counts_text

COUNTED_KINDS = ("event", "quote", "caption", "actor")


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
        counts: dict[str, int] = {}
        proposed = 0
        with self._library.engine.connect() as connection:
            counts["source"] = connection.execute(
                select(func.count()).where(CaseSource.case_id == self._case_id)
            ).scalar_one()
            for kind in COUNTED_KINDS:
                table: Any = ITEM_TABLES[kind]
                rows = connection.execute(
                    select(table.review, func.count())
                    .where(table.case_id == self._case_id)
                    .group_by(table.review)
                )
                for review, count in rows:
                    if review != Review.REJECTED:
                        counts[kind] = counts.get(kind, 0) + count
                    if review == Review.PROPOSED:
                        proposed += count
        text = counts_text(counts)
        if proposed:
            text += " · " + self.tr("{count} to review").format(count=proposed)
        self.setText(text)

"""The sources an event stands on, in the detail pane: how many report it, the day each gives
(a date conflict said in words), and splitting one source's evidence off into its own event.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import consolidate
from casefile.errors import CasefileError
from casefile.library import Library
from casefile.models import EventSource
from casefile.records import date_at_precision
from ui.changes import LibraryChanges
from ui.commands import SplitEventCommand

_LINK_ID = Qt.ItemDataRole.UserRole
_EXCERPT = 110  # characters of evidence a line shows; the whole in its tooltip


class EventSourcesBox(QWidget):
    """One event's links, one line each: the day its source gives, the source, the words."""

    show_in_source = Signal(int, object, object)  # source id, start, end

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._changes = changes
        self._undo_stack = undo_stack
        self._event_id: int | None = None
        self._links: dict[int, EventSource] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 9 + 12)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.show_selected())
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.show_button = QPushButton(self.tr("Show in source"), self)
        self.show_button.clicked.connect(self.show_selected)
        self.split_button = QPushButton(self.tr("Split off"), self)
        self.split_button.setToolTip(
            self.tr("Make this source's report an event of its own, on the day it gives")
        )
        self.split_button.clicked.connect(self.split_selected)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.split_button)
        layout.addLayout(buttons)

    def show_event(self, event_id: int | None) -> None:
        """List ``event_id``'s sources (None: none)."""
        self._event_id = event_id
        self.list.clear()
        self._links = {}
        if event_id is None:
            self.summary.clear()
            self._update_buttons()
            return
        links = consolidate.links(self._library, event_id)
        standing = consolidate.standings(self._library, [event_id])[event_id]
        for link in links:
            assert link.id is not None
            self._links[link.id] = link
            item = QListWidgetItem(self._line(link))
            item.setData(_LINK_ID, link.id)
            item.setToolTip(link.evidence_text)
            self.list.addItem(item)
        count = standing.corroboration
        summary = (
            self.tr("Reported by %n source(s).", "", count)
            if count
            else self.tr("Typed by hand; no source.")
        )
        if standing.conflicted:
            summary += " " + self.tr("The sources give different days for it.")
        self.summary.setText(summary)
        self.list.setVisible(bool(links))
        self._update_buttons()

    def _line(self, link: EventSource) -> str:
        day = date_at_precision(link.date, link.precision) or "?"
        name = self.tr("(source removed)")
        if link.source_id is not None:
            try:
                source = self._library.get("source", link.source_id)
                name = source.outlet or source.title or source.original_name or name
            except CasefileError:
                pass
        words = " ".join(link.evidence_text.split())
        if len(words) > _EXCERPT:
            words = words[: _EXCERPT - 1].rstrip() + "…"
        return f"{day} · {name} — {words}"

    def _selected(self) -> EventSource | None:
        items = self.list.selectedItems()
        return self._links.get(int(items[0].data(_LINK_ID))) if items else None

    def _update_buttons(self) -> None:
        link = self._selected()
        self.show_button.setEnabled(link is not None and link.source_id is not None)
        self.split_button.setEnabled(link is not None and len(self._links) > 1)

    def show_selected(self) -> None:
        link = self._selected()
        if link is not None and link.source_id is not None:
            self.show_in_source.emit(link.source_id, link.evidence_start, link.evidence_end)

    def split_selected(self) -> None:
        """Split the selected source's report off into an event of its own (undoable)."""
        link = self._selected()
        if link is None or link.id is None or self._event_id is None or len(self._links) < 2:
            return
        self._undo_stack.push(
            SplitEventCommand(self._library, self._changes, self._event_id, link.id)
        )

"""One QObject that tells every view what changed in the library, whoever changed it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LibraryChanges(QObject):
    """Emitted after each committed change; models refresh precisely from these."""

    item_changed = Signal(str, int)  # kind, item id: fields or review state changed
    item_added = Signal(str, int)  # kind, item id
    item_removed = Signal(str, int)  # kind, item id
    case_changed = Signal(int)  # case id: title, summary, archived, counts…
    sources_changed = Signal(int)  # case id: an import or a removal changed its sources
    saved_searches_changed = Signal()  # one saved, renamed or deleted

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The value this window last wrote to each (kind, id, field): an undo expects to
        # find it, and is refused only when someone else has written since.
        self.own_values: dict[tuple[str, int, str], object] = {}

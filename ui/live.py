"""The work of others, shown as it happens: a colleague on the team library, the command line
on the same folder, a sync. Once a second the window asks the library's change feed
(casefile/change_log.py) whether anything changed, a question that costs next to nothing,
and turns what changed into the same LibraryChanges signals its own edits send, so the views
refresh precisely: the analyst's selection stays, and so does what they are typing in the
detail pane (see DetailPane.reload_if_shown). A bulk change to a case (an import, a sync)
reads that case again instead, as the window's own imports do.

The window's own edits come back through the feed too; a view told twice reads one row twice.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from sqlalchemy.exc import SQLAlchemyError

from casefile.change_log import Change, ChangeFeed, FeedLost, by_case
from casefile.errors import CasefileError
from casefile.library import Library
from ui.changes import LibraryChanges

log = logging.getLogger(__name__)

INTERVAL_MS = 1000
BULK_CHANGES = 40  # more than this in one case at once: read the case again
ITEM_KINDS = ("source", "event", "quote", "caption", "actor")
ITEM_SIGNALS = {"insert": "item_added", "update": "item_changed", "delete": "item_removed"}


class LiveUpdates(QObject):
    """Follows the library's change feed while the window is open."""

    def __init__(self, library: Library, changes: LibraryChanges, parent: QObject) -> None:
        super().__init__(parent)
        self._library = library
        self._changes = changes
        self._feed: ChangeFeed | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.poll)
        self._retry = QTimer(self)  # after a lost connection, a new feed a little later
        self._retry.setSingleShot(True)
        self._retry.setInterval(INTERVAL_MS * 5)
        self._retry.timeout.connect(self._listen_again)

    def start(self) -> None:
        """Begin following (from the changes made after this moment)."""
        try:
            self._feed = ChangeFeed(self._library.engine)
        except (CasefileError, SQLAlchemyError) as exc:
            log.warning("Changes made elsewhere will not show until reopened: %s", exc)
            return
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._retry.stop()
        if self._feed is not None:
            self._feed.close()
            self._feed = None

    def restart(self) -> None:
        """After the library was replaced (a restore): follow the new one."""
        self.stop()
        self.start()

    def poll(self) -> None:
        """Show what changed since the last poll, if anything did."""
        if self._feed is None:
            return
        try:
            if not self._feed.pending():
                return
            changes = self._feed.read()
        except (CasefileError, SQLAlchemyError, FeedLost) as exc:
            # A server out of reach (a laptop off the network, a server restarted), a library
            # closed for a restore: a new feed listens again at the next tick it can.
            log.debug("Could not read the change log: %s", exc)
            self._feed.close()
            self._feed = None
            self._retry.start()
            return
        self.apply(changes)

    def _listen_again(self) -> None:
        try:
            self._feed = ChangeFeed(self._library.engine)
        except (CasefileError, SQLAlchemyError) as exc:
            log.debug("The change log is still out of reach: %s", exc)
            self._retry.start()

    def apply(self, changes: list[Change]) -> None:
        """Send ``changes`` to the views as the signals of the window's own edits."""
        signals = self._changes
        for case_id, group in by_case(changes):
            items = [change for change in group if change.kind in ITEM_KINDS]
            if case_id is not None and (
                len(items) > BULK_CHANGES or any(c.action == "bulk" for c in group)
            ):
                signals.sources_changed.emit(case_id)
                signals.case_changed.emit(case_id)
                continue
            for change in _settled(group):
                self._send(change)

    def _send(self, change: Change) -> None:
        signals = self._changes
        if change.kind in ITEM_KINDS and change.item_id is not None:
            getattr(signals, ITEM_SIGNALS[change.action]).emit(change.kind, change.item_id)
        elif change.kind == "case" and change.item_id is not None:
            signals.case_changed.emit(change.item_id)
        elif change.kind == "casesource" and change.case_id is not None:
            signals.sources_changed.emit(change.case_id)
        elif change.kind == "saved_search":
            signals.saved_searches_changed.emit()


def _settled(changes: list[Change]) -> list[Change]:
    """One change per item, as it ends: added (whatever was edited after), removed (a
    cascade's updates after a delete say nothing more), or edited; in first-seen order."""
    final: dict[tuple[str, int | None], Change] = {}
    for change in changes:
        key = (change.kind, change.item_id)
        if key not in final or change.action != "update":
            final[key] = change
    return list(final.values())

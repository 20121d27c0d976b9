"""A QUndoCommand per user edit: each one writes to the library at once and can be undone.

A write can fail (a read-only medium, a full disk): the core then rolls its transaction back
and raises. QUndoStack.push keeps a command whose redo raised, and undoing it later would
"put back" values that were never replaced (a failed tag edit would wipe the item's tags).
So a command whose write fails marks itself obsolete, which makes the stack drop it (Qt 5.9
and later), and the error goes on to whoever reports it; the rest of the stack is untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from casefile import consolidate
from casefile.errors import EditConflictError, NotFoundError
from casefile.library import Library
from casefile.source_removal import RemovedSource, remove_source, restore_source
from ui.changes import LibraryChanges
from ui.formatting import kind_name


@contextmanager
def dropped_if_refused(command: QUndoCommand) -> Iterator[None]:
    """Around a command's write: if it raises, the stack drops the command (see the module)."""
    try:
        yield
    except Exception:  # whatever stopped the write, the command did not happen
        command.setObsolete(True)
        raise


@contextmanager
def undo_macro(stack: QUndoStack, text: str) -> Iterator[None]:
    """Push the commands of one user action as one undo step called ``text``.

    A command whose write fails raises out of ``push``: the macro is closed all the same (an
    open macro would swallow every later edit and block Undo), and left out of the stack when
    none of its commands was saved.
    """
    position = stack.index()
    stack.beginMacro(text)
    try:
        yield
    finally:
        stack.endMacro()
        macro = stack.command(position)
        if stack.index() == position + 1 and macro is not None and macro.childCount() == 0:
            macro.setObsolete(True)
            stack.undo()  # an obsolete command is removed, not undone


def review_text(review: str, kind: str) -> str:
    """The undo text of a review decision: "Accept event", "Rechazar declaración"…"""
    label = kind_name(kind)
    if review == "accepted":
        return QCoreApplication.translate("Commands", "Accept {kind}").format(kind=label)
    if review == "rejected":
        return QCoreApplication.translate("Commands", "Reject {kind}").format(kind=label)
    return QCoreApplication.translate("Commands", "Reopen {kind}").format(kind=label)


class SetFieldsCommand(QUndoCommand):
    """Change one or more fields of an item (title, date, speaker, review…).

    Given ``seen`` (the values the analyst was shown), the first write is refused when
    someone else has changed them since (EditConflictError); undo and redo likewise expect
    what this window last wrote there, so neither overwrites a colleague's later edit unseen.
    """

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges,
        kind: str,
        item_id: int,
        fields: dict[str, Any],
        text: str,
        seen: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(text)
        self._library = library
        self._changes = changes
        self._kind = kind
        self._item_id = item_id
        self._after = dict(fields)
        self._before: dict[str, Any] = {}
        self._seen = seen
        self._done = False

    def redo(self) -> None:
        seen = self._seen if not self._done else self._expected(self._before)
        with dropped_if_refused(self), self._shown_again_on_conflict():
            self._before = self._library.update(self._kind, self._item_id, seen=seen, **self._after)
        self._done = True
        self._written(self._after)
        self._emit()

    def _expected(self, values: dict[str, Any]) -> dict[str, Any]:
        """What each field should hold now: what this window last wrote to it."""
        own = self._changes.own_values
        return {name: own.get((self._kind, self._item_id, name), v) for name, v in values.items()}

    def _written(self, values: dict[str, Any]) -> None:
        own = self._changes.own_values
        own.update({(self._kind, self._item_id, name): v for name, v in values.items()})

    @contextmanager
    def _shown_again_on_conflict(self) -> Iterator[None]:
        """Refused for a colleague's edit: the views show the item as it is now."""
        try:
            yield
        except EditConflictError:
            self._emit()
            raise

    def undo(self) -> None:
        seen = self._expected(self._after)
        with dropped_if_refused(self), self._shown_again_on_conflict():
            self._library.update(self._kind, self._item_id, seen=seen, **self._before)
        self._written(self._before)
        self._emit()

    def _emit(self) -> None:
        if self._kind == "case":
            self._changes.case_changed.emit(self._item_id)
        else:
            self._changes.item_changed.emit(self._kind, self._item_id)


class DateSourceCommand(SetFieldsCommand):
    """Set a source's published date, and propose the events its relative dates ("este
    lunes", "ayer") now resolve to: a page that gave no date proposed none of them, and a
    wrong date put its untouched proposals on other days. Undo takes those proposals back
    with the date."""

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges,
        source_id: int,
        published: Any,
        text: str,
        seen: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            library, changes, "source", source_id, {"published": published}, text, seen
        )
        self.dated: Any = None  # casefile.importer.Dated: what the date let the text propose

    def redo(self) -> None:
        # the importer reads and extracts: loaded at the first date typed, not at start-up
        from casefile.importer import propose_dated_events

        super().redo()
        self.dated = None
        # the date is written and undoable: a failure to propose leaves it so, and is reported
        self.dated = propose_dated_events(self._library, self._item_id)
        for snapshot in self.dated.replaced:
            self._changes.item_removed.emit("event", snapshot["id"])
        for event_id in self.dated.events:
            self._changes.item_added.emit("event", event_id)
        for quote_id in self.dated.quotes:
            self._changes.item_changed.emit("quote", quote_id)

    def undo(self) -> None:
        from casefile.importer import withdraw_dated

        if self.dated is not None:
            with dropped_if_refused(self):
                restored = withdraw_dated(self._library, self.dated)
            for event_id in self.dated.events:
                self._changes.item_removed.emit("event", event_id)
            for event_id in restored:
                self._changes.item_added.emit("event", event_id)
            for quote_id in self.dated.quotes:
                self._changes.item_changed.emit("quote", quote_id)
        super().undo()


class SetReviewCommand(SetFieldsCommand):
    """Accept or reject a proposal."""

    def __init__(
        self, library: Library, changes: LibraryChanges, kind: str, item_id: int, review: str
    ) -> None:
        super().__init__(
            library, changes, kind, item_id, {"review": review}, review_text(review, kind)
        )


class DeleteItemCommand(QUndoCommand):
    """Delete an item; undo puts it back with the same id and fields."""

    def __init__(self, library: Library, changes: LibraryChanges, kind: str, item_id: int) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete {kind}").format(kind=kind_name(kind))
        )
        self._library = library
        self._changes = changes
        self._kind = kind
        self._item_id = item_id
        self._snapshot: dict[str, Any] = {}
        self._tags: list[str] = []

    def redo(self) -> None:
        with dropped_if_refused(self):
            self._tags = self._library.tags(self._kind, self._item_id)
            self._snapshot = self._library.delete(self._kind, self._item_id)
        self._changes.item_removed.emit(self._kind, self._item_id)

    def undo(self) -> None:
        with dropped_if_refused(self):
            self._item_id = self._library.restore(self._kind, self._snapshot).id
        # The item is back even if its tags cannot follow: the command stays, as undone.
        try:
            self._library.set_tags(self._kind, self._item_id, self._tags)
        finally:
            self._changes.item_added.emit(self._kind, self._item_id)


class AddItemCommand(QUndoCommand):
    """Add an item typed by hand (accepted, no evidence)."""

    def __init__(self, library: Library, changes: LibraryChanges, kind: str, item: Any) -> None:
        super().__init__(f"Add {kind}")
        self._library = library
        self._changes = changes
        self._kind = kind
        self._snapshot = item.model_dump()
        self.item_id: int | None = None

    def redo(self) -> None:
        with dropped_if_refused(self):
            item = self._library.restore(self._kind, self._snapshot)
        self.item_id = item.id
        self._snapshot = item.model_dump()
        self._changes.item_added.emit(self._kind, item.id)

    def undo(self) -> None:
        assert self.item_id is not None
        with dropped_if_refused(self):
            self._library.delete(self._kind, self.item_id)
        self._changes.item_removed.emit(self._kind, self.item_id)


class SetTagsCommand(QUndoCommand):
    """Replace the tags on an item."""

    def __init__(
        self, library: Library, changes: LibraryChanges, kind: str, item_id: int, tags: list[str]
    ) -> None:
        super().__init__(f"Tag {kind}")
        self._library = library
        self._changes = changes
        self._kind = kind
        self._item_id = item_id
        self._after = tags
        self._before: list[str] = []

    def redo(self) -> None:
        with dropped_if_refused(self):
            self._before = self._library.set_tags(self._kind, self._item_id, self._after)
        self._changes.item_changed.emit(self._kind, self._item_id)

    def undo(self) -> None:
        with dropped_if_refused(self):
            self._library.set_tags(self._kind, self._item_id, self._before)
        self._changes.item_changed.emit(self._kind, self._item_id)


class RenameCaseCommand(SetFieldsCommand):
    """Give a case a new title."""

    def __init__(self, library: Library, changes: LibraryChanges, case_id: int, title: str) -> None:
        text = QCoreApplication.translate("Commands", "Rename case")
        super().__init__(library, changes, "case", case_id, {"title": title}, text)


class ArchiveCaseCommand(SetFieldsCommand):
    """Archive a case (it leaves the list unless archived cases are shown) or bring it back."""

    def __init__(
        self, library: Library, changes: LibraryChanges, case_id: int, archived: bool
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Archive case")
            if archived
            else QCoreApplication.translate("Commands", "Restore case")
        )
        super().__init__(library, changes, "case", case_id, {"archived": archived}, text)


class RemoveSourceCommand(QUndoCommand):
    """Take a source out of a case with what was drawn from it; undo puts every row back."""

    def __init__(
        self, library: Library, changes: LibraryChanges, case_id: int, source_id: int, title: str
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Remove source “{title}”").format(title=title)
        )
        self._library = library
        self._changes = changes
        self._case_id = case_id
        self._source_id = source_id
        self._removed: RemovedSource | None = None

    def redo(self) -> None:
        with dropped_if_refused(self):
            self._removed = remove_source(self._library, self._case_id, self._source_id)
        self._changes.item_removed.emit("source", self._source_id)
        for kind, rows in self._removed.items.items():  # e.g. the one the detail pane shows
            for row in rows:
                self._changes.item_removed.emit(kind, row["id"])
        for actor in self._removed.kept_actors:
            self._changes.item_changed.emit("actor", actor["id"])
        self._changes.sources_changed.emit(self._case_id)

    def undo(self) -> None:
        assert self._removed is not None
        with dropped_if_refused(self):
            self._source_id = restore_source(self._library, self._removed)
        self._changes.sources_changed.emit(self._case_id)


class MergeEventsCommand(QUndoCommand):
    """Make one event part of another: its evidence becomes the other's, and it goes. Also
    how a "same as" proposal is accepted. Undo puts it back with its evidence."""

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges,
        target_id: int,
        other_id: int,
        text: str | None = None,
    ) -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "Merge events"))
        self._library = library
        self._changes = changes
        self._target_id = target_id
        self._other_id = other_id
        self._record: consolidate.Merged | None = None

    def redo(self) -> None:
        with dropped_if_refused(self):
            self._record = consolidate.merge(self._library, self._target_id, self._other_id)
        self._changes.item_removed.emit("event", self._other_id)
        self._changes.item_changed.emit("event", self._target_id)

    def undo(self) -> None:
        assert self._record is not None
        with dropped_if_refused(self):
            self._other_id = consolidate.unmerge(self._library, self._record)
        self._changes.item_added.emit("event", self._other_id)
        self._changes.item_changed.emit("event", self._target_id)


class SplitEventCommand(QUndoCommand):
    """Take one source's evidence off an event into an event of its own; undo puts it back."""

    def __init__(
        self, library: Library, changes: LibraryChanges, event_id: int, link_id: int
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Split event"))
        self._library = library
        self._changes = changes
        self._event_id = event_id
        self._link_id = link_id
        self._record: consolidate.Split | None = None

    def redo(self) -> None:
        with dropped_if_refused(self):
            self._record = consolidate.split(self._library, self._event_id, self._link_id)
        self._changes.item_added.emit("event", self._record.new_event_id)
        self._changes.item_changed.emit("event", self._event_id)

    def undo(self) -> None:
        assert self._record is not None
        with dropped_if_refused(self):
            consolidate.unsplit(self._library, self._record)
        self._changes.item_removed.emit("event", self._record.new_event_id)
        self._changes.item_changed.emit("event", self._event_id)


class SaveSearchCommand(QUndoCommand):
    """Keep a search in the sidebar under a name; undo forgets it, or gives back the name
    and query a saved search of that name had. Saved searches keep their ids through undo
    and redo, so the commands around this one still find theirs."""

    def __init__(self, library: Library, changes: LibraryChanges, name: str, query: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Save search"))
        self._library = library
        self._changes = changes
        self._name = name
        self._query = query
        self._before: dict[str, Any] | None = None  # the saved search the name held
        self._after: dict[str, Any] | None = None

    def redo(self) -> None:
        with dropped_if_refused(self):
            if self._after is None:
                try:
                    self._before = self._library.find_saved_search(self._name).model_dump()
                except NotFoundError:
                    self._before = None
                saved = self._library.save_search(self._name, self._query)
                self._after = saved.model_dump()
            else:
                self._library.put_back_saved_search(self._after)
        self._changes.saved_searches_changed.emit()

    def undo(self) -> None:
        assert self._after is not None
        with dropped_if_refused(self):
            if self._before is None:
                self._library.delete_saved_search(self._after["id"])
            else:
                self._library.put_back_saved_search(self._before)
        self._changes.saved_searches_changed.emit()


class RenameSavedSearchCommand(QUndoCommand):
    """Give a saved search another name; undo gives it back its old one."""

    def __init__(
        self, library: Library, changes: LibraryChanges, search_id: int, name: str
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Rename saved search"))
        self._library = library
        self._changes = changes
        self._search_id = search_id
        self._name = name
        self._before: dict[str, Any] | None = None
        self._after: dict[str, Any] | None = None

    def redo(self) -> None:
        with dropped_if_refused(self):
            if self._after is None:
                found = [s for s in self._library.saved_searches() if s.id == self._search_id]
                if not found:
                    raise NotFoundError(key="saved_search_gone")
                self._before = found[0].model_dump()
                self._after = self._library.rename_saved_search(
                    self._search_id, self._name
                ).model_dump()
            else:
                self._library.put_back_saved_search(self._after)
        self._changes.saved_searches_changed.emit()

    def undo(self) -> None:
        assert self._before is not None
        with dropped_if_refused(self):
            self._library.put_back_saved_search(self._before)
        self._changes.saved_searches_changed.emit()


class DeleteSavedSearchCommand(QUndoCommand):
    """Forget a saved search; undo puts it back as it was, under its own id."""

    def __init__(self, library: Library, changes: LibraryChanges, search_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete saved search"))
        self._library = library
        self._changes = changes
        self._search_id = search_id
        self._kept: dict[str, Any] = {}

    def redo(self) -> None:
        with dropped_if_refused(self):
            self._kept = self._library.delete_saved_search(self._search_id).model_dump()
        self._changes.saved_searches_changed.emit()

    def undo(self) -> None:
        with dropped_if_refused(self):
            self._library.put_back_saved_search(self._kept)
        self._changes.saved_searches_changed.emit()

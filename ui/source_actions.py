"""Removing sources from a case: a confirmation that says what goes with them, then one
undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from casefile.library import Library
from casefile.source_removal import drawn_items
from ui.changes import LibraryChanges
from ui.commands import RemoveSourceCommand, undo_macro


def source_label(library: Library, source_id: int) -> str:
    """What the analyst knows a source by: its title, else its file name or link."""
    source = library.get("source", source_id)
    return source.title or source.original_name or source.url or f"#{source_id}"


def confirm_removal(parent: QWidget, library: Library, case_id: int, source_ids: list[int]) -> bool:
    """Ask before taking sources out of a case, saying how many items go with them."""
    items = sum(sum(drawn_items(library, case_id, source_id).values()) for source_id in source_ids)
    if len(source_ids) == 1:
        question = QCoreApplication.translate(
            "SourceActions", "Remove “{title}” from this case?"
        ).format(title=source_label(library, source_ids[0]))
    else:
        question = QCoreApplication.translate(
            "SourceActions", "Remove {count} sources from this case?"
        ).format(count=len(source_ids))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SourceActions", "Remove sources"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # titles are user data
    box.setText(question)
    box.setInformativeText(
        QCoreApplication.translate(
            "SourceActions",
            "The events, quotes, captions and proposed actors drawn from it go too ({items} "
            "items). Ctrl+Z puts everything back.",
        ).format(items=items)
    )
    remove = box.addButton(
        QCoreApplication.translate("SourceActions", "Remove"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove


def remove_sources(
    parent: QWidget,
    library: Library,
    changes: LibraryChanges,
    undo_stack: QUndoStack,
    case_id: int,
    source_ids: list[int],
    show_message: Callable[[str], None],
) -> None:
    """Take ``source_ids`` out of the case as one undo step, after the analyst confirms.

    ``parent`` holds the question; ``show_message`` says it is done.
    """
    if not source_ids or not confirm_removal(parent, library, case_id, source_ids):
        return
    commands = [
        RemoveSourceCommand(library, changes, case_id, source_id, source_label(library, source_id))
        for source_id in source_ids
    ]
    text = (
        commands[0].text()
        if len(commands) == 1
        else QCoreApplication.translate("SourceActions", "Remove {count} sources").format(
            count=len(commands)
        )
    )
    with undo_macro(undo_stack, text):
        for command in commands:
            undo_stack.push(command)
    show_message(QCoreApplication.translate("SourceActions", "Removed. Ctrl+Z puts it back."))

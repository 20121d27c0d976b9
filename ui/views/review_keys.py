"""The review panel's keys: A accepts, R rejects, E edits then accepts, Up/Down move.

The decision keys are QActions on the panel, so they work wherever the focus is inside it and
menus or toolbars can share them. Up/Down also move from the source text, where they would
otherwise only move the text cursor (the proposals table moves on its own).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ReviewKeys(QObject):
    """The panel's actions; ``move(step)`` asks for the previous (-1) or next (+1) proposal."""

    move = Signal(int)

    def __init__(self, panel: QWidget, text_view: QWidget) -> None:
        super().__init__(panel)
        self.accept = self._shortcut(panel, self.tr("Accept"), "A")
        self.reject = self._shortcut(panel, self.tr("Reject"), "R")
        self.edit = self._shortcut(panel, self.tr("Edit and accept…"), "E")
        self.accept_source = QAction(self.tr("Accept all of this source"), panel)
        for key, step in (("Up", -1), ("Down", 1)):
            move = QAction(panel)
            move.setShortcut(QKeySequence(key))
            move.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            move.triggered.connect(lambda _=False, step=step: self.move.emit(step))
            text_view.addAction(move)

    @property
    def decisions(self) -> tuple[QAction, ...]:
        """The actions that write: accept, reject, edit and accept, accept all."""
        return (self.accept, self.reject, self.edit, self.accept_source)

    def refuse_decisions(self, reason: str) -> None:
        """Turn the decision actions and their keys off; ``reason`` becomes their tooltip."""
        for action in self.decisions:
            action.setEnabled(False)
            action.setToolTip(reason)

    @staticmethod
    def _shortcut(panel: QWidget, text: str, key: str) -> QAction:
        action = QAction(text, panel)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        panel.addAction(action)
        return action

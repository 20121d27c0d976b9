"""One dialog at the end of an import: what was added, linked, skipped as duplicate or unreadable.

Shown once per drop, however many files it held, instead of a message box per problem.
``ImportSummaryDialog(report, parent)`` takes the worker's
:class:`~casefile.importer.ImportReport`; ``drop_problems`` adds the messages of dropped pieces
that never reached the importer (see :class:`ui.dnd.DropPayload`). The importer's messages
are said in the interface's language (``ui.messages``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casefile.importer import ImportReport
from ui.messages import describe


class ImportSummaryDialog(QDialog):
    """The outcome of one import, grouped; problem groups open, the rest folded."""

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        drop_problems: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.report = report
        self.headline = QLabel(self._headline(report, len(drop_problems)))
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("What happened")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(_WrappedLines(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        groups = (
            (self.tr("Added"), [name for name, _ in report.added], False),
            (
                self.tr("Already in the library, added to this case"),
                [name for name, _ in report.linked],
                False,
            ),
            (self.tr("Duplicates, skipped"), _said(report, report.duplicates), True),
            (
                self.tr("Unreadable, skipped"),
                [*_said(report, report.unreadable), *drop_problems],
                True,
            ),
        )
        for title, lines, expanded in groups:
            self._add_group(title, lines, expanded)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def group_lines(self, title: str) -> list[str]:
        """The lines listed under a group, by its title (for tests and accessibility)."""
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            if group.data(Qt.ItemDataRole.UserRole) == title:
                return [group.child(n).text() for n in range(group.rowCount())]
        return []

    def _add_group(self, title: str, lines: Sequence[str], expanded: bool) -> None:
        if not lines:
            return
        group = QStandardItem(f"{title} ({len(lines)})")
        group.setData(title, Qt.ItemDataRole.UserRole)
        group.setEditable(False)
        for line in lines:
            child = QStandardItem(line)  # item views draw plain text: names stay as typed
            child.setEditable(False)
            child.setToolTip(line)
            group.appendRow(child)
        self.model.appendRow(group)
        self.tree.setExpanded(group.index(), expanded)

    def _headline(self, report: ImportReport, dropped_problems: int) -> str:
        added, linked = len(report.added), len(report.linked)
        skipped = len(report.duplicates) + len(report.unreadable) + dropped_problems
        parts = [self.tr("1 source added") if added == 1 else self.tr("%d sources added") % added]
        if linked:
            parts.append(self.tr("%d already in the library, added to this case") % linked)
        if skipped:
            parts.append(self.tr("%d skipped") % skipped)
        text = ", ".join(parts) + "."
        if report.cancelled:
            text += " " + self.tr(
                "The import was cancelled; the sources listed were imported whole."
            )
        return text


def _said(report: ImportReport, messages: Sequence[str]) -> list[str]:
    """The report's messages in the interface's language, where it kept the error behind one."""
    errors = getattr(report, "errors", {})
    return [describe(errors[message]) if message in errors else message for message in messages]


class _WrappedLines(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the tree's width, so that a long reason (longer
    still in Spanish) is read whole rather than cut off with "…".

    QTreeView word-wraps when painting but asks a row's height without giving its width.
    """

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        sized = QStyleOptionViewItem(option)
        width = self._tree.viewport().width() - self._tree.indentation() * (depth + 1)
        sized.rect.setSize(QSize(max(width, 1), 1))
        return super().sizeHint(sized, index)

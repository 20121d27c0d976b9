"""View ▸ Sync conflicts…: each value a sync replaced with a later change from the other side,
to put back (Restore: an ordinary edit, which the next sync carries) or let go (Dismiss)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile import sync_conflicts
from casefile.errors import CasefileError
from casefile.library import Library
from ui.formatting import format_moment, kind_name
from ui.messages import describe

AnyIndex = QModelIndex | QPersistentModelIndex


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):  # a whole row, deleted on the other side
        return str(value.get("title") or value.get("text") or value.get("name") or "…")
    return str(value) if not isinstance(value, str) else value


class ConflictsModel(QAbstractTableModel):
    """The library's open sync conflicts, newest first."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[sync_conflicts.Conflict] = []
        self._headers = (
            self.tr("Item"),
            self.tr("Field"),
            self.tr("Kept"),
            self.tr("Replaced"),
            self.tr("Replaced on"),
            self.tr("When"),
        )
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()  # a handful of rows, read again after each decision
        self._rows = sync_conflicts.conflicts(self._library)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        conflict = self._rows[index.row()]
        column = index.column()
        if column == 0:
            text = f"{kind_name(conflict.table).capitalize()}: {conflict.label}"
        elif column == 1:
            text = self._field_name(conflict.field)
        elif column == 2:
            text = _shown(conflict.kept)
        elif column == 3:
            text = _shown(conflict.lost)
        elif column == 4:
            text = (
                self.tr("the team library")
                if conflict.lost_side == "team"
                else self.tr("this library")
            )
        else:
            text = format_moment(conflict.at)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like HTML is drawn as HTML: user text is escaped.
            return html.escape(text, quote=False) if column in (0, 2, 3) else None
        return text

    def _field_name(self, name: str) -> str:
        """A field as the detail pane labels it."""
        names = {
            "*": self.tr("the whole item"),
            "title": self.tr("Title"),
            "date": self.tr("Date"),
            "precision": self.tr("Precision"),
            "place": self.tr("Place"),
            "description": self.tr("Description"),
            "status": self.tr("Status"),
            "category": self.tr("Kind"),
            "text": self.tr("Text"),
            "speaker": self.tr("Speaker"),
            "caption": self.tr("Caption"),
            "credit": self.tr("Credit"),
            "name": self.tr("Name"),
            "summary": self.tr("Summary"),
            "review": self.tr("Review"),
        }
        return names.get(name, name)

    def conflict(self, row: int) -> sync_conflicts.Conflict:
        return self._rows[row]


class ConflictsDialog(QDialog):
    """Lists the open conflicts; Restore puts the replaced value back, Dismiss keeps the
    other."""

    resolved = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._library = library
        self.model = ConflictsModel(library, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        # The values are what the analyst decides on: they get the room.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 200)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No conflicts: every sync so far agreed."), self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the replaced value back"))
        self.restore_button.clicked.connect(lambda: self.resolve("restore"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Keep the value that won"))
        self.dismiss_button.clicked.connect(lambda: self.resolve("dismiss"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 380)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in (self.restore_button, self.dismiss_button):
            button.setEnabled(chosen and not self._library.read_only)

    def resolve(self, how: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.model.conflict(rows[0].row())
        try:
            if how == "restore":
                sync_conflicts.restore_conflict(self._library, conflict.id)
            else:
                sync_conflicts.dismiss_conflict(self._library, conflict.id)
        except CasefileError as exc:
            self.message.setText(describe(exc))
            self.message.show()
            return
        self.model.reload()
        self._update()
        self.resolved.emit()

"""The review panel: go through a case's proposals source by source, with the evidence in view.

Left, the sources holding proposals (with how many are pending); middle, the selected source's
text with each proposal's evidence highlighted; right, the proposals drawn from that source.
A accepts, R rejects, E edits then accepts, Up/Down move. Every decision is a QUndoCommand on
the shared stack, and the commands tell :class:`~ui.changes.LibraryChanges`, so other views
update at once and Undo puts things back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func
from sqlmodel import col, select

from casefile.domain import ActorKind, Precision, Review
from casefile.library import Library
from casefile.models import ITEM_TABLES, CaseSource, Source
from casefile.records import date_at_precision
from ui.changes import LibraryChanges
from ui.commands import SetFieldsCommand, SetReviewCommand, undo_macro

PROPOSAL_KINDS = ("event", "quote", "caption", "actor")
PROPOSED = Review.PROPOSED.value
_Index = QModelIndex | QPersistentModelIndex

HIGHLIGHT = {
    Review.PROPOSED.value: QColor(255, 236, 150),
    Review.ACCEPTED.value: QColor(198, 235, 196),
    Review.REJECTED.value: QColor(225, 225, 225),
}
CURRENT_HIGHLIGHT = QColor(255, 160, 60)


def pending_counts(library: Library, case_id: int) -> dict[int, int]:
    """How many proposals still await review, per source of the case."""
    counts: dict[int, int] = {}
    with library.session() as session:
        for kind in PROPOSAL_KINDS:
            table: Any = ITEM_TABLES[kind]
            query = (
                select(table.source_id, func.count())
                .where(table.case_id == case_id, table.review == PROPOSED)
                .where(col(table.source_id).is_not(None))
                .group_by(table.source_id)
            )
            for source_id, count in session.exec(query):
                counts[source_id] = counts.get(source_id, 0) + count
    return counts


def utf16_offset(text: str, offset: int) -> int:
    """A Python string offset as a QTextDocument position (UTF-16 code units)."""
    offset = max(0, min(offset, len(text)))
    return len(text[:offset].encode("utf-16-le")) // 2


@dataclass
class ProposalRow:
    """One proposal as the table shows it."""

    kind: str
    id: int
    review: str
    start: int | None
    end: int | None
    date: str
    text: str
    credit: str


def proposal_row(kind: str, item: Any) -> ProposalRow:
    """What the table shows of an event, quote, caption or actor."""
    date, text, credit = "", "", ""
    if kind == "event":
        date = date_at_precision(item.date, item.precision) or ""
        text = item.title
    elif kind == "quote":
        date = item.date.isoformat() if item.date else ""
        text, credit = f"“{item.text}”", item.speaker
    elif kind == "caption":
        text, credit = item.caption, item.credit
    else:
        text, credit = item.name, item.kind
    return ProposalRow(
        kind, item.id, item.review, item.evidence_start, item.evidence_end, date, text, credit
    )


class ProposalTableModel(QAbstractTableModel):
    """The proposals drawn from one source, in the order their evidence appears."""

    COLUMNS = ("kind", "date", "text", "credit", "review")

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[ProposalRow] = []

    def load(self, case_id: int | None, source_id: int | None) -> None:
        """Show the proposals of one source (all review states), or nothing."""
        rows: list[ProposalRow] = []
        if case_id is not None and source_id is not None:
            with self._library.session() as session:
                for kind in PROPOSAL_KINDS:
                    table: Any = ITEM_TABLES[kind]
                    query = select(table).where(
                        table.case_id == case_id, table.source_id == source_id
                    )
                    rows += [proposal_row(kind, item) for item in session.exec(query)]
        rows.sort(key=lambda row: (row.start is None, row.start or 0, row.kind, row.id))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> ProposalRow:
        return self._rows[index]

    def rows(self) -> list[ProposalRow]:
        return list(self._rows)

    def find(self, kind: str, item_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.kind == kind and row.id == item_id:
                return number
        return None

    def refresh_item(self, kind: str, item_id: int) -> bool:
        """Re-read one item after a change; True when it is shown here."""
        number = self.find(kind, item_id)
        if number is None:
            return False
        self._rows[number] = proposal_row(kind, self._library.get(kind, item_id))
        last = self.index(number, len(self.COLUMNS) - 1)
        self.dataChanged.emit(self.index(number, 0), last)
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return self._kind_name(row.kind)
            if column == "review":
                return self._review_name(row.review)
            return getattr(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return row.text
        if role == Qt.ItemDataRole.ForegroundRole and row.review == Review.REJECTED.value:
            return QColor(130, 130, 130)
        if role == Qt.ItemDataRole.FontRole and row.review == PROPOSED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Kind"), self.tr("Date"), self.tr("Proposal"))
            return (*titles, self.tr("Speaker / credit"), self.tr("State"))[section]
        return None

    def _kind_name(self, kind: str) -> str:
        names = {"event": self.tr("Event"), "quote": self.tr("Quote")}
        names |= {"caption": self.tr("Caption"), "actor": self.tr("Actor")}
        return names[kind]

    def _review_name(self, review: str) -> str:
        names = {PROPOSED: self.tr("proposed"), Review.ACCEPTED.value: self.tr("accepted")}
        return names.get(review, self.tr("rejected"))


@dataclass
class SourceRow:
    id: int
    title: str
    pending: int


class PendingSourcesModel(QAbstractListModel):
    """The case's sources that hold proposals, each with how many are pending.

    A source stays listed once it reaches zero, so the list does not jump under the analyst;
    it drops out at the next :meth:`load`.
    """

    SourceIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[SourceRow] = []

    def load(self, case_id: int | None) -> None:
        counts = pending_counts(self._library, case_id) if case_id is not None else {}
        rows: list[SourceRow] = []
        if counts:
            with self._library.session() as session:
                query = (
                    select(Source.id, Source.title, Source.original_name, Source.url)
                    .join(CaseSource, col(CaseSource.source_id) == col(Source.id))
                    .where(CaseSource.case_id == case_id, col(Source.id).in_(list(counts)))
                    .order_by(col(Source.published), col(Source.id))
                )
                for source_id, title, name, url in session.exec(query):
                    label = title or name or url or self.tr("Untitled source")
                    rows.append(SourceRow(source_id, label, counts[source_id]))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def update_counts(self, counts: dict[int, int]) -> bool:
        """Apply fresh counts in place; False when a source is missing (reload then)."""
        listed = {row.id for row in self._rows}
        if any(source_id not in listed for source_id, count in counts.items() if count):
            return False
        for number, row in enumerate(self._rows):
            pending = counts.get(row.id, 0)
            if pending != row.pending:
                row.pending = pending
                index = self.index(number)
                self.dataChanged.emit(index, index)
        return True

    def source_id(self, number: int) -> int:
        return self._rows[number].id

    def row_of(self, source_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == source_id), None)

    def total_pending(self) -> int:
        return sum(row.pending for row in self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title} ({row.pending})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Proposals pending: %d") % row.pending
        if role == Qt.ItemDataRole.ForegroundRole and row.pending == 0:
            return QColor(130, 130, 130)
        if role == self.SourceIdRole:
            return row.id
        return None


class ProposalEditor(QDialog):
    """A small form for the main fields of one proposal; :meth:`fields` gives the edits."""

    def __init__(self, kind: str, item: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Edit and accept"))
        form = QFormLayout(self)
        self.inputs: dict[str, QWidget] = {}
        if kind == "event":
            date = QDateEdit(QDate(item.date.year, item.date.month, item.date.day))
            date.setDisplayFormat("yyyy-MM-dd")
            date.setCalendarPopup(True)
            self._add(form, "date", self.tr("Date"), date)
            self._add(
                form, "precision", self.tr("Precision"), self._combo(Precision, item.precision)
            )
            self._add(form, "title", self.tr("Title"), QLineEdit(item.title))
        elif kind == "quote":
            self._add(form, "text", self.tr("Quote"), self._plain(item.text))
            self._add(form, "speaker", self.tr("Speaker"), QLineEdit(item.speaker))
        elif kind == "caption":
            self._add(form, "caption", self.tr("Caption"), self._plain(item.caption))
            self._add(form, "credit", self.tr("Credit"), QLineEdit(item.credit))
        else:
            self._add(form, "name", self.tr("Name"), QLineEdit(item.name))
            self._add(form, "kind", self.tr("Kind"), self._combo(ActorKind, item.kind))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept"))
        buttons.accepted.connect(self.accept_if_complete)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> dict[str, Any]:
        """The edited values, named as the library's fields."""
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QDateEdit):
                values[name] = dt.date.fromisoformat(widget.date().toString("yyyy-MM-dd"))
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip()
        return values

    def accept_if_complete(self) -> None:
        """Close with the edits unless the main text was emptied."""
        main = {"quote": "text", "caption": "caption", "actor": "name"}.get(self.kind)
        if main is None or self.fields()[main]:
            self.accept()

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        self.inputs[name] = widget
        form.addRow(label, widget)

    def _combo(self, values: Any, current: str) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(self.tr(value.value), value.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _plain(self, text: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setPlainText(text)
        editor.setTabChangesFocus(True)
        return editor


class ReviewPanel(QWidget):
    """Review a case's proposals; see the module docstring.

    API: :meth:`set_case`; the signal ``pending_changed(count)`` (for a tab badge) whenever the
    case's number of pending proposals changes; the actions ``accept_action`` (A),
    ``reject_action`` (R), ``edit_action`` (E) and ``accept_source_action`` for menus and
    toolbars. ``editor`` is the open edit dialog, if any.
    """

    pending_changed = Signal(int)

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
        self._case_id: int | None = None
        self._source_id: int | None = None
        self._source_text = ""
        self._pending = -1
        self.editor: ProposalEditor | None = None
        self.sources = PendingSourcesModel(library, self)
        self.proposals = ProposalTableModel(library, self)
        self._recount_timer = QTimer(self, singleShot=True, interval=0)
        self._recount_timer.timeout.connect(self.recount_pending)
        self._build_views()
        self._build_actions()
        changes.item_changed.connect(self.refresh_changed_item)
        changes.item_added.connect(self.reload_if_shown)
        changes.item_removed.connect(self.reload_if_shown)
        changes.sources_changed.connect(self.reload_sources_of_case)

    # Building

    def _build_views(self) -> None:
        self.sources_view = QListView()
        self.sources_view.setModel(self.sources)
        self.sources_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_view.setWordWrap(True)
        self.sources_view.setUniformItemSizes(False)
        self.sources_view.selectionModel().currentChanged.connect(self.show_selected_source)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.proposals_view = QTableView()
        self.proposals_view.setModel(self.proposals)
        self.proposals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals_view.verticalHeader().hide()
        header = self.proposals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 140)
        selection = self.proposals_view.selectionModel()
        selection.currentChanged.connect(self.highlight_current_proposal)
        self.accept_source_button = QPushButton(self.tr("Accept all of this source"))
        self.accept_source_button.clicked.connect(self.accept_all_of_source)
        self.hint = QLabel(self.tr("A accept · R reject · E edit and accept · ↑↓ move"))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.proposals_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.accept_source_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        for widget, stretch in ((self.sources_view, 1), (self.text_view, 3), (right, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([240, 520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.proposals_view)

    def _build_actions(self) -> None:
        def action(text: str, key: str, slot: Any) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(key))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.accept_action = action(self.tr("Accept"), "A", self.accept_current)
        self.reject_action = action(self.tr("Reject"), "R", self.reject_current)
        self.edit_action = action(self.tr("Edit and accept…"), "E", self.edit_current)
        self.accept_source_action = QAction(self.tr("Accept all of this source"), self)
        self.accept_source_action.triggered.connect(self.accept_all_of_source)
        # Up/Down move through the proposals from the text too (the table does it natively).
        for key, step in (("Up", -1), ("Down", 1)):
            move = QAction(self)
            move.setShortcut(QKeySequence(key))
            move.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            move.triggered.connect(lambda _=False, step=step: self.move_current(step))
            self.text_view.addAction(move)

    # Case and source

    def set_case(self, case_id: int | None) -> None:
        """Show the proposals of ``case_id`` (None: nothing), starting at its first source."""
        self._case_id = case_id
        self._reload_sources(keep=None)
        self.recount_pending()

    def _reload_sources(self, keep: int | None) -> None:
        """List the sources again; the shown source and proposal stay put when still there."""
        row = self.current_row()
        current = self.proposals.row(row) if row is not None else None
        self.sources.load(self._case_id)
        self._source_id = None  # reload the proposals even when the source stays the same
        number = self.sources.row_of(keep) if keep is not None else None
        if number is None and self.sources.rowCount():
            number = 0
        if number is None:
            self._show_source(None)
            return
        self.sources_view.setCurrentIndex(self.sources.index(number))
        self._show_source(self.sources.source_id(number))
        if current is not None:
            again = self.proposals.find(current.kind, current.id)
            if again is not None:
                self._select_row(again)

    def show_selected_source(self, current: QModelIndex) -> None:
        """Show the source chosen in the list."""
        if current.isValid():
            self._show_source(self.sources.source_id(current.row()))

    def _show_source(self, source_id: int | None) -> None:
        if source_id == self._source_id and source_id is not None:
            return
        self._source_id = source_id
        text = self._library.get("source", source_id).text if source_id is not None else ""
        self._source_text = text
        # Length-preserving: QTextDocument would fold "\r\n" into one position.
        self.text_view.setPlainText(text.replace("\r\n", " \n").replace("\r", "\n"))
        self.proposals.load(self._case_id, source_id)
        self.accept_source_button.setEnabled(source_id is not None)
        self._select_row(self._first_pending_from(0))

    # Current proposal and highlights

    def current_row(self) -> int | None:
        index = self.proposals_view.currentIndex()
        return index.row() if index.isValid() else None

    def _select_row(self, row: int | None) -> None:
        if row is None or not 0 <= row < self.proposals.rowCount():
            self.proposals_view.clearSelection()
            self.proposals_view.setCurrentIndex(QModelIndex())
            self.highlight_current_proposal()
            return
        index = self.proposals.index(row, 0)
        self.proposals_view.setCurrentIndex(index)
        self.proposals_view.scrollTo(index)

    def highlight_current_proposal(self, *_: Any) -> None:
        """Highlight every proposal's evidence, the current one stronger and scrolled to."""
        current = self.current_row()
        selections = []
        current_selection = None
        for number, row in enumerate(self.proposals.rows()):
            if row.start is None or row.end is None or row.end <= row.start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(utf16_offset(self._source_text, row.start))
            cursor.setPosition(
                utf16_offset(self._source_text, row.end), QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setBackground(HIGHLIGHT.get(row.review, HIGHLIGHT[PROPOSED]))
            if number == current:
                char_format.setBackground(CURRENT_HIGHLIGHT)
                current_selection = selection
            selection.format = char_format
            selections.append(selection)
        if current_selection is not None:  # drawn last, so on top of overlapping evidence
            selections.remove(current_selection)
            selections.append(current_selection)
            cursor = QTextCursor(current_selection.cursor)
            cursor.setPosition(cursor.selectionStart())
            self.text_view.setTextCursor(cursor)
            self.text_view.centerCursor()
        self.text_view.setExtraSelections(selections)

    def move_current(self, step: int) -> None:
        """Move to the previous (-1) or next (+1) proposal."""
        row = self.current_row()
        target = 0 if row is None else row + step
        if 0 <= target < self.proposals.rowCount():
            self._select_row(target)

    def _first_pending_from(self, start: int) -> int | None:
        rows = self.proposals.rows()
        order = list(range(start, len(rows))) + list(range(0, start))
        pending = next((n for n in order if rows[n].review == PROPOSED), None)
        return pending if pending is not None else (0 if rows else None)

    # Decisions

    def accept_current(self) -> None:
        """Accept the current proposal and move to the next pending one."""
        self._decide(Review.ACCEPTED.value)

    def reject_current(self) -> None:
        """Reject the current proposal and move to the next pending one."""
        self._decide(Review.REJECTED.value)

    def _decide(self, review: str) -> None:
        row = self.current_row()
        if row is None:
            return
        item = self.proposals.row(row)
        if item.review != review:
            command = SetReviewCommand(self._library, self._changes, item.kind, item.id, review)
            self._undo_stack.push(command)
        self._select_row(self._first_pending_from(row + 1))

    def edit_current(self) -> None:
        """Open the editor for the current proposal; saving accepts it with the edits."""
        row = self.current_row()
        if row is None or self.editor is not None:
            return
        item = self.proposals.row(row)
        self.editor = ProposalEditor(item.kind, self._library.get(item.kind, item.id), self)
        self.editor.accepted.connect(self.save_edited_proposal)
        self.editor.finished.connect(self.forget_editor)
        self.editor.open()

    def save_edited_proposal(self) -> None:
        """Write the editor's fields and accept the proposal, as one undoable step."""
        row = self.current_row()
        if self.editor is None or row is None:
            return
        item = self.proposals.row(row)
        fields = {**self.editor.fields(), "review": Review.ACCEPTED.value}
        text = self.tr("Edit and accept %s") % item.kind
        command = SetFieldsCommand(self._library, self._changes, item.kind, item.id, fields, text)
        self._undo_stack.push(command)
        self._select_row(self._first_pending_from(row + 1))

    def forget_editor(self) -> None:
        """Drop the closed editor, so E can open the next one."""
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = None
        self.proposals_view.setFocus()

    def accept_all_of_source(self) -> None:
        """Accept every pending proposal of the shown source, as one undoable step."""
        pending = [row for row in self.proposals.rows() if row.review == PROPOSED]
        if not pending:
            return
        text = self.tr("Accept all of this source (%d)") % len(pending)
        with undo_macro(self._undo_stack, text):
            for row in pending:
                accept = Review.ACCEPTED.value
                self._undo_stack.push(
                    SetReviewCommand(self._library, self._changes, row.kind, row.id, accept)
                )

    # Changes made anywhere (here, another tab, undo)

    def refresh_changed_item(self, kind: str, item_id: int) -> None:
        """Show an item's new state if it is listed; recount pending either way."""
        if kind not in PROPOSAL_KINDS:
            return
        if self.proposals.refresh_item(kind, item_id):
            self.highlight_current_proposal()
        self._recount_timer.start()

    def reload_if_shown(self, kind: str, _item_id: int) -> None:
        """An item came or went: reload the shown source's proposals and recount."""
        if kind not in PROPOSAL_KINDS or self._case_id is None:
            return
        row = self.current_row()
        self.proposals.load(self._case_id, self._source_id)
        self._select_row(min(row or 0, self.proposals.rowCount() - 1))
        self._recount_timer.start()

    def reload_sources_of_case(self, case_id: int) -> None:
        """An import or removal changed the case's sources: list them again."""
        if case_id == self._case_id:
            self._reload_sources(keep=self._source_id)
            self.recount_pending()

    def recount_pending(self) -> None:
        """Update the per-source counts and emit ``pending_changed`` when the total moved."""
        counts = pending_counts(self._library, self._case_id) if self._case_id is not None else {}
        if not self.sources.update_counts(counts):
            self._reload_sources(keep=self._source_id)
        total = sum(counts.values())
        if total != self._pending:
            self._pending = total
            self.pending_changed.emit(total)

    def pending_count(self) -> int:
        """How many proposals of the case await review."""
        return max(self._pending, 0)

"""The review panel: go through a case's proposals source by source, with the evidence in view.

Left, the sources holding proposals (one line each, the title elided in the middle so the
pending count stays in view); right, the proposals drawn from the selected source over its text,
each proposal's evidence highlighted. Proposals and text share the full width, so a proposal reads
on one or two lines and the text in lines of a readable length; where the analyst drags the two
splitters is kept by the window (:meth:`ReviewPanel.layout_state`).
A accepts, R rejects, E edits then accepts, Up/Down move. Every decision is a QUndoCommand on
the shared stack, and the commands tell :class:`~ui.changes.LibraryChanges`, so other views
update at once and Undo puts things back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QIODevice,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casefile.domain import Review, SourceKind
from casefile.library import Library
from ui.changes import LibraryChanges
from ui.commands import MergeEventsCommand, SetFieldsCommand, SetReviewCommand, undo_macro
from ui.formatting import kind_name
from ui.models.pending_sources import PendingSourcesModel
from ui.models.proposals import (
    PROPOSAL_KINDS,
    PROPOSED,
    ProposalRow,
    ProposalTableModel,
    pending_counts,
)
from ui.thumbnails import PixmapCache
from ui.views.evidence_text import EvidenceTextView
from ui.views.picture_preview import PicturePreview
from ui.views.proposal_editor import ProposalEditor
from ui.views.review_keys import ReviewKeys

# Defaults fitted to a 1280×800 window; the splitters share out any other size (see below).
DEFAULT_SOURCE_SIZES = (250, 750)  # sources list | proposals over text
DEFAULT_EVIDENCE_SIZES = (340, 300)  # proposals | text
SOURCES_MIN_WIDTH = 150
PROPOSALS_MIN_HEIGHT = 140
TEXT_MIN_HEIGHT = 120
CREDIT_WIDTH = 150


class ReviewPanel(QWidget):
    """Review a case's proposals; see the module docstring.

    API: :meth:`set_case`; the signal ``pending_changed(count)`` (for a tab badge) whenever the
    case's number of pending proposals changes; the actions ``accept_action`` (A),
    ``reject_action`` (R), ``edit_action`` (E) and ``accept_source_action`` for menus and
    toolbars. ``editor`` is the open edit dialog, if any. :meth:`refuse_decisions` turns
    every decision off (a read-only library); the proposals can still be read.
    :meth:`layout_state` and :meth:`restore_layout_state` carry the splitters' positions.
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
        self._pending = -1
        self._refusal: str | None = None  # why no decision can be made here, if none can
        self._shown = False
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
        # A one-column tree rather than a QListView: a list lays each title out at full width
        # and scrolls sideways, where this column is the view's width and elides what is over.
        self.sources_view = QTreeView()
        self.sources_view.setModel(self.sources)
        self.sources_view.setHeaderHidden(True)
        self.sources_view.setRootIsDecorated(False)
        self.sources_view.setUniformRowHeights(True)
        self.sources_view.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sources_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line a source: the middle of a long title goes, its start and the count stay.
        self.sources_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sources_view.setMinimumWidth(SOURCES_MIN_WIDTH)
        self.sources_view.selectionModel().currentChanged.connect(self.show_selected_source)
        self.text_view = EvidenceTextView()
        self.text_view.setMinimumHeight(TEXT_MIN_HEIGHT)
        self._build_proposals_view()
        self.accept_source_button = QPushButton(self.tr("Accept all of this source"))
        self.accept_source_button.clicked.connect(self.accept_all_of_source)
        self.hint = QLabel(self.tr("A accept · R reject · E edit and accept · ↑↓ move"))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)  # else its Spanish width holds the whole window's tabs wide
        proposals = QWidget()
        proposals_layout = QVBoxLayout(proposals)
        proposals_layout.setContentsMargins(0, 0, 0, 0)
        proposals_layout.addWidget(self.proposals_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.accept_source_button)
        proposals_layout.addLayout(buttons)
        self.evidence_splitter = QSplitter(Qt.Orientation.Vertical)
        self.evidence_splitter.setObjectName("reviewEvidenceSplitter")
        self.evidence_splitter.setChildrenCollapsible(False)
        self.evidence_splitter.addWidget(proposals)
        # An image source shows its picture over its text (the caption, or what OCR read).
        self.picture = PicturePreview(self._library, PixmapCache(self._library))
        evidence = QWidget()
        evidence_layout = QVBoxLayout(evidence)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.addWidget(self.picture)
        evidence_layout.addWidget(self.text_view, 1)
        self.evidence_splitter.addWidget(evidence)
        self.evidence_splitter.setSizes(list(DEFAULT_EVIDENCE_SIZES))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sources_view)
        self.splitter.addWidget(self.evidence_splitter)
        # A wider window goes mostly to the proposals and the text, a little to the titles.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes(list(DEFAULT_SOURCE_SIZES))
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.proposals_view)

    def _build_proposals_view(self) -> None:
        self.proposals_view = QTableView()
        self.proposals_view.setModel(self.proposals)
        self.proposals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals_view.setWordWrap(True)
        self.proposals_view.setMinimumHeight(PROPOSALS_MIN_HEIGHT)
        rows = self.proposals_view.verticalHeader()
        rows.hide()
        # Two lines a proposal, the second elided: enough to decide, and many in view.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.proposals_view.fontMetrics().lineSpacing() * 2 + 6)
        header = self.proposals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, CREDIT_WIDTH)
        self.proposals_view.viewport().installEventFilter(self)  # to fit the credit column
        selection = self.proposals_view.selectionModel()
        selection.currentChanged.connect(self.highlight_current_proposal)

    def layout_state(self) -> QByteArray | None:
        """Where the analyst put both splitters, for QSettings; None before the panel was seen.

        Until it is first shown the panel's sizes are Qt's guess for a default widget size,
        nothing the analyst chose, so they are not worth keeping over what was saved before.
        """
        if not self._shown:
            return None
        state = QByteArray()
        stream = QDataStream(state, QIODevice.OpenModeFlag.WriteOnly)
        stream << self.splitter.saveState() << self.evidence_splitter.saveState()
        return state

    def restore_layout_state(self, state: QByteArray) -> bool:
        """Put both splitters where :meth:`layout_state` found them; False if unreadable."""
        stream = QDataStream(state)
        columns, rows = QByteArray(), QByteArray()
        stream >> columns >> rows
        if stream.status() != QDataStream.Status.Ok:
            return False
        return self.splitter.restoreState(columns) and self.evidence_splitter.restoreState(rows)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.proposals_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_credit_column()
        return super().eventFilter(watched, event)

    def _fit_credit_column(self) -> None:
        # In a narrow table a fixed credit column would leave the proposal itself no room
        # (a width dragged by hand holds until the table is resized).
        # Never narrower than its header, though: "Declarante / crédito" is read in full.
        header = self.proposals_view.horizontalHeader()
        width = min(CREDIT_WIDTH, self.proposals_view.viewport().width() // 4)
        header.resizeSection(3, max(width, header.sectionSizeFromContents(3).width()))

    def _build_actions(self) -> None:
        self.keys = ReviewKeys(self, self.text_view)
        self.accept_action = self.keys.accept
        self.reject_action = self.keys.reject
        self.edit_action = self.keys.edit
        self.accept_source_action = self.keys.accept_source
        self.accept_action.triggered.connect(self.accept_current)
        self.reject_action.triggered.connect(self.reject_current)
        self.edit_action.triggered.connect(self.edit_current)
        self.accept_source_action.triggered.connect(self.accept_all_of_source)
        self.keys.move.connect(self.move_current)

    def refuse_decisions(self, reason: str) -> None:
        """Offer no decision (accept, reject, edit, accept all, nor their keys); say ``reason``."""
        self._refusal = reason
        self.keys.refuse_decisions(reason)
        self.accept_source_button.setEnabled(False)
        self.accept_source_button.setToolTip(reason)
        self.hint.setText(self.tr("Read-only: proposals can be read, not decided · ↑↓ move"))
        self.hint.setToolTip(reason)

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
        source = self._library.get("source", source_id) if source_id is not None else None
        self.text_view.show_text(source.text if source is not None else "")
        is_image = source is not None and source.kind == SourceKind.IMAGE.value
        self.picture.show_picture(source.stored_file if source is not None and is_image else "")
        # A photo that holds no text shows its picture alone, not an empty page under it.
        self.text_view.setVisible(not is_image or bool(source is not None and source.text))
        self.proposals.load(self._case_id, source_id)
        self.accept_source_button.setEnabled(source_id is not None and self._refusal is None)
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
        self.text_view.highlight(self.proposals.rows(), self.current_row())

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
        if row is None or self._refusal is not None:
            return
        item = self.proposals.row(row)
        if item.needs_text and review == Review.ACCEPTED.value:
            self.edit_current()  # a caption is written before it is accepted
            return
        shown = self.proposals.rowCount()
        if item.review != review:
            self._undo_stack.push(self._decision(item, review))
        # a merged "same as" proposal leaves the list: the next one now stands in its row
        self._select_row(
            self._first_pending_from(row if self.proposals.rowCount() < shown else row + 1)
        )

    def _decision(self, item: ProposalRow, review: str) -> QUndoCommand:
        """The command a decision on ``item`` is: accepting an event proposed as the same as
        one the case holds adds its evidence to that event."""
        if item.same_as is not None and review == Review.ACCEPTED.value:
            text = self.tr("Accept as the same event")
            return MergeEventsCommand(self._library, self._changes, item.same_as, item.id, text)
        return SetReviewCommand(self._library, self._changes, item.kind, item.id, review)

    def edit_current(self) -> None:
        """Open the editor for the current proposal; saving accepts it with the edits."""
        row = self.current_row()
        if row is None or self.editor is not None or self._refusal is not None:
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
        if item.kind == "event":
            fields["same_as_id"] = None  # edited and accepted: an event of its own
        text = self.tr("Edit and accept {kind}").format(kind=kind_name(item.kind))
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
        rows = self.proposals.rows()
        pending = [row for row in rows if row.review == PROPOSED and not row.needs_text]
        if not pending or self._refusal is not None:
            return
        text = self.tr("Accept all of this source (%d)") % len(pending)
        with undo_macro(self._undo_stack, text):
            for row in pending:
                self._undo_stack.push(self._decision(row, Review.ACCEPTED.value))

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

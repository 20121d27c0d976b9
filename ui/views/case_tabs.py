"""The selected case's tabs (Timeline, Quotes, Sources, Captions, Actors, Review), or the
empty state that tells a new analyst what to do first."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabWidget, QWidget

from casefile.library import Library
from ui.changes import LibraryChanges
from ui.models.actors import ActorTableModel
from ui.models.captions import CaptionTableModel
from ui.models.events import EventTableModel
from ui.models.items import ItemTableModel
from ui.models.quotes import QuoteTableModel
from ui.models.sources import SourceTableModel
from ui.views.item_table import ItemTable
from ui.views.timeline_picture import TimelinePicture

try:  # the review panel is another engineer's module; the tabs work without it
    from ui.views.review import ReviewPanel
except ImportError:  # pragma: no cover - only while it is being written
    ReviewPanel = None  # type: ignore[assignment,misc]

TAB_KINDS = ("event", "quote", "source", "caption", "actor")


class CaseTabs(QStackedWidget):
    """One tab per item kind over one case; the empty state when there is nothing to show."""

    current_item_changed = Signal(str, int)  # kind, item id (0: none)
    selection_changed = Signal()
    tab_changed = Signal()

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._case_id: int | None = None
        self.empty_state = QLabel(self)
        self.empty_state.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setObjectName("emptyState")
        font = self.empty_state.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_state.setFont(font)
        self.empty_state.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        models: dict[str, ItemTableModel] = {
            "event": EventTableModel(library, changes, self),
            "quote": QuoteTableModel(library, changes, self),
            "source": SourceTableModel(library, changes, self),
            "caption": CaptionTableModel(library, changes, self),
            "actor": ActorTableModel(library, changes, self),
        }
        titles = {
            "event": (self.tr("Timeline"), self.tr("Filter the timeline")),
            "quote": (self.tr("Quotes"), self.tr("Filter quotes")),
            "source": (self.tr("Sources"), self.tr("Filter sources")),
            "caption": (self.tr("Captions"), self.tr("Filter captions")),
            "actor": (self.tr("Actors"), self.tr("Filter actors")),
        }
        self.tables: dict[str, ItemTable] = {}
        self.picture = TimelinePicture(library, changes)
        self.timeline = QSplitter(Qt.Orientation.Vertical, self.tabs)  # the picture over its table
        self.timeline.setChildrenCollapsible(True)
        self.timeline.addWidget(self.picture)
        for kind in TAB_KINDS:
            table = ItemTable(models[kind], titles[kind][1], self.tabs)
            table.current_item_changed.connect(self.current_item_changed)
            table.selection_changed.connect(self.selection_changed)
            self.tables[kind] = table
            if kind == "event":
                self.timeline.addWidget(table)
                self.tabs.addTab(self.timeline, titles[kind][0])
            else:
                self.tabs.addTab(table, titles[kind][0])
        # Half and half: the picture's nine lanes of kinds and its relation band, over as many
        # rows of the table; a saved split (the window's settings) wins over this.
        self.timeline.setStretchFactor(0, 1)
        self.timeline.setStretchFactor(1, 1)
        # Selecting in the picture selects in the table (and so the detail pane), and back.
        self.picture.event_selected.connect(self.tables["event"].select_item)
        self.tables["event"].current_item_changed.connect(self._show_in_picture)
        self.review: ReviewPanel | None = None
        if ReviewPanel is not None:
            self.review = ReviewPanel(library, changes, undo_stack, self.tabs)
            self.review.pending_changed.connect(self.show_pending_count)
            self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.currentChanged.connect(lambda _index: self.tab_changed.emit())
        self.addWidget(self.empty_state)
        self.addWidget(self.tabs)
        changes.sources_changed.connect(self.update_empty_state)
        changes.item_added.connect(lambda _kind, _id: self.update_empty_state())
        self.set_case(None)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for every tab's title: the splitter narrows the side panes instead.

        A QTabWidget would let itself be squeezed and hide the last tabs (Review, with its
        count) behind scroll arrows, which a longer language reaches at 1280 px.
        """
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.tabs.tabBar().sizeHint().width()), hint.height())

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        """Show ``case_id``'s items in every tab (None: the "create a case" state)."""
        self._case_id = case_id
        for table in self.tables.values():
            table.filter_field.clear()
            table.apply_filter()
            table.model.set_case(case_id)
        if self.review is not None:
            self.review.set_case(case_id)
        self.picture.set_case(case_id)
        self.update_empty_state()

    def update_empty_state(self, *_args: object) -> None:
        """Show the tabs when the case holds anything, else say how to start."""
        if self._case_id is None:
            self.empty_state.setText(self.tr("Create a case, then drop articles here."))
            self.setCurrentWidget(self.empty_state)
            return
        if any(table.model.rowCount() for table in self.tables.values()):
            self.setCurrentWidget(self.tabs)
            return
        self.empty_state.setText(
            self.tr(
                "This case has no sources yet.\n\n"
                "Drop articles here (files, folders, links or text),\n"
                "or use File ▸ Import files… (Ctrl+O)."
            )
        )
        self.setCurrentWidget(self.empty_state)

    def show_pending_count(self, count: int) -> None:
        if self.review is None:
            return
        title = self.tr("Review")
        self.tabs.setTabText(
            self.tabs.indexOf(self.review), f"{title} ({count})" if count else title
        )
        self.updateGeometry()  # a longer count may need more width (see minimumSizeHint)

    def current_table(self) -> ItemTable | None:
        """The table of the current tab, or None (empty state, Review tab)."""
        if self.currentWidget() is not self.tabs:
            return None
        widget = self.tabs.currentWidget()
        if widget is self.timeline:
            return self.tables["event"]
        return widget if isinstance(widget, ItemTable) else None

    def review_is_current(self) -> bool:
        return (
            self.review is not None
            and self.currentWidget() is self.tabs
            and self.tabs.currentWidget() is self.review
        )

    def show_tab(self, kind: str) -> ItemTable:
        table = self.tables[kind]
        self.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.timeline if kind == "event" else table)
        return table

    def _show_in_picture(self, kind: str, item_id: int) -> None:
        if kind == "event":
            self.picture.canvas.select(item_id or None)

    def review_layout_state(self) -> QByteArray | None:
        """The Review tab's splitter positions, or None when there is nothing worth keeping."""
        return self.review.layout_state() if self.review is not None else None

    def restore_review_layout_state(self, state: QByteArray) -> None:
        if self.review is not None:
            self.review.restore_layout_state(state)

    def show_review(self) -> None:
        if self.review is not None:
            self.setCurrentWidget(self.tabs)
            self.tabs.setCurrentWidget(self.review)
